// The real parts behind the use cases' ports (ports.ts), made from the app's services.
import { ActionItemProgress } from '../db/actionItemProgress.ts';
import { AdviserRepository } from '../db/advisers.ts';
import { ClientRepository } from '../db/clients.ts';
import { coachingStyleFor } from '../db/coachingStyles.ts';
import { PlanWork } from '../db/planWork.ts';
import { ProfileRepository } from '../db/profiles.ts';
import { ReminderRepository } from '../db/reminders.ts';
import { raiseEscalation } from '../escalation/raiseEscalation.ts';
import { log } from '../log.ts';
import { cancelItemReminders, syncPlanReminders } from '../scheduler/reminderPlanning.ts';
import type { CoachServices } from '../services.ts';
import type { AdviserRequests, PlanDeps } from './ports.ts';
import type { AdviserTaskDeps } from './adviserTaskRequest.ts';
import { EscalationRepository } from '../db/escalations.ts';
import { addClientWordsAndNotify } from '../escalation/escalationUpdates.ts';
import type { DataRightsDeps } from './dataRights.ts';
import { AuditLog } from '../db/audit.ts';
import { identify } from '../privacy/clientData.ts';
import { eraseClientData } from '../privacy/dataErasure.ts';
import { exportClientData } from '../privacy/dataExport.ts';
import { namelessNameFor, noticeWithReach } from '../escalation/namelessNotice.ts';

export function planDeps(services: CoachServices): PlanDeps {
  const { db, clock } = services;
  return {
    clock,
    work: new PlanWork(db, clock),
    reads: {
      latestItemOf: (clientId, lineageId) => new ActionItemProgress(db).latestItemOf(clientId, lineageId),
      jobGoalsOf: (clientId) => new ProfileRepository(db).jobGoals(clientId),
      styleOf: (client) => coachingStyleFor(db, client),
      clientById: (id) => new ClientRepository(db).findById(id),
    },
    reminders: {
      syncPlan: (clientId, known) => syncPlanReminders(services, clientId, known),
      cancelItem: async (lineageId, reason) => {
        await cancelItemReminders(db, lineageId, reason);
      },
      markAnswered: async (clientId, at) => {
        await new ReminderRepository(db).markAnswered(clientId, at);
      },
      cancelReview: async (clientId, reason) => {
        await new ReminderRepository(db).replacePending(clientId, { reviewOf: clientId }, [], reason);
      },
    },
    handover: { raise: (request) => raiseEscalation(services, request) },
    notices: {
      async tell(client, text) {
        try {
          await services.sender.sendActivities(client.userKey, [{ type: 'message', text }]);
        } catch (error) {
          log.warn(`Could not tell client ${client.id} about a plan change`, error);
        }
      },
    },
    adviserNotices: {
      // The adviser's personal chat, as their own reminders reach them (src/scheduler/adviserReminderSend.ts).
      async tell(adviserId, text) {
        try {
          const adviser = await new AdviserRepository(db).findById(adviserId);
          if (!adviser?.userKey) return;
          const told = await noticeWithReach(services, adviser, text);
          const outcome = await services.sender.sendActivities(adviser.userKey, [{ type: 'message', text: told }]);
          if (outcome.status !== 'sent') log.warn(`Could not tell adviser ${adviserId} about a client's plan change: ${outcome.status}`);
        } catch (error) {
          log.warn(`Could not tell adviser ${adviserId} about a client's plan change`, error);
        }
      },
      namelessName: (adviserId, clientId) => namelessNameFor(services, adviserId, clientId),
    },
  };
}

/** planDeps, and the way a client's own request reaches their adviser. */
export function adviserTaskDeps(services: CoachServices): AdviserTaskDeps {
  return { ...planDeps(services), requests: adviserRequests(services) };
}

/**
 * Raised as the client asking for their adviser, with the request as its reason; joined to one
 * already open, the request is added to it and the adviser told what the client said.
 */
function adviserRequests(services: CoachServices): AdviserRequests {
  return {
    async pass({ clientId, detail, said }) {
      const { escalation, created, reached } = await raiseEscalation(services, { clientId, trigger: 'client-asked', detail });
      if (!created) {
        await new EscalationRepository(services.db).appendDetail(escalation.id, detail);
        await addClientWordsAndNotify(services, escalation.id, said);
      }
      return { reached };
    },
  };
}

export function dataRightsDeps(services: Pick<CoachServices, 'db' | 'clock'>): DataRightsDeps {
  const { db, clock } = services;
  return {
    clock,
    audit: new AuditLog(db),
    identify: (userKey, conversationIds) => identify(db, userKey, conversationIds),
    clientById: (id) => new ClientRepository(db).findById(id),
    exportData: (who, now) => exportClientData(db, who, now),
    erase: (who, actor, now) => eraseClientData(db, who, actor, now),
    withdrawConsent: (clientId, at) => new ClientRepository(db).withdrawConsent(clientId, at),
  };
}
