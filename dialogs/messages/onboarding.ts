import { botIntroduction } from './common.ts';

export const consentExplanation = [
  botIntroduction,
  'To help you, I keep what you tell me: your goals, your plan and how it is going.',
  'Your adviser can see it. Nobody else can.',
  'You can ask me to show or delete it at any time.',
].join('\n');

export const consentQuestion = 'Is it OK for me to keep your answers?';

export const consentThanks = 'Thank you. Let us get started.';

export const consentDeclined = [
  'That is fine. I have not kept anything you said.',
  'You can still see your adviser in the usual way, by phone or in person.',
  'If you change your mind, just say hello to me again.',
].join('\n');
