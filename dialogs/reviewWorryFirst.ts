// "what if they shout at me?" at "What made it hard?": a worry about how people at an interview or
// an appointment will treat them. It is the answer, kept as one, with a kind word first; the review
// goes on (play-testing reviews, round twenty-eight: it had the help numbers and the question again).
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { worriesHowTheyWillBeTreated } from '../src/domain/reviewHeardWords.ts';
import { treatedBadlyWorryHeard } from '../src/messages/en/reviewWorries.ts';

const MAX_ANSWER = 500;

/** For a review question in words: null when the words are not that worry. */
export function treatedBadlyWorryFirst(dc: DialogContext, text: string): Promise<DialogTurnResult> | null {
  if (!worriesHowTheyWillBeTreated(text) || !dc.activeDialog) return null;
  return dc.context.sendActivity(treatedBadlyWorryHeard).then(() => dc.endDialog(text.trim().slice(0, MAX_ANSWER)));
}
