// The word checks added after the sixth round of play-testing, as tables: what a SMART goal is, how
// long answers are kept, why a question is asked, wanting it quick, and news of being turned down.
import { describe, expect, it } from 'vitest';
import { hearWords, type QuestionOnScreen } from '../../dialogs/wordChecks.ts';
import { asksHowLongAnswersAreKept, asksWhatASmartGoalIs, helpAskedFor } from '../../src/domain/questionHelp.ts';
import { saysTheyWereTurnedDown, wantsItShort } from '../../src/domain/textChecks.ts';
import { assessmentQuestionsLeft } from '../../src/domain/questionsLeft.ts';
import { emptyVocationalProfile } from '../../src/domain/assessmentSteps.ts';
import { ASSESSMENT_QUESTIONS } from '../../src/domain/assessmentQuestions.ts';
import * as say from '../../src/messages/en/listening.ts';
import { consentAnswers, deleteItSooner, howLongKept } from '../../src/messages/en/onboarding.ts';

const KEPT_FOR = { closeAfterDays: 90, deleteAfterDays: 365 };
const at = (fields: Partial<QuestionOnScreen>): QuestionOnScreen => ({ expecting: 'choice', now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London', keptFor: KEPT_FOR, ...fields });

describe('what a SMART goal is', () => {
  it.each(['What is a SMART goal?', 'I should like to secure a maintenance supervisor position. What is a SMART goal, incidentally?', 'what does SMART stand for'])('%j is answered', (said) => {
    expect(asksWhatASmartGoalIs(said)).toBe(true);
    expect(hearWords(said, at({ expecting: 'goal', about: 'plan-words' }))).toEqual({ reply: say.whatASmartGoalIs });
  });

  it.each(['get a smart phone', 'be smart about money'])('%j is not asked about it', (said) => {
    expect(asksWhatASmartGoalIs(said)).toBe(false);
  });
});

describe('how long answers are kept', () => {
  it('says what retention does, in days and years', () => {
    expect(howLongKept(KEPT_FOR)).toBe(
      'I keep your answers while you use me. If we are not in touch for 90 days, your case is closed. A year after that, I delete everything I kept about you, unless you come back before then.',
    );
    expect(howLongKept({ closeAfterDays: 30, deleteAfterDays: 730 })).toMatch(/for 30 days, your case is closed\. 2 years after that/);
  });

  it.each([
    ['how long do you keep it?', at({ about: 'consent' }), `${howLongKept(KEPT_FOR)} ${deleteItSooner}`],
    ['Who will see my information, and how long do you keep it?', at({ about: 'consent' }), `${consentAnswers['who-sees']} ${howLongKept(KEPT_FOR)}`],
    ['could you tell me who exactly will have access to my information and for how long it is retained?', at({ about: 'consent' }), `${consentAnswers['who-sees']} ${howLongKept(KEPT_FOR)}`],
    ['how long is my data kept', at({ expecting: 'words' }), `${howLongKept(KEPT_FOR)} ${deleteItSooner}`],
  ])('%j is answered', (said, question, reply) => {
    expect(hearWords(said, question)).toEqual({ reply });
  });

  it.each(['how long do i keep applying', 'how long will this take', 'how long should i keep my cv'])('%j is not asked about it', (said) => {
    expect(asksHowLongAnswersAreKept(said)).toBe(false);
  });
});

describe('why the question is asked', () => {
  it.each(['why do you need that?', 'why are you asking me this', 'why do you want to know'])('%j gets the reason of the question on screen', (said) => {
    expect(helpAskedFor(said)).toBe('why-asked');
    expect(hearWords(said, at({ expecting: 'words', purpose: 'Because it helps.' }))).toEqual({ reply: 'Because it helps.' });
    expect(hearWords(said, at({ expecting: 'words' }))).toEqual({ reply: say.whatThisIsFor });
  });

  it('"what is this for" is what the coach is for', () => {
    expect(hearWords('what is this for', at({ expecting: 'words', purpose: 'Because it helps.' }))).toEqual({ reply: say.whatThisIsFor });
  });
});

describe('wanting it quick, or tired now', () => {
  it.each(['honestly im knackered, can we be quick', 'im knackered', 'can we do this later', 'are we nearly done?', 'i need a break'])('%j is told it can stop', (said) => {
    expect(hearWords(said, at({ expecting: 'words', questionsLeft: 30 }))).toEqual({ reply: say.tiredHeard(30) });
    expect(hearWords(said, at({ expecting: 'goal' }))).toEqual({ reply: say.tiredHeard(undefined) });
  });

  it('says how many questions are left only where that is known, and "nothing is lost" only there', () => {
    expect(say.tiredHeard(30)).toMatch(/Nothing you told me is lost\. There are about 30 questions left\.$/);
    expect(say.tiredHeard(1)).toMatch(/There is 1 question left\.$/);
    expect(say.tiredHeard(undefined)).not.toMatch(/lost|left/);
  });

  it('"how many more questions" is told how many, where that is known', () => {
    expect(hearWords('how many more questions', at({ expecting: 'words', questionsLeft: 12 }))).toEqual({ reply: `${say.howLong} There are about 12 questions left.` });
  });

  it.each(['take a break between applications', 'i was always tired', 'can we stop the reminders', 'quick learner', 'ill do it tomorrow', 'finish it another day'])('%j is not', (said) => {
    expect(wantsItShort(said)).toBe(false);
  });

  it('"im knackered" in a review is how it felt, an answer', () => {
    expect(hearWords('im knackered', at({ expecting: 'words', about: 'review' }))).toBeNull();
  });

  it('counts the questions still to come', () => {
    const start = { profile: emptyVocationalProfile(), answered: [] };
    // The second and third job, the job's reason and the last job's questions wait for answers.
    expect(assessmentQuestionsLeft(start)).toBe(ASSESSMENT_QUESTIONS.length - 5);
    expect(assessmentQuestionsLeft({ ...start, answered: ['first-job', 'recent-work'] })).toBe(ASSESSMENT_QUESTIONS.length - 7);
  });
});

describe('news of being turned down', () => {
  it.each([
    ['got an email sayin they rejected me. gutted ngl', at({ expecting: 'words', about: 'next-step' })],
    ['they turned me down', at({ expecting: 'goal', about: 'plan-words' })],
    ['got an email sayin they rejected me. gutted ngl', at({})],
  ])('%j is met kindly', (said, question) => {
    expect(hearWords(said, question)).toEqual({ reply: say.rejectionHeard });
  });

  it.each([
    ['got rejected from tesco so apply to asda', at({ expecting: 'words', about: 'next-step' })],
    ['they rejected me', at({ expecting: 'words', about: 'review' })],
  ])('%j is not', (said, question) => {
    expect(hearWords(said, question)).toBeNull();
  });

  it('is never a question', () => {
    expect(saysTheyWereTurnedDown('what if they rejected me?')).toBe(false);
  });
});

describe('tired alone at the menu', () => {
  it('is left to the feelings, where no first questions are under way', () => {
    expect(hearWords('im knackered', at({}))).toBeNull();
    expect(hearWords('im knackered', at({ about: 'barrier', questionsLeft: 12 }))).toEqual({ reply: say.tiredHeard(12) });
  });
});
