// The code question: the code read from the words around it, and why a reply was not a code.
import { describe, expect, it } from 'vitest';
import { inviteCodeCandidates, readCodeReply, saysNoCode } from '../../src/domain/inviteCodeWords.ts';

describe('reading an invite code from what was typed', () => {
  it.each([
    ['KPT7QZ', 'KPT7QZ'],
    ['kpt 7qz', 'KPT7QZ'],
    ['my code is K7P 4QX', 'K7P4QX'],
    ['yes its DEMO', 'DEMO'],
    ['its k7p4qx thanks', 'K7P4QX'],
  ])('"%s" holds %s', (text, code) => {
    expect(inviteCodeCandidates(text)).toContain(code);
  });

  it('tries a part with a digit before the plain words', () => {
    expect(inviteCodeCandidates('hello there my code is here K7P4QX')[1]).toBe('K7P4QX');
  });
});

describe('why a reply was not a code', () => {
  it.each([
    ['yes thats fine', 'yes-without-code'],
    ['yeah i have one', 'yes-without-code'],
    ['shop work maybe, or cleaning. i did 8 yrs at a care home', 'not-a-code'],
    ['no idea what that is', 'not-a-code'],
    ['XYZ999', null],
    ['my code is K7P 4QX', null],
    ['DEMO', null],
    // Asked, not answered: "what is a code" had got "That does not look like a code" (play-testing).
    ['what is a code', 'asks-what'],
    ['where do i get one?', 'asks-what'],
    // An ESOL client (play-testing, December) had "That does not look like a code".
    ['code? i not understand', 'asks-what'],
    ['sorry i dont understand', 'asks-what'],
  ] as const)('"%s" is %s', (text, reply) => {
    expect(readCodeReply(text)).toBe(reply);
  });
});

describe('no code, however it is said', () => {
  // Play-testing: "dont hav 1" had "That does not look like a code."
  it.each(['dont hav 1', 'dont have one', 'no i dont', 'nope never got one', 'i havent got one', 'they didnt give me one', 'not been given one', 'i never got a code', 'none'])(
    '"%s" says there is none',
    (text) => expect(saysNoCode(text)).toBe(true),
  );

  it.each(['K7P 4QX', 'yes its DEMO', 'i got one', 'where do i get one?', 'what code', 'hang on', 'i dont know what that is'])('"%s" does not', (text) => {
    expect(saysNoCode(text)).toBe(false);
  });
});
