// News of work that is not a new job, typed at the menu (play-testing, round twenty-eight): kept on
// at the job they have, and cash-in-hand work, which is heard without judgement and left for the
// client to talk through with their adviser if they want to. Nothing is decided here.

/** "my contract got extended", "they kept me on another 3 months". */
export const keptOnHeard = 'That is great news. Well done! They want to keep you.';

/** "they kept me on but i hate it": not all glad news, so the adviser is offered, not "great news". */
export const keptOnMixedHeard = 'Thank you for telling me. It sounds like it is not all good. If you want to talk it through, type "talk to my adviser".';

/** "doing a bit of cash in hand at my mates garage": heard, and the adviser offered, never told unasked. */
export const cashWorkHeard = [
  'Thank you for telling me. Your adviser can talk it through with you, like how it fits with any benefits.',
  'It is your choice. If you would like that, type "talk to my adviser".',
].join(' ');
