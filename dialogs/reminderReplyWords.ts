// Typed words read as an answer to a reminder about a step: "Done", "not yet, was ill", "did 1 on
// indeed", "what step?". Moved out of reminderReplyDialog.ts to keep each file to one concern.
import { parseChoice } from '../src/domain/answers.ts';
import { parseProgress } from '../src/domain/partialAnswers.ts';
import { readDoneIsh, readReminderOpening, readReminderWords } from '../src/domain/reminderWords.ts';
import { asksWhatTheStepWas, reasonNotDone, tellsOfATryOut } from '../src/domain/reminderReplyReading.ts';
import { readJobSearchEntry } from '../src/domain/jobSearch.ts';
import { isBareAcknowledgement, namesAHardFeeling } from '../src/domain/textChecks.ts';
import { onlyAgrees } from '../src/domain/reviewWords.ts';
import * as say from '../src/messages/en/reminders.ts';
import type { ReminderReply } from './reminderReplyHeard.ts';
import { saysDoneWithIt, soundsFedUpNotFinished } from '../src/domain/reminderDoneSaid.ts';

export type ReplyReading = Omit<ReminderReply, 'itemLineageId'>;

/**
 * Typed words as an answer to a reminder about `stepText` (null: the step is not read yet, so
 * done-ish words like "did 1" are not read). Null when they are not one.
 */
export function readReply(text: string, stepText: string | null): ReplyReading | null {
  const news = tellsOfATryOut(text);
  const withNews = news ? { news } : {};
  if (asksWhatTheStepWas(text)) return { answer: 'ask-again', ...withNews };
  // "done with this", "i am done": fed up, not finished; the step is asked about again, nothing marked.
  if (soundsFedUpNotFinished(text)) return { answer: 'ask-again', ...withNews };
  // "half done" is one typo from "all done": a part-done answer is read first, and never as done.
  // "Done, I went on Tuesday...": the answer said first; the rest is what happened, kept with the step.
  const opening = readReminderOpening(text);
  const reason = reasonNotDone(text);
  const read =
    parseProgress(text) === 'partly-done'
      ? 'partly'
      : (parseChoice(text, say.reminderAnswerChoices, { byPosition: false }) ?? readReminderWords(text) ?? opening?.answer ?? (reason ? 'more-time' : saysDoneWithIt(text) ? 'done' : null));
  if (read) {
    const notDone = read === 'more-time' || read === 'partly';
    // "i did half of it, the computers kept crashing": a part done is kept in the client's words too.
    const said = opening && opening.answer === read ? opening.rest : (notDone && reason) || read === 'partly' ? text.trim() : '';
    // "not yet, got an interview thursday": the rest is news, not a reason.
    const why = notDone ? (reason ?? (read === 'more-time' && said && !news ? 'other' : null)) : null;
    return { answer: read, ...(said ? { said } : {}), ...(why ? { reason: why } : {}), ...withNews };
  }
  // "no fone scary": not done, and a hard feeling said with it (play-testing reviews, round twenty-seven).
  if (saysNoWithAHardFeeling(text)) return { answer: 'more-time', said: text.trim(), reason: 'other', ...withNews };
  // A bare "yes" to "How is it going?" says neither done nor not: the step is asked about again, with its buttons.
  // ("ok" alone is a nod, answered elsewhere.)
  if (stepText === null && onlyAgrees(text) && !isBareAcknowledgement(text)) return { answer: 'ask-again', ...withNews };
  const doneIsh = stepText ? readDoneIsh(text, stepText) : null;
  if (doneIsh) return { answer: doneIsh, said: text.trim(), ...withNews };
  // News of an interview goes into the job-search log; a trial shift has no place there.
  if (news && !readJobSearchEntry(text)) return { answer: 'ask-again', news };
  return null;
}

const NO_THEN = /^(?:no|nope|nah|naw|not really)\b[\s,.!-]*(.+)$/i;

// "sorry im rubbish, didnt do it, anxiety been bad": not done, said inside the words.
const DID_NOT_DO_IT = /\b(?:didnt|didn't|did not|havent|haven't|have not|couldnt|couldn't|could not|never) (?:do|done|manage|managed|start|started|get round to|get to) (?:it|that)\b/i;

/** "no fone scary", "sorry im rubbish, didnt do it, anxiety been bad": not done, with a hard feeling; "no it went fine" is not one. */
function saysNoWithAHardFeeling(text: string): boolean {
  const rest = NO_THEN.exec(text.trim())?.[1] ?? '';
  return (rest.length > 0 && namesAHardFeeling(rest)) || (DID_NOT_DO_IT.test(text) && namesAHardFeeling(text) && !text.trim().endsWith('?'));
}
