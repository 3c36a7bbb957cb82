// The first turn middleware: every message is read for risk before anything else sees it.
// Crisis: the safety window opens (see safetyWindow.ts) and stays open until the client chooses to
// carry on. Concern: a reflection of what they said and, unless they said no before, the offer of
// their adviser. Either way the dialog the client was in waits, untouched.
// A job loss or a barrier that needs a specialist is handed over too, and the dialog goes on.
import { MessageFactory, type ConversationState, type Middleware, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { assessRisk, rulesHeardRisk, type RiskLevel } from '../domain/risk.ts';
import { inContextOfWorry, isTerseIntent } from '../domain/risk/terseIntent.ts';
import { concernTopicOf } from '../domain/concernTopic.ts';
import { detectSpecialistBarriers } from '../domain/escalationRules.ts';
import { asksAboutBenefitConditions, asksWhoSeesAnswers } from '../domain/benefitWorries.ts';
import type { Client } from '../db/clients.ts';
import { ClientMessageRepository } from '../db/clientMessages.ts';
import { EscalationRepository } from '../db/escalations.ts';
import { escalationHasReachedSomeone } from '../escalation/raiseEscalation.ts';
import { addClientWordsAndNotify } from '../escalation/escalationUpdates.ts';
import type { CoachServices } from '../services.ts';
import {
  carryOnLabel,
  concernHeardReply,
  concernReflection,
  concernNoLabel,
  concernPassedOnReply,
  concernQuestion,
  concernYesLabel,
  worryHeardBriefly,
  worryKeptWithAnswer,
} from '../messages/en/crisis.ts';
import { consentAnswers } from '../messages/en/onboarding.ts';
import { benefitConditionsAnswer } from '../messages/en/specialist.ts';
import { handOverSpecialistQuestion } from '../../dialogs/specialistQuestion.ts';
import { passOnWorkProblem } from '../../dialogs/workProblem.ts';
import { readWorkProblem } from '../domain/inWork.ts';
import { readTimeAway } from '../domain/reminderPauseWords.ts';
import { readWithQuestionOnScreen } from '../domain/riskWithQuestion.ts';
import { reasonsFor, SOMEONE_ELSE_REASON } from '../domain/safetyKind.ts';
import { speaksOfSomeoneElsesRisk, speaksOfSomeoneElsesRiskNow } from '../domain/someoneElsesRisk.ts';
import { problemPassedOn } from '../messages/en/inWork.ts';
import { turnAdviser, turnClient } from './turnLookups.ts';
import { aboutOnScreen, asksForAGoalOrStep, DIALOG_STATE_PROPERTY, expectingOnScreen, isOnStack } from './questionOnScreen.ts';
import { DialogIds } from '../../dialogs/dialogIds.ts';
import { CrisisBeforeConsent } from './crisisBeforeConsent.ts';
import { handOverWhatTheySaid } from './handOverWhatTheySaid.ts';
import { SafetyWindow, type OpenWindow } from './safetyWindow.ts';
import { answerConcernOffer, answerOnScreen, sureSaidWithTheWorry, type ConcernPause } from './concernOffer.ts';
import { markGoalHeldThroughTheOffer } from './goalHeldThroughTheOffer.ts';
import { looksLikeAQuestion } from '../domain/intentGuards.ts';

/** What the rest of the turn should do with the dialogs after the risk check. */
export type DialogGate = 'run' | 'skip' | 'reprompt';
const GATE_KEY = Symbol('coach.riskGate');

export function dialogGate(context: TurnContext): DialogGate {
  return (context.turnState.get(GATE_KEY) as DialogGate | undefined) ?? 'run';
}

type SafetyPause = OpenWindow | ConcernPause;

/** Barriers whose hand-over puts an adviser step in the plan (benefits and disclosure: see listening). */
/** Escalations a further worrying message belongs to. */
const SAFETY_REASONS = new Set(['crisis', 'concern']);
// Questions whose answer is the client's own account: a job, past work, what makes work harder, how a step went.
const FIRST_QUESTIONS: ReadonlySet<string> = new Set(['work-history', 'barrier', 'job-wanted', 'review']);

export class RiskCheck implements Middleware {
  private readonly pause: StatePropertyAccessor<SafetyPause | undefined>;
  /** When the client last said no to the offer of their adviser: we do not ask again. */
  private readonly declinedAdviser: StatePropertyAccessor<string | undefined>;
  private readonly window: SafetyWindow;
  private readonly beforeConsent: CrisisBeforeConsent;
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly services: CoachServices,
    conversationState: ConversationState,
  ) {
    this.pause = conversationState.createProperty<SafetyPause | undefined>('safetyPause');
    this.declinedAdviser = conversationState.createProperty<string | undefined>('declinedAdviserAt');
    // The dialogs' own saved stack, read only.
    this.dialogState = conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY);
    this.window = new SafetyWindow(services);
    this.beforeConsent = new CrisisBeforeConsent(services, conversationState);
  }

  /**
   * The chat opened again while a crisis window is open: the window's reply, not the coaching
   * question that waits under it (play-testing found the goal question asked, then its answer refused).
   */
  private async reopened(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const pause = await this.pause.get(context);
    if (pause?.kind === 'crisis') {
      // Back after a quiet window: welcomed and asked how they are before the question under it.
      if (!this.window.hasLapsed(pause)) await this.window.stillOpen(context, pause);
      else await this.setPause(context, (await this.window.closeQuietly(context, pause)).window);
      context.turnState.set(GATE_KEY, 'skip');
    }
    return next();
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (isReopening(context)) return this.reopened(context, next);
    const text = context.activity.type === 'message' ? context.activity.text?.trim() : undefined;
    if (!text) return next();
    if (await turnAdviser(context, this.services.db)) return next();

    const found = await turnClient(context, this.services.db);
    const client = found?.consentedAt && !found.consentWithdrawnAt ? found : null;
    const messages = new ClientMessageRepository(this.services.db);
    const now = this.services.clock.now();
    let risk = assessRisk(text);
    // "my little brother keeps saying he wants to kill himself": the client is not the danger.
    if (risk.level === 'crisis') risk = { ...risk, reasons: reasonsFor(risk.reasons, speaksOfSomeoneElsesRisk(text)) };
    else if (speaksOfSomeoneElsesRiskNow(text)) risk = { level: 'crisis', reasons: [SOMEONE_ELSE_REASON] };
    // The question on screen, read once: nothing in this check moves the dialogs' stack.
    const onScreen = await this.dialogState.get(context);
    const about = aboutOnScreen(onScreen);
    // Some answers read alone as risk are ordinary answers to the question on screen (riskWithQuestion.ts).
    const question = { about, inCrisisWindow: (await this.pause.get(context))?.kind === 'crisis' };
    const withQuestion = readWithQuestionOnScreen(text, risk, question);
    risk = withQuestion.risk;
    // Only a few words of intent or goodbye need the messages before them (terseIntent.ts).
    if (client && risk.level !== 'crisis' && isTerseIntent(text)) risk = inContextOfWorry(text, risk, await messages.recent(client.id, 3), now);
    // A practical worry kept as the answer to the barrier question is kept at its level, which the adviser sees.
    if (client) await messages.record(client.id, text, risk.level === 'none' ? withQuestion.keptAs : risk.level, now);
    if (client) await this.beforeConsent.passOn(context, client);
    else if (risk.level === 'crisis') await this.beforeConsent.remember(context, risk.reasons);

    let pause = await this.pause.get(context);
    let returningFromQuiet: DialogGate | null = null;
    if (pause?.kind === 'crisis' && this.window.hasLapsed(pause)) {
      const quiet = await this.window.closeQuietly(context, pause, risk.level);
      // "How are you today?" waits for the next message, if it was asked.
      await this.setPause(context, quiet.window);
      pause = undefined;
      // The first message after a quiet window is never taken as an answer ("still on the bench lol"
      // had been kept as why they want the job): the welcome above, and the check-in or the waiting question.
      if (risk.level === 'none') returningFromQuiet = quiet.dialogs === 'run' ? 'reprompt' : quiet.dialogs;
    }

    if (pause?.kind === 'crisis') {
      const outcome = await this.window.continue(context, pause, risk, text, asksForAGoalOrStep(onScreen));
      await this.setPause(context, outcome.window);
      context.turnState.set(GATE_KEY, outcome.dialogs);
    } else if (risk.level === 'crisis') {
      await this.setPause(context, await this.window.open(context, client, risk, text));
      context.turnState.set(GATE_KEY, 'skip');
    } else if (pause?.kind === 'concern' && (await this.answerConcernOffer(context, client, pause, text, risk.level, onScreen))) {
      // Answered: the gate is set.
    } else if (risk.level === 'concern' && client && detectSpecialistBarriers(text).length > 0) {
      // "I have a ccj and some arrears": the worry is heard, and the adviser's help goes in the plan
      // at once, so there is no need to ask whether they want their adviser.
      if (pause) await this.pause.delete(context);
      await context.sendActivity(concernReflection(concernTopicOf(text)));
      await handOverWhatTheySaid(this.services, context, client, text, async () => about);
      // "will i get sanctioned?": heard as a worry, and answered too, as the prompts would have.
      if (asksAboutBenefitConditions(text)) await handOverSpecialistQuestion(context, this.services, 'conditions', text, client);
      context.turnState.set(GATE_KEY, 'reprompt');
    } else if (risk.level === 'concern' && client && readWorkProblem(text) && (await passOnWorkProblem(this.services, client, text))) {
      // "not great tbh my manager keeps shouting at me", from someone in work: trouble at work goes
      // to the adviser as the check-in's would, not lost to a declined offer (play-testing).
      if (pause) await this.pause.delete(context);
      await context.sendActivity(problemPassedOn);
      context.turnState.set(GATE_KEY, 'reprompt');
    } else if (risk.level === 'concern' && client && !rulesHeardRisk(text) && readTimeAway(text, { now, timeZone: client.timeZone })) {
      // "been in hospital with my back, cant do anything for 2 weeks": time away that only the models
      // read as a worry goes on to the coach, which is sorry and offers to pause reminders (play-testing,
      // December: the adviser's offer came instead, then helplines, and six reminders in hospital).
      if (pause) await this.pause.delete(context);
    } else if (risk.level === 'concern' && !rulesHeardRisk(text) && atTheFirstQuestions(onScreen, about)) {
      // A worry only the models hear, in an answer to the first questions (a job, past work, what
      // makes work harder) or to a review's ("idk i just couldnt" to "What happened?"), is kept as the
      // answer, with help offered in one line. Play-testing found
      // "Reliable. My wife says I am stubborn" met with "That sounds really hard", the adviser offered
      // and the answer lost, again and again; most such readings are ordinary answers.
      if (pause) await this.pause.delete(context);
      await context.sendActivity(expectingOnScreen(onScreen) === 'choice' ? worryHeardBriefly : worryKeptWithAnswer);
    } else if (risk.level === 'concern') {
      // A worry said to the offer keeps the answer the offer was holding.
      await this.hearConcern(context, client, text, !found, onScreen, pause?.kind === 'concern' ? pause.answer : undefined);
    } else if (client) {
      if (pause) await this.pause.delete(context);
      await handOverWhatTheySaid(this.services, context, client, text, async () => about);
    } else if (pause) {
      await this.pause.delete(context);
    }
    if (returningFromQuiet) context.turnState.set(GATE_KEY, returningFromQuiet);
    await next();
  }

  private async setPause(context: TurnContext, pause: SafetyPause | null): Promise<void> {
    if (pause) await this.pause.set(context, pause);
    else await this.pause.delete(context);
  }

  /**
   * A worry gets said back in their terms; the adviser is offered once, not every time.
   * `atConsent`: nobody by this name has a record, so the consent question is theirs to answer.
   */
  private async hearConcern(context: TurnContext, client: Client | null, text: string, atConsent: boolean, onScreen: DialogState | undefined, heldAnswer?: string): Promise<void> {
    const topic = concernTopicOf(text);
    const open = client ? await this.openSafetyEscalation(client) : null;
    // A step read as a worry ("i go to english class on monday" as a first step) is still the step:
    // where nothing is asked, it goes on at once; after the offer, once that is answered. So is "8 but im scared".
    const answer = answerOnScreen(text, onScreen) ?? sureSaidWithTheWorry(text, onScreen) ?? heldAnswer;
    // With no offer to answer first (declined before, or a hand-over open), a goal cut from a
    // message with a worry in it is offered back too, not taken (dialogs/goalOfferedBack.ts).
    const offersBack = answer !== undefined && answer !== text && !looksLikeAQuestion(answer);
    const goOnWith = (): DialogGate => {
      if (!answer) return 'reprompt';
      if (offersBack) markGoalHeldThroughTheOffer(context, answer);
      context.activity.text = answer;
      return 'run';
    };
    // "will they stop my money?": what the coach can truly say comes before any offer. Before
    // consent, the worry is about saying no, which changes nothing.
    if (asksAboutBenefitConditions(text)) await context.sendActivity(atConsent ? consentAnswers.choice : benefitConditionsAnswer);
    // "i get panic attacks sometimes, will my adviser see this?": who sees it, answered before the offer
    // (play-testing, December: the question had been left unanswered).
    else if (asksWhoSeesAnswers(text)) await context.sendActivity(consentAnswers['who-sees']);
    if (open) {
      await addClientWordsAndNotify(this.services, open, text);
      const reach = (await escalationHasReachedSomeone(this.services, open)) ? 'told' : 'not-reached';
      await context.sendActivity(concernPassedOnReply(topic, reach));
      await this.pause.delete(context);
      context.turnState.set(GATE_KEY, goOnWith());
      return;
    }
    if (await this.declinedAdviser.get(context)) {
      await context.sendActivity(concernHeardReply(topic));
      // A goal offered back asks its own yes or no: a yes then is to that, not to the adviser.
      if (!offersBack) await this.pause.set(context, { kind: 'concern', topic, words: text, soft: true });
      context.turnState.set(GATE_KEY, goOnWith());
      return;
    }
    await context.sendActivity(MessageFactory.suggestedActions([concernYesLabel, concernNoLabel, carryOnLabel], concernQuestion(topic)));
    await this.pause.set(context, { kind: 'concern', topic, words: text, ...(answer ? { answer } : {}) });
    context.turnState.set(GATE_KEY, 'skip');
  }

  /** The answer to "Would you like your adviser to get in touch?", if this message is one (concernOffer.ts). */
  private async answerConcernOffer(context: TurnContext, client: Client | null, pause: ConcernPause, text: string, level: RiskLevel, onScreen: DialogState | undefined): Promise<boolean> {
    await this.pause.delete(context);
    const outcome = await answerConcernOffer(this.services, context, client, pause, text, level, onScreen);
    if (!outcome) return false;
    if (outcome.declined) await this.declinedAdviser.set(context, this.services.clock.now().toISOString());
    if (outcome.stillOpen) await this.pause.set(context, outcome.askedAgain ? { ...pause, askedAgain: true } : pause);
    // The offer answered: the words typed before it answer the question on screen, as typed (nothing retyped).
    if (outcome.gate === 'reprompt' && !outcome.stillOpen && pause.answer) {
      context.activity.text = pause.answer;
      context.turnState.set(GATE_KEY, 'run');
      return true;
    }
    context.turnState.set(GATE_KEY, outcome.gate);
    return true;
  }

  private async openSafetyEscalation(client: Client): Promise<string | null> {
    const open = await new EscalationRepository(this.services.db).openFor(client.id);
    return open.find((row) => SAFETY_REASONS.has(row.reason))?.id ?? null;
  }
}

/** At the first questions (a job, past work, what makes work harder), or a review's. */
function atTheFirstQuestions(onScreen: DialogState | undefined, about: string | undefined): boolean {
  return FIRST_QUESTIONS.has(about ?? '') || isOnStack(onScreen, DialogIds.selfAssessment);
}

/** A conversationUpdate that adds someone other than the bot: the chat opened (again). */
function isReopening(context: TurnContext): boolean {
  const { activity } = context;
  return activity.type === 'conversationUpdate' && (activity.membersAdded ?? []).some((member) => member.id !== activity.recipient?.id);
}
