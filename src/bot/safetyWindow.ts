// The safety window: from a crisis message until the client chooses to carry on (or goes quiet
// for SAFETY_WINDOW_QUIET_HOURS), every message gets a supportive reply and never the next
// coaching question. Each message is added to the open escalation; worrying ones tell the adviser
// again. The escalation notes say what the bot did and when the window ended.
// The words and numbers follow the kind of risk (src/domain/safetyKind.ts), and the client hears
// that their adviser knows only when the escalation reached someone. "I am fine" taken back, and
// Carry on after it, are in safetyWindowFine.ts; the replies and notes in safetyWindowReplies.ts.
import { riskToSafety, saidLaterInTheWindow } from '../messages/en/escalationDetails.ts';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { RiskAssessment, RiskLevel } from '../domain/risk.ts';
import { readSafetyWindowReply, safetyWindowHasLapsed } from '../domain/safetyWindow.ts';
import { readWindowMessage } from '../domain/safetyCorrection.ts';
import { contactsFor, mergeSafetyKinds, safetyKindsOf } from '../domain/safetyKind.ts';
import { handoverNews } from '../domain/handoverNews.ts';
import type { Client } from '../db/clients.ts';
import { pauseReminders } from '../db/clientSafety.ts';
import { deliverFirstTime, escalationHasReachedSomeone, raiseEscalation } from '../escalation/raiseEscalation.ts';
import { addClientWordsAndNotify, addEscalationNote, addKindsSaidLater, notifyAdvisers } from '../escalation/escalationUpdates.ts';
import { keepClientTold } from '../escalation/clientTold.ts';
import {
  adviserAlreadyToldReply, adviserLabel, backAfterQuietAbuseWindow, backAfterQuietWindow, beforeWeGoBack, callNowFirst, carryOnLabel, correctionButtons,
  appointmentAskedWithTheWorry, feelingBetterReply, keptForThePlanReply, hedgedCorrectionReply, ifThatChanges, mustGoReply, noCallsReply, numbersLabel, okInTheWindowReply, safetyWindowHelp, stillHereReply,
  welcomeBackAfterCrisis,
} from '../messages/en/crisis.ts';
import { dangerNowFor, dangerToOf, harmAlreadyDone, needsCheckBeforeGoingBack, readSafeAnswer, saysMeansAtHand } from '../domain/imminentRisk.ts';
import { correctionHeardReply, handoverReply, safetyAgainReply, safetyReply } from '../messages/en/safetyReplies.ts';
import {
  backToTheSafeQuestion, helpBeforeTheSafeQuestion, mixUpHeardReply, okAgainInTheWindowReply, safeNowLabel,
} from '../messages/en/safetyWindowAnswers.ts';
import { botDidNotes, windowEndedNotes } from '../messages/en/escalationUpdates.ts';
import { ownAnswer, worryHeardReply } from './safetyWindowAnswers.ts';
import { replyPassedTo } from './replyToAdviser.ts';
import { liveEscalation } from './reopenedEscalation.ts';
import type { OpenWindow, WindowOutcome } from './safetyWindowReplies.ts';
import { SafetyWindowFine, takesItBack } from './safetyWindowFine.ts';
import { asksWhatTheAdviserDoes, saysItWasAMixUp, saysPlainlySafe, tapsSafeNow } from './safetyWindowWords.ts';
import { readWindowAsk } from './safetyWindowAsks.ts';
import { asksAboutAnAppointmentToo, howTakenBack } from './safetyWindowPlainTalk.ts';
import { keptForThePlan } from './safetyWindowHeldAnswer.ts';
import { expandShorthand } from '../domain/answers.ts';

export type { OpenWindow, WindowOutcome };

// Said to "Are you safe right now?", these answer nothing: it is asked again, in other words.
const UNCLEAR_TO_THE_QUESTION: ReadonlySet<string> = new Set(['other', 'lost', 'ok', 'unsure', 'feeling-better']);

export class SafetyWindow extends SafetyWindowFine {
  /** Danger that was now (or "No" to "Are you safe right now?") never lapses until they say they are safe: the question waits for them. */
  hasLapsed(window: OpenWindow): boolean {
    return !window.imminent && safetyWindowHasLapsed(window, this.services.clock.now(), this.services.config.SAFETY_WINDOW_QUIET_HOURS);
  }

