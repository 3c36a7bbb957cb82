// The safety window hears what is said in it (play-testing, December): danger that is now gets 999
// first and "are you safe right now?" before coaching can come back; "im fine now", "sorry",
// "forget i said that", a half-taken-back "probably" each get their own answer; "what do i do"
// gets the numbers; the abuse numbers stay for the whole window; plain "can we carry on" works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { AdviserRepository, type Adviser } from '../../src/db/advisers.ts';
import { EscalationNoteRepository } from '../../src/db/escalationNotes.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
const GOAL_QUESTION = /What would you like to work on\?/;
const COACHING = /What would you like to work on|What would you like to do\?|one small step|didn't catch/i;

describe(`what is said in the safety window is heard, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z')); // a Wednesday, 10am in London
  let annAdviser: Adviser;
  const db = () => bot.app.database.db;
  const text = (replies: string[]) => replies.join('\n');

  async function atTheGoalQuestion(): Promise<{ user: ChatUser; clientId: string }> {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: clock.now() });
    await new AdviserRepository(db()).assignClient(seeded.id, annAdviser);
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(text(await user.say('Set a goal'))).toMatch(GOAL_QUESTION);
    return { user, clientId: seeded.id };
  }

  async function clientWords(clientId: string): Promise<string[]> {
    const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    return (await new EscalationNoteRepository(db()).listFor(escalation.id)).filter((n) => n.kind === 'client-said').map((n) => n.text);
  }

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock, { ADVISERS: JSON.stringify([{ name: 'Ann', userKey: 'emulator:adviser-ann' }]) });
    await new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann' }).say('hello');
    annAdviser = (await new AdviserRepository(db()).findByUserKey('emulator:adviser-ann'))!;
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('danger that is now: 999 first, "are you safe right now?", and no coaching until they say they are safe', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    const first = text(await user.say('ive got all my tablets here and im going to take them tonight'));
    expect(first).toMatch(/^Please call 999 now/);
    expect(first).toMatch(/Are you safe right now\? \[I am safe\] \[No\] \[Phone numbers\]/);
    const tapped = text(await user.say('Carry on'));
    expect(tapped).toMatch(/Before we go back to your plan[\s\S]*Are you safe right now\?/);
    expect(tapped).not.toMatch(COACHING);
    expect(text(await user.say('I am safe'))).toMatch(/I am glad you are safe/);
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
    expect(await clientWords(clientId)).toEqual(expect.arrayContaining(['ive got all my tablets here and im going to take them tonight', 'I am safe']));
  });

  // Play-testing: "ive got a knife and im outside his house" got the numbers and, one tap later, the goal question.
  it('a threat to someone else with a weapon at hand: 999 first, "is everyone safe right now?", and no coaching until they say so', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    const first = text(await user.say('im outside his house with a bat'));
    expect(first).toMatch(/^Please call 999 now if someone could get hurt soon/);
    expect(first).toMatch(/Is everyone safe right now\? \[Everyone is safe\] \[No\] \[Phone numbers\]/);
    const tapped = text(await user.say('Carry on'));
    expect(tapped).toMatch(/Before we go back to your plan[\s\S]*Is everyone safe right now\?/);
    expect(tapped).not.toMatch(COACHING);
    const notSafe = text(await user.say('no'));
    expect(notSafe).toMatch(/^Please call 999 now\. You can also call/);
    expect(notSafe).toMatch(/move away from the other person now/);
    expect(text(await user.say('i walked away'))).not.toMatch(COACHING);
    expect(text(await user.say('Carry on'))).toMatch(/Is everyone safe right now\?/);
    expect(text(await user.say('nobody got hurt'))).toMatch(/I am glad everyone is safe/);
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
    expect(await clientWords(clientId)).toEqual(expect.arrayContaining(['im outside his house with a bat', 'no', 'nobody got hurt']));
  });

  it('a passing wish is not asked the safety question, and "can we carry on" goes back to the goal', async () => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say('i just want to go to sleep and not wake up'))).not.toMatch(/Are you safe right now|^Please call 999 now/);
    expect(text(await user.say('can we carry on'))).toMatch(GOAL_QUESTION);
  });

  it('"im fine now", "sorry" and "forget i said that" each get their own answer, and the window stays', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i just want to go to sleep and not wake up');
    const fine = text(await user.say('im fine now'));
    expect(fine).toMatch(/I am glad you feel a bit better\. There is no rush\./);
    expect(fine).not.toMatch(COACHING);
    expect(text(await user.say('sorry'))).toMatch(/You have nothing to be sorry for/);
    expect(text(await user.say('forget i said that'))).toMatch(/I will not make a fuss/);
    expect(text(await user.say('no i dont want to talk to anyone'))).toMatch(/You do not have to talk now/);
    const stillWindow = text(await user.say('friday'));
    expect(stillWindow).not.toMatch(COACHING);
  });

  it('"...probably" is half taken back: mixed feelings heard, the safety question asked, and "no" gets 999 first', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say('ring the agency on monday i guess if im still around');
    const hedged = text(await user.say('im not going to do anything stupid... probably'));
    expect(hedged).toMatch(/part of you is still not sure[\s\S]*Are you safe right now\?/);
    expect(hedged).not.toMatch(/I am glad/);
    const notSafe = text(await user.say('no'));
    expect(notSafe).toMatch(/^Please call 999 now, or go to A&E/);
    expect(notSafe).toMatch(/Samaritans/);
    expect(await clientWords(clientId)).toEqual(expect.arrayContaining(['im not going to do anything stupid... probably', 'no']));
  });

  it('"what do i do" gets the numbers, not "there is no plan to work on"', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to kill myself');
    const replies = text(await user.say('what do i do'));
    expect(replies).toMatch(/Samaritans: call 116 123/);
    expect(replies).not.toMatch(/no plan to work on/);
  });

  it('the abuse numbers stay for the whole window when a later message reads as another kind', async () => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say('my partner hits me and checks my phone every night'))).toMatch(/Domestic Abuse/i);
    const later = text(await user.say('i want to die'));
    expect(later).toMatch(/Samaritans/);
    expect(later).toMatch(/Domestic Abuse/i);
  });

  // Play-testing: a carer told to "move away from them", and the adviser told of harm to someone else.
  it('someone else at risk, told by the client: support for them and the client, never a warning to move away', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    const replies = text(await user.say('my little brother keeps saying he wants to kill himself, ive been watching him'));
    expect(replies).toMatch(/That sounds really frightening[\s\S]*If they are in danger now, call 999\./);
    expect(replies).toMatch(/Samaritans/);
    expect(replies).not.toMatch(/move away from them|I am worried about you/);
    const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    expect(escalation.detail).toMatch(/someone they know may harm themselves/);
  });

  // Play-testing: reopening the chat in the window asked the goal question again, then refused its answer.
  it('opening the chat again inside the window gets the window, not the coaching question under it', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i just want to go to sleep and not wake up');
    const back = text(await user.join());
    expect(back).toMatch(/I am here[\s\S]*\[Phone numbers\] \[Talk to my adviser\] \[Carry on\]/);
    expect(back).not.toMatch(COACHING);
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
  });

  // Play-testing: "yes" to the adviser after a bus-fare worry listed Samaritans and 999.
  it('"yes" to the adviser after a money worry is confirmed without the crisis numbers; after low mood with them', async () => {
    const money = await atTheGoalQuestion();
    expect(text(await money.user.say('i couldnt go, couldnt afford the bus fare this week'))).toMatch(/Would you like your adviser to get in touch\?/);
    const practical = text(await money.user.say('Yes, please'));
    expect(practical).toMatch(/I have asked your adviser to get in touch/);
    expect(practical).not.toMatch(/Samaritans/);
    const low = await atTheGoalQuestion();
    expect(text(await low.user.say('i feel so low all the time, whats the point'))).toMatch(/Would you like your adviser to get in touch\?/);
    expect(text(await low.user.say('Yes, please'))).toMatch(/Samaritans/);
  });

  // Play-testing: before consent the window offered "Talk to my adviser", which could only refuse.
  it('the means at hand said after the first reply gets 999 first and the safety question', async () => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say('i want to die'))).not.toMatch(/Are you safe right now\?/);
    const later = text(await user.say('ive got the pills in front of me'));
    expect(later).toMatch(/^Please call 999 now/);
    expect(later).toMatch(/Are you safe right now\?/);
    expect(text(await user.say('Carry on'))).not.toMatch(COACHING);
  });

  it.each([
    'how many paracetamol would it take',
    'dont think ill be here by friday tbh',
    'need to sort my affairs out before i go',
  ])('after %j, Carry on says first what to do if they might act, then the goal question comes back', async (typed) => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say(typed))).not.toMatch(/^Please call 999 now/);
    const tapped = text(await user.say('Carry on'));
    expect(tapped).toMatch(/^If you feel you might act on these thoughts, please stop and call 999/);
    expect(tapped).toMatch(GOAL_QUESTION);
  });

  it('after a passing wish, Carry on goes back without that line', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    const tapped = text(await user.say('Carry on'));
    expect(tapped).not.toMatch(/might act on these thoughts/);
    expect(tapped).toMatch(GOAL_QUESTION);
  });

  it('"dont ring me" is heard and kept for the adviser, and "hes back i have to go" gets a short goodbye with nothing else', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    expect(text(await user.say('my partner has my bank card and my phone and wont let me out'))).toMatch(/National Domestic Abuse Helpline/);
    const noCalls = text(await user.say('please dont ring me he checks my phone. can my adviser message me on here'));
    expect(noCalls).toMatch(/I will ask your adviser not to phone you\.\nThey can reach you here, in this chat\./);
    expect(noCalls).not.toMatch(/Helpline|999|Samaritans/);
    const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    const notes = (await new EscalationNoteRepository(db()).listFor(escalation.id)).map((n) => n.text);
    expect(notes).toContain('The client asked not to be phoned. Reach them in this chat unless they say a call is safe.');
    const goodbye = await user.say('hes back i have to go');
    expect(goodbye).toEqual(['OK. Go safely. I am here when you come back.']);
    expect(await clientWords(clientId)).toEqual(expect.arrayContaining(['please dont ring me he checks my phone. can my adviser message me on here', 'hes back i have to go']));
  });

  it('"idk" and "ok" in the window each get a short answer of their own, never the coaching question', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    const unsure = text(await user.say('idk'));
    expect(unsure).toMatch(/It is OK not to know/);
    expect(unsure).not.toMatch(COACHING);
    const ok = text(await user.say('ok'));
    expect(ok).toMatch(/I am here if you want to say more/);
    expect(ok).not.toMatch(COACHING);
  });

  it('a new kind of risk said in the window is added to the escalation\'s headline, not only its notes', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say('i want to die');
    await user.say('and he hits me when hes drunk');
    const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    expect(escalation.detail).toMatch(/\nLater in the chat they said: abuse or violence\.$/);
    // The adviser's next step reads the kinds kept: after abuse, reach them safely, not "call them today".
    expect(escalation.safetyKinds).toBe('self,abuse');
  });

  it('a client who cannot call is given a way to text, and told this chat is read too', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    expect(text(await user.say('i just want to die'))).toMatch(/- Shout: text SHOUT to 85258\./);
    const reply = text(await user.say('i cant ring anyone he would hear me'));
    expect(reply).toMatch(/You do not have to call anyone\.[\s\S]*- Shout: text SHOUT to 85258\.[\s\S]*Your adviser will read it\./);
    expect(reply).not.toMatch(/Samaritans|999/);
    expect(reply).not.toMatch(COACHING);
    expect(await clientWords(clientId)).toContain('i cant ring anyone he would hear me');
  });

  it('with no details kept, the window does not offer a button that can only say no', async () => {
    const stranger = new ChatUser(bot);
    await stranger.join();
    await stranger.say('No thanks');
    const replies = text(await stranger.say('ok whatever. nobody would notice if i disappeared'));
    expect(replies).toMatch(/Samaritans/);
    expect(replies).toMatch(/\[Phone numbers\] \[Carry on\]/);
    expect(replies).not.toMatch(/\[Talk to my adviser\]/);
  });
});
