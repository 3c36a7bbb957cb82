// A stand-in Bot Framework connector on 127.0.0.1, made for load: it answers every reply at once
// and keeps only counts and the last reply per conversation (so a scripted user can pick a
// button), not every body, so it stays small under hundreds of thousands of replies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LastReply {
  text: string;
  buttons: string[];
}

export class FastConnector {
  total = 0;
  private readonly counts = new Map<string, number>();
  private readonly last = new Map<string, LastReply>();
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', 1024, resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  repliesTo(conversationId: string): number {
    return this.counts.get(conversationId) ?? 0;
  }

  lastReplyTo(conversationId: string): LastReply | undefined {
    return this.last.get(conversationId);
  }

  /** Conversations that got more than one reply: for reminders, a duplicate send. */
  conversationsWithMoreThan(limit: number): number {
    let over = 0;
    for (const count of this.counts.values()) if (count > limit) over += 1;
    return over;
  }

  reset(): void {
    this.total = 0;
    this.counts.clear();
    this.last.clear();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    if (req.method === 'POST' && match) {
      const conversationId = decodeURIComponent(match[1]!);
      this.total += 1;
      this.counts.set(conversationId, (this.counts.get(conversationId) ?? 0) + 1);
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
        type?: string;
        text?: string;
        suggestedActions?: { actions?: Array<{ title?: string }> };
      };
      if (activity.type === 'message') {
        this.last.set(conversationId, {
          text: String(activity.text ?? ''),
          buttons: (activity.suggestedActions?.actions ?? []).map((action) => String(action.title ?? '')),
        });
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"id":"r${this.total}"}`);
  }
}
