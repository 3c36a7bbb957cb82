// Keeping a goal's meaning in the client's words: the aim tidied (capital letter, no trailing
// "by Friday"), a date typed inside a step taken out as its due date, and plain suggestions for
// the measurable question when the client does not know what to say.
import { dateWordSpelt } from './dateWords.ts';
import { fixChangeTypos } from './changeWordTypos.ts';
import { parseDueDate, type DateContext } from './dates.ts';
import { normaliseAnswer } from './answers.ts';
import { cutToLength, isUnsureAnswer, MAX_GOAL_LENGTH } from './textChecks.ts';
import { withoutDayTakenBack } from './dateCorrections.ts';
import { dayJustGone } from './dateChecks.ts';

// A date phrase starts with one of these: "by Friday", "tomorrow", "in 2 weeks", "end of next week".
const DATE_START =
  /^(?:by|on|before|until|till|in|within|next|this|tomorrow|today|tonight|christmas|boxing|new|end|the|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun|\d{1,2}(?:st|nd|rd|th)|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)$/i;
// Every word of a date phrase is one of these, so "the college tomorrow" keeps "the college".
const DATE_WORD =
  /^(?:by|on|before|until|till|in|within|next|this|tomorrow|today|tonight|christmas|boxing|new|years|eve|end|the|of|a|an|at|after|mid|early|late|week|weeks|weekend|month|months|day|days|fortnight|year|morning|afternoon|evening|night|am|pm|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|one|two|three|four|five|six|couple|\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?::\d{2})?(?:am|pm)|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)$/i;
// "a week on Friday", "2 weeks tomorrow": a span that opens a British day phrase, so not "3 jobs a week".
const WEEKS_ON_A_DAY = /^(?:a|one|two|three|four|\d)\s+weeks?\s+(?:today|tomorrow|on)\b/i;
// Left hanging once the date has gone: "ring the college by" → "ring the college".
const DANGLING = /[\s,]+(?:by|on|before|until|till|for|at|in|from|,)+$/i;
const MAX_DATE_WORDS = 6;
// "every monday", "each friday": how often, with the day the first one falls on. ("on fridays" is
// left to the question that asks when: "3 times a week on fridays" names no one day.)
const REPEAT_DAY = /\b(?:every|each)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * The text without a date said at its end (or start), and that date; the text as it was if none.
 * A day and month from the last few days ("20/11" on 23 November) is taken out as `gone`, with no date.
 * A day said as how often ("call the agency every monday") stays in the words, and the next such
 * day is the date: play-testing found "Call the agency every" kept.
 */
export function splitDate(text: string, context: DateContext): { text: string; due: Date | null; gone?: Date } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let n = Math.min(MAX_DATE_WORDS, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n);
    const head = words.slice(0, n);
    const oftenBefore = /^(?:every|each)$/i.test(words.at(-n - 1) ?? '');
    for (const [phrase, rest] of [
      [tail, words.slice(0, -n)],
      [head, words.slice(n)],
    ] as const) {
      if (phrase === tail && oftenBefore) continue;
      // "on tusday" (round twenty-four: the day was asked again) and "2moro", "by christmass" (round six) are read as parseDueDate reads them.
      const bare = phrase.map((word) => word.replace(/[,.!?]+$/, '')).flatMap((word) => dateWordSpelt(word.toLowerCase()).split(' '));
      const opens = DATE_START.test(bare[0]!) || WEEKS_ON_A_DAY.test(bare.join(' '));
      if (!opens || !bare.every((word) => DATE_WORD.test(word))) continue;
      const due = parseDueDate(phrase.join(' '), context);
      if (!due) continue;
      // "on tuesday no actually wednesday": the day taken back goes too (round twenty-three).
      const left = withoutDayTakenBack(rest.join(' ')).replace(DANGLING, '').replace(/^[\s,]+|[\s,.!]+$/g, '');
      if (!normaliseAnswer(left)) continue;
      // "ring the college 20/11" typed on 23 November: a day just gone, not next year's (round eight).
      const gone = dayJustGone(phrase.join(' '), context, due);
      return gone ? { text: left, due: null, gone } : { text: left, due };
    }
  }
  const middle = DAY_BEFORE_AND.exec(text);
  const dueInMiddle = middle ? parseDueDate(middle[1]!, context) : null;
  if (middle && dueInMiddle) return { text: text.replace(middle[0], ' and ').trim(), due: dueInMiddle };
  const day = REPEAT_DAY.exec(text);
  return { text: text.trim(), due: day ? parseDueDate(day[1]!, context) : null };
}

