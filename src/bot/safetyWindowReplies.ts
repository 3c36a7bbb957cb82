// The safety window's parts (safetyWindow.ts holds its flow): its state, the way it replies and
// keeps notes, "Are you safe right now?" and its answers, and the check-in the day after a window
// went quiet ("Welcome back... How are you today?").
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { RiskLevel } from '../domain/risk.ts';
import type { SafetyWindowState } from '../domain/safetyWindow.ts';
import { ANSWERED_BEFORE_THE_SAFE_QUESTION, type WindowAsk } from './safetyWindowAsks.ts';
import type { WindowMessage } from '../domain/safetyCorrection.ts';
import { contactsFor, type SafetyKind } from '../domain/safetyKind.ts';
import { handoverNews, type AdviserReach } from '../domain/handoverNews.ts';
import { dangerToOf, type HarmDone } from '../domain/imminentRisk.ts';
import { addClientWordsAndNotify, addEscalationNote, notifyAdvisers } from '../escalation/escalationUpdates.ts';
import { escalationHasReachedSomeone } from '../escalation/raiseEscalation.ts';
import type { CoachServices } from '../services.ts';
import { adviserLabel, areYouSafeQuestion, correctionButtons, notSafeReply, numbersAgainReply, numbersLabel, safeHeardReply, safeQuestionButtons, safetyWindowButtons } from '../messages/en/crisis.ts';

// The window's own buttons and words for them: a tap is no reply to the adviser's message.
const WINDOW_TAPS: ReadonlySet<string> = new Set(['carry-on', 'numbers', 'adviser', 'cancel', 'must-go']);
const tapsOf = (labels: readonly string[]): ReadonlySet<string> => new Set(labels.map(tapKey));
import { someoneElseHeardReply } from '../messages/en/safetyReplies.ts';
import { botDidNotes } from '../messages/en/escalationUpdates.ts';
import {
  backAfterQuietAbuseCheckIn, backAfterQuietCheckIn, checkInGladReply, checkInHardReply, checkInLabels, checkInThanksReply, numbersBeforeTheSafeQuestion, planCheckLabels, safeAskedAnotherWay, safeNowLabel, safetyWindowNotes,
} from '../messages/en/safetyWindowAnswers.ts';
import { readHowTheyAre } from './safetyWindowWords.ts';
import { passReplyToAdviser, replyPassedTo } from './replyToAdviser.ts';
import { currentClient, rememberClient } from './clientContext.ts';
import { turnClient } from './turnLookups.ts';
import { tapKey } from '../domain/clientWords.ts';
import type { WindowFacts } from './safetyWindowAnswers.ts';

export type OpenWindow = SafetyWindowState & {
  escalationId?: string;
  /** The kinds of risk said in this window, the first one leading (none kept by older versions: 'self'). */
  kinds?: SafetyKind[];
  /** True once the escalation is known to have reached a person (or a retry will). */
  adviserTold?: boolean;
  /** "Are you safe right now?" is waiting for its answer. */
  askedSafe?: boolean;
  /** That question was the last thing said: a plain "ok" or "yeah" answers it. */
  askedSafeLast?: boolean;
  /** The danger was now (imminentRisk.ts), or they said they were not safe: coaching comes back only after "I am safe". */
  imminent?: boolean;
  /** With that danger, the means were said ("the tablets are out"): "I am safe" asks them to put them away. */
  meansAtHand?: boolean;
  /** Pills taken or a cut that will not stop bleeding: "I am safe" still gets 999 or A&E. */ harmDone?: HarmDone;
  /** A plan, a way, intent or a day was said: going back to coaching says first what to do if that changes. */
  checkBeforeBack?: boolean;
  /** The window went quiet and "How are you today?" waits: the next message answers it, not the coaching question. */
  checkIn?: boolean;
  /** The last message was a bare "ok" and had its answer: another gets a shorter one. */
  okLast?: boolean;
  /** They said they were fine or safe: what that let go, so taking it back can put it back. */
  fineSaid?: { askedSafe?: boolean; imminent?: boolean; meansAtHand?: boolean; checkBeforeBack?: boolean; harmDone?: HarmDone };
  /** An answer to the coaching question typed in the window: given to it after Carry on (safetyWindowHeldAnswer.ts). */
  heldAnswer?: string;
  /** They took back "I am fine": Carry on asks once if they are sure. */
  tookBackFine?: boolean;
  /** "Are you sure you want to go back to your plan now?" waits. */
  planCheck?: boolean;
};

/** What the rest of the turn does after the window had its say. */
export type WindowOutcome = { window: OpenWindow | null; dialogs: 'skip' | 'reprompt' | 'run' };

export class SafetyWindowReplies {
  constructor(protected readonly services: CoachServices) {}

  protected async safeFirst(context: TurnContext, kept: OpenWindow, first?: string): Promise<WindowOutcome> {
    if (first) await context.sendActivity(first);
    await this.askIfSafe(context, kept);
    return { window: { ...kept, askedSafe: true, askedSafeLast: true }, dialogs: 'skip' };
  }

