// The adviser's escalation commands: "escalations" (the list, in the one order shared with the
// local inbox), "ack 12", "ack 5 6", "ack all", "ack tom", "resolve 12", "resolve tom" (an urgent
// one with what was done: "resolve 12 spoke to Tom, safe"). Split from
// adviserCommands.ts, which asks here. Numbers never change; an adviser acts only on their own
// clients' escalations, a lead on any.
import type { Activity } from 'botbuilder';
import type { Adviser } from '../src/db/advisers.ts';
import { withButtons } from './adviserButtons.ts';
import { EscalationRepository, type EscalationWithClient } from '../src/db/escalations.ts';
import { mayActOn, respondToEscalation } from '../src/escalation/respondToEscalation.ts';
import { escalationsInOrder, type ListedEscalation } from '../src/escalation/escalationsInOrder.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { closeNotReplyingOnceTheyWrite } from '../src/escalation/clientWroteAgain.ts';
import type { CoachServices } from '../src/services.ts';
import { acknowledgedSeveralReply, nothingToAcknowledge } from '../src/messages/en/adviser.ts';
import {
  acknowledgedReply,
  closedReply,
  escalationClosedAlreadyReply,
  escalationLine,
  escalationNotFoundReply,
  escalationsButtons,
  escalationsReply,
  resolveUrgentAsk,
} from '../src/messages/en/adviserEscalations.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { acknowledgedBeforeLine, alreadyAcknowledgedReply } from '../src/messages/en/adviserQuestions.ts';
import { escalationByName, mayBeAName, namedRows, severalForNameWithNote } from './adviserEscalationByName.ts';
import { resolveTarget } from './adviserResolveNote.ts';
import { closingDecision } from '../src/domain/closingNote.ts';

export class AdviserEscalationCommands {
  constructor(private readonly services: CoachServices) {}

  /** Not closed yet, in the one order (src/domain/escalationOrder.ts): this adviser's clients', or every one for a lead. */
  private async visibleEscalations(adviser: Adviser): Promise<ListedEscalation[]> {
    return escalationsInOrder(this.services, adviser.role === 'lead' ? null : adviser.id);
  }

  async escalations(adviser: Adviser): Promise<string | Partial<Activity>> {
    await closeNotReplyingOnceTheyWrite(this.services);
    const rows = await this.visibleEscalations(adviser);
    const names = await namesForNameless(this.services.db, rows.map((row) => row.client));
    const text = escalationsReply(rows, this.services.config.ADVISER_HOURS_TIME_ZONE, this.services.clock.now(), names);
    return withButtons(text, escalationsButtons(rows));
  }

  /** By the escalation's own number ("ack 12"), which never changes; or by its id. */
  private async pickEscalation(adviser: Adviser, reference: string): Promise<EscalationWithClient | null> {
    const repo = new EscalationRepository(this.services.db);
    const number = /^#?(\d{1,9})$/.exec(reference)?.[1];
    const picked = number ? await repo.findByNumber(Number(number)) : await repo.findById(reference);
    return picked && picked.status !== 'resolved' && mayActOn({ adviser }, picked) ? picked : null;
  }

  async acknowledge(adviser: Adviser, reference: string): Promise<string> {
    const named = mayBeAName(reference) ? await escalationByName(this.services, 'ack', reference, await namedRows(this.services, adviser, await this.visibleEscalations(adviser))) : null;
    if (named && 'reply' in named) return named.reply;
    const picked = named?.escalation ?? (await this.pickEscalation(adviser, reference.trim()));
    const [zone, now] = [this.services.config.ADVISER_HOURS_TIME_ZONE, this.services.clock.now()];
    if (picked?.status === 'acknowledged') return alreadyAcknowledgedReply(await this.lineOf(picked), picked.acknowledgedBy, picked.acknowledgedAt, zone, now);
    if (picked) return acknowledgedReply(await this.acknowledged(adviser, picked), picked.number);
    return (await this.closedAlready(adviser, reference.trim())) ? escalationClosedAlreadyReply : escalationNotFoundReply;
  }

