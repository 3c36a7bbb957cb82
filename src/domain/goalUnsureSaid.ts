// Unsure and partial answers at the goal question (round ten). "no idea tbh", "dunno", "?" had had
// "That is OK. Tell me in a few words what you could do" with the old buttons, "anything tbh" the
// low-mood reply, and "i havent really thought about it" had been kept as the goal. A coach answers
// not knowing with a few ideas; a question about what a goal can be ("does it have to be a job") is
// answered first; unsure said with a feeling ("dunno, bit lost tbh") gets a kind word first. A goal
// said with doubt ("idk maybe update my cv", "something with animals maybe") is kept without the doubt.
import { normaliseAnswer } from './answers.ts';
import { NOT_KNOWING_NOW, isUnsureAnswer } from './textChecks.ts';
import { partsOf } from './heldGoalWords.ts';
import { coachQuestionOf } from './questionHelp.ts';
import { saysAFeelingOnly } from './goalAfterAFeeling.ts';
import { asksForGoalIdeas } from './goalIdeasAsked.ts';

/** 'ideas': ideas asked for; 'not-knowing': no goal in mind ("dunno"); the others: asked what a goal can be, or unsure with a feeling. */
export type GoalUnsure = 'ideas' | 'not-knowing' | 'what-counts' | 'can-it-be' | 'feeling';

const UNSURE = String.raw`(?:${NOT_KNOWING_NOW}|i (?:cant|cannot) say|(?:i )?(?:cant|cannot) think(?: of (?:anything|owt|one|a thing))?)`;
const FILL = String.raw`(?:\s+(?:tbh|to be honest|really|honestly|mate|lol|yet|at all|sorry|either|atm|right now|i dont mind|dont mind|i guess|to be fair))*`;
const OPEN = String.raw`^(?:(?:erm|um|umm|hmm|well|honestly|tbh|so|ok|i|im|i am|to be honest|oh|ah)\s+)*`;
const NOTHING_OF_THEIR_OWN = [
  // "anything tbh", "whatever", "u tell me", "not fussed": no goal of their own, said plainly.
  new RegExp(`${OPEN}(?:anything|any|whatever|owt|anythin|nothing|nothing really|not fussed|im not fussed|i dont mind|dont mind|up to you|up to u|(?:you|u) (?:choose|pick|decide|tell me)|idc|meh|hmm+|hm+|um+|erm+|er|eh|(?:dunno|idk) (?:you|u) tell me)${FILL}$`),
  // "i dont know what im good at", "idk wat to say", "no idea what i want", "not sure where to start"
  new RegExp(`${OPEN}${UNSURE}(?: even| really)? (?:what|wat|wot|where|how) (?:to (?:say|put|write|pick|choose|do|start|begin)|i (?:want|wanna|like|could do|can do|should do|would like)(?: to do)?|im (?:good at|into)|i am good at)${FILL}$`),
  // "cant think of anything", "i cannot think of one"
  new RegExp(`${OPEN}(?:i )?(?:cant|cannot|can not) think of (?:anything|owt|one|a thing|any)${FILL}$`),
  // "i havent really thought about it", "never thought about it"
  new RegExp(`${OPEN}(?:(?:i )?(?:havent|have not|hadnt|never)(?: really| even)? (?:thought|decided)(?: about (?:it|that|this))?|still thinking|still deciding)${FILL}$`),
];
// Said alone, or before a feeling: the words of not knowing.
const UNSURE_FIRST = new RegExp(`${OPEN}${UNSURE}${FILL}\\b`);

/** No goal of their own, said in any of the ways people say it (the words normalised). */
function saysNoGoalOfTheirOwn(said: string): boolean {
  // "i dont even know where to start": as "i dont know where to start".
  const words = said.replace(/\b(dont|do not|dnt) (?:even|really) (?=know|no\b)/, '$1 ');
  return !words || isUnsureAnswer(words) || NOTHING_OF_THEIR_OWN.some((pattern) => pattern.test(words));
}

/**
 * What a goal can be: must it be a job ("does it have to be a job", "what counts as a goal"), or
 * may it be any ("can it be anything?", "can it be something small"), with or without its question mark.
 */
function asksWhatAGoalCanBe(typed: string, words: string): 'what-counts' | 'can-it-be' | null {
  if (/^(?:what|which) (?:counts|would count|is|does|can) (?:as )?(?:a )?goal\b/.test(words) || /^what counts\b/.test(words)) return 'what-counts';
  const questionShaped = /^(?:can|could|may|does|do|must|has|should|what|which)\b/.test(words);
  if (!questionShaped || coachQuestionOf(typed.trim().endsWith('?') ? typed : `${typed}?`) !== 'any-goal') return null;
  return /\b(?:have|has|need|needs|got) to be\b|^must\b/.test(words) ? 'what-counts' : 'can-it-be';
}

