// "i want to do it" with the step or the day it is about: "actually i want to do it friday not
// wednesday" at "What would you like to change?" (crisis: "intends to end their life"), "i want to do
// it myself, ring the cafe on the high st" at the smaller-step question (crisis) and "i want to do it
// today, go to the agency on king st" (the adviser's offer), play-testing goal setting, 2026-12-08.
// The models hear "i want to do it" as the words of intent. Said as the whole message, with a
// weekday that corrects another, or a job-search step (perhaps with its day), the models may not raise it;
// the rules still read it. "i want to do it tonight" and anything with more said are read as before.
// Normalised text (risk/normalise.ts).
import { WEEKDAY } from './wholeMessageSets.ts';

const LEAD = String.raw`^(?:(?:actually|no|nah|yeah|yes|ok|okay|so|well|erm|um|i think|hmm) )*`;
const WANT_TO_DO_IT = String.raw`i (?:want|wanna|would like|would rather|d like|id like|will|ll|am going|m going|am gonna|plan|am planning) (?:to )?do it`;
const ON_A_DAY = String.raw`(?:(?:on |this |next |by )?${WEEKDAY}(?: (?:morning|afternoon))?|today|tomorrow|this week|next week|first thing)`;
// A job-search step said after it: "ring the cafe on the high st", "go to the agency on king st".
const STEP = String.raw`(?:ring|call|phone|email|e mail|go (?:to|down to|into)|pop (?:in|into|to)|visit|apply|look|search|send|update|write|fill (?:in|out)|drop (?:off|in)|hand in|ask|check|sign up|register|book|print)(?: \w+){1,8}`;
// A day alone is only a step's day when it corrects another: "friday not wednesday", "friday instead".
const A_DAY_FOR_ANOTHER = String.raw`(?:on |this |next |by )?${WEEKDAY}(?: (?:morning|afternoon))?(?: (?:not|instead of|rather than) (?:on |this |next )?${WEEKDAY}| instead)`;
const WITH_ITS_DAY = new RegExp(String.raw`${LEAD}${WANT_TO_DO_IT} ${A_DAY_FOR_ANOTHER}$`);
const WITH_ITS_STEP = new RegExp(String.raw`${LEAD}${WANT_TO_DO_IT}(?: (?:myself|on my own))?(?: ${ON_A_DAY})? ${STEP}$`);

/** Whether the whole normalised message is "i want to do it" with only a weekday for another, or the step it is about. */
export function isOnlyAStepOrItsDay(normalised: string): boolean {
  const text = normalised.trim();
  return text.length > 0 && text.length <= 100 && !/\b(?:tonight|end|die|dead|kill|pills|rope|bridge|goodbye|over|life|myself in)\b/.test(text.replace(/\bdo it myself\b/, 'do it')) && (WITH_ITS_DAY.test(text) || WITH_ITS_STEP.test(text));
}