// "ring the library on monday and ask about jobs": a day said before an "and", not at either end;
// play-testing, round twenty-three, had the day asked again. "and then" is two steps (goalWithFirstStep.ts).
const DAY_BEFORE_AND = /,?\s+((?:on|by|this|next) (?:(?:this|next) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow))\s*,?\s+and\s+(?!then\b)/i;

// What may be left beside a date that says nothing more: "friday i think", "by the end of the month".
const ONLY_HEDGES = /^(?:(?:by|on|before|until|till|for|at|around|about|the|morning|afternoon|evening|night|first thing|maybe|probably|hopefully|sometime|some time|ish|i think|i guess|i hope|or so|at the latest|latest|please|sorry|erm|um|hmm|well|so|ok|okay|yes|yeah|then)\s*)*$/;

/**
 * A day and nothing else, typed where a step was asked ("by the end of the month"): an answer to
 * "when", not a thing to do. Kept as a step it had become a line in the plan that read "By".
 */
export function isOnlyADate(text: string, context: DateContext): boolean {
  if (!parseDueDate(text, context)) return false;
  const split = splitDate(text, context);
  if (split.due) return ONLY_HEDGES.test(normaliseAnswer(split.text));
  const words = text.trim().split(/\s+/).map((word) => word.replace(/[,.!?]+$/, ''));
  return words.every((word) => DATE_WORD.test(word) || ONLY_HEDGES.test(normaliseAnswer(word)));
}

// "month", "a week", "the weekend": how long, and nothing to do. Play-testing found "month" kept as a
// step, or asked "What will you do about month?".
const SPAN_WORD = /^(?:week|weeks|weekend|month|months|fortnight|year|days|morning|afternoon|evening|night|tonight)$/i;

/** Only date words, with a span of time among them, that make no day: "month", "a week or so". */
export function isOnlyATimeSpan(text: string): boolean {
  const words = normaliseAnswer(text).split(' ').filter((word) => !ONLY_HEDGES.test(word) || SPAN_WORD.test(word));
  return words.length > 0 && words.length <= MAX_DATE_WORDS && words.some((word) => SPAN_WORD.test(word)) && words.every((word) => DATE_WORD.test(word) || /^(?:or|so|ish)$/.test(word));
}

/**
 * The words without a day said at their end, read by its words alone (no clock): "warehouse by
 * next week" is "warehouse", "by friday" is "". Play-testing found "By friday" kept as a job.
 */
export function withoutDateWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let n = Math.min(MAX_DATE_WORDS, words.length); n >= 1; n--) {
    const tail = words.slice(-n).map((word) => word.replace(/[,.!?]+$/, ''));
    if (DATE_START.test(tail[0]!) && tail.every((word) => DATE_WORD.test(word))) return words.slice(0, -n).join(' ').replace(DANGLING, '').trim();
  }
  return text.trim();
}

const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu;

/** The client's words as a line in their plan: one space, no trailing stop, a capital letter. */
export function tidyWords(text: string): string {
  // "Get a job in a salon 💅" (play-testing, round twenty: kept in the plan with its emoji): the words only.
  const { text: kept } = cutToLength(withoutOpeningWords(text.replace(EMOJI, ' ').replace(/\s+/g, ' ').trim().replace(/[.!?\s]+$/, '')), MAX_GOAL_LENGTH);
  const lettered = withAcronymsInCapitals(kept);
  return lettered.charAt(0).toUpperCase() + lettered.slice(1);
}

/** "update my cv" as "update my CV", "fill in the uc journal" as "fill in the UC journal". */
export function withAcronymsInCapitals(text: string): string {
  return text.replace(ACRONYMS, (word) => (/^(?:cv|gcse)s$/i.test(word) ? `${word.slice(0, -1).toUpperCase()}s` : word.toUpperCase()));
}

// "i already told you. redo my cv", "no wait. goal is make cv in english first": the words before the
// step are not the step (play-testing found them kept in the plan).
const OPENING_WORDS =
  /^(?:(?:i (?:already |just )?(?:told you|said)(?: (?:that|already|before))?|like i said|as i said|i said|no wait|wait|hang on|sorry|ok so|okay so|right so|um|erm|oh|actually)\s*[.,!:;-]+\s*)+(?:(?:the |my )?(?:goal|step|first step|plan) (?:is|would be|will be)[:\s]+)?/i;

