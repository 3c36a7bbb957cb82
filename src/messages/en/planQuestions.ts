// Answers to a client's plain questions about their own plan (src/domain/planQuestionWords.ts),
// given before the question on screen is asked again (dialogs/planQuestionAnswer.ts).

/** "when is my review" */
export const nextReviewOn = (day: string): string => `Your next review is on ${day}.`;
export const reviewIsToday = 'Your review is today. Choose "Review my plan" from the menu when you are ready.';
export const reviewWasDue = (day: string): string => `Your review was for ${day}. We can do it now. Choose "Review my plan" from the menu.`;
export const noReviewYet = 'You have not got a review booked yet. Your adviser will set one.';

/** "what are my steps", "what did i agree to": their steps still to do, and the adviser's. */
export type StepLine = { step: string; day: string | null };
const listed = (steps: readonly StepLine[]): string[] => steps.map(({ step, day }) => (day ? `- ${step}, by ${day}` : `- ${step}`));
export function yourSteps(mine: readonly StepLine[], adviser: readonly StepLine[], allDone: boolean): string {
  const lines = mine.length > 0 ? ['Your steps are:', ...listed(mine)] : [allDone ? 'You have done all your steps. Well done!' : 'You do not have any steps to do yet.'];
  if (adviser.length > 0) lines.push('Your adviser will do these:', ...listed(adviser));
  lines.push('To see your whole plan, type "my plan".');
  return lines.join('\n');
}

/** "what is my adviser doing for me" */
export function adviserSteps(steps: readonly StepLine[]): string {
  return ['Your adviser will do these steps for you:', ...listed(steps), 'To ask them about it, type "talk to my adviser".'].join('\n');
}

/** "who is my adviser" */
export const adviserIs = (name: string): string => `Your adviser is ${name}. To reach them, type "talk to my adviser".`;
export const noAdviserYet = 'You do not have a named adviser yet. If you need one, type "talk to my adviser".';
