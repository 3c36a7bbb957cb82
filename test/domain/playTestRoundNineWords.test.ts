// Words play-testing found misread (round nine): a bare "ok" where a button is asked had "didn't
// catch that" (three times running after a reminder); "take it off" at the menu had "let us keep it
// kind"; news of a job typed after a reminder had been a step begun.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { hearWords, type QuestionOnScreen } from '../../dialogs/wordChecks.ts';
import { modelReading } from '../../dialogs/intentReading.ts';
import { isBareAcknowledgement } from '../../src/domain/textChecks.ts';
import { offIsNoInsult } from '../../src/domain/intentGuards.ts';
import { tellsOfANewJob } from '../../src/domain/inWork.ts';
import * as say from '../../src/messages/en/listening.ts';

const at = (fields: Partial<QuestionOnScreen>): QuestionOnScreen => ({ expecting: 'choice', now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London', ...fields });

describe('a bare ok where a button is asked', () => {
  it.each(['ok', 'OK.', 'okay', 'k', 'cool', 'right', 'alright', 'ok then', 'Got it'])('%j is a nod, answered before the question comes back', (said) => {
    expect(isBareAcknowledgement(said)).toBe(true);
    expect(hearWords(said, at({}))).toEqual({ reply: say.okThen });
  });

  it.each(['ok but when is it', 'not ok', 'ok i will do it friday', 'thanks'])('%j is more than a nod', (said) => {
    expect(isBareAcknowledgement(said)).toBe(false);
  });

  it('where free words are asked, "ok" is left to the question', () => {
    expect(hearWords('ok', at({ expecting: 'words' }))).not.toEqual({ reply: say.okThen });
  });
});

describe('an everyday "off"', () => {
  it.each(['take it off', 'take it off my plan please', 'can i cross that off', 'i have a day off friday'])('%j is no insult', (said) => {
    expect(offIsNoInsult(said)).toBe(true);
    expect(modelReading(said, 'choice').intent).not.toBe('abuse');
  });

  it.each(['piss off', 'sod off you useless bot', 'take this shit off'])('%j is not excused', (said) => {
    expect(offIsNoInsult(said)).toBe(false);
  });
});

describe('news of a job where a step is answered', () => {
  it.each(['started at tesco monday', 'i got the job!!', 'got a job at the care home, start next week', 'ive started working at asda', 'i dont need this anymore ive got a job'])('%j is a new job', (said) => {
    expect(tellsOfANewJob(said)).toBe(true);
  });

  it.each(['i started on my cv', 'started it', 'i started at 9 and did 3', 'done it', 'i havent got a job yet', 'hope i got the job'])('%j is progress on the step, or no news', (said) => {
    expect(tellsOfANewJob(said)).toBe(false);
  });
});
