// Prints how assessRisk does on the held-out split, or on any labelled set you give it:
//   npx tsx test/corpus/riskReport.ts                  the held-out split
//   npx tsx test/corpus/riskReport.ts unseen.tsv       lines of "level<TAB>message" (crisis, concern or none)
//   npx tsx test/corpus/riskReport.ts --misses         also list every message it got wrong
import { readFileSync } from 'node:fs';
import { labelled, type LabelledMessage, type RiskCategory } from '../../src/domain/risk/riskCategories.ts';
import type { RiskLevel } from '../../src/domain/riskPatterns.ts';
import { HELD_OUT } from './riskHeldOut.ts';
import { describeMetrics, LEVELS, measureRisk } from './riskMetrics.ts';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const file = args.find((arg) => !arg.startsWith('--'));

function readTsv(path: string): LabelledMessage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0 && !line.startsWith('#'))
    .map((line, index) => {
      const [level, ...rest] = line.split('\t');
      if (!LEVELS.includes(level as RiskLevel) || rest.length === 0) {
        throw new Error(`${path} line ${index + 1}: expected "crisis|concern|none<TAB>message", got ${JSON.stringify(line)}`);
      }
      const category: RiskCategory = level === 'crisis' ? 'suicidal-thoughts' : level === 'concern' ? 'not-coping' : 'everyday';
      return { level: level as RiskLevel, category, text: rest.join('\t') };
    });
}

function load(): LabelledMessage[] {
  if (!file) return labelled(HELD_OUT);
  try {
    return readTsv(file);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

const messages = load();
const metrics = measureRisk(messages);
console.log(describeMetrics(file ?? 'Held-out split', metrics));
if (showMisses) {
  console.log('\nWrong:');
  for (const { message, got, reasons } of metrics.misses) {
    console.log(`  ${message.level} -> ${got}  [${message.category}] ${message.text}${reasons.length ? `  (${reasons.join('; ')})` : ''}`);
  }
}
