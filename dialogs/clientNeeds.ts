// What a client must do before the menu: consent, then the self-assessment, then the
// locus-of-control questions. Null when they are all done.
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { userKeyOf } from '../src/bot/userKey.ts';
import { ClientRepository, type Client } from '../src/db/clients.ts';
import { LocusResultRepository } from '../src/db/locusResults.ts';
import { ProfileRepository } from '../src/db/profiles.ts';
import type { CoachServices } from '../src/services.ts';
import type { LocusBand } from '../src/domain/locusOfControl.ts';
import { DialogIds } from './dialogIds.ts';

export async function clientNeeds(client: Client | null, services: CoachServices): Promise<string | null> {
  return (await clientReadiness(client, services)).needs;
}

export function isConsented(client: Client): boolean {
  return Boolean(client.consentedAt) && !client.consentWithdrawnAt;
}

/** What they still need, with the band of their latest locus result (for their coaching style). */
export async function clientReadiness(client: Client | null, services: CoachServices): Promise<{ needs: string | null; locusBand: LocusBand | null }> {
  if (!client || !isConsented(client)) return { needs: DialogIds.onboarding, locusBand: null };
  if (!(await new ProfileRepository(services.db).isComplete(client.id))) return { needs: DialogIds.selfAssessment, locusBand: null };
  const locusBand = await new LocusResultRepository(services.db).latestBand(client.id);
  return { needs: locusBand ? null : DialogIds.locusOfControl, locusBand };
}

/**
 * The client behind this turn, if they have consented. The turn middleware found them at the
 * start of the turn; onboarding may have created them since, so look again when it did not.
 */
export async function consentedClient(context: TurnContext, services: CoachServices): Promise<Client | null> {
  const client = currentClient(context) ?? (await new ClientRepository(services.db).findByUserKey(userKeyOf(context.activity)));
  return client?.consentedAt && !client.consentWithdrawnAt ? client : null;
}

export async function consentedClientId(context: TurnContext, services: CoachServices): Promise<string | null> {
  return (await consentedClient(context, services))?.id ?? null;
}
