// A client's plan as the adviser sees it in Teams, with Action.Execute buttons (Universal
// Actions: the card refreshes in place for the adviser who taps): done or a week later for each
// of the adviser's open actions, a form to add one, and "Agree plan". Numbers match the typed
// shortcuts ("done 2 3", "move 2: 3 to Friday").
import type { PlanVersion } from '../db/plans.ts';
import { formatDueDate } from '../domain/dates.ts';
import type { AdaptiveCard } from './escalationCard.ts';
import { escapeCardText } from './escapeText.ts';
import { STATUS_WORDS } from './planCard.ts';

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
  body.push(text(`Plan: ${input.clientName}`, { size: 'Large', weight: 'Bolder' }));
  const client = plan.clientAgreedAt ? `Client agreed ${date(plan.clientAgreedAt)}.` : 'Client has not agreed yet.';
  const adviser = plan.adviserAgreedAt ? `You agreed ${date(plan.adviserAgreedAt)}.` : 'You have not agreed yet.';
  body.push(text(`Version ${plan.version}. ${client} ${adviser}`, { isSubtle: true, spacing: 'None' }));
  if (plan.goals.length > 0) {
    body.push(text('Goals', { weight: 'Bolder', spacing: 'Medium' }));
    for (const goal of plan.goals) body.push(text(goal.text, { spacing: 'Small' }));
  }
  const numbered = plan.items.map((item, index) => ({ item, number: index + 1 })).filter(({ item }) => item.status !== 'dropped');
  for (const [owner, title] of [['client', 'What the client will do'], ['adviser', 'What you will do']] as const) {
    body.push(text(title, { weight: 'Bolder', spacing: 'Medium' }));
    const mine = numbered.filter(({ item }) => item.owner === owner);
    if (mine.length === 0) body.push(text('Nothing yet.', { isSubtle: true, spacing: 'Small' }));
    for (const { item, number } of mine) {
      const due = item.dueAt ? `, by ${date(item.dueAt)}` : '';
      body.push(text(`${number}. ${item.text} (${STATUS_WORDS[item.status].toLowerCase()}${due})`, { spacing: 'Small' }));
      if (owner === 'adviser' && item.status === 'open') {
        const data = { clientId, lineageId: item.lineageId };
        body.push({
          type: 'ActionSet',
          spacing: 'None',
          actions: [
            { type: 'Action.Execute', title: 'Done', verb: PLAN_VERBS.itemDone, data },
            { type: 'Action.Execute', title: 'A week later', verb: PLAN_VERBS.itemLater, data },
          ],
        });
      }
    }
  }
  body.push(text('Add something you will do', { weight: 'Bolder', spacing: 'Large', separator: true }));
  body.push({ type: 'Input.Text', id: ADD_TEXT_INPUT, label: 'What you will do', placeholder: 'For example: a better-off calculation', maxLength: 300 });
  body.push({ type: 'Input.Date', id: ADD_DUE_INPUT, label: 'By when' });
  const actions: object[] = [{ type: 'Action.Execute', title: 'Add action', verb: PLAN_VERBS.addItem, data: { clientId } }];
  if (!plan.adviserAgreedAt) actions.push({ type: 'Action.Execute', title: 'Agree plan', verb: PLAN_VERBS.agree, data: { clientId } });
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, actions };
}
