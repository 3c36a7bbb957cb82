// Play-testing: a review after the client said they had started a job still asked for job-search
// steps ("What is your next step?", a back-up job, how sure they are of reaching their goal). Once
// they are in work, the review asks about the job: how work is going (trouble goes to the adviser,
// as at a check-in) and whether anything would help them keep it (passed on in their words).
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientAtTheMenuWithSteps } from '../reminders/reminderClients.ts';

const joined = (replies: string[]) => replies.join('\n');
const JOB_SEARCH_QUESTIONS = /What is your next step\?|What else could you do|back-up plan|How sure do you feel about reaching your goal/;
const REVIEW_DAY = new Date('2026-12-08T09:00:00Z');

describe(`a review once the client is in work, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-11-23T09:00:00Z'));
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** Told of a job at Tesco, with the job-search step kept or taken off; then the review day comes. */
  async function inWorkOnReviewDay(keepOrTakeOff: 'Keep it' | 'Take it off') {
    const { user, seeded, db } = await clientAtTheMenuWithSteps(bot, clock, [{ text: 'Apply for 3 office jobs', dueAt: '2026-11-27T00:00:00Z' }]);
    expect(joined(await user.say('i got a job at tesco, i start on wednesday'))).toMatch(/Do you still want it in your plan\?/);
    await user.say(keepOrTakeOff);
    await db.plan.updateMany({ where: { clientId: seeded.id }, data: { nextReviewAt: new Date('2026-12-08T00:00:00Z') } });
    clock.current = REVIEW_DAY;
    return { user, clientId: seeded.id, db };
  }

  it('asks how work is going and what would help keep the job, and never for a job-search step', async () => {
    const { user, clientId, db } = await inWorkOnReviewDay('Take it off');
    const opening = joined(await user.say('Review my plan'));
    expect(opening).toMatch(/How is work going at Tesco\?/);
    expect(opening).not.toMatch(JOB_SEARCH_QUESTIONS);
    const going = joined(await user.say('Going well'));
    expect(going).toMatch(/That is great to hear\./);
    expect(going).toMatch(/Is there anything that would help you keep your job\?/);
    const nothing = joined(await user.say('Nothing for now'));
    expect(nothing).toMatch(/If anything comes up, your adviser can help\./);
    expect(nothing).toMatch(/How useful is your plan for you, from 1 to 5\?/);
    const closing = joined(await user.say('4'));
    expect(closing).toMatch(/Our next review is on/);
    expect(`${nothing}\n${closing}`).not.toMatch(JOB_SEARCH_QUESTIONS);
    expect(await db.confidenceRating.count({ where: { clientId, context: 'review' } })).toBe(0);
    expect(await db.escalation.count({ where: { clientId, reason: 'client-asked' } })).toBe(0);
  });

  it('passes trouble at work, and what would help keep the job, to the adviser in the client\'s words', async () => {
    const { user, clientId, db } = await inWorkOnReviewDay('Take it off');
    await user.say('Review my plan');
    expect(joined(await user.say('Some problems'))).toMatch(/What is making it hard\?/);
    const passed = joined(await user.say('the shifts keep changing every week'));
    expect(passed).toMatch(/I have asked your adviser to get in touch/);
    expect(passed).toMatch(/Is there anything that would help you keep your job\?/);
    expect(joined(await user.say('help with bus fares till my first pay'))).toMatch(/I have (?:asked your adviser to help|kept this for your adviser)/);
    const escalation = await db.escalation.findFirstOrThrow({ where: { clientId, reason: 'client-asked' } });
    expect(escalation.detail).toMatch(/In work at Tesco: .*the shifts keep changing every week/);
    const notes = await db.escalationNote.findMany({ where: { escalationId: escalation.id } });
    expect(notes.map((note) => note.text)).toContain('help with bus fares till my first pay');
  });

  it('asks about the job first, then about a step they chose to keep', async () => {
    const { user } = await inWorkOnReviewDay('Keep it');
    const opening = joined(await user.say('Review my plan'));
    expect(opening).toMatch(/How is work going at Tesco\?/);
    expect(opening).not.toMatch(/Apply for 3 office jobs/);
    await user.say('its fine');
    expect(joined(await user.say('no'))).toMatch(/Your step was: Apply for 3 office jobs\..*How did it go\?/);
  });
});
