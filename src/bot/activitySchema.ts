// What an incoming activity must look like before the adapter sees it. Anything else gets a 400
// with a reason, never a crash. Unknown fields pass through: channels add their own.
import { z } from 'zod';

const account = z.looseObject({
  id: z.string().min(1).max(1024),
  name: z.string().max(1024).nullish(),
  aadObjectId: z.string().max(256).nullish(),
});

export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1024).nullish(),
  channelId: z.string().min(1).max(128),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  from: account,
  recipient: account.nullish(),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  text: z.string().max(20_000).nullish(),
  locale: z.string().max(64).nullish(),
  localTimezone: z.string().max(128).nullish(),
  membersAdded: z.array(account).max(1000).nullish(),
  membersRemoved: z.array(account).max(1000).nullish(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(50).nullish(),
  entities: z.array(z.looseObject({ type: z.string().max(256) })).max(100).nullish(),
  name: z.string().max(256).nullish(),
});

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

export function explainInvalidActivity(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}
