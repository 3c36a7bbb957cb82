// Play-testing 2026-12-08: at "What would you like me to call you?", "shop work maybe" had "Nice to
// meet you, Shop Work Maybe", "to pay rent" was read as a name, and "its jo, well joanne" had
// "Please type just your first name". Work, money or a hedge is no name; a name put right is taken.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/domain/nameWords.ts';

describe('work, money or a hedge at the name question', () => {
  it.each(['shop work maybe', 'care work probably', 'warehouse job maybe', 'to pay rent', 'need money for bills', 'retail work perhaps'])('%j is no name', (text) => {
    expect(nameFrom(text)).toBeNull();
  });

  it.each([
    ['its jo, well joanne', 'Joanne'],
    ['im dave i mean david', 'David'],
    ['Sam', 'Sam'],
    ['call me dave', 'Dave'],
    ['Mary Jane', 'Mary Jane'],
  ])('%j is called %j', (text, name) => {
    expect(nameFrom(text)).toBe(name);
  });
});
