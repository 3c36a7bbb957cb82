// Pure reading of what a busy adviser types (play-testing as advisers, December): the day of an
// action read where it is said, the client inside "add a step for sam", and command words typed
// in a hurry put right, while a client's name is never taken for a command.
import { describe, expect, it } from 'vitest';
import { clientOfAdd, readAdviserAction, readDay } from '../../src/domain/adviserActionWords.ts';
import { cadenceDaysIn, withCommandWordPutRight } from '../../src/domain/adviserCommandTypos.ts';

// Wednesday 17 June 2026, 10am in London.
const context = { now: new Date('2026-06-17T09:00:00Z'), timeZone: 'Europe/London' };

describe('an adviser action and its day', () => {
  it.each([
    ['pop by the jobcentre with him on friday', 'pop by the jobcentre with him'],
    ['go by bus with him to the interview by monday', 'go by bus with him to the interview'],
    ['better-off calculation by Friday', 'better-off calculation'],
    ['send him 3 vacancies tomorrow', 'send him 3 vacancies'],
  ])('keeps every word of %j but the day', (typed, text) => {
    expect(readAdviserAction(typed, context)).toMatchObject({ kind: 'dated', text });
  });

  it('says when there is no day, a day gone, or a day it cannot read', () => {
    expect(readAdviserAction('call the housing team.', context)).toEqual({ kind: 'no-day', text: 'call the housing team' });
    expect(readAdviserAction('drop by the jobcentre', context)).toEqual({ kind: 'no-day', text: 'drop by the jobcentre' });
    expect(readAdviserAction('ring the college by yesterday', context)).toEqual({ kind: 'past', text: 'ring the college' });
    expect(readAdviserAction('ring the college by the twelfth of never', context)).toEqual({ kind: 'unread', text: 'ring the college' });
    expect(readDay('last monday', context)).toEqual({ kind: 'past' });
    expect(readDay('blah', context)).toEqual({ kind: 'unread' });
    expect(readDay('friday', context).kind).toBe('day');
  });

  it.each([
    ['a step for sam', 'sam'],
    ['an action for 2', '2'],
    ['for Sam Jones', 'Sam Jones'],
    ["to sam's plan", 'sam'],
    ['to sams plan', 'sam'],
    ['sam', 'sam'],
    ['Tom Reid', 'Tom Reid'],
  ])('finds the client in "add %s"', (reference, client) => {
    expect(clientOfAdd(reference)).toBe(client);
  });
});

describe('command words typed in a hurry', () => {
  it.each([
    ['caseloda', 'caseload'],
    ['casload', 'caseload'],
    ['escalatons', 'escalations'],
    ['esclations', 'escalations'],
    ['reslove 12', 'resolve 12'],
    ['close 12', 'resolve 12'],
    ['closed tom', 'resolve tom'],
    ['acked 4 5', 'ack 4 5'],
    ['mesage sam: hi', 'message sam: hi'],
  ])('reads %j as %j', (typed, meant) => {
    expect(withCommandWordPutRight(typed)).toBe(meant);
  });

  it.each(['Agnes', 'Steve', 'Carla', 'Rosie', 'Sasha Jones', 'ack 12', 'add sam: call him by friday', 'plan sam', 'ok thanks', 'constructor', 'hasOwnProperty 3'])(
    'leaves %j as typed',
    (typed) => {
      expect(withCommandWordPutRight(typed)).toBe(typed);
    },
  );

  it('reads a cadence said in words', () => {
    expect([cadenceDaysIn('weekly'), cadenceDaysIn('fortnightly'), cadenceDaysIn('monthly'), cadenceDaysIn('14'), cadenceDaysIn('constructor')]).toEqual([7, 14, 28, 14, null]);
  });
});

describe('a day and month just gone', () => {
  it('is a day gone, not the same day next year', () => {
    expect(readDay('12 june', context)).toEqual({ kind: 'past' });
    expect(readAdviserAction('ring the college by 12 June', context)).toEqual({ kind: 'past', text: 'ring the college' });
    expect(readAdviserAction('on 12 june ring the college', context)).toEqual({ kind: 'past', text: 'ring the college' });
    // Later this year, or a year said, is read as said.
    expect(readAdviserAction('ring the college by 12 July', context)).toMatchObject({ kind: 'dated' });
    expect(readDay('12 june 2027', context).kind).toBe('day');
    expect(readDay('3 march', context).kind).toBe('day');
  });
});
