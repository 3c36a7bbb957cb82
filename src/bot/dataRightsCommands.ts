// The client's data rights in their own words: see it, get a copy, delete it, stop consent.
// Pure: the main dialog asks it about every message, before anything else but the risk check.
import { normaliseAnswer } from '../domain/answers.ts';

export type DataRightsCommand = 'show-data' | 'delete-data' | 'withdraw-consent';

const phrases: Record<DataRightsCommand, string[]> = {
  'show-data': [
    'show my data', 'see my data', 'view my data', 'download my data', 'export my data', 'get my data',
    'send me my data', 'copy of my data', 'a copy of my data', 'my data', 'show me my data',
    'what do you know about me', 'what have you got on me', 'what do you keep about me',
    'show my information', 'download my information', 'show my details',
    // As play-testing found people type them.
    'show my stuff', 'see my stuff', 'what do you have on me', 'what have you got about me', 'show my answers', 'see my answers',
  ],
  'delete-data': [
    'delete my data', 'erase my data', 'remove my data', 'delete my information', 'delete my details',
    'delete everything', 'delete all my data', 'forget me', 'forget about me', 'delete me',
    'delete my account', 'wipe my data',
    // As play-testing found people type them ("delete my stuff" was not understood).
    // Not "get rid of my stuff": giving things away can be a sign of risk, for the risk check to hear.
    'delete my stuff', 'remove my stuff', 'erase my stuff', 'wipe my stuff',
    'delete my info', 'delete my answers', 'delete all my answers', 'delete what you have on me',
    'erase everything', 'wipe everything', 'delete it all',
  ],
  'withdraw-consent': [
    'withdraw consent', 'withdraw my consent', 'stop consent', 'stop my consent', 'i withdraw my consent',
    'i withdraw consent', 'take back my consent', 'cancel my consent', 'stop using my data',
    'stop keeping my data', 'i do not consent', 'i dont consent', 'i no longer consent',
  ],
};

const lookup = new Map<string, DataRightsCommand>();
for (const [command, list] of Object.entries(phrases) as Array<[DataRightsCommand, string[]]>) {
  for (const phrase of list) lookup.set(normaliseAnswer(phrase), command);
}

const POLITE = /^(please |can you |could you |can i |i want to |i would like to |id like to |i want you to )+|( please| now| thanks| thank you)+$/g;

/** Only a whole message counts: "my data plan ran out" is not a request to see their data. */
export function recogniseDataRightsCommand(text: string | undefined | null): DataRightsCommand | null {
  if (!text || text.length > 80) return null;
  const normalised = normaliseAnswer(text);
  return lookup.get(normalised) ?? lookup.get(normalised.replace(POLITE, '').trim()) ?? null;
}
