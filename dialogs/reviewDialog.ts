// The review: held when a step is due or the plan's review day has come. Steps done since the last
// review are praised; for each open step that is due or overdue, the learning cycle (outcome, what
// happened, how it felt, what went well or was hard, what to do differently, the next step), each
// answer set appended to the item's history; a step still ahead is only checked; with no step due,
// the next step is asked (reviewAhead.ts). Then celebrate, say kindly when the plan has drifted,
// now and then ask how useful the plan is, and set the next review. Once they have said they started
// a job, the review asks about the job instead of job-search steps (reviewInWork.ts).
// Also answers "Done / I need more time / I need help" after a reminder (options.reminderReply).
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { PlanRepository, type PlanItem } from '../src/db/plans.ts';
import { ReviewRepository } from '../src/db/reviews.ts';
import { turnCoachingStyle } from '../src/bot/turnLookups.ts';
import { parseChoice, parseYesNo } from '../src/domain/answers.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { needsClientAgreement } from '../src/domain/plan.ts';
import { ConfidenceRatingRepository } from '../src/db/confidenceRatings.ts';
import { JobSearchRepository } from '../src/db/jobSearchEntries.ts';
import { EmploymentRepository } from '../src/db/employments.ts';
import * as jobSearchSay from '../src/messages/en/jobSearch.ts';
import { asksUsefulness, confidenceChange, offersLocusRetake, reviewDayHasCome, sortForReview } from '../src/domain/reviewCadence.ts';
import { hasDrifted, missedAtReviewBefore, tally, wasDoneAtAReview, type ReviewOutcome } from '../src/domain/reviewOutcomes.ts';
import type { CoachServices } from '../src/services.ts';
import { finishReview, holdReviewOpen, saveBackupPlan } from '../src/usecases/review.ts';
import { isNotAGoal } from '../src/domain/goalWords.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { DialogIds } from './dialogIds.ts';
import * as say from '../src/messages/en/review.ts';
import { askChoice, askText, ListeningPrompt, TEXT_RETRY, type ListeningOptions } from './prompts.ts';
import { hasWords } from '../src/domain/reviewWords.ts';
import { saysOnlyADay } from '../src/domain/reviewHeardWords.ts';
import { saysNoBackupPlan } from '../src/domain/notAStepWords.ts';
import { ReviewItemDialog, type ItemLoopState } from './reviewItemDialog.ts';
import { nextStepPrompt } from './reviewNextStep.ts';
import { REVIEW_STEPS, ReviewStepsDialog, type ReviewStepsState } from './reviewAhead.ts';
import { ReminderReplyDialog, REMINDER_REPLY, type ReminderReply } from './reminderReplyDialog.ts';
import { reviewButton } from '../src/messages/en/reminders.ts';
import { readTimeAway, type TimeAway } from '../src/domain/reminderPauseWords.ts';
import { pauseOfferFor, REMINDER_PAUSE, ReminderPauseOffer } from './reminderPauseOffer.ts';
import { jobNewsInReview } from './reviewJobNews.ts';
import type { InWorkOptions } from './inWorkDialog.ts';

const FLOW = 'reviewFlow';

/** `lastReviewAt`: when the review before this one was held (ISO), or null before the first. */
/** `inWork`: they have said they started a job, so the review is about keeping it, not finding one. */
type Session = { reviewId?: string; reviewNumber?: number; lastReviewAt?: string | null; inWork?: boolean };
function session(step: WaterfallStepContext): Session {
  return step.values as Session;
}

export type ReviewOptions = { reminderReply?: ReminderReply };

const BACKUP_SKIP = [{ value: 'skip', label: say.notSureYet, synonyms: ['not sure', 'dunno', 'no idea', 'skip', 'nothing', 'none', 'idk', 'havent thought about it'] }];

const BACKUP_PROMPT = 'reviewBackupPlan';

