// Reads a V8 .cpuprofile (node --cpu-prof) and sums self time by function and by package or
// project file, so a slow figure can be traced to the code that costs it.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface CostLine {
  name: string;
  selfMs: number;
  share: number;
}

const bundleModules = new Map<string, Array<{ line: number; source: string }>>();

/** esbuild marks each module in a bundle with a "// src/x.ts" line: which lines came from which file. */
function modulesOfBundle(path: string): Array<{ line: number; source: string }> {
  let modules = bundleModules.get(path);
  if (!modules) {
    modules = [];
    try {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((text, index) => {
          const marker = /^\/\/ ((?:src|dialogs|bench)\/\S+\.ts)$/.exec(text);
          if (marker) modules!.push({ line: index + 1, source: marker[1]! });
        });
    } catch {
      // Not readable: the bundle's own name will do.
    }
    bundleModules.set(path, modules);
  }
  return modules;
}

/** Where a script lives: the npm package, or the project file (looked up inside a bench bundle). */
export function ownerOf(url: string, lineNumber = -1): string {
  if (!url) return '(native / idle / gc)';
  const path = url.replace(/^file:\/\//, '');
  if (path.endsWith('.mjs') && path.includes('/dist/') && !path.includes('node_modules') && lineNumber >= 0) {
    let source: string | undefined;
    for (const module of modulesOfBundle(path)) {
      if (module.line > lineNumber + 1) break;
      source = module.source;
    }
    if (source) return source;
  }
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return inModules[1]!;
  const project = /\/(src|dialogs|bench)\/(.+)$/.exec(path);
  if (project) return `${project[1]}/${project[2]}`;
  return path.startsWith('node:') ? path : path.split('/').slice(-2).join('/');
}

export interface ProfileSummary {
  /** Time spent in the owner's own code. */
  byOwner: CostLine[];
  /** Time spent with the owner anywhere on the stack (its callees included), each sample once per owner. */
  underOwner: CostLine[];
  byFunction: CostLine[];
  totalMs: number;
}

export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const underOwner = new Map<string, number>();
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  let total = 0;
  for (const [id, micros] of selfMicros) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const { url, lineNumber } = nodes.get(at)!.callFrame;
      if (url) onStack.add(ownerOf(url, lineNumber));
    }
    // The profiler stopping itself (node:inspector) is the bench's cost, not the bot's.
    if (onStack.has('node:inspector')) continue;
    total += micros;
    const owner = ownerOf(frame.url, frame.lineNumber);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    const fn = `${frame.functionName || '(anonymous)'} ${owner}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
    for (const name of onStack) underOwner.set(name, (underOwner.get(name) ?? 0) + micros);
  }

  const lines = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, selfMs: micros / 1000, share: total ? micros / total : 0 }));
  return { byOwner: lines(byOwner), underOwner: lines(underOwner), byFunction: lines(byFunction), totalMs: total / 1000 };
}
