// What play-testing SMART goal setting found (Monday 8 June 2026, London): a count put inside the
// name of a thing ("ban the 3 box employers"), "a week on friday" cut in two ("Renew my SIA
// licence, a week", due that Friday), and "k", "sometime" and "same as before" kept as a step or goal.
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { mergeGoalAnswer } from '../../src/domain/smart.ts';
import { extractDueDate, parseDueDate } from '../../src/domain/dates.ts';
import { asksToRedoTheAnswer, isNotAGoal, isOnlyAVagueTime, isVagueAnswer, pointsBack, splitDate } from '../../src/domain/goalWords.ts';
import { hearWords, type QuestionOnScreen } from '../../dialogs/wordChecks.ts';
import * as say from '../../src/messages/en/listening.ts';

const MONDAY = { now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London' };
const FRIDAY = { now: new Date('2026-06-12T09:00:00Z'), timeZone: 'Europe/London' };
const day = (date: Date | null) => date && format(new TZDate(date.getTime(), 'Europe/London'), 'yyyy-MM-dd');

describe('the count from "How many will you do?" goes where it reads right', () => {
  it.each([
    ['look up ban the box employers', '3', 'look up 3 ban the box employers'],
    ['Look up ban the box employers', 'three', 'Look up three ban the box employers'],
    ['look up the ban the box employers', '2', 'look up the 2 ban the box employers'],
    ['look at man with a van jobs', '2', 'look at 2 man with a van jobs'],
    ['look into the council\'s apprenticeships', '2', 'look into the council\'s 2 apprenticeships'],
    // No place inside the words reads right: the count is shown after them, the words left whole.
    ['look at a man with a van jobs', '2', 'look at a man with a van jobs (2)'],
    // As before.
    ['apply for cleaning jobs', '2', 'apply for 2 cleaning jobs'],
    ['send my CV to employers', '4', 'send my CV to 4 employers'],
    ['call the agencies', '3', 'call the 3 agencies'],
    ['ring up the agencies', '3', 'ring up the 3 agencies'],
    ['look at driving jobs on Indeed', '2', 'look at 2 driving jobs on Indeed'],
    ['look at jobs on the ban the box list', '3', 'look at 3 jobs on the ban the box list'],
    ['I will apply for a few jobs', '3', 'I will apply for 3 jobs'],
  ])('%j + %j → %j', (goal, answer, merged) => {
    expect(mergeGoalAnswer(goal, 'measurable', answer)).toBe(merged);
  });
});

describe('"a week on Friday": that day plus seven, read whole', () => {
  it.each([
    ['a week on friday', '2026-06-19'],
    ['a week on Friday', '2026-06-19'],
    // Said on a Monday, "Monday" is the 15th, so a week on Monday is the 22nd.
    ['a week on monday', '2026-06-22'],
    ['monday week', '2026-06-22'],
    ['a week tomorrow', '2026-06-16'],
    ['a week today', '2026-06-15'],
    ['2 weeks on friday', '2026-06-26'],
  ])('on Monday 8 June, %j is %s', (text, expected) => {
    expect(day(parseDueDate(text, MONDAY))).toBe(expected);
  });

  it('said on a Friday, "a week on Friday" is the Friday after next, and "a week today" the next one', () => {
    expect(day(parseDueDate('a week on friday', FRIDAY))).toBe('2026-06-26');
    expect(day(parseDueDate('a week today', FRIDAY))).toBe('2026-06-19');
  });

  it.each([
    ['Renew my SIA licence, a week on friday', 'Renew my SIA licence', '2026-06-19'],
    ['renew my licence a week on monday', 'renew my licence', '2026-06-22'],
    ['ring the jobcentre a week tomorrow', 'ring the jobcentre', '2026-06-16'],
    ['a week on friday renew my licence', 'renew my licence', '2026-06-19'],
    ['book my test 2 weeks on friday', 'book my test', '2026-06-26'],
  ])('splitDate(%j) leaves %j, due %s, with nothing of the date on the step', (typed, text, due) => {
    const split = splitDate(typed, MONDAY);
    expect(split.text).toBe(text);
    expect(day(split.due)).toBe(due);
  });

  it.each(['apply for 3 jobs a week', 'go to the gym 3 times a week on fridays'])('%j keeps its words: a week there says how often', (typed) => {
    expect(splitDate(typed, MONDAY)).toEqual({ text: typed, due: null });
  });

  it('extractDueDate takes "a week on monday" whole', () => {
    expect(extractDueDate('renew my licence a week on monday', MONDAY)).toMatchObject({ rest: 'renew my licence', phrase: 'a week on monday' });
  });
});

describe('a filler, a vague when or words pointing back are not a step or goal', () => {
  const stepQuestion: QuestionOnScreen = { expecting: 'goal', about: 'plan-words', ...MONDAY };

  it.each(['k', 'K', 'kk', 'k.', 'x', 'thanks', 'sometime', 'Sometime', 'soon', 'when i can', 'Same as before', 'same again', 'the same', 'idk u tell me', 'you tell me', 'what do you think?'])(
    '%j is not a goal, and no amount',
    (said) => {
      expect(isNotAGoal(said)).toBe(true);
      expect(isVagueAnswer(said)).toBe(true);
    },
  );

  it.each(['change my cv', 'i want to change careers'])('%j is an answer, not the last one taken back', (said) => {
    expect(asksToRedoTheAnswer(said)).toBe(false);
  });

  it.each(['go on indeed', 'ring the council', 'didnt apply yet so ring the council'])('%j is a step', (said) => {
    expect(hearWords(said, stepQuestion)).toBeNull();
  });

  it.each(['cv', 'ring the college', 'look up ban the box employers', 'renew my SIA licence', '3'])('%j is no vague answer', (said) => {
    expect(isVagueAnswer(said)).toBe(false);
  });

  it('knows a vague when, and words pointing back', () => {
    expect(isOnlyAVagueTime('sometime')).toBe(true);
    expect(isOnlyAVagueTime('ring them sometime')).toBe(false);
    expect(pointsBack('Same as before')).toBe(true);
    expect(pointsBack('same job as before')).toBe(false);
  });

  it.each([
    ['k', say.goalInWords],
    ['sometime', say.whenNotAStep],
    ['soon', say.whenNotAStep],
    ['Same as before', say.sayItAgain],
    ['same as last time', say.sayItAgain],
    // Play-testing, round seven: "change it" had been cheered as good news.
    ['actually no, change it', say.redoHeard],
    ['scrap that', say.redoHeard],
    // Re-tested the same round: a step not done, and agreeing, had each been kept as the first step.
    ['didnt get round to it, kids were ill', say.notDoneWhereAStepIsAsked],
    // Round eight: "not done" alone had become a first step.
    ['not done', say.notDoneWhereAStepIsAsked],
    ['nope not done yet', say.notDoneWhereAStepIsAsked],
    ['yeah go on', say.goalInWords],
    ['ok sure why not', say.goalInWords],
  ])('%j where a goal or step is asked is answered kindly, and asked again', (said, reply) => {
    expect(hearWords(said, stepQuestion)).toEqual({ reply });
  });

  it('where free words are asked, they are left alone', () => {
    expect(hearWords('sometime', { ...stepQuestion, expecting: 'words', about: undefined })).toBeNull();
  });
});
