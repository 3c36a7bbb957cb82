// In the safety window, a person who says "I'm not going to kill myself, I just hate the jobcentre"
// or "I didn't mean it like that" has corrected us, and should be heard, not given the crisis reply
// again. But a correction never outweighs intent: "I'm not joking", "I mean it", "not today,
// tomorrow" say the opposite, and the window treats them as a crisis. The risk reading of the
// message itself is never lowered: a message read as crisis is never a correction.
import type { RiskLevel } from './riskPatterns.ts';
import { normaliseForMatching } from './risk/normalise.ts';
import { hasMeansAtHand } from './imminentRisk.ts';

export type WindowMessage = 'intent' | 'correction' | 'hedged' | 'other';

/** Words that say the person meant it, or only put it off: the window reads these as a crisis. */
const INTENT: readonly RegExp[] = [
  /\bnot (?:joking|kidding|messing|lying)\b/,
  /(?:^|\b(?:i|i do|i really|i really do|i truly|really|totally|100 percent) )mean (?:it|every word)\b(?! (?:like|as)\b)/,
  /(?:^|\bi )mean this$/,
  /\bmeant (?:it|every word)\b(?! (?:like|as)\b)/,
  /\b(?:mean|meant) what i (?:said|say)\b/,
  /\bi am (?:being )?(?:serious|deadly serious)\b/,
  /\bnot (?:going to |doing it |do it )?(?:do it |doing it )?(?:today|tonight|yet)\b/,
  /\b(?:do it|doing it|end it) (?:tomorrow|later|soon|next|at the weekend|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/,
];

/** Words that keep a message from being a correction, though they are not intent on their own. */
const NOT_A_CORRECTION: readonly RegExp[] = [
  /\b(?:not now|right now|for now|today|tonight|tomorrow|later|soon|yet|next|weekend|when|once|until|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/,
  /\b(?:still|but) (?:want|going|will|might|could|think|feel)\b/,
  /\b(?:pills|tablets|rope|bridge|knife|note|goodbye|plan|planned|planning|serious|seriously|for real|no joke)\b/,
  /\bor (?:was|am|did|do) i\b|\bor not\b|\bmaybe\b|\bnot sure\b|\bdo not know\b/,
];

/** Words that take back, or explain, what was said. */
const CORRECTION: readonly RegExp[] = [
  /\bdid not mean (?:it|that|this|it like that|that like that)\b/,
  /\bdo not mean (?:it|that|this) like that\b/,
  /\bnot what i meant\b/,
  /\bnot like that\b/,
  /\bi meant\b/,
  /\bi was (?:only |just )?(?:joking|kidding|messing|venting|exaggerating)\b/,
  /\b(?:only|just) (?:joking|kidding|messing|a joke|venting|a figure of speech)\b/,
  /\bfigure of speech\b|\bnot literally\b|\bwrong way\b|\bwrong idea\b|\btook it wrong\b/,
  /\bnot (?:going to|gonna) (?:kill|hurt|harm) myself\b/,
  /\b(?:would|will) never (?:kill|hurt|harm) myself\b/,
  /\b(?:will|would) not (?:kill|hurt|harm) myself\b/,
  /\b(?:will|would|am) not (?:going to )?do anything\b/,
  /\bnot (?:suicidal|going to do anything)\b/,
];

/** How to read a message in the safety window, beside the risk reading of it. */
export function readWindowMessage(text: string, level: RiskLevel): WindowMessage {
  const words = normaliseForMatching(text);
  // The means at hand ("ive got my tablets here"), said after a crisis reply: danger now, whatever the words alone read as.
  if (INTENT.some((pattern) => pattern.test(words)) || hasMeansAtHand(text)) return 'intent';
  if (level === 'crisis') return 'other';
  const corrects = CORRECTION.some((pattern) => pattern.test(words));
  // "im not going to do anything stupid... probably", "i was only messing. mostly": half taken back.
  if (corrects && HEDGE.test(words)) return 'hedged';
  if (NOT_A_CORRECTION.some((pattern) => pattern.test(words))) return 'other';
  return corrects ? 'correction' : 'other';
}

const HEDGE = /\b(?:probably|prob|prolly|mostly|most days|most of the time|kind of|sort of|kinda|sorta|hopefully|i (?:do not )?think|i guess|i suppose|i hope|maybe|not sure|do not know|dunno|for now|at the moment|i do not reckon)\b/;
