// The intent model's reading checked against the words: "bad" had been read as good news, and
// answered "That is good to hear. I am glad." (play-testing, at a 1 to 10 question and a barrier).
import { describe, expect, it } from 'vitest';
import { asksForSomeoneToTalkTo, namesTheAdviser, saysAJobEnded, soundsBad, speaksOfTelling } from '../../src/domain/intentGuards.ts';
import '../support/trainedModels.ts';
import { modelReading } from '../../dialogs/intentReading.ts';

describe('words that say something is bad', () => {
  it.each(['bad', 'pretty bad', 'its awful', 'terrible'])('"%s" sounds bad', (text) => expect(soundsBad(text)).toBe(true));
  it.each(['not bad', 'not too bad', 'good', 'badly want a job'])('"%s" does not', (text) => expect(soundsBad(text)).toBe(false));

  it.each(['bad', 'pretty bad'])('"%s" is never heard as good news', (text) => {
    expect(modelReading(text, 'choice').intent).not.toBe('feeling-good');
  });
});

// Play-testing, round five: a job loss and a request for the adviser the model read in words that say neither.
describe('a job loss says a job ended', () => {
  it.each(['i lost my job', 'the shop closed down', 'my contract ended', 'no more work for me there', 'they let me go'])('%j does', (text) => expect(saysAJobEnded(text)).toBe(true));
  it.each(['hiya, i asked my manager already, she said no more hours available :(', 'they were nice', 'they cut my hours'])('%j does not, and is no job loss', (text) => {
    expect(saysAJobEnded(text)).toBe(false);
    expect(modelReading(text, 'choice').intent).not.toBe('job-lost');
  });
});

describe('naming the adviser', () => {
  it.each(['My adviser is called Julie', 'my work coach is Steve'])('%j names them, and is no request', (text) => {
    expect(namesTheAdviser(text)).toBe(true);
    expect(modelReading(text, 'choice').intent).not.toBe('want-adviser');
  });
  it.each(['my adviser is not answering', 'can my adviser call me'])('%j does not name them', (text) => expect(namesTheAdviser(text)).toBe(false));
});

// Play-testing (round six): a step about someone else, and "no i didnt want the adviser", had each
// asked the adviser to get in touch.
describe('a request for the adviser', () => {
  it.each(['can i add another step? ask mum to talk to the school office lady', 'no i didnt want the adviser, i want to add a step'])('%j is no request', (text) => {
    expect(asksForSomeoneToTalkTo(text)).toBe(false);
    expect(modelReading(text, 'choice').intent).not.toBe('want-adviser');
  });
  it.each(['i want to talk to my adviser', 'can someone call me', 'i need to speak to a real person', 'i need help'])('%j is still one', (text) => {
    expect(asksForSomeoneToTalkTo(text)).toBe(true);
  });
});

// Play-testing as advisers, round seven: a plain question was handed over as one about telling an
// employer about health, with a dated adviser step put in the plan.
describe('a question about telling an employer names telling', () => {
  it('"when will i hear from ann about funding?", which the model reads as one, is asked what we mean instead', () => {
    expect(modelReading('when will i hear from ann about funding?', 'choice')).toEqual({ intent: 'ask-what-next', read: 'ask-disclosure' });
  });
  it.each(['do i have to tell them about my illness?', 'should i mention my conviction on the form?'])('%j still is one', (text) => {
    expect(speaksOfTelling(text)).toBe(true);
    expect(modelReading(text, 'choice').intent).toBe('ask-disclosure');
  });
});
