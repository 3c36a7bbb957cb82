// The words of the scripted clients of round twenty-six at onboarding and the barrier questions
// (the chats are in test/journey/scriptedClientsFirstQuestions.test.ts). Each row failed before its mend.
import { describe, expect, it } from 'vitest';
import type { BarrierId } from '../../src/domain/barriers.ts';
import { readBarrierAnswer } from '../../src/domain/barrierTopics.ts';
import { nameAfterAYes, nameFrom, nameOfferedEarly } from '../../src/domain/nameWords.ts';

describe('the words of the scripted clients, round twenty-six', () => {
  it('hears a name said without "is"', () => {
    for (const [text, name] of [['my name Amina', 'Amina'], ['My name Tariq please', 'Tariq']] as const) {
      expect(nameOfferedEarly(text), text).toBe(name);
      expect(nameFrom(text), text).toBe(name);
    }
  });

  it('hears a name after more than one word of yes, and no name in "no that\'s it"', () => {
    expect(nameAfterAYes("yes that's fine my name is Marcus")).toBe('Marcus');
    expect(nameAfterAYes('ok sure im Tom')).toBe('Tom');
    for (const text of ["no that's it", 'little bit', "that's all"]) expect(nameFrom(text), text).toBeNull();
    expect(nameFrom('Mary Jane')).toBe('Mary Jane');
  });

  it('takes a trouble with the topic on screen as a yes, and keeps its words', () => {
    const rows: [BarrierId, string][] = [
      ['digital-skills', 'cant do computers'],
      ['digital-skills', "I'm useless with computers my grandson does it"],
      ['transport', 'i struggle with buses'],
      ['health', 'I use a wheelchair'],
      ['health', 'learning difficulties'],
      ['childcare-caring', "yes my son, he's 9 and autistic"],
      ['childcare-caring', 'yes my husband has cancer'],
    ];
    for (const [barrier, text] of rows) expect(readBarrierAnswer(text, barrier), text).toEqual({ kind: 'answer', value: 'yes', note: text });
  });

  it('still hears no trouble, and a trouble with another topic', () => {
    expect(readBarrierAnswer('not bad with computers', 'digital-skills')).toBeNull();
    expect(readBarrierAnswer('i cant drive', 'digital-skills')).toEqual({ kind: 'other-barrier', barrier: 'transport', note: 'i cant drive' });
    expect(readBarrierAnswer('yes I use a wheelchair', 'childcare-caring')).toEqual({ kind: 'other-barrier', barrier: 'health', note: 'yes I use a wheelchair' });
  });
});

