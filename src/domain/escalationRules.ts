// When the coach hands over to the client's adviser. The coach supports the adviser and never
// replaces them: each rule below states a fact the adviser should know, in neutral words. The
// coach never decides or threatens sanctions, so no detail here judges the client.
import { calendarDayIn, formatDueDate } from './dates.ts';
import { normaliseForMatching, type RiskLevel } from './risk.ts';
import { barrierById, type BarrierId } from './barriers.ts';

export const ESCALATION_REASONS = [
  'client-asked',
  'crisis',
  'concern',
  'item-overdue-unanswered',
  'missed-review',
  'outreach-unanswered',
  'job-loss',
  'specialist-barrier',
  'falling-confidence',
  'cannot-reach-client',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export type EscalationUrgency = 'urgent' | 'soon' | 'routine';

export type EscalationDecision = {
  reason: EscalationReason;
  urgency: EscalationUrgency;
  /** Plain, factual words for the adviser. */
  detail: string;
  /** When the adviser should have been in touch by; null when there is no set time. */
  contactBy: Date | null;
};

export type OpenActionItem = {
  text: string;
  dueDate: Date;
  /** Reminders sent since the due date that got no reply. */
  remindersUnanswered: number;
};

/** The barriers that need someone with specialist knowledge (benefits, debt, housing, ...). */
export type SpecialistBarrierId = Extract<BarrierId, 'housing' | 'money-benefits' | 'debt' | 'convictions' | 'health-disclosure'>;
export const SPECIALIST_BARRIER_IDS: readonly SpecialistBarrierId[] = [
  'money-benefits', 'debt', 'housing', 'health-disclosure', 'convictions',
];

/**
 * What the coach knows about one client, as plain data. Pass only facts not yet handed over:
 * e.g. a job loss the adviser has already followed up is no longer a fact to escalate.
 */
export type ClientFacts = {
  /** From assessRisk on the client's latest message; null when nothing was assessed. */
  latestRisk: { level: RiskLevel; reasons: string[] } | null;
  askedForAdviser: boolean;
  openItems: OpenActionItem[];
  nextReviewDate: Date | null;
  lastReviewDate: Date | null;
  /** Messages from the coach in a row with no reply from the client. */
  unansweredOutreach: number;
  /** How many unanswered messages in a row to hand over at; 3 when not given. */
  outreachThreshold?: number;
  reportedJobLossAt: Date | null;
  /** Barriers the client has raised; those needing a specialist escalate. */
  barriers: BarrierId[];
  /** Confidence scores, 1 to 10, oldest first. */
  confidenceHistory: number[];
  /** True when messages to the client cannot be delivered (no conversation, sends failing). */
  messagesUndeliverable: boolean;
  /** For dates in details; "Europe/London" when not given. */
  timeZone?: string;
};

export const DEFAULT_OUTREACH_THRESHOLD = 3;
/** An item is well overdue this many days after its due date... */
export const OVERDUE_DAYS = 7;
/** ...and when at least this many reminders got no reply. */
export const OVERDUE_UNANSWERED_REMINDERS = 2;
/** A review is missed once more than this many days have passed since its date with no review. */
export const MISSED_REVIEW_GRACE_DAYS = 2;
/** IPS: contact within 3 days of hearing of a job loss. */
export const JOB_LOSS_CONTACT_DAYS = 3;
/** A drop of this much from a recent score counts as falling confidence. */
export const CONFIDENCE_DROP = 3;

const DAY_MS = 24 * 60 * 60 * 1000;
const URGENCY_ORDER: Record<EscalationUrgency, number> = { urgent: 0, soon: 1, routine: 2 };

/**
 * How urgent each reason is, and within how many days the adviser should be in touch. Days
 * count from now, except for a job loss: IPS asks for contact within 3 days of hearing of it.
 */
const HANDOVER: Record<EscalationReason, { urgency: EscalationUrgency; contactWithinDays: number }> = {
  crisis: { urgency: 'urgent', contactWithinDays: 0 },
  concern: { urgency: 'soon', contactWithinDays: 1 },
  'client-asked': { urgency: 'soon', contactWithinDays: 2 },
  'job-loss': { urgency: 'soon', contactWithinDays: JOB_LOSS_CONTACT_DAYS },
  'outreach-unanswered': { urgency: 'soon', contactWithinDays: 3 },
  'cannot-reach-client': { urgency: 'soon', contactWithinDays: 3 },
  'missed-review': { urgency: 'routine', contactWithinDays: 5 },
  'item-overdue-unanswered': { urgency: 'routine', contactWithinDays: 7 },
  'specialist-barrier': { urgency: 'routine', contactWithinDays: 7 },
  'falling-confidence': { urgency: 'routine', contactWithinDays: 7 },
};

type Finding = { reason: EscalationReason; detail: string };
type RuleContext = { facts: ClientFacts; now: Date; timeZone: string; plainDate: (date: Date) => string };
type Rule = (context: RuleContext) => Finding | null;

const RULES: readonly Rule[] = [
  ({ facts }) => {
    const risk = facts.latestRisk;
    if (risk?.level === 'crisis') {
      return { reason: 'crisis', detail: withReasons('Their latest message suggests a risk to safety', risk.reasons) };
    }
    if (risk?.level === 'concern') {
      return { reason: 'concern', detail: withReasons('Their latest message suggests they are struggling', risk.reasons) };
    }
    return null;
  },
  ({ facts }) => (facts.askedForAdviser ? { reason: 'client-asked', detail: 'Asked to speak to their adviser.' } : null),
  ({ facts, plainDate }) =>
    facts.reportedJobLossAt
      ? { reason: 'job-loss', detail: `Said on ${plainDate(facts.reportedJobLossAt)} that they have lost their job.` }
      : null,
  ({ facts, now, timeZone, plainDate }) => {
    const overdue = wellOverdueItems(facts.openItems, now, timeZone);
    if (overdue.length === 0) return null;
    const items = overdue.map(
      (item) => `"${item.text}" (due ${plainDate(item.dueDate)}, ${item.remindersUnanswered} reminders with no reply)`,
    );
    const howMany = overdue.length === 1 ? '1 action is' : `${overdue.length} actions are`;
    return {
      reason: 'item-overdue-unanswered',
      detail: `${howMany} ${OVERDUE_DAYS} or more days past the due date: ${items.join('; ')}.`,
    };
  },
  ({ facts, now, timeZone, plainDate }) => {
    const reviewDate = facts.nextReviewDate;
    if (!reviewDate || !isReviewMissed(reviewDate, facts.lastReviewDate, now, timeZone)) return null;
    return { reason: 'missed-review', detail: `The review due on ${plainDate(reviewDate)} has not happened yet.` };
  },
  ({ facts }) =>
    facts.unansweredOutreach >= (facts.outreachThreshold ?? DEFAULT_OUTREACH_THRESHOLD)
      ? {
          reason: 'outreach-unanswered',
          detail: `Has not replied to the last ${facts.unansweredOutreach} messages from the coach.`,
        }
      : null,
  ({ facts }) =>
    facts.messagesUndeliverable
      ? { reason: 'cannot-reach-client', detail: 'Messages from the coach cannot be delivered to them.' }
      : null,
  ({ facts }) => {
    const names = specialistBarriers(facts.barriers).map((id) => barrierById(id).name.toLowerCase());
    if (names.length === 0) return null;
    return { reason: 'specialist-barrier', detail: `Raised something that needs specialist advice: ${names.join(', ')}.` };
  },
  ({ facts }) => {
    if (!isConfidenceFalling(facts.confidenceHistory)) return null;
    const recent = facts.confidenceHistory.slice(-4).join(', ');
    return { reason: 'falling-confidence', detail: `Confidence is falling. Recent scores out of 10, oldest first: ${recent}.` };
  },
];

/** Every handover the facts call for, most urgent first. One decision per reason at most. */
export function decideEscalations(facts: ClientFacts, now: Date): EscalationDecision[] {
  const timeZone = facts.timeZone ?? 'Europe/London';
  const plainDate = (date: Date): string => formatDueDate(date, timeZone, { now });
  const context: RuleContext = { facts, now, timeZone, plainDate };
  return RULES.flatMap((rule) => rule(context) ?? [])
    .map((finding) => toDecision(finding, facts, now))
    .sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || compareContactBy(a, b));
}

