// An adviser's own words sent to a client through the coach ("message Sam: can you come in on
// Tuesday?"): what the client reads, and what the adviser is told back. The card's "How to reach
// them" had said "Only through the coach" with no way to do it (play-testing as advisers).

/** What the client reads: who it is from, their words, and how to answer. */
export function messageFromAdviser(adviserName: string, words: string): string {
  return [`A message from your adviser, ${adviserName}:`, `"${words}"`, 'To answer, just type your reply.'].join('\n');
}

export function messageSentReply(clientName: string): string {
  // It had said replies reached the adviser only after "talk to my adviser"; the first words the
  // client types within 3 days come here (src/bot/replyToAdviser.ts).
  return `Sent to ${clientName} in their chat with the coach. What they type back in the next 3 days comes to you here.`;
}

export function messageNotSentReply(clientName: string, why: 'no-chat' | 'failed'): string {
  return why === 'no-chat'
    ? `I cannot message ${clientName} yet. They have not opened a chat with the coach.`
    : `I could not send it to ${clientName} just now. Please try again in a few minutes.`;
}

// Worked examples, never "<client>": Teams reads angle brackets as HTML and may hide the words.
export const messageUsage =
  'To send a client a message through the coach, type "message", their name and your words. You can use their number from "caseload" instead of the name. For example: message Sam can you come in on Tuesday at 10?';

/** The note on their open escalation: what was done, not the words. */
export const messagedNote = (adviserName: string): string => `${adviserName} sent them a message through the coach.`;

/** To the client: their reply after an adviser's message went to that adviser. */
export function replyPassedOn(adviserName: string): string {
  return `I have sent that to ${adviserName}.`;
}

/** What the coach calls a client who gave no name when they write back (src/bot/replyToAdviser.ts). */
const NO_NAME = 'Your client';

/**
 * To the adviser: what the client wrote after their message, and how to write back, as an example to
 * copy. `typeAs`: what picks this client alone (escaped), where it is not their name: their full name
 * or their caseload number, when another client shares the name (round three: "reply Sam" asked which Sam).
 */
export function clientReplied(clientName: string, words: string, typeAs: string = clientName): string {
  // No made-up number for one who gave no name: an example copied as it stands would reach another client.
  const who = typeAs !== clientName && !/^\d+$/.test(typeAs) ? `${clientName} (${typeAs})` : clientName;
  const howToWriteBack =
    clientName === NO_NAME
      ? 'To write back, type "reply", their number from "caseload", then your words.'
      : `To write back, type "reply", their name and your words. For example: reply ${typeAs} thank you, see you then`;
  return [`${who} replied to your message:`, `"${words}"`, howToWriteBack].join('\n');
}

/**
 * "reply: thanks" with no client named: nothing sent, and who it can go to, with the words kept in
 * the command to copy (round three: it got the whole help list). `lastWrote`: the client who wrote
 * back last, as `typeAs` picks them, escaped by the caller.
 */
export function replyToWhom(words: string, lastWrote: { name: string; typeAs: string; when: string } | null): string {
  const said = words || 'thank you';
  if (!lastWrote) return `Who is it for? Nothing was sent yet. Type "reply", the client's name or number from "caseload", then your words. For example: reply 2 ${said}`;
  return [
    `Who is it for? Nothing was sent yet. ${lastWrote.name} wrote to you last, ${lastWrote.when}.`,
    `To send it to them, tap the button or type: reply ${lastWrote.typeAs} ${said}`,
  ].join('\n');
}

/** The button that sends it to the client who wrote last. */
export const replyToButton = (name: string): string => `Send it to ${name}`;
