// Turns a labelled TSV ("level<TAB>kind<TAB>message" per line) into training modules under
// src/domain/risk/corpus/, each under 300 lines, so the domain stays free of file reads.
//   npx tsx scripts/riskCorpusFromTsv.ts <file.tsv> <name> "<who wrote it, for the header>"
import { readFileSync, writeFileSync } from 'node:fs';
import { RISK_CATEGORIES, type RiskCategory } from '../src/domain/risk/riskCategories.ts';

const [file, name, about] = process.argv.slice(2);
if (!file || !name || !about) {
  console.error('usage: npx tsx scripts/riskCorpusFromTsv.ts <file.tsv> <name> "<about>"');
  process.exit(1);
}
const LINES_PER_FILE = 260;

const byCategory = new Map<RiskCategory, string[]>();
readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .forEach((line, index) => {
    const [level, category, ...rest] = line.split('\t');
    const text = rest.join(' ').trim();
    const known = category !== undefined && category in RISK_CATEGORIES ? RISK_CATEGORIES[category as RiskCategory] : undefined;
    if (!known || known.level !== level || text.length === 0) throw new Error(`${file} line ${index + 1}: ${JSON.stringify(line)}`);
    byCategory.set(category as RiskCategory, [...(byCategory.get(category as RiskCategory) ?? []), text]);
  });

const chunks: string[][] = [];
let current: string[] = [];
for (const [category, texts] of byCategory) {
  for (const text of texts) {
    if (current.length >= LINES_PER_FILE) {
      chunks.push(current);
      current = [];
    }
    current.push(`  [${JSON.stringify(category)}, ${JSON.stringify(text)}],`);
  }
}
if (current.length > 0) chunks.push(current);

const constName = (part: number) => `${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_${part}`;
chunks.forEach((lines, index) => {
  const part = index + 1;
  const body = [
    `// ${about} (part ${part} of ${chunks.length}). Generated from a TSV by scripts/riskCorpusFromTsv.ts.`,
    `import type { RiskCategory } from '../riskCategories.ts';`,
    '',
    `export const ${constName(part)}: readonly (readonly [RiskCategory, string])[] = [`,
    ...lines,
    '];',
    '',
  ].join('\n');
  writeFileSync(`src/domain/risk/corpus/${name}${part}.ts`, body);
});
console.log(`${chunks.length} file(s) written for ${name}: ${chunks.map((_, i) => constName(i + 1)).join(', ')}`);
