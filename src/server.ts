// restify: /api/messages through the CloudAdapter, health and readiness probes.
import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { CoachBot } from './bot/coachBot.ts';
import { cleanIncomingText, explainInvalidActivity, incomingActivitySchema } from './bot/activitySchema.ts';
import type { Readiness } from './db/readiness.ts';
import { logWith } from './log.ts';
import { linkActivityToRequest, requestIdOf } from './requestIds.ts';
import { jsonBodyReader } from './serverBody.ts';

export const MAX_BODY_BYTES = 256 * 1024;

export interface ServerParts {
  adapter: CloudAdapter;
  bot: CoachBot;
  readiness: () => Promise<Readiness>;
  /** Extra routes (local Web Chat, adviser pages) added by later features. */
  extraRoutes?: Array<(server: Server) => void>;
}

export function createServer(parts: ServerParts): Server {
  const server = restify.createServer({ name: 'action-plan-coach', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(jsonBodyReader(MAX_BODY_BYTES));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: 'invalid activity', detail: explainInvalidActivity(parsed.error) });
      return;
    }
    cleanIncomingText(req.body as { text?: unknown; value?: unknown; entities?: unknown });
    linkActivityToRequest(req.body, req);
    try {
      await parts.adapter.process(req, res, (context) => parts.bot.run(context));
    } catch (error) {
      logWith({ requestId: requestIdOf(req), conversationId: parsed.data.conversation.id }).error('Could not process an activity', error);
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const readiness = await parts.readiness();
    res.send(readiness.ready ? 200 : 503, readiness);
  });

  for (const addRoutes of parts.extraRoutes ?? []) addRoutes(server);
  return server;
}
