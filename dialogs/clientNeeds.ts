// What a client must do before the menu: consent, then the self-assessment, then the
// locus-of-control questions. Null when they are all done.
import type { Client } from '../src/db/clients.ts';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';

export async function clientNeeds(client: Client | null, services: CoachServices): Promise<string | null> {
  if (!client?.consentedAt || client.consentWithdrawnAt) return DialogIds.onboarding;
  const profile = await services.db.vocationalProfile.findUnique({ where: { clientId: client.id }, select: { completedAt: true } });
  if (!profile?.completedAt) return DialogIds.selfAssessment;
  const locus = await services.db.locusResult.findFirst({ where: { clientId: client.id }, select: { id: true } });
  if (!locus) return DialogIds.locusOfControl;
  return null;
}
