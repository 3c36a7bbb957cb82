// "im in hospital for two weeks", in a review or after a reminder: kind words first, then the offer
// to pause reminders until that day. They start again by themselves then (src/usecases/reminderPause.ts).
// Paused in a review, the review waits for them; kept on, the question on screen is asked again.
// A question is no answer: "how long for?" had "OK. Your reminders stay on." (play-testing, December).
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { parseChoice, parseYesNo, type ChoiceOption } from '../src/domain/answers.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import type { AwayReason, TimeAway } from '../src/domain/reminderPauseWords.ts';
import { asksAsAQuestion, asksPlainly } from '../src/domain/intentGuards.ts';
import { stepQuestionAside } from '../src/domain/stepQuestionAsides.ts';
import { askAgainSimply } from '../src/messages/en/listening.ts';
import * as say from '../src/messages/en/reminderSwitch.ts';
import type { CoachServices } from '../src/services.ts';
import { pauseRemindersUntil } from '../src/usecases/reminderPause.ts';
import { reminderPauseStore } from '../src/scheduler/reminderPauseStore.ts';
import { askChoice, askText } from './prompts.ts';

export const REMINDER_PAUSE = 'reminderPauseOffer';

export interface PauseOfferOptions {
  reason: AwayReason;
  /** The day they are back (ISO), when said. */
  until: string | null;
  /** In a review: paused, the review ends and waits for them. */
  inReview?: boolean;
  /** Asked again after a question: the kind words were said already. */
  askedAgain?: boolean;
}

export function pauseOfferFor(away: TimeAway, inReview: boolean): PauseOfferOptions {
  return { reason: away.reason, until: away.until?.toISOString() ?? null, inReview };
}

const YES_NO: ChoiceOption<'yes' | 'no'>[] = [
  { value: 'yes', label: say.pauseYes, synonyms: ['yes', 'yeah', 'yep', 'ok', 'please', 'yes please', 'pause them', 'pause'] },
  { value: 'no', label: say.pauseNo, synonyms: ['no', 'nah', 'no thanks', 'keep them', 'keep them on', 'leave them'] },
];
const NO_DAY: ChoiceOption<'unsure' | 'no'>[] = [
  { value: 'unsure', label: say.pauseNotSure, synonyms: ['not sure', 'dunno', 'idk', 'no idea', 'dont know', 'i dont know'] },
  { value: 'no', label: say.pauseNo, synonyms: YES_NO[1]!.synonyms },
];

export class ReminderPauseOffer extends WaterfallDialog {
  constructor(private readonly services: CoachServices) {
    super(REMINDER_PAUSE, []);
    this.addStep(this.offer.bind(this));
    this.addStep(this.pauseOrKeep.bind(this));
  }

  private async offer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { reason, until, askedAgain } = step.options as PauseOfferOptions;
    const client = currentClient(step.context);
    if (!client) return step.endDialog();
    await step.context.sendActivity(askedAgain ? askAgainSimply : say.timeAwayHeard[reason]);
    if (!until) return askText(step, say.offerPauseNoDay, [say.pauseNotSure, say.pauseNo]);
    const day = formatDueDate(new Date(until), client.timeZone, { now: this.services.clock.now() });
    return askChoice(step, say.offerPauseUntil(day), YES_NO);
  }

  private async pauseOrKeep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as PauseOfferOptions;
    const client = currentClient(step.context)!;
    const now = this.services.clock.now();
    const said = String(step.result ?? '').trim();
    const until = options.until ? (said === 'yes' ? new Date(options.until) : undefined) : this.dayFrom(said, client.timeZone);
    const saidNo = parseChoice(said, NO_DAY, { byPosition: false }) === 'no';
    if (until === undefined && !saidNo && isAQuestion(said)) return step.replaceDialog(REMINDER_PAUSE, { ...options, askedAgain: true } satisfies PauseOfferOptions);
    if (until === undefined) {
      await step.context.sendActivity(say.remindersKeptOn);
      return step.endDialog({ paused: false });
    }
    const done = await pauseRemindersUntil({ clock: this.services.clock, pauses: reminderPauseStore(this.services.db) }, { client, until });
    if (done === 'no-consent') {
      await step.context.sendActivity(say.remindersNeedConsent);
      return step.endDialog({ paused: false });
    }
    await step.context.sendActivity(until ? say.pausedUntil(formatDueDate(until, client.timeZone, { now })) : say.pausedNoDay);
    if (!options.inReview) return step.endDialog({ paused: true });
    await step.context.sendActivity(say.reviewWhenBack);
    return step.cancelAllDialogs();
  }

  /** With no day offered: a day said, "not sure" or "yes" (paused with no day), or kept on (undefined). */
  private dayFrom(said: string, timeZone: string): Date | null | undefined {
    const now = this.services.clock.now();
    const day = parseDueDate(said, { now, timeZone });
    if (day && day.getTime() > now.getTime()) return day;
    const choice = parseChoice(said, NO_DAY, { byPosition: false });
    if (choice === 'unsure' || (!choice && parseYesNo(said) === 'yes')) return null;
    return undefined;
  }
}

/** "how long for?", "when is my appointment": asked back, so neither a yes nor a no. */
function isAQuestion(said: string): boolean {
  return asksAsAQuestion(said) || asksPlainly(said) || stepQuestionAside(said) !== null;
}
