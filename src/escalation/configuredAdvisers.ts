// Advisers listed in the ADVISERS setting are registered (or updated) at start-up, so a
// deployment can name its advisers without an admin typing commands.
import { AdviserRepository } from '../db/advisers.ts';
import type { CoachServices } from '../services.ts';

export async function registerConfiguredAdvisers(services: CoachServices): Promise<number> {
  const advisers = new AdviserRepository(services.db);
  for (const adviser of services.config.ADVISERS) {
    await advisers.register({ name: adviser.name, userKey: adviser.userKey, role: adviser.role });
  }
  return services.config.ADVISERS.length;
}