function toDecision({ reason, detail }: Finding, facts: ClientFacts, now: Date): EscalationDecision {
  const { urgency, contactWithinDays } = HANDOVER[reason];
  const countFrom = reason === 'job-loss' && facts.reportedJobLossAt ? facts.reportedJobLossAt : now;
  const contactBy = addDays(countFrom, contactWithinDays);
  // A handover whose contact-by time has already passed cannot wait any longer.
  const overdueContact = urgency === 'soon' && contactBy.getTime() <= now.getTime();
  return { reason, urgency: overdueContact ? 'urgent' : urgency, detail, contactBy };
}

/** One open escalation per client and reason: the key repeats, so a retry cannot add a second. */
export function escalationKey(clientId: string, reason: EscalationReason): string {
  return `escalation:${clientId}:${reason}`;
}

/** Well overdue: 7 or more calendar days past the due day, and 2 or more reminders with no reply. */
export function wellOverdueItems(
  items: readonly OpenActionItem[],
  now: Date,
  timeZone = 'Europe/London',
): OpenActionItem[] {
  return items.filter(
    (item) =>
      calendarDaysBetween(item.dueDate, now, timeZone) >= OVERDUE_DAYS &&
      item.remindersUnanswered >= OVERDUE_UNANSWERED_REMINDERS,
  );
}

