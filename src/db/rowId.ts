// Ids for rows written by direct statements (directSql.ts), where Prisma's @default(cuid()) does
// not run. Like a cuid they sort by time, and by order of writing within this process, so
// "newest first, id to break a tie" reads the same as for Prisma's own ids.
import { randomBytes } from 'node:crypto';

let counter = 0;

export function newRowId(now = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  const random = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, '0');
  return `c${now.toString(36).padStart(8, '0')}${counter.toString(36).padStart(4, '0')}${random}`;
}
