// What the self-assessment says. One question per message, short and kind; every question can
// be answered by typing, and the buttons are only shortcuts.
import type { Shared } from '../../domain/assessmentShared.ts';
import type { AssessmentAside } from '../../domain/assessmentAsides.ts';
import { type AssessmentQuestion, type CurrentAnswer } from '../../domain/assessmentQuestions.ts';
import { ASSESSMENT_STEPS, checkStepIndex, type AssessmentStepId } from '../../domain/assessmentSteps.ts';
import type { BarrierAnswer } from '../../domain/barriers.ts';
import { barrierAnswerLabels, barrierExplanation, barrierQuestion } from './barriers.ts';
import type { SupportMarker } from '../../domain/supportMarker.ts';
import { concernReflection } from './crisis.ts';
import type { WorkHeard, WorkWordsAtPaidWork } from '../../domain/workHistoryHeard.ts';
import type { EndingHeard } from '../../domain/jobEndedWords.ts';

export const assessmentIntro = [
  'Now I would like to get to know you, so we can make a plan that fits you.',
  'There are 8 short parts. I will ask one thing at a time.',
  'You can stop at any time. I will keep your place.',
].join('\n');

/** "start again" part way through: back to the first question, nothing lost. */
export const assessmentFromTheStart = 'OK. Let us go back to the first question. I have kept your answers. Tap "Keep it" to keep one as it is.';
export const assessmentWelcomeBack = 'Welcome back. Let us carry on from where we stopped.';

export const stepTitles: Record<AssessmentStepId, string> = {
  'job-goals': 'Jobs you would like',
  'work-history': 'Work you have done',
  'skills-strengths': 'What you are good at',
  preferences: 'How you like to work',
  contacts: 'People who could help',
  barriers: 'Things that make work harder',
  'support-wanted': 'Help you would like',
  confidence: 'How sure you feel',
};

/** Words people type for each part at "Which part would you like to change?" ("jobs", "my hours"). */
export const stepTitleWords: Record<AssessmentStepId, string[]> = {
  'job-goals': ['jobs', 'job', 'my jobs', 'the jobs', 'jobs i want', 'job i want', 'the job i want'],
  'work-history': ['work history', 'past work', 'my last job', 'work i have done', 'my work'],
  'skills-strengths': ['skills', 'my skills', 'strengths', 'what im good at'],
  preferences: ['hours', 'my hours', 'working hours', 'how i work', 'workplace', 'change my hours'],
  contacts: ['contacts', 'people', 'people who can help'],
  barriers: ['barriers', 'problems', 'things that get in the way'],
  'support-wanted': ['support', 'the help i want', 'help i want'],
  confidence: ['confidence', 'how sure i am'],
};
export const keepAnswersLabel = 'Keep it as it is';
export const keepAnswersWords = ['keep it', 'keep them', 'no thats all', 'thats all', 'nothing', 'none', 'no', 'oops', 'wrong button', 'oops wrong button', 'leave it'];
export const answersKept = 'OK. Your answers stay as they are.';

/** "Step 3 of 8" for stepIndex 2: the index counts from 0, the label from 1. */
export function progressLabel(stepIndex: number, total: number = ASSESSMENT_STEPS.length): string {
  checkStepIndex(stepIndex, total);
  return `Step ${stepIndex + 1} of ${total}`;
}

/** "Step 3 of 8: What you are good at". */
export const stepHeading = (stepIndex: number, step: AssessmentStepId): string => `${progressLabel(stepIndex)}: ${stepTitles[step]}`;

export const keepLabel = 'Keep it';
export const yesNoButtons = ['Yes', 'No'];

/** The button for a job not ended; work still going, typed ("i work at tesco nights"), is kept as this too. */
export const stillWorkThere = 'I still work there';
/** Ideas offered as buttons for a question answered in the client's own words. */
export const answerIdeas: Record<string, string[]> = {
  'how-it-ended': ['I left', 'Contract ended', 'Made redundant', 'I was let go', stillWorkThere],
};

