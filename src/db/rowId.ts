// Ids for rows written by direct statements (directSql.ts), where Prisma's @default(cuid()) does
// not run. Like a cuid they sort by time, and by order of writing within this process, so
// "newest first, id to break a tie" reads the same as for Prisma's own ids.
import { randomFillSync } from 'node:crypto';

/**
 * Random bytes are drawn 4 KB at a time: a plan save writes an id for every goal, step and
 * reminder, and asking the system for six bytes each time was a millisecond of such a turn.
 */
const POOL_BYTES = 4096;
const ID_RANDOM_BYTES = 6;
const pool = Buffer.alloc(POOL_BYTES);
let poolOffset = POOL_BYTES;

function randomPart(): number {
  if (poolOffset + ID_RANDOM_BYTES > POOL_BYTES) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const value = pool.readUIntBE(poolOffset, ID_RANDOM_BYTES);
  poolOffset += ID_RANDOM_BYTES;
  return value;
}

let counter = 0;

export function newRowId(now = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  const random = randomPart().toString(36).padStart(10, '0');
  return `c${now.toString(36).padStart(8, '0')}${counter.toString(36).padStart(4, '0')}${random}`;
}
