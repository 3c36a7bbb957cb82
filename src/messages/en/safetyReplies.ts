// What the bot says when a message suggests the client may not be safe, in the words that fit the
// kind of risk: a risk to their life, abuse or control at home, nowhere safe tonight, or a risk to
// someone else. Then, honestly, whether their adviser was told. The adviser is said to know only
// when the escalation reached someone (or will): otherwise the numbers are the way to a person.
import type { CrisisContact } from '../../domain/settingsLists.ts';
import type { SafetyKind } from '../../domain/safetyKind.ts';
import type { AdviserReach, HandoverNews } from '../../domain/handoverNews.ts';
import { contactList } from './crisis.ts';
import { openingWords } from './common.ts';

const FIRST_WORDS: Record<SafetyKind, string[]> = {
  self: ['I am worried about you. You matter.', 'Please talk to someone now:'],
  abuse: [
    'Thank you for telling me. That took courage.',
    'Nobody has the right to hurt you, scare you or control you. It is not your fault.',
    'These people can help with this:',
  ],
  'harm-to-others': [
    'Thank you for telling me. It sounds like things are very hard right now.',
    'If you feel you might hurt someone, please move away from them now, if you can.',
    'Please talk to someone now:',
  ],
  'no-home': [
    'Thank you for telling me. It sounds like you need help tonight.',
    'You do not have to sort this out alone. Please call:',
  ],
  'someone-else': [
    'Thank you for telling me. That sounds really frightening, and a lot to carry.',
    'If they are in danger now, call 999.',
    'These people help anyone who is worried about someone, and you can call them for yourself too:',
  ],
};

const AFTER_CONTACTS: Record<SafetyKind, string[]> = {
  self: ['I am a computer, so I cannot help in a crisis. These people can.'],
  abuse: [],
  'harm-to-others': ['If someone is in danger now, call 999.', 'I am a computer, so I cannot help in a crisis. These people can.'],
  'no-home': [
    'Your local council can help too. Ask for the homeless team, or for emergency help with food or heating.',
    'Councils have a phone number for nights and weekends.',
  ],
  'someone-else': ['Please look after yourself as well.'],
};

/** Said whenever abuse is one of the kinds: the chat itself may not be private. */
const PHONE_SAFETY = 'Someone who looks at your phone may be able to read this chat. Only write here when it feels safe.';

function lead(kinds: readonly SafetyKind[]): SafetyKind {
  return kinds[0] ?? 'self';
}

function phoneSafety(kinds: readonly SafetyKind[]): string[] {
  return kinds.includes('abuse') ? [PHONE_SAFETY] : [];
}

/** The one thing to say for a kind that is in the message but does not lead the reply. */
const ALSO: Partial<Record<SafetyKind, string>> = {
  'harm-to-others': 'If you feel you might hurt someone, please move away from them now, if you can.',
  'no-home': 'If you have nowhere safe to stay tonight, ask your local council for the homeless team.',
};

function alsoLines(kinds: readonly SafetyKind[]): string[] {
  return kinds.slice(1).flatMap((kind) => ALSO[kind] ?? []);
}

/** The first reply to a crisis message: the words for its kind, and the numbers. Sent at once. */
export function safetyReply(kinds: readonly SafetyKind[], contacts: readonly CrisisContact[]): string {
  const kind = lead(kinds);
  return [...FIRST_WORDS[kind], contactList(contacts), ...AFTER_CONTACTS[kind], ...alsoLines(kinds), ...phoneSafety(kinds)].join('\n');
}

/**
 * Sent just after the safety reply, once we know whether a person was told. After abuse or
 * control a phone call may not be safe: the adviser's card asks them to use this chat first, and
 * to call only if the client says it is safe, and the client is told so.
 */
export function handoverReply(news: HandoverNews, kinds: readonly SafetyKind[] = []): string {
  return [...handoverLines(news, kinds.includes('abuse')), 'I will stay here with you. When you feel ready, tap Carry on.'].join('\n');
}

/** After abuse: what the adviser was asked, in place of "They will try to reach you today." */
export const reachSafelyLines = ['I have asked them to reach you in this chat first.', 'They should only phone you if you say it is safe.'];