/** Missed: more than 2 calendar days past the review day, with no review for it. */
export function isReviewMissed(
  nextReviewDate: Date | null,
  lastReviewDate: Date | null,
  now: Date,
  timeZone = 'Europe/London',
): boolean {
  if (!nextReviewDate) return false;
  if (calendarDaysBetween(nextReviewDate, now, timeZone) <= MISSED_REVIEW_GRACE_DAYS) return false;
  // A review held a day or two early still counts for that date.
  const heldForThisDate =
    lastReviewDate !== null &&
    calendarDaysBetween(lastReviewDate, nextReviewDate, timeZone) <= MISSED_REVIEW_GRACE_DAYS;
  return !heldForThisDate;
}

/**
 * Falling: the last three scores each lower than the one before (7, 6, 5), or the latest at least
 * 3 below one of the three before it (8, 8, 5). Scores oldest first.
 */
export function isConfidenceFalling(history: readonly number[]): boolean {
  if (history.length < 2) return false;
  const latest = history[history.length - 1]!;
  const lastThree = history.slice(-3);
  const [first, second, third] = lastThree;
  const keepsFalling = third !== undefined && first! > second! && second! > third;
  const recentPeak = Math.max(...history.slice(-4, -1));
  return keepsFalling || recentPeak - latest >= CONFIDENCE_DROP;
}

export function specialistBarriers(barriers: readonly BarrierId[]): SpecialistBarrierId[] {
  return SPECIALIST_BARRIER_IDS.filter((id) => barriers.includes(id));
}

