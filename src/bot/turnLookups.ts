// Who is talking, looked up once per turn: the risk check, the client context, the adviser
// commands and the card actions all need it, and each lookup is a database round trip. The client
// and whether the sender is an adviser come from one statement; a full adviser record is read only
// for advisers.
import type { TurnContext } from 'botbuilder';
import { AdviserRepository, type Adviser } from '../db/advisers.ts';
import { ClientRepository, type Client, type TurnParties } from '../db/clients.ts';
import type { Database } from '../db/database.ts';
import { userKeyOf } from './userKey.ts';

const PARTIES_KEY = Symbol('coach.turn.parties');
const CLIENT_KEY = Symbol('coach.turn.client');
const ADVISER_KEY = Symbol('coach.turn.adviser');

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
