// Privacy asked at the menu in the client's own words ("where does this info go", "can i see what
// you keep about me", "plz can u delet my detials"): seeing or deleting starts the data-rights
// dialog, as its own commands do; who sees it is answered, then the menu is asked again.
// Meant for the main dialog's words at the menu (mainDialog.ts newsAtTheMenu), before the news.
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { privacyAskedAtTheMenu } from '../src/domain/privacyAskedWords.ts';
import { consentAnswers } from '../src/messages/en/onboarding.ts';
import { jobcentreAsked } from '../src/messages/en/dataRights.ts';
import { beginDataRights } from './dataRightsDialog.ts';
import { repromptInnermost } from './reprompt.ts';

/** The turn taken when the words at the menu ask about their data; null when they do not. */
export async function answerPrivacyAtTheMenu(innerDc: DialogContext): Promise<DialogTurnResult | null> {
  const asked = privacyAskedAtTheMenu(innerDc.context.activity.text ?? '');
  if (!asked) return null;
  if (asked === 'see') return beginDataRights(innerDc, 'show-data');
  if (asked === 'delete') return beginDataRights(innerDc, 'delete-data');
  await innerDc.context.sendActivity(asked === 'jobcentre' ? jobcentreAsked : consentAnswers['who-sees']);
  await repromptInnermost(innerDc);
  return { status: DialogTurnStatus.waiting };
}
