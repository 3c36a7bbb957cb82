// "cancel" and "i have to go", typed at any question: what is kept, and where the client is left.
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { userKeyOf } from '../src/bot/userKey.ts';
import { ClientRepository } from '../src/db/clients.ts';
import type { CoachServices } from '../src/services.ts';
import { cancelledBeforeConsentMessage, cancelledMessage, pausedMessage } from '../src/messages/en/common.ts';
import { clientNeeds } from './clientNeeds.ts';
import { DialogIds } from './dialogIds.ts';

/**
 * "cancel" on the menu path goes back to the menu (`backToTheMenu`). Before the first questions are
 * done it pauses instead: the next hello carries on where they stopped.
 */
export async function cancelHere(innerDc: DialogContext, services: CoachServices, backToTheMenu: () => Promise<DialogTurnResult>): Promise<DialogTurnResult> {
  await innerDc.cancelAllDialogs();
  const clients = new ClientRepository(services.db);
  const needs = await clientNeeds(innerDc.context, await clients.findByUserKey(userKeyOf(innerDc.context.activity)), services);
  if (needs === DialogIds.onboarding) {
    await clients.forgetDeclined(userKeyOf(innerDc.context.activity));
    await innerDc.context.sendActivity(cancelledBeforeConsentMessage);
    return { status: DialogTurnStatus.complete };
  }
  if (needs) {
    await innerDc.context.sendActivity(pausedMessage);
    return { status: DialogTurnStatus.complete };
  }
  await innerDc.context.sendActivity(cancelledMessage);
  return backToTheMenu();
}

/**
 * "can i come back to it later", "i have to go": once the first questions are done, the question
 * on screen waits as it is, with what was already said for it, and the next hello asks it again.
 * Before then it pauses as "cancel" does (those answers are kept as they are given).
 */
export async function leaveForNow(innerDc: DialogContext, services: CoachServices, backToTheMenu: () => Promise<DialogTurnResult>): Promise<DialogTurnResult> {
  const client = await new ClientRepository(services.db).findByUserKey(userKeyOf(innerDc.context.activity));
  if (await clientNeeds(innerDc.context, client, services)) return cancelHere(innerDc, services, backToTheMenu);
  await innerDc.context.sendActivity(pausedMessage);
  return { status: DialogTurnStatus.waiting };
}
