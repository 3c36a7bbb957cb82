// Trouble at work, for a client in work: to their adviser as an in-work problem, in their words.
// Said at the check-in, or in passing where the risk check heard it as a worry.
import type { Client } from '../src/db/clients.ts';
import { EmploymentRepository } from '../src/db/employments.ts';
import { raiseEscalation } from '../src/escalation/raiseEscalation.ts';
import { addClientWordsAndNotify } from '../src/escalation/escalationUpdates.ts';
import { problemAtWork } from '../src/messages/en/escalationDetails.ts';
import type { CoachServices } from '../src/services.ts';

const MAX_SAID = 500;

/** False when the client has no job on record: then it is not an in-work problem. */
export async function passOnWorkProblem(services: CoachServices, client: Pick<Client, 'id'>, said: string): Promise<boolean> {
  const job = await new EmploymentRepository(services.db).current(client.id);
  if (!job) return false;
  const words = said.slice(0, MAX_SAID);
  const { escalation, created } = await raiseEscalation(services, { clientId: client.id, trigger: 'in-work-problem', detail: problemAtWork(job.employer, words) });
  // A second problem while the first is still open: added to it, and the adviser told.
  if (!created) await addClientWordsAndNotify(services, escalation.id, words);
  return true;
}
