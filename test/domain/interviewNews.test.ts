// News of an interview typed where a goal or a step is asked is heard, not kept as the goal;
// a goal about an interview is still an answer.
import { describe, expect, it } from 'vitest';
import { hearWords, type QuestionOnScreen } from '../../dialogs/wordChecks.ts';
import { tellsOfAnInterview } from '../../src/domain/interviewNews.ts';
import * as say from '../../src/messages/en/listening.ts';

const at = (fields: Partial<QuestionOnScreen>): QuestionOnScreen => ({ expecting: 'goal', about: 'plan-words', now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London', ...fields });

const NEWS = [
  'got an interview on thursday!',
  'i got an interview on thursday',
  "I've got an interview at Tesco next week",
  'I\u2019ve got an interview at Tesco',
  'ive got an interview tmrw',
  'guess what, i got an interview!!',
  'just got an interview for the warehouse job',
  'been invited to an interview on friday',
  'I have an interview on Monday',
  'omg i got an intervew',
  "I've been offered an interview at Asda",
  'got a phone interview friday',
  'yay landed 2 interviews this week',
];

const GOALS = [
  'prepare for my interview on thursday',
  'get an interview',
  'get an interview by july',
  'practise for my interview',
  'i want to get an interview',
  'have an interview by july',
  'got an interview, need help preparing',
  'go to my interview on thursday',
  'interview at tesco',
  'have i got an interview?',
];

describe('news of an interview', () => {
  it.each(NEWS)('%j is news: heard at the goal and step questions, not kept', (said) => {
    expect(tellsOfAnInterview(said)).toBe(true);
    expect(hearWords(said, at({}))).toEqual({ reply: say.interviewHeard });
  });

  it.each(GOALS)('%j is a goal, not news', (said) => {
    expect(tellsOfAnInterview(said)).toBe(false);
    expect(hearWords(said, at({}))).toBeNull();
  });

  // "How did it go?" in a review has the news as its answer.
  it('is an answer where free words about what happened are asked', () => {
    expect(hearWords('got an interview on thursday!', at({ expecting: 'words', about: 'review' }))).toBeNull();
  });
});
