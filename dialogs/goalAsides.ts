// Words about the goal being set, heard before the question on screen reads them (play-testing found
// each kept as an answer): "wait go back" asks the question before again, its answer let go;
// "actually no make it thursday" moves the day already given and asks the question on screen again;
// "is this saved?" is told the plan is kept, and this goal once they say yes. The goal's read-back
// ("Is that right?", goalCheckDialog.ts) reads days and "go back" itself.
//
// To go back, each question the goal asks is remembered as it was asked: the waterfalls from the
// goal's own flow up to the one that asked, their state just before that step, and what the step was
// given. Going back puts them back and runs that step again, so it asks its question again.
import { Dialog, DialogReason, DialogTurnStatus, type DialogContext, type DialogInstance, type DialogTurnResult, type WaterfallDialog, type WaterfallStep, type WaterfallStepContext } from 'botbuilder-dialogs';
import { formatDueDate } from '../src/domain/dates.ts';
import { saysGoBack, withCorrectedDay } from '../src/domain/goalCheckWords.ts';
import { dayCorrection } from '../src/domain/goalAnswerWords.ts';
import { splitDate, type GoalAnswers } from '../src/domain/goalWords.ts';
import { coachQuestionOf } from '../src/domain/questionHelp.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { repromptInnermost } from './reprompt.ts';

type WaterfallState = { options?: unknown; values?: Record<string, unknown>; stepIndex?: number };
/** One question asked: the waterfalls from the flow up, as they were just before the step that asked. */
type Asked = { chain: { id: string; state: WaterfallState }[]; result?: unknown; at: string };
/** `older`: questions asked before the ones kept, so the first one kept is not the goal's first. */
type FlowState = WaterfallState & { asked?: Asked[]; older?: boolean };
type Draft = GoalAnswers & { timeZone: string };

/** Enough to go back a few questions, without the saved state growing with every answer. */
const KEPT = 4;

const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** Where the conversation is: each dialog, its step, and the question a prompt shows. */
function placeOf(stack: DialogInstance[]): string {
  return stack
    .map(({ id, state }) => `${id}:${state?.stepIndex ?? ''}:${(state?.options as { question?: { text?: string } } | undefined)?.question?.text ?? ''}`)
    .join('/');
}

/** The steps of a waterfall in the goal's flow (`flowId`), each question they ask remembered. */
export function rememberingQuestions(flowId: string, steps: WaterfallStep[]): WaterfallStep[] {
  return steps.map((run, index) => async (step: WaterfallStepContext) => {
    const from = step.stack.findIndex((instance) => instance.id === flowId);
    const flow = step.stack[from];
    if (!flow) return run(step);
    const chain = step.stack.slice(from).map(({ id, state }: DialogInstance<WaterfallState>) => ({
      id,
      state: { options: copy(state.options), values: copy(state.values), stepIndex: state.stepIndex },
    }));
    chain.at(-1)!.state.stepIndex = index - 1;
    const result = copy(step.result);
    const asked = ((flow.state as FlowState).asked ??= []);
    const latest = asked.at(-1);
    const turn = await run(step);
    // Asked here, and not by a step this one went on to (that one remembered it).
    if (turn.status === DialogTurnStatus.waiting && asked.at(-1) === latest) {
      asked.push({ chain, result, at: placeOf(step.stack) });
      if (asked.length > KEPT) Object.assign(flow.state, { older: true }).asked!.splice(0, asked.length - KEPT);
    }
    return turn;
  });
}

export type GoalFlow = { flowId: string; sharpenId: string; checkId: string; readsDays: string[]; now: () => Date };

