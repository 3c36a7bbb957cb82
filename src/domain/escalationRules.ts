// The rules that depend on time passing: actions well overdue, a missed review, unanswered
// outreach, falling confidence, a client the coach cannot reach. Each names a trigger from the
// table (escalationTriggers.ts), which says how urgent it is; here is only whether it holds and
// the facts behind it (EscalationWhy), which src/messages words neutrally for the adviser. The
// coach never decides or threatens sanctions. Below them: reading a message for a job loss or a
// barrier that needs a specialist.
import { calendarDayIn } from './dates.ts';
import { normaliseForMatching } from './risk.ts';
import type { BarrierId } from './barriers.ts';
import { ESCALATION_TRIGGERS, URGENCY_ORDER, type EscalationReason, type EscalationUrgency, type TimedTrigger, type TriggerKind } from './escalationTriggers.ts';
import { isStillToDo } from './plan.ts';
import { BETTER_OFF_SUMS } from './benefitWorries.ts';
import { saysItWasLongAgo } from './jobLossLongAgo.ts';

export type { EscalationReason, EscalationUrgency };

/** What the adviser's summary is built from: the row's reason, urgency, facts and deadline. */
export type EscalationDecision = {
  reason: EscalationReason;
  urgency: EscalationUrgency;
  /** Plain, factual words for the adviser. */
  detail: string;
  /** When the adviser should have been in touch by; null when there is no set time. */
  contactBy: Date | null;
};

/** What a time-based rule found, as facts; the adviser reads them in words from src/messages. */
export type EscalationWhy =
  | { reason: 'item-overdue-unanswered'; items: OpenActionItem[] }
  | { reason: 'missed-review'; reviewDate: Date }
  | { reason: 'outreach-unanswered'; unanswered: number }
  | { reason: 'cannot-reach-client' }
  | { reason: 'falling-confidence'; recentScores: number[] };

/**
 * A time-based trigger that holds, with the facts behind it. A stall finding with `joins` is added
 * to the client's stall card of that reason (open, or raised in this pass) rather than raised as a
 * card of its own; one with `absorbs` is more urgent than the open stall card of that reason, which
 * it takes in (the older card is closed into the new one).
 */
export type TimedFinding = { trigger: TimedTrigger; why: EscalationWhy; joins?: EscalationReason; absorbs?: EscalationReason };

export type OpenActionItem = {
  text: string;
  /** Only a step still to do (isStillToDo: open or partly done) can be well overdue. */
  status: string;
  dueDate: Date;
  /** Reminders sent since the due date that got no reply. */
  remindersUnanswered: number;
};

/** The barriers that need someone with specialist knowledge (benefits, debt, housing, ...). */
export type SpecialistBarrierId = Extract<BarrierId, 'housing' | 'money-benefits' | 'debt' | 'convictions' | 'health-disclosure'>;
export const SPECIALIST_BARRIER_IDS: readonly SpecialistBarrierId[] = [
  'money-benefits', 'debt', 'housing', 'health-disclosure', 'convictions',
];

/** What the coach knows about one client as time passes, as plain data. */
export type ClientFacts = {
  openItems: OpenActionItem[];
  nextReviewDate: Date | null;
  lastReviewDate: Date | null;
  /** Reminders in a row with no reply from the client. */
  unansweredOutreach: number;
  /** How many unanswered reminders in a row to hand over at; 3 when not given. */
  outreachThreshold?: number;
  /** Confidence scores, 1 to 10, oldest first. */
  confidenceHistory: number[];
  /** True when messages to the client cannot be delivered (no usable chat). */
  messagesUndeliverable: boolean;
  /** For dates in details; "Europe/London" when not given. */
  timeZone?: string;
  /** The reasons of this client's escalations not closed yet; none when not given. */
  openReasons?: readonly string[];
};

/**
 * An adviser is already asked to get in touch with the client: they asked, a worry, a crisis, a
 * job loss. While one is not closed, the stall rules raise nothing more for that client: the card
 * already shows late steps and last contact (play-test 13: "Asked for you" and "Signs they are
 * struggling" each gained "Not replying" and "Steps well past their day" cards for the same client).
 */
