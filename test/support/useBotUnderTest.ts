// The bot a describe block talks to: started in its beforeAll, stopped (and its database dropped)
// in its afterAll. The handle forwards to the running bot, so a test file holds one const, not
// the same let, beforeAll and afterAll in every file.
import { afterAll, beforeAll } from 'vitest';
import type { BotUnderTest } from './botUnderTest.ts';

export function useBotUnderTest(start: () => Promise<BotUnderTest>): BotUnderTest {
  let current: BotUnderTest | undefined;
  beforeAll(async () => {
    current = await start();
  });
  afterAll(() => current?.stop());
  const running = (): BotUnderTest => {
    if (!current) throw new Error('The bot starts in beforeAll: use it inside a test or a hook');
    return current;
  };
  return {
    get app() {
      return running().app;
    },
    get connector() {
      return running().connector;
    },
    get config() {
      return running().config;
    },
    post: (activity, headers) => running().post(activity, headers),
    stop: () => running().stop(),
  };
}
