// The goal read back before it is kept ("Is that right?"). A new day said there ("make it thursday",
// "can it be the 19th") moves the step it is for and reads the goal back again; "change the date"
// or "the step is wrong" asks for that part only; "Change" asks which part; "The whole goal" (or "the
// goal is wrong") goes back to the first question; "go back" after "Change" reads it back again.
// "i want to delete a step" with two steps asks which (unless the words name it) and reads the goal
// back without it; a goal with one step keeps it. News of a step done ("I rang the college") is
// asked about for the step it names (goalStepNews.ts). Ends with the draft, or { startAgain }.
import { ComponentDialog, Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { CoachingStyle } from '../src/domain/coachingStyle.ts';
import { formatDueDate, parseDueDate, type DateContext } from '../src/domain/dates.ts';
import { agreesToThePlan, goalSteps, splitDate, tidyAim, type GoalAnswers } from '../src/domain/goalWords.ts';
import { keepsTheStep, partToChange, saysGoBack, withNewDay, withoutStep, type GoalPart } from '../src/domain/goalCheckWords.ts';
import { readChoice } from '../src/domain/partialAnswers.ts';
import { repeats } from '../src/domain/stepWords.ts';
import { readStepChange, stepNamedIn, wantsToAddAStep, type NamedStep } from '../src/domain/stepChangeWords.ts';
import { agreesToTheReadBack, asksRatherThanChanges } from '../src/domain/readBackQuestions.ts';
import { addStepOnceKept } from '../src/messages/en/plan.ts';
import { dayIsNewsNotAChange, isOnlyAlright, tellsOfProgress } from '../src/domain/readBackWords.ts';
import * as readBack from '../src/messages/en/smartGoal.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { choiceSet } from './choiceSets.ts';
import { answeredThenAskedAgain, askChoice, CHOICE_RETRY, createChoicePrompt, createTextPrompt, ListeningPrompt, withButtons, type ListeningOptions } from './prompts.ts';
import { goalChoicePrompt } from './goalChoicePrompt.ts';
import { askStep, stepQuestion } from './stepQuestion.ts';
import { dateNotReadSorry } from './goalDateReading.ts';
import { DONE_FLOW, stepNewsDialogs } from './goalStepNews.ts';
import { buttonLabel, stepChoices, stepsOf } from './goalStepButtons.ts';

export const GOAL_CHECK = 'smartGoalCheck';
const CHECK_FLOW = 'smartGoalCheckFlow';
const CHECK_PROMPT = 'smartGoalCheckReply';
const DAY_PROMPT = 'smartGoalCheckDay';
const DROP_FLOW = 'smartGoalCheckDrop';
const DROP_PROMPT = 'smartGoalCheckDropWhich';
const MOVE_FLOW = 'smartGoalCheckMove';
const KEEP_BOTH = 'keep';
choiceSet('smartGoal.parts', say.partChoices);
choiceSet('smartGoal.moveDay', readBack.moveChoices);

/** The answers so far (the aim as first said: the goal keeps it, the steps say how), and the client's. */
export interface GoalDraft extends GoalAnswers {
  clientId: string;
  timeZone: string;
  style: CoachingStyle;
  jobTitles: string[];
  ratings: number[];
  jobGoal?: string | null;
  /** "did it", "I rang the college": a step done (0 first), in the client's words; marked done when the goal is kept. */
  stepDone?: { index: number; words: string };
  /** How sure, said with the goal ("im about 8 sure"): heard, not asked again (goal lines, round one). */
  sureSaid?: number;
}

export type GoalCheckOptions = { draft: GoalDraft; note?: string };
export type GoalCheckResult = { draft: GoalDraft; startAgain?: boolean };
type CheckValues = { draft?: GoalDraft; part?: GoalPart; due?: string };

/** A first step as typed; a day said inside it ("ring them tomorrow") becomes its date. */
export function takeFirstStep(draft: GoalDraft, typed: string, context: DateContext): void {
  const { text, due } = splitDate(typed, context);
  draft.firstStep = text;
  if (due) draft.firstStepDueAt = due.toISOString();
}

export class GoalCheckDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(GOAL_CHECK);
    this.addDialog(createChoicePrompt());
    this.addDialog(createTextPrompt());
    this.addDialog(new ListeningPrompt(CHECK_PROMPT, (prompt) => this.readCheckReply(prompt)));
    this.addDialog(new ListeningPrompt(DAY_PROMPT, (prompt) => this.readDay(prompt)));
    this.addDialog(goalChoicePrompt()).addDialog(stepQuestion(() => services.clock.now()));
    this.addDialog(new WaterfallDialog(CHECK_FLOW, [this.readBack.bind(this), this.takeReply.bind(this), this.askForPart.bind(this), this.takeChange.bind(this)]));
    this.addDialog(new ListeningPrompt(DROP_PROMPT, async (prompt) => readStepToDrop(prompt)));
    this.addDialog(new WaterfallDialog(DROP_FLOW, [this.askWhichStepOff.bind(this), this.takeStepOff.bind(this)]));
    this.addDialog(new WaterfallDialog(MOVE_FLOW, [this.askToMove.bind(this), this.takeMove.bind(this)]));
    for (const dialog of stepNewsDialogs(CHECK_FLOW)) this.addDialog(dialog);
    this.initialDialogId = CHECK_FLOW;
  }

  /** "go back" at "What would you like to change?" or after it: the goal is read back again. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const text = inner.context.activity.type === 'message' ? (inner.context.activity.text ?? '') : '';
    const flow = inner.stack.find((instance) => instance.id === CHECK_FLOW || instance.id === DROP_FLOW || instance.id === MOVE_FLOW || instance.id === DONE_FLOW);
    const draft = (flow?.state as { values?: CheckValues } | undefined)?.values?.draft;
    if (inner.activeDialog?.id === CHECK_PROMPT || !draft || !saysGoBack(text)) return super.onContinueDialog(inner);
    await inner.cancelAllDialogs();
    await inner.beginDialog(CHECK_FLOW, { draft } satisfies GoalCheckOptions);
    return Dialog.EndOfTurn;
  }

  private async readBack(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draft, note } = step.options as GoalCheckOptions;
    (step.values as CheckValues).draft = draft;
    const steps = goalSteps(draft);
    const [first, then] = steps.map((item) => ({ text: item.text, by: this.dateWords(draft, item.dueAt) }));
    const often = steps.some((item) => repeats(item.text, this.dateContext(draft)));
    const text = say.confirmGoal(tidyAim(draft.aim, this.dateContext(draft)), first, then, often);
    // The note ("OK, I have changed the step.") is said once, not with the question: asked again
    // after "help", the read-back had said it again as if changed again (play-testing).
    if (note) await step.context.sendActivity(note);
    const options: ListeningOptions = {
      question: { text, titles: say.confirmChoices.map((choice) => choice.label), sorry: CHOICE_RETRY, plain: true },
      validations: { timeZone: draft.timeZone },
      listening: { expecting: 'choice' },
    };
    return step.prompt(CHECK_PROMPT, options);
  }

  private async takeReply(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const [kind, value] = String(step.result).split('|') as [string, string | undefined];
    if (kind === 'yes') return step.endDialog({ draft } satisfies GoalCheckResult);
    if (kind === 'day') return this.moveTo(step, new Date(value!));
    // "they said come back in 2 weeks": asked before the step moves (round twenty: it had moved).
    if (kind === 'ask-day') return step.replaceDialog(MOVE_FLOW, { draft, due: value! });
    if (kind === 'alright') return step.replaceDialog(CHECK_FLOW, { draft, note: readBack.alrightAtReadBack } satisfies GoalCheckOptions);
    // "I rang them and they said to send my cv": asked before the step it names is marked done (rounds twenty-one, twenty-two).
    if (kind === 'progress') return step.replaceDialog(DONE_FLOW, { draft, note: step.context.activity.text ?? '' } satisfies GoalCheckOptions);
    if (kind === 'part') return step.next(value);
    // "i want to delete a step": which one, where there are two (round twelve); with one, how to
    // change it instead, not the step asked for again as if to rename it (round eleven).
    if (kind === 'drop') return this.dropStep(step, draft, step.context.activity.text ?? '');
    return askChoice(step, say.askWhichPart, say.partChoices);
  }

  private async askForPart(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const part = step.result as GoalPart;
    (step.values as CheckValues).part = part;
    if (part === 'goal') return step.endDialog({ draft, startAgain: true } satisfies GoalCheckResult);
    if (part === 'step') return askStep(step, say.askStepAgain, draft.timeZone, [say.keepMyStep]);
    const options: ListeningOptions = {
      question: { text: say.askNewDay, titles: say.dateExamples, sorry: say.dateNotCaught },
      validations: { timeZone: draft.timeZone },
      listening: { explanation: say.explainWhen },
    };
    return step.prompt(DAY_PROMPT, options);
  }

  private async takeChange(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if ((step.values as CheckValues).part === 'date') return this.moveTo(step, new Date(String(step.result).split('|')[1]!));
    // "actually no keep it": the step stays as it was, and nothing new is kept.
    if (keepsTheStep(String(step.result))) return step.replaceDialog(CHECK_FLOW, { draft, note: say.stepStaysAsItWas } satisfies GoalCheckOptions);
    takeFirstStep(draft, String(step.result), this.dateContext(draft));
    return step.replaceDialog(CHECK_FLOW, { draft, note: say.stepChanged } satisfies GoalCheckOptions);
  }

  /** The step the words name comes off; with none named, the client is asked which. */
  private dropStep(step: WaterfallStepContext, draft: GoalDraft, words: string): Promise<DialogTurnResult> {
    const steps = stepsOf(draft);
    if (steps.length < 2) return step.replaceDialog(CHECK_FLOW, { draft, note: say.stepCannotComeOff } satisfies GoalCheckOptions);
    const named = stepNamedIn(words, steps);
    if (named) return this.takeOff(step, draft, Number(named.lineageId));
    return step.replaceDialog(DROP_FLOW, { draft } satisfies GoalCheckOptions);
  }

  /** A day said as news: the step it would move is named, with the day, and moves only on a yes. */
  private async askToMove(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draft, due } = step.options as GoalCheckOptions & { due: string };
    Object.assign(step.values as CheckValues, { draft, due });
    const changed = withNewDay(draft, new Date(due)).changed;
    return askChoice(step, readBack.askToMoveTheStep(escapeMarkdown(changed), this.dateWords(draft, due)), readBack.moveChoices, CHOICE_RETRY, [], { plain: true });
  }

  private takeMove(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draft, due } = step.values as CheckValues;
    if (step.result === 'yes') return this.moveTo(step, new Date(due!));
    return step.replaceDialog(CHECK_FLOW, { draft: draft!, note: readBack.dayStaysAsItWas } satisfies GoalCheckOptions);
  }

  private async askWhichStepOff(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draft } = step.options as GoalCheckOptions;
    (step.values as CheckValues).draft = draft;
    const steps = stepsOf(draft);
    const options: DropPromptOptions = {
      question: { text: say.askWhichStepOff, titles: [...steps.map(buttonLabel), say.keepBothSteps], sorry: say.whichStepOffNotCaught, plain: true },
      validations: { steps },
      listening: { expecting: 'choice' },
    };
    return step.prompt(DROP_PROMPT, options);
  }

  private takeStepOff(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (step.result === KEEP_BOTH) return step.replaceDialog(CHECK_FLOW, { draft, note: say.bothStepsStay } satisfies GoalCheckOptions);
    return this.takeOff(step, draft, Number(step.result));
  }

  /** The goal read back without the step; it is kept only when the client says yes to it. */
  private takeOff(step: WaterfallStepContext, draft: GoalDraft, index: number): Promise<DialogTurnResult> {
    const gone = goalSteps(draft)[index]!.text;
    return step.replaceDialog(CHECK_FLOW, { draft: withoutStep(draft, index), note: say.stepTakenOff(escapeMarkdown(gone)) } satisfies GoalCheckOptions);
  }

  private moveTo(step: WaterfallStepContext, due: Date): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const { answers, changed } = withNewDay(draft, due);
    return step.replaceDialog(CHECK_FLOW, { draft: answers, note: say.dayChanged(changed, this.dateWords(draft, due.toISOString())) } satisfies GoalCheckOptions);
  }

  /** A day first ("no, friday" is a new day, not a no); then yes, a part named, or Change. */
  private async readCheckReply(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { timeZone } = (prompt.options as { validations: { timeZone: string } }).validations;
    const text = prompt.recognized.value ?? '';
    // "When is my next review?" asks; it is answered where it can be, and changes nothing (play-testing).
    if (asksRatherThanChanges(text)) return false;
    // "add a step: update my cv by friday week": never the first step's new day (play-testing: it had been).
    if (wantsToAddAStep(text)) return answeredThenAskedAgain(prompt, addStepOnceKept);
    const day = parseDueDate(text, { now: this.services.clock.now(), timeZone });
    const choice = agreesToThePlan(text) || agreesToTheReadBack(text) ? 'yes' : readChoice(text, say.confirmChoices);
    const part = partToChange(text);
    if (day) prompt.recognized.value = `${dayIsNewsNotAChange(text) ? 'ask-day' : 'day'}|${day.toISOString()}`;
    // "alright" alone is asked about once, clearly (round twenty: the goal had been kept on it).
    else if (isOnlyAlright(text)) prompt.recognized.value = 'alright';
    else if (choice === 'yes') prompt.recognized.value = 'yes';
    else if (tellsOfProgress(text)) prompt.recognized.value = 'progress';
    else if (readStepChange(text) === 'drop') prompt.recognized.value = 'drop';
    else if (part) prompt.recognized.value = `part|${part}`;
    else if (choice === 'change' || saysGoBack(text)) prompt.recognized.value = 'change';
    else return false;
    return true;
  }


  private async readDay(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { timeZone } = (prompt.options as { validations: { timeZone: string } }).validations;
    const text = prompt.recognized.value ?? '';
    const context = { now: this.services.clock.now(), timeZone };
    const day = parseDueDate(text, context);
    const { question } = prompt.options as ListeningOptions;
    if (!day && question) question.sorry = dateNotReadSorry(text, context);
    if (!day) return false;
    prompt.recognized.value = `said|${day.toISOString()}`;
    return true;
  }

  private dateContext(draft: GoalDraft): DateContext {
    return { now: this.services.clock.now(), timeZone: draft.timeZone };
  }

  private dateWords(draft: GoalDraft, iso: string): string {
    return formatDueDate(new Date(iso), draft.timeZone, { now: this.services.clock.now() });
  }

  private draft(step: WaterfallStepContext): GoalDraft {
    return (step.values as CheckValues).draft!;
  }
}

type DropPromptOptions = ListeningOptions & { validations: { steps: NamedStep[] } };

/** A step by its button, its place ("the first one", "2") or words only it has; "keep both" (or "actually no keep it") takes none off. */
async function readStepToDrop(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const { steps } = (prompt.options as DropPromptOptions).validations;
  const text = prompt.recognized.value ?? '';
  const choices = stepChoices(steps, { value: KEEP_BOTH, label: say.keepBothSteps, synonyms: say.keepBothSynonyms });
  const value = keepsTheStep(text) ? KEEP_BOTH : (stepNamedIn(text, steps)?.lineageId ?? readChoice(text, choices));
  if (value === null) return false;
  prompt.recognized.value = value;
  return true;
}
