// Every setting, parsed once with zod. A bad or missing value stops start-up with a message
// that names the setting, so an operator can fix it without reading code.
import { z } from 'zod';
import { parseOfficeHours } from './domain/officeHours.ts';
import { QUIET_AFTER_DAYS } from './domain/quietClients.ts';
import { DEFAULT_ABUSE_CONTACTS, DEFAULT_HOUSING_CONTACTS, parseAdviserList, parseCrisisContacts } from './domain/settingsLists.ts';
import { isTimeZone } from './domain/timeZones.ts';

export const defaultDatabaseUrl = 'file:./data/coach.db';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'use true or false' })
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

const hour = z.coerce.number().int().min(0).max(23);

const settingsSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .trim()
      .default(defaultDatabaseUrl)
      .transform((value) => value || defaultDatabaseUrl)
      .refine((value) => /^(file:|postgres(ql)?:\/\/)/i.test(value), 'use file:<path> for SQLite or postgresql://… for PostgreSQL'),
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
    DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(3_000),
    SQLITE_SYNCHRONOUS: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['normal', 'full'], { message: 'use normal or full' }))
      .default('normal'),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,
    LOCAL_WEBCHAT: flag.optional(),
    CONSENT_VERSION: z.string().default('2026-11'),
    DEFAULT_TIME_ZONE: z
      .string()
      .default('Europe/London')
      .refine(isTimeZone, 'use an IANA time zone name such as Europe/London'),
    QUIET_HOURS_START: hour.default(21),
    QUIET_HOURS_END: hour.default(8),
    CASELOAD_LIMIT: z.coerce.number().int().min(1).default(20),
    OUTREACH_ESCALATE_AFTER: z.coerce.number().int().min(1).default(3),
    ESCALATION_ACK_MINUTES: z.coerce.number().positive().default(15),
    IN_WORK_WEEKLY_WEEKS: z.coerce.number().int().min(0).max(12).default(4),
    IN_WORK_MONTHLY_MONTHS: z.coerce.number().int().min(0).max(36).default(12),
    SAFETY_WINDOW_QUIET_HOURS: z.coerce.number().positive().max(24 * 14).default(12),
    ESCALATION_WEBHOOK_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    ESCALATION_WEBHOOK_SECRET: optionalText,
    ADVISER_CHANNEL_ID: optionalText,
    FALLBACK_CHANNEL_ID: optionalText,
    ADMIN_USER_IDS: z
      .string()
      .default('')
      .transform((value) => value.split(',').map((id) => id.trim()).filter(Boolean)),
    CRISIS_CONTACTS: optionalText.transform((value, ctx) => parseCrisisContacts(value, ctx)),
    ABUSE_CONTACTS: optionalText.transform((value, ctx) => parseCrisisContacts(value, ctx, DEFAULT_ABUSE_CONTACTS)),
    HOUSING_CONTACTS: optionalText.transform((value, ctx) => parseCrisisContacts(value, ctx, DEFAULT_HOUSING_CONTACTS)),
    ADVISERS: optionalText.transform((value, ctx) => parseAdviserList(value, ctx)),
    ADVISER_HOURS: z
      .string()
      .default('Mon-Fri 09:00-17:00')
      .refine((value) => parseOfficeHours(value) !== null, 'use days and times like Mon-Fri 09:00-17:00'),
    ADVISER_HOURS_TIME_ZONE: z
      .string()
      .default('Europe/London')
      .refine(isTimeZone, 'use an IANA time zone name such as Europe/London'),
    /** Days without a message before "who hasnt been in touch" lists a client, when the adviser says no time. */
    ADVISER_QUIET_AFTER_DAYS: optionalText
      .pipe(z.coerce.number<string | undefined>({ message: 'use a whole number of days, such as 7' }).int('use a whole number of days, such as 7').min(1, 'use 1 day or more').max(365, 'use 365 days or fewer').optional())
      .transform((days) => days ?? QUIET_AFTER_DAYS),
    CASE_CLOSE_AFTER_DAYS: z.coerce.number().int().min(1).default(90),
    DELETE_AFTER_CLOSE_DAYS: z.coerce.number().int().min(1).default(365),
    /** How long a message waits behind another turn of its conversation before it is turned away. */
    TURN_WAIT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    SCHEDULER_ENABLED: flag.default(true),
    SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(100).default(15_000),
    SCHEDULER_INSTANCE_ID: optionalText,
    REMINDER_LEASE_SECONDS: z.coerce.number().int().min(5).default(120),
    REMINDER_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(6),
    REMINDER_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
    REMINDER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(64),
    /** Keys the audit log's pseudonyms. Required in production; generated and stored once otherwise. */
    AUDIT_PSEUDONYM_SECRET: optionalText.pipe(z.string().min(16, 'use at least 16 characters').optional()),
    /** When set, GET /metrics needs it as a bearer token. */
    METRICS_TOKEN: optionalText,
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Where the bot reads the channel's token signing keys. Only for sovereign clouds and tests. */
    BOT_OPENID_METADATA_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  })
  .superRefine((settings, ctx) => {
    if (settings.MicrosoftAppId && !settings.MicrosoftAppPassword && settings.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (!settings.MicrosoftAppId && settings.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'is required when MicrosoftAppPassword is set' });
    }
    if (settings.MicrosoftAppType === 'SingleTenant' && settings.MicrosoftAppId && !settings.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant bot' });
    }
    if (settings.NODE_ENV === 'production' && !settings.MicrosoftAppId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: 'is required in production: without app credentials anyone could post to /api/messages',
      });
    }
    if (settings.NODE_ENV === 'production' && !settings.AUDIT_PSEUDONYM_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['AUDIT_PSEUDONYM_SECRET'], message: 'is required in production: it keys the audit log pseudonyms (use a long random string and keep it)' });
    }
    if (settings.ESCALATION_WEBHOOK_URL && !settings.ESCALATION_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['ESCALATION_WEBHOOK_SECRET'], message: 'is required to sign webhook calls' });
    }
  });

export type Settings = z.output<typeof settingsSchema>;

export interface Config extends Settings {
  /** No app credentials: the bot accepts unauthenticated local traffic, as with the Emulator. */
  localMode: boolean;
  /** The local Web Chat page and its Direct Line stand-in. */
  webChatEnabled: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The bot cannot start because of its settings:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'settings'} ${describe(issue, env)}`));
  }
  const settings = parsed.data;
  const localMode = !settings.MicrosoftAppId;
  return {
    ...settings,
    localMode,
    webChatEnabled: settings.LOCAL_WEBCHAT ?? settings.NODE_ENV !== 'production',
  };
}

function describe(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const name = String(issue.path[0] ?? '');
  const given = env[name];
  const shown = given === undefined || /password|secret/i.test(name) ? '' : ` (got "${given}")`;
  return `${issue.message}${shown}`;
}
