// The intent model's reading checked against the words: "bad" had been read as good news, and
// answered "That is good to hear. I am glad." (play-testing, at a 1 to 10 question and a barrier).
import { describe, expect, it } from 'vitest';
import { soundsBad } from '../../src/domain/intentGuards.ts';
import { modelReading } from '../../dialogs/intentReading.ts';

describe('words that say something is bad', () => {
  it.each(['bad', 'pretty bad', 'its awful', 'terrible'])('"%s" sounds bad', (text) => expect(soundsBad(text)).toBe(true));
  it.each(['not bad', 'not too bad', 'good', 'badly want a job'])('"%s" does not', (text) => expect(soundsBad(text)).toBe(false));

  it.each(['bad', 'pretty bad'])('"%s" is never heard as good news', (text) => {
    expect(modelReading(text, 'choice').intent).not.toBe('feeling-good');
  });
});
