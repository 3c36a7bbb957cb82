// Setting a goal: the aim kept in the client's words (tidied); a question, with ideas as buttons, for
// each SMART piece the first step lacks (a day typed in it becomes its date); how sure they feel
// (smaller step below 7); which job it helps; the goal read back to change or keep
// (goalCheckDialog.ts); then the plan card, before they are asked to agree.
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { turnCoachingStyle } from '../src/bot/turnLookups.ts';
import { ProfileRepository } from '../src/db/profiles.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { nearerFirstStepDate } from '../src/domain/plan.ts';
import { analyseGoal, isAchievable, mergeGoalAnswer, type SmartCriterion } from '../src/domain/smart.ts';
import { isVagueAnswer, splitDate, tidyWords } from '../src/domain/goalWords.ts';
import { smallerStepAnswer } from '../src/domain/smallerStepAnswers.ts';
import { stepKeptAfterANod } from '../src/messages/en/goalQuestionReplies.ts';
import { repeats } from '../src/domain/stepWords.ts';
import { withCountOfOne } from '../src/domain/countOfOne.ts';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';
import { choiceSet } from './choiceSets.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { askText, createChoicePrompt, createTextPrompt, ListeningPrompt } from './prompts.ts';
import { askConfidence, confidencePrompt, sayRatingHeard } from './goalConfidence.ts';
import { askWhichJob, goalChoicePrompt, jobGoalOf } from './goalChoicePrompt.ts';
import { askStep, stepQuestion } from './stepQuestion.ts';
import { nearerStepAsked, nearerStepPrompt, takeNearerAnswer } from './nearerStepPrompt.ts';
import { dayCheckToBegin, farDayCheck, farDayChecked, farDayPrompt } from './farDayCheck.ts';
import { goalDateOptions, readGoalDate } from './goalDateReading.ts';
import { hearGoalAside, rememberingQuestions } from './goalAsides.ts';
import { saveCheckedGoal } from './goalSaving.ts';
import { GOAL_CHECK, GoalCheckDialog, takeFirstStep, type GoalCheckResult, type GoalDraft } from './goalCheckDialog.ts';
import { readGoalSaid } from '../src/domain/goalSaid.ts';
import { keepPartDay, partDayQuestion, partDayToAsk, takeStepsInOrder } from './goalStepsInOrder.ts';
import { changedMindTo } from '../src/domain/goalAnswerWords.ts';
import { withoutLeadingSorry } from '../src/domain/apologyWords.ts';
import { dayGone } from '../src/messages/en/review.ts';
import { answerWhatCameWithTheGoal, askGoalWords, GoalWordsPrompt } from './goalWordsPrompt.ts';
import { noteGoalWaiting } from './comingBackReply.ts';

const FLOW = 'smartGoalFlow';
const SHARPEN = 'smartGoalSharpen';
const DATE_PROMPT = 'smartGoalDate';
const NEARER_PROMPT = 'smartGoalNearer';
const FAR_PROMPT = 'smartGoalFarDay';
const FAR_CHECK = 'smartGoalFarDayCheck';
choiceSet('smartGoal.yesKeep', say.yesKeepChoices);
choiceSet('smartGoal.confirm', say.confirmChoices);

/** What a waterfall keeps between its steps (saved in the conversation state). */
interface StepMemory {
  draft?: GoalDraft;
  criterion?: SmartCriterion;
  suggestions?: string[];
  nearer?: string;
  askedAgain?: boolean;
  sureAsked?: boolean;
  part?: 'first' | 'then';
}

function memo(step: WaterfallStepContext): StepMemory {
  return step.values as StepMemory;
}

/** `aim`: the goal in the client's words, typed at the menu; `again`: asked once more after a no. */
export type SmartGoalOptions = { again?: boolean; aim?: string };

