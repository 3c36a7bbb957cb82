// "anything" where the job they would like is asked: open to any work, kept as "Any job" (play-testing
// found "anything" answered "let us keep it kind" and "whatever" kept as a job called "whatever").
import { describe, expect, it } from 'vitest';
import { ANY_JOB, isOpenToAnyJob, parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';
import { asksForContact, asksPlainly, speaksOfTelling, statesABenefitFact } from '../../src/domain/intentGuards.ts';

describe('open to any work', () => {
  it.each(['anything', 'anything really', 'any job tbh', 'whatever', 'im not fussy', 'literally anything that pays'])('%j is kept as %s', (text) => {
    expect(isOpenToAnyJob(text)).toBe(true);
    expect(parseAssessmentAnswer(questionById('first-job'), text)).toEqual({ kind: 'text', value: ANY_JOB });
  });

  it.each(['any kind of warehouse work', 'anything with animals', 'shop work'])('%j is a job of its own', (text) => {
    expect(isOpenToAnyJob(text)).toBe(false);
  });
});

describe("what the intent model's reading is checked against", () => {
  it.each([
    ['should i tell my boss', true],
    ['ive been ill', false],
  ])('%j speaks of telling: %s', (text, expected) => expect(speaksOfTelling(text)).toBe(expected));

  it.each([
    ['on universal credit', true],
    ["i'm claiming pip", true],
    ['will i lose my universal credit', false],
  ])('%j states a benefit fact: %s', (text, expected) => expect(statesABenefitFact(text)).toBe(expected));

  it.each([
    ['can i speak to my adviser', true],
    ['will my adviser be annoyed', false],
  ])('%j asks for contact: %s', (text, expected) => expect(asksForContact(text)).toBe(expected));

  it.each([
    ['what kind of help is there', true],
    ['is there help with travel', true],
    ['what i want is help with my cv', false],
    ['help with my cv', false],
  ])('%j asks plainly: %s', (text, expected) => expect(asksPlainly(text)).toBe(expected));
});
