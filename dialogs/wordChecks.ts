// What the words alone say, before the intent model is asked: one row per kind of reply that is
// not an answer to the question on screen, in the order they are tried. The first row that hears
// the words wins: it gives the reply to send ({ reply }), or says the words are an answer after all
// ('answer'). hearNonAnswer (dialogs/listening.ts) tries these rows first.
import {
  asksForMoreTime,
  asksHowLong,
  asksWhatIfNotDone,
  feelsAboutTheQuestions,
  isBareAcknowledgement,
  justWantsWork,
  looksLikeGibberish,
  MAX_GOAL_LENGTH,
  namesAStepToTake,
  saysAStrength,
  saysTheyAreNotGoodWithThis,
  saysTheyWereTurnedDown,
  wantsItShort,
} from '../src/domain/textChecks.ts';
import { nameOpening, statesAName } from '../src/domain/nameWords.ts';
import { asksForHelpWith, isOpenToAnyJob } from '../src/domain/assessmentAnswers.ts';
import { normaliseAnswer, parseChoice, type ChoiceOption } from '../src/domain/answers.ts';
import { menuChoices, type MenuChoice } from '../src/messages/en/menu.ts';
import { agreesToThePlan, asksToChangeThePlan, asksToRedoTheAnswer, isNotAGoal, saysNotDone, isOnlyADate, isOnlyATimeSpan, isOnlyAVagueTime, pointsBack } from '../src/domain/goalWords.ts';
import { isSomeoneElsesStep } from '../src/domain/smartOwners.ts';
import { asksAboutCashWork, asksOrWorriesAboutBenefits, asksWhoSeesAnswers, consentQuestionOf } from '../src/domain/benefitWorries.ts';
import { asksHowLongAnswersAreKept, asksWhatASmartGoalIs, asksWhoHasAccess, coachQuestionOf, helpAskedFor, type CoachQuestion, type KeptFor } from '../src/domain/questionHelp.ts';
import { asksIfNoCodeIsOk, codeTriedIn, readCodeReply } from '../src/domain/inviteCodeWords.ts';
import { tellsOfAHearingNeed } from '../src/domain/communicationNeeds.ts';
import { listsWhatTheyKnow } from '../src/domain/intentGuards.ts';
import { doubtsAJob, doubtsBeingWanted, jobsNamedInLongWords } from '../src/domain/jobWanted.ts';
import { asksIfNotKnowingIsOk } from '../src/domain/unsureOfAJob.ts';
import { dayCorrection, isTentativeAnswer } from '../src/domain/goalAnswerWords.ts';
import { isAgreeAtABarrier, isUnsureOfABarrier } from '../src/domain/barrierTopics.ts';
import { saysSortOf, tellsOfUnpaidWork } from '../src/domain/paidWorkAnswers.ts';
import { tellsOfWorkForPeople } from '../src/domain/workForPeople.ts';
import { tellsOfAnInterview } from '../src/domain/interviewNews.ts';
import { saysNoMoreSteps } from '../src/domain/reviewWords.ts';
import { helpAskedWith } from '../src/domain/helpWantedWords.ts';
import { asksWhatAJobSearchWordIs } from '../src/domain/jobSearchWordQuestions.ts';
import { saysMannersBeforeAnAnswer } from '../src/domain/politeWords.ts';
import { saysWhatGotInTheWay } from '../src/domain/inTheWayWords.ts';
import { asksAboutTheirAge, goalBeforeAWorry, saysTheyHaveNeverWorked } from '../src/domain/workHistoryWords.ts';
import { askAgainInOwnWords, askFirstStep, askOneStep, askSmallerStep, askStepAgain, askWhatToWorkOn } from '../src/messages/en/smartGoal.ts';
import { smallerStepAnswer } from '../src/domain/smallerStepAnswers.ts';
import { saysCarryOn } from '../src/domain/safetyWindow.ts';
import { doubtsTheyCanDoIt } from '../src/domain/selfDoubtWords.ts';
import * as say from '../src/messages/en/listening.ts';
import { codeNotFoundIn, codeReplies, consentAnswers, deleteItSooner, howLongKept } from '../src/messages/en/onboarding.ts';
import { cashWorkAsked } from '../src/messages/en/specialist.ts';
import { beingWantedDoubtHeard, workWordsHeard } from '../src/messages/en/selfAssessment.ts';
import { workWordsAtPaidWork } from '../src/domain/workHistoryHeard.ts';

