// "my actions", "whats overdue on my side", "my overdue actions", "what do i owe": the adviser's own
// open actions across their caseload, late ones first. Play-testing as an IPS employment specialist
// (round six): each got the help list, and "whos overdue" answers with clients' caseload lines, so
// what the adviser had promised ("I'll call the employer by Friday") was found only plan by plan.
// Read from the plans as they stand; nothing is changed.
import type { Adviser } from '../src/db/advisers.ts';
import { AuditLog } from '../src/db/audit.ts';
import { activeClientsOf } from '../src/db/caseload.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { daysOverdue, isStillToDo } from '../src/domain/plan.ts';
import { referenceFor } from '../src/escalation/caseloadNames.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { ownActionLine, ownActionsReply } from '../src/messages/en/adviserQuestions.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';

type Owned = { line: string; late: number; dueAt: number; command: string };

export async function ownActions(services: CoachServices, adviser: Adviser, lateOnly: boolean): Promise<string> {
  const now = services.clock.now();
  const clients = await activeClientsOf(services.db, adviser.id);
  const names = await namesForNameless(services.db, clients);
  const plans = new PlanRepository(services.db, services.clock);
  const owned: Owned[] = [];
  for (const client of clients) {
    const items = (await plans.currentPlan(client.id))?.items ?? [];
    const open = items.map((item, index) => ({ item, number: index + 1 })).filter(({ item }) => item.owner === 'adviser' && isStillToDo(item.status));
    if (open.length === 0) continue;
    const name = escapeMarkdown(client.displayName?.trim() || names.get(client.id) || '');
    const typeAs = escapeMarkdown((await referenceFor(services.db, adviser.id, client)) ?? name);
    for (const { item, number } of open) {
      const late = daysOverdue(item, now, client.timeZone);
      const by = item.dueAt ? formatDueDate(item.dueAt, client.timeZone, { now }) : null;
      owned.push({ line: ownActionLine(name, number, escapeMarkdown(item.text), by, late), late, dueAt: item.dueAt?.getTime() ?? Infinity, command: `done ${typeAs} ${number}` });
    }
  }
  const log = new AuditLog(services.db);
  for (const client of clients) await log.record({ actor: `adviser:${adviser.id}`, action: 'adviser-viewed-client', subject: client.id }, now);
  // Late first, the latest of them first; then the rest, soonest first.
  const late = owned.filter((each) => each.late > 0).sort((a, b) => b.late - a.late);
  const coming = owned.filter((each) => each.late === 0).sort((a, b) => a.dueAt - b.dueAt);
  const first = late[0] ?? (lateOnly ? undefined : coming[0]);
  return ownActionsReply(late.map((each) => each.line), lateOnly ? [] : coming.map((each) => each.line), coming.length, first?.command ?? null);
}
