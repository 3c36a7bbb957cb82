// What the client can honestly be told after a handover: was a person told at all, is anyone at
// work now, and if not, when a person will see it. "Told" means the escalation reached someone, or
// will (a retry is under way, or the local inbox shows it); never only that it was recorded.
import { isWithinOfficeHours, nextOpening, openingTime, parseOfficeHours, type OpeningTime } from './officeHours.ts';

export type HandoverNews =
  | { told: true; inHours: true }
  /** opening: as the client hears it ("tomorrow at 9am"); opensAt: the moment, for the adviser's card. */
  | { told: true; inHours: false; opening: OpeningTime; opensAt: Date }
  /** notReached: we keep their details, but nobody could be given the escalation. Otherwise we keep none. */
  | { told: false; notReached?: true };

/** The two settings it reads, as config.ts parses them. */
export type AdviserHoursSettings = { ADVISER_HOURS: string; ADVISER_HOURS_TIME_ZONE: string };

/** Whether the client's adviser has what they said: told, nobody could be reached, or no details kept. */
export type AdviserReach = 'told' | 'not-reached' | 'no-details';

export function handoverNews(config: AdviserHoursSettings, now: Date, reach: AdviserReach = 'told'): HandoverNews {
  if (reach === 'no-details') return { told: false };
  if (reach === 'not-reached') return { told: false, notReached: true };
  const hours = parseOfficeHours(config.ADVISER_HOURS);
  const zone = config.ADVISER_HOURS_TIME_ZONE;
  if (!hours || isWithinOfficeHours(hours, now, zone)) return { told: true, inHours: true };
  const opensAt = nextOpening(hours, now, zone);
  return { told: true, inHours: false, opening: openingTime(opensAt, now, zone), opensAt };
}
