import type { ConsentQuestion } from '../../domain/benefitWorries.ts';
import type { KeptFor } from '../../domain/questionHelp.ts';
import { botIntroduction } from './common.ts';
import type { CodeReply } from '../../domain/inviteCodeWords.ts';

export const consentExplanation = [
  botIntroduction,
  'To help you, I keep what you tell me: your goals, your plan and how it is going.',
  'Your adviser can see it. If they are away, their team leader can too. Nobody else can.',
  'You can ask me to show or delete it at any time.',
].join('\n');

export const consentQuestion = 'Is it OK for me to keep your answers?';
export const consentExplained =
  'I need to save what you tell me, so I can help you next time. Your adviser can see it, and their team leader if your adviser is away. Is that OK?';
/** "why?" at the consent question (play-testing, round fifteen: it had "Sorry, I was not clear"). */
export const whyKeepAnswers = 'So I can remember your plan, and help you next time we talk. Your adviser can see it too, so they can help you. It is your choice.';
export const consentYes = 'Yes, that is OK';
export const consentNo = 'No thanks';
/** Asked when a no is about something else ("no code"): it is never taken as a refusal unchecked. */
export const consentCheck = 'Just to check: is it OK for me to keep your answers?';

// Asked before the client says yes or no. Each is true of this coach: a no keeps nothing and tells
// no one (onboardingDialog.ts); escalations go to the adviser, or to the team leaders when the
// adviser cannot take them (src/escalation/deliveryTargets.ts); "delete my data" erases everything.
export const consentAnswers: Record<ConsentQuestion, string> = {
  choice: [
    'It is your choice. You do not have to use me.',
    'Saying no will not change your benefits or the help you get. I do not tell anyone that you said no.',
    'You can still see your adviser in the usual way.',
  ].join(' '),
  'who-sees': [
    'Your adviser can see your answers. If they are away, their team leader can too. Nobody else can.',
    'You can type "delete my data" at any time, and I will delete them.',
  ].join(' '),
  delete: [
    'You can change your mind at any time.',
    'Just type "delete my data", and I will delete everything I kept about you.',
  ].join(' '),
};

// "why should i trust you", "is this going to the jobcentre" (consentTrustWords.ts): what is kept,
// who sees it, and that no is fine. True of this coach as consentAnswers are; it reports to no one
// about benefits (specialist.ts says the same).
const whatIsKept = 'If you say yes, I keep what you tell me: your goals, your plan and how it is going.';
const whoSeesIt = 'Only your adviser can see them, or their team leader if your adviser is away.';
const noIsFine = 'Saying no is fine. You can still see your adviser in the usual way.';
export const consentTrustAnswers = {
  trust: ['That is a fair question. I am a computer program.', whatIsKept, whoSeesIt, noIsFine].join(' '),
  jobcentre: [whatIsKept, whoSeesIt, 'I do not decide anything about benefits, and I do not report to anyone about them.', noIsFine].join(' '),
} as const;

/** A span of days in words: 365 is "a year", 90 is "90 days". */
function daysInWords(days: number): string {
  if (days % 365 !== 0) return `${days} days`;
  return days === 365 ? 'a year' : `${days / 365} years`;
}

/**
 * "how long do you keep it?": what retention does (src/privacy/retention.ts). A case closes after
 * `closeAfterDays` with no contact either way, and is deleted `deleteAfterDays` after that, unless
 * the client writes again first.
 */
export function howLongKept(keptFor: KeptFor): string {
  const deleted = daysInWords(keptFor.deleteAfterDays);
  return [
    'I keep your answers while you use me.',
    `If we are not in touch for ${daysInWords(keptFor.closeAfterDays)}, your case is closed.`,
    `${deleted.charAt(0).toUpperCase()}${deleted.slice(1)} after that, I delete everything I kept about you, unless you come back before then.`,
  ].join(' ');
}
export const deleteItSooner = 'You can type "delete my data" at any time to delete it sooner.';

