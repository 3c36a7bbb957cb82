// Short, honest answers to the questions people ask in the safety window ("what happens now?",
// "are you a real person?", "will you tell the jobcentre?", "are you gonna call the police?",
// "where do i go tho"), and the note the adviser reads when the risk told was someone else's.
// What the adviser has is said only as it is (AdviserReach, HandoverNews): never a promise of
// what the adviser or the jobcentre will do.
import type { CrisisContact } from '../../domain/settingsLists.ts';
import type { AdviserReach, HandoverNews } from '../../domain/handoverNews.ts';
import type { SafetyKind } from '../../domain/safetyKind.ts';
import type { DangerTo } from '../../domain/imminentRisk.ts';
import { contactLines, contactList } from './crisis.ts';
import { reachSafelyLines } from './safetyReplies.ts';
import { openingWords } from './common.ts';

const whenReady = 'There is no rush. Tap Carry on when you are ready to go back to your plan.';

/**
 * "what happens now?": who has their message, when a person will read it, and the numbers now.
 * The adviser will try to get in touch: the coach cannot promise that they will.
 * safeNext: "Are you safe right now?" follows, so no "Tap Carry on" before it (one ask at a time).
 */
export function whatNextReply(news: HandoverNews, kinds: readonly SafetyKind[], safeNext = false): string {
  const safely = kinds.includes('abuse') ? reachSafelyLines : [];
  const ready = safeNext ? [] : [whenReady];
  if (news.told && news.inHours) {
    return ['I have told your adviser. A person will read it soon.', 'They will try to get in touch.', ...safely, 'If you need someone now, tap Phone numbers.', ...ready].join('\n');
  }
  if (news.told) {
    return [
      'I have told your adviser.',
      `Nobody is at work right now. A person will read it ${openingWords(news.opening)}.`,
      'Then they will try to get in touch.',
      ...safely,
      'Until then, the people on the phone numbers can help. Tap Phone numbers to see them.',
      ...ready,
    ].join('\n');
  }
  const adviser = news.notReached ? 'I could not reach an adviser yet. I have kept your message for them.' : 'I cannot tell an adviser, as I do not keep your details.';
  return [adviser, 'The people on the phone numbers can help you now. Tap Phone numbers to see them.', ...ready].join('\n');
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

/** "will you tell the jobcentre?", "will this affect my benefits": who has it, and why (safeNext: as whatNextReply). */
export function whoIsToldReply(reach: AdviserReach, safeNext = false): string {
  const passed: Record<AdviserReach, string> = {
    told: 'I have passed what you said to your adviser. That is so they can check you are OK.',
    'not-reached': 'I am keeping what you said for your adviser. That is so they can check you are OK.',
    'no-details': 'I do not keep your details, so I have not passed this on to anyone.',
  };
  const ask = reach === 'no-details' ? [] : ['If you are worried about your benefits, you can ask your adviser.'];
  return [passed[reach], 'I do not make any decisions about your benefits.', ...ask, ...(safeNext ? [] : [whenReady])].join('\n');
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

/**
 * Something unclear said to "Are you safe right now?" ("mm not sure what you mean"): asked again,
 * gently and in other words, not the same line (play-testing, December).
 */
export function safeAskedAnotherWay(to: DangerTo): string {
  return to === 'others'
    ? ['Let me ask it another way.', 'I want to know that nobody will get hurt.', 'Is everyone safe where you are now?'].join('\n')
    : ['Let me ask it another way.', 'I want to know that you are OK.', 'Are you safe where you are now?'].join('\n');
}

/** Under the reply to "No, I am not safe": no Carry on, but a way to say it has changed. */
export function safeNowLabel(to: DangerTo): string {
  return to === 'others' ? 'Everyone is safe now' : 'I am safe now';
}

/**
 * A false alarm put right ("i was talking about the course", "i meant the film"): a short sorry
 * for the mix-up. The adviser still sees what was said, and the client is told so. After abuse or
 * nowhere safe tonight, taking words back can mean it is not safe to talk: no "sorry for the
 * mix-up" as if it were settled, and the numbers stay on offer.
 */
export function mixUpHeardReply(kinds: readonly SafetyKind[], reach: AdviserReach): string {
  const careful = kinds[0] === 'abuse' || kinds[0] === 'no-home';
  const adviser: Record<AdviserReach, string[]> = {
    told: ['Your adviser will still see what you said, so they may get in touch.'],
    'not-reached': ['I have kept what you said for your adviser.'],
    'no-details': [],
  };
  return [
    careful ? 'Sorry if I got that wrong. Thank you for telling me.' : 'Sorry for the mix-up. Thank you for telling me.',
    ...adviser[reach],
    'If you ever feel unsafe, tap Phone numbers.',
    'Tap Carry on to go back to your plan.',
  ].join('\n');
}

/** "what would they do", "what happens if i talk to them": what the adviser does, and who decides. */
export function adviserWouldReply(reach: AdviserReach, kinds: readonly SafetyKind[]): string {
  const charge = 'You stay in charge. You choose what to talk about.';
  if (reach === 'no-details') {
    return ['Your adviser would listen, and help you find support.', charge, 'I do not keep your details, so I cannot tell them.', 'You can contact them the usual way, by phone or in person.'].join('\n');
  }
  const first =
    reach === 'told'
      ? ['I have told your adviser what you said. They will try to get in touch, to check you are OK.']
      : ['Your adviser would read what you said. Then they would try to get in touch, to check you are OK.', 'I could not reach them yet. I have kept your message for them.'];
  const safely = kinds.includes('abuse') ? reachSafelyLines : [];
  return [...first, ...safely, charge, 'If you want to talk to them, tap Talk to my adviser.'].join('\n');
}

const welcomeBack = 'Welcome back. It is good to hear from you.';
const typeAdviser = 'You can also type "talk to my adviser" at any time.';
/**
 * The first turn after a window went quiet, the day after: welcomed back, the way to people, and
 * "How are you today?" before any coaching. That message is not taken as an answer to the
 * question under the window (play-testing, December).
 */
export function backAfterQuietCheckIn(contacts: readonly CrisisContact[]): string {
  return [welcomeBack, 'If things feel hard again, these people can help:', contactList(contacts), typeAdviser, 'How are you today?'].join('\n');
}
/** After abuse or control: someone else may see the screen, so no list of helplines unasked. */
export const backAfterQuietAbuseCheckIn = [welcomeBack, 'If you are in danger now, call 999.', typeAdviser, 'How are you today?'].join('\n');
/** The buttons under "How are you today?". */
export const checkInLabels = ['I am OK', 'Not so good'];
/** "good thanks": glad, and the question under the window comes back. */
export const checkInGladReply = 'I am glad to hear that. Let us carry on where we left off.';
/** Anything else said to "How are you today?": thanked, and the question under the window comes back. */
export const checkInThanksReply = 'Thank you for telling me. Let us carry on where we left off.';
/** "not great": heard, the window open again, and the way to people. A worry said is passed on, and they are told. */
export function checkInHardReply(reach: AdviserReach, passedOn = false): string {
  const adviser: Record<AdviserReach, string[]> = {
    told: [passedOn ? 'I have passed what you said to your adviser.' : 'Your adviser can help. Tap Talk to my adviser and I will ask them to get in touch.'],
    'not-reached': ['I have kept what you said for your adviser.'],
    'no-details': [],
  };
  return ['I am sorry today is hard. Thank you for telling me.', ...adviser[reach], 'Tap Phone numbers to see who you can call.', 'Tap Carry on when you want to go back to your plan.'].join('\n');
}

/** Notes the escalation keeps, read by the adviser. */
export const safetyWindowNotes = {
  someoneElseHeard: 'The client said the risk is to someone else, not to them. The bot gave the numbers for someone worried about another person.',
  askedForCall: 'The client asked to be phoned. The bot said it cannot phone, and that their adviser has been asked to.',
  noCredit: 'The client said they have no phone credit. The bot told them 999 works without credit, and that they can answer a call for free.',
  fineTakenBack: 'The client took back saying they were OK. The bot asked again, or gave the numbers again.',
  planChecked: 'The client tapped Carry on after taking back that they were OK. The bot asked if they were sure.',
};

const stillHere = 'I am still here.';
const leaderToo = 'If they are away, their team leader can too. Nobody else can.';

/** "will my adviser be told", "who will see this": who sees what they write, said first. */
export function whoSeesItReply(reach: AdviserReach): string {
  const seen: Record<AdviserReach, string[]> = {
    told: ['Yes. Your adviser can see what you write here.', leaderToo, 'That is so they can check you are OK.'],
    'not-reached': ['Yes. I keep what you write here for your adviser.', leaderToo, 'I could not reach them yet.'],
    'no-details': ['I cannot tell your adviser. I do not keep your details, so nobody else sees this.'],
  };
  return [...seen[reach], stillHere].join('\n');
}

/** "will you tell my mum", "will he find out": no; who does see it. After abuse, the phone warning. */
export function notFamilyReply(reach: AdviserReach, kinds: readonly SafetyKind[]): string {
  const who = reach === 'no-details' ? ['I do not keep your details, so I cannot pass this on.'] : ['Only your adviser can see what you write here.', leaderToo];
  const phone = kinds.includes('abuse') ? ['Someone who looks at your phone may be able to read this chat.'] : [];
  return ['No. I do not tell your family or friends.', ...who, ...phone, stillHere].join('\n');
}

/** "what is adviser?": a real person who helps with work, and what they have. */
export function whatAdviserIsReply(reach: AdviserReach): string {
  const has: Record<AdviserReach, string> = {
    told: 'I have told them what you said, so they can check you are OK.',
    'not-reached': 'I could not reach them yet. I have kept your message for them.',
    'no-details': 'I cannot tell them, as I do not keep your details.',
  };
  return ['Your adviser is a real person. They help you find work.', has[reach], stillHere].join('\n');
}

/** "can you call me": the coach cannot phone; the adviser is asked to, said as truly as it is. */
export function callMeReply(news: HandoverNews): string {
  const first = 'I cannot make phone calls. I am a computer program.';
  if (news.told && news.inHours) return [first, 'I have asked your adviser to phone you.', 'If you need someone now, tap Phone numbers.'].join('\n');
  if (news.told) {
    return [
      first,
      'I have asked your adviser to phone you.',
      `Nobody is at work right now. A person will read it ${openingWords(news.opening)}.`,
      'Until then, the people on the phone numbers can help. Tap Phone numbers to see them.',
    ].join('\n');
  }
  const adviser = news.notReached ? 'I could not reach your adviser yet. I have kept your message for them.' : 'I do not keep your details, so I cannot ask your adviser.';
  return [first, adviser, 'The people on the phone numbers can help you now. Tap Phone numbers to see them.'].join('\n');
}

/**
 * "i dont have credit on my phone": 999 works with no credit (only said when 999 is one of the
 * numbers), and answering a call is free. After abuse the adviser writes here first, so no call
 * is promised.
 */
export function noCreditReply(reach: AdviserReach, kinds: readonly SafetyKind[], has999: boolean): string {
  const abuse = kinds.includes('abuse');
  const adviser: Record<AdviserReach, string[]> = {
    told: abuse
      ? ['I have told your adviser you have no credit.', 'They will reach you in this chat first.']
      : ['I have told your adviser you have no credit.', 'They can call you. You do not need credit to answer a call.'],
    'not-reached': ['I have kept this for your adviser.', ...(abuse ? [] : ['You do not need credit to answer a call.'])],
    'no-details': [],
  };
  return [
    'You do not need credit to get help.',
    ...(has999 ? ['You can call 999 with no credit, if you are in danger now.'] : []),
    ...adviser[reach],
    'You can keep writing to me here too.',
  ].join('\n');
}

/** "Yes, that is OK" to keeping their answers, typed in the window before consent: how to agree. */
export const keepDetailsLaterReply = [
  'Thank you. Tap Carry on, then tap "Yes, that is OK" again.',
  'Then I can keep your details, and tell your adviser you need support.',
  stillHere,
].join('\n');

/** "do i have to talk to someone": no, it is their choice. */
export function noNeedToTalkReply(reach: AdviserReach): string {
  const adviser = reach === 'told' ? ['Your adviser may get in touch to check you are OK. You can tell them you do not want to talk.'] : [];
  return ['No. You do not have to talk to anyone. It is your choice.', ...adviser, 'The phone numbers are there if you change your mind.', stillHere].join('\n');
}

/** The numbers, asked for while "Are you safe right now?" waits: that question follows, not "tap Carry on". */
export function numbersBeforeTheSafeQuestion(contacts: readonly CrisisContact[]): string {
  return ['You can call any of these, at any time:', '', ...contactLines(contacts)].join('\n');
}

/** "help" while "Are you safe right now?" waits: the way to people, and that question after it. */
export function helpBeforeTheSafeQuestion(contacts: readonly CrisisContact[]): string {
  return ['Right now, the best thing is to talk to a person. You can call any of these, at any time:', contactList(contacts), 'If you are in danger now, call 999.'].join('\n');
}

/** "ok thanks", "cheers", "thank you": a short, warm reply (it had been "Thank you for telling me"). */
export function thanksInTheWindowReply(safeNext = false): string {
  return ['You are welcome. I am still here if you want to say more.', ...(safeNext ? [] : ['Tap Carry on when you want to go back to your plan.'])].join('\n');
}

/** The first message a day later, with "Are you safe right now?" still waiting: a welcome, then that question. */
export const backToTheSafeQuestion = 'Welcome back. It is good to hear from you. I want to check on you first.';

/** "ok" again, just after "ok" had its answer: shorter still, not the same lines again. */
export const okAgainInTheWindowReply = 'I am still here. Take your time.';

/** "I am safe" said again, after "I am glad you are safe": heard as said, and the way back. */
export const safeAgainHeardReply = ['I am glad to hear it.', 'There is no rush. Tap Carry on when you are ready to go back to your plan.'].join('\n');

/** Carry on, tapped after taking back "I am fine": checked once before the plan comes back. */
export const planCheckQuestion = 'Are you sure you want to go back to your plan now?';
/** The buttons under that question. */
export const planCheckLabels = ['Yes', 'Not yet'];
/** "Not yet": the window stays. */
export const notYetReply = 'OK. There is no rush. I am still here.';