  /**
   * The numbers while "Are you safe right now?" waits end with that question again (play-testing:
   * "what number do i ring" had left it off the screen). It is not the last thing asked of them in
   * the same way, though: a bare "ok" after the numbers may only mean "ok, I have them", so it is
   * no yes to being safe (askedSafeLast stays off) and the question is asked another way.
   */
  protected async numbersThenSafe(context: TurnContext, kept: OpenWindow): Promise<WindowOutcome> {
    if (kept.askedSafe) await this.askIfSafe(context, kept);
    return { window: { ...kept, askedSafeLast: undefined }, dialogs: 'skip' };
  }

  /**
   * "message Tom: can i ring you at 10?" and then "yes ok" in the window: the adviser gets it, as
   * anywhere else, and the window still answers (play-testing as advisers: it had never reached
   * them, the dialogs that pass replies on being held back). A tap on a button on screen is no reply.
   */
  protected async passOnReply(context: TurnContext, window: OpenWindow, asked?: WindowAsk): Promise<void> {
    if ((asked && WINDOW_TAPS.has(asked)) || context.activity?.type !== 'message' || !context.activity.text) return;
    const key = tapKey(context.activity.text);
    const onScreen = [...safetyWindowButtons, ...(window.planCheck ? planCheckLabels : []), ...(window.askedSafe ? [...safeQuestionButtons('self'), ...safeQuestionButtons('others'), safeNowLabel('self'), safeNowLabel('others')] : [])];
    if (tapsOf(window.checkIn ? [...onScreen, ...checkInLabels] : onScreen).has(key)) return;
    // The risk check runs before the turn's client is set (clientContext.ts): set it as that will.
    if (!currentClient(context)) rememberClient(context, await turnClient(context, this.services.db));
    await passReplyToAdviser(context, this.services);
  }

  protected async askIfSafe(context: TurnContext, window: OpenWindow): Promise<void> {
    const to = dangerToOf(this.kindsOf(window));
    await context.sendActivity(MessageFactory.suggestedActions(safeQuestionButtons(to), areYouSafeQuestion(to)));
  }

  /** Something unclear to "Are you safe right now?": asked again gently, in other words. */
  protected async askAnotherWay(context: TurnContext, kept: OpenWindow): Promise<WindowOutcome> {
    const to = dangerToOf(this.kindsOf(kept));
    await context.sendActivity(MessageFactory.suggestedActions(safeQuestionButtons(to), safeAskedAnotherWay(to)));
    return { window: { ...kept, askedSafe: true, askedSafeLast: true }, dialogs: 'skip' };
  }

  /**
   * "I am safe" (or a plain "ok" to the question) lets coaching come back when they choose; "no"
   * gets 999 first, tells the adviser again, and offers no Carry on: the numbers, the adviser, or
   * "I am safe now". Until they say so, Carry on asks the question again.
   */
  protected async heardSafeAnswer(context: TurnContext, kept: OpenWindow, answer: 'safe' | 'not-safe', text: string, reach: AdviserReach): Promise<WindowOutcome> {
    if (kept.escalationId) await addClientWordsAndNotify(this.services, kept.escalationId, text, replyPassedTo(context));
    const to = dangerToOf(this.kindsOf(kept));
    if (answer === 'safe') {
      const putAway = Boolean(kept.imminent && kept.meansAtHand);
      await context.sendActivity(MessageFactory.suggestedActions(correctionButtons, safeHeardReply(to, putAway, kept.harmDone ?? null)));
      const fineSaid = { askedSafe: true, imminent: kept.imminent, meansAtHand: kept.meansAtHand, checkBeforeBack: kept.checkBeforeBack, harmDone: kept.harmDone };
      return { window: { ...kept, askedSafe: false, imminent: false, meansAtHand: false, checkBeforeBack: false, fineSaid }, dialogs: 'skip' };
    }
    const buttons = [numbersLabel, ...(reach === 'no-details' ? [] : [adviserLabel]), safeNowLabel(to)];
    await context.sendActivity(MessageFactory.suggestedActions(buttons, notSafeReply(to, contactsFor(this.kindsOf(kept), this.services.config), reach)));
    await this.note(kept, 'bot-did', botDidNotes.contactsShownAgain);
    return { window: { ...kept, askedSafe: false, imminent: true }, dialogs: 'skip' };
  }

  /**
   * Someone else's risk, taken as theirs: their words and numbers from now on, the adviser told.
   * The danger asked about was the client's own, so that question and its hold on Carry on go.
   */
  protected async someoneElses(context: TurnContext, kept: OpenWindow, text: string, reach: AdviserReach): Promise<WindowOutcome> {
    if (kept.escalationId) await addClientWordsAndNotify(this.services, kept.escalationId, text, replyPassedTo(context));
    await this.note(kept, 'bot-did', safetyWindowNotes.someoneElseHeard);
    const kinds: SafetyKind[] = ['someone-else'];
    await this.reply(context, someoneElseHeardReply(contactsFor(kinds, this.services.config), reach), reach);
    return { window: { ...kept, kinds, askedSafe: false, imminent: false, meansAtHand: false, checkBeforeBack: false }, dialogs: 'skip' };
  }

