// Compiles the bot to plain JavaScript for `npm start` (run by prestart): one file,
// dist/index.mjs, with npm packages left as imports; then trains and keeps the models it loads.
// Running compiled code instead of TypeScript through tsx saves the loader's thread and caches,
// about 50 MB of resident memory, and start-up time.
import { build } from 'esbuild';
import { loadTrainedModels } from '../src/trainedModels.ts';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles one TypeScript entry point (and the project files it imports) into one .mjs file. */
export async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}

const PRODUCT_ENTRY = 'dist/index.mjs';

export function buildProduct(): Promise<void> {
  return bundle('src/index.ts', PRODUCT_ENTRY);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildProduct();
  console.log(`Built ${PRODUCT_ENTRY} in ${Date.now() - started} ms`);
  // Trained here, where memory is not capped, and kept on disk: training the risk model takes about
  // 600 MB, more than the bot's heap cap, and the bot only loads what is kept.
  for (const model of loadTrainedModels()) console.log(`The ${model.name} model was ${model.from === 'disk' ? 'already kept' : 'trained and kept'}.`);
}
