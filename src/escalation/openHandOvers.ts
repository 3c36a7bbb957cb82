// The hourly rules' facts about one client, with the reasons of their escalations not closed yet,
// so that while a hand-over is open (they asked, a worry, a crisis, a job loss) the stall rules
// raise nothing more for them (src/domain/escalationRules.ts). Play-test 13: a client waiting for
// their adviser gained "Not replying" and "Steps well past their day" cards as well.
import type { ClientFacts } from '../domain/escalationRules.ts';
import type { Database } from '../db/database.ts';
import { EscalationRepository } from '../db/escalations.ts';

export async function withOpenReasons(db: Database, clientId: string, facts: ClientFacts): Promise<ClientFacts> {
  const open = await new EscalationRepository(db).openFor(clientId);
  return { ...facts, openReasons: open.map((row) => row.reason) };
}
