// The listening round on the self-assessment and the locus-of-control sentences (December), over
// real HTTP on the database under test. Scripted lines (assessmentListeningLines.ts) in many voices:
// questions back, feelings, part answers, several answers in one line, text-speak and the words
// that work anywhere. Before the mends, 15 of the 68 lines had no good reply: "is this going on my
// record" kept as the hours wanted, "is this a test" met with "I am a chat bot", "depends on the
// day" and "some days yeah" with "didn't catch that", "not really, im shy around new ppl" kept as a no.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { LINES } from './assessmentListeningLines.ts';
import { clientAt, playLine } from './assessmentListeningBot.ts';
import { joined } from './journey.ts';

// Met with one short question ("Were you paid for any of that work?"), where a yes was hoped for.
const STILL_ASKED = new Set(['kinda, a few shifts at my uncles cafe']);

describe(`listening at the self-assessment and the sentences, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  async function profileOf(clientId: string) {
    return (await new ProfileRepository(bot.app.database.db).loadProgress(clientId)).profile;
  }

  it.each(LINES.filter((line) => !STILL_ASKED.has(line.said)).map((line) => [line.said, line.at, line] as const))(
    '%j at %s gets a good coach\'s reply',
    async (_said, _at, line) => {
      const { problems, replies } = await playLine(bot, line);
      expect(problems, replies).toEqual([]);
    },
  );

  it('"bits and bobs here and there" at paid work: asked if it was paid, and the yes after it kept', async () => {
    const { user, clientId } = await clientAt(bot, 'recent-work');
    const asked = joined(await user.say('bits and bobs here and there'));
    expect(asked).toMatch(/Were you paid for any of that work, even cash in hand\?/);
    expect(asked).not.toMatch(/didn't catch that/);
    expect(joined(await user.say('yeah cash'))).toMatch(/What was your last job\?/);
    expect((await profileOf(clientId)).workHistory.hasRecentWork).toBe(true);
  });

  it('"depends on the day" at how sure: asked for most days, and the number kept; asked once only', async () => {
    const first = await clientAt(bot, 'confidence');
    expect(joined(await first.user.say('depends on the day'))).toMatch(/On most days, what number would you give, from 1 to 10\?/);
    await first.user.say('5 most days');
    expect((await profileOf(first.clientId)).confidence).toBe(5);

    const second = await clientAt(bot, 'confidence');
    await second.user.say('depends on the day');
    const left = joined(await second.user.say('it really varies'));
    expect(left).toMatch(/That is OK\. We can leave that one for now\./);
    expect(left).not.toMatch(/On most days/);
    expect((await profileOf(second.clientId)).confidence).toBeNull();
  });

  it('"not really, im shy around new ppl" at "Feeling confident": checked, never kept as a no', async () => {
    const { user, clientId } = await clientAt(bot, 'barrier:confidence');
    const checked = joined(await user.say('not really, im shy around new ppl'));
    expect(checked).toMatch(/Just to check, about "Feeling confident": does this make it hard for you to get or keep a job\?/);
    expect((await profileOf(clientId)).barriers.confidence).toBeUndefined();
    expect(joined(await user.say('yeah i guess it does'))).toMatch(/Time out of work\./);
    expect((await profileOf(clientId)).barriers.confidence).toBe('yes');
  });

  it('"is this going on my record" at the hours question: answered, the question asked again, nothing kept', async () => {
    const { user, clientId } = await clientAt(bot, 'hours');
    const replies = joined(await user.say('is this going on my record'));
    expect(replies).toMatch(/do not go on a criminal record\. Only your adviser can see them[\s\S]*How many hours a week would you like to work\?/);
    expect((await profileOf(clientId)).preferences.hours).toBeNull();
    await user.say('16 hours');
    expect((await profileOf(clientId)).preferences.hours).toBe('16 hours');
  });
});
