// The part of a worried message meant for the plan (December: "i feel worthless. i want to learn to
// drive" at the goal question had been kept whole, the worry with it, and "i feel so down all the
// time. how do i update my cv?" had lost its question to the adviser's offer). The message is cut at
// its stops, commas and "but"; a part the risk check reads as nothing worrying, shaped as a goal or a
// step, or asked as a question, is the part to keep. The worry itself is never kept.
import { assessRisk } from './risk.ts';
import { looksLikeAQuestion } from './intentGuards.ts';
import { normaliseAnswer } from './answers.ts';
import { isUnsureAnswer, MAX_GOAL_LENGTH } from './textChecks.ts';
import { withAcronymsInCapitals } from './goalWords.ts';
import { taskSaidToTheClient } from './adviserTaskWords.ts';

export type HeldPart = { kind: 'goal' | 'question'; words: string };

// "i want to", "wanna", "id like to", "just", "gonna": the wish before the doing word.
const MODAL = String.raw`(?:want to|wanna|need to|have to|would like to|like to|hope to|plan to|going to|gonna|will|try to|try and)`;
const WISH = String.raw`(?:(?:honestly|so|and|then|but|just|really)\s+)*(?:(?:i|id|i d|i would|im|i am)\s+(?:just\s+|really\s+)?${MODAL}\s+|(?:ill|to|${MODAL})\s+)?(?:just\s+)?`;
// Doing words a goal or a step opens with.
const DOING = String.raw`(?:get|find|become|learn|start|improve|build|gain|pass|finish|save|move|go back|go to|do|be a|be an|apply|ring|call|phone|send|look for|look at|look into|search|update|ask|visit|sort|email|book|fix|write|make|practise|practice|prepare|check|register|sign up|enrol|enroll|join|attend|contact|speak to|talk to|meet|print|redo|complete|work (?:as|in|on|at|with|towards?))`;
const GOAL_SHAPED = new RegExp(`^${WISH}${DOING}\\b`);
// Said of the worry, not a wish: "i dont want to", "i cant".
const NOT_A_WISH = /\b(?:dont|do not|cant|cannot|never|no point|wont|not)\b/;
// "really", "tbh", "i guess" after the goal: not part of it.
const TRAILING = /(?:\s+(?:really|tbh|to be honest|honestly|i guess|i suppose|i think|lol|innit|like|or something|and that|please|pls|maybe))+$/;
// Cut at stops, commas and "but"; "and" joins a goal's own words too often ("find a job and save up").
const CUT = /\s*[.!;,]+\s*|\s+(?:but|tho|though)\s+|(?<=\?)\s*/;

/** The message cut into its parts, each trimmed. */
export function partsOf(text: string): string[] {
  return text.split(CUT).map((part) => part.trim()).filter((part) => part.length > 0);
}

/** A part shaped as a goal or a step: a doing word first, after any wish ("i wanna sort my cv out"). */
export function isGoalShaped(part: string): boolean {
  const words = normaliseAnswer(part);
  // "will do", "get it": too few words to be a goal.
  const rest = words.slice(words.match(new RegExp(`^${WISH}`))?.[0].length ?? 0).split(' ');
  return GOAL_SHAPED.test(words) && rest.length >= 2 && !NOT_A_WISH.test(words) && !looksLikeAQuestion(part) && !isUnsureAnswer(part);
}

/**
 * In a message of two or more parts, the one meant for the plan: the first goal-shaped part, else
 * the last question, where the risk check reads that part alone as nothing worrying. Null when the
 * message is one part, or every part is the worry.
 */
export function heldPartOf(text: string): HeldPart | null {
  const parts = partsOf(text);
  if (parts.length < 2) return null;
  const calm = parts.filter((part) => part.length <= MAX_GOAL_LENGTH && assessRisk(part).level === 'none');
  const goal = calm.find(isGoalShaped);
  if (goal) return { kind: 'goal', words: goal };
  const question = calm.filter((part) => looksLikeAQuestion(part) && part.split(/\s+/).length >= 3).at(-1);
  return question ? { kind: 'question', words: question } : null;
}

/**
 * The goal said back, to follow "You said you want to": "i wanna sort my cv out" is "sort your cv
 * out". Null when the words do not open with a doing word ("i go to english class on monday").
 */
export function goalSaidBack(words: string): string | null {
  const plain = normaliseAnswer(words).replace(TRAILING, '');
  const wish = plain.match(new RegExp(`^${WISH}`))?.[0] ?? '';
  const rest = plain.slice(wish.length);
  if (!new RegExp(`^${DOING}\\b`).test(rest)) return null;
  const capitalised = taskSaidToTheClient(rest).replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|english|maths)\b/g, (word) => word.charAt(0).toUpperCase() + word.slice(1));
  return withAcronymsInCapitals(capitalised);
}
