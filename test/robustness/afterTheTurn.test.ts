// Work the turn middleware leaves running after a turn (pruning old activity records) may fail
// after botbuilder has revoked the turn's context. Its warning must still be written (to the log,
// stdout), not turn into an unhandled rejection, which can stop the process.
import { TestAdapter } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationLocks } from '../../src/db/conversationLocks.ts';
import type { ProcessedActivities } from '../../src/db/processedActivities.ts';
import { OneTurnAtATime } from '../../src/bot/oneTurnAtATime.ts';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  unhandled.length = 0;
});

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('work left after a turn', () => {
  it('fails after the turn context is revoked without an unhandled rejection', async () => {
    process.on('unhandledRejection', onUnhandled);
    const locks = { acquire: async () => ({ release: async () => undefined }) };
    const processed = {
      claim: async () => ({ duplicate: false }),
      pruneNowAndThen: () => later(20).then(() => Promise.reject(new Error('database gone'))),
    };
    const adapter = new TestAdapter(async (context) => {
      await context.sendActivity('hello back');
    });
    adapter.use(new OneTurnAtATime(locks as unknown as ConversationLocks, processed as unknown as ProcessedActivities, 1_000));

    await adapter.send('hello').assertReply('hello back');
    await later(80);
    expect(unhandled).toEqual([]);
  });
});
