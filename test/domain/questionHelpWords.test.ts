// The listening row for questions about the question on screen (dialogs/wordChecks.ts): what it
// means, what it is for, how to answer it, and English that is not so good. Play-testing found
// each had "That sounds really hard", "Sorry, I was not clear" or the question again unexplained.
import { describe, expect, it } from 'vitest';
import { hearWords, WORD_CHECKS, type QuestionOnScreen } from '../../dialogs/wordChecks.ts';
import { helpAskedFor } from '../../src/domain/questionHelp.ts';
import { asksAboutCashWork } from '../../src/domain/benefitWorries.ts';
import { readBarrierAnswer } from '../../src/domain/barrierTopics.ts';
import { ASSESSMENT_QUESTIONS, questionById } from '../../src/domain/assessmentQuestions.ts';
import * as say from '../../src/messages/en/listening.ts';
import { barrierExplanation, barrierQuestion } from '../../src/messages/en/barriers.ts';
import { codeReplies, inviteCodeQuestion, nameExplained, nameQuestion } from '../../src/messages/en/onboarding.ts';
import { cashWorkAsked } from '../../src/messages/en/specialist.ts';
import { questionExplanation, questionText } from '../../src/messages/en/selfAssessment.ts';
import { FORBIDDEN_WORDING } from '../messages/forbiddenWords.ts';

const at = (fields: Partial<QuestionOnScreen>): QuestionOnScreen => ({ expecting: 'choice', now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London', ...fields });
const firstJob = questionById('first-job');
const atFirstJob = at({ expecting: 'goal', about: 'job-wanted', words: questionText(firstJob), explanation: questionExplanation(firstJob) });
const atBarrier = (id: 'qualifications' | 'language' | 'debt') => at({ about: 'barrier', words: barrierQuestion(id), explanation: barrierExplanation(id) });

describe('what the question means, what it is for, how to answer it', () => {
  it('is one row of the table', () => {
    expect(WORD_CHECKS.filter((row) => /what the question means/.test(row.hears))).toHaveLength(1);
  });

  it.each(['What is this for exactly?', 'whats all this for', 'why are you asking me this'])('%j is told what the coach is for', (said) => {
    expect(hearWords(said, atFirstJob)).toEqual({ reply: say.whatThisIsFor });
  });

  it('"why do you need my name" at the name question is told why', () => {
    expect(hearWords('why do you need my name', at({ expecting: 'name', words: nameQuestion, explanation: nameExplained }))).toEqual({ reply: say.whyYourName });
  });

  it.each(['sorry my english not so good', 'my english is not very good', 'english is not my first language', 'i cant speak english very well'])('%j is told short words are fine', (said) => {
    expect(hearWords(said, atFirstJob)).toEqual({ reply: say.englishIsFine });
    expect(hearWords(said, atBarrier('debt'))).toEqual({ reply: say.englishIsFine });
  });

  it('is the question in other words, and how to answer, for "not sure what to press"', () => {
    const heard = hearWords("I'm not sure what to press now dear", atFirstJob);
    expect(heard).toEqual({ reply: say.helpWithTheQuestion('how-to-answer', questionExplanation(firstJob), false) });
    expect(say.helpWithTheQuestion('how-to-answer', 'I mean: x.', true)).toMatch(/I mean: x\. You can tap one of the buttons/);
  });

  it('"What does that mean?" gives the question in other words', () => {
    expect(hearWords('What does that mean?', atFirstJob)).toEqual({ reply: `${say.sayItAnotherWay} ${questionExplanation(firstJob)}` });
  });

  // Play-testing: "I dont understand qualifications?" never had the word explained.
  it.each(['I dont understand qualifications?', 'what does qualifications mean', 'what is qualifications', 'qualifications meaning?'])('%j at the qualifications question explains the word', (said) => {
    const heard = hearWords(said, atBarrier('qualifications'));
    expect(heard).toEqual({ reply: `${say.sayItAnotherWay} ${barrierExplanation('qualifications')}` });
    expect(barrierExplanation('qualifications')).toMatch(/exams or courses you have passed/);
  });

  it('at the code question, asking what to press gets what a code is', () => {
    const code = at({ about: 'invite-code', words: inviteCodeQuestion });
    expect(hearWords("I'm not sure what to press now dear", code)).toEqual({ reply: codeReplies['asks-what'] });
    expect(hearWords('what is this for', code)).toEqual({ reply: say.whatThisIsFor });
  });

  it.each([
    ['my english not so good', atBarrier('language')],
    ['my english is not so good, help with that', at({ expecting: 'words' })],
    ['sorry my english not so good', at({ expecting: 'words' })],
    ['what is universal credit', atBarrier('qualifications')],
    ['i dont understand why my money stopped', atBarrier('qualifications')],
    ['what is the point', atFirstJob],
    ['not sure', atFirstJob],
    ['shop work', atFirstJob],
  ])('%j is not heard by it', (said, question) => {
    expect(hearWords(said, question)).toBeNull();
  });

  it('has other words for every self-assessment question, each barrier its own', () => {
    const explanations = ASSESSMENT_QUESTIONS.map(questionExplanation);
    expect(explanations.every((text) => text.length > 20)).toBe(true);
    const barriers = ASSESSMENT_QUESTIONS.filter((question) => question.barrier).map(questionExplanation);
    expect(new Set(barriers).size).toBe(barriers.length);
  });

  it('reads "my english not so good" at "Speaking or reading English" as a yes', () => {
    expect(readBarrierAnswer('my english not so good', 'language')).toMatchObject({ kind: 'answer', value: 'yes' });
    expect(helpAskedFor('my english is good')).toBeNull();
  });
});

describe('a question about work paid in cash', () => {
  it.each(['got paid cash in hand, is that a problem?', 'i did some cash in hand work, will i get in trouble', 'can i work cash in hand'])('%j is one for the adviser', (said) => {
    expect(hearWords(said, atFirstJob)).toEqual({ reply: cashWorkAsked });
  });

  it.each(['labouring, cash in hand', 'cashier at tesco?'])('%j is not asked about it', (said) => {
    expect(asksAboutCashWork(said)).toBe(false);
  });

  it('never speaks of sanctions or threats, and offers the adviser', () => {
    expect(FORBIDDEN_WORDING.filter((pattern) => pattern.test(cashWorkAsked))).toEqual([]);
    expect(cashWorkAsked).toMatch(/talk to my adviser/);
  });
});
