// The settings that hold JSON lists: the phone numbers shown to a client at risk (one list per
// kind of risk) and advisers known at start-up.
// A bad value stops start-up with a message naming the setting (see config.ts).
import { z } from 'zod';

/** A way to reach help: a number to call, a text to send, or both (a client who cannot talk can text). */
export type CrisisContact = { name: string; phone?: string; text?: string; when: string };

/** UK defaults. Each deployment can set its own in CRISIS_CONTACTS. */
export const DEFAULT_CRISIS_CONTACTS: readonly CrisisContact[] = [
  { name: 'Samaritans', phone: '116 123', when: 'free, day or night' },
  { name: 'NHS 111', phone: '111 and choose option 2', when: 'for mental health help' },
  { name: 'Shout', text: 'SHOUT to 85258', when: 'free, day or night, if you would rather text than talk' },
  { name: 'Emergency', phone: '999', when: 'if you are in danger now' },
];

/** UK defaults for abuse, violence and coercive control. Set your own in ABUSE_CONTACTS. */
export const DEFAULT_ABUSE_CONTACTS: readonly CrisisContact[] = [
  { name: 'National Domestic Abuse Helpline', phone: '0808 2000 247', when: 'free, day or night' },
  { name: 'Emergency', phone: '999', when: 'if you are in danger now. If you cannot talk, press 55 when asked' },
];

/** UK defaults for nowhere safe to sleep, or no food or power, tonight. Set your own in HOUSING_CONTACTS. */
export const DEFAULT_HOUSING_CONTACTS: readonly CrisisContact[] = [
  { name: 'Shelter', phone: '0808 800 4444', when: 'free help if you have nowhere to stay' },
  { name: 'Emergency', phone: '999', when: 'if you are in danger now' },
];

const crisisContactsSchema = z
  .array(
    z
      .object({ name: z.string().trim().min(1), phone: z.string().trim().min(1).optional(), text: z.string().trim().min(1).optional(), when: z.string().trim().default('') })
      .refine((contact) => contact.phone || contact.text, 'each contact needs a phone or a text'),
  )
  .min(1);

export type ConfiguredAdviser = { name: string; userKey: string; role: 'adviser' | 'lead' };

const adviserListSchema = z.array(
  z
    .object({
      name: z.string().trim().min(1),
      userKey: z.string().trim().min(3).optional(),
      userId: z.string().trim().min(1).optional(),
      channelId: z.string().trim().min(1).default('msteams'),
      role: z.enum(['adviser', 'lead']).default('adviser'),
    })
    .refine((entry) => entry.userKey || entry.userId, 'each adviser needs a userKey or a userId'),
);

type IssueSink = { addIssue(issue: { code: 'custom'; message: string }): void };

const NOT_JSON = Symbol('not JSON');

function readJson(text: string, ctx: IssueSink): unknown {
  try {
    return JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
    return NOT_JSON;
  }
}

export function parseCrisisContacts(
  text: string | undefined,
  ctx: IssueSink,
  defaults: readonly CrisisContact[] = DEFAULT_CRISIS_CONTACTS,
): CrisisContact[] {
  if (!text) return [...defaults];
  const json = readJson(text, ctx);
  if (json === NOT_JSON) return [];
  const parsed = crisisContactsSchema.safeParse(json);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON list like [{"name":"Samaritans","phone":"116 123","when":"day or night"},{"name":"Shout","text":"SHOUT to 85258"}]: each with a name and a phone or a text' });
    return [];
  }
  return parsed.data;
}

export function parseAdviserList(text: string | undefined, ctx: IssueSink): ConfiguredAdviser[] {
  if (!text) return [];
  const json = readJson(text, ctx);
  if (json === NOT_JSON) return [];
  const parsed = adviserListSchema.safeParse(json);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON list like [{"name":"Alex","userId":"29:abc","role":"lead"}]' });
    return [];
  }
  return parsed.data.map((entry) => ({
    name: entry.name,
    userKey: entry.userKey ?? `${entry.channelId}:${entry.userId}`,
    role: entry.role,
  }));
}
