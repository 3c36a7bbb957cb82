// The data-rights use cases over in-memory fakes: who is asking, what is audited, and the three
// answers to "stop consent".
import { describe, expect, it } from 'vitest';
import type { Client } from '../../src/db/clients.ts';
import type { ClientIdentity } from '../../src/privacy/clientData.ts';
import type { DataExport } from '../../src/privacy/dataExport.ts';
import { eraseMyData, exportMyData, withdrawMyConsent, type DataRightsDeps } from '../../src/usecases/dataRights.ts';
import { FixedClock } from './rig.ts';

const NOW = new Date('2026-06-08T09:00:00Z');

function fakes(options: { clientId: string | null; tables?: DataExport['tables']; client?: Partial<Client> | null }) {
  const calls: unknown[][] = [];
  const who: ClientIdentity = { userKey: 'test:u1', clientId: options.clientId, channelId: 'test', channelUserId: 'u1', conversationIds: [] };
  const deps: DataRightsDeps = {
    clock: new FixedClock(NOW),
    audit: { record: async (entry, at) => void calls.push(['audit', entry.action, entry.subject, at]) },
    identify: async (userKey, conversationIds) => {
      calls.push(['identify', userKey, conversationIds]);
      return who;
    },
    clientById: async (id) => (options.client === null ? null : ({ id, consentWithdrawnAt: null, ...options.client } as Client)),
    exportData: async (_who, now) => ({ format: 'action-plan-coach/data-export/v1', exportedAt: now.toISOString(), tables: options.tables ?? {} }),
    erase: async (_who, actor, at) => void calls.push(['erase', actor, at]),
    withdrawConsent: async (clientId, at) => void calls.push(['withdraw', clientId, at]),
  };
  return { deps, calls };
}

const asker = { userKey: 'test:u1', conversationId: 'conv-1' };

describe('data rights use cases', () => {
  it('exports what is kept and audits it, for a client with data', async () => {
    const { deps, calls } = fakes({ clientId: 'c1', tables: { Client: [{ id: 'c1' }] } });
    const { data } = await exportMyData(deps, asker);
    expect(Object.keys(data.tables)).toEqual(['Client']);
    expect(calls).toEqual([['identify', 'test:u1', ['conv-1']], ['audit', 'data-exported', 'c1', NOW]]);
  });

  it('audits no export when nothing of a client is kept', async () => {
    const stranger = fakes({ clientId: null, tables: { BotState: [{ key: 'x' }] } });
    await exportMyData(stranger.deps, { userKey: 'test:u1', conversationId: undefined });
    expect(stranger.calls).toEqual([['identify', 'test:u1', []]]);
    const empty = fakes({ clientId: 'c1' });
    await exportMyData(empty.deps, asker);
    expect(empty.calls.filter((call) => call[0] === 'audit')).toEqual([]);
  });

  it('erases as the client', async () => {
    const { deps, calls } = fakes({ clientId: 'c1' });
    expect((await eraseMyData(deps, asker)).clientId).toBe('c1');
    expect(calls.at(-1)).toEqual(['erase', 'client', NOW]);
  });

  it('withdraws consent once, audited; says so when already withdrawn or when nothing is kept', async () => {
    const fresh = fakes({ clientId: 'c1' });
    expect(await withdrawMyConsent(fresh.deps, asker)).toBe('withdrawn');
    expect(fresh.calls.slice(1)).toEqual([['withdraw', 'c1', NOW], ['audit', 'consent-withdrawn', 'c1', NOW]]);
    const already = fakes({ clientId: 'c1', client: { consentWithdrawnAt: NOW } });
    expect(await withdrawMyConsent(already.deps, asker)).toBe('already-withdrawn');
    expect(already.calls).toHaveLength(1);
    expect(await withdrawMyConsent(fakes({ clientId: null }).deps, asker)).toBe('nothing-kept');
    expect(await withdrawMyConsent(fakes({ clientId: 'gone', client: null }).deps, asker)).toBe('nothing-kept');
  });
});
