// "resolve 3 spoke to Tom, safe, GP tomorrow", "resolve tom: spoke to him", "resolve 3 confirm":
// the escalation meant, and what the adviser said was done. Play-testing as an IPS employment
// specialist (round four): "resolve tom" closed a crisis where danger may be now at once, with no
// word of what was done. An urgent one now closes only with a note or "confirm"
// (dialogs/adviserEscalationCommands.ts asks); the note is kept on the escalation's record.
import type { Adviser } from '../src/db/advisers.ts';
import type { EscalationWithClient } from '../src/db/escalations.ts';
import type { CoachServices } from '../src/services.ts';
import { escalationByName, namedRows } from './adviserEscalationByName.ts';

/** The escalation (null when no such one is open), the note, and whether "confirm" was typed; or a reply (which one, none for that name). */
export type ResolveTarget = { escalation: EscalationWithClient | null; note: string | null; confirmed: boolean } | { reply: string };

// Round seven: "no note", "without a note", "nothing to add" and a slipped "confrim" close it too,
// as the card's and the inbox's "Close with no note" do; the record says no note was given.
const CONFIRM = /^(?:conf(?:irm|rim|im|imr|irn)(?:ed)?|yes|yes,? close it|close it|close|ok|okay|(?:close )?(?:with )?no note|(?:close )?without (?:a )?note|nothing to (?:add|note|say))[.!]?$/i;
const MOST_NAME_WORDS = 3;

/**
 * `visible`: the escalations not closed that the adviser can see, read once here whatever runs of
 * words are tried as the name (round six: up to four reads). `byNumberOrId`: the open escalation a
 * number ("3", "#3") or an id picks, or null.
 */
export async function resolveTarget(
  services: CoachServices,
  adviser: Adviser,
  typed: string,
  visible: () => Promise<EscalationWithClient[]>,
  byNumberOrId: (reference: string) => Promise<EscalationWithClient | null>,
): Promise<ResolveTarget> {
  const numbered = /^#?(\d{1,9})(?:\s*[:,\u2013\u2014-]?\s+(.+))?$/s.exec(typed);
  if (numbered) return withNote(await byNumberOrId(numbered[1]!), numbered[2]);
  const rows = await namedRows(services, adviser, await visible());
  const whole = await escalationByName(services, 'resolve', typed, rows);
  if (whole && 'escalation' in whole) return withNote(whole.escalation, undefined);
  // "resolve tom spoke to him, safe": the name is the first words, the rest is what was done.
  const words = typed.split(' ');
  for (let count = Math.min(MOST_NAME_WORDS, words.length - 1); count >= 1; count--) {
    const name = words.slice(0, count).join(' ').replace(/[:,\u2013\u2014-]+$/, '');
    const named = await escalationByName(services, 'resolve', name, rows);
    if (named && 'escalation' in named) return withNote(named.escalation, words.slice(count).join(' '));
  }
  return whole ?? withNote(await byNumberOrId(typed), undefined);
}

function withNote(escalation: EscalationWithClient | null, typed: string | undefined): ResolveTarget {
  const note = (typed ?? '').replace(/^[\s:,\u2013\u2014-]+/, '').trim();
  if (CONFIRM.test(note)) return { escalation, note: null, confirmed: true };
  return { escalation, note: note || null, confirmed: false };
}
