// A client who changes their mind in the middle of a message: "disagree sorry i mean agree", "go to
// the job centre on tuesday no actually wednesday". Play-testing, round twenty-three: a man of 23
// on voice typing had the first word kept as his answer, and "on tuesday no actually" kept in his
// plan as part of a step. What was said last is what they mean.
const TAKEN_BACK = /\s*[,.]?\s*\b(?:(?:no|know|nah|sorry|oh) (?:actually|wait|sorry|i mean|make (?:it|that))|sorry i meant|i mean|i meant|actually no|or rather|scratch that)\b[\s,.]*/gi;

/** The words after the last change of mind, or the text as it was if there is none, or nothing after it. */
export function saidLast(text: string): string {
  const parts = text.split(TAKEN_BACK).map((part) => part.trim());
  const last = parts.at(-1);
  return parts.length > 1 && last ? last : text;
}
