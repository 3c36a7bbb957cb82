// Every question hears what else was said. When a reply is not an answer to the question on
// screen (a feeling, a question, a hello, an insult), the coach answers what it is and then asks
// its question again; the words are never kept as the answer. The prompts call hearNonAnswer
// (dialogs/prompts.ts); the main dialog lends them the services for the turn (listenWith).
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { turnCoachingStyle } from '../src/bot/turnLookups.ts';
import { DEFAULT_COACHING_STYLE } from '../src/domain/coachingStyle.ts';
import { detectJobLoss } from '../src/domain/escalationRules.ts';
import { readStartedWork } from '../src/domain/inWork.ts';
import { asksForMoreTime, asksWhatWeMean, isUnsureAnswer, looksLikeGibberish, MAX_GOAL_LENGTH, saysAStrength, saysAWorry, saysTheyAreIll, asksHowLong } from '../src/domain/textChecks.ts';
import { nameFrom, nameOpening, statesAName } from '../src/domain/nameWords.ts';
import { isOpenToAnyJob } from '../src/domain/assessmentAnswers.ts';
import { asksForContact, asksPlainly, looksLikeAQuestion, speaksOfTelling, statesABenefitFact } from '../src/domain/intentGuards.ts';
import { understand, type Intent } from '../src/domain/understanding.ts';
import { parseChoice, type ChoiceOption } from '../src/domain/answers.ts';
import { menuChoices, type MenuChoice } from '../src/messages/en/menu.ts';
import { asksToChangeThePlan, isNotAGoal, isOnlyADate, isSomeoneElsesStep } from '../src/domain/goalWords.ts';
import { asksAboutBenefitConditions, asksWhoSeesAnswers, consentQuestionOf, mentionsMoneyOrBenefits } from '../src/domain/benefitWorries.ts';
import { raiseEscalation } from '../src/escalation/raiseEscalation.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from '../src/messages/en/listening.ts';
import { codeReplies, consentAnswers } from '../src/messages/en/onboarding.ts';
import { readCodeReply } from '../src/domain/inviteCodeWords.ts';
import { jobLossSaid } from '../src/messages/en/escalationDetails.ts';
import { handOverSpecialistQuestion } from './specialistQuestion.ts';
import { requestAdviser } from './talkToAdviser.ts';

/** What the question on screen expects: a button's answer, a name, a goal, or free words. */
export type Expecting = 'choice' | 'name' | 'goal' | 'words';
/** What the question is about, where that changes what counts as an answer. */
export type AskedAbout = 'consent' | 'plan-words' | 'next-step' | 'job-wanted' | 'barrier' | 'invite-code' | 'review' | 'work-history' | 'work-problem';

const SERVICES = Symbol('coach.listening.services');

export function listenWith(context: TurnContext, services: CoachServices): void {
  context.turnState.set(SERVICES, services);
}

// A choice the reply did not match: respond to what we recognise fairly well.
const CHOICE_CONFIDENCE = 0.45;
// Free text would be kept as the answer: only a clear non-answer is taken out. So is anything
// that tells the adviser (a job loss, a benefits question): a wrong guess there costs more.
const TEXT_CONFIDENCE = 0.6;
const ACTS_ON_IT: ReadonlySet<Intent> = new Set<Intent>(['job-lost', 'ask-benefits', 'ask-disclosure', 'want-adviser']);

const RESPONDED_TO: ReadonlySet<Intent> = new Set<Intent>([
  'feeling-low', 'feeling-good', 'ask-benefits', 'ask-disclosure', 'ask-is-human', 'ask-what-next', 'job-lost',
  'started-work', 'interview', 'want-adviser', 'thanks', 'greeting', 'abuse',
]);

/** The intents that are not an answer to each kind of free-text question. */
const NOT_AN_ANSWER: Record<Exclude<Expecting, 'choice'>, ReadonlySet<Intent>> = {
  name: new Set<Intent>(['feeling-low', 'feeling-good', 'ask-benefits', 'ask-disclosure', 'ask-is-human', 'ask-what-next', 'job-lost', 'started-work', 'interview', 'want-adviser', 'thanks', 'greeting', 'abuse', 'goal']),
  goal: new Set<Intent>(['feeling-low', 'feeling-good', 'ask-benefits', 'ask-disclosure', 'ask-is-human', 'ask-what-next', 'job-lost', 'started-work', 'want-adviser', 'thanks', 'greeting', 'abuse']),
  // Free words describe what happened and how it felt: "it was rubbish" or "my adviser helped me"
  // are answers. Only a question is taken out (see looksLikeAQuestion).
  words: new Set<Intent>(['ask-benefits', 'ask-disclosure', 'ask-is-human', 'ask-what-next']),
};

