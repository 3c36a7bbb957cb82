// Play-testing (round O): a name said at consent ("My name is Graham", "Graham please"), and
// "idk whats this for" at the code question, which had "That does not look like a code".
import { describe, expect, it } from 'vitest';
import { nameOfferedEarly } from '../../src/domain/nameWords.ts';
import { readCodeReply } from '../../src/domain/inviteCodeWords.ts';

describe('a name offered before it is asked', () => {
  it.each([
    ['My name is Graham', 'Graham'],
    ['Graham please', 'Graham'],
    ['hi im Tom', 'Tom'],
    ['Sam here', 'Sam'],
  ])('"%s" offers %s', (text, name) => {
    expect(nameOfferedEarly(text)).toBe(name);
  });

  it.each(['Yes please', 'No please', 'No thanks', 'Later please', 'this is weird', 'im worried', 'im not sure', 'call me back', 'ok'])('"%s" offers none', (text) => {
    expect(nameOfferedEarly(text)).toBeNull();
  });
});

describe('asking what the code is for', () => {
  it.each(['idk whats this for', 'idk what this is', 'not sure what its for', 'i dont know what this is for'])('"%s" asks what it is', (text) => {
    expect(readCodeReply(text)).toBe('asks-what');
  });
});
