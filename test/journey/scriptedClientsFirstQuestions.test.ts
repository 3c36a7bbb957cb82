// Scripted clients, round twenty-six: new clients played through onboarding, the self-assessment
// and the locus-of-control sentences (an ESOL mum of three, a low-literacy labourer, a carer of an
// autistic son who uses a wheelchair, and others). Each row is a reply where the coach had not heard
// what was typed, and fails without its mend:
// - "my name Amina" at consent: "Sorry, I didn't catch that" (a name said without "is").
// - "yes that's fine my name is Marcus" at consent (voice-typed): the name asked for again.
// - "no that's it" and "little bit" at "What would you like me to call you?": greeted as names.
// Their words, row by row: test/domain/scriptedClientsFirstQuestionsWords.test.ts.
// - "cant do computers" at "Using computers or phones": "please tap Yes, No or I'd rather not say".
// - "I use a wheelchair" at "Health, in body or mind": "Sorry, I didn't catch that".
// - "yes my son, he's 9 and autistic" at "Childcare or caring": kept under health, and caring asked again.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { BARRIER_IDS, type BarrierId } from '../../src/domain/barriers.ts';
import { nameBeforeConsent } from '../../src/messages/en/onboarding.ts';
import { consentAndLink, joined } from './journey.ts';

describe(`scripted clients at the first questions, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());
  const TO_THE_BARRIERS = ['teaching assistant', 'I understand children', "No, that's all", 'no', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'No one yet'];

  async function profileOf(user: ChatUser) {
    const client = await bot.app.database.db.client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    return { client, profile: (await new ProfileRepository(bot.app.database.db).loadProgress(client!.id)).profile };
  }

  it('an ESOL client gives her name at consent: it is heard, and consent asked again', async () => {
    const user = new ChatUser(bot);
    expect(joined(await user.say('hello'))).toMatch(/Is it OK for me to keep your answers\?/);
    const steps: [string, RegExp, RegExp?][] = [
      ['my name Amina', new RegExp(nameBeforeConsent('Amina').replace(/[.?]/g, '\\$&')), /didn't catch that/],
      ['yes ok', /Did your adviser give you a code\?/, /What would you like me to call you\?/],
    ];
    for (const [said, expected, never] of steps) {
      const replies = joined(await user.say(said));
      expect(replies, said).toMatch(expected);
      if (never) expect(replies, said).not.toMatch(never);
    }
    expect((await profileOf(user)).client?.displayName).toBe('Amina');
  });

  it('a voice-typed yes with a name: the name is kept and not asked for', async () => {
    const user = new ChatUser(bot);
    await user.say('hello there');
    const replies = joined(await user.say("yes that's fine my name is Marcus"));
    expect(replies).toMatch(/Nice to meet you, Marcus\./);
    expect(replies).toMatch(/Did your adviser give you a code\?/);
    expect(replies).not.toMatch(/What would you like me to call you\?/);
  });

  it('a carer who uses a wheelchair: each answer is kept where she meant it, none asked again', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Priya', code: "I don't have one" });
    for (const answer of TO_THE_BARRIERS) await user.say(answer);
    const typed: Partial<Record<BarrierId, string>> = {
      'childcare-caring': "yes my son, he's 9 and autistic",
      health: 'I use a wheelchair',
      'digital-skills': 'cant do computers',
    };
    for (const id of BARRIER_IDS) {
      const said = typed[id] ?? 'No';
      const replies = joined(await user.say(said));
      expect(replies, said).not.toMatch(/didn't catch that|please tap "Yes"|I have noted that/i);
    }
    const { profile } = await profileOf(user);
    expect(profile.barriers).toMatchObject({ 'childcare-caring': 'yes', health: 'yes', 'digital-skills': 'yes', housing: 'no' });
    expect(profile.barrierNotes?.['childcare-caring']).toBe(typed['childcare-caring']);
    expect(profile.barrierNotes?.health).toBe(typed.health);
  });
});
