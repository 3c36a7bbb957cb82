// A step as the client typed it, read for what one line of a plan cannot hold: two steps in one
// message ("apply for 3 jobs and update my cv"), and a step done again and again ("every week").
// Play-testing found both saved as one dated line, the second step and the "every week" unseen.
import type { DateContext } from './dates.ts';
import { analyseGoal } from './smart.ts';

// Where one step may end and the next begin; the separators are kept, to put a piece back as typed.
const BETWEEN = /(\s*[,;\n]+\s*(?:and\s+|then\s+|also\s+|and then\s+)?|\s*[.!]+\s+|\s+(?:&|\+|and then|and also|and|then|also|plus)\s+)/i;
const MAX_STEPS = 4;

/**
 * The steps in one answer, each something to do on its own ("update my cv", not "hospitality" from
 * "jobs in retail and hospitality", which stays with the words before it); one when the words
 * hold no second step, or a piece is no step at all ("ok so, apply for 3 jobs" stays whole).
 */
export function stepsInOne(text: string, context: DateContext): string[] {
  const whole = text.trim();
  const pieces = whole.split(BETWEEN);
  const steps: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!.trim();
    if (!piece) continue;
    const isStep = analyseGoal(piece, context).specific && !asksThereToo(steps[steps.length - 1], piece);
    if (isStep || steps.length === 0) steps.push(piece);
    else steps[steps.length - 1] += `${pieces[i - 1]}${piece}`;
  }
  const allSteps = steps.every((step) => analyseGoal(step, context).specific);
  return steps.length > 1 && steps.length <= MAX_STEPS && allSteps ? steps : [whole];
}

// "visit the central library and ask whether they have any vacancies", "ring the shop and ask for
// the manager": the asking is done on that visit or call, one step (play-testing, round eighteen,
// found it split into two to pick from).
const VISIT_OR_CALL = /^(?:i (?:shall|will|would|could|can|might) |ill |i'll |im going to |i am going to )?(?:visit|go|pop|drop|call in|walk|head|ring|call|phone|email|e-mail|message|contact|speak|talk|see)\b/i;
const ASKS_THERE = /^(?:ask|see|find out|check)\b(?:\s+(?:them|him|her|the \w+))?\s+(?:whether|if|about|for|when|what|how|who|to)\b/i;

function asksThereToo(before: string | undefined, piece: string): boolean {
  return before !== undefined && VISIT_OR_CALL.test(before.trim()) && ASKS_THERE.test(piece);
}

/**
 * "apply for 2 jobs every week", "each monday call the agency", "3 jobs a week": how often, read as
 * SMART reads it (smart.ts asks a check-in day for it, not a due date). A plan keeps one date a step.
 */
export function repeats(text: string, context: DateContext): boolean {
  return analyseGoal(text, context).missing.some((piece) => piece.need === 'check-in-day');
}
