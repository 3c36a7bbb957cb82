// In-work support (IPS follow-along), three short conversations:
// - 'started': "I've got a job" → where, when it starts → the job is kept and check-ins are
//   scheduled (weekly for the first month, then monthly), and the adviser gets a short routine
//   note; steps for finding work still open in the plan are kept or taken off, as the client chooses.
// - 'problem': "Some problems" on a check-in → what is hard → the adviser is asked to help.
// - 'job-lost': a job ended → what happened, how they feel → a new goal when they are ready.
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { EmploymentRepository, type Employment } from '../src/db/employments.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { isStillToDo } from '../src/domain/plan.ts';
import { dropStepsAsClient } from '../src/usecases/clientStepsDroppedTogether.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import { parseChoice, type ChoiceOption } from '../src/domain/answers.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { employerFromAnswer, readStartNotice, sameEmployer, startDayNotKnown, startDayWords, type StartNotice } from '../src/domain/inWork.ts';
import { readStartedWork } from '../src/domain/jobNews.ts';
import { passOnWorkProblem } from './workProblem.ts';
import { tellAdviserOfJobStart } from '../src/escalation/jobStarted.ts';
import type { Client } from '../src/db/clients.ts';
import { turnLog } from '../src/turnLog.ts';
import { parsePastDay } from '../src/domain/pastDays.ts';
import { isOnlyADate } from '../src/domain/goalWords.ts';
import { cancelInWorkCheckIns, scheduleInWorkCheckIns } from '../src/scheduler/inWorkPlanning.ts';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';
import { isGreeting } from './commands.ts';
import { helloAgain, startDayAskedAgain } from '../src/messages/en/listening.ts';
import { onlyAgrees } from '../src/domain/reviewWords.ts';
import * as say from '../src/messages/en/inWork.ts';
import { askChoice, askText, createChoicePrompt, createTextPrompt, withButtons } from './prompts.ts';

export type InWorkOptions = { mode: 'started' | 'problem' | 'job-lost'; text?: string };

const ROUTE = 'inWorkRoute';
const STARTED = 'inWorkStarted';
const PROBLEM = 'inWorkProblem';
const JOB_LOST = 'inWorkJobLost';
const START_DATE_PROMPT = 'inWorkStartDate';

const NOT_SAYING: ChoiceOption<'no'>[] = [{ value: 'no', label: say.ratherNotSay, synonyms: ['rather not say', 'no', 'skip', 'not saying', 'pass'] }];
const NEW_GOAL: ChoiceOption<'goal' | 'later'>[] = [
  { value: 'goal', label: say.setGoalNow, synonyms: ['yes', 'yes please', 'ok', 'new goal', 'goal', 'lets do it'] },
  { value: 'later', label: say.notNow, synonyms: ['no', 'later', 'not yet', 'no thanks'] },
];

const KEEP_OR_TAKE_OFF = (many: boolean): ChoiceOption<'keep' | 'drop'>[] => [
  { value: 'keep', label: many ? say.keepThem : say.keepIt, synonyms: ['keep', 'keep them', 'keep it', 'yes', 'yes keep', 'still looking', 'leave them', 'leave it'] },
  { value: 'drop', label: many ? say.takeThemOff : say.takeItOff, synonyms: ['take off', 'take them off', 'take it off', 'remove', 'remove them', 'remove it', 'delete', 'no', 'no thanks', 'dont need them', 'dont need it', 'stop', 'stop them'] },
];

type Values = { employer?: string | null; startsOn?: string; knownJobId?: string; openSteps?: string[] };

