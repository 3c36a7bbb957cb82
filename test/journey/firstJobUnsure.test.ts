// Play-testing (December): "dunno really" at "What kind of job would you like most?" had skipped the
// whole jobs step with no word. Now a few kinds of work are offered once, as buttons; a kind tapped
// is kept, and the "Not sure yet" button (or a second "dunno") leaves the question as before.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { jobIdeas, jobIdeasOffered } from '../../src/messages/en/selfAssessment.ts';
import { clientAt } from './assessmentListeningBot.ts';
import { joined } from './journey.ts';

const FIRST_JOB = /What kind of job would you like most\?/;
const NEXT_ABOUT_THE_JOB = /What makes you want that job\?/;

describe(`not sure at the first job question, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());
  const jobsWanted = async (clientId: string) => (await new ProfileRepository(bot.app.database.db).loadProgress(clientId)).profile.jobGoals;

  it('"dunno really" gets kinds of work as buttons; one tapped is kept', async () => {
    const { user, clientId, first } = await clientAt(bot, 'first-job');
    expect(first).toMatch(FIRST_JOB);
    const offered = joined(await user.say('dunno really'));
    expect(offered).toContain(jobIdeasOffered('Not sure yet'));
    for (const idea of jobIdeas) expect(offered).toContain(`[${idea}]`);
    expect(offered).not.toMatch(NEXT_ABOUT_THE_JOB);
    expect(joined(await user.say(jobIdeas[1]!))).toMatch(NEXT_ABOUT_THE_JOB);
    expect(JSON.stringify(await jobsWanted(clientId))).toMatch(/clean/i);
  });

  it('"Not sure yet" tapped leaves the question at once, and a second "dunno" after the ideas does too', async () => {
    const tapped = await clientAt(bot, 'first-job');
    expect(joined(await tapped.user.say('Not sure yet'))).not.toContain(jobIdeasOffered('Not sure yet'));
    const typed = await clientAt(bot, 'first-job');
    await typed.user.say('idk');
    const second = joined(await typed.user.say('still dunno'));
    expect(second).not.toContain(jobIdeasOffered('Not sure yet'));
    expect(second).not.toMatch(FIRST_JOB);
  });
});
