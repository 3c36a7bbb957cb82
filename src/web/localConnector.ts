// The bot's side of the local Direct Line: the Bot Framework connector routes the bot replies to
// (its serviceUrl points here). Replies are kept for Web Chat to poll. Only the bot's own process
// may post here: a caller must come from this server's own address. A message sent outside a turn
// (a reminder, news from the adviser) goes to the user's outbox: it waits there, across restarts,
// until a browser of theirs has shown it.
import type { Request, Response, Server } from 'restify';
import type { DirectLineConversations } from './directLineConversations.ts';
import type { WebChatOutbox } from './webChatOutbox.ts';

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

const WEB_CHAT_USER_ID = /^wc-[0-9a-f]{24}$/;

export interface LocalConnectorParts {
  conversations: DirectLineConversations;
  outbox: WebChatOutbox;
  /** True while a turn of that conversation runs: what the bot sends then is its reply. */
  inTurn(conversationId: string): boolean;
}

export function addLocalConnectorRoutes(server: Server, parts: LocalConnectorParts): void {
  const { conversations, outbox } = parts;
  const notFound = (res: Response) => res.send(404, { error: { code: 'ConversationNotFound', message: 'No such local conversation.' } });

  const keepReply = async (req: Request, res: Response) => {
    if (!fromThisServer(req)) return notFound(res);
    const conversationId = String(req.params.conversationId ?? '');
    const conversation = conversations.get(conversationId);
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.type !== 'string') {
      res.send(400, { error: { code: 'BadArgument', message: 'An activity needs a type.' } });
      return;
    }
    if (conversation && parts.inTurn(conversationId)) {
      res.send(200, { id: conversations.append(conversation, body).id });
      return;
    }
    // Outside a turn: the tab may be closed, or this conversation gone with a restart.
    const userId = conversation?.user.id ?? (body.recipient as { id?: unknown } | undefined)?.id;
    if (typeof userId !== 'string' || !WEB_CHAT_USER_ID.test(userId)) return notFound(res);
    res.send(200, { id: await outbox.keep(userId, body, conversation) });
  };

  server.post('/v3/conversations/:conversationId/activities', keepReply);
  server.post('/v3/conversations/:conversationId/activities/:activityId', keepReply);
  // An updated card arrives as a new activity: Web Chat shows the latest one at the end.
  server.put('/v3/conversations/:conversationId/activities/:activityId', keepReply);
  server.del('/v3/conversations/:conversationId/activities/:activityId', async (_req: Request, res: Response) => {
    res.send(200, {});
  });
}