function handoverLines(news: HandoverNews, abuse = false): string[] {
  if (!news.told && news.notReached) {
    return [
      'I am sorry. I could not reach an adviser just now.',
      'I have kept your message for them.',
      'Right now, the numbers above are the way to talk to a person.',
    ];
  }
  if (!news.told) return ['I cannot tell your adviser, as I do not keep your details.', 'The numbers above are the way to talk to a person now.'];
  if (news.inHours) return ['I have told your adviser now. A person will read it soon.', ...(abuse ? reachSafelyLines : ['They will try to reach you today.'])];
  return [
    'I have told your adviser.',
    'But nobody is at work right now.',
    `A person will read it ${openingWords(news.opening)}.`,
    ...(abuse ? reachSafelyLines : []),
    'Please call one of the numbers above now.',
  ];
}

const AGAIN_WORDS: Record<SafetyKind, string[]> = {
  self: ['I am still here. You matter.', 'Please talk to someone now:'],
  abuse: ['I am still here. Thank you for telling me.', 'These people can help with this:'],
  'harm-to-others': ['I am still here. Thank you for telling me.', 'Please talk to someone now:'],
  'no-home': ['I am still here. Thank you for telling me.', 'These people can help you tonight:'],
  'someone-else': ['I am still here. Thank you for telling me.', 'These people can help them, and you:'],
};

function toldAgainLine(reach: AdviserReach): string {
  if (reach === 'told') return 'I have told your adviser what you just said.';
  if (reach === 'not-reached') return 'I could not reach an adviser, so please call one of these numbers now.';
  return 'Please call one of these numbers now.';
}

/** A further crisis message while the window is open: the numbers again, and the adviser told again. */
export function safetyAgainReply(kinds: readonly SafetyKind[], contacts: readonly CrisisContact[], reach: AdviserReach): string {
  const kind = lead(kinds);
  const danger = kind === 'harm-to-others' ? ['If someone is in danger now, call 999.'] : [];
  return [
    ...AGAIN_WORDS[kind],
    contactList(contacts),
    ...danger,
    ...alsoLines(kinds),
    toldAgainLine(reach),
    ...phoneSafety(kinds),
    'When you feel ready, tap Carry on.',
  ].join('\n');
}

/**
 * How words were taken back: "lol jk", "i wont do anything", or "i didnt mean it like that" (the
 * bot read them wrong); or "why did you send me that", "youre overreacting" (why the numbers came).
 */
export type TakenBackHow = 'joke' | 'wont-act' | 'misread' | 'why-numbers';

const HEARD: Record<TakenBackHow, string[]> = {
  joke: ['OK. Thank you for telling me.', 'I always take words like that seriously, just in case.'],
  'wont-act': ['Thank you for telling me. I am glad.'],
  misread: ['Thank you for telling me. I am glad.', 'I am sorry if I got it wrong.'],
  'why-numbers': ['Sorry if I got that wrong.', 'When someone says words like that, I always share the phone numbers, just in case.'],
};

/**
 * "I'm not going to kill myself, I just hate the jobcentre": heard and believed, with the way back
 * to the plan at once. The adviser still sees it, and the client is told so. After abuse or
 * nowhere safe tonight, taking words back can mean it is not safe to talk: no "I am glad" then
 * (a short sorry all the same), and the numbers stay on offer. The sorry for getting it wrong is
 * said when they said it was read wrong, not after "lol jk" or "i wont do anything" (play-testing:
 * nobody had said the bot was wrong).
 */
export function correctionHeardReply(kinds: readonly SafetyKind[], reach: AdviserReach, how: TakenBackHow = 'misread'): string {
  const kind = lead(kinds);
  // A short sorry whatever the kind (play-testing, December: after abuse it had had none).
  const careful = !(kind === 'self' || kind === 'harm-to-others') && how !== 'why-numbers';
  const heard = careful ? ['OK. Thank you for telling me.', 'Sorry if I got that wrong.'] : HEARD[how];
  const adviser =
    reach === 'told'
      ? ['Your adviser will still see what you said, so they may get in touch.']
      : reach === 'not-reached'
        ? ['I have kept what you said for your adviser.']
        : [];
  return [...heard, ...adviser, 'If you ever feel unsafe, tap Phone numbers.', 'Tap Carry on to go back to your plan.'].join('\n');
}

/**
 * "its not me its my daughter" after a reply that took someone else's risk as the client's own:
 * the words and numbers for someone worried about another person, and the truth about the adviser.
 */
