import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviserPlan.ts';
import { day, step } from './fixtures.ts';

const action = 'Do a better-off check';

export const adviserPlan = {
  clientToldItemAdded: [[action, day], [action, null]],
  clientToldPlanStarted: [[action, day], [action, null]],
  clientToldItemDone: [[action]],
  clientToldItemMoved: [[action, day]],
  clientToldReviewMoved: [[day]],
  adviserItemLateLine: [[2, action, day, 14], [3, action, day, 1]],
  addNeedsADay: [['sam', 'call the housing team']],
  dayGoneForAdd: [['2', 'call the housing team']],
  addDateNotRead: [['Sam Jones', 'call the housing team']],
  noPlanYetForCard: [['Cara', 'cara'], ['Sam', '4']],
  noPlanYetInCrisis: [['Tom']],
  doneWhichAction: [['Priya', ['2. call the college, by Friday 19 June', '3. send her 3 vacancies'], 'done Priya 2']],
  openActionLine: [[2, action, day], [3, action, null]],
  noOpenActionsOfYours: [['Priya', 'Priya']],
  alreadyInPlan: [[action, day, 3], [action, null, 2]],
  itemAddedReply: [[action, day], [action, null]],
  planStartedReply: [[action, day], [action, null]],
  itemDoneReply: [[action]],
  itemMovedReply: [[action, day]],
  clientToldOwnStepAdded: [['Apply to 2 warehouse jobs', day], ['Apply to 2 warehouse jobs', null]],
  clientStepAddedReply: [['Apply to 2 warehouse jobs', day, false], ['Apply to 2 warehouse jobs', day, true]],
  clientToldOwnStepMoved: [['Apply to 2 warehouse jobs', day]],
  clientStepMovedReply: [['Apply to 2 warehouse jobs', day]],
  agreedVersionReply: [['Priya', 7, day], ['Priya', 7, null]],
  moveWhichAction: [['Priya', ['2. call the college, by Friday 19 June', '3. send her 3 vacancies'], 'move Priya 2 to Friday']],
  clientToldReviewDayMoved: [[day]],
  reviewMovedReply: [['Sam', day, 'Monday 15 June'], ['Sam', day, null]],
  reviewSameDay: [['Sam', day]],
  reviewNoPlan: [['Cara']],
  reviewDayNotRead: [['sam']],
  clientDroppedYourStep: [['Priya', step, day], [null, step, null]],
  clientMovedYourStep: [['Priya', step, 'Monday 15 June', day], [null, step, null, day]],
  reviewWhenReply: [['Sam', 'Sam', day, 'ahead'], ['Sam', '2', day, 'today'], ['Sam', 'Sam', day, 'missed'], ['Cara', 'Cara', null, 'ahead']],
} satisfies SamplesFor<typeof messages>;
