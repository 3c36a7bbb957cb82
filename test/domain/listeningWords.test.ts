// The pure readers behind "a coach that listens": part-done answers, hedged yes and no, names,
// keyboard mashing, dates inside a step, tidy aims, and how much a client chose to share.
import { describe, expect, it } from 'vitest';
import { leadingYesNo, parseHedgedYesNo, parseProgress, readChoice } from '../../src/domain/partialAnswers.ts';
import { asksWhatWeMean, asksForMoreTime, cutToLength, isUnsureAnswer, looksLikeGibberish, namesAFeeling, saysAStrength, saysAWorry } from '../../src/domain/textChecks.ts';
import { nameFrom, statesAName } from '../../src/domain/nameWords.ts';
import { goalDueDate, goalSteps, isOnlyADate, isVagueAnswer, splitDate, tidyAim, tidyWords } from '../../src/domain/goalWords.ts';
import { howMuchShared } from '../../src/domain/assessmentShared.ts';
import { emptyVocationalProfile } from '../../src/domain/assessmentSteps.ts';
import { outcomeChoices } from '../../src/messages/en/review.ts';

const context = { now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London' };
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);

describe('part done is never done', () => {
  it.each([
    ['half done', 'partly-done'],
    ['nearly', 'partly-done'],
    ['kind of', 'partly-done'],
    ['partly, I made the homepage but not finish', 'partly-done'],
    ['not yet', 'not-done'],
    ['not started', 'not-done'],
    ['done it', 'done'],
  ] as const)('"%s" is %s', (text, progress) => {
    expect(parseProgress(text)).toBe(progress);
  });

  it('reads "half done" as partly done on the review buttons, though it is one typo from "all done"', () => {
    expect(readChoice('half done', outcomeChoices, 'progress')).toBe('partly-done');
    expect(readChoice('all done', outcomeChoices, 'progress')).toBe('done');
    expect(readChoice('No longer needed', outcomeChoices, 'progress')).toBe('dropped');
  });

  it('picks the option called yes for "yes ok" and "yeah go on"', () => {
    const consent = [
      { value: 'agree', label: 'Yes, that is OK', synonyms: ['yes'] },
      { value: 'decline', label: 'No thanks', synonyms: ['no'] },
    ];
    expect(readChoice('yes ok', consent)).toBe('agree');
    expect(readChoice('yeah go on', consent)).toBe('agree');
    expect(readChoice('nah not for me', consent)).toBe('decline');
    expect(readChoice('banana', consent)).toBeNull();
  });

  it('reads a hedged barrier answer as a yes, and "not really" as a no', () => {
    expect(parseHedgedYesNo('a little bit, sometimes in interview')).toBe('yes');
    expect(parseHedgedYesNo('not really')).toBe('no');
    expect(parseHedgedYesNo('purple')).toBeNull();
  });
});

describe('names, mashing and pasted pages', () => {
  // At the name question these are a name, though "call me" also asks for a call; the others are not.
  it.each([
    ['Please call me Margaret', true],
    ['you can call me Jo', true],
    ['my name is Sam', true],
    ['call me back', false],
    ['please call me tomorrow', false],
    ['Please call me ASAP', false],
    ['i am sad today', false],
    ['can you call me', false],
    ['its marcus', true],
    ['hiya its marcus', true],
    ['marcus here', true],
    ['im marcus', true],
    ['im tired', false],
    ['im back', false],
    ['its fine', false],
  ])('"%s" states a name: %s', (typed, states) => {
    expect(statesAName(typed)).toBe(states);
  });

  it.each([
    ['call me dave', 'Dave'],
    ['Sam', 'Sam'],
    ["my name's Aoife", 'Aoife'],
    ['Mary-Jane', 'Mary-Jane'],
    ['Will', 'Will'],
    ['hope', 'Hope'],
    ['call me Joy', 'Joy'],
    ['hiya its marcus', 'Marcus'],
    ['marcus here', 'Marcus'],
  ])('takes "%s" as the name %s', (typed, name) => {
    expect(nameFrom(typed)).toBe(name);
  });

  it.each(['I am not sure what you want', 'asdfgh', '[me](http://x.y)', 'x'.repeat(50), '12345', 'ok fine yes', 'Yes', 'yeah go on', 'nah', 'Hello', 'thank you', 'OK.', "what's my name", 'dont have one', 'no code', 'skip it'])('does not take "%s" as a name', (typed) => {
    expect(nameFrom(typed)).toBeNull();
  });

  it('sees keyboard mashing, and not misspelt words', () => {
    expect(looksLikeGibberish('asdfgh jkl')).toBe(true);
    expect(looksLikeGibberish('jjjjjj')).toBe(true);
    expect(looksLikeGibberish('aply for jobs')).toBe(false);
  });

  it('cuts long text at a word and says so', () => {
    expect(cutToLength('one two three four', 9)).toEqual({ text: 'one two', cut: true });
    expect(cutToLength('short', 9)).toEqual({ text: 'short', cut: false });
  });

  it('knows a question about the question', () => {
    expect(asksWhatWeMean('what do you mean by Friday')).toBe(true);
    expect(asksWhatWeMean('Friday')).toBe(false);
  });
});

