// A client asking to move their own review: "I want to move my review", "can i move my review to
// friday", "cant make my review next week", "can my review be moved to next tuesday". Play-testing,
// December: only the adviser's "move Sam review" existed; the client's words had "Sorry, I didn't catch
// that", "Here is my question again", or "Good luck with your interview!". Read here with the new day
// when one is said ("to friday", "back a week"); a day said with "cant make" is the day it has now,
// not the one wanted ("cant make my review monday"), so it is asked. Whole message only. Round three:
// "2" for "to" ("move my review 2 friday"); "what if i cant make my review" is a question. Pure: no I/O.
import type { ReviewWhen } from './adviserReviewWords.ts';
import { NUMBER_WORDS } from './answers.ts';
import { MONTH } from './dateWords.ts';
import { tidyReviewWords } from './reviewMoveDay.ts';
import { asksWhatIfIll } from './illnessWhatIf.ts';

/**
 * `when`: the new day as said, or null when none was (then it is asked). `question`: asked what to do
 * if they cannot make it ("what if i cant make my review"): answered, nothing moved. `ill`: the question
 * is what happens if they are ill ("what if im ill on my review day", review named or not).
 */
export type ReviewMoveWish = { when: ReviewWhen | null; question?: true; ill?: true };

const MAX_LENGTH = 140;

const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // "can i move my review 2 friday", "cant come 2 my review": "2" for "to", but not "2 weeks" or "2 july".
  [new RegExp(String.raw`\b2 (?!(?:weeks?|wks?|days?|fortnights?|months?|${MONTH})\b)(?=[a-z])`, 'g'), 'to '],
  [/\b(?:revew|reveiw|reviw|reivew|riview|revue|rewiew|reveiew|reiview|reveiws|revews|reviews)\b/g, 'review'],
  [/\b(re) (schedule|arrange|book)\b/g, '$1$2'],
  [/\b(?:me|ma|mi|mah|the|our|this|that|my)(?: next)?(?: plan)? review\b/g, 'my review'],
  [/\bnext review\b/g, 'my review'],
  // "cant come to review on monday": a bare "review" after the verb is theirs (play-testing, December).
  // "if I no can come for review": second-language English (play-testing, December).
  [/\b(to|at|for|make|attend|miss|do|move|change|reschedule|rearrange|rebook|shift|postpone|delay) review\b/g, '$1 my review'],
  [/\b(?:cant|cnt|carnt|cannot|can not|couldnt|could not|no can|not can)\b/g, 'cant'],
  [/\b(?:wont|will not|wouldnt|would not)\b/g, 'wont'],
  [/\b(?:u|ya|yu)\b/g, 'you'],
  [/\b(?:wanna|wana)\b/g, 'want to'],
  [/\b(?:pls|plz|please|thanks|thank you|ta|cheers|mate|x+)\b/g, ' '],
];

// Said before the wish: "hi", "sorry", "is it ok to", "can i", "i need to".
const LEAD = new RegExp(
  String.raw`^(?:(?:hi|hiya|hey|hello|sorry|soz|so|ok|okay|um|umm|erm|just|quick question|also|oh|and|but|` +
    String.raw`is it (?:ok|okay|alright|possible) (?:to|if (?:i|we))|would it be (?:ok|okay|alright|possible) to|am i (?:able|allowed) to|` +
    String.raw`(?:can|could|may|shall) (?:i|we|you)(?: please)?|(?:can|could)|i (?:want|would like|d like|need|have|wanted) to|id like to|i(?:ll| will) need to|` +
    String.raw`is there (?:any way|a way) (?:to|i can|we can)|how (?:do|can) i)\s+)+`,
);
const TRAIL = /(?:\s+(?:if (?:thats|that is|its|it is) (?:ok|okay|alright|possible)|if (?:possible|poss)|instead|at all|now|again|for me|as well|too|sorry))+$/;

const REVIEW = String.raw`my review(?: (?:day|date|meeting|appointment|time|session|chat))?`;
const MOVE = String.raw`(?:move|change|reschedule|rearrange|rebook|push back|put back|bring forward|push|put off|postpone|shift|swap|switch|delay)`;

// The words after the review, when they say the new day: "to friday", "back a week", "till the 19th".
const TO_A_DAY = /^(?:(?:back|forward|on|off)\s+)?(?:(?:to|till|until|til|for|on|by|into)\s+)?(.+)$/;
const NO_DAY = /^(?:another|a different|some other|other|a later|an earlier|a new|a better) (?:day|date|time|week)$/;

