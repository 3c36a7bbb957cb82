// Round eleven's words: two asks in one line where the second carries a colon, "her" in place of a
// client, a step taken off or reworded, "undo", a new starter's first words, and short command
// words typed with one slip. Words that are none of these are left to be read as before.
import { describe, expect, it } from 'vitest';
import { askParts } from '../../src/domain/adviserAskParts.ts';
import { withCommandWordPutRight } from '../../src/domain/adviserCommandTypos.ts';
import { readAdviserCommand } from '../../src/domain/adviserCommandWords.ts';
import { readPronounAsk, withClientNamed } from '../../src/domain/adviserPronouns.ts';
import { readStepEdit } from '../../src/domain/adviserStepEditWords.ts';

describe('two asks in one line, the second with its own words after a colon', () => {
  it.each([
    ['ack 2 and msg tom: see you thurs', ['ack 2', 'msg tom: see you thurs']],
    ['ack 4 then msg lee: see you thurs', ['ack 4', 'msg lee: see you thurs']],
    ['ack 1; msg jo bloggs: see you thurs', ['ack 1', 'msg jo bloggs: see you thurs']],
    ['ack 1 & msg jo: hi', ['ack 1', 'msg jo: hi']],
    ['ack 2 + msg lee: hi', ['ack 2', 'msg lee: hi']],
    ['agree priya and msg her: well done', ['agree priya', 'msg her: well done']],
    ['move priya review to fri and add priya: ring the college and book it by mon', ['move priya review to fri', 'add priya: ring the college and book it by mon']],
    ['esc then cl', ['esc', 'cl']],
    ['mv lee 2 to fri, msg him: moved', ['mv lee 2 to fri', 'msg him: moved']],
  ])('"%s"', (line, parts) => expect(askParts(line)).toEqual(parts));

  it.each([
    // The adviser's own words, after a colon, are never split.
    'add sam: ring the college and message his mum by fri',
    'msg tom: see you thurs and ack 2',
    'for priya: ring college fri and ack 3',
    'move priya: 2 to fri and ack 3',
    'res 4 rang him, all ok and ack 1',
    'message sam can you ring me and ack 3',
  ])('keeps "%s" whole', (line) => expect(askParts(line)).toEqual([line]));
});

describe('"her" in place of a client', () => {
  it.each([
    ['msg her: well done', 'her', 'msg Priya: well done'],
    ['message him see you tues', 'him', 'message Priya see you tues'],
    ['done her 2', 'her', 'done Priya 2'],
    ['add a step for her: update cv by fri', 'her', 'add a step for Priya: update cv by fri'],
  ])('"%s"', (words, pronoun, named) => {
    const ask = readPronounAsk(words)!;
    expect(ask.pronoun).toBe(pronoun);
    expect(withClientNamed(ask, 'Priya')).toBe(named);
  });
  it.each(['msg him', 'msg helen: hi', 'tell me about sam', 'plan sam', 'message theo: ok'])('is no pronoun ask: "%s"', (words) => expect(readPronounAsk(words)).toBeNull());
});

describe('a step taken off, reworded, or given a new day', () => {
  it.each([
    ['remove priya 2', 'take-off'],
    ["delete lee's step 1", 'take-off'],
    ['take step 2 off sams plan', 'take-off'],
    ['how do i delete a step', 'take-off'],
    ['edit the words of priyas step 2', 'change-words'],
    ['how do i edit a step', 'change-words'],
  ])('"%s" is %s', (words, kind) => expect(readStepEdit(words)).toEqual({ kind }));
  it('reads "change priya 1 to ..." as a move, for the dialog to read the day or not', () => {
    expect(readStepEdit('change priya 1 to mon')).toEqual({ kind: 'change-to', move: 'move priya 1 to mon', day: 'mon' });
    expect(readStepEdit('change priya 1 to apply for 5 jobs')).toEqual({ kind: 'change-to', move: 'move priya 1 to apply for 5 jobs', day: 'apply for 5 jobs' });
  });
  it.each(['scrap lees review', 'cancel sam review', 'change my code', 'remove', 'update'])('leaves "%s" alone', (words) => expect(readStepEdit(words)).toBeNull());
});

describe('"undo", and a new starter', () => {
  it.each(['undo', 'undo that', 'oops wrong client', 'cancel that', 'oops', 'i did the wrong one', 'oh no, put it back'])('"%s" is undo', (words) =>
    expect(readAdviserCommand(words)).toEqual({ command: 'undo' }),
  );
  it.each(['hi im new', 'new here, where do i start', "I'm new to this", 'first time using this'])('"%s" is help', (words) =>
    expect(readAdviserCommand(words)).toEqual({ command: 'help' }),
  );
  it.each(['sorry', 'undo sam'])('"%s" is neither', (words) => expect(readAdviserCommand(words)?.command).not.toBe('undo'));
});

describe('short command words typed with a slip, and a name first', () => {
  it.each([
    ['ackk 2', 'ack 2'],
    ['mvoe lee 2 to fri', 'move lee 2 to fri'],
    ['dnoe lee 2', 'done lee 2'],
    ['paln 3', 'plan 3'],
    ['lee 2 -> fri', 'move lee 2 to fri'],
    ['priya 1 to next mon', 'move priya 1 to next mon'],
    ["lee's #2 done", 'done lee 2'],
  ])('"%s" is "%s"', (typed, meant) => expect(withCommandWordPutRight(typed)).toBe(meant));
  // A slip is put right only before a number, and never a name for a command.
  it.each(['dnoe', 'paln sam', 'mvoe', 'plan 2 to fri', 'reviews 2 to 3'])('leaves "%s" as typed', (typed) => expect(withCommandWordPutRight(typed)).toBe(typed));
});
