// An adviser's loose words read as the commands the coach has. Play-testing as advisers (play6/c,
// item 8): "show me sams plan", "who needs me today", "Sam", "whats up with sam", "ack 5 6",
// "ack all" and "add sam - book him on forklift course by next wed" each got the help list or a
// wrong error.
import { describe, expect, it } from 'vitest';
import { clientsNamed, readAdviserCommand, splitClientAndRest } from '../../src/domain/adviserCommandWords.ts';

describe('readAdviserCommand', () => {
  it.each([
    // Play-tested, word for word.
    ['show me sams plan', 'sam'],
    ['whats up with sam', 'sam'],
    // The brief's own.
    ['sams plan', 'sam'],
    ['plan for sam', 'sam'],
    ['open sam', 'sam'],
    ['how is sam doing', 'sam'],
    // Other ways people type it.
    ["Show me Sam's plan please", 'Sam'],
    ['show me sam\u2019s plan?', 'sam'],
    ["what's up with Sam Jones?", 'Sam Jones'],
    ['hows sam getting on', 'sam'],
    ["how's Priya", 'Priya'],
    ['how are things with tom', 'tom'],
    ['show me the plan for 2', '2'],
    ['plan of sam jones', 'sam jones'],
    ['open 3', '3'],
    ['any news on priya', 'priya'],
    ['check on tom', 'tom'],
    ["O'Brien's plan", "O'Brien"],
  ])('reads %j as the plan of %j', (said, client) => {
    expect(readAdviserCommand(said)).toEqual({ command: 'plan', client });
  });

  it.each(['who needs me today', 'who needs me', 'what needs doing', 'Who needs me most today?', 'what needs doing today', 'my clients', 'show me my caseload', 'who should i call first'])(
    'reads %j as the caseload',
    (said) => {
      expect(readAdviserCommand(said)).toEqual({ command: 'caseload' });
    },
  );

  it.each(['whats urgent', "what's urgent?", 'what is urgent today', 'anything urgent', 'show escalations', 'any escalations', 'open escalations'])(
    'reads %j as the escalations',
    (said) => {
      expect(readAdviserCommand(said)).toEqual({ command: 'escalations' });
    },
  );

  it.each([
    ['ack 5 6', [5, 6]],
    ['ack 5, 6', [5, 6]],
    ['ack 5,6', [5, 6]],
    ['ack #5 and #6', [5, 6]],
    ['acknowledge 5 & 6 & 7', [5, 6, 7]],
    ['ack 5 5', [5]],
    ['ack 12', [12]],
  ])('reads %j as acknowledging %j', (said, numbers) => {
    expect(readAdviserCommand(said)).toEqual({ command: 'ack', numbers });
  });

  it.each(['ack all', 'Ack all.', 'acknowledge all', 'ack them all', 'ack all open escalations', 'ack everything'])('reads %j as acknowledging every open one', (said) => {
    expect(readAdviserCommand(said)).toEqual({ command: 'ack-all' });
  });

  it.each(['Sam', 'sam?', 'Sam Jones', "O'Brien", 'Mary-Jane'])('reads %j, typed alone, as a name that may be a client', (said) => {
    expect(readAdviserCommand(said)).toEqual({ command: 'plan-if-named', name: said.replace('?', '') });
  });

  it.each(['help', 'hello', 'Hi', 'what can you do'])('reads %j as asking for help', (said) => {
    expect(readAdviserCommand(said)).toEqual({ command: 'help' });
  });

  it.each([
    // The exact commands are answered where they always were.
    'add sam: call the college by Friday',
    'add sam - book him on forklift course by next wed',
    'move 2: 1 to Friday',
    'done 2 1',
    'agree sam',
    'agree',
    'resume',
    'message sam: hello',
    'message',
    'resolve 5',
    'cadence sam 14',
    'style sam warm',
    // No client in the words.
    'show me my plan',
    'how is it going',
    'how are you',
    'whats the plan',
    'see you',
    'ack abc-123',
    'ack',
    'how do i contact tom',
    'what is the weather like in London today',
    '',
  ])('leaves %j alone', (said) => {
    expect(readAdviserCommand(said)).toBeNull();
  });
});

describe('clientsNamed', () => {
  const caseload = [
    { number: 1, name: 'Priya', channelName: 'Priya Shah' },
    { number: 2, name: 'Sam', channelName: 'Sam Jones' },
    { number: 3, name: 'Sam', channelName: 'Sam Okafor' },
    { number: 4, name: 'Phil', channelName: null },
    { number: 5, name: null, channelName: 'Tom Hughes' },
  ];
  const numbers = (typed: string): number[] => clientsNamed(typed, caseload).map((client) => client.number);

  it('finds a client by the name they gave, their Teams name or its first word', () => {
    expect(numbers('Priya')).toEqual([1]);
    expect(numbers('priya shah')).toEqual([1]);
    expect(numbers('Sam Okafor')).toEqual([3]);
    expect(numbers('tom')).toEqual([5]);
    expect(numbers('Sam')).toEqual([2, 3]);
  });

  it('never finds a client by part of a word', () => {
    expect(numbers('hi')).toEqual([]);
    expect(numbers('pri')).toEqual([]);
    expect(numbers('thanks')).toEqual([]);
    expect(numbers('')).toEqual([]);
  });
});

describe('splitClientAndRest', () => {
  it.each([
    ['sam: call the college by Friday', ['sam', 'call the college by Friday']],
    ['sam - book him on forklift course by next wed', ['sam', 'book him on forklift course by next wed']],
    ['sam \u2013 book him on a course', ['sam', 'book him on a course']],
    ['sam -- ring at 10:30', ['sam', 'ring at 10:30']],
    ['2: ring the college - about courses', ['2', 'ring the college - about courses']],
    ['Mary-Jane: ring her', ['Mary-Jane', 'ring her']],
    ['Mary-Jane ring her', ['Mary-Jane ring her', '']],
  ])('splits %j', (said, parts) => {
    expect(splitClientAndRest(said)).toEqual(parts);
  });
});
