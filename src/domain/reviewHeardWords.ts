// Words typed in a review that tell of something beside the question on screen, heard before it
// goes on. Play-testing reviews, round twenty-six: "my dad passed away last week" at "What
// happened?" went straight on to "How did it feel?"; "no I not work in UK yet" at "What went well?"
// was kept as what went well; "will my adviser be angry?" had "Here is my question again".
import { normaliseAnswer } from './answers.ts';
import { saysTheyHaveNeverWorked } from './workHistoryWords.ts';
import { namesAFeeling, namesAStepToTake, NOT_KNOWING_NOW } from './textChecks.ts';
import { saysSoonOrSoonAlone } from './soonWords.ts';

const FAMILY = String.raw`(?:mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|brother|sister|son|daughter|wife|husband|partner|friend|best friend|baby|uncle|aunt|auntie|aunty|cousin|dog|cat)`;
const LOSS = new RegExp(
  [
    String.raw`\b(?:passed away|passed on|pass away|died|dead|funeral|bereave(?:d|ment)|grieving|in mourning)\b`,
    String.raw`\blost (?:my|our|her|his) (?:(?:little|baby|big|older|younger|step) )?${FAMILY}\b`,
    String.raw`\b${FAMILY} (?:has |had |just )?passed\b`,
  ].join('|'),
);
// "my phone died", "dead tired", "dead end job", "the battery died": no one died.
// "the line went dead" (round twenty-seven: it had "I am so sorry for your loss").
const NOT_A_LOSS = /\b(?:phone|battery|laptop|computer|car|signal|internet|wifi|charger|tablet|line|phone line|call|connection|screen|mic|app|website|site|bus|engine) (?:has |had |just |went |has gone |had gone |is |was )?(?:died|dead)\b|\bdead (?:tired|easy|good|nervous|boring|end|set|quiet|on)\b|\b(?:died|dying) (?:of|from) (?:embarrassment|shame|boredom|laughing)\b/;

/** "my dad passed away last week", "lost my nan", "it was the funeral": someone close has died. */
export function tellsOfALoss(text: string): boolean {
  const words = normaliseAnswer(text);
  return words.length > 0 && words.length <= 300 && LOSS.test(words) && !NOT_A_LOSS.test(words);
}

// "no I not work in UK yet", "i never work here before", "not had job in england": no work here yet,
// said by someone new to the country (or to work), where no such question is asked.
const NOT_WORKED_HERE =
  /\b(?:no|not|never|havent|have not|didnt|did not|dont|do not|not yet)(?: (?:yet|ever|never|before))? (?:work|worked|working|had (?:a )?job|have (?:a )?job|job)\b(?: \w+){0,3} (?:in |at )?(?:the )?(?:uk|u k|england|britain|great britain|scotland|wales|this country|here)\b/;

/** "no I not work in UK yet", "never had a job": no work yet, told beside the question. */
export function saysNotWorkedHereYet(text: string): boolean {
  const words = normaliseAnswer(text);
  return words.length > 0 && words.length <= 160 && (NOT_WORKED_HERE.test(words) || saysTheyHaveNeverWorked(text));
}

// "will my adviser be angry?", "is she going to be cross with me", "am i in trouble": a worry about
// being told off for the step, answered before the question. Benefits named are for the adviser.
const CROSS = String.raw`(?:angry|mad|cross|annoyed|upset|disappointed|fed up|shout|shout at me|tell me off|have a go)`;
const TROUBLE = new RegExp(
  [
    String.raw`\b(?:will|would|is|are|does|do|wont|gonna)\b.*\b(?:my |the )?(?:adviser|advisor|work coach|coach|she|he|they)\b.*\b(?:be |get |going to be |gonna be )?${CROSS}\b`,
    String.raw`\b(?:adviser|advisor|work coach) (?:will|would|is going to|gonna) (?:be )?${CROSS}\b`,
    String.raw`\b(?:get|be|am i|im|i am) (?:me )?(?:in|into) trouble\b`,
    String.raw`\b(?:get|be|am|im) (?:told off|punished|shouted at)\b`,
  ].join('|'),
);
const BENEFITS = /\b(?:sanction\w*|benefits?|uc|universal credit|money|pip|esa|jsa|payments?|stopped|cut)\b/;

/** "will my adviser be angry?", "is that going to get me in trouble": a worry about being told off. */
export function worriesAboutBeingToldOff(text: string): boolean {
  const words = normaliseAnswer(text);
  return words.length > 0 && words.length <= 200 && TROUBLE.test(words) && !BENEFITS.test(words);
}

// "smaller step maybe", "a smaller one", "the smaller one": the question's own words said back, not a step.
const SMALLER_ONE = /^(?:(?:ok|okay|erm|um|umm|well|yeah|yes|yh|maybe|i guess|i think|probably)\s+)*(?:a |the |do a |try a |make it a |something |a bit )?(?:smaller|easier|small|easy|simpler|little)(?: (?:one|step|thing|thing to do|task))?(?:\s+(?:maybe|please|pls|i think|i guess|then|this time|next time|instead))*$/;

/** "smaller step maybe": asks for a smaller step without saying what it is. */
export function asksForASmallerStep(text: string): boolean {
  return SMALLER_ONE.test(normaliseAnswer(text));
}

