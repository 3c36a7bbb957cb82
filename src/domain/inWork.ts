// Support that carries on into work (IPS follow-along): "I've got a job" moves the client to
// in-work support, with check-ins weekly for the first month and then monthly for a year.
import { normaliseAnswer } from './answers.ts';
import { readStartedWork } from './jobNews.ts';
import { addDays, expandDay, type CalendarDay } from './datePhrases.ts';
import { calendarDayIn } from './dates.ts';
import { atLocalTime, outsideQuietHours, REMINDER_LOCAL_HOUR, type PlannedReminder, type QuietHours } from './reminderTiming.ts';

const WORK_WORDS = /\b(?:job|jobs|work|working|position|role|post|employed|shifts?|contract)\b/;

/**
 * News of a job said where a step's progress is expected (a reminder's reply): "started at tesco
 * monday", "i got the job!!". Only with an employer or a word of work, so "i started on my cv" is
 * still progress on the step.
 */
export function tellsOfANewJob(text: string): boolean {
  const started = readStartedWork(text);
  return started !== null && (started.employer !== null || WORK_WORDS.test(normaliseAnswer(text)));
}

// At "When do you start?": "started last week actually", "dunno yet they havent said".
const ALREADY_STARTED = /^(?:started|today)$|\b(?:already started|(?:i have|ive|i) started|started (?:last|on|yesterday|a few|a couple|this|already|the other|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|been (?:there|working there) (?:a|for|since))\b/;
const START_NOT_KNOWN = /\b(?:dont know|do not know|dunno|not sure|no idea|idk|havent said|have not said|not told|not been told|waiting to hear|waiting for them|tbc|to be confirmed|not yet)\b/;

export type StartNotice = 'already' | 'not-known';

// "got a job at costa!! start mon": a day said short after "start", which the date reader leaves
// ("mon" and "sat" are words too), spelled out; and the words from the start on, so "costa" or a
// "24 hour" garage before it is not read for a day.
const START_SAID = /\b(?:start|starts|starting|begin|begins|beginning|first day(?: is)?|start date(?: is)?)\b/i;
// Only where a day is plainly meant: "start mon", "next sat", or the day alone; not "the sun inn".
const SHORT_DAY = /(^|\b(?:start|starts|starting|started|begin|begins|beginning|on|this|next|nxt|from|is)\s+)(mon|tue|wed|thu|thur|sat|sun)\b/gi;

/** The words to read a start day from: "got a job at costa!! start mon" is "start monday". */
export function startDayWords(text: string): string {
  const start = START_SAID.exec(text);
  const from = start ? text.slice(start.index) : text.trim();
  return from.replace(SHORT_DAY, (_, lead: string, day: string) => `${lead}${expandDay(day.toLowerCase())}`);
}

/** Words at "When do you start?" that say no day: started already, or not known yet. */
export function readStartNotice(text: string): StartNotice | null {
  const said = normaliseAnswer(text);
  if (ALREADY_STARTED.test(said)) return 'already';
  return START_NOT_KNOWN.test(said) ? 'not-known' : null;
}

/**
 * The employer from an answer to "Where is the job?": "at the co-op in town" is the co-op; "not
 * sure yet" names none (play-testing found both kept word for word).
 */
export function employerFromAnswer(text: string): string | null {
  const said = text.trim().replace(/[.!]+$/, '');
  if (!said || readStartNotice(said) === 'not-known') return null;
  const name = said
    .replace(/^(?:(?:its|it is|at|with|for)\s+)+/i, '')
    .replace(/\s+(?:in|on|near|by)\s+(?:town|the town|the high street|high street|the city|the centre|the center|the retail park|the industrial estate)\b.*$/i, '');
  return name.slice(0, 100) || null;
}

/**
 * A job kept before its start day was known ("not sure yet"): kept from the day it was told, so
 * its start and the telling are the same moment. A later "I start on Monday" is its start day.
 */
export function startDayNotKnown(job: { startsOn: Date; reportedAt: Date; endedAt: Date | null }): boolean {
  return job.endedAt === null && job.startsOn.getTime() === job.reportedAt.getTime();
}

/** The same place, said two ways: "Tesco" and "tesco in town". */
export function sameEmployer(said: string | null, kept: string | null): boolean {
  if (!said || !kept) return true;
  const a = normaliseAnswer(said);
  const b = normaliseAnswer(kept);
  return a.includes(b) || b.includes(a);
}

export type InWorkSchedule = { weeklyForWeeks: number; monthlyForMonths: number };
// Trouble at work in the client's words: "the manager keeps shouting at me", "they cut my hours".
const AT_WORK = /\b(?:manager|boss|supervisor|team leader|colleagues?|co ?workers?|staff|shifts?|rota|hours|pay|paid|wages?|payslip|contract|job|work|customers?)\b/;
const TROUBLE = /\b(?:shout\w*|yell\w*|bull\w*|picks? on|picking on|hate|hating|struggl\w*|problems?|issues?|not (?:been )?paid|underpaid|cut (?:my |our )?hours|too many hours|unfair|stress\w*|rude|horrible|awful|nasty|threaten\w*|not getting on|argu\w*|falling out|fell out|cant cope|too much|hard going|tough|difficult)\b/;

// "im thinking of quitting": leaving a job is for the adviser to hear, whatever else is said.
const LEAVING = /\b(?:quit|quitting|hand(?:ing)? in my notice|pack(?:ing)? it in|leave (?:the|this|my) job|leaving (?:the|this|my) job|walk(?:ing)? out)\b/;

// "he shouts at me in front of customers" as the answer to "What is making it hard?" at work.
const SHOUTED_AT = /\b(?:shout|yell|scream|swear|rude|picks? on|picking on|bull(?:y|ies|ying)|nag|talks? down|belittl|mock|laugh)\w*/;
const HARM_OR_HOME = /\b(?:hit|hits|hitting|punch\w*|kick\w*|slap\w*|push\w*|shov\w*|grab\w*|touch\w*|hurt\w*|assault\w*|threat\w*|attack\w*|chok\w*|strangl\w*|beat\w*|rape\w*|follow\w*|knife|weapon|kill\w*|die|dead|husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|father|mother|brother|sister|home|house)\b/;

/**
 * Shouting or bullying at work, told where work trouble was asked: for the adviser as an in-work
 * problem, not the domestic-abuse reply. Only when the check read abuse alone, and no harm to the
 * body, no threat and no one at home is named.
 */
export function verbalTroubleAtWork(text: string, reasons: readonly string[]): boolean {
  const said = normaliseAnswer(text);
  return reasons.length > 0 && reasons.every((reason) => reason === 'abuse or violence') && SHOUTED_AT.test(said) && !HARM_OR_HOME.test(said);
}

/** A problem at work said in passing, for a client in work: it goes to their adviser like a check-in's. */
export function readWorkProblem(text: string): boolean {
  const said = normaliseAnswer(text);
  return said.length <= 300 && ((AT_WORK.test(said) && TROUBLE.test(said)) || LEAVING.test(said));
}

export const DEFAULT_IN_WORK_SCHEDULE: InWorkSchedule = { weeklyForWeeks: 4, monthlyForMonths: 12 };

/**
 * The check-ins for a job starting on `startsOn`: 3 days after the start, weekly to the end of the
 * first month, then every 4 weeks for the set months. Days already past are left out.
 */
export function inWorkCheckIns(input: {
  employmentId: string;
  startsOn: Date;
  now: Date;
  timeZone: string;
  schedule?: InWorkSchedule;
  quietHours?: QuietHours;
}): PlannedReminder[] {
  const schedule = input.schedule ?? DEFAULT_IN_WORK_SCHEDULE;
  const start = calendarDayIn(input.startsOn, input.timeZone);
  const days: CalendarDay[] = [addDays(start, 3)];
  for (let week = 1; week <= schedule.weeklyForWeeks; week++) days.push(addDays(start, week * 7));
  const lastWeekly = schedule.weeklyForWeeks * 7;
  for (let month = 1; month <= schedule.monthlyForMonths; month++) days.push(addDays(start, lastWeekly + month * 28));
  return days
    .map((day) => ({
      key: `in-work:${input.employmentId}:${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`,
      kind: 'in-work-check-in' as const,
      itemLineageId: null,
      sendAt: outsideQuietHours(atLocalTime(day, REMINDER_LOCAL_HOUR, input.timeZone), input.timeZone, input.quietHours),
    }))
    .filter((planned) => planned.sendAt.getTime() >= input.now.getTime());
}
