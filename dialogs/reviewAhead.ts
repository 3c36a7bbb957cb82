// The steps of a review, after its opening: for a client in work, the job first (reviewInWork.ts);
// each step that is due goes through the learning cycle
// (reviewItemDialog.ts); each step still ahead is only checked ("This one is for Wednesday 15 July.
// Can you still do it by then?"), with a new day if not, and is never marked not done; and when no
// step was due (every step done, or still ahead), the client is asked what comes next, so the plan
// goes on. Ends with the outcomes of the steps that were due.
import { WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type TextPrompt, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { parseYesNo } from '../src/domain/answers.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { isNotAGoal, tidyWords } from '../src/domain/goalWords.ts';
import { splitDayInsideAStep } from '../src/domain/dayInsideAStep.ts';
import { hasWords } from '../src/domain/reviewWords.ts';
import { dayInDays } from '../src/domain/plan.ts';
import { readChoice } from '../src/domain/partialAnswers.ts';
import type { ReviewOutcome } from '../src/domain/reviewOutcomes.ts';
import { readStillOnTrack } from '../src/domain/stillOnTrackWords.ts';
import type { CoachServices } from '../src/services.ts';
import { moveStepDate } from '../src/usecases/reminderAnswers.ts';
import { addStepAtReview } from '../src/usecases/review.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import * as say from '../src/messages/en/review.ts';
import { CHOICE_RETRY, ListeningPrompt, type ListeningOptions } from './prompts.ts';
import { laterDayOptions, laterDayPrompt, type LaterDayWords } from './laterDayPrompt.ts';
import { NEXT_DUE_PROMPT, NEXT_DUE_WORDS, REVIEW_ITEM, STEP_TAKEN_BACK, type ItemLoopState } from './reviewItemDialog.ts';
import { askForNextStep, saysNoNextStep, unsureOfAStep } from './reviewNextStep.ts';
import { REVIEW_WORK, ReviewWorkDialog, type WorkReviewState } from './reviewInWork.ts';

export const REVIEW_STEPS = 'reviewSteps';
const COMING_UP = 'reviewComingUp';
const NEW_STEP = 'reviewNewStep';
const NEW_DAY_PROMPT = 'reviewComingUpDay';
const ON_TRACK_PROMPT = 'reviewStillOnTrack';
const NEW_DAY_WORDS: LaterDayWords = { ask: say.askNewDay, notCaught: say.whenNotCaught, tooEarly: () => say.dayGone };

type QueuedStep = ItemLoopState['items'][number];

export interface ReviewStepsState {
  reviewId: string;
  /** Due today or before: "How did it go?". */
  due: QueuedStep[];
  /** Still ahead: "Can you still do it by then?". */
  comingUp: QueuedStep[];
  /** The goal a next step joins when no step was due. */
  goalLineageId: string | null;
  /** Their job, once they have said they started one: asked about first, and no job-search step is asked for. */
  work?: WorkReviewState | null;
}

/** The review's steps, one kind after the other; registered with its parts by ReviewDialog. */
export class ReviewStepsDialog extends WaterfallDialog {
  constructor() {
    super(REVIEW_STEPS, []);
    for (const step of [this.askAboutWork, this.reviewDue, this.checkComingUp, this.askWhatNext, this.finish]) this.addStep(step.bind(this));
  }

  /** The other dialogs and the prompt it runs, for the review dialog's set. */
  static parts(services: CoachServices): Array<WaterfallDialog | TextPrompt> {
    return [
      new ReviewStepsDialog(),
      new ComingUpDialog(services),
      new NewStepDialog(services),
      new ReviewWorkDialog(services),
      laterDayPrompt(NEW_DAY_PROMPT, services, NEW_DAY_WORDS),
      new ListeningPrompt(ON_TRACK_PROMPT, readOnTrack),
    ];
  }

  private state(step: WaterfallStepContext): ReviewStepsState {
    return step.options as ReviewStepsState;
  }

  private async askAboutWork(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { work } = this.state(step);
    return work ? step.beginDialog(REVIEW_WORK, work) : step.next();
  }

  private async reviewDue(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { reviewId, due } = this.state(step);
    if (due.length === 0) return step.next({ outcomes: [] });
    return step.beginDialog(REVIEW_ITEM, { reviewId, items: due, index: 0, outcomes: [] } satisfies ItemLoopState);
  }

  private async checkComingUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (step.values as { outcomes?: ReviewOutcome[] }).outcomes = (step.result as { outcomes?: ReviewOutcome[] } | undefined)?.outcomes ?? [];
    const { comingUp } = this.state(step);
    if (comingUp.length === 0) return step.next();
    return step.beginDialog(COMING_UP, { items: comingUp, index: 0 } satisfies ComingUpState);
  }

  /**
   * A step that was due was followed by its next step already; with none due, ask for one. Not in
   * work: the next step would be one for finding work (play-testing found it asked after a job start).
   */
  private async askWhatNext(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { due, comingUp, goalLineageId, work } = this.state(step);
    if (due.length > 0 || work) return step.next();
    return step.beginDialog(NEW_STEP, { goalLineageId, question: comingUp.length > 0 ? 'something-else' : 'next' } satisfies NewStepState);
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog({ outcomes: (step.values as { outcomes?: ReviewOutcome[] }).outcomes ?? [] });
  }
}

