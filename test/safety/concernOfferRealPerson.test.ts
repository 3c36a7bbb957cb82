// Replies to "Would you like your adviser to get in touch?" after a worry, played as clients
// (play-testing, December, transcripts of Gaz and Kerry). Was: "i want to speak to a real person not
// a robot" and "is my adviser going to be angry with me?" got "OK. Your adviser is there if you want
// them." and no hand-over; "i got an interview on thursday and im terrified" got "Sorry, I did not
// follow that. Just yes or no"; three days on, "the interview went ok i think??" was taken as no
// answer to the offer. Now a yes (a real person asked for) raises the hand-over, a no does not, a
// question is answered and the offer asked again, news is heard (well done) with the offer asked
// once more, and news days later is heard as at the menu, the offer gone.
// Lines: concernOfferRealPersonLines.ts (a quarter held out, never tuned on; gaps left out here).
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { text, useWindowBot } from '../escalation/windowHarness.ts';
import { OFFER_REPLY_LINES } from './concernOfferRealPersonLines.ts';

const WORRY = 'i feel so useless i keep forgetting everything';
const OFFER = /Would you like your adviser to get in touch\? \[Yes, please\] \[No, thanks\] \[Carry on\]$/;
const HANDED_OVER = /I have asked your adviser to get in touch with you\./;
const NOT_HEARD = /Sorry, I did not follow that|OK\. Your adviser is there if you want them|That sounds really hard/;

describe(`replies to the adviser's offer, at the menu, on ${testProvider}`, () => {
  const { atTheGoalQuestion, clock, db } = useWindowBot({ advisers: ['Ann', 'Bob', 'Cat'] });
  const concerns = (clientId: string) => db().escalation.count({ where: { clientId, reason: 'concern' } });
  const atTheOffer = async () => {
    const started = await atTheGoalQuestion();
    expect(text(await started.user.say('cancel'))).toMatch(/What would you like to do\?/);
    expect(text(await started.user.say(WORRY))).toMatch(OFFER);
    return started;
  };

  it.each(OFFER_REPLY_LINES.filter((line) => !line.gap))('$kind: $say', async (line) => {
    const { user, clientId } = await atTheOffer();
    const reply = text(await user.say(line.say));
    if (line.kind === 'yes') {
      expect(reply).toMatch(HANDED_OVER);
      expect(await concerns(clientId)).toBe(1);
      return;
    }
    expect(await concerns(clientId)).toBe(0);
    if (line.kind === 'no') expect(reply).toMatch(/^OK\. I will not ask again\./);
    if (line.kind === 'question' || line.kind === 'news') {
      expect(reply).toMatch(OFFER);
      expect(reply).not.toMatch(NOT_HEARD);
    }
    if (line.kind === 'news') expect(reply).toMatch(/^(?:Well done|That is brilliant news)/);
    if (line.kind === 'feeling') expect(reply).not.toMatch(/I will not ask again|Sorry, I did not follow|Well done/);
  });

  it('"is my adviser going to be angry with me?": no, warmly, then the offer; a yes after it still hands over', async () => {
    const { user, clientId } = await atTheOffer();
    const reply = text(await user.say('is my adviser going to be angry with me?'));
    expect(reply).toMatch(/^No\. Your adviser is there to help you, not to tell you off\.\nWould you like your adviser to get in touch\?/);
    expect(reply.replace(/\[[^\]]*\]/g, '').match(/\?/g)).toHaveLength(1);
    expect(text(await user.say('yes please'))).toMatch(HANDED_OVER);
    expect(await concerns(clientId)).toBe(1);
  });

  it('"i got an interview on thursday and im terrified": well done, the nerves answered, the offer asked once more; a no then declines', async () => {
    const { user, clientId } = await atTheOffer();
    const reply = text(await user.say('i got an interview on thursday and im terrified'));
    expect(reply).toMatch(/^Well done on the interview!\nIt is normal to feel nervous\./);
    expect(reply).toMatch(OFFER);
    expect(text(await user.say('no thanks'))).toMatch(/^OK\. I will not ask again\./);
    expect(await concerns(clientId)).toBe(0);
  });

  it('news three days after the offer is heard as at the menu, not taken as an answer to it', async () => {
    clock.set('2026-03-04T10:00:00Z');
    const { user, clientId } = await atTheOffer();
    clock.advanceMinutes(3 * 24 * 60);
    const reply = text(await user.say('the interview went ok i think?? they said theyd let me know'));
    expect(reply).not.toMatch(/Your adviser is there if you want them|Sorry, I did not follow|get in touch\?/);
    expect(reply).toMatch(/^Well done for getting an interview! I have added an interview to your job search./);
    expect(await concerns(clientId)).toBe(0);
  });
});
