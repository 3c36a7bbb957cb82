// How the rules and the classifier agree on one level. The rules are trusted outright; the
// classifier can only raise the level, and its thresholds favour recall: when it is unsure between
// none and concern, it says concern. It cannot make crisis of a message whose crisis words the
// client denied ("i am not going to hurt myself"), of a threat to others said as a joke, or of a
// message built around an everyday idiom ("i want to end things with my boyfriend"); those get
// concern at most from it. A message whose only risk words are a denied concern ("i am not
// feeling hopeless") gets none from it. None of this lowers what the rules found.
import type { RiskLevel } from '../riskPatterns.ts';
import type { ClassifierScores } from './classifier.ts';
import { RISK_CATEGORIES } from './riskCategories.ts';
import { HARM_TO_OTHERS, JOKED_HARM, type RuleFindings } from './rules.ts';

export type RiskAssessment = {
  level: RiskLevel;
  /** Why, in plain words for the adviser; crisis reasons first. Empty when level is 'none'. */
  reasons: string[];
};

export type Thresholds = {
  /** The classifier says crisis at or above this crisis score, if the 'none' score times noneWeight is no higher. */
  crisis: number;
  /** How much the 'none' score counts against crisis: below 1, a crisis score a little under it still wins (recall first). */
  noneWeight: number;
  /** The classifier says concern when the crisis and concern scores together reach this. */
  concern: number;
};

const RANK: Record<RiskLevel, number> = { none: 0, concern: 1, crisis: 2 };

export function classifierLevel(scores: ClassifierScores, thresholds: Thresholds): RiskLevel {
  if (!scores.known) return 'none';
  const { crisis, concern, none } = scores.byLevel;
  if (crisis >= thresholds.crisis && crisis >= none * thresholds.noneWeight) return 'crisis';
  // The two risk levels share words ("end", "point", "any more"): together they say "at risk".
  return crisis + concern >= thresholds.concern ? 'concern' : 'none';
}

/** The level alone, and the classifier's part in it: the reasons, which cost more to find, are left to `combine`. */
export function combinedLevel(rules: RuleFindings, scores: ClassifierScores, thresholds: Thresholds): { level: RiskLevel; learned: RiskLevel } {
  let learned = classifierLevel(scores, thresholds);
  const jokedThreat = rules.joking && (scores.topCategory.crisis === 'harm-to-others' || rules.concern.has(JOKED_HARM));
  if (learned === 'crisis' && (rules.deniedCrisis || jokedThreat || rules.idiom || rules.deniedConcern)) learned = 'concern';
  // "I'm not feeling hopeless any more": the client has answered the question we would ask.
  else if (learned === 'concern' && rules.deniedConcern) learned = 'none';

  const ruled: RiskLevel = rules.crisis.size > 0 ? 'crisis' : rules.concern.size > 0 ? 'concern' : 'none';
  return { level: RANK[learned] > RANK[ruled] ? learned : ruled, learned };
}

export function combine(rules: RuleFindings, scores: ClassifierScores, thresholds: Thresholds): RiskAssessment {
  const { level, learned } = combinedLevel(rules, scores, thresholds);
  if (level === 'none') return { level, reasons: [] };

  const crisis = [...rules.crisis];
  const concern = [...rules.concern];
  if (learned === 'crisis' && crisis.length === 0) crisis.push(reasonFor(scores, 'crisis'));
  if (learned === 'concern' && level === 'concern' && concern.length === 0) {
    const unsure = scores.byLevel.crisis > scores.byLevel.concern;
    concern.push(unsure ? `perhaps ${reasonFor(scores, 'crisis')}` : reasonFor(scores, 'concern'));
  }
  // A threat read as meant ("im going to batter her. ive got a knife in my bag") is not also a joke to the adviser.
  const meant = crisis.includes(HARM_TO_OTHERS) ? concern.filter((reason) => reason !== JOKED_HARM) : concern;
  return { level, reasons: [...crisis, ...meant] };
}

function reasonFor(scores: ClassifierScores, level: 'crisis' | 'concern'): string {
  const category = scores.topCategory[level];
  return category === undefined ? 'worrying words' : RISK_CATEGORIES[category].reason;
}
