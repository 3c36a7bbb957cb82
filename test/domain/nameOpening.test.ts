// A name said first, with more after it, at "What would you like me to call you?": play-testing
// found "hi im Tom. is this going to be long? i havent got much time" lost the name and got a
// low-mood reply. The name is kept and the rest heard on its own; asking how long is answered.
import { describe, expect, it } from 'vitest';
import { nameFrom, nameOpening, statesAName } from '../../src/domain/nameWords.ts';
import { asksHowLong } from '../../src/domain/textChecks.ts';

describe('a name in the first sentence', () => {
  it.each([
    ['hi im Tom. is this going to be long? i havent got much time', 'Tom', 'is this going to be long? i havent got much time'],
    ["I'm Mohammed. I've been out of work 2 years", 'Mohammed', "I've been out of work 2 years"],
    ['call me Bex! what do i do now', 'Bex', 'what do i do now'],
  ])('%j gives %s, then %j', (text, name, rest) => {
    expect(nameOpening(text)).toEqual({ name, rest });
  });

  it.each(['hi im Tom', 'im tired. i want to stop', 'this is hard. really hard', 'Tom'])('%j gives none', (text) => {
    expect(nameOpening(text)).toBeNull();
  });
});

describe('asking how long this takes', () => {
  it.each(['is this going to be long?', 'how long will this take', 'how many more questions', 'will it take long'])('%j asks', (text) => {
    expect(asksHowLong(text)).toBe(true);
  });

  it.each(['i havent got much time', 'ring the agency, i havent got much time', 'i have been out of work a long time', 'how long is the course', 'not long now'])('%j does not', (text) => {
    expect(asksHowLong(text)).toBe(false);
  });
});

describe('the name they want to be called', () => {
  it.each([
    ['My name is Olena but everybody call me Lena', 'Lena'],
    ['Robert but everyone calls me Bob', 'Bob'],
    // Play-testing: "Graham Whitfield" had been used.
    ['My name is Graham Whitfield. You may call me Graham.', 'Graham'],
    ['Robert Smith, but call me Bob please', 'Bob'],
    ['You may call me Graham', 'Graham'],
  ])('%j is %s', (text, name) => {
    expect(nameFrom(text)).toBe(name);
  });
});

describe('a name with manners or a kiss after it (play-testing, December)', () => {
  it.each([
    ['jade x', 'Jade'],
    ['call me Gerald please', 'Gerald'],
    ["Gerald, if you don't mind.", 'Gerald'],
    ['sam thanks', 'Sam'],
    ['Xavier', 'Xavier'],
  ])('%j is %s', (typed, name) => expect(nameFrom(typed)).toBe(name));
});

// Play-testing: "ok. Dev" had "Please type just your first name".
describe('a name after a reply to the chat', () => {
  it.each([
    ['ok. Dev', 'Dev'],
    ['ok Dev', 'Dev'],
    ['Sure, its Dev', 'Dev'],
    ['sorry, Dev', 'Dev'],
    // Words that start names are taken off only with a stop or comma after them.
    ['Ye Wang', 'Ye Wang'],
    ['So Yeon', 'So Yeon'],
    ['oh, Dev', 'Dev'],
  ])('%j is %s', (typed, name) => expect(nameFrom(typed)).toBe(name));

  it.each(['ok', 'okay', 'ok fine yes', 'yes please', 'ok thanks'])('%j is no name', (typed) => expect(nameFrom(typed)).toBeNull());

  it('"ok call me Dev" says a name', () => expect(statesAName('ok call me Dev')).toBe(true));
});
