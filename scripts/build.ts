// Compiles the bot to plain JavaScript for `npm start` (run by prestart): one file,
// dist/index.mjs, with npm packages left as imports; then trains and keeps the models it loads.
// Running compiled code instead of TypeScript through tsx saves the loader's thread and caches,
// about 50 MB of resident memory, and start-up time.
import { build } from 'esbuild';
import { loadTrainedModels } from '../src/trainedModels.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles one TypeScript entry point (and the project files it imports) into one .mjs file. */
export async function bundle(entry: string, outfile: string): Promise<void> {
  const code = await bundledCode(entry);
  const wide = nonAsciiLines(code);
  if (wide.length > 0) {
    throw new Error(
      `${entry} bundles characters outside ASCII (write them as \\u escapes, e.g. /[\\u2019']/), at:\n${wide.slice(0, 5).join('\n')}`,
    );
  }
  mkdirSync(dirname(join(root, outfile)), { recursive: true });
  writeFileSync(join(root, outfile), code);
}

/** The bundle's code, not written anywhere. */
export async function bundledCode(entry: string): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    write: false,
    outfile: 'bundle.mjs',
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Lines holding a character outside ASCII, each as "line: text". Node keeps a module's source in
 * memory for as long as it runs, and one such character stores the whole bundle at two bytes a
 * character: about 5 MB more for ours. esbuild escapes them in strings itself, but not in regular
 * expressions or String.raw, so those are written with \u escapes.
 */
export function nonAsciiLines(code: string): string[] {
  const found: string[] = [];
  code.split('\n').forEach((line, at) => {
    if (/[^\x00-\x7f]/.test(line)) found.push(`${at + 1}: ${line.trim().slice(0, 120)}`);
  });
  return found;
}

const PRODUCT_ENTRY = 'dist/index.mjs';

export function buildProduct(): Promise<void> {
  return bundle('src/index.ts', PRODUCT_ENTRY);
}

/**
 * What `npm start` does before it runs the bot: build, then train and keep the models here, where
 * memory is not capped. Trained inside the bot on a fresh clone, the risk model had taken its heap
 * to the cap (out of memory at 160 MB); the bot now only loads what is kept.
 */
export async function buildForStart(say: (line: string) => void = () => {}): Promise<void> {
  const started = Date.now();
  await buildProduct();
  say(`Built ${PRODUCT_ENTRY} in ${Date.now() - started} ms`);
  for (const model of loadTrainedModels()) say(`The ${model.name} model was ${model.from === 'disk' ? 'already kept' : 'trained and kept'}.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildForStart((line) => console.log(line));
}
