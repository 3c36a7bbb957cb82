// The words on the client's "My plan" card and on the adviser's view of the same plan. What the
// client or adviser typed is not here: the card builders add it, escaped.
import type { ItemStatus } from '../../domain/plan.ts';

export const planCardWords = {
  title: 'Your plan',
  situation: 'Where you are now',
  jobGoals: 'Jobs you would like',
  route: 'How you want to get there',
  backupPlan: 'If that does not work out',
  goals: 'Your goals',
  clientItems: 'What you will do',
  adviserItems: 'What your adviser will do',
  noItems: 'Nothing here yet.',
  noReview: 'We have not set a day to look at your plan again yet.',
  draft: 'This plan is new or has changed. It is ready for you to agree to.',
  agreed: 'Agreed.',
};

export const statusWords: Record<ItemStatus, string> = {
  open: 'To do',
  done: 'Done',
  'partly-done': 'Partly done',
  'not-done': 'Not done',
  dropped: 'No longer needed',
};

/** A long plan's card lists a few; the rest are counted. */
export const earlierGoals = (count: number): string => (count === 1 ? 'And 1 earlier goal.' : `And ${count} earlier goals.`);
export const moreSteps = (count: number): string => (count === 1 ? 'And 1 more step.' : `And ${count} more steps.`);
export const nextReviewOn = (date: string): string => `We will look at your plan again on ${date}.`;
export const goalBy = (goal: string, date: string): string => `${goal} (by ${date})`;
export const itemBy = (date: string): string => `By ${date}`;
export const itemLate = (date: string): string => `Late: it was due ${date}`;
export const versionLine = (version: number, agreement: string): string => `Version ${version}. ${agreement}`;
export const clientAgreedOn = (date: string): string => `You agreed to it on ${date}.`;
export const adviserAgreedOn = (date: string): string => `Your adviser agreed to it on ${date}.`;

// ---- The adviser's view ------------------------------------------------------------------------

export const adviserPlanWords = {
  clientItems: 'What the client will do',
  adviserItems: 'What you will do',
  goals: 'Goals',
  nothingYet: 'Nothing yet.',
  clientNotAgreed: 'Client has not agreed yet.',
  adviserNotAgreed: 'You have not agreed yet.',
  done: 'Done',
  weekLater: 'A week later',
  addHeading: 'Add something you will do',
  addLabel: 'What you will do',
  addExample: 'For example: check if work leaves them better off',
  byWhen: 'By when',
  addAction: 'Add action',
  agreePlan: 'Agree plan',
};

export const adviserPlanTitle = (clientName: string): string => `Plan: ${clientName}`;
export const clientAgreed = (date: string): string => `Client agreed ${date}.`;
export const youAgreed = (date: string): string => `You agreed ${date}.`;
/** "3. Ring the college (to do, by Friday 4 December)". */
export const adviserItemLine = (number: number, text: string, status: ItemStatus, by: string | null): string =>
  `${number}. ${text} (${statusWords[status].toLowerCase()}${by ? `, by ${by}` : ''})`;
