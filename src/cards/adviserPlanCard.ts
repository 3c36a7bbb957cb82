// A client's plan as the adviser sees it in Teams, with Action.Execute buttons (Universal
// Actions: the card refreshes in place for the adviser who taps): done or a week later for each
// of the adviser's open actions, a form to add one, and "Agree plan". Numbers match the typed
// shortcuts ("done 2 3", "move 2: 3 to Friday"). A long plan is bounded as the client's card is
// (planCard.ts): the latest goals, each owner's steps still to do first, the rest counted, so the
// card stays under what Teams accepts (about 28 KB).
import type { PlanVersion } from '../db/plans.ts';
import { calendarDayIn, formatDueDate } from '../domain/dates.ts';
import { daysOverdue, fewestToShow, isOverdue, latestToShow } from '../domain/plan.ts';
import { GOALS_SHOWN, STEPS_SHOWN } from './planCard.ts';
import type { AdaptiveCard } from './escalationCard.ts';
import { escapeCardText } from '../messages/escapeText.ts';
import * as say from '../messages/en/planCard.ts';
import { addDueMissingOrPast, adviserItemLateLine } from '../messages/en/adviserPlan.ts';

export const PLAN_VERBS = {
  addItem: 'plan.addItem',
  itemDone: 'plan.itemDone',
  itemLater: 'plan.itemLater',
  agree: 'plan.agree',
} as const;
export type PlanVerb = (typeof PLAN_VERBS)[keyof typeof PLAN_VERBS];

export const ADD_TEXT_INPUT = 'actionText';
export const ADD_DUE_INPUT = 'actionDue';
const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

const text = (value: string, extra: object = {}): object => ({ type: 'TextBlock', text: escapeCardText(value), wrap: true, ...extra });

export function adviserPlanCard(input: { clientId: string; clientName: string; plan: PlanVersion; timeZone: string; now: Date; notice?: string }): AdaptiveCard {
  const { plan, clientId, timeZone, now } = input;
  const date = (at: Date): string => formatDueDate(at, timeZone, { now });
  const body: object[] = [];
  if (input.notice) body.push(text(input.notice, { weight: 'Bolder', color: 'Good' }));
  body.push(text(say.adviserPlanTitle(input.clientName), { size: 'Large', weight: 'Bolder' }));
  const client = plan.clientAgreedAt ? say.clientAgreed(date(plan.clientAgreedAt)) : say.adviserPlanWords.clientNotAgreed;
  const adviser = plan.adviserAgreedAt ? say.youAgreed(date(plan.adviserAgreedAt)) : say.adviserPlanWords.adviserNotAgreed;
  body.push(text(say.versionLine(plan.version, `${client} ${adviser}`), { isSubtle: true, spacing: 'None' }));
  if (plan.goals.length > 0) {
    body.push(text(say.adviserPlanWords.goals, { weight: 'Bolder', spacing: 'Medium' }));
    const { shown, earlier } = latestToShow(plan.goals, GOALS_SHOWN);
    if (earlier > 0) body.push(text(say.earlierGoals(earlier), { isSubtle: true, spacing: 'Small' }));
    for (const goal of shown) body.push(text(goal.text, { spacing: 'Small' }));
  }
  const numbered = plan.items.map((item, index) => ({ item, number: index + 1 })).filter(({ item }) => item.status !== 'dropped');
  for (const [owner, title] of [['client', say.adviserPlanWords.clientItems], ['adviser', say.adviserPlanWords.adviserItems]] as const) {
    body.push(text(title, { weight: 'Bolder', spacing: 'Medium' }));
    const mine = numbered.filter(({ item }) => item.owner === owner).map((entry) => ({ ...entry, status: entry.item.status }));
    if (mine.length === 0) body.push(text(say.adviserPlanWords.nothingYet, { isSubtle: true, spacing: 'Small' }));
    const { shown, left } = fewestToShow(mine, STEPS_SHOWN);
    for (const { item, number } of shown) {
      // Late as the client's card says it: still to do, and its day is over.
      if (isOverdue(item, now, timeZone)) {
        const late = adviserItemLateLine(number, item.text, date(item.dueAt!), daysOverdue(item, now, timeZone));
        body.push(text(late, { spacing: 'Small', color: 'Attention', weight: 'Bolder' }));
      } else {
        body.push(text(say.adviserItemLine(number, item.text, item.status, item.dueAt ? date(item.dueAt) : null), { spacing: 'Small' }));
      }
      if (owner === 'adviser' && item.status === 'open') {
        const data = { clientId, lineageId: item.lineageId };
        body.push({
          type: 'ActionSet',
          spacing: 'None',
          actions: [
            { type: 'Action.Execute', title: say.adviserPlanWords.done, verb: PLAN_VERBS.itemDone, data, associatedInputs: 'none' },
            { type: 'Action.Execute', title: say.adviserPlanWords.weekLater, verb: PLAN_VERBS.itemLater, data, associatedInputs: 'none' },
          ],
        });
      }
    }
    if (left > 0) body.push(text(say.moreSteps(left), { isSubtle: true, spacing: 'Small' }));
  }
  body.push(text(say.adviserPlanWords.addHeading, { weight: 'Bolder', spacing: 'Large', separator: true }));
  body.push({ type: 'Input.Text', id: ADD_TEXT_INPUT, label: say.adviserPlanWords.addLabel, placeholder: say.adviserPlanWords.addExample, maxLength: 300 });
  // A day is needed, today or later: without one no reminder is set, and a past one was saved as none.
  // The host checks these before it sends (associatedInputs), and asks again with the message.
  body.push({
    type: 'Input.Date',
    id: ADD_DUE_INPUT,
    label: say.adviserPlanWords.byWhen,
    isRequired: true,
    min: isoDay(calendarDayIn(now, timeZone)),
    errorMessage: addDueMissingOrPast,
  });
  const actions: object[] = [
    { type: 'Action.Execute', title: say.adviserPlanWords.addAction, verb: PLAN_VERBS.addItem, data: { clientId }, associatedInputs: 'auto' },
  ];
  // Only Add action reads the form: the other buttons must not wait for a day to be chosen.
  if (!plan.adviserAgreedAt) actions.push({ type: 'Action.Execute', title: say.adviserPlanWords.agreePlan, verb: PLAN_VERBS.agree, data: { clientId }, associatedInputs: 'none' });
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, actions };
}

/** "2026-06-08": the form Input.Date reads and sends. */
function isoDay(day: { year: number; month: number; day: number }): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