  /** The day after: welcomed back and asked how they are, before any coaching (after abuse, no helplines unasked). */
  protected async checkIn(context: TurnContext, window: OpenWindow): Promise<void> {
    const kinds = this.kindsOf(window);
    const words = kinds.includes('abuse') ? backAfterQuietAbuseCheckIn : backAfterQuietCheckIn(contactsFor(kinds, this.services.config));
    await context.sendActivity(MessageFactory.suggestedActions(checkInLabels, words));
  }

  /**
   * The answer to "How are you today?": glad or thanked, and the question under the window comes
   * back; "not great" opens the window's company again. Null when the window should hear it as any
   * other message (risk, a correction, the numbers, the adviser, a question of its own).
   */
  protected async answerCheckIn(context: TurnContext, kept: OpenWindow, text: string, level: RiskLevel, said: WindowMessage, asked: WindowAsk): Promise<WindowOutcome | null> {
    if (level === 'crisis' || said !== 'other') return null;
    const how = level === 'concern' && asked === 'other' ? 'hard' : readHowTheyAre(text) ?? (asked === 'feeling-better' || asked === 'ok' ? 'good' : null);
    if (level === 'concern' && how !== 'hard') return null;
    if (how === 'hard') {
      // A worry ("i still feel hopeless") goes to the adviser, as any worry in the window does; "not great" is noted.
      const reach = await this.adviserReach(kept);
      if (level === 'concern' && kept.escalationId) await addClientWordsAndNotify(this.services, kept.escalationId, text, replyPassedTo(context));
      else await this.note(kept, 'client-said', text);
      await this.reply(context, checkInHardReply(reach, level === 'concern'), reach);
      return { window: { ...kept, checkIn: false }, dialogs: 'skip' };
    }
    if (how === null && !['other', 'lost', 'unsure', 'sorry', 'thanks'].includes(asked)) return null;
    await context.sendActivity(how === 'good' ? checkInGladReply : checkInThanksReply);
    return { window: null, dialogs: 'reprompt' };
  }

  /** What may be said; with `asked` answered before "Are you safe right now?", the answer leaves the asking to it. */
  protected facts(window: OpenWindow, reach: AdviserReach, asked?: WindowAsk): WindowFacts {
    const kinds = this.kindsOf(window);
    const safeNext = window.askedSafe === true && asked !== undefined && ANSWERED_BEFORE_THE_SAFE_QUESTION.has(asked);
    return { reach, news: handoverNews(this.services.config, this.services.clock.now(), reach), kinds, contacts: contactsFor(kinds, this.services.config), safeNext };
  }

  /** The numbers again; while "Are you safe right now?" waits, without "tap Carry on" (that question follows). */
  protected numbersFor(window: OpenWindow): string {
    const contacts = contactsFor(this.kindsOf(window), this.services.config);
    return window.askedSafe ? numbersBeforeTheSafeQuestion(contacts) : numbersAgainReply(contacts);
  }

  /**
   * A question with an answer of its own. "can you call me" and "i dont have credit" reach the
   * adviser too (notified: the words were sent already). While "Are you safe right now?" waits,
   * the answer comes first and that question after it (play-testing, round twelve).
   */
  protected async answerOwn(context: TurnContext, window: OpenWindow, kept: OpenWindow, asked: WindowAsk, own: string, text: string, reach: AdviserReach, notified: boolean): Promise<WindowOutcome> {
    if (asked === 'call-me' || asked === 'no-credit') {
      if (window.escalationId && !notified) await notifyAdvisers(this.services, window.escalationId, text, replyPassedTo(context));
      await this.note(window, 'bot-did', asked === 'call-me' ? safetyWindowNotes.askedForCall : safetyWindowNotes.noCredit);
    }
    await this.reply(context, own, reach);
    if (window.askedSafe && ANSWERED_BEFORE_THE_SAFE_QUESTION.has(asked)) return this.safeFirst(context, kept);
    return { window: kept, dialogs: 'skip' };
  }

  protected kindsOf(window: OpenWindow): SafetyKind[] {
    return window.kinds && window.kinds.length > 0 ? window.kinds : ['self'];
  }

  /** Told once the escalation reached someone; a window from an older version is looked up. */
  protected async adviserReach(window: OpenWindow): Promise<AdviserReach> {
    if (!window.escalationId) return 'no-details';
    if (window.adviserTold) return 'told';
    return (await escalationHasReachedSomeone(this.services, window.escalationId)) ? 'told' : 'not-reached';
  }

  /** With no details kept there is no adviser to ask: that button would only say so (play-testing). */
  protected async reply(context: TurnContext, text: string, reach?: AdviserReach): Promise<void> {
    const buttons = reach === 'no-details' ? safetyWindowButtons.filter((label) => label !== adviserLabel) : safetyWindowButtons;
    await context.sendActivity(MessageFactory.suggestedActions(buttons, text));
  }

  protected async note(window: OpenWindow, kind: 'client-said' | 'bot-did' | 'window-ended', text: string): Promise<void> {
    if (window.escalationId) await addEscalationNote(this.services, window.escalationId, kind, text);
  }
}
