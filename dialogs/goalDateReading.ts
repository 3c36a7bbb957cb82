// The day a goal's step is for, read at "When could you do it?": a day said, or after three tries
// the nearest day allowed. Words with a day in them that is not on the calendar ("after payday", "after
// the kids go back to school") are asked about in their own terms rather than met with "didn't catch
// that date" (play-testing). A day that has already gone ("yesterday", "1/11/2026") is told so (round five).
import type { PromptValidatorContext } from 'botbuilder-dialogs';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { firstTimeOfARepeat, soonWithoutADay } from '../src/domain/repeatAnswers.ts';
import { weekdayThatDisagrees } from '../src/domain/dateDisagreement.ts';
import { mentionsPayday } from '../src/domain/datePhrases.ts';
import { waitsForAnEvent } from '../src/domain/goalAnswerWords.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { dayGone } from '../src/messages/en/review.ts';
import { dayAlreadyGone, dayJustGone } from '../src/domain/dateChecks.ts';
import { saysNervesWithTheDay } from '../src/domain/dateSaidWithNerves.ts';
import type { ListeningOptions } from './prompts.ts';
import { dayInDays } from '../src/domain/plan.ts';
import type { CoachingStyle } from '../src/domain/coachingStyle.ts';

const DATE_ATTEMPTS = 3;

/** The day question for a goal's step; after a few tries, the nearest day the style allows. */
export function goalDateOptions(now: Date, draft: { timeZone: string; style: CoachingStyle }, question: string): ListeningOptions {
  const fallback = dayInDays(now, draft.timeZone, Math.min(7, draft.style.maxFirstStepDays));
  return {
    question: { text: question, titles: say.dateExamples, sorry: say.dateNotCaught },
    validations: { timeZone: draft.timeZone, fallback: fallback.toISOString() },
    listening: { explanation: say.explainWhen, purpose: say.whyADay },
  };
}

export async function readGoalDate(prompt: PromptValidatorContext<string>, now: Date): Promise<boolean> {
  const options = prompt.options as ListeningOptions & { validations: { timeZone: string; fallback: string } };
  const { timeZone, fallback } = options.validations;
  const text = prompt.recognized.value ?? '';
  // "every monday": the first time is next Monday, and the client is told the plan keeps that one day.
  const firstTime = firstTimeOfARepeat(text);
  const soon = soonWithoutADay(text);
  const date = dayAtTheDayQuestion(text, { now, timeZone });
  const day = date ? formatDueDate(date, timeZone, { now }) : '';
  const readAs = firstTime ? say.firstTimeOfARepeat : soon ? say.soonAsTomorrow : null;
  if (date && readAs) await prompt.context.sendActivity(readAs(day));
  const disagrees = date && !firstTime ? weekdayThatDisagrees(text, date, timeZone) : null;
  if (disagrees && prompt.attemptCount < DATE_ATTEMPTS) {
    // "monday 3rd" where the 3rd is a Friday: asked which, never given a day they did not say.
    if (options.question) options.question.sorry = say.weekdayAndDateDisagree(disagrees.said, day);
    return false;
  }
  // "by friday i hope, bit nervous": the day kept, and the feeling answered (round six).
  if (date && saysNervesWithTheDay(text)) await prompt.context.sendActivity(say.worryWithTheGoal);
  if (date) prompt.recognized.value = `said|${date.toISOString()}`;
  else if (prompt.attemptCount >= DATE_ATTEMPTS) prompt.recognized.value = `fallback|${fallback}`;
  else {
    if (options.question) options.question.sorry = dateNotReadSorry(text, { now, timeZone });
    return false;
  }
  return true;
}

/**
 * The day a client means at "When could you do it?": "every monday" is the first Monday, "asap"
 * tomorrow. "20/11" said on 23 November is no day: it has just gone, and the retry says so (dateChecks.ts).
 */
export function dayAtTheDayQuestion(text: string, context: { now: Date; timeZone: string }): Date | null {
  const date = parseDueDate(firstTimeOfARepeat(text) ?? soonWithoutADay(text) ?? text, context);
  return date && dayJustGone(text, context, date) ? null : date;
}

/**
 * What a retry says first when no day was read: "after payday" and "after the kids go back to school"
 * are asked for the day itself (play-testing found the second met with no clue what to type).
 */
export function dateNotReadSorry(text: string, context?: { now: Date; timeZone: string }): string {
  if (mentionsPayday(text)) return say.whenIsPayday;
  // "yesterday", "last friday": saying the day has gone helps more than "didn't catch that date" (round five).
  if (context && dayAlreadyGone(text, context)) return dayGone;
  const waits = waitsForAnEvent(text);
  return waits === 'school' ? say.schoolDayNotKnown : waits ? say.eventDayNotKnown : say.dateNotCaught;
}
