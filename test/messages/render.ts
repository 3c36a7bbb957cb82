// Renders every message in a words bundle with the registry's sample arguments: strings as they
// are, each function once per sample, records and lists member by member. A choice list shows
// its labels (its synonyms are what clients may type, not what the coach says).
import type { Words } from '../../src/messages/index.ts';
import { readers, samples } from '../../src/messages/samples/index.ts';

export type Rendered = { module: string; path: string; text: string; reader: 'client' | 'adviser' | 'both' };
export type Rendering = { rendered: Rendered[]; missingSamples: string[]; staleSamples: string[] };

const isChoice = (value: object): value is { value: string; label: string } => 'value' in value && 'label' in value;

export function renderAll(words: Words): Rendering {
  const result: Rendering = { rendered: [], missingSamples: [], staleSamples: [] };
  for (const [module, exports] of Object.entries(words) as [keyof Words, Record<string, unknown>][]) {
    const emit = (path: string, text: string): void => void result.rendered.push({ module, path, text, reader: readers[module] });
    walk(exports, samples[module], module, emit, result);
  }
  return result;
}

function walk(value: unknown, sampled: unknown, path: string, emit: (path: string, text: string) => void, result: Rendering): void {
  if (typeof value === 'string') return emit(path, value);
  if (typeof value === 'function') {
    const argumentLists = Array.isArray(sampled) ? (sampled as unknown[][]) : [];
    if (argumentLists.length === 0) return void result.missingSamples.push(path);
    argumentLists.forEach((args, index) => walk((value as (...args: unknown[]) => unknown)(...args), undefined, `${path}#${index + 1}`, emit, result));
    return;
  }
  if (Array.isArray(value)) return value.forEach((item, index) => walk(item, undefined, `${path}[${index}]`, emit, result));
  if (value === null || typeof value !== 'object') return;
  if (isChoice(value)) return emit(`${path}.label`, value.label);
  const node = (sampled ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(node)) if (!(key in value)) result.staleSamples.push(`${path}.${key}`);
  for (const [key, member] of Object.entries(value)) {
    if (typeof member !== 'function' && typeof member !== 'object' && key in node) result.staleSamples.push(`${path}.${key}`);
    walk(member, node[key], `${path}.${key}`, emit, result);
  }
}
