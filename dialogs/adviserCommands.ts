// Commands for registered advisers (and "register adviser" for admins). CoachBot asks this
// first on every message; it answers advisers itself and turns away anyone else who tries an
// adviser command. An adviser only ever sees their own clients; leads may act on any escalation.
// Loose words ("show me sams plan", "who needs me today", "ack 5 6", "Sam") are read first
// (src/domain/adviserCommandWords.ts); what is still not understood is said so, then the help list.
import type { TurnContext } from 'botbuilder';
import { userKeyOf } from '../src/bot/userKey.ts';
import { AdviserRepository, type Adviser } from '../src/db/advisers.ts';
import { AuditLog } from '../src/db/audit.ts';
import { caseloadReply, noClientsYet } from '../src/messages/en/caseload.ts';
import { byAttention } from '../src/domain/caseloadAttention.ts';
import { caseloadOf, peopleMatching, setStyleOverride } from '../src/db/caseload.ts';
import { ReviewCadenceWork } from '../src/db/reviewCadence.ts';
import { pickClient } from '../src/escalation/caseloadNames.ts';
import { resumeReminders } from '../src/db/clientSafety.ts';
import { applyStyleOverride, DEFAULT_COACHING_STYLE, type StyleOverride } from '../src/domain/coachingStyle.ts';
import type { CoachServices } from '../src/services.ts';
import {
  adviserHelp,
  adviserStartButtons,
  adviserWelcome,
  howToReply,
  notUnderstoodHelp,
  partNotUnderstood,
  planButton,
  myCodeReply,
  notAdminReply,
  notAnAdviserReply,
  cadenceChoices,
  cadenceSet,
  colleagueCaseloadForLead,
  colleagueCaseloadReply,
  notHeardFrom,
  registerWho,
  registeredThem,
  registeredYou,
  remindersResumed,
  remindersWereNotPaused,
  severalClientsReply,
  severalMatch,
  styleChoices,
  styleReset,
  styleSet,
  unnamedAdviser,
  undoReply,
} from '../src/messages/en/adviser.ts';
import { turnAdviser } from '../src/bot/turnLookups.ts';
import { AdviserPlanCommands, PLAN_COMMANDS, type AdviserReply } from './adviserPlanCommands.ts';
import { closeNotReplyingOnceTheyWrite } from '../src/escalation/clientWroteAgain.ts';
import { changeReviewCadence } from '../src/usecases/reviewCadenceChange.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import { cadenceDaysIn, withCommandWordPutRight } from '../src/domain/adviserCommandTypos.ts';
import { withQuestionWordsPutRight } from '../src/domain/adviserQuestionSpellings.ts';
import { AdviserEscalationCommands } from './adviserEscalationCommands.ts';
import { withColonAfterName } from './adviserNameFirst.ts';
import { answerAdviserQuestion } from './adviserQuestions.ts';
import { answerAdviserAsk } from './adviserAsks.ts';
import { answerReviewDay } from './adviserReviewDay.ts';
import { withReachOfNameless } from '../src/escalation/namelessReach.ts';
import { askParts } from '../src/domain/adviserAskParts.ts';
import { readPronounAsk } from '../src/domain/adviserPronouns.ts';
import { answerPronounAsk } from './adviserPronoun.ts';
import { answerStepEdit } from './adviserStepEdit.ts';
import { addsInOneLine } from '../src/domain/adviserActionWords.ts';
import { readHowTo } from '../src/domain/adviserHowToWords.ts';
import { withShorthandCommand, withShorthandWordsSpelt } from '../src/domain/adviserShorthandWords.ts';
import { titledButtons, withButtons } from './adviserButtons.ts';
import { replyWithNoClient } from './adviserReplyWho.ts';
import { withDoneSaidAsDone } from './adviserDoneSaid.ts';
import { answerCardPress, cardsForChannel } from './adviserCardPress.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { clientNotFoundReply } from '../src/messages/en/adviserQuestions.ts';
import { readAdviserCommand, type AdviserCommandRead } from '../src/domain/adviserCommandWords.ts';
import { ADVISER_CADENCE_DAYS as CADENCES } from '../src/domain/reviewCadence.ts';

const PLAN_BUTTONS = 3;