/** What the question on screen expects: a button's answer, a name, a goal, or free words. */
export type Expecting = 'choice' | 'name' | 'goal' | 'words';
/** What the question is about, where that changes what counts as an answer. */
export type AskedAbout = 'consent' | 'plan-words' | 'next-step' | 'job-wanted' | 'job-reason' | 'barrier' | 'invite-code' | 'review' | 'work-history' | 'work-problem' | 'help-wanted';

/**
 * `words`: the question as shown; `explanation`: the same question in other words, where it has
 * them; `purpose`: why it is asked; `questionsLeft`: how many of the first questions are still to
 * come, where that is known; `keptFor`: how long answers are kept (undefined: not known here).
 */
export type QuestionOnScreen = {
  expecting: Expecting;
  about?: AskedAbout;
  now: Date;
  timeZone: string;
  words?: string;
  explanation?: string;
  purpose?: string;
  questionsLeft?: number;
  keptFor?: KeptFor;
};
export type WordsHeard = { reply: string } | 'answer' | null;

const reply = (text: string | null | undefined | false): WordsHeard => (text ? { reply: text } : null);
const answerIf = (yes: boolean): WordsHeard => (yes ? 'answer' : null);
const stepWords = (about?: AskedAbout) => about === 'plan-words' || about === 'next-step';

