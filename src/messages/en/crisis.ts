// What the bot says in the safety window, and when a message suggests the client is struggling.
// The first reply to a crisis, by kind of risk, is in safetyReplies.ts.
import type { CrisisContact } from '../../domain/settingsLists.ts';
import type { AdviserReach, HandoverNews } from '../../domain/handoverNews.ts';
import type { ConcernTopic } from '../../domain/concernTopic.ts';
import type { DangerTo, HarmDone } from '../../domain/imminentRisk.ts';

export type { HandoverNews };

export const carryOnLabel = 'Carry on';
export const carryOnWords = ['carry on', 'continue', 'go on', 'ok carry on', 'keep going', 'back', 'go back'];
export const numbersLabel = 'Phone numbers';
export const adviserLabel = 'Talk to my adviser';
/** The buttons under every message in the safety window. */
export const safetyWindowButtons = [numbersLabel, adviserLabel, carryOnLabel];
/** After a correction, the way back to the plan comes first. */
export const correctionButtons = [carryOnLabel, numbersLabel, adviserLabel];

export function contactLines(contacts: readonly CrisisContact[]): string[] {
  return contacts.map((contact) => `- ${contact.name}: ${howToReach(contact)}.${contact.when ? ` ${capitalise(contact.when)}.` : ''}`);
}

function howToReach(contact: CrisisContact): string {
  const ways = [contact.phone && `call ${contact.phone}`, contact.text && `text ${contact.text}`].filter(Boolean);
  return ways.join(' or ');
}

/**
 * The contacts as a markdown list with a blank line before and after it, so the sentence that
 * follows is its own paragraph in Teams and Web Chat, not part of the last bullet.
 */
export function contactList(contacts: readonly CrisisContact[]): string {
  return ['', ...contactLines(contacts), ''].join('\n');
}

const adviserNow: Record<AdviserReach, string> = {
  told: 'Your adviser knows. They will try to get in touch.',
  'not-reached': 'I could not reach an adviser yet. The people on the phone numbers can help you now.',
  'no-details': 'The people on the phone numbers can help you now.',
};

/** Anything else said in the window: no coaching, just company and the way to people. */
export function stillHereReply(reach: AdviserReach): string {
  return [
    'Thank you for telling me. I am here.',
    adviserNow[reach],
    'Tap Phone numbers to see who you can call.',
    'We can go back to your plan when you are ready. Just tap Carry on.',
  ].join('\n');
}

/** "ok" in the window: heard, shorter than the last reply, and still true about the adviser. */
export function okInTheWindowReply(reach: AdviserReach): string {
  return ['OK. I am here if you want to say more.', adviserNow[reach], 'Tap Carry on when you want to go back to your plan.'].join('\n');
}

/** The numbers asked for outside a safety window: given, with the adviser beside them. */
export function helpNumbersReply(contacts: readonly CrisisContact[]): string {
  return ['You can call any of these, at any time:', contactList(contacts), 'You can also type "talk to my adviser".'].join('\n');
}

export function numbersAgainReply(contacts: readonly CrisisContact[]): string {
  return ['You can call any of these, at any time:', contactList(contacts), 'When you feel ready, tap Carry on.'].join('\n');
}

export function adviserAlreadyToldReply(reach: AdviserReach): string {
  if (reach === 'no-details') return 'I cannot tell an adviser, as I do not keep your details. Please call one of the numbers, or contact your adviser the usual way, by phone or in person.';
  if (reach === 'not-reached') {
    return [
      'I am sorry. I still cannot reach an adviser. I have kept your messages for them.',
      'Please call one of the numbers, or contact your adviser the usual way, by phone or in person.',
    ].join('\n');
  }
  return ['Your adviser already knows. I have asked them again to get in touch.', 'If you need someone now, tap Phone numbers.'].join('\n');
}

export function safetyWindowHelp(reach: AdviserReach, contacts: readonly CrisisContact[]): string {
  return [
    'Right now, the best thing is to talk to a person. You can call any of these, at any time:',
    contactList(contacts),
    'If you are in danger now, call 999.',
    reach === 'told' ? 'Tap Talk to my adviser and I will ask them to get in touch.' : 'Tap Talk to my adviser to find out how to reach them.',
    'Tap Carry on when you want to go back to your plan.',
  ].join('\n');
}