// What only an adviser would type; anything else from a non-adviser goes to the client dialogs.
const ADVISER_ONLY = /^(caseload|escalations|(ack|acknowledge|resolve)\s+\S+|cadence\s+.+\s+\d+|style\s+.+\s+(warm|self-directed|reset))$/i;
const MY_CODE = /^(my\s+(invite\s+)?code|invite\s+code|code)$/i;
const STYLE_WORDS: Record<string, StyleOverride | null> = {
  warm: { wording: 'warm-guided', feedback: 'every-step', stretch: false },
  'self-directed': { wording: 'self-directed', feedback: 'milestones', stretch: true },
  reset: null,
};

export class AdviserCommands {
  private readonly escalationCommands: AdviserEscalationCommands;

  constructor(private readonly services: CoachServices) {
    this.escalationCommands = new AdviserEscalationCommands(services);
  }

  /** An adviser opening their personal chat is greeted as an adviser, never with client onboarding. */
  async welcome(context: TurnContext): Promise<boolean> {
    const adviser = await turnAdviser(context, this.services.db);
    if (!adviser) return false;
    await context.sendActivity(withButtons([adviserWelcome(adviser.name), adviserHelp(adviser.inviteCode)].join('\n\n'), titledButtons(adviserStartButtons)));
    return true;
  }

  /** True when this message was for the adviser side (answered here, dialogs skipped). */
  async handle(context: TurnContext): Promise<boolean> {
    // A card button pressed in Web Chat: its data, no words (it had gone to the client dialogs).
    if (await answerCardPress(this.services, context)) return true;
    const text = context.activity.type === 'message' ? context.activity.text?.trim().replace(/\s+/g, ' ') ?? '' : '';
    if (!text) return false;
    const adviser = await turnAdviser(context, this.services.db);
    const register = /^register\s+(me\s+as\s+)?(adviser|advisor|lead)\b\s*(.*)$/i.exec(text);
    if (register) {
      await context.sendActivity(await this.register(context, Boolean(register[1]), register[2]!.toLowerCase() === 'lead' ? 'lead' : 'adviser', register[3]!));
      return true;
    }
    if (!adviser) {
      if (!ADVISER_ONLY.test(text)) return false;
      await context.sendActivity(notAnAdviserReply);
      return true;
    }
    // Round eight: several asks in one line get an answer each, in order ("whos overdue and whos quiet").
    const parts = askParts(text).flatMap(addsInOneLine);
    const replies: AdviserReply[] = [];
    for (const [index, part] of parts.entries()) {
      // Round eleven: "... and msg her: well done" names no client; who "her" is, is not guessed.
      const pronoun = readPronounAsk(part);
      const reply = pronoun ? await answerPronounAsk(this.services, adviser, pronoun, parts[index - 1] ?? null) : await this.answer(adviser, part);
      // One part not understood is said so briefly; the help list is for a line not understood at all.
      const brief = parts.length > 1 && reply === notUnderstoodHelp(adviser.inviteCode) ? partNotUnderstood(escapeMarkdown(part)) : reply;
      // A client who gave no name is shown with how to reach them, whatever the answer.
      replies.push(await withReachOfNameless(this.services, adviser, brief));
    }
    await context.sendActivities(replies.map((reply) => (typeof reply === 'string' ? { type: 'message', text: reply } : cardsForChannel(context.activity.channelId, reply))));
    return true;
  }

  private isAdmin(context: TurnContext): boolean {
    const { from } = context.activity;
    const ids = [from?.id, from?.aadObjectId, userKeyOf(context.activity)].filter(Boolean);
    return this.services.config.ADMIN_USER_IDS.some((id) => ids.includes(id));
  }

  private async register(context: TurnContext, self: boolean, role: 'adviser' | 'lead', who: string): Promise<string> {
    if (!this.isAdmin(context)) return notAdminReply;
    const advisers = new AdviserRepository(this.services.db);
    if (self) {
      const name = context.activity.from?.name ?? unnamedAdviser;
      await advisers.register({ name, userKey: userKeyOf(context.activity), aadObjectId: context.activity.from?.aadObjectId ?? null, role });
      return registeredYou(name, role);
    }
    const mention = (context.activity.entities ?? []).find((entity) => entity.type === 'mention' && entity.mentioned?.id !== context.activity.recipient?.id);
    const target = mention?.mentioned?.id ? `${context.activity.channelId}:${mention.mentioned.id}` : who.replace(/<at>.*?<\/at>/g, '').trim();
    if (!target) return registerWho;
    const people = await peopleMatching(this.services.db, target);
    if (people.length === 0) return notHeardFrom(target);
    if (people.length > 1) return severalMatch(target, people.map((p) => p.userKey));
    const person = people[0]!;
    await advisers.register({ name: person.name, userKey: person.userKey, role });
    return registeredThem(person.name, role);
  }

