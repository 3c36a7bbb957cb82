// A few words of intent or goodbye are a crisis just after a worrying message, and only then
// (src/domain/risk/terseIntent.ts).
import { describe, expect, it } from 'vitest';
import { inContextOfWorry, isTerseIntent, MEANS_IT_REASON, TERSE_INTENT_REASON, WORRY_LOOKBACK_MS } from '../../src/domain/risk/terseIntent.ts';

const now = new Date('2026-03-04T10:00:00Z');
const none = { level: 'none' as const, reasons: [] };
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('terse intent', () => {
  it.each(['gonna do it tonight', 'im going to do it now', 'bye everyone', 'Goodbye.', 'sorry for everything', 'this is it', 'i wont be here tomorrow', 'im on the bridge', 'at the train tracks now', 'ive got them here'])(
    '%j is terse intent',
    (text) => expect(isTerseIntent(text)).toBe(true),
  );

  it.each(['ill do it on friday', 'gonna do it tonight, the cv i mean, after tea with my mum and the kids', 'bye for now, speak next week', 'sorry im late', 'i am done with my cv', 'on the bus now', 'at the jobcentre'])(
    '%j is not',
    (text) => expect(isTerseIntent(text)).toBe(false),
  );

  it('is a crisis just after a worrying message', () => {
    const earlier = [{ riskLevel: 'concern', createdAt: ago(5 * 60_000) }];
    expect(inContextOfWorry('gonna do it tonight', none, earlier, now)).toEqual({ level: 'crisis', reasons: [TERSE_INTENT_REASON] });
  });

  it('is left as it was alone, or long after the worry, or after ordinary messages', () => {
    expect(inContextOfWorry('gonna do it tonight', none, [], now)).toEqual(none);
    expect(inContextOfWorry('gonna do it tonight', none, [{ riskLevel: 'concern', createdAt: ago(WORRY_LOOKBACK_MS + 1) }], now)).toEqual(none);
    expect(inContextOfWorry('gonna do it tonight', none, [{ riskLevel: 'none', createdAt: ago(60_000) }], now)).toEqual(none);
  });

  it('never lowers what the check found, and leaves other messages alone', () => {
    const concern = { level: 'concern' as const, reasons: ['hopelessness'] };
    const earlier = [{ riskLevel: 'crisis', createdAt: ago(60_000) }];
    expect(inContextOfWorry('what time is my appointment', concern, earlier, now)).toEqual(concern);
    expect(inContextOfWorry('bye everyone', concern, earlier, now)).toEqual({ level: 'crisis', reasons: [TERSE_INTENT_REASON, 'hopelessness'] });
  });

  // Play-testing: "i mean it" after "whats the point of any of this" had been taken as no to the adviser's offer.
  it.each(['i mean it', 'I really mean it.', 'im serious', 'not joking', 'for real though', 'no i mean it'])('%j just after a hopeless message is a crisis', (text) => {
    const earlier = [{ riskLevel: 'concern', createdAt: ago(60_000), text: 'whats the point of any of this' }];
    expect(inContextOfWorry(text, none, earlier, now)).toEqual({ level: 'crisis', reasons: [MEANS_IT_REASON] });
  });

  it('"i mean it" after a worry about money or a home alone grows the worry, not the danger', () => {
    expect(inContextOfWorry('i mean it', none, [{ riskLevel: 'concern', createdAt: ago(60_000), text: 'i owe loads on my phone bill and cant pay it' }], now)).toEqual(none);
    expect(inContextOfWorry('i mean it', none, [{ riskLevel: 'none', createdAt: ago(60_000), text: 'i want a job in a warehouse' }], now)).toEqual(none);
    expect(isTerseIntent('i mean it, the warehouse job is the one i want')).toBe(false);
  });
});
