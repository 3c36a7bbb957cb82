// Every question hears what else was said. When a reply is not an answer to the question on
// screen (a feeling, a question, a hello, an insult), the coach answers what it is and then asks
// its question again; the words are never kept as the answer. The prompts call hearNonAnswer
// (dialogs/prompts.ts); the main dialog lends them the services for the turn (listenWith).
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { turnCoachingStyle } from '../src/bot/turnLookups.ts';
import { DEFAULT_COACHING_STYLE } from '../src/domain/coachingStyle.ts';
import { detectJobLoss } from '../src/domain/escalationRules.ts';
import { asksWhatWeMean, justWantsWork, MAX_GOAL_LENGTH, namesAStepToTake, saysAWorry, saysTheyAreIll } from '../src/domain/textChecks.ts';
import { nameFrom } from '../src/domain/nameWords.ts';
import { comingBackReply, helloFor } from './comingBackReply.ts';
import { asksAsAQuestion, asksPlainly, looksLikeAQuestion } from '../src/domain/intentGuards.ts';
import { understand, type Intent } from '../src/domain/understanding.ts';
import { isNotAGoal } from '../src/domain/goalWords.ts';
import { doubtsAJob, hasJobWord, readJobsWanted } from '../src/domain/jobWanted.ts';
import { asksWhatASmartGoalIs } from '../src/domain/questionHelp.ts';
import { asksAboutBenefitConditions, asksWhoSeesAnswers, consentQuestionOf } from '../src/domain/benefitWorries.ts';
import { namesAnEmployer, questionBackOf } from '../src/domain/questionsBack.ts';
import { consentAnswers } from '../src/messages/en/onboarding.ts';
import { benefitConditionsAnswer } from '../src/messages/en/specialist.ts';
import { raiseEscalation } from '../src/escalation/raiseEscalation.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from '../src/messages/en/listening.ts';
import { jobLossSaid } from '../src/messages/en/escalationDetails.ts';
import { handedOverThisTurn, handOverSpecialistQuestion } from './specialistQuestion.ts';
import { asksForHelpNumbers } from '../src/domain/safetyWindow.ts';
import { helpNumbersReply } from '../src/messages/en/crisis.ts';
import { chaseAdviser, requestAdviser } from './talkToAdviser.ts';
import { saysAdviserHasNotBeenInTouch } from '../src/domain/adviserContactWords.ts';
import { hearWords, type AskedAbout, type Expecting } from './wordChecks.ts';
import { modelReading } from './intentReading.ts';
import { abuseReadingStands } from '../src/domain/unkindWords.ts';

export type { AskedAbout, Expecting } from './wordChecks.ts';
/** What else a question knows about itself: why it is asked, and how many first questions are left. */
export type QuestionFacts = { purpose?: string; questionsLeft?: number };
export { isClearQuestion } from './intentReading.ts';

const SERVICES = Symbol('coach.listening.services');

export function listenWith(context: TurnContext, services: CoachServices): void {
  context.turnState.set(SERVICES, services);
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
  // "what is a smart goal?" asks about goals, and is answered (wordChecks.ts); it had started one.
  if (!said || said.length > MAX_GOAL_LENGTH || asksWhatASmartGoalIs(said)) return null;
  const heard = understand(said, { locale });
  if (heard.intent === 'goal' && heard.confidence >= GOAL_CONFIDENCE && !looksLikeAQuestion(said) && !isNotAGoal(said)) return { aim: said };
  // "warehouse job", "To work as engineer again in UK": work named at the menu, right after the
  // sentences, is a goal (play-testing, round seventeen: "Sorry, I didn't catch that", three times).
  if (namesWorkAtTheMenu(said, heard.confidence >= SURE_OF_OTHER_NEWS ? heard.intent : 'other')) return { aim: said };
  // Asking for one, not news of one: "i finished my goal" is for the review. "i just want a job"
  // is where goals start from.
  return ASKS_FOR_A_GOAL.test(said) || justWantsWork(said) ? {} : null;
}

const MAX_WORK_NAMING_WORDS = 8;
const MAX_BARE_JOB_WORDS = 3;
const SURE_OF_OTHER_NEWS = 0.6;
// Said alone, these name no work: "people" may be what they like about a job, not the job.
const TOO_GENERAL = /^(?:people|hands|outside|outdoors|work|job|jobs|help|support|post|bus|art|music|sport|writing|design|trade|school|health|animals?|dog)$/;
// "To work as engineer again in UK", "be a driver": the work wanted, said as an aim.
const WORK_AIM = /^(?:to |i want to |i would like to |id like to |i wanna )?(?:work (?:as|in|with|at)|be an?|become an?|get an? (?:\w+ )?job|find an? (?:\w+ )?job|get (?:\w+ )?work|find (?:\w+ )?work)\b/;
const NOT_WORK_NEWS: ReadonlySet<Intent> = new Set<Intent>(['feeling-low', 'feeling-good', 'job-lost', 'started-work', 'interview', 'want-adviser', 'thanks', 'greeting', 'abuse']);

