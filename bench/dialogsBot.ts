// The anchor: a stock BotBuilder dialogs bot in the style of Microsoft's core-bot sample, on the
// same stack as the coach (restify 11, CloudAdapter in local mode, the same body parser). A
// ComponentDialog runs a WaterfallDialog with TextPrompt and ChoicePrompt; ConversationState and
// UserState are saved at the end of every turn on a durable SQLite Storage (sqliteStateStorage.ts).
// Its questions follow the coach's goal conversation closely enough that bench/coachingScript.ts
// drives both with the same activities: a new conversation, "My plan", "Set a goal" and eight
// answers, then the menu again (11 turns a round, as the coach's).
import restify, { type Request, type Response } from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MessageFactory, UserState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import {
  ChoicePrompt,
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogState,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { AddressInfo } from 'node:net';
import { SqliteStateStorage } from './sqliteStateStorage.ts';

interface Goal {
  words: string;
  firstStep: string;
  nearerDate: boolean;
  confidence: number;
  job: string;
}

interface UserProfile {
  goals: Goal[];
}

const TEXT = 'textPrompt';
const CHOICE = 'choicePrompt';
const MENU_FLOW = 'menuFlow';
const GOAL_FLOW = 'goalFlow';
const KEEP_GOALS = 10;

const choice = (step: WaterfallStepContext, text: string, choices: string[]) =>
  step.prompt(CHOICE, { prompt: text, retryPrompt: `Please choose: ${choices.join(', ')}.`, choices, style: ListStyle.suggestedAction });
const text = (step: WaterfallStepContext, question: string) => step.prompt(TEXT, { prompt: question });
const picked = (step: WaterfallStepContext) => (step.result as FoundChoice).value;
/** What the goal waterfall has gathered so far (kept in the dialog state between turns). */
const draft = (step: WaterfallStepContext) => step.values as Partial<Goal> & { step?: string };

/** Like core-bot's BookingDialog: one waterfall that fills a draft and saves it. */
class GoalDialog extends ComponentDialog {
  constructor(private readonly profile: StatePropertyAccessor<UserProfile>) {
    super(GOAL_FLOW);
    this.addDialog(new TextPrompt(TEXT));
    this.addDialog(new ChoicePrompt(CHOICE));
    this.addDialog(
      new WaterfallDialog(`${GOAL_FLOW}.steps`, [
        async (step) => text(step, 'What would you like to work on? Tell me in your own words.'),
        async (step) => {
          draft(step).words = step.result;
          return text(step, 'Let us pick one small step you could take this week. What would you like to try?');
        },
        async (step) => {
          draft(step).step = step.result;
          return choice(step, 'That is a good goal. Could you do a first step by Thursday?', ['Yes', 'No, keep my date']);
        },
        async (step) => {
          draft(step).nearerDate = picked(step) === 'Yes';
          return text(step, 'Great. What could that first step be? It can be small.');
        },
        async (step) => {
          draft(step).firstStep = step.result;
          return choice(step, 'How sure do you feel that you can do this, from 1 to 10?', Array.from({ length: 10 }, (_, i) => String(i + 1)));
        },
        async (step) => {
          draft(step).confidence = Number(picked(step));
          return choice(step, 'Which job would this help you get?', ['Not sure', 'Warehouse']);
        },
        async (step) => {
          draft(step).job = picked(step);
          return choice(step, `Here is your goal: "${draft(step).words}". Your first step: "${draft(step).firstStep}". Is that right?`, ['Yes', 'Change']);
        },
        async (step) => choice(step, 'Please have a look. If it feels right, tap "I agree to this plan".', ['I agree to this plan', 'Not yet']),
        async (step) => {
          if (picked(step) === 'I agree to this plan') {
            const profile = await this.profile.get(step.context, { goals: [] });
            const { words, firstStep, nearerDate, confidence, job } = draft(step) as Goal;
            profile.goals = [...profile.goals, { words, firstStep, nearerDate, confidence, job }].slice(-KEEP_GOALS);
            await step.context.sendActivity('Your goal is in your plan.');
          }
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = `${GOAL_FLOW}.steps`;
  }
}

/** Like core-bot's MainDialog: asks what to do, routes, and starts over when a branch ends. */
class MainDialog extends ComponentDialog {
  constructor(private readonly profile: StatePropertyAccessor<UserProfile>) {
    super('mainDialog');
    this.addDialog(new ChoicePrompt(CHOICE));
    this.addDialog(new GoalDialog(profile));
    this.addDialog(
      new WaterfallDialog(MENU_FLOW, [
        async (step) => choice(step, step.options && (step.options as { again?: boolean }).again ? 'What would you like to do next?' : 'What would you like to do?', ['My plan', 'Set a goal']),
        async (step) => {
          if (picked(step) === 'Set a goal') return step.next({ value: 'Set a goal' });
          const { goals } = await this.profile.get(step.context, { goals: [] });
          await step.context.sendActivity(goals.length ? `You have ${goals.length} goals. The latest: ${goals.at(-1)!.words}` : 'Your plan is empty.');
          return choice(step, 'Shall we set a goal together?', ['Set a goal', 'Not now']);
        },
        async (step) => (picked(step) === 'Set a goal' ? step.beginDialog(GOAL_FLOW) : step.next()),
        async (step) => step.replaceDialog(MENU_FLOW, { again: true }),
      ]),
    );
    this.initialDialogId = MENU_FLOW;
  }

  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }
}

/** Like core-bot's DialogAndWelcomeBot: welcome, run the dialog, save both states every turn. */
class DialogAndWelcomeBot extends ActivityHandler {
  constructor(conversationState: ConversationState, userState: UserState, dialog: MainDialog) {
    super();
    const dialogState = conversationState.createProperty<DialogState>('DialogState');
    this.onMessage(async (context, next) => {
      await dialog.run(context, dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient?.id) continue;
        await context.sendActivity(MessageFactory.text('Hello. I help you set goals.'));
        await dialog.run(context, dialogState);
      }
      await next();
    });
    this.onDialog(async (context, next) => {
      await conversationState.saveChanges(context, false);
      await userState.saveChanges(context, false);
      await next();
    });
  }
}

export async function startDialogsBot(stateFile: string, port = 0): Promise<{ url: string; stop(): Promise<void> }> {
  const storage = new SqliteStateStorage(stateFile);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const bot = new DialogAndWelcomeBot(conversationState, userState, new MainDialog(userState.createProperty<UserProfile>('UserProfile')));
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }));
  adapter.onTurnError = async (context, error) => {
    console.error('anchor bot turn failed', error);
    await context.sendActivity('The bot encountered an error or bug.');
  };
  const server = restify.createServer({ name: 'dialogs-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024, rejectUnknown: false }));
  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          storage.close();
          resolve();
        }),
      ),
  };
}
