// One rule group in a line, for the rule files' whole-message sets (four files had written it alike).
import type { RiskPatternGroup } from '../riskPatterns.ts';

export const group = (level: 'crisis' | 'concern', reason: string, patterns: RegExp[]): RiskPatternGroup => ({ level, reason, patterns });
