// Generates one Prisma client per provider, offline.
// `prisma generate` would otherwise try to download a schema-engine binary it does not use
// for generation; pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file (Prisma's documented
// override) skips that download. Migrations run through the wasm engine (src/db/migrations.ts).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { databaseProviders, projectRoot, writeSchemaFor } from '../src/db/providerSchema.ts';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');

for (const provider of databaseProviders) {
  const schemaPath = writeSchemaFor(provider);
  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', schemaPath], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
}
