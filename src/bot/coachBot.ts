// The ActivityHandler: welcomes new members, runs the dialogs for each message, and saves
// conversation and user state at the end of every turn.
// Registered advisers are answered by the adviser commands before any client dialog, and the
// escalation card's buttons arrive here as adaptiveCard/action invokes.
// In a Teams channel or group chat nothing here runs: SharedConversationGate has answered.
import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { turnLog } from '../turnLog.ts';
import { repromptInnermost } from '../../dialogs/reprompt.ts';
import { dialogGate } from './riskCheck.ts';
import { DIALOG_STATE_PROPERTY } from './questionOnScreen.ts';
import { keepDialogMemoryConfiguration, shareDialogMemoryConfiguration } from './dialogMemoryConfiguration.ts';
import { inSharedConversation } from './sharedConversationGate.ts';
import { cardActionsArePrivate } from '../messages/en/sharedChats.ts';

const privateNoteCard = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text: cardActionsArePrivate, wrap: true }],
};

export interface CoachBotParts {
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: Dialog;
  /** Answers advisers' (and admins') messages; true when it did, so the dialogs are skipped. */
  adviserDesk?: { handle(context: TurnContext): Promise<boolean>; welcome?(context: TurnContext): Promise<boolean> };
  /** Passes a client's reply to their adviser's message on; true when it did, so the waiting question is asked again. */
  adviserReply?: (context: TurnContext) => Promise<boolean>;
  /** Answers Action.Execute buttons on cards. */
  cardActions?: (context: TurnContext, invoke: AdaptiveCardInvokeValue) => Promise<AdaptiveCardInvokeResponse>;
}

export class CoachBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  constructor(private readonly parts: CoachBotParts) {
    super();
    this.dialogState = parts.conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY);
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(parts.mainDialog);

    this.onMembersAdded(async (context, next) => {
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient?.id);
      if (newcomers.length > 0 && !inSharedConversation(context) && !(await parts.adviserDesk?.welcome?.(context))) await this.welcomeOrAskAgain(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      if (inSharedConversation(context)) return next();
      if (!(await parts.adviserDesk?.handle(context))) await this.runDialogs(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    shareDialogMemoryConfiguration(context);
    await super.run(context);
    keepDialogMemoryConfiguration(context);
    await this.parts.conversationState.saveChanges(context, false);
    await this.parts.userState.saveChanges(context, false);
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invoke: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    // The card is replaced by the note, which also takes an older card's details out of the chat.
    if (inSharedConversation(context)) return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: privateNoteCard };
    if (!this.parts.cardActions) return super.onAdaptiveCardInvoke(context, invoke);
    return this.parts.cardActions(context, invoke);
  }

  /**
   * Someone (re)opening the chat: a page reload in Web Chat, or the Playground starting again. A
   * question still waiting is asked again, so they know what the bot needs; otherwise, welcome.
   */
  private async welcomeOrAskAgain(context: TurnContext): Promise<void> {
    // The safety window answered the return already.
    if (dialogGate(context) === 'skip') return;
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) await repromptInnermost(dc);
    else await this.runDialogs(context);
  }

  private async runDialogs(context: TurnContext): Promise<void> {
    // The risk check may have answered already: the dialog waits (or asks its question again).
    const gate = dialogGate(context);
    if (gate === 'skip') return;
    const dc = await this.dialogs.createContext(context);
    if (gate === 'reprompt' && dc.activeDialog) {
      await repromptInnermost(dc);
      return;
    }
    if (await this.parts.adviserReply?.(context)) {
      if (dc.activeDialog) await repromptInnermost(dc);
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(this.parts.mainDialog.id);
    }
    turnLog(context).debug(`turn done: ${context.activity.type} in ${context.activity.conversation?.id}`);
  }
}