// "erm maybe update my cv" (round eight): a sound made while thinking, with no stop after it.
const OPENING_SOUNDS = /^(?:(?:u+m+|e+r+m+|e+r+|h+m+|u+h+)[\s,.]+)+/i;

function withoutOpeningWords(text: string): string {
  const rest = text.replace(OPENING_WORDS, '').replace(OPENING_SOUNDS, '');
  return rest.trim().length >= 3 ? rest : text;
}

// Written in capitals wherever they are read back: "update my cv" is "Update my CV".
// Benefits too (round six): "fill in the uc journal".
const ACRONYMS = /\b(?:cvs?|nhs|cscs|sia|hgv|lgv|dbs|gcses?|esol|uk|ged|uc|jsa|esa)\b/g;

/** A goal's answers as the goal-setting questions gathered them (dates as ISO strings). */
export type GoalAnswers = { aim: string; text: string; dueAt?: string; firstStep?: string; firstStepDueAt?: string; nearerFirstStep?: boolean };

/**
 * The steps the client set: the first step, and when they agreed to a nearer first step, the step
 * they had made specific and measurable ("apply for 3 shop jobs" by Friday) after it; that one had
 * been dropped from the plan. A smaller step taken for want of confidence replaces it instead.
 */
export function goalSteps(answers: GoalAnswers): { text: string; dueAt: string }[] {
  const first = { text: tidyWords(answers.firstStep ?? answers.text), dueAt: answers.firstStepDueAt ?? answers.dueAt! };
  if (!answers.nearerFirstStep || !answers.firstStep || !answers.dueAt) return [first];
  const sharpened = tidyWords(answers.text);
  const sameAs = (other: string) => sharpened.toLowerCase() === other.toLowerCase();
  if (!normaliseAnswer(sharpened) || sameAs(first.text) || sameAs(tidyWords(answers.aim))) return [first];
  return [first, { text: sharpened, dueAt: answers.dueAt }];
}

/** The aim as the client said it, tidied, with any date left for the goal's own due date. */
export function tidyAim(text: string, context: DateContext): string {
  return tidyWords(splitDate(text, context).text);
}

/**
 * A goal's own day: one said with the aim ("get a job by March"), or the day asked for when the
 * words it was asked for are still the aim ("update my CV", in 10 days, even if a nearer first
 * step came after); otherwise none. Play-testing found "get a job" shown as due on the Friday of
 * its first step ("look at 2 job adverts").
 */
export function goalDueDate(aim: string, askedAbout: string, askedDay: Date | null, context: DateContext): Date | null {
  const { due } = splitDate(aim, context);
  if (due) return due;
  return tidyWords(askedAbout).toLowerCase() === tidyAim(aim, context).toLowerCase() ? askedDay : null;
}

const VAGUE = new Set([
  'dunno', 'dont know', 'i dont know', 'idk', 'not sure', 'no idea', 'no clue', 'maybe', 'whatever', 'anything',
  'any', 'some', 'a few', 'a lot', 'loads', 'lots', 'as many as i can', 'as many as possible', 'depends', 'it depends',
  'not sure yet', 'who knows', 'hmm', 'er', 'um', 'you choose', 'you pick', 'you decide', 'up to you',
  // "idk u tell me" was kept as a client's goal (play-testing, round seven).
  'you tell me', 'u tell me', 'idk you tell me', 'idk u tell me', 'dunno you tell me', 'dunno u tell me', 'i dont know you tell me',
  'dont know you tell me', 'no idea you tell me', 'what do you think', 'what do u think', 'wot do u think', 'your call', 'you say',
  'idk what do you think', 'idk what do u think', 'no idea what do you think',
]);

// Play-testing found "k" kept as a step: a word said to fill the gap, not an answer.
const FILLERS = new Set(['k', 'kk', 'kay', 'okk', 'okey', 'okie', 'oki', 'mk', 'mkay', 'hmmm', 'mm', 'mmm', 'ah', 'oh',
  'eh', 'meh', 'lol', 'haha', 'erm', 'uh', 'huh', 'ta', 'thx', 'thanks', 'cheers', 'whatevs', 'idc', 'i dont mind', 'dont mind']);
// "sometime" (kept as a step in play-testing): when, and not a day, where what to do was asked.
const VAGUE_TIMES = new Set(['sometime', 'some time', 'sometime soon', 'some time soon', 'soon', 'soonish', 'later', 'later on',
  'eventually', 'whenever', 'whenever i can', 'when i can', 'when i get a chance', 'when i get time', 'asap', 'as soon as possible',
  'one day', 'someday', 'some day', 'at some point', 'in a bit', 'in a while', 'not yet', 'not now', 'in the future',
  'anytime', 'any time', 'at some stage', 'in due course', 'no rush', 'sooner or later']);
