// "By Friday the 18th of December, if that is acceptable." at "When will you have it done by?" had
// been kept as Friday 11 December (play-testing, first conversations). A weekday said with a date
// keeps the date; when they disagree, the client is asked which. Lines: test/plan/dayNameWithDateLines.ts.
import { describe, expect, it } from 'vitest';
import { dayAtTheDayQuestion } from '../../dialogs/goalDateReading.ts';
import { weekdayThatDisagrees } from '../../src/domain/dateDisagreement.ts';
import { calendarDayIn } from '../../src/domain/dates.ts';
import { withCountOfOne } from '../../src/domain/countOfOne.ts';
import { saysStepAlreadyGiven } from '../../src/domain/stepAlreadySaid.ts';
import { ratingSaidInWords } from '../../src/domain/ratingSaidInWords.ts';
import { HELD_OUT, TUNING } from '../plan/dayNameWithDateLines.ts';

const context = { now: new Date('2026-12-07T21:00:00Z'), timeZone: 'Europe/London' };

function readAtTheDayQuestion(text: string): string | null {
  const date = dayAtTheDayQuestion(text, context);
  if (!date) return null;
  if (weekdayThatDisagrees(text, date, context.timeZone)) return 'ask';
  const { year, month, day } = calendarDayIn(date, context.timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('a weekday said with its date, on Monday 7 December 2026', () => {
  it.each([...TUNING, ...HELD_OUT].map((line) => [line.text, line.day] as const))('%j is %s', (text, day) => {
    expect(readAtTheDayQuestion(text)).toBe(day);
  });
});

describe('the smaller things from the same play-test', () => {
  it.each([
    ['Apply for 1 jobs', 'Apply for 1 job'],
    ['Ring 1 agencies', 'Ring 1 agency'],
    ['Go to 1 classes', 'Go to 1 class'],
    ['Apply for 11 jobs', 'Apply for 11 jobs'],
    ['Apply for 1 cleaning job', 'Apply for 1 cleaning job'],
  ])('a count of one: %j is %j', (said, kept) => {
    expect(withCountOfOne(said)).toBe(kept);
  });

  it('hears "i just told you", or the step typed again, as the step already given; "i said yes" is an answer', () => {
    const step = 'apply to 2 care homes';
    for (const said of ['what? i just told you, apply to 2 care homes', 'i already said', 'like i said', 'apply to 2 care homes']) {
      expect(saysStepAlreadyGiven(said, step), said).toBe(true);
    }
    for (const said of ['i said yes', 'yes', 'no thats fine', 'tuesday']) expect(saysStepAlreadyGiven(said, step), said).toBe(false);
  });

  it('says back a rating read from words, not one typed as a number', () => {
    expect(ratingSaidInWords('pretty sure')).toBe(true);
    expect(ratingSaidInWords('8')).toBe(false);
    expect(ratingSaidInWords('about 7 out of 10')).toBe(false);
  });
});
