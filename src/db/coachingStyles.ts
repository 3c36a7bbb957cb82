// The coaching style a client gets: from their latest locus-of-control band, with any
// override their adviser has set.
import { applyStyleOverride, styleForBand, type CoachingStyle, type StyleOverride } from '../domain/coachingStyle.ts';
import type { LocusBand } from '../domain/locusOfControl.ts';
import type { Database } from './database.ts';

export async function coachingStyleFor(db: Database, clientId: string): Promise<CoachingStyle> {
  const [latest, client] = await Promise.all([
    db.locusResult.findFirst({ where: { clientId }, orderBy: { takenAt: 'desc' }, select: { band: true } }),
    db.client.findUnique({ where: { id: clientId }, select: { styleOverride: true } }),
  ]);
  const style = styleForBand((latest?.band as LocusBand | undefined) ?? null);
  if (!client?.styleOverride) return style;
  return applyStyleOverride(style, JSON.parse(client.styleOverride) as StyleOverride);
}
