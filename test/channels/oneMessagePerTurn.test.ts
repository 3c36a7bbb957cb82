// The coaching replies of one turn reach the channel as few messages as read well: words joined
// in order, the buttons under the last words, a card and a list never followed by more words in
// the same message, and nothing held back when something else has to go first or the turn fails.
import { ActivityEventNames, ActivityTypes, CardFactory, MessageFactory, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { OneMessagePerTurn } from '../../src/bot/oneMessagePerTurn.ts';
import { canJoin, joinReplies } from '../../src/bot/joinReplies.ts';

const card = CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Your plan' }] });

/** Runs one turn of `logic` behind the middleware and returns every activity the channel got. */
async function sentBy(logic: (context: TurnContext) => Promise<void>, incoming: Partial<Activity> = { type: 'message', text: 'hi' }): Promise<Partial<Activity>[]> {
  const adapter = new TestAdapter(logic);
  adapter.use(new OneMessagePerTurn());
  await adapter.processActivity(incoming).catch(() => undefined);
  return adapter.activeQueue.splice(0);
}

describe('one message per turn', () => {
  it('joins a turn\'s words into one message, in order, with the last one\'s buttons', async () => {
    const sent = await sentBy(async (context) => {
      await context.sendActivity('Well done.');
      await context.sendActivity('I have added it to your plan.');
      await context.sendActivity(MessageFactory.suggestedActions(['Yes', 'No'], 'Shall we set another goal?'));
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe('Well done.\n\nI have added it to your plan.\n\nShall we set another goal?');
    expect(sent[0]!.suggestedActions?.actions.map((action) => action.title)).toEqual(['Yes', 'No']);
  });

  it('puts the words before a card with the card, and keeps the words after it in a message of their own', async () => {
    const sent = await sentBy(async (context) => {
      await context.sendActivity('Here is your plan.');
      await context.sendActivity(MessageFactory.attachment(card));
      await context.sendActivity(MessageFactory.suggestedActions(['I agree'], 'Please have a look.'));
    });
    expect(sent.map((activity) => [activity.text ?? '', activity.attachments?.length ?? 0])).toEqual([
      ['Here is your plan.', 1],
      ['Please have a look.', 0],
    ]);
  });

  it('never adds words after a list, where they could run into its last bullet', async () => {
    const sent = await sentBy(async (context) => {
      await context.sendActivity('You can call:');
      await context.sendActivity('- Samaritans: call 116 123.\n- NHS 111: call 111.');
      await context.sendActivity('I am here too.');
    });
    expect(sent.map((activity) => activity.text)).toEqual(['You can call:\n\n- Samaritans: call 116 123.\n- NHS 111: call 111.', 'I am here too.']);
  });

  it('sends what it holds before anything that is not a message, and keeps the order', async () => {
    const sent = await sentBy(async (context) => {
      await context.sendActivity('One moment.');
      await context.sendActivity({ type: ActivityTypes.Typing });
      await context.sendActivity('Done.');
    });
    expect(sent.map((activity) => activity.type)).toEqual([ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.Message]);
    expect(sent.map((activity) => activity.text ?? '')).toEqual(['One moment.', '', 'Done.']);
  });

  it('still delivers what the client was told when the turn then fails', async () => {
    let failure: unknown;
    const adapter = new TestAdapter(async (context) => {
      await context.sendActivity('Saved.');
      throw new Error('database gone');
    });
    adapter.use(new OneMessagePerTurn());
    await adapter.processActivity({ type: 'message', text: 'yes' }).catch((error: unknown) => (failure = error));
    expect((failure as Error).message).toBe('database gone');
    expect(adapter.activeQueue.map((activity) => activity.text)).toEqual(['Saved.']);
  });

  it('leaves a proactive turn\'s messages as they are (their ids are kept to update them later)', async () => {
    const sent = await sentBy(
      async (context) => {
        const first = await context.sendActivity('A reminder.');
        expect(first?.id).toBeTruthy();
        await context.sendActivity('Another line.');
      },
      { type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation },
    );
    expect(sent.map((activity) => activity.text)).toEqual(['A reminder.', 'Another line.']);
  });

  it('says the turn has answered as soon as a reply is held', async () => {
    let responded = false;
    await sentBy(async (context) => {
      await context.sendActivity('Hello.');
      responded = context.responded;
    });
    expect(responded).toBe(true);
  });
});

describe('joinReplies', () => {
  it('does not join messages that carry channel data, mentions or speech', () => {
    const plain = { type: 'message', text: 'Hi.' } as Partial<Activity>;
    expect(canJoin(plain, { type: 'message', text: 'a', channelData: { notification: { alert: true } } })).toBe(false);
    expect(canJoin(plain, { type: 'message', text: 'a', entities: [{ type: 'mention' }] })).toBe(false);
    expect(canJoin({ ...plain, speak: 'Hi' }, plain)).toBe(false);
    expect(canJoin(plain, { type: 'message', text: 'a', textFormat: 'plain' })).toBe(false);
    expect(joinReplies([plain, { type: 'message', text: 'There.' }])).toEqual([{ type: 'message', text: 'Hi.\n\nThere.' }]);
  });
});
