// "stop the reminders" / "start reminders", typed at any point: the client's own say over the
// coach's reminders. Off is kept where the adviser sees it (the caseload says "Reminders paused").
// Reminders the coach paused after a crisis are turned back on by the adviser with the client,
// never by a typed word alone.
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { pauseReminders, resumeReminders } from '../src/db/clientSafety.ts';
import { EscalationRepository } from '../src/db/escalations.ts';
import { readReminderSwitch } from '../src/domain/reminderSwitchWords.ts';
import * as say from '../src/messages/en/reminderSwitch.ts';
import type { CoachServices } from '../src/services.ts';
import { repromptInnermost } from './reprompt.ts';
import { forgetResumeDay } from '../src/usecases/reminderPause.ts';
import { reminderPauseStore } from '../src/scheduler/reminderPauseStore.ts';

/** Null when the message is no switch; otherwise answered, and the waiting question asked again when `askAgain`. */
export async function reminderSwitchTurn(dc: DialogContext, services: CoachServices, askAgain: boolean): Promise<DialogTurnResult | null> {
  const which = dc.context.activity.type === 'message' ? readReminderSwitch(dc.context.activity.text) : null;
  if (!which) return null;
  await dc.context.sendActivity(await switchReminders(dc, services, which));
  if (!askAgain) return null;
  await repromptInnermost(dc);
  return { status: DialogTurnStatus.waiting };
}

async function switchReminders(dc: DialogContext, services: CoachServices, which: 'stop' | 'start'): Promise<string> {
  const client = currentClient(dc.context);
  if (!client?.consentedAt || client.consentWithdrawnAt) return say.remindersNeedConsent;
  // Typed now, the switch is the client's last word: a pause "till the 20th" no longer ends by itself.
  await forgetResumeDay({ pauses: reminderPauseStore(services.db) }, { clientId: client.id, reason: `the client typed "${which} reminders"` });
  if (which === 'stop') {
    await pauseReminders(services.db, client.id, services.clock.now());
    return say.remindersStopped;
  }
  const open = await new EscalationRepository(services.db).openFor(client.id);
  if (client.remindersPausedAt && open.some((row) => row.reason === 'crisis')) return say.remindersPausedForSafety;
  return (await resumeReminders(services.db, client.id)) ? say.remindersStarted : say.remindersAlreadyOn;
}
