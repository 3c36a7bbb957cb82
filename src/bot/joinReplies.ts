// Which replies of one turn can travel as one message, and how they are joined. Every reply is a
// call to the channel (Teams answers each in 100 to 300 ms, and throttles a chat that gets many);
// "Saved.", the plan card and "Please have a look" read the same as one message.
import type { Activity } from 'botbuilder';

type PartialOf = Partial<Activity>;

/** A line that starts a list item: a paragraph after it could run into its last bullet. */
const LIST_LINE = /^\s*(?:[-*\u2022]|\d+[.)])\s/m;

function isPlainMessage(activity: PartialOf): boolean {
  return (
    (activity.type ?? 'message') === 'message' &&
    !activity.channelData &&
    !(activity.entities && activity.entities.length > 0) &&
    !activity.speak &&
    activity.attachmentLayout !== 'carousel'
  );
}

/** True when the later reply can be added to the earlier one without changing what either says. */
export function canJoin(earlier: PartialOf, later: PartialOf): boolean {
  if (!isPlainMessage(earlier) || !isPlainMessage(later)) return false;
  // Buttons belong under the last words; a question with its buttons ends a message. Words after
  // a card stay after it: a channel shows a message's words above its card.
  if (earlier.suggestedActions || earlier.attachments?.length || LIST_LINE.test(earlier.text ?? '')) return false;
  if ((earlier.textFormat ?? 'markdown') !== (later.textFormat ?? 'markdown')) return false;
  return true;
}

/** One message: the words in order, a blank line between them, then the later one's card and buttons. */
export function joined(earlier: PartialOf, later: PartialOf): PartialOf {
  const text = [earlier.text, later.text].filter((part) => part && part.trim().length > 0).join('\n\n');
  return { ...earlier, ...later, text };
}

/** The turn's replies with each run of joinable ones made into one. */
export function joinReplies(replies: readonly PartialOf[]): PartialOf[] {
  const out: PartialOf[] = [];
  for (const reply of replies) {
    const last = out[out.length - 1];
    if (last && canJoin(last, reply)) out[out.length - 1] = joined(last, reply);
    else out.push(reply);
  }
  return out;
}
