// Replies are written as botbuilder built them, without the connector's copy through the Activity
// model: the request is the same as the stock client's, for a reply with buttons and a card.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { sendActivitiesAsBuilt } from '../../src/bot/activityBodyAsBuilt.ts';

type Seen = { method: string; url: string; contentType: string; body: string };

let server: Server;
let baseUri: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method!, url: request.url!, contentType: String(request.headers['content-type']), body });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id":"reply-1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri });
const replyWith = async (connector: ConnectorClient) =>
  (await connector.conversations.replyToActivity('conv-1', 'activity-1', structuredClone(reply) as unknown as Partial<Activity>)) as unknown as { id?: string };

const reply = {
  type: 'message',
  text: 'What would you like to do?',
  inputHint: 'acceptingInput',
  suggestedActions: { actions: [{ type: 'imBack', title: 'My plan', value: 'My plan' }], to: [] },
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Plan' }] } }],
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/',
  from: { id: 'coach-bot', name: 'Action Plan Coach' },
  recipient: { id: 'user-1', name: 'Sam' },
  conversation: { id: 'conv-1' },
  locale: 'en-GB',
  replyToId: 'activity-1',
};

describe('replies written as built', () => {
  it('sends the same request as the stock connector client, and reads the answer the same', async () => {
    seen.length = 0;
    const stock = await replyWith(client());
    const lean = await replyWith(sendActivitiesAsBuilt(client()));
    expect(lean.id).toBe('reply-1');
    expect(lean.id).toBe(stock.id);
    const [expected, sent] = seen;
    expect(sent!.method).toBe('POST');
    expect(sent!.url).toBe(expected!.url);
    expect(sent!.contentType).toBe(expected!.contentType);
    expect(JSON.parse(sent!.body)).toEqual(JSON.parse(expected!.body));
  });

  it('leaves other operations alone', async () => {
    seen.length = 0;
    await sendActivitiesAsBuilt(client()).conversations.deleteActivity('conv-1', 'activity-1');
    expect(seen[0]!.method).toBe('DELETE');
  });
});