export const HAND_OVER_REASONS: readonly EscalationReason[] = ['client-asked', 'concern', 'crisis', 'job-loss'];
/** The rules that say a client has gone quiet or stalled; a chat that is gone, or falling confidence, still raise. */
export const STALL_TRIGGERS: readonly TimedTrigger[] = ['actions-overdue', 'missed-review', 'outreach-unanswered'];
/** The reasons of the stall rules' cards: one of these open at a time for a client (December: "Not replying" and "Review missed" side by side). */
export const STALL_REASONS: readonly EscalationReason[] = STALL_TRIGGERS.map((trigger) => ESCALATION_TRIGGERS[trigger].reason);

export const DEFAULT_OUTREACH_THRESHOLD = 3;
/** An item is well overdue this many days after its due date... */
export const OVERDUE_DAYS = 7;
/** ...and when at least this many reminders got no reply. */
export const OVERDUE_UNANSWERED_REMINDERS = 2;
/** A review is missed once more than this many days have passed since its date with no review. */
export const MISSED_REVIEW_GRACE_DAYS = 2;
/** A drop of this much from a recent score counts as falling confidence. */
export const CONFIDENCE_DROP = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

type RuleContext = { facts: ClientFacts; now: Date; timeZone: string };
type Rule = (context: RuleContext) => TimedFinding | null;

const RULES: readonly Rule[] = [
  ({ facts, now, timeZone }) => {
    const overdue = wellOverdueItems(facts.openItems, now, timeZone);
    return overdue.length > 0 ? { trigger: 'actions-overdue', why: { reason: 'item-overdue-unanswered', items: overdue } } : null;
  },
  ({ facts, now, timeZone }) => {
    const reviewDate = facts.nextReviewDate;
    if (!reviewDate || !isReviewMissed(reviewDate, facts.lastReviewDate, now, timeZone)) return null;
    return { trigger: 'missed-review', why: { reason: 'missed-review', reviewDate } };
  },
  ({ facts }) =>
    facts.unansweredOutreach >= (facts.outreachThreshold ?? DEFAULT_OUTREACH_THRESHOLD)
      ? { trigger: 'outreach-unanswered', why: { reason: 'outreach-unanswered', unanswered: facts.unansweredOutreach } }
      : null,
  ({ facts }) => (facts.messagesUndeliverable ? { trigger: 'client-unreachable', why: { reason: 'cannot-reach-client' } } : null),
  ({ facts }) =>
    isConfidenceFalling(facts.confidenceHistory)
      ? { trigger: 'falling-confidence', why: { reason: 'falling-confidence', recentScores: facts.confidenceHistory.slice(-4) } }
      : null,
];

/** Every time-based trigger the facts call for, most urgent first, soonest contact first; no stall while handed over. */
export function decideEscalations(facts: ClientFacts, now: Date): TimedFinding[] {
  const context: RuleContext = { facts, now, timeZone: facts.timeZone ?? 'Europe/London' };
  const handedOver = (facts.openReasons ?? []).some((reason) => (HAND_OVER_REASONS as readonly string[]).includes(reason));
  const findings = RULES.flatMap((rule) => rule(context) ?? [])
    .filter((finding) => !handedOver || !STALL_TRIGGERS.includes(finding.trigger))
    .sort(moreUrgentFirst);
  return oneStallCard(findings, facts.openReasons ?? []);
}

/**
 * One stall card per client: a stall finding joins the open stall card (or the one this pass
 * raises first, the most urgent); one more urgent than the open card is raised and takes it in.
 */
