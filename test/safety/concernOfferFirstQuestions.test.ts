// Play-testing first conversations: a mild worry heard while a first question was on screen made
// the offer "Would you like your adviser to get in touch?", and the next message, which answered
// the question on screen, was taken as the answer to the offer and lost: "fine. Dave" at the name
// question, an ESOL client's "yes ok i agree" at consent, a tap on a self-assessment button. And
// "Yes that's fine. My name is Bernadette but everyone calls me Bernie, I've been out of work
// since my husband died" lost her yes and her name; consent was asked again. Now a reply that
// plainly answers the question on screen is that answer, and the offer is said once more, briefly;
// a plain yes or no still answers the offer. Each row: what the client types, and what they get.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { consentAndLink } from '../journey/journey.ts';
import { forbidden } from '../messages/forbiddenWords.ts';

type Step = { say: string; get: RegExp[]; never?: RegExp[] };

const OFFER = /Would you like your adviser to get in touch\? \[Yes, please\] \[No, thanks\] \[Carry on\]/;
const SAID_BRIEFLY = /Your adviser is there if you want them\. Just type "talk to my adviser"\./;
const CONSENT = /Is it OK for me to keep your answers\?/;
const THANKS = /Thank you\. Let us get started\./;
const NAME = /What would you like me to call you\?/;
const CODE = /Did your adviser give you a code\?/;
const NOT_KEPT = /I can only pass a message on if you let me keep your details\./;
const ADVISER_ASKED = /I have asked your adviser to get in touch with you\./;
const BERNIE = "Yes that's fine. My name is Bernadette but everyone calls me Bernie, I've been out of work since my husband died and I feel lost";

