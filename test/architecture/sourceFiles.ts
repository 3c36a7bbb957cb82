// The product's own source files (src and dialogs, not the generated Prisma client), as paths from
// the repository's root: what the architecture tests read.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(folder, name))
    .filter((path) => !path.startsWith('src/generated/'));
}

export const files = [...sourceFiles('src'), ...sourceFiles('dialogs')];
