// A new client asks about the questions instead of answering them: what they are for, why a name
// is wanted, what to press, what a word means, and says their English is not so good. Each is
// answered in plain words before the question comes again, and nothing is kept as an answer.
// Play-testing had "That sounds really hard", "Sorry, I was not clear" and the question unexplained.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { BARRIER_IDS } from '../../src/domain/barriers.ts';
import { clientByUser, joined } from './journey.ts';

const NAME_QUESTION = /What would you like me to call you\?/;
const CODE_QUESTION = /Did your adviser give you a code\?/;
const JOB_QUESTION = /What kind of job would you like most\?/;
const NOT_HEARD = /That sounds really hard|Sorry, I was not clear\.\n|didn't catch that/;

describe(`questions about the questions, from a new client, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('answers each in plain words, then asks the question again', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    expect(joined(await user.say('yes'))).toMatch(NAME_QUESTION);

    const why = joined(await user.say('why do you need my name'));
    expect(why).toMatch(/So I know what to call you when we talk\./);
    expect(why).toMatch(NAME_QUESTION);
    expect(joined(await user.say('Sam'))).toMatch(CODE_QUESTION);

    const press = joined(await user.say("I'm not sure what to press now dear"));
    expect(press).toMatch(/A code is a short mix of letters and numbers/);
    expect(press).not.toMatch(/That does not look like a code/);
    expect(joined(await user.say("I don't have one"))).toMatch(JOB_QUESTION);

    const forWhat = joined(await user.say('What is this for exactly?'));
    expect(forWhat).toMatch(/I help you make a plan to find work/);
    expect(forWhat).toMatch(JOB_QUESTION);
    expect(forWhat).not.toMatch(NOT_HEARD);

    const english = joined(await user.say('sorry my english not so good'));
    expect(english).toMatch(/Short words are fine, and you can type in your own way\./);
    expect(english).not.toMatch(NOT_HEARD);
    expect(english).toMatch(JOB_QUESTION);

    const pressHere = joined(await user.say('what do i press'));
    expect(pressHere).toMatch(/I mean: what work would you like to do\?.*Just type your answer/);

    const cash = joined(await user.say('got paid cash in hand, is that a problem?'));
    expect(cash).toMatch(/That is a good question to ask your adviser\..*type "talk to my adviser"/);
    expect(cash).toMatch(JOB_QUESTION);

    const client = await clientByUser(bot, user);
    expect(client?.displayName).toBe('Sam');
    // Offered, never passed on unasked.
    expect(await bot.app.database.db.escalation.count({ where: { clientId: client!.id } })).toBe(0);
    const profile = await bot.app.database.db.vocationalProfile.findUnique({ where: { clientId: client!.id } });
    expect(profile?.data ?? '').not.toMatch(/what is this for|english|press|cash/i);
  });

  it('explains a word of a barrier question, and hears "my english not so good" as a yes where English is asked', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    await user.say('yes');
    await user.say('Sam');
    await user.say("I don't have one");
    for (const answer of ['shop work', 'Skip', "No, that's all", 'No', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip']) await user.say(answer);
    expect(joined(await user.say('No one yet'))).toMatch(/Step 6 of 8/);
    for (const _ of BARRIER_IDS.slice(0, BARRIER_IDS.indexOf('qualifications'))) await user.say('No');

    const word = joined(await user.say('I dont understand qualifications?'));
    expect(word).toMatch(/This one is about exams or courses you have passed\./);
    expect(word).toMatch(/Qualifications\.\nDoes this make it hard/);

    await user.say('No');
    expect(joined(await user.say('No'))).toMatch(/Speaking or reading English\./);
    const english = joined(await user.say('my english not so good'));
    expect(english).toMatch(/Feeling confident\./);
    const client = await clientByUser(bot, user);
    const profile = await bot.app.database.db.vocationalProfile.findUnique({ where: { clientId: client!.id } });
    expect(profile?.data ?? '').toMatch(/"language":"yes"/);
  });
});
