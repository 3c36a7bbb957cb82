// Questions asked back at the question on screen (src/domain/questionsBack.ts): read by their
// words, whole messages only, so an answer that holds the words is still an answer.
import { describe, expect, it } from 'vitest';
import { menuQuestionBackOf, namesAnEmployer, questionBackOf } from '../../src/domain/questionsBack.ts';

describe('questions asked back', () => {
  it.each([
    ['what happens now?', 'what-next'],
    ['what happens after i set a goal', 'what-next'],
    ['what happens once ive done these', 'what-next'],
    ['whats next', 'what-next'],
    ['what kind of support is there?', 'support'],
    ['what help can i get with this', 'support'],
    ['will you tell the jobcentre', 'tell-jobcentre'],
  ])('%j is %s', (said, kind) => {
    expect(questionBackOf(said)).toBe(kind);
  });

  it.each([
    'what happens if i miss the date',
    'what happens to my answers',
    'what do i do now',
    'what now',
    'help with my cv',
    'i need support with childcare',
    'yes',
  ])('%j is not one (left to the readers that answer it, or an answer)', (said) => {
    expect(questionBackOf(said)).toBeNull();
  });

  it('names an employer beside who sees the answers', () => {
    expect(namesAnEmployer('will employers see this?')).toBe(true);
    expect(namesAnEmployer('can my boss see this?')).toBe(true);
    expect(namesAnEmployer('who reads this')).toBe(false);
  });

  it('reads what a review is, and a time to change, at the menu; the menu buttons are not these', () => {
    expect(menuQuestionBackOf('whats a review')).toBe('what-is-review');
    expect(menuQuestionBackOf('can i change the time to 2.45')).toBe('change-time');
    expect(menuQuestionBackOf('Review my plan')).toBeNull();
    expect(menuQuestionBackOf('change my plan')).toBeNull();
  });
});
