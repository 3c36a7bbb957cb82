// Sits between the Playground and the bot, both ways: the Playground posts each activity to the
// bot through it, and the bot sends its replies to the Playground's connector through it. So a
// test knows when the bot has finished a turn and what it sent, word for word, before looking at
// how the Playground shows it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RelayedReply {
  conversationId: string;
  activity: Record<string, any>;
}

export class TurnRelay {
  readonly replies: RelayedReply[] = [];
  /** Activities the Playground has posted to the bot, and how many of them the bot is still on. */
  turnsStarted = 0;
  turnsInFlight = 0;
  /** The conversation of the last activity the Playground posted to the bot. */
  lastConversationFromPlayground?: string;
  url = '';
  private server?: Server;

  constructor(
    private readonly botEndpoint: string,
    private connectorUrl = '',
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.forward(req, res));
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Where the Playground's connector is, once the Playground runs. */
  connectTo(connectorUrl: string): void {
    this.connectorUrl = connectorUrl;
  }

  get botEndpointUrl(): string {
    return `${this.url}/api/messages`;
  }

  get serviceUrl(): string {
    return `${this.url}/_connector`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }

  private async forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const toBot = req.url?.startsWith('/api/messages') && req.method === 'POST';
    const target = req.url?.startsWith('/api/messages') ? this.botEndpoint : `${this.connectorUrl}${req.url!.slice('/_connector'.length)}`;
    const sent = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    if (toBot) {
      this.turnsStarted += 1;
      this.turnsInFlight += 1;
    }
    if (toBot && body.length) this.lastConversationFromPlayground = (JSON.parse(body.toString('utf8')) as { conversation?: { id?: string } }).conversation?.id;
    if (!toBot && sent && req.method === 'POST' && body.length) {
      this.replies.push({ conversationId: decodeURIComponent(sent[1]!), activity: JSON.parse(body.toString('utf8')) });
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name))) as Record<string, string>;
    const response = await fetch(target, { method: req.method, headers, body: ['GET', 'HEAD'].includes(req.method!) ? undefined : body }).finally(() => {
      if (toBot) this.turnsInFlight -= 1;
    });
    const answer = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
    res.end(answer);
  }
}
