// A question with buttons in goal setting that never leaves the client stuck. Play-testing found
// "yes" at "Which job does this help you with?" answered "didn't catch that" again and again. A reply
// that points at a button without saying which ("yes" with two jobs) is asked kindly to pick one;
// after a second miss the way out is taken, and said, as the date question does after its third.
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { ChoiceOption } from '../src/domain/answers.ts';
import { jobsAsOneTitle, readJobsWanted } from '../src/domain/jobWanted.ts';
import { needsCheck, readChoice, type ChoiceReading } from '../src/domain/partialAnswers.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { CHOICE_RETRY, ListeningPrompt, type ListeningOptions } from './prompts.ts';
import { saysHelloComingBack } from '../src/domain/comingBack.ts';
import { namesAMenuButton } from './wordChecks.ts';

export const GOAL_CHOICE = 'goalChoicePrompt';
const MISSES_BEFORE_WAY_OUT = 2;
// Longer words are left to be heard (a worry, a question) before the question is asked again.
const MAX_WAY_OUT_WORDS = 5;
const isShort = (text: string) => text.trim().split(/\s+/).length <= MAX_WAY_OUT_WORDS;

/**
 * `hidden`: understood when typed, not shown; `wayOut`: the value taken after a second miss, and
 * what is said then; `sorry`: said first when a reply is missed; `pickOne`: said instead when the
 * reply points at a button without saying which (needsCheck).
 */
export type GoalChoice = {
  choices: ChoiceOption[];
  hidden?: ChoiceOption[];
  reading?: ChoiceReading;
  wayOut: { value: string; note: string };
  sorry?: string;
  pickOne?: string;
};

export function goalChoicePrompt(): ListeningPrompt {
  return new ListeningPrompt(GOAL_CHOICE, async (prompt) => {
    const options = prompt.options as ListeningOptions & { validations: GoalChoice };
    const { choices, hidden = [], reading, wayOut, sorry = CHOICE_RETRY, pickOne } = options.validations;
    const text = prompt.recognized.value ?? '';
    const value = readChoice(text, [...choices, ...hidden], reading);
    if (value !== null) prompt.recognized.value = value;
    // A hello on coming back, or a menu button's words, is heard, never taken as the way out (round nineteen: "hiii").
    else if (prompt.attemptCount >= MISSES_BEFORE_WAY_OUT && isShort(text) && !saysHelloComingBack(text) && !namesAMenuButton(text)) {
      await prompt.context.sendActivity(wayOut.note);
      prompt.recognized.value = wayOut.value;
    } else {
      // The retry is built from the question as saved, so its first words are set here.
      if (options.question) options.question.sorry = pickOne && needsCheck(text, reading) ? pickOne : sorry;
      return false;
    }
    return true;
  });
}

export function askGoalChoice(step: WaterfallStepContext, text: string, choice: GoalChoice): Promise<DialogTurnResult> {
  const options: ListeningOptions = {
    question: { text, titles: choice.choices.map((option) => option.label), sorry: choice.sorry ?? CHOICE_RETRY },
    validations: choice,
    listening: { expecting: 'choice' },
  };
  return step.prompt(GOAL_CHOICE, options);
}

/** "Which job does this help you with?", the jobs as buttons; "Not sure" keeps the goal with no job. */
export function askWhichJob(step: WaterfallStepContext, jobTitles: string[]): Promise<DialogTurnResult> {
  const notSure: ChoiceOption = { value: say.notSureJob, label: say.notSureJob, synonyms: ['dont know', 'no idea', 'none', 'both', 'all'] };
  const jobs: ChoiceOption[] = jobTitles.map((title) => ({ value: title, label: title }));
  const wayOut = { value: say.notSureJob, note: say.noJobForNow };
  return askGoalChoice(step, say.askWhichJob, { choices: [...jobs, notSure], reading: 'job', wayOut, pickOne: say.pickOneJob });
}

/**
 * The job a goal keeps from the answer: none for "Not sure". Typed where there were no jobs to tap,
 * only words that name a job: a "yes" there had been kept as the job.
 */
export function jobGoalOf(answer: string, typedFreely: boolean): string | null {
  const job = answer.trim();
  if (job.toLowerCase() === say.notSureJob.toLowerCase()) return null;
  if (!typedFreely) return job;
  const read = readJobsWanted(job);
  return read.kind === 'jobs' ? jobsAsOneTitle(read.titles) : null;
}
