// The safety window: from a crisis message until the client chooses to carry on (or goes quiet
// for SAFETY_WINDOW_QUIET_HOURS), every message gets a supportive reply and never the next
// coaching question. Each message is added to the open escalation; worrying ones tell the adviser
// again. The escalation notes say what the bot did and when the window ended.
// The words and numbers follow the kind of risk (src/domain/safetyKind.ts), and the client hears
// that their adviser knows only when the escalation reached someone.
import { riskToSafety } from '../messages/en/escalationDetails.ts';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { RiskAssessment } from '../domain/risk.ts';
import { readSafetyWindowReply, safetyWindowHasLapsed, type SafetyWindowState } from '../domain/safetyWindow.ts';
import { readWindowMessage } from '../domain/safetyCorrection.ts';
import { contactsFor, mergeSafetyKinds, safetyKindsOf, type SafetyKind } from '../domain/safetyKind.ts';
import { handoverNews, type AdviserReach } from '../domain/handoverNews.ts';
import type { Client } from '../db/clients.ts';
import { pauseReminders } from '../db/clientSafety.ts';
import { deliverFirstTime, escalationHasReachedSomeone, raiseEscalation } from '../escalation/raiseEscalation.ts';
import { addClientWordsAndNotify, addEscalationNote, notifyAdvisers } from '../escalation/escalationUpdates.ts';
import type { CoachServices } from '../services.ts';
import {
  adviserAlreadyToldReply,
  adviserLabel,
  carryOnLabel,
  correctionButtons,
  numbersAgainReply,
  numbersLabel,
  safetyWindowButtons,
  safetyWindowHelp,
  stillHereReply,
  welcomeBackAfterCrisis,
} from '../messages/en/crisis.ts';
import { correctionHeardReply, handoverReply, safetyAgainReply, safetyReply } from '../messages/en/safetyReplies.ts';
import { botDidNotes, windowEndedNotes } from '../messages/en/escalationUpdates.ts';

export type OpenWindow = SafetyWindowState & {
  escalationId?: string;
  /** The kinds of risk said in this window, the first one leading (none kept by older versions: 'self'). */
  kinds?: SafetyKind[];
  /** True once the escalation is known to have reached a person (or a retry will). */
  adviserTold?: boolean;
};

/** What the rest of the turn does after the window had its say. */
export type WindowOutcome = { window: OpenWindow | null; dialogs: 'skip' | 'reprompt' | 'run' };

const BUTTON_LABELS = { 'carry-on': carryOnLabel, numbers: numbersLabel, adviser: adviserLabel } as const;

export class SafetyWindow {
  constructor(private readonly services: CoachServices) {}

  hasLapsed(window: OpenWindow): boolean {
    return safetyWindowHasLapsed(window, this.services.clock.now(), this.services.config.SAFETY_WINDOW_QUIET_HOURS);
  }

  /** A quiet window closes on the next message; the adviser's notes say so. */
  async closeQuietly(window: OpenWindow): Promise<void> {
    await this.note(window, 'window-ended', windowEndedNotes.quiet(this.services.config.SAFETY_WINDOW_QUIET_HOURS));
  }

  /**
   * A crisis message outside a window: the safety reply for its kind at once, reminders paused,
   * the adviser told, and then the truth about whether a person has it.
   */
  async open(context: TurnContext, client: Client | null, risk: RiskAssessment, text: string): Promise<OpenWindow> {
    const { config, clock } = this.services;
    const now = clock.now();
    const kinds = safetyKindsOf(risk.reasons);
    // The numbers go first: nothing the adviser side does may hold them up.
    await this.reply(context, safetyReply(kinds, contactsFor(kinds, config)));
    const window: OpenWindow = { kind: 'crisis', startedAt: now.toISOString(), lastMessageAt: now.toISOString(), kinds };
    if (!client) {
      await this.reply(context, handoverReply(handoverNews(config, now, 'no-details')));
      return window;
    }
    await pauseReminders(this.services.db, client.id, now);
    const { escalation, created } = await raiseEscalation(this.services, {
      clientId: client.id,
      trigger: 'crisis',
      detail: riskToSafety(risk.reasons),
      deliverNow: false,
    });
    window.escalationId = escalation.id;
    if (created) {
      await addEscalationNote(this.services, escalation.id, 'client-said', text);
      await addEscalationNote(this.services, escalation.id, 'bot-did', botDidNotes.contactsShown);
      await addEscalationNote(this.services, escalation.id, 'bot-did', botDidNotes.remindersPaused);
      window.adviserTold = await deliverFirstTime(this.services, escalation.id);
    } else {
      await addClientWordsAndNotify(this.services, escalation.id, text);
      window.adviserTold = await escalationHasReachedSomeone(this.services, escalation.id);
    }
    await this.reply(context, handoverReply(handoverNews(config, clock.now(), window.adviserTold ? 'told' : 'not-reached')));
    return window;
  }

