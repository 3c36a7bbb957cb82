// What the coach says around "My plan" and agreeing to it.

export const noPlanYet = 'You do not have a plan yet. We can start it with one goal.';
export const setAGoal = 'Set a goal';
export const notNow = 'Not now';
export const askStartPlan = 'Shall we set a goal together?';

export const hereIsYourPlan = 'Here is your plan.';

export const agreeButton = 'I agree to this plan';
export const notYetButton = 'Not yet';
export const askAgree = 'Please have a look. If it feels right, tap "I agree to this plan".';
export const showMyPlan = 'Show my plan';
export const explainAgree = 'Agreeing means you are happy with the plan above. Your adviser sees that you agreed. You can change it later.';
export const agreed = 'Thank you. I have noted that you agreed to this plan today.';
export const notAgreedYet = 'That is fine. You can agree later, or ask your adviser about it.';
/** "show me my plan" while a goal is being set: that goal is not in the plan until they say Yes. */
export const goalNotInPlanYet = 'The goal we are making now is not in your plan yet. I will add it when you say "Yes" to it.';
export const planEmptySoFar = 'Your plan is empty for now.';
export const planAsItIsNow = 'Here is your plan as it is now.';
/** "add a step: ..." where a new goal is read back: nothing in it is changed (play-testing: the first step's day had been). */
export const addStepOnceKept = 'I can add more steps once this goal is in your plan. First, tell me if this is right. Then tap "Set a goal" to add a step.';
/** "change the goal, i want to do taxi driving instead" where the plan waits to be agreed: the adviser is asked for. */
export const goalChangeWish = 'Changing a goal is something you do with your adviser.';
/** "add a step: ..." where the plan waits to be agreed. */
export const addStepAfterAgreeing = 'To add a step, tap "Set a goal" on the menu once you are done here.';
