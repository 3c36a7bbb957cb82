// What the client can honestly be told after a handover: is anyone at work now, and if not,
// when a person will see it.
import { isWithinOfficeHours, nextOpening, openingTime, parseOfficeHours, type OpeningTime } from './officeHours.ts';

export type HandoverNews =
  | { told: true; inHours: true }
  | { told: true; inHours: false; opening: OpeningTime }
  | { told: false };

/** The two settings it reads, as config.ts parses them. */
export type AdviserHoursSettings = { ADVISER_HOURS: string; ADVISER_HOURS_TIME_ZONE: string };

export function handoverNews(config: AdviserHoursSettings, now: Date): HandoverNews {
  const hours = parseOfficeHours(config.ADVISER_HOURS);
  const zone = config.ADVISER_HOURS_TIME_ZONE;
  if (!hours || isWithinOfficeHours(hours, now, zone)) return { told: true, inHours: true };
  return { told: true, inHours: false, opening: openingTime(nextOpening(hours, now, zone), now, zone) };
}
