// The bench's bot and scheduler processes run compiled JavaScript, as `npm start` does, not
// TypeScript through tsx: tsx's loader thread alone would add about 50 MB to the memory figure.
import { fileURLToPath } from 'node:url';
import { bundle } from '../scripts/build.ts';

const built = new Map<string, Promise<string>>();

/** Builds bench/<name>.ts (with the app it starts) into dist/bench/<name>.mjs, once per run. */
export function compiledChild(name: 'botChild' | 'dispatchChild'): Promise<string> {
  let path = built.get(name);
  if (!path) {
    const outfile = `dist/bench/${name}.mjs`;
    path = bundle(`bench/${name}.ts`, outfile).then(() => fileURLToPath(new URL(`../${outfile}`, import.meta.url)));
    built.set(name, path);
  }
  return path;
}