/** Words about the goal heard first, or null to let the question on screen read them. */
export async function hearGoalAside(inner: DialogContext, goal: GoalFlow): Promise<DialogTurnResult | null> {
  const { context } = inner;
  const text = context.activity.type === 'message' ? (context.activity.text ?? '').trim() : '';
  if (!text) return null;
  if (coachQuestionOf(text) === 'saved') {
    await context.sendActivity(say.savedOnceAgreed);
    await repromptInnermost(inner);
    return Dialog.EndOfTurn;
  }
  const onScreen = inner.activeDialog?.id;
  if (!onScreen || inner.stack.some((instance) => instance.id === goal.checkId)) return null;
  if (saysGoBack(text)) return goBack(inner, goal.flowId);
  if (goal.readsDays.includes(onScreen)) return null;
  const found = draftInPlay(inner, goal);
  const day = found ? dayCorrection(text, { now: goal.now(), timeZone: found.draft.timeZone }) : null;
  if (!found || !day) return null;
  await context.sendActivity(moveDay(found, day, goal.now()));
  await repromptInnermost(inner);
  return Dialog.EndOfTurn;
}

/** The goal's answers so far: the sharpening questions' own copy while they run, else the flow's. */
function draftInPlay(inner: DialogContext, goal: GoalFlow): { draft: Draft; holder: Record<string, unknown> } | null {
  for (const { id, state } of [...inner.stack].reverse() as DialogInstance<WaterfallState>[]) {
    const holder = (id === goal.sharpenId ? state.options : id === goal.flowId ? state.values : null) as Record<string, unknown> | null;
    // Only once the goal's words are in: there is no answer before to change.
    if ((holder?.draft as Draft | undefined)?.aim) return { draft: holder!.draft as Draft, holder: holder! };
  }
  return null;
}

/** The new day put where it belongs, and what to say about it. */
function moveDay(found: { draft: Draft; holder: Record<string, unknown> }, day: Date, now: Date): string {
  const { draft, holder } = found;
  const words = formatDueDate(day, draft.timeZone, { now });
  if (!draft.dueAt) {
    // No day yet ("How many will you do?"): the day is kept, and any day typed in the step gives way to it.
    Object.assign(draft, { text: splitDate(draft.text, { now, timeZone: draft.timeZone }).text, dueAt: day.toISOString() });
    return say.dayNoted(words);
  }
  const { answers, changed } = withCorrectedDay(draft, day);
  holder.draft = answers;
  // The step is in the client's own words: escaped, so it reads as typed and joins the question's message.
  return changed === null ? say.firstStepBy(words) : say.dayChanged(escapeMarkdown(changed), words);
}


/**
 * Back to the question before the one on screen, or to the one on screen when a question that
 * follows from it is showing ("Which would you like to do first?"). Its answer is let go.
 */
async function goBack(inner: DialogContext, flowId: string): Promise<DialogTurnResult> {
  const from = inner.stack.findIndex((instance) => instance.id === flowId);
  const flow = inner.stack[from] as DialogInstance<FlowState> | undefined;
  const asked = flow?.state.asked;
  const dropped = asked?.length && asked.at(-1)!.at === placeOf(inner.stack) ? 2 : 1;
  const back = asked?.[asked.length - dropped];
  if (!flow || !asked?.length || (!back && flow.state.older)) {
    // A goal begun before questions were remembered, or gone back past the ones kept: said plainly, and asked again.
    await inner.context.sendActivity(say.cannotGoBack);
    await repromptInnermost(inner);
    return Dialog.EndOfTurn;
  }
  if (!back && (flow.state.options as { aim?: string } | undefined)?.aim) {
    // The goal's words were typed at the menu: back to "What would you like to work on?".
    await inner.context.sendActivity(say.wentBack);
    await inner.cancelAllDialogs();
    return inner.beginDialog(flowId, {});
  }
  if (!back) {
    await inner.context.sendActivity(say.nothingToGoBackTo);
    await repromptInnermost(inner);
    return Dialog.EndOfTurn;
  }
  asked.splice(asked.length - dropped);
  await inner.context.sendActivity(say.wentBack);
  inner.stack.splice(from + 1);
  const [own, ...above] = copy(back.chain);
  Object.assign(flow.state, own!.state);
  for (const instance of above) inner.stack.push(instance);
  const asking = inner.findDialog(inner.activeDialog!.id) as WaterfallDialog;
  return asking.resumeDialog(inner, DialogReason.endCalled, copy(back.result));
}
