// "I am fine" in the safety window, and what comes after it (play-testing as clients at risk):
// "actually no im not ok, i keep thinking about it" had got the stock lines, and one tap on Carry
// on went straight back to coaching. Taking it back is heard now: a reply of its own, "Are you safe
// right now?" again when the fine was the answer to it (or the numbers when it was not), the
// adviser gets the words, and Carry on asks once if they are sure. "I am safe" said again, after
// "I am glad you are safe", is heard as said. safetyWindow.ts holds the rest of the flow.
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { RiskLevel } from '../domain/risk.ts';
import type { WindowMessage } from '../domain/safetyCorrection.ts';
import type { AdviserReach } from '../domain/handoverNews.ts';
import { contactsFor } from '../domain/safetyKind.ts';
import { dangerToOf, readSafeAnswer } from '../domain/imminentRisk.ts';
import { addClientWordsAndNotify } from '../escalation/escalationUpdates.ts';
import { correctionButtons, ifThatChanges, welcomeBackAfterCrisis } from '../messages/en/crisis.ts';
import { fineTakenBackReply } from '../messages/en/safetyReplies.ts';
import { notYetReply, planCheckLabels, planCheckQuestion, safeAgainHeardReply, safeNowLabel, safetyWindowNotes } from '../messages/en/safetyWindowAnswers.ts';
import { windowEndedNotes } from '../messages/en/escalationUpdates.ts';
import { replyPassedTo } from './replyToAdviser.ts';
import { readPlanCheck, takesBackFine, tapsSafeNow } from './safetyWindowWords.ts';
import { SafetyWindowReplies, type OpenWindow, type WindowOutcome } from './safetyWindowReplies.ts';

/** Words that take back "I am fine", said with no question waiting for its answer. */
export function takesItBack(window: OpenWindow, text: string): boolean {
  return window.fineSaid !== undefined && !window.askedSafe && takesBackFine(text);
}

export class SafetyWindowFine extends SafetyWindowReplies {
  /**
   * A message about being fine: "I am fine" taken back, or "I am safe" said again. Null for anything else. Crisis words never come here (they are answered first).
   */
  protected async heardAboutFine(context: TurnContext, window: OpenWindow, kept: OpenWindow, text: string, level: RiskLevel, said: WindowMessage, reach: AdviserReach): Promise<WindowOutcome | null> {
    if (said === 'other' && takesItBack(window, text)) return this.fineTakenBack(context, window, kept, text, reach);
    const safeAgain = readSafeAnswer(text) === 'safe' || tapsSafeNow(text, safeNowLabel(dangerToOf(this.kindsOf(window))));
    if (window.fineSaid && !window.askedSafe && !window.imminent && level === 'none' && said === 'other' && safeAgain) {
      await this.note(window, 'client-said', text);
      await context.sendActivity(MessageFactory.suggestedActions(correctionButtons, safeAgainHeardReply));
      return { window: kept, dialogs: 'skip' };
    }
    return null;
  }

  /** The answer to "Are you sure you want to go back to your plan now?"; null for anything else. */
  protected async answerPlanCheck(context: TurnContext, window: OpenWindow, kept: OpenWindow, text: string, reach: AdviserReach): Promise<WindowOutcome | null> {
    const answer = readPlanCheck(text);
    if (answer === 'yes') return this.backToThePlan(context, window);
    if (answer !== 'not-yet') return null;
    await this.note(window, 'client-said', text);
    await this.reply(context, notYetReply, reach);
    return { window: kept, dialogs: 'skip' };
  }

  /** Carry on after "I am fine" was taken back: asked once if they are sure. */
  protected async askPlanCheck(context: TurnContext, kept: OpenWindow): Promise<WindowOutcome> {
    await this.note(kept, 'bot-did', safetyWindowNotes.planChecked);
    await context.sendActivity(MessageFactory.suggestedActions(planCheckLabels, planCheckQuestion));
    return { window: { ...kept, tookBackFine: false, planCheck: true }, dialogs: 'skip' };
  }

  /** Their choice is kept: the question they were on comes back (after a plan or a way, one line first). */
  protected async backToThePlan(context: TurnContext, window: OpenWindow): Promise<WindowOutcome> {
    await this.note(window, 'window-ended', windowEndedNotes.clientChose);
    await context.sendActivity(window.checkBeforeBack ? `${ifThatChanges}\n${welcomeBackAfterCrisis}` : welcomeBackAfterCrisis);
    if (!window.heldAnswer) return { window: null, dialogs: 'reprompt' };
    // The answer typed in the window answers the question waiting under it, as typed.
    context.activity.text = window.heldAnswer;
    return { window: null, dialogs: 'run' };
  }

  /**
   * "actually no im not ok": the adviser gets the words, and what "I am fine" let go comes back
   * (danger that was now holds Carry on again). The question again when the fine answered it;
   * otherwise the numbers. Carry on then asks once if they are sure.
   */
  private async fineTakenBack(context: TurnContext, window: OpenWindow, kept: OpenWindow, text: string, reach: AdviserReach): Promise<WindowOutcome> {
    const before = window.fineSaid ?? {};
    if (window.escalationId) await addClientWordsAndNotify(this.services, window.escalationId, text, replyPassedTo(context));
    await this.note(window, 'bot-did', safetyWindowNotes.fineTakenBack);
    const kinds = this.kindsOf(window);
    const back: OpenWindow = {
      ...kept, fineSaid: undefined, tookBackFine: true,
      ...(before.imminent ? { imminent: true } : {}), ...(before.meansAtHand ? { meansAtHand: true } : {}), ...(before.checkBeforeBack ? { checkBeforeBack: true } : {}),
    };
    const safeNext = before.askedSafe === true;
    await this.reply(context, fineTakenBackReply(kinds, contactsFor(kinds, this.services.config), reach, safeNext), reach);
    return safeNext ? this.safeFirst(context, back) : { window: back, dialogs: 'skip' };
  }
}