/** The button that skips an optional question, in words that fit it. */
export function skipLabelFor(question: AssessmentQuestion): string {
  if (question.id === 'first-job') return 'Not sure yet';
  if (question.id === 'second-job' || question.id === 'third-job') return "No, that's all";
  if (question.id === 'contacts') return 'No one yet';
  return 'Skip';
}

const questionTexts: Record<string, string> = {
  'first-job': 'What kind of job would you like most? Just a few words is fine.',
  'first-job-reason': 'What makes you want that job?',
  'second-job': 'Is there another job you would like too? Type it, or tap "No, that\'s all".',
  'third-job': 'Is there one more job you would like? Type it, or tap "No, that\'s all".',
  'recent-work': 'Have you had a paid job in the last two years?',
  'last-job': 'What was your last job?',
  'how-it-ended': 'How did that job end? Tap one, or tell me in your own words.',
  'went-well': 'Think of a job, or a task you did for someone. What went well?',
  'not-well': 'And what did not go so well?',
  skills: 'What are you good at? For example: cooking, fixing things, or looking after people.',
  strengths: 'What would a friend say is good about you? For example: kind, on time, or a hard worker.',
  hours: 'How many hours a week would you like to work? Or what times suit you?',
  workplace: 'What kind of place would you like to work in? For example: outdoors, a small team, or somewhere quiet.',
  contacts: 'Who do you know who could help you find work? It could be family, friends, or a past boss.',
  'support-wanted': 'What help would you like most from me and your adviser?',
  confidence: 'How sure do you feel that you will find work, from 1 to 10? 1 is not sure at all. 10 is very sure.',
};

// Said after "what does that mean?" and before the question again: the same question, other words.
const questionExplanations: Record<string, string> = {
  'first-job': 'I mean: what work would you like to do? For example: shop work, driving, or care work.',
  'first-job-reason': 'I mean: why would you like that job? For example: you like people, or the hours suit you.',
  'second-job': 'I mean: is there another kind of job you would be happy to do?',
  'third-job': 'I mean: is there one more job you would be happy to do?',
  'recent-work': 'I mean: have you been paid for any work in the last two years? Yes or no is fine.',
  'last-job': 'I mean: what was the last job you were paid for? For example: cleaner at a school.',
  'how-it-ended': 'I mean: why did that job stop? For example: the contract ended, or you left.',
  'went-well': 'I mean: think of something you did well, at work or when you helped someone. What was it?',
  'not-well': 'I mean: what was hard, or what did you not like?',
  skills: 'I mean: what things can you do well? For example: driving, using a till, or caring for family.',
  strengths: 'I mean: what are you like as a person? For example: friendly, calm, or someone people can count on.',
  hours: 'I mean: how much would you like to work? For example: 16 hours a week, or only in school hours.',
  workplace: 'I mean: where would you be happy to work? For example: inside or outside, busy or calm.',
  contacts: 'I mean: is there anyone who might hear about jobs for you? For example: a friend or a neighbour.',
  'support-wanted': 'I mean: what would help you most? For example: help with a CV, or practice for interviews.',
  confidence: 'I mean: how likely is it that you will get a job? Pick a number. 1 means not likely. 10 means very likely.',
};

/** The question in other words, for a client who asks what it means. */
export function questionExplanation(question: AssessmentQuestion): string {
  if (question.barrier) return barrierExplanation(question.barrier);
  const text = questionExplanations[question.id];
  if (!text) throw new Error(`No other words for question ${question.id}`);
  return text;
}

