// answers.ts stops measuring typo distance once it is over the allowed number, and normalises
// each option's names once. Both must give the answers the plain versions gave.
import { describe, expect, it } from 'vitest';
import { parseChoice, typoDistance, typoDistanceWithin } from '../../src/domain/answers.ts';

/** The whole table, as typoDistance used to fill it. */
function fullTypoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const WORDS = [
  '', 'a', 'ab', 'ba', 'abc', 'ca', 'yes', 'yse', 'ye', 'yess', 'no', 'on', 'agree', 'agere', 'kitten', 'sitting',
  'part time', 'prat time', 'pat time', 'not sure yet', 'not sur yet', 'set a goal', 'set goal', 'st a gaol',
  'talk to my adviser', 'talk to my advisor', 'tlak to my adviser', 'i need more time', 'need more time',
  'abcdefghij', 'badcfehgji', 'jihgfedcba', 'x'.repeat(70), `${'x'.repeat(69)}y`, 'y'.repeat(70),
];

describe('typoDistanceWithin', () => {
  it('gives the full distance when it is within the limit, and more than the limit otherwise', () => {
    for (const a of WORDS) {
      for (const b of WORDS) {
        const full = fullTypoDistance(a, b);
        expect(typoDistance(a, b), `${a} / ${b}`).toBe(full);
        for (const max of [0, 1, 2, 3]) {
          const within = typoDistanceWithin(a, b, max);
          if (full <= max) expect(within, `${a} / ${b} within ${max}`).toBe(full);
          else expect(within, `${a} / ${b} within ${max}`).toBeGreaterThan(max);
        }
      }
    }
  });
});

describe('parseChoice with names normalised once', () => {
  const hours = () => [
    { value: 'full-time', label: 'Full time', synonyms: ['full', 'ft'] },
    { value: 'part-time', label: 'Part time', synonyms: ['part', 'pt'] },
    { value: 'not-sure', label: 'Not sure yet' },
  ];
  const shared = hours();
  const answers = ['Full time', 'PART-TIME!', 'pt', 'fulll', 'prat time', 'not sur yet', 'um part time thanks', 'part', '2', 'time', 'I like dogs', ''];

  it('gives the same answers to the same options read again', () => {
    for (const text of answers) {
      expect(parseChoice(text, shared), text).toBe(parseChoice(text, hours()));
      expect(parseChoice(text, shared), text).toBe(parseChoice(text, shared));
    }
  });

  it('reads an option again when its label or synonyms are replaced', () => {
    const options = hours();
    expect(parseChoice('evenings', options)).toBeNull();
    options[2]!.label = 'Evenings';
    expect(parseChoice('evenings', options)).toBe('not-sure');
    options[0]!.synonyms = ['days'];
    expect(parseChoice('days', options)).toBe('full-time');
    expect(parseChoice('ft', options)).toBeNull();
  });
});
