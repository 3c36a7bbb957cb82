// Figures for a labelled set run through assessRisk: the confusion matrix, recall per level,
// precision, and how many everyday messages were left alone. Used by riskReport.ts and the tests.
import { assessRisk } from '../../src/domain/risk.ts';
import type { LabelledMessage } from '../../src/domain/risk/riskCategories.ts';
import type { RiskLevel } from '../../src/domain/riskPatterns.ts';

export const LEVELS: readonly RiskLevel[] = ['crisis', 'concern', 'none'];

export type Miss = { message: LabelledMessage; got: RiskLevel; reasons: string[] };

export type RiskMetrics = {
  total: number;
  /** matrix[expected][got] */
  matrix: Record<RiskLevel, Record<RiskLevel, number>>;
  crisisRecall: number;
  /** Concern messages given concern or crisis. */
  concernRecall: number;
  /** Crisis and concern messages given concern or crisis. */
  riskRecall: number;
  /** Of the messages given crisis, how many were labelled crisis. */
  crisisPrecision: number;
  /** Of the messages given concern or crisis, how many were labelled concern or crisis. */
  riskPrecision: number;
  benignRight: number;
  misses: Miss[];
};

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function measureRisk(messages: readonly LabelledMessage[]): RiskMetrics {
  const matrix = Object.fromEntries(LEVELS.map((level) => [level, { crisis: 0, concern: 0, none: 0 }])) as RiskMetrics['matrix'];
  const misses: Miss[] = [];
  for (const message of messages) {
    const { level, reasons } = assessRisk(message.text);
    matrix[message.level][level] += 1;
    if (level !== message.level) misses.push({ message, got: level, reasons });
  }
  const row = (level: RiskLevel) => matrix[level].crisis + matrix[level].concern + matrix[level].none;
  const flagged = (level: RiskLevel) => matrix[level].crisis + matrix[level].concern;
  const givenCrisis = LEVELS.reduce((sum, level) => sum + matrix[level].crisis, 0);
  const givenRisk = LEVELS.reduce((sum, level) => sum + flagged(level), 0);
  return {
    total: messages.length,
    matrix,
    crisisRecall: ratio(matrix.crisis.crisis, row('crisis')),
    concernRecall: ratio(flagged('concern'), row('concern')),
    riskRecall: ratio(flagged('crisis') + flagged('concern'), row('crisis') + row('concern')),
    crisisPrecision: ratio(matrix.crisis.crisis, givenCrisis),
    riskPrecision: ratio(flagged('crisis') + flagged('concern'), givenRisk),
    benignRight: ratio(matrix.none.none, row('none')),
    misses,
  };
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

export function describeMetrics(title: string, metrics: RiskMetrics): string {
  const lines = [
    `${title}: ${metrics.total} messages`,
    '',
    'labelled \\ given   crisis  concern     none',
    ...LEVELS.map((level) => `${level.padEnd(16)} ${LEVELS.map((got) => String(metrics.matrix[level][got]).padStart(8)).join(' ')}`),
    '',
    `crisis recall            ${percent(metrics.crisisRecall)}`,
    `concern recall (>=)      ${percent(metrics.concernRecall)}`,
    `concern-or-crisis recall ${percent(metrics.riskRecall)}`,
    `crisis precision         ${percent(metrics.crisisPrecision)}`,
    `concern-or-crisis prec.  ${percent(metrics.riskPrecision)}`,
    `benign right             ${percent(metrics.benignRight)}`,
  ];
  return lines.join('\n');
}
