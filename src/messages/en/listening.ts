// What the coach says when a reply is not an answer to the question on screen: it answers what
// was said (a feeling, a question, a hello), then asks its question again.
import type { CoachingWording } from '../../domain/coachingStyle.ts';
import type { CoachQuestion, HelpAsked } from '../../domain/questionHelp.ts';
import type { AnswerWorry } from '../../domain/reassuranceAsked.ts';

export const reflectLow: Record<CoachingWording, string> = {
  'warm-guided': [
    'That sounds really hard. Thank you for telling me.',
    'A lot of people feel like this when they look for work. It does not mean you have done anything wrong.',
    'We can take it one small step at a time.',
  ].join(' '),
  'self-directed': [
    'That sounds hard. Thank you for telling me.',
    'Looking for work can wear anyone down.',
    'Let us look at what you can do next.',
  ].join(' '),
};

export const worryHeard = 'Thank you for telling me what worries you. It helps me to know. Your adviser can help with it too.';

export const reflectGood = 'That is good to hear. I am glad.';

export const honestAboutBot = [
  'I am a chat bot. That is a computer program, not a person.',
  'Your adviser is a real person. They can see your plan.',
  'To reach them, type "talk to my adviser".',
].join(' ');

export const sayItAnotherWay = 'Sorry, I was not clear. Let me ask it another way.';
export const askAgainSimply = 'Here is my question again. You can tap a button or type a few words.';

export const helloAgain = 'Hello again!';
// To someone met today: "Hello again!" had greeted a brand-new client's first "hi".
export const helloToday = 'Hi there!';
/** A lone "sorry" in the middle of the questions: nothing to be sorry for. */
export const noNeedForSorry = 'There is no need to say sorry. You are doing fine.';
/** A hello, then hard news ("my nan was in hospital"): met kindly, and not asked about. */
export const hardNewsHeard = 'I am sorry you have had a hard time. Thank you for telling me.';
/** A hello after some days away. */
export const welcomeBackAfterAWhile = 'Welcome back! It is good to hear from you.';
/** Back at the menu with a step past its day: no blame, and a way to deal with it. */
/** `othersLate`: the client's other steps past their day, counted, not listed (one short catch-up). */
export function overdueStepNoted(step: string, day: string, othersLate = 0): string {
  if (othersLate === 0) return `Your step "${step}" was for ${day}. That is OK. Tap "Review my plan" when you are ready, and we can pick a new day.`;
  const others = othersLate === 1 ? '1 more step is past its day' : `${othersLate} more steps are past their day`;
  return `Your step "${step}" was for ${day}, and ${others}. That is OK. Tap "Review my plan" when you are ready, and we can pick new days.`;
}
/** A bare "yes" at "When do you start?": kindly asked for the day, not told "I didn't catch that date" (reviews, round twenty-seven). */
export const startDayAskedAgain = 'Thank you. What day do you start? You can type it, like "next Monday". If you have started already, tap "I already started". If you do not know yet, tap "Not sure yet".';
/** "not sure i can do this" where a goal or a step is asked: met kindly, and never kept as the step. */
export const selfDoubtHeard = 'It is normal to feel unsure. You do not have to do it all at once. We can pick something small that feels OK.';
export const youAreWelcome = 'You are welcome.';
/** A bare "ok" where a button is asked: a nod back, then the question as it was put. */
export const okThen = 'OK. Take your time.';
/** "sorry, i'd like to work in a shop, is that ok?": the answer is kept, and the worry answered first. */
export const thatIsFine = 'Yes, that is fine. Thank you.';
/** "sort of", "maybe" at "Have you had a paid job in the last two years?" (round twenty-four). */
export const paidWorkSortOf = 'That is OK. Any paid work counts, even a few hours, a short job or cash in hand. If you were paid for any work in the last two years, tap "Yes". If not, tap "No".';
/** "i helped at my aunties cafe but it wasnt paid, does that count?" there (round twenty-four). */
export const unpaidWorkHeard = 'Thank you. That is good experience, and I will ask about it next. This question is only about paid work. If you were not paid for any work in the last two years, tap "No".';
/** "doing ironing for neighbours" there: may be paid or a favour, so asked kindly (play-testing reviews, round twenty-six). */
export const workForPeopleHeard = 'Thank you for telling me. That is useful work. Do they pay you for it, even a little? If yes, tap "Yes". If it is a favour and not paid, tap "No".';
/** "not sure" at a question about what makes work harder. */
export const barrierUnsure = 'That is OK. If it makes getting or keeping a job a bit harder, tap "Yes". If not, tap "No". You can also tap "I\'d rather not say".';
/** "agree" or "de acord" at a barrier question (round twenty-one: it had been taken as a yes). */
export const agreeAtABarrier = 'Thank you. This question needs a yes or a no. If it makes getting or keeping a job a bit harder, tap "Yes". If not, tap "No".';
export const keepItKind = 'I can tell you are fed up. I am here to help, so let us keep it kind.';

