// A thousand random, malformed and hostile activities (FUZZ_CASES for more) posted to /api/messages in local mode:
// the server stays up, never answers a client's mistake with a 5xx, and a normal user's
// conversation works the same before and after.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { rowCounts } from '../privacy/everyTable.ts';
import { generateCases } from './randomActivities.ts';

const CASES = Number(process.env.FUZZ_CASES ?? 1200);
const SEED = 20261123;

/** The texts a new user sees in their first few turns, with their own name taken out. */
async function firstTurns(user: ChatUser): Promise<string[]> {
  const texts: string[] = [];
  for (const said of ['hello', 'yes', 'Robin', 'help']) texts.push(...(await user.say(said)));
  return texts.map((text) => text.replace(/Robin/g, '<name>'));
}

describe(`${CASES} random and malformed activities on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('stays up, answers 200 or 4xx, and leaves a normal conversation unchanged', { timeout: 120_000 }, async () => {
    const before = await firstTurns(new ChatUser(bot, { name: 'Robin' }));
    const regular = new ChatUser(bot, { name: 'Robin' });
    await firstTurns(regular);

    let sent = 0;
    const cases = generateCases(CASES, SEED, (n) => ({
      id: `fuzz-${n}-${sent++}`,
      channelId: 'emulator',
      serviceUrl: bot.connector.url,
      from: { id: `fuzz-user-${n}`, name: `Fuzz ${n}` },
      recipient: { id: 'coach-bot' },
      conversation: { id: `fuzz-conv-${n}` },
      locale: 'en-GB',
    }));
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    const slowest: Array<{ ms: number; kind: string }> = [];
    const started = Date.now();
    // One worker per group of users: turns in one conversation arrive in order, as from a channel.
    const WORKERS = 6;
    async function worker(lane: number): Promise<void> {
      for (let index = 0; index < cases.length; index++) {
        const item = cases[index]!;
        if (item.user % WORKERS !== lane) continue;
        const sentAt = performance.now();
        const response = await fetch(`${bot.app.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': item.contentType ?? 'application/json' },
          body: item.body,
        });
        await response.arrayBuffer();
        slowest.push({ ms: Math.round(performance.now() - sentAt), kind: item.kind });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const ok = response.status === 200 || response.status === 201;
        const clientError = response.status >= 400 && response.status < 500;
        const acceptable = item.expect === 'ok' ? ok : item.expect === 'client-error' ? clientError : ok || clientError;
        if (!acceptable) problems.push(`#${index} ${item.kind}: ${response.status} for ${item.body.slice(0, 160)}`);
      }
    }
    await Promise.all(Array.from({ length: WORKERS }, (_, lane) => worker(lane)));
    const seconds = (Date.now() - started) / 1000;
    slowest.sort((a, b) => b.ms - a.ms);
    console.info(`${CASES} activities in ${seconds.toFixed(1)} s; statuses: ${JSON.stringify(Object.fromEntries(statuses))}; slowest: ${JSON.stringify(slowest.slice(0, 5))}`);

    expect(problems.slice(0, 20)).toEqual([]);
    expect((await fetch(`${bot.app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${bot.app.url}/readyz`)).status).toBe(200);

    // A new user gets exactly what a new user got before; the regular user carries on.
    expect(await firstTurns(new ChatUser(bot, { name: 'Robin' }))).toEqual(before);
    expect((await regular.say('help')).join('\n')).toMatch(/talk to my adviser/i);

    // Sane state: at most one client per user who could have said yes; no stray audit or advisers.
    const counts = await rowCounts(bot.app.database.db);
    expect(counts.Client).toBeLessThanOrEqual(40 + 3);
    expect(counts.ConversationRef).toBeLessThanOrEqual(40 * 2 + 3);
    expect(counts.BotState).toBeLessThanOrEqual(40 * 2 + 6);
    expect(await bot.app.database.db.client.count({ where: { userKey: { startsWith: 'emulator:fuzz-user-' }, status: { notIn: ['active', 'closed'] } } })).toBe(0);
  });
});
