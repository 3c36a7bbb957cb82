// A small local endpoint that speaks enough of Direct Line 3.0 for Microsoft's Web Chat to poll
// it (webSocket: false): tokens, starting a conversation, posting and reading activities. Each
// user message becomes a turn of the same bot, through the same adapter and middleware as every
// other channel; the bot's replies come back through the local connector routes.
// The server picks each browser's user id (see webChatUsers.ts), and every posted activity passes
// the same checks as one posted to /api/messages.
import { ConfigurationBotFrameworkAuthentication, type CloudAdapter, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import type { Request, Response, Server } from 'restify';
import { log } from '../log.ts';
import type { Database } from '../db/database.ts';
import { cleanIncomingText, explainInvalidActivity, incomingActivitySchema } from '../bot/activitySchema.ts';
import { DirectLineConversations, TOKEN_LIFETIME_SECONDS, type DirectLineConversation } from './directLineConversations.ts';
import { addLocalConnectorRoutes, ownServiceUrl } from './localConnector.ts';
import { WebChatOutbox } from './webChatOutbox.ts';
import { WebChatUsers } from './webChatUsers.ts';
import { storedSecret } from '../db/storedSecret.ts';

export const WEBCHAT_CHANNEL_ID = 'webchat';
export const LOCAL_BOT_ACCOUNT = { id: 'action-plan-coach', name: 'Action Plan Coach', role: 'bot' };

export interface DirectLineParts {
  adapter: CloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  db: Database;
  /** The bot's app id when credentials are set: its turns act as that bot (token client and all). */
  appId?: string;
}

/** Turns arrive from this process, not from Azure: they carry no token to check. Replies go to
 * our own loopback routes, which need none either, whether or not app credentials are set. */
const localAuthentication = new ConfigurationBotFrameworkAuthentication({});

function bearerToken(req: Request): string | undefined {
  const header = req.header('authorization') ?? '';
  return /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
}

function conversationInfo(conversation: DirectLineConversation) {
  return { conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_LIFETIME_SECONDS };
}

/** The turn's identity: the bot itself when it has an app id, so botbuilder finds its credentials. */
function botIdentity(appId: string): ClaimsIdentity {
  return new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: appId },
      { type: AuthenticationConstants.AppIdClaim, value: appId },
    ],
    true,
  );
}