export const WORD_CHECKS: ReadonlyArray<{ hears: string; check: (said: string, q: QuestionOnScreen) => WordsHeard }> = [
  // Play-testing, round sixteen: "I think it's LINDA7 or something, I'm not sure" had the low-mood reply; the code is tried and said back.
  { hears: 'a code tried inside words, at the code question', check: (said, q) => reply(q.about === 'invite-code' && codeTriedIn(said) !== null && codeNotFoundIn(codeTriedIn(said)!)) },
  // Play-testing, round nineteen: "sorry I dont have one, is that ok?" had what a code is, again; the dialog reassures and moves on.
  { hears: 'no code, asking if that is ok', check: (said, q) => answerIf(q.about === 'invite-code' && asksIfNoCodeIsOk(said)) },
  // Play-testing, round nineteen: "me deaf. english second language. ok?" had "didn't catch that"; said with a yes at a barrier question, it is the answer.
  { hears: 'deaf, or needing an interpreter', check: (said, q) => reply(q.expecting !== 'words' && tellsOfAHearingNeed(said) && say.hearingNeedHeard) },
  // Play-testing, round twenty: "help w cv pls" at a barrier question had the barrier explained again.
  { hears: 'help asked for, at a barrier question', check: (said, q) => reply(q.about === 'barrier' && helpAskedWith(said) !== null && say.helpAskedAtABarrier(helpAskedWith(said)!)) },
  { hears: 'a question about consent, asked at consent', check: (said, q) => reply(q.about === 'consent' && withHowLong(consentAnswers[consentQuestionOf(said)!], said, q)) },
  // Play-testing, round twenty: "Good morning. I do apologise, I am not very used to this. Yes, that is fine." had the low-mood reply; the yes after the manners is the answer.
  { hears: 'manners, then an answer, where a button is asked', check: (said, q) => answerIf(q.expecting === 'choice' && saysMannersBeforeAnAnswer(said)) },
  // Play-testing, round sixteen: "Hello, sorry, I'm not very good with these things" at consent had "didn't catch that".
  { hears: 'shy of the chat, where a button or a name is asked', check: (said, q) => reply(((q.expecting === 'choice' && q.about !== 'barrier') || q.expecting === 'name') && saysTheyAreNotGoodWithThis(said) && say.notGoodWithThisHeard) },
  { hears: 'who sees my answers', check: (said, q) => reply(asksWhoSeesAnswers(said) && withHowLong(consentAnswers['who-sees'], said, q)) },
  // Play-testing, round thirteen: "no that is all thank you" at "one more job?" had "You are welcome."
  { hears: 'no more jobs, where another job is asked', check: (said, q) => answerIf(q.about === 'job-wanted' && ASKS_ANOTHER_JOB.test(q.words ?? '') && saysNoMoreSteps(said)) },
  // Play-testing, round sixteen: a job said with a doubt, or named in a pasted paragraph, is the answer; the dialog answers the doubt and says back what it kept.
  { hears: 'a job with a doubt, or jobs named in long words, where a job is asked', check: (said, q) => answerIf(q.about === 'job-wanted' && (doubtsAJob(said) || (said.length > MAX_GOAL_LENGTH && jobsNamedInLongWords(said) !== null))) },
  { hears: 'a worry about their age', check: (said, q) => reply(q.expecting !== 'name' && ageAnswer(said)) },
  // Play-testing, round seventeen: "I'm not sure anyone would want me after 10 years caring for my mum" had "I am not sure which job you mean".
  { hears: 'a doubt about being wanted, where a job is asked', check: (said, q) => reply(q.about === 'job-wanted' && doubtsBeingWanted(said) && beingWantedDoubtHeard) },
  // "start the job on monday but im scared ill mess it up": the goal, its worry answered as it is kept (smartGoalDialog.ts).
  { hears: 'a goal or step with a worry after it', check: (said, q) => answerIf((AIM_QUESTIONS.has(q.words ?? '') || STEP_QUESTIONS.has(q.words ?? '')) && goalBeforeAWorry(said) !== null) },
  // "yes", "not sure", "no its ok" at "What is a smaller first step?" had looped on "Tell me in a few words"; the step is kept.
  { hears: 'the step kept, where a smaller one is asked', check: (said, q) => answerIf(SMALLER_STEP_QUESTIONS.has(q.words ?? '') && smallerStepAnswer(said) !== null) },
  // "never had a job im 17" at "What went well?" had been kept as what went well.
  { hears: 'never worked, where a task done is asked', check: (said, q) => reply(q.about === 'work-history' && q.expecting !== 'choice' && ASKS_WENT_WELL.test(q.words ?? '') && saysTheyHaveNeverWorked(said) && say.neverWorkedHeard) },
  // Play-testing: "how long do you keep it?" at consent was never answered.
  { hears: 'how long answers are kept', check: (said, q) => reply(q.keptFor !== undefined && asksHowLongAnswersAreKept(said) && howLongReply(said, q.keptFor)) },
  // "carry on" once the safety window had closed had been kept as a plan's step (play-testing).
  { hears: 'carry on, said after the safety window', check: (said) => reply(saysCarryOn(said) && say.carryingOn) },
  { hears: 'a pasted page or mashed keys where a name or goal is kept', check: (said, q) => reply(wallOrMash(said, q.expecting)) },
  { hears: "the menu's own labels", check: (said, q) => reply(menuWordsReply(said, q)) },
  // Before the plan-change and how-long rows: "can i change my goal later?", "how long will it take to get a job".
  { hears: 'a question about the plan or the coach', check: (said, q) => reply(q.expecting !== 'name' && coachQuestionReply(coachQuestionOf(said), q)) },
  // "move my cv step to friday" where a button is asked: kept for after it, never read as a pick.
  { hears: 'the answer just given, taken back', check: (said) => reply(asksToRedoTheAnswer(said) && say.redoHeard) },
  { hears: 'words that change the plan, at a button', check: (said, q) => reply(q.expecting === 'choice' && asksToChangeThePlan(said) && say.changeWordsMidQuestion) },
  { hears: 'more time, asked in a review', check: (said, q) => reply(q.about === 'review' && asksForMoreTime(said) && say.moreTimeInTheReview) },
  { hears: 'what a SMART goal is', check: (said) => reply(asksWhatASmartGoalIs(said) && say.whatASmartGoalIs) },
  // Play-testing, round twenty-two: "whats a cv" at a barrier question had "Sorry, I didn't catch that".
  { hears: 'what a job-search word means', check: (said) => reply(asksWhatAJobSearchWordIs(said) !== null && say.jobSearchWordMeanings[asksWhatAJobSearchWordIs(said)!]) },
  // Listening round three: "i want to work in a shop", "does agency work count?", "im at college" at the paid-work question: answered, then asked again.
  { hears: 'a wish for work, study, a gap, or a kind of work asked about, where paid work is asked', check: (said, q) => reply(q.about === 'work-history' && q.expecting === 'choice' && workWordsAtPaidWork(said) !== null && workWordsHeard[workWordsAtPaidWork(said)!]) },
  // Play-testing: "What is this for exactly?" and "sorry my english not so good" had "That sounds
  // really hard", "what do i press" the question again with nothing explained.
  { hears: 'what the question means or is for, how to answer it, or English not so good', check: (said, q) => reply(helpWithTheQuestion(said, q)) },
  // Play-testing: "got paid cash in hand, is that a problem?" had "Sorry, I was not clear".
  { hears: 'a question about work paid in cash', check: (said) => reply(asksAboutCashWork(said) && cashWorkAsked) },
  // A benefits worry typed at the code question is answered by the safety check's hand-over, not told it is no code.
  // Play-testing, round eleven: "how long will this take?" and "do i have to answer all of these?" had what a code is; they have their own rows.
  { hears: 'words about the invite code', check: (said, q) => reply(q.about === 'invite-code' && !asksOrWorriesAboutBenefits(said) && !asksHowLong(said) && codeReplies[readCodeReply(said)!]) },
  { hears: 'a name, however it is said', check: (said, q) => answerIf(q.expecting === 'name' && (statesAName(said) || nameOpening(said) !== null)) },
  // "anything" where the job is asked: open to any work, an answer (it had had "let us keep it kind").
  { hears: 'open to any job', check: (said, q) => answerIf(q.about === 'job-wanted' && isOpenToAnyJob(said)) },
  // Play-testing, round eighteen: "Mathematics, planning, I am speaking Arabic and Farsi" at a yes/no question had the low-mood reply.
  { hears: 'skills or languages listed, where a button is asked', check: (said, q) => reply(q.expecting === 'choice' && q.about !== 'barrier' && q.about !== 'consent' && listsWhatTheyKnow(said) && say.whatTheyKnowHeard) },
  { hears: 'wanting work, where a button or number is asked', check: (said, q) => reply(q.expecting === 'choice' && justWantsWork(said) && say.wantingWorkHeard) },
  // Play-testing: "what happens if i dont do it" after a reminder got the menu again.
  { hears: 'what happens if a step is not done', check: (said) => reply(asksWhatIfNotDone(said) && say.ifNotDone) },
  { hears: 'a feeling about the questions themselves', check: (said) => reply(feelsAboutTheQuestions(said) && say.feelingAboutTheQuestions) },
  // Tired alone ("im knackered") is an answer in a review, where how it felt is asked; at the menu
  // or a button it is a feeling, unless the first questions are under way.
  { hears: 'wanting it short, or tired now', check: (said, q) => reply(wantsItShort(said, tiredIsNoAnswer(q)) && say.tiredHeard(q.questionsLeft)) },
  { hears: 'how long this takes', check: (said, q) => reply(asksHowLong(said) && [say.howLong, say.questionsLeftNote(q.questionsLeft)].join(' ').trim()) },
  // Where a button or a step is asked; "What happened?" in a review has it as its answer.
  { hears: 'news of being turned down', check: (said, q) => reply((q.expecting === 'choice' || stepWords(q.about)) && saysTheyWereTurnedDown(said) && say.rejectionHeard) },
  // "got an interview on thursday!" had been kept as the goal itself (play-testing).
  { hears: 'news of an interview, where a goal or a step is asked', check: (said, q) => reply(q.expecting === 'goal' && tellsOfAnInterview(said) && say.interviewHeard) },
  // "not sure" at "Does this make it hard...?" is no answer, but had met "didn't catch that" each time (play-testing).
  { hears: 'a button word from another question, at a barrier question', check: (said, q) => reply(q.about === 'barrier' && isAgreeAtABarrier(said) && say.agreeAtABarrier) },
  // Round twenty-four: "sort of", "maybe" at "Have you had a paid job...?" had "didn't catch that", again and again.
  { hears: 'a half yes, where paid work is asked', check: (said, q) => reply(q.about === 'work-history' && q.expecting === 'choice' && saysSortOf(said) && say.paidWorkSortOf) },
  { hears: 'unpaid work, where paid work is asked', check: (said, q) => reply(q.about === 'work-history' && q.expecting === 'choice' && tellsOfUnpaidWork(said) && say.unpaidWorkHeard) },
  { hears: 'small jobs for people, where paid work is asked', check: (said, q) => reply(q.about === 'work-history' && q.expecting === 'choice' && tellsOfWorkForPeople(said) && say.workForPeopleHeard) },
  { hears: 'unsure, at a barrier question', check: (said, q) => reply(q.about === 'barrier' && isUnsureOfABarrier(said) && say.barrierUnsure) },
  // Play-testing, round fourteen: "i dont know what job i want, is that bad?" had "Sorry, I was not clear".
  { hears: 'unsure what job, and asking if that is all right', check: (said, q) => reply(q.about === 'job-wanted' && asksIfNotKnowingIsOk(said) && say.notKnowingAJobIsOk) },
  // Said ahead of its question: heard, and not kept as a job they want.
  { hears: 'a strength, where a job is asked', check: (said, q) => reply(q.about === 'job-wanted' && saysAStrength(said) && say.strengthBeforeItsQuestion) },
  // Play-testing 2026-12-08: "honestly im not sure i can do this" at "What would you like to try?" had been kept as the step.
  { hears: 'a doubt about managing it at all, where a goal or a step is asked', check: (said, q) => reply((q.expecting === 'goal' || stepWords(q.about)) && doubtsTheyCanDoIt(said) && !namesAStepToTake(said) && say.selfDoubtHeard) },
  // Play-testing found "sometime" kept as a step and "same as before" as a goal; before the row below.
  { hears: 'a vague when, where a step is asked', check: (said, q) => reply(q.about === 'plan-words' && isOnlyAVagueTime(said) && say.whenNotAStep) },
  { hears: 'words pointing back, where a step is asked', check: (said, q) => reply(q.about === 'plan-words' && pointsBack(said) && say.sayItAgain) },
  // Play-testing, round twenty: "I HAD EXAMS" at "What will you do about retail?" had been kept as the step.
  { hears: 'a step not done, or what got in the way, where a new step is asked', check: (said, q) => reply(q.about === 'plan-words' && (saysNotDone(said) || saysWhatGotInTheWay(said)) && say.notDoneWhereAStepIsAsked) },
  { hears: 'agreeing to the plan, where a goal or a step is asked', check: (said, q) => reply(q.about === 'plan-words' && agreesToThePlan(said) && say.agreeOnceGoalIsMade) },
  { hears: 'not a goal, where a step is asked', check: (said, q) => reply(q.about === 'plan-words' && isNotAGoal(said) && say.goalInWords) },
  { hears: "someone else's step", check: (said, q) => reply(stepWords(q.about) && isSomeoneElsesStep(said) && say.someoneElsesStep) },
  {
    hears: 'only a day, where a step is asked',
    check: (said, q) => reply(stepWords(q.about) && onlyADay(said, q) && (q.about === 'next-step' ? say.dayNotANextStep : say.dayNotAStep)),
  },
  { hears: 'a span of time, where a step is asked', check: (said, q) => reply(stepWords(q.about) && isOnlyATimeSpan(said) && say.whenNotAStep) },
  // "get a retail job?", "apply to tesco?": an unsure answer, not a question (a question had been heard every time).
  { hears: 'a goal or step said with a question mark', check: (said, q) => answerIf((stepWords(q.about) && isTentativeAnswer(said)) || (q.about === 'job-wanted' && isTentativeAnswer(said, { job: true }))) },
  { hears: 'a few words said with a question mark, where a few are asked', check: (said, q) => answerIf(q.expecting === 'words' && q.about === undefined && isTentativeAnswer(said, { short: true })) },
  // "how do i do a cv" at "What help would you like most?" is the help they want.
  { hears: 'help asked for, where the help wanted is asked', check: (said, q) => answerIf(q.about === 'help-wanted' && asksForHelpWith(said)) },
  // Play-testing, round twelve: "yes" at "What makes you want that job?" was kept as the reason.
  { hears: 'a bare yes, no or ok, where a reason is asked', check: (said, q) => reply(asksForAReason(q) && isBareYesOrNo(said) && reasonAskedAgain(q)) },
  // Last: a nod ("ok", "cool") where a button is asked, when nothing else heard it.
  { hears: 'a bare ok, where a button is asked', check: (said, q) => reply(q.expecting === 'choice' && q.about === undefined && isBareAcknowledgement(said) && say.okThen) },
];

