// "Can I change my plan?", "move the cv step to friday", "i dont need the cv step any more": the
// client changes a step of their own. Which step and what change are read from the words that
// started it where they say so, and asked where they do not; taking a step off is asked once more.
// Then the plan is shown to agree again, as after a review. News of work ends the change and
// begins in-work support (changeStepNews.ts); "i moved house" is heard, never read as a move; a day
// where taking a step off is asked moves it instead; "add a step" or a new step's words are told
// how to add one, never taken for an old step. Started where the plan waits to be agreed
// (agreeAsides.ts), keeping the plan as it is goes back to agreeing it (play-testing: "keep it"
// had ended at the menu, the plan not agreed).
import { WaterfallDialog, ComponentDialog, type DialogContext, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { PlanRepository } from '../src/db/plans.ts';
import type { ChoiceOption } from '../src/domain/answers.ts';
import { extractDueDate, formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { dayInDays, isStillToDo } from '../src/domain/plan.ts';
import { readChoice } from '../src/domain/partialAnswers.ts';
import { readStepChange, readsAsANewStep, stepNamedIn, tellsOfMovingHome, wantsToAddAStep, type StepChange } from '../src/domain/stepChangeWords.ts';
import { cutToLength } from '../src/domain/textChecks.ts';
import type { CoachServices } from '../src/services.ts';
import { dropStepAsClient } from '../src/usecases/clientPlanChanges.ts';
import { moveStepDate } from '../src/usecases/reminderAnswers.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import * as say from '../src/messages/en/changeStep.ts';
import { DialogIds } from './dialogIds.ts';
import { answeredThenAskedAgain, CHOICE_PROMPT, CHOICE_RETRY, createChoicePrompt, ListeningPrompt, withButtons, type ListeningOptions } from './prompts.ts';
import { laterDayOptions, laterDayPrompt, type LaterDayWords } from './laterDayPrompt.ts';
import { looksLikeAQuestion } from '../src/domain/intentGuards.ts';
import { jobNewsMidChange } from './changeStepNews.ts';

const FLOW = 'changeStepFlow';
const STEP_PROMPT = 'changeStepWhich';
const DAY_PROMPT = 'changeStepDay';
const KEEP = 'keep';
const CHANGE_HEARD = /^change:(move|drop)$/;
const WHAT_PROMPT = 'changeStepWhat';
const DROP_PROMPT = 'changeStepDropSure';
const ADD = 'add';
/** Where news of work ends the change (changeStepNews.ts). */
const QUESTIONS = new Set([STEP_PROMPT, DAY_PROMPT, WHAT_PROMPT, DROP_PROMPT, CHOICE_PROMPT]);
/** Long steps are cut on their buttons; the whole text is read back in the questions. */
const BUTTON_LENGTH = 40;
const DAY_WORDS: LaterDayWords = { ask: say.askNewDayShort, notCaught: say.dayNotCaught };

/**
 * `stepId`: the step already chosen ("next tuesday" where taking it off was asked); `fromAgreement`:
 * started where the plan waits to be agreed, so keeping it as it is asks for agreement again.
 */
export type ChangeStepOptions = { text?: string; stepId?: string; fromAgreement?: boolean };

type StepShown = { lineageId: string; text: string; dueAt: string | null };
type Values = { words: string; steps: StepShown[]; chosen?: StepShown; change?: say.ChangeChoice; dueAt?: string };

export class ChangeStepDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.changeStep);
    this.addDialog(createChoicePrompt());
    this.addDialog(new ListeningPrompt(STEP_PROMPT, async (prompt) => readStep(prompt.recognized.value ?? '', prompt.options as StepPromptOptions, prompt)));
    this.addDialog(laterDayPrompt(DAY_PROMPT, services, DAY_WORDS));
    this.addDialog(new ListeningPrompt(WHAT_PROMPT, (prompt) => this.readWhatToDo(prompt)));
    this.addDialog(new ListeningPrompt(DROP_PROMPT, (prompt) => this.readDropSure(prompt)));
    this.addDialog(new WaterfallDialog(FLOW, [this.pickStep.bind(this), this.pickChange.bind(this), this.askDetail.bind(this), this.apply.bind(this)]));
    this.initialDialogId = FLOW;
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    return (await jobNewsMidChange(inner, QUESTIONS)) ?? super.onContinueDialog(inner);
  }

  private async pickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    if (!client) return step.endDialog();
    const { text: words = '', stepId } = (step.options ?? {}) as ChangeStepOptions;
    const plan = await new PlanRepository(this.services.db, this.services.clock).currentPlan(client.id);
    const steps = (plan?.items ?? [])
      .filter((item) => item.owner === 'client' && isStillToDo(item.status))
      .map((item) => ({ lineageId: item.lineageId, text: item.text, dueAt: item.dueAt?.toISOString() ?? null }));
    if (steps.length === 0) {
      await step.context.sendActivity(say.noStepsToChange);
      return step.endDialog();
    }
    Object.assign(step.values, { words, steps } satisfies Values);
    if (!readStepChange(words)) await step.context.sendActivity(say.whatICanChange);
    const named = steps.find((shown) => shown.lineageId === stepId) ?? (steps.length === 1 ? steps[0]! : stepNamedIn(words, steps));
    if (named) return step.next(named.lineageId);
    const options: StepPromptOptions = {
      question: { text: say.askWhichStep, titles: [...steps.map(buttonLabel), say.keepPlanLabel], sorry: say.whichStepNotCaught },
      listening: { expecting: 'choice' },
      validations: { steps },
    };
    return step.prompt(STEP_PROMPT, options);
  }

  private async pickChange(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const heard = CHANGE_HEARD.exec(String(step.result));
    if (heard) {
      // "move it to another day" where the step is asked: kept with the first words, and asked again.
      await step.context.sendActivity(say.changeHeard[heard[1] as StepChange]);
      return step.replaceDialog(FLOW, { ...startedFrom(step), text: `${values.words} ${step.context.activity.text ?? ''}` } satisfies ChangeStepOptions);
    }
    if (step.result === ADD) {
      await step.context.sendActivity(say.addAStepHow);
      return step.endDialog();
    }
    const chosen = values.steps.find((shown) => shown.lineageId === step.result);
    if (!chosen) return this.keep(step);
    values.chosen = chosen;
    const change = readStepChange(values.words);
    if (change) return step.next(change);
    const options: ListeningOptions = {
      question: { text: say.askWhatToDo(chosen.text), titles: say.changeChoices.map((choice) => choice.label), sorry: CHOICE_RETRY, plain: true },
      listening: { expecting: 'choice', explanation: say.explainChange },
    };
    return step.prompt(WHAT_PROMPT, options);
  }

  /** A button, or words that say the change: "move it to tuesday", or a day alone ("thursday"). */
  private async readWhatToDo(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    const client = currentClient(prompt.context);
    if (tellsOfMovingHome(text)) return answeredThenAskedAgain(prompt, say.movedHomeHeard);
    const day = client ? parseDueDate(text, { now: this.services.clock.now(), timeZone: client.timeZone }) : null;
    // "what happens if i take it off" asks; it is answered, not taken as the answer.
    const words = looksLikeAQuestion(text.trim()) ? null : (readStepChange(text) ?? (day ? 'move' : null));
    const change = readChoice(text, say.changeChoices) ?? words;
    if (!change) return false;
    prompt.recognized.value = change;
    return true;
  }

  private async askDetail(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const change = step.result as say.ChangeChoice;
    values.change = change;
    const chosen = values.chosen!;
    if (change === 'keep') return this.keep(step);
    if (change === 'drop') {
      const options: DropPromptOptions = {
        question: { text: say.askDropSure(chosen.text), titles: say.dropChoices.map((choice) => choice.label), sorry: CHOICE_RETRY, plain: true },
        listening: { expecting: 'choice', explanation: say.explainChange },
        validations: { steps: values.steps, chosen },
      };
      return step.prompt(DROP_PROMPT, options);
    }
    // A day said with the change, here or in the first words ("move the cv step to friday").
    // Earlier than the day it has is fine ("move it to tuesday" when it is due Friday); the date
    // reader never gives a day before today.
    const day = this.dayIn(step, step.context.activity.text ?? '') ?? this.dayIn(step, values.words);
    if (day) values.dueAt = day;
    if (values.dueAt) return step.next();
    return step.prompt(DAY_PROMPT, laterDayOptions(say.askNewDay(chosen.text), null, DAY_WORDS));
  }

  private async apply(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const client = currentClient(step.context)!;
    const chosen = values.chosen!;
    const deps = planDeps(this.services);
    const now = this.services.clock.now();
    if (values.change === 'drop') {
      // "next tuesday", "move the date" where taking it off was asked: a new day for the same step.
      if (step.result === 'move') return step.replaceDialog(FLOW, { ...startedFrom(step), text: 'move', stepId: chosen.lineageId } satisfies ChangeStepOptions);
      if (step.result !== 'drop-yes') return this.keep(step);
      // Their own words go into the step's history when they said why ("not needed, they rang me").
      const inTheirWords = readStepChange(values.words) === 'drop' ? values.words : '';
      const outcome = await dropStepAsClient(deps, { clientId: client.id, itemLineageId: chosen.lineageId, inTheirWords });
      if (outcome === 'not-open') return this.alreadyClosed(step);
      await step.context.sendActivity(say.dropped(chosen.text));
    } else {
      // "move my cv step to friday" typed where the day for another step is asked: that step is meant.
      const named = values.dueAt ? null : stepNamedIn(step.context.activity.text ?? '', values.steps);
      if (named && named.lineageId !== chosen.lineageId) return step.replaceDialog(FLOW, { ...startedFrom(step), text: step.context.activity.text ?? '' } satisfies ChangeStepOptions);
      const dueAt = values.dueAt ? new Date(values.dueAt) : parseDueDate(String(step.result), { now, timeZone: client.timeZone })!;
      const earliest = dayInDays(now, client.timeZone, 0);
      const outcome = await moveStepDate(deps, { clientId: client.id, itemLineageId: chosen.lineageId, dueAt, by: 'client', earliest });
      if (!outcome.moved) return this.alreadyClosed(step);
      await step.context.sendActivity(say.movedTo(chosen.text, formatDueDate(dueAt, client.timeZone, { now })));
    }
    await step.context.sendActivity(say.lookAgain);
    return step.replaceDialog(DialogIds.myPlan);
  }

  /** Yes or no to taking the step off; a day or "move it" instead; the same step named is answered plainly. */
  private async readDropSure(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    const { steps, chosen } = (prompt.options as DropPromptOptions).validations;
    const client = currentClient(prompt.context);
    const day = client ? parseDueDate(text, { now: this.services.clock.now(), timeZone: client.timeZone }) : null;
    const choice = readChoice(text, say.dropChoices);
    const value = choice ?? (day || readStepChange(text) === 'move' ? 'move' : null);
    if (value) {
      prompt.recognized.value = value;
      return true;
    }
    if (stepNamedIn(text, steps)?.lineageId === chosen.lineageId) return answeredThenAskedAgain(prompt, say.sameStepAtDrop(chosen.text));
    return false;
  }


  /** A day said with the change ("move it to friday"), earlier or later than the day it has. */
  private dayIn(step: WaterfallStepContext, words: string): string | undefined {
    const client = currentClient(step.context)!;
    return extractDueDate(words, { now: this.services.clock.now(), timeZone: client.timeZone }).dueAt?.toISOString();
  }

  /** Nothing changed: the plan stays; started at the agreement question, agreeing is asked again. */
  private async keep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (!startedFrom(step).fromAgreement) {
      await step.context.sendActivity(say.keptAsItIs);
      return step.endDialog();
    }
    await step.context.sendActivity(say.keptAgreeAgain);
    return step.replaceDialog(DialogIds.myPlan);
  }

  private async alreadyClosed(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(say.alreadyClosed);
    return step.endDialog();
  }
}