const JOB_LOSS_PATTERNS: readonly RegExp[] = [
  /\blost (?:my|the|me) (?:job|work|position|post|placement)\b/,
  /\b(?:let me go|been let go|was let go|got let go|were let go|letting me go)\b/,
  /\b(?:sacked|fired)\b(?! up\b)/,
  /\bmade (?:me )?redundant\b|\bredundancy\b/,
  /\blaid (?:me )?off\b/,
  /\b(?:contract|job|placement|agency work|temp job) (?:has |have )?(?:ended|finished|came to an end)\b/,
  /\b(?:contract|placement) (?:was not|is not being|has not been) renewed\b/,
  /\bno longer (?:have|got) (?:a|my|the) job\b|\b(?:not got|do not have) (?:a|my|the) job any ?more\b/,
  /\b(?:quit|left|walked out of) (?:my|the) job\b|\bhanded in my notice\b|\bi (?:have )?resigned\b/,
  /\b(?:dismissed|let go) from (?:my|the|work)\b/,
];
const NEGATED_JOB_LOSS =
  /\b(?:not|never) (?:been |be |get |got |getting |going to be )?(?:sacked|fired|let (?:me )?go|made redundant|laid off|lost my job)\b/g;

/**
 * True when a message says the client lost a job ("i lost my job", "they let me go", "got
 * sacked", "made redundant", "my contract ended"). Leaving counts too: IPS offers help with the
 * next job whatever the reason. "I'm fired up" and "I wasn't fired" do not count.
 */
export function detectJobLoss(text: string): boolean {
  const said = normaliseForMatching(text).replace(NEGATED_JOB_LOSS, ' ');
  return JOB_LOSS_PATTERNS.some((pattern) => pattern.test(said));
}

const SPECIALIST_BARRIER_PATTERNS: Record<SpecialistBarrierId, readonly RegExp[]> = {
  'money-benefits': [
    /\b(?:benefits?|universal credit|uc|pip|esa|jsa|housing benefit|tax credits?)\b/,
    /\b(?:sanction|sanctioned|better off in work|lose my money)\b/,
  ],
  debt: [/\b(?:debt|debts|bailiffs?|arrears|owe (?:money|loads|a lot)|loan sharks?|ccj|payday loans?)\b/],
  housing: [
    /\b(?:homeless|evicted|eviction|sofa surfing|kicked out|sleeping rough|notice to quit)\b/,
    /\b(?:nowhere to (?:live|stay|sleep)|losing my (?:flat|house|home))\b/,
  ],
  'health-disclosure': [
    /\b(?:tell|telling) (?:my |an |the |a )?(?:employer|boss|manager|work) about my\b/,
    /\bdisclos(?:e|ing|ure)\b/,
  ],
  convictions: [/\b(?:criminal record|convictions?|convicted|prison|probation|dbs check|been inside)\b/],
};

/** The specialist barriers a message mentions, by keyword; a prompt to ask, not a verdict. */
export function detectSpecialistBarriers(text: string): SpecialistBarrierId[] {
  const normalised = normaliseForMatching(text);
  return SPECIALIST_BARRIER_IDS.filter((id) => SPECIALIST_BARRIER_PATTERNS[id].some((pattern) => pattern.test(normalised)));
}

function withReasons(sentence: string, reasons: readonly string[]): string {
  return reasons.length > 0 ? `${sentence}: ${reasons.join(', ')}.` : `${sentence}.`;
}

/** Whole calendar days from one date to a later one, in the given zone (negative if earlier). */
function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  const utcDay = (date: Date): number => {
    const { year, month, day } = calendarDayIn(date, timeZone);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function compareContactBy(a: EscalationDecision, b: EscalationDecision): number {
  return (a.contactBy?.getTime() ?? Infinity) - (b.contactBy?.getTime() ?? Infinity);
}

/**
 * The decision for a reason raised directly rather than found by the rules: the client asked,
 * a message showed risk or a job loss, the reminders gave up. Same urgency and contact-by times.
 */
export function decisionForReason(reason: EscalationReason, detail: string, now: Date, reportedAt: Date | null = null): EscalationDecision {
  const facts = { reportedJobLossAt: reason === 'job-loss' ? reportedAt ?? now : null } as ClientFacts;
  return toDecision({ reason, detail }, facts, now);
}
