// A labelled set of risk messages as text: lines of "level<TAB>message" or
// "level<TAB>kind<TAB>message". Without a kind, each level stands in with one of its own kinds.
import { RISK_CATEGORIES, type LabelledMessage, type RiskCategory } from './riskCategories.ts';
import type { RiskLevel } from '../riskPatterns.ts';

const STAND_IN: Record<RiskLevel, RiskCategory> = { crisis: 'suicidal-thoughts', concern: 'not-coping', none: 'everyday' };

/** source: named in the error for a line that is not labelled. */
export function parseRiskTsv(text: string, source: string): LabelledMessage[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0 && !line.startsWith('#'))
    .map((line, index) => {
      const [level, ...rest] = line.split('\t');
      if (!(level === 'crisis' || level === 'concern' || level === 'none') || rest.length === 0) {
        throw new Error(`${source} line ${index + 1}: expected "crisis|concern|none<TAB>message", got ${JSON.stringify(line)}`);
      }
      const [first, ...after] = rest;
      if (first !== undefined && first in RISK_CATEGORIES && after.length > 0) {
        return { level, category: first as RiskCategory, text: after.join('\t') };
      }
      return { level, category: STAND_IN[level], text: rest.join('\t') };
    });
}
