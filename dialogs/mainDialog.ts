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
import { currentClient } from '../src/bot/clientContext.ts';
import { sendPlanCard } from './myPlanDialog.ts';
import { sendPlanMidQuestion } from './planMidQuestion.ts';
import { userKeyOf } from '../src/bot/userKey.ts';
import { ClientRepository, type Client } from '../src/db/clients.ts';
import type { CoachServices } from '../src/services.ts';
import { isGreeting, isPlanRequest, keepButtonMeant, recogniseGlobalCommand } from './commands.ts';
import { buttonsOnScreen } from '../src/bot/questionOnScreen.ts';
import { reminderReplyFor } from './reminderReplyDialog.ts';
import { repromptInnermost } from './reprompt.ts';
import { reminderSwitchTurn } from './reminderSwitch.ts';
import { recogniseDataRightsCommand } from '../src/bot/dataRightsCommands.ts';
import { beginDataRights } from './dataRightsDialog.ts';
import { DialogIds } from './dialogIds.ts';
import { helpMessage } from '../src/messages/en/common.ts';
import { cancelHere, leaveForNow } from './stoppingForNow.ts';
import {
  hiddenMenuChoices,
  menuAgainQuestion,
  menuChoices,
  menuQuestion,
  adviserConfirmChoices,
  confirmAdviserByNumber,
  type HiddenMenuChoice,
  type MenuChoice,
} from '../src/messages/en/menu.ts';
import { askChoice, CHOICE_PROMPT, createChoicePrompt, createTextPrompt } from './prompts.ts';
import { choiceSet } from './choiceSets.ts';
import { requestAdviser } from './talkToAdviser.ts';
import { listenWith } from './listening.ts';
import { STARTING_AGAIN } from './selfAssessmentDialog.ts';
import { conversationForNews, jobNewsMidReview, menuChoiceTyped, reviewMoveAsked, type NewsConversation } from './menuNews.ts';
import { answerPrivacyAtTheMenu } from './privacyAtTheMenu.ts';
import { MENU_ROUTES } from './menuRoutes.ts';
import { clientNeeds, isConsented } from './clientNeeds.ts';
import { adviserTaskMidQuestion } from './adviserTaskAsked.ts';
import { answerPlanQuestion } from './planQuestionAnswer.ts';
import { openVisit } from './visitOpening.ts';
import { ReviewMoveDialog } from './reviewMoveDialog.ts';
import { reviewDayCorrected } from './reviewMoveCorrection.ts';

const FLOW = 'mainFlow';
/** `then`: go straight to that conversation (news typed at the menu), then back to the menu. */
type FlowOptions = { loop?: boolean; quiet?: boolean; afterSetUp?: boolean; then?: NewsConversation };
const allMenuChoices = [...menuChoices, ...hiddenMenuChoices];
choiceSet('menu', menuChoices);
choiceSet('menu.hidden', hiddenMenuChoices);

