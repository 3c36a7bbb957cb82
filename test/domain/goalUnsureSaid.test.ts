// Round ten, the words alone: how a client says they have no goal in mind yet at the goal question,
// and the doubt left out of a goal said with it. The conversation: test/plan/goalQuestionRoundTen.test.ts.
import { describe, expect, it } from 'vitest';
import { ANY_PAID_WORK_GOAL, goalUnsureSaid, ideaFromSomeoneElse, withoutDoubt } from '../../src/domain/goalUnsureSaid.ts';
import { ROUND_TEN } from '../plan/goalQuestionRoundTenLines.ts';

const UNSURE_KIND = { ideas: ['ideas', 'not-knowing'], 'what-counts': ['what-counts', 'can-it-be', 'ideas'], 'feeling-unsure': ['feeling'] } as const;

describe('goalUnsureSaid', () => {
  it.each(ROUND_TEN.filter((row) => row.kind in UNSURE_KIND && !row.miss).map((row) => [row.text, row.kind] as const))('%j is heard as %s', (text, kind) => {
    expect(UNSURE_KIND[kind as keyof typeof UNSURE_KIND]).toContain(goalUnsureSaid(text));
  });

  it.each(ROUND_TEN.filter((row) => row.kind === 'direction' || row.kind === 'keep').map((row) => [row.text] as const))('%j is not heard as unsure', (text) => {
    expect(goalUnsureSaid(text)).toBeNull();
  });

  it.each([
    'update my cv', 'get a job in retail', 'no idea how to write a cv', 'i dont know how to use indeed', 'any jobs in the warehouse near me',
    'can i move my appointment', 'i lost my job last week', 'hi', 'thanks', 'find a course about animals',
  ])('%j is something else', (text) => {
    expect(goalUnsureSaid(text)).toBeNull();
  });

  it('reads "can it be anything?" as may-it-be, and "does it have to be a job" as must-it-be', () => {
    expect(goalUnsureSaid('can it be anything?')).toBe('can-it-be');
    expect(goalUnsureSaid('does it have to be a job')).toBe('what-counts');
  });
});

describe('withoutDoubt', () => {
  it.each([
    ['idk maybe update my cv', 'update my cv'],
    ['something with animals maybe', 'something with animals'],
    ['not sure, maybe get my cscs card?', 'get my cscs card?'],
    ['maybe retail? not sure', 'retail'],
    ['probably warehouse work or something', 'warehouse work'],
    ['summat with computers idk', 'summat with computers'],
    ['whatever pays', ANY_PAID_WORK_GOAL],
    ['update my cv but im not sure', 'update my cv'],
    ['get a job, not sure tho', 'get a job'],
    ['update my cv', 'update my cv'],
    ['no idea how to write a cv', 'no idea how to write a cv'],
    ['not sure', 'not sure'],
  ])('%j keeps %j', (typed, kept) => {
    expect(withoutDoubt(typed)).toBe(kept);
  });
});

describe('ideaFromSomeoneElse', () => {
  it.each([
    ['my mum says i should do care work', 'do care work'],
    ['my support worker thinks i should try cleaning', 'try cleaning'],
    ['my dad wants me to apply at tesco maybe', 'apply at tesco'],
    ['my mum says hi', null],
    ['update my cv', null],
  ])('%j gives %j', (typed, idea) => {
    expect(ideaFromSomeoneElse(typed)).toBe(idea);
  });
});
