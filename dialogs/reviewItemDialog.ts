// One step of a review, then the next: the learning cycle for one action item, saved to its
// history, with the next step checked through the SMART analysis and added to the plan.
import { WaterfallDialog, type DialogTurnResult, type TextPrompt, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { turnCoachingStyle } from '../src/bot/turnLookups.ts';
import { parseChoice } from '../src/domain/answers.ts';
import { saysMoreThanOutcome } from '../src/domain/partialAnswers.ts';
import { namesAFeeling } from '../src/domain/textChecks.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { splitDate, tidyWords } from '../src/domain/goalWords.ts';
import type { ReviewOutcome } from '../src/domain/reviewOutcomes.ts';
import type { CoachServices } from '../src/services.ts';
import { recordStepOutcome } from '../src/usecases/review.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import * as say from '../src/messages/en/review.ts';
import { askChoice, askText } from './prompts.ts';
import { laterDayOptions, laterDayPrompt, type LaterDayWords } from './laterDayPrompt.ts';

export const REVIEW_ITEM = 'reviewItem';
export const NEXT_DUE_PROMPT = 'reviewNextStepDay';
export const NEXT_DUE_WORDS: LaterDayWords = { ask: say.askWhen, notCaught: say.whenNotCaught, tooEarly: () => say.whenNotCaught };
const MAX_ANSWER = 500;

interface ItemAnswers {
  outcome?: ReviewOutcome;
  whatHappened?: string;
  feelings?: string;
  wentWell?: string;
  differently?: string;
  nextStep?: string;
  nextDue?: string | null;
}

function answers(step: WaterfallStepContext): ItemAnswers {
  return step.values as ItemAnswers;
}

export interface ItemLoopState {
  reviewId: string;
  items: Array<{ lineageId: string; goalLineageId: string | null; text: string; dueAt: string | null }>;
  index: number;
  outcomes: ReviewOutcome[];
}

export class ReviewItemDialog extends WaterfallDialog {
  constructor(private readonly services: CoachServices) {
    super(REVIEW_ITEM, []);
    for (const step of [
      this.askOutcome,
      this.askWhatHappened,
      this.askFeelings,
      this.askWentWellOrHard,
      this.askDifferently,
      this.askNextStep,
      this.askWhenIfNeeded,
      this.save,
    ]) {
      this.addStep(step.bind(this));
    }
  }

  private state(step: WaterfallStepContext): ItemLoopState {
    return step.options as ItemLoopState;
  }

  private async askOutcome(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { items, index } = this.state(step);
    const item = items[index]!;
    const client = currentClient(step.context)!;
    const now = this.services.clock.now();
    const due = item.dueAt ? formatDueDate(new Date(item.dueAt), client.timeZone, { now }) : 'now';
    return askChoice(step, say.askOutcome(item.text, due), say.outcomeChoices, undefined, [], {
      reading: 'progress',
      explanation: say.explainOutcome,
      about: 'review',
    });
  }

  /** "partly, I made the homepage but not the rest" already says what happened: not asked twice. */
  private async askWhatHappened(step: WaterfallStepContext): Promise<DialogTurnResult> {
    answers(step).outcome = step.result as ReviewOutcome;
    const typed = step.context.activity.text ?? '';
    if (saysMoreThanOutcome(typed)) return step.next(typed.trim().slice(0, MAX_ANSWER));
    return askText(step, say.askWhatHappened, [], { about: 'review' });
  }

  private async askFeelings(step: WaterfallStepContext): Promise<DialogTurnResult> {
    answers(step).whatHappened = step.result as string;
    return askText(step, say.askFeelings, ['Good', 'OK', 'Not great'], { about: 'review' });
  }

  private async askWentWellOrHard(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = step.result as string;
    // "my laptop broke" to "How did it feel?" already says what made it hard: not asked twice.
    if (answers(step).outcome !== 'done' && !namesAFeeling(said)) return step.next(said);
    answers(step).feelings = said;
    return askText(step, answers(step).outcome === 'done' ? say.askWentWell : say.askWhatWasHard, [], { about: 'review' });
  }

  private async askDifferently(step: WaterfallStepContext): Promise<DialogTurnResult> {
    answers(step).wentWell = step.result as string;
    return askText(step, say.askDifferently, [say.nothingDifferent], { about: 'review' });
  }

  private async askNextStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    answers(step).differently = step.result as string;
    const outcome = answers(step).outcome as ReviewOutcome;
    const question = outcome === 'done' ? say.askNextAfterDone : outcome === 'dropped' ? say.askNextAfterDropped : say.askNextAfterNotDone;
    return askText(step, question, say.noNextStepChoices.map((c) => c.label), { about: 'next-step' });
  }

  /** The next step goes through the SMART check; a missing day is the one thing we always ask for. */
  private async askWhenIfNeeded(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = String(step.result ?? '').trim();
    if (parseChoice(text, say.noNextStepChoices, { byPosition: false })) return step.next(null);
    const client = currentClient(step.context)!;
    // "Email the tutor by next Friday": the day becomes the step's date and leaves its words.
    const { text: stepText, due } = splitDate(text, { now: this.services.clock.now(), timeZone: client.timeZone });
    answers(step).nextStep = tidyWords(stepText);
    answers(step).nextDue = due?.toISOString() ?? null;
    if (due) return step.next(null);
    // A day it cannot read gets "I didn't catch that date" and a second chance, not a step with no day.
    return step.prompt(NEXT_DUE_PROMPT, laterDayOptions(say.askWhen, null, NEXT_DUE_WORDS));
  }

  /** The next step's day prompt lives in the review dialog's set; see ReviewDialog. */
  static nextDuePrompt(services: CoachServices): TextPrompt {
    return laterDayPrompt(NEXT_DUE_PROMPT, services, NEXT_DUE_WORDS);
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context)!;
    const now = this.services.clock.now();
    const state = this.state(step);
    const item = state.items[state.index]!;
    const outcome = answers(step).outcome as ReviewOutcome;
    const nextStep = answers(step).nextStep as string | undefined;
    let nextDue = answers(step).nextDue ? new Date(answers(step).nextDue!) : null;
    if (nextStep && !nextDue && typeof step.result === 'string') nextDue = parseDueDate(step.result, { now, timeZone: client.timeZone });

    await recordStepOutcome(planDeps(this.services), {
      clientId: client.id,
      reviewId: state.reviewId,
      step: item,
      outcome,
      answers: {
        whatHappened: answers(step).whatHappened as string,
        feelings: answers(step).feelings as string,
        wentWell: answers(step).wentWell as string,
        differently: answers(step).differently as string,
      },
      nextStep: nextStep ? { text: nextStep, dueAt: nextDue } : null,
    });

    const style = await turnCoachingStyle(step.context, this.services.db, client);
    if (outcome === 'done' && style.feedback === 'every-step') await step.context.sendActivity(say.celebrateStep);
    if (outcome === 'not-done' || outcome === 'partly-done') await step.context.sendActivity(say.encourageStep);
    if (nextStep) {
      await step.context.sendActivity(say.nextStepSaved(nextDue ? formatDueDate(nextDue, client.timeZone, { now }) : null));
    }

    const next: ItemLoopState = { ...state, index: state.index + 1, outcomes: [...state.outcomes, outcome] };
    if (next.index < next.items.length) return step.replaceDialog(REVIEW_ITEM, next);
    return step.endDialog({ outcomes: next.outcomes });
  }
}
