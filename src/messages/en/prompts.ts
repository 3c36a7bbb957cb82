// What a question says when the reply could not be read at all.
export const CHOICE_RETRY = "Sorry, I didn't catch that. Please tap a button or type one of them.";
export const TEXT_RETRY = 'Please type a few words. Or type "help".';

/** Buttons always on offer, so help and a person are one tap away. */
export const ALWAYS_OFFERED = ['Help', 'Talk to my adviser'];
