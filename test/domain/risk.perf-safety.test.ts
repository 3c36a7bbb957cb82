// The rules compile each group's patterns into one search that rules the group out, so the
// patterns must combine safely; and a long message must still be read whole. (How fast
// assessRisk is lives in `npm run bench`, section risk.)
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { CONCERN_GROUPS, CRISIS_GROUPS, IDIOMS } from '../../src/domain/riskPatterns.ts';
import { INDIRECT_CONCERN_GROUPS } from '../../src/domain/risk/indirectConcernPatterns.ts';
import { INDIRECT_CRISIS_GROUPS } from '../../src/domain/risk/indirectCrisisPatterns.ts';

const GROUPS = [...CRISIS_GROUPS, ...CONCERN_GROUPS, ...INDIRECT_CRISIS_GROUPS, ...INDIRECT_CONCERN_GROUPS];
const ALL_PATTERNS = GROUPS.flatMap((group) => group.patterns).concat(IDIOMS);

describe('risk patterns can be combined into one search', () => {
  it.each(ALL_PATTERNS.map((pattern) => [pattern.source, pattern]))('%s has no flags, backreferences or named groups', (_, pattern) => {
    expect(pattern.flags).toBe('');
    expect(pattern.source).not.toMatch(/\\[1-9]|\\k<|\(\?<[a-z]/i);
  });
});

describe('assessRisk reads long messages whole', () => {
  const filler = 'I went to the job centre and then I looked at some jobs online. '.repeat(200);

  it('finds a disclosure at the end of a long message', () => {
    expect(assessRisk(`${filler} I have the pills ready for tonight.`).level).toBe('crisis');
  });

  it('finds a disclosure at the start of a long message', () => {
    expect(assessRisk(`i want to die. ${filler}`).level).toBe('crisis');
  });

  it('gives none for a long ordinary message', () => {
    expect(assessRisk(filler)).toEqual({ level: 'none', reasons: [] });
  });

  it('answers for a very long run of one letter or word', () => {
    expect(assessRisk('a'.repeat(100_000)).level).toBe('none');
    expect(assessRisk('going '.repeat(20_000)).level).toBe('none');
  });
});
