// A client's review cadence is written in one place, by one use case, on the transaction that moves
// their review: the adviser's dialog once saved the cadence itself, before the use case ran.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, root } from './sourceFiles.ts';

function filesWhere(pattern: RegExp): string[] {
  return files.filter((path) => pattern.test(readFileSync(join(root, path), 'utf8'))).sort();
}

describe('who writes a review cadence', () => {
  it('writes reviewCadenceDays only in the cadence store', () => {
    expect(filesWhere(/data:\s*\{[^}]*reviewCadenceDays/)).toEqual(['src/db/reviewCadence.ts']);
  });

  it('names setReviewCadence only in the cadence store', () => {
    expect(filesWhere(/\bsetReviewCadence\b/)).toEqual(['src/db/reviewCadence.ts']);
  });

  it('saves a cadence only from the cadence use case', () => {
    expect(filesWhere(/\bcadence\.set\(|\bcadenceWork\.run\(/)).toEqual(['src/usecases/reviewCadenceChange.ts']);
  });
});
