// Pieces the rule files' whole-message sets share (four files had each written them alike).
import type { RiskPatternGroup } from '../riskPatterns.ts';

export const group = (level: 'crisis' | 'concern', reason: string, patterns: RegExp[]): RiskPatternGroup => ({ level, reason, patterns });

/** Not just after "not", "never", "no longer" or "nor": "i am not hiding my cuts" is no finding. */
export const NOT_BEFORE = String.raw`(?<!\b(?:not|never|no longer|nor) )`;

/** A gate that opens on `gate` unless `exclude` is anywhere in the message (six files had each written it). */
export const unless = (gate: string, exclude: string): RegExp => new RegExp(String.raw`^(?!.*(?:${exclude})).*(?:${gate})`);
