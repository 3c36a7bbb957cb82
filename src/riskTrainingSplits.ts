// The blind splits whose misses were read for rules: spent as measures, so the model trains on
// them (tens of thousands of messages in many writers' voices; they lifted crisis recall and
// everyday precision on the splits still held out, see the README). They are read from disk, not
// bundled: the same files in src/ and from the built dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './db/providerSchema.ts';
import type { LabelledMessage } from './domain/risk/riskCategories.ts';
import { parseRiskTsv } from './domain/risk/riskTsv.ts';

export const SPENT_SPLITS_DIR = join(projectRoot, 'src', 'domain', 'risk', 'corpus', 'spentSplits');

/** Every spent split's messages, in file-name order (so the model trained on them is the same each time). */
export function spentSplitMessages(dir = SPENT_SPLITS_DIR): LabelledMessage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .flatMap((name) => parseRiskTsv(readFileSync(join(dir, name), 'utf8'), name));
}
