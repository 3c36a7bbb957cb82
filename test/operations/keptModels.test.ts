// A model trained afresh removes its older kept copies, so the cache folder does not grow by
// megabytes with every change to the corpus; the other model's copies and other files stay.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOtherKept } from '../../src/trainedModels.ts';

describe('kept models', () => {
  it('keeps only the newest copy of the model just trained', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kept-models-'));
    for (const file of ['risk-aaa111.json', 'risk-bbb222.json', 'risk-ccc333.json', 'understanding-aaa111.json', 'risk-notes.txt']) {
      writeFileSync(join(folder, file), '{}');
    }
    removeOtherKept(folder, 'risk', join(folder, 'risk-ccc333.json'));
    expect(readdirSync(folder).sort()).toEqual(['risk-ccc333.json', 'risk-notes.txt', 'understanding-aaa111.json']);
  });
});
