// What the locus-of-control questions say: our own short, plain statements, half worded each way
// (src/domain/locusOfControl.ts scores them), and the talk around them.
import type { CoachingWording } from '../../domain/coachingStyle.ts';
import type { LikertAnswer, LocusChange, LocusStatementId } from '../../domain/locusOfControl.ts';

export const locusIntro = 'Here are 8 short sentences. For each one, tell me how much you agree. There are no right or wrong answers.';

export const locusStatements: Record<LocusStatementId, string> = {
  'effort-pays-off': 'When I try hard, things usually get better for me.',
  'jobs-are-luck': 'Getting a job is mostly down to luck.',
  'my-choices-count': 'What I do each day makes a difference to my future.',
  'others-decide': 'Other people decide most of what happens to me.',
  'plans-work': 'If I make a plan, I can usually stick to it.',
  'no-point-trying': "There's not much point in trying, as things go wrong anyway.",
  'i-can-learn': 'If I want to learn something new, I can.',
  'out-of-my-hands': 'Most of the time my life feels out of my hands.',
};

/**
 * "what does this mean" at a sentence: what it says, in other words, and how to answer. Play-testing
 * found only "You can tap one of the buttons under my question", with the sentence not explained.
 */
const howToAnswer = 'If that is true for you, tap "Agree". If not, tap "Disagree". If you are not sure, tap "Not sure".';
export const locusExplanations: Record<LocusStatementId, string> = {
  'effort-pays-off': `It means: when you work hard at something, does it often go better? ${howToAnswer}`,
  'jobs-are-luck': `It means: is getting a job about luck, more than what you do? ${howToAnswer}`,
  'my-choices-count': `It means: do the things you do each day help your future? ${howToAnswer}`,
  'others-decide': `It means: do other people choose most of what happens in your life? ${howToAnswer}`,
  'plans-work': `It means: when you make a plan, do you often do what you planned? ${howToAnswer}`,
  'no-point-trying': `It means: do you feel that trying is no use, because things go wrong anyway? ${howToAnswer}`,
  'i-can-learn': `It means: when you want to learn something new, can you do it? ${howToAnswer}`,
  'out-of-my-hands': `It means: do you often feel you cannot change what happens in your life? ${howToAnswer}`,
};

/** The answer buttons, 1 to 5. Each is read back by parseLikertAnswer in src/domain. */
export const likertLabels: Record<LikertAnswer, string> = { 1: 'Disagree a lot', 2: 'Disagree', 3: 'Not sure', 4: 'Agree', 5: 'Agree a lot' };
export const likertButtons = ([1, 2, 3, 4, 5] as const).map((answer) => likertLabels[answer]);

/** Back after a pause part way through the first go: the answers given are kept. */
export const locusWelcomeBack = (given: number, total: number): string =>
  `Welcome back. You have answered ${given} of the ${total} sentences. I have kept your answers. Let us carry on.`;

export const locusRetakeIntro = [
  'Let us look again at how you feel about things.',
  'Here are the same 8 short sentences as last time.',
  'There are no right or wrong answers.',
].join('\n');

export const statementMessage = (position: number, total: number, text: string): string =>
  `${position} of ${total}. "${text}"\nHow much do you agree?`;

/** "agree and the next one is agree too": only the sentence on screen is kept. */
export const nextOneReadFirst = 'Thank you. I have kept your answer to that one. Please read the next one first, then tell me.';
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

/** "why do you need to know that", "whats this got to do with anything" at a sentence. */
export const locusPurpose = 'Your answers show me how to help you best, so your plan fits you. There are no right or wrong answers.';
/** How to answer a sentence they would rather not, said after "these are personal" or "is this on my record". */
export const locusWayOut = 'If you would rather not say, tap "Not sure".';
