// Words the bot says in many places. Plain English: short sentences, one question at a time.

import type { OpeningTime } from '../../domain/officeHours.ts';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function clockWords(minutes: number): string {
  const hour24 = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const suffix = hour24 < 12 ? 'am' : 'pm';
  return minute === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minute).padStart(2, '0')}${suffix}`;
}

/** When a person will see it: "later today at 9am", "tomorrow at 9am", "on Monday at 9am". */
export function openingWords(opening: OpeningTime): string {
  const time = clockWords(opening.minutes);
  if (opening.dayOffset === 0) return `later today at ${time}`;
  if (opening.dayOffset === 1) return `tomorrow at ${time}`;
  return `on ${DAY_NAMES[opening.weekday]} at ${time}`;
}

export const sorryMessage = 'Sorry, something went wrong on my side. Please try that again.';

export const botIntroduction = [
  'Hello! I am Action Plan Coach.',
  'I am a computer program, not a person.',
  'I can help you make a plan to find work, and keep going with it.',
].join(' ');

export const helpMessage = [
  'Here is what you can type at any time:',
  '- "help" to see this list.',
  '- "cancel" to stop what we are doing.',
  '- "start again" to go back to the start.',
  '- "talk to my adviser" to ask a person to get in touch.',
  '- "change my plan" to move a step to another day, or take it off.',
].join('\n');

export const cancelledMessage = 'OK, I have stopped that. Anything you already saved is kept.';

/** "cancel" before the first questions are done: nothing is lost, we carry on next time. */
export const pausedMessage = 'OK, we can stop here. I have kept your place. Just say hello when you want to carry on.';

export const cancelledBeforeConsentMessage = 'OK, I have stopped. I have not kept anything. Just say hello if you want to start.';

/** Many messages at once in one chat, and this one waited too long for its turn. */
export const stillBusyMessage = 'I am still working on your last message. Please send this one again in a moment.';

/** The database cannot be reached: nothing from this message was saved. */
export const cannotSaveMessage = "Sorry, I can't save anything right now. Please try again in a few minutes.";
