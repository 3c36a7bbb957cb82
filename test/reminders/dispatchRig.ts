// Shared set-up for scheduler tests: clients with stored conversation references pointing at the
// stand-in connector, and dispatchers that each have their own database connection and adapter,
// as separate instances would.
import { loadConfig, type Config } from '../../src/config.ts';
import { createAdapter } from '../../src/bot/adapter.ts';
import { ProactiveSender } from '../../src/channels/proactiveSender.ts';
import { ConversationReferences } from '../../src/db/conversationReferences.ts';
import { createDatabase, type Database, type DatabaseHandle } from '../../src/db/database.ts';
import { ReminderDispatcher, type DispatcherOptions } from '../../src/scheduler/reminderDispatcher.ts';
import type { StandInConnector } from '../support/standInConnector.ts';

export function testConfig(url: string, env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url, SCHEDULER_ENABLED: 'false', ...env });
}

export async function seedClient(
  db: Database,
  connector: StandInConnector,
  name: string,
  options: { timeZone?: string; lastContactAt?: Date } = {},
): Promise<{ id: string; userKey: string; conversationId: string; timeZone: string }> {
  const userKey = `emulator:${name}`;
  const conversationId = `conv-${name}`;
  const client = await db.client.create({
    data: {
      userKey,
      channelId: 'emulator',
      displayName: name,
      timeZone: options.timeZone ?? 'Europe/London',
      consentVersion: 'test',
      consentedAt: new Date('2026-01-01T00:00:00Z'),
      lastContactAt: options.lastContactAt ?? new Date('2026-01-01T00:00:00Z'),
    },
  });
  await new ConversationReferences(db).save(userKey, {
    channelId: 'emulator',
    serviceUrl: connector.url,
    conversation: { id: conversationId },
    user: { id: name, name },
    bot: { id: 'coach-bot', name: 'Action Plan Coach' },
  });
  return { id: client.id, userKey, conversationId, timeZone: client.timeZone };
}

export interface Instance {
  handle: DatabaseHandle;
  sender: ProactiveSender;
  dispatcher: ReminderDispatcher;
}

/** One scheduler instance: its own Prisma client, its own adapter, its own id. */
export function startInstance(
  config: Config,
  id: string,
  wrapSender: (sender: ProactiveSender) => DispatcherOptions['sender'] = (s) => s,
  extra: Partial<DispatcherOptions> = {},
): Instance {
  const handle = createDatabase(config.DATABASE_URL);
  const sender = new ProactiveSender(createAdapter(config), new ConversationReferences(handle.db), '');
  const dispatcher = new ReminderDispatcher({
    db: handle.db,
    provider: handle.provider,
    sender: wrapSender(sender),
    config: { ...config, SCHEDULER_INSTANCE_ID: id },
    random: () => 0.5,
    ...extra,
  });
  return { handle, sender, dispatcher };
}

export function reminderKeysCaught(connector: StandInConnector): string[] {
  return connector.caught.map((c) => c.activity.channelData?.reminderKey).filter((key): key is string => typeof key === 'string');
}
