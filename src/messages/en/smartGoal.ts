// What the coach says while a client sets a goal. Plain words, one question per message.
// Where the coaching style changes the words, both wordings are here: "warm-guided" for a client
// who feels things are out of their hands, "self-directed" for one who feels in charge.
import type { ChoiceOption } from '../../domain/answers.ts';
import type { CoachingWording } from '../../domain/coachingStyle.ts';
import { SAVE_IT_WORDS } from '../../domain/agreementWords.ts';

type Styled = Record<CoachingWording, string>;

export const askWhatToWorkOn: Styled = {
  'warm-guided': 'What would you like to work on? Tell me in your own words. Any size is fine.',
  'self-directed': 'What would you like to work on? Tell me in your own words.',
};

export const askAgainInOwnWords = 'OK. Tell me the goal again, in your own words.';
/** "start the job on monday but im scared ill mess it up": the worry heard, the goal kept without it. */
export const worryWithTheGoal = 'It is normal to feel nervous about that. We will take it one small step at a time. Your adviser can help too.';
/** "update my cv, feeling rubbish about it tbh": the feeling heard, the goal kept without it. */
export const feelingWithTheGoal = 'Thank you for telling me how you feel about it. We will take it one small step at a time.';
/** "apply for jobs but i have no childcare": what makes it hard heard, the goal kept without it. */
export const barrierWithTheGoal = 'Thank you for telling me what makes it hard. We can plan around it. Your adviser can help with that too.';

/** Goal words typed at the menu: they start the goal, and nothing is kept until the client agrees. */
export const startingFromTheirWords = (aim: string) => `Let us make a goal of that: "${aim}".`;
/** A goal asked for rather than said (round eight): "help me find work please", "should i apply for it?", "how do i get a job in a warehouse?". */
const askedForReplies = {
  help: 'Yes, I can help you with that.',
  should: 'It is your choice, and it sounds like a good step.',
  how: 'Good question. We can work it out together, one small step at a time.',
} as const;
export const goalAskedForReply = (asked: keyof typeof askedForReplies, aim: string) => `${askedForReplies[asked]} ${startingFromTheirWords(aim)}`;

/** When the words do not say yet what the client will do. */
export const askOneStep: Styled = {
  'warm-guided':
    "Let's pick one small step you could take this week. It can be tiny, like one phone call or looking at one job advert. What would you like to try?",
  'self-directed': "What's the first step you'll take toward your goal? Pick one that stretches you a bit.",
};
export const askHowMany = 'How many will you do?';
export const askWhen: Styled = {
  'warm-guided': 'When could you do it? A day in the next week or so works well.',
  'self-directed': 'When will you have it done by?',
};

export const askHowSure: Styled = {
  'warm-guided': "How sure do you feel that you can do this, from 1 to 10? There's no wrong answer.",
  'self-directed': 'How sure are you that you will do it, from 1 to 10?',
};

/** Added after "How many will you do?". */
export const howManyHint: Styled = {
  'warm-guided': 'One or two is a good start.',
  'self-directed': 'Pick a number that stretches you a bit.',
};
export const dateExamples = ['Friday', 'In a week', 'End of the month'];
/** "after payday" at the date question: said before the question again. */
export const whenIsPayday = 'I do not know when your payday is. Tell me that day, like "Friday" or "the 28th".';
export const dateNotCaught = "I didn't catch that date. You could tap one of these, or type a day like \"next Tuesday\".";
/** "after the kids go back to school" where the day is asked: said before the question again. */
export const schoolDayNotKnown = 'I do not know when school goes back. Tell me the day, like "Monday" or "the 3rd".';
/** "once i get paid", "when my laptop is fixed": a day that hangs on something else. */
export const eventDayNotKnown = 'I do not know which day that will be. Tell me a day, like "Monday" or "the 3rd".';