/** A button, or the words people use: "not yet", "its not til friday" (still on), "i cant make it" (change). */
async function readOnTrack(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const text = prompt.recognized.value ?? '';
  const value = readStillOnTrack(text) ?? readChoice(text, say.stillOnTrackChoices);
  if (value === null) return false;
  prompt.recognized.value = value;
  return true;
}

interface ComingUpState {
  items: QueuedStep[];
  index: number;
}

/** Each step still ahead: kept as it is, or moved to a new day (any day from today). */
class ComingUpDialog extends WaterfallDialog {
  constructor(private readonly services: CoachServices) {
    super(COMING_UP, []);
    for (const step of [this.askOnTrack, this.askNewDayIfNeeded, this.moveIt]) this.addStep(step.bind(this));
  }

  private item(step: WaterfallStepContext): QueuedStep {
    const { items, index } = step.options as ComingUpState;
    return items[index]!;
  }

  private async askOnTrack(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const item = this.item(step);
    const client = currentClient(step.context)!;
    const due = formatDueDate(new Date(item.dueAt!), client.timeZone, { now: this.services.clock.now() });
    const options: ListeningOptions = {
      question: { text: say.askStillOnTrack(item.text, due), titles: say.stillOnTrackChoices.map((choice) => choice.label), sorry: CHOICE_RETRY },
      listening: { expecting: 'choice', explanation: say.explainStillOnTrack, about: 'review' },
    };
    return step.prompt(ON_TRACK_PROMPT, options);
  }

  private async askNewDayIfNeeded(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'change') {
      await step.context.sendActivity(say.stillOnTrack);
      return this.nextItem(step);
    }
    const client = currentClient(step.context)!;
    return step.prompt(NEW_DAY_PROMPT, laterDayOptions(say.askNewDay, dayInDays(this.services.clock.now(), client.timeZone, 0), NEW_DAY_WORDS));
  }

  private async moveIt(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context)!;
    const now = this.services.clock.now();
    const dueAt = parseDueDate(String(step.result), { now, timeZone: client.timeZone })!;
    const earliest = dayInDays(now, client.timeZone, 0);
    const outcome = await moveStepDate(planDeps(this.services), { clientId: client.id, itemLineageId: this.item(step).lineageId, dueAt, by: 'client', earliest });
    await step.context.sendActivity(outcome.moved ? say.stepMovedTo(formatDueDate(dueAt, client.timeZone, { now })) : say.dayGone);
    return this.nextItem(step);
  }

  private nextItem(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as ComingUpState;
    const next: ComingUpState = { ...state, index: state.index + 1 };
    return next.index < next.items.length ? step.replaceDialog(COMING_UP, next) : step.endDialog();
  }
}

interface NewStepState {
  goalLineageId: string | null;
  /** 'next': no step is left to do; 'something-else': some are still ahead; 'what': "yes" was said. */
  question: 'next' | 'something-else' | 'what';
}

const QUESTIONS: Record<NewStepState['question'], string> = {
  next: say.askNextAfterDone,
  'something-else': say.askSomethingElse,
  what: say.askWhatIsTheStep,
};

/** The next step, its day read from its words or asked for, joins the plan with its reminders. */
class NewStepDialog extends WaterfallDialog {
  constructor(private readonly services: CoachServices) {
    super(NEW_STEP, []);
    for (const step of [this.askStep, this.askWhenIfNeeded, this.save]) this.addStep(step.bind(this));
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { question } = step.options as NewStepState;
    return askForNextStep(step, QUESTIONS[question]);
  }

  private async askWhenIfNeeded(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as NewStepState;
    const text = String(step.result ?? '').trim();
    if (saysNoNextStep(text) || unsureOfAStep(text)) return step.endDialog();
    // "yes" to "What else could you do?" says there is a step, not what it is.
    if (isNotAGoal(text)) return parseYesNo(text) === 'yes' && state.question !== 'what' ? step.replaceDialog(NEW_STEP, { ...state, question: 'what' }) : step.endDialog();
    const client = currentClient(step.context)!;
    const { text: stepText, due } = splitDayInsideAStep(text, { now: this.services.clock.now(), timeZone: client.timeZone });
    // "6" twice (the prompt gave it a second chance), or a day with no step: no step is made of it.
    if (!hasWords(stepText)) return step.next(STEP_TAKEN_BACK);
    Object.assign(step.values, { text: tidyWords(stepText), due: due?.toISOString() ?? null });
    if (due) return step.next(null);
    return step.prompt(NEXT_DUE_PROMPT, laterDayOptions(say.askWhen, null, NEXT_DUE_WORDS));
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === STEP_TAKEN_BACK) {
      await step.context.sendActivity(say.noNewStep);
      return step.endDialog();
    }
    const client = currentClient(step.context)!;
    const now = this.services.clock.now();
    const { text, due } = step.values as { text: string; due: string | null };
    const dueAt = due ? new Date(due) : parseDueDate(String(step.result), { now, timeZone: client.timeZone });
    const { goalLineageId } = step.options as NewStepState;
    await addStepAtReview(planDeps(this.services), { clientId: client.id, text, dueAt, goalLineageId });
    await step.context.sendActivity(say.nextStepSaved(dueAt ? formatDueDate(dueAt, client.timeZone, { now }) : null));
    return step.endDialog();
  }
}
