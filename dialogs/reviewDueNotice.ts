// A client back at the menu is told when a review of their plan is due (today, or overdue since a day).
import type { TurnContext } from 'botbuilder';
import { calendarDayIn, formatDueDate } from '../src/domain/dates.ts';
import type { Client } from '../src/db/clients.ts';
import type { CoachServices } from '../src/services.ts';
import { turnClientFacts } from '../src/bot/turnLookups.ts';
import { reviewIsDue } from '../src/messages/en/menu.ts';

export async function tellIfReviewIsDue(context: TurnContext, services: CoachServices, client: Client): Promise<void> {
  const now = services.clock.now();
  const { nextReviewAt } = await turnClientFacts(context, services.db, client.id);
  if (!nextReviewAt || nextReviewAt.getTime() > now.getTime()) return;
  const today = calendarDayIn(now, client.timeZone);
  const due = calendarDayIn(nextReviewAt, client.timeZone);
  const isToday = today.year === due.year && today.month === due.month && today.day === due.day;
  await context.sendActivity(reviewIsDue(isToday ? null : formatDueDate(nextReviewAt, client.timeZone, { now })));
}