/** "im fine now" in the window: glad, and the choice stays theirs. */
/**
 * "this is useless", "whatever": said once, and short, and never a promise to back off from someone
 * who has just said they may end their life (play-testing, round nine).
 */
export const fedUpReply = 'Sorry. I know it is a lot. I am not going anywhere. Tap Carry on when you want to go back to your plan.';
export const feelingBetterReply = 'I am glad you feel a bit better. There is no rush. Tap Carry on to go back to your plan, or stay here as long as you like.';
export const sorryInTheWindowReply = 'You have nothing to be sorry for. I am glad you told me. I am still here. Tap Phone numbers to see who you can call.';
export function takenBackReply(reach: AdviserReach): string {
  const adviser = reach === 'told' ? ['Your adviser will still see it, so they may get in touch. That is only to check you are OK.'] : [];
  return ['That is OK. I am glad you told me, and I will not make a fuss.', ...adviser, 'Tap Carry on when you want to go back to your plan.'].join('\n');
}
export const noTalkReply = 'That is OK. You do not have to talk now. The phone numbers are there if you change your mind. Tap Carry on when you want to go back to your plan.';
/** "i cant call": the ways that need no voice, and this chat, which is one too. */
export function cannotCallReply(contacts: readonly CrisisContact[], reach: AdviserReach): string {
  const texts = contacts.filter((contact) => contact.text);
  const keptFor: Record<AdviserReach, string> = {
    told: 'You can keep writing to me here too. Your adviser will read it.',
    'not-reached': 'You can keep writing to me here too. I keep it for your adviser.',
    'no-details': 'You can keep writing to me here too.',
  };
  return [
    'You do not have to call anyone.',
    ...(texts.length > 0 ? ['You can send a text instead:', contactList(texts)] : []),
    keptFor[reach],
  ].join('\n');
}
/** "please dont ring me": the adviser is asked to use this chat. */
export function noCallsReply(reach: AdviserReach): string {
  if (reach === 'no-details') return 'OK. Nobody will phone you from here. You can keep writing to me here.';
  return ['OK. I will ask your adviser not to phone you.', 'They can reach you here, in this chat.'].join('\n');
}
/** "hes back i have to go": short, so nothing more is on the screen than needs to be. */
export const mustGoReply = 'OK. Go safely. I am here when you come back.';
export const unsureInTheWindowReply = 'It is OK not to know. You do not have to have an answer. I am still here. Tap Phone numbers if you want to talk to someone now.';
export const lostInTheWindowReply = 'Sorry, I will say it more simply. I am here with you. Tap Phone numbers to see who you can call now. Tap Carry on when you want to go back to your plan.';

/** Asked when words are half taken back, when the danger is now, or before coaching comes back after that. */
export function areYouSafeQuestion(to: DangerTo): string {
  return to === 'others' ? 'Is everyone safe right now?' : 'Are you safe right now?';
}
export const notSafeLabel = 'No';
export function safeQuestionButtons(to: DangerTo): string[] {
  return [to === 'others' ? 'Everyone is safe' : 'I am safe', notSafeLabel, numbersLabel];
}
export const hedgedCorrectionReply = 'Thank you for telling me. It sounds like part of you is still not sure. That is OK to say.';
export const beforeWeGoBack = 'Before we go back to your plan, I want to check.';
/** With the means at hand said ("ive got the tablets out"), one line asks for them to be put away. */
export function safeHeardReply(to: DangerTo, meansAtHand = false, done: HarmDone | null = null): string {
  const glad = to === 'others' ? 'I am glad everyone is safe.' : 'I am glad you are safe.';
  const putAway = to === 'others' ? 'If you can, please put away anything you could hurt someone with.' : 'If you can, please put the things you could use to hurt yourself away, or give them to someone.';
  return [glad, ...(done ? [stillGetHelpNow[done]] : []), ...(meansAtHand ? [putAway] : []), 'I am still here. Tap Carry on when you want to go back to your plan.'].join(' ');
}
/** Pills taken or a deep cut: feeling OK is not the end of it. */
const stillGetHelpNow: Record<HarmDone, string> = {
  pills: 'Pills can still hurt you hours later, even if you feel OK. Please call 999 or go to A&E now.',
  bleeding: 'If it is still bleeding, please call 999 now, and keep pressing on it.',
};
export function notSafeReply(to: DangerTo, contacts: readonly CrisisContact[], reach: AdviserReach): string {
  return [
    to === 'others' ? 'Please call 999 now. You can also call any of these:' : 'Please call 999 now, or go to A&E. You can also call any of these:',
    contactList(contacts),
    to === 'others'
      ? 'If you can, move away from the other person now. Put down anything you could hurt someone with.'
      : 'If you can, stay with someone. Move away from anything you could use to hurt yourself.',
    ...(reach === 'told' ? ['I have told your adviser again.'] : []),
  ].join('\n');
}
/** Put first in the reply when the danger is now: means, and a time, said. */
export function callNowFirst(to: DangerTo, done: HarmDone | null = null): string {
  if (done === 'pills') return 'Please call 999 now, or go to A&E. Pills can hurt you even if you feel OK.';
  if (done === 'bleeding') return 'Please call 999 now. Press hard on the cut with a clean cloth, and keep pressing.';
  if (to === 'others') return 'Please call 999 now if someone could get hurt soon. If you can, walk away, and put down anything you could hurt someone with.';
  return 'Please call 999 now if you might act on this soon. If you can, put the things you could use to hurt yourself somewhere else, or give them to someone.';
}

