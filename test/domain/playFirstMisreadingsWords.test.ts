// Play-testing first conversations (December): a rating said with "say", a step with someone
// other than the adviser, a question whether the adviser sees this, a question about telling an
// employer about a record, and why they were out of work, each read for what the client meant.
import { describe, expect, it } from 'vitest';
import { modelReading } from '../../dialogs/intentReading.ts';
import { disclosureAbout, readBarrierAnswer } from '../../src/domain/barrierTopics.ts';
import { asksWhetherTheAdviserSees } from '../../src/domain/adviserSeesWords.ts';
import { speaksToSomeoneElse } from '../../src/domain/intentGuards.ts';
import { adviserDetail } from '../../src/messages/en/specialist.ts';
import { LINES, type Line } from './playFirstMisreadingsLines.ts';

const ACTED_ON = new Set(['ask-disclosure', 'want-adviser', 'ask-benefits', 'job-lost']);
const of = (kind: Line['kind']) => LINES.filter((line) => line.kind === kind).map((line) => line.said);

describe('play-testing first conversations: what was meant', () => {
  it.each(of('rating'))('%j at a 1 to 10 question is handed to no one', (said) => {
    expect(ACTED_ON.has(modelReading(said, 'choice').intent ?? '')).toBe(false);
  });

  it.each(of('step-other'))('%j at the step question is a step, not a request for the adviser', (said) => {
    expect(modelReading(said, 'goal').intent).not.toBe('want-adviser');
  });

  it.each(of('adviser'))('%j still asks for the adviser', (said) => {
    expect(modelReading(said, 'choice').intent).toBe('want-adviser');
    expect(modelReading(said, 'goal').intent).toBe('want-adviser');
    expect(speaksToSomeoneElse(said)).toBe(false);
  });

  it.each(of('privacy'))('%j asks whether the adviser sees this', (said) => {
    expect(asksWhetherTheAdviserSees(said)).toBe(true);
  });

  it.each(['can my adviser see me this week', 'can i see my work coach', 'talk to my adviser', 'can my adviser see this and call me'])('%j is no privacy question', (said) => {
    expect(asksWhetherTheAdviserSees(said)).toBe(false);
  });

  it.each(of('disclosure-health'))('%j is handed over as a question about their health', (said) => {
    expect(modelReading(said, 'choice').intent).toBe('ask-disclosure');
    expect(adviserDetail('disclosure', said, disclosureAbout(said))).toMatch(/^Asked what to tell an employer about their health: /);
  });

  it.each(of('disclosure-record'))('%j is handed over as a question about their record', (said) => {
    expect(modelReading(said, 'choice').intent).toBe('ask-disclosure');
    expect(adviserDetail('disclosure', said, disclosureAbout(said))).toMatch(/^Asked what to tell an employer about their record: /);
  });

  it('a question naming neither is handed over naming no topic', () => {
    expect(adviserDetail('disclosure', 'do i have to tell employers about it?', disclosureAbout('do i have to tell employers about it?'))).toBe('Asked what to tell an employer: "do i have to tell employers about it?"');
  });

  it.each(of('gap-reason'))('%j at "Time out of work" is a yes to it, with its words', (said) => {
    expect(readBarrierAnswer(said, 'work-gaps')).toEqual({ kind: 'answer', value: 'yes', note: said });
  });

  it.each([['yes bit rusty on computers', 'digital-skills'], ['yes my son is autistic', 'health']] as const)('%j at "Time out of work" is still kept with %s', (said, barrier) => {
    expect(readBarrierAnswer(said, 'work-gaps')).toMatchObject({ kind: 'other-barrier', barrier });
  });
});