// "Same as before" (kept as a goal in play-testing): words that point back at something not on screen.
const SAID_BEFORE = new Set(['same as before', 'same as last time', 'same as last week', 'same again', 'as before', 'the same',
  'same', 'same thing', 'same one', 'same as usual', 'as usual', 'ditto', 'same as above', 'as above', 'like before',
  'like last time', 'what i said before', 'what i said', 'like i said', 'as i said', 'i already said', 'i already told you']);

/** "dunno", "some", "as many as I can", "k", "sometime": not something the client can tick off. */
export function isVagueAnswer(text: string): boolean {
  const words = normaliseAnswer(text);
  return !words || VAGUE.has(words) || FILLERS.has(words) || /^[a-z]$/.test(words) || VAGUE_TIMES.has(words) || SAID_BEFORE.has(words);
}

/** "sometime", "soon", "when i can": a vague when, typed where what to do was asked. */
export function isOnlyAVagueTime(text: string): boolean {
  return VAGUE_TIMES.has(normaliseAnswer(text));
}

/** "same as before", "as i said": pointing back at words the coach cannot show again. */
export function pointsBack(text: string): boolean {
  return SAID_BEFORE.has(normaliseAnswer(text));
}

// A reply to a question rather than a goal or a step: play-testing found "Yes please" and
// "i dont know" kept as a client's goal, and "no" as their smaller step.
const BARE_REPLIES = new Set([
  'yes', 'yes please', 'yeah', 'yeh', 'yep', 'yup', 'ok', 'okay', 'ok then', 'sure', 'fine', 'alright', 'go on',
  'no', 'nope', 'nah', 'no thanks', 'no thank you', 'not really', 'nothing', 'none', 'no idea really', 'na',
  'i dont no', 'dont no', 'i do not know', 'do not know', 'i dunno', 'not a clue', 'help me', 'pass',
  // Agreeing, not a step: play-testing found "ok that's fine" kept as a first step.
  'ok thats fine', 'thats fine', 'ok fine', 'fine by me', 'sounds good', 'ok sounds good', 'that sounds good', 'ok great', 'great', 'cool',
  'ok cool', 'alright then', 'ok then', 'yes thats fine', 'yeah thats fine', 'yes ok', 'yeah ok', 'ok yes', 'no problem', 'sure thing',
]);

// "yeah go on", "ok sure why not": agreeing in any order, kept as a first step in play-testing (round seven).
const AGREEING = new Set(['yes', 'yeah', 'yeh', 'ye', 'yep', 'yup', 'ok', 'okay', 'k', 'sure', 'fine', 'alright', 'go', 'on', 'then',
  'please', 'thats', 'sounds', 'good', 'great', 'cool', 'lovely', 'perfect', 'why', 'not', 'lets', 'it', 'that', 'yes please', 'mate', 'ta', 'cheers', 'thanks']);
const AGREE_STARTS = /^(?:yes|yeah|yeh|ye|yep|yup|ok|okay|sure|fine|alright|go|sounds|thats|cool|great|lets|why)\b/;

function isOnlyAgreeing(words: string): boolean {
  const each = words.split(' ').filter(Boolean);
  return each.length > 0 && each.length <= 5 && AGREE_STARTS.test(words) && each.every((word) => AGREEING.has(word));
}

// "didnt get round to it, kids were ill": news of a step not done, where a new step is asked.
const NOT_DONE = /^(?:(?:sorry|no|nah|well|honestly|tbh)\s+)*(?:i\s+)?(?:didnt|did not|havent|have not|never|couldnt|could not|wasnt able to|was not able to)\s+(?:get|got|manage|managed|do|done|did|have|had|find|found)\b(?:\s+(?:round|around|the time|time|to))?(?:\s+(?:to\s+)?(?:it|do it|that|them|any))?/;

/** "didnt get round to it": what happened to a step, said where a step is asked. */
export function saysNotDone(text: string): boolean {
  const words = normaliseAnswer(text);
  return NOT_DONE.test(words) || ONLY_NOT_DONE.test(words);
}
// "not done", "not yet", "nope not done": said alone (play-testing, round eight: "Not done" became a first step).
const ONLY_NOT_DONE = /^(?:(?:sorry|no|nah|nope|well|honestly|tbh)\s+)*(?:not (?:done|yet|done yet)|still not done|not done it(?: yet)?)(?:\s+(?:sorry|tbh|yet))*$/;