export function addDirectLineRoutes(server: Server, parts: DirectLineParts): DirectLineConversations {
  const conversations = new DirectLineConversations();
  const outbox = new WebChatOutbox(parts.db, conversations);
  // Made once and kept in the database, so a browser is still recognised after a restart.
  let users: Promise<WebChatUsers> | undefined;
  const webChatUsers = () =>
    (users ??= storedSecret(parts.db, 'webchat-user').then(
      (secret) => new WebChatUsers(secret),
      (error: unknown) => {
        users = undefined; // the database was down: try again on the next visit
        throw error;
      },
    ));
  const turnQueues = new Map<string, Promise<void>>();

  /** One turn at a time per conversation, in the order the user sent them. */
  const deliver = (conversation: DirectLineConversation, activity: Record<string, unknown>): Promise<void> => {
    const run = async () => {
      // Replies go to our own loopback routes without credentials (the connector factory of the
      // local authentication); with an app id the turn still acts as the bot, or botbuilder refuses it.
      const auth = await localAuthentication.authenticateRequest(activity as never, '');
      if (parts.appId) auth.claimsIdentity = botIdentity(parts.appId);
      await parts.adapter.processActivityDirect(auth, activity as never, (context) => parts.bot.run(context));
    };
    const turn = (turnQueues.get(conversation.id) ?? Promise.resolve()).then(run, run);
    const settled = turn.catch(() => undefined);
    turnQueues.set(conversation.id, settled);
    void settled.then(() => {
      if (turnQueues.get(conversation.id) === settled) turnQueues.delete(conversation.id);
    });
    return turn;
  };

  const envelope = (req: Request, conversation: DirectLineConversation) => ({
    channelId: WEBCHAT_CHANNEL_ID,
    serviceUrl: ownServiceUrl(req),
    conversation: { id: conversation.id },
    recipient: LOCAL_BOT_ACCOUNT,
    from: { ...conversation.user, role: 'user' },
  });

  const authorised = (req: Request, res: Response): DirectLineConversation | undefined => {
    const conversation = conversations.byToken(bearerToken(req));
    const wanted = req.params.conversationId as string | undefined;
    if (!conversation || (wanted && wanted !== conversation.id)) {
      res.send(403, { error: { code: 'TokenInvalid', message: 'This token does not open that conversation.' } });
      return undefined;
    }
    return conversation;
  };

  // The browser shows the user token it was given before, if any; any user id it names is ignored.
  server.post('/v3/directline/tokens/generate', async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as { userToken?: unknown; user?: { name?: unknown } };
    let known: WebChatUsers;
    try {
      known = await webChatUsers();
    } catch (error) {
      log.error('The local web chat could not read its signing secret', error);
      res.send(503, { error: { code: 'ServiceUnavailable', message: 'The chat cannot start just now. Please try again in a minute.' } });
      return;
    }
    const user = known.verify(body.userToken) ?? known.newUser();
    const name = typeof body.user?.name === 'string' ? body.user.name.slice(0, 100) : undefined;
    const conversation = conversations.open(name ? { id: user.id, name } : { id: user.id });
    res.send(200, { ...conversationInfo(conversation), userId: user.id, userToken: user.userToken });
  });

  server.post('/v3/directline/tokens/refresh', async (req: Request, res: Response) => {
    const conversation = authorised(req, res);
    if (conversation) res.send(200, conversationInfo(conversation));
  });

  const start = async (req: Request, res: Response) => {
    const conversation = authorised(req, res);
    if (!conversation) return;
    if (!conversation.started) {
      conversation.started = true;
      try {
        await deliver(conversation, {
          ...envelope(req, conversation),
          type: 'conversationUpdate',
          membersAdded: [LOCAL_BOT_ACCOUNT, { ...conversation.user, role: 'user' }],
          timestamp: new Date().toISOString(),
        });
      } catch (error) {
        log.error('The local web chat could not start a conversation', error);
      }
    }
    res.send(201, conversationInfo(conversation));
  };
  server.post('/v3/directline/conversations', start);
  server.get('/v3/directline/conversations/:conversationId', start);

  server.get('/v3/directline/conversations/:conversationId/activities', async (req: Request, res: Response) => {
    const conversation = authorised(req, res);
    if (!conversation) return;
    const watermark = (req.query as { watermark?: string } | undefined)?.watermark;
    try {
      await outbox.beforePoll(conversation, watermark);
    } catch (error) {
      log.warn('The local web chat could not read waiting messages', error);
    }
    res.send(200, conversations.since(conversation, watermark));
  });

  server.post('/v3/directline/conversations/:conversationId/activities', async (req: Request, res: Response) => {
    const conversation = authorised(req, res);
    if (!conversation) return;
    const posted = (req.body ?? {}) as Record<string, unknown>;
    if (typeof posted.type !== 'string') {
      res.send(400, { error: { code: 'BadArgument', message: 'An activity needs a type.' } });
      return;
    }
    const incoming = { ...posted, ...envelope(req, conversation), timestamp: new Date().toISOString() };
    const checked = incomingActivitySchema.safeParse(incoming);
    if (!checked.success) {
      res.send(400, { error: { code: 'BadArgument', message: `Invalid activity: ${explainInvalidActivity(checked.error)}` } });
      return;
    }
    cleanIncomingText(incoming as { text?: unknown; value?: unknown });
    // Web Chat waits to see its own message come back (matched by clientActivityID) before it
    // marks it as sent, as the real Direct Line does.
    const activity = conversations.append(conversation, incoming);
    if (posted.type === 'typing') {
      res.send(200, { id: activity.id });
      return;
    }
    try {
      await deliver(conversation, activity);
      res.send(200, { id: activity.id });
    } catch (error) {
      log.error('The local web chat could not deliver a message to the bot', error);
      res.send(502, { error: { code: 'BotError', message: 'The bot could not take that message.' } });
    }
  });

  addLocalConnectorRoutes(server, { conversations, outbox, inTurn: (id) => turnQueues.has(id) });
  return conversations;
}
