// Play-testing goal setting (Monday 8 June 2026): the words read before the question on screen takes
// them. A thing named alone where a step is asked ("Hairdressing"), a step the client does that names
// someone else ("ask my mate at dhl if they are hiring"), a new day typed at the next question
// ("actually no make it thursday"), "wait go back", a day that hangs on the school term, "what is a
// smart goal?" at the menu and "is this saved?" (read as an insult by the intent model).
import { describe, expect, it } from 'vitest';
import { dayCorrection, thingNamedAlone, waitsForAnEvent } from '../../src/domain/goalAnswerWords.ts';
import { isSomeoneElsesStep } from '../../src/domain/smartOwners.ts';
import { saysGoBack, withCorrectedDay } from '../../src/domain/goalCheckWords.ts';
import { coachQuestionOf } from '../../src/domain/questionHelp.ts';
import { questionIsNoInsult } from '../../src/domain/intentGuards.ts';
import { stepIdeasFor } from '../../src/messages/en/smartGoal.ts';
import '../support/trainedModels.ts';
import { modelReading } from '../../dialogs/intentReading.ts';
import { goalAtTheMenu } from '../../dialogs/listening.ts';

const context = { now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London' };
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);

describe('a thing named alone, where a step is asked', () => {
  it.each([
    ['Hairdressing', 'hairdressing'],
    ['cv', 'CV'],
    ['my cv', 'CV'],
    ['a hairdressing course', 'hairdressing course'],
    ['Cleaner', 'cleaner'],
  ])('%j names %j, with nothing to do about it', (typed, thing) => expect(thingNamedAlone(typed)).toBe(thing));

  it.each(['update my cv', 'look up hairdressing courses', 'get my cscs card', 'ring the college', 'yes', 'idk', '8', 'i will', 'ask my mate', 'applying'])(
    '%j is not a thing alone',
    (typed) => expect(thingNamedAlone(typed)).toBeNull(),
  );

  it('offers ideas that keep the word', () => {
    expect(stepIdeasFor('hairdressing')).toEqual(['Look up hairdressing courses', 'Look at 2 hairdressing jobs']);
    expect(stepIdeasFor('CV')).toContain('Update my CV');
    expect(stepIdeasFor('cleaner')).toEqual(['Look at 2 cleaner jobs', 'Ring 1 place about cleaner jobs']);
  });
});

describe("someone else's step", () => {
  it.each(['ask my mate at dhl if they are hiring', 'ring the agency to see if they have anything', 'i will ask my mum if she can have the kids', 'email the manager about whether she is hiring'])(
    '%j is the client\'s own step: the asking is theirs',
    (typed) => expect(isSomeoneElsesStep(typed)).toBe(false),
  );

  it.each(['my mate will do it', 'my mate at dhl will ask his boss', 'they might ring back', 'the agency said they would call', 'my sister said she would help', 'hopefully they will call me back', 'the manager said to ring back if i want'])(
    '%j is still what someone else may do',
    (typed) => expect(isSomeoneElsesStep(typed)).toBe(true),
  );
});

describe('a new day for the answer before', () => {
  it.each([
    ['actually no make it thursday', '2026-06-11'],
    ['no wait, thursday', '2026-06-11'],
    ['can it be the 19th', '2026-06-19'],
    ['thursday instead', '2026-06-11'],
    ['oops i meant friday', '2026-06-12'],
  ])('%j is %s', (typed, day) => expect(dayCorrection(typed, context)).toEqual(londonMidnight(day)));

  it.each(['thursday', 'no make it 8', 'actually no', 'make it smaller', 'actually no make it ring the college'])('%j is no new day', (typed) => {
    expect(dayCorrection(typed, context)).toBeNull();
  });

  it('moves the first step agreed but not said yet, or the goal\'s step when later than its day', () => {
    const answers = { aim: 'get a job', text: 'apply for 2 cleaning jobs', dueAt: londonMidnight('2026-06-18').toISOString(), firstStepDueAt: londonMidnight('2026-06-15').toISOString(), nearerFirstStep: true };
    expect(withCorrectedDay(answers, londonMidnight('2026-06-11'))).toEqual({ answers: { ...answers, firstStepDueAt: londonMidnight('2026-06-11').toISOString() }, changed: null });
    expect(withCorrectedDay(answers, londonMidnight('2026-06-19'))).toEqual({ answers: { ...answers, dueAt: londonMidnight('2026-06-19').toISOString() }, changed: 'Apply for 2 cleaning jobs' });
  });
});

describe('going back a question', () => {
  it.each(['wait go back', 'no wait go back', 'go back', 'hang on can we go back', 'go back to the last question', 'go back i got that wrong', 'oops go back please'])('%j goes back', (typed) => {
    expect(saysGoBack(typed)).toBe(true);
  });
  it.each(['after the kids go back to school', 'i want to go back to college', 'go back to work'])('%j does not', (typed) => expect(saysGoBack(typed)).toBe(false));
});

describe('a day that hangs on something else', () => {
  it.each(['after the kids go back to school', 'when the kids are back at school', 'after half term', 'once school goes back'])('%j waits for school', (typed) => {
    expect(waitsForAnEvent(typed)).toBe('school');
  });
  it.each(['once i get paid', 'when my laptop is fixed', 'after my operation'])('%j waits for something else', (typed) => expect(waitsForAnEvent(typed)).toBe('event'));
  it.each(['when i can', 'friday', 'soon'])('%j waits for nothing', (typed) => expect(waitsForAnEvent(typed)).toBeNull());
});

describe('"is this saved?"', () => {
  it.each(['is this saved?', 'is this saved', 'is it saved?', 'have you saved it?', 'will you save this?', 'is my plan saved?', 'does it save?', 'is this kept?', 'where is my plan saved?'])(
    '%j asks whether it is saved, and is no insult',
    (typed) => {
      expect(coachQuestionOf(typed)).toBe('saved');
      for (const expecting of ['choice', 'goal', 'words'] as const) expect(modelReading(typed, expecting).intent).not.toBe('abuse');
    },
  );

  it.each(['fuck off', 'you are stupid', 'are you thick?', 'wtf is this', 'this is useless', 'why are you so rubbish?', 'what a waste of time', 'why are you so useless?'])(
    '%j is still heard as an insult',
    (typed) => {
      expect(questionIsNoInsult(typed)).toBe(false);
      expect(modelReading(typed, 'choice').intent).toBe('abuse');
    },
  );
});

describe('"what is a smart goal?" at the menu', () => {
  it.each(['what is a smart goal?', 'whats a smart goal', 'what does smart mean'])('%j is a question, not a goal to start', (typed) => {
    expect(goalAtTheMenu(typed)).toBeNull();
  });
  it.each(['what should my goal be', 'can we set a goal'])('%j still starts one', (typed) => expect(goalAtTheMenu(typed)).toEqual({}));
});
