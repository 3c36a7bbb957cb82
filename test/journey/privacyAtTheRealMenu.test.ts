// Privacy asked at the real menu (mainDialog.ts hears it before news at the menu), played through
// the whole bot, the risk check first.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { atTheMenu, joined } from './journey.ts';
import { MENU_REPLY, NOT_HEARD } from './trustQuestionsClients.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe('privacy asked at the menu, through the whole bot', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each([
    ['where does this info go', 'who-sees'],
    ['do you tell the jobcentre everything i say', 'who-sees'],
    ['can i see what you keep about me', 'see'],
    ['plz can u delet my detials', 'delete'],
    ['does the jobcentre get a copy of this', 'who-sees'],
    // The risk check's models had read these alone as a worry, and the adviser was offered first.
    ['where does my info go', 'who-sees'],
    ['my work coach gonna see this?', 'who-sees'],
    ['are you telling the dwp everything', 'who-sees'],
    ['i want to see everything you know about me', 'see'],
  ] as const)('%j is answered, not missed', async (said, kind) => {
    const { user } = await atTheMenu(bot, MONDAY);
    const replies = joined(await user.say(said));
    expect(replies).toMatch(MENU_REPLY[kind]);
    expect(replies).not.toMatch(NOT_HEARD);
  });
});