export const consentThanks = 'Thank you. Let us get started.';
/** A yes said with nerves ("yes thats fine, although im quite nervous"): the feeling answered first. */
export const consentWithNerves = 'Thank you. It is OK to feel nervous. Lots of people do. We will go one step at a time, there are no wrong answers, and you can stop whenever you like.';

export const consentDeclined = [
  'That is fine. I have not kept anything you said.',
  'You can still see your adviser in the usual way, by phone or in person.',
  'If you change your mind, just say hello to me again.',
].join('\n');

/** A name said before it was asked, at consent: heard, and consent asked again. */
export const nameBeforeConsent = (name: string): string => `Nice to meet you, ${name}. First, is it OK for me to keep your answers?`;
export const nameQuestion = 'What would you like me to call you?';
export const nameExplained = 'What name should I use when I talk to you? It can be your first name or a nickname.';
export const nameSkip = 'Skip';
export const nameThanks = (name: string): string => `Nice to meet you, ${name}.`;
/** "rather not say", "my name is not important": the name question skipped, kindly. */
export const nameNotGiven = 'That is fine. You do not have to give me a name.';
/** "do i have to give my real name?": no, and what they can do instead. */
export const nameNotNeeded = 'No, you do not have to. A nickname is fine. Or tap "Skip" and I will not use a name.';
/** The adviser's code ("DEMO") typed where the name is asked: kept for the code question, never used as a name. */
export const codeHeardAtName = 'That looks like the code from your adviser. Thank you, I have kept it.';
/** "i not have code" at the name question: the next question answered early; it is not asked. */
export const noCodeHeardAtName = 'That is OK. You do not need a code.';
/** "sorry one sec kids", "hang on": the question waits for them. */
export const waitHeard = 'That is fine. Take your time. I will be here when you are ready.';
/** "back now what was the question", "sorry my son woke up, back now": the question again, nothing kept. */
export const backToTheQuestion = 'No problem. Here is the question again.';
/** "My name is Priya, what's yours?": the coach's own name, said back. */
export const coachsOwnName = 'My name is Action Plan Coach. I am a computer program, not a person.';

export const inviteCodeQuestion = 'Did your adviser give you a code? If so, please type it here.';
export const noInviteCode = "I don't have one";
export const inviteCodeNotFound = 'I could not find that code. Please check it and type it again. Or tap "I don\'t have one".';
/** "I think it's LINDA7 or something": the code was tried, and not found. */
export const codeNotFoundIn = (code: string): string => `I tried ${code}, but I could not find it. Please check the code and type it again. Or tap "I don't have one".`;
/** A reply to the code question that matched no code, when it is clear why. */
export const codeReplies: Record<CodeReply, string> = {
  'yes-without-code': 'Good. The code is a short mix of letters and numbers.',
  'not-a-code': 'That does not look like a code. A code is a short mix of letters and numbers. If you do not have one, tap "I don\'t have one".',
  unsure: 'That is OK. If you are not sure, tap "I don\'t have one". Your adviser can link you to me later.',
  forgot: 'That is OK. You can carry on without it. Tap "I don\'t have one" for now. Your adviser can link you to me later.',
  'asks-what': 'A code is a short mix of letters and numbers, like "K7P 4QX". Your adviser may give you one, to link you to them. If you do not have one, tap "I don\'t have one".',
};
export const inviteCodeGaveUp = 'I still could not find that code. That is OK. Your adviser can link you to me later.';
export const linkedToAdviser = (adviserName: string): string => `Thank you. You are now linked to ${adviserName}. They can see your plan.`;
export const linkedToDemoAdviser = 'This is a test copy of me. So I have linked you to a demo adviser.';
/** "sorry I dont have one, is that ok?": the worry answered. */
export const noCodeIsFine = 'Yes, that is fine. You do not need a code.';
export const adviserWillLink = 'That is OK. Your adviser will link you to me soon.';
export const caseloadFull = [
  'Your adviser has a lot of people to help right now, so I could not link you to them yet.',
  'You can still use me. Your adviser or their team will link you soon.',
].join(' ');