export class MainDialog extends ComponentDialog {
  constructor(
    private readonly services: CoachServices,
    features: Dialog[],
  ) {
    super(DialogIds.main);
    this.addDialog(createChoicePrompt());
    this.addDialog(createTextPrompt());
    for (const feature of features) this.addDialog(feature);
    this.addDialog(new ReviewMoveDialog(services));
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
    listenWith(innerDc.context, this.services);
    const rights = innerDc.context.activity.type === 'message' ? recogniseDataRightsCommand(innerDc.context.activity.text) : null;
    if (rights) return beginDataRights(innerDc, rights);
    await reminderSwitchTurn(innerDc, this.services, false);
    const answer = await this.reminderAnswer(innerDc, true);
    if (answer) return answer;
    const command = innerDc.context.activity.type === 'message' ? recogniseGlobalCommand(innerDc.context.activity.text) : null;
    if (command === 'help') await innerDc.context.sendActivity(helpMessage);
    if (command === 'talk-to-adviser') await requestAdviser(innerDc.context, this.services);
    return super.onBeginDialog(innerDc, options);
  }

  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    listenWith(innerDc.context, this.services);
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | null> {
    if (innerDc.context.activity.type !== 'message') return null;
    // Before anything else, so "stop consent" is not read as "stop".
    const rights = recogniseDataRightsCommand(innerDc.context.activity.text);
    if (rights) return beginDataRights(innerDc, rights);
    const switched = await reminderSwitchTurn(innerDc, this.services, true);
    if (switched) return switched;
    // A "hello" to the waiting menu is someone coming back: greet them afresh.
    if (innerDc.activeDialog?.id === CHOICE_PROMPT && innerDc.stack.length === 2 && isGreeting(innerDc.context.activity.text)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(FLOW);
    }
    const menuOnScreen = innerDc.activeDialog?.id === CHOICE_PROMPT && innerDc.stack.length === 2;
    const answer = await this.reminderAnswer(innerDc, menuOnScreen);
    if (answer) return answer;
    // "nah leave it" where a button keeps things as they are: read as that button tapped, not a stop.
    const keep = keepButtonMeant(innerDc.context.activity.text, buttonsOnScreen({ dialogStack: innerDc.stack }));
    if (keep) innerDc.context.activity.text = keep;
    const command = recogniseGlobalCommand(innerDc.context.activity.text);
    switch (command) {
      case 'help':
        await innerDc.context.sendActivity(helpMessage);
        await repromptInnermost(innerDc);
        return { status: DialogTurnStatus.waiting };
      case 'talk-to-adviser':
        await requestAdviser(innerDc.context, this.services);
        await repromptInnermost(innerDc);
        return { status: DialogTurnStatus.waiting };
      case 'cancel':
        return cancelHere(innerDc, this.services, this.backToTheMenu(innerDc));
      case 'leave-for-now':
        return leaveForNow(innerDc, this.services, this.backToTheMenu(innerDc));
      case 'start-again':
        innerDc.context.turnState.set(STARTING_AGAIN, true);
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(FLOW);
      default: {
        // "wen is my review", "who is my adviser": answered from their plan, then the question again.
        const planAnswer = await answerPlanQuestion(innerDc, this.services);
        if (planAnswer) return planAnswer;
        if (menuOnScreen) return this.newsAtTheMenu(innerDc);
        // "can i move my review to friday" where another question waits: moved, then that question again
        // (a component or prompt below re-asks when the move ends). Not in the review itself.
        const move = innerDc.stack.some((one) => one.id === DialogIds.review) ? null : reviewMoveAsked(innerDc.context, innerDc.context.activity.text ?? '');
        if (move) return innerDc.beginDialog(move.dialog, move.options);
        const jobNews = jobNewsMidReview(innerDc);
        if (jobNews) return innerDc.cancelAllDialogs().then(() => innerDc.beginDialog(FLOW, { then: jobNews } satisfies FlowOptions));
        if (isPlanRequest(innerDc.context.activity.text)) return this.showPlanThenAskAgain(innerDc);
        return adviserTaskMidQuestion(innerDc, this.services);
      }
    }
  }

  /** "my plan" while a question is on screen: the plan, then the same question again. */
  private async showPlanThenAskAgain(innerDc: DialogContext): Promise<DialogTurnResult | null> {
    const client = currentClient(innerDc.context);
    if (!client?.consentedAt) return null;
    await sendPlanMidQuestion(innerDc, this.services, client);
    await repromptInnermost(innerDc);
    return { status: DialogTurnStatus.waiting };
  }

  /**
   * News typed at the menu starts its conversation: "applied to Halfords" goes into the job-search
   * log, "I've got a job" into in-work support, "they let me go" into the next step after a job.
   */
  private async newsAtTheMenu(innerDc: DialogContext): Promise<DialogTurnResult | null> {
    const text = innerDc.context.activity.text ?? '';
    if (menuChoiceTyped(text, allMenuChoices, true)) return null;
    const privacy = await answerPrivacyAtTheMenu(innerDc);
    if (privacy) return privacy;
    // "fri" just after "Done. Your review is now on Thursday 11 June": the day moved again.
    const then = (await reviewDayCorrected(innerDc.context, this.services, text)) ?? (await conversationForNews(innerDc.context, this.services, text));
    if (then === 'answered') {
      await repromptInnermost(innerDc);
      return { status: DialogTurnStatus.waiting };
    }
    if (!then) return null;
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(FLOW, { then } satisfies FlowOptions);
  }

  /** A tap on a reminder's button answers it; typed words only when no other question is on screen. */
  private async reminderAnswer(innerDc: DialogContext, typedWordsCount: boolean): Promise<DialogTurnResult | null> {
    if (innerDc.context.activity.type !== 'message') return null;
    const reminderReply = await reminderReplyFor(innerDc.context, this.services, typedWordsCount);
    if (!reminderReply) return null;
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(DialogIds.review, { reminderReply });
  }

  private readonly backToTheMenu = (innerDc: DialogContext) => () => innerDc.beginDialog(FLOW, { quiet: true } satisfies FlowOptions);

