import type { ChoiceOption } from '../../domain/answers.ts';
import type { CoachingWording } from '../../domain/coachingStyle.ts';

export type MenuChoice = 'my-plan' | 'set-goal' | 'review' | 'job-search' | 'update-profile' | 'talk-to-adviser';
/**
 * Typed only, never a button: the locus-of-control sentences again, to see what changed; and an
 * invite code from an adviser, for a client who had none when they started; and changing a step
 * already in the plan (a new day, or off the plan).
 */
export type HiddenMenuChoice = 'retake-locus' | 'invite-code' | 'change-plan';

export const menuChoices: ChoiceOption<MenuChoice>[] = [
  // Agreeing at the menu shows the plan first, so the client sees what they agree to.
  { value: 'my-plan', label: 'My plan', synonyms: ['show my plan', 'see my plan', 'plan', 'view plan', 'i agree to this plan', 'i agree to my plan', 'agree to my plan'] },
  { value: 'set-goal', label: 'Set a goal', synonyms: ['new goal', 'add a goal', 'goal', 'set goal', 'make a goal'] },
  { value: 'review', label: 'Review my plan', synonyms: ['review', 'check my plan', 'how am i doing'] },
  {
    value: 'job-search',
    label: 'Log my job search',
    synonyms: ['job search', 'log job search', 'my job search', 'log a job', 'add a job', 'i applied for a job', 'i had an interview', 'i got an interview', 'applications'],
  },
  { value: 'update-profile', label: 'Update my profile', synonyms: ['profile', 'update profile', 'change my profile', 'my profile'] },
  { value: 'talk-to-adviser', label: 'Talk to my adviser', synonyms: ['adviser', 'advisor', 'talk to my advisor'] },
];

export const hiddenMenuChoices: ChoiceOption<HiddenMenuChoice>[] = [
  {
    value: 'retake-locus',
    label: 'Sentences again',
    synonyms: ['questions again', 'the sentences again', 'redo the sentences', 'retake', 'how in charge do i feel', 'do the sentences again'],
  },
  {
    value: 'invite-code',
    label: 'I have a code',
    synonyms: ['invite code', 'i have an invite code', 'my adviser gave me a code', 'i got a code', 'enter a code', 'code'],
  },
  {
    value: 'change-plan',
    label: 'Change my plan',
    synonyms: ['change plan', 'change a step', 'change my step', 'move a step', 'edit my plan', 'edit plan', 'change my steps', 'change the plan', 'take it off', 'take it off my plan', 'take a step off', 'remove a step', 'remove it', 'delete a step'],
  },
];

export const menuQuestion = 'What would you like to do?';
export const menuAgainQuestion = 'What would you like to do next?';

/** The first thing a returning client hears, in their coaching style. */
/** A returning client whose review day has come. */
export function reviewIsDue(day: string | null): string {
  return day
    ? `Your plan review was due on ${day}. Tap "Review my plan" when you are ready.`
    : 'Your plan review is due today. Tap "Review my plan" when you are ready.';
}

export const welcomeBack: Record<CoachingWording, (name: string | null) => string> = {
  'warm-guided': (name) => `Welcome back${name ? `, ${name}` : ''}! It is good to see you. Every small step counts.`,
  'self-directed': (name) => `Welcome back${name ? `, ${name}` : ''}. Ready for your next step?`,
};

/** "6" typed at the menu picks "Talk to my adviser" by its place: asked once before it is sent. */
export const confirmAdviserByNumber = 'Do you want me to ask your adviser to get in touch?';
export const adviserConfirmChoices: ChoiceOption<'adviser-confirmed' | 'adviser-declined'>[] = [
  { value: 'adviser-confirmed', label: 'Yes, please', synonyms: ['yes', 'yeah', 'yes please', 'please', 'ok'] },
  { value: 'adviser-declined', label: 'No, thanks', synonyms: ['no', 'nope', 'no thanks', 'no thank you', 'nah', 'not now'] },
];

/**
 * "how do i add a step", "how do i see my plan", "what happens now" typed at the menu: answered,
 * then the menu again (play-testing found each met with "Here is my question again").
 */
export const howToAddAStep = 'To add a goal or a step, tap "Set a goal". I will ask what you want to do, and by when.';
export const howToSeeThePlan = 'To see your plan, tap "My plan".';
export const howToLogJobSearch = 'To tell me about jobs you have applied for, tap "Log my job search".';
export const whatHappensNow = 'Now you pick what to do. You can set a goal, look at your plan, or tell me about your job search. Tap a button below.';
/** "whats a review" at the menu. */
export const whatAReviewIs = 'A review is when we look at your plan together: what you did, how it went, and what to do next. Tap "Review my plan" to start one.';
/** "can i change the time to 2.45" at the menu: a step's day is changed here; an appointment, by the adviser. */
export const howToChangeATime = 'To change the day of a step, type "change my plan". To change an appointment with your adviser, type "talk to my adviser" and they will help.';
