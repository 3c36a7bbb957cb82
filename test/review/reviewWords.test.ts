// The review's words, as play-testing found clients type them: no more steps, a step taken back at
// "When will you do it?", and "What happened?" already saying it was hard.
import { describe, expect, it } from 'vitest';
import { saysItWasHard, saysNoMoreSteps, takesBackTheStep } from '../../src/domain/reviewWords.ts';

describe('review words', () => {
  it.each([
    'nah thats it', "that's it", 'nothing else', 'no thats all', 'nope', 'none', 'thats everything', 'im good', "I'm good thanks",
    'wdym i said thats it', 'No more steps', 'not right now', 'no i dont want another step', 'i dont need one',
  ])('"%s" is no more steps', (words) => expect(saysNoMoreSteps(words)).toBe(true));

  it.each(['call the agency', 'apply for 2 jobs', 'nothing else but apply for jobs', 'get my cv done', 'ask my PA for help', 'im good at fixing bikes', 'done'])(
    '"%s" is a step (or not a no), not "no more steps"',
    (words) => expect(saysNoMoreSteps(words)).toBe(false),
  );

  it.each(['no more steps', 'i said thats it', 'no i dont want another step', 'forget it', 'scrap that', 'i didnt mean a step', 'no'])(
    '"%s" at "When will you do it?" takes the step back',
    (words) => expect(takesBackTheStep(words)).toBe(true),
  );

  it.each(['next friday', 'tomorrow', 'in two weeks', 'no idea', 'not sure', 'friday i think'])('"%s" is not the step taken back', (words) =>
    expect(takesBackTheStep(words)).toBe(false),
  );

  it.each(['i just couldnt', 'idk i just couldnt', 'it was too much', 'struggled with it', 'had a bad week'])('"%s" says it was hard', (words) =>
    expect(saysItWasHard(words)).toBe(true),
  );

  it.each(['ran out of time', 'my laptop broke', 'i did 2 adverts', 'went to the jobcentre'])('"%s" does not say it was hard', (words) =>
    expect(saysItWasHard(words)).toBe(false),
  );
});
