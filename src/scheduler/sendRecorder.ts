// Records sent reminders in groups: each send waits for its own record, but sends that finish
// while one group is being written share the next write. That keeps one statement per group
// instead of one per reminder, and a crash still repeats only the sends not yet recorded.
import type { Database } from '../db/database.ts';
import type { ClaimedReminder, ReminderRepository } from '../db/reminders.ts';
import type { Client } from '../db/clients.ts';
import { recordOutreach } from './outreach.ts';

export interface SentReminder {
  reminder: ClaimedReminder;
  client: Client;
}

interface Waiting {
  sent: SentReminder;
  done: () => void;
  failed: (error: unknown) => void;
}

export class SendRecorder {
  private readonly waiting: Waiting[] = [];
  private draining = false;

  constructor(
    private readonly db: Database,
    private readonly reminders: ReminderRepository,
    private readonly claimToken: string,
    private readonly now: Date,
  ) {}

  /** Resolves once this send is recorded; rejects if its group could not be written. */
  record(sent: SentReminder): Promise<void> {
    return new Promise((done, failed) => {
      this.waiting.push({ sent, done, failed });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      // Let pending I/O run first, so the other sends finishing about now join this group.
      await new Promise((resolve) => setImmediate(resolve));
      while (this.waiting.length > 0) {
        const group = this.waiting.splice(0);
        try {
          await this.write(group.map(({ sent }) => sent));
          for (const { done } of group) done();
        } catch (error) {
          for (const { failed } of group) failed(error);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async write(group: SentReminder[]): Promise<void> {
    const ours = await this.reminders.markSentMany(this.claimToken, group.map(({ reminder }) => reminder.id), this.now);
    const recorded = group.filter(({ reminder }) => ours.has(reminder.id));
    if (recorded.length === 0) return;
    const previous = await this.reminders.lastSentBeforeMany(
      recorded.map(({ client }) => client.id),
      this.now,
      recorded.map(({ reminder }) => reminder.id),
    );
    const counted = new Set<string>();
    for (const { client } of recorded) {
      // A second reminder to one client in one group went at the same moment: one attempt, counted once.
      if (counted.has(client.id)) continue;
      counted.add(client.id);
      await recordOutreach(this.db, { client, previous: previous.get(client.id), sentAt: this.now });
    }
  }
}
