// The bot never threatens sanctions or talks about stopping benefits, even when the client brings
// them up: conditionality decisions belong to people. Every message is checked on its own in
// test/messages/noSanctions.test.ts; this checks what the bot really says in a chat.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { forbidden } from '../messages/forbiddenWords.ts';

function stringsIn(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap((item) => stringsIn(item, depth + 1));
}

describe('no sanction wording in a real chat', () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('says nothing about sanctions, even when the client brings them up', async () => {
    const user = new ChatUser(bot);
    const said = [
      'hello', 'yes', 'Sam', 'help', 'I missed my appointment, will I be sanctioned?', 'will you stop my benefits',
      'I did not do my steps', 'show my data', 'delete my data', 'no', 'stop consent', 'menu', 'talk to my adviser',
    ];
    for (const text of said) await user.say(text);
    const texts = bot.connector.caught.flatMap((caught) => stringsIn(caught.activity));
    expect(texts.length).toBeGreaterThan(10);
    expect(forbidden(texts)).toEqual([]);
  });
});
