// Listening round four: "How did that job end?" answered in the client's own words.
import { describe, expect, it } from 'vitest';
import { endingHeard, keepsHowItEndedPrivate, saysItHasNotEnded } from '../../src/domain/jobEndedWords.ts';

describe('not wanting to say how the job ended', () => {
  it.each(['long story', 'bit embarrassing tbh', 'do i have to say', 'id rather not talk about it', 'its complicated', 'do i need to answer that', 'thats private'])(
    '%j is kept private',
    (said) => expect(keepsHowItEndedPrivate(said)).toBe(true),
  );
  it.each(['they didnt renew my contract', 'i got ill', 'contract ended', 'personal reasons', 'story time: the shop shut', 'long hours wore me down', 'do i have to say, i got sacked', 'long story but the contract ended'])('%j is an answer', (said) =>
    expect(keepsHowItEndedPrivate(said)).toBe(false),
  );
});

describe('how it ended, heard', () => {
  it.each([
    ['i got ill', 'ill'], ['had to stop cos of my back', 'ill'], ['i was off sick for ages and they finished me', 'ill'],
    ['hated it so i walked out', 'hard'], ['i was being bullied by my manager so i left', 'hard'],
    ['got sacked', 'let-go'], ['they let me go after my trial', 'let-go'], ['didnt pass my probation', 'let-go'],
    ['i had a baby', 'life'], ['i moved', 'life'], ['left to look after my dad', 'life'],
    ['they didnt renew my contract', null], ['covid', null], ['it was seasonal, just over christmas', null],
  ] as const)('%j is %s', (said, heard) => expect(endingHeard(said)).toBe(heard));
});

describe('a job that has not ended', () => {
  it.each(['it hasnt ended, im still there', 'still there', 'not ended yet, i still work there'])('%j has not ended', (said) => expect(saysItHasNotEnded(said)).toBe(true));
  it.each(['i left', 'it ended badly', 'they didnt renew my contract', 'i was still there when it shut'])('%j is how it ended', (said) => expect(saysItHasNotEnded(said)).toBe(false));
});
