// The safety window: from a crisis message until the client chooses to carry on (or goes quiet
// for SAFETY_WINDOW_QUIET_HOURS), every message gets a supportive reply and never the next
// coaching question. Each message is added to the open escalation; worrying ones tell the adviser
// again. The escalation notes say what the bot did and when the window ended.
import { riskToSafety } from '../messages/en/escalationDetails.ts';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { RiskAssessment } from '../domain/risk.ts';
import { readSafetyWindowReply, safetyWindowHasLapsed, type SafetyWindowState } from '../domain/safetyWindow.ts';
import type { Client } from '../db/clients.ts';
import { pauseReminders } from '../db/clientSafety.ts';
import { deliverFirstTime, raiseEscalation } from '../escalation/raiseEscalation.ts';
import { addClientWordsAndNotify, addEscalationNote, notifyAdvisers } from '../escalation/escalationUpdates.ts';
import { handoverNews } from '../domain/handoverNews.ts';
import type { CoachServices } from '../services.ts';
import {
  adviserAlreadyToldReply,
  adviserLabel,
  carryOnLabel,
  crisisAgainReply,
  crisisReply,
  numbersAgainReply,
  nobodyToldYetReply,
  numbersLabel,
  safetyWindowButtons,
  safetyWindowHelp,
  stillHereReply,
  welcomeBackAfterCrisis,
} from '../messages/en/crisis.ts';
import { botDidNotes, windowEndedNotes } from '../messages/en/escalationUpdates.ts';

export type OpenWindow = SafetyWindowState & { escalationId?: string };

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

  /** A crisis message outside a window: the safety reply at once, reminders paused, the adviser told. */
  async open(context: TurnContext, client: Client | null, risk: RiskAssessment, text: string): Promise<OpenWindow> {
    const { config, clock } = this.services;
    const now = clock.now();
    const news = client ? handoverNews(config, now) : ({ told: false } as const);
    await this.reply(context, crisisReply(config.CRISIS_CONTACTS, news));
    const window: OpenWindow = { kind: 'crisis', startedAt: now.toISOString(), lastMessageAt: now.toISOString() };
    if (!client) return window;
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
      // The safety reply went first; if no person could be told, the client hears the truth at once.
      if (!(await deliverFirstTime(this.services, escalation.id))) await this.reply(context, nobodyToldYetReply);
    } else {
      await addClientWordsAndNotify(this.services, escalation.id, text);
    }
    return window;
  }

  /** A message while the window is open. */
  async continue(context: TurnContext, window: OpenWindow, risk: RiskAssessment, text: string): Promise<WindowOutcome> {
    const { config, clock } = this.services;
    const told = Boolean(window.escalationId);
    const kept: OpenWindow = { ...window, lastMessageAt: clock.now().toISOString() };
    if (risk.level !== 'none') {
      if (window.escalationId) await addClientWordsAndNotify(this.services, window.escalationId, text);
      if (risk.level === 'crisis') {
        await this.reply(context, crisisAgainReply(config.CRISIS_CONTACTS, told));
        await this.note(window, 'bot-did', botDidNotes.contactsShownAgain);
      } else {
        await this.reply(context, stillHereReply(told));
      }
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
        await this.reply(context, numbersAgainReply(config.CRISIS_CONTACTS));
        await this.note(window, 'bot-did', botDidNotes.contactsShownAgain);
        break;
      case 'adviser':
        await this.note(window, 'bot-did', botDidNotes.adviserAskedAgain);
        if (window.escalationId) await notifyAdvisers(this.services, window.escalationId, text);
        await this.reply(context, adviserAlreadyToldReply(told));
        break;
      case 'help':
        await this.reply(context, safetyWindowHelp);
        break;
      default:
        await this.reply(context, stillHereReply(told));
    }
    return { window: kept, dialogs: 'skip' };
  }

  private async reply(context: TurnContext, text: string): Promise<void> {
    await context.sendActivity(MessageFactory.suggestedActions(safetyWindowButtons, text));
  }

  private async note(window: OpenWindow, kind: 'client-said' | 'bot-did' | 'window-ended', text: string): Promise<void> {
    if (window.escalationId) await addEscalationNote(this.services, window.escalationId, kind, text);
  }

}
