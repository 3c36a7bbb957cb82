// What the locus-of-control questions say. The statements themselves are in
// src/domain/locusOfControl.ts; here is the talk around them.
import type { CoachingWording } from '../../domain/coachingStyle.ts';
import { LOCUS_INTRO, type LocusChange } from '../../domain/locusOfControl.ts';

export const locusIntro = LOCUS_INTRO;

export const locusRetakeIntro = [
  'Let us look again at how you feel about things.',
  'Here are the same 8 short sentences as last time.',
  'There are no right or wrong answers.',
].join('\n');

export const statementMessage = (position: number, total: number, text: string): string =>
  `${position} of ${total}. "${text}"\nHow much do you agree?`;

export const likertRetry = "Sorry, I didn't catch that. Please tap a button, or type a number from 1 to 5.";

/** Said once the answers are in: how we will work together, in the client's style. */
export const locusClosing: Record<CoachingWording, string> = {
  'warm-guided': [
    'Thank you for telling me.',
    'We will take small steps together, one at a time.',
    'I will check in with you often, and cheer you on for every step you take.',
  ].join('\n'),
  'self-directed': [
    'Thanks. It sounds like you like to be in charge of your own plan.',
    'You will set your own steps, and I will check in now and then.',
  ].join('\n'),
};

/** Said after a later go at the same sentences. Only ever kind. */
export const locusChangeMessage: Record<LocusChange, string> = {
  'toward-internal': 'Your answers show you feel more in charge of things than last time. That is a real step forward. Well done!',
  'no-clear-change': 'Thank you. Your answers are much like last time.',
  'toward-external': 'Thank you. Things seem harder for you than last time. That is OK. Your adviser and I are here to help.',
};
