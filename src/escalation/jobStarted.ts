// In-work news for the adviser, through the one hand-over path (raiseEscalation):
// - a job started: a short, routine note (never above a risk), once per job; the start day told
//   later for a job already kept is no new job, and a second job while the first note is still
//   open is added to it;
// - help to keep the job, asked at a review: passed on like a problem at work.
import type { Client } from '../db/clients.ts';
import { EmploymentRepository, type Employment } from '../db/employments.ts';
import { EscalationRepository } from '../db/escalations.ts';
import { formatDueDate } from '../domain/dates.ts';
import type { StartNotice } from '../domain/inWork.ts';
import { helpToKeepJob, jobStartedDetail } from '../messages/en/escalationDetails.ts';
import type { CoachServices } from '../services.ts';
import { addClientWordsAndNotify } from './escalationUpdates.ts';
import { raiseEscalation } from './raiseEscalation.ts';

type ConsentedClient = Pick<Client, 'id' | 'timeZone' | 'consentedAt' | 'consentWithdrawnAt'>;

const MAX_SAID = 500;

function mayTellAdviser(client: ConsentedClient): boolean {
  return client.consentedAt !== null && client.consentWithdrawnAt === null;
}

/** `notice`: started already, or the day not known yet; null when the job's start day was said. */
export async function tellAdviserOfJobStart(services: CoachServices, client: ConsentedClient, job: Employment, notice: StartNotice | null): Promise<void> {
  if (!mayTellAdviser(client)) return;
  const start = notice ?? formatDueDate(job.startsOn, client.timeZone, { now: services.clock.now() });
  const detail = jobStartedDetail(job.employer, start);
  const { escalation, created } = await raiseEscalation(services, { clientId: client.id, trigger: 'job-started', detail, reportedAt: job.reportedAt });
  if (!created) await new EscalationRepository(services.db).appendDetail(escalation.id, detail);
}

/** False when nobody can receive it (the client is told the truth); null when it cannot be passed on at all. */
export async function askAdviserToHelpKeepJob(services: CoachServices, client: ConsentedClient, said: string): Promise<boolean | null> {
  if (!mayTellAdviser(client)) return null;
  const job = await new EmploymentRepository(services.db).current(client.id);
  const words = said.slice(0, MAX_SAID);
  const { escalation, created, reached } = await raiseEscalation(services, { clientId: client.id, trigger: 'in-work-problem', detail: helpToKeepJob(job?.employer ?? null, words) });
  if (!created) await addClientWordsAndNotify(services, escalation.id, words);
  return reached;
}
