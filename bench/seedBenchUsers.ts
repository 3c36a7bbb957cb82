// Bench users who have already consented, finished their self-assessment and answered the
// locus-of-control questions, so every conversation starts at the menu as it would for a
// returning client. Written through Prisma, as the app writes them.
import { createDatabase } from '../src/db/database.ts';

export async function seedConsentedClients(databaseUrl: string, userIds: string[]): Promise<void> {
  const handle = createDatabase(databaseUrl);
  try {
    const now = new Date();
    const db = handle.db;
    await db.client.createMany({
      data: userIds.map((userId) => ({
        id: `bench-client-${userId}`,
        userKey: `emulator:${userId}`,
        channelId: 'emulator',
        displayName: 'Bench User',
        consentVersion: '2026-11',
        consentedAt: now,
        lastContactAt: now,
      })),
    });
    await db.vocationalProfile.createMany({
      data: userIds.map((userId) => ({
        clientId: `bench-client-${userId}`,
        data: JSON.stringify({ jobPreferences: 'warehouse work', hours: 'part time', barriers: ['transport'] }),
        marker: 'amber',
        completedAt: now,
      })),
    });
    await db.locusResult.createMany({
      data: userIds.map((userId) => ({
        clientId: `bench-client-${userId}`,
        score: 3,
        band: 'mixed',
        answers: JSON.stringify({}),
        takenAt: now,
      })),
    });
  } finally {
    await handle.close();
  }
}
