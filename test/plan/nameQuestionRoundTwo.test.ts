// The name question, round two (play-testing):
// - "you can call me Sam", "can you call me Sam?", "just call me sam pls" were read as asking the
//   adviser to call, and the name was lost ("call me" asks for a call anywhere else).
// - "Geoff?", "its Dickon?": a name said unsure had "Sorry, I was not clear", and the name was lost.
// - "what a dick", "youre a dick" were kept as a name; "Dick" alone is still one.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { isNoInsultButAName, nameFrom, statesAName } from '../../src/domain/nameWords.ts';
import { asksForSomeoneToTalkTo } from '../../src/domain/intentGuards.ts';
import { modelReading } from '../../dialogs/intentReading.ts';

const joined = (replies: string[]) => replies.join('\n');

describe('"call me Sam" at the name question', () => {
  it.each(['you can call me Sam', 'call me Sam', 'can you call me Sam?', 'just call me sam pls'])('%j gives the name Sam', (text) => {
    expect(nameFrom(text)).toBe('Sam');
    expect(statesAName(text)).toBe(true);
    expect(modelReading(text, 'name').intent).not.toBe('want-adviser');
  });

  it.each(['can you call me', 'can you call me tomorrow?', 'can you call me monday?', 'call me back please'])('%j elsewhere still asks for a call', (text) => {
    expect(asksForSomeoneToTalkTo(text)).toBe(true);
    expect(statesAName(text)).toBe(false);
  });
});

describe('a name said with a question mark', () => {
  it.each([['Geoff?', 'Geoff'], ['its Dickon?', 'Dickon'], ['Sam??', 'Sam']])('%j is the name %j', (text, name) => {
    expect(nameFrom(text)).toBe(name);
    expect(statesAName(text)).toBe(true);
  });

  it.each(['what?', 'really?', 'are you real?', 'why do you need it?', 'is that ok?'])('%j is no name', (text) => {
    expect(nameFrom(text)).toBeNull();
  });
});

describe('a dick, called someone, at the name question', () => {
  it.each(['what a dick', 'youre a dick', "you're a dick"])('%j is no name, and no name given', (text) => {
    expect(isNoInsultButAName(text)).toBe(false);
  });

  it.each(['dickhead?', 'youre a dick?'])('%j is no name said unsure', (text) => {
    expect(nameFrom(text)).toBeNull();
    expect(statesAName(text)).toBe(false);
  });

  it.each(['Dick', 'Dickon', 'its Dick'])('%j is still a name', (text) => expect(isNoInsultButAName(text)).toBe(true));
});

describe(`the name question, round two, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  async function atTheNameQuestion(): Promise<ChatUser> {
    const user = new ChatUser(bot);
    await user.join();
    expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
    return user;
  }

  it.each(['you can call me Sam', 'call me Sam', 'can you call me Sam?', 'just call me sam pls'])('%j is greeted as Sam, with no call from the adviser', async (text) => {
    const user = await atTheNameQuestion();
    const reply = joined(await user.say(text));
    expect(reply).toMatch(/Nice to meet you, Sam\./);
    expect(reply).not.toMatch(/adviser (?:will|to) (?:get in touch|call|contact)/i);
  });

  it('"can you call me?" after the name question still asks the adviser to call', async () => {
    const user = await atTheNameQuestion();
    await user.say('Sam');
    await user.say('no');
    expect(joined(await user.say('can you call me?'))).toMatch(/I have asked your adviser to get in touch with you\./);
  });

  it.each([['Geoff?', 'Geoff'], ['its Dickon?', 'Dickon']])('%j is greeted by the name', async (text, name) => {
    const user = await atTheNameQuestion();
    const reply = joined(await user.say(text));
    expect(reply).not.toMatch(/not clear/);
    expect(reply).toMatch(new RegExp(`Nice to meet you, ${name}\\.`));
  });

  it.each(['what a dick', 'youre a dick'])('%j is not kept as a name', async (text) => {
    const user = await atTheNameQuestion();
    const reply = joined(await user.say(text));
    expect(reply).not.toMatch(/Nice to meet you/);
    expect(reply).toMatch(/keep it kind[\s\S]*What would you like me to call you\?/);
    expect(joined(await user.say('Dick'))).toMatch(/Nice to meet you, Dick\./);
  });
});
