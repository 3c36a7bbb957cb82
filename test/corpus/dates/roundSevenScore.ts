// What the coach does with an answer to "When could you do it?", as readGoalDate and the far-day check
// do it (dialogs/goalDateReading.ts, dialogs/farDayCheck.ts): a day it reads and says back; 'CHECK'
// when the day has gone, is far off, or has a day name that does not fit; null when it asks again.
import { isFarAway, dayAlreadyGone } from '../../../src/domain/dateChecks.ts';
import { weekdayThatDisagrees } from '../../../src/domain/dateDisagreement.ts';
import { firstTimeOfARepeat } from '../../../src/domain/repeatAnswers.ts';
import { dayAtTheDayQuestion } from '../../../dialogs/goalDateReading.ts';
import { MOMENTS } from './moments.ts';
import { asCorpusDay, scoreAnswers, type Score } from './score.ts';
import type { RoundSevenCase } from './roundSeven.ts';

export function whatTheCoachDoes(text: string, moment: keyof typeof MOMENTS): string | null {
  const { now, timeZone } = MOMENTS[moment];
  const date = dayAtTheDayQuestion(text, { now, timeZone });
  if (!date) return dayAlreadyGone(text, { now, timeZone }) ? 'CHECK' : null;
  if (!firstTimeOfARepeat(text) && weekdayThatDisagrees(text, date, timeZone)) return 'CHECK';
  if (isFarAway(date, { now, timeZone })) return 'CHECK';
  return asCorpusDay(date, timeZone);
}

export function scoreRoundSeven(cases: RoundSevenCase[]): Score {
  return scoreAnswers(cases, whatTheCoachDoes);
}
