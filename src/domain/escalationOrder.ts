// The one order escalations are read in, in chat ("escalations") and on the local inbox page:
// danger now first (a crisis where the client has the means at hand, an act with a time, harm
// already done, or said they are not safe), then every other crisis, then a concern, then the rest
// by urgency; within a tier, the one raised longest ago first, then by number. Play-testing as a
// busy adviser (December): two urgent crises were listed oldest first, so "i want to die" said at
// 9am sat above "ive got all my tablets here and im going to take them tonight" said at 9:20.
import { dangerNowFor, readSafeAnswer } from './imminentRisk.ts';
import { normaliseForMatching } from './risk/normalise.ts';
import { parseSafetyKinds } from './safetyKind.ts';
import { URGENCY_ORDER, type EscalationUrgency } from './escalationTriggers.ts';

export type EscalationTier = 'danger-now' | 'crisis' | 'concern' | 'other';

/** What the tier is read from: the row's reason and kinds, and every message of the client's kept on it. */
export type TierFacts = {
  reason: string;
  /** As stored: comma-separated kinds of risk, the leading one first. */
  safetyKinds: string;
  /** The client's words kept on the escalation (its notes), oldest first. */
  saidWords: readonly string[];
};

/** What the order needs of an escalation. */
export type OrderFacts = { tier: EscalationTier; urgency: string; createdAt: Date; number: number | null };

// "no", "nope", "not really", "idk" to "Are you safe right now?": short, as the answer to that question is.
const SHORT_ANSWER_WORDS = 4;
const SAYS_NOT_SAFE = /\bnot (?:feel(?:ing)? )?safe\b/;

/** True when the words say the client is not safe: "no" (and the like) as a short answer, or "not safe" said. */
export function saysNotSafe(text: string): boolean {
  const words = normaliseForMatching(text).trim();
  if (SAYS_NOT_SAFE.test(words)) return true;
  return words.split(/\s+/).length <= SHORT_ANSWER_WORDS && readSafeAnswer(text) === 'not-safe';
}

export function escalationTier(facts: TierFacts): EscalationTier {
  if (facts.reason === 'crisis') {
    const kinds = parseSafetyKinds(facts.safetyKinds);
    return facts.saidWords.some((text) => dangerNowFor(kinds, text) !== null || saysNotSafe(text)) ? 'danger-now' : 'crisis';
  }
  return facts.reason === 'concern' ? 'concern' : 'other';
}

const TIER_RANK: Record<EscalationTier, number> = { 'danger-now': 0, crisis: 1, concern: 2, other: 3 };

function rank(facts: OrderFacts): number[] {
  const urgency = URGENCY_ORDER[facts.urgency as EscalationUrgency] ?? URGENCY_ORDER.routine;
  return [TIER_RANK[facts.tier], urgency, facts.createdAt.getTime(), facts.number ?? Number.MAX_SAFE_INTEGER];
}

/** Below zero when `a` comes first (see above); the caseload puts its clients in this order too. */
export function compareEscalations(a: OrderFacts, b: OrderFacts): number {
  const [first, second] = [rank(a), rank(b)];
  for (let i = 0; i < first.length; i++) if (first[i] !== second[i]) return first[i]! - second[i]!;
  return 0;
}

/** Most in need first (see above), the tier read by escalationTier. The items come back as given. */
export function inEscalationOrder<T>(items: readonly T[], factsOf: (item: T) => OrderFacts): T[] {
  return [...items].sort((a, b) => compareEscalations(factsOf(a), factsOf(b)));
}
