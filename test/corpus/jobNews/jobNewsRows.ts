// Reads lines.tsv: "label<TAB>text<TAB>kind", label "job" (news that the client has paid work) or
// "not" (a look-alike: an interview, a course, volunteering, someone else's job, a wish). The lines
// were written in pairs, news then look-alike; every fourth pair is held out, fixed before any
// scoring, and never read to tune the reader.
import { readFileSync } from 'node:fs';

export type JobNewsRow = { text: string; job: boolean; kind: string };

export function readJobNewsRows(): { tuning: JobNewsRow[]; heldOut: JobNewsRow[] } {
  const rows = readFileSync(new URL('./lines.tsv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const [label, text, kind] = line.split('\t');
      if ((label !== 'job' && label !== 'not') || !text || !kind) throw new Error(`lines.tsv row ${index + 1}: expected "job|not<TAB>text<TAB>kind", got ${JSON.stringify(line)}`);
      return { text, job: label === 'job', kind };
    });
  const heldOutPair = (index: number) => Math.floor(index / 2) % 4 === 3;
  return { tuning: rows.filter((_, index) => !heldOutPair(index)), heldOut: rows.filter((_, index) => heldOutPair(index)) };
}

export type JobNewsScore = { total: number; right: number; missedNews: string[]; falseNews: string[] };

/** How often `read` says job news exactly when the line is labelled so. */
export function scoreJobNews(rows: readonly JobNewsRow[], read: (text: string) => boolean): JobNewsScore {
  const score: JobNewsScore = { total: rows.length, right: 0, missedNews: [], falseNews: [] };
  for (const row of rows) {
    const heard = read(row.text);
    if (heard === row.job) score.right++;
    else (row.job ? score.missedNews : score.falseNews).push(`${row.kind}: ${row.text}`);
  }
  return score;
}
