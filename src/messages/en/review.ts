// What the review says: one question at a time, following the learning cycle (what happened,
// how it felt, what went well or was hard, what to do differently, what next).
import type { ChoiceOption } from '../../domain/answers.ts';
import type { ReviewOutcome } from '../../domain/reviewOutcomes.ts';
import type { CoachingWording } from '../../domain/coachingStyle.ts';

export const reviewIntro: Record<CoachingWording, string> = {
  'warm-guided': "Let's look back at your steps together, one at a time. Every step you took counts, even the small ones.",
  'self-directed': "Time to review your plan. Let's go through your steps and set the next ones.",
};

export const outcomeChoices: ChoiceOption<ReviewOutcome>[] = [
  { value: 'done', label: 'Done', synonyms: ['i did it', 'did it', 'finished', 'all done', 'completed'] },
  { value: 'partly-done', label: 'Partly done', synonyms: ['partly', 'some of it', 'half', 'half done', 'a bit', 'sort of', 'kind of', 'nearly', 'nearly done', 'almost', 'almost done'] },
  { value: 'not-done', label: 'Not done', synonyms: ['no', 'not yet', 'didnt do it', 'i didnt', 'not really'] },
  { value: 'dropped', label: 'No longer needed', synonyms: ['not needed', 'not relevant', 'no longer relevant', 'drop it', 'skip it'] },
];

export const noNextStepChoices: ChoiceOption<'none'>[] = [
  { value: 'none', label: 'No more steps', synonyms: ['no', 'none', 'nothing', 'no more', 'no thanks', 'thats all', 'that is all', 'no that is all'] },
];

