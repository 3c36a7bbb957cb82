// A client moving their own review, round three (December), in the words: "what if i cant make my
// review" is a question, not a move; "2" for "to" ("can i move my review 2 friday"); the reason given
// ("clashes with a job interview") kept for the adviser; a day typed just after a move ("fri") heard
// as a correction; "the 31st" in June known as a day June lacks; and the day names are the shared
// ones (dateDaySpellings.ts, datePhrases.ts), slips included.
import { describe, expect, it } from 'vitest';
import { reviewMoveReason } from '../../src/domain/reviewMoveReason.ts';
import { dayCorrectionWords, monthLackingTheDay, reviewDayRuledOut, reviewDayToSayBack, wantedDayWords } from '../../src/domain/reviewMoveDay.ts';
import { reviewMoveWished } from '../../src/domain/reviewMoveWords.ts';
import { QUESTION, REASON, TWO } from './reviewMoveRoundThreeLines.ts';

const june = (day: number) => ({ year: 2026, month: 6, day });
const july = (day: number) => ({ year: 2026, month: 7, day });
const context = { now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London' };

const notAsked = (lines: string[]) => lines.filter((typed) => reviewMoveWished(typed)?.question !== true);
const dayMissed = (lines: [string, string | null][]) =>
  lines.filter(([typed, day]) => {
    const wish = reviewMoveWished(typed);
    const read = wish?.when ? (wish.when.kind === 'day' ? wish.when.text : 'weeks') : null;
    return !wish || wish.question || read !== day;
  }).map(([typed]) => `${typed}: ${JSON.stringify(reviewMoveWished(typed))}`);
const reasonMissed = (lines: [string, string | null][]) =>
  lines.filter(([typed, holds]) => {
    const reason = reviewMoveReason(typed);
    return holds === null ? reason !== null : !reason?.toLowerCase().includes(holds);
  }).map(([typed]) => `${typed}: ${reviewMoveReason(typed)}`);

describe('a client moving their own review, round three', () => {
  it('hears "what if i cant make my review" as a question, not a move (own / held out)', () => {
    expect(notAsked(QUESTION.own)).toEqual([]);
    expect(notAsked(QUESTION.heldOut)).toEqual([]);
  });

  it('still reads a plain wish as a move, not a question', () => {
    expect(reviewMoveWished('can i move my review to friday if thats ok')).toEqual({ when: { kind: 'day', text: 'friday' } });
    expect(reviewMoveWished('i cant make my review')).toEqual({ when: null });
    expect(reviewMoveWished('can i change my review day?')).toEqual({ when: null });
  });

  it('reads "2" for "to", but not in "2 weeks" (own / held out)', () => {
    expect(dayMissed(TWO.own)).toEqual([]);
    expect(dayMissed(TWO.heldOut)).toEqual([]);
    expect(reviewMoveWished('move my review to 2 july')).toEqual({ when: { kind: 'day', text: '2 july' } });
  });

  it('keeps the reason given, in their words, and none when none is given (own / held out)', () => {
    expect(reasonMissed(REASON.own)).toEqual([]);
    expect(reasonMissed(REASON.heldOut)).toEqual([]);
    expect(reviewMoveReason('my review clashes with a job interview can we move it')).toBe('my review clashes with a job interview');
  });

  it('hears a short day typed just after a move as the day wanted instead, and nothing longer', () => {
    expect(dayCorrectionWords('fri')).toBe('fri');
    expect(dayCorrectionWords('sorry i meant friday')).toBe('friday');
    expect(dayCorrectionWords('oops make that weds pls')).toBe('weds');
    expect(dayCorrectionWords('friday not thursday')).toBe('friday not thursday');
    expect(dayCorrectionWords('My plan')).toBeNull();
    expect(dayCorrectionWords('i went to the jobcentre on friday and it was shut')).toBeNull();
  });

  it('knows "the 31st" said in June is a day June lacks, read as 31 July', () => {
    expect(monthLackingTheDay('the 31st', july(31), june(8))).toEqual({ year: 2026, month: 6, dayOfMonth: 31 });
    expect(monthLackingTheDay('can we do the 31st instead', july(31), june(8))).toEqual({ year: 2026, month: 6, dayOfMonth: 31 });
    expect(monthLackingTheDay('the 31st of july', july(31), june(8))).toBeNull();
    expect(monthLackingTheDay('the 30th', june(30), june(8))).toBeNull();
    expect(monthLackingTheDay('the 30th', { year: 2027, month: 3, day: 30 }, { year: 2027, month: 2, day: 8 })).toEqual({ year: 2027, month: 2, dayOfMonth: 30 });
  });

  it('reads the day names with the shared spellings, two slips included', () => {
    // "thrusdy" (dateDaySpellings.ts) is Thursday: ruled out, and named for the say-back.
    expect(wantedDayWords('any day except thrusdy')).toBe('');
    expect(reviewDayRuledOut('i cant make thrusdy', june(11))).toBe('cant make my review thursday');
    expect(reviewDayToSayBack('tusday', june(9), june(15), context)).toEqual({ day: june(16), why: 'after-review' });
    // Short and plural forms as before.
    expect(wantedDayWords('not weds, fri')).toBe('fri');
    expect(reviewDayToSayBack('tues', june(9), june(15), context)).toEqual({ day: june(16), why: 'after-review' });
  });
});