function oneStallCard(findings: readonly TimedFinding[], openReasons: readonly string[]): TimedFinding[] {
  const urgencyOf = (reason: EscalationReason): number =>
    Math.min(...STALL_TRIGGERS.filter((trigger) => ESCALATION_TRIGGERS[trigger].reason === reason).map((trigger) => URGENCY_ORDER[ESCALATION_TRIGGERS[trigger].urgency]));
  let home = STALL_REASONS.filter((reason) => openReasons.includes(reason)).sort((a, b) => urgencyOf(a) - urgencyOf(b))[0] ?? null;
  return findings.map((finding) => {
    if (!STALL_TRIGGERS.includes(finding.trigger)) return finding;
    const reason = ESCALATION_TRIGGERS[finding.trigger].reason;
    if (home === null || reason === home) {
      home = reason;
      return finding;
    }
    if (URGENCY_ORDER[ESCALATION_TRIGGERS[finding.trigger].urgency] < urgencyOf(home)) {
      const absorbs = home;
      home = reason;
      return { ...finding, absorbs };
    }
    return { ...finding, joins: home };
  });
}

function moreUrgentFirst(a: TimedFinding, b: TimedFinding): number {
  const [first, second] = [ESCALATION_TRIGGERS[a.trigger], ESCALATION_TRIGGERS[b.trigger]];
  return URGENCY_ORDER[first.urgency] - URGENCY_ORDER[second.urgency] || first.contactWithinDays - second.contactWithinDays;
}

/**
 * Urgency and contact-by time for a trigger, from the table. Days count from now, except for a
 * job loss: IPS asks for contact within 3 days of hearing of it, so from when it was reported.
 */
export function decisionFor(trigger: TriggerKind, detail: string, now: Date, reportedAt: Date | null = null): EscalationDecision {
  const { reason, urgency, contactWithinDays } = ESCALATION_TRIGGERS[trigger];
  const countFrom = reason === 'job-loss' && reportedAt ? reportedAt : now;
  const contactBy = new Date(countFrom.getTime() + contactWithinDays * DAY_MS);
  // A handover whose contact-by time has already passed cannot wait any longer.
  const overdueContact = urgency === 'soon' && contactBy.getTime() <= now.getTime();
  return { reason, urgency: overdueContact ? 'urgent' : urgency, detail, contactBy };
}

/** Well overdue: 7 or more calendar days past the due day, and 2 or more reminders with no reply. */
export function wellOverdueItems(
  items: readonly OpenActionItem[],
  now: Date,
  timeZone = 'Europe/London',
): OpenActionItem[] {
  return items.filter(
    (item) =>
      isStillToDo(item.status) &&
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

const JOB_LOSS_PATTERNS: readonly RegExp[] = [
  /\blost (?:my|the|me) (?:job|work|position|post|placement)\b/,
  /\b(?:let me go|been let go|was let go|got let go|were let go|letting me go)\b/,
  /\b(?:sacked|fired)\b(?! up\b)/,
  // "the redundancy money will run out by christmas": what the redundancy paid, not news of it.
  /\bmade (?:me )?redundant\b|\bredundancy\b(?! (?:money|pay|payment|package|cheque|lump sum|payout|settlement|cash|savings))/,
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
 * next job whatever the reason. "I'm fired up", "I wasn't fired" and "sacked two years ago" do not count.
 */
export function detectJobLoss(text: string): boolean {
  const said = normaliseForMatching(text).replace(NEGATED_JOB_LOSS, ' ');
  // "made redundant, that was over a year ago": work history, not news (play-testing, round twenty-five).
  return JOB_LOSS_PATTERNS.some((pattern) => pattern.test(said)) && !saysItWasLongAgo(said);
}

// "No debts apart from the mortgage", "debt free": said to be none, not a debt to hand over (play-testing).
const NO_DEBTS = /\b(?:no|not in|not got any|not in any|do not have any|have not got any|free of|without any|without) (?:\w+ )?(?:debt|debts|arrears)\b|\bdebt free\b/g;

const SPECIALIST_BARRIER_PATTERNS: Record<SpecialistBarrierId, readonly RegExp[]> = {
  'money-benefits': [
    /\b(?:benefits?|universal credit|uc|pip|esa|jsa|housing benefit|tax credits?)\b/,
    /\b(?:sanction|sanctioned|better off in work|lose my money)\b/,
    BETTER_OFF_SUMS,
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
  const normalised = normaliseForMatching(text).replace(NO_DEBTS, ' ');
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
