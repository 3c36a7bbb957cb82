// What the client can honestly be told after a handover: is anyone at work now, and if not,
// when a person will see it.
import type { Config } from '../config.ts';
import { isWithinOfficeHours, nextOpening, openingTime, parseOfficeHours, type OpeningTime } from './officeHours.ts';

export type HandoverNews =
  | { told: true; inHours: true }
  | { told: true; inHours: false; opening: OpeningTime }
  | { told: false };

export function handoverNews(config: Pick<Config, 'ADVISER_HOURS' | 'ADVISER_HOURS_TIME_ZONE'>, now: Date): HandoverNews {
  const hours = parseOfficeHours(config.ADVISER_HOURS);
  const zone = config.ADVISER_HOURS_TIME_ZONE;
  if (!hours || isWithinOfficeHours(hours, now, zone)) return { told: true, inHours: true };
  return { told: true, inHours: false, opening: openingTime(nextOpening(hours, now, zone), now, zone) };
}
