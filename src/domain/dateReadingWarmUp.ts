// chrono-node builds much of its reading on first use: in a fresh process the first few dates it
// reads (words, numbers, a weekday, a time) cost a quarter of a second or more between them. The
// app reads these at start-up, like its trained models, so no client's turn pays for it.
import { formatDueDate, parseDueDate } from './dates.ts';

const SAMPLES = ['get a job', 'look at 2 job adverts', 'by next Friday', 'tomorrow at 3pm', 'in 2 weeks', '05/12/2026', '15 January', 'end of the month'];

export function warmUpDateReading(now: Date, timeZone: string): void {
  for (const text of SAMPLES) {
    const due = parseDueDate(text, { now, timeZone });
    if (due) formatDueDate(due, timeZone, { now });
  }
}
