// How `npm start` runs the bot, read from package.json, so the start-up test and the memory
// benchmark run the bot exactly as users do: the same environment and the same node flags.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface StartCommand {
  /** VAR=value settings in front of the command, e.g. MALLOC_ARENA_MAX. */
  env: Record<string, string>;
  /** Node flags before the entry point, e.g. --max-old-space-size=192 --import tsx. */
  nodeArgs: string[];
  /** The entry point and anything after it. */
  entry: string[];
}

export function parseStartScript(script: string): StartCommand {
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  if (words.shift() !== 'node') throw new Error(`The start script should run node, not: ${script}`);
  const nodeArgs: string[] = [];
  while (words.length > 0 && words[0]!.startsWith('-')) {
    const flag = words.shift()!;
    nodeArgs.push(flag);
    // Flags such as --import take the next word as their value.
    if (!flag.includes('=') && ['--import', '--require', '-r'].includes(flag)) nodeArgs.push(words.shift()!);
  }
  return { env, nodeArgs, entry: words };
}

export function startCommand(): StartCommand {
  const packageJson = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { scripts: { start: string } };
  return parseStartScript(packageJson.scripts.start);
}

const LOADER_FLAGS = ['--import', '--require', '-r'];

/** Node flags without a loader and its value: what another entry point can run with as well. */
export function flagsWithoutLoaders(nodeArgs: readonly string[]): string[] {
  return nodeArgs.filter(
    (flag, at) => !LOADER_FLAGS.includes(flag) && !LOADER_FLAGS.includes(nodeArgs[at - 1] ?? '') && !LOADER_FLAGS.some((loader) => flag.startsWith(`${loader}=`)),
  );
}

/**
 * The environment and node flags alone (no loader, no entry point): for a process with another
 * entry. Every engine flag is kept, not only the heap sizes, so the benchmarks measure the bot as
 * users run it.
 */
export function memorySettings(): { env: Record<string, string>; nodeFlags: string[] } {
  const { env, nodeArgs } = startCommand();
  return { env, nodeFlags: flagsWithoutLoaders(nodeArgs) };
}
