// Labelled messages written as lines of "level<TAB>message" or "level<TAB>kind<TAB>message" (the
// held-out splits, and the second opinion's training). "#" starts a comment line. Without a kind,
// each level stands in with one of its own kinds.
import type { RiskLevel } from '../riskPatterns.ts';
import { RISK_CATEGORIES, type LabelledMessage, type RiskCategory } from './riskCategories.ts';

const STAND_IN: Record<RiskLevel, RiskCategory> = { crisis: 'suicidal-thoughts', concern: 'not-coping', none: 'everyday' };

/** where: named in the error for a line that is not labelled. */
export function labelledLines(text: string, where: string): LabelledMessage[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0 && !line.startsWith('#'))
    .map((line, index) => {
      const [level, ...rest] = line.split('\t');
      if (!(level === 'crisis' || level === 'concern' || level === 'none') || rest.length === 0) {
        throw new Error(`${where} line ${index + 1}: expected "crisis|concern|none<TAB>message", got ${JSON.stringify(line)}`);
      }
      const [first, ...after] = rest;
      if (first !== undefined && first in RISK_CATEGORIES && after.length > 0) {
        return { level, category: first as RiskCategory, text: after.join('\t') };
      }
      return { level, category: STAND_IN[level], text: rest.join('\t') };
    });
}

/** The first line of a labelled set kept for measuring only: no model may train on it. */
export const NEVER_READ_MARK = '# never read:';

export function isMarkedNeverRead(text: string): boolean {
  return text.startsWith(NEVER_READ_MARK);
}

/**
 * The first line of a set read for rules but kept out of the second opinion's training: training on
 * it moved that model's reading of the never-read sets down (said in the set's own first line).
 */
export const NOT_TRAINED_ON_MARK = '# read, not trained on:';

export function isMarkedNotTrainedOn(text: string): boolean {
  return text.startsWith(NOT_TRAINED_ON_MARK);
}
