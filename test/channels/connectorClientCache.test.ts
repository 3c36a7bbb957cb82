// One connector client per bot identity and service URL, reused by every turn and proactive
// message, instead of a new HTTP pipeline each time; a failed creation is not remembered.
import { describe, expect, it } from 'vitest';
import { ClaimsIdentity, ConnectorFactory, type ConnectorClient } from 'botframework-connector';
import { StrictBotFrameworkAuthentication } from '../../src/bot/strictAuthentication.ts';
import { ConnectorClientCache } from '../../src/bot/connectorClientCache.ts';

const claims = (appId: string) => new ClaimsIdentity([{ type: 'aud', value: appId }], true);

describe('connector client reuse', () => {
  it('gives the same client for the same service URL, and a new one for another', async () => {
    const auth = new StrictBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' });
    const first = await auth.createConnectorFactory(claims('')).create('https://smba.example/emea/', 'aud');
    const again = await auth.createConnectorFactory(claims('')).create('https://smba.example/emea/', 'aud');
    const other = await auth.createConnectorFactory(claims('')).create('https://smba.example/amer/', 'aud');
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(await auth.createUserTokenClient(claims(''))).toBe(await auth.createUserTokenClient(claims('')));
  });

  it('tries again after a creation failed', async () => {
    let calls = 0;
    const flaky = new (class extends ConnectorFactory {
      async create(): Promise<ConnectorClient> {
        calls += 1;
        if (calls === 1) throw new Error('token service down');
        return { calls } as unknown as ConnectorClient;
      }
    })();
    const factory = new ConnectorClientCache().factoryFor('bot', flaky);
    await expect(factory.create('https://smba.example/')).rejects.toThrow('token service down');
    const client = await factory.create('https://smba.example/');
    expect(await factory.create('https://smba.example/')).toBe(client);
    expect(calls).toBe(2);
  });
});