function namesWorkAtTheMenu(said: string, intent: Intent): boolean {
  if (said.split(/\s+/).length > MAX_WORK_NAMING_WORDS || looksLikeAQuestion(said) || NOT_WORK_NEWS.has(intent)) return false;
  const lowered = said.toLowerCase().replace(/['\u2019`]/g, '');
  const bare = said.split(/\s+/).length <= MAX_BARE_JOB_WORDS && !/^(?:i|im|my|me|it|its)\b/.test(lowered);
  if (!hasJobWord(said) || TOO_GENERAL.test(lowered.trim()) || !(bare || WORK_AIM.test(lowered))) return false;
  return readJobsWanted(said).kind === 'jobs' && !doubtsAJob(said);
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
 * again as it was (not with "didn't catch that"), and the reply not kept. `words`: the question as
 * shown, so "what is debts" is heard as asked about it.
 */
export async function hearNonAnswer(
  context: TurnContext,
  text: string,
  expecting: Expecting,
  explanation?: string,
  about?: AskedAbout,
  words?: string,
  more: QuestionFacts = {},
): Promise<boolean> {
  const services = context.turnState.get(SERVICES) as CoachServices | undefined;
  const said = text.trim();
  if (!services || !said) return false;
  // "hiya im back", "hi sorry ive been away, my nan was in hospital" (dialogs/comingBackReply.ts).
  const back = await comingBackReply(context, services, said, words);
  if (back) {
    await context.sendActivity(back);
    return true;
  }
  const { config } = services;
  // "whats the samaritans number" after "carry on": the numbers, never kept as an answer (round nine).
  if (asksForHelpNumbers(said)) {
    await context.sendActivity(helpNumbersReply(config.CRISIS_CONTACTS));
    return true;
  }
  const timeZone = currentClient(context)?.timeZone ?? config.DEFAULT_TIME_ZONE;
  // What retention is set to do (src/privacy/retention.ts), for "how long do you keep it?".
  const keptFor = { closeAfterDays: config.CASE_CLOSE_AFTER_DAYS, deleteAfterDays: config.DELETE_AFTER_CLOSE_DAYS };
  const asked = questionBackReply(said, about);
  if (asked) {
    await context.sendActivity(asked);
    return true;
  }
  const byWords = hearWords(said, { expecting, about, now: services.clock.now(), timeZone, words, explanation, ...more, keptFor });
  if (byWords === 'answer') return false;
  if (byWords) {
    await context.sendActivity(byWords.reply);
    return true;
  }
  // The next step in a review is heard as the other step questions are: "Not great" is a feeling,
  // not a step (play-testing found it kept as one). Words with a step in them stay an answer.
  const heardAsAStep = about === 'next-step' && expecting === 'words' && !namesAStepToTake(said);
  // "the adviser not call me, 2 weeks": the adviser is told again, before any other reading.
  if (saysAdviserHasNotBeenInTouch(said)) {
    await chaseAdviser(context, services, said);
    return true;
  }
  const { intent: guarded, read } = modelReading(said, heardAsAStep ? 'goal' : expecting, context.activity.locale);
  // "anything innit" had "let us keep it kind" (first conversations, December): the model's word
  // alone is not enough to call someone unkind (src/domain/unkindWords.ts).
  let intent = guarded === 'abuse' && !abuseReadingStands(said) ? null : guarded;
  if (!intent && expecting === 'choice' && about !== 'barrier' && saysTheyAreIll(said) && !looksLikeAQuestion(said)) {
    await context.sendActivity(say.healthNewsHeard);
    return true;
  }
  // "can i change the date" is a question, whatever its words share with good news.
  if (intent === 'feeling-good' && looksLikeAQuestion(said)) intent = 'ask-what-next';
  // A question where an answer should be: "it is only one CV?" asks what we meant.
  if (asksWhatWeMean(said) || (!intent && expecting !== 'choice' && (said.endsWith('?') || asksPlainly(said)))) intent = 'ask-what-next';
  // At buttons that have an explanation, a question the model could not place ("can i change the
  // date" at the plan to agree) gets it, not "didn't catch that".
  else if (!intent && expecting === 'choice' && explanation && asksAsAQuestion(said)) intent = 'ask-what-next';
  // "im scared ill be worse off working": answered by the safety check's hand-over; a second line
  // ("Thank you for telling me what worries you") had followed it (play-testing, round nine).
  if (handedOverThisTurn(context)) return true;
  if (intent !== 'feeling-low' && hearsAWorry(said, expecting, about, read)) {
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

/**
 * "will employers see this?", "what happens now?", "what kind of support is there?", "will you tell
 * the jobcentre": answered plainly, then the question again (play-testing: said another way, or
 * "didn't catch that"). At consent, its own answers say who sees them.
 */
function questionBackReply(said: string, about?: AskedAbout): string | null {
  if (about === 'consent' || about === 'invite-code') return null;
  if (asksWhoSeesAnswers(said) && namesAnEmployer(said)) return `${consentAnswers['who-sees']} ${say.employersNeverSee}`;
  const asked = questionBackOf(said);
  if (asked === 'tell-jobcentre') return `${consentAnswers['who-sees']} ${benefitConditionsAnswer}`;
  if (asked === 'support') return about === 'barrier' ? say.supportAtABarrier : null;
  return asked === 'what-next' ? say.whatHappensNext : null;
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
      return void (await context.sendActivity(helloFor(context, services.clock.now())));
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
  if (!client?.consentedAt) return void (await context.sendActivity(say.jobLossHeardBeforeConsent));
  const now = services.clock.now();
  const { escalation } = await raiseEscalation(services, { clientId: client.id, trigger: 'job-loss', reportedAt: now, detail: jobLossSaid(said.slice(0, 300)) });
  // Raised by the safety check this very turn: it has already said sorry and who will call.
  const saidBySafetyCheck = detectJobLoss(said) && now.getTime() - escalation.createdAt.getTime() < JUST_NOW_MS;
  if (!saidBySafetyCheck) await context.sendActivity(say.jobLossHeard);
}

const JUST_NOW_MS = 60_000;
