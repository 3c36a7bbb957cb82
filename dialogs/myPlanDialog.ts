// "My plan": the current version as an Adaptive Card, with its plain-text fallback. A plan that is
// new or changed is offered for agreement; with no plan yet, the client is offered a first goal.
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { planWrittenThisTurn } from '../src/bot/planThisTurn.ts';
import { buildPlanCard } from '../src/cards/planCard.ts';
import { PlanRepository } from '../src/db/plans.ts';
import type { ChoiceOption } from '../src/domain/answers.ts';
import { SAVE_IT_WORDS } from '../src/domain/agreementWords.ts';
import { needsClientAgreement, type PlanVersion } from '../src/domain/plan.ts';
import type { CoachServices } from '../src/services.ts';
import { agreePlan } from '../src/usecases/agreePlan.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import { DialogIds } from './dialogIds.ts';
import * as say from '../src/messages/en/plan.ts';
import { askChoice, createChoicePrompt } from './prompts.ts';
import { choiceSet } from './choiceSets.ts';
import { menuChoices, type MenuChoice } from '../src/messages/en/menu.ts';
import { MENU_ROUTES } from './menuRoutes.ts';
import { asideAtAgreement } from './agreeAsides.ts';
import type { ListeningOptions } from './prompts.ts';
import { goalAtTheMenu } from './listening.ts';
import type { SmartGoalOptions } from './smartGoalDialog.ts';

const FLOW = 'myPlanFlow';

type Next = 'set-goal' | 'not-now' | 'agree' | 'later' | 'show';
const startChoices = choiceSet<ChoiceOption<Next>[]>('myPlan.start', [
  { value: 'set-goal', label: say.setAGoal, synonyms: ['yes', 'y', 'ok', 'okay', 'goal', 'new goal', 'set goal', 'yes please'] },
  { value: 'not-now', label: say.notNow, synonyms: ['no', 'n', 'later', 'no thanks', 'not yet'] },
]);
const agreeChoices = choiceSet<ChoiceOption<Next>[]>('myPlan.agree', [
  { value: 'agree', label: say.agreeButton, synonyms: ['i agree', 'agree', 'yes', 'yes i agree', 'ok', 'okay', ...SAVE_IT_WORDS] },
  { value: 'later', label: say.notYetButton, synonyms: ['no', 'later', 'not now', 'no thanks'] },
]);
// "my plan" typed at the agreement question: show it again, then ask again.
const showAgain = choiceSet<ChoiceOption<Next>[]>('myPlan.showAgain', [
  { value: 'show', label: say.showMyPlan, synonyms: ['my plan', 'see my plan', 'show me', 'show plan', 'show my plan', 'what plan', 'which plan', 'the plan'] },
]);

// A menu button's words at the agreement question (a client back days later types "review my
// plan"): agreeing can wait, so the conversation they asked for starts. Labels only; "My plan" is
// this question's own "show it again".
type RoutedChoice = keyof typeof MENU_ROUTES;
const isRouted = (value: MenuChoice): value is RoutedChoice => value in MENU_ROUTES && value !== 'my-plan';
const menuAtAgreement = choiceSet<ChoiceOption<string>[]>(
  'myPlan.menu',
  menuChoices.filter((choice) => isRouted(choice.value)).map(({ value, label }) => ({ value: `menu:${value}`, label })),
);

export class MyPlanDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.myPlan);
    this.addDialog(createChoicePrompt());
    this.addDialog(new WaterfallDialog(FLOW, [this.showPlan.bind(this), this.followUp.bind(this)]));
    this.initialDialogId = FLOW;
  }

  /** Where agreeing is asked: a step's change, a goal's, or a question is taken first (agreeAsides.ts). */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const asked = (inner.activeDialog?.state as { options?: ListeningOptions } | undefined)?.options?.question?.text;
    if (asked === say.askStartPlan) return (await goalTypedAtTheStart(inner)) ?? super.onContinueDialog(inner);
    return (asked === say.askAgree ? await asideAtAgreement(inner, this.services) : null) ?? super.onContinueDialog(inner);
  }

  private async showPlan(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    if (!client) return step.endDialog();
    const plan = await sendPlanCard(step.context, this.services, client);
    if (!plan) return askChoice(step, say.askStartPlan, startChoices);
    if (!needsClientAgreement(plan)) return step.endDialog();
    return askChoice(step, say.askAgree, agreeChoices, undefined, [...showAgain, ...menuAtAgreement], { explanation: say.explainAgree });
  }

  private async followUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    const menuChoice = /^menu:(.+)$/.exec(String(step.result))?.[1] as RoutedChoice | undefined;
    if (menuChoice) return step.replaceDialog(MENU_ROUTES[menuChoice], { fromMenu: true });
    switch (step.result as Next) {
      case 'set-goal':
        // The goal dialog is a sibling in the main dialog; the dialog context finds it there.
        return step.replaceDialog(DialogIds.smartGoal, { fromMenu: true });
      case 'agree':
        if (client) await agreePlan(planDeps(this.services), { clientId: client.id });
        await step.context.sendActivity(say.agreed);
        return step.endDialog();
      case 'show':
        return step.replaceDialog(FLOW);
      case 'later':
        await step.context.sendActivity(say.notAgreedYet);
        return step.endDialog();
      default:
        return step.endDialog();
    }
  }
}

/**
 * A goal typed at "Shall we set a goal together? [Set a goal] [Not now]" ("i want to be a hairdresser"),
 * read as at the menu: the goal is started from those words (play-testing 2026-12-08: "Sorry, I didn't
 * catch that", up to five times). Null: read the reply as the buttons' answer.
 */
async function goalTypedAtTheStart(inner: DialogContext): Promise<DialogTurnResult | null> {
  const { activity } = inner.context;
  const goal = activity.type === 'message' ? goalAtTheMenu(activity.text ?? '', activity.locale) : null;
  if (!goal?.aim) return null;
  await inner.cancelAllDialogs();
  return inner.beginDialog(DialogIds.smartGoal, goal satisfies SmartGoalOptions);
}

/** Sends the client's current plan as its card (or says there is none yet); the plan, or null. */
export async function sendPlanCard(context: TurnContext, services: CoachServices, client: { id: string; timeZone: string }): Promise<PlanVersion | null> {
  const plan = planWrittenThisTurn(context, client.id) ?? (await new PlanRepository(services.db, services.clock).currentPlan(client.id));
  if (!plan) {
    await context.sendActivity(say.noPlanYet);
    return null;
  }
  const { card } = buildPlanCard(plan, { now: services.clock.now(), timeZone: client.timeZone });
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), say.hereIsYourPlan));
  return plan;
}
