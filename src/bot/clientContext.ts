// Turn middleware: finds the client behind the incoming activity (if they have consented) and
// keeps their last contact and time zone fresh. Dialogs read it with currentClient().
import type { Middleware, TurnContext } from 'botbuilder';
import { ClientRepository, type Client } from '../db/clients.ts';
import type { CoachServices } from '../services.ts';
import { isTimeZone } from '../domain/timeZones.ts';
import { rememberTurnClient, turnClient } from './turnLookups.ts';
import { isProactiveTurn } from './proactiveTurn.ts';

const CLIENT_KEY = Symbol('coach.client');

export function currentClient(context: TurnContext): Client | null {
  return (context.turnState.get(CLIENT_KEY) as Client | undefined) ?? null;
}

const CONTACT_BEFORE_KEY = Symbol('coach.contactBeforeThisTurn');

/** When the client last wrote before this message (to within CONTACT_REFRESH_MS), if known. */
export function contactBeforeThisTurn(context: TurnContext): Date | null {
  return (context.turnState.get(CONTACT_BEFORE_KEY) as Date | undefined) ?? null;
}

export function rememberClient(context: TurnContext, client: Client | null): void {
  context.turnState.set(CLIENT_KEY, client);
}

/** The IANA time zone the channel reports (Teams and Web Chat send localTimezone), if valid. */
export function channelTimeZone(context: TurnContext): string | null {
  const zone = context.activity.localTimezone;
  return zone && isTimeZone(zone) ? zone : null;
}

/** Stalls are counted in days, so last contact need not be rewritten on every message of a chat. */
export const CONTACT_REFRESH_MS = 5 * 60_000;

function contactIsStale(client: Client, now: Date, zone: string | null): boolean {
  if (!client.lastContactAt || now.getTime() - client.lastContactAt.getTime() >= CONTACT_REFRESH_MS) return true;
  return client.unansweredOutreach > 0 || (zone !== null && zone !== client.timeZone);
}

export class ClientContext implements Middleware {
  private readonly clients: ClientRepository;

  constructor(private readonly services: CoachServices) {
    this.clients = new ClientRepository(services.db);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    // A proactive send builds its message from what its caller loaded; a lookup here would be wasted.
    if (isProactiveTurn(context.activity)) return next();
    let client = await turnClient(context, this.services.db);
    const now = this.services.clock.now();
    const zone = channelTimeZone(context);
    if (client?.lastContactAt) context.turnState.set(CONTACT_BEFORE_KEY, client.lastContactAt);
    if (client && context.activity.type === 'message' && contactIsStale(client, now, zone)) {
      client = await this.clients.recordContact(client.id, now, zone);
      rememberTurnClient(context, client);
    }
    rememberClient(context, client);
    await next();
  }
}
