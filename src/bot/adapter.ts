// The CloudAdapter with the standard Bot Framework settings. With no MicrosoftAppId the adapter
// accepts unauthenticated traffic (local mode, as with the Bot Framework Emulator).
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../config.ts';
import { log } from '../log.ts';
import { sorryMessage } from '../../dialogs/messages/common.ts';

export function createAdapter(config: Config): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error(`Turn failed for conversation ${context.activity.conversation?.id ?? '?'}`, error);
    try {
      if (context.activity.type === 'message') await context.sendActivity(sorryMessage);
    } catch (sendError) {
      log.warn('Could not tell the user about the failed turn', sendError);
    }
  };
  return adapter;
}
