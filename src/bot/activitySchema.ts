// What an incoming activity must look like before the adapter sees it. Anything else gets a 400
// with a reason, never a crash. Unknown fields pass through: channels add their own.
import { z } from 'zod';

// PostgreSQL text cannot hold NUL, and an id with one can only be junk.
const identifier = (max: number) => z.string().min(1).max(max).regex(/^[^\u0000]*$/, 'must not contain NUL characters');

const account = z.looseObject({
  id: identifier(1024),
  name: z.string().max(1024).nullish(),
  aadObjectId: z.string().max(256).nullish(),
});

/** Keys that could reach an object's prototype if some library merges the body into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_NESTING = 32;
export const MAX_CARD_VALUE_BYTES = 16 * 1024;
const MAX_CARD_VALUE_DEPTH = 8;
const MAX_CARD_VALUE_KEYS = 200;

/** What is wrong with the shape of a JSON value, or null: too deep, too many keys, forbidden keys. */
export function jsonShapeProblem(value: unknown, maxDepth: number, maxKeys = Infinity): string | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  let keys = 0;
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) return `nested more than ${maxDepth} levels deep`;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return `the key "${key}" is not allowed`;
      keys += 1;
      if (keys > maxKeys) return `more than ${maxKeys} fields`;
      stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}

/** Adaptive Card submit data (Action.Submit / Action.Execute): small, shallow, plain JSON. */
export const cardValueSchema = z.unknown().superRefine((value, ctx) => {
  if (value === undefined || value === null) return;
  const problem = jsonShapeProblem(value, MAX_CARD_VALUE_DEPTH, MAX_CARD_VALUE_KEYS);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return;
  }
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_CARD_VALUE_BYTES) {
    ctx.addIssue({ code: 'custom', message: `larger than ${MAX_CARD_VALUE_BYTES} bytes` });
  }
});

// botbuilder reads mentioned.id and text of every mention (any case of "mention") without checks.
const mentionFields = z.looseObject({ mentioned: z.looseObject({ id: z.string().max(1024) }), text: z.string().max(20_000) });
const entity = z.looseObject({ type: z.string().max(256) }).superRefine((item, ctx) => {
  if (item.type.toLowerCase() !== 'mention') return;
  for (const issue of mentionFields.safeParse(item).error?.issues ?? []) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: `a mention needs ${issue.path.join('.')} (${issue.message})` });
  }
});

const activityFields = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1024).nullish(),
  channelId: identifier(128),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  from: account,
  recipient: account.nullish(),
  conversation: z.looseObject({ id: identifier(1024) }),
  text: z.string().max(20_000).nullish(),
  locale: z.string().max(64).nullish(),
  localTimezone: z.string().max(128).nullish(),
  membersAdded: z.array(account).max(1000).nullish(),
  membersRemoved: z.array(account).max(1000).nullish(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(50).nullish(),
  entities: z.array(entity).max(100).nullish(),
  name: z.string().max(256).nullish(),
  value: cardValueSchema.optional(),
});

export const incomingActivitySchema = z
  .unknown()
  .superRefine((body, ctx) => {
    const problem = jsonShapeProblem(body, MAX_NESTING);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .pipe(activityFields);

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

export function explainInvalidActivity(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as the database can store it: no NUL characters, no half emoji (lone surrogates). */
export function storableText(text: string): string {
  return text.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Cleans the user's words in a validated body in place: the text and any card submit strings.
 * A null entities list goes too: botbuilder reads entities whenever they are not undefined.
 */
export function cleanIncomingText(body: { text?: unknown; value?: unknown; entities?: unknown }): void {
  if (body.entities === null) delete body.entities;
  if (typeof body.text === 'string') body.text = storableText(body.text);
  if (body.value !== undefined) body.value = cleanDeep(body.value, 0);
}

function cleanDeep(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return storableText(value);
  if (depth > MAX_NESTING || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => cleanDeep(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[storableText(key)] = cleanDeep(item, depth + 1);
  return out;
}
