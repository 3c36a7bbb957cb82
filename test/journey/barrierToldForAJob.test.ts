// Play-testing 2026-12-08: at "Is there another job you would like?", "my mum is ill so i look after
// her some days" had "I am not sure which job you mean"; "im in a hostel at the moment" and "im
// behind on my rent" at the job questions had been kept as jobs called "Hostel" and "Behind on my
// rent"; "3" had been kept as a job called "3". A barrier told of their own life is now kept with
// that barrier, said back, and the job question asked again; jobs that carry such words stay jobs.
import { describe, expect, it } from 'vitest';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { startBotOnFreshDatabase, ChatUser } from '../support/botUnderTest.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { clientByUser, consentAndLink, externalPersona, joined } from './journey.ts';

describe('a barrier told where a job is asked', () => {
  it.each([
    ['my mum is ill so i look after her some days', 'childcare-caring'],
    ['i dont drive and the buses are rubbish here', 'transport'],
    ['got a bad back so nothing heavy', 'health'],
    ['im in a hostel at the moment', 'housing'],
    ['im behind on my rent', 'housing'],
    ['i have a criminal record from years ago', 'convictions'],
    ['im on methadone', 'substance-use'],
    ['no car and i live out in the sticks', 'transport'],
  ])('%j is kept with %s, not as a job', (text, barrier) => {
    for (const id of ['first-job', 'second-job']) expect(parseAssessmentAnswer(questionById(id), text)).toEqual({ kind: 'other-barrier', barrier, value: text });
  });

  it.each(['care work', 'carer', 'delivery driver', 'bus driver', 'health care assistant', 'working with kids', 'nursery nurse', 'van driving', 'i want to drive vans'])(
    '%j is still a job',
    (text) => {
      expect(parseAssessmentAnswer(questionById('first-job'), text)?.kind).toMatch(/^(?:text|jobs|job-with-reason)$/);
    },
  );

  it.each(['i used to look after people in a care home', 'i have experience caring for my nan'])('%j, about work done, is never kept as a barrier', (text) => {
    expect(parseAssessmentAnswer(questionById('first-job'), text)?.kind).not.toBe('other-barrier');
  });

  it.each(['3', '42', '!!'])('%j is no job', (text) => {
    expect(parseAssessmentAnswer(questionById('second-job'), text)).toBeNull();
  });

  it.each(['is there anything with no driving?', 'does it matter that i have kids?'])('%j is a question, not a barrier told', (text) => {
    expect(parseAssessmentAnswer(questionById('second-job'), text)?.kind).not.toBe('other-barrier');
  });
});

describe('in a conversation', () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('notes the caring said at "Is there another job you would like?", asks again, and keeps no job for it', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, externalPersona);
    expect(joined(await user.say('warehouse work'))).toMatch(/What makes you want that job\?/);
    expect(joined(await user.say('steady hours'))).toMatch(/another job/);
    const heard = joined(await user.say('my mum is ill so i look after her some days'));
    expect(heard).toMatch(/Thank you for telling me\. I have noted it\. I will ask about looking after kids or someone else a bit later\./);
    expect(heard).toMatch(/another job/);
    expect(heard).not.toMatch(/not sure which job you mean/);
    expect(joined(await user.say('3'))).toMatch(/not sure which job you mean/);
    expect(joined(await user.say("No, that's all"))).toMatch(/Step 2 of 8/);
    const client = await clientByUser(bot, user);
    const { profile } = await new ProfileRepository(bot.app.database.db).loadProgress(client!.id);
    expect(profile.jobGoals.map((goal) => goal.title)).toEqual(['Warehouse work']);
    expect(profile.barrierNotes?.['childcare-caring']).toContain('my mum is ill so i look after her some days');
  });
});
