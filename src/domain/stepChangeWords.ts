// Reading a client's wish to change a step already in their plan: which step they mean ("the cv
// one", "step 2") and what they want done with it (a new day, or off the plan). Words that say
// neither are left for the coach to ask about, so nothing is changed on a guess.
import { normaliseAnswer } from './answers.ts';
import { fixChangeTypos } from './changeWordTypos.ts';

export type StepChange = 'move' | 'drop';

export interface NamedStep {
  lineageId: string;
  text: string;
}

// "move", "put it off", "push the cv step back", "another day": a new day for the step.
const MOVES =
  /\b(?:move|moving|moved|put (?:it |that |this )?off|put\b.*\boff\b|push (?:it |that |this )?back|push\b.*\bback|postpone|reschedule|rearrange|delay|another day|different day|new day|new date|change the (?:day|date)|more time)\b/;
// "delete", "take it off my plan", "i dont need the cv step any more": off the plan.
const DROPS =
  /\b(?:delete|remove|drop|get rid of|take (?:it |that |this )?(?:off|out)|take\b.*\b(?:off|out)\b|cross (?:it |that |this )?off|scrap|bin|dont need|do not need|no longer need|not needed|no longer needed|dont want|do not want|not relevant)\b/;

// "i moved house", "we moved to leeds", "just moved flat": news of a new home, never a new day for
// a step (play-testing: "i moved house, new address is 4 Elm Road Leeds" had asked for a new day).
const MOVED_HOME =
  /\b(?:(?:i|we|ive|weve|i have|we have|just|recently|have|has|she|he|they)\s+(?:just\s+|recently\s+|now\s+)?moved|moved\s+(?:house|home|flat|address|area|town|city))\b(?:\s+(?:house|home|flat|in|out|away|to\s+\w+|on\s+\w+|last\s+\w+|recently))*/;
const MOVED_HOME_ALL = new RegExp(MOVED_HOME.source, 'g');

/** News of a new home ("i moved house"), said with no wish to change a step. */
export function tellsOfMovingHome(text: string): boolean {
  const words = fixChangeTypos(normaliseAnswer(text));
  return MOVED_HOME.test(words) && readStepChange(text) === null;
}

/** A new day, or off the plan; null when the words say neither or both. */
export function readStepChange(text: string): StepChange | null {
  const words = fixChangeTypos(normaliseAnswer(text)).replace(MOVED_HOME_ALL, ' ');
  const moves = MOVES.test(words);
  const drops = DROPS.test(words);
  if (moves === drops) return null;
  return moves ? 'move' : 'drop';
}

// Words that say nothing about which step is meant.
const NOT_NAMING = new Set([
  'a', 'an', 'the', 'my', 'me', 'i', 'im', 'it', 'its', 'that', 'this', 'one', 'ones', 'step', 'steps', 'plan', 'goal', 'goals',
  'to', 'for', 'of', 'on', 'in', 'off', 'out', 'by', 'and', 'or', 'with', 'from', 'at', 'can', 'could', 'please', 'want', 'would',
  'like', 'need', 'dont', 'do', 'not', 'no', 'longer', 'any', 'more', 'move', 'change', 'delete', 'remove', 'drop', 'take', 'put',
  'push', 'back', 'day', 'date', 'another', 'different', 'new', 'later', 'get', 'rid', 'about', 'so', 'just', 'be', 'is', 'are',
  'will', 'you', 'your', 'we', 'us', 'some', 'thing', 'things', 'action', 'task', 'x',
]);
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };

/** "agencies" and "agency", "applying" and "apply" are the same word here: their first letters. */
function stem(word: string): string {
  const single = word.length > 4 && word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return single.slice(0, 5);
}

function namingWords(text: string): Set<string> {
  return new Set(fixChangeTypos(normaliseAnswer(text)).split(' ').filter((word) => word && !NOT_NAMING.has(word) && !/^\d+$/.test(word)).map(stem));
}

/** "step 2", "the second one", "number 3": a place in the list, counted from 1. */
function placeNamed(words: string): number | null {
  const numbered = /\b(?:step|number|no|item)\s+(\d{1,2})\b/.exec(words);
  if (numbered) return Number(numbered[1]);
  const ordinal = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b/.exec(words);
  if (ordinal) return ORDINALS[ordinal[1]!]!;
  if (/\b(?:last|final)\b/.test(words)) return -1;
  return null;
}

/**
 * The one step the words name, by its place in the list or by words only it shares with them;
 * null when none does, or when two steps share the most.
 */
export function stepNamedIn<T extends NamedStep>(text: string, steps: readonly T[]): T | null {
  const words = normaliseAnswer(text);
  const place = placeNamed(words);
  if (place !== null) return (place === -1 ? steps.at(-1) : steps[place - 1]) ?? null;
  const said = namingWords(text);
  if (said.size === 0) return null;
  const scored = steps.map((step) => ({ step, shared: [...namingWords(step.text)].filter((word) => said.has(word)).length }));
  const best = Math.max(...scored.map(({ shared }) => shared));
  if (best === 0) return null;
  const top = scored.filter(({ shared }) => shared === best);
  return top.length === 1 ? top[0]!.step : null;
}

// "add a step", "can i add another step", "i want to add a new action": a step to add, not one to change.
const ADDS_A_STEP = /\b(?:add|adding|put in|include)\b(?:\s+(?:a|an|one|new|another|more|extra|other|some))*\s+(?:steps?|actions?|tasks?)\b|\b(?:another|extra|new|one more)\s+(?:steps?|actions?|tasks?)\b/;

/** Wanting to add a step to the plan. */
export function wantsToAddAStep(text: string): boolean {
  return ADDS_A_STEP.test(fixChangeTypos(normaliseAnswer(text)));
}

/**
 * Words that read as a whole new step beside the one they share words with: "apply to 2 kitchens in
 * leeds" against "Apply to 2 kitchens in Bradford" (each has a word the other lacks, and the words
 * say enough to be a step of their own). "the kitchens one" only points at it.
 */
export function readsAsANewStep(text: string, step: NamedStep): boolean {
  const said = namingWords(text);
  const its = namingWords(step.text);
  const onlySaid = [...said].filter((word) => !its.has(word));
  const onlyIts = [...its].filter((word) => !said.has(word));
  return said.size >= 3 && onlySaid.length > 0 && onlyIts.length > 0;
}
