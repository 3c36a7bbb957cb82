// What an adviser wrote when closing an escalation, and whether closing needs it. Round four made
// the chat ask for what was done before an urgent (crisis) escalation closes; round five makes the
// card's Resolve button and the local inbox ask the same, with this one rule. Round seven: each of
// the three has the same deliberate way to close an urgent one with no note ("resolve 3 confirm",
// the card's and the inbox's "Close with no note"), and the record says that no note was given.

/** How long a box for the note lets it be (the card's and the inbox's): a few lines, not a report. */
export const MOST_CLOSING_NOTE_CHARACTERS = 1000;

/** The note as typed, trimmed; null when nothing (or only spaces) was typed, or it is not text. */
export function closingNoteFrom(typed: unknown): string | null {
  if (typeof typed !== 'string') return null;
  const note = typed.trim();
  return note.length > 0 ? note : null;
}

/** An urgent escalation still open closes only with a note; any other closes with one click. */
export function closingNeedsNote(escalation: { urgency: string; status: string }, note: string | null): boolean {
  return escalation.urgency === 'urgent' && escalation.status !== 'resolved' && note === null;
}

/**
 * How a close goes: asked for a note (nothing closed), or closed with the note. `noNote` is true
 * only when a note was needed and the adviser chose to close without one, so the record can say
 * so; one that needed no note closed with none is just closed.
 */
export type ClosingDecision = { close: false } | { close: true; note: string | null; noNote: boolean };

export function closingDecision(escalation: { urgency: string; status: string }, note: string | null, withoutNoteChosen: boolean): ClosingDecision {
  if (!closingNeedsNote(escalation, note)) return { close: true, note, noNote: false };
  return withoutNoteChosen ? { close: true, note: null, noNote: true } : { close: false };
}
