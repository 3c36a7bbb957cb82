// What the bot says about a client's own data: seeing it, deleting it, stopping consent.
// Plain English, short sentences, one question per message.
import type { ChoiceOption } from '../../domain/answers.ts';

export const dataSummaryIntro = 'Here is what I keep about you.';
export const dataFileNote = 'The file with this message has all of it, word for word.';
export const dataFileTooBigNote = 'It is a lot, so I have put it in a few files.';
export const nothingKept = 'I do not keep anything about you. I only know how to reply to you in this chat.';
export const nothingKeptAtAll = 'I do not keep anything about you.';

export interface DataSummaryFacts {
  name: string | null;
  consentedOn: string | null;
  withdrawnOn: string | null;
  hasProfile: boolean;
  planVersions: number;
  goals: number;
  steps: number;
  reviews: number;
  reminders: number;
  adviserMessages: number;
  saidToMe: number;
  checkIns: number;
}

/** One line per kind of thing we keep, only for the kinds there are. */
export function dataSummaryLines(facts: DataSummaryFacts): string[] {
  const lines: string[] = [];
  if (facts.name) lines.push(`- Your name: ${facts.name}.`);
  if (facts.consentedOn) lines.push(`- You said I could keep your answers on ${facts.consentedOn}.`);
  if (facts.withdrawnOn) lines.push(`- You asked me to stop on ${facts.withdrawnOn}.`);
  if (facts.hasProfile) lines.push('- Your answers about work, your skills and what gets in the way.');
  if (facts.planVersions) lines.push(`- Your plan: ${count(facts.planVersions, 'version')}, ${count(facts.goals, 'goal')} and ${count(facts.steps, 'step')}.`);
  if (facts.reviews) lines.push(`- ${count(facts.reviews, 'review')} of your plan.`);
  if (facts.checkIns) lines.push(`- ${count(facts.checkIns, 'answer')} about how sure you felt or how you see things.`);
  if (facts.reminders) lines.push(`- ${count(facts.reminders, 'reminder')} for you.`);
  if (facts.adviserMessages) lines.push(`- ${count(facts.adviserMessages, 'note')} I sent to your adviser.`);
  if (facts.saidToMe) lines.push(`- ${count(facts.saidToMe, 'thing')} you said to me.`);
  lines.push('- How to reply to you in this chat.');
  return lines;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const deleteFirstQuestion = [
  'I can delete everything I keep about you.',
  'That means your plan, your goals and all you told me.',
  'Do you want me to delete it all?',
].join(' ');

export const deleteSecondQuestion = 'Are you sure? Once it is gone, I cannot get it back.';

export type Confirm = 'yes' | 'no';

export const deleteFirstChoices: ChoiceOption<Confirm>[] = [
  { value: 'yes', label: 'Yes, delete it', synonyms: ['yes', 'y', 'yes please', 'delete', 'delete it', 'ok', 'okay', 'yeah', 'yep'] },
  { value: 'no', label: 'No, keep it', synonyms: ['no', 'n', 'keep', 'keep it', 'nope', 'no thanks', 'dont'] },
];

export const deleteSecondChoices: ChoiceOption<Confirm>[] = [
  { value: 'yes', label: 'Yes, I am sure', synonyms: ['yes', 'y', 'sure', 'i am sure', 'im sure', 'yes delete it', 'delete it', 'yeah', 'yep'] },
  { value: 'no', label: 'No, keep it', synonyms: ['no', 'n', 'keep', 'keep it', 'nope', 'not sure', 'dont'] },
];

export const deleteCancelled = 'OK. I have not deleted anything. Your plan is safe.';

export const deleteGoodbye = [
  'Done. I have deleted everything I kept about you.',
  'Thank you for talking with me. I wish you all the best.',
  'Your adviser can still help you in the usual way.',
  'If you ever want to use me again, just say hello.',
].join('\n');

export const consentWithdrawn = [
  'OK. I have stopped. I will not send you any more reminders or messages.',
  'I still keep your plan, so your adviser can see it.',
  'To delete it, type "delete my data".',
  'To start again, just say hello.',
].join('\n');

export const consentAlreadyWithdrawn = [
  'You have already asked me to stop, so I do not send you anything.',
  'To delete what I keep, type "delete my data".',
].join('\n');

/**
 * "do you tell the jobcentre everything i say", "are you part of the jobcentre", asked once set up
 * (privacyAskedWords.ts): who sees what is kept. True as consentAnswers are (onboarding.ts), and
 * it reports to no one about benefits (specialist.ts says the same).
 */
export const jobcentreAsked = [
  'I keep what you tell me: your goals, your plan and how it is going. Only your adviser can see them, or their team leader if your adviser is away.',
  'I do not decide anything about benefits, and I do not report to anyone about them.',
  'To see what I keep, type "show my data".',
].join(' ');
