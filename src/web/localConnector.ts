// The bot's side of the local Direct Line: the Bot Framework connector routes the bot replies to
// (its serviceUrl points here). Replies are kept for Web Chat to poll. Only the bot's own process
// may post here: a caller must come from this server's own address, to a conversation that exists.
import type { Request, Response, Server } from 'restify';
import type { DirectLineConversations } from './directLineConversations.ts';

/** The serviceUrl under which this server answers connector calls, as seen on this socket. */
export function ownServiceUrl(req: Request): string {
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}/`;
}

function fromThisServer(req: Request): boolean {
  const remote = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  const local = (req.socket.localAddress ?? '').replace(/^::ffff:/, '');
  return remote !== '' && remote === local;
}

export function addLocalConnectorRoutes(server: Server, conversations: DirectLineConversations): void {
  const keepReply = async (req: Request, res: Response) => {
    const conversation = conversations.get(String(req.params.conversationId ?? ''));
    if (!fromThisServer(req) || !conversation) {
      res.send(404, { error: { code: 'ConversationNotFound', message: 'No such local conversation.' } });
      return;
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.type !== 'string') {
      res.send(400, { error: { code: 'BadArgument', message: 'An activity needs a type.' } });
      return;
    }
    const stored = conversations.append(conversation, body);
    res.send(200, { id: stored.id });
  };

  server.post('/v3/conversations/:conversationId/activities', keepReply);
  server.post('/v3/conversations/:conversationId/activities/:activityId', keepReply);
  // An updated card arrives as a new activity: Web Chat shows the latest one at the end.
  server.put('/v3/conversations/:conversationId/activities/:activityId', keepReply);
  server.del('/v3/conversations/:conversationId/activities/:activityId', async (_req: Request, res: Response) => {
    res.send(200, {});
  });
}