/** A new day typed at a later question ("actually no make it thursday"), before any day was set. */
export const dayNoted = (day: string) => `OK, by ${day}.`;
/** "is this saved?" while a goal is being set: the plan is, and this goal will be once they say yes. */
export const savedOnceAgreed = 'Yes, your plan is kept, and your adviser can see it. I will add this goal to it when you say "Yes" at the end.';
/** A step's day more than about six months away ("1/11" read as next November): checked once. */
export const farAwayCheck = 'That is more than six months away. Is that right?';
export const farAwayChoices: ChoiceOption<'yes' | 'nearer'>[] = [
  { value: 'yes', label: 'Yes', synonyms: ['yes', 'y', 'yeah', 'yep', 'yh', 'aye', 'ok', 'okay', 'right', 'thats right', 'correct', 'keep it', 'keep that', 'thats fine', 'its fine'] },
  { value: 'nearer', label: 'Pick a nearer day', synonyms: ['no', 'n', 'nope', 'nah', 'nearer', 'a nearer day', 'sooner', 'earlier', 'closer', 'too far', 'too long', 'wrong', 'not right', 'change it', 'pick another day'] },
];
export const farAwayKept = 'OK, we will keep that day.';
export const askNearerDay = 'OK. Which day would suit you? Pick a day in the next six months, like "Friday" or "the 19th".';
export const dateFallback = (date: string) => `Let us say ${date} for now. You can change it later.`;

export const firstStepNearer: Styled = {
  'warm-guided': 'That is a good goal. Small steps help. Could you do a first step by {date}?',
  'self-directed': 'Good goal. Could you do a first step by {date} to get going?',
};

/** A step the client gave, by a day further off than a first step: asked once, plainly, if it could be sooner. */
export const stepSooner: Styled = { 'warm-guided': 'That is a good step. Could you do it sooner, by {date}?', 'self-directed': 'Good step. Could you do it sooner, by {date}?' };
export const soonerChoices: ChoiceOption<'yes' | 'keep'>[] = [
  { value: 'yes', label: 'Yes', synonyms: ['yes', 'y', 'ok', 'okay', 'sure', 'yeah', 'yep', 'i could', 'go on', 'yeah go on', 'i can'] },
  { value: 'keep', label: 'No, keep my day', synonyms: ['no', 'n', 'nope', 'nah', 'keep', 'keep it', 'no thanks', 'keep my date', 'no thats fine', 'thats fine', 'leave it'] },
];
/** "i just told you" where a first step or a sooner day is asked: sorry, and what they said is kept. */
export const keptAsSaid = (step: string, day: string) => `Sorry. I will keep your step as you said it: "${step}", by ${day}.`;
/** How sure, read from words ("pretty sure"): said back, so the client can put it right. */
export const ratingSaidBack = (rating: number) => `I have put that down as ${rating} out of 10.`;

/** "not sure" at "Could you do a first step by ...?": an idea, before the question again. */
export const firstStepIdea = 'That is OK. A first step can be very small, like looking at one job advert or making one phone call. It helps you get going.';
/** Unsure a second time: their own date stands. */
export const keepingYourDate = 'That is fine. We will keep your date.';

/** "actually no, do a care course first" at the next question: the step changed. */
export const stepChangedTo = (step: string) => `OK, "${step}" instead.`;

export const yesFirstStep = 'Yes';
export const keepMyDate = 'No, keep my date';

export const askFirstStep: Styled = {
  'warm-guided': 'Great. What could that first step be? It can be small, like one phone call.',
  'self-directed': 'What will that first step be?',
};

export const confidenceNotCaught = 'That is OK, a rough guess is fine. Pick a number from 1 to 10: 1 is not sure at all, 10 is very sure.';

export const askSmallerStep: Styled = {
  'warm-guided': 'Thanks for being honest. Let us make it smaller, so it feels easier. What is a smaller first step?',
  'self-directed': 'Let us find a step you feel sure of. What is a smaller first step?',
};

export const askConfidenceAgain = 'And how sure are you now, from 1 to 10?';
/** Back after days away while a goal question waits: which goal it is, and the way to stop. */
export const goalWaiting = (goal: string) => `We were setting your goal: "${goal}". You can carry on below, or type "cancel" to stop for now.`;
/** How sure, said with the goal ("im about 8 sure"): heard, so not asked again (goal lines, round one). */
export const sureHeard = (sure: number) => `You said you are ${sure} out of 10 sure. Thank you.`;

export const smallStepsCount = 'That is OK. Small steps count. Your adviser can help with this too.';

export const askWhichJob = 'Which job does this help you with?';
export const askWhichJobNone = 'Which job would this help you get? Tell me in a few words.';
export const notSureJob = 'Not sure';
/** "yes" where there are a few jobs on the buttons: said before the question is asked again. */
export const pickOneJob = 'Thanks. Which one? Please tap one job, or "Not sure".';
/** After a second reply that names no job: the goal is kept with no job, and no question again. */
export const noJobForNow = 'That is OK. This goal does not need to be for one job.';

