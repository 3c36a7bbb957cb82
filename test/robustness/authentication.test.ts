// With app credentials configured, only a token signed by the channel's key gets in. The keys come
// from a loopback OpenID metadata endpoint serving a locally generated RSA key (BOT_OPENID_METADATA_URL),
// so the SDK's own validation runs end to end without Microsoft's servers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startBotUnderTest, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { loadConfig } from '../../src/config.ts';

const APP_ID = '00000000-0000-0000-0000-00000000b07a';
const ISSUER = 'https://api.botframework.com';
const KEY_ID = 'local-test-key';

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

function signToken(claims: Record<string, unknown>, key: KeyObject, kid = KEY_ID): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key);
  return `${header}.${payload}.${base64url(signature)}`;
}

describe(`authentication on ${testProvider}`, () => {
  const channelKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forgerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let metadata: Server;
  let database: TestDatabase;
  let bot: BotUnderTest;
  let user: ChatUser;

  beforeAll(async () => {
    metadata = createServer((req, res) => {
      const base = `http://127.0.0.1:${(metadata.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openidconfiguration') {
        res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys` }));
      } else if (req.url === '/keys') {
        const jwk = channelKey.publicKey.export({ format: 'jwk' });
        res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: KEY_ID, n: jwk.n, e: jwk.e, endorsements: ['emulator', 'msteams'] }] }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => metadata.listen(0, '127.0.0.1', resolve));
    database = await createEmptyDatabase();
    bot = await startBotUnderTest(database.url, {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-a-real-secret',
      BOT_OPENID_METADATA_URL: `http://127.0.0.1:${(metadata.address() as AddressInfo).port}/.well-known/openidconfiguration`,
    });
    user = new ChatUser(bot);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
    await new Promise<void>((resolve) => metadata.close(() => resolve()));
  });

  const now = () => Math.floor(Date.now() / 1000);
  const goodClaims = () => ({ iss: ISSUER, aud: APP_ID, serviceurl: bot.connector.url, nbf: now() - 60, iat: now() - 60, exp: now() + 3600 });
  // A typing activity needs no reply, so the bot never has to fetch an outgoing token from Azure.
  const post = (token?: string) => bot.post(user.activity({ type: 'typing' }), token === undefined ? {} : { authorization: token });

  it('accepts a valid token signed with the channel key (so the 401s below mean something)', async () => {
    const response = await post(`Bearer ${signToken(goodClaims(), channelKey.privateKey)}`);
    expect(response.status).toBe(200);
  });

  it('refuses a missing token', async () => {
    expect((await post()).status).toBe(401);
  });

  it.each([
    ['not a JWT', () => 'Bearer not-a-token'],
    ['no Bearer scheme', () => signToken(goodClaims(), channelKey.privateKey)],
    ['signed with another key under the same key id', () => `Bearer ${signToken(goodClaims(), forgerKey.privateKey)}`],
    ['signed with a key the channel does not publish', () => `Bearer ${signToken(goodClaims(), forgerKey.privateKey, 'unknown-key')}`],
    ['expired an hour ago', () => `Bearer ${signToken({ ...goodClaims(), iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 }, channelKey.privateKey)}`],
    ['for another bot', () => `Bearer ${signToken({ ...goodClaims(), aud: '11111111-1111-1111-1111-111111111111' }, channelKey.privateKey)}`],
    ['from another issuer', () => `Bearer ${signToken({ ...goodClaims(), iss: 'https://evil.example' }, channelKey.privateKey)}`],
    ['for another service URL', () => `Bearer ${signToken({ ...goodClaims(), serviceurl: 'https://evil.example/' }, channelKey.privateKey)}`],
    ['with the signature stripped', () => `Bearer ${signToken(goodClaims(), channelKey.privateKey).replace(/\.[^.]+$/, '.')}`],
    ['with alg none', () => `Bearer ${base64url(JSON.stringify({ alg: 'none', typ: 'JWT', kid: KEY_ID }))}.${base64url(JSON.stringify(goodClaims()))}.`],
  ])('refuses a token %s with 401', async (_name, token) => {
    const response = await post(token());
    expect(response.status).toBe(401);
  });

  it('sends nothing to anyone who was refused', async () => {
    const stranger = new ChatUser(bot);
    const response = await bot.post(stranger.activity({ type: 'message', text: 'hello' }), { authorization: 'Bearer forged' });
    expect(response.status).toBe(401);
    expect(stranger.replies()).toHaveLength(0);
  });
});

const AUDIT_SECRET = 'a-long-audit-secret-for-tests';

describe('the local web chat in production', () => {
  it('is off by default', () => {
    const config = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', AUDIT_PSEUDONYM_SECRET: AUDIT_SECRET });
    expect(config.webChatEnabled).toBe(false);
    expect(config.localMode).toBe(false);
  });

  it('serves no web chat page or Direct Line stand-in from a production server', async () => {
    const database = await createEmptyDatabase();
    const bot = await startBotUnderTest(database.url, { NODE_ENV: 'production', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', AUDIT_PSEUDONYM_SECRET: AUDIT_SECRET });
    try {
      expect((await fetch(`${bot.app.url}/`)).status).toBe(404);
      expect((await fetch(`${bot.app.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${bot.app.url}/healthz`)).status).toBe(200);
    } finally {
      await bot.stop();
      await database.drop();
    }
  });

  it('refuses to start in production without app credentials', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId/);
  });
});
