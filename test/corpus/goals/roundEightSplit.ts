// Round eight's goals (roundEight.tsv): round seven's columns and one more, what the coach does first
// at the goal question ("goal": takes it; "answered": answers the feeling, barrier or question, then
// takes it). Split before scoring by the same fixed hash as round seven: held out on 0 of 4.
import { readFileSync } from 'node:fs';
import { scoreKept, type KeptRow, type KeptScore } from './keptRows.ts';
import { goalAskedFor } from '../../../src/domain/goalAskedFor.ts';
import { MOMENTS } from '../dates/moments.ts';

export type ReplyKind = 'goal' | 'answered';
export type RoundEightRow = KeptRow & { reply: ReplyKind };

function heldOutByHash(text: string): boolean {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 4 === 0;
}

export function readRoundEight(half: 'tuning' | 'held-out'): RoundEightRow[] {
  return readFileSync(new URL('./roundEight.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0 && !line.startsWith('#'))
    .map((line, index) => {
      const [text, kept, specific, measurable, timeBound, reply] = line.split('\t');
      const labels = [specific, measurable, timeBound];
      if (!text || !kept || labels.some((label) => label !== 'true' && label !== 'false') || (reply !== 'goal' && reply !== 'answered')) {
        throw new Error(`roundEight.tsv line ${index + 1}: expected "text<TAB>kept<TAB>true|false x3<TAB>goal|answered", got ${JSON.stringify(line)}`);
      }
      return { text, kept, specific: specific === 'true', measurable: measurable === 'true', timeBound: timeBound === 'true', reply: reply as ReplyKind };
    })
    .filter((row) => heldOutByHash(row.text) === (half === 'held-out'));
}

/** As keptRows.ts scores, read as the goal question reads: a goal asked for ("help me find work") is the goal it names. */
export function scoreRoundEight(rows: readonly RoundEightRow[]): KeptScore {
  const context = { now: MOMENTS.MON.now, timeZone: MOMENTS.MON.timeZone };
  return scoreKept(rows.map((row) => ({ ...row, text: goalAskedFor(row.text, context)?.goal ?? row.text })));
}
