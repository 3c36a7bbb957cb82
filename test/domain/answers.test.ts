import { describe, expect, it } from 'vitest';
import { normaliseAnswer, parseChoice, parseNumberInRange, parseYesNo, typoDistance } from '../../src/domain/answers.ts';

describe('parseYesNo', () => {
  it.each(['yes', 'Y', 'yeah', 'Yeah!', 'ok', 'OK.', 'okay', 'sure', 'I agree', 'yes please', 'yesss', 'no problem', 'I think so', '👍'])(
    'reads %j as yes',
    (text) => expect(parseYesNo(text)).toBe('yes'),
  );

  it.each(['no', 'N', 'nope', 'nah', 'no thanks', 'No thank you.', 'not really', 'nooo', "I don't think so", '👎'])('reads %j as no', (text) => {
    expect(parseYesNo(text)).toBe('no');
  });

  it.each(['yeh', 'yh', 'go on then', 'ok fine', 'alright then', 'fine by me', 'thats fine', 'aye go on', 'yea sure'])(
    'reads %j, the way people type a yes, as yes',
    (text) => expect(parseYesNo(text)).toBe('yes'),
  );

  // Play-testing: "ye ok" at the consent question was not taken as a yes.
  it.each(['ye ok', 'ye go on', 'yh thats fine', 'yeh thats fine', 'ok go on', 'sure ye'])('reads %j, a yes said first, as yes', (text) => {
    expect(parseYesNo(text)).toBe('yes');
  });

  it.each(['na', 'nah mate', 'no ta', 'i dont want to', 'not for me', 'naw'])('reads %j, the way people type a no, as no', (text) => {
    expect(parseYesNo(text)).toBe('no');
  });

  it('trusts the first word of a longer answer unless the rest turns it', () => {
    expect(parseYesNo('yes, that sounds fine')).toBe('yes');
    expect(parseYesNo('no, not this week')).toBe('no');
    expect(parseYesNo('yes but not now')).toBeNull();
  });

  it.each(['', '   ', 'maybe', 'no idea', "I don't know", 'what?', '1', '2', 'I need to ask my mum', '👍👎'])('gives null for unclear %j', (text) => {
    expect(parseYesNo(text)).toBeNull();
  });
});

describe('parseChoice', () => {
  const hours = [
    { value: 'full-time', label: 'Full time', synonyms: ['full', 'ft'] },
    { value: 'part-time', label: 'Part time', synonyms: ['part', 'pt'] },
    { value: 'not-sure', label: 'Not sure yet' },
  ] as const;

  it('matches the value, the label or a synonym, ignoring case and punctuation', () => {
    expect(parseChoice('part-time', hours)).toBe('part-time');
    expect(parseChoice('PART TIME', hours)).toBe('part-time');
    expect(parseChoice('Full time!', hours)).toBe('full-time');
    expect(parseChoice('pt', hours)).toBe('part-time');
  });

  it('matches by position: a number, an ordinal or a number word', () => {
    expect(parseChoice('2', hours)).toBe('part-time');
    expect(parseChoice('3.', hours)).toBe('not-sure');
    expect(parseChoice('the first one', hours)).toBe('full-time');
    expect(parseChoice('option two', hours)).toBe('part-time');
    expect(parseChoice('4', hours)).toBeNull();
    expect(parseChoice('0', hours)).toBeNull();
  });

  it('can be told not to match by position', () => {
    expect(parseChoice('2', hours, { byPosition: false })).toBeNull();
  });

  it('allows a small typo in longer names, none in short ones', () => {
    expect(parseChoice('prat time', hours)).toBe('part-time');
    expect(parseChoice('not sur yet', hours)).toBe('not-sure');
    expect(parseChoice('pr', hours)).toBeNull();
  });

  it('prefers an exact value over a position', () => {
    const years = [
      { value: '2', label: 'Two years' },
      { value: '1', label: 'One year' },
    ];
    expect(parseChoice('2', years)).toBe('2');
  });

  it('gives null when two options are equally close', () => {
    const options = [
      { value: 'a', label: 'baking' },
      { value: 'b', label: 'biking' },
    ];
    expect(parseChoice('bakng', options)).toBe('a');
    expect(parseChoice('bking', options)).toBeNull();
  });

  it('gives null for empty or unrelated text', () => {
    expect(parseChoice('', hours)).toBeNull();
    expect(parseChoice('I like dogs', hours)).toBeNull();
  });
});

describe('parseNumberInRange', () => {
  it.each([
    ['7', 7],
    ['seven', 7],
    ['Seven.', 7],
    ['7/10', 7],
    ['7 / 10', 7],
    ['7 out of 10', 7],
    ['seven out of ten', 7],
    ['about 6', 6],
    ['maybe a 5 I think', 5],
    ['6.5', 7],
    ['10', 10],
    ['1', 1],
    ['6/10 today', 6],
  ])('reads %j as %i on a 1 to 10 scale', (text, expected) => {
    expect(parseNumberInRange(text, 1, 10)).toBe(expected);
  });

  it.each(['', 'not sure', '11', '0', '-3', '6 or 7', '6-7', '3/5', 'between 4 and 6', 'tuesday 8th', 'the 15th', '3pm', 'sat 7 june'])('gives null for %j on a 1 to 10 scale', (text) => {
    expect(parseNumberInRange(text, 1, 10)).toBeNull();
  });

  it('allows zero when the range does', () => {
    expect(parseNumberInRange('none', 0, 5)).toBe(0);
    expect(parseNumberInRange('zero', 0, 5)).toBe(0);
  });
});

describe('helpers', () => {
  it('normalises case, apostrophes, punctuation and emoji', () => {
    expect(normaliseAnswer("  I DON'T know!! 🤷 ")).toBe('i dont know');
    expect(normaliseAnswer('don’t')).toBe('dont');
  });

  it('counts a swap of two neighbouring letters as one typo', () => {
    expect(typoDistance('agree', 'agere')).toBe(1);
    expect(typoDistance('agree', 'agree')).toBe(0);
    expect(typoDistance('', 'abc')).toBe(3);
    expect(typoDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('long messages', () => {
  const long = 'I went to the shop and then I looked for some jobs online. '.repeat(100);
  it('are never read as a choice or a yes/no, even when they contain the words', () => {
    expect(parseChoice(`${long} yes`, [{ value: 'yes', label: 'Yes' }])).toBeNull();
    expect(parseYesNo(`yes ${long}`)).toBeNull();
  });
});

describe('words that are also JavaScript property names', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('"%s" is not a choice or a number', (word) => {
    expect(parseChoice(word, [{ value: 'a', label: 'Apples' }, { value: 'b', label: 'Pears' }])).toBeNull();
    expect(parseNumberInRange(word, 1, 10)).toBeNull();
  });
});
