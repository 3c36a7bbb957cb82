// A waiting question keeps little in the bot state (read and written on every turn): its words,
// button titles and the name of its choice set. A question saved by an earlier release, with both
// whole activities and every choice, is still asked again and answered after an upgrade.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { joined } from './journey.ts';
import { consentNo, consentYes } from '../../src/messages/en/onboarding.ts';
import { withButtons, retryAsking, CHOICE_RETRY } from '../../dialogs/prompts.ts';

const CONSENT = 'Is it OK for me to keep your answers?';

describe('questions kept in the bot state', () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  const stateOf = async (user: ChatUser) => {
    const row = await bot.app.database.db.botState.findFirst({ where: { key: { contains: user.conversationId } } });
    return { key: row!.key, text: row!.data };
  };

  it('keeps a choice question by its words and its choice set, not its activities and choices', async () => {
    const user = new ChatUser(bot);
    expect(joined(await user.say('hello'))).toContain(CONSENT);
    const { text } = await stateOf(user);
    expect(text).toContain('"sets":["onboarding.consent"]');
    expect(text).not.toMatch(/suggestedActions|synonyms|retryPrompt/);
    expect(joined(await user.say('what?'))).toMatch(new RegExp(`${CONSENT}[\\s\\S]*\\[Yes, that is OK\\]`));
    expect(joined(await user.say('yep'))).toMatch(/What would you like me to call you\?/);
  });

  it('still asks and reads a question an earlier release saved whole', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    const { key, text } = await stateOf(user);
    const choices = [
      { value: 'yes', label: consentYes, synonyms: ['yep'] },
      { value: 'no', label: consentNo, synonyms: ['nope'] },
    ];
    const titles = choices.map((choice) => choice.label);
    const older = {
      prompt: withButtons(CONSENT, titles),
      retryPrompt: withButtons(retryAsking(CHOICE_RETRY, CONSENT), titles),
      validations: { choices },
      listening: { expecting: 'choice' },
    };
    const rewritten = text.replace(/"options":\{"question":.*?"listening":\{[^}]*\}\}/, `"options":${JSON.stringify(older)}`);
    expect(rewritten).not.toBe(text);
    await bot.app.database.db.botState.update({ where: { key }, data: { data: rewritten } });
    expect(joined(await user.say('banana'))).toContain(retryAsking(CHOICE_RETRY, CONSENT));
    expect(joined(await user.say('yep'))).toMatch(/What would you like me to call you\?/);
  });
});