  /** Consent, self-assessment and locus of control come first, in that order, until done. */
  private async setUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // The turn's own lookup is as fresh as a new read, unless the set-up questions ran in this
    // turn (afterSetUp): they create and consent the client. No client yet: onboarding may just
    // have made one.
    const options = (step.options ?? {}) as FlowOptions;
    const client = (options.afterSetUp ? null : currentClient(step.context)) ?? (await this.reloadClient(step));
    // Back from a menu choice: the menu is offered only once set-up is done, and only erasure or a
    // withdrawn consent undoes that, both of which the turn's client lookup shows.
    if (options.loop && client && isConsented(client)) {
      step.context.turnState.set(READY_FOR_MENU, { client } satisfies ReadyForMenu);
      return step.next();
    }
    const needs = await clientNeeds(step.context, client, this.services);
    if (needs) {
      // "show my plan" on coming back to paused questions: the plan (or that there is none yet) first.
      if (!options.afterSetUp && client?.consentedAt && isPlanRequest(step.context.activity.text)) await sendPlanCard(step.context, this.services, client);
      valuesOf(step).setUpRan = true;
      // "can i move my review to the 20th" with the self-assessment unfinished: the wish is heard first,
      // then the questions resume (offerMenu finds them still needed).
      const move = needs !== DialogIds.onboarding && !options.afterSetUp && !options.loop ? reviewMoveAsked(step.context, step.context.activity.text ?? '') : null;
      if (move) return step.beginDialog(move.dialog, move.options);
      return step.beginDialog(needs);
    }
    // The menu step comes next in this same turn: it need not look all of this up again.
    step.context.turnState.set(READY_FOR_MENU, { client } satisfies ReadyForMenu);
    return step.next();
  }

  private async offerMenu(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as FlowOptions;
    if (options.then) return step.beginDialog(options.then.dialog, options.then.options);
    const ready = step.context.turnState.get(READY_FOR_MENU) as ReadyForMenu | undefined;
    step.context.turnState.delete(READY_FOR_MENU);
    const client = ready?.client ?? (await this.reloadClient(step));
    if (!client) return step.endDialog();
    const needs = ready ? null : await clientNeeds(step.context, client, this.services);
    if (needs) return step.replaceDialog(FLOW, { afterSetUp: true } satisfies FlowOptions);
    const returning = !valuesOf(step).setUpRan && !options.afterSetUp && !options.loop && !options.quiet;
    if (returning) {
      const text = step.context.activity.type === 'message' ? (step.context.activity.text ?? '') : '';
      const typed = text ? menuChoiceTyped(text, allMenuChoices, false) : null;
      if (typed) return step.next(typed);
      // The first words of a visit: a question about their plan answered first, news started (visitOpening.ts).
      const then = await openVisit(step.context, this.services, client, text);
      if (then) return step.replaceDialog(FLOW, { then } satisfies FlowOptions);
    }
    return askChoice(step, options.loop ? menuAgainQuestion : menuQuestion, menuChoices, undefined, hiddenMenuChoices);
  }

  private async followChoice(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (((step.options ?? {}) as FlowOptions).then) return step.next();
    const choice = step.result as MenuChoice | HiddenMenuChoice;
    if (choice === 'talk-to-adviser') {
      // Picked by its place ("6", "six", "the sixth"), not by its words: a slip of the thumb should
      // not raise a request, so it is asked once.
      if (!namesTheAdviser(step.context.activity.text)) return askChoice(step, confirmAdviserByNumber, adviserConfirmChoices);
      await requestAdviser(step.context, this.services);
      return step.next();
    }
    if (choice === 'retake-locus') return step.beginDialog(DialogIds.locusOfControl, { retake: true });
    if (choice === 'invite-code') return step.beginDialog(DialogIds.onboarding, { codeOnly: true });
    if (choice === 'change-plan') return step.beginDialog(DialogIds.changeStep, { text: step.context.activity.text ?? '' });
    return step.beginDialog(MENU_ROUTES[choice], { fromMenu: true });
  }

  private async loop(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'adviser-confirmed') await requestAdviser(step.context, this.services);
    return step.replaceDialog(FLOW, { loop: true } satisfies FlowOptions);
  }

  /** The client as stored now: a dialog earlier in this turn may have just created them. */
  private reloadClient(step: WaterfallStepContext): Promise<Client | null> {
    return new ClientRepository(this.services.db).findByUserKey(userKeyOf(step.context.activity));
  }
}

/** The menu's words (or a tap on its button) chose the adviser, not a number in that place. */
function namesTheAdviser(text: string | undefined): boolean {
  return parseChoice(text ?? '', allMenuChoices, { byPosition: false }) === 'talk-to-adviser';
}

/** Turn state: the client setUp found ready for the menu, moments before offerMenu runs. */
const READY_FOR_MENU = Symbol('coach.main.readyForMenu');
type ReadyForMenu = { client: Client | null };

/** What this dialog remembers between its steps (kept in the bot state, in the database). */
type FlowValues = { setUpRan?: boolean };
function valuesOf(step: WaterfallStepContext): FlowValues {
  return step.values as FlowValues;
}