/** The first message after a safety window went quiet: gentle, with the way to people, before any coaching. */
export function backAfterQuietWindow(contacts: readonly CrisisContact[]): string {
  return ['Welcome back. I hope you are OK today.', 'If things feel hard again, these people can help:', contactList(contacts), 'You can also type "talk to my adviser" at any time.'].join('\n');
}
/**
 * The same, after abuse or control: someone else may see the screen, so no list of helplines
 * unasked. A short line, and the way to a person that works once the window has closed.
 */
export const backAfterQuietAbuseWindow = ['Welcome back. I hope you are OK today.', 'If you are in danger now, call 999.', 'You can also type "talk to my adviser" at any time.'].join('\n');
/** Once they agree to us keeping their details, after a crisis said before. */
export const toldAdviserOnceAgreed = 'Earlier you told me something that worried me. Now that I can, I have told your adviser, so they can check you are OK.';
/** Going back to the plan after a plan, a way or a day was said. */
export const ifThatChanges = 'If you feel you might act on these thoughts, please stop and call 999, or tap Phone numbers. You can do that at any time.';
export const welcomeBackAfterCrisis = 'Thank you for staying with me. Let us carry on.';

const concernReflections: Record<ConcernTopic, string> = {
  'low-mood': 'It sounds like things feel really heavy right now.',
  'drink-or-drugs': 'It sounds like drink or drugs have been a way to get through.',
  home: 'It sounds like you are worried about where you will live.',
  money: 'It sounds like money is a big worry right now.',
  'safety-at-home': 'It sounds like things at home are not OK for you.',
  alone: 'It sounds like you have been feeling very alone.',
  general: 'That sounds really hard.',
};

export function concernReflection(topic: ConcernTopic): string {
  return `${concernReflections[topic]} Thank you for telling me.`;
}

export function concernQuestion(topic: ConcernTopic = 'general'): string {
  return [concernReflection(topic), 'Would you like your adviser to get in touch?'].join('\n');
}

/** The client said no to the adviser before: say it back, do not ask again. */
export function concernHeardReply(topic: ConcernTopic): string {
  return [concernReflection(topic), 'Your adviser is there if you want them. Just type "talk to my adviser".'].join('\n');
}
/** A worry only the models heard, in an answer to the first questions: the answer is kept, and help offered once. */
export const worryKeptWithAnswer = 'Thank you. I have kept that. If anything feels hard right now, your adviser can help. Just type "talk to my adviser".';
/** The same, where a button is asked: nothing is kept until it is answered. */
export const worryHeardBriefly = 'Thank you for telling me. If anything feels hard right now, your adviser can help. Just type "talk to my adviser".';
export const concernYesLabel = 'Yes, please';
export const concernNoLabel = 'No, thanks';
// "can you tell my adviser", "id like that": a yes in the client's own words (play-testing, round nine: each had been heard as no).
export const concernYesWords = ['yes', 'yes please', 'y', 'yeah', 'ok', 'please', 'talk to my adviser', 'can you tell my adviser', 'tell my adviser', 'please tell my adviser', 'yes tell them', 'tell them', 'id like that', 'i would like that', 'yes i would like that', 'please do', 'go on then', 'that would help', 'can they call me', 'get them to call me', 'can they ring me', 'i want to talk to them', 'i think so'];
export const concernNoWords = ['no', 'no thanks', 'no thank you', 'n', 'nope', 'not now'];