const FEELINGS: ReadonlySet<Intent | null> = new Set<Intent>(['feeling-low', 'feeling-good']);
const QUESTIONS: ReadonlySet<Intent> = new Set<Intent>(['ask-benefits', 'ask-disclosure', 'ask-is-human', 'ask-what-next']);

/**
 * A question is never an answer, even when it holds one's words: "what do you mean by Friday"
 * names a day but does not choose it. Choice prompts hear these before they parse.
 */
export function isClearQuestion(text: string, locale?: string): boolean {
  if (asksWhatWeMean(text)) return true;
  // Only a question mark makes the model's word enough: "do the sentences again" is a choice.
  if (!text.trim().endsWith('?')) return false;
  const heard = understand(text, { locale });
  return QUESTIONS.has(heard.intent) && heard.confidence >= TEXT_CONFIDENCE;
}

// The model's word is enough to start a goal from what was typed only when it is this sure; a
// goal is still confirmed before it is kept.
const GOAL_CONFIDENCE = 0.9;
const ASKS_FOR_A_GOAL = /\b(?:what|which|help|set|make|new|want|need|should|could|can|another|a)\b.*\bgoals?\b/i;

/**
 * Typed at the menu instead of a button: "apply for some jobs i guess" starts a goal from those
 * words ({ aim }); "what should my goal be" starts one from the first question ({}); anything
 * else is not about a goal (null).
 */
export function goalAtTheMenu(text: string, locale?: string): { aim?: string } | null {
  const said = text.trim();
  if (!said || said.length > MAX_GOAL_LENGTH) return null;
  const heard = understand(said, { locale });
  if (heard.intent === 'goal' && heard.confidence >= GOAL_CONFIDENCE && !looksLikeAQuestion(said) && !isNotAGoal(said)) return { aim: said };
  // Asking for one, not news of one: "i finished my goal" is for the review.
  return ASKS_FOR_A_GOAL.test(said) ? {} : null;
}

/**
 * "Do I have to?", "who sees it?": asked about the question on screen, heard before any answer
 * in the words ("no, what happens if i say no") is taken, so consent is given knowing the answer.
 */
export function asksAboutTheQuestion(text: string, about?: AskedAbout): boolean {
  return about === 'consent' && consentQuestionOf(text) !== null;
}

/**
 * Answers a reply that is not an answer. For a choice, call it after the answer failed to parse;
 * for free text, before keeping it. True when it answered: the question should then be asked
 * again as it was (not with "didn't catch that"), and the reply not kept.
 */