  /**
   * A quiet window closes on the next message (or on the chat opening again); the adviser's notes
   * say so. The client is welcomed back with the numbers (after abuse, no helplines unasked) and
   * asked "How are you today?" before any coaching: that message is no answer to the question
   * under the window, and the next one answers the check-in (answerCheckIn). Worrying words are
   * answered as such at once, after the welcome; the question comes back after them.
   */
  async closeQuietly(context: TurnContext, window: OpenWindow, level: RiskLevel = 'none'): Promise<WindowOutcome> {
    if (!window.checkIn) await this.note(window, 'window-ended', windowEndedNotes.quiet(this.services.config.SAFETY_WINDOW_QUIET_HOURS));
    if (level === 'none') {
      await this.passOnReply(context, window);
      await this.checkIn(context, window);
      return { window: { ...window, checkIn: true, askedSafe: false, askedSafeLast: false, lastMessageAt: this.services.clock.now().toISOString() }, dialogs: 'skip' };
    }
    const kinds = this.kindsOf(window);
    await context.sendActivity(kinds.includes('abuse') ? backAfterQuietAbuseWindow : backAfterQuietWindow(contactsFor(kinds, this.services.config)));
    return { window: null, dialogs: 'reprompt' };
  }

  /**
   * A crisis message outside a window: the safety reply for its kind at once, reminders paused,
   * the adviser told, and then the truth about whether a person has it.
   */
  async open(context: TurnContext, client: Client | null, risk: RiskAssessment, text: string): Promise<OpenWindow> {
    const { config, clock } = this.services;
    const now = clock.now();
    const kinds = safetyKindsOf(risk.reasons);
    const dangerNow = dangerNowFor(kinds, text);
    const imminent = dangerNow !== null;
    const meansAtHand = dangerNow !== null && saysMeansAtHand(dangerNow, text);
    // The numbers go first: nothing the adviser side does may hold them up.
    const first = safetyReply(kinds, contactsFor(kinds, config));
    await this.reply(context, dangerNow ? `${callNowFirst(dangerNow, harmAlreadyDone(text))}\n${first}` : first, client ? undefined : 'no-details');
    const checkBeforeBack = kinds[0] === 'self' && needsCheckBeforeGoingBack(risk.reasons, text);
    const window: OpenWindow = {
      kind: 'crisis', startedAt: now.toISOString(), lastMessageAt: now.toISOString(), kinds,
      ...(imminent ? { imminent, askedSafe: true, askedSafeLast: true, ...(harmAlreadyDone(text) ? { harmDone: harmAlreadyDone(text)! } : {}) } : {}), ...(meansAtHand ? { meansAtHand } : {}), ...(checkBeforeBack ? { checkBeforeBack } : {}),
    };
    if (!client) {
      await this.reply(context, handoverReply(handoverNews(config, now, 'no-details'), kinds), 'no-details');
      if (imminent) await this.askIfSafe(context, window);
      return window;
    }
    await pauseReminders(this.services.db, client.id, now);
    const { escalation, created } = await raiseEscalation(this.services, {
      clientId: client.id,
      trigger: 'crisis',
      detail: riskToSafety(risk.reasons),
      safetyKinds: kinds,
      deliverNow: false,
    });
    window.escalationId = escalation.id;
    const abuse = kinds.includes('abuse');
    if (created) {
      await addEscalationNote(this.services, escalation.id, 'client-said', text);
      await addEscalationNote(this.services, escalation.id, 'bot-did', botDidNotes.contactsShown);
      await addEscalationNote(this.services, escalation.id, 'bot-did', botDidNotes.remindersPaused);
      // The card goes out now: it says what the client reads if it reaches someone, and is put right if not.
      await keepClientTold(this.services, escalation.id, 'told', abuse);
      window.adviserTold = await deliverFirstTime(this.services, escalation.id);
    } else {
      await addClientWordsAndNotify(this.services, escalation.id, text, replyPassedTo(context));
      window.adviserTold = await escalationHasReachedSomeone(this.services, escalation.id);
    }
    if (!created || !window.adviserTold) await keepClientTold(this.services, escalation.id, window.adviserTold ? 'told' : 'not-reached', abuse);
    await this.reply(context, handoverReply(handoverNews(config, clock.now(), window.adviserTold ? 'told' : 'not-reached'), kinds));
    if (!imminent && asksAboutAnAppointmentToo(text)) await this.reply(context, appointmentAskedWithTheWorry);
    if (imminent) await this.askIfSafe(context, window);
    return window;
  }

