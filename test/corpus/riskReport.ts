// Prints how assessRisk does on the held-out split, or on any labelled set you give it:
//   npx tsx test/corpus/riskReport.ts                  the held-out split
//   npx tsx test/corpus/riskReport.ts unseen.tsv       lines of "level<TAB>message" or "level<TAB>kind<TAB>message"
//   npx tsx test/corpus/riskReport.ts --misses         also list every message it got wrong
import { labelled, type LabelledMessage } from '../../src/domain/risk/riskCategories.ts';
import { HELD_OUT } from './riskHeldOut.ts';
import { describeMetrics, measureRisk } from './riskMetrics.ts';
import { readRiskTsv } from './riskTsv.ts';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const file = args.find((arg) => !arg.startsWith('--'));

function load(): LabelledMessage[] {
  if (!file) return labelled(HELD_OUT);
  try {
    return readRiskTsv(file);
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