/** Two steps typed in one answer: each is a button, and the client picks one to start with. */
export const oneAtATime = "Let's take one at a time. Which would you like to do first?";
export const pickOneStep = 'Sorry, I didn\'t catch that. Please tap one, or type "both".';
export const bothAsSaid = 'OK. I will keep it the way you said it.';
export const bothLabel = 'Both';

/** Where the step says how often ("every week"): the day asked is the first time's. */
export const askWhenFirst = 'You will do this more than once. When will you do it first?';
/** "why" at the day question (round twenty-two: it had the coach's general purpose instead). */
export const whyADay = 'A day makes a step easier to start. It also lets me send you a reminder.';
/** A step said as two ("update my CV and then apply to 3 places"): the day for each part not said. */
export const askWhenFirstPart = (step: string) => `First you will do this: "${step}". What day will you do it?`;
export const askWhenNextPart = (step: string) => `Then you will do this: "${step}". What day will you have it done by?`;

/** "every monday" where the day is asked: the first time is kept, and the plan keeps one day a step. */
export const firstTimeOfARepeat = (day: string) => `Good, doing it often helps. I will put the first time in your plan: ${day}. When we look at your plan, we can add the next one.`;

/** "asap" where the day is asked: tomorrow, said so it can be changed. */
export const soonAsTomorrow = (day: string) => `OK, soon it is. I will put tomorrow in your plan: ${day}. You can change it later.`;
/** "monday 3rd" where the 3rd is a Friday: which did they mean? */
export const weekdayAndDateDisagree = (weekday: string, date: string) => `${date} is not a ${weekday}. Which day do you mean? Type the day again, like "${date}" or "next ${weekday}".`;

/** `repeats`: a step says how often ("every week"); a plan keeps one day a step, and this says so. */
export const confirmGoal = (goal: string, firstStep?: { text: string; by: string }, then?: { text: string; by: string }, repeats = false) =>
  [
    'Here is your goal, in your words:',
    // A goal that is its own first step ("Update my CV") is said once, with its day.
    firstStep && firstStep.text.toLowerCase() === goal.toLowerCase() ? `"${goal}", by ${firstStep.by}.` : `"${goal}"`,
    ...(firstStep && firstStep.text.toLowerCase() !== goal.toLowerCase() ? [`Your first step: "${firstStep.text}", by ${firstStep.by}.`] : []),
    ...(then ? [`Then: "${then.text}", by ${then.by}.`] : []),
    ...(repeats ? ['Your plan keeps one day for each step, so that day is the first time. When we look at your plan, we can add the next one.'] : []),
    'Is that right?',
  ].join('\n');
/** A day typed where a nearer first step is offered, after the day the goal has. */
export const stepDayAfterGoal = (day: string, goalDay: string) =>
  `${day} is after the day you picked, ${goalDay}. A first step comes before that, so pick a day on or before ${goalDay}.`;
export const firstStepBy = (day: string) => `OK, a first step by ${day}.`;

/** At the read-back ("Is that right?"): what to change, and the change said back. */
export const askWhichPart = 'What would you like to change?';
export type GoalPartChoice = 'date' | 'step' | 'goal';
export const partChoices: ChoiceOption<GoalPartChoice>[] = [
  { value: 'date', label: 'The date', synonyms: ['date', 'the day', 'day', 'when'] },
  { value: 'step', label: 'The step', synonyms: ['step', 'the steps', 'what i will do'] },
  // Not "Start again": typed, that goes back to the menu from anywhere.
  { value: 'goal', label: 'The whole goal', synonyms: ['the goal', 'goal', 'all of it', 'everything', 'start over'] },
];
export const askNewDay = 'Which day would suit you? You can type a day, like "Thursday" or "the 19th".';
export const askStepAgain = 'What is the step, in your own words?';
export const dayChanged = (step: string, day: string) => `OK. "${step}" is now by ${day}.`;
export const stepChanged = 'OK, I have changed the step.';
/** "Keep my step" (or "actually no keep it") where a new step is asked after "Change": nothing changes. */
export const stepStaysAsItWas = 'OK. The step stays as it was.';
/** "i want to delete a step" at the read-back of a goal with one step: a goal keeps at least one step. */
export const stepCannotComeOff = 'A goal needs at least one step, so I cannot take this one off. To put a different step, tap "Change". To stop this goal, type "cancel".';
/** "i want to delete a step" at the read-back of a goal with two steps: which one, with a button each. */
export const askWhichStepOff = 'Which step shall I take off?';
export const whichStepOffNotCaught = 'Sorry, I didn\'t catch which step. Tap one, or type "the first one" or "the second one".';
export const keepBothSteps = 'Keep both steps';
export const keepBothSynonyms = ['keep both', 'keep them', 'keep them both', 'both', 'neither', 'none', 'none of them', 'leave them', 'leave it'];
export const bothStepsStay = 'OK. Both steps stay.';
export const stepTakenOff = (step: string) => `OK. I have taken "${step}" off.`;

