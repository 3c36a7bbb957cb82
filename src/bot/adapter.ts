// The CloudAdapter with the standard Bot Framework settings. With no MicrosoftAppId the adapter
// accepts unauthenticated traffic (local mode, as with the Bot Framework Emulator).
import { CloudAdapter, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder';
import { isSharedConversation } from '../channels/conversationScope.ts';
import type { ConnectorClient } from 'botframework-connector';
import { publicCloudWithMetadataUrl, StrictBotFrameworkAuthentication } from './strictAuthentication.ts';
import type { Config } from '../config.ts';
import { ConnectorTargets } from './connectorTargets.ts';
import { turnLog } from '../turnLog.ts';
import { cannotSaveMessage, sorryMessage } from '../messages/en/common.ts';
import { isDatabaseUnavailable } from '../db/databaseOutage.ts';

export class CoachAdapter extends CloudAdapter {
  /** Where the connector may send; startApp tells it the server's own port once listening. */
  readonly connectorTargets: ConnectorTargets;

  constructor(auth: StrictBotFrameworkAuthentication, targets: ConnectorTargets) {
    super(auth);
    auth.targets = targets;
    this.connectorTargets = targets;
  }

  /** The connector client a proactive turn for this bot would get (kept per service URL by the authentication). */
  connectorClientFor(botAppId: string, serviceUrl: string): Promise<ConnectorClient> {
    return this.botFrameworkAuthentication.createConnectorFactory(this.createClaimsIdentity(botAppId)).create(serviceUrl);
  }

  /** Teams shows a message with suggested actions as "Invalid message" outside personal chats. */
  override sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const fitted = activities.map((activity) =>
      activity.suggestedActions && isSharedConversation(activity.conversation) ? { ...activity, suggestedActions: undefined } : activity,
    );
    return super.sendActivities(context, fitted);
  }
}

export function createAdapter(config: Config): CoachAdapter {
  const auth = new StrictBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    ...(config.BOT_OPENID_METADATA_URL ? publicCloudWithMetadataUrl(config.BOT_OPENID_METADATA_URL) : {}),
  });
  const adapter = new CoachAdapter(auth, new ConnectorTargets(config.localMode));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // DialogContextError keeps the original error, whose stack says where it really failed.
    const cause = (error as Error & { error?: unknown }).error;
    turnLog(context).error(`Turn failed for conversation ${context.activity.conversation?.id ?? '?'}`, cause instanceof Error ? cause : error);
    try {
      // With the database down nothing from this message was kept: say so, rather than "try again".
      if (context.activity.type === 'message') await context.sendActivity(isDatabaseUnavailable(error) ? cannotSaveMessage : sorryMessage);
    } catch (sendError) {
      turnLog(context).warn('Could not tell the user about the failed turn', sendError);
    }
  };
  return adapter;
}
