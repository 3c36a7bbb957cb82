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

/** Where a script lives: the npm package, or the project file. */
export function ownerOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return inModules[1]!;
  const project = /\/(src|dialogs|bench)\/(.+)$/.exec(path);
  if (project) return `${project[1]}/${project[2]}`;
  return path.startsWith('node:') ? path : path.split('/').slice(-2).join('/');
}

export function summarizeProfile(file: string, top = 15): { byOwner: CostLine[]; byFunction: CostLine[]; totalMs: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of selfMicros) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    total += micros;
    const owner = ownerOf(frame.url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    const fn = `${frame.functionName || '(anonymous)'} ${owner}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  }
  const lines = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, selfMs: micros / 1000, share: total ? micros / total : 0 }));
  return { byOwner: lines(byOwner), byFunction: lines(byFunction), totalMs: total / 1000 };
}
