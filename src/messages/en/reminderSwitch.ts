// The client's own say over reminders: stopped or started again by typing, at any point.
export const remindersStopped =
  'OK. I will not send you reminders. Your plan stays as it is, and your adviser can see that reminders are off. Type "start reminders" to turn them back on.';
export const remindersStarted = 'OK. Reminders are back on. I will remind you about your steps and reviews.';
export const remindersAlreadyOn = 'That is fine. You still get them. I have not turned them off.';
/** Paused by the coach after a worrying message: the adviser turns them back on with the client. */
export const remindersPausedForSafety = 'I paused your reminders after you told me how things were. Your adviser will turn them back on with you when you are ready.';
export const remindersNeedConsent = 'I only send reminders once you let me keep your answers.';

// Time away ("im in hospital for two weeks"): kind words first, then reminders paused until a day.
/** Said before the offer to pause, by what the client told. */
export const timeAwayHeard = {
  hospital: 'I am sorry you are in hospital. I hope you feel better soon.',
  unwell: 'I am sorry you are unwell. I hope you feel better soon.',
  away: 'Thank you for letting me know.',
  'someone-ill': 'I am sorry to hear that. Looking after them comes first.',
} as const;
export function offerPauseUntil(day: string): string {
  return `Would you like me to pause your reminders until ${day}? They will start again by themselves then.`;
}
export const offerPauseNoDay = 'Would you like me to pause your reminders? Tell me a day to start them again, like "the 20th".';
export const pauseYes = 'Yes, pause them';
export const pauseNotSure = 'Not sure of the day';
export const pauseNo = 'No, keep them on';
export function pausedUntil(day: string): string {
  return `OK. I have paused your reminders until ${day}. They will start again by themselves that day. Your adviser can see that they are paused.`;
}
export const pausedNoDay = 'OK. I have paused your reminders. Type "start reminders" when you want them again. Your adviser can see that they are paused.';
export const remindersKeptOn = 'OK. Your reminders stay on.';
/** A review left when reminders are paused: it waits for them. */
export const reviewWhenBack = 'We can look at your plan when you are back. Take care.';
