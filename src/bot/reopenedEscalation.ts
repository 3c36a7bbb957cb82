// A safety window outlives its escalation when an adviser closes the escalation while the client is
// still in the window. Play-testing (adviser side, round six): after "resolve 1", "no" to "are you
// safe right now?" got "I have told your adviser again" and "im going to do it tonight" got "I have
// told your adviser what you just said", with nothing sent and nothing open. A worrying message in
// such a window raises the crisis again, so the adviser is told and the client is told the truth.
// The caller adds the client's words to it, as to any escalation in the window.
import { EscalationRepository } from '../db/escalations.ts';
import { deliverFirstTime, raiseEscalation } from '../escalation/raiseEscalation.ts';
import type { SafetyKind } from '../domain/safetyKind.ts';
import { saidAgainAfterClosed } from '../messages/en/escalationDetails.ts';
import type { CoachServices } from '../services.ts';

type WindowEscalation = { escalationId?: string; adviserTold?: boolean; kinds?: SafetyKind[] };

/** The window with a live escalation: the same one, or a new one when the last was closed. */
export async function liveEscalation<W extends WindowEscalation>(services: CoachServices, window: W): Promise<W> {
  if (!window.escalationId) return window;
  const row = await new EscalationRepository(services.db).findById(window.escalationId);
  if (!row || row.status !== 'resolved') return window;
  const kinds = window.kinds && window.kinds.length > 0 ? window.kinds : (['self'] as SafetyKind[]);
  const { escalation, created } = await raiseEscalation(services, {
    clientId: row.clientId,
    trigger: 'crisis',
    detail: saidAgainAfterClosed(row.number),
    safetyKinds: kinds,
    deliverNow: false,
  });
  // Not created: a crisis already open for them, whose reach the window reads as any other's.
  const told = created && (await deliverFirstTime(services, escalation.id));
  return { ...window, escalationId: escalation.id, adviserTold: told || undefined };
}
