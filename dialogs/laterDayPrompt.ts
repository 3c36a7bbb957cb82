// A day for a step that is already in the plan: "I need more time" after a reminder (never earlier
// than the day it has), and moving a step to another day (any day from today). A typo gets the
// prompt's "didn't catch that" and a second chance; a day too early gets the day it has now, and a
// day that has already gone ("yesterday") is told so (round five).
// News of work said where the day is asked ("got the job!! start monday" at a reminder's "When do
// you think you can do it?") is never read as the step's new day: whatever asked, the questions
// waiting end and in-work support begins. The prompt hears it before anything else (its
// `heardFirst`, changeStepNews.ts).
import type { PromptOptions, TextPrompt } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { dayAlreadyGone, dayJustGone } from '../src/domain/dateChecks.ts';
import { dayGone } from '../src/messages/en/review.ts';
import type { CoachServices } from '../src/services.ts';
import { jobNewsHeardFirst } from './changeStepNews.ts';
import { ListeningPrompt, retryAsking, withButtons } from './prompts.ts';

export interface LaterDayWords {
  /** The question, when the options do not carry their own (`ask`). */
  ask: string;
  notCaught: string;
  /** Said of a day before `notBefore` (without it, "didn't catch that" is said). */
  tooEarly?: (day: string) => string;
}

/** `notBefore`: the step's day now (ISO); `ask`: the question as it was put, for the retry. */
export type LaterDayOptions = PromptOptions & { notBefore?: string | null; ask?: string };

export function laterDayPrompt(dialogId: string, services: CoachServices, words: LaterDayWords): TextPrompt {
  return new ListeningPrompt(dialogId, async (prompt) => {
    const client = currentClient(prompt.context);
    const options = prompt.options as LaterDayOptions;
    options.retryPrompt = withButtons(retryAsking(words.notCaught, options.ask ?? words.ask), []);
    if (!client || !prompt.recognized.value) return false;
    const now = services.clock.now();
    const read = parseDueDate(prompt.recognized.value, { now, timeZone: client.timeZone });
    // "20/11" said on 23 November has just gone: told so, not moved to next November (round eight).
    const dueAt = read && dayJustGone(prompt.recognized.value, { now, timeZone: client.timeZone }, read) ? null : read;
    if (!dueAt) {
      options.retryPrompt = withButtons(retryAsking(noDaySorry(prompt.recognized.value, { now, timeZone: client.timeZone }, words), options.ask ?? words.ask), []);
      return false;
    }
    if (options.notBefore && dueAt.getTime() < Date.parse(options.notBefore)) {
      const early = words.tooEarly?.(formatDueDate(new Date(options.notBefore), client.timeZone, { now }));
      options.retryPrompt = withButtons(early ?? retryAsking(words.notCaught, options.ask ?? words.ask), []);
      return false;
    }
    return true;
  }, 'choice', jobNewsHeardFirst);
}

/** What the retry says first when no day was read: that the day has gone ("yesterday"), or "didn't catch that". */
export function noDaySorry(text: string, context: { now: Date; timeZone: string }, words: LaterDayWords): string {
  return dayAlreadyGone(text, context) ? dayGone : words.notCaught;
}

/** The options that ask for a later day with these words. */
export function laterDayOptions(ask: string, notBefore: Date | null, words: LaterDayWords): LaterDayOptions {
  return {
    prompt: withButtons(ask, []),
    retryPrompt: withButtons(retryAsking(words.notCaught, ask), []),
    notBefore: notBefore?.toISOString() ?? null,
    ask,
  };
}
