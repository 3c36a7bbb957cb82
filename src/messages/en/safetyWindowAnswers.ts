// Short, honest answers to the questions people ask in the safety window ("what happens now?",
// "are you a real person?", "will you tell the jobcentre?", "are you gonna call the police?",
// "where do i go tho"), and the note the adviser reads when the risk told was someone else's.
// What the adviser has is said only as it is (AdviserReach, HandoverNews): never a promise of
// what the adviser or the jobcentre will do.
import type { CrisisContact } from '../../domain/settingsLists.ts';
import type { AdviserReach, HandoverNews } from '../../domain/handoverNews.ts';
import type { SafetyKind } from '../../domain/safetyKind.ts';
import { contactList } from './crisis.ts';
import { reachSafelyLines } from './safetyReplies.ts';
import { openingWords } from './common.ts';

const whenReady = 'There is no rush. Tap Carry on when you are ready to go back to your plan.';

/** "what happens now?": who has their message, when a person will read it, and the numbers now. */
export function whatNextReply(news: HandoverNews, kinds: readonly SafetyKind[]): string {
  const safely = kinds.includes('abuse') ? reachSafelyLines : [];
  if (news.told && news.inHours) {
    return ['Your adviser has your message. A person will read it soon and get in touch.', ...safely, 'If you need someone now, tap Phone numbers.', whenReady].join('\n');
  }
  if (news.told) {
    return [
      'Your adviser has your message.',
      `Nobody is at work right now. A person will read it ${openingWords(news.opening)}.`,
      ...safely,
      'Until then, the people on the phone numbers can help. Tap Phone numbers to see them.',
      whenReady,
    ].join('\n');
  }
  const adviser = news.notReached ? 'I could not reach an adviser yet. I have kept your message for them.' : 'I cannot tell an adviser, as I do not keep your details.';
  return [adviser, 'The people on the phone numbers can help you now. Tap Phone numbers to see them.', whenReady].join('\n');
}

/** "are you a real person?": a computer program, and who the real people are. */
export function realPersonReply(reach: AdviserReach): string {
  const adviser: Record<AdviserReach, string> = {
    told: 'Your adviser is a real person. They have your message.',
    'not-reached': 'Your adviser is a real person. I could not reach them yet, but I have kept your message for them.',
    'no-details': 'Your adviser is a real person. You can contact them the usual way, by phone or in person.',
  };
  return ['I am a computer program, not a person.', adviser[reach], 'The people on the phone numbers are real people too. You can talk to them now.'].join('\n');
}

/** "will you tell the jobcentre?", "will this affect my benefits": who has it, and why. */
export function whoIsToldReply(reach: AdviserReach): string {
  const passed: Record<AdviserReach, string> = {
    told: 'I have passed what you said to your adviser. That is so they can check you are OK.',
    'not-reached': 'I am keeping what you said for your adviser. That is so they can check you are OK.',
    'no-details': 'I do not keep your details, so I have not passed this on to anyone.',
  };
  const ask = reach === 'no-details' ? [] : ['If you are worried about your benefits, you can ask your adviser.'];
  return [passed[reach], 'I do not make any decisions about your benefits.', ...ask, whenReady].join('\n');
}

/** "are you gonna call the police on me?". */
export function policeReply(reach: AdviserReach): string {
  const adviser: Record<AdviserReach, string[]> = {
    told: ['Your adviser has your message, so they can check you are OK.'],
    'not-reached': ['I have kept your message for your adviser, so they can check you are OK.'],
    'no-details': [],
  };
  return ['I do not call the police.', ...adviser[reach], 'If someone is in danger now, call 999.', 'I am still here.'].join('\n');
}

/** "where do i go tho", "what if the council says no", with nowhere safe tonight: the housing numbers again. */
export function whereToGoReply(contacts: readonly CrisisContact[]): string {
  return [
    'You do not have to sort this out alone. These people can help you tonight:',
    contactList(contacts),
    'You can also call your local council tonight. Ask for the out of hours homeless team.',
    'If the council says no, please call one of the numbers above.',
    'I am still here.',
  ].join('\n');
}

/** Notes the escalation keeps, read by the adviser. */
export const safetyWindowNotes = {
  someoneElseHeard: 'The client said the risk is to someone else, not to them. The bot gave the numbers for someone worried about another person.',
};