// "friday", "next tuesday", "by the 20th": only a day, typed where a back-up job is asked (round
// twenty-six: "friday" was kept as the back-up plan).
const DAY_WORD = /^(?:on|by|next|this|the|of|in|a|an|one|two|three|four|\d{1,2}(?:st|nd|rd|th)?|tomorrow|today|tonight|week|weeks|month|months|fortnight|morning|afternoon|evening|(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)$/;

/** Only a day or a time, no other words: "friday", "next tuesday", "by the 20th". */
export function saysOnlyADay(text: string): boolean {
  const words = normaliseAnswer(text).split(' ').filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((word) => DAY_WORD.test(word)) && words.some((word) => !/^(?:on|by|next|this|the|of|in|a|an|one|two|three|four|\d+)$/.test(word));
}

// "i rang but got cut off": a short telling of what they did (round twenty-seven: "didn't catch that").
const TOLD_WHAT_THEY_DID = /^(?:(?:so|well|erm|um|yeah|ok)\s+)*(?:i|we) (?:rang|called|phoned|went|tried|emailed|sent|spoke|texted|messaged|visited|looked|filled|applied|got|asked|did)\b/;
const ASKS_FIRST = /^(?:what|how|why|when|where|who|which|can|could|do|does|is|are|will|would|should)\b/;

/** "i rang but got cut off": what they did, told in a few words, not a question. */
export function tellsWhatTheyDid(text: string): boolean {
  const words = normaliseAnswer(text);
  const count = words.split(' ').filter(Boolean).length;
  return count >= 4 && count < 10 && !text.includes('?') && !ASKS_FIRST.test(words) && TOLD_WHAT_THEY_DID.test(words);
}

/** A long telling, not a question: "so I rang them on tuesday and the woman was lovely and said...". */
export function tellsAStory(text: string): boolean {
  const words = normaliseAnswer(text).split(' ').filter(Boolean);
  return words.length >= 10 && words.length <= 120 && !text.includes('?');
}

// At "When will you do it?" (play-testing reviews, round twenty-seven, all had "I didn't catch that
// date"): "asap" or a bare "yes" wants it soon; "not sure", "when i can" or "depends when my mum
// can have the kids" has no day yet. The soon words live in soonWords.ts.
// Not knowing ("not sure", "dunno when") is in textChecks.ts's one list.
const NO_DAY_YET = new RegExp(
  String.raw`^(?:(?:erm|um|well|honestly|tbh|${NOT_KNOWING_NOW})\s+)*` +
    String.raw`(?:when(?:ever)? (?:i|i can|i get|i have|im|my|the|its)\b|(?:it )?depends\b|(?:not )?sure yet\b|at some point\b|some ?time\b|(?:${NOT_KNOWING_NOW})\b)`,
);

/** "asap", "as soon as i can", or a bare "yes", where a day is asked: soon, but which day is not said. */
export function wantsItSoon(text: string): boolean {
  return saysSoonOrSoonAlone(text);
}

/** "not sure", "when i can", "depends when my mum can have the kids": no day yet, where one is asked. */
export function hasNoDayYet(text: string): boolean {
  const words = normaliseAnswer(text);
  return words.length > 0 && words.length <= 160 && NO_DAY_YET.test(words);
}

// "dunno depends when my mum can watch the kids" at "What could you do next?": unsure, and no step said.
const OPENS_UNSURE = new RegExp(String.raw`^(?:(?:erm|um|well|honestly|tbh)\s+)*(?:i |im )?(?:${NOT_KNOWING_NOW})\b`);

/** Opens unsure and names nothing to do. */
export function opensUnsureWithNoStep(text: string): boolean {
  return OPENS_UNSURE.test(normaliseAnswer(text)) && !namesAStepToTake(text);
}

/** "annoying", "bit gutted": a feeling in a few words and nothing to do, where a step is asked (round twenty-seven). */
export function saysOnlyAFeeling(text: string): boolean {
  const words = normaliseAnswer(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 3 || namesAStepToTake(text)) return false;
  // Every word a feeling or a little word: "better cv" names a thing to do.
  return words.some((word) => namesAFeeling(word)) && words.every((word) => namesAFeeling(word) || LITTLE_WORD.test(word));
}
const LITTLE_WORD = /^(?:a|bit|so|very|really|quite|tbh|it|was|felt|pretty|just|kinda|proper|well|too|im|i|am|its|lol|honestly|abit|bloody|dead|super)$/;

// "what if they shout at me?", "scared the manager will be rude": a worry about how people at an
// interview or an appointment will treat them. Not a request for the help numbers (play-testing
// reviews, round twenty-eight: "shout" had been read as the text line's name). Only the people met
// there: "he" or "she" may be someone at home, which is for the safety check, not this kind word.
const WORRIED = /\b(?:what if|wat if|wot if|scared|afraid|worried|worry|worrying|frightened|nervous|terrified|bricking it|dread\w*|might|may|could)\b/;
const TREATED_BADLY = /\b(?:they|the (?:manager|boss|interviewer|interviewers|staff|people|woman|man|lady|bloke|receptionist|agency|employer)|people|everyone)\b(?: \w+){0,4}? (?:shout\w*|yell\w*|laugh\w*|laff\w*|be rude|are rude|is rude|rude to me|angry|get angry|be angry|mad at me|cross|judge\w*|look down on me|stare at me|be mean|are mean|be nasty|snap at me|have a go)\b/;

/** "what if they shout at me?": a worry about being treated badly, not a question for the coach to answer. */
export function worriesHowTheyWillBeTreated(text: string): boolean {
  const words = normaliseAnswer(text);
  const found = TREATED_BADLY.exec(words);
  return words.length > 0 && words.length <= 200 && found !== null && WORRIED.test(words.slice(0, found.index + found[0].length));
}
