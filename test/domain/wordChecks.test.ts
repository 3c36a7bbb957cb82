// The words-alone checks hearNonAnswer tries before the intent model, as a table: each row's
// reply, and the order (the first row that hears the words wins).
import { describe, expect, it } from 'vitest';
import { hearWords, WORD_CHECKS, type QuestionOnScreen } from '../../dialogs/wordChecks.ts';
import { goalAtTheMenu } from '../../dialogs/listening.ts';
import * as say from '../../src/messages/en/listening.ts';
import { consentAnswers } from '../../src/messages/en/onboarding.ts';
import { workWordsHeard } from '../../src/messages/en/selfAssessment.ts';

const at = (fields: Partial<QuestionOnScreen>): QuestionOnScreen => ({ expecting: 'choice', now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London', ...fields });

describe('the checks on the words before the model', () => {
  it('names what each row hears, once', () => {
    const names = WORD_CHECKS.map((row) => row.hears);
    expect(new Set(names).size).toBe(names.length);
  });

  // Play-testing: "just want a job tbh" at the confidence question had the low-mood reply.
  it.each(['just want a job tbh', 'dunno really, i just want a job', 'i need work'])('%j where a button or number is asked is heard as wanting work', (said) => {
    expect(hearWords(said, at({}))).toEqual({ reply: say.wantingWorkHeard });
  });

  it.each([
    ['i want a job in retail', at({})],
    ['i just want to die', at({})],
    ['just want a job tbh', at({ expecting: 'words' })],
  ])('%j is not', (said, question) => {
    expect(hearWords(said, question)).toBeNull();
  });

  it('"i just want a job" at the menu starts a goal from its first question', () => {
    expect(goalAtTheMenu('i just want a job')).toEqual({});
  });

  it('a name is an answer, a mashed goal is not', () => {
    expect(hearWords('im Lena', at({ expecting: 'name' }))).toBe('answer');
    expect(hearWords('jjjjjjjjjjjjjjjjj', at({ expecting: 'goal' }))).toEqual({ reply: say.notAGoal });
  });

  it('only a day where a step is asked is heard as a day, for the step it is', () => {
    expect(hearWords('friday', at({ expecting: 'goal', about: 'plan-words' }))).toEqual({ reply: say.dayNotAStep });
    expect(hearWords('friday', at({ expecting: 'goal', about: 'next-step' }))).toEqual({ reply: say.dayNotANextStep });
  });

  it('"carry on" where a step is asked (the safety window closed already) is not kept as the step', () => {
    expect(hearWords('carry on', at({ expecting: 'goal', about: 'plan-words' }))).toEqual({ reply: say.carryingOn });
    expect(hearWords('can we get back to it', at({ expecting: 'words' }))).toEqual({ reply: say.carryingOn });
  });

  // Play-testing: "does my work coach see this" had asked the adviser to call, with crisis numbers.
  it.each(['does my work coach see this', 'can my adviser read these messages', 'does my work coach get to read this'])('%j is answered: who sees what', (said) => {
    expect(hearWords(said, at({ expecting: 'goal', about: 'plan-words' }))).toEqual({ reply: consentAnswers['who-sees'] });
  });

  it.each(['what happens if i dont do it', 'will i get in trouble if i dont do it', 'is it bad if i miss it'])('%j is answered: no trouble, and how to change the step', (said) => {
    expect(hearWords(said, at({}))).toEqual({ reply: say.ifNotDone });
  });

  // Play-testing, round eight: "what if i cant do it" at a step question had become the step.
  it.each(['what if i cant do it', 'but what if i fail', 'what if i mess it up'])('%j, where a step is asked, is answered and not kept', (said) => {
    expect(hearWords(said, at({ expecting: 'goal', about: 'plan-words' }))).toEqual({ reply: say.ifNotDone });
  });

  it.each(['what if i apply for 3 jobs', 'what if i ring the agency first'])('%j is a step, not a worry', (said) => {
    expect(hearWords(said, at({ expecting: 'goal', about: 'plan-words' }))).not.toEqual({ reply: say.ifNotDone });
  });

  it('a worry that names benefits is left for the adviser hand-over', () => {
    expect(hearWords('will i get sanctioned if i dont do it', at({}))).toBeNull();
  });

  // Play-testing: "this is a lot" had been saved as a skill, "im nervous about all this" as the hours wanted.
  it.each(['this is a lot', 'im nervous about all this', 'this is a lot of questions', 'honestly im a bit overwhelmed by all this'])('%j is heard, not kept', (said) => {
    expect(hearWords(said, at({ expecting: 'words' }))).toEqual({ reply: say.feelingAboutTheQuestions });
  });

  it('a skill that is hard work is still an answer', () => {
    expect(hearWords('hard work, caring, cooking', at({ expecting: 'words' }))).toBeNull();
  });

  // Listening round three: they had "didn't catch that", or the question in other words with no answer.
  it.each([
    ['i want to work in a shop', workWordsHeard.wish], ['does agency work count?', workWordsHeard.counts], ['im at college doing a course', workWordsHeard.study],
    ['havent worked since my son was born', workWordsHeard['unplaced-gap']],
  ])('%j at the paid-work question is answered, never kept', (said, heard) => {
    expect(hearWords(said, at({ about: 'work-history', words: 'Have you had a paid job in the last two years?' }))).toEqual({ reply: heard });
  });

  it('"i want to work in a shop" where a job is asked is left to be the answer', () => {
    expect(hearWords('i want to work in a shop', at({ expecting: 'goal', about: 'job-wanted' }))).toBeNull();
  });
});