function ageAnswer(said: string): string | null {
  const age = asksAboutTheirAge(said);
  return age ? say.ageAnswers[age] : null;
}

const AIM_QUESTIONS: ReadonlySet<string> = new Set([...Object.values(askWhatToWorkOn), askAgainInOwnWords]);
const SMALLER_STEP_QUESTIONS: ReadonlySet<string> = new Set(Object.values(askSmallerStep));
const STEP_QUESTIONS: ReadonlySet<string> = new Set([...Object.values(askOneStep), ...Object.values(askFirstStep), ...SMALLER_STEP_QUESTIONS, askStepAgain]);
const ASKS_ANOTHER_JOB = /\b(?:another|one more) job\b/i;
const ASKS_WENT_WELL = /\bwhat went well\b/i;

/** "by the end of the month", or where a goal's words are asked, "actually no make it thursday". */
function onlyADay(said: string, q: QuestionOnScreen): boolean {
  const context = { now: q.now, timeZone: q.timeZone };
  return isOnlyADate(said, context) || (q.about === 'plan-words' && dayCorrection(said, context) !== null);
}

// "What makes you want that job?", "Why would you like it?": a reason is asked, in free words.
const ASKS_WHY = /\b(?:what makes you|what made you|why (?:do|did|would|are|were) you)\b[^?]*\?\s*$/i;
// "yes", "no", "ok", "yeah ok", "nah not really": a yes, a no or a nod, and nothing else.
const BARE_YES_OR_NO =
  /^(?:(?:yes|yeah|yea|yep|yup|ye|yeh|yh|ya|y|aye|no|nope|nah|na|n|not really|ok|okay|okey|k|kk|sure|fine|alright|right|cool|i guess|i suppose|i think so|i do|please|then|go on|lol|haha)\s*)+$/;

