// What each virtual user does, over and over: opens a new conversation (welcome and menu), looks
// at their plan, then sets a goal, answering whatever the goal conversation asks (a button when
// it offers some, otherwise a typed answer a client might give), until the menu comes back.
// The echo bot gets exactly the same activities.
import type { LastReply } from './fastConnector.ts';
import type { UserScript, VirtualUser } from './load.ts';

const alwaysOffered = new Set(['help', 'talk to my adviser']);
const MAX_GOAL_STEPS = 12;

const preferredButtons = /^(yes|save|keep|that is right|that's right|looks good|agree|ok|done|finish|no,? that is all|that is all|no more)/i;

/** A typed answer a client might give to a free-text question in the goal conversation. */
export function typedAnswerFor(question: string, step: number): string {
  if (/1 to 10|how sure|how confident|out of 10/i.test(question)) return '8';
  if (/when|date|by what day|deadline/i.test(question)) return 'by next Friday';
  if (/job|work|kind of/i.test(question) && step === 0) return 'warehouse work';
  if (/why|reason|matter/i.test(question)) return 'I want a steady income';
  return 'I will apply for 3 warehouse jobs by next Friday';
}

/** Chooses a button the way a willing client would: agree and move on. */
export function buttonFor(buttons: string[]): string | null {
  const offered = buttons.filter((title) => !alwaysOffered.has(title.toLowerCase()));
  if (offered.length === 0) return null;
  return offered.find((title) => preferredButtons.test(title)) ?? offered[0]!;
}

export const backAtMenu = (text: string) => /what would you like to do/i.test(text);

/** What the willing client says to the goal conversation's question at this step. */
export function goalAnswerFor(reply: LastReply, step: number): string {
  const asksHowSure = /1 to 10|how sure|how confident/i.test(reply.text);
  return asksHowSure ? '8' : (buttonFor(reply.buttons) ?? typedAnswerFor(reply.text, step));
}

async function setGoal(user: VirtualUser, running: () => boolean): Promise<void> {
  await user.say('Set a goal');
  for (let step = 0; step < MAX_GOAL_STEPS && running(); step += 1) {
    const reply = user.lastReply();
    if (!reply || backAtMenu(reply.text)) return;
    await user.say(goalAnswerFor(reply, step));
  }
  if (running() && !backAtMenu(user.lastReply()?.text ?? '')) await user.say('cancel');
}

export const mixedCoachingScript: UserScript = async (user, running) => {
  while (running()) {
    user.newConversation();
    await user.join();
    if (!running()) return;
    await user.say('My plan');
    if (!running()) return;
    await setGoal(user, running);
  }
};