  /** A message while the window is open. */
  async continue(context: TurnContext, window: OpenWindow, risk: RiskAssessment, text: string): Promise<WindowOutcome> {
    const { config, clock } = this.services;
    const reach = await this.adviserReach(window);
    const kept: OpenWindow = { ...window, lastMessageAt: clock.now().toISOString(), adviserTold: reach === 'told' || undefined };
    const said = readWindowMessage(text, risk.level);

    if (risk.level === 'crisis' || said === 'intent') {
      // "I mean it" after a crisis message is a crisis, whatever the words alone would say.
      const now = risk.level === 'crisis' ? safetyKindsOf(risk.reasons) : this.kindsOf(window);
      kept.kinds = mergeSafetyKinds(this.kindsOf(window), now);
      if (window.escalationId) await addClientWordsAndNotify(this.services, window.escalationId, text);
      await this.reply(context, safetyAgainReply(now, contactsFor(now, config), reach));
      await this.note(window, 'bot-did', botDidNotes.contactsShownAgain);
      return { window: kept, dialogs: 'skip' };
    }
    if (said === 'correction') {
      // Heard and believed; the adviser still sees it, and the escalation stays open.
      if (window.escalationId) await addClientWordsAndNotify(this.services, window.escalationId, text);
      await this.note(window, 'bot-did', botDidNotes.correctionHeard);
      await context.sendActivity(MessageFactory.suggestedActions(correctionButtons, correctionHeardReply(this.kindsOf(window), reach)));
      return { window: kept, dialogs: 'skip' };
    }
    if (risk.level !== 'none') {
      if (window.escalationId) await addClientWordsAndNotify(this.services, window.escalationId, text);
      await this.reply(context, stillHereReply(reach));
      return { window: kept, dialogs: 'skip' };
    }
    const asked = readSafetyWindowReply(text, BUTTON_LABELS);
    if (asked !== 'carry-on' && asked !== 'cancel') await this.note(window, 'client-said', text);
    switch (asked) {
      case 'carry-on':
        await this.note(window, 'window-ended', windowEndedNotes.clientChose);
        await context.sendActivity(welcomeBackAfterCrisis);
        return { window: null, dialogs: 'reprompt' };
      case 'cancel':
        await this.note(window, 'window-ended', windowEndedNotes.cancelled);
        return { window: null, dialogs: 'run' };
      case 'numbers':
        await this.reply(context, numbersAgainReply(contactsFor(this.kindsOf(window), config)));
        await this.note(window, 'bot-did', botDidNotes.contactsShownAgain);
        break;
      case 'adviser':
        await this.note(window, 'bot-did', botDidNotes.adviserAskedAgain);
        if (window.escalationId) await notifyAdvisers(this.services, window.escalationId, text);
        await this.reply(context, adviserAlreadyToldReply(reach));
        break;
      case 'help':
        await this.reply(context, safetyWindowHelp(reach));
        break;
      default:
        await this.reply(context, stillHereReply(reach));
    }
    return { window: kept, dialogs: 'skip' };
  }

  private kindsOf(window: OpenWindow): SafetyKind[] {
    return window.kinds && window.kinds.length > 0 ? window.kinds : ['self'];
  }

  /** Told once the escalation reached someone; a window from an older version is looked up. */
  private async adviserReach(window: OpenWindow): Promise<AdviserReach> {
    if (!window.escalationId) return 'no-details';
    if (window.adviserTold) return 'told';
    return (await escalationHasReachedSomeone(this.services, window.escalationId)) ? 'told' : 'not-reached';
  }

  private async reply(context: TurnContext, text: string): Promise<void> {
    await context.sendActivity(MessageFactory.suggestedActions(safetyWindowButtons, text));
  }

  private async note(window: OpenWindow, kind: 'client-said' | 'bot-did' | 'window-ended', text: string): Promise<void> {
    if (window.escalationId) await addEscalationNote(this.services, window.escalationId, kind, text);
  }
}
