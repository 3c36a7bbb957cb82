// A stand-in for the Bot Framework connector service on 127.0.0.1: the bot's replies (and
// proactive messages) are posted here, so tests can see exactly what a user would receive.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CaughtActivity {
  conversationId: string;
  path: string;
  activity: Record<string, any>;
}

export interface StandInAnswer {
  status: number;
  headers?: Record<string, string>;
  after?: Promise<void>;
}

export class StandInConnector {
  readonly caught: CaughtActivity[] = [];
  /**
   * Status to answer with, for testing retries (429, 5xx) and 403; default 200. An answer may also
   * carry headers (Retry-After) and wait for a promise before it is sent (a slow channel).
   */
  respondWith: (caught: CaughtActivity) => number | StandInAnswer = () => 200;
  /** Every POST that reached the connector, whatever it was answered. */
  readonly received: CaughtActivity[] = [];
  /** Activities the bot replaced in place (PUT .../activities/<id>, updateActivity). */
  readonly updated: Array<CaughtActivity & { activityId: string }> = [];
  /** Conversations the bot asked to create (POST /v3/conversations), as it sent them. */
  readonly created: Array<Record<string, any>> = [];
  /**
   * Each person's one-to-one chat with the bot, by their id. As in Teams, creating a personal
   * conversation with someone who already has one gives back the same id.
   */
  readonly personalChats = new Map<string, string>();
  private server?: Server;
  private waiters: Array<() => void> = [];
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  repliesTo(conversationId: string): Array<Record<string, any>> {
    return this.caught.filter((c) => c.conversationId === conversationId).map((c) => c.activity);
  }

  textsTo(conversationId: string): string[] {
    return this.repliesTo(conversationId)
      .filter((a) => a.type === 'message')
      .map((a) => String(a.text ?? ''));
  }

  /** Resolves once at least `count` activities have reached the conversation. */
  async waitFor(conversationId: string, count: number, timeoutMs = 10_000): Promise<Array<Record<string, any>>> {
    const deadline = Date.now() + timeoutMs;
    while (this.repliesTo(conversationId).length < count) {
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`Expected ${count} activities for ${conversationId}, got ${this.repliesTo(conversationId).length}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.repliesTo(conversationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(req.url ?? '')) {
      this.createConversation(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'), res);
      return;
    }
    const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    const update = /\/v3\/conversations\/([^/]+)\/activities\/([^/?]+)/.exec(req.url ?? '');
    if (req.method === 'PUT' && update) {
      const body = Buffer.concat(chunks).toString('utf8') || '{}';
      this.updated.push({ conversationId: decodeURIComponent(update[1]!), activityId: decodeURIComponent(update[2]!), path: req.url ?? '', activity: JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: decodeURIComponent(update[2]!) }));
      for (const wake of this.waiters.splice(0)) wake();
      return;
    }
    if (req.method !== 'POST' || !match) {
      res.writeHead(req.method === 'PUT' ? 200 : 404, { 'content-type': 'application/json' });
      res.end('{}');
      return;
    }
    const caught: CaughtActivity = {
      conversationId: decodeURIComponent(match[1]!),
      path: req.url ?? '',
      activity: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
    };
    this.received.push(caught);
    const answer = this.respondWith(caught);
    const { status, headers = {}, after } = typeof answer === 'number' ? { status: answer } : answer;
    if (after) await after;
    if (status < 300) this.caught.push(caught);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ id: `reply-${this.caught.length}` }));
    for (const wake of this.waiters.splice(0)) wake();
  }

  private createConversation(parameters: Record<string, any>, res: ServerResponse): void {
    this.created.push(parameters);
    const memberId = String(parameters.members?.[0]?.id ?? 'nobody');
    if (!this.personalChats.has(memberId)) this.personalChats.set(memberId, `a:personal-${this.personalChats.size + 1}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: this.personalChats.get(memberId) }));
  }
}
