// A turn botbuilder runs to send a proactive message (a reminder, an escalation). Nobody wrote:
// it is not contact from the client, and the reference it was started from is already stored.
import { ActivityEventNames, ActivityTypes, type Activity } from 'botbuilder';

export function isProactiveTurn(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Event && activity.name === ActivityEventNames.ContinueConversation;
}
