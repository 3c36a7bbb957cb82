// A no at "Is it OK for me to keep your answers?" is a refusal only when it is about keeping
// answers. Play-testing found "no code" taken as a refusal, with no check.
import { describe, expect, it } from 'vitest';
import { saysNoToSomethingElse } from '../../src/domain/consentWords.ts';
import { needsCheck, readChoice } from '../../src/domain/partialAnswers.ts';

const consent = [
  { value: 'yes', label: 'Yes, that is OK', synonyms: ['ok', 'sure'] },
  { value: 'no', label: 'No thanks', synonyms: ['no', 'nope'] },
];

describe('a no at the consent question', () => {
  it.each(['no code', 'no idea', 'nope no code yet', 'no, my adviser has not given me one'])('"%s" is about something else: checked', (text) => {
    expect(saysNoToSomethingElse(text)).toBe(true);
    expect(needsCheck(text, 'consent')).toBe(true);
    expect(readChoice(text, consent, 'consent')).toBeNull();
  });

  it.each(['no', 'No thanks', 'nope', 'no thank you', 'no im good', 'no i dont want you to keep it', 'nah not ok', 'no way', "no I'd rather not"])(
    '"%s" is a refusal',
    (text) => {
      expect(saysNoToSomethingElse(text)).toBe(false);
      expect(readChoice(text, consent, 'consent')).toBe('no');
    },
  );

  it.each(['ye ok', 'yeh thats fine', 'ok go on', 'sure ye'])('"%s" is a yes', (text) => {
    expect(readChoice(text, consent, 'consent')).toBe('yes');
  });

  // Play-testing, round seven: a British hello had been taken as consent.
  it.each(['alright', 'Alright mate', 'you alright?', 'hiya alright'])('"%s" is a hello, never consent: checked', (text) => {
    expect(needsCheck(text, 'consent')).toBe(true);
    expect(readChoice(text, consent, 'consent')).toBeNull();
  });

  it('checks only where the question asks for it', () => {
    expect(needsCheck('no code', undefined)).toBe(false);
    expect(readChoice('no code', consent)).toBe('no');
  });
});
