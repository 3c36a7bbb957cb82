// Prints how `understand` does on the held-out split, or on any labelled set you give it:
//   npx tsx test/corpus/understandingReport.ts                 the held-out split
//   npx tsx test/corpus/understandingReport.ts unseen.tsv      lines of "intent<TAB>message"
//   npx tsx test/corpus/understandingReport.ts --misses        also list every message it got wrong
import { intents, understand } from '../../src/domain/understanding.ts';
import { heldOut } from './heldOut.ts';
import { readIntentTsv, type LabelledIntent } from './intentTsv.ts';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
const rows: LabelledIntent[] = file ? readIntentTsv(file) : intents.flatMap((intent) => heldOut[intent].map((text) => ({ intent, text })));
const wrong = rows.map((row) => ({ ...row, got: understand(row.text).intent })).filter((row) => row.got !== row.intent);
console.log(`${file ?? 'Held-out split'}: ${rows.length} messages, ${(100 * (1 - wrong.length / rows.length)).toFixed(1)}% right`);
for (const intent of intents) {
  const mine = rows.filter((row) => row.intent === intent);
  if (mine.length === 0) continue;
  const missed = wrong.filter((row) => row.intent === intent).length;
  console.log(`  ${intent.padEnd(15)} ${String(mine.length).padStart(4)}  ${(100 * (1 - missed / mine.length)).toFixed(0).padStart(3)}%`);
}
if (args.includes('--misses')) for (const row of wrong) console.log(`  ${row.intent} -> ${row.got}  ${row.text}`);
