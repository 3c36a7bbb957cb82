// Things a client says in a review (or beside a reminder) that are not an answer to the question on
// screen, read so they can be heard first: a question about a step their adviser owns ("has she
// rung them yet?"), a sorry ("sorry been rubbish"), a wish to change the step ("can i change it
// to something smaller"). Play-testing over four weeks: the first had "Sorry, I didn't catch
// that" (and at the menu was logged as contact with an employer), the second went unanswered,
// the third had "That sounds really hard" and the adviser offered. Pure: no I/O.
import { normaliseAnswer } from './answers.ts';

const MAX_LENGTH = 300;
const ADVISER = String.raw`(?:she|he|my (?:adviser|advisor|adviser lady|work coach|coach|case ?worker|key ?worker|support worker)|the (?:adviser|advisor|work coach)|your (?:adviser|advisor))`;
const DID = String.raw`(?:rung|rang|ring|ringing|called|call|calling|phoned|phone|phoning|emailed|email|emailing|contacted|contact|spoke|spoken|talked|sorted|done|did|heard|got back|got in touch|sent|send|booked|book|found|looked|checked|asked)`;

const ADVISER_STEP_QUESTIONS: readonly RegExp[] = [
  // "has she rung them yet?", "did my adviser call the college", "is she calling them"
  new RegExp(String.raw`^(?:(?:so|and|also|btw|um|erm|hi|hiya|just wondering|quick question)\s+)*(?:has|have|did|is|was|hasnt|didnt)\s+${ADVISER}\s+(?:\w+\s+)?${DID}\b`),
  // "any news from my adviser about the college", "any word from her"
  new RegExp(String.raw`\bany (?:news|word|update|updates)\s+(?:from|on|off)\s+(?:${ADVISER}|her|him)\b`),
  // "do you know if she rang them", "what about the college, did she call"
  new RegExp(String.raw`\b(?:know|tell me|heard) (?:if|whether)\s+${ADVISER}\s+(?:\w+\s+)?${DID}\b`),
  new RegExp(String.raw`\b(?:did|has)\s+${ADVISER}\s+(?:\w+\s+)?${DID}\b.*\byet\b`),
];

/** "has she rung them yet?": the client asks how a step their adviser owns is going. */
export function asksAboutAdviserStep(text: string): boolean {
  const words = normaliseAnswer(text);
  if (!words || words.length > MAX_LENGTH) return false;
  return ADVISER_STEP_QUESTIONS.some((pattern) => pattern.test(words));
}

const CHANGE_WISH: readonly RegExp[] = [
  /\b(?:can|could|may) (?:i|we) (?:change|swap|switch|make|do|pick|have|try) (?:it|this|that|the step|my step|this step|that step|it to|something|a different|another|an easier|a smaller)\b/,
  /\b(?:change|swap|switch) (?:it|this|that|the step|my step|this step|that step) (?:to|for)\b/,
  /\b(?:i want|i would like|id like|i wanna|i need) to (?:change|swap|switch) (?:it|this|that|the step|my step|this step|that step)\b/,
  /\b(?:something|a step|one) (?:smaller|easier|simpler)\b/,
  /\b(?:make|made) (?:it|the step|this) (?:smaller|easier|simpler)\b/,
];

/** "can i change it to something smaller": a wish to change the step, said where a review asks how it went. */
export function wantsToChangeTheStep(text: string): boolean {
  const words = normaliseAnswer(text);
  if (!words || words.length > MAX_LENGTH) return false;
  return CHANGE_WISH.some((pattern) => pattern.test(words));
}