/** Not a goal or a step, though it is words: "yes please", "no", "i don't know", "help me", a bare "8". */
export function isNotAGoal(text: string): boolean {
  const words = normaliseAnswer(text);
  // "Yess", "okk": a reply held down on a phone keyboard; "Notsure": unsure (play-testing, round fifteen: both kept as a step).
  const held = words.replace(/(\p{L})\1+/gu, '$1');
  return isVagueAnswer(text) || isUnsureAnswer(text) || BARE_REPLIES.has(words) || BARE_REPLIES.has(held) || BUTTON_WORDS.has(words) || AGREES_TO_THE_PLAN.test(words) || isOnlyAgreeing(words) || /^\d+$/.test(words);
}

// Buttons' words from other questions, tapped or typed where a goal or a step is asked: play-testing
// found "I agree to this plan" kept as a client's goal. "Keep my step" is the smaller step's own button.
const BUTTON_WORDS = new Set(['not yet', 'not now', 'keep my date', 'no keep my date', 'change', 'change it',
  'add another', 'that is all', 'thats all', 'nothing to add', 'show my plan', 'skip', 'no more steps', 'save it', 'just save it', 'done', 'yes save it']);
const AGREES_TO_THE_PLAN = /^(?:(?:yes|yeah|ok|okay)\s+)?(?:i )?(?:agree|agreed)(?: (?:to|with) (?:this|the|my|it)(?: plan)?| it| that)?(?: please| thanks)?$/;

/** "I agree to this plan" (its button's words) or "i agree": agreeing to a plan, never a goal or a step. */
export function agreesToThePlan(text: string): boolean {
  return AGREES_TO_THE_PLAN.test(normaliseAnswer(text));
}

// "can i change my goal", "delete the cv step", "take that off my plan", "move my cv step to friday",
// "i dont need the cv step any more": the plan as it is, changed.
const CHANGES_THE_PLAN = /\b(?:change|changing|edit|delete|remove|get rid of|take off|take out|cross off|drop|swap|move|moving|postpone|reschedule|rearrange|put off|push back|(?:dont|do not|no longer) need)\b(?:\s+\w+){0,4}?\s+(?:goals?|steps?|plan|(?:the|my|that|this)(?:\s+\w+)?\s+(?:one|thing))\b|\b(?:take|put|push)\b(?:\s+\w+){0,3}?\s+(?:goals?|steps?|one|thing)\s+(?:off|out|back)\b|\b(?:goals?|steps?)\b.*\b(?:changed|deleted|removed|taken off|not needed|no longer needed|isnt needed)\b/;

// "actually no, change it", "scrap that", "can i change it": the answer just given, taken back.
// Play-testing (round seven) found "change it" cheered as good news ("That is good to hear").
const REDO = /^(?:(?:actually|wait|hang on|oh|um|erm|no|nah|sorry|hmm)\s+)*(?:change|scrap|redo|undo|start again|start over|can i change|can we change|i want to change|let me change|i need to change)(?:\s+(?:it|that|this|my answer|the answer|the goal|my goal))?(?:\s+please)?$/;

/** Taking back the answer just given, in a few words: not an answer, and not good news. */
export function asksToRedoTheAnswer(text: string): boolean {
  return REDO.test(normaliseAnswer(text));
}

/** Asking to change a goal or a step already in the plan, not to set a new one. */
export function asksToChangeThePlan(text: string): boolean {
  return CHANGES_THE_PLAN.test(fixChangeTypos(normaliseAnswer(text)));
}

// "id rather keep it how it is" where a smaller step is asked: the step stays (play-testing found the
// words saved as the step).
const KEEPS_THE_STEP =
  /^(?:(?:no|nah|id rather|i would rather|i d rather|can we|can i|could we|just|please|honestly|actually)\s+)*(?:keep|leave) (?:it|my step|the step|that|that one|this one)(?:\s+(?:please|thanks|as it is|how it is|the same|as is|like that))*$|^(?:it is|its|thats|that is) (?:fine|ok|okay|alright) (?:as it is|how it is|like that)$|^(?:keep my step|same step|no change)$/;

/** The client wants the step as it is, not a smaller one. */
export function keepsTheStep(text: string): boolean {
  return KEEPS_THE_STEP.test(normaliseAnswer(text));
}
