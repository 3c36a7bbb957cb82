// The plain-language checker itself; test/messages/plainLanguage.test.ts runs it over every message.
import { describe, expect, it } from 'vitest';
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
