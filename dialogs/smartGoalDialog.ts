// Setting a goal: starts from the client's own words and asks one friendly question for each
// SMART piece that is missing, then how sure they feel (smaller step below 7), which job it helps
// with, and confirms the goal in their words before it goes into the plan.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { coachingStyleFor } from '../src/db/coachingStyles.ts';
import { syncPlanReminders } from '../src/scheduler/reminderPlanning.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { ProfileRepository } from '../src/db/profiles.ts';
import type { ChoiceOption } from '../src/domain/answers.ts';
import { phrase, type CoachingStyle } from '../src/domain/coachingStyle.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { dayInDays, nearerFirstStepDate, nextReviewDate } from '../src/domain/plan.ts';
import { analyseGoal, isAchievable, mergeGoalAnswer, parseConfidence, type SmartCriterion } from '../src/domain/smart.ts';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';
import * as say from './messages/smartGoal.ts';
import { agreeButton, agreed, askAgree, notAgreedYet, notYetButton } from './messages/plan.ts';
import { askChoice, askText, createChoicePrompt, createTextPrompt, ListeningPrompt, withButtons } from './prompts.ts';

const FLOW = 'smartGoalFlow';
const SHARPEN = 'smartGoalSharpen';
const DATE_PROMPT = 'smartGoalDate';
const CONFIDENCE_PROMPT = 'smartGoalConfidence';
const CONFIDENCE_BUTTONS = Array.from({ length: 10 }, (_, i) => String(i + 1));
const DATE_ATTEMPTS = 3;

interface GoalDraft {
  clientId: string;
  timeZone: string;
  style: CoachingStyle;
  jobTitles: string[];
  text: string;
  dueAt?: string;
  firstStep?: string;
  firstStepDueAt?: string;
  ratings: number[];
  jobGoal?: string | null;
}

/** What a waterfall keeps between its steps (saved in the conversation state). */
interface StepMemory {
  draft?: GoalDraft;
  criterion?: SmartCriterion;
  nearer?: string;
  askedAgain?: boolean;
}

function memo(step: WaterfallStepContext): StepMemory {
  return step.values as StepMemory;
}

const yesKeep: ChoiceOption<'yes' | 'keep'>[] = [
  { value: 'yes', label: say.yesFirstStep, synonyms: ['yes', 'y', 'ok', 'okay', 'sure', 'yeah', 'yep', 'i could'] },
  { value: 'keep', label: say.keepMyDate, synonyms: ['no', 'n', 'nope', 'keep', 'keep it', 'no thanks'] },
];
const confirmChoices: ChoiceOption<'yes' | 'change'>[] = [
  { value: 'yes', label: say.confirmYes, synonyms: ['yes', 'y', 'right', 'thats right', 'correct', 'ok', 'okay', 'yeah', 'yep', 'save'] },
  { value: 'change', label: say.confirmChange, synonyms: ['no', 'n', 'change it', 'edit', 'wrong', 'not right'] },
];
const agreeChoices: ChoiceOption<'agree' | 'later'>[] = [
  { value: 'agree', label: agreeButton, synonyms: ['i agree', 'agree', 'yes', 'yes i agree', 'ok', 'okay'] },
  { value: 'later', label: notYetButton, synonyms: ['no', 'later', 'not now', 'no thanks'] },
];

