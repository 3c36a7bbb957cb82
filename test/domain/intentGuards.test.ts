// The intent model's reading checked against the words: "bad" had been read as good news, and
// answered "That is good to hear. I am glad." (play-testing, at a 1 to 10 question and a barrier).
import { describe, expect, it } from 'vitest';
import { asksAboutCostsOfWork, asksForContact, laughsWithNoRudeWord, asksForSomeoneToTalkTo, namesTheAdviser, saysAJobEnded, saysNotAGoodTime, saysNotBad, soundsBad, soundsLow, speaksOfTelling } from '../../src/domain/intentGuards.ts';
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
  // The model read it as one until the fresh free-text round's examples; the guard still stands behind it.
  it('"when will i hear from ann about funding?" is asked what we mean, never handed over as one', () => {
    expect(modelReading('when will i hear from ann about funding?', 'choice').intent).toBe('ask-what-next');
  });
  it.each(['do i have to tell them about my illness?', 'should i mention my conviction on the form?'])('%j still is one', (text) => {
    expect(speaksOfTelling(text)).toBe(true);
    expect(modelReading(text, 'choice').intent).toBe('ask-disclosure');
  });
});

// Fresh free-text round (2026-12-07): messages written as clients type them, before the code was read.
describe('low words are never good news', () => {
  it.each(['feel like im getting nowhere', 'felt really low since last week'])('%j is heard as low, not "That is good to hear"', (text) => {
    expect(soundsLow(text)).toBe(true);
    expect(modelReading(text, 'choice').intent).toBe('feeling-low');
  });
  it.each(['not feeling low any more', 'calmed down now', 'feeling good today'])('%j is not low', (text) => expect(soundsLow(text)).toBe(false));
});

describe('"not bad" is no low mood', () => {
  it.each(['not bad at all today', 'im not doing too bad'])('%j is heard as fair to good, not "That sounds really hard"', (text) => {
    expect(saysNotBad(text)).toBe(true);
    expect(modelReading(text, 'choice').intent).toBe('feeling-good');
  });
  it.each(['not bad but still skint and fed up', 'bad'])('%j is not', (text) => expect(saysNotBad(text)).toBe(false));
});

describe('asking to meet the adviser', () => {
  it('"can i book an appointment with my adviser" asks for them', () => {
    expect(asksForContact('can i book an appointment with my adviser')).toBe(true);
    expect(modelReading('can i book an appointment with my adviser', 'choice').intent).toBe('want-adviser');
  });
});

describe('money questions with no benefit named go to the adviser', () => {
  it.each(['is there a grant for work clothes', 'can i get help with bus fare to interviews', 'my journal says i have a deduction why'])('%j is a question for the adviser', (text) => {
    expect(asksAboutCostsOfWork(text)).toBe(true);
    expect(modelReading(text, 'choice').intent).toBe('ask-benefits');
  });
});

describe('news told with thanks', () => {
  it('"got a job thanks so much" is the news of a job, not only thanks', () => {
    expect(modelReading('got a job thanks so much', 'choice').intent).toBe('started-work');
  });
});

describe('a job ended, as people type it', () => {
  it.each(['the factory close and now i have no work', 'my agency stopped giving me shifts'])('%j is a job loss', (text) => {
    expect(saysAJobEnded(text)).toBe(true);
    expect(modelReading(text, 'choice').intent).toBe('job-lost');
  });
  it.each(['the shop is close to my house', 'i have no work experience'])('%j is not', (text) => expect(saysAJobEnded(text)).toBe(false));
});

describe('not wanting the adviser to know is a question about telling', () => {
  it('"i dont want my adviser to know about my anxiety is that ok" is one', () => {
    expect(speaksOfTelling('i dont want my adviser to know about my anxiety is that ok')).toBe(true);
    expect(modelReading('i dont want my adviser to know about my anxiety is that ok', 'choice').intent).toBe('ask-disclosure');
  });
});

describe('a day that was not good', () => {
  it.each(['not a good day', 'its not been a great week'])('%j is heard as low', (text) => {
    expect(saysNotAGoodTime(text)).toBe(true);
    expect(modelReading(text, 'choice').intent).toBe('feeling-low');
  });
  it('"i cant rite good" is not', () => expect(saysNotAGoodTime('i cant rite good')).toBe(false));
});

describe('a laugh is no insult', () => {
  it('"lol this bot is funny" never has "let us keep it kind"', () => {
    expect(laughsWithNoRudeWord('lol this bot is funny')).toBe(true);
    expect(modelReading('lol this bot is funny', 'choice').intent).not.toBe('abuse');
  });
  it.each(['lol ur useless', 'haha what a joke this is'])('%j still may be one', (text) => expect(laughsWithNoRudeWord(text)).toBe(false));
});
