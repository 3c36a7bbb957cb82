// Turn middleware, innermost: the coaching replies of a turn are held until the turn ends and
// sent with each run of joinable ones as one message (joinReplies.ts), after the bot state is
// saved. Only the coaching is held: the risk check and the safety window answer before this runs,
// so crisis contacts still go out at once. Anything that is not a plain message (a typing
// indicator, an invoke answer) first sends what is held, then goes as it came.
import { DeliveryModes, type Activity, type Middleware, type ResourceResponse, type TurnContext } from 'botbuilder';
import { isProactiveTurn } from './proactiveTurn.ts';
import { joinReplies } from './joinReplies.ts';

export class OneMessagePerTurn implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    // Proactive sends keep the id of what they sent (escalation cards are updated in place);
    // expectReplies answers in the HTTP response, where the number of messages costs nothing.
    if (isProactiveTurn(context.activity) || context.activity.deliveryMode === DeliveryModes.ExpectReplies) return next();
    let held: Partial<Activity>[] = [];
    let holding = true;
    const sendHeld = async (): Promise<void> => {
      if (held.length === 0) return;
      const replies = joinReplies(held);
      held = [];
      await context.adapter.sendActivities(context, replies);
    };
    context.onSendActivities(async (_context, activities, sendNow): Promise<ResourceResponse[]> => {
      if (!holding || activities.some((activity) => activity.type !== 'message')) {
        await sendHeld();
        return sendNow();
      }
      held.push(...activities);
      context.responded = true;
      return activities.map(() => ({ id: '' }));
    });
    try {
      await next();
    } catch (error) {
      // What the client was told before the failure still reaches them; the failure is the news.
      holding = false;
      await sendHeld().catch(() => undefined);
      throw error;
    }
    holding = false;
    await sendHeld();
  }
}
