// Consent, linking to an adviser, answers the bot did not understand, and the words that work
// in the middle of any question: over real HTTP on the database under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startBotOnFreshDatabase, type BotUnderTest } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { clientByUser, consentAndLink, joined } from './journey.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { inviteCodeNotFound } from '../../src/messages/en/onboarding.ts';

describe(`consent and linking to an adviser on ${testProvider}`, () => {
  let bot: BotUnderTest;

  beforeAll(async () => {
    bot = await startBotOnFreshDatabase();
  });
  afterAll(() => bot.stop());

  it('stores nothing about someone who says no, and tells them how to reach their adviser', async () => {
    const user = new ChatUser(bot, { name: 'Robin' });
    const welcome = joined(await user.say('hello'));
    expect(welcome).toMatch(/computer program, not a person/);
    expect(welcome).toMatch(/Your adviser can see it\. If they are away, their team leader can too\. Nobody else can\./);
    const declined = joined(await user.say('No thanks'));
    expect(declined).toMatch(/I have not kept anything you said/);
    expect(declined).toMatch(/see your adviser in the usual way, by phone or in person/);

    const db = bot.app.database.db;
    expect(await db.client.count()).toBe(0);
    expect(await db.clientMessage.count()).toBe(0);
    expect(await db.vocationalProfile.count()).toBe(0);
    expect(await db.locusResult.count()).toBe(0);
    expect(await db.confidenceRating.count()).toBe(0);
    expect(await db.escalation.count()).toBe(0);
    expect(await db.conversationRef.count()).toBe(0);
    for (const row of await db.botState.findMany()) {
      expect(row.data).not.toMatch(/Robin|No thanks/);
      expect(JSON.parse(row.data).dialogState?.dialogStack ?? []).toEqual([]);
    }
  });

  it('says "I didn\'t catch that" to a typo and gives a second chance', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    expect(joined(await user.say('banana'))).toMatch(/Sorry, I didn't catch that\. Please tap a button or type one of them\./);
    expect(await clientByUser(bot, user)).toBeNull();
    expect(joined(await user.say('yess'))).toMatch(/What would you like me to call you\?/);
    expect(await clientByUser(bot, user)).not.toBeNull();
  });

  it('keeps "Please call me Margaret" as the name, not as a request for the adviser', async () => {
    const user = new ChatUser(bot);
    await user.say('hi');
    expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
    const replies = joined(await user.say('Please call me Margaret'));
    expect(replies).not.toMatch(/adviser to get in touch|passed this on|talk to your adviser/i);
    expect(await clientByUser(bot, user)).toMatchObject({ displayName: 'Margaret' });
    expect(await bot.app.database.db.escalation.count({ where: { client: { displayName: 'Margaret' } } })).toBe(0);
  });

  it('answers who sees what they say at the name question, and keeps no answer words as a name', async () => {
    const user = new ChatUser(bot);
    await user.say('hi');
    expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
    const answered = joined(await user.say('what happens to what i tell you'));
    expect(answered).toMatch(/Your adviser can see your answers\. If they are away, their team leader can too\. Nobody else can\./);
    expect(answered).toMatch(/What would you like me to call you\?/);
    const notAName = joined(await user.say('ok fine yes'));
    expect(notAName).toMatch(/Please type just your first name/);
    expect((await clientByUser(bot, user))?.displayName).toBe('Sam');
    expect(joined(await user.say('Kim'))).toMatch(/Nice to meet you, Kim\./);
    expect(await clientByUser(bot, user)).toMatchObject({ displayName: 'Kim' });
  });

  it('links the client to the adviser whose invite code they type, after a wrong one', async () => {
    const adviser = await new AdviserRepository(bot.app.database.db).register({ name: 'Priya', inviteCode: 'KPT7QZ' });
    const user = new ChatUser(bot);
    await user.say('hi');
    await user.say('yes');
    await user.say('Skip');
    expect(joined(await user.say('XYZ999'))).toMatch(/I could not find that code\. Please check it and type it again\./);
    const linked = joined(await user.say('kpt 7qz'));
    expect(linked).toMatch(/You are now linked to Priya\./);
    expect(linked).toMatch(/Step 1 of 8/);
    // Skipped the name: the channel's "Sam" is not kept as the name to greet them by.
    expect(await clientByUser(bot, user)).toMatchObject({ adviserId: adviser.id, displayName: null });
  });

  it('at the code question, a yes asks for the code, a sentence is told it is not one, and a code inside words links', async () => {
    const adviser = await new AdviserRepository(bot.app.database.db).register({ name: 'Tom', inviteCode: 'QW4RT8' });
    const user = new ChatUser(bot);
    await user.say('hi');
    await user.say('yes');
    await user.say('Skip');
    const yes = joined(await user.say('yes thats fine'));
    expect(yes).toMatch(/The code is a short mix of letters and numbers/);
    expect(yes).not.toMatch(/could not find/);
    expect(yes).toMatch(/Did your adviser give you a code\?/);
    const sentence = joined(await user.say('shop work maybe, or cleaning. i did 8 yrs at a care home'));
    expect(sentence).toMatch(/That does not look like a code/);
    const linked = joined(await user.say('my code is qw4 rt8'));
    expect(linked).not.toMatch(/does not look like a code/);
    expect(linked).toMatch(/You are now linked to Tom\./);
    expect(await clientByUser(bot, user)).toMatchObject({ adviserId: adviser.id });
  });

  // Play-testing: "dont hav 1" had "That does not look like a code."
  it.each(['no i dont', 'dont hav 1', 'dont have one', 'nope never got one'])('%j at the code question is a no, not a wrong code', async (typed) => {
    const user = new ChatUser(bot);
    await user.say('hi');
    await user.say('yes');
    await user.say('Skip');
    const replies = joined(await user.say(typed));
    expect(replies).not.toMatch(/code/i);
    expect(replies).toMatch(/Step 1 of 8/);
  });

  it('serves a client whose adviser has a full caseload, kindly and not yet linked', async () => {
    const advisers = new AdviserRepository(bot.app.database.db);
    const busy = await advisers.register({ name: 'Busy adviser', inviteCode: 'FULL22', caseloadLimit: 1 });
    const firstUser = new ChatUser(bot);
    await consentAndLink(firstUser, { name: 'Ann', code: 'FULL22' });
    expect(await clientByUser(bot, firstUser)).toMatchObject({ adviserId: busy.id });

    const secondUser = new ChatUser(bot);
    const replies = joined(await consentAndLink(secondUser, { name: 'Ben', code: 'FULL22' }));
    expect(replies).toMatch(/a lot of people to help right now/);
    expect(replies).toMatch(/You can still use me\./);
    expect(replies).toMatch(/Step 1 of 8: Jobs you would like/);
    expect(await clientByUser(bot, secondUser)).toMatchObject({ adviserId: null, displayName: 'Ben' });
  });

  it('links someone without a code to the demo adviser in local mode', async () => {
    const user = new ChatUser(bot);
    const replies = joined(await consentAndLink(user, { name: 'Cat', code: "I don't have a code" }));
    expect(replies).toMatch(/linked you to a demo adviser/);
    const client = await clientByUser(bot, user);
    expect((await bot.app.database.db.adviser.findUnique({ where: { id: client!.adviserId! } }))?.inviteCode).toBe('DEMO');
  });
});

