// Where the bot's connector may send. In local mode (no app credentials) nothing checks who
// posts to /api/messages, so only loopback serviceUrls are called: a request cannot make the bot
// call another host. This server's own local Direct Line takes replies without credentials, so
// they are sent without, even when the bot has an app id.
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationError, ClaimsIdentity, ConnectorFactory, type ConnectorClient } from 'botframework-connector';

export function isLoopbackUrl(serviceUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serviceUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export class ConnectorTargets {
  /** The port this server listens on, once it does. */
  ownPort: number | undefined;

  constructor(private readonly localMode: boolean) {}

  /** Why a send to this serviceUrl is refused, or undefined when it may go. */
  refusal(serviceUrl: string): string | undefined {
    if (this.localMode && !isLoopbackUrl(serviceUrl)) {
      return 'In local mode the bot only answers on this computer: the serviceUrl must be a loopback address (localhost, 127.0.0.1 or ::1).';
    }
    return undefined;
  }

  /** This server's own local Direct Line connector routes. */
  isOwn(serviceUrl: string): boolean {
    if (this.ownPort === undefined || !isLoopbackUrl(serviceUrl)) return false;
    return Number(new URL(serviceUrl).port) === this.ownPort;
  }

  guard(inner: ConnectorFactory): ConnectorFactory {
    return new GuardedConnectorFactory(inner, this);
  }
}

let anonymousFactory: ConnectorFactory | undefined;

function withoutCredentials(): ConnectorFactory {
  anonymousFactory ??= new ConfigurationBotFrameworkAuthentication({}).createConnectorFactory(new ClaimsIdentity([], true));
  return anonymousFactory;
}

class GuardedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly targets: ConnectorTargets,
  ) {
    super();
  }

  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const refusal = this.targets.refusal(serviceUrl);
    if (refusal) throw new AuthenticationError(refusal, 401);
    if (this.targets.isOwn(serviceUrl)) return withoutCredentials().create(serviceUrl, audience);
    return this.inner.create(serviceUrl, audience);
  }
}
