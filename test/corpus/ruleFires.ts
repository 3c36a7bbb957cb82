// For a round of rules (test/corpus/rulesRoundBrief.md): runs every *_WHOLE_SETS export of one rule
// file over every labelled text we hold except the splits never read for rules (`neverRead` in
// riskTsv.ts); BAD when a set fires at a level above the message's label.
//   npx tsx test/corpus/ruleFires.ts src/domain/risk/<File>.ts
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { normaliseForMatching } from '../../src/domain/risk.ts';
import { TRAINING_CORPUS } from '../../src/domain/risk/trainingCorpus.ts';
import { labelled, type LabelledMessage } from '../../src/domain/risk/riskCategories.ts';
import { HELD_OUT } from './riskHeldOut.ts';
import { BLIND_FOURTH, BLIND_SPLITS, EVERYDAY_TWENTIETH, readRiskTsv } from './riskTsv.ts';

const RANK = { none: 0, concern: 1, crisis: 2 } as const;
const file = resolve(process.argv[2]!);
const module = await import(pathToFileURL(file).href);
const sets = Object.entries(module).filter(([name]) => name.endsWith('_WHOLE_SETS')).flatMap(([, value]) => value as [RegExp, { level: 'crisis' | 'concern'; reason: string; patterns: RegExp[] }[]][]);
const texts: LabelledMessage[] = [
  ...TRAINING_CORPUS, ...labelled(HELD_OUT), ...readRiskTsv(EVERYDAY_TWENTIETH), ...readRiskTsv(BLIND_FOURTH),
  ...BLIND_SPLITS.filter(({ neverRead }) => !neverRead).flatMap(({ file }) => readRiskTsv(file)),
  ...readRiskTsv(new URL('./riskCoachAnswersEveryday.tsv', import.meta.url)),
  ...readRiskTsv(new URL('./riskCoachAnswersEverydaySecond.tsv', import.meta.url)),
];
let bad = 0;
let ok = 0;
for (const message of texts) {
  const whole = normaliseForMatching(message.text);
  for (const [gate, groups] of sets) {
    if (!gate.test(whole)) continue;
    for (const g of groups) {
      if (!g.patterns.some((p) => p.test(whole))) continue;
      const tag = RANK[g.level] > RANK[message.level] ? 'BAD' : 'ok';
      if (tag === 'BAD') bad++; else ok++;
      console.log(`${tag} ${g.level}/${g.reason} <- ${message.level}: ${message.text}`);
    }
  }
}
console.error(`${texts.length} texts, ${ok} ok, ${bad} BAD`);
