// How often an SQLite commit waits for the disk (SQLITE_SYNCHRONOUS): 'normal' by default, the
// setting SQLite recommends with its write-ahead log; 'full' when an operator asks for it.
import { afterAll, describe, expect, it } from 'vitest';
import { openMigratedDatabase, type DatabaseOptions } from '../../src/db/database.ts';
import { directSql } from '../../src/db/directSql.ts';
import { createEmptyDatabase, type TestDatabase } from '../support/testDatabase.ts';

const made: TestDatabase[] = [];
afterAll(async () => {
  for (const database of made) await database.drop();
});

/** What the connection the app uses says of itself: 1 is NORMAL, 2 is FULL. */
async function synchronousOf(options: DatabaseOptions): Promise<number> {
  const database = await createEmptyDatabase('sqlite');
  made.push(database);
  const handle = await openMigratedDatabase(database.url, options);
  try {
    const { rows } = await directSql(handle.db).query('PRAGMA synchronous', []);
    return Number(rows[0]![0]);
  } finally {
    await handle.close();
  }
}

describe('when an SQLite commit waits for the disk', () => {
  it('syncs at checkpoints by default (NORMAL), as SQLite recommends with its write-ahead log', async () => {
    expect(await synchronousOf({})).toBe(1);
  });

  it('syncs every commit when the operator sets full', async () => {
    expect(await synchronousOf({ sqliteSynchronous: 'full' })).toBe(2);
  });
});
