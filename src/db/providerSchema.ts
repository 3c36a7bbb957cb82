// The one schema (prisma/schema.prisma) rendered for each provider we support.
// Prisma fixes the provider inside the schema, so PostgreSQL gets a derived copy.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type DatabaseProvider = 'sqlite' | 'postgresql';
export const databaseProviders: DatabaseProvider[] = ['sqlite', 'postgresql'];

/** The folder with package.json: found by looking up, so it is the same from src/ and from the built dist/. */
export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'prisma'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No project folder (package.json and prisma/) above ${from}`);
  }
}
const canonicalSchemaPath = join(projectRoot, 'prisma', 'schema.prisma');
const generatedDir = join(projectRoot, 'src', 'generated');

export function schemaFor(provider: DatabaseProvider): { path: string; content: string } {
  const canonical = readFileSync(canonicalSchemaPath, 'utf8');
  const content = canonical
    .replace(/(datasource db \{\s*provider\s*=\s*)"sqlite"/, `$1"${provider}"`)
    .replace(/output\s*=\s*"[^"]*"/, `output = "../${provider}"`);
  return { path: join(generatedDir, 'schemas', `${provider}.prisma`), content };
}

/** Writes src/generated/schemas/<provider>.prisma for `prisma generate` and returns its path. */
export function writeSchemaFor(provider: DatabaseProvider): string {
  const { path, content } = schemaFor(provider);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

export function migrationsDirFor(provider: DatabaseProvider): string {
  return join(projectRoot, 'prisma', 'migrations', provider);
}
