// The first turn middleware: every message is read for risk before anything else sees it.
// Crisis: the safety reply goes out at once, reminders pause and an urgent escalation is raised
// and sent. Concern: a gentle question, with the adviser one tap away. Either way the dialog
// the client was in waits, untouched; "carry on" brings its question back.
// A job loss or a barrier that needs a specialist is handed over too, and the dialog goes on.
import { MessageFactory, type ConversationState, type Middleware, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { assessRisk, normaliseForMatching, type RiskAssessment } from '../domain/risk.ts';
import { detectJobLoss, detectSpecialistBarriers } from '../domain/escalationRules.ts';
import { barrierById } from '../domain/barriers.ts';
import type { Client } from '../db/clients.ts';
import { ClientMessageRepository } from '../db/clientMessages.ts';
import { pauseReminders } from '../db/clientSafety.ts';
import { raiseEscalation } from '../escalation/raiseEscalation.ts';
import { handoverNews } from '../escalation/handoverNews.ts';
import { log } from '../log.ts';
import type { CoachServices } from '../services.ts';
import {
  carryOnLabel,
  carryOnWords,
  concernNoWords,
  concernNotNowReply,
  concernQuestion,
  concernYesLabel,
  concernYesWords,
  crisisReply,
  jobLossReply,
} from '../../dialogs/messages/crisis.ts';
import { adviserAskedReply, adviserWithoutConsentReply } from '../../dialogs/messages/adviser.ts';
import { turnAdviser, turnClient } from './turnLookups.ts';

/** What the rest of the turn should do with the dialogs after the risk check. */
export type DialogGate = 'run' | 'skip' | 'reprompt';
const GATE_KEY = Symbol('coach.riskGate');

export function dialogGate(context: TurnContext): DialogGate {
  return (context.turnState.get(GATE_KEY) as DialogGate | undefined) ?? 'run';
}

type SafetyPause = { kind: 'crisis' | 'concern' };

export class RiskCheck implements Middleware {
  private readonly pause: StatePropertyAccessor<SafetyPause | undefined>;

  constructor(
    private readonly services: CoachServices,
    conversationState: ConversationState,
  ) {
    this.pause = conversationState.createProperty<SafetyPause | undefined>('safetyPause');
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const text = context.activity.type === 'message' ? context.activity.text?.trim() : undefined;
    if (!text) return next();
    if (await turnAdviser(context, this.services.db)) return next();

    const risk = assessRisk(text);
    const found = await turnClient(context, this.services.db);
    const client = found?.consentedAt && !found.consentWithdrawnAt ? found : null;
    if (client) await new ClientMessageRepository(this.services.db).record(client.id, text, risk.level, this.services.clock.now());

    if (risk.level === 'crisis') {
      await this.answerCrisis(context, client, risk);
    } else if (!(await this.followUpPause(context, client, text)) && risk.level === 'concern') {
      await this.askAfterConcern(context);
    } else if (client && dialogGate(context) === 'run') {
      await this.handOverWhatTheySaid(context, client, text);
    }
    await next();
  }

  private async answerCrisis(context: TurnContext, client: Client | null, risk: RiskAssessment): Promise<void> {
    const { config, clock } = this.services;
    const news = client ? handoverNews(config, clock.now()) : ({ told: false } as const);
    await context.sendActivity(MessageFactory.suggestedActions([carryOnLabel], crisisReply(config.CRISIS_CONTACTS, news)));
    await this.pause.set(context, { kind: 'crisis' });
    context.turnState.set(GATE_KEY, 'skip');
    if (!client) return;
    await pauseReminders(this.services.db, client.id, clock.now());
    await raiseEscalation(this.services, {
      clientId: client.id,
      reason: 'crisis',
      detail: `Their message suggests a risk to safety: ${risk.reasons.join(', ')}.`,
    });
  }

  private async askAfterConcern(context: TurnContext): Promise<void> {
    await context.sendActivity(MessageFactory.suggestedActions([concernYesLabel, carryOnLabel], concernQuestion));
    await this.pause.set(context, { kind: 'concern' });
    context.turnState.set(GATE_KEY, 'skip');
  }

  /** The answer to the safety reply or the check-in question, if this message is one. */
  private async followUpPause(context: TurnContext, client: Client | null, text: string): Promise<boolean> {
    const pause = await this.pause.get(context);
    if (!pause) return false;
    await this.pause.delete(context);
    const said = normaliseForMatching(text);
    const matches = (words: string[]): boolean => words.some((word) => normaliseForMatching(word) === said);
    if (pause.kind === 'concern' && (matches(concernYesWords) || matches([concernYesLabel]))) {
      if (!client) {
        await context.sendActivity(adviserWithoutConsentReply);
        context.turnState.set(GATE_KEY, 'reprompt');
        return true;
      }
      await raiseEscalation(this.services, {
        clientId: client.id,
        reason: 'concern',
        detail: 'Said they are struggling and asked for their adviser to get in touch.',
      });
      const news = handoverNews(this.services.config, this.services.clock.now());
      if (news.told) await context.sendActivity(adviserAskedReply(news, this.services.config.CRISIS_CONTACTS));
    } else if (pause.kind === 'concern' && matches(concernNoWords)) {
      await context.sendActivity(concernNotNowReply);
    } else if (!matches(carryOnWords)) {
      return false;
    }
    context.turnState.set(GATE_KEY, 'reprompt');
    return true;
  }

  private async handOverWhatTheySaid(context: TurnContext, client: Client, text: string): Promise<void> {
    try {
      if (detectJobLoss(text)) {
        const { created } = await raiseEscalation(this.services, { clientId: client.id, reason: 'job-loss', reportedAt: this.services.clock.now() });
        if (created) await context.sendActivity(jobLossReply);
      }
      const barriers = detectSpecialistBarriers(text);
      if (barriers.length > 0) {
        const names = barriers.map((id) => barrierById(id).name.toLowerCase()).join(', ');
        await raiseEscalation(this.services, {
          clientId: client.id,
          reason: 'specialist-barrier',
          detail: `Mentioned something that may need specialist advice: ${names}.`,
        });
      }
    } catch (error) {
      // A handover that fails must not stop the client's conversation; the dispatcher retries.
      log.error('Could not hand over what the client said', error);
    }
  }
}
