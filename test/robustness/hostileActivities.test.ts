// Well-formed JSON that reaches for built-in object properties or leaves out what botbuilder takes
// for granted: invoke names like "toString", invokes with a null value, broken @mentions. Each is
// refused with 400 (as the README promises) or handled, never a failed turn behind a 200.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { sorryMessage } from '../../src/messages/en/common.ts';

describe(`hostile activities on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  const sorry = (user: ChatUser) => user.replies().filter((reply) => reply.text === sorryMessage);

  it('answers invokes named after built-in object properties with 400', async () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      for (const channelId of ['emulator', 'msteams']) {
        const user = new ChatUser(bot, { channelId });
        const response = await bot.post(user.activity({ type: 'invoke', name, value: { action: { type: 'Action.Execute' } } }));
        expect({ name, channelId, status: response.status }).toEqual({ name, channelId, status: 400 });
      }
    }
  });

  it('answers invokes with a null or missing value with 400', async () => {
    const names = ['adaptiveCard/action', 'fileConsent/invoke', 'task/fetch', 'composeExtension/query', 'config/fetch', 'actionableMessage/executeAction', 'signin/verifyState', 'application/search'];
    for (const name of names) {
      for (const value of [null, undefined]) {
        const user = new ChatUser(bot, { channelId: 'msteams' });
        const response = await bot.post(user.activity({ type: 'invoke', name, value }));
        expect({ name, value, status: response.status }).toEqual({ name, value, status: 400 });
        expect(sorry(user)).toEqual([]);
      }
    }
    const unnamed = new ChatUser(bot, { channelId: 'msteams' });
    expect((await bot.post(unnamed.activity({ type: 'invoke', value: null }))).status).toBe(400);
  });

  it('never fails a turn over a broken @mention', async () => {
    const brokenMentions: unknown[] = [
      { type: 'mention', text: '<at>Coach</at>' },
      { type: 'mention', text: '<at>Coach</at>', mentioned: null },
      { type: 'mention', text: { toString: 1 }, mentioned: { id: 'coach-bot' } },
      { type: 'Mention', text: 42, mentioned: { id: 'coach-bot' } },
      { type: 'mention', mentioned: { id: 'coach-bot' } },
      { type: 'mention', text: '<at>Coach</at>', mentioned: { name: 'Coach' } },
    ];
    for (const entity of brokenMentions) {
      const user = new ChatUser(bot, { channelId: 'msteams' });
      const response = await bot.post(user.activity({ type: 'message', text: '<at>Coach</at> hello', entities: [entity] }));
      expect(response.status, JSON.stringify(entity)).toBeLessThan(500);
      if (response.status === 200) expect(user.replies().map((reply) => reply.text).join('\n')).toMatch(/Is it OK for me to keep your answers\?/);
      expect(sorry(user), JSON.stringify(entity)).toEqual([]);
    }
  });

  it('still takes the bot mention out of a well-formed Teams message', async () => {
    const user = new ChatUser(bot, { channelId: 'msteams' });
    const mention = { type: 'mention', text: '<at>Coach</at>', mentioned: { id: 'coach-bot', name: 'Coach' } };
    const response = await bot.post(user.activity({ type: 'message', text: '<at>Coach</at> help', entities: [mention] }));
    expect(response.status).toBe(200);
    expect(user.replies().map((reply) => reply.text).join('\n')).toMatch(/talk to my adviser/i);
  });

  it('never fails a turn over entities that are null', async () => {
    const user = new ChatUser(bot, { channelId: 'msteams' });
    const response = await bot.post(user.activity({ type: 'message', text: 'help', entities: null }));
    expect(response.status).toBeLessThan(500);
    expect(sorry(user)).toEqual([]);
  });
});
