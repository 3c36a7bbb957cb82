// Every button a client can tap and every command they can type must read as none: a button
// that raised a crisis would stop coaching for everyone who tapped it.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { ASSESSMENT_STEPS } from '../../src/domain/assessmentSteps.ts';
import * as barriers from '../../src/domain/barriers.ts';
import * as locus from '../../src/domain/locusOfControl.ts';
import { en } from '../../src/messages/index.ts';
import { readers } from '../../src/messages/samples/index.ts';

/** Every string a module exports: plain strings, arrays, records, and functions given sample words. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      return textsIn((value as (...args: unknown[]) => unknown)('Sam', ASSESSMENT_STEPS[0], 'care work'));
    } catch {
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn);
  return [];
}

// Buttons and commands are short and are not sentences; ids such as "no-point-trying" are never shown.
const isButtonOrCommand = (text: string) => text.split(/\s+/).length <= 6 && !/[.?!:]$/.test(text) && !/^[a-z]+(?:-[a-z]+)+$/.test(text);

// What clients see and type: the words layer's modules a client reads, and the recognisers' words.
const modules = (Object.keys(en) as (keyof typeof en)[]).filter((name) => readers[name] !== 'adviser').map((name) => en[name]);
const words = [...new Set([...modules, barriers, locus].flatMap(textsIn).filter(isButtonOrCommand))];

describe('the product’s own words read as none', () => {
  it('finds the buttons and commands', () => {
    expect(words).toEqual(expect.arrayContaining(['Go through it all', 'No more steps', 'how am i doing', 'Not now']));
  });

  it.each(words)('%j -> none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });
});