function asksForAReason(q: QuestionOnScreen): boolean {
  return q.expecting === 'words' && ASKS_WHY.test(q.words ?? '');
}

function isBareYesOrNo(said: string): boolean {
  return isBareAcknowledgement(said) || BARE_YES_OR_NO.test(normaliseAnswer(said));
}

/** The question in other words, where it has them; else asked again simply. */
function reasonAskedAgain(q: QuestionOnScreen): string {
  return q.explanation ? `${say.sayItAnotherWay} ${q.explanation}` : say.askAgainSimply;
}

/** The first row that hears the words, or null. */
export function hearWords(said: string, question: QuestionOnScreen): WordsHeard {
  for (const { check } of WORD_CHECKS) {
    const heard = check(said, question);
    if (heard) return heard;
  }
  return null;
}

// The menu's own labels, typed while another question waits: "review my plan" had been kept as a
// plan's first step. Labels only: the menu's looser words ("i had an interview") can be answers.
const MENU_LABELS: ChoiceOption<MenuChoice>[] = menuChoices.map(({ value, label }) => ({ value, label }));

/** A menu button's label, typed ("Review my plan"). */
export const namesAMenuButton = (said: string): boolean => parseChoice(said, MENU_LABELS, { byPosition: false }) !== null;

function menuWordsReply(said: string, q: QuestionOnScreen): string | null {
  const choice = parseChoice(said, MENU_LABELS, { byPosition: false });
  // "Talk to my adviser" works everywhere already; "set a goal" at a goal question is its answer.
  if (!choice || choice === 'talk-to-adviser') return null;
  // Not at "What kind of job would you like?": "Set a goal" there had been kept as a job (round nineteen).
  if (choice === 'set-goal' && q.about !== 'job-wanted' && (q.expecting === 'goal' || q.about === 'plan-words')) return null;
  return say.menuWordsMidQuestion(MENU_LABELS.find((option) => option.value === choice)!.label);
}