describe(`the words that work inside any question on ${testProvider}`, () => {
  let bot: BotUnderTest;
  let user: ChatUser;

  beforeAll(async () => {
    bot = await startBotOnFreshDatabase();
    user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Dee', code: 'DEMO' });
    await user.say('Gardener');
  });
  afterAll(() => bot.stop());

  it('"help" answers, then asks the same question again', async () => {
    const replies = joined(await user.say('help'));
    expect(replies).toMatch(/Here is what you can type at any time/);
    expect(replies).toMatch(/What makes you want that job\?/);
  });

  it('"talk to my adviser" records the request, then asks the same question again', async () => {
    const replies = joined(await user.say('talk to my adviser'));
    expect(replies).toMatch(/I have asked your adviser to get in touch/);
    expect(replies).toMatch(/What makes you want that job\?/);
    const client = await clientByUser(bot, user);
    expect(await bot.app.database.db.escalation.findMany({ where: { clientId: client!.id } })).toMatchObject([{ reason: 'client-asked' }]);
  });

  it('after an interruption, the next typed answer is taken as the answer to the question', async () => {
    expect(joined(await user.say('I like being outside'))).toMatch(/another job/);
    const profile = await bot.app.database.db.vocationalProfile.findUnique({ where: { clientId: (await clientByUser(bot, user))!.id } });
    expect(JSON.parse(profile!.data).jobGoals[0]).toMatchObject({ title: 'Gardener', reason: 'I like being outside' });
  });

  it('"cancel" keeps their place, and "hello" carries on at the same question', async () => {
    expect(joined(await user.say('cancel'))).toMatch(/I have kept your place/);
    const back = joined(await user.say('hello'));
    expect(back).toMatch(/Welcome back\. Let us carry on/);
    expect(back).toMatch(/another job/);
  });

  // It had said "Welcome back" and asked the paused question, with no word about the plan asked for.
  it('"show my plan" after "cancel" says there is no plan yet, then carries on at the same question', async () => {
    expect(joined(await user.say('cancel'))).toMatch(/I have kept your place/);
    const back = joined(await user.say('show my plan'));
    expect(back).toMatch(/You do not have a plan yet[\s\S]*Welcome back\. Let us carry on[\s\S]*another job/);
  });

  // It had carried on where they were ("Welcome back"), though help says it goes back to the start.
  it('"start again" goes back to the first question, with each answer so far offered to keep', async () => {
    const replies = joined(await user.say('start again'));
    expect(replies).toMatch(/go back to the first question\. I have kept your answers/);
    expect(replies).toMatch(/Last time you said: "Gardener"[\s\S]*What kind of job would you like most\?.*\[Keep it\]/);
    expect(replies).not.toMatch(/Is it OK for me to keep|Welcome back/);
    expect(joined(await user.say('Keep it'))).toMatch(/Last time you said: "I like being outside"/);
    expect(joined(await user.say('Keep it'))).toMatch(/another job/);
    const profile = await bot.app.database.db.vocationalProfile.findUnique({ where: { clientId: (await clientByUser(bot, user))!.id } });
    expect(JSON.parse(profile!.data).jobGoals).toEqual([{ title: 'Gardener', reason: 'I like being outside', route: null }]);
  });

  it('a locus-of-control answer it cannot read gets a second chance', async () => {
    await user.say("No, that's all");
    for (const answer of ['no', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'No one yet']) await user.say(answer);
    for (let i = 0; i < 14; i++) await user.say('No');
    await user.say('Skip');
    expect(joined(await user.say('quite a lot'))).toMatch(/Please type one number from 1 to 10/);
    expect(joined(await user.say('7'))).toMatch(/1 of 8\./);
    expect(joined(await user.say('purple'))).toMatch(/Sorry, I didn't catch that\. Please tap a button, or type a number from 1 to 5\./);
    expect(joined(await user.say('3'))).toMatch(/2 of 8\./);
    expect(joined(await user.say('help'))).toMatch(/Here is what you can type[\s\S]*2 of 8\./);
  });
});

describe(`entering an invite code later on ${testProvider}`, () => {
  let bot: BotUnderTest;

  beforeAll(async () => {
    bot = await startBotOnFreshDatabase();
  });
  afterAll(() => bot.stop());

  it('links a client who had no code at the start once they type "I have a code" at the menu', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: new Date() });
    const adviser = await new AdviserRepository(db).register({ name: 'Priya', inviteCode: 'PRIYA7' });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(joined(await user.say('I have a code'))).toMatch(/Did your adviser give you a code\?/);
    expect(joined(await user.say('nonsense'))).toContain(inviteCodeNotFound);
    const replies = joined(await user.say('priya7'));
    expect(replies).toMatch(/Priya/);
    expect((await db.client.findUnique({ where: { id: seeded.id } }))!.adviserId).toBe(adviser.id);
  });
});
