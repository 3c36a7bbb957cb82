// "move priya ring college to mon": a client, the action in words rather than its number, then the
// new day. Play-testing as an IPS employment specialist planning with the client (round six): it
// got the "move" format to retype, so a new day agreed across the desk waited for the plan card.
// Now one open action of yours whose words fit is moved; when none or several fit, their open
// actions are listed with the command to copy, and nothing is moved.
import type { Adviser } from '../src/db/advisers.ts';
import { readDay } from '../src/domain/adviserActionWords.ts';
import * as say from '../src/messages/en/adviserPlan.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';
import { clientForAdviser, moveAdviserAction } from '../src/usecases/adviserPlan.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import { actionsNamed, openActionsOf } from './adviserDoneWhich.ts';

// The words, then "to" (or "till", "until", "for") and the day: "ring college to mon".
const WORDS_TO_DAY = /^(.+)\s+(?:to|till|until|til|for|->)\s+(\S.*)$/i;

/** The reply, or null when the words name no one client of this adviser (the usage line is said). */
export async function moveByWords(services: CoachServices, adviser: Adviser, args: string): Promise<string | null> {
  const found = await openActionsOf(services, adviser, args);
  if (!found) return null;
  const said = WORDS_TO_DAY.exec(found.rest);
  // "move priya to monday": no action named at all, so the format is said, with its worked example.
  if (!said) return null;
  if (found.open.length === 0) return say.noOpenActionsOfYours(found.name, found.typeAs);
  const fits = actionsNamed(found.open, said[1]!);
  const dayTyped = escapeMarkdown(said[2]!);
  if (fits.length !== 1) return say.moveWhichAction(found.name, found.lines, `move ${found.typeAs} ${(fits[0] ?? found.open[0]!).number} to ${dayTyped}`);
  const client = await clientForAdviser(planDeps(services), adviser, found.client.id);
  if (!client) return null;
  const day = readDay(said[2]!, { now: services.clock.now(), timeZone: client.timeZone });
  if (day.kind === 'past') return say.dayGoneForMove;
  // Round eleven: the command to copy, with the action's number, so nothing typed is lost.
  if (day.kind !== 'day') return say.moveDayNotRead(dayTyped, `move ${found.typeAs} ${fits[0]!.number} to Friday`);
  return (await moveAdviserAction(planDeps(services), adviser, client, fits[0]!.item, day.dueAt)).reply;
}
