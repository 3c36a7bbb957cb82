// "Could you do a first step by Monday 15 June?": yes or no, or a day typed for the first step
// ("thursday"), taken when it is on or before the goal's day. A later day is explained and the
// question asked again (play-testing found "thursday" had "didn't catch that" five times). "not
// sure" gets an idea of a first step and the question again; unsure twice keeps the client's date.
import type { PromptValidatorContext, TextPrompt } from 'botbuilder-dialogs';
import { calendarDayIn, formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { compareDays } from '../src/domain/datePhrases.ts';
import { readChoice } from '../src/domain/partialAnswers.ts';
import { isUnsureAnswer } from '../src/domain/textChecks.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { CHOICE_RETRY, ListeningPrompt, withButtons, type ListeningOptions } from './prompts.ts';

type NearerOptions = ListeningOptions & { validations: { timeZone: string; goalDue: string } };

/** `goalDue`: the goal's day (ISO), the latest the first step may have. */
export function nearerStepOptions(text: string, timeZone: string, goalDue: string): NearerOptions {
  return {
    question: { text, titles: say.yesKeepChoices.map((choice) => choice.label), sorry: CHOICE_RETRY },
    validations: { timeZone, goalDue },
    listening: { expecting: 'choice' },
  };
}

/** The answer is "yes", "keep", or "day|<ISO>" for a day typed. */
export function nearerStepPrompt(dialogId: string, services: CoachServices): TextPrompt {
  return new ListeningPrompt(dialogId, (prompt) => readNearer(prompt, services));
}

async function readNearer(prompt: PromptValidatorContext<string>, services: CoachServices): Promise<boolean> {
  const options = prompt.options as NearerOptions;
  const { timeZone, goalDue } = options.validations;
  const text = prompt.recognized.value ?? '';
  const now = services.clock.now();
  const day = parseDueDate(text, { now, timeZone });
  if (!day) {
    const choice = readChoice(text, say.yesKeepChoices);
    if (choice) prompt.recognized.value = choice;
    if (choice || !isUnsureAnswer(text)) return choice !== null;
    // "not sure" had "didn't catch that" every time (play-testing): an idea first, then their own date kept.
    if (prompt.attemptCount > 1) {
      await prompt.context.sendActivity(say.keepingYourDate);
      prompt.recognized.value = 'keep';
      return true;
    }
    const question = options.question!;
    await prompt.context.sendActivity(withButtons(`${say.firstStepIdea}\n\n${question.text}`, question.titles));
    return false;
  }
  if (compareDays(calendarDayIn(day, timeZone), calendarDayIn(new Date(goalDue), timeZone)) <= 0) {
    prompt.recognized.value = `day|${day.toISOString()}`;
    return true;
  }
  const words = (date: Date) => formatDueDate(date, timeZone, { now });
  const question = options.question!;
  // Said here and the question with it: the prompt then asks nothing more this turn.
  await prompt.context.sendActivity(withButtons(`${say.stepDayAfterGoal(words(day), words(new Date(goalDue)))}\n\n${question.text}`, question.titles));
  return false;
}