export class SmartGoalDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.smartGoal);
    this.addDialog(createChoicePrompt()).addDialog(createTextPrompt()).addDialog(new GoalWordsPrompt(services));
    this.addDialog(new ListeningPrompt(DATE_PROMPT, (prompt) => readGoalDate(prompt, services.clock.now()))).addDialog(confidencePrompt());
    this.addDialog(nearerStepPrompt(NEARER_PROMPT, services)).addDialog(farDayPrompt(FAR_PROMPT, services));
    this.addDialog(farDayCheck(FAR_CHECK, services, { farPrompt: FAR_PROMPT, datePrompt: DATE_PROMPT, askNext: (step) => this.offerNearerStep(step), remember: (steps) => rememberingQuestions(FLOW, steps) }));
    this.addDialog(new GoalCheckDialog(services)).addDialog(goalChoicePrompt()).addDialog(stepQuestion(() => services.clock.now()));
    this.addDialog(new WaterfallDialog(SHARPEN, rememberingQuestions(FLOW, [this.askMissingPiece.bind(this), this.suggestIfVague.bind(this), this.mergeAnswer.bind(this)])));
    const flow = [this.askWords, this.takeWords, this.askDate, this.takeDate, this.takeNearerChoice, this.askConfidence, this.takeConfidence, this.takeSmallerStep, this.askJob, this.confirm, this.save];
    this.addDialog(new WaterfallDialog(FLOW, rememberingQuestions(FLOW, flow.map((run) => run.bind(this)))));
    this.initialDialogId = FLOW;
  }

  /** "go back", "actually no make it thursday", "is this saved?": heard before the question on screen (goalAsides.ts). */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    noteGoalWaiting(inner); // named to a client back after days away (comingBackReply.ts)
    const goal = { flowId: FLOW, sharpenId: SHARPEN, checkId: GOAL_CHECK, readsDays: [DATE_PROMPT, NEARER_PROMPT, FAR_PROMPT], now: () => this.services.clock.now() };
    return (await hearGoalAside(inner, goal)) ?? super.onContinueDialog(inner);
  }

  private async askWords(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    if (!client) return step.endDialog();
    const jobGoals = await new ProfileRepository(this.services.db).jobGoals(client.id);
    const draft: GoalDraft = {
      clientId: client.id,
      timeZone: client.timeZone,
      style: await turnCoachingStyle(step.context, this.services.db, client),
      jobTitles: jobGoals.map((job) => job.title).filter(Boolean),
      aim: '', text: '', ratings: [],
    };
    memo(step).draft = draft;
    const { again, aim } = (step.options as SmartGoalOptions | undefined) ?? {};
    if (aim) {
      await step.context.sendActivity(say.startingFromTheirWords(escapeMarkdown(aim)));
      return step.next(aim);
    }
    const question = again ? say.askAgainInOwnWords : say.askWhatToWorkOn[draft.style.wording];
    return askGoalWords(step, question, say.aimExamples, { expecting: 'goal', explanation: say.explainAim, about: 'plan-words', purpose: say.whyAGoal });
  }

  private async takeWords(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    // A worry after the goal, or how it was asked for, is answered and not kept; a first step said with it is the step (goalSaid.ts).
    const said = readGoalSaid(String(step.result));
    await answerWhatCameWithTheGoal(step.context, said);
    Object.assign(draft, { aim: said.aim, text: said.step, sureSaid: said.sure });
    // "... and then apply to 3 places": two steps, each with its own day (round twenty-two).
    if (said.stepSaid) takeStepsInOrder(draft, this.dateContext(draft));
    return step.beginDialog(SHARPEN, { draft, asked: [] });
  }

  /** One question per missing piece the words can show (specific, measurable), each asked once. */
  private async askMissingPiece(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draft, asked } = step.options as { draft: GoalDraft; asked: SmartCriterion[] };
    const analysis = analyseGoal(draft.text, this.dateContext(draft));
    const missing = analysis.missing.find((piece) => piece.criterion !== 'timeBound' && !asked.includes(piece.criterion));
    if (!missing) {
      // "ring the college tomorrow": the day becomes the step's due date and leaves its words.
      const { text, due, gone } = splitDate(draft.text, this.dateContext(draft));
      draft.text = text;
      if (due) draft.dueAt = due.toISOString();
      // "ring the college 20/11" on 23 November: the day is asked again, not kept as next year's (round eight).
      if (gone) await step.context.sendActivity(dayGone);
      return step.endDialog(draft);
    }
    memo(step).criterion = missing.criterion;
    if (missing.criterion === 'specific') {
      return askStep(step, say.askOneStep[draft.style.wording], draft.timeZone);
    }
    const howMany = missing.need === 'how-many';
    memo(step).suggestions = say.measureIdeas(howMany);
    const question = howMany ? `${say.thatIsClear} ${say.askHowMany} ${say.howManyHint[draft.style.wording]}` : `${say.thatIsClear} ${say.askHowYouWillKnow}`;
    return askText(step, question, memo(step).suggestions, { explanation: howMany ? say.explainHowMany : say.explainHowYouWillKnow });
  }

  /** "dunno" to the measurable question gets an idea with buttons, not silent acceptance. */
  private async suggestIfVague(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = String(step.result ?? '');
    if (memo(step).criterion !== 'measurable' || !isVagueAnswer(answer)) return step.next(answer);
    const suggestions = memo(step).suggestions ?? say.measureIdeas(true);
    return askText(step, say.suggestMeasure(suggestions[0]!), suggestions);
  }

  private async mergeAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draft, asked } = step.options as { draft: GoalDraft; asked: SmartCriterion[] };
    const criterion = memo(step).criterion!;
    // "sorry, ring the library on monday" had kept its sorry in the plan (play-testing, round twenty-three).
    let answer = withoutLeadingSorry(String(step.result ?? ''));
    const changed = changedMindTo(answer);
    if (changed) {
      await step.context.sendActivity(say.stepChangedTo(escapeMarkdown(tidyWords(changed))));
      return step.replaceDialog(SHARPEN, { draft: { ...draft, text: changed }, asked: [] });
    }
    if (criterion === 'measurable' && isVagueAnswer(answer)) {
      answer = (memo(step).suggestions ?? say.measureIdeas(true))[0]!;
      await step.context.sendActivity(say.usingSuggestion(answer));
    }
    // "Apply for 1 jobs" (play-testing, first conversations): a count of one takes the singular.
    draft.text = withCountOfOne(mergeGoalAnswer(draft.text, criterion, answer));
    return step.replaceDialog(SHARPEN, { draft, asked: [...asked, criterion] });
  }

  private async askDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = (memo(step).draft = step.result as GoalDraft);
    const part = (memo(step).part = partDayToAsk(draft) ?? undefined);
    if (!part && draft.dueAt) return step.next(null);
    const question = part ? partDayQuestion(draft, part) : repeats(draft.text, this.dateContext(draft)) ? say.askWhenFirst : say.askWhen[draft.style.wording];
    return step.prompt(DATE_PROMPT, goalDateOptions(this.services.clock.now(), draft, question));
  }

  private async takeDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    await this.keepDay(step, draft);
    // A day more than six months off ("1/11" said in November), or one to say back ("the 3rd" on the 7th): checked once (farDayCheck.ts), which then offers a first step.
    const check = memo(step).part ? null : dayCheckToBegin(step, draft, this.services.clock.now());
    return check ? step.beginDialog(FAR_CHECK, check) : this.offerNearer(step, draft);
  }

  private async offerNearerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepDay(step, this.draft(step));
    return this.offerNearer(step, this.draft(step));
  }

  private async offerNearer(step: WaterfallStepContext, draft: GoalDraft): Promise<DialogTurnResult> {
    // Steps said in order: the other part's day, if not said; no nearer first step is offered.
    const part = (memo(step).part = partDayToAsk(draft) ?? undefined);
    if (part) return step.prompt(DATE_PROMPT, goalDateOptions(this.services.clock.now(), draft, partDayQuestion(draft, part)));
    if (draft.firstStep) return step.next(null);
    const nearer = nearerFirstStepDate(new Date(draft.dueAt!), this.services.clock.now(), draft.timeZone, draft.style.maxFirstStepDays);
    if (!nearer) return step.next(null);
    memo(step).nearer = nearer.toISOString();
    return step.prompt(NEARER_PROMPT, nearerStepAsked(draft, nearer, this.services.clock.now()));
  }

  /** A day read at the day question ("said|<ISO>" or "fallback|<ISO>"), for the part asked about or the step. */
  private async keepDay(step: WaterfallStepContext, draft: GoalDraft): Promise<void> {
    if (typeof step.result !== 'string') return;
    const [how, iso] = step.result.split('|') as [string, string];
    if (memo(step).part) keepPartDay(draft, memo(step).part!, iso);
    else draft.dueAt = iso;
    if (how === 'fallback') await step.context.sendActivity(say.dateFallback(this.dateWords(draft, iso)));
  }

  /** Yes, or a day typed for the first step ("thursday"): it becomes the first step's day. */
  private async takeNearerChoice(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // After the far-day check: its draft, and the answer to the first-step question it asked.
    const checked = farDayChecked(step.result);
    if (checked) Object.assign(memo(step), { draft: checked.draft, nearer: checked.nearer });
    const [choice, day] = String(checked ? checked.answer : step.result).split('|') as [string, string | undefined];
    if ((choice === 'said' || choice === 'fallback') && memo(step).part) {
      keepPartDay(this.draft(step), memo(step).part!, day!);
      return step.next(null);
    }
    const draft = this.draft(step);
    const taken = takeNearerAnswer(draft, choice, day, memo(step).nearer!, this.services.clock.now());
    if (taken.note) await step.context.sendActivity(taken.note);
    if (taken.askFirstStep) return askStep(step, say.askFirstStep[draft.style.wording], draft.timeZone);
    return step.next(taken.firstStep ?? null);
  }

  private async askConfidence(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (typeof step.result === 'string') takeFirstStep(draft, step.result, this.dateContext(draft));
    const said = draft.nearerFirstStep ? undefined : draft.sureSaid;
    memo(step).sureAsked = said === undefined;
    return askConfidence(step, say.askHowSure[draft.style.wording], said);
  }

  private async takeConfidence(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const rating = Number(step.result);
    draft.ratings.push(rating);
    if (memo(step).sureAsked) await sayRatingHeard(step, rating);
    if (isAchievable(rating)) return step.next(null);
    return askStep(step, say.askSmallerStep[draft.style.wording], draft.timeZone, [say.keepMyStep]);
  }

  private async takeSmallerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result !== 'string') return step.next(null);
    // "no its ok", "keep it"; a yes or "not sure" is heard as keeping it too, and the step said back.
    const kept = smallerStepAnswer(step.result);
    if (kept) {
      const draft = this.draft(step);
      await step.context.sendActivity(kept === 'keep' ? say.stepKept : stepKeptAfterANod(escapeMarkdown(tidyWords(draft.firstStep ?? draft.text))));
      return step.next(null);
    }
    takeFirstStep(this.draft(step), step.result, this.dateContext(this.draft(step)));
    memo(step).askedAgain = true;
    return askConfidence(step, say.askConfidenceAgain);
  }

  private async askJob(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (memo(step).askedAgain && typeof step.result === 'string') {
      const rating = Number(step.result);
      draft.ratings.push(rating);
      await sayRatingHeard(step, rating);
      if (!isAchievable(rating)) await step.context.sendActivity(say.smallStepsCount);
    }
    return draft.jobTitles.length === 0 ? askText(step, say.askWhichJobNone, [say.notSureJob]) : askWhichJob(step, draft.jobTitles);
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    draft.jobGoal = jobGoalOf(String(step.result), draft.jobTitles.length === 0);
    return step.beginDialog(GOAL_CHECK, { draft });
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const checked: GoalCheckResult = typeof step.result === 'string' ? { draft: this.draft(step), startAgain: step.result === 'change' } : step.result; // a string: saved before the read-back was its own dialog
    if (checked.startAgain) return step.replaceDialog(FLOW, { again: true });
    const draft = (memo(step).draft = checked.draft);
    if (!(await saveCheckedGoal(this.services, step.context, draft))) return step.endDialog();
    // "My plan" shows the plan as its card, then asks the client to agree to what they see.
    return step.replaceDialog(DialogIds.myPlan);
  }

  private dateContext(draft: GoalDraft) {
    return { now: this.services.clock.now(), timeZone: draft.timeZone };
  }

  private dateWords(draft: GoalDraft, iso: string): string {
    return formatDueDate(new Date(iso), draft.timeZone, { now: this.services.clock.now() });
  }

  private draft(step: WaterfallStepContext): GoalDraft {
    return memo(step).draft!;
  }
}