  private async answer(adviser: Adviser, typed: string): Promise<AdviserReply> {
    const text = await withDoneSaidAsDone(this.services, adviser, withShorthandCommand(withCommandWordPutRight(typed)));
    if (MY_CODE.test(text)) return myCodeReply(adviser.inviteCode);
    // Questions and thanks ("whos overdue", "ok"); loose words ("show me sams plan", "ack 5 6"); the exact commands; the help list.
    // Read with slipped question words put right ("wots urgent"); what is sent or kept stays as typed.
    const loose = withShorthandWordsSpelt(withQuestionWordsPutRight(text));
    const asked = await answerAdviserQuestion(this.services, adviser, loose);
    if (asked) return asked;
    // "how do i contact tom", "open the urgent one", "review lee weekly" (round four).
    const ask = await answerAdviserAsk(this.services, adviser, loose);
    if (ask) return ask;
    // "push sam's review to next week", "when is sams review" (round seven).
    const review = await answerReviewDay(this.services, adviser, loose);
    if (review) return review;
    const read = readAdviserCommand(loose);
    const answered = read ? await this.answerRead(adviser, read) : null;
    if (answered) return answered;
    // "how do i cancel a review" (round ten): only the lines that do it.
    const howTo = readHowTo(text);
    if (howTo) return howToReply(howTo);
    // "remove priya 2", "change priya 1 to apply for 5 jobs" (round eleven).
    const stepEdit = await answerStepEdit(this.services, adviser, text);
    if (stepEdit) return stepEdit;
    const replyWho = await replyWithNoClient(this.services, adviser, typed);
    if (replyWho) return replyWho;
    const [command = '', ...rest] = (await withColonAfterName(this.services, adviser, text)).split(' ');
    const args = rest.join(' ');
    if (PLAN_COMMANDS.includes(command.toLowerCase())) return new AdviserPlanCommands(this.services).answer(adviser, command.toLowerCase(), args);
    switch (command.toLowerCase()) {
      case 'caseload':
        return this.caseload(adviser);
      case 'escalations':
        return this.escalationCommands.escalations(adviser);
      case 'ack':
      case 'acknowledge':
        return this.escalationCommands.acknowledge(adviser, args);
      case 'resolve':
        return this.escalationCommands.resolve(adviser, args);
      case 'cadence': {
        // "cadence lee" with no days: how often, with the command to copy (it had asked "Which client?").
        if (cadenceDaysIn(lastWord(args)) === null) {
          return this.withClient(adviser, 'cadence', args, async () => cadenceChoices(CADENCES, `cadence ${escapeMarkdown(args)} ${CADENCES[1]}`), ` ${CADENCES[1]}`);
        }
        // The example for two clients of one name is a whole command: "cadence 2 14", not "cadence 2".
        const days = CADENCES.includes(cadenceDaysIn(lastWord(args)) ?? 0) ? lastWord(args) : String(CADENCES[1]);
        return this.withClient(adviser, 'cadence', allButLast(args), (clientId) => this.cadence(adviser, clientId, lastWord(args), allButLast(args)), ` ${days}`);
      }
      case 'style': {
        const word = lastWord(args).toLowerCase() in STYLE_WORDS ? lastWord(args).toLowerCase() : 'warm';
        return this.withClient(adviser, 'style', allButLast(args), (clientId) => this.style(clientId, lastWord(args)), ` ${word}`);
      }
      case 'resume':
        return this.withClient(adviser, 'resume', args, async (clientId) =>
          (await resumeReminders(this.services.db, clientId)) ? remindersResumed : remindersWereNotPaused,
        );
      default:
        return notUnderstoodHelp(adviser.inviteCode);
    }
  }

