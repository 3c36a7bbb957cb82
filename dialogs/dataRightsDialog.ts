// The client's data rights by chat: "show my data" (a summary and the whole export as a JSON
// file), "delete my data" (asked twice, then everything goes) and "stop consent".
// The main dialog starts it from its interruptions with beginDataRights().
import { ActivityTypes, type Attachment, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { format } from 'date-fns';
import { userKeyOf } from '../src/bot/userKey.ts';
import { requestBotStateSweep } from '../src/bot/erasureAfterTurn.ts';
import type { DataRightsCommand } from '../src/bot/dataRightsCommands.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { exportFiles, type DataExport, type ExportedRow } from '../src/privacy/dataExport.ts';
import { eraseMyData, exportMyData, withdrawMyConsent, type Asker } from '../src/usecases/dataRights.ts';
import { dataRightsDeps } from '../src/usecases/wiring.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from '../src/messages/en/dataRights.ts';
import { askChoice, createChoicePrompt } from './prompts.ts';

export const DATA_RIGHTS_DIALOG = 'dataRights';
const FLOW = 'dataRightsFlow';

interface DataRightsOptions {
  command: DataRightsCommand;
}

/**
 * For the main dialog's interruptions. Afterwards the client is back where they were (the last
 * question is asked again), unless they deleted everything: then the conversation starts afresh.
 */
export function beginDataRights(innerDc: DialogContext, command: DataRightsCommand): Promise<DialogTurnResult> {
  return innerDc.beginDialog(DATA_RIGHTS_DIALOG, { command } satisfies DataRightsOptions);
}

export class DataRightsDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DATA_RIGHTS_DIALOG);
    this.addDialog(createChoicePrompt());
    this.addDialog(new WaterfallDialog(FLOW, [this.start.bind(this), this.confirmAgain.bind(this), this.erase.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { command } = step.options as DataRightsOptions;
    if (command === 'show-data') {
      await this.sendExport(step.context);
      return step.endDialog();
    }
    if (command === 'withdraw-consent') {
      await this.withdraw(step.context);
      return step.endDialog();
    }
    return askChoice(step, say.deleteFirstQuestion, say.deleteFirstChoices);
  }

  private async confirmAgain(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'yes') {
      await step.context.sendActivity(say.deleteCancelled);
      return step.endDialog();
    }
    return askChoice(step, say.deleteSecondQuestion, say.deleteSecondChoices);
  }

  private async erase(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'yes') {
      await step.context.sendActivity(say.deleteCancelled);
      return step.endDialog();
    }
    const who = await eraseMyData(dataRightsDeps(this.services), asker(step.context));
    requestBotStateSweep(step.context, who);
    await step.context.sendActivity(say.deleteGoodbye);
    // Nothing of theirs is left to continue with: the next message starts afresh.
    await step.parent?.cancelAllDialogs();
    return { status: DialogTurnStatus.complete };
  }

  private async sendExport(context: TurnContext): Promise<void> {
    const { who, data } = await exportMyData(dataRightsDeps(this.services), asker(context));
    if (Object.keys(data.tables).length === 0) {
      await context.sendActivity(say.nothingKeptAtAll);
      return;
    }
    const files = exportFiles(data);
    const summary = who.clientId
      ? [say.dataSummaryIntro, ...say.dataSummaryLines(factsFrom(data)), files.length > 1 ? say.dataFileTooBigNote : say.dataFileNote]
      : [say.nothingKept, say.dataFileNote];
    const [first, ...rest] = files;
    await context.sendActivity({ type: ActivityTypes.Message, text: summary.join('\n'), attachments: [asAttachment(first!)] });
    for (const file of rest) await context.sendActivity({ type: ActivityTypes.Message, attachments: [asAttachment(file)] });
  }

  private async withdraw(context: TurnContext): Promise<void> {
    const outcome = await withdrawMyConsent(dataRightsDeps(this.services), asker(context));
    const reply = { 'nothing-kept': say.nothingKeptAtAll, 'already-withdrawn': say.consentAlreadyWithdrawn, withdrawn: say.consentWithdrawn }[outcome];
    await context.sendActivity(reply);
  }
}

function asker(context: TurnContext): Asker {
  return { userKey: userKeyOf(context.activity), conversationId: context.activity.conversation?.id };
}

function asAttachment(file: { name: string; json: string }): Attachment {
  return {
    contentType: 'application/json',
    name: file.name,
    contentUrl: `data:application/json;base64,${Buffer.from(file.json, 'utf8').toString('base64')}`,
  };
}

function factsFrom(data: DataExport): say.DataSummaryFacts {
  const rows = (model: keyof DataExport['tables']): ExportedRow[] => data.tables[model] ?? [];
  const client = rows('Client')[0] ?? {};
  const day = (value: unknown) => (typeof value === 'string' ? format(new Date(value), 'd MMMM yyyy') : null);
  return {
    name: typeof client.displayName === 'string' && client.displayName ? escapeMarkdown(client.displayName) : null,
    consentedOn: day(client.consentedAt),
    withdrawnOn: day(client.consentWithdrawnAt),
    hasProfile: rows('VocationalProfile').length > 0,
    planVersions: rows('Plan').length,
    goals: rows('Goal').length,
    steps: rows('ActionItem').length,
    reviews: rows('Review').length,
    reminders: rows('Reminder').length,
    adviserMessages: rows('Escalation').length,
    saidToMe: rows('ClientMessage').length,
    checkIns: rows('ConfidenceRating').length + rows('LocusResult').length,
  };
}
