// When the coach hands over to the client's adviser. The coach supports the adviser and never
// replaces them: each rule below finds a fact the adviser should know (EscalationWhy), which
// src/messages words neutrally. The coach never decides or threatens sanctions.
import { calendarDayIn } from './dates.ts';
import { normaliseForMatching, type RiskLevel } from './risk.ts';
import type { BarrierId } from './barriers.ts';

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

/** What a rule found, as facts; the adviser reads them in words from src/messages. */
export type EscalationWhy =
  | { reason: 'crisis' | 'concern'; signals: string[] }
  | { reason: 'client-asked' }
  | { reason: 'job-loss'; saidAt: Date }
  | { reason: 'item-overdue-unanswered'; items: OpenActionItem[] }
  | { reason: 'missed-review'; reviewDate: Date }
  | { reason: 'outreach-unanswered'; unanswered: number }
  | { reason: 'cannot-reach-client' }
  | { reason: 'specialist-barrier'; barriers: SpecialistBarrierId[] }
  | { reason: 'falling-confidence'; recentScores: number[] };

/** A decision the rules made: the facts in `why` become the escalation's detail. */
export type RuleDecision = Omit<EscalationDecision, 'detail'> & { why: EscalationWhy };

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

type RuleContext = { facts: ClientFacts; now: Date; timeZone: string };
type Rule = (context: RuleContext) => EscalationWhy | null;

const RULES: readonly Rule[] = [
  ({ facts }) => {
    const risk = facts.latestRisk;
    if (risk?.level === 'crisis') return { reason: 'crisis', signals: risk.reasons };
    if (risk?.level === 'concern') return { reason: 'concern', signals: risk.reasons };
    return null;
  },
  ({ facts }) => (facts.askedForAdviser ? { reason: 'client-asked' } : null),
  ({ facts }) => (facts.reportedJobLossAt ? { reason: 'job-loss', saidAt: facts.reportedJobLossAt } : null),
  ({ facts, now, timeZone }) => {
    const overdue = wellOverdueItems(facts.openItems, now, timeZone);
    return overdue.length > 0 ? { reason: 'item-overdue-unanswered', items: overdue } : null;
  },
  ({ facts, now, timeZone }) => {
    const reviewDate = facts.nextReviewDate;
    if (!reviewDate || !isReviewMissed(reviewDate, facts.lastReviewDate, now, timeZone)) return null;
    return { reason: 'missed-review', reviewDate };
  },
  ({ facts }) =>
    facts.unansweredOutreach >= (facts.outreachThreshold ?? DEFAULT_OUTREACH_THRESHOLD)
      ? { reason: 'outreach-unanswered', unanswered: facts.unansweredOutreach }
      : null,
  ({ facts }) => (facts.messagesUndeliverable ? { reason: 'cannot-reach-client' } : null),
  ({ facts }) => {
    const barriers = specialistBarriers(facts.barriers);
    return barriers.length > 0 ? { reason: 'specialist-barrier', barriers } : null;
  },
  ({ facts }) => (isConfidenceFalling(facts.confidenceHistory) ? { reason: 'falling-confidence', recentScores: facts.confidenceHistory.slice(-4) } : null),
];

/** Every handover the facts call for, most urgent first. One decision per reason at most. */
export function decideEscalations(facts: ClientFacts, now: Date): RuleDecision[] {
  const context: RuleContext = { facts, now, timeZone: facts.timeZone ?? 'Europe/London' };
  return RULES.flatMap((rule) => rule(context) ?? [])
    .map((why) => ({ ...handover(why.reason, facts.reportedJobLossAt, now), why }))
    .sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || compareContactBy(a, b));
}

function handover(reason: EscalationReason, reportedJobLossAt: Date | null, now: Date): Pick<EscalationDecision, 'reason' | 'urgency' | 'contactBy'> {
  const { urgency, contactWithinDays } = HANDOVER[reason];
  const countFrom = reason === 'job-loss' && reportedJobLossAt ? reportedJobLossAt : now;
  const contactBy = addDays(countFrom, contactWithinDays);
  // A handover whose contact-by time has already passed cannot wait any longer.
  const overdueContact = urgency === 'soon' && contactBy.getTime() <= now.getTime();
  return { reason, urgency: overdueContact ? 'urgent' : urgency, contactBy };
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

function compareContactBy(a: Pick<EscalationDecision, 'contactBy'>, b: Pick<EscalationDecision, 'contactBy'>): number {
  return (a.contactBy?.getTime() ?? Infinity) - (b.contactBy?.getTime() ?? Infinity);
}

/**
 * The decision for a reason raised directly rather than found by the rules: the client asked,
 * a message showed risk or a job loss, the reminders gave up. Same urgency and contact-by times.
 */
export function decisionForReason(reason: EscalationReason, detail: string, now: Date, reportedAt: Date | null = null): EscalationDecision {
  return { ...handover(reason, reason === 'job-loss' ? reportedAt ?? now : null, now), detail };
}