export class SmartGoalDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.smartGoal);
    this.addDialog(createChoicePrompt());
    this.addDialog(createTextPrompt());
    this.addDialog(new ListeningPrompt(DATE_PROMPT, (prompt) => this.validateDate(prompt)));
    this.addDialog(new ListeningPrompt(CONFIDENCE_PROMPT, validateConfidence));
    this.addDialog(new WaterfallDialog(SHARPEN, [this.askMissingPiece.bind(this), this.mergeAnswer.bind(this)]));
    this.addDialog(
      new WaterfallDialog(FLOW, [
        this.askWords.bind(this),
        this.takeWords.bind(this),
        this.askDate.bind(this),
        this.takeDate.bind(this),
        this.takeNearerChoice.bind(this),
        this.askConfidence.bind(this),
        this.takeConfidence.bind(this),
        this.takeSmallerStep.bind(this),
        this.askJob.bind(this),
        this.confirm.bind(this),
        this.save.bind(this),
        this.takeAgreement.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  private async askWords(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    if (!client) return step.endDialog();
    const profile = await new ProfileRepository(this.services.db).find(client.id);
    const draft: GoalDraft = {
      clientId: client.id,
      timeZone: client.timeZone,
      style: await coachingStyleFor(this.services.db, client),
      jobTitles: (profile?.progress.profile.jobGoals ?? []).map((job) => job.title).filter(Boolean),
      text: '',
      ratings: [],
    };
    memo(step).draft = draft;
    const again = (step.options as { again?: boolean } | undefined)?.again;
    return askText(step, again ? say.askAgainInOwnWords : say.askWhatToWorkOn[draft.style.wording]);
  }

  private async takeWords(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    draft.text = String(step.result).trim();
    return step.beginDialog(SHARPEN, { draft, asked: [] });
  }

  /** One question per missing piece the words can show (specific, measurable), each asked once. */
  private async askMissingPiece(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draft, asked } = step.options as { draft: GoalDraft; asked: SmartCriterion[] };
    const analysis = analyseGoal(draft.text, this.dateContext(draft));
    const missing = analysis.missing.find((piece) => piece.criterion !== 'timeBound' && !asked.includes(piece.criterion));
    if (!missing) {
      if (analysis.dueDate) draft.dueAt = analysis.dueDate.toISOString();
      return step.endDialog(draft);
    }
    memo(step).criterion = missing.criterion;
    if (missing.criterion === 'specific') return askText(step, phrase(draft.style, 'askFirstStep'));
    const hint = missing.question.startsWith('How many') ? ` ${say.howManyHint[draft.style.wording]}` : '';
    return askText(step, `${missing.question}${hint}`);
  }

  private async mergeAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draft, asked } = step.options as { draft: GoalDraft; asked: SmartCriterion[] };
    const criterion = memo(step).criterion!;
    draft.text = mergeGoalAnswer(draft.text, criterion, String(step.result));
    return step.replaceDialog(SHARPEN, { draft, asked: [...asked, criterion] });
  }

  private async askDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = (memo(step).draft = step.result as GoalDraft);
    if (draft.dueAt) return step.next(null);
    const fallback = this.nearestAllowed(draft);
    return step.prompt(DATE_PROMPT, {
      prompt: withButtons(phrase(draft.style, 'askWhen'), say.dateExamples),
      retryPrompt: withButtons(say.dateNotCaught, say.dateExamples),
      validations: { timeZone: draft.timeZone, fallback: fallback.toISOString() },
    });
  }

  private async takeDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (typeof step.result === 'string') {
      const [how, iso] = step.result.split('|') as [string, string];
      draft.dueAt = iso;
      const words = this.dateWords(draft, iso);
      draft.text = mergeGoalAnswer(draft.text, 'timeBound', words);
      if (how === 'fallback') await step.context.sendActivity(say.dateFallback(words));
    }
    const nearer = nearerFirstStepDate(new Date(draft.dueAt!), this.services.clock.now(), draft.timeZone, draft.style.maxFirstStepDays);
    if (!nearer) return step.next(null);
    memo(step).nearer = nearer.toISOString();
    return askChoice(step, say.firstStepNearer[draft.style.wording].replace('{date}', this.dateWords(draft, nearer.toISOString())), yesKeep);
  }

  private async takeNearerChoice(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'yes') return step.next(null);
    this.draft(step).firstStepDueAt = memo(step).nearer!;
    return askText(step, say.askFirstStep[this.draft(step).style.wording]);
  }

  private async askConfidence(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (typeof step.result === 'string') draft.firstStep = step.result.trim();
    return this.promptConfidence(step, phrase(draft.style, 'askConfidence'));
  }

  private async takeConfidence(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const rating = Number(step.result);
    draft.ratings.push(rating);
    if (isAchievable(rating)) return step.next(null);
    return askText(step, say.askSmallerStep[draft.style.wording]);
  }

  private async takeSmallerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result !== 'string') return step.next(null);
    this.draft(step).firstStep = step.result.trim();
    memo(step).askedAgain = true;
    return this.promptConfidence(step, say.askConfidenceAgain);
  }

  private async askJob(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (memo(step).askedAgain && typeof step.result === 'string') {
      const rating = Number(step.result);
      draft.ratings.push(rating);
      if (!isAchievable(rating)) await step.context.sendActivity(say.smallStepsCount);
    }
    if (draft.jobTitles.length === 0) return askText(step, say.askWhichJobNone, [say.notSureJob]);
    const jobs: ChoiceOption[] = draft.jobTitles.map((title) => ({ value: title, label: title }));
    return askChoice(step, say.askWhichJob, [...jobs, { value: say.notSureJob, label: say.notSureJob, synonyms: ['dont know', 'no idea', 'none', 'both', 'all'] }]);
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const job = String(step.result).trim();
    draft.jobGoal = job.toLowerCase() === say.notSureJob.toLowerCase() ? null : job;
    draft.text = asSentence(draft.text);
    const firstStep = draft.firstStep
      ? { text: asSentence(draft.firstStep), by: this.dateWords(draft, draft.firstStepDueAt ?? draft.dueAt!) }
      : undefined;
    return askChoice(step, say.confirmGoal(draft.text, firstStep), confirmChoices);
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'change') return step.replaceDialog(FLOW, { again: true });
    const draft = this.draft(step);
    const plans = new PlanRepository(this.services.db, this.services.clock);
    const existing = await plans.currentPlan(draft.clientId);
    const now = this.services.clock.now();
    const profile = existing ? null : await new ProfileRepository(this.services.db).find(draft.clientId);
    const jobGoals = profile?.progress.profile.jobGoals ?? [];
    const reviewDue = !existing?.nextReviewAt || existing.nextReviewAt < now;
    await plans.addGoalWithItems(
      draft.clientId,
      {
        text: draft.text,
        jobGoal: draft.jobGoal ?? null,
        dueAt: new Date(draft.dueAt!),
        confidenceRatings: draft.ratings,
        items: [{ text: asSentence(draft.firstStep ?? draft.text), owner: 'client', dueAt: new Date(draft.firstStepDueAt ?? draft.dueAt!) }],
      },
      {
        by: 'client',
        ...(existing ? {} : { summary: { jobGoals, route: jobGoals[0]?.route ?? '' } }),
        ...(reviewDue ? { nextReviewAt: nextReviewDate(now, draft.timeZone, draft.style.checkInEveryDays) } : {}),
      },
    );
    await syncPlanReminders(this.services, draft.clientId);
    await step.context.sendActivity(say.goalSaved[draft.style.wording]);
    return askChoice(step, askAgree, agreeChoices);
  }

  private async takeAgreement(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'agree') {
      await new PlanRepository(this.services.db, this.services.clock).agree(this.draft(step).clientId);
      await step.context.sendActivity(agreed);
    } else {
      await step.context.sendActivity(notAgreedYet);
    }
    return step.endDialog();
  }

  private promptConfidence(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    return step.prompt(CONFIDENCE_PROMPT, {
      prompt: withButtons(text, CONFIDENCE_BUTTONS),
      retryPrompt: withButtons(say.confidenceNotCaught, CONFIDENCE_BUTTONS),
    });
  }

  /** A date the client can plan for; after a few tries, the nearest day the style allows. */
  private async validateDate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { timeZone, fallback } = (prompt.options as { validations: { timeZone: string; fallback: string } }).validations;
    const date = parseDueDate(prompt.recognized.value ?? '', { now: this.services.clock.now(), timeZone });
    if (date) prompt.recognized.value = `said|${date.toISOString()}`;
    else if (prompt.attemptCount >= DATE_ATTEMPTS) prompt.recognized.value = `fallback|${fallback}`;
    else return false;
    return true;
  }

  private nearestAllowed(draft: GoalDraft): Date {
    return dayInDays(this.services.clock.now(), draft.timeZone, Math.min(7, draft.style.maxFirstStepDays));
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

async function validateConfidence(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const value = parseConfidence(prompt.recognized.value ?? '');
  if (value === null) return false;
  prompt.recognized.value = String(value);
  return true;
}

function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[.!\s]+$/, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
