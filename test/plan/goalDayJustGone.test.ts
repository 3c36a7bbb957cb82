// Round eight: a day and month with no year that went in the last six days ("5/6" said on 8 June) is
// told the day has gone and asked again, at "When could you do it?" and at the far-day check, never
// taken as the same day next year ("That is more than six months away") nor saved. A day further back
// ("10/5" said on 8 June, four weeks back) is still read as next year's and checked as far away, as
// rounds five and six read it.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { PlanRepository } from '../../src/db/plans.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const FRIDAY = new Date('2026-06-12T00:00:00+01:00');
const STEP = 'call the Co-op about the job';
const ASK_WHEN = /When could you do it\?/;
const GONE = /That day has gone\. Try a day from today on/;
const FAR = /That is more than six months away\. Is that right\?/;
const BUTTONS = '[Yes] [Pick a nearer day]';
const HOW_SURE = /How sure do you feel/;

describe('a day just gone, typed with no year', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  const start = async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    expect((await user.say(STEP)).join('\n')).toMatch(ASK_WHEN);
    return user;
  };

  it('is told the day has gone at "When could you do it?", and the next day typed is kept', async () => {
    const user = await start();
    const gone = (await user.say('5/6')).join('\n');
    expect(gone).toMatch(GONE);
    expect(gone).not.toMatch(FAR);
    expect((await user.say('friday')).join('\n')).toMatch(HOW_SURE);
  });

  it('is asked again at the far-day check, not kept as next year\'s day', async () => {
    const user = await start();
    expect((await user.say('10/5')).join('\n')).toMatch(FAR);
    const again = (await user.say('5/6')).join('\n');
    expect(again).toContain(BUTTONS);
    expect(again).not.toMatch(HOW_SURE);
  });
});

describe('a day just gone, typed when a step is moved', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('is told the day has gone, and the step keeps its day', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job as a cleaner', dueAt: null, items: [{ text: 'Update my CV', owner: 'client', dueAt: FRIDAY }] });
    await plans.agree(seeded.id);
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('change my plan');
    expect((await user.say('move it to another day')).join('\n')).toMatch(/Which day would suit you better/);
    const gone = (await user.say('5/6')).join('\n');
    expect(gone).toMatch(GONE);
    expect(gone).not.toMatch(/is now due/);
    expect((await plans.currentPlan(seeded.id))!.items[0]!.dueAt).toEqual(FRIDAY);
  });
});