/** "idk" to the offer: no answer needed now, and the way to ask later. */
export const concernUnsureReply = 'That is OK. You do not have to decide now. Your adviser is there if you want them. Just type "talk to my adviser".';
/** Something else said to the offer: it stays open, and the question before it comes back. */
export const concernLeftOpenReply = 'OK. Your adviser is there if you want them. Just type "talk to my adviser".';
export const concernNotNowReply = 'OK. I will not ask again. You can ask for your adviser at any time. Just type "talk to my adviser".';

/** A worry said while an urgent matter is still open: the adviser hears it too, if anyone has it. */
export function concernPassedOnReply(topic: ConcernTopic, reach: 'told' | 'not-reached' = 'told'): string {
  const adviser = reach === 'told' ? 'I have passed this on to your adviser too.' : 'I have kept this for your adviser too.';
  return [concernReflection(topic), adviser].join('\n');
}

export const jobLossReply = [
  'I am sorry to hear about your job.',
  'I have told your adviser.',
  'I have asked them to get in touch within 3 days, to help you with what comes next.',
].join(' ');

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "...", an emoji, ":(": nothing asked of them. */
export const quietInTheWindowReply = 'I am here. Take your time. You do not have to say anything.';
/** "u there?", "hello?". */
export const stillThereReply = 'Yes, I am still here. Take your time.';
/** "bye for now", "night": let go warmly, the way back said once. */
export const leavingTheWindowReply = 'OK. Thank you for talking to me. I am here whenever you come back. If you need someone before then, tap Phone numbers.';
/** "sorry my english not good": no English test here, and the window stays. */
export const languageInTheWindowReply = 'That is OK. You do not need perfect English here. Write in your own way. I am still here.';
/** "what mean carry on": what the button does, and that it waits for them. */
export const whatCarryOnMeansReply = 'Carry on takes you back to your plan. Your plan has the steps to help you find work. Only tap it when you feel ready. There is no rush. I am still here.';
/** "do i still need to go to my appointment tomorrow": not the coach's to say, and nothing decided here. */
export const appointmentInTheWindowReply = 'I cannot change your appointments. Your adviser can help with that. If you do not feel up to going, you can tell them. I do not make any decisions about your benefits. I am still here.';
/** "i want to die. anyway can i move my appointment on thursday": the question in the crisis message, answered after the numbers. */
export const appointmentAskedWithTheWorry = `You asked about your appointment too. ${appointmentInTheWindowReply}`;
/** "i want a job in a warehouse" in the window: kept for the plan, and nothing asked about it yet. */
export const keptForThePlanReply = 'Thank you. I have kept that for your plan. We can go on with it when you tap Carry on. There is no rush. I am still here.';
/** "i feel so stupid now", "im embarrassed": no shame in it. */
export const embarrassedInTheWindowReply = 'There is no need to feel silly. I am glad you told me. I am still here.';
/** "why did you send me that" while "Are you safe right now?" waits: why, with no sorry, and that question follows. */
export const whyNumbersBeforeTheSafeQuestion = 'I shared the phone numbers because I am worried about you. I want to check on you.';
/** Under a worry said in the window, after the words for it: company, the way to people and the way back. */
export const peopleAndTheWayBack = 'I am still here. Tap Phone numbers to see who you can call.\nWe can go back to your plan when you are ready. Just tap Carry on.';
/** "are you a robot" at "Would you like your adviser to get in touch?": said plainly, before the offer again. */
export const offerBotAnswer = 'I am a computer program, not a person. Your adviser is a real person.';
/** "why are you asking" at the offer: why, before the offer again. */
export const offerWhyAnswer = 'I asked because what you said sounded hard. Your adviser can help with things like that, if you want them to.';