/** "go back" at a goal question: the question before is asked again, and its answer is not kept. */
export const wentBack = 'OK, let us go back a question.';
/** "go back" at the first question of a goal. */
export const nothingToGoBackTo = 'This is the first question, so there is nothing to go back to.';
/** "go back" past the questions kept (or in a goal begun before they were): it says so and asks the question on screen again. */
export const cannotGoBack =
  'Sorry, I cannot go back a question here. I will ask this one again. Before I keep anything, I will read the goal back to you. You can change the date or the step then.';

export const confirmYes = 'Yes';
export const confirmChange = 'Change';

export const goalSaved: Styled = {
  'warm-guided': 'Well done. I have added it to your plan. Every step counts.',
  'self-directed': 'Done. It is in your plan now.',
};

/** Buttons under "What would you like to work on?", for a client who cannot type much. */
export const aimExamples = ['Get a job', 'Update my CV', 'Find a course'];
export const explainAim = 'Tell me something you want to do or get. It can be big, like "get a job", or small, like "update my CV".';

/** "why?" at the goal and step questions (play-testing, round fifteen). */
export const whyAGoal = 'A goal gives us something to aim for. Then we break it into small steps, so it is easier to start.';
export const whyAStep = 'A small step is easier to start than a big goal. Each step you do gets you closer to work.';
/** A question asked where a step is asked ("whats a review"), answered before the step question again (goal lines, round one). */
export const stepQuestionAnswers = {
  review: 'A review is a check-in on your plan. We look at each step, see how it went, and pick what to do next.',
  step: 'A step is one small thing you can do soon, like "ring the college" or "look at 2 job adverts". A few words are fine.',
  other: 'That is a good question for your adviser. You can ask them after this.',
} as const;
/** "can i move asda to friday" where a step is asked: another step, changed from the menu. */
export const otherStepHow = 'You can move or change your other steps too. When we finish this one, tap "Change my plan" on the menu.';
/** Buttons under the first-step question. */
export const stepExamples = ['Look at 2 job adverts', 'Ring an agency', 'Update my CV'];
/** "Hairdressing" or "cv" where a step is asked: a thing, with nothing to do about it yet. */
export const whatToDoAbout = (thing: string) => `Thank you. What will you do about ${thing}? Tap an idea, or type your own.`;
/** Ideas for a step about a thing the client named, with their word in them where it fits. */
export function stepIdeasFor(thing: string): string[] {
  const words = thing.toLowerCase();
  if (/\bcvs?\b/.test(words)) return ['Update my CV', 'Print 5 copies of my CV'];
  if (/\binterviews?\b/.test(words)) return ['Practise 3 interview questions', 'Look up the company'];
  if (/^(?:jobs?|work)$/.test(words)) return ['Look at 2 job adverts', 'Ring an agency'];
  if (/\b(?:course|courses|training|class|classes)$/.test(words)) return [`Look up ${thing.replace(/course$/i, 'courses').replace(/class$/i, 'classes')}`];
  if (/^college$/.test(words)) return ['Ring the college', 'Look at the college website'];
  if (/\bcover letters?$/.test(words)) return ['Write a cover letter'];
  // A job, not a kind of work: "cleaner", "driver", "electrician".
  if (/(?:er|or|ist|ian|ant)$/.test(words)) return [`Look at 2 ${thing} jobs`, `Ring 1 place about ${thing} jobs`];
  return [`Look up ${thing} courses`, `Look at 2 ${thing} jobs`];
}
/** "shop work" where a step is asked: the kind of work they want, and a step to find it asked for. */
export const whatToDoForWork = (kind: string) => `Thank you. What is one thing you will do to find ${kind} work? Tap an idea, or type your own.`;
export const stepIdeasForWork = (kind: string): string[] => [`Look at 2 ${kind} jobs online`, `Ask 1 ${kind === 'shop' ? 'shop' : 'place'} if they need staff`];
/** Offered where a smaller step is asked: the client may keep theirs. */
export const keepMyStep = 'Keep my step';
export const stepKept = 'OK, we will keep your step as it is. You know best what you can do.';
export const explainStep = 'A step is one thing you can do soon. For example, one phone call, or one job advert to look at.';

