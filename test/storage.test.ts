// The botbuilder Storage contract on the database under test, eTag conflicts included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotStateStorage, StaleETagError } from '../src/db/botStateStorage.ts';
import { createMigratedDatabase, testProvider } from './support/testDatabase.ts';

describe(`bot state storage on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  let storage: BotStateStorage;

  beforeAll(async () => {
    database = await createMigratedDatabase();
    storage = new BotStateStorage(database.handle.db);
  });
  afterAll(() => database.drop());

  it('reads back what it wrote, with an eTag', async () => {
    await storage.write({ 'a/1': { step: 3, answers: ['bus driver'] } });
    const items = await storage.read(['a/1', 'missing']);
    expect(items['a/1']).toMatchObject({ step: 3, answers: ['bus driver'] });
    expect(typeof items['a/1'].eTag).toBe('string');
    expect(items).not.toHaveProperty('missing');
  });

  it('writes with the current eTag and gives a new one', async () => {
    await storage.write({ 'a/2': { count: 1 } });
    const first = (await storage.read(['a/2']))['a/2'];
    await storage.write({ 'a/2': { ...first, count: 2 } });
    const second = (await storage.read(['a/2']))['a/2'];
    expect(second.count).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('refuses a write with a stale eTag and keeps the newer data', async () => {
    await storage.write({ 'a/3': { owner: 'first' } });
    const stale = (await storage.read(['a/3']))['a/3'];
    await storage.write({ 'a/3': { ...stale, owner: 'second' } });
    await expect(storage.write({ 'a/3': { ...stale, owner: 'third' } })).rejects.toBeInstanceOf(StaleETagError);
    expect((await storage.read(['a/3']))['a/3'].owner).toBe('second');
  });

  it('lets two turns race on one eTag and only one wins', async () => {
    await storage.write({ 'a/4': { n: 0 } });
    const seen = (await storage.read(['a/4']))['a/4'];
    const results = await Promise.allSettled([1, 2, 3].map((n) => storage.write({ 'a/4': { ...seen, n } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = results.findIndex((r) => r.status === 'fulfilled') + 1;
    expect((await storage.read(['a/4']))['a/4'].n).toBe(winner);
  });

  it('overwrites when the eTag is * or missing', async () => {
    await storage.write({ 'a/5': { v: 1 } });
    await storage.write({ 'a/5': { v: 2, eTag: '*' } });
    expect((await storage.read(['a/5']))['a/5'].v).toBe(2);
    await storage.write({ 'a/5': { v: 3 } });
    expect((await storage.read(['a/5']))['a/5'].v).toBe(3);
  });

  it('creates a new item even when it carries an eTag', async () => {
    await storage.write({ 'a/6': { v: 1, eTag: 'from-elsewhere' } });
    expect((await storage.read(['a/6']))['a/6'].v).toBe(1);
  });

  it('deletes, and ignores keys that do not exist', async () => {
    await storage.write({ 'a/7': { v: 1 }, 'a/8': { v: 2 } });
    await storage.delete(['a/7', 'never-written']);
    const items = await storage.read(['a/7', 'a/8']);
    expect(Object.keys(items)).toEqual(['a/8']);
  });
});