/** Where the change began, carried when the questions start again. */
function startedFrom(step: WaterfallStepContext): Pick<ChangeStepOptions, 'fromAgreement'> {
  return (step.options as ChangeStepOptions | undefined)?.fromAgreement ? { fromAgreement: true } : {};
}

type StepPromptOptions = ListeningOptions & { validations: { steps: StepShown[] } };
type DropPromptOptions = ListeningOptions & { validations: { steps: StepShown[]; chosen: StepShown } };

/** A step by its button, its place, or words only it has; "keep my plan" ends without a change. */
function readStep(text: string, options: StepPromptOptions, prompt: { recognized: { value?: string } }): boolean {
  const { steps } = options.validations;
  const choices: ChoiceOption[] = [
    ...steps.map((shown) => ({ value: shown.lineageId, label: buttonLabel(shown), synonyms: [shown.text] })),
    { value: KEEP, label: say.keepPlanLabel, synonyms: say.keepPlanSynonyms },
  ];
  const change = readStepChange(text);
  const named = stepNamedIn(text, steps);
  // "add a step", or a new step's own words ("apply to 2 kitchens in leeds"): never an old step picked.
  const adds = !change && (wantsToAddAStep(text) || (named !== null && readsAsANewStep(text, named)));
  const value = adds ? ADD : (readChoice(text, choices) ?? named?.lineageId ?? (change ? `change:${change}` : null));
  if (value === null) return false;
  prompt.recognized.value = value;
  return true;
}

function buttonLabel(shown: StepShown): string {
  const { text, cut } = cutToLength(shown.text, BUTTON_LENGTH);
  return cut ? `${text}...` : text;
}
