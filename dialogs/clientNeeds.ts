// What a client must do before the menu: consent, then the self-assessment, then the
// locus-of-control questions. Null when they are all done.
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { userKeyOf } from '../src/bot/userKey.ts';
import { ClientRepository, type Client } from '../src/db/clients.ts';
import { turnClientFacts } from '../src/bot/turnLookups.ts';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';

export function isConsented(client: Client): boolean {
  return Boolean(client.consentedAt) && !client.consentWithdrawnAt;
}

/** The set-up dialog they still need, or null when set-up is done. */
export async function clientNeeds(context: TurnContext, client: Client | null, services: CoachServices): Promise<string | null> {
  if (!client || !isConsented(client)) return DialogIds.onboarding;
  const { profileComplete, locusBand } = await turnClientFacts(context, services.db, client.id);
  if (!profileComplete) return DialogIds.selfAssessment;
  return locusBand ? null : DialogIds.locusOfControl;
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