/** Feedback as the goal takes shape: the step is clear, now how to tell it is done. */
export const thatIsClear = "That's clear.";
export const askHowYouWillKnow = 'How will you know you have done it? For example: 2 applications sent.';
export const explainHowMany = 'How many times will you do it? Pick a number, like 1 or 2.';
export const explainHowYouWillKnow = 'What will show that you did it? A number helps, like "2 applications sent" or "3 times this week".';
/** Ideas offered as buttons for "how many" or "how will you know it is done". */
export function measureIdeas(askedHowMany: boolean): string[] {
  return askedHowMany ? ['1', '2', '3'] : ['Once this week', '3 times this week', 'Every day'];
}
export const suggestMeasure = (idea: string) => `That is OK. Here is an idea: "${idea}". Tap it, or pick another.`;
export const usingSuggestion = (idea: string) => `Let us say "${idea}" for now. You can change it later.`;

export const explainWhen = 'Which day will you do it by? Tap a day, or type one, like "Friday" or "next Tuesday".';

export const yesKeepChoices: ChoiceOption<'yes' | 'keep'>[] = [
  { value: 'yes', label: yesFirstStep, synonyms: ['yes', 'y', 'ok', 'okay', 'sure', 'yeah', 'yep', 'i could'] },
  { value: 'keep', label: keepMyDate, synonyms: ['no', 'n', 'nope', 'keep', 'keep it', 'no thanks'] },
];
export const confirmChoices: ChoiceOption<'yes' | 'change'>[] = [
  { value: 'yes', label: confirmYes, synonyms: ['yes', 'y', 'right', 'thats right', 'correct', 'ok', 'okay', 'yeah', 'yep', ...SAVE_IT_WORDS] },
  { value: 'change', label: confirmChange, synonyms: ['no', 'n', 'change it', 'edit', 'wrong', 'not right'] },
];
export const confidenceButtons = Array.from({ length: 10 }, (_, i) => String(i + 1));

/** "alright" alone: asked once, clearly, before anything goes into the plan. */
export const alrightAtReadBack = 'Just to check before I add this goal to your plan. Tap "Yes" to add it, or "Change" to change something.';
/** "did it 🙌" at the read-back: the news heard, and the step marked done only if the client says so. */
export const askToMarkDone = (step: string) => `Well done for doing that! Shall I mark "${step}" as done?`;
export const markDoneChoices: ChoiceOption<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes, mark it done', synonyms: ['yes', 'y', 'yeah', 'yep', 'aye', 'ok', 'okay', 'mark it done', 'please', 'yes please'] },
  { value: 'no', label: 'No, not yet', synonyms: ['no', 'n', 'nope', 'nah', 'nae', 'not yet', 'no thanks', 'leave it'] },
];
export const willMarkDone = (step: string) => `OK. When this goal is in your plan, I will mark "${step}" as done and keep what you told me.`;
export const notMarkedDone = 'OK. I will leave the step as it is.';
/** News of a step done, where the words name neither of the two steps. */
export const askWhichStepDone = 'Well done! Which step did you do?';
export const whichStepDoneNotCaught = 'Sorry, I did not catch which step. Tap one, or tap "Neither".';
export const neitherStep = 'Neither';
export const neitherSynonyms = ['neither', 'neither of them', 'none', 'none of them', 'no', 'not yet', 'nothing'];
export const stepMarkedDone = (step: string) => `I have marked "${step}" as done, with what you told me. Well done.`;
/** "they said come back in 2 weeks": a day said as news. The step moves only if the client says so. */
export const askToMoveTheStep = (step: string, day: string) => `Would you like me to move "${step}" to ${day}?`;
export const moveChoices: ChoiceOption<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes, move it', synonyms: ['yes', 'y', 'yeah', 'yep', 'ok', 'okay', 'move it', 'please', 'yes please'] },
  { value: 'no', label: 'No, keep the day', synonyms: ['no', 'n', 'nope', 'nah', 'keep it', 'keep the day', 'leave it', 'no thanks'] },
];
export const dayStaysAsItWas = 'OK. The day stays as it was.';