export const usefulnessChoices: ChoiceOption[] = ['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }));

export const noPlanYet = 'You do not have any steps in your plan yet. Tap "Set a goal" to make your first one.';
export function nothingDueYet(nextReview: string | null): string {
  return nextReview ? `None of your steps are due yet. Your next review is on ${nextReview}.` : 'None of your steps are due yet. Well done for checking!';
}

/** Steps marked done (after a reminder, say) since the last review, praised as the review opens. */
export function doneSinceLastReview(steps: readonly string[]): string {
  return steps.length === 1 ? `You did your step: ${steps[0]}. Well done!` : `You did ${steps.length} steps: ${steps.join('; ')}. Well done!`;
}

// A step whose day is still ahead: only checked, never "How did it go?" and never marked not done.
export function askStillOnTrack(item: string, due: string): string {
  return `Your step: ${item}. This one is for ${due}. Can you still do it by then?`;
}
export const explainStillOnTrack = 'This step is not due yet. Tap "Yes" if you can still do it by then. Tap "Change the day" to pick a new day.';
export const stillOnTrackChoices: ChoiceOption<'yes' | 'change'>[] = [
  {
    value: 'yes',
    label: 'Yes',
    synonyms: ['yes', 'on track', 'still on track', 'i can', 'yes i can', 'fine', 'all good', 'not yet', 'not due yet'],
  },
  {
    value: 'change',
    label: 'Change the day',
    synonyms: ['no', 'change', 'change it', 'change day', 'new day', 'another day', 'move it', 'more time', 'need more time', 'i need more time', 'not really'],
  },
];
export const stillOnTrack = 'Good. I will remind you nearer the time.';
export const askNewDay = 'What day would suit you better? You can say a day, like "next Friday".';
export const dayGone = 'That day has gone. Try a day from today on, like "next Friday".';
export function stepMovedTo(day: string): string {
  return `OK. I have moved it to ${day}. I will remind you nearer the time.`;
}

// A review with no step due (every step done, or still ahead) still asks what comes next.
export const askSomethingElse = 'What else could you do before our next review? Tell me in a few words, or tap "No more steps".';
export const askWhatIsTheStep = 'What is the step? A few words is fine.';

export function askOutcome(item: string, due: string): string {
  return `Your step was: ${item}. It was for ${due}. How did it go?`;
}
export const explainOutcome =
  'Tell me how far you got with the step. Tap "Done" if you did all of it. Tap "Partly done" if you did some. Tap "Not done" if not yet.';
/** A bare "yes" or "ok" at "How did it go?": it does not say how far the step got. */
export const askHowFarAgain = 'Did you finish it, do part of it, or not yet? Tap the button that fits.';
export const askWhatHappened = 'What happened? A few words is fine.';
/** A button for a client who only taps, at the review's free-word questions (play-testing, round thirteen). */
export const skipThisOne = 'Skip';
export const askFeelings = 'How did it feel?';
export const askWentWell = 'What went well?';
export const askWhatWasHard = 'What made it hard?';
/** "anxiety" at "What made it hard?": heard before the next question. */
export const hardHeard = 'Thank you for telling me. That can make things hard.';
export const askDifferently = 'What would you do differently next time?';
export const nothingDifferent = 'Nothing';
export const askNextAfterDone = 'What is your next step? If there is none, tap "No more steps".';
/** A step already taken, said at "What is your next step?": praised, and a step still to do asked for. */
export const stepAlreadyTakenHeard = 'Well done, that counts. What will you do next? Tell me a step still to do, or tap "No more steps".';
export const askNextAfterNotDone = 'What could you do next? It can be the same step on a new day, or a smaller one.';
export const askNextAfterDropped = 'Is there something else you would like to do instead?';
/** "dunno" at the next step: ideas as buttons, then the question again. */
export const offerNextStepIdeas = 'That is OK. Here are a couple of ideas. Tap one, or type your own.';
export const nextStepIdeas = ['Look at 2 job adverts', 'Ring an agency'];
export const askWhen = 'When will you do it? You can say a day, like "next Tuesday".';
/** "6" at "What is your next step?": no words to make a step of, so asked once more. */
export const stepNeedsWords = 'I need a few words for your step, like "ring the agency". What will you do?';
/** "try again next week": the step just reviewed is kept, said back so they know which. */
export function sameStepAgain(step: string): string {
  return `OK. Your step stays the same: ${step}.`;
}
/** At "When will you do it?", the step taken back ("i said thats it", "forget it"): no step is added. */
export const noNewStep = 'OK, no new step for now. That is fine.';
export const whenNotCaught = "I didn't catch that date. Try a day, like \"Friday\" or \"in two weeks\".";
export function nextStepSaved(due: string | null): string {
  return due ? `Thanks. I have added it to your plan for ${due}.` : 'Thanks. I have added it to your plan.';
}

export const celebrateStep = 'Well done! You did it. Every step you take counts.';
export const encourageStep = 'That is OK. Things get in the way for all of us. Small steps still count.';
/** "You did your step.", "You did 1 of your 2 steps.", "You did all 3 of your steps." ("1 of your 1 steps" read badly). */
export function celebrateSummary(done: number, total: number): string {
  if (total === 1) return 'You did your step. Well done!';
  if (done === total) return total === 2 ? 'You did both of your steps. Well done!' : `You did all ${total} of your steps. Well done!`;
  return `You did ${done} of your ${total} steps. Well done!`;
}
export const planDrifted =
  'Your plan has drifted a bit. That happens to everyone. Let us keep the next steps small, so they are easier to start. You can also talk to your adviser.';

export const askBackupPlan =
  'If your first choice of job does not work out, what else could you do? That is your back-up plan. A few words is fine.';
export const notSureYet = 'Not sure yet';
/** "6" as the back-up plan: no words to keep, so asked once more. */
export const backupNeedsWords = 'I need a few words for this, like "work in a shop". Or tap "Not sure yet".';
export const backupPlanSaved = 'Thanks. I have put that in your plan as your back-up.';
export const askConfidence = 'How sure do you feel about reaching your goal now, from 1 to 10?';
export const confidenceChoices: ChoiceOption[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((n) => ({ value: n, label: n }));
export const confidenceLower =
  'That is lower than last time. Thank you for being honest. Smaller steps can help. Your adviser can help too. Just type "talk to my adviser".';
export const confidenceHigher = 'That is higher than last time. The steps you are taking are working.';
export const confidenceSame = 'Thank you. It helps to know how you feel.';
export const askUsefulness = 'How useful is your plan for you, from 1 to 5? 1 is not useful. 5 is very useful.';
/** A bare "ok" or "yes" at a question asking for a number: no number is made up from it. */
export function askWhichNumber(lowest: string, highest: string): string {
  return `I need a number for this one. Which number from ${lowest} to ${highest} fits best?`;
}
export const thanksForRating = 'Thank you. That helps us make it better.';
export function nextReviewOn(date: string): string {
  return `Thanks for looking at your plan with me. Our next review is on ${date}.`;
}
/** The plan card, when the review day has gone and no review was finished. */
export function reviewWasDue(date: string): string {
  return `We were going to look at your plan again on ${date}. We can do it any time now.`;
}
export const offerLocusRetake = 'Can I ask you a few quick questions? They are about how things feel for you now.';
export const reviewEnd = 'OK. We can do that another time.';

// In work: the review asks about the job, not about finding one.
export const reviewIntroInWork: Record<CoachingWording, string> = {
  'warm-guided': "Let's look at how things are going. First, your job. Every step you took to get here counts.",
  'self-directed': "Time to review your plan. First, your job, then any steps that are due.",
};
export function askHowWorkIsGoing(employer: string | null, started: boolean): string {
  if (!started) return employer ? `How do you feel about your new job at ${employer}?` : 'How do you feel about your new job?';
  return employer ? `How is work going at ${employer}?` : 'How is work going?';
}
export const workGoingWell = 'That is great to hear.';
export const workAnswerHeard = 'Thank you for telling me.';
export const askWhatHelpsKeepJob =
  'Is there anything that would help you keep your job? It could be help with travel, money or your hours. A few words is fine.';
export const nothingForNow = 'Nothing for now';
export const keepJobNothingNeeded = 'OK. If anything comes up, your adviser can help. Just type "talk to my adviser".';
export function keepJobHelpAsked(reached: boolean): string {
  return reached ? 'Thank you. I have asked your adviser to help with that.' : 'Thank you. I have kept this for your adviser, so they can help with that.';
}

// Heard before the question on screen (src/domain/reviewAsides.ts), then the question again.
/** "has she rung them yet?": what the plan says about the adviser's step, honestly, and how to ask them. */
export function adviserStepNews(step: string, due: string | null, done: boolean): string {
  if (done) return `Your adviser has marked this step as done: ${step}. To hear how it went, type "talk to my adviser".`;
  const when = due ? `, for ${due}` : '';
  return `Your adviser's step is: ${step}${when}. It is not marked as done yet, so I do not know if it has happened. To ask them, type "talk to my adviser".`;
}
export const noAdviserStep = 'I cannot see a step for your adviser in your plan. To ask them, type "talk to my adviser".';
/** "sorry been rubbish": a late step is no wrong done. */
export const noNeedForSorry = 'There is no need to say sorry. Thank you for being honest with me.';
/** "can i change it to something smaller" where "How did it go?" waits. */
export const changeStepHeard = 'Yes, we can change it. First, tell me how it went. Then we can pick a next step that fits you better.';

// Heard beside the question on screen (play-testing reviews, round twenty-six; src/domain/reviewHeardWords.ts).
/** "my dad passed away last week": no question about how the step felt after that. */
export const lossHeard = 'I am so sorry for your loss. Thank you for telling me. Please be kind to yourself. There is no rush with your plan.';
/** "no I not work in UK yet" at "What went well?": heard, then the question again. */
export const notWorkedHereYetHeard = 'Thank you for telling me. That is OK. Small steps like this one help you get there.';
/** "will my adviser be angry?", "is that going to get me in trouble": no telling off here. */
export const toldOffWorryHeard = 'You will not get in trouble. Your adviser is there to help you, not to tell you off. Plans change, and that is OK.';
/** "smaller step maybe" at "What could you do next?": the idea kept, and what it is asked for. */
export const askSmallerStep = 'A smaller step is a good idea. What could it be? For example, "look up their number".';
/** "friday" alone as a back-up plan: a day is no plan, so asked once more. */
export const backupIsNotADay = 'That sounds like a day. Your back-up plan is another job you could do, like "work in a shop". Or tap "Not sure yet".';
/** A story at "How did it go?" that says no button: kept for "What happened?", and how far asked plainly. */
export const storyHeard = 'Thank you for telling me. I have kept what you said. Did you finish the step, do part of it, or not yet? Tap the button that fits.';
/** "i started volunteering at the food bank instead" at "What happened?": good news, said so (round twenty-seven). */
export const volunteeringHeard = 'That is good to hear. Volunteering is good experience, and it counts.';
/** "anxiety lets me down" at "What would you do differently?": heard, and a gentler step offered (round twenty-seven). */
export const hardFeelingBeforeNextStep = 'Thank you for telling me. Feelings like that can get in the way. We can pick a step that feels easier.';
/** Buttons for a day, where "asap" or "not sure" was said at "When will you do it?" (round twenty-seven). */
export const dayButtons = ['Tomorrow', 'Next week'];
export const soonHeardAskDay = 'Soon is great. Which day will you do it? Tap "Tomorrow", or type a day.';
export const noDayYetHeard = 'That is OK. Pick a day that might work. You can change it later. Tap a button, or type a day.';
/** "annoying" where the next step is asked: the feeling heard, and the step asked again (round twenty-seven). */
export const feelingNotAStep = 'Thank you for telling me how it felt.';
/** "yes done" where the next step is asked: a nod, not a step, so the step is asked for (next step round two). */
export const nodNotAStep = 'Thanks. What will you do next? Tell me in a few words, like "email the office". Or tap "No more steps".';
/** "next wednesday" where the next step is asked: the day is kept, and what they will do asked. */
export const dayNotAStep = 'OK, that day is fine. What will you do on that day? A few words is fine.';
/** "she said to apply in september" where the next step is asked: the news heard, and their own step asked for. */
export const newsNotAStep = 'Thank you for telling me. What will you do next, now you know that? A few words is fine. Or tap "No more steps".';
/** "yeah it was ok" at the back-up plan question: no back-up job said, so asked once more. */
export const backupNotHeard = 'Thank you. Your back-up plan is another job you could do, like "work in a shop". Or tap "Not sure yet".';
