// What onboarding hears at its own questions before the prompt reads an answer. Scripted clients,
// round twenty-seven: "I'd rather not give my name" had "Please type just your first name", "DEMO"
// (the adviser's code, typed a question early) was greeted "Nice to meet you, Demo", and "sorry
// one sec kids" had the name asked for again as if it were a wrong answer, as had "i not have code".
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Adviser } from '../src/db/advisers.ts';
import { asksIfANameIsNeeded, declinesToGiveAName } from '../src/domain/nameDeclinedWords.ts';
import { stepAwayReply } from './stepAwayReply.ts';
import { saysNoCode } from '../src/domain/inviteCodeWords.ts';
import { codeHeardAtName, nameNotNeeded, noCodeHeardAtName } from '../src/messages/en/onboarding.ts';
import { TEXT_PROMPT } from './prompts.ts';

/** What the onboarding flow remembers between its steps (kept in the bot state, in the database). */
/** `noCode`: "no code" said with the yes; `offeredName`: said at consent ("My name is Graham"), so the name question is not asked; `nameWithConsent`: said with the yes. */
/** `nameDeclined`: "rather not say" at the name question; `codeAdviserId`: the adviser whose code was typed at the name question. */
export type OnboardingValues = {
  clientId?: string;
  codeOnly?: boolean;
  offeredName?: string;
  nameWithConsent?: boolean;
  noCode?: boolean;
  nameDeclined?: boolean;
  codeAdviserId?: string;
};

// The name question is the flow's second step (asked by the step that records consent).
const NAME_STEP = 1;
// A code typed alone, as a code looks: with a digit, or all in capitals ("DEMO"), never "Demo".
const CODE_TYPED_ALONE = /^(?=[A-Z0-9]*\d|[A-Z]{4,}$)[A-Za-z0-9]{4,10}$/;

export type NameStepNeeds = { flowId: string; adviserByCode: (code: string) => Promise<Adviser | null> };

/** The flow's values while `promptId` is asked at its step `stepIndex` (a message to it); null otherwise. */
export function flowValuesAt(innerDc: DialogContext, flowId: string, promptId: string, stepIndex: number): OnboardingValues | null {
  // The stack's top is its last entry: the prompt above the step of the flow that asked it.
  const [flow, prompt] = innerDc.stack.slice(-2);
  if (innerDc.context.activity.type !== 'message' || prompt?.id !== promptId || flow?.id !== flowId) return null;
  const flowState = flow.state as { stepIndex?: number; values?: OnboardingValues };
  return flowState.stepIndex === stepIndex && flowState.values ? flowState.values : null;
}

/**
 * A wait at any onboarding question; at the name question, no name wanted (the question ends,
 * skipped), a question whether it is needed, or the adviser's code. Null when none of these.
 */
export async function hearAtOnboardingQuestion(innerDc: DialogContext, needs: NameStepNeeds): Promise<DialogTurnResult | null> {
  const { activity } = innerDc.context;
  if (activity.type !== 'message' || !innerDc.activeDialog) return null;
  const text = (activity.text ?? '').trim();
  const steppedAway = stepAwayReply(text);
  if (steppedAway) return sayThenAskAgain(innerDc, steppedAway);
  const values = flowValuesAt(innerDc, needs.flowId, TEXT_PROMPT, NAME_STEP);
  if (!values) return null;
  if (declinesToGiveAName(text)) {
    values.nameDeclined = true;
    return innerDc.endDialog('');
  }
  if (asksIfANameIsNeeded(text.replace(/\?+$/, ''))) return sayThenAskAgain(innerDc, nameNotNeeded);
  // "i not have code": the code question answered a question early (ESOL, round twenty-seven).
  if (/\bcode\b/i.test(text) && saysNoCode(text)) {
    values.noCode = true;
    return sayThenAskAgain(innerDc, noCodeHeardAtName);
  }
  const adviser = CODE_TYPED_ALONE.test(text) ? await needs.adviserByCode(text) : null;
  if (adviser) {
    values.codeAdviserId = adviser.id;
    return sayThenAskAgain(innerDc, codeHeardAtName);
  }
  return null;
}

async function sayThenAskAgain(innerDc: DialogContext, said: string): Promise<DialogTurnResult> {
  await innerDc.context.sendActivity(said);
  await innerDc.repromptDialog();
  return Dialog.EndOfTurn;
}
