// npm run db:migration -- <name>
// Writes the next migration for every provider by replaying the existing migrations on a shadow
// database and diffing against prisma/schema.prisma. SQLite needs nothing; PostgreSQL needs a
// server to hold the temporary shadow database (MIGRATION_SHADOW_POSTGRES_URL, default local).
import { createAdapterFactory } from '../database.ts';
import { createMigration } from '../migrations.ts';
import { databaseProviders, type DatabaseProvider } from '../providerSchema.ts';

const name = (process.argv[2] ?? '').trim();
if (!/^[a-z0-9_]+$/i.test(name)) {
  console.error('Give the migration a name of letters, digits and underscores: npm run db:migration -- add_reminders');
  process.exit(2);
}

const shadowUrlFor: Record<DatabaseProvider, string> = {
  sqlite: 'file::memory:',
  postgresql: process.env.MIGRATION_SHADOW_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/postgres',
};

const now = new Date();
for (const provider of databaseProviders) {
  const folder = await createMigration(provider, createAdapterFactory(shadowUrlFor[provider]), name, now);
  console.log(folder ? `${provider}: wrote ${folder}` : `${provider}: schema and migrations already agree`);
}
