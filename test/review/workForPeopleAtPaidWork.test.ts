// Play-testing reviews, round twenty-six: "doing ironing for neighbours" at "Have you had a paid job
// in the last two years?" had "Sorry, I didn't catch that". Small jobs for people may be paid or a
// favour: the client is asked kindly, with no word of rules, and a yes after it is kept.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { tellsOfWorkForPeople } from '../../src/domain/workForPeople.ts';
import { workForPeopleHeard } from '../../src/messages/en/listening.ts';
import { joined } from '../journey/journey.ts';

describe('small jobs for people, where paid work is asked', () => {
  it('hears them, and leaves a yes, a no, unpaid and cash in hand to their own readings', () => {
    for (const text of ['doing ironing for neighbours', 'bit of cleaning for people round here', 'i do babysitting for my sister', 'gardening for a few neighbours']) {
      expect(tellsOfWorkForPeople(text), text).toBe(true);
    }
    for (const text of ['yes cleaning for neighbours', 'ironing for neighbours for free', 'cash in hand ironing for neighbours', 'i like cleaning', 'is ironing for neighbours ok?', 'no']) {
      expect(tellsOfWorkForPeople(text), text).toBe(false);
    }
  });
  it('asks kindly, and never of benefits or rules', () => {
    expect(workForPeopleHeard).not.toMatch(/benefit|sanction|rule|declare|allowed|illegal|tax/i);
  });
});

describe(`"doing ironing for neighbours" at the paid-work question, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('is heard and asked kindly whether it is paid; "yes they give me a bit" then goes on', async () => {
    const user = new ChatUser(bot);
    await user.join();
    let last = '';
    for (const text of ['yes ok', 'Joy', 'no', 'cleaning', 'i like it', 'no']) last = joined(await user.say(text));
    expect(last).toMatch(/paid job in the last two years/);
    const heard = joined(await user.say('doing ironing for neighbours'));
    expect(heard).toContain(workForPeopleHeard);
    expect(heard).not.toMatch(/didn't catch that/);
    expect(joined(await user.say('yes they give me a bit'))).toMatch(/What was your last job\?/);
  });
});