  /** "resolve 1" on one closed before: said so, not "I could not find that escalation" (play-testing as advisers). */
  private async closedAlready(adviser: Adviser, reference: string): Promise<boolean> {
    const number = /^#?(\d{1,9})$/.exec(reference)?.[1];
    const found = number ? await new EscalationRepository(this.services.db).findByNumber(Number(number)) : null;
    return found !== null && found.status === 'resolved' && mayActOn({ adviser }, found);
  }

  /** "ack 5 6": those acknowledged now, those acknowledged already (by whom and when), then the numbers not found. */
  async acknowledgeSeveral(adviser: Adviser, numbers: readonly number[]): Promise<string> {
    const [lines, already, notFound]: [string[], string[], number[]] = [[], [], []];
    const [zone, now] = [this.services.config.ADVISER_HOURS_TIME_ZONE, this.services.clock.now()];
    for (const number of new Set(numbers)) {
      const picked = await this.pickEscalation(adviser, String(number));
      // Said apart, as "ack 5" alone says it (play-testing had one acknowledged before counted as acknowledged now).
      if (picked?.status === 'acknowledged') already.push(acknowledgedBeforeLine(await this.lineOf({ ...picked, acknowledgedBy: null }), picked.acknowledgedBy, picked.acknowledgedAt, zone, now));
      else if (picked) lines.push(await this.acknowledged(adviser, picked));
      else notFound.push(number);
    }
    return acknowledgedSeveralReply(lines, notFound, already);
  }

  /** "ack all": every open escalation this adviser can see (a lead, every one), and how many. */
  async acknowledgeAll(adviser: Adviser): Promise<string> {
    const open = (await this.visibleEscalations(adviser)).filter((row) => row.status !== 'acknowledged' && mayActOn({ adviser }, row));
    if (open.length === 0) return nothingToAcknowledge;
    const lines: string[] = [];
    for (const row of open) lines.push(await this.acknowledged(adviser, row));
    return acknowledgedSeveralReply(lines);
  }

  private async acknowledged(adviser: Adviser, picked: EscalationWithClient): Promise<string> {
    const outcome = await respondToEscalation(this.services, picked.id, { adviser }, 'acknowledged');
    return this.lineOf(outcome.status === 'done' ? outcome.escalation : picked);
  }

  /** Its line, with the name a client who gave none goes by in Teams (it had said "A client who gave no name"). */
  private async lineOf(row: EscalationWithClient): Promise<string> {
    const names = await namesForNameless(this.services.db, [row.client]);
    return escalationLine(row, this.services.config.ADVISER_HOURS_TIME_ZONE, this.services.clock.now(), names);
  }

  /**
   * "resolve 3", "resolve tom", "resolve 3 spoke to Tom, safe, GP tomorrow". An urgent one closes
   * only with what was done, or "confirm": asked once, nothing closed (round four). The note is
   * kept on the escalation's record and said back.
   */
  async resolve(adviser: Adviser, reference: string): Promise<string | Partial<Activity>> {
    const typed = reference.trim();
    const target = await resolveTarget(this.services, adviser, typed, () => this.visibleEscalations(adviser), (ref) => this.pickEscalation(adviser, ref));
    // "resolve gary rang him" with two of Gary's open: which one, with the note kept (play-test 13).
    const unpicked = 'reply' in target || !target.escalation;
    const several = unpicked ? await severalForNameWithNote(this.services, typed, await namedRows(this.services, adviser, await this.visibleEscalations(adviser))) : null;
    if (several) return several;
    if ('reply' in target) return target.reply;
    const picked = target.escalation;
    if (!picked) return (await this.closedAlready(adviser, typed.split(' ')[0] ?? '')) ? escalationClosedAlreadyReply : escalationNotFoundReply;
    const closing = closingDecision(picked, target.note, target.confirmed);
    if (!closing.close) {
      const name = picked.client.displayName?.trim() || (await namesForNameless(this.services.db, [picked.client])).get(picked.client.id) || typed;
      return resolveUrgentAsk(escapeMarkdown(name), picked.number ?? escapeMarkdown(typed));
    }
    const outcome = await respondToEscalation(this.services, picked.id, { adviser }, 'resolved', closing.note, closing.noNote);
    return closedReply(await this.lineOf(outcome.status === 'done' ? outcome.escalation : picked), closing.note ? escapeMarkdown(closing.note) : null, closing.noNote);
  }
}
