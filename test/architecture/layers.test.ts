// The house's floors, read from the code's own imports: each folder may import its own floor and
// the floors below it, never one above; Prisma only in src/db; botbuilder only where a turn or an
// outbound message is handled. A new file outside every floor fails too, so the map stays whole.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, root } from './sourceFiles.ts';

/** Lowest first. A file belongs to the floor of the longest prefix its path starts with. */
const FLOORS: readonly { floor: number; prefixes: readonly string[] }[] = [
  { floor: 1, prefixes: ['src/domain/', 'src/boundedMap.ts', 'src/types/'] },
  { floor: 2, prefixes: ['src/messages/', 'src/log.ts', 'src/turnLog.ts', 'src/requestIds.ts'] },
  { floor: 3, prefixes: ['src/db/', 'src/trainedModels.ts', 'src/riskSecondOpinionCorpus.ts'] },
  { floor: 4, prefixes: ['src/config.ts', 'src/cards/'] },
  { floor: 5, prefixes: ['src/usecases/', 'src/privacy/', 'src/plan/', 'src/metrics.ts'] },
  // Everything that sends through the Bot Framework shares the bot's floor: outbound messages,
  // escalation delivery and the scheduler's reminders. A sender port below them is the next step.
  { floor: 7, prefixes: ['src/bot/', 'dialogs/', 'src/channels/', 'src/escalation/', 'src/scheduler/', 'src/services.ts', 'src/usecases/wiring.ts'] },
  { floor: 8, prefixes: ['src/web/', 'src/server.ts', 'src/serverBody.ts', 'src/metricsRoutes.ts', 'src/metricsTurns.ts'] },
  { floor: 9, prefixes: ['src/app.ts', 'src/index.ts', 'src/db/cli/'] },
];

const BOTBUILDER_FLOORS = new Set([7, 8, 9]);

function floorOf(path: string): number | undefined {
  let best: { floor: number; length: number } | undefined;
  for (const { floor, prefixes } of FLOORS) {
    for (const prefix of prefixes) {
      if (path.startsWith(prefix) && (!best || prefix.length > best.length)) best = { floor, length: prefix.length };
    }
  }
  return best?.floor;
}

/** Every module a file imports or re-exports, static or dynamic, with type-only imports too. */
function importsOf(path: string): string[] {
  const source = readFileSync(join(root, path), 'utf8');
  const found = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s+'([^']+)'/g)];
  return found.map((match) => match[1] ?? match[2] ?? match[3]!);
}

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(root, resolve(root, dirname(from), specifier));
}

describe('the floors of the house', () => {
  it('places every source file on a floor', () => {
    expect(files.filter((path) => floorOf(path) === undefined)).toEqual([]);
  });

  it('has no import from a lower floor to a higher one', () => {
    const upward = files.flatMap((path) =>
      importsOf(path)
        .map((specifier) => resolveLocal(path, specifier))
        .filter((target): target is string => target !== null && !target.startsWith('src/generated/'))
        .filter((target) => (floorOf(target) ?? 0) > floorOf(path)!)
        .map((target) => `${path} (floor ${floorOf(path)}) -> ${target} (floor ${floorOf(target)})`),
    );
    expect(upward).toEqual([]);
  });

  it('imports Prisma only in src/db', () => {
    const outside = files.filter(
      (path) =>
        !path.startsWith('src/db/') &&
        importsOf(path).some((specifier) => specifier.startsWith('@prisma/') || (resolveLocal(path, specifier) ?? '').startsWith('src/generated/')),
    );
    expect(outside).toEqual([]);
  });

  it('imports botbuilder only where turns and outbound messages are handled', () => {
    const below = files.filter(
      (path) => !BOTBUILDER_FLOORS.has(floorOf(path)!) && importsOf(path).some((specifier) => /^botbuilder|^botframework/.test(specifier)),
    );
    expect(below).toEqual([]);
  });

  it('keeps every source file under 300 lines', () => {
    const long = files.filter((path) => readFileSync(join(root, path), 'utf8').split('\n').length > 300);
    expect(long).toEqual([]);
  });
});
