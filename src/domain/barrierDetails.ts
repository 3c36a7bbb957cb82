// Details typed at a barrier question that say no plain yes or no (play-testing, assessment round
// five): "im 8 months sober, go to AA meetings twice a week" at "Health, in body or mind" had the
// tap request and nothing kept. The client's own words are held, and kept with the answer tapped
// next, as a note beside it; recovery news gets a kind word first.
import { normaliseAnswer } from './answers.ts';
import type { BarrierId } from './barriers.ts';
import { MAX_BARRIER_NOTE_LENGTH, namesTopicOf } from './barrierTopics.ts';

const MIN_DETAIL_WORDS = 3;

// "8 months sober", "2 years clean now", "in recovery", "go to AA", "stopped drinking last year".
const RECOVERY = new RegExp(
  '\\b(?:(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|couple of)\\s*(?:days?|weeks?|wks?|months?|yrs?|years?)\\s+(?:sober|clean|dry)|' +
    '(?:sober|clean|dry) (?:for|since)|been (?:sober|clean|dry)|(?:off|stopped|quit|gave up|given up|giving up) (?:the )?(?:drink|drinking|booze|alcohol|drugs|using|gear)|' +
    'in recovery|(?:aa|na|ca) meetings?|go to (?:aa|na|ca)|(?:go to|going to|doing|attend|attending) meetings|sober now|clean now)\\b',
);
// "not sober", "i relapsed", "struggling to stay clean": no praise, the words are only kept.
const RECOVERY_TROUBLE = /\b(?:not (?:sober|clean)|relaps\w*|slipped|fell off|struggling|struggle|cant stay|hard to stay|back on)\b/;

/** "im 8 months sober", "2 years clean now": recovery news, to be met with a kind word. */
export function saysRecoveryNews(text: string): boolean {
  const words = normaliseAnswer(text);
  return RECOVERY.test(words) && !RECOVERY_TROUBLE.test(words);
}

/**
 * The client's words to keep beside the answer to the question about `barrier`, when they say more
 * about that very thing ("my landlord wants to sell the flat" at housing); null for a question back,
 * a word or two, or words about something else.
 */
export function barrierDetailToHold(text: string, barrier: BarrierId): string | null {
  const said = text.trim();
  if (said.endsWith('?') || normaliseAnswer(said).split(/\s+/).length < MIN_DETAIL_WORDS) return null;
  const aboutIt = namesTopicOf(said, barrier) || ((barrier === 'health' || barrier === 'substance-use') && saysRecoveryNews(said));
  return aboutIt ? said.slice(0, MAX_BARRIER_NOTE_LENGTH) : null;
}

/** The held detail and the answer's own note, as one note (the detail first, as it was said first). */
export function noteWithDetail(detail: string, note: string | undefined): string {
  if (!note || normaliseAnswer(detail).includes(normaliseAnswer(note))) return detail;
  return `${detail}. ${note}`.slice(0, MAX_BARRIER_NOTE_LENGTH);
}
