// The one order escalations are listed in (src/domain/escalationOrder.ts), shared by the adviser's
// "escalations" and the local inbox: danger now, other crises, concerns, the rest; oldest first within each.
import { describe, expect, it } from 'vitest';
import { escalationTier, inEscalationOrder, saysNotSafe, type OrderFacts } from '../../src/domain/escalationOrder.ts';

const at = (time: string): Date => new Date(`2026-06-17T${time}:00Z`);
const crisis = (saidWords: string[]) => escalationTier({ reason: 'crisis', safetyKinds: 'self', saidWords });

describe('the order escalations are listed in', () => {
  it('reads danger now from the client words kept on a crisis: the means or a time, harm done, or not safe', () => {
    expect(crisis(['ive got all my tablets here and im going to take them tonight'])).toBe('danger-now');
    expect(crisis(['i want to die', 'i took a load of pills last night'])).toBe('danger-now');
    expect(crisis(['im not going to do anything stupid... probably', 'no'])).toBe('danger-now');
    expect(crisis(['i want to die', 'i dont feel safe'])).toBe('danger-now');
    expect(crisis(['i cant do this anymore i want to die', 'please dont ring me'])).toBe('crisis');
    expect(escalationTier({ reason: 'crisis', safetyKinds: 'harm-to-others', saidWords: ['ive got a knife and im going round his tonight'] })).toBe('danger-now');
    expect(escalationTier({ reason: 'concern', safetyKinds: '', saidWords: ['no'] })).toBe('concern');
    expect(escalationTier({ reason: 'client-asked', safetyKinds: '', saidWords: [] })).toBe('other');
  });

  it('hears "not safe" only as a short answer or said outright', () => {
    for (const words of ['no', 'No', 'nope', 'not really', 'im not safe', 'i do not feel safe']) expect(saysNotSafe(words), words).toBe(true);
    for (const words of ['im not going to do anything stupid probably', 'no i am going to my mums tonight and she will be there', 'ok thanks']) expect(saysNotSafe(words), words).toBe(false);
  });

  it('puts danger now first, then other crises, then concerns, then the rest by urgency; oldest first within each', () => {
    const rows: (OrderFacts & { name: string })[] = [
      { name: 'routine', tier: 'other', urgency: 'routine', createdAt: at('07:00'), number: 1 },
      { name: 'asked', tier: 'other', urgency: 'soon', createdAt: at('07:30'), number: 2 },
      { name: 'concern', tier: 'concern', urgency: 'soon', createdAt: at('08:30'), number: 3 },
      { name: 'crisis at 9', tier: 'crisis', urgency: 'urgent', createdAt: at('09:00'), number: 4 },
      { name: 'danger at 9:20', tier: 'danger-now', urgency: 'urgent', createdAt: at('09:20'), number: 5 },
      { name: 'crisis at 8', tier: 'crisis', urgency: 'urgent', createdAt: at('08:00'), number: 6 },
      { name: 'danger at 9:20, later number', tier: 'danger-now', urgency: 'urgent', createdAt: at('09:20'), number: 7 },
    ];
    expect(inEscalationOrder(rows, (row) => row).map((row) => row.name)).toEqual([
      'danger at 9:20',
      'danger at 9:20, later number',
      'crisis at 8',
      'crisis at 9',
      'concern',
      'asked',
      'routine',
    ]);
  });
});
