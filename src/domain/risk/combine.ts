// How the rules and the classifier agree on one level. The rules are trusted outright; the
// classifier can only raise the level, and its thresholds favour recall: when it is unsure between
// none and concern, it says concern. It cannot make crisis of a message whose crisis words the
// client denied ("i am not going to hurt myself"), of a threat to others said as a joke, or of a
// message built around an everyday idiom ("i want to end things with my boyfriend"); those get
// concern at most from it. A message whose only risk words are a denied concern ("i am not
// feeling hopeless") gets none from it, and so does a day or a time alone (risk/dateOnlyAnswer.ts).
// None of this lowers what the rules found. After it, a second
// model may lift or lower the model's own crisis (withSecondOpinion, below).
import type { RiskLevel } from '../riskPatterns.ts';
import type { ClassifierScores } from './classifier.ts';
import { isOnlyDayWords } from './dateOnlyAnswer.ts';
import { isOnlyEverydayApologyOrNerves } from './everydayOnlyAnswer.ts';
import { isOnlyAStepOrItsDay } from './stepDayOnlyAnswer.ts';
import { isOnlyTakingItBack } from './takenBackOnlyAnswer.ts';
import { isOnlyNewsOfBeingKeptOn } from './goodNewsOnlyAnswer.ts';
import { isOnlyEverydayInterruption } from './interruptionOnlyAnswer.ts';
import { isOnlyCannotAttend } from './cannotAttendOnlyAnswer.ts';
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
  // A day or a time alone ("thursday sorry i mean friday"), only an everyday apology or nerves
  // ("sorry for being a pain"), only words taken back ("i was only joking"), or only the news of being
  // kept on at work ("theyve taken me on permanent"), is the models' to read as nothing.
  let learned = modelsMayNotRaise(rules.text) ? 'none' : classifierLevel(scores, thresholds);
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

export type SecondOpinionThresholds = {
  /** It lifts a message the first reading left short of crisis when its crisis score reaches this. */
  lift: number;
  /** A crisis the first model found alone (no rule) stays crisis when the second's crisis score reaches this, */
  keep: number;
  /** or when the first model's own crisis score reaches this. */
  sure: number;
};

/**
 * The second opinion's part (risk/secondOpinion.ts). It lifts to crisis a message the first reading
 * left short, when it is sure, unless the client denied it, joked or used an idiom (as the first
 * model's crisis gives way to those), or a rule heard them say they would not. A crisis that no rule
 * found, only the first model, and that the second opinion does not share, becomes concern: a
 * check-in, not the crisis reply ("car's in the garage till tues" had been read as a plan), unless
 * the first model was sure of it. A rule's crisis is never lowered. A crisis found in one sentence
 * is judged by that sentence.
 */
export function withSecondOpinion(
  first: RiskAssessment,
  reading: {
    rules: RuleFindings;
    scores: ClassifierScores;
    secondCrisis: number;
    /** Whether a rule found the crisis (in the message or one sentence), and the most either model gave any sentence. */
    bySentence: () => { ruled: boolean; firstCrisis: number; secondCrisis: number };
  },
  thresholds: SecondOpinionThresholds,
): RiskAssessment {
  const { rules, scores, secondCrisis } = reading;
  if (first.level === 'crisis') {
    if (rules.crisis.size > 0 || secondCrisis >= thresholds.keep || scores.byLevel.crisis >= thresholds.sure) return first;
    const sentences = reading.bySentence();
    if (sentences.ruled || sentences.secondCrisis >= thresholds.keep || sentences.firstCrisis >= thresholds.sure) return first;
    // With no rule's crisis, the first reason is the model's crisis: the rest are the rules' concern.
    const [learned, ...rest] = first.reasons;
    return { level: 'concern', reasons: learned === undefined ? [] : [...new Set([`perhaps ${learned}`, ...rest])] };
  }
  if (!scores.known || secondCrisis < thresholds.lift) return first;
  if (rules.deniedCrisis || rules.joking || rules.idiom || rules.deniedConcern || rules.concern.has(SAID_NOT) || rules.concern.has(JOKED_HARM) || modelsMayNotRaise(rules.text)) return first;
  return { level: 'crisis', reasons: [...new Set([reasonFor(scores, 'crisis'), ...first.reasons.filter((reason) => !reason.startsWith('perhaps '))])] };
}

/** A whole message the trained models may not raise (a day alone, an everyday apology, ...): only the rules read it. */
export function modelsMayNotRaise(normalised: string): boolean {
  return isOnlyDayWords(normalised) || isOnlyEverydayApologyOrNerves(normalised) || isOnlyTakingItBack(normalised) || isOnlyNewsOfBeingKeptOn(normalised) || isOnlyEverydayInterruption(normalised) || isOnlyCannotAttend(normalised) || isOnlyAStepOrItsDay(normalised);
}

// "thought about the razor for a second but nah": a rule heard them take it back.
const SAID_NOT = RISK_CATEGORIES['said-not'].reason;

function reasonFor(scores: ClassifierScores, level: 'crisis' | 'concern'): string {
  const category = scores.topCategory[level];
  return category === undefined ? 'worrying words' : RISK_CATEGORIES[category].reason;
}
