// One part of a goals round's corpus: how many goals it holds, and each figure at least its floor.
// Called inside a describe block of a corpus test.
import { expect, it } from 'vitest';
import type { KeptScore } from './keptRows.ts';

export type KeptFloors = { kept: number; allThree: number; both: number };

export function keptAtLeast(score: KeptScore, total: number, floors: KeptFloors): void {
  it(`holds ${total} goals`, () => {
    expect(score.total).toBe(total);
  });

  it.each([
    ['what is kept', score.kept, floors.kept],
    ['all three', score.allThree, floors.allThree],
    ['both', score.both, floors.both],
  ] as const)('reads %s right at least as often as measured', (_, right, floor) => {
    expect(right / score.total).toBeGreaterThanOrEqual(floor);
  });
}
