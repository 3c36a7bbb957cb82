// Acceptance (issue 16): a client reports a new job → in-work check-ins are scheduled and sent;
// a problem at work reaches the adviser; a reported job loss gets a warm next step, the adviser
// escalation, and the job is kept with how it ended.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, type BotUnderTest } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { summaryForEscalation } from '../../src/escalation/escalationSummaryFromDb.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z'); // 10am in London

describe(`support into work on ${testProvider}`, () => {
  let bot: BotUnderTest;
  const clock = new TestClock(MONDAY);
  let user: ChatUser;
  let clientId: string;
  const text = (replies: string[]) => replies.join('\n');

  beforeAll(async () => {
    bot = await startPlanBotOnFreshDatabase(clock);
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: MONDAY });
    clientId = seeded.id;
    user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
  });
  afterAll(() => bot.stop());

  it('hears "I\'ve got a job", asks when it starts, and schedules the check-ins', async () => {
    const db = bot.app.database.db;
    const news = text(await user.say("I've got a job at Tesco!"));
    expect(news).toMatch(/That is brilliant news! Well done on the job at Tesco\./);
    expect(news).toMatch(/When do you start\?/);
    expect(text(await user.say('whenever they want'))).toMatch(/I didn't catch that date/);
    const hello = text(await user.say('hi'));
    expect(hello).toMatch(/Hello again!/);
    expect(hello).toMatch(/When do you start\?/);
    expect(hello).not.toMatch(/didn't catch/);
    const plan = text(await user.say('next monday'));
    expect(plan).toMatch(/Your start day is Monday 15 June\. I will check in with you each week for the first month, then once a month\./);

    const [job] = await db.employment.findMany({ where: { clientId } });
    expect(job).toMatchObject({ employer: 'Tesco', startsOn: new Date('2026-06-14T23:00:00Z'), endedAt: null });
    const checkIns = await db.reminder.findMany({ where: { clientId, kind: 'in-work-check-in', status: 'pending' }, orderBy: { sendAt: 'asc' } });
    expect(checkIns).toHaveLength(1 + 4 + 12);
    expect(checkIns[0]!.sendAt).toEqual(new Date('2026-06-18T09:00:00Z')); // 3 days after the start, 10am in London
    expect(checkIns[1]!.sendAt).toEqual(new Date('2026-06-22T09:00:00Z')); // a week after
    expect(checkIns.at(-1)!.sendAt.getTime()).toBeGreaterThan(new Date('2027-06-01T00:00:00Z').getTime()); // a year on
  });

  it('sends a check-in, and passes a problem at work to the adviser in the client\'s words', async () => {
    const db = bot.app.database.db;
    clock.current = new Date('2026-06-18T09:00:30Z');
    await bot.app.reminders.tick(clock.now());
    const checkIn = user.replies().at(-1)!;
    expect(checkIn.text).toMatch(/How is the new job going\?/);
    expect(checkIn.suggestedActions.actions.map((a: { title: string }) => a.title)).toEqual(['Going well', 'Some problems', 'Talk to my adviser']);
    expect(text(await user.say('Some problems'))).toMatch(/What is making it hard\?/);
    expect(text(await user.say('the shifts keep changing every week'))).toMatch(/I have asked your adviser to get in touch/);
    const escalation = await db.escalation.findFirstOrThrow({ where: { clientId, reason: 'client-asked' } });
    expect(escalation.detail).toMatch(/In work at Tesco: .*the shifts keep changing every week/);
  });

  it('hears a problem at work typed at the menu, and passes it on without asking what is hard', async () => {
    const db = bot.app.database.db;
    clock.current = new Date('2026-06-25T09:00:00Z');
    await user.say('hi');
    const heard = text(await user.say('its ok but the manager keeps shouting at me'));
    expect(heard).toMatch(/I am sorry to hear that\. That sounds hard\./);
    expect(heard).toMatch(/I have asked your adviser to get in touch/);
    expect(heard).not.toMatch(/What is making it hard\?|didn't catch that/);
    // The first problem's escalation is still open: the new words are added to it.
    const open = await db.escalation.findFirstOrThrow({ where: { clientId, reason: 'client-asked' } });
    const notes = await db.escalationNote.findMany({ where: { escalationId: open.id, kind: 'client-said' } });
    expect(notes.map((note) => note.text)).toContain('its ok but the manager keeps shouting at me');
  });

  it('meets a job loss with a warm next step, the adviser told, and the check-ins stopped', async () => {
    const db = bot.app.database.db;
    clock.current = new Date('2026-07-01T09:00:00Z');
    const heard = text(await user.say('they let me go today'));
    expect(heard).toMatch(/I have told your adviser/);
    expect(heard).toMatch(/I am sorry your job ended\. What happened\?/);
    expect(text(await user.say('the shop shut for good'))).toMatch(/How are you feeling about it\?/);
    const offer = text(await user.say('annoyed but ok'));
    expect(offer).toMatch(/A job ending does not say what you are worth/);
    expect(offer).toMatch(/Shall we do that now\?/);
    expect(text(await user.say('Not now'))).toMatch(/Tap "Set a goal" any time you are ready/);

    const [job] = await db.employment.findMany({ where: { clientId } });
    expect(job!.endedAt).toEqual(clock.now());
    expect(job!.endNote).toMatch(/they let me go today.*the shop shut for good/);
    expect(await db.reminder.count({ where: { clientId, kind: 'in-work-check-in', status: 'pending' } })).toBe(0);
    expect(await db.escalation.count({ where: { clientId, reason: 'job-loss' } })).toBe(1);

    // The adviser's summary shows the job and how it ended.
    const escalation = await db.escalation.findFirstOrThrow({ where: { clientId, reason: 'job-loss' } });
    const built = await summaryForEscalation(bot.app.services, escalation);
    expect(built!.text).toMatch(/Work: job at Tesco from Monday 15 June ended Wednesday 1 July at 10am: "they let me go today the shop shut for good"/);
  });
});