describe(`the first questions under the adviser's offer, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-06-08T09:00:00Z'));
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;
  const clientOf = (user: ChatUser) => db().client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
  const concerns = async (user: ChatUser) => db().escalation.count({ where: { clientId: (await clientOf(user))?.id ?? 'none', reason: 'concern' } });

  async function play(user: ChatUser, steps: Step[]): Promise<void> {
    for (const { say, get, never = [] } of steps) {
      const replies = await user.say(say);
      const said = replies.join('\n');
      for (const wanted of get) expect(said, `${JSON.stringify(say)} should get ${wanted}`).toMatch(wanted);
      for (const unwanted of never) expect(said, `${JSON.stringify(say)} should not get ${unwanted}`).not.toMatch(unwanted);
      expect(forbidden(replies)).toEqual([]);
    }
  }
  async function atConsent(): Promise<ChatUser> {
    const user = new ChatUser(bot);
    await play(user, [{ say: 'hello', get: [CONSENT] }]);
    return user;
  }
  async function atTheName(): Promise<ChatUser> {
    const user = await atConsent();
    await play(user, [{ say: 'yes', get: [NAME] }]);
    return user;
  }

  describe('at the name question', () => {
    it.each([
      ['fine. Dave', 'Dave'],
      ['its Dave', 'Dave'],
      ['call me Dave', 'Dave'],
      ['dave', 'Dave'],
    ])('%j after the offer is the name %j, and the offer is said once more', async (typed, name) => {
      const user = await atTheName();
      await play(user, [
        { say: 'why does it matter', get: [OFFER] },
        { say: typed, get: [SAID_BRIEFLY, new RegExp(`Nice to meet you, ${name}\\.`), CODE], never: [NAME, ADVISER_ASKED] },
      ]);
      expect((await clientOf(user))?.displayName).toBe(name);
      expect(await concerns(user)).toBe(0);
    });

    it.each(['no', 'No, thanks'])('plain %j still answers the offer, and the name is asked again', async (typed) => {
      const user = await atTheName();
      await play(user, [
        { say: 'why does it matter', get: [OFFER] },
        { say: typed, get: [/I will not ask again/, NAME], never: [/Nice to meet you/] },
        { say: 'Dave', get: [/Nice to meet you, Dave\./, CODE] },
      ]);
    });

    it('plain "yes" still asks the adviser', async () => {
      const user = await atTheName();
      await play(user, [
        { say: 'why does it matter', get: [OFFER] },
        { say: 'yes', get: [ADVISER_ASKED, NAME] },
      ]);
      expect(await concerns(user)).toBe(1);
    });

    it.each([
      ['go away', NAME],
      ['later', NAME],
      ['maybe', NAME],
      ['tomorrow', /Just yes or no: would you like your adviser to get in touch\?/],
    ])('%j after the offer is never kept as a name', async (typed, next) => {
      const user = await atTheName();
      await play(user, [
        { say: 'why does it matter', get: [OFFER] },
        { say: typed, get: [next], never: [/Nice to meet you/] },
      ]);
      expect((await clientOf(user))?.displayName).not.toMatch(/Go Away|Later|Maybe|Tomorrow/);
    });

    it('"Dave. why does it matter": the name said before the worry is kept once the offer is answered', async () => {
      const user = await atTheName();
      await play(user, [
        { say: 'Dave. why does it matter', get: [OFFER], never: [/Nice to meet you/] },
        { say: 'No, thanks', get: [/I will not ask again/, /Nice to meet you, Dave\./, CODE], never: [NAME] },
      ]);
    });
  });

  describe('at consent', () => {
    it.each(['yes ok i agree', 'i agree', 'Yes, that is OK', 'yes, my name is Amina'])('%j after the offer is consent, and the offer is said once more', async (typed) => {
      const user = await atConsent();
      await play(user, [
        { say: 'what is this? you are person or computer?', get: [OFFER] },
        { say: typed, get: [SAID_BRIEFLY, THANKS], never: [NOT_KEPT, CONSENT, ADVISER_ASKED] },
      ]);
      expect((await clientOf(user))?.consentedAt).toBeTruthy();
      expect(await concerns(user)).toBe(0);
    });

    it('plain "yes" still answers the offer: nothing is kept, and consent is asked again', async () => {
      const user = await atConsent();
      await play(user, [
        { say: 'what is this? you are person or computer?', get: [OFFER] },
        { say: 'yes', get: [NOT_KEPT, CONSENT], never: [THANKS] },
      ]);
      expect(await clientOf(user)).toBeNull();
    });

    it('Bernie says yes to the adviser: her consent and her name are kept, and the adviser is asked', async () => {
      const user = await atConsent();
      await play(user, [
        { say: BERNIE, get: [OFFER], never: [THANKS] },
        { say: 'Yes, please', get: [THANKS, ADVISER_ASKED, /Nice to meet you, Bernie\./, CODE], never: [NOT_KEPT, CONSENT, NAME] },
      ]);
      const client = await clientOf(user);
      expect(client?.consentedAt).toBeTruthy();
      expect(client?.displayName).toBe('Bernie');
      expect(await concerns(user)).toBe(1);
    });

    it.each([
      ['No, thanks', /I will not ask again/],
      ['Carry on', THANKS],
      ['i agree', SAID_BRIEFLY],
    ])('Bernie says %j: her consent and her name are kept, and nobody is asked', async (typed, heard) => {
      const user = await atConsent();
      await play(user, [
        { say: BERNIE, get: [OFFER] },
        { say: typed, get: [heard, THANKS, /Nice to meet you, Bernie\./, CODE], never: [NOT_KEPT, CONSENT, NAME, ADVISER_ASKED] },
      ]);
      expect((await clientOf(user))?.displayName).toBe('Bernie');
      expect(await concerns(user)).toBe(0);
    });
  });

  describe("at the adviser's code", () => {
    it('"i dont have one" after the offer answers the code question', async () => {
      const user = await atTheName();
      await play(user, [
        { say: 'Sam', get: [CODE] },
        { say: 'why does it matter', get: [OFFER] },
        { say: 'i dont have one', get: [SAID_BRIEFLY, /What kind of job would you like most\?/], never: [CODE, /I will not ask again/] },
      ]);
      expect(await concerns(user)).toBe(0);
    });
  });

  describe('in the self-assessment', () => {
    const WORRY = 'honestly i feel so hopeless about all of it';
    async function atHowItEnded(): Promise<ChatUser> {
      const user = new ChatUser(bot);
      await consentAndLink(user, { name: 'Graham', code: "I don't have one" });
      await play(user, [
        { say: 'warehouse supervisor', get: [/What makes you want that job\?/] },
        { say: 'i like being busy', get: [/Is there another job/] },
        { say: "No, that's all", get: [/Have you had a paid job/] },
        { say: 'Yes', get: [/What was your last job\?/] },
        { say: 'warehouse operative', get: [/How did that job end\?/] },
      ]);
      return user;
    }

    it('a button of the question on screen, tapped after the offer, is the answer', async () => {
      const user = await atHowItEnded();
      await play(user, [
        { say: WORRY, get: [OFFER] },
        { say: 'Contract ended', get: [SAID_BRIEFLY, /What went well\?/], never: [/How did that job end\?/] },
      ]);
    });

    it('words that are no button there still leave the offer open, and the question is asked again', async () => {
      const user = await atHowItEnded();
      await play(user, [
        { say: WORRY, get: [OFFER] },
        { say: "I'd rather not say", get: [SAID_BRIEFLY, /How did that job end\?/] },
      ]);
    });
  });
});
