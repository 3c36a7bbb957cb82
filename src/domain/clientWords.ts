// Which of a client's messages an adviser should read: what they wrote, not their taps. A button
// tap reaches the bot as a message like any other ("Yes", "Carry on", "Set a goal", "7"); read
// out of context it says nothing. So the buttons' words and very short replies are left out,
// unless the message was read as a risk.
export type ClientMessage = { text: string; sentAt: Date; riskLevel?: string };

/** Fewer words than this, with no risk in them, is an answer to a question or a tap. */
export const MIN_WORDS_WRITTEN = 3;

/** Teams puts "<at>Coach</at>" in the text when someone @mentions the bot. */
export function withoutMentions(text: string): string {
  return text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/[ \t]+/g, ' ').trim();
}

/** Lower case, letters, digits and single spaces: how button words are compared. */
export function tapKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** `taps`: the words on the coach's buttons, as tapKey gives them. */
export function isWorthReading(message: ClientMessage, taps: ReadonlySet<string> = new Set()): boolean {
  const text = withoutMentions(message.text);
  if (!text) return false;
  if (message.riskLevel && message.riskLevel !== 'none') return true;
  return text.split(/\s+/).length >= MIN_WORDS_WRITTEN && !taps.has(tapKey(text));
}

/** What they wrote, oldest first, mentions removed. */
export function wordsTheyWrote(messages: readonly ClientMessage[], taps: ReadonlySet<string> = new Set()): ClientMessage[] {
  return messages.filter((message) => isWorthReading(message, taps)).map((message) => ({ ...message, text: withoutMentions(message.text) }));
}