export function someoneElseHeardReply(contacts: readonly CrisisContact[], reach: AdviserReach): string {
  const adviser: Record<AdviserReach, string[]> = {
    told: ['I have passed this on to your adviser too.'],
    'not-reached': ['I have kept this for your adviser.'],
    'no-details': [],
  };
  return [
    'Thank you for telling me. I am sorry I got that wrong.',
    'It sounds really frightening, and a lot to carry.',
    ...FIRST_WORDS['someone-else'].slice(1),
    contactList(contacts),
    ...AFTER_CONTACTS['someone-else'],
    ...adviser[reach],
    'When you feel ready, tap Carry on.',
  ].join('\n');
}

/**
 * Something that is neither yes nor no to "Would you like your adviser to get in touch?" ("8", a
 * day, a new step): asked once more, plainly. answerKept: the answer typed before the offer is
 * kept, so the client need not type it again.
 */
export function offerAskedPlainly(answerKept: boolean): string {
  return [
    'Sorry, I did not follow that.',
    ...(answerKept ? ['I have kept your answer from before, so you do not need to type it again.'] : []),
    'Just yes or no: would you like your adviser to get in touch?',
  ].join('\n');
}

/**
 * "actually no im not ok" just after "I am fine" or "I am safe": heard, and not brushed off.
 * safeNext: "Are you safe right now?" follows (the fine was an answer to it), so no list here;
 * otherwise the numbers for their kind, and what the adviser has.
 */
export function fineTakenBackReply(kinds: readonly SafetyKind[], contacts: readonly CrisisContact[], reach: AdviserReach, safeNext = false): string {
  const first = ['Thank you for telling me. It is OK not to be OK.', 'You do not have to say you are fine here.'];
  if (safeNext) {
    const told: Record<AdviserReach, string[]> = { told: ['I have told your adviser what you just said.'], 'not-reached': ['I have kept what you said for your adviser.'], 'no-details': [] };
    return [...first, ...told[reach], ...phoneSafety(kinds)].join('\n');
  }
  return [...first, AGAIN_WORDS[lead(kinds)][1]!, contactList(contacts), ...alsoLines(kinds), toldAgainLine(reach), ...phoneSafety(kinds), 'I am still here.'].join('\n');
}

/**
 * "is someone going to ring me", "will my adviser call me": the truth, which is that the coach does
 * not know if or when (it had said "A person will get in touch", and "I have asked your adviser to
 * phone you" when nobody had asked for a call). After abuse, what the adviser was asked.
 */
export function willSomeoneRingReply(news: HandoverNews, kinds: readonly SafetyKind[]): string {
  const now = 'If you need someone now, tap Phone numbers.';
  if (!news.told) {
    if (!news.notReached) return ['Nobody will phone you from here. I do not keep your details.', 'The people on the phone numbers can help you now.'].join('\n');
    return ['I could not reach your adviser yet. I have kept your message for them.', 'So I do not know if anyone will phone you.', now].join('\n');
  }
  const later = news.inHours ? [] : [`Nobody is at work right now. A person will read it ${openingWords(news.opening)}.`];
  if (kinds.includes('abuse')) return ['Your adviser has your message.', ...later, ...reachSafelyLines, now].join('\n');
  return ['Your adviser has your message.', ...later, 'I do not know if or when they will phone you. They may write to you here.', 'If you would like a call, just say so and I will ask them.', now].join('\n');
}

/** "am i in trouble", "are you going to report me": no wrong done, who has it and why, and nothing decided here. */
export function inTroubleReply(reach: AdviserReach): string {
  const passed: Record<AdviserReach, string> = {
    told: 'I have passed what you said to your adviser, so they can check you are OK.',
    'not-reached': 'I have kept what you said for your adviser, so they can check you are OK.',
    'no-details': 'I do not keep your details, so I have not passed this on to anyone.',
  };
  return ['You have not done anything wrong by telling me how you feel.', passed[reach], 'I do not make any decisions about your benefits.', 'I am still here.'].join('\n');
}

/** "what was my goal again", "can i still do my cv": the plan waits, unchanged, until they choose (safeNext: a question follows). */
export function planWaitsReply(safeNext = false): string {
  return ['Your plan is safe. Nothing in it has changed.', ...(safeNext ? [] : ['We can go back to it whenever you like. Just tap Carry on.'])].join('\n');
}
