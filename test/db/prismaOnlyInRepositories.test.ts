// Prisma is called only from src/db: everything else goes through a repository, so a use case
// can be given a fake and the schema can change in one place.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const MODEL_CALL = /\b(?:db|tx|database)\.[a-z]\w*\.(?:find\w*|create\w*|update\w*|delete\w*|upsert|count|aggregate|groupBy)\(/;
const RAW = /\$(?:transaction|queryRaw|executeRaw)\w*/;
const GENERATED = /from '[^']*generated\/(?:sqlite|postgresql)/;

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function prismaOutsideRepositories(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const where = relative(root, file);
    if (where.startsWith(join('src', 'db'))) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (MODEL_CALL.test(line) || RAW.test(line) || GENERATED.test(line) ? [`${where}:${index + 1}: ${line.trim()}`] : []));
  });
}

describe('Prisma outside src/db', () => {
  it('is called nowhere else: not in dialogs, use cases, the bot, privacy, the scheduler or the web chat', () => {
    expect(prismaOutsideRepositories([...sources(join(root, 'src')), ...sources(join(root, 'dialogs'))])).toEqual([]);
  });

  it('would be caught (so the check above means something)', () => {
    expect(MODEL_CALL.test('const row = await this.db.plan.findFirst({ where })')).toBe(true);
    expect(MODEL_CALL.test('await services.db.client.update({ where: { id } })')).toBe(true);
    expect(RAW.test('await db.$transaction(async (tx) => {})')).toBe(true);
    expect(GENERATED.test("import { Prisma } from '../generated/sqlite/client.ts';")).toBe(true);
  });
});