/** "6" as a back-up plan has no words to keep: asked once more, gently (play-testing reviews, round three). */
async function wordsOnce(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const text = prompt.recognized.value?.trim() ?? '';
  if (!text) return false;
  const aDay = saysOnlyADay(text);
  // "yeah it was ok", "yep done": said of the step, not a job to fall back on (next step round two).
  const noJob = saysNoBackupPlan(text);
  if ((hasWords(text) && !aDay && !noJob) || prompt.attemptCount > 1) return true;
  const question = (prompt.options as ListeningOptions).question;
  // "friday" is a day, not a job to fall back on (play-testing reviews, round twenty-six).
  if (question) question.sorry = aDay ? say.backupIsNotADay : noJob ? say.backupNotHeard : say.backupNeedsWords;
  return false;
}

export class ReviewDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.review);
    this.addDialog(ReviewItemDialog.choicePrompt(services));
    this.addDialog(ReviewItemDialog.textPrompt(services));
    this.addDialog(new ReviewItemDialog(services));
    this.addDialog(new ReminderReplyDialog(services));
    this.addDialog(ReminderReplyDialog.datePrompt(services));
    this.addDialog(ReviewItemDialog.nextDuePrompt(services));
    this.addDialog(nextStepPrompt());
    this.addDialog(ReminderReplyDialog.helpPrompt());
    this.addDialog(new ReminderPauseOffer(services));
    this.addDialog(new ListeningPrompt(BACKUP_PROMPT, wordsOnce, 'words'));
    for (const part of ReviewStepsDialog.parts(services)) this.addDialog(part);
    this.addDialog(
      new WaterfallDialog(FLOW, [
        this.start.bind(this),
        this.summarise.bind(this),
        this.recordBackupPlan.bind(this),
        this.recordConfidence.bind(this),
        this.recordUsefulness.bind(this),
        this.afterLocusOffer.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  /**
   * "Review my plan" typed where a reminder's answer waits ("Which step do you mean?") runs the
   * review, which asks about every step due: play-testing had "Let us finish this question first"
   * for a question left three days before.
   */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.type === 'message' ? (innerDc.context.activity.text ?? '') : '';
    const answeringAReminder = innerDc.stack.some((instance) => instance.id === REMINDER_REPLY);
    if (answeringAReminder && parseChoice(text, [{ value: 'review', label: reviewButton }], { byPosition: false }) === 'review') {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(FLOW, {});
    }
    const job = jobNewsInReview(innerDc, text);
    if (job) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(DialogIds.inWork, { mode: 'started', text: job } satisfies InWorkOptions);
    }
    const away = this.timeAwayIn(innerDc, text);
    if (away) return innerDc.beginDialog(REMINDER_PAUSE, pauseOfferFor(away, true));
    return super.onContinueDialog(innerDc);
  }

  /**
   * "im in hospital for two weeks" at any question of the review: reminders are offered a pause
   * (play-testing reviews, round three: it had been "didn't catch that", and reminders went on).
   */
  private timeAwayIn(innerDc: DialogContext, text: string): TimeAway | null {
    const client = currentClient(innerDc.context);
    if (!client || !text || innerDc.stack.some((instance) => instance.id === REMINDER_PAUSE)) return null;
    return readTimeAway(text, { now: this.services.clock.now(), timeZone: client.timeZone });
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reply = (step.options as ReviewOptions | undefined)?.reminderReply;
    if (reply) return step.replaceDialog(REMINDER_REPLY, reply);
    const client = currentClient(step.context);
    if (!client) return step.endDialog();
    const now = this.services.clock.now();
    const plan = await new PlanRepository(this.services.db, this.services.clock).currentPlan(client.id);
    if (!plan || plan.items.length === 0) {
      await step.context.sendActivity(say.noPlanYet);
      return step.endDialog();
    }
    const reviews = new ReviewRepository(this.services.db);
    const lastReviewAt = await reviews.lastHeldAt(client.id);
    const steps = sortForReview(
      plan.items.filter((item) => item.owner === 'client'),
      { nextReviewAt: plan.nextReviewAt, lastReviewAt, now, timeZone: client.timeZone },
    );
    await this.showJobSearch(step, client.id, lastReviewAt);
    if (!steps.runs) {
      await step.context.sendActivity(say.nothingDueYet(plan.nextReviewAt ? formatDueDate(plan.nextReviewAt, client.timeZone, { now }) : null));
      return step.endDialog();
    }
    // A step done at the last review was praised there; one done after it (a reminder's "Done") is praised now.
    const doneSince: PlanItem[] = [];
    for (const item of steps.doneSince) if (!wasDoneAtAReview(await reviews.history(item.lineageId))) doneSince.push(item);
    const review = await reviews.start(client.id, plan.id, now);
    if (reviewDayHasCome(plan.nextReviewAt, now, client.timeZone)) await holdReviewOpen(planDeps(this.services), { client });
    const job = await new EmploymentRepository(this.services.db).current(client.id);
    Object.assign(session(step), { reviewNumber: review.number, reviewId: review.id, lastReviewAt: lastReviewAt?.toISOString() ?? null, inWork: job !== null });
    const style = await turnCoachingStyle(step.context, this.services.db, client);
    await step.context.sendActivity((job ? say.reviewIntroInWork : say.reviewIntro)[style.wording]);
    if (doneSince.length > 0) await step.context.sendActivity(say.doneSinceLastReview(doneSince.map((item) => escapeMarkdown(item.text))));
    // A next step asked for with no step due follows the latest step done, or the plan's first goal.
    const latestDone = [...doneSince].sort((a, b) => (b.completedAt?.getTime() ?? 0) - (a.completedAt?.getTime() ?? 0))[0];
    const state: ReviewStepsState = {
      reviewId: review.id,
      due: steps.due.map(toQueued),
      comingUp: steps.comingUp.map(toQueued),
      goalLineageId: latestDone?.goalLineageId ?? steps.comingUp[0]?.goalLineageId ?? plan.goals[0]?.lineageId ?? null,
      work: job ? { employer: job.employer, started: job.startsOn.getTime() <= now.getTime() } : null,
    };
    return step.beginDialog(REVIEW_STEPS, state);
  }

  /** What the client logged of their job search since the last review: effort worth naming. */
  private async showJobSearch(step: WaterfallStepContext, clientId: string, since: Date | null): Promise<void> {
    const logged = await new JobSearchRepository(this.services.db).listFor(clientId, since);
    if (logged.length === 0) return;
    await step.context.sendActivity(jobSearchSay.loggedSinceLastReview(logged.map((entry) => escapeMarkdown(jobSearchSay.logLine(entry.kind, entry.employer)))));
  }

  private async summarise(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context)!;
    const outcomes = (step.result as { outcomes?: ReviewOutcome[] } | undefined)?.outcomes ?? [];
    const style = await turnCoachingStyle(step.context, this.services.db, client);
    const counts = tally(outcomes);
    if (style.feedback === 'milestones' && counts.done > 0) await step.context.sendActivity(say.celebrateSummary(counts.done, outcomes.length));
    if (await this.hasDrifted(step, client.id, outcomes)) await step.context.sendActivity(say.planDrifted);
    // A back-up job goal (the action-planning standards): asked once, until the plan has one; not
    // of someone in work.
    const plan = session(step).inWork ? null : await new PlanRepository(this.services.db, this.services.clock).currentPlan(client.id);
    if (!plan || plan.backupPlan.trim()) return step.next(null);
    const ask: ListeningOptions = { question: { text: say.askBackupPlan, titles: [say.notSureYet], sorry: TEXT_RETRY }, listening: { expecting: 'words' } };
    return step.prompt(BACKUP_PROMPT, ask);
  }

  /** More than one step missed, or a step missed at this review and the one before: see hasDrifted. */
  private async hasDrifted(step: WaterfallStepContext, clientId: string, outcomes: ReviewOutcome[]): Promise<boolean> {
    if (hasDrifted(outcomes)) return true;
    if (!hasDrifted(outcomes, { missedAtLastReview: true })) return false;
    const { reviewId, lastReviewAt } = session(step);
    const plan = await new PlanRepository(this.services.db, this.services.clock).currentPlan(clientId);
    const reviews = new ReviewRepository(this.services.db);
    for (const item of plan?.items.filter((candidate) => candidate.status === 'not-done') ?? []) {
      const history = await reviews.history(item.lineageId);
      if (missedAtReviewBefore(history, { lastReviewAt: lastReviewAt ? new Date(lastReviewAt) : null, thisReviewId: reviewId as string })) return true;
    }
    return false;
  }

  private async recordBackupPlan(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = typeof step.result === 'string' ? step.result.trim() : '';
    // "no", "idk", or a button from before ("no more steps") is not a back-up plan.
    const noPlan = isNotAGoal(said) || saysOnlyADay(said) || saysNoBackupPlan(said) || parseChoice(said, [...BACKUP_SKIP, ...say.noNextStepChoices], { byPosition: false });
    if (said && !noPlan) {
      const client = currentClient(step.context)!;
      await saveBackupPlan(planDeps(this.services), { clientId: client.id, backupPlan: said });
      await step.context.sendActivity(say.backupPlanSaved);
    }
    // How sure they feel of reaching a job goal: not asked of someone in work.
    if (session(step).inWork) return step.next();
    return askChoice(step, say.askConfidence, say.confidenceChoices, undefined, [], { reading: 'rating' });
  }

  /** The confidence question closes the cycle: a fall is heard by the client, not only flagged to the adviser. */
  private async recordConfidence(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (!session(step).inWork) await this.keepConfidence(step);
    if (asksUsefulness(session(step).reviewNumber as number)) return askChoice(step, say.askUsefulness, say.usefulnessChoices, undefined, [], { reading: 'rating' });
    return step.next();
  }

  private async keepConfidence(step: WaterfallStepContext): Promise<void> {
    const client = currentClient(step.context)!;
    const value = Number(step.result);
    const ratings = new ConfidenceRatingRepository(this.services.db);
    const change = confidenceChange(await ratings.latest(client.id), value);
    await ratings.record(client.id, value, 'review', this.services.clock.now());
    await step.context.sendActivity(change === 'lower' ? say.confidenceLower : change === 'higher' ? say.confidenceHigher : say.confidenceSame);
  }

  private async recordUsefulness(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context)!;
    const usefulness = typeof step.result === 'string' ? Number(step.result) : null;
    if (usefulness !== null) await step.context.sendActivity(say.thanksForRating);
    const now = this.services.clock.now();
    const { plan, nextReviewAt } = await finishReview(planDeps(this.services), { client, reviewId: session(step).reviewId as string, usefulness });
    await step.context.sendActivity(say.nextReviewOn(formatDueDate(nextReviewAt, client.timeZone, { now })));
    // A review that changed the plan (a new step) ends with the plan shown, to agree again.
    if (needsClientAgreement(plan)) return step.replaceDialog(DialogIds.myPlan, {});
    if (offersLocusRetake(session(step).reviewNumber as number)) return askText(step, say.offerLocusRetake, ['Yes', 'No']);
    return step.endDialog();
  }

  private async afterLocusOffer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (parseYesNo(String(step.result ?? '')) === 'yes') return step.replaceDialog(DialogIds.locusOfControl, { retake: true });
    await step.context.sendActivity(say.reviewEnd);
    return step.endDialog();
  }
}

function toQueued(item: PlanItem): ItemLoopState['items'][number] {
  return { lineageId: item.lineageId, goalLineageId: item.goalLineageId, text: escapeMarkdown(item.text), dueAt: item.dueAt?.toISOString() ?? null };
}

