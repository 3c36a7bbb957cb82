// Every reason the coach hands a client over to their adviser, in one table. Each caller of
// raiseEscalation names a trigger from here; how urgent it is, how soon the adviser should be in
// touch, how long before the same thing may be raised again, and the adviser's default words
// all come from this table, never from the caller.

/** Which "why now" sentence a trigger uses; the words are in src/messages/en/escalationDetails.ts. */
export type WhyNowKey =
  | 'clientAsked'
  | 'reminderHelp'
  | 'inWorkProblem'
  | 'crisis'
  | 'concern'
  | 'jobLoss'
  | 'jobStarted'
  | 'specialistQuestion'
  | 'specialistMentioned'
  | 'actionsOverdue'
  | 'missedReview'
  | 'outreachUnanswered'
  | 'fallingConfidence'
  | 'cannotReach';

/** What an escalation row records: one open escalation per client and reason. */
export const ESCALATION_REASONS = [
  'client-asked',
  'crisis',
  'concern',
  'item-overdue-unanswered',
  'missed-review',
  'outreach-unanswered',
  'job-loss',
  'job-started',
  'specialist-barrier',
  'falling-confidence',
  'cannot-reach-client',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export type EscalationUrgency = 'urgent' | 'soon' | 'routine';
export const URGENCY_ORDER: Record<EscalationUrgency, number> = { urgent: 0, soon: 1, routine: 2 };

/** A message the client wrote, the clock (the hourly rules), or a message that could not be delivered. */
export type TriggerSource = 'message' | 'time' | 'failed-delivery';

export type EscalationTrigger = Readonly<{
  /** The row's reason: the card's headline and next step, and which open escalation it joins. */
  reason: EscalationReason;
  firesOn: TriggerSource;
  urgency: EscalationUrgency;
  /** Days to be in touch within, from now; a job loss counts from when the client said it. */
  contactWithinDays: number;
  /** Days after one for the same client and reason was raised before it is raised again; 0: whenever it happens. */
  coolDownDays: number;
  /** The adviser's "why now" sentence when the caller adds no facts of its own (src/messages/en/escalationDetails.ts). */
  wording: WhyNowKey;
}>;

/** IPS: contact within 3 days of hearing of a job loss. */
export const JOB_LOSS_CONTACT_DAYS = 3;

export const ESCALATION_TRIGGERS = {
  'client-asked': { reason: 'client-asked', firesOn: 'message', urgency: 'soon', contactWithinDays: 2, coolDownDays: 0, wording: 'clientAsked' },
  /** "I need help with this" on a reminder about one of their steps. */
  'reminder-help': { reason: 'client-asked', firesOn: 'message', urgency: 'soon', contactWithinDays: 2, coolDownDays: 0, wording: 'reminderHelp' },
  /** A problem at work said at an in-work check-in. */
  'in-work-problem': { reason: 'client-asked', firesOn: 'message', urgency: 'soon', contactWithinDays: 2, coolDownDays: 0, wording: 'inWorkProblem' },
  crisis: { reason: 'crisis', firesOn: 'message', urgency: 'urgent', contactWithinDays: 0, coolDownDays: 0, wording: 'crisis' },
  /** A worry, and "yes" to the offer of their adviser. */
  concern: { reason: 'concern', firesOn: 'message', urgency: 'soon', contactWithinDays: 1, coolDownDays: 0, wording: 'concern' },
  'job-loss': { reason: 'job-loss', firesOn: 'message', urgency: 'soon', contactWithinDays: JOB_LOSS_CONTACT_DAYS, coolDownDays: 0, wording: 'jobLoss' },
  /** News, not a worry: a job started. Routine, so it never comes before a risk; told once per job. */
  'job-started': { reason: 'job-started', firesOn: 'message', urgency: 'routine', contactWithinDays: 7, coolDownDays: 0, wording: 'jobStarted' },
  /** A benefits or disclosure question, asked outright (the listening step). */
  'specialist-question': { reason: 'specialist-barrier', firesOn: 'message', urgency: 'routine', contactWithinDays: 7, coolDownDays: 0, wording: 'specialistQuestion' },
  /** Benefits, disclosure, debt, housing or a conviction, said in passing (the risk check's keywords). */
  'specialist-mentioned': { reason: 'specialist-barrier', firesOn: 'message', urgency: 'routine', contactWithinDays: 7, coolDownDays: 0, wording: 'specialistMentioned' },
  /** Actions well overdue, reminders about them unanswered: no progress. */
  'actions-overdue': { reason: 'item-overdue-unanswered', firesOn: 'time', urgency: 'routine', contactWithinDays: 7, coolDownDays: 7, wording: 'actionsOverdue' },
  'missed-review': { reason: 'missed-review', firesOn: 'time', urgency: 'routine', contactWithinDays: 5, coolDownDays: 7, wording: 'missedReview' },
  'outreach-unanswered': { reason: 'outreach-unanswered', firesOn: 'time', urgency: 'soon', contactWithinDays: 3, coolDownDays: 7, wording: 'outreachUnanswered' },
  'falling-confidence': { reason: 'falling-confidence', firesOn: 'time', urgency: 'routine', contactWithinDays: 7, coolDownDays: 14, wording: 'fallingConfidence' },
  /** No chat the coach can use, found by the hourly rules. */
  'client-unreachable': { reason: 'cannot-reach-client', firesOn: 'time', urgency: 'soon', contactWithinDays: 3, coolDownDays: 7, wording: 'cannotReach' },
  /** A reminder that could not be delivered (gone chat, or retries used up). */
  'reminder-undelivered': { reason: 'cannot-reach-client', firesOn: 'failed-delivery', urgency: 'soon', contactWithinDays: 3, coolDownDays: 0, wording: 'cannotReach' },
} as const satisfies Record<string, EscalationTrigger>;

export type TriggerKind = keyof typeof ESCALATION_TRIGGERS;
export const TRIGGER_KINDS = Object.keys(ESCALATION_TRIGGERS) as TriggerKind[];

/** The triggers the hourly rules look for. */
export type TimedTrigger = { [K in TriggerKind]: (typeof ESCALATION_TRIGGERS)[K]['firesOn'] extends 'time' ? K : never }[TriggerKind];
