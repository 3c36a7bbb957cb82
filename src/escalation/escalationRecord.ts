// What we keep in an escalation's `summary` column beside the summary text: how delivery went
// (which targets have it, which failed) and how an adviser answered. Stored as JSON text.
export type DeliveryRound = 'first' | 'renotify';

/**
 * `note`: what the adviser said was done, when they closed it with words ("resolve 3 spoke to Tom, safe").
 * `noNote`: an urgent one closed deliberately with no note ("resolve 3 confirm", "Close with no note").
 */
export type AdviserResponse = { kind: 'acknowledged' | 'will-contact-today' | 'resolved'; by: string; at: string; note?: string; noNote?: true };

/** Where a copy of the card was sent, so every copy can be updated when someone answers. */
export type SentCard = { userKey: string; conversationId: string; activityId: string };

/** What the client read at the handover: whether a person was told, when, and after abuse (this chat first). */
export type StoredClientTold = { reach: 'told' | 'not-reached'; at: string; abuse: boolean };

export type EscalationRecord = {
  text: string;
  round: DeliveryRound;
  /** Target keys that have this round's message, e.g. "teams:msteams:29:abc", "webhook". */
  sent: string[];
  /** Target keys that cannot get it, with why (no stored conversation, 403, 4xx). */
  failed: Record<string, string>;
  attemptsThisRound: number;
  response: AdviserResponse | null;
  cards: SentCard[];
  /** Kept by the safety window when it tells the client (src/escalation/clientTold.ts); absent before then. */
  clientTold?: StoredClientTold;
  /** Stall facts of other reasons added to this card, not raised as cards of their own (src/escalation/stallCards.ts). */
  joined?: { reason: string; at: string }[];
};

export function emptyRecord(): EscalationRecord {
  return { text: '', round: 'first', sent: [], failed: {}, attemptsThisRound: 0, response: null, cards: [] };
}

export function readRecord(stored: string): EscalationRecord {
  try {
    const parsed = JSON.parse(stored) as Partial<EscalationRecord>;
    return { ...emptyRecord(), ...parsed, failed: { ...(parsed.failed ?? {}) }, sent: [...(parsed.sent ?? [])], cards: [...(parsed.cards ?? [])] };
  } catch {
    return emptyRecord();
  }
}

export function writeRecord(record: EscalationRecord): string {
  return JSON.stringify(record);
}
