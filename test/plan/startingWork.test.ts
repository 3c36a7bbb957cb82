// News of work as people type it, found by play-testing: "started at asda today" had been ignored,
// an offer they are unsure about got only the menu, and "started last week actually" or "dunno yet
// they havent said" at "When do you start?" got "I didn't catch that date" again and again.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { atTheMenu } from '../journey/journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');

describe(`starting work, said loosely, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function atTheMenuWithJobs() {
    const { seeded, user } = await atTheMenu(bot, MONDAY);
    const jobs = () => bot.app.database.db.employment.findMany({ where: { clientId: seeded.id } });
    return { user, jobs, clientId: seeded.id };
  }

  it('"started at asda today" is kept as a job at Asda from today', async () => {
    const { user, jobs } = await atTheMenuWithJobs();
    expect(joined(await user.say('started at asda today'))).toMatch(/Well done on the job at Asda\.[\s\S]*Your start day is Monday 8 June\./);
    expect(await jobs()).toMatchObject([{ employer: 'Asda', endedAt: null }]);
  });

  it('"started at the college today" is not a job', async () => {
    const { user, jobs } = await atTheMenuWithJobs();
    expect(joined(await user.say('started at the college today'))).not.toMatch(/Well done on the job/);
    expect(await jobs()).toEqual([]);
  });

  it('an offer they are unsure about is heard, with the adviser offered, and no job is kept', async () => {
    const { user, jobs } = await atTheMenuWithJobs();
    const replies = joined(await user.say('got offered a job at amazon warehouse but its nights, not sure if i should take it'));
    expect(replies).toMatch(/Well done on the offer! It is a big choice, and it is yours to make\./);
    expect(replies).toMatch(/Type "talk to my adviser"/);
    expect(await jobs()).toEqual([]);
  });

  // The day gone by is kept when one is said (it had been today, and "started on friday" the Friday to come).
  it.each([
    ['started last week actually', /Well done on starting\./, new Date('2026-05-31T23:00:00Z')],
    ['i started on friday', /Well done on starting\./, new Date('2026-06-04T23:00:00Z')],
    ['started yesterday', /Well done on starting\./, new Date('2026-06-06T23:00:00Z')],
    ['I already started', /Well done on starting\./, MONDAY],
    ['dunno yet they havent said', /That is fine\. I have noted the job\. Tell me your start day when you know it\./, MONDAY],
    ['Not sure yet', /That is fine\. I have noted the job\./, MONDAY],
  ])('"%s" at "When do you start?" keeps the job', async (typed, reply, startsOn) => {
    const { user, jobs } = await atTheMenuWithJobs();
    await user.say('ive got a job!');
    expect(joined(await user.say('morrisons'))).toMatch(/When do you start\?.*\[Not sure yet\]/);
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(reply);
    expect(replies).not.toMatch(/didn't catch that date/);
    expect(await jobs()).toMatchObject([{ employer: 'morrisons', startsOn }]);
  });

  // A later "I start on Monday" had started a second job, ending the first and losing its employer.
  it('the start day told later, after "not sure yet", goes on the job already kept, and its check-ins follow it', async () => {
    const { user, jobs, clientId } = await atTheMenuWithJobs();
    await user.say('ive got a job!');
    await user.say('tesco');
    await user.say('not sure yet');
    clock.current = new Date('2026-06-10T09:00:00Z');
    const replies = joined(await user.say('they said i start on monday'));
    expect(replies).toMatch(/Thank you for telling me your start day\.[\s\S]*Your start day is Monday 15 June\./);
    expect(replies).not.toMatch(/Well done on|Where is the job/);
    expect(await jobs()).toMatchObject([{ employer: 'tesco', startsOn: new Date('2026-06-14T23:00:00Z'), endedAt: null }]);
    const checkIns = await bot.app.database.db.reminder.findMany({ where: { clientId, kind: 'in-work-check-in', status: 'pending' }, orderBy: { sendAt: 'asc' } });
    expect(checkIns[0]!.sendAt.getTime()).toBeGreaterThan(new Date('2026-06-17T00:00:00Z').getTime());
    clock.current = MONDAY;
  });

  it('a job at another place, told later, is a new job', async () => {
    const { user, jobs } = await atTheMenuWithJobs();
    await user.say('ive got a job!');
    await user.say('tesco');
    await user.say('not sure yet');
    expect(joined(await user.say('i got a job at asda, i start on friday'))).toMatch(/Well done on the job at asda/i);
    expect((await jobs()).map((job) => [job.employer, job.endedAt === null])).toEqual(expect.arrayContaining([['tesco', false], ['Asda', true]]));
  });
});
