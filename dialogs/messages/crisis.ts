// What the bot says when a message suggests the client may not be safe, or is struggling.
// Safety first, then honesty: who has been told, when a person will see it, and who to call now.
import type { CrisisContact } from '../../src/escalation/settingsLists.ts';
import type { HandoverNews } from '../../src/escalation/handoverNews.ts';

export type { HandoverNews };

export const carryOnLabel = 'Carry on';
export const carryOnWords = ['carry on', 'continue', 'go on', 'ok carry on', 'keep going', 'back', 'go back'];

export function contactLines(contacts: readonly CrisisContact[]): string[] {
  return contacts.map((contact) => `- ${contact.name}: call ${contact.phone}.${contact.when ? ` ${capitalise(contact.when)}.` : ''}`);
}

export function crisisReply(contacts: readonly CrisisContact[], news: HandoverNews): string {
  return [
    'I am worried about you. You matter.',
    'Please talk to someone now:',
    ...contactLines(contacts),
    ...handoverLines(news),
    'I am a computer, so I cannot help in a crisis. These people can.',
    'When you feel ready, we can carry on.',
  ].join('\n');
}

function handoverLines(news: HandoverNews): string[] {
  if (!news.told) {
    return ['I cannot tell your adviser, as I do not keep your details.', 'Please call one of the numbers above.'];
  }
  if (news.inHours) return ['I have told your adviser now. A person will read it soon.', 'They will try to reach you today.'];
  return [
    'I have told your adviser.',
    'But nobody is at work right now.',
    `A person will read it ${news.opening}.`,
    'Please call one of the numbers above now.',
  ];
}

export const concernQuestion = [
  'That sounds really hard. Thank you for telling me.',
  'Would you like your adviser to get in touch?',
].join('\n');
export const concernYesLabel = 'Yes, please';
export const concernYesWords = ['yes', 'yes please', 'y', 'yeah', 'ok', 'please', 'talk to my adviser'];
export const concernNoWords = ['no', 'no thanks', 'no thank you', 'n', 'nope', 'not now'];

export const concernNotNowReply = 'OK. You can ask for your adviser at any time. Just type "talk to my adviser".';

export const jobLossReply = [
  'I am sorry to hear about your job.',
  'I have told your adviser.',
  'They will get in touch within 3 days to help you with what comes next.',
].join(' ');

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
