// The coaching style a client gets: from their latest locus-of-control band, with any
// override their adviser has set.
import { applyStyleOverride, styleForBand, type CoachingStyle, type StyleOverride } from '../domain/coachingStyle.ts';
import type { LocusBand } from '../domain/locusOfControl.ts';
import { readClientFacts } from './clientFacts.ts';
import type { Database } from './database.ts';

/** Pass the client row when the turn has it already: its override then needs no second read. */
export async function coachingStyleFor(db: Database, who: string | { id: string; styleOverride: string | null }): Promise<CoachingStyle> {
  const clientId = typeof who === 'string' ? who : who.id;
  const [{ facts }, client] = await Promise.all([
    readClientFacts(db, clientId),
    typeof who === 'string' ? db.client.findUnique({ where: { id: clientId }, select: { styleOverride: true } }) : who,
  ]);
  return coachingStyleOf(facts.locusBand, client?.styleOverride ?? null);
}

/** The style for a band already read this turn, with the client's override (a JSON column). */
export function coachingStyleOf(band: LocusBand | null, styleOverride: string | null): CoachingStyle {
  const style = styleForBand(band);
  if (!styleOverride) return style;
  return applyStyleOverride(style, JSON.parse(styleOverride) as StyleOverride);
}