const WISHES: readonly RegExp[] = [
  // "move my review to friday", "push my review back a week", "change my review day"
  new RegExp(String.raw`^${MOVE} ${REVIEW}(?: (.+))?$`),
  // "change the date of my review", "change the day for my review to friday"
  new RegExp(String.raw`^${MOVE} the (?:day|date|time) (?:of|for) ${REVIEW}(?: (.+))?$`),
  // "my review be moved to next tuesday", "my review moved to friday"
  new RegExp(String.raw`^${REVIEW} (?:be |get |got |being )?(?:moved|changed|rescheduled|rearranged|put back|pushed back|postponed|brought forward)(?: (.+))?$`),
  // "do my review another day", "have my review on thursday instead"
  new RegExp(String.raw`^(?:do|have|hold) ${REVIEW} (?:on )?((?:another|a different|some other|a later|an earlier) (?:day|date|time)|.+ instead)$`),
];
// "cant make my review next week", "i wont be able to make my review": the day said is the one it has.
const CANT_MAKE = new RegExp(
  String.raw`^(?:i )?(?:cant|wont|am not able to|im not able to|not able to|unable to|wont be able to|cant be able to|dont think i can|dont think ill be able to)\s+` +
    String.raw`(?:make|do|come to|get to|attend|go to|be at|make it to|manage)\s+${REVIEW}(?: (.+))?$`,
);
// After "cant make it": the day wanted instead ("can we do wednesday", "how about thursday").
const INSTEAD = /\b(?:(?:can|could) (?:we|i|you) (?:do it|do|make it|have it|move it to|change it to|go for|come in|come|go)(?: on)?|is (?:it )?possible(?: on| to do| to come)?|how about|what about|instead on|id rather|would rather|rather) (.+)$/;

// "wen is my review?? i need to move it", "my review clashes with a job interview can we move it": the
// review named first, then "move it" (play-testing, December: lost, or read as interview news).
const MOVE_IT = new RegExp(String.raw`(?:^|\s)(?<!dont |do not |no need to |not )${MOVE} it(?: (.+))?$`);
// Words after the review that give a reason, not a day: "can we move my review, i have a hospital appointment".
const A_REASON = /^(?:i|im|ive|my|me|because|cos|coz|cuz|cause|as|since|due|got|have|its|it is|there is|theres)\b/;

const WEEKS = /^(?:by )?(a|one|two|three|four|[1-4]) (?:weeks?|wks?)(?: later| on| back| forward)?$/;
const FORTNIGHT = /^(?:by )?a fortnight(?: later| on| back)?$/;

// "what if i cant make my review", "what should i do if i am not able to attend my review meeting",
// "can i change my review if i need to": what to do, asked before any move (round three, December).
const WHAT_IF = [
  /^(?:what|wat|wot|wht)(?: \w+){0,5} if\b/,
  /\bif (?:i|im|we)\b.*\b(?:what|wat|wot) (?:do|should|shall|must|can|would) i\b|\bif (?:i|im|we)\b.*\b(?:what|wat|wot) i (?:must|should|can|do|need)\b/,
  /\bif (?:i need to|i have to|i need|needed|need be|necessary|something comes up|anything comes up|i ever need to|i ever have to)\b/,
];

function tidy(text: string): string {
  let said = tidyReviewWords(text);
  for (const [from, to] of SPELLINGS) said = said.replace(from, to);
  return said.replace(/\s+/g, ' ').trim().replace(LEAD, '').replace(TRAIL, '').trim();
}

function whenOf(rest: string | undefined): ReviewWhen | null {
  const said = TO_A_DAY.exec(rest?.trim() ?? '')?.[1]?.replace(/\s+instead$/, '').trim() ?? '';
  if (!said || NO_DAY.test(said) || A_REASON.test(said)) return null;
  const weeks = WEEKS.exec(said);
  if (weeks) return { kind: 'weeks', weeks: weeks[1] === 'a' ? 1 : (NUMBER_WORDS[weeks[1]!] ?? Number(weeks[1])) };
  if (FORTNIGHT.test(said)) return { kind: 'weeks', weeks: 2 };
  return { kind: 'day', text: said };
}

/** The client's wish to move their own review, with the new day when said; null when the words are not one. */
export function reviewMoveWished(text: string): ReviewMoveWish | null {
  const wish = moveWished(text);
  // "can i move my review to friday in case im ill" keeps its day; "what if im ill" is asked.
  const noDayWished = !wish?.when || (wish.when.kind === 'day' && /^(?:if|in case|incase)\b/.test(wish.when.text));
  return asksWhatIfIll(text) && noDayWished ? { when: null, question: true, ill: true } : wish;
}

function moveWished(text: string): ReviewMoveWish | null {
  if (!text || text.length > MAX_LENGTH) return null;
  const said = tidy(text);
  if (!said.includes('review')) return null;
  if (said.includes('my review') && WHAT_IF.some((pattern) => pattern.test(said))) return { when: null, question: true };
  for (const pattern of WISHES) {
    const match = pattern.exec(said);
    if (match) return { when: whenOf(match[1]) };
  }
  const cant = CANT_MAKE.exec(said);
  if (!cant) {
    const moveIt = MOVE_IT.exec(said);
    return moveIt ? { when: whenOf(moveIt[1]) } : null;
  }
  const instead = INSTEAD.exec(cant[1] ?? '');
  return { when: instead ? whenOf(instead[1]) : null };
}
