// Play-testing 2026-12-08: "honestly im not sure i can do this" at the first step's question ("What
// would you like to try?") had been kept as the step ("That's clear. How will you know you have
// done it?"). A doubt about managing it at all is met kindly, the question asked again, and never kept.
import { describe, expect, it } from 'vitest';
import { doubtsTheyCanDoIt } from '../../src/domain/selfDoubtWords.ts';
import { selfDoubtHeard } from '../../src/messages/en/listening.ts';
import { startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { atGoalQuestion, joined } from './journey.ts';

describe('a doubt about managing it at all', () => {
  it.each(['honestly im not sure i can do this', 'not sure if i can manage it', 'i dont think i can do this', 'i cant do this', 'what if i mess it up', 'scared ill let everyone down', 'im not good enough', 'its too hard', 'dunno if i could cope'])(
    '%j is a doubt',
    (text) => {
      expect(doubtsTheyCanDoIt(text)).toBe(true);
    },
  );

  it.each(['apply to 2 care homes', 'ring the agency', 'not sure, maybe look at adverts', 'i cant do friday', 'i cant do it on monday', 'i think i can do this', 'im not sure', 'find out if i can get a dbs', 'ask if i can do a trial shift'])(
    '%j is not',
    (text) => {
      expect(doubtsTheyCanDoIt(text)).toBe(false);
    },
  );
});

describe('at the step question', () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('answers the doubt, asks again, and keeps the step typed after it', async () => {
    const { user } = await atGoalQuestion(bot, new Date());
    expect(joined(await user.say('get a job as a carer before xmas'))).toMatch(/What would you like to try\?/);
    const doubt = joined(await user.say('honestly im not sure i can do this'));
    expect(doubt).toContain(selfDoubtHeard);
    expect(doubt).toMatch(/What would you like to try\?/);
    expect(doubt).not.toMatch(/That's clear/);
    expect(joined(await user.say('apply to 2 care homes'))).toMatch(/When could you do it\?/);
  });
});
