// Play-testing 2026-12-08: "ring an agency but im scared ill mess it up" at the step question had been
// kept whole as the step; the worry is now answered and the step kept without it. At "What is a
// smaller first step?" (a how-sure score below 7) "yes" and "not sure" had looped on "Tell me in a few
// words what you could do"; "no its ok", "keep it" and the like now work as [Keep my step] does, and a
// yes or "not sure" keeps the step and says it back.
import { describe, expect, it } from 'vitest';
import { smallerStepAnswer } from '../../src/domain/smallerStepAnswers.ts';
import { goalBeforeAWorry } from '../../src/domain/workHistoryWords.ts';
import { stepKeptAfterANod } from '../../src/messages/en/goalQuestionReplies.ts';
import { stepKept, worryWithTheGoal } from '../../src/messages/en/smartGoal.ts';
import { goalInWords } from '../../src/messages/en/listening.ts';
import { startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { atGoalQuestion, joined } from './journey.ts';

describe('what is said at "What is a smaller first step?"', () => {
  it.each([
    ['keep it', 'keep'], ['keep my step', 'keep'], ['its fine as it is', 'keep'], ['no its ok', 'keep'], ['nah leave it', 'keep'],
    ['no thats fine', 'keep'], ['im happy with it', 'keep'], ['stick with my one', 'keep'],
    ['yes', 'nod'], ['Yeah', 'nod'], ['ok', 'nod'], ['not sure', 'nod'], ['dunno', 'nod'], ['idk', 'nod'],
  ] as const)('%j keeps the step (%s)', (text, how) => {
    expect(smallerStepAnswer(text)).toBe(how);
  });

  it.each(['ring one agency', 'look at 1 advert', 'ok ring one agency', 'text my mum', 'just read one advert'])('%j is a new step', (text) => {
    expect(smallerStepAnswer(text)).toBeNull();
  });

  it.each([
    ['email my cv to tesco, im really nervous tho', 'email my cv to tesco'],
    ['go to the job fair but i worry no one will talk to me', 'go to the job fair'],
    ['update my cv but im worried its rubbish', 'update my cv'],
  ])('%j at a step question is the step %j and a worry', (text, step) => {
    expect(goalBeforeAWorry(text)?.goal).toBe(step);
  });
});

describe('at the step questions', () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  async function atSmallerStep(step = 'ring an agency but im scared ill mess it up') {
    const { user } = await atGoalQuestion(bot, new Date());
    expect(joined(await user.say('get a job as a carer before xmas'))).toMatch(/What would you like to try\?/);
    const worry = joined(await user.say(step));
    await user.say('monday');
    expect(joined(await user.say('6'))).toMatch(/What is a smaller first step\?/);
    return { user, worry };
  }

  it('answers a worry told with the step, and keeps the step without it', async () => {
    const { user, worry } = await atSmallerStep();
    expect(worry).toContain(worryWithTheGoal);
    expect(worry).toMatch(/When could you do it\?/);
    expect(joined(await user.say('keep my step'))).toContain(stepKept);
  });

  it.each(['yes', 'not sure'])('%j keeps the step and says it back, without looping', async (text) => {
    const { user } = await atSmallerStep();
    const reply = joined(await user.say(text));
    expect(reply).toContain(stepKeptAfterANod('Ring an agency'));
    expect(reply).not.toContain(goalInWords);
    expect(reply).toMatch(/Which job does this help you with\?/);
  });

  it.each(['no its ok', 'its fine as it is', 'keep it'])('%j works like [Keep my step]', async (text) => {
    const { user } = await atSmallerStep('ring an agency');
    const reply = joined(await user.say(text));
    expect(reply).toContain(stepKept);
    expect(reply).not.toContain(goalInWords);
  });
});
