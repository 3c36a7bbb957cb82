// Who is talking, looked up once per turn: the risk check, the client context, the adviser
// commands and the card actions all need it, and each lookup is a database round trip. The client
// and whether the sender is an adviser come from one statement; a full adviser record is read only
// for advisers.
import type { TurnContext } from 'botbuilder';
import { AdviserRepository, type Adviser } from '../db/advisers.ts';
import { ClientRepository, type Client, type TurnParties } from '../db/clients.ts';
import { factsStillFresh, readClientFacts, type ClientFacts, type ReadFacts } from '../db/clientFacts.ts';
import { coachingStyleOf } from '../db/coachingStyles.ts';
import type { CoachingStyle } from '../domain/coachingStyle.ts';
import type { Database } from '../db/database.ts';
import { userKeyOf } from './userKey.ts';

const PARTIES_KEY = Symbol('coach.turn.parties');
const CLIENT_KEY = Symbol('coach.turn.client');
const ADVISER_KEY = Symbol('coach.turn.adviser');
const FACTS_KEY = Symbol('coach.turn.facts');

async function once<T>(context: TurnContext, key: symbol, load: () => Promise<T>): Promise<T> {
  if (context.turnState.has(key)) return context.turnState.get(key) as T;
  const value = await load();
  context.turnState.set(key, value);
  return value;
}

function turnParties(context: TurnContext, db: Database): Promise<TurnParties> {
  return once(context, PARTIES_KEY, () => new ClientRepository(db).findTurnParties(userKeyOf(context.activity)));
}

/** The client record of the sender, as stored at the start of the turn (or after rememberTurnClient). */
export function turnClient(context: TurnContext, db: Database): Promise<Client | null> {
  return once(context, CLIENT_KEY, async () => (await turnParties(context, db)).client);
}

/** Replaces the cached client after this turn changed it. */
export function rememberTurnClient(context: TurnContext, client: Client | null): void {
  context.turnState.set(CLIENT_KEY, client);
}

export function turnAdviser(context: TurnContext, db: Database): Promise<Adviser | null> {
  return once(context, ADVISER_KEY, async () => {
    const { adviserId } = await turnParties(context, db);
    return adviserId ? new AdviserRepository(db).findById(adviserId) : null;
  });
}

/**
 * This client's facts (db/clientFacts.ts): as the turn's first lookup read them, unless something
 * has changed them since, when they are read again (one statement) and kept for the rest of the turn.
 */
export async function turnClientFacts(context: TurnContext, db: Database, clientId: string): Promise<ClientFacts> {
  const kept = (context.turnState.get(FACTS_KEY) as ReadFacts | undefined) ?? (await turnParties(context, db)).facts;
  if (kept && kept.clientId === clientId && factsStillFresh(kept)) return kept.facts;
  const fresh = await readClientFacts(db, clientId);
  context.turnState.set(FACTS_KEY, fresh);
  return fresh.facts;
}

/** The client's coaching style: their latest locus band, with any override their adviser set. */
export async function turnCoachingStyle(context: TurnContext, db: Database, client: { id: string; styleOverride: string | null }): Promise<CoachingStyle> {
  return coachingStyleOf((await turnClientFacts(context, db, client.id)).locusBand, client.styleOverride);
}
