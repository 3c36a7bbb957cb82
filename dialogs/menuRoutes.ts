// Where each menu button leads ("Talk to my adviser" is a request, not a conversation). The menu
// follows it, and so does the plan-to-agree question when a button's words are typed there.
import type { MenuChoice } from '../src/messages/en/menu.ts';
import { DialogIds } from './dialogIds.ts';

export const MENU_ROUTES: Record<Exclude<MenuChoice, 'talk-to-adviser'>, string> = {
  'my-plan': DialogIds.myPlan,
  'set-goal': DialogIds.smartGoal,
  review: DialogIds.review,
  'job-search': DialogIds.jobSearch,
  'update-profile': DialogIds.selfAssessment,
};
