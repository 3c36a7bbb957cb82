// Questions asked at "Would you like your adviser to get in touch?", after a worry (play-testing
// as clients at risk, round twelve): answered first, then the offer asked again, one question.

/** The offer, asked again after an answer. */
export const offerAgain = 'Would you like your adviser to get in touch?';

/** "will my adviser be told", "who will see this": who sees it, and what Yes adds. */
export function offerWhoSeesReply(detailsKept: boolean): string {
  const seen = detailsKept
    ? ['Your adviser can see what you write here.', 'If they are away, their team leader can too. Nobody else can.']
    : ['I do not keep your details yet, so nobody sees this.'];
  return [...seen, 'If you tap Yes, please, I will also ask them to get in touch.', 'If you tap No, thanks, I will not ask them.', offerAgain].join('\n');
}

/** "what would they do", "what happens if i say yes": what the adviser does, and who decides. */
export const offerWhatTheyDoReply = [
  'Your adviser would read what you said.',
  'Then they would try to get in touch, to check you are OK.',
  'You stay in charge. You choose what to talk about.',
  offerAgain,
].join('\n');
