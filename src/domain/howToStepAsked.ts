// "how do i update my cv?" at the goal question had "Sorry, I was not clear"; said after a feeling
// ("i feel so down all the time. how do i update my cv?") only the feeling was heard, the question
// lost (play-testing). A how-to question about a step names the goal: the step itself.
import { expandShorthand } from './answers.ts';
import { soundsBad, soundsLow } from './intentGuards.ts';

// The doing words of a step a plan can hold; "how do i feel better" is not one, and "how do i contact my
// adviser" asks how the chat reaches them, so ringing and emailing are left out.
const STEP_VERBS = 'update|write|make|do|redo|fix|improve|sign up for|register for|register with|apply for|apply to|book|join|start|set up|create|find|get|learn|practise|practice|prepare for|look for|search for';
const HOW_TO = new RegExp(`^(?:(?:so|hmm|um|erm|ok|okay|and|but)\\s)*how (?:(?:do|can|would|could|should|to) (?:i|you|we) |i |to |would i |could i )(${STEP_VERBS}) (.+)$`);
const MAX_FEELING_WORDS = 12;

/** The step a how-to question asks about ("how do i update my cv" is "update my cv"), or null. */
export function howToStepAsked(said: string): string | null {
  // "how i make cv? my english not good": more said after it, and the words left whole.
  if (/[?.!]\s/.test(said)) return null;
  const words = expandShorthand(said);
  const asked = HOW_TO.exec(words);
  if (!asked) return null;
  // The client's own words are kept: the step is cut from what they typed, as long as the words line up.
  const start = said.toLowerCase().lastIndexOf(` ${asked[1]!.split(' ')[0]} `);
  return start < 0 ? `${asked[1]} ${asked[2]}` : said.slice(start + 1);
}

/** "i feel so down all the time. how do i update my cv?": the low feeling said first, and the question after it. */
export function feelingBeforeTheQuestion(typed: string): { question: string } | null {
  const parts = typed.trim().split(/(?<=[.!,;])\s+|\s*\n\s*/);
  if (parts.length < 2) return null;
  const question = parts[parts.length - 1]!;
  const feeling = parts.slice(0, -1).join(' ');
  if (feeling.split(/\s+/).length > MAX_FEELING_WORDS || !(soundsLow(feeling) || soundsBad(feeling) || FEELING.test(expandShorthand(feeling)))) return null;
  return howToStepAsked(question.replace(/[\s?.!,]+$/, '')) ? { question } : null;
}

const FEELING = /\b(?:stressed|anxious|worried|nervous|scared|overwhelmed|lost|confused|stuck)\b/;