  /** What the loose words asked for; null for a name typed alone that is no client's (not understood). */
  private async answerRead(adviser: Adviser, read: AdviserCommandRead): Promise<AdviserReply | null> {
    const plans = new AdviserPlanCommands(this.services);
    switch (read.command) {
      case 'help':
        return withButtons(adviserHelp(adviser.inviteCode), titledButtons(adviserStartButtons));
      case 'caseload':
        return this.caseload(adviser);
      case 'escalations':
        return this.escalationCommands.escalations(adviser);
      case 'plan':
        return plans.answer(adviser, 'plan', read.client);
      case 'plan-if-named':
        return plans.planIfNamed(adviser, read.name);
      case 'ack':
        return read.numbers.length === 1 ? this.escalationCommands.acknowledge(adviser, String(read.numbers[0])) : this.escalationCommands.acknowledgeSeveral(adviser, read.numbers);
      case 'ack-all':
        return this.escalationCommands.acknowledgeAll(adviser);
      case 'colleague':
        return adviser.role === 'lead' ? colleagueCaseloadForLead : colleagueCaseloadReply;
      case 'undo':
        return undoReply;
    }
  }

  /** `rest`: what follows the client in the command, for the example when the name fits several. */
  private async withClient(adviser: Adviser, command: string, reference: string, act: (clientId: string) => Promise<string>, rest = ''): Promise<string> {
    const pick = await pickClient(this.services.db, adviser.id, reference);
    if (pick.kind === 'several') return severalClientsReply(reference, command, pick.matches, 'command', rest);
    return pick.kind === 'one' ? act(pick.client.id) : clientNotFoundReply(reference, pick.near, command, rest);
  }

  private async caseload(adviser: Adviser): Promise<AdviserReply> {
    // A client who wrote since "not replying" was raised is not shown as not replying.
    await closeNotReplyingOnceTheyWrite(this.services);
    const now = this.services.clock.now();
    const entries = await caseloadOf(this.services.db, adviser.id, now);
    if (entries.length === 0) return noClientsYet;
    const zone = this.services.config.ADVISER_HOURS_TIME_ZONE;
    await this.audit(adviser, entries.map((entry) => entry.client.id));
    const ordered = byAttention(entries, now);
    // Round ten: an adviser who only taps can open the plans of those who need them most.
    const buttons = ordered.slice(0, PLAN_BUTTONS).map((entry) => ({
      title: planButton(entry.client.displayName?.trim() || entry.channelName?.trim() || String(entry.number)),
      value: `plan ${entry.number}`,
    }));
    return withButtons(caseloadReply(ordered, adviser.caseloadLimit, now, zone), buttons);
  }

  private async cadence(adviser: Adviser, clientId: string, daysText: string, reference: string): Promise<string> {
    const days = cadenceDaysIn(daysText) ?? 0;
    if (!CADENCES.includes(days)) return cadenceChoices(CADENCES, `cadence ${escapeMarkdown(reference)} ${CADENCES[1]}`);
    const deps = { ...planDeps(this.services), cadenceWork: new ReviewCadenceWork(this.services.db, this.services.clock) };
    const nextReview = await changeReviewCadence(deps, adviser, (await deps.reads.clientById(clientId))!, days);
    return cadenceSet(days, nextReview);
  }

  private async style(clientId: string, word: string): Promise<string> {
    const key = word.toLowerCase();
    if (!(key in STYLE_WORDS)) return styleChoices(Object.keys(STYLE_WORDS));
    const override = STYLE_WORDS[key]!;
    if (override) applyStyleOverride(DEFAULT_COACHING_STYLE, override);
    await setStyleOverride(this.services.db, clientId, override);
    return override ? styleSet(key) : styleReset;
  }

  private async audit(adviser: Adviser, clientIds: string[]): Promise<void> {
    const log = new AuditLog(this.services.db);
    const at = this.services.clock.now();
    for (const clientId of clientIds) await log.record({ actor: `adviser:${adviser.id}`, action: 'adviser-viewed-client', subject: clientId }, at);
  }
}

function lastWord(text: string): string {
  return text.split(' ').pop() ?? '';
}

function allButLast(text: string): string {
  return text.split(' ').slice(0, -1).join(' ');
}
