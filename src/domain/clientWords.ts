// Which of a client's messages an adviser should read: what they wrote, not their taps. A button
// tap reaches the bot as a short message ("Yes", "Carry on", "My plan", "7"); read out of
// context it says nothing, so short replies are left out unless they were read as a risk.
export type ClientMessage = { text: string; sentAt: Date; riskLevel?: string };

/** Fewer words than this, with no risk in them, is an answer to a question or a tap. */
export const MIN_WORDS_WRITTEN = 4;

/** Teams puts "<at>Coach</at>" in the text when someone @mentions the bot. */
export function withoutMentions(text: string): string {
  return text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/\s+/g, ' ').trim();
}

export function isWorthReading(message: ClientMessage): boolean {
  const text = withoutMentions(message.text);
  if (!text) return false;
  if (message.riskLevel && message.riskLevel !== 'none') return true;
  return text.split(' ').length >= MIN_WORDS_WRITTEN;
}

/** What they wrote, oldest first, mentions removed. */
export function wordsTheyWrote(messages: readonly ClientMessage[]): ClientMessage[] {
  return messages.filter(isWorthReading).map((message) => ({ ...message, text: withoutMentions(message.text) }));
}
