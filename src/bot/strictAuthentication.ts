// Bot Framework authentication that answers every bad token with 401. botbuilder lets some token
// faults through as plain errors (a bad signature under a known key id), which the CloudAdapter
// turns into 500; a forged token is the caller's problem, not ours.
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { ConnectorClientCache, identityKey } from './connectorClientCache.ts';
import type { ConnectorTargets } from './connectorTargets.ts';

export class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new ConnectorClientCache();
  /** Which serviceUrls the connector may call, and which take no credentials (see connectorTargets.ts). */
  targets?: ConnectorTargets;

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw asAuthenticationError(error);
    }
    if (result.connectorFactory) result.connectorFactory = this.clients.factoryFor(identityKey(result.claimsIdentity), this.guarded(result.connectorFactory));
    return result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.clients.factoryFor(identityKey(claimsIdentity), this.guarded(super.createConnectorFactory(claimsIdentity)));
  }

  private guarded(factory: ConnectorFactory): ConnectorFactory {
    return this.targets ? this.targets.guard(factory) : factory;
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.clients.userTokenClient(identityKey(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateStreamingRequest(authHeader, channelIdHeader);
    } catch (error) {
      throw asAuthenticationError(error);
    }
  }
}

function asAuthenticationError(error: unknown): Error {
  if (error instanceof AuthenticationError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AuthenticationError(`Unauthorized: ${message}`, 401);
}

/**
 * The public-cloud settings with the channel's OpenID metadata address replaced. botbuilder takes
 * any one of these settings to mean "all are given", so all of them are spelled out.
 */
export function publicCloudWithMetadataUrl(openIdMetadataUrl: string): Record<string, string> {
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
