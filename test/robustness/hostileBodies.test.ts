// Request bodies an attacker could send before any authentication: broken or oversized gzip,
// multipart uploads and other content types. Each gets a 4xx, nothing is written to the temp
// folder, and the bot stays up for the next person.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startBotOnFreshDatabase, type BotUnderTest } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';

describe(`hostile request bodies on ${testProvider}`, () => {
  let bot: BotUnderTest;
  let user: ChatUser;
  // A temp folder of our own, so an upload file left behind by the server is ours to see.
  const previousTmp = process.env.TMPDIR;
  const uploads = mkdtempSync(join(tmpdir(), 'coach-uploads-'));

  beforeAll(async () => {
    bot = await startBotOnFreshDatabase();
    process.env.TMPDIR = uploads;
    user = new ChatUser(bot);
  });
  afterAll(async () => {
    await bot.stop();
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    rmSync(uploads, { recursive: true, force: true });
  });

  const send = (body: BodyInit, headers: Record<string, string>) => fetch(`${bot.app.url}/api/messages`, { method: 'POST', headers, body });
  const stillServes = async () => {
    expect((await fetch(`${bot.app.url}/healthz`)).status).toBe(200);
    expect((await user.say('help')).join('\n')).toMatch(/talk to my adviser/i);
  };

  it('answers a body that claims gzip but is not with 400, and stays up', async () => {
    const response = await send(JSON.stringify(user.activity({ type: 'message', text: 'hi' })), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(response.status).toBe(400);
    await stillServes();
  });

  it('understands a real gzip body', async () => {
    const before = user.replies().length;
    const response = await send(gzipSync(JSON.stringify(user.activity({ type: 'message', text: 'help' }))), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(response.status).toBe(200);
    expect(user.replies().slice(before).map((reply) => reply.text).join('\n')).toMatch(/talk to my adviser/i);
  });

  it('applies the 256 KB limit to what a gzip body unpacks to', async () => {
    const bomb = gzipSync(JSON.stringify(user.activity({ type: 'message', text: 'a'.repeat(5 * 1024 * 1024) })));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const response = await send(bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(response.status).toBe(413);
    await stillServes();
  });

  it('refuses an encoding it does not know with 415', async () => {
    const response = await send('{}', { 'content-type': 'application/json', 'content-encoding': 'br' });
    expect(response.status).toBe(415);
  });

  it('refuses a 5 MB multipart upload and leaves no file behind', async () => {
    const form = new FormData();
    form.append('activity', JSON.stringify(user.activity({ type: 'message', text: 'hi' })));
    form.append('file', new Blob([Buffer.alloc(5 * 1024 * 1024, 'x')]), 'big.bin');
    const response = await fetch(`${bot.app.url}/api/messages`, { method: 'POST', body: form });
    expect([413, 415]).toContain(response.status);
    const small = new FormData();
    small.append('file', new Blob(['hello']), 'small.txt');
    expect((await fetch(`${bot.app.url}/api/messages`, { method: 'POST', body: small })).status).toBe(415);
    expect(readdirSync(uploads)).toEqual([]);
    await stillServes();
  });

  it('refuses bodies that are not JSON with 415', async () => {
    const activity = JSON.stringify(user.activity({ type: 'message', text: 'hi' }));
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'text/csv', 'application/octet-stream']) {
      const response = await send(activity, { 'content-type': type });
      expect({ type, status: response.status }).toEqual({ type, status: 415 });
    }
  });

  it('applies the 256 KB limit to a body sent in chunks without a length', async () => {
    const big = JSON.stringify(user.activity({ type: 'message', text: 'x'.repeat(300 * 1024) }));
    const chunks = new ReadableStream({
      start(controller) {
        for (let at = 0; at < big.length; at += 16 * 1024) controller.enqueue(new TextEncoder().encode(big.slice(at, at + 16 * 1024)));
        controller.close();
      },
    });
    const response = await fetch(`${bot.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    await stillServes();
  });

  it('still accepts JSON with a charset', async () => {
    const response = await send(JSON.stringify(user.activity({ type: 'message', text: 'help' })), { 'content-type': 'application/json; charset=utf-8' });
    expect(response.status).toBe(200);
  });
});
