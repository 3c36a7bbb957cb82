import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STEPS } from '../../src/domain/assessmentSteps.ts';
import { BARRIERS, BARRIER_ANSWER_OPTIONS } from '../../src/domain/barriers.ts';
import { PHRASEBOOK } from '../../src/domain/coachingStyle.ts';
import { LIKERT_OPTIONS, LOCUS_INTRO, LOCUS_STATEMENTS } from '../../src/domain/locusOfControl.ts';
import { SUPPORT_MARKER_RULE } from '../../src/domain/supportMarker.ts';
import { checkPlainLanguage } from '../plainLanguage.ts';

describe('checkPlainLanguage', () => {
  it('passes a clearly plain text', () => {
    const result = checkPlainLanguage('Well done! You made the call. How did it go?');
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.readingEase).toBeGreaterThan(90);
    expect(result.averageSentenceWords).toBeCloseTo(10 / 3);
  });

  it('fails a clearly hard text, and says why', () => {
    const hard =
      'Notwithstanding the aforementioned considerations, participants are obligated to demonstrate ' +
      'continuous engagement with employability interventions, including comprehensive documentation ' +
      'of jobsearch activities undertaken during the preceding assessment period.';
    const result = checkPlainLanguage(hard);
    expect(result.ok).toBe(false);
    expect(result.readingEase).toBeLessThan(30);
    expect(result.averageSentenceWords).toBeGreaterThan(15);
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/Reading ease .* below 70/);
    expect(result.problems[1]).toMatch(/Sentences average .* words/);
  });

  it('fails long sentences of short words', () => {
    const long = 'I went to the shop and then I went to the park and then I went home to see my mum and my dad.';
    const result = checkPlainLanguage(long);
    expect(result.readingEase).toBeGreaterThanOrEqual(70);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.stringMatching(/Sentences average 24\.0 words/)]);
  });

  it('treats line breaks and bullets as sentence ends', () => {
    const list = '- call the job centre\n- look at two job adverts\n- ask Sam about the café job';
    expect(checkPlainLanguage(list).averageSentenceWords).toBe(15 / 3);
    expect(checkPlainLanguage(list).ok).toBe(true);
  });

  it('ignores emoji and markdown when counting', () => {
    const plain = checkPlainLanguage('Well done. You did it.');
    const decorated = checkPlainLanguage('🎉 **Well done.** You did it! 👏');
    expect(decorated.averageSentenceWords).toBe(plain.averageSentenceWords);
    expect(decorated.readingEase).toBeCloseTo(plain.readingEase);
  });

  it('passes texts under 3 words, such as button labels', () => {
    expect(checkPlainLanguage('Qualifications').ok).toBe(true);
    expect(checkPlainLanguage('Not sure').ok).toBe(true);
    expect(checkPlainLanguage('').ok).toBe(true);
  });

  it('checks 3 and 4 word labels for long words instead of the formula', () => {
    expect(checkPlainLanguage('Disagree a lot').ok).toBe(true);
    expect(checkPlainLanguage('Your qualifications and certificates').ok).toBe(false);
  });
});

describe('everything our domain files say is plain', () => {
  const texts: [string, string][] = [
    ['LOCUS_INTRO', LOCUS_INTRO],
    ...LOCUS_STATEMENTS.map((s): [string, string] => [`statement ${s.id}`, s.text]),
    ...LIKERT_OPTIONS.map((o): [string, string] => [`answer ${o.value}`, o.label]),
    ...BARRIERS.flatMap((b): [string, string][] => [
      [`barrier ${b.id} label`, b.label],
      [`barrier ${b.id} name`, b.name],
      ...(b.specialistHelp ? [[`barrier ${b.id} specialist help`, b.specialistHelp] as [string, string]] : []),
    ]),
    ...BARRIER_ANSWER_OPTIONS.map((o): [string, string] => [`barrier answer ${o.value}`, o.label]),
    ...ASSESSMENT_STEPS.map((s): [string, string] => [`step ${s.id}`, s.title]),
    ...Object.entries(PHRASEBOOK).flatMap(([key, wordings]) =>
      Object.entries(wordings).map(([wording, text]): [string, string] => [`phrase ${key} ${wording}`, text]),
    ),
    ['SUPPORT_MARKER_RULE', SUPPORT_MARKER_RULE],
  ];

  it.each(texts)('%s', (_name, text) => {
    const result = checkPlainLanguage(text);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