/**
 * The question on screen explained, its purpose told, or the client's English heard as fine. Where
 * the question asks about English ("Speaking or reading English") or for free words, saying it can
 * be the answer.
 */
function helpWithTheQuestion(said: string, q: QuestionOnScreen): string | null {
  const asked = helpAskedFor(said, `${q.words ?? ''} ${q.explanation ?? ''}`);
  if (!asked) return null;
  if (asked === 'english' && (q.expecting === 'words' || (q.about === 'barrier' && /\benglish\b/i.test(q.words ?? '')))) return null;
  if ((asked === 'purpose' || asked === 'why-asked') && q.expecting === 'name') return say.whyYourName;
  // "why do you need that?": this question's own reason, where it has one.
  if (asked === 'why-asked' && q.purpose) return q.purpose;
  // The code question has its own plain words for what a code is and what to tap.
  if (q.about === 'invite-code' && (asked === 'meaning' || asked === 'how-to-answer')) return codeReplies['asks-what'];
  return say.helpWithTheQuestion(asked, q.explanation, q.expecting === 'choice');
}

/** At a barrier question, whether they have to answer is told with its "I'd rather not say" button; at consent, nothing is kept yet. */
function coachQuestionReply(asked: CoachQuestion | null, q: QuestionOnScreen): string | null {
  if (!asked) return null;
  if (asked === 'saved' && q.about === 'consent') return say.savedOnlyWithConsent;
  return asked === 'your-choice' && q.about === 'barrier' ? say.barrierYourChoice : say.coachQuestionAnswers[asked];
}

/** A pasted page or keyboard mashing is never kept as a name or a goal. */
function wallOrMash(said: string, expecting: Expecting): string | null {
  if (expecting !== 'goal' && expecting !== 'name') return null;
  if (said.length > MAX_GOAL_LENGTH) return say.tooLong;
  if (!looksLikeGibberish(said)) return null;
  return expecting === 'goal' ? say.notAGoal : say.notAName;
}

/** A consent answer, with how long answers are kept when that was asked too. */
function withHowLong(answer: string | undefined, said: string, q: QuestionOnScreen): string | undefined {
  if (!answer || q.keptFor === undefined || !asksHowLongAnswersAreKept(said)) return answer;
  return `${answer} ${howLongKept(q.keptFor)}`;
}

/** How long answers are kept, with who sees them when that was asked too ("who will have access"). */
function howLongReply(said: string, keptFor: KeptFor): string {
  return asksWhoHasAccess(said) ? `${consentAnswers['who-sees']} ${howLongKept(keptFor)}` : `${howLongKept(keptFor)} ${deleteItSooner}`;
}

function tiredIsNoAnswer(q: QuestionOnScreen): boolean {
  return q.about !== 'review' && (q.expecting !== 'choice' || q.questionsLeft !== undefined);
}
