// What the coach does with an answer to "When could you do it?", as readGoalDate and the far-day check
// do it (dialogs/goalDateReading.ts, dialogs/farDayCheck.ts), in round eight's words: a day it reads
// and says back; 'GONE' when it says the day has gone; 'FAR' when it asks if a day over six months off
// is right; 'CHECK' when the day name does not fit the date; null when it asks again.
import { isFarAway } from '../../../src/domain/dateChecks.ts';
import { weekdayThatDisagrees } from '../../../src/domain/dateDisagreement.ts';
import { firstTimeOfARepeat } from '../../../src/domain/repeatAnswers.ts';
import { dateNotReadSorry, dayAtTheDayQuestion } from '../../../dialogs/goalDateReading.ts';
import { dayGone } from '../../../src/messages/en/review.ts';
import { MOMENTS } from './moments.ts';
import { asCorpusDay, scoreAnswers, type Score } from './score.ts';
import type { RoundEightCase, RoundEightExpected } from './roundEight.ts';

export function whatTheCoachDoesNow(text: string, moment: keyof typeof MOMENTS): RoundEightExpected {
  const { now, timeZone } = MOMENTS[moment];
  const date = dayAtTheDayQuestion(text, { now, timeZone });
  if (!date) return dateNotReadSorry(text, { now, timeZone }) === dayGone ? 'GONE' : null;
  if (!firstTimeOfARepeat(text) && weekdayThatDisagrees(text, date, timeZone)) return 'CHECK';
  if (isFarAway(date, { now, timeZone })) return 'FAR';
  return asCorpusDay(date, timeZone);
}

export function scoreRoundEight(cases: RoundEightCase[]): Score {
  return scoreAnswers(cases, whatTheCoachDoesNow);
}
