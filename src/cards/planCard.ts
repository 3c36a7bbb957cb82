// "My plan" as an Adaptive Card (version 1.5, what Teams renders) and the same plan as plain
// text for channels without cards. Every word the client or adviser typed is escaped for the
// card and left as typed in the plain text.
import { escapeCardText, plainText } from '../messages/escapeText.ts';
import { calendarDayIn, formatDueDate } from '../domain/dates.ts';
import { fewestToShow, groupByOwner, isOverdue, latestToShow, needsClientAgreement } from '../domain/plan.ts';
import type { PlanItem, PlanVersion } from '../db/plans.ts';
import * as say from '../messages/en/planCard.ts';
import { reviewWasDue } from '../messages/en/review.ts';

export const ADAPTIVE_CARD_VERSION = '1.5';

/**
 * A long plan's card shows its latest goals and, for each of the client and the adviser, the steps
 * still to do first. Teams refuses a message over about 28 KB, which a card listing 40 goals and
 * 40 steps passes; and a list that long is more than anyone reads.
 */
export const GOALS_SHOWN = 8;
export const STEPS_SHOWN = 10;

export interface PlanCardContext {
  now: Date;
  timeZone: string;
}

export interface PlanCard {
  card: Record<string, unknown>;
  fallbackText: string;
}

type Block = Record<string, unknown>;

export function buildPlanCard(plan: PlanVersion, context: PlanCardContext): PlanCard {
  const lines: string[] = [];
  const body: Block[] = [];
  const heading = (text: string) => {
    body.push({ type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, spacing: 'Medium' });
    lines.push('', `${text}:`);
  };
  const userText = (text: string, extra: Block = {}) => {
    body.push({ type: 'TextBlock', text: escapeCardText(text), wrap: true, ...extra });
    lines.push(plainText(text));
  };
  const date = (at: Date) => formatDueDate(at, context.timeZone, { now: context.now });

  body.push({ type: 'TextBlock', text: say.planCardWords.title, weight: 'Bolder', size: 'Large', wrap: true });
  lines.push(say.planCardWords.title);
  const state = agreementLine(plan, date);
  body.push({ type: 'TextBlock', text: state, isSubtle: true, wrap: true, spacing: 'None' });
  lines.push(state);

  if (plan.situation) (heading(say.planCardWords.situation), userText(plan.situation));
  if (plan.jobGoals.length) {
    heading(say.planCardWords.jobGoals);
    for (const job of plan.jobGoals) userText(job.title);
  }
  if (plan.route) (heading(say.planCardWords.route), userText(plan.route));
  if (plan.backupPlan) (heading(say.planCardWords.backupPlan), userText(plan.backupPlan));

  const counted = (text: string) => {
    body.push({ type: 'TextBlock', text, isSubtle: true, wrap: true });
    lines.push(text);
  };
  if (plan.goals.length) {
    heading(say.planCardWords.goals);
    const { shown, earlier } = latestToShow(plan.goals, GOALS_SHOWN);
    if (earlier > 0) counted(say.earlierGoals(earlier));
    for (const goal of shown) userText(goal.dueAt && !mentionsDay(goal.text, goal.dueAt, context.timeZone) ? say.goalBy(goal.text, date(goal.dueAt)) : goal.text);
  }

  const groups = groupByOwner(plan.items);
  for (const [owner, title] of [['client', say.planCardWords.clientItems], ['adviser', say.planCardWords.adviserItems]] as const) {
    heading(title);
    if (groups[owner].length === 0) {
      body.push({ type: 'TextBlock', text: say.planCardWords.noItems, isSubtle: true, wrap: true });
      lines.push(say.planCardWords.noItems);
    }
    const { shown, left } = fewestToShow(groups[owner], STEPS_SHOWN);
    for (const item of shown) {
      const { block, line } = itemBlock(item, context, date);
      body.push(block);
      lines.push(line);
    }
    if (left > 0) counted(say.moreSteps(left));
  }

  // A review left half way keeps its day: play-testing found "We will look at your plan again on" a day gone two weeks.
  const reviewGone = plan.nextReviewAt !== null && isOverdue({ dueAt: plan.nextReviewAt, status: 'open' }, context.now, context.timeZone);
  const review = !plan.nextReviewAt ? say.planCardWords.noReview : reviewGone ? reviewWasDue(date(plan.nextReviewAt)) : say.nextReviewOn(date(plan.nextReviewAt));
  body.push({ type: 'TextBlock', text: review, wrap: true, spacing: 'Large', separator: true });
  lines.push('', review);

  const fallbackText = lines.join('\n').trim();
  const card = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: ADAPTIVE_CARD_VERSION, fallbackText, body };
  return { card, fallbackText };
}

/**
 * A bullet, and beside it the item with its status underneath: two columns, so the status line
 * sits under the item's text, not under the bullet.
 */
function itemBlock(item: PlanItem, context: PlanCardContext, date: (at: Date) => string): { block: Block; line: string } {
  const late = isOverdue(item, context.now, context.timeZone);
  const when = item.dueAt ? say.itemBy(date(item.dueAt)) : '';
  const status = late ? say.itemLate(date(item.dueAt!)) : [say.statusWords[item.status], when].filter(Boolean).join('. ');
  const block: Block = {
    type: 'ColumnSet',
    spacing: 'Small',
    ...(late ? { style: 'attention' } : {}),
    columns: [
      { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: '•' }] },
      {
        type: 'Column',
        width: 'stretch',
        items: [
          { type: 'TextBlock', text: escapeCardText(item.text), wrap: true },
          { type: 'TextBlock', text: status, wrap: true, isSubtle: !late, spacing: 'None', ...(late ? { color: 'Attention', weight: 'Bolder' } : {}) },
        ],
      },
    ],
  };
  return { block, line: `- ${plainText(item.text)} (${status})` };
}

/** "Apply for 2 jobs by Friday 4 December" already says its day: the card does not repeat it. */
function mentionsDay(text: string, at: Date, timeZone: string): boolean {
  const { day } = calendarDayIn(at, timeZone);
  const month = formatDueDate(at, timeZone).split(' ')[2] ?? '';
  return new RegExp(`\\b${day}(?:st|nd|rd|th)? ${month}\\b`, 'i').test(text);
}

/** Who agreed this version and when: the client, and the adviser too when they have. */
function agreementLine(plan: PlanVersion, date: (at: Date) => string): string {
  const client = needsClientAgreement(plan) ? say.planCardWords.draft : plan.clientAgreedAt ? say.clientAgreedOn(date(plan.clientAgreedAt)) : say.planCardWords.agreed;
  const adviser = plan.adviserAgreedAt ? ` ${say.adviserAgreedOn(date(plan.adviserAgreedAt))}` : '';
  return say.versionLine(plan.version, `${client}${adviser}`);
}
