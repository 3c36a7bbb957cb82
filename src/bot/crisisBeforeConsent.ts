// A crisis said before the client agreed to us keeping their details: nothing about them could be
// kept or passed on then. The kinds of risk (not the words) wait in the conversation, and once they
// agree, the adviser hears it as urgent and the client is told (play-testing: "everyone would be
// better off without me" at the consent question left no trace once they had said yes).
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Client } from '../db/clients.ts';
import { formatDueDate } from '../domain/dates.ts';
import { safetyKindsOf } from '../domain/safetyKind.ts';
import { raiseEscalation } from '../escalation/raiseEscalation.ts';
import { addEscalationNote } from '../escalation/escalationUpdates.ts';
import { saidBeforeConsent } from '../messages/en/escalationDetails.ts';
import { botDidNotes } from '../messages/en/escalationUpdates.ts';
import { toldAdviserOnceAgreed } from '../messages/en/crisis.ts';
import type { CoachServices } from '../services.ts';

type Said = { reasons: string[]; at: string };

export class CrisisBeforeConsent {
  private readonly said: StatePropertyAccessor<Said | undefined>;

  constructor(
    private readonly services: CoachServices,
    conversationState: ConversationState,
  ) {
    this.said = conversationState.createProperty<Said | undefined>('crisisBeforeConsent');
  }

  async remember(context: TurnContext, reasons: readonly string[]): Promise<void> {
    const earlier = await this.said.get(context);
    await this.said.set(context, { reasons: [...new Set([...(earlier?.reasons ?? []), ...reasons])], at: earlier?.at ?? this.services.clock.now().toISOString() });
  }

  /** The first turn with their agreement: the adviser is told, and so is the client. */
  async passOn(context: TurnContext, client: Client): Promise<void> {
    const said = await this.said.get(context);
    if (!said) return;
    await this.said.delete(context);
    const when = formatDueDate(new Date(said.at), this.services.config.DEFAULT_TIME_ZONE, { now: this.services.clock.now() });
    const { escalation, created } = await raiseEscalation(this.services, { clientId: client.id, trigger: 'crisis', detail: saidBeforeConsent(said.reasons, when), safetyKinds: safetyKindsOf(said.reasons) });
    if (created) await addEscalationNote(this.services, escalation.id, 'bot-did', botDidNotes.contactsShown);
    await context.sendActivity(toldAdviserOnceAgreed);
  }
}