// Said after "why do you need that?" and before the question again: why this question is asked.
const questionPurposes: Record<string, string> = {
  'first-job': 'So we can look for the kind of work you want. Your plan is built around it.',
  'first-job-reason': 'What you like about a job helps us find other jobs you might like too.',
  'second-job': 'More than one kind of job gives you more chances. One is fine too.',
  'third-job': 'More than one kind of job gives you more chances. It is fine to stop here.',
  'recent-work': 'So I know where you are starting from. There is no wrong answer.',
  'last-job': 'It shows what you can already do. That helps with your CV and with jobs to try.',
  'how-it-ended': 'So your adviser knows. They can help you talk about it at an interview.',
  'went-well': 'It helps us see what you are good at, so your plan can use it.',
  'not-well': 'So we can plan around what was hard, and your adviser can help with it.',
  skills: 'Your skills help us find jobs that fit you. They can go on your CV too.',
  strengths: 'What people like about you can go on your CV. It helps at interviews too.',
  hours: 'So we look for jobs with hours that work for you.',
  workplace: 'So we look for places where you would be happy to work.',
  contacts: 'Lots of people find work through someone they know. This helps us see who could help you.',
  'support-wanted': 'So your adviser and I give you the help you want most.',
  confidence: 'It helps me know how much help to give you. There is no wrong answer.',
};
const barrierPurpose = 'It helps your adviser know what might get in the way, so they can find help for it. You never have to say. Tap "I\'d rather not say" if you like.';

/** Why the question is asked, for a client who asks "why do you need that?". */
export function questionPurpose(question: AssessmentQuestion): string {
  if (question.barrier) return barrierPurpose;
  const text = questionPurposes[question.id];
  if (!text) throw new Error(`No reason given for question ${question.id}`);
  return text;
}

export const barriersIntro = [
  'Next I will name some things that can make work harder.',
  'Just tell me yes or no for each one.',
  'You never have to say. Tap "I\'d rather not say" if you like.',
].join('\n');

export function questionText(question: AssessmentQuestion): string {
  if (question.barrier) return barrierQuestion(question.barrier);
  const text = questionTexts[question.id];
  if (!text) throw new Error(`No words for question ${question.id}`);
  return text;
}

function describe(value: CurrentAnswer): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (typeof value === 'number') return `${value} out of 10`;
  return barrierAnswerLabels[value as BarrierAnswer] ?? String(value);
}

export const lastTimeYouSaid = (value: CurrentAnswer): string => `Last time you said: "${describe(value)}". Tap "Keep it" or type a new answer.`;
export const pickPartQuestion = 'Which part would you like to change?';
export const allPartsLabel = 'Go through it all';
export const profileUpdated = 'Thank you. I have updated your profile.';
export const numberRetry = 'Sorry, I didn\'t catch that. Please type one number from 1 to 10.';
export const textRetry = 'Sorry, I didn\'t catch that. Please type a few words, or tap a button.';
/** Where a job is asked and the words were no job ("yes", a sentence about something else). */
export const jobRetry = 'Thank you. I am not sure which job you mean. Please type the kind of work you would like, like shop work or driving. Or tap a button.';
/** Said after the same words missed twice at a job question, or "dunno" at the first (as buttons); "anything innit" has openToAnyJobIdeas, with "Any job". */
export const jobIdeasOffered = (skipLabel: string): string => `That is OK. Here are some kinds of work. Tap one, or tap "${skipLabel}".`;
export const jobIdeas = ['Shop work', 'Cleaning', 'Care work', 'Driving', 'Warehouse work'];
export const openToAnyJobIdeas = (anyJobLabel: string): string => `That is good. You are open to lots of jobs. Here are some kinds of work. Tap one, or tap "${anyJobLabel}".`;
/** "idk" where no button says "not sure" (a paid job, how sure): no answer is kept. */
export const unsureHeard = 'That is OK. We can leave that one for now.';
export const barrierRetry = 'Sorry, I didn\'t catch that. Please tap "Yes", "No" or "I\'d rather not say".';
export const yesNoRetry = 'Sorry, I didn\'t catch that. Please tap "Yes" or "No".';

