// Words the bot says in many places. Plain English: short sentences, one question at a time.

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
].join('\n');

export const cancelledMessage = 'OK, I have stopped that. Anything you already saved is kept.';

/** "cancel" before the first questions are done: nothing is lost, we carry on next time. */
export const pausedMessage = 'OK, we can stop here. I have kept your place. Just say hello when you want to carry on.';

export const cancelledBeforeConsentMessage = 'OK, I have stopped. I have not kept anything. Just say hello if you want to start.';

/** Many messages at once in one chat, and this one waited too long for its turn. */
export const stillBusyMessage = 'I am still working on your last message. Please send this one again in a moment.';

/** The database cannot be reached: nothing from this message was saved. */
export const cannotSaveMessage = "Sorry, I can't save anything right now. Please try again in a few minutes.";
