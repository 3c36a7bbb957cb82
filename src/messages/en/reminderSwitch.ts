// The client's own say over reminders: stopped or started again by typing, at any point.
export const remindersStopped =
  'OK. I will not send you reminders. Your plan stays as it is, and your adviser can see that reminders are off. Type "start reminders" to turn them back on.';
export const remindersStarted = 'OK. Reminders are back on. I will remind you about your steps and reviews.';
export const remindersAlreadyOn = 'That is fine. You still get them. I have not turned them off.';
/** Paused by the coach after a worrying message: the adviser turns them back on with the client. */
export const remindersPausedForSafety = 'I paused your reminders after you told me how things were. Your adviser will turn them back on with you when you are ready.';
export const remindersNeedConsent = 'I only send reminders once you let me keep your answers.';