export const jobLossHeard = 'I am sorry to hear about your job. Your adviser knows, and will help you with what comes next.';
/** Before consent nothing is kept or passed on, so the adviser does not know yet (play-testing, round fifteen). */
export const jobLossHeardBeforeConsent = 'I am sorry to hear about your job. That is a lot to deal with. Your adviser can help you with what comes next.';
export const startedWorkHeard = [
  'That is great news. Well done!',
  'Your adviser will want to hear about it. You can type "talk to my adviser" to tell them.',
].join(' ');
export const interviewHeard = 'Good luck with your interview! Getting ready for it could be one of your goals.';

export const questionHeard = 'That is a good question. I do not know the answer, but your adviser can help. Type "talk to my adviser" to ask them.';

export const tooLong = 'Thank you. That is a lot of words for me. Can you say it in one short sentence?';
export const notAName = 'I would like to call you by your name. Please type just your first name, or tap "Skip".';
export const dayNotAStep = 'Thank you. That sounds like a day. What will you do? A few words are fine, or tap one of the ideas.';
/** "they might ring back" where the client's own step is asked. */
export const someoneElsesStep = 'Thank you. That part is up to them. What is one thing you could do? A few words are fine.';
/** "i owe on my phone" at a barrier question: heard, and the question put plainly. */
export const barrierDetailHeard = 'Thank you for telling me. For this one, please tap "Yes", "No" or "I\'d rather not say".';
export const dayNotANextStep = 'Thank you. That sounds like a day. I will ask for the day in a moment. First, what will you do next? A few words are fine.';
/** A menu button's words typed while another question waits. */
export function menuWordsMidQuestion(label: string): string {
  return `Let us finish this question first. Then you can tap "${label}" on the menu. To stop now, type "cancel".`;
}
/** "didnt get round to it, kids were ill" where a step is asked: heard, and not kept as the step. */
export const notDoneWhereAStepIsAsked = 'That is OK. Things get in the way. Let us pick a step that fits your week.';
/** "actually no, change it": how to start again, truthfully. */
export const redoHeard = 'OK. To start this again, type "cancel". Or answer the question below in new words.';
export const changeWordsMidQuestion = 'Let us finish this question first. Then type "change my plan" to move a step or take it off.';
/** "ive been ill" where a button is asked: news of their health, not a question to pass on. */
export const healthNewsHeard = 'I am sorry to hear that. I hope you feel better soon. If your health makes your steps harder, your adviser can help. Type "talk to my adviser".';
/** "What is a SMART goal?": what it is, in plain words, before the question again. */
/** "whats a cv": a job-search word, said plainly (round twenty-two). The question is asked again after it. */
export const jobSearchWordMeanings = {
  cv: 'A CV is one or two pages about you: the jobs you have done, your skills and how to contact you. You give it to employers. Your adviser can help you write one.',
  'cover-letter': 'A cover letter is a short letter you send with your CV. It says why you want the job. Your adviser can help you write one.',
  reference: 'A reference is a note from someone who knows you, like a past boss or a teacher. It tells an employer what you are like at work.',
  dbs: 'A DBS check is a check an employer can ask for, to see if a person has a criminal record. Some jobs need one.',
} as const;
export const whatASmartGoalIs = [
  'SMART is a way to make a goal clear.',
  'It says what you will do, how you will know it is done, and by when.',
  'For example: "apply for 2 shop jobs by Friday".',
  'You do not need to know the word. I will help you with each part.',
].join(' ');
/** "got an email saying they rejected me. gutted": heard before any next step is asked for. */
export const rejectionHeard = [
  'I am sorry. Being turned down is hard, and it happens to almost everyone.',
  'It does not mean you are not good enough.',
  'When you are ready, we can think about what to do next.',
].join(' ');
/** How many questions are left, where that is known; '' when it is not. */
export function questionsLeftNote(left: number | undefined): string {
  if (left === undefined || left < 1) return '';
  return left === 1 ? 'There is 1 question left.' : `There are about ${left} questions left.`;
}
/**
 * "honestly im knackered, can we be quick": it is OK to stop. `left`: the questions still to come
 * in the first questions, whose answers are kept as they go, so nothing is lost; undefined elsewhere.
 */
