// Secrets the bot makes for itself when the operator did not set one (local mode only): made once,
// kept in the database so every instance and every restart uses the same one.
import { randomBytes } from 'node:crypto';
import type { Database } from './database.ts';

/** Kept in the bot-state table under keys no channel can produce (they have no slash). */
const KEY_PREFIX = 'coach:secret:';

export async function storedSecret(db: Database, name: string): Promise<string> {
  const key = `${KEY_PREFIX}${name}`;
  const existing = await db.botState.findUnique({ where: { key } });
  if (existing) return (JSON.parse(existing.data) as { secret: string }).secret;
  const secret = randomBytes(32).toString('hex');
  try {
    await db.botState.create({ data: { key, eTag: 'secret', data: JSON.stringify({ secret }) } });
    return secret;
  } catch {
    // Another instance made it first: use theirs.
    const made = await db.botState.findUniqueOrThrow({ where: { key } });
    return (JSON.parse(made.data) as { secret: string }).secret;
  }
}
