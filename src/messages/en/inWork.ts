import type { ChoiceOption } from '../../domain/answers.ts';

// In-work support: congratulations that mean it, check-ins that are short, and a warm next step
// when a job ends. Plain words; no judgement about why a job ended.

export function congratulations(employer: string | null): string {
  return employer ? `That is brilliant news! Well done on the job at ${employer}.` : 'That is brilliant news! Well done on getting a job.';
}
/** The start day of a job already kept, told later. */
export const startDayThanks = 'Thank you for telling me your start day.';
export const askWhere = 'Where is the job? The name of the place is fine.';
export const ratherNotSay = 'I would rather not say';
export const askWhen = 'When do you start? For example "next Monday". If you have started, say "I already started".';
export const alreadyStarted = 'I already started';
export const startDateNotCaught = 'Sorry, I didn\'t catch that date. Try a day, like "Monday" or "1 March". Or tap "I already started".';
export const notSureYet = 'Not sure yet';
/** Unsure whether to take a job they were offered. */
export const offerToThinkAbout =
  'Well done on the offer! It is a big choice, and it is yours to make. Your adviser can help you think it through, like the hours and the pay. Type "talk to my adviser" and I will ask them to get in touch.';
/** The start day is not known yet: the job is kept, and counted from today. */
export function startNotKnownYet(weekly: boolean): string {
  return weekly
    ? 'That is fine. I have noted the job. Tell me your start day when you know it. I will check in with you each week for the first month, then once a month.'
    : 'That is fine. I have noted the job. Tell me your start day when you know it. I will check in with you now and then.';
}
/** Started already: no day to say back. */
export function startedAlready(weekly: boolean): string {
  return weekly
    ? 'Well done on starting. I will check in with you each week for the first month, then once a month. You can talk to your adviser at any time.'
    : 'Well done on starting. I will check in with you now and then. You can talk to your adviser at any time.';
}
export function inWorkPlan(start: string, weekly: boolean): string {
  return weekly
    ? `Your start day is ${start}. I will check in with you each week for the first month, then once a month. You can talk to your adviser at any time.`
    : `Your start day is ${start}. I will check in with you now and then. You can talk to your adviser at any time.`;
}

/** Steps for finding work still open when a job starts: kept or taken off, as the client says. */
export function stepsStillOpen(firstStep: string, howMany: number): string {
  return howMany > 1
    ? `Your plan still has ${howMany} steps for finding work. Do you still want them in your plan?`
    : `Your plan still has a step for finding work: "${firstStep}". Do you still want it in your plan?`;
}
export const keepIt = 'Keep it';
export const keepThem = 'Keep them';
export const takeItOff = 'Take it off';
export const takeThemOff = 'Take them off';
export function stepsKept(many: boolean): string {
  return many ? 'OK. They stay in your plan, and I will still remind you.' : 'OK. It stays in your plan, and I will still remind you.';
}
export function stepsTakenOff(many: boolean): string {
  return many ? 'Done. I have taken them off your plan. Your adviser will see the change.' : 'Done. I have taken it off your plan. Your adviser will see the change.';
}
/** Kept with the step's history, for the adviser. */
export function takenOffForTheJob(employer: string | null): string {
  return employer ? `Started work at ${employer}` : 'Started work';
}

export function checkInText(employer: string | null): string {
  return employer ? `Hi! How is the job at ${employer} going?` : 'Hi! How is the new job going?';
}
export const goingWell = 'Going well';
export const someProblems = 'Some problems';
export const checkInButtons = [goingWell, someProblems, 'Talk to my adviser'];
export const inWorkCheckInAnswers: ChoiceOption<'well' | 'problem'>[] = [
  { value: 'well', label: goingWell, synonyms: ['good', 'great', 'all good', 'its going well', 'going good', 'really well'] },
  { value: 'problem', label: someProblems, synonyms: ['not great', 'not good', 'bad', 'problems', 'a few problems', 'struggling', 'its hard', 'not so good'] },
];
export const gladToHear = 'That is great to hear. Keep it up! I will check in again soon.';
export const sorryItIsHard = 'I am sorry to hear that. That sounds hard.';
export const askWhatIsHard = 'I am sorry to hear that. What is making it hard? A few words is fine.';
export const problemPassedOn = 'Thank you for telling me. I have asked your adviser to get in touch, so you can work it out together.';

export const askWhatHappened = 'I am sorry your job ended. What happened? A few words is fine.';
export const askHowYouFeel = 'How are you feeling about it?';
export const notYourWorth = 'Thank you for telling me. A job ending does not say what you are worth. Lots of people find their next job after this.';
export const offerNewGoal = 'When you are ready, we can set a new goal together. Shall we do that now?';
export const setGoalNow = 'Set a goal';
export const notNow = 'Not now';
export const laterIsFine = 'That is OK. Tap "Set a goal" any time you are ready.';
