// GET /metrics for Prometheus, and a request id for every HTTP request (taken from the caller's
// X-Request-Id when it is a plain one, else made here), sent back in X-Request-Id and written on
// every log line of that request.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { rememberRequestId } from './requestIds.ts';
import type { CoachMetrics } from './metrics.ts';

const PLAIN_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function addRequestIds(server: Server): void {
  server.use((req: Request, res: Response, next: () => void) => {
    const given = req.header('x-request-id');
    const requestId = given && PLAIN_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    rememberRequestId(req, requestId);
    next();
  });
}

/** With a token set, a scrape must send it as a bearer token. */
export function addMetricsRoutes(server: Server, metrics: CoachMetrics, token?: string): void {
  server.get('/metrics', async (req: Request, res: Response) => {
    if (token && !sameText(/^Bearer\s+(.+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '', token)) {
      res.send(401, { error: 'metrics need the bearer token set in METRICS_TOKEN' });
      return;
    }
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
