// "how do i add a step", "where can i see my plan", "what happens now": a question about how to use
// the coach, typed where the menu waits. Play-testing found each met with "Here is my question
// again" and no answer. Whole messages only: "i want to add a step" is not asked here.
import { normaliseAnswer } from './answers.ts';

export type MenuHowTo = 'add-step' | 'see-plan' | 'log-job-search' | 'what-now';

const OPENING = String.raw`^(?:(?:so|ok|okay|um|erm|and|but|sorry|hi|hiya|right|please)\s+)*(?:how (?:do|can|would|should|will) (?:i|we|you)|how to|how|where (?:do|can|would|will) i|can (?:i|we)|could (?:i|we)|is there a way to|is it possible to)\s+`;
const CLOSING = String.raw`(?:\s+(?:please|pls|then|now|again|here|on here|on this|in here|thanks))*$`;
const ADD_STEP = new RegExp(
  `${OPENING}(?:add|make|put|set|start|create|get|do)\\s+(?:(?:a|an|another|one more|more|some|new|next|the next|my|other)\\s+)*(?:steps?|goals?|tasks?|things? to do)(?:\\s+(?:to|on|in|into) (?:my|the) plan)?${CLOSING}`,
);
const SEE_PLAN = new RegExp(`${OPENING}(?:(?:see|view|look at|find|check|get|open|read|get to|go to)\\s+)(?:my|the|me)?\\s*(?:action )?(?:plan|steps|goals)${CLOSING}`);
const LOG = new RegExp(`${OPENING}(?:log|add|record|tell you about|put in|save)\\s+(?:my |the )?(?:job search|job searching|applications?|jobs? (?:i|ive) applied for)${CLOSING}`);
const WHAT_NOW =
  /^(?:(?:so|ok|okay|um|erm|and|right|sorry|hmm)\s+)*(?:what (?:happens|do i do|should i do|do i need to do|am i meant to do|am i supposed to do|do we do|now|next|is next)|whats next|whats happening|what now)(?:\s+(?:now|next|then|here|please))*$/;

/** The how-to question asked at the menu, or null. */
export function readMenuHowTo(text: string): MenuHowTo | null {
  const words = normaliseAnswer(text);
  if (ADD_STEP.test(words)) return 'add-step';
  if (SEE_PLAN.test(words)) return 'see-plan';
  if (LOG.test(words)) return 'log-job-search';
  return WHAT_NOW.test(words) ? 'what-now' : null;
}