  /** The chat opened again while the window is open: the window's words and buttons again. */
  async stillOpen(context: TurnContext, window: OpenWindow): Promise<void> {
    if (window.checkIn) return this.checkIn(context, window);
    if (window.askedSafe) return this.askIfSafe(context, window);
    const reach = await this.adviserReach(window);
    await this.reply(context, stillHereReply(reach), reach);
  }

  /** A message while the window is open. */
  async continue(context: TurnContext, open: OpenWindow, risk: RiskAssessment, text: string, atAGoalOrStep = false): Promise<WindowOutcome> {
    const { config, clock } = this.services;
    // "i was talking about the course", "i meant the film": a mix-up put right, heard as a correction.
    const read = readWindowMessage(text, risk.level);
    const mixUp = (read === 'other' || read === 'correction') && saysItWasAMixUp(text, risk.level);
    const said = mixUp ? 'correction' : read;
    // An adviser may have closed the escalation while the client is still here: worrying words raise it again.
    const worrying = risk.level !== 'none' || said === 'intent' || (open.askedSafe === true && readSafeAnswer(text) === 'not-safe') || takesItBack(open, text);
    const window = worrying ? await liveEscalation(this.services, open) : open;
    const reach = await this.adviserReach(window);
    // Danger that was now keeps the window open past the quiet hours: a day later they are welcomed back first.
    const backAfterQuiet = window.askedSafe === true && safetyWindowHasLapsed(window, clock.now(), config.SAFETY_WINDOW_QUIET_HOURS);
    const kept: OpenWindow = { ...window, lastMessageAt: clock.now().toISOString(), adviserTold: reach === 'told' || undefined, askedSafeLast: undefined, checkIn: undefined, okLast: undefined, planCheck: undefined };
    // "can you call me", "will my adviser be told", "i dont have credit": questions of their own (safetyWindowAsks.ts).
    const asked = readWindowAsk(text, readSafetyWindowReply(text, { 'carry-on': carryOnLabel, numbers: numbersLabel, adviser: adviserLabel }), risk.level, said);
    // A reply to the adviser's own message reaches them; worrying words reach them below, as an update.
    if (risk.level === 'none' && said !== 'intent') await this.passOnReply(context, window, asked);

    if (asked === 'must-go' || asked === 'no-calls') {
      // Someone may be watching: a short answer, whatever else the words hold; the adviser still hears.
      if (risk.level === 'crisis') kept.kinds = mergeSafetyKinds(this.kindsOf(window), safetyKindsOf(risk.reasons));
      if (window.escalationId && (risk.level !== 'none' || asked === 'no-calls')) await addClientWordsAndNotify(this.services, window.escalationId, text, replyPassedTo(context));
      else await this.note(window, 'client-said', text);
      if (asked === 'no-calls') await this.note(window, 'bot-did', botDidNotes.noCalls);
      await context.sendActivity(asked === 'must-go' ? mustGoReply : noCallsReply(reach));
      return { window: kept, dialogs: 'skip' };
    }
    // The day after, "How are you today?" waits: "good thanks" or "not great" answers it, not the coaching question.
    const checkedIn = window.checkIn ? await this.answerCheckIn(context, kept, text, risk.level, said, asked) : null;
    if (checkedIn) return checkedIn;
    // "Not yet" to "Are you sure you want to go back to your plan now?" is that answer, not a delay.
    const planChecked = window.planCheck && risk.level !== 'crisis' ? await this.answerPlanCheck(context, window, kept, text, reach) : null;
    if (planChecked) return planChecked;
    if (risk.level === 'crisis' || said === 'intent') {
      // "I mean it" after a crisis message is a crisis, whatever the words alone would say.
      const now = risk.level === 'crisis' ? safetyKindsOf(risk.reasons) : this.kindsOf(window);
      kept.kinds = mergeSafetyKinds(this.kindsOf(window), now);
      if (window.escalationId) await addClientWordsAndNotify(this.services, window.escalationId, text, replyPassedTo(context));
      // A new kind of risk ("and he hits me when hes drunk" after a wish to die) is in the headline too, not only the notes.
      if (window.escalationId && kept.kinds.length > this.kindsOf(window).length) await addKindsSaidLater(this.services, window.escalationId, saidLaterInTheWindow(risk.reasons), kept.kinds);
      // Every kind said in the window keeps its numbers: "hes gone out now" after abuse had lost the abuse line.
      const again = safetyAgainReply(kept.kinds, contactsFor(kept.kinds, config), reach);
      // Danger that is now, said after the first reply ("ive got the pills in front of me"), is heard as now.
      const dangerNow = dangerNowFor(kept.kinds, text);
      const imminentNow = dangerNow !== null;
      await this.reply(context, dangerNow ? `${callNowFirst(dangerNow, harmAlreadyDone(text))}\n${again}` : again, reach);
      await this.note(window, 'bot-did', botDidNotes.contactsShownAgain);
      if (risk.level === 'crisis' && needsCheckBeforeGoingBack(risk.reasons, text)) kept.checkBeforeBack = true;
      // Worse again after "I am fine": Carry on asks once if they are sure.
      if (window.fineSaid) Object.assign(kept, { fineSaid: undefined, tookBackFine: true });
      if (!imminentNow) return { window: kept, dialogs: 'skip' };
      await this.askIfSafe(context, kept);
      return { window: { ...kept, imminent: true, askedSafe: true, askedSafeLast: true, ...(saysMeansAtHand(dangerNow, text) ? { meansAtHand: true } : {}) }, dialogs: 'skip' };
    }
    // "its not me its my daughter": the reply took someone else's risk as theirs.
    if (asked === 'not-me') return this.someoneElses(context, kept, text, reach);
    // "actually no im not ok" after "I am fine", the answer to "Are you sure...?", "I am safe" again (safetyWindowFine.ts).
    const fine = await this.heardAboutFine(context, window, kept, text, risk.level, said, reach);
    if (fine) return fine;
    if (window.askedSafe) {
      // A plain "ok", "yeah" or "im fine now honestly" just after the question is a yes (play-testing, December).
      const answer = readSafeAnswer(text) ?? (window.askedSafeLast && saysPlainlySafe(text) ? 'safe' : null);
      if (answer) return this.heardSafeAnswer(context, kept, answer, text, reach);
      // Anything unclear is asked again gently, in other words, not the same line again.
      if (said === 'other' && UNCLEAR_TO_THE_QUESTION.has(asked) && !asksWhatTheAdviserDoes(text)) {
        // Kept on the escalation like any message ("yes but i feel worthless" had reached nobody); a worry tells the adviser.
        if (window.escalationId && risk.level !== 'none') await addClientWordsAndNotify(this.services, window.escalationId, text, replyPassedTo(context));
        else await this.note(window, 'client-said', text);
        // "hi" a day later had got "Let me ask it another way." with no welcome: welcomed, and the question as it was.
        return backAfterQuiet ? this.safeFirst(context, kept, backToTheSafeQuestion) : this.askAnotherWay(context, kept);
      }
    } else if (tapsSafeNow(text, safeNowLabel(dangerToOf(this.kindsOf(window))), window.imminent === true)) {
      // "I am safe now", tapped under the reply to "No" (or typed later): heard, and coaching may come back.
      return this.heardSafeAnswer(context, kept, 'safe', text, reach);
    }
    if (said === 'hedged') {
      // "im not going to do anything stupid... probably": mixed feelings, not a correction.
      if (window.escalationId) await addClientWordsAndNotify(this.services, window.escalationId, text, replyPassedTo(context));
      await context.sendActivity(hedgedCorrectionReply);
      await this.askIfSafe(context, kept);
      return { window: { ...kept, askedSafe: true, askedSafeLast: true }, dialogs: 'skip' };
    }
    // "jk", "it was a joke", "eh? im going to majorca lol": heard as a correction when nothing worrying is in it.
    if (said === 'correction' || (asked === 'not-serious' && risk.level === 'none')) {
      // Heard and believed; the adviser still sees it, and the escalation stays open.
      if (window.escalationId) await addClientWordsAndNotify(this.services, window.escalationId, text, replyPassedTo(context));
      await this.note(window, 'bot-did', botDidNotes.correctionHeard);
      const heard = mixUp ? mixUpHeardReply(this.kindsOf(window), reach) : correctionHeardReply(this.kindsOf(window), reach, howTakenBack(expandShorthand(text)));
      await context.sendActivity(MessageFactory.suggestedActions(correctionButtons, heard));
      return { window: kept, dialogs: 'skip' };
    }
    if (risk.level !== 'none') {
      // Worrying words go to the adviser; "i dont want to talk to anyone" still gets its own answer, "is there a number i can give him" the numbers.
      if (window.escalationId) await addClientWordsAndNotify(this.services, window.escalationId, text, replyPassedTo(context));
      const numbers = asked === 'numbers' ? this.numbersFor(window) : null;
      const own = numbers ? null : ownAnswer(asked, this.facts(window, reach, asked), text);
      if (own) return this.answerOwn(context, window, kept, asked, own, text, reach, true);
      await this.reply(context, numbers ?? worryHeardReply(text, reach), reach);
      return numbers ? this.numbersThenSafe(context, kept) : { window: kept, dialogs: 'skip' };
    }
    if (asked !== 'carry-on' && asked !== 'cancel') await this.note(window, 'client-said', text);
    if (asked === 'ok') {
      // "ok", "ok", "ok": the same three lines each time read as a machine; the second is shorter.
      await this.reply(context, window.okLast ? okAgainInTheWindowReply : okInTheWindowReply(reach), reach);
      return { window: { ...kept, okLast: true }, dialogs: 'skip' };
    }
    const own = ownAnswer(asked, this.facts(window, reach, asked), text);
    if (own) return this.answerOwn(context, window, kept, asked, own, text, reach, false);
    switch (asked) {
      case 'carry-on':
        if (window.imminent) return this.safeFirst(context, kept, beforeWeGoBack);
        // "I am fine" taken back: asked once if they are sure. Otherwise their choice is kept.
        return window.tookBackFine ? this.askPlanCheck(context, kept) : this.backToThePlan(context, window);
      case 'cancel':
        // "cancel" after danger now, or a plan, a way or intent ("gonna kms"), is not yet safe to leave: asked first.
        if (window.imminent || window.checkBeforeBack) return this.safeFirst(context, kept);
        // "I am fine" taken back and then "cancel": asked once if they are sure, as Carry on is.
        if (window.tookBackFine) return this.askPlanCheck(context, kept);
        await this.note(window, 'window-ended', windowEndedNotes.cancelled);
        return { window: null, dialogs: 'run' };
      case 'numbers':
        await this.reply(context, this.numbersFor(window), reach);
        await this.note(window, 'bot-did', botDidNotes.contactsShownAgain);
        return this.numbersThenSafe(context, kept);
      case 'adviser':
        await this.note(window, 'bot-did', botDidNotes.adviserAskedAgain);
        if (window.escalationId) await notifyAdvisers(this.services, window.escalationId, text, replyPassedTo(context));
        await this.reply(context, adviserAlreadyToldReply(reach), reach);
        break;
      case 'help':
        await this.reply(context, window.askedSafe ? helpBeforeTheSafeQuestion(contactsFor(this.kindsOf(window), config)) : safetyWindowHelp(reach, contactsFor(this.kindsOf(window), config)), reach);
        await this.note(window, 'bot-did', botDidNotes.contactsShownAgain);
        return this.numbersThenSafe(context, kept);
      case 'feeling-better':
        await context.sendActivity(MessageFactory.suggestedActions(correctionButtons, feelingBetterReply));
        return { window: { ...kept, fineSaid: { checkBeforeBack: kept.checkBeforeBack } }, dialogs: 'skip' };
      default:
        // Danger that was now, not yet answered (a day later, "hi"): the question again, not "I am here".
        if (window.imminent) return this.safeFirst(context, kept);
        if (keptForThePlan(text, atAGoalOrStep)) {
          await this.reply(context, keptForThePlanReply, reach);
          return { window: { ...kept, heldAnswer: text }, dialogs: 'skip' };
        }
        await this.reply(context, stillHereReply(reach), reach);
    }
    return { window: kept, dialogs: 'skip' };
  }
}
