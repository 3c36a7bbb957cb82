// The local web chat at http://localhost:3978/: the page, Microsoft's Web Chat bundle served
// from the npm package (no CDN), and the local Direct Line it talks to. Only mounted when the
// configuration turns the local web chat on.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { addDirectLineRoutes, type DirectLineParts } from './directLine.ts';
import { webChatCss, webChatHtml, webChatScript } from './webChatPage.ts';

const securityHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Where botframework-webchat keeps its browser bundle (the package exports only its modules). */
export function webChatBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('botframework-webchat');
  return join(dirname(dirname(main)), 'dist', 'webchat.js');
}

function sendText(res: Response, body: string | Buffer, contentType: string, extra: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...securityHeaders, ...extra });
  res.end(body);
}

export function addWebChatRoutes(server: Server, parts: DirectLineParts): void {
  let bundle: Promise<Buffer> | undefined;

  server.get('/', async (_req: Request, res: Response) => sendText(res, webChatHtml, 'text/html; charset=utf-8', { 'cache-control': 'no-store' }));
  server.get('/webchat/chat.js', async (_req: Request, res: Response) => sendText(res, webChatScript, 'text/javascript; charset=utf-8'));
  server.get('/webchat/chat.css', async (_req: Request, res: Response) => sendText(res, webChatCss, 'text/css; charset=utf-8'));
  server.get('/webchat/webchat.js', async (_req: Request, res: Response) => {
    bundle ??= readFile(webChatBundlePath()).catch((error: unknown) => {
      bundle = undefined;
      throw error;
    });
    sendText(res, await bundle, 'text/javascript; charset=utf-8', { 'cache-control': 'public, max-age=3600' });
  });

  addDirectLineRoutes(server, parts);
}