describe('goal words', () => {
  it("gives a goal a day only when one was said for it, never its first step's", () => {
    const friday = londonMidnight('2026-06-12');
    expect(goalDueDate('get a job', 'look at 2 job adverts', friday, context)).toBeNull();
    expect(goalDueDate('update my CV', 'update my cv', friday, context)).toEqual(friday);
    expect(goalDueDate('get a job by the end of the month', 'look at 2 job adverts', friday, context)).toEqual(londonMidnight('2026-06-30'));
  });

  it('takes a date out of a step, at the end or the start', () => {
    expect(splitDate('ring the college tomorrow', context)).toEqual({ text: 'ring the college', due: londonMidnight('2026-06-09') });
    expect(splitDate('end of next week send 3 applications', context)).toEqual({ text: 'send 3 applications', due: londonMidnight('2026-06-19') });
    expect(splitDate('ring about a course', context)).toEqual({ text: 'ring about a course', due: null });
  });

  it('tidies an aim without changing its words', () => {
    expect(tidyAim('get a job by friday.', context)).toBe('Get a job');
    expect(tidyAim('find another  driving job', context)).toBe('Find another driving job');
  });

  it('hears "dunno" as vague, and "2" as an answer', () => {
    expect(isVagueAnswer('dunno')).toBe(true);
    expect(isVagueAnswer('as many as I can')).toBe(true);
    expect(isVagueAnswer('2')).toBe(false);
  });
});

describe('how much a client shared', () => {
  it('is little when everything was skipped, most when most was told', () => {
    const skipped = emptyVocationalProfile();
    expect(howMuchShared(skipped)).toBe('little');
    const told = {
      ...skipped,
      jobGoals: [{ title: 'Chef', reason: null, route: null }],
      skills: ['cooking'],
      strengths: ['kind'],
      contacts: ['my sister'],
      preferences: { hours: 'mornings', workplace: 'a small team' },
    };
    expect(howMuchShared(told)).toBe('most');
  });
});

describe('unsure answers, whose words could pass for low mood', () => {
  it.each([
    'not really sure tbh',
    'dunno tbh',
    'Not a hundred percent sure',
    'no idea at all really',
    "I don't know yet",
    'still deciding',
    'idk',
  ])('"%s" is an answer, not a feeling', (text) => {
    expect(isUnsureAnswer(text)).toBe(true);
  });

  it.each([
    'i feel rubbish tbh',
    'dunno i feel like a failure',
    'im not sure i can cope',
    'not good at all',
    'im not good enough',
    'im good with people',
    'no idea what to do with my life',
    'feeling great today',
  ])('"%s" is heard as what it says', (text) => {
    expect(isUnsureAnswer(text)).toBe(false);
  });
});

describe('a strength said where a job is asked', () => {
  it.each(['im good with people, reliable, i can drive', 'Great with customers', 'very organised', 'good at fixing things'])('"%s" is a strength', (text) => {
    expect(saysAStrength(text)).toBe(true);
  });

  it.each(['good with people but i hate myself', 'care assistant', 'something good with animals i think', 'a job i am good at', 'feeling good'])('"%s" is not', (text) => {
    expect(saysAStrength(text)).toBe(false);
  });
});

describe('a worry said where a button or a job is asked', () => {
  it.each([
    'the gaps in my cv worry me. and i dont drive',
    'i get nervous in interviews',
    'interviews scare me',
    'im not very confident on computers',
    'my criminal record puts me off applying',
    'honestly im a bit scared of going back after so long',
    'im afraid of letting people down',
  ])('"%s" is a worry', (text) => {
    expect(saysAWorry(text)).toBe(true);
  });

  it.each(['im not worried', 'not nervous at all now', 'no worries', 'im confident', 'ill worry about that later', 'im afraid i cant make tuesday', 'yes'])(
    '"%s" is not',
    (text) => {
      expect(saysAWorry(text)).toBe(false);
    },
  );
});

