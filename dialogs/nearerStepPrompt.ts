// Asked when the day given is further off than a first step should be. A goal that is its own step
// ("update my CV", in three weeks): "Could you do a first step by Monday 15 June?". A step the
// client gave ("apply to 2 care homes", by the end of the month): "Could you do it sooner, by ...?",
// once, plainly; asking them for a first step again had them reply "i just told you" (play-testing,
// first conversations). Yes or no, or a day typed ("thursday"), taken when it is on or before their
// day; a later day is explained and the question asked again. "i just told you", or their step typed
// again, is said sorry to and their step and day are kept. Another step typed ("look at jobs on
// indeed") is a first step by the nearer day, before theirs. A yes said as people say it ("fairly sure",
// "probs yeah", "i guess so") is a yes (nearerStepWords.ts). "not sure" gets an idea and the question
// again; only a second unsure keeps their date, and says so: "hmm" then "dunno tbh" had kept it.
import type { PromptValidatorContext, TextPrompt } from 'botbuilder-dialogs';
import { calendarDayIn, formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { compareDays } from '../src/domain/datePhrases.ts';
import { readChoice } from '../src/domain/partialAnswers.ts';
import { analyseGoal } from '../src/domain/smart.ts';
import { saysStepAlreadyGiven } from '../src/domain/stepAlreadySaid.ts';
import { nearerLeaning } from '../src/domain/nearerStepWords.ts';
import { stepsInOne } from '../src/domain/stepWords.ts';
import { tidyWords, type GoalAnswers } from '../src/domain/goalWords.ts';
import type { CoachingStyle } from '../src/domain/coachingStyle.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { CHOICE_RETRY, ListeningPrompt, withButtons, type ListeningOptions } from './prompts.ts';

/** `sooner`: the step is the client's own, and only its day is asked about; `unsureOnce`: an idea has been given. */
type NearerOptions = ListeningOptions & { validations: { timeZone: string; goalDue: string; step: string; sooner: boolean; unsureOnce?: boolean } };

/** `goalDue`: the client's day (ISO), the latest the first step may have; `step`: their step's words. */
export function nearerStepOptions(text: string, timeZone: string, goalDue: string, said: { step: string; sooner: boolean }): NearerOptions {
  return {
    question: { text, titles: choicesFor(said.sooner).map((choice) => choice.label), sorry: CHOICE_RETRY },
    validations: { timeZone, goalDue, ...said },
    listening: { expecting: 'choice' },
  };
}

type NearerDraft = GoalAnswers & { timeZone: string; style: CoachingStyle };

/** The client named what they will do: a step asked for and given, or two steps said as the goal. */
export function isTheirOwnStep(draft: NearerDraft, now: Date): boolean {
  const differs = tidyWords(draft.text).toLowerCase() !== tidyWords(draft.aim).toLowerCase();
  return differs || stepsInOne(draft.text, { now, timeZone: draft.timeZone }).length > 1;
}

/** The question offering `nearer`, a day before the one the client gave. */
export function nearerStepAsked(draft: NearerDraft, nearer: Date, now: Date): NearerOptions {
  const sooner = isTheirOwnStep(draft, now);
  const question = (sooner ? say.stepSooner : say.firstStepNearer)[draft.style.wording].replace('{date}', formatDueDate(nearer, draft.timeZone, { now }));
  return nearerStepOptions(question, draft.timeZone, draft.dueAt!, { step: tidyWords(draft.text), sooner });
}

/**
 * The answer (`choice`, and the day or step typed) put into the draft. Their own step: "yes" or a day
 * moves it, and nothing more is asked. Otherwise "yes" or a day is the first step's day, and the first
 * step is asked for (`askFirstStep`). Another step typed is a first step by `nearer` (`firstStep`), and
 * their step keeps their day.
 */
export function takeNearerAnswer(draft: NearerDraft, choice: string, typed: string | undefined, nearer: string, now: Date): { note?: string; askFirstStep?: boolean; firstStep?: string } {
  if (choice !== 'yes' && choice !== 'day' && choice !== 'step') return {};
  const words = (iso: string) => formatDueDate(new Date(iso), draft.timeZone, { now });
  if (choice !== 'step' && isTheirOwnStep(draft, now)) {
    draft.dueAt = choice === 'day' ? typed! : nearer;
    return { note: say.dayNoted(words(draft.dueAt)) };
  }
  const firstStepDueAt = choice === 'day' ? typed! : nearer;
  Object.assign(draft, { firstStepDueAt, nearerFirstStep: true });
  if (choice === 'step') return { note: say.firstStepBy(words(nearer)), firstStep: typed };
  return { note: choice === 'day' ? say.firstStepBy(words(firstStepDueAt)) : undefined, askFirstStep: true };
}

const choicesFor = (sooner: boolean) => (sooner ? say.soonerChoices : say.yesKeepChoices);

/** The answer is "yes", "keep", "day|<ISO>" for a day typed, or "step|<words>" for a first step typed. */
export function nearerStepPrompt(dialogId: string, services: CoachServices): TextPrompt {
  return new ListeningPrompt(dialogId, (prompt) => readNearer(prompt, services));
}

async function readNearer(prompt: PromptValidatorContext<string>, services: CoachServices): Promise<boolean> {
  const options = prompt.options as NearerOptions;
  const { timeZone, goalDue, step, sooner } = options.validations;
  const text = prompt.recognized.value ?? '';
  const now = services.clock.now();
  const words = (date: Date) => formatDueDate(date, timeZone, { now });
  if (step && saysStepAlreadyGiven(text, step)) {
    await prompt.context.sendActivity(say.keptAsSaid(escapeMarkdown(step), words(new Date(goalDue))));
    prompt.recognized.value = 'keep';
    return true;
  }
  const day = parseDueDate(text, { now, timeZone });
  if (!day) {
    const leaning = nearerLeaning(text);
    // Unsure first: "no idea" starts with a no, and had been read as "No, keep my date".
    const read = leaning === 'unsure' ? null : (readChoice(text, choicesFor(sooner)) ?? (leaning === 'yes' ? 'yes' : null) ?? (typedAStep(text, now, timeZone) ? `step|${text.trim()}` : null));
    if (read) prompt.recognized.value = read;
    if (read || leaning !== 'unsure') return read !== null;
    // "not sure" had "didn't catch that" every time (play-testing): an idea first, then their own date kept.
    // Counted by unsure answers, not tries: a "hmm" before it is no reason to decide for them.
    // Unsure whether their own step could be sooner: their day stands.
    if (sooner || options.validations.unsureOnce) {
      await prompt.context.sendActivity(say.keepingYourDate);
      prompt.recognized.value = 'keep';
      return true;
    }
    options.validations.unsureOnce = true;
    const question = options.question!;
    await prompt.context.sendActivity(withButtons(`${say.firstStepIdea}\n\n${question.text}`, question.titles));
    return false;
  }
  // Their own step, and a later day typed: the client has changed their day.
  if (sooner || compareDays(calendarDayIn(day, timeZone), calendarDayIn(new Date(goalDue), timeZone)) <= 0) {
    prompt.recognized.value = `day|${day.toISOString()}`;
    return true;
  }
  const question = options.question!;
  // Said here and the question with it: the prompt then asks nothing more this turn.
  await prompt.context.sendActivity(withButtons(`${say.stepDayAfterGoal(words(day), words(new Date(goalDue)))}\n\n${question.text}`, question.titles));
  return false;
}

/** "look at 2 cv examples" where a first step is offered: one thing the client can do. */
function typedAStep(text: string, now: Date, timeZone: string): boolean {
  return text.trim().split(/\s+/).length >= 2 && analyseGoal(text, { now, timeZone }).specific;
}
