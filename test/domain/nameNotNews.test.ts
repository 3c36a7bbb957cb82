// News said with a sorry is never a name: "hiya sorry phone was broke" had been kept as the name
// "Phone Was Broke", and the adviser read "Phone Was Broke replied..." (first conversations,
// December). A name said as one, even after a sorry, is still kept.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/domain/nameWords.ts';

describe('news or a sorry, never a name', () => {
  it.each([
    'hiya sorry phone was broke',
    'sorry phone was broke',
    'sorry my phone died',
    'hi sorry been busy',
    'sorry been away',
    'hiya sorry lost my phone',
    'sorry wifi was down',
    'hello sorry bus was late',
    'sorry kids were off',
    'sorry the phone died',
    'sorry internet went off',
    'phone was broke',
    'good news',
    'big news',
    'hey sorry my phone was smashed',
    'sorry battery died',
    'some news',
  ])('%j gives no name', (typed) => expect(nameFrom(typed)).toBeNull());
});

describe('a name said as one, with or without a sorry', () => {
  it.each([
    ['im sam', 'Sam'],
    ['call me daz', 'Daz'],
    ['its priya', 'Priya'],
    ['hiya its marcus', 'Marcus'],
    ['sorry, its Dev', 'Dev'],
    ['sorry im Kelly', 'Kelly'],
    ['sorry, call me Jo', 'Jo'],
    ['sorry its gaz', 'Gaz'],
    ['sorry its Ana', 'Ana'],
    ['Mary Jane', 'Mary Jane'],
    ['Anne Marie', 'Anne Marie'],
    ['Jean Paul', 'Jean Paul'],
    ['call me big T', 'Big T'],
    ['hello, my name is Amina', 'Amina'],
    ['Hope', 'Hope'],
    ['call me Kez pls', 'Kez'],
  ])('%j is %s', (typed, name) => expect(nameFrom(typed)).toBe(name));
});
