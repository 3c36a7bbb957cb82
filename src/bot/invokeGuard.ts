// Turn middleware for invoke activities. An invoke the bot has no handler for, or one whose value
// is malformed, is the caller's mistake: it gets 400, not botbuilder's 501 or a failed turn.
// Only the invokes listed here reach the bot: botbuilder's own Teams handlers read the value
// without checks, and a name lookup in a plain object would find "toString" and friends.
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { z } from 'zod';

const adaptiveCardAction = z.looseObject({
  action: z.looseObject({
    type: z.string().min(1).max(64),
    verb: z.string().max(256).nullish(),
    id: z.string().max(256).nullish(),
    data: z.record(z.string(), z.unknown()).nullish(),
  }),
  trigger: z.string().max(64).nullish(),
});

const handledInvokes = new Map<string, z.ZodType>([['adaptiveCard/action', adaptiveCardAction]]);

export class InvokeGuard implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Invoke) return next();
    const schema = handledInvokes.get(context.activity.name ?? '');
    if (!schema) {
      await refuse(context, 'This bot does not handle that invoke.');
      return;
    }
    if (!schema.safeParse(context.activity.value).success) {
      await refuse(context, 'The invoke value is not valid.');
      return;
    }
    context.onSendActivities(async (_context, activities, sendNext) => {
      for (const activity of activities) {
        const response = activity.value as { status?: number } | undefined;
        if (activity.type === ActivityTypes.InvokeResponse && response?.status === 501) {
          activity.value = { status: 400, body: { error: 'This bot does not handle that invoke.' } };
        }
      }
      return sendNext();
    });
    await next();
  }
}

function refuse(context: TurnContext, error: string): Promise<unknown> {
  return context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error } } });
}
