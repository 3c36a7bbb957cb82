// The pieces rule files share (src/domain/risk/wholeMessageSets.ts).
import { describe, expect, it } from 'vitest';
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
