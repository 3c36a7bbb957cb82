// A day or a time alone is the trained models' to read as nothing (src/domain/risk/dateOnlyAnswer.ts):
// three date answers written blind had been read as risk. Words that can carry risk beside a day are
// not on its list, so those messages are read as before.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk, normaliseForMatching } from '../../src/domain/risk.ts';
import { isOnlyDayWords } from '../../src/domain/risk/dateOnlyAnswer.ts';

describe('a day or a time alone', () => {
  it.each(['wed sorry i meant thurs', 'not until after new years', 'the day before christmas eve', 'friday or monday latest', 'tmrw at half 3 ish'])(
    '%j is only a date, and read as nothing',
    (text) => {
      expect(isOnlyDayWords(normaliseForMatching(text))).toBe(true);
      expect(assessRisk(text).level).toBe('none');
    },
  );

  it.each(['end it tonight', 'friday. its done', 'tonight is the last night', 'gone by monday', 'no one', 'ok', 'no'])('%j is not only a date', (text) => {
    expect(isOnlyDayWords(normaliseForMatching(text))).toBe(false);
  });

  it('leaves a crisis with a day in it a crisis', () => {
    expect(assessRisk('end it tonight').level).toBe('crisis');
    expect(assessRisk('taking them all on friday').level).toBe('crisis');
  });
});
