// What safetyWindowPlainTalk.ts hears in the safety window (round fifteen), and what it leaves to
// the rest of the window: a bare goodbye, "better off" and a hedge are never read as small talk.
import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/domain/answers.ts';
import { howTakenBack, readPlainTalk } from '../../src/bot/safetyWindowPlainTalk.ts';
import { correctionHeardReply } from '../../src/messages/en/safetyReplies.ts';
import { checkPlainLanguage } from '../plainLanguage.ts';
import { withoutExceptions } from '../messages/plainExceptions.ts';

const read = (typed: string, level: 'none' | 'concern' = 'none') => readPlainTalk(expandShorthand(typed), level);

describe('plain talk in the safety window', () => {
  it.each([
    ['ur a bot arent u', 'real-person'],
    ['who am i talking to', 'real-person'],
    ['Thank you for your time.', 'thanks'],
    ['that means a lot', 'thanks'],
    ['i feel a bit better now', 'feeling-better'],
    ['Will this affect my pension?', 'who-is-told'],
    ['will they stop my uc if i miss the course', 'who-is-told'],
    ['is it free to call', 'numbers'],
    ['can we go back', 'carry-on'],
    ['what do i do now', 'help'],
    ['i need to go pick up the kids', 'leaving'],
    ['is my adviser in today', 'what-next'],
    ['i shouldnt have said that', 'take-back'],
    ['can you delete that', 'take-back'],
    ['its just a saying', 'not-serious'],
    ['why did you send me that', 'why-numbers'],
    ["you're overreacting", 'why-numbers'],
    ['you got it wrong', 'why-numbers'],
    ['sorry my english not good', 'language'],
    ['i no understand', 'lost'],
    ['what mean carry on', 'what-carry-on'],
    ['do i still need to go to my appointment tomorrow', 'appointment'],
    ['i feel so stupid now', 'embarrassed'],
    ['thanks for nothing', 'fed-up'],
  ])('%j is %s', (typed, ask) => {
    expect(read(typed)).toBe(ask);
  });

  it.each(['ok bye', 'bye', 'i need to go', 'im better off dead', 'i feel better now but', 'i feel better when im asleep', 'can we go back to how it was', 'im so tired', 'i have to go now'])(
    '%j is left to the rest of the window',
    (typed) => {
      expect(read(typed)).toBeNull();
    },
  );

  it('with a worry heard, only "why did you send me that" and feeling stupid are answered here', () => {
    expect(read('i didnt say i was going to do anything', 'concern')).toBe('why-numbers');
    expect(read('i feel so stupid now', 'concern')).toBe('embarrassed');
    expect(read('will they stop my uc if i miss the course', 'concern')).toBeNull();
  });

  it.each([
    ['lol jk', 'joke'],
    ['calm down it was a joke', 'joke'],
    ['its just a saying', 'joke'],
    ['i wont do anything', 'wont-act'],
    ["I won't do anything silly, don't worry.", 'wont-act'],
    ['im not going to kill myself i just hate the jobcentre', 'wont-act'],
    ['no i didnt mean it like that, i meant the job is killing me lol', 'misread'],
    ['eh? im going to majorca lol', 'misread'],
    ['you took it the wrong way', 'misread'],
  ])('%j was taken back as %s', (typed, how) => {
    expect(howTakenBack(expandShorthand(typed))).toBe(how);
  });
});

describe('the replies that fit how words were taken back', () => {
  const kinds = [['self'], ['harm-to-others'], ['abuse'], ['no-home'], ['someone-else']] as const;
  const reaches = ['told', 'not-reached', 'no-details'] as const;
  const hows = ['joke', 'wont-act', 'misread', 'why-numbers'] as const;

  it('are plain English for every kind, reach and way of taking it back', () => {
    const failures = kinds.flatMap((kind) =>
      reaches.flatMap((reach) =>
        hows.flatMap((how) => {
          const said = correctionHeardReply(kind, reach, how);
          const result = checkPlainLanguage(withoutExceptions(said));
          return result.ok ? [] : [`${kind} ${reach} ${how}: ${result.problems.join(' ')}`];
        }),
      ),
    );
    expect(failures).toEqual([]);
  });

  it('say sorry for getting it wrong only when they said it was read wrong, and always the way back', () => {
    for (const reach of reaches) {
      expect(correctionHeardReply(['self'], reach, 'joke')).not.toMatch(/sorry/i);
      expect(correctionHeardReply(['self'], reach, 'wont-act')).not.toMatch(/sorry/i);
      expect(correctionHeardReply(['self'], reach, 'misread')).toMatch(/I am sorry if I got it wrong\./);
      for (const how of hows) expect(correctionHeardReply(['self'], reach, how)).toMatch(/Tap Carry on to go back to your plan\.$/);
    }
    // After abuse, taking words back can mean it is not safe to talk: the short sorry stays (December).
    expect(correctionHeardReply(['abuse'], 'told', 'joke')).toMatch(/^OK\. Thank you for telling me\.\nSorry if I got that wrong\./);
    expect(correctionHeardReply(['self'], 'told', 'joke')).toMatch(/Your adviser will still see what you said/);
  });
});
