// npm run db:migrate: applies pending migrations to DATABASE_URL (default: the SQLite file).
import { defaultDatabaseUrl } from '../../config.ts';
import { openMigratedDatabase } from '../database.ts';

const url = process.env.DATABASE_URL || defaultDatabaseUrl;
const handle = await openMigratedDatabase(url);
console.log(handle.applied.length ? `Applied: ${handle.applied.join(', ')}` : 'Database is up to date.');
await handle.close();
