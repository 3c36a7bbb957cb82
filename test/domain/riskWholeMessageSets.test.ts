// The pieces rule files share (src/domain/risk/wholeMessageSets.ts).
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { unless } from '../../src/domain/risk/wholeMessageSets.ts';

describe('unless(gate, exclude)', () => {
  const gate = unless(String.raw`\bin case\b|\bi am gone\b`, String.raw`\bholiday\b|\bflight\b`);

  it('opens on any of the gate\'s words', () => {
    expect(gate.test('the papers are in the drawer in case')).toBe(true);
    expect(gate.test('when i am gone they will find them')).toBe(true);
  });

  // Written as "^(?!.*x|y).*a|b" the exclusion guarded only the first word of each, and the gate's
  // second word opened anywhere in the message.
  it('stays shut when any excluded word is anywhere in the message, whichever gate word is there', () => {
    expect(gate.test('passports in the drawer in case, for the holiday')).toBe(false);
    expect(gate.test('i am gone on the flight on friday')).toBe(false);
    expect(gate.test('booked the flight, i am gone for a week')).toBe(false);
  });

  // The gate searches its two parts apart (faster); rules that build on its source get one expression
  // that must read every message the same way.
  it('reads a message as its one-expression source does', () => {
    const whole = new RegExp(gate.source);
    for (const text of ['in case', 'holiday in case', 'in case holiday', 'i am gone', 'the flight i am gone', 'nothing here', 'in case of a flight delay i am gone']) {
      expect(gate.test(text)).toBe(whole.test(text));
    }
  });
});

// A set's exclusions are for look-alikes. One that shuts on words nearly every client types
// (every "I'm" is normalised to "i am") silently switches the set off for the people it is for:
// the hundred-and-eighth file's "never get up again" set did, and no count of false alarms shows it.
describe('every whole-message set in the rule files', async () => {
  const folder = new URL('../../src/domain/risk/', import.meta.url);
  const files = readdirSync(folder).filter((file) => file.endsWith('Patterns.ts'));
  const gates: { name: string; shuts: RegExp }[] = [];
  for (const file of files) {
    const module: Record<string, unknown> = await import(new URL(file, folder).href);
    for (const [name, sets] of Object.entries(module)) {
      if (!name.endsWith('_WHOLE_SETS') || !Array.isArray(sets)) continue;
      sets.forEach(([gate]: [RegExp], index) => {
        const shuts = (gate as { shuts?: unknown }).shuts;
        if (shuts instanceof RegExp) gates.push({ name: `${file} ${name}[${index}]`, shuts });
      });
    }
  }

  it('are found (the check below reads something)', () => {
    expect(gates.length).toBeGreaterThan(1000);
  });

  // Not "myself" or "life": sets for harm from others rightly shut on "hit myself", "life hits me".
  const EVERY_CLIENTS_WORDS = ['i am', 'i', 'me', 'my', 'it', 'the', 'a', 'and', 'to', 'so', 'just', 'really', 'want', 'feel', 'now', 'anymore', 'everyone', 'nobody', 'die'];
  it.each(EVERY_CLIENTS_WORDS)('none shuts on "%s" said alone', (words) => {
    expect(gates.filter(({ shuts }) => shuts.test(words)).map(({ name }) => name)).toEqual([]);
  });
});
