import { botIntroduction } from './common.ts';

export const consentExplanation = [
  botIntroduction,
  'To help you, I keep what you tell me: your goals, your plan and how it is going.',
  'Your adviser can see it. Nobody else can.',
  'You can ask me to show or delete it at any time.',
].join('\n');

export const consentQuestion = 'Is it OK for me to keep your answers?';
export const consentExplained =
  'I need to save what you tell me, so I can help you next time. Only you and your adviser can see it. Is that OK?';
export const consentYes = 'Yes, that is OK';
export const consentNo = 'No thanks';

export const consentThanks = 'Thank you. Let us get started.';

export const consentDeclined = [
  'That is fine. I have not kept anything you said.',
  'You can still see your adviser in the usual way, by phone or in person.',
  'If you change your mind, just say hello to me again.',
].join('\n');

export const nameQuestion = 'What would you like me to call you?';
export const nameExplained = 'What name should I use when I talk to you? It can be your first name or a nickname.';
export const nameSkip = 'Skip';
export const nameThanks = (name: string): string => `Nice to meet you, ${name}.`;

export const inviteCodeQuestion = 'Did your adviser give you a code? If so, please type it here.';
export const noInviteCode = "I don't have one";
export const inviteCodeNotFound = 'I could not find that code. Please check it and type it again. Or tap "I don\'t have one".';
export const inviteCodeGaveUp = 'I still could not find that code. That is OK. Your adviser can link you to me later.';
export const linkedToAdviser = (adviserName: string): string => `Thank you. You are now linked to ${adviserName}. They can see your plan.`;
export const linkedToDemoAdviser = 'This is a test copy of me. So I have linked you to a demo adviser.';
export const adviserWillLink = 'That is OK. Your adviser will link you to me soon.';
export const caseloadFull = [
  'Your adviser has a lot of people to help right now, so I could not link you to them yet.',
  'You can still use me. Your adviser or their team will link you soon.',
].join(' ');
