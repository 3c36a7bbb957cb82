// Questions about the plan or the coach, typed while a question waits (dialogs/wordChecks.ts):
// each gets a plain answer and the question again. Play-testing found "can i change my goal
// later?" met with "Sorry, I was not clear", "how long will it take to get a job" told how long
// the chat takes, "when will i get a job" kept as the goal, and "is this compulsory?" told the
// coach is a chat bot.
import { describe, expect, it } from 'vitest';
import { hearWords, WORD_CHECKS, type QuestionOnScreen } from '../../dialogs/wordChecks.ts';
import { coachQuestionOf } from '../../src/domain/questionHelp.ts';
import * as say from '../../src/messages/en/listening.ts';
import { consentAnswers } from '../../src/messages/en/onboarding.ts';
import { FORBIDDEN_WORDING } from '../messages/forbiddenWords.ts';

const at = (fields: Partial<QuestionOnScreen>): QuestionOnScreen => ({ expecting: 'choice', now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London', ...fields });
const atGoal = at({ expecting: 'goal', about: 'plan-words' });
const atMeasure = at({ expecting: 'words' });
const atButton = at({});
const answer = say.coachQuestionAnswers;

describe('questions about the plan or the coach, mid-flow', () => {
  it('is one row of the table, tried before the plan-change and how-long rows', () => {
    const names = WORD_CHECKS.map((row) => row.hears);
    const row = names.indexOf('a question about the plan or the coach');
    expect(row).toBeGreaterThan(-1);
    expect(row).toBeLessThan(names.indexOf('words that change the plan, at a button'));
    expect(row).toBeLessThan(names.indexOf('the answer just given, taken back'));
    expect(row).toBeLessThan(names.indexOf('how long this takes'));
  });

  it.each([
    ['can i change my goal later?', 'change-later'],
    ['Can I change it later on?', 'change-later'],
    ['will i be able to change it?', 'change-later'],
    ['is this set in stone?', 'change-later'],
    ['how long will it take to get a job', 'finding-work-time'],
    ['How long does it take to find work?', 'finding-work-time'],
    ['how long till i get a job', 'finding-work-time'],
    ['when will i get a job', 'finding-work-time'],
    ['will i ever get a job', 'finding-work-time'],
    ['will this get me a job?', 'finding-work-time'],
    ['do i have to do this?', 'your-choice'],
    ['is this compulsory?', 'your-choice'],
    ['can i skip this?', 'your-choice'],
    ['can i have more than one goal?', 'more-goals'],
    ['how many goals should i set?', 'more-goals'],
  ] as const)('%j asks %s', (said, kind) => {
    expect(coachQuestionOf(said)).toBe(kind);
  });

  it.each([
    'can i change my goal', 'can i change it', 'get a job', 'get a job in a warehouse', 'i will get a job', 'how long does this take?',
    'how long will it take to get to the jobcentre', 'when can i start work', 'do i have to do this for my uc?', 'what happens if i miss a step?', 'i want more than one goal in my plan',
  ])('%j asks none of them', (said) => {
    expect(coachQuestionOf(said)).toBeNull();
  });

  it.each([atGoal, atMeasure, atButton])('"can i change my goal later?" is told yes, and how (%#)', (question) => {
    expect(hearWords('can i change my goal later?', question)).toEqual({ reply: answer['change-later'] });
  });

  it('how long finding work takes is never answered with how long the chat takes', () => {
    for (const question of [atGoal, atMeasure, atButton]) {
      expect(hearWords('how long will it take to get a job', question)).toEqual({ reply: answer['finding-work-time'] });
    }
    expect(answer['finding-work-time']).not.toMatch(/not too long|minutes|soon|will find/i);
    expect(hearWords('how long does this take?', atGoal)).toEqual({ reply: say.howLong });
  });

  it('"when will i get a job" at the goal question is answered, not kept as the goal', () => {
    expect(hearWords('when will i get a job', atGoal)).toEqual({ reply: answer['finding-work-time'] });
  });

  it('whether they have to is their choice; at a barrier question, with its "I\'d rather not say"', () => {
    expect(hearWords('is this compulsory?', atGoal)).toEqual({ reply: answer['your-choice'] });
    expect(hearWords('do i have to answer this?', at({ about: 'barrier' }))).toEqual({ reply: say.barrierYourChoice });
    expect(say.barrierYourChoice).toMatch(/"I'd rather not say"/);
  });

  it('at consent the consent answer still comes first, and the name question is left alone', () => {
    expect(hearWords('do i have to do this?', at({ about: 'consent' }))).toEqual({ reply: consentAnswers.choice });
    expect(hearWords('do i have to?', at({ expecting: 'name' }))).not.toEqual({ reply: answer['your-choice'] });
  });

  it('"can i have more than one goal?" is told yes, and where to add one', () => {
    expect(hearWords('can i have more than one goal?', atGoal)).toEqual({ reply: answer['more-goals'] });
  });

  it('says nothing the coach never says', () => {
    const texts = [...Object.values(answer), say.barrierYourChoice];
    expect(texts.filter((text) => FORBIDDEN_WORDING.some((pattern) => pattern.test(text)))).toEqual([]);
  });
});
