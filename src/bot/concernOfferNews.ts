// News told at "Would you like your adviser to get in touch?" (play-testing, December: "i got an
// interview on thursday and im terrified" had been "Sorry, I did not follow that. Just yes or no"):
// the news is heard, the nerves answered, and the offer asked once more. Read by the same readers
// the menu's news uses (dialogs/menuNews.ts conversationForNews), not by words of its own.
// A lost job is not here: it is no "well done", and it goes on as before.
import { readJobSearchEntry } from '../domain/jobSearch.ts';
import { readStartedWork } from '../domain/jobNews.ts';
import { detectJobLoss } from '../domain/escalationRules.ts';
import { saysNervesWithTheDay } from '../domain/dateSaidWithNerves.ts';
import type { Client } from '../db/clients.ts';
import { ClientMessageRepository } from '../db/clientMessages.ts';
import type { CoachServices } from '../services.ts';
import type { OfferNews } from '../messages/en/concernOffer.ts';

/** The kind of glad news told, or null when none is. */
export function newsAtTheOffer(text: string): OfferNews | null {
  if (detectJobLoss(text)) return null;
  if (readStartedWork(text)) return 'job';
  const entry = readJobSearchEntry(text);
  if (!entry) return null;
  return entry.kind === 'interview' ? 'interview' : 'job-search';
}

/** "im terrified", "bricking it": nerves said with the news. */
export function nervousWithTheNews(text: string): boolean {
  return saysNervesWithTheDay(text);
}

/**
 * The offer was last asked longer ago than a quiet safety window lasts: reminders and days have come
 * between, so what is said now is not an answer to it ("the interview went ok i think??" three days
 * on had been taken as no answer, "OK. Your adviser is there if you want them.").
 */
export async function offerHasLapsed(services: CoachServices, client: Client | null): Promise<boolean> {
  if (!client) return false;
  // This message is stored already; the one before it is when the offer was asked (or asked again).
  const [before, now] = await new ClientMessageRepository(services.db).recent(client.id, 2);
  if (!before || !now) return false;
  const hours = (services.clock.now().getTime() - before.createdAt.getTime()) / 3_600_000;
  return hours > services.config.SAFETY_WINDOW_QUIET_HOURS;
}
