// botbuilder builds a new ConnectorClient (credentials plus an HTTP pipeline) and a new
// UserTokenClient for every turn and every proactive message: 2 to 4 ms of CPU each time, which
// capped reminder dispatch at a few hundred a second. Both are stateless HTTP clients whose
// credentials cache their own tokens, so one per bot identity and service URL is enough.
import { AuthenticationConstants, ConnectorFactory, type ClaimsIdentity, type ConnectorClient, type UserTokenClient } from 'botframework-connector';
import { BoundedMap } from '../boundedMap.ts';
import { sendActivitiesAsBuilt } from './activityBodyAsBuilt.ts';

/** Few service URLs exist per bot (one per channel region); the bound only stops a flood of made-up ones. */
const MAX_ENTRIES = 200;

class BoundedCache<T> {
  private readonly entries = new BoundedMap<string, Promise<T>>(MAX_ENTRIES);

  get(key: string, create: () => Promise<T>): Promise<T> {
    const existing = this.entries.get(key);
    if (existing) return existing;
    const created = create();
    this.entries.set(key, created);
    // A failed creation (say, a credentials error) must be tried again next time, not remembered.
    created.catch(() => this.entries.delete(key));
    return created;
  }
}

/** Who the bot is acting as, from the claims botbuilder derives the credentials from. */
export function identityKey(claimsIdentity: ClaimsIdentity | undefined): string {
  const claim = (type: string) => claimsIdentity?.getClaimValue(type) ?? '';
  return [claim(AuthenticationConstants.AudienceClaim), claim(AuthenticationConstants.AppIdClaim), claim(AuthenticationConstants.AuthorizedParty)].join('|');
}

export class ConnectorClientCache {
  private readonly connectors = new BoundedCache<ConnectorClient>();
  private readonly tokenClients = new BoundedCache<UserTokenClient>();

  factoryFor(identity: string, inner: ConnectorFactory): ConnectorFactory {
    return new CachingConnectorFactory(identity, inner, this.connectors);
  }

  userTokenClient(identity: string, create: () => Promise<UserTokenClient>): Promise<UserTokenClient> {
    return this.tokenClients.get(identity, create);
  }
}

class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly identity: string,
    private readonly inner: ConnectorFactory,
    private readonly cache: BoundedCache<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.cache.get(`${this.identity}|${serviceUrl}|${audience ?? ''}`, async () => sendActivitiesAsBuilt(await this.inner.create(serviceUrl, audience)));
  }
}
