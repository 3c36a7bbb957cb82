// One step of a review, then the next: the learning cycle for one action item, saved to its
// history, with the next step checked through the SMART analysis and added to the plan.
import { Dialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { turnCoachingStyle } from '../src/bot/turnLookups.ts';
import { parseChoice } from '../src/domain/answers.ts';
import { parseProgress, saysMoreThanOutcome } from '../src/domain/partialAnswers.ts';
import { namesAFeeling, namesAHardFeeling } from '../src/domain/textChecks.ts';
import { barrierTopicsNamed } from '../src/domain/barrierTopics.ts';
import { hasWords, saysItWasHard, takesBackTheStep, triesTheSameStepAgain } from '../src/domain/reviewWords.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { isNotAGoal, tidyWords } from '../src/domain/goalWords.ts';
import { splitDayInsideAStep } from '../src/domain/dayInsideAStep.ts';
import { readNotAStep } from '../src/domain/notAStepWords.ts';
import { tellsOfVolunteering } from '../src/domain/jobNewsGoodNews.ts';
import { replyToWorkThatIsNoNewJob } from './workNewsNotANewJob.ts';
import type { ReviewOutcome } from '../src/domain/reviewOutcomes.ts';
import type { CoachServices } from '../src/services.ts';
import { recordStepOutcome } from '../src/usecases/review.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import * as say from '../src/messages/en/review.ts';
import { adviserStepQuestionFirst, changeWishFirst, hardNewsFirst, noDayYetFirst, notWorkedHereYetFirst, toldOffWorryFirst } from './reviewAsides.ts';
import { tellsAStory, tellsOfALoss, tellsWhatTheyDid, worriesAboutBeingToldOff } from '../src/domain/reviewHeardWords.ts';
import { treatedBadlyWorryFirst } from './reviewWorryFirst.ts';
import { endsWhen, FirstRead, readingOf, unclearAnswer, type ReadFirst } from './reviewFirstRead.ts';
import { saysSorry } from '../src/domain/apologyWords.ts';
import { reasonNotDone } from '../src/domain/reminderReplyReading.ts';
import { notDoneHeard } from '../src/messages/en/reminders.ts';
import { askChoice, askText, createChoicePrompt, createTextPrompt, withButtons, type ListeningOptions } from './prompts.ts';
import { askForNextStep, saysNoNextStep, unsureOfAStep } from './reviewNextStep.ts';
import { laterDayOptions, laterDayPrompt, type LaterDayWords } from './laterDayPrompt.ts';

export const REVIEW_ITEM = 'reviewItem';
export const NEXT_DUE_PROMPT = 'reviewNextStepDay';
export const NEXT_DUE_WORDS: LaterDayWords = { ask: say.askWhen, notCaught: say.whenNotCaught, tooEarly: () => say.whenNotCaught };
const MAX_ANSWER = 500;
/** What the day prompt ends with when the client took the step back. */
export const STEP_TAKEN_BACK = { stepTakenBack: true } as const;

/** "Skip", tapped where a few words are asked, is kept as nothing said. */
function skippedAsEmpty(said: string): string {
  return parseChoice(said, [{ value: 'skip', label: say.skipThisOne }], { byPosition: false }) ? '' : said;
}

/**
 * "so I rang them on tuesday and the woman was lovely..." at "How did it go?" had "didn't catch
 * that" (play-testing reviews, round twenty-six): no button is guessed from it; it is kept as what
 * happened, and how far they got is asked plainly.
 */
const storyFirst: ReadFirst = (dc, text) => {
  if (!(tellsAStory(text) || tellsWhatTheyDid(text)) || parseChoice(text, say.outcomeChoices, { byPosition: false }) || parseProgress(text)) return null;
  const item = dc.stack.find((instance) => instance.id === REVIEW_ITEM);
  if (!item) return null;
  (item.state as { values: ItemAnswers }).values.story = text.trim().slice(0, MAX_ANSWER);
  const titles = (dc.activeDialog?.state.options as ListeningOptions | undefined)?.question?.titles ?? [];
  return dc.context.sendActivity(withButtons(say.storyHeard, titles)).then(() => Dialog.EndOfTurn);
};

interface ItemAnswers {
  outcome?: ReviewOutcome;
  whatHappened?: string;
  /** A sorry said with the outcome was answered then, not again. */
  sorryHeard?: boolean;
  /** A story told at "How did it go?" before a button was tapped: what happened. */
  story?: string;
  /** Someone close has died: only the next step is asked, gently. */
  gentle?: boolean;
  /** What happened already said it was hard: "How did it feel?" was not asked. */
  saidItWasHard?: boolean;
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
    // "sorry been rubbish, havent done it": a late step gets no blame, and the sorry is answered.
    answers(step).sorryHeard = saysSorry(typed);
    if (answers(step).sorryHeard) await step.context.sendActivity(say.noNeedForSorry);
    // "i didnt do it im so sorry is that going to get me in trouble": the worry answered too (round twenty-six).
    if (worriesAboutBeingToldOff(typed)) await step.context.sendActivity(say.toldOffWorryHeard);
    if (saysMoreThanOutcome(typed)) return step.next(typed.trim().slice(0, MAX_ANSWER));
    if (answers(step).story) return step.next(answers(step).story);
    return askText(step, say.askWhatHappened, [say.skipThisOne], { about: 'review' });
  }

  private async askFeelings(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const happened = skippedAsEmpty(step.result as string);
    answers(step).whatHappened = happened;
    if (!answers(step).sorryHeard && saysSorry(happened)) await step.context.sendActivity(say.noNeedForSorry);
    // "my dad passed away last week": sorry for their loss, and no questions on how the step felt (round twenty-six).
    if (tellsOfALoss(happened)) {
      answers(step).gentle = true;
      await step.context.sendActivity(say.lossHeard);
      return step.next('');
    }
    // "my mum was ill that week": the reason is answered, as it is after a reminder (play-testing
    // reviews, round two: it had gone straight on to "How did it feel?").
    // "i started volunteering at the food bank instead": glad news, said so (round twenty-seven).
    if (tellsOfVolunteering(happened)) await step.context.sendActivity(say.volunteeringHeard);
    // "my contract got extended", "did a bit of cash in hand instead": heard as at the menu (round twenty-eight).
    const notANewJob = replyToWorkThatIsNoNewJob(happened);
    if (notANewJob) await step.context.sendActivity(notANewJob);
    const reason = answers(step).outcome !== 'done' ? reasonNotDone(happened) : null;
    if (reason) await step.context.sendActivity(notDoneHeard[reason]);
    // "No longer needed": how it felt and what made it hard do not fit a step let go (round twenty-six).
    if (answers(step).outcome === 'dropped') return step.next('');
    // "i just couldnt" or "felt too anxious": asked what made it hard next, not how it felt as well.
    if (answers(step).outcome !== 'done' && (saysItWasHard(happened) || namesAFeeling(happened))) {
      answers(step).saidItWasHard = true;
      // "im scared of phones": the feeling is answered first (play-testing reviews, round three).
      if (namesAFeeling(happened) && !reason) await step.context.sendActivity(say.hardHeard);
      return step.next(namesAFeeling(happened) ? happened : '');
    }
    // "Done, I was nervous but proud after": how it felt is said already (play-testing, round sixteen).
    if (answers(step).outcome === 'done' && namesAFeeling(happened)) return step.next(happened);
    return askText(step, say.askFeelings, ['Good', 'OK', 'Not great'], { about: 'review' });
  }

  private async askWentWellOrHard(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = step.result as string;
    if (answers(step).outcome === 'dropped' || answers(step).gentle) return step.next('');
    // "my laptop broke" to "How did it feel?" already says what made it hard: not asked twice.
    if (answers(step).outcome !== 'done' && !answers(step).saidItWasHard && !namesAFeeling(said)) return step.next(said);
    answers(step).feelings = said;
    return askText(step, answers(step).outcome === 'done' ? say.askWentWell : say.askWhatWasHard, [say.skipThisOne], { about: 'review' });
  }

  private async askDifferently(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = skippedAsEmpty(step.result as string);
    answers(step).wentWell = said;
    if (answers(step).gentle) return step.next('');
    // "anxiety" to "What made it hard?" is heard, not passed over for the next question.
    if (answers(step).outcome !== 'done' && (namesAFeeling(said) || barrierTopicsNamed(said).length > 0)) await step.context.sendActivity(say.hardHeard);
    return askText(step, say.askDifferently, [say.nothingDifferent], { about: 'review' });
  }

  private async askNextStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    answers(step).differently = step.result as string;
    const outcome = answers(step).outcome as ReviewOutcome;
    // "anxiety lets me down" at "What would you do differently?": heard before the next question (round twenty-seven).
    if (outcome !== 'done' && !answers(step).gentle && namesAHardFeeling(answers(step).differently ?? '')) await step.context.sendActivity(say.hardFeelingBeforeNextStep);
    const question = outcome === 'done' ? say.askNextAfterDone : outcome === 'dropped' ? say.askNextAfterDropped : say.askNextAfterNotDone;
    return askForNextStep(step, question, question === say.askNextAfterNotDone);
  }

  /** The next step goes through the SMART check; a missing day is the one thing we always ask for. */
  private async askWhenIfNeeded(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = String(step.result ?? '').trim();
    // "idk" is no step: play-testing found "Idk" added to the plan as the next step, with a day.
    if (saysNoNextStep(text) || isNotAGoal(text) || unsureOfAStep(text)) return step.next(null);
    const client = currentClient(step.context)!;
    // "Email the tutor by next Friday": the day becomes the step's date and leaves its words.
    // "6", asked again and still no words: no step is made of it (see offerIdeasOnce).
    if (!hasWords(text)) return step.next(STEP_TAKEN_BACK);
    const now = this.services.clock.now();
    // "next wednesday" at "It can be the same step on a new day": that step, on that day (next step round two).
    const split = readNotAStep(text) === 'day' ? { text: '', due: parseDueDate(text, { now, timeZone: client.timeZone }) } : splitDayInsideAStep(text, { now, timeZone: client.timeZone });
    const { text: stepText, due } = split;
    // "try again next week", or only a new day: the step just reviewed, on that day.
    answers(step).nextStep = triesTheSameStepAgain(stepText, this.state(step).items[this.state(step).index]!.text) || !hasWords(stepText) ? await this.sameStepAgain(step) : tidyWords(stepText);
    answers(step).nextDue = due?.toISOString() ?? null;
    if (due) return step.next(null);
    // A day it cannot read gets "I didn't catch that date" and a second chance, not a step with no day.
    return step.prompt(NEXT_DUE_PROMPT, laterDayOptions(say.askWhen, null, NEXT_DUE_WORDS));
  }

  /** "try again next week": the step just reviewed, in its own words, said back so they know which. */
  private async sameStepAgain(step: WaterfallStepContext): Promise<string> {
    const { items, index } = this.state(step);
    const reviewed = await planDeps(this.services).reads.latestItemOf(currentClient(step.context)!.id, items[index]!.lineageId);
    const text = reviewed?.text ?? items[index]!.text;
    await step.context.sendActivity(say.sameStepAgain(escapeMarkdown(text.trim().replace(/[.!]+$/, ''))));
    return text;
  }

  /** The next step's day prompt lives in the review dialog's set; see ReviewDialog. */
  static nextDuePrompt(services: CoachServices): Dialog {
    const takenBack = endsWhen(takesBackTheStep, STEP_TAKEN_BACK);
    return new FirstRead(laterDayPrompt(NEXT_DUE_PROMPT, services, NEXT_DUE_WORDS), (dc, text) => takenBack(dc, text) ?? toldOffWorryFirst(dc, text) ?? noDayYetFirst(dc, text));
  }


  /**
   * The review's choice prompt, with a bare "yes" or "ok" asked again where it picks no button; a
   * question about the adviser's step answered, and a wish to change the step heard, at "How did it go?".
   */
  static choicePrompt(services: CoachServices): Dialog {
    const adviserStep = adviserStepQuestionFirst(services);
    const atHowItWent: ReadFirst = (dc, text) => (readingOf(dc) === 'progress' ? (changeWishFirst(dc, text) ?? storyFirst(dc, text)) : null);
    return new FirstRead(createChoicePrompt(), (dc, text) => unclearAnswer(dc, text) ?? adviserStep(dc, text) ?? toldOffWorryFirst(dc, text) ?? hardNewsFirst(dc, text) ?? atHowItWent(dc, text));
  }

  /** The review's questions in words: "has she rung them yet?" is answered there too. */
  static textPrompt(services: CoachServices): Dialog {
    const adviserStep = adviserStepQuestionFirst(services);
    return new FirstRead(createTextPrompt(), (dc, text) => adviserStep(dc, text) ?? toldOffWorryFirst(dc, text) ?? treatedBadlyWorryFirst(dc, text) ?? notWorkedHereYetFirst(dc, text) ?? hardNewsFirst(dc, text));
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context)!;
    const now = this.services.clock.now();
    const state = this.state(step);
    const item = state.items[state.index]!;
    const outcome = answers(step).outcome as ReviewOutcome;
    const takenBack = step.result === STEP_TAKEN_BACK;
    const nextStep = takenBack ? undefined : (answers(step).nextStep as string | undefined);
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
    if (takenBack) await step.context.sendActivity(say.noNewStep);
    if (nextStep) {
      await step.context.sendActivity(say.nextStepSaved(nextDue ? formatDueDate(nextDue, client.timeZone, { now }) : null));
    }

    const next: ItemLoopState = { ...state, index: state.index + 1, outcomes: [...state.outcomes, outcome] };
    if (next.index < next.items.length) return step.replaceDialog(REVIEW_ITEM, next);
    return step.endDialog({ outcomes: next.outcomes });
  }
}
