// A step's day more than about six months away ("1/11" said in November is next November, "by next
// september") is checked once, kindly: "Yes" keeps it; "Pick a nearer day", "no" or "sooner" asks for
// the day again; a day typed here ("no, the 1st of december") is taken as the new day, and not checked
// again. Its own small waterfall, begun by the goal's flow, so the flow's steps keep their places in
// conversations saved before it: it ends with the answer to the question asked after it (a nearer
// first step), which the flow's next step reads as before.
// The same check says back a day the client may not have meant (dateWorthChecking.ts): "the 3rd" said
// on 7 December is "Do you mean Sunday 3 January 2027, next month?", and "the 12th" that is a Saturday
// "Do you mean Saturday 12 December? That is at the weekend." "Yes" keeps it; "No, another day" asks
// "Which day do you mean?"; a day typed there is the new day, not checked again.
import { WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type TextPrompt, type WaterfallStep, type WaterfallStepContext } from 'botbuilder-dialogs';
import { calendarDayIn, formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { dayJustGone, isFarAway } from '../src/domain/dateChecks.ts';
import { dayWorthChecking, type DayWorthChecking } from '../src/domain/dateWorthChecking.ts';
import { compareDays, weekdayOf } from '../src/domain/dateCalendar.ts';
import { readChoice } from '../src/domain/partialAnswers.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import * as sayBack from '../src/messages/en/goalQuestionReplies.ts';
import { CHOICE_RETRY, ListeningPrompt, type ListeningOptions } from './prompts.ts';
import { dayAtTheDayQuestion, goalDateOptions } from './goalDateReading.ts';
import type { GoalDraft } from './goalCheckDialog.ts';

type FarDayOptions = ListeningOptions & { validations: { timeZone: string; check?: DayWorthChecking; dueAt?: string } };
/** What the check ends with: the draft (its day kept or changed), and the answer to the question after it. */
export type FarDayChecked = { farDayChecked: true; draft: GoalDraft; nearer?: string; answer: unknown };
type CheckValues = { draft?: GoalDraft; nearer?: string; said?: string };
/** What the check is begun with: the draft, and the words the day was read from, if typed. */
export type DayCheckStart = { draft: GoalDraft; said?: string };

/**
 * The check's question, when the day (ISO) is far away, or (with `said`, the words it was read from)
 * worth saying back: "the 3rd" read as next month's, or a date that falls at the weekend; else null.
 */
export function farDayOptions(dueAt: string | undefined, timeZone: string, now: Date, said?: string): FarDayOptions | null {
  if (!dueAt) return null;
  const due = new Date(dueAt);
  const day = formatDueDate(due, timeZone, { now });
  if (isFarAway(due, { now, timeZone })) {
    const titles = say.farAwayChoices.map((choice) => choice.label);
    // The day named: "That is more than six months away" alone left the client to guess which day was read.
    const text = `${sayBack.farAwayDayNamed(day)} ${say.farAwayCheck}`;
    return { question: { text, titles, sorry: CHOICE_RETRY }, validations: { timeZone }, listening: checkListening('far') };
  }
  const check = said === undefined ? null : dayWorthChecking(said, due, { now, timeZone });
  if (!check) return null;
  const text = check === 'next-month' ? sayBack.dayNextMonthCheck(day) : sayBack.dayAtTheWeekendCheck(day);
  const titles = sayBack.dayCheckChoices.map((choice) => choice.label);
  return { question: { text, titles, sorry: CHOICE_RETRY }, validations: { timeZone, check, dueAt }, listening: checkListening(check) };
}

/** "what do you mean", "why": why the day is checked, in one sentence, then the question again (not a plain re-ask). */
function checkListening(why: keyof typeof sayBack.whyTheDayIsChecked): ListeningOptions['listening'] {
  const reason = sayBack.whyTheDayIsChecked[why];
  return { expecting: 'choice', explanation: reason, purpose: reason };
}

/**
 * Begin options for the check after the day question, or null when the day needs none. The words
 * checked are the last typed, when the day kept is the one they give: a day typed at the question,
 * or in the step itself ("ring the college on the 3rd"); never the nearest day given after three tries.
 */
export function dayCheckToBegin(step: WaterfallStepContext, draft: GoalDraft, now: Date): DayCheckStart | null {
  const typed = step.context.activity.text ?? '';
  const read = String(step.result).startsWith('fallback|') ? null : dayAtTheDayQuestion(typed, { now, timeZone: draft.timeZone });
  const same = read && draft.dueAt && compareDays(calendarDayIn(read, draft.timeZone), calendarDayIn(new Date(draft.dueAt), draft.timeZone)) === 0;
  const said = same ? typed : undefined;
  return farDayOptions(draft.dueAt, draft.timeZone, now, said) ? { draft, said } : null;
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
      const { draft, said } = step.options as DayCheckStart;
      Object.assign(step.values as CheckValues, { draft, said });
      return step.prompt(host.farPrompt, farDayOptions(draft.dueAt, draft.timeZone, now(), said)!);
    },
    async (step) => {
      const { draft, said } = step.values as CheckValues;
      const [reply, day] = String(step.result).split('|') as [string, string | undefined];
      if (reply === 'yes') await step.context.sendActivity(say.farAwayKept);
      if (reply === 'day') draft!.dueAt = day!;
      if (reply !== 'nearer') return step.next(null);
      // Far away: a nearer day; said back ("Do you mean Sunday 3 January?") and not meant: which day, then.
      const far = isFarAway(new Date(draft!.dueAt!), { now: now(), timeZone: draft!.timeZone });
      return step.prompt(host.datePrompt, goalDateOptions(now(), draft!, far || said === undefined ? say.askNearerDay : sayBack.askWhichDayThen));
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
  const { timeZone, check, dueAt } = (prompt.options as FarDayOptions).validations;
  const text = prompt.recognized.value ?? '';
  // A day typed here is not checked again, so one that has just gone ("20/11" on 23 November) is not
  // taken as next year's: the question is asked again (round eight).
  const read = parseDueDate(text, { now, timeZone });
  let day = read && dayJustGone(text, { now, timeZone }, read) ? null : read;
  const choices = check ? sayBack.dayCheckChoices : say.farAwayChoices;
  // "yes the 3rd", "yeah sunday": the day said back, so a yes ("sunday" alone would read as the next one).
  if (day && check && (sameDay(day, dueAt!, timeZone) || (readChoice(text, choices) === 'yes' && sameWeekday(day, dueAt!, timeZone)))) day = null;
  const choice = day ? null : readChoice(text, choices) ?? (check && read && sameDay(read, dueAt!, timeZone) ? 'yes' : null);
  if (day) prompt.recognized.value = `day|${day.toISOString()}`;
  else if (choice) prompt.recognized.value = choice;
  return day !== null || choice !== null;
}

function sameDay(day: Date, iso: string, timeZone: string): boolean {
  return compareDays(calendarDayIn(day, timeZone), calendarDayIn(new Date(iso), timeZone)) === 0;
}

function sameWeekday(day: Date, iso: string, timeZone: string): boolean {
  return weekdayOf(calendarDayIn(day, timeZone)) === weekdayOf(calendarDayIn(new Date(iso), timeZone));
}
