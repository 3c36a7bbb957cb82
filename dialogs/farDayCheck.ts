// A step's day more than about six months away ("1/11" said in November is next November, "by next
// september") is checked once, kindly: "Yes" keeps it; "Pick a nearer day", "no" or "sooner" asks for
// the day again; a day typed here ("no, the 1st of december") is taken as the new day, and not checked
// again. Its own small waterfall, begun by the goal's flow, so the flow's steps keep their places in
// conversations saved before it: it ends with the answer to the question asked after it (a nearer
// first step), which the flow's next step reads as before.
import { WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type TextPrompt, type WaterfallStep, type WaterfallStepContext } from 'botbuilder-dialogs';
import { parseDueDate } from '../src/domain/dates.ts';
import { dayJustGone, isFarAway } from '../src/domain/dateChecks.ts';
import { readChoice } from '../src/domain/partialAnswers.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { CHOICE_RETRY, ListeningPrompt, type ListeningOptions } from './prompts.ts';
import { goalDateOptions } from './goalDateReading.ts';
import type { GoalDraft } from './goalCheckDialog.ts';

type FarDayOptions = ListeningOptions & { validations: { timeZone: string } };
/** What the check ends with: the draft (its day kept or changed), and the answer to the question after it. */
export type FarDayChecked = { farDayChecked: true; draft: GoalDraft; nearer?: string; answer: unknown };
type CheckValues = { draft?: GoalDraft; nearer?: string };

/** The check's question, when the day (ISO) is far away; null when it is not. */
export function farDayOptions(dueAt: string | undefined, timeZone: string, now: Date): FarDayOptions | null {
  if (!dueAt || !isFarAway(new Date(dueAt), { now, timeZone })) return null;
  return {
    question: { text: say.farAwayCheck, titles: say.farAwayChoices.map((choice) => choice.label), sorry: CHOICE_RETRY },
    validations: { timeZone },
    listening: { expecting: 'choice' },
  };
}

/** The answer is "yes", "nearer", or "day|<ISO>" for a day typed. */
export function farDayPrompt(dialogId: string, services: CoachServices): TextPrompt {
  return new ListeningPrompt(dialogId, async (prompt) => readFarDayReply(prompt, services.clock.now()));
}

/** The goal flow's prompts this check asks with, and its next question (a nearer first step), asked from here. */
export type FarDayHost = {
  farPrompt: string;
  datePrompt: string;
  askNext: (step: WaterfallStepContext) => Promise<DialogTurnResult>;
  /** The flow's own wrapping of its steps ("go back" remembers each question asked). */
  remember: (steps: WaterfallStep[]) => WaterfallStep[];
};

/** Begun with { draft } when farDayOptions gives a question; ends with FarDayChecked. */
export function farDayCheck(dialogId: string, services: CoachServices, host: FarDayHost): WaterfallDialog {
  const now = () => services.clock.now();
  return new WaterfallDialog(dialogId, host.remember([
    async (step) => {
      const { draft } = step.options as { draft: GoalDraft };
      (step.values as CheckValues).draft = draft;
      return step.prompt(host.farPrompt, farDayOptions(draft.dueAt, draft.timeZone, now())!);
    },
    async (step) => {
      const draft = (step.values as CheckValues).draft!;
      const [reply, day] = String(step.result).split('|') as [string, string | undefined];
      if (reply === 'yes') await step.context.sendActivity(say.farAwayKept);
      if (reply === 'day') draft.dueAt = day!;
      if (reply !== 'nearer') return step.next(null);
      return step.prompt(host.datePrompt, goalDateOptions(now(), draft, say.askNearerDay));
    },
    (step) => host.askNext(step),
    async (step) => {
      const { draft, nearer } = step.values as CheckValues;
      return step.endDialog({ farDayChecked: true, draft: draft!, nearer, answer: step.result } satisfies FarDayChecked);
    },
  ]));
}

/** The check's end, read by the step after the one that began it; null for any other result. */
export function farDayChecked(result: unknown): FarDayChecked | null {
  return typeof result === 'object' && result !== null && (result as FarDayChecked).farDayChecked === true ? (result as FarDayChecked) : null;
}

function readFarDayReply(prompt: PromptValidatorContext<string>, now: Date): boolean {
  const { timeZone } = (prompt.options as FarDayOptions).validations;
  const text = prompt.recognized.value ?? '';
  // A day typed here is not checked again, so one that has just gone ("20/11" on 23 November) is not
  // taken as next year's: the question is asked again (round eight).
  const read = parseDueDate(text, { now, timeZone });
  const day = read && dayJustGone(text, { now, timeZone }, read) ? null : read;
  const choice = day ? null : readChoice(text, say.farAwayChoices);
  if (day) prompt.recognized.value = `day|${day.toISOString()}`;
  else if (choice) prompt.recognized.value = choice;
  return day !== null || choice !== null;
}
