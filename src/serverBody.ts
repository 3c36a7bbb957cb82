// Reads every request body before anything else sees it: JSON only, gzip or deflate unpacked, and
// the size limit applied to the unpacked bytes. restify's own bodyParser throws on a broken gzip
// body (killing the process), limits only the packed size, and writes multipart uploads to temp
// files; this replaces it. A body that is not acceptable gets a 4xx with a short reason.
// HTML form posts are read only where the local adviser inbox's forms post (its page runs no
// script, so it cannot send JSON; round five added a "What was done?" box to its Resolve form).
import { createGunzip, createInflate, type Gunzip, type Inflate } from 'node:zlib';
import type { Next, Request, RequestHandler, Response } from 'restify';

class BodyRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** application/json and the +json types (application/activity+json and the like). */
function isJsonMediaType(contentType: string | undefined): boolean {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(media);
}

const FORM_POST_PATHS = /^\/adviser\/inbox\//;

function isFormPost(req: Request): boolean {
  const media = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return media === 'application/x-www-form-urlencoded' && FORM_POST_PATHS.test(req.getPath());
}

function hasBody(req: Request): boolean {
  // As with restify's own parser: a body on GET or HEAD is not read.
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return req.headers['transfer-encoding'] !== undefined;
}

function decoderFor(encoding: string | undefined): Gunzip | Inflate | null {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') return null;
  if (name === 'gzip' || name === 'x-gzip') return createGunzip();
  if (name === 'deflate') return createInflate();
  throw new BodyRefused(415, `content encoding "${name.slice(0, 32)}" is not supported; use gzip, deflate or none`);
}

/** The whole body, unpacked, as long as neither the packed nor the unpacked size passes maxBytes. */
function readLimited(req: Request, maxBytes: number): Promise<Buffer> {
  const decoder = decoderFor(req.headers['content-encoding']);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let unpacked = 0;
    let settled = false;
    const fail = (error: BodyRefused) => {
      if (settled) return;
      settled = true;
      decoder?.destroy();
      reject(error);
    };
    const tooLarge = () => new BodyRefused(413, `the body is larger than ${maxBytes} bytes`);
    const collect = (chunk: Buffer) => {
      unpacked += chunk.length;
      if (unpacked > maxBytes) return fail(tooLarge());
      chunks.push(chunk);
    };
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > maxBytes) return fail(tooLarge());
      if (decoder) decoder.write(chunk);
      else collect(chunk);
    });
    req.on('end', () => (decoder ? decoder.end() : finish()));
    req.on('error', () => fail(new BodyRefused(400, 'the body could not be read')));
    if (decoder) {
      decoder.on('data', collect);
      decoder.on('end', finish);
      decoder.on('error', () => fail(new BodyRefused(400, `the body is not valid ${req.headers['content-encoding']}`)));
    }
  });
}

/** restify middleware: req.body becomes the parsed JSON, or an inbox form's fields (undefined for an empty body). */
export function jsonBodyReader(maxBytes: number): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    if (!hasBody(req)) return next();
    readBody(req, maxBytes).then(
      (body) => {
        req.body = body;
        next();
      },
      (error: unknown) => {
        if (!(error instanceof BodyRefused)) return next(error as Error);
        // The rest of the body is read and thrown away; the connection closes after the answer.
        res.setHeader('connection', 'close');
        res.send(error.status, { error: error.message });
        req.resume();
        next(false);
      },
    );
  };
}

async function readBody(req: Request, maxBytes: number): Promise<unknown> {
  if (isFormPost(req)) return readForm(req, maxBytes);
  if (!isJsonMediaType(req.headers['content-type'])) throw new BodyRefused(415, 'send JSON (content-type: application/json)');
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new BodyRefused(413, `the body is larger than ${maxBytes} bytes`);
  const raw = await readLimited(req, maxBytes);
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BodyRefused(400, 'the body is not valid JSON');
  }
}

/** The fields of an HTML form post, as text (the last one wins when a name is repeated). */
async function readForm(req: Request, maxBytes: number): Promise<Record<string, string>> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new BodyRefused(413, `the body is larger than ${maxBytes} bytes`);
  const raw = await readLimited(req, maxBytes);
  return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
}
