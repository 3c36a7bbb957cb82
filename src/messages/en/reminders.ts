// What a reminder says, and the answers a client can give to it. Plain, warm and short: a
// reminder is a nudge from a coach, never a warning.
import type { ChoiceOption } from '../../domain/answers.ts';
import type { OpeningTime } from '../../domain/officeHours.ts';
import type { NotDoneReason, TryOutNews } from '../../domain/reminderReplyReading.ts';
import { openingWords } from './common.ts';

/** 'partly': typed only ("half done", "nearly"); the step stays open, never marked done. */
export type ReminderAnswer = 'done' | 'more-time' | 'help' | 'partly';

export const needHelpButton = 'I need help';

export const reminderAnswerChoices: ChoiceOption<ReminderAnswer>[] = [
  { value: 'done', label: 'Done', synonyms: ['i did it', 'did it', 'i have done it', 'finished', 'all done', 'done it', 'completed', 'yes done'] },
  {
    value: 'more-time',
    label: 'I need more time',
    synonyms: ['more time', 'need more time', 'not yet', 'later', 'can i have more time', 'i need longer', 'change the date', 'new date'],
  },
  { value: 'help', label: needHelpButton, synonyms: ['help me', 'need help', 'i am stuck with it', 'i need some help', 'can you help'] },
];

export const reminderButtons = reminderAnswerChoices.map((choice) => choice.label);
export const reviewButton = 'Review my plan';
/** Said for the day of a step that has none. */
export const noDueDay = 'soon';

export function dueSoonText(item: string, due: string, daysAway: number): string {
  const when = daysAway === 1 ? 'tomorrow' : `in ${daysAway === 2 ? 'two' : daysAway} days`;
  return `Hi! Just a friendly nudge about your step: ${item}. You planned it for ${due}, ${when}. How is it going?`;
}

export function dueTodayText(item: string): string {
  return `Hi! Today is the day for your step: ${item}. How is it going?`;
}

/**
 * `daysLate`: whole days since the step's day. The first asks how it went; a later one does not
 * repeat it word for word, and says how to pick a new day (play-testing: the same lines every few
 * days, "That is OK, plans change" said before the client had said anything).
 */
export function overdueText(item: string, due: string, daysLate = 1): string {
  if (daysLate <= 1) return `Hi! Your step was for ${due}: ${item}. How did it go?`;
  return `Hi! Just checking in about your step: ${item}. It was for ${due}. If it is still to do, tap "I need more time" to pick a new day.`;
}

export const reviewDueText = 'Hi! It is time to look at your plan together. It only takes a few minutes. Tap "Review my plan" when you are ready.';

export const markedDone = 'Great, I have marked that step as done. Well done!';
/** "done it! she said there might be something in september": the news said with it is heard. */
export const newsWithDoneHeard = 'Thank you for telling me what they said. That is useful to know.';
export const partlyDone = 'Good, you have made a start. That counts. I will keep the step open until it is all done.';
/** Asked after a reason was heard, which already said it is OK. */
export const askDayAfterReason = 'When do you think you can do it? You can say a day, like "next Friday".';
export const askNewDate = `That is fine. ${askDayAfterReason}`;
/** Said first when the client tells why the step is not done yet. */
export const notDoneHeard: Record<NotDoneReason, string> = {
  ill: 'Sorry you have been ill. I hope you feel better.',
  'someone-ill': 'Sorry to hear someone close to you has been unwell. Looking after them comes first. I hope they feel better soon.',
  forgot: 'That is OK, it happens.',
  busy: 'That is OK. Life gets busy sometimes.',
  other: 'Thank you for telling me. That is OK.',
};
export const goodLuck: Record<TryOutNews, string> = {
  interview: 'Good luck with your interview!',
  'trial shift': 'Good luck with your trial shift!',
};
/** "what step?" after a reminder: the step and its day again, plainly. */
export function stepAgain(item: string, due: string | null): string {
  return due ? `This is about your step: ${item}. You planned it for ${due}. How is it going?` : `This is about your step: ${item}. How is it going?`;
}
export const newDateNotUnderstood = 'Sorry, I did not get a date from that. Try a day, like "Monday" or "in two weeks".';
export function movedTo(due: string): string {
  return `OK. I have moved it to ${due}. I will remind you nearer the time.`;
}
export function dateTooEarly(due: string): string {
  return `That is before the day you had, ${due}. Which later day would work?`;
}
export function askWhatHelp(step: string): string {
  return `Asking for help is a good step. What help do you need with "${step}"? A few words is fine.`;
}
export function helpAskedFor(news: { inHours: true } | { inHours: false; opening: OpeningTime }): string {
  return news.inHours
    ? 'Thank you. I have asked your adviser to help you with this step. They will try to get in touch soon.'
    : `Thank you. I have asked your adviser to help you with this step. Nobody is at work right now. They will see it ${openingWords(news.opening)}.`;
}
export const helpWithoutConsent = 'I can only pass this on if you let me keep your details. Your adviser can still help if you call them.';
export const nothingToAnswer = 'Thanks! I could not find that step any more, so there is nothing to change.';
/** "done" typed after reminders about two steps or more, sent at the same moment. */
export const askWhichStep = 'I sent you reminders for more than one step. Which step do you mean?';
/** The same, when the words said "not yet": asked once, with the steps and "All of them" as buttons. */
export const askWhichStepMoreTime = 'Which step do you need more time for?';
export const askWhichStepDone = 'Which step have you done?';
export const allOfThemButton = 'All of them';
export const markedAllDone = 'Great, I have marked those steps as done. Well done!';
export function movedAllTo(due: string): string {
  return `OK. I have moved those steps to ${due}. I will remind you nearer the time.`;
}
/** Two replies that did not say which step: the question is left, never asked a third time. */
export const whichStepLeft = 'That is OK. We can leave that for now.';
