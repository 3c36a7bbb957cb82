// A goal and its first step said in one message: "get a job as a teaching assistant by september,
// first I'll update my CV this week and then apply to 3 schools". Play-testing, round twenty-one: a
// mother of two who answers several questions at once had the whole message kept as the goal and
// as its step, by the day asked after it. The goal is the words before "first"; the step, after.
// "first aid" is a course, not a first step ("do a free online first aid course", round eight).
const FIRST_STEP = /^(.{6,}?)\s*(?:[,.;:-]+\s*|\s+and\s+|\s+)(?:so\s+|and\s+)?first(?:ly)?(?!\s+aid\b)(?:\s+of\s+all)?[,:]?\s+(?:(?:i\s*(?:'|\u2019)?ll|ill|i\s+will|i\s+am\s+going\s+to|i(?:'|\u2019)?m\s+going\s+to|im\s+going\s+to|im\s+gonna|i\s+need\s+to|i\s+want\s+to|i\s+have\s+to|i\s+can)\s+)?(.{4,})$/i;

/** The goal and its first step, when said together with "first"; null otherwise. */
export function goalThenFirstStep(text: string): { aim: string; step: string } | null {
  const said = FIRST_STEP.exec(text.trim());
  if (!said) return null;
  const aim = said[1]!.trim();
  const step = said[2]!.trim();
  return aim.split(/\s+/).length >= 2 && step.split(/\s+/).length >= 2 ? { aim, step } : null;
}

// Round twenty-two: "update my CV on Monday and then apply to 3 places" had been kept as one step,
// its day (said in the middle) never read. Two steps, each with the day said with it.
const THEN_NEXT = /^(.{4,}?)\s*(?:,\s*|\s+)(?:and\s+)?then\s+(?:(?:i\s*(?:'|\u2019)?ll|ill|i\s+will|i\s+can|i\s+am\s+going\s+to|im\s+going\s+to)\s+)?(.{4,})$/i;

/** A step said as two in order ("update my CV on Monday and then apply to 3 places"); null otherwise. */
export function stepThenNext(step: string): { first: string; then: string } | null {
  const said = THEN_NEXT.exec(step.trim());
  if (!said) return null;
  const first = said[1]!.replace(/[\s,]+$/, '').trim();
  const then = said[2]!.trim();
  return first.split(/\s+/).length >= 2 && then.split(/\s+/).length >= 2 ? { first, then } : null;
}