export function tiredHeard(left: number | undefined): string {
  if (left === undefined) return 'That is OK. If you want to stop, just type "cancel". We can do this another time.';
  return [
    'That is OK. We can stop here and carry on another time.',
    'Just type "cancel", or come back when you like. Nothing you told me is lost.',
    questionsLeftNote(left),
  ].join(' ').trim();
}
/** "is this going to be long?" */
export const howLong = 'Not too long. The first questions take about 10 to 15 minutes, and most chats after that take a few. You can stop at any time by typing "cancel", and carry on later.';
export const moreTimeInTheReview = 'Yes, that is OK. We will pick a new day for it in a moment.';
export const goalInWords = 'That is OK. Tell me in a few words what you could do, or tap one of the ideas.';
/** "sometime", "soon" where a goal or step is asked: the day comes next. */
export const whenNotAStep = 'That is OK. We will pick a day after this. First, what could you do? A few words are fine, or tap one of the ideas.';
/** "same as before" where a goal or step is asked: the words go in the plan, so they are asked for again. */
export const sayItAgain = 'Thank you. Please tell me again in a few words, so your plan has it in your own words. Or tap one of the ideas.';
/** A strength typed where a job is asked: the skills question comes later in the same check. */
/** A pasted paragraph at the goal question: the words that say the work wanted are kept. */
export const keptFromLongWords = (kept: string): string => `Thank you. That is a lot of words, so I have kept this part: "${kept}".`;
/** "sorry, I'm not very good with these things": shy of the chat itself. */
export const notGoodWithThisHeard = 'That is fine. You do not need to be good with computers. We will go one step at a time. You can tap a button to answer, or type.';
/** "this is a lot", "im nervous about all this". */
export const feelingAboutTheQuestions = 'That is OK. Lots of people feel like that. There is no rush and no wrong answer. You can skip a question, or type "cancel" to stop and carry on later.';
/** "can i change my goal later?", "is this compulsory?": asked about the plan or the coach while a question waits. */
export const coachQuestionAnswers: Record<CoachQuestion, string> = {
  'change-later': 'Yes. You can change your goal or steps at any time. Type "change my plan", or we can change it at your next review.',
  // "how long will it take to get a job": no one can say, so nothing is promised.
  'finding-work-time': 'I cannot say. It is different for everyone. Small steps each week help, and your adviser can tell you what they see in your area.',
  'your-choice': 'It is your choice. You do not have to use me, and you can type "cancel" to stop at any time. Your adviser can tell you what you need to do for your benefits.',
  'more-goals': 'You can have more than one goal. One or two at a time is a good place to start. To add one, tap "Set a goal" on the menu.',
  // "is this saved?": yes, and where it is seen.
  saved: 'Yes. I keep your plan and your answers. You and your adviser can see your plan. Type "my plan" at any time to see it.',
  // "can it be any job?" at the goal question (play-testing): answered, then the question again.
  'any-goal': 'Yes. It can be any job, or any step toward work, like a course or your CV. Small is fine.',
};
/** "will employers see this?": said after who sees the answers (onboarding.ts, consentAnswers['who-sees']). */
export const employersNeverSee = 'An employer never sees them, unless you choose to show them.';
/** "what happens now?" at a question: what comes after it. */
export const whatHappensNext = 'Next, we finish these questions. Then we make your plan together, one small step at a time. Your adviser can see it too.';
/** "what kind of support is there?" at a question about what makes work harder. */
export const supportAtABarrier = 'Your adviser can help with this, or find someone who can. If it makes work harder for you, tap "Yes", and they will know to talk to you about it.';
/** "I agree to this plan" where a goal or a step is asked: never kept as one. */
export const agreeOnceGoalIsMade = 'Thanks. You can agree to your plan once this goal is in it.';
/** "is this saved?" at the consent question: nothing is kept until they say yes. */
export const savedOnlyWithConsent = 'Only if you say yes. Then I keep your answers and your plan, and your adviser can see them.';
/** "do i have to answer this?" at a question about what makes work harder. */
export const barrierYourChoice = 'It is your choice. If you would rather not answer, tap "I\'d rather not say".';
/** "what happens if i dont do it": no trouble from the coach, and the way to change the step. */
export const ifNotDone = 'You will not get in trouble with me. Plans change, and that is OK. If a step is too hard, we can make it smaller or move it. Just type "change my plan". Your adviser can tell you what it means for anything else.';
/** "carry on" typed where a question waits: the question again. */
export const carryingOn = 'OK. Let us carry on.';
/** "just want a job tbh" where a button or number was asked. */
export const wantingWorkHeard = 'I hear you. Getting you into work is what we are here for. This question helps us get there.';
/** "i dont know what job i want, is that bad?" where the job wanted is asked: reassured, with a way on. */
export const notKnowingAJobIsOk =
  'That is OK. Lots of people are not sure yet. We can work it out together. You can tap "Not sure yet", or tell me any kind of work you might like to try.';
