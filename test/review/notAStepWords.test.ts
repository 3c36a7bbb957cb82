// The words that are no step where a next step or a back-up plan is asked (next step round two),
// on the round's own lines and on the quarter held out before the mend.
import { describe, expect, it } from 'vitest';
import { readNotAStep, saysNoBackupPlan } from '../../src/domain/notAStepWords.ts';
import { backups, heldOut, notABackup, notASteps, steps } from './reviewNextStepRoundTwoLines.ts';

describe('answers that are no step (readNotAStep)', () => {
  for (const kind of ['nod', 'feeling', 'day', 'news'] as const) {
    it(`reads each ${kind} as no step, own lines and held out`, () => {
      for (const line of [...notASteps[kind], ...heldOut[kind]]) expect(readNotAStep(line), line).toBe(kind);
    });
  }

  it('keeps every step a step, own lines and held out', () => {
    for (const line of [...steps, ...heldOut.steps]) expect(readNotAStep(line), line).toBeNull();
  });

  it('hears no back-up job in "yeah it was ok", and keeps "work in a shop"', () => {
    for (const line of [...notABackup, ...heldOut.notABackup]) expect(saysNoBackupPlan(line), line).toBe(true);
    for (const line of [...backups, ...heldOut.backups]) expect(saysNoBackupPlan(line), line).toBe(false);
  });
});
