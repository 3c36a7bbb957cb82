// The root of every conversation. It routes a client to what they need next (consent, the
// self-assessment, the locus-of-control questions, then the menu) and handles the words that
// work anywhere: help, cancel, start again, talk to my adviser.
import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type Dialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { parseChoice } from '../src/domain/answers.ts';
import { userKeyOf } from '../src/bot/userKey.ts';
import { ClientRepository, type Client } from '../src/db/clients.ts';
import type { CoachServices } from '../src/services.ts';
import { recogniseGlobalCommand } from './commands.ts';
import { DialogIds } from './dialogIds.ts';
import { helpMessage } from './messages/common.ts';
import { menuAgainQuestion, menuChoices, menuQuestion, type MenuChoice } from './messages/menu.ts';
import { askChoice, createChoicePrompt, createTextPrompt } from './prompts.ts';
import { requestAdviser } from './talkToAdviser.ts';
import { clientNeeds } from './clientNeeds.ts';

const FLOW = 'mainFlow';
const routeFor: Record<Exclude<MenuChoice, 'talk-to-adviser'>, string> = {
  'my-plan': DialogIds.myPlan,
  'set-goal': DialogIds.smartGoal,
  review: DialogIds.review,
  'update-profile': DialogIds.selfAssessment,
};

export class MainDialog extends ComponentDialog {
  constructor(
    private readonly services: CoachServices,
    features: Dialog[],
  ) {
    super(DialogIds.main);
    this.addDialog(createChoicePrompt());
    this.addDialog(createTextPrompt());
    for (const feature of features) this.addDialog(feature);
    this.addDialog(
      new WaterfallDialog(FLOW, [
        this.setUp.bind(this),
        this.offerMenu.bind(this),
        this.followChoice.bind(this),
        this.loop.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  /** A first message may itself be "help" or "talk to my adviser": answer it, then carry on. */
  override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const command = innerDc.context.activity.type === 'message' ? recogniseGlobalCommand(innerDc.context.activity.text) : null;
    if (command === 'help') await innerDc.context.sendActivity(helpMessage);
    if (command === 'talk-to-adviser') await requestAdviser(innerDc.context, this.services);
    return super.onBeginDialog(innerDc, options);
  }

  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | null> {
    if (innerDc.context.activity.type !== 'message') return null;
    const command = recogniseGlobalCommand(innerDc.context.activity.text);
    switch (command) {
      case 'help':
        await innerDc.context.sendActivity(helpMessage);
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'talk-to-adviser':
        await requestAdviser(innerDc.context, this.services);
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'cancel':
        await innerDc.cancelAllDialogs();
        await innerDc.context.sendActivity('OK, I have stopped that. Anything you already saved is kept.');
        return innerDc.beginDialog(FLOW, { quiet: true });
      case 'start-again':
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(FLOW);
      default:
        return null;
    }
  }

  /** Consent, self-assessment and locus of control come first, in that order, until done. */
  private async setUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const needs = await clientNeeds(await this.reloadClient(step), this.services);
    if (needs) return step.beginDialog(needs);
    return step.next();
  }

  private async offerMenu(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = await this.reloadClient(step);
    if (!client) return step.endDialog();
    const needs = await clientNeeds(client, this.services);
    if (needs) return step.replaceDialog(FLOW);
    const typed = step.context.activity.type === 'message' ? parseChoice(step.context.activity.text ?? '', menuChoices, { byPosition: false }) : null;
    const isFirstTurnOfFlow = step.options && (step.options as { loop?: boolean }).loop !== true;
    if (typed && isFirstTurnOfFlow) return step.next(typed);
    return askChoice(step, (step.options as { loop?: boolean })?.loop ? menuAgainQuestion : menuQuestion, menuChoices);
  }

  private async followChoice(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = step.result as MenuChoice;
    if (choice === 'talk-to-adviser') {
      await requestAdviser(step.context, this.services);
      return step.next();
    }
    return step.beginDialog(routeFor[choice], { fromMenu: true });
  }

  private async loop(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(FLOW, { loop: true });
  }

  /** The client as stored now: a dialog earlier in this turn may have just created them. */
  private reloadClient(step: WaterfallStepContext): Promise<Client | null> {
    return new ClientRepository(this.services.db).findByUserKey(userKeyOf(step.context.activity));
  }
}
