// News of a step done, told at a goal's read-back ("I rang the college"): the step the words name
// is the one asked about; where the words name none of two steps, the client is asked which. The
// step is marked done, with the words, only on a clear yes (goalSaving.ts does it once the goal is
// kept). Play-testing, round twenty-two: the news had always gone to the first step.
import { WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { goalSteps } from '../src/domain/goalWords.ts';
import { readChoice } from '../src/domain/partialAnswers.ts';
import { stepNamedIn, type NamedStep } from '../src/domain/stepChangeWords.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { choiceSet } from './choiceSets.ts';
import { askChoice, CHOICE_RETRY, ListeningPrompt, type ListeningOptions } from './prompts.ts';
import { buttonLabel, stepChoices, stepsOf } from './goalStepButtons.ts';
import type { GoalCheckOptions, GoalDraft } from './goalCheckDialog.ts';

export const DONE_FLOW = 'smartGoalCheckDone';
const WHICH_PROMPT = 'smartGoalCheckDoneWhich';
const NEITHER = 'neither';
choiceSet('smartGoal.markDone', say.markDoneChoices);

type NewsValues = { draft: GoalDraft; news: string; index?: number };
type WhichOptions = ListeningOptions & { validations: { steps: NamedStep[] } };

/** The dialogs that hear the news; `checkFlow` reads the goal back again after it. */
export function stepNewsDialogs(checkFlow: string): [WaterfallDialog, ListeningPrompt] {
  const back = (step: WaterfallStepContext, draft: GoalDraft, note: string) => step.replaceDialog(checkFlow, { draft, note } satisfies GoalCheckOptions);

  async function askWhich(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draft, note } = step.options as GoalCheckOptions;
    Object.assign(step.values, { draft, news: note ?? '' } satisfies NewsValues);
    const steps = stepsOf(draft);
    const named = steps.length === 1 ? steps[0] : stepNamedIn(note ?? '', steps);
    if (named) return step.next(named.lineageId);
    const options: WhichOptions = {
      question: { text: say.askWhichStepDone, titles: [...steps.map(buttonLabel), say.neitherStep], sorry: say.whichStepDoneNotCaught, plain: true },
      validations: { steps },
      listening: { expecting: 'choice' },
    };
    return step.prompt(WHICH_PROMPT, options);
  }

  async function askToMark(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as NewsValues;
    if (step.result === NEITHER) return back(step, values.draft, say.notMarkedDone);
    values.index = Number(step.result);
    const text = goalSteps(values.draft)[values.index]!.text;
    return askChoice(step, say.askToMarkDone(escapeMarkdown(text)), say.markDoneChoices, CHOICE_RETRY, [], { plain: true });
  }

  async function takeMark(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draft, news, index } = step.values as NewsValues;
    if (step.result !== 'yes') return back(step, draft, say.notMarkedDone);
    const marked: GoalDraft = { ...draft, stepDone: { index: index!, words: news } };
    return back(step, marked, say.willMarkDone(escapeMarkdown(goalSteps(marked)[index!]!.text)));
  }

  return [new WaterfallDialog(DONE_FLOW, [askWhich, askToMark, takeMark]), new ListeningPrompt(WHICH_PROMPT, readStepDone)];
}

/** A step by its button, its place or words only it has; "neither" marks none. */
async function readStepDone(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const { steps } = (prompt.options as WhichOptions).validations;
  const text = prompt.recognized.value ?? '';
  const choices = stepChoices(steps, { value: NEITHER, label: say.neitherStep, synonyms: say.neitherSynonyms });
  const value = stepNamedIn(text, steps)?.lineageId ?? readChoice(text, choices);
  if (value === null) return false;
  prompt.recognized.value = value;
  return true;
}
