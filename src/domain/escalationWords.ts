// The adviser's "why now" line for each trigger (escalationTriggers.ts names the key), used when
// the code that raises it has no facts of its own to add: plain, factual, never a judgement.
export const WHY_NOW = {
  clientAsked: 'Asked to talk to their adviser.',
  reminderHelp: 'Asked for help with one of their steps.',
  inWorkProblem: 'In work: said at a check-in that there are some problems.',
  crisis: 'Their latest message suggests a risk to safety.',
  concern: 'Said they are struggling and asked for their adviser to get in touch.',
  jobLoss: 'Said they have lost their job.',
  specialistQuestion: 'Asked a question that needs specialist advice.',
  specialistMentioned: 'Mentioned something that may need specialist advice.',
  actionsOverdue: 'Actions are well overdue and reminders got no reply.',
  missedReview: 'A review was missed.',
  outreachUnanswered: 'Reminders in a row have had no answer from the client.',
  fallingConfidence: 'Their confidence scores keep falling.',
  cannotReach: 'Messages from the coach cannot reach them.',
} as const;

export type WhyNowKey = keyof typeof WHY_NOW;