export async function hearNonAnswer(context: TurnContext, text: string, expecting: Expecting, explanation?: string, about?: AskedAbout): Promise<boolean> {
  const services = context.turnState.get(SERVICES) as CoachServices | undefined;
  const said = text.trim();
  if (!services || !said) return false;
  const aboutConsent = about === 'consent' ? consentQuestionOf(said) : null;
  if (aboutConsent) {
    await context.sendActivity(consentAnswers[aboutConsent]);
    return true;
  }
  if (asksWhoSeesAnswers(said)) {
    await context.sendActivity(consentAnswers['who-sees']);
    return true;
  }
  if (await isWallOrMash(context, said, expecting)) return true;
  const menuWords = menuChoiceIn(said, expecting, about);
  if (menuWords) {
    await context.sendActivity(say.menuWordsMidQuestion(menuWords));
    return true;
  }
  // "move my cv step to friday" where a button is asked: kept for after it, never read as a pick.
  if (expecting === 'choice' && asksToChangeThePlan(said)) {
    await context.sendActivity(say.changeWordsMidQuestion);
    return true;
  }
  if (about === 'review' && asksForMoreTime(said)) {
    await context.sendActivity(say.moreTimeInTheReview);
    return true;
  }
  const codeReply = about === 'invite-code' ? readCodeReply(said) : null;
  if (codeReply) {
    await context.sendActivity(codeReplies[codeReply]);
    return true;
  }
  if (expecting === 'name' && (statesAName(said) || nameOpening(said))) return false;
  // "anything" where the job is asked: open to any work, an answer (it had had "let us keep it kind").
  if (about === 'job-wanted' && isOpenToAnyJob(said)) return false;
  if (asksHowLong(said)) {
    await context.sendActivity(say.howLong);
    return true;
  }
  // Said ahead of its question: heard, and not kept as a job they want.
  if (about === 'job-wanted' && saysAStrength(said)) {
    await context.sendActivity(say.strengthBeforeItsQuestion);
    return true;
  }
  if (about === 'plan-words' && isNotAGoal(said)) {
    await context.sendActivity(say.goalInWords);
    return true;
  }
  if ((about === 'plan-words' || about === 'next-step') && isSomeoneElsesStep(said)) {
    await context.sendActivity(say.someoneElsesStep);
    return true;
  }
  if ((about === 'plan-words' || about === 'next-step') && isOnlyADate(said, { now: services.clock.now(), timeZone: currentClient(context)?.timeZone ?? services.config.DEFAULT_TIME_ZONE })) {
    await context.sendActivity(about === 'next-step' ? say.dayNotANextStep : say.dayNotAStep);
    return true;
  }
  const heard = understand(said, { locale: context.activity.locale });
  let intent: Intent | null = heard.intent;
  const needed = expecting === 'choice' && !ACTS_ON_IT.has(intent) ? CHOICE_CONFIDENCE : TEXT_CONFIDENCE;
  const notAnAnswer = expecting === 'choice' ? RESPONDED_TO : NOT_AN_ANSWER[expecting];
  if (heard.confidence < needed || !notAnAnswer.has(intent)) intent = null;
  if (FEELINGS.has(intent) && isUnsureAnswer(said)) intent = null;
  // "Well done!" is for work someone has: "3 a week at tesco" (applications) had read as a new job.
  if (intent === 'started-work' && !readStartedWork(said)) intent = null;
  if (expecting === 'words' && !looksLikeAQuestion(said)) intent = null;
  // "ive been ill" is not a question about telling an employer: only a question, or words of
  // telling, are handed to the adviser as one (play-testing found it escalated and put in the plan).
  if (intent === 'ask-disclosure' && !looksLikeAQuestion(said) && !speaksOfTelling(said)) intent = null;
  // "what happens if i take it off", "will my adviser be annoyed": about the question on screen, not
  // benefits or a call (play-testing found both handed over, and a step put in the plan).
  if (intent === 'ask-benefits' && !mentionsMoneyOrBenefits(said)) intent = 'ask-what-next';
  // "on universal credit" at a question: a fact about them, not a question to hand over.
  if (intent === 'ask-benefits' && statesABenefitFact(said) && !looksLikeAQuestion(said)) intent = null;
  if (intent === 'want-adviser' && looksLikeAQuestion(said) && !asksForContact(said)) intent = 'ask-what-next';
  if (!intent && expecting === 'choice' && about !== 'barrier' && saysTheyAreIll(said) && !looksLikeAQuestion(said)) {
    await context.sendActivity(say.healthNewsHeard);
    return true;
  }
  // "can i change the date" is a question, whatever its words share with good news.
  if (intent === 'feeling-good' && looksLikeAQuestion(said)) intent = 'ask-what-next';
  // A question where an answer should be: "it is only one CV?" asks what we meant.
  if (asksWhatWeMean(said) || (!intent && expecting !== 'choice' && (said.endsWith('?') || asksPlainly(said)))) intent = 'ask-what-next';
  if (intent !== 'feeling-low' && hearsAWorry(said, expecting, about, heard.intent)) {
    await context.sendActivity(say.worryHeard);
    return true;
  }
  if (intent) {
    await respondTo(context, services, intent, said, explanation);
    return true;
  }
  if (expecting === 'name' && nameFrom(said) === null) {
    await context.sendActivity(say.notAName);
    return true;
  }
  // "i owe on my phone" to "Debts": heard, then asked whether it makes work harder, not "didn't catch that".
  if (about === 'barrier' && said.split(/\s+/).length >= 3 && !looksLikeAQuestion(said)) {
    await context.sendActivity(say.barrierDetailHeard);
    return true;
  }
  return false;
}

