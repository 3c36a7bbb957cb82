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

/** "does it cost anything?": nothing to pay, and the offer again. */
export const offerCostReply = ['It is free. Talking to your adviser costs you nothing.', offerAgain].join('\n');

/** "would they phone me? im at work till 5": the coach cannot say how; what they wrote is seen, if details are kept. */
export function offerHowReachedReply(detailsKept: boolean): string {
  const seen = detailsKept ? ['Your adviser can see what you write here, so you can tell them what suits you.'] : [];
  return ['I do not know if they would phone you or write to you here.', ...seen, offerAgain].join('\n');
}

/** "yeah but only after 5, i work days": the rest of what they said is on the adviser's card with the yes. */
export const offerYesMorePassedOn = 'Thank you. I have added what you said about it for your adviser.';
/** "yes but not by phone i have no credit": the wish goes on the adviser's card, as in the safety window. */
export const offerNoCallsPassedOn = 'Thank you. I have told your adviser you would rather not have a phone call.';

/**
 * A goal said with a worry at the goal question ("i feel worthless. i want to learn to drive"),
 * offered back once the adviser's offer is answered: nothing goes in the plan until they say so.
 */
export const heldGoalOfferedBack = (goal: string) => `You said you want to ${goal}. Shall we start with that?`;
/** The same, when the words are not a wish ("i go to english class on monday"): said back as typed. */
export const heldWordsOfferedBack = (words: string) => `You also said: "${words}". Shall we start with that?`;
export const heldGoalYesLabel = 'Yes, start with that';
export const heldGoalNoLabel = 'No, something else';
/** "no" to the goal offered back: it is let go, and the goal question asked again. */
export const heldGoalLeft = 'OK. We will leave that.';

/** "is my adviser going to be angry with me?": no, and the offer again. */
export const offerNotAngryReply = ['No. Your adviser is there to help you, not to tell you off.', offerAgain].join('\n');

/** Glad news told at the offer: an interview, a job, or another step in looking for work. */
export type OfferNews = 'interview' | 'job' | 'job-search';

/** "i got an interview on thursday and im terrified": well done, the nerves answered, the offer once more. */
export function offerNewsReply(news: OfferNews, nervous: boolean): string {
  const heard = { interview: 'Well done on the interview!', job: 'That is brilliant news! Well done on getting a job.', 'job-search': 'Well done. Every contact with an employer counts.' }[news];
  const nerves = nervous ? ['It is normal to feel nervous. It shows it matters to you.', 'Your adviser can help you get ready.'] : [];
  return [heard, ...nerves, offerAgain].join('\n');
}
