// Words typed in a review that tell of something beside the question on screen, heard before it
// goes on. Play-testing reviews, round twenty-six: "my dad passed away last week" at "What
// happened?" went straight on to "How did it feel?"; "no I not work in UK yet" at "What went well?"
// was kept as what went well; "will my adviser be angry?" had "Here is my question again".
import { normaliseAnswer } from './answers.ts';
import { saysTheyHaveNeverWorked } from './workHistoryWords.ts';

const FAMILY = String.raw`(?:mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|brother|sister|son|daughter|wife|husband|partner|friend|best friend|baby|uncle|aunt|auntie|aunty|cousin|dog|cat)`;
const LOSS = new RegExp(
  [
    String.raw`\b(?:passed away|passed on|pass away|died|dead|funeral|bereave(?:d|ment)|grieving|in mourning)\b`,
    String.raw`\blost (?:my|our|her|his) (?:(?:little|baby|big|older|younger|step) )?${FAMILY}\b`,
    String.raw`\b${FAMILY} (?:has |had |just )?passed\b`,
  ].join('|'),
);
// "my phone died", "dead tired", "dead end job", "the battery died": no one died.
const NOT_A_LOSS = /\b(?:phone|battery|laptop|computer|car|signal|internet|wifi|charger|tablet) (?:has |had |just )?(?:died|dead)\b|\bdead (?:tired|easy|good|nervous|boring|end|set|quiet|on)\b|\b(?:died|dying) (?:of|from) (?:embarrassment|shame|boredom|laughing)\b/;

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

/** A long telling, not a question: "so I rang them on tuesday and the woman was lovely and said...". */
export function tellsAStory(text: string): boolean {
  const words = normaliseAnswer(text).split(' ').filter(Boolean);
  return words.length >= 10 && words.length <= 120 && !text.includes('?');
}
