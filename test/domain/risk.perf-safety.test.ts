// risk.ts compiles each group's patterns into one search that rules the group out, skips idiom
// blanking when no idiom is there, and looks for typos only among words of a similar length.
// These shortcuts must find exactly what the plain reading found.
import { describe, expect, it } from 'vitest';
import { assessRisk, normaliseForMatching } from '../../src/domain/risk.ts';
import { CONCERN_GROUPS, CRISIS_GROUPS, IDIOMS } from '../../src/domain/riskPatterns.ts';

const ALL_PATTERNS = [...CRISIS_GROUPS, ...CONCERN_GROUPS].flatMap((group) => group.patterns).concat(IDIOMS);

describe('risk patterns can be combined into one search', () => {
  it.each(ALL_PATTERNS.map((pattern) => [pattern.source, pattern]))('%s has no flags, backreferences or named groups', (_, pattern) => {
    expect(pattern.flags).toBe('');
    expect(pattern.source).not.toMatch(/\\[1-9]|\\k<|\(\?<[a-z]/i);
  });
});

describe('assessRisk reads as it always has', () => {
  it.each([
    ['i want to die and i am not coping', 'crisis', ['suicidal thoughts', 'not coping']],
    ['i am not suicidal and i keep cutting myself', 'crisis', ['self-harm', 'suicidal thoughts (said not)']],
    ['im not suicidal', 'concern', ['suicidal thoughts (said not)']],
    ['i would never hurt myself', 'concern', ['self-harm (said not)']],
    ['i dont feel hopeless', 'none', []],
    ['i want to kill my boss', 'crisis', ['harm to others']],
    ['i want to kill my boss lol', 'none', []],
    ['i will kill him. lol', 'none', []],
    ['i will kill him. i feel like a burden', 'crisis', ['harm to others', 'hopelessness']],
    ['haha i feel hopeless', 'concern', ['hopelessness']],
    ['i nearly killed myself laughing', 'none', []],
    ['i killed myself laughing but i want to die', 'crisis', ['suicidal thoughts']],
    ['overdosed on coffee', 'none', []],
    ['my partner hits me. i cant sleep', 'crisis', ['abuse or violence', 'not eating or sleeping']],
    ['i took too many pills, i feel so low', 'crisis', ['overdose', 'low mood']],
    ['i cant cope - my boyfriend threatened to kill me', 'crisis', ['abuse or violence', 'not coping']],
    ['thinkin about suicde, kys', 'crisis', ['suicidal thoughts']],
    ['kiiill myself', 'crisis', ['suicidal thoughts']],
    ['hopeles', 'concern', ['hopelessness']],
    ["i od'd last night", 'crisis', ['overdose']],
    ['I will apply for 3 warehouse jobs by next Friday', 'none', []],
    ['Yes', 'none', []],
    ['', 'none', []],
  ])('%j is %s', (text, level, reasons) => {
    expect(assessRisk(text)).toEqual({ level, reasons });
  });
});

describe('normaliseForMatching respells as it always has', () => {
  it.each([
    // One edit from both "suicide" and "suicidal": the first in the list wins.
    ['suicidel thoughts', 'suicide thoughts'],
    ['myslef', 'myself'],
    ['hopeles', 'hopeless'],
    ['kiiill myself', 'kill myself'],
    // Letters held down are cut; letters doubled in the spelling are kept.
    ['sooooo tired', 'so tired'],
    ['coffee', 'coffee'],
    ['homeless', 'homeless'],
    ['putting myself forward', 'putting myself forward'],
  ])('%j reads as %j', (text, expected) => {
    expect(normaliseForMatching(text)).toBe(expected);
  });
});
