// The ActivityHandler: welcomes new members, runs the dialogs for each message, and saves
// conversation and user state at the end of every turn.
import { TeamsActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { log } from '../log.ts';

export interface CoachBotParts {
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: Dialog;
}

export class CoachBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  constructor(private readonly parts: CoachBotParts) {
    super();
    this.dialogState = parts.conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(parts.mainDialog);

    this.onMembersAdded(async (context, next) => {
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient?.id);
      if (newcomers.length > 0) await this.runDialogs(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.runDialogs(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.parts.conversationState.saveChanges(context, false);
    await this.parts.userState.saveChanges(context, false);
  }

  private async runDialogs(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(this.parts.mainDialog.id);
    }
    log.debug(`turn done: ${context.activity.type} in ${context.activity.conversation?.id}`);
  }
}
