// Listening found by the sixth round of play-testing (six new clients), over real HTTP on the
// database under test: names given the way people give them, how long answers are kept, why a
// question is asked, a client who wants it quick, and a yes said with a reason at the barriers.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { BARRIER_IDS } from '../../src/domain/barriers.ts';
import { consentAnswers, howLongKept } from '../../src/messages/en/onboarding.ts';
import { questionPurpose } from '../../src/messages/en/selfAssessment.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';
import { barrierRetry } from '../../src/messages/en/selfAssessment.ts';
import { barrierDetailHeard, reflectLow, tiredHeard, whatThisIsFor } from '../../src/messages/en/listening.ts';
import { clientByUser, consentAndLink, joined } from './journey.ts';

const KEPT = howLongKept({ closeAfterDays: 90, deleteAfterDays: 365 });

describe(`play-testing, sixth round: listening, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  async function profileOf(user: ChatUser) {
    const client = await clientByUser(bot, user);
    return (await new ProfileRepository(bot.app.database.db).loadProgress(client!.id)).profile;
  }

  it('"how long do you keep it?" at consent is answered with how long, then the question again', async () => {
    const user = new ChatUser(bot);
    await user.join();
    const alone = joined(await user.say('how long do you keep it?'));
    expect(alone).toContain(KEPT);
    expect(alone).toMatch(/If we are not in touch for 90 days, your case is closed\. A year after that, I delete everything/);
    expect(alone).toMatch(/Is it OK for me to keep your answers\?/);
    const both = joined(await user.say('Who will see my information, and how long do you keep it?'));
    expect(both).toContain(`${consentAnswers['who-sees']} ${KEPT}`);
    expect(both).toMatch(/Is it OK for me to keep your answers\?/);
    expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
  });

  it.each([
    ['My name is Graham Whitfield. You may call me Graham.', 'Graham'],
    ['ok. Dev', 'Dev'],
  ])('%j at the name question is called %s', async (typed, name) => {
    const user = new ChatUser(bot);
    await user.join();
    await user.say('yes');
    const replies = joined(await user.say(typed));
    expect(replies).toContain(`Nice to meet you, ${name}.`);
    expect(replies).not.toMatch(/Please type just your first name/);
    expect((await clientByUser(bot, user))!.displayName).toBe(name);
  });

  it('"why do you need that?" is told why that question is asked, then the question again', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Dev', code: "I don't have one" });
    await user.say('retail');
    const replies = joined(await user.say('why do you need that?'));
    expect(replies).toContain(questionPurpose(questionById('first-job-reason')));
    expect(replies).not.toContain(whatThisIsFor);
    expect(replies).toMatch(/What makes you want that job\?/);
  });

  it('"honestly im knackered, can we be quick" is told it can stop, and how many questions are left; it is no answer', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Jess', code: "I don't have one" });
    for (const answer of ['teaching assistant', 'school hours', "No, that's all", 'no']) await user.say(answer);
    expect(joined(await user.say('i have gcses'))).toMatch(/And what did not go so well\?/);
    const replies = joined(await user.say('honestly im knackered, can we be quick'));
    // 6 more in this part and the next few, 14 things that make work harder, 2 more, and 8 statements.
    expect(replies).toContain(tiredHeard(30));
    expect(replies).toMatch(/type "cancel", or come back when you like\. Nothing you told me is lost\. There are about 30 questions left\./);
    expect(replies).toMatch(/And what did not go so well\?/);
    expect(replies).not.toMatch(/Step 3 of 8/);
    expect(joined(await user.say('early starts'))).toMatch(/Step 3 of 8/);
    expect((await profileOf(user)).workHistory.didNotGoWell).toBe('early starts');
    expect(joined(await user.say('cancel'))).toMatch(/I have kept your place/);
  });

  it('a yes with a reason at the barrier questions is kept as yes, with the reason beside it', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Oksana', code: "I don't have one" });
    for (const answer of ['office work', 'Skip', "No, that's all", 'no', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'No one yet']) await user.say(answer);
    const typed: Record<string, string> = {
      'childcare-caring': 'i told you, yes',
      qualifications: 'Yes. My diploma is not recognise here',
      'digital-skills': 'To be honest, yes. I have not used a computer much beyond email.',
    };
    for (const id of BARRIER_IDS) {
      const replies = joined(await user.say(typed[id] ?? 'No'));
      expect(replies).not.toContain(barrierDetailHeard);
      expect(replies).not.toContain(barrierRetry);
      expect(replies).not.toContain(reflectLow['warm-guided']);
    }
    const profile = await profileOf(user);
    expect(profile.barriers).toMatchObject({ 'childcare-caring': 'yes', qualifications: 'yes', 'digital-skills': 'yes', housing: 'no' });
    expect(profile.barrierNotes).toEqual({
      qualifications: 'Yes. My diploma is not recognise here',
      'digital-skills': 'To be honest, yes. I have not used a computer much beyond email.',
    });
  });
});