describe('a day typed where a step is asked', () => {
  it.each(['by the end of the month', 'tomorrow', 'friday i think', 'monday morning', 'in 2 weeks', 'by friday at the latest', 'the 20th'])(
    '"%s" is only a day',
    (text) => {
      expect(isOnlyADate(text, context)).toBe(true);
    },
  );

  it.each(['ring the college tomorrow', 'apply for 3 jobs by friday', 'look at 2 adverts', 'asap', 'call the agency monday'])('"%s" is a step', (text) => {
    expect(isOnlyADate(text, context)).toBe(false);
  });
});

describe('the steps a goal keeps', () => {
  const friday = '2026-06-12T23:00:00.000Z';
  const monday = '2026-06-14T23:00:00.000Z';

  it('keeps the sharpened step after a nearer first step the client agreed to', () => {
    expect(goalSteps({ aim: 'get a job', text: 'apply for 2 cleaning jobs', dueAt: friday, firstStep: 'look at indeed', firstStepDueAt: monday, nearerFirstStep: true })).toEqual([
      { text: 'Look at indeed', dueAt: monday },
      { text: 'Apply for 2 cleaning jobs', dueAt: friday },
    ]);
  });

  it('lets a smaller step, taken for want of confidence, replace it', () => {
    expect(goalSteps({ aim: 'get a job', text: 'apply for 2 cleaning jobs', dueAt: friday, firstStep: 'apply for 1 cleaning job' })).toEqual([
      { text: 'Apply for 1 cleaning job', dueAt: friday },
    ]);
  });

  it('does not repeat the goal as a step', () => {
    expect(goalSteps({ aim: 'update my CV', text: 'update my CV', dueAt: friday, firstStep: 'write down my jobs', firstStepDueAt: monday, nearerFirstStep: true })).toEqual([
      { text: 'Write down my jobs', dueAt: monday },
    ]);
  });
});

describe('in a review', () => {
  it.each(['can i have till next week', 'could i get a bit more time', 'is it ok if i do it next week', 'can we change the date'])('"%s" asks for more time', (text) => {
    expect(asksForMoreTime(text)).toBe(true);
  });

  it.each(['my laptop broke', 'i ran out of time', 'can i ask something', 'the bus was late'])('"%s" does not', (text) => {
    expect(asksForMoreTime(text)).toBe(false);
  });

  it.each(['ok i guess', 'bit stressful', 'proud of myself', 'not great', 'meh'])('"%s" says how it felt', (text) => {
    expect(namesAFeeling(text)).toBe(true);
  });

  it.each(['my laptop broke', 'the bus didnt come', 'i was ill all week', 'too busy with the kids'])('"%s" says what got in the way', (text) => {
    expect(namesAFeeling(text)).toBe(false);
  });
});

describe('a yes or a no said first', () => {
  it('is a yes to a barrier, number and all', () => {
    expect(parseHedgedYesNo('yes, my 2 kids')).toBe('yes');
    expect(parseHedgedYesNo('no, not with 3 buses')).toBe('no');
  });

  it.each([
    ['yes i need to be home for the kids at 3', 'yes'],
    ['yeah please, after 2pm', 'yes'],
    ['no thanks, maybe next week', 'no'],
    ['nah im ok', 'no'],
    ['yes but not today', null],
    ['i need to be home at 3', null],
  ] as const)('"%s" is %s', (text, answer) => {
    expect(leadingYesNo(text)).toBe(answer);
  });
});

describe('words read back in a plan', () => {
  it.each([
    ['update my cv', 'Update my CV'],
    ['send 3 cvs to agencies', 'Send 3 CVs to agencies'],
    ['get my cscs card', 'Get my CSCS card'],
    ['book the hgv test', 'Book the HGV test'],
  ])('"%s" reads "%s"', (typed, read) => {
    expect(tidyWords(typed)).toBe(read);
  });
});

describe('words before the step are not the step (play-testing, December)', () => {
  it.each([
    ['i already told you. redo my cv', 'Redo my CV'],
    ['no wait. goal is make cv in english first', 'Make CV in english first'],
    ['i just said. sort my life out', 'Sort my life out'],
    ['sorry, ring the agency', 'Ring the agency'],
    ['wait for my adviser to email me', 'Wait for my adviser to email me'],
    ['oh no', 'Oh no'],
  ])('%j is kept as %j', (typed, kept) => expect(tidyWords(typed)).toBe(kept));
});

describe('part of a counted step (play-testing, December)', () => {
  it.each([
    ['i did 1 of them', 'partly-done'],
    ['did 2 of the 3', 'partly-done'],
    ['did 1 of 2', 'partly-done'],
    ['done all of them', 'done'],
  ])('%j is %s', (typed, progress) => expect(parseProgress(typed)).toBe(progress));
});