/** Closing words that fit what the client chose to share: praise only for what was done. */
export const assessmentDoneFor: Record<Shared, string> = {
  most: 'Thank you. That is all the questions about you. You told me a lot, and that will help us make a good plan.',
  some: 'Thank you. That is all the questions about you. What you told me will help.',
  little: 'Thank you. That is all the questions for now. You can tell me more at any time. Just tap "Update my profile".',
};
/** When little was shared, the answers cannot say what help fits: the adviser will ask. */
export const supportLevelUnknown = 'Your adviser will talk with you about the help that suits you best.';
export const reasonAdded = 'Thank you. I have added that to why you want that job.';
/** "actually no care worker" at "What makes you want that job?": the job changed, then the reason asked again. */
export const jobChangedTo = (job: string) => `OK. I have changed the job to "${job}".`;
/** "I like quiet places" at the job question: kept for the workplace question, then the job asked again. */
export const workplaceHeard = 'Thank you. I have noted that as the kind of place you would like to work in. Now, the job itself.';
export const redundancyHeard = 'I am sorry that job ended that way. Your adviser can help you with what comes next.';

/** What the client hears about the marker: it sets how much help they get, never whether. */
export const supportLevelMessage: Record<SupportMarker, string> = {
  red: 'From what you told me, some extra help could be good for you. Your adviser can see this and will help.',
  amber: 'From what you told me, your adviser and I will keep in close touch.',
  green: 'From what you told me, you are in a good place to start.',
};

/**
 * "yes, might lose the flat" at a barrier question: the answer is kept, and the worry about a home
 * is said back, with who will help (the adviser is told, as for any housing worry).
 */
export function homeWorryHeard(reached: boolean): string {
  const told = reached ? 'I have let your adviser know, so they can help with this.' : 'I have kept this for your adviser, so they can help with this.';
  return `${concernReflection('home')} ${told}`;
}
/** "ok" or "no thanks" just after the coach heard a worry: it answers the offer of the adviser, not the question. */
export const offerReplyHeard = 'OK. Let us carry on.';
/** "I used to do admin but that was 12 years ago, I don't know if anyone would want me": the doubt answered, the job kept. */
export const jobDoubtHeard = (job: string): string =>
  `Lots of people go back to work after a long break. What you learned is still yours. Your adviser can help you get back into it. I have kept "${job}" as a job you would like.`;
/** A pasted paragraph that named the jobs: what was kept from it. */
export const jobsKeptFromLongWords = (titles: readonly string[]): string =>
  titles.length === 1 ? `Thank you. I have kept the job you named: "${titles[0]}".` : `Thank you. I have kept the jobs you named: ${titles.map((title) => `"${title}"`).join(' and ')}.`;
/** "I'm not sure anyone would want me after 10 years caring for my mum": the doubt answered before the job is asked again. */
export const beingWantedDoubtHeard =
  'Lots of people go back to work after a long break, and employers do take them on. What you did in that time counts too. Your adviser and I will help you.';
/** "I feel a bit lost, but office work is what I know": the feeling answered, and the job kept. */
export const feelingHeardJobKept =
  'Thank you for telling me how you feel. Lots of people feel like that at the start. We will take it one small step at a time. I have kept the job you named.';
/** "sort of, cash in hand" at "Have you had a paid job in the last two years?": kept as a yes. */
export const cashWorkCounts = 'Thank you. Cash in hand work counts as a paid job.';

/** Work still going, or caring, told at the work questions (listening round three): kept, and said so. */
export const workWordsKept: Record<WorkHeard, string> = {
  'still-in-work': 'Thank you. I have noted that you still work there.',
  caring: 'Thank you for telling me. Caring for someone is real work, and it takes a lot. I have noted it for your adviser.',
};
/** Said before "Have you had a paid job in the last two years?" is asked again (round three). */
export const workWordsHeard: Record<WorkWordsAtPaidWork, string> = {
  // "i want to work in a shop": not a yes and not a no.
  wish: 'It is good to hear what work you would like. Your adviser and I can help you get there. This question is about paid work you have done before.',
  counts: 'Yes, that counts. Any paid work counts, like agency work, zero hours, self-employed, or just a few hours.',
  study: 'Thank you. Your studies are good to know about. This question is only about paid work. If you had a paid job as well, even part time, tap "Yes". If not, tap "No".',
  'unplaced-gap': 'Thank you. Just think of the last two years. If you had any paid job in that time, tap "Yes". If not, tap "No".',
};

