// Concern readings that are the very things the barrier questions ask about (money, a home,
// drinking, being alone, sleep): at those questions they are the answer's detail, not a worry to
// stop for. Low mood, hopelessness and any word of harm are never among them.

/** Reasons as the risk rules and the classifier give them (src/domain/risk/). */
export const PRACTICAL_WORRY_REASONS: ReadonlySet<string> = new Set([
  'money worries', 'may lose their home', 'drinking or drugs to cope', 'joked about hurting someone', 'feels alone', 'not eating or sleeping', 'not sleeping',
]);

/** Every reason is a practical worry. */
export function onlyPracticalWorries(reasons: readonly string[]): boolean {
  return reasons.length > 0 && reasons.every((reason) => PRACTICAL_WORRY_REASONS.has(reason));
}
