// Play-testing 2026-12-08, over the real app: at the name question "shop work maybe" had "Nice to
// meet you, Shop Work Maybe", "to pay rent" had the benefits hand-over, and "its jo, well joanne"
// was refused; at the kinds of work offered, "nobody really, my mum is ill" was kept as a job and
// later offered as a [Nobody] button; at "What makes you want that job?", "yes my anxiety is bad"
// was kept as the reason.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { consentAndLink, externalPersona, joined } from './journey.ts';

describe('work, money and a life told where a name, a job or a reason is asked', () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('"shop work maybe" and "to pay rent" are no name and no benefits question; "its jo, well joanne" is Joanne', async () => {
    const user = new ChatUser(bot);
    await user.join();
    expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
    expect(joined(await user.say('shop work maybe'))).not.toMatch(/Shop Work Maybe/);
    const rent = joined(await user.say('to pay rent'));
    expect(rent).not.toMatch(/cannot give advice about benefits|passed your question on/);
    expect(rent).not.toMatch(/Nice to meet you/);
    expect(joined(await user.say('its jo, well joanne'))).toMatch(/Nice to meet you, Joanne\./);
  });

  it('"will this affect my universal credit" at the name question is still handed over', async () => {
    const user = new ChatUser(bot);
    await user.join();
    await user.say('yes');
    expect(joined(await user.say('will this affect my universal credit'))).toMatch(/cannot give advice about benefits/);
  });

  it('"nobody really, my mum is ill" is no job, and "yes my anxiety is bad" is no reason', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, externalPersona);
    expect(joined(await user.say('not sure'))).toMatch(/Here are some kinds of work/);
    const nobody = joined(await user.say('nobody really, my mum is ill'));
    expect(nobody).not.toMatch(/What makes you want that job\?|another job/);
    expect(joined(await user.say('warehouse work'))).toMatch(/What makes you want that job\?/);
    const anxiety = joined(await user.say('yes my anxiety is bad'));
    expect(anxiety).toMatch(/I will ask about your health, in body or mind a bit later\./);
    expect(anxiety).toMatch(/What makes you want that job\?/);
    const next = joined(await user.say('steady hours'));
    expect(next).toMatch(/another job/);
    expect(next).not.toMatch(/\[Nobody\]/);
  });
});