/** At "How did that job end?" (round four): "long story" said back to; then "i got ill", "got sacked", "i had a baby". */
export const howItEndedKeptPrivate = 'That is OK. You do not have to say why. Tap the one that fits, or tap "Skip".';
export const endingHeardWords: Record<EndingHeard, string> = {
  ill: 'I am sorry you were not well. Thank you for telling me.',
  hard: 'I am sorry that was hard. Thank you for telling me.',
  'let-go': 'Thank you for being honest. Lots of people lose a job. Your adviser can help you talk about it at an interview.',
  life: 'Thank you for telling me. Big changes in life often mean a job ends.',
};
/** "never used a computer" at "Using computers or phones": kept as a yes, and met kindly. */
export const newToComputersHeard = 'Lots of people are new to computers. Your adviser can help you learn, one step at a time.';

// Said about the questions themselves (src/domain/assessmentAsides.ts), then the question again.
// Listening round (December): "is this going on my record" had been kept as the hours wanted.
const asideWords = {
  record: 'Your answers do not go on a criminal record. Only your adviser can see them, or their team leader if your adviser is away. Nobody else can.',
  test: 'It is not a test. There are no right or wrong answers. Just tell me what is true for you.',
  stillHelped: 'Whatever you say, you still get help. There are no wrong answers. Your answers help us find the right help for you.',
  personal: 'That is fair. Some of these are personal. You never have to tell me.',
  whatFor: 'Good question.',
} as const;
/** How to leave a question unanswered, in the words of its buttons. */
export const wayOutOfABarrier = 'Tap "I\'d rather not say" if you like.';
export const wayOutBySkipping = 'Tap "Skip" if you like.';
export const wayOutNotSure = 'You can just say "not sure".';
/**
 * The reply to an aside: `wayOut` says how to leave this question unanswered; `left`, how many
 * questions are left counting this one; `purpose`, why this one is asked.
 */
export function assessmentAsideReply(aside: AssessmentAside, facts: { wayOut: string; left?: number; purpose?: string }): string {
  if (aside === 'record') return `${asideWords.record} ${facts.wayOut}`;
  if (aside === 'test') return asideWords.test;
  if (aside === 'still-helped') return asideWords.stillHelped;
  if (aside === 'personal') return `${asideWords.personal} ${facts.wayOut}`;
  if (aside === 'what-for') return facts.purpose ? `${asideWords.whatFor} ${facts.purpose}` : `${asideWords.whatFor} Your answers help me and your adviser find the right help for you.`;
  const left = facts.left === undefined ? '' : facts.left <= 1 ? ' This is the last one.' : ` There are about ${facts.left} left.`;
  return `I know it is a lot of questions. Thank you for sticking with it.${left} You can type "cancel" to stop, and I will keep your place.`;
}

/** One short question after a part answer, instead of the same question again (listening round, December). */
export const followUpQuestions = {
  // "kinda, a few shifts at my uncles cafe", "bits and bobs here and there".
  paid: 'Thank you. Were you paid for any of that work, even cash in hand?',
  // "depends on the day" at "How sure do you feel".
  'most-days': 'That is fair. It can change from day to day. On most days, what number would you give, from 1 to 10?',
} as const;
/** "not really, im shy around new ppl" at "Feeling confident": a no, and then the very thing asked about. */
export const barrierCheck = (label: string): string =>
  `Thank you for telling me. Just to check, about "${label}": does this make it hard for you to get or keep a job? You can say yes, no, or that you would rather not say.`;