// The menu's own labels, typed while another question waits: "review my plan" had been kept as a
// plan's first step. Labels only: the menu's looser words ("i had an interview") can be answers.
const MENU_LABELS: ChoiceOption<MenuChoice>[] = menuChoices.map(({ value, label }) => ({ value, label }));

function menuChoiceIn(said: string, expecting: Expecting, about: AskedAbout | undefined): string | null {
  const choice = parseChoice(said, MENU_LABELS, { byPosition: false });
  // "Talk to my adviser" works everywhere already; "set a goal" at a goal question is its answer.
  if (!choice || choice === 'talk-to-adviser') return null;
  if (choice === 'set-goal' && (expecting === 'goal' || about === 'plan-words')) return null;
  return MENU_LABELS.find((option) => option.value === choice)!.label;
}

/**
 * A worry where a button or a job was asked for ("the gaps in my cv worry me"): heard, not
 * mistaken for interview news or a question for the adviser. Where the client writes freely, or at
 * a question about what makes work harder, the worry is the answer.
 */
function hearsAWorry(said: string, expecting: Expecting, about: AskedAbout | undefined, read: Intent): boolean {
  const asksForAJob = about === 'job-wanted' && read !== 'goal';
  if ((expecting !== 'choice' && !asksForAJob) || about === 'barrier') return false;
  return saysAWorry(said) && !looksLikeAQuestion(said);
}

/** A pasted page or keyboard mashing is never kept as a name or a goal. */
async function isWallOrMash(context: TurnContext, said: string, expecting: Expecting): Promise<boolean> {
  if (expecting !== 'goal' && expecting !== 'name') return false;
  if (said.length > MAX_GOAL_LENGTH) {
    await context.sendActivity(say.tooLong);
    return true;
  }
  if (!looksLikeGibberish(said)) return false;
  await context.sendActivity(expecting === 'goal' ? say.notAGoal : say.notAName);
  return true;
}

async function respondTo(context: TurnContext, services: CoachServices, intent: Intent, said: string, explanation?: string): Promise<void> {
  switch (intent) {
    case 'feeling-low': {
      const client = currentClient(context);
      const style = client ? await turnCoachingStyle(context, services.db, client) : DEFAULT_COACHING_STYLE;
      return void (await context.sendActivity(say.reflectLow[style.wording]));
    }
    case 'feeling-good':
      return void (await context.sendActivity(say.reflectGood));
    case 'ask-is-human':
      return void (await context.sendActivity(say.honestAboutBot));
    case 'ask-what-next':
      return void (await context.sendActivity(explanation ? `${say.sayItAnotherWay} ${explanation}` : say.askAgainSimply));
    case 'greeting':
      return void (await context.sendActivity(say.helloAgain));
    case 'thanks':
      return void (await context.sendActivity(say.youAreWelcome));
    case 'abuse':
      return void (await context.sendActivity(say.keepItKind));
    case 'want-adviser':
      return requestAdviser(context, services);
    case 'ask-benefits':
      return handOverSpecialistQuestion(context, services, asksAboutBenefitConditions(said) ? 'conditions' : 'benefits', said);
    case 'ask-disclosure':
      return handOverSpecialistQuestion(context, services, 'disclosure', said);
    case 'job-lost':
      return heardJobLoss(context, services, said);
    case 'started-work':
      return void (await context.sendActivity(say.startedWorkHeard));
    case 'interview':
      return void (await context.sendActivity(say.interviewHeard));
    default:
      return void (await context.sendActivity(say.questionHeard));
  }
}

/** The safety check hands over a job loss it recognises by its words; this catches the rest. */
async function heardJobLoss(context: TurnContext, services: CoachServices, said: string): Promise<void> {
  const client = currentClient(context);
  if (!client?.consentedAt) return void (await context.sendActivity(say.jobLossHeard));
  const now = services.clock.now();
  const { escalation } = await raiseEscalation(services, { clientId: client.id, trigger: 'job-loss', reportedAt: now, detail: jobLossSaid(said.slice(0, 300)) });
  // Raised by the safety check this very turn: it has already said sorry and who will call.
  const saidBySafetyCheck = detectJobLoss(said) && now.getTime() - escalation.createdAt.getTime() < JUST_NOW_MS;
  if (!saidBySafetyCheck) await context.sendActivity(say.jobLossHeard);
}

const JUST_NOW_MS = 60_000;
