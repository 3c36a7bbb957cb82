// Onboarding: says plainly that this is a bot, what it keeps and who sees it, and asks for
// consent. Nothing about the client is stored until they say yes.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { channelTimeZone } from '../src/bot/clientContext.ts';
import { userKeyOf } from '../src/bot/userKey.ts';
import { ClientRepository } from '../src/db/clients.ts';
import type { ChoiceOption } from '../src/domain/answers.ts';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';
import { consentDeclined, consentExplanation, consentQuestion, consentThanks } from './messages/onboarding.ts';
import { askChoice } from './prompts.ts';

const FLOW = 'onboardingFlow';
const consentChoices: ChoiceOption<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes, that is OK', synonyms: ['yes', 'y', 'ok', 'okay', 'sure', 'fine', 'i agree', 'agree', 'yeah', 'yep'] },
  { value: 'no', label: 'No thanks', synonyms: ['no', 'n', 'nope', 'no thank you', 'i do not agree', 'dont', 'not ok'] },
];

export class OnboardingDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.onboarding);
    this.addDialog(new WaterfallDialog(FLOW, [this.askConsent.bind(this), this.recordConsent.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async askConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(consentExplanation);
    return askChoice(step, consentQuestion, consentChoices);
  }

  private async recordConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'yes') {
      await step.context.sendActivity(consentDeclined);
      return step.endDialog({ consented: false });
    }
    const activity = step.context.activity;
    const now = this.services.clock.now();
    await new ClientRepository(this.services.db).createWithConsent({
      userKey: userKeyOf(activity),
      channelId: activity.channelId,
      displayName: activity.from?.name ?? null,
      aadObjectId: activity.from?.aadObjectId ?? null,
      timeZone: channelTimeZone(step.context) ?? this.services.config.DEFAULT_TIME_ZONE,
      consentVersion: this.services.config.CONSENT_VERSION,
      consentedAt: now,
    });
    await step.context.sendActivity(consentThanks);
    return step.endDialog({ consented: true });
  }
}