/** "dunno, bit lost tbh", "no idea im so confused": not knowing, with a feeling and no goal. */
function unsureWithAFeeling(typed: string, words: string): boolean {
  const opening = UNSURE_FIRST.exec(words)?.[0];
  const parts = partsOf(typed);
  // "idk what im good at tbh, bit down about it": each part not knowing or a feeling.
  const eachPart = parts.length > 1 && parts.every((part) => saysNoGoalOfTheirOwn(normaliseAnswer(part)) || saysAFeelingOnly(part));
  const rest = opening ? words.slice(opening.length).trim() : '';
  return (eachPart && parts.some(saysAFeelingOnly)) || (rest !== '' && saysAFeelingOnly(rest));
}

/** How the client says they have no goal in mind yet, or null when they say one (or something else). */
export function goalUnsureSaid(typed: string): GoalUnsure | null {
  const words = normaliseAnswer(typed);
  if (words.split(' ').length > 16) return null;
  const asked = asksWhatAGoalCanBe(typed, words);
  if (asked) return asked;
  if (unsureWithAFeeling(typed, words)) return 'feeling';
  // "like what?": asking for examples.
  if (asksForGoalIdeas(typed) || /^(?:like|such as) what$/.test(words)) return 'ideas';
  return saysNoGoalOfTheirOwn(words) ? 'not-knowing' : null;
}

// Doubt said before the goal ("idk maybe", "not sure,", "probably") or after it ("maybe", "i guess", "or something").
const NOT_KNOWING_SAID = String.raw`(?:i )?(?:${NOT_KNOWING_NOW})`;
const DOUBT_BEFORE = new RegExp(
  String.raw`^(?:(?:${NOT_KNOWING_SAID}|erm|um|hmm|well)(?:\s*[,.!-]+\s*|\s+(?=maybe|probably|perhaps|possibly)))*(?:(?:maybe|probably|perhaps|possibly|i guess|i suppose)[\s,.!-]+)?`,
  'i',
);
// "but im not sure tho": the "but" and the "im" go with the doubt.
const DOUBT_AT_THE_END = String.raw`(?:(?:but|and|tho|though)\s+)?(?:(?:im|i am)\s+)?${NOT_KNOWING_SAID}(?:\s+(?:tho|though|really|yet))?`;
const DOUBT_AFTER = new RegExp(String.raw`(?:[\s,.!?-]+(?:maybe|probably|perhaps|i guess|i suppose|i think|or something|or summat|or whatever|${DOUBT_AT_THE_END}|tbh|lol))+[\s,.!?]*$`, 'i');
// "whatever pays", "anything that pays the bills": any job, as long as it pays.
const ANY_PAID_WORK = /^(?:whatever|anything|owt|any job|any work|whatever job)(?: that| which)? pays(?: the bills| well| ok| okay)?$/;
export const ANY_PAID_WORK_GOAL = 'Any job that pays';

// "my mum says i should do care work": someone else's idea, said as the answer; the idea is the goal.
const OTHERS = String.raw`(?:mum|mom|mam|mother|dad|father|nan|gran|parents|partner|wife|husband|girlfriend|boyfriend|sister|brother|friend|mate|family|support worker|key worker|keyworker|adviser|advisor|work coach|job centre|jobcentre|teacher|carer)`;
const SUGGESTED = new RegExp(
  String.raw`^(?:(?:my|me|the|our) )?${OTHERS}(?: and (?:my )?${OTHERS})? (?:(?:says|said|say|thinks|think|reckons|reckon|keeps saying)(?: that)? (?:i (?:should|could|ought to|need to|must|might)|(?:i )?to)|(?:wants|want|told|tells|asked|keeps telling) me to) `,
  'i',
);

/** The idea someone else gave, as the client said it ("do care work"); null when the words are not someone else's idea. */
export function ideaFromSomeoneElse(typed: string): string | null {
  const said = typed.trim().replace(/^(?:well|so|erm|um)[\s,]+/i, '');
  const match = SUGGESTED.exec(said);
  const idea = match ? withoutDoubt(said.slice(match[0].length)) : '';
  return idea && !saysNoGoalOfTheirOwn(normaliseAnswer(idea)) ? idea : null;
}

/**
 * The goal without the doubt said with it ("idk maybe update my cv": "update my cv"), or the words as
 * typed when there is no doubt, or nothing but doubt would be left.
 */
export function withoutDoubt(typed: string): string {
  const said = typed.trim();
  if (ANY_PAID_WORK.test(normaliseAnswer(said))) return ANY_PAID_WORK_GOAL;
  const kept = said.replace(DOUBT_AFTER, '').replace(DOUBT_BEFORE, '').replace(/^[\s,.!?-]+|[\s,]+$/g, '');
  return kept && normaliseAnswer(kept) && !saysNoGoalOfTheirOwn(normaliseAnswer(kept)) ? kept : said;
}
