// Turns a labelled TSV ("intent<TAB>message" per line) into training modules for the understanding
// model under src/domain/understanding/corpus/, each under 300 lines. Messages already in the
// corpus or in a held-out set are left out (the held-out sets must stay unseen).
//   npx tsx scripts/understandingCorpusFromTsv.ts <file.tsv> <name> "<who wrote it, for the header>"
import { existsSync, writeFileSync } from 'node:fs';
import { corpus, intents, type Intent } from '../src/domain/understanding/corpus.ts';
import { heldOut } from '../test/corpus/heldOut.ts';
import { readIntentTsv } from '../test/corpus/intentTsv.ts';

const [file, name, about] = process.argv.slice(2);
if (!file || !name || !about) {
  console.error('usage: npx tsx scripts/understandingCorpusFromTsv.ts <file.tsv> <name> "<about>"');
  process.exit(1);
}
const BLIND = new URL('../test/corpus/understandingBlind.tsv', import.meta.url);
const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const taken = new Set(
  [...intents.flatMap((intent) => [...corpus[intent], ...heldOut[intent]]), ...(existsSync(BLIND) ? readIntentTsv(BLIND).map((row) => row.text) : [])].map(key),
);
const byIntent = new Map<Intent, string[]>();
let skipped = 0;
for (const { intent, text } of readIntentTsv(file)) {
  if (taken.has(key(text))) {
    skipped++;
    continue;
  }
  taken.add(key(text));
  byIntent.set(intent, [...(byIntent.get(intent) ?? []), text]);
}

const LINES_PER_FILE = 250;
const parts: string[][] = [[]];
for (const [intent, texts] of byIntent) {
  const lines = [`  ${JSON.stringify(intent)}: [`, ...texts.map((text) => `    ${JSON.stringify(text)},`), '  ],'];
  if (parts.at(-1)!.length + lines.length > LINES_PER_FILE) parts.push([]);
  parts.at(-1)!.push(...lines);
}
const constName = (part: number) => `${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_${part}`;
parts.forEach((lines, index) => {
  const body = [
    `// ${about} (part ${index + 1} of ${parts.length}). Generated from a TSV by scripts/understandingCorpusFromTsv.ts.`,
    `import type { Intent } from '../corpus.ts';`,
    '',
    `export const ${constName(index + 1)}: Partial<Record<Intent, readonly string[]>> = {`,
    ...lines,
    '};',
    '',
  ].join('\n');
  writeFileSync(`src/domain/understanding/corpus/${name}${index + 1}.ts`, body);
});
console.log(`${parts.length} file(s) for ${name} (${skipped} already known): ${parts.map((_, i) => constName(i + 1)).join(', ')}`);
