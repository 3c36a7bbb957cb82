// Which clients the periodic escalation rules look at: active and consented.
import type { Database } from './database.ts';

export async function activeConsentedClientIds(db: Database): Promise<string[]> {
  const rows = await db.client.findMany({
    where: { status: 'active', consentWithdrawnAt: null, consentedAt: { not: null } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => row.id);
}
