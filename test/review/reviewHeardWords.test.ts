// The words of play-testing reviews, round twenty-six (src/domain/reviewHeardWords.ts): what is
// heard, and what is left to the question's own reading.
import { describe, expect, it } from 'vitest';
import { asksForASmallerStep, saysNotWorkedHereYet, saysOnlyADay, tellsAStory, tellsOfALoss, worriesAboutBeingToldOff } from '../../src/domain/reviewHeardWords.ts';

describe('the words of round twenty-six', () => {
  it('hears a loss, and not a phone that died', () => {
    for (const text of ['my dad passed away last week', 'lost my nan', 'the funeral was friday', 'my mum died']) expect(tellsOfALoss(text), text).toBe(true);
    for (const text of ['my phone died', 'dead tired', 'i died of embarrassment', 'the battery died on me', 'they closed down']) expect(tellsOfALoss(text), text).toBe(false);
  });

  it('hears no work in the UK yet, and not news of the step', () => {
    for (const text of ['no I not work in UK yet', 'i never work here before', 'not had job in england', 'never had a job']) expect(saysNotWorkedHereYet(text), text).toBe(true);
    for (const text of ['I call them, they say send CV', 'they were nice', 'i didnt work on it', 'work here is hard']) expect(saysNotWorkedHereYet(text), text).toBe(false);
  });

  it('hears a worry about being told off, and leaves benefits to the adviser', () => {
    for (const text of ['will my adviser be angry?', 'is she going to be cross with me', 'am i in trouble', 'is that going to get me in trouble']) {
      expect(worriesAboutBeingToldOff(text), text).toBe(true);
    }
    for (const text of ['will i lose my benefits', 'am i in trouble with my benefits', 'they were angry', 'my mum was angry', 'i got in trouble at school']) {
      expect(worriesAboutBeingToldOff(text), text).toBe(false);
    }
  });

  it('hears "smaller step maybe" as no step, and a smaller step with words as one', () => {
    for (const text of ['smaller step maybe', 'a smaller one', 'something easier']) expect(asksForASmallerStep(text), text).toBe(true);
    for (const text of ['ring a smaller agency', 'ok', 'look up the number']) expect(asksForASmallerStep(text), text).toBe(false);
  });

  it('hears a day alone, and not a job with a day', () => {
    for (const text of ['friday', 'next tuesday', 'by the 20th', 'in two weeks']) expect(saysOnlyADay(text), text).toBe(true);
    for (const text of ['work in a shop', 'the shop', 'a', '6', 'retail from monday']) expect(saysOnlyADay(text), text).toBe(false);
  });

  it('hears a story, and not a short answer or a question', () => {
    expect(tellsAStory('so I rang them on tuesday and the woman was lovely and said they have work')).toBe(true);
    for (const text of ['done', 'i rang them on tuesday', 'so I rang them on tuesday and the woman was lovely, is that ok?']) expect(tellsAStory(text), text).toBe(false);
  });
});
