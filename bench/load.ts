// An HTTP load generator for /api/messages on loopback: N virtual users, each running a script
// of turns one after another (as a person does), over keep-alive connections. Every turn is a
// real Bot Framework activity; the bot's replies land on the FastConnector in this process.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import type { FastConnector, LastReply } from './fastConnector.ts';
import { sorryMessage } from '../src/messages/en/common.ts';

export interface LoadOptions {
  botUrl: string;
  connector: FastConnector;
  users: number;
  warmupMs: number;
  durationMs: number;
  script: UserScript;
  /** Lets a script name its users so they match seeded clients. */
  userIdFor?: (index: number) => string;
}

export interface LoadResult {
  /** Turns that started after the warm-up and ended within the measured window. */
  turns: number;
  latenciesMs: number[];
  elapsedMs: number;
  /** Non-2xx answers or failed requests. */
  errors: number;
  /** Turns that got no reply at all. */
  silentTurns: number;
  /** Turns where the bot said its "something went wrong" message. */
  failedTurns: number;
  replies: number;
  allTurns: number;
}

export type UserScript = (user: VirtualUser, running: () => boolean) => Promise<void>;

export const sorryText = sorryMessage;

class Recorder {
  readonly latenciesMs: number[] = [];
  errors = 0;
  silentTurns = 0;
  failedTurns = 0;
  replies = 0;
  /** Every turn, warm-up included, for per-turn ratios such as queries per turn. */
  allTurns = 0;
  constructor(
    readonly measureFrom: number,
    readonly measureUntil: number,
  ) {}

  record(startedAt: number, endedAt: number, ok: boolean, replies: number, failed: boolean): void {
    this.allTurns += 1;
    if (startedAt < this.measureFrom || endedAt > this.measureUntil) return;
    if (!ok) {
      this.errors += 1;
      return;
    }
    this.latenciesMs.push(endedAt - startedAt);
    this.replies += replies;
    if (replies === 0) this.silentTurns += 1;
    if (failed) this.failedTurns += 1;
  }
}

/** One person in one channel: posts activities and sees the bot's last reply. */
export class VirtualUser {
  conversationId = '';
  constructor(
    public userId: string,
    private readonly target: URL,
    private readonly agent: http.Agent,
    private readonly connector: FastConnector,
    private readonly recorder: Recorder,
  ) {
    this.newConversation();
  }

  newConversation(): void {
    this.conversationId = `bench-${randomUUID()}`;
  }

  lastReply(): LastReply | undefined {
    return this.connector.lastReplyTo(this.conversationId);
  }

  join(): Promise<void> {
    return this.turn({ type: 'conversationUpdate', membersAdded: [{ id: this.userId, name: 'Bench User' }] });
  }

  say(text: string): Promise<void> {
    return this.turn({ type: 'message', text });
  }

  private async turn(fields: Record<string, unknown>): Promise<void> {
    const body = JSON.stringify({
      id: randomUUID(),
      channelId: 'emulator',
      serviceUrl: this.connector.url,
      from: { id: this.userId, name: 'Bench User' },
      recipient: { id: 'coach-bot', name: 'Bot' },
      conversation: { id: this.conversationId },
      timestamp: new Date().toISOString(),
      locale: 'en-GB',
      ...fields,
    });
    const repliesBefore = this.connector.repliesTo(this.conversationId);
    const startedAt = performance.now();
    const status = await post(this.target, this.agent, body);
    const endedAt = performance.now();
    const replies = this.connector.repliesTo(this.conversationId) - repliesBefore;
    const failed = replies > 0 && (this.lastReply()?.text ?? '').startsWith(sorryText);
    this.recorder.record(startedAt, endedAt, status >= 200 && status < 300, replies, failed);
  }
}

function post(target: URL, agent: http.Agent, body: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request(
      target,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      },
    );
    request.on('error', () => resolve(0));
    request.end(body);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL('/api/messages', options.botUrl);
  if (target.hostname !== '127.0.0.1') throw new Error('The bench only sends traffic to 127.0.0.1');
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.users });
  const start = performance.now();
  const measureFrom = start + options.warmupMs;
  const measureUntil = measureFrom + options.durationMs;
  const recorder = new Recorder(measureFrom, measureUntil);
  const running = () => performance.now() < measureUntil;
  const userIdFor = options.userIdFor ?? ((index: number) => `bench-user-${index}`);
  const users = Array.from(
    { length: options.users },
    (_, index) => new VirtualUser(userIdFor(index), target, agent, options.connector, recorder),
  );
  await Promise.all(users.map((user) => options.script(user, running)));
  agent.destroy();
  return {
    turns: recorder.latenciesMs.length,
    latenciesMs: recorder.latenciesMs,
    elapsedMs: options.durationMs,
    errors: recorder.errors,
    silentTurns: recorder.silentTurns,
    failedTurns: recorder.failedTurns,
    replies: recorder.replies,
    allTurns: recorder.allTurns,
  };
}
