// Scores the date code against a corpus split. Used by the corpus tests, the bench and
// `npx tsx test/corpus/dates/report.ts`, so all three give the same figures.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { extractDueDate, parseDueDate } from '../../../src/domain/dates.ts';
import { MOMENTS, type DateCase, type ExtractCase } from './moments.ts';
import { dayAtTheDayQuestion } from '../../../dialogs/goalDateReading.ts';

/** 'yyyy-MM-dd' for a local midnight, 'yyyy-MM-dd HH:mm' for a clock time, as the corpus writes them. */
export function asCorpusDay(date: Date | null, timeZone: string): string | null {
  if (!date) return null;
  const local = new TZDate(date.getTime(), timeZone);
  return format(local, local.getHours() === 0 && local.getMinutes() === 0 ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm');
}

export interface Miss {
  moment: string;
  text: string;
  expected: unknown;
  got: unknown;
}

export interface Score {
  right: number;
  total: number;
  misses: Miss[];
}

/** Each case read by `whatTheCoachDoes` at its moment, against what it should give. */
export function scoreAnswers<Expected>(cases: readonly { moment: keyof typeof MOMENTS; text: string; expected: Expected }[], whatTheCoachDoes: (text: string, moment: keyof typeof MOMENTS) => Expected): Score {
  const misses: Miss[] = [];
  for (const { moment, text, expected } of cases) {
    const got = whatTheCoachDoes(text, moment);
    if (got !== expected) misses.push({ moment, text, expected, got });
  }
  return { right: cases.length - misses.length, total: cases.length, misses };
}

export function scorePhrases(cases: DateCase[]): Score {
  const misses: Miss[] = [];
  for (const { moment, text, expected } of cases) {
    const { now, timeZone } = MOMENTS[moment];
    const got = asCorpusDay(parseDueDate(text, { now, timeZone }), timeZone);
    if (got !== expected) misses.push({ moment, text, expected, got });
  }
  return { right: cases.length - misses.length, total: cases.length, misses };
}

export function scoreSentences(cases: ExtractCase[]): Score {
  const misses: Miss[] = [];
  for (const { moment, text, rest, phrase, expected } of cases) {
    const { now, timeZone } = MOMENTS[moment];
    const found = extractDueDate(text, { now, timeZone });
    const got = { rest: found.rest, phrase: found.phrase, due: asCorpusDay(found.dueAt, timeZone) };
    if (got.rest !== rest || got.phrase !== phrase || got.due !== expected) {
      misses.push({ moment, text, expected: { rest, phrase, due: expected }, got });
    }
  }
  return { right: cases.length - misses.length, total: cases.length, misses };
}

export function percent({ right, total }: Score): string {
  return `${((100 * right) / total).toFixed(1)}% (${right}/${total})`;
}

/** Answers to "When could you do it?", read as the day question reads them (goalDateReading.ts). */
export function scoreDayAnswers(cases: DateCase[]): Score {
  const misses: Miss[] = [];
  for (const { moment, text, expected } of cases) {
    const { now, timeZone } = MOMENTS[moment];
    const got = asCorpusDay(dayAtTheDayQuestion(text, { now, timeZone }), timeZone);
    if (got !== expected) misses.push({ moment, text, expected, got });
  }
  return { right: cases.length - misses.length, total: cases.length, misses };
}
