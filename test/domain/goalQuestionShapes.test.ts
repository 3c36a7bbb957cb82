// Play-testing the goal question: a how-to question about a step is the goal (after a low feeling
// said first, too); a question about an appointment is no goal; a vague goal is no feeling; texting
// the adviser about something is the client's own step, not a request for contact.
import { describe, expect, it } from 'vitest';
import { goalAskedFor } from '../../src/domain/goalAskedFor.ts';
import { asksAboutAnAppointment } from '../../src/domain/appointmentQuestion.ts';
import { namesAVagueGoal } from '../../src/domain/vagueGoalWords.ts';
import { namesAStepWithTheAdviser } from '../../src/domain/stepWithTheAdviser.ts';
import { modelReading } from '../../dialogs/intentReading.ts';

const MONDAY = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/London' };

describe('a how-to question about a step', () => {
  it.each([
    ['how do i update my cv?', 'update my cv', undefined],
    ['how do u write a cv', 'write a cv', undefined],
    ['how can i improve my English for work?', 'improve my English for work', undefined],
    ['how do i sign up for a CSCS card?', 'sign up for a CSCS card', undefined],
    ['i feel so down all the time. how do i update my cv?', 'update my cv', true],
    ['im really stressed, how do i write a cover letter?', 'write a cover letter', true],
  ] as const)('%j is the goal %j', (typed, goal, feltLow) => {
    expect(goalAskedFor(typed, MONDAY)).toEqual({ goal, asked: 'how', ...(feltLow ? { feltLow } : {}) });
  });

  it.each(['how do i feel better', 'how do i contact my adviser?', 'how do i tell them about my record?', 'how i make cv? my english not good', 'i am happy. how are you?'])('%j names no step', (typed) => {
    expect(goalAskedFor(typed, MONDAY)).toBeNull();
  });
});

describe('a question about an appointment', () => {
  it.each(['can i move my appointment on thursday', 'wat time is my apointment', 'is my appointment still on friday?', 'can i rearrange my meeting with my adviser'])('%j is one', (typed) => {
    expect(asksAboutAnAppointment(typed)).toBe(true);
  });
  it.each(['go to my appointment on thursday', 'book a doctors appointment', 'update my cv', 'ring the agency about the job'])('%j is none', (typed) => {
    expect(asksAboutAnAppointment(typed)).toBe(false);
  });
});

describe('a vague goal', () => {
  it.each(['just sort myself out really', 'get out the house more', 'be better', 'be more confident', 'get myself sorted'])('%j is one, and no feeling at the goal question', (typed) => {
    expect(namesAVagueGoal(typed)).toBe(true);
    expect(modelReading(typed, 'goal').intent).toBeNull();
  });
  it.each(['i feel so down all the time', 'be better but i feel useless', 'update my cv'])('%j is none', (typed) => {
    expect(namesAVagueGoal(typed)).toBe(false);
  });
});

describe('a step with the adviser', () => {
  it.each(['txt my adviser bout the course', 'email my adviser about the cscs card', 'ring my work coach about the training'])('%j is the client\'s step, not a request', (typed) => {
    expect(namesAStepWithTheAdviser(typed)).toBe(true);
    expect(modelReading(typed, 'goal').intent).toBeNull();
  });
  it.each(['can my adviser ring me', 'i want to talk to my adviser', 'get my adviser to call me about the course'])('%j is none', (typed) => {
    expect(namesAStepWithTheAdviser(typed)).toBe(false);
  });
});
