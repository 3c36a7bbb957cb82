// Privacy asked at the menu in the client's own words (dialogs/privacyAtTheMenu.ts), played by the
// scripted clients of trustQuestionsClients.ts against the menu question and the real data-rights
// dialog, on the database under test, in a stand-in for the main dialog's menu (fast, and every
// line); privacyAtTheRealMenu.test.ts plays some through the whole bot.
import { describe, expect, it } from 'vitest';
import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { startPlanBotOnFreshDatabase, seedReadyClient, TestClock } from '../plan/planTestBot.ts';
import { forbidden } from '../messages/forbiddenWords.ts';
import { answerPrivacyAtTheMenu } from '../../dialogs/privacyAtTheMenu.ts';
import { DataRightsDialog } from '../../dialogs/dataRightsDialog.ts';
import { askChoice, createChoicePrompt } from '../../dialogs/prompts.ts';
import { menuChoices, menuQuestion } from '../../src/messages/en/menu.ts';
import type { CoachServices } from '../../src/services.ts';
import { ASKED_AT_THE_MENU, MENU_REPLY, NOT_HEARD } from './trustQuestionsClients.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

class MenuStandIn extends ComponentDialog {
  constructor(services: CoachServices) {
    super('menuStandIn');
    this.addDialog(createChoicePrompt());
    this.addDialog(new DataRightsDialog(services));
    this.addDialog(new WaterfallDialog('menu', [(step) => askChoice(step, menuQuestion, menuChoices), (step) => step.endDialog(step.result)]));
    this.initialDialogId = 'menu';
  }

  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await answerPrivacyAtTheMenu(innerDc)) ?? super.onContinueDialog(innerDc);
  }
}

describe('privacy asked at the menu', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A ready client at the menu: returns what each typed message gets back. */
  async function atTheMenu() {
    const { userId } = await seedReadyClient(bot.app.services.db, { band: 'mixed', now: MONDAY });
    const state = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(state.createProperty('dialogState'));
    dialogs.add(new MenuStandIn(bot.app.services));
    const adapter = new TestAdapter(
      async (context) => {
        const dc = await dialogs.createContext(context);
        if ((await dc.continueDialog()).status === DialogTurnStatus.empty) await dc.beginDialog('menuStandIn');
        await state.saveChanges(context);
      },
      { channelId: 'emulator', from: { id: userId, name: 'Sam' } } as Partial<Activity>,
    );
    const say = async (text: string): Promise<string> => {
      await adapter.send(text).startTest();
      const replies = adapter.activeQueue.splice(0).map((reply) => [reply.text, ...(reply.suggestedActions?.actions ?? []).map((action) => `[${action.title}]`)].join(' '));
      return replies.join('\n');
    };
    expect(await say('hi')).toMatch(/What would you like to do\?/);
    return say;
  }

  // Benefits are the specialist hand-over's (dialogs/specialistQuestion.ts); the held-out quarter is measured, not tuned on.
  const asked = ASKED_AT_THE_MENU.filter(({ kind, heldOut }) => kind !== 'benefits' && !heldOut);
  it.each(asked.map(({ said, kind }) => [said, kind] as const))('%j (%s): answered, or the data-rights dialog started', async (said, kind) => {
    const say = await atTheMenu();
    const reply = await say(said);
    expect(reply).toMatch(MENU_REPLY[kind]);
    expect(reply).not.toMatch(NOT_HEARD);
    expect(forbidden([reply])).toEqual([]);
  });

  it('"plz can u delet my detials" asks twice before anything goes, and a no keeps it all', async () => {
    const say = await atTheMenu();
    expect(await say('plz can u delet my detials')).toMatch(/Do you want me to delete it all\?/);
    expect(await say('no')).toMatch(/I have not deleted anything/);
  });

  // The menu's own words, and news about a job, are no questions about their data.
  it.each(['see my plan', 'delete a step', 'get all the info on the job', 'the jobcentre sent me'])('%j is not taken as a question about their data', async (said) => {
    const say = await atTheMenu();
    expect(await say(said)).not.toMatch(/adviser can see|I keep|delete it all/);
  });
});