/** Skills or languages listed where a button is asked: heard, before the question again. */
export const whatTheyKnowHeard = 'Thank you. It is good to know what you can do.';
export const strengthBeforeItsQuestion = 'That sounds like a real strength. There is a question about what you are good at too.';
/** "never had a job im 17" where something done for someone is asked: any task counts (play-testing, round thirteen). */
export const neverWorkedHeard = 'That is OK. It does not have to be a paid job. It could be something you did at home, at school, or for a friend. Or tap "Skip".';
/** "is it too late at my age?", "am i too young, im only 17": answered before the question again. */
export const ageAnswers = {
  old: 'It is not too late. People find new jobs at every age. An employer is not allowed to say no to you because of your age. Your adviser can help with this too.',
  young: 'You are not too young to work. Lots of people get their first job when they leave school. A few jobs have an age limit. Your adviser can tell you more.',
};
export const notAGoal = 'I am not sure that is a goal. What would you like to do or get? For example: "find a job in a shop".';

/** Said once a typed text has been cut to fit. */
export function cutNote(keptCharacters: number): string {
  return `That was long, so I kept the first ${keptCharacters} letters.`;
}

/** "what is this for exactly?": what the coach is for, in two short sentences. */
export const whatThisIsFor = 'I help you make a plan to find work, one small step at a time. Your answers help me and your adviser find the right help for you.';
/** "why do you need my name": the name question's own reason. */
export const whyYourName = 'So I know what to call you when we talk. A nickname is fine, or you can tap "Skip".';
/** "me deaf. english second language", "need interpreter BSL meeting". */
export const hearingNeedHeard = 'Thank you for telling me. We can do all of this in writing, and short words are fine. Your adviser can help you get a BSL interpreter for meetings and interviews.';
/** "sorry my english not so good". */
export const englishIsFine = 'That is OK. Short words are fine, and you can type in your own way. I will do my best to understand.';
/** "what do i press": how to answer, with buttons shown or without. */
export const howToAnswer = {
  buttons: 'You can tap one of the buttons under my question. Or you can type your answer.',
  typed: 'Just type your answer and send it. A few words are fine.',
};

/**
 * What was asked about the question on screen ("what does that mean", "what do i press", "my
 * english is not so good"), answered in plain words; the question is asked again after it.
 * `explanation`: the question in other words, where it has them.
 */
export function helpWithTheQuestion(asked: HelpAsked, explanation: string | undefined, buttons: boolean): string {
  const how = buttons ? howToAnswer.buttons : howToAnswer.typed;
  const otherWords = explanation ? `${sayItAnotherWay} ${explanation}` : null;
  switch (asked) {
    case 'purpose':
    case 'why-asked':
      return whatThisIsFor;
    case 'english':
      return englishIsFine;
    case 'how-to-answer':
      return otherWords ? `${otherWords} ${how}` : how;
    case 'meaning':
      return otherWords ?? `Sorry, I was not clear. ${how}`;
  }
}
/** "help w cv pls" at a barrier question: heard, and kept for the help question that comes later. */
const helpTopicWords = { cv: 'your CV', interviews: 'interviews', applications: 'application forms', 'finding-jobs': 'finding jobs' } as const;
export const helpAskedAtABarrier = (topic: keyof typeof helpTopicWords) =>
  `Yes, your adviser can help you with ${helpTopicWords[topic]}. Near the end, I will ask what help you would like most. First, this question:`;

/** A worry said after an answer ("..., is that bad?", "yes, does that matter?"): the answer is kept, and the worry answered first (round twenty-four). */
export const answerWorryReplies: Record<AnswerWorry, string> = {
  'is-that-ok': thatIsFine,
  'is-that-bad': 'No, it is not bad at all. Thank you for telling me. It helps us make a plan that fits you.',
  'does-it-matter': 'It will not stop you getting help. It helps me and your adviser make a plan that fits you.',
  'does-it-count': 'Yes, it counts. Thank you for telling me.',
  'puts-employers-off': 'Lots of people start out with little or no work history, or time out of work. Your adviser can help you show employers what you can do.',
  'worry-told': worryHeard,
  'too-old': ageAnswers.old,
  'too-young': ageAnswers.young,
  'is-it-real-work': 'Yes, people do work like that. We can find out more about it together, and your adviser can help too.',
};