export class InWorkDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.inWork);
    this.addDialog(createChoicePrompt());
    this.addDialog(createTextPrompt());
    this.addDialog(new TextPrompt(START_DATE_PROMPT, (prompt) => this.validateStartDate(prompt)));
    this.addDialog(new WaterfallDialog(ROUTE, [this.route.bind(this)]));
    this.addDialog(new WaterfallDialog(STARTED, [this.congratulate.bind(this), this.askStart.bind(this), this.record.bind(this), this.askAboutOpenSteps.bind(this), this.keepOrTakeOff.bind(this)]));
    this.addDialog(new WaterfallDialog(PROBLEM, [this.askProblem.bind(this), this.passOnProblem.bind(this)]));
    this.addDialog(new WaterfallDialog(JOB_LOST, [this.askWhatHappened.bind(this), this.askFeelings.bind(this), this.reflect.bind(this), this.afterOffer.bind(this)]));
    this.initialDialogId = ROUTE;
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? { mode: 'started' }) as InWorkOptions;
    const next = { started: STARTED, problem: PROBLEM, 'job-lost': JOB_LOST }[options.mode];
    return step.replaceDialog(next, options);
  }

  private values(step: WaterfallStepContext): Values {
    return step.values as Values;
  }

  private async congratulate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = readStartedWork((step.options as InWorkOptions).text ?? '');
    this.values(step).employer = said?.employer ?? null;
    // "I start on Monday" after "tell me your start day when you know it": that job's start day.
    const client = currentClient(step.context);
    const known = client ? await new EmploymentRepository(this.services.db).current(client.id) : null;
    if (known && startDayNotKnown(known) && sameEmployer(said?.employer ?? null, known.employer)) {
      Object.assign(this.values(step), { knownJobId: known.id, employer: known.employer ?? said?.employer ?? null });
      await step.context.sendActivity(say.startDayThanks);
      return step.next();
    }
    await step.context.sendActivity(say.congratulations(said?.employer ?? null));
    if (said?.employer) return step.next();
    return askText(step, say.askWhere, [say.ratherNotSay]);
  }

  private async askStart(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const where = typeof step.result === 'string' ? step.result : '';
    // "monday" to "Where is the job?" is the start day said first: not the employer's name.
    const client = currentClient(step.context);
    if (client && where && isOnlyADate(where, { now: this.services.clock.now(), timeZone: client.timeZone })) {
      return step.next(this.readStart(where, step.context, false)!.startsOn.toISOString());
    }
    if (where && !parseChoice(where, NOT_SAYING, { byPosition: false })) this.values(step).employer = employerFromAnswer(where);
    const fromFirstMessage = this.readStart((step.options as InWorkOptions).text ?? '', step.context, false);
    if (fromFirstMessage) return step.next(fromFirstMessage.startsOn.toISOString());
    return step.prompt(START_DATE_PROMPT, { prompt: withButtons(say.askWhen, [say.alreadyStarted, say.notSureYet]), retryPrompt: withButtons(say.startDateNotCaught, [say.alreadyStarted, say.notSureYet]) });
  }

  private async record(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    if (!client) return step.endDialog();
    const { startsOn, notice } =
      typeof step.result === 'string' && /^\d{4}-/.test(step.result) ? { startsOn: new Date(step.result), notice: null } : this.readStart(String(step.result ?? ''), step.context)!;
    const now = this.services.clock.now();
    const job = await this.keepJob(step, client.id, startsOn, notice);
    await scheduleInWorkCheckIns(this.services, client, job);
    // A new job (not the start day of one kept before): the adviser gets a short note, once.
    if (!this.values(step).knownJobId) await this.tellAdviser(step, client, job, notice);
    const weekly = this.services.config.IN_WORK_WEEKLY_WEEKS > 0;
    const plan = notice === 'not-known' ? say.startNotKnownYet(weekly) : notice === 'already' ? say.startedAlready(weekly) : say.inWorkPlan(formatDueDate(startsOn, client.timeZone, { now }), weekly);
    await step.context.sendActivity(plan);
    return step.next();
  }

  /** Steps for finding work still open in the plan: the client says whether they still want them. */
  private async askAboutOpenSteps(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    const plan = client ? await new PlanRepository(this.services.db, this.services.clock).currentPlan(client.id) : null;
    const open = (plan?.items ?? []).filter((item) => item.owner === 'client' && isStillToDo(item.status));
    if (open.length === 0) return step.endDialog();
    this.values(step).openSteps = open.map((item) => item.lineageId);
    return askChoice(step, say.stepsStillOpen(open[0]!.text, open.length), KEEP_OR_TAKE_OFF(open.length > 1));
  }

  /** Taken off through the one use case for a client's own step, so the adviser sees the change. */
  private async keepOrTakeOff(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    const steps = this.values(step).openSteps ?? [];
    if (step.result !== 'drop' || !client) {
      await step.context.sendActivity(say.stepsKept(steps.length > 1));
      return step.endDialog();
    }
    const because = say.takenOffForTheJob(this.values(step).employer ?? null);
    // One change, so the adviser gets one notice listing the steps (adviser round eight).
    await dropStepsAsClient(planDeps(this.services), { clientId: client.id, itemLineageIds: steps, inTheirWords: because });
    await step.context.sendActivity(say.stepsTakenOff(steps.length > 1));
    return step.endDialog();
  }

  /** The note must not stop the client's conversation: a failure is logged, and the job is kept. */
  private async tellAdviser(step: WaterfallStepContext, client: Client, job: Employment, notice: StartNotice | null): Promise<void> {
    try {
      await tellAdviserOfJobStart(this.services, client, job, notice);
    } catch (error) {
      turnLog(step.context).error('Could not tell the adviser about a job start', error);
    }
  }

  /** A new job (ending the last), or the start day of the job kept before its day was known. */
  private async keepJob(step: WaterfallStepContext, clientId: string, startsOn: Date, notice: StartNotice | null): Promise<Employment> {
    const jobs = new EmploymentRepository(this.services.db);
    const { knownJobId, employer } = this.values(step);
    if (!knownJobId) return jobs.start(clientId, { employer: employer ?? null, startsOn }, this.services.clock.now());
    if (notice === 'not-known') return (await jobs.current(clientId))!;
    await cancelInWorkCheckIns(this.services, clientId, 'start day told');
    return jobs.setStart(knownJobId, startsOn);
  }

  /** A start day; a hello (someone back after a while) is greeted and asked again, not told "didn't catch that date". */
  private async validateStartDate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.context.activity.text ?? '';
    if (this.readStart(text, prompt.context) !== null) return true;
    if (isGreeting(text)) await prompt.context.sendActivities([{ type: 'message', text: helloAgain }, withButtons(say.askWhen, [say.alreadyStarted, say.notSureYet])]);
    // "yes" says there is a start day, not which: asked for kindly (play-testing reviews, round twenty-seven).
    else if (onlyAgrees(text)) await prompt.context.sendActivity(withButtons(startDayAskedAgain, [say.alreadyStarted, say.notSureYet]));
    return false;
  }

  /**
   * A start day ahead, or the day gone by for "started last week"; or, with no day said, today for
   * "I already started" or "not sure yet", with
   * which of the two (`notice`) so the reply can say so. Null when none of them is said.
   */
  private readStart(text: string, context: WaterfallStepContext['context'], allowNotice = true): { startsOn: Date; notice: StartNotice | null } | null {
    const client = currentClient(context);
    if (!client) return null;
    const now = this.services.clock.now();
    const when = { now, timeZone: client.timeZone };
    const notice = readStartNotice(text);
    // "start mon" in "got a job at costa!! start mon": the day, read from the start on.
    const dayWords = startDayWords(text);
    // "started on monday", "started last week": the day gone by, not the next Monday or today.
    const startedOn = notice === 'already' ? parsePastDay(dayWords, when) : null;
    if (startedOn) return { startsOn: startedOn, notice };
    const day = parseDueDate(dayWords, when);
    if (day) return { startsOn: day, notice: null };
    return allowNotice && notice ? { startsOn: now, notice } : null;
  }

  private async askProblem(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = (step.options as InWorkOptions).text;
    if (said) {
      await step.context.sendActivity(say.sorryItIsHard);
      return step.next(said);
    }
    return askText(step, say.askWhatIsHard, [], { about: 'work-problem' });
  }

  private async passOnProblem(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    if (client) await passOnWorkProblem(this.services, client, String(step.result ?? ''));
    await step.context.sendActivity(say.problemPassedOn);
    return step.endDialog();
  }

  private async askWhatHappened(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    if (client) {
      await new EmploymentRepository(this.services.db).end(client.id, this.services.clock.now(), (step.options as InWorkOptions).text ?? '');
      await cancelInWorkCheckIns(this.services, client.id, 'job ended');
    }
    return askText(step, say.askWhatHappened);
  }

  private async askFeelings(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    if (client && typeof step.result === 'string') await new EmploymentRepository(this.services.db).addToEndNote(client.id, step.result);
    return askText(step, say.askHowYouFeel);
  }

  private async reflect(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(say.notYourWorth);
    return askChoice(step, say.offerNewGoal, NEW_GOAL);
  }

  private async afterOffer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'goal') return step.replaceDialog(DialogIds.smartGoal, { fromMenu: true });
    await step.context.sendActivity(say.laterIsFine);
    return step.endDialog();
  }
}
