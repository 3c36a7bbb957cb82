// The question words of an adviser typing fast: "wots urgent", "anythin urgent", "whats happenin
// with sam" (round seven: each got the whole help list, while "whats urgent" and "whats happening
// with sam" worked). Whole words from this list only are put right, for reading what is asked; a
// client's name is never guessed, and words sent to a client or kept in a plan are never read
// through this (dialogs/adviserCommands.ts keeps them as typed). Pure: no I/O.

const SPELLINGS: Record<string, string> = {
  wot: 'what', wat: 'what', wht: 'what', waht: 'what', whta: 'what',
  wots: 'whats', wats: 'whats', whts: 'whats', wahts: 'whats', whatsup: 'whats up',
  anythin: 'anything', anythng: 'anything', anyting: 'anything', annything: 'anything', nething: 'anything',
  happenin: 'happening', hapening: 'happening', happning: 'happening', happenning: 'happening',
  goin: 'going',
  urgnet: 'urgent', urgant: 'urgent', ugent: 'urgent', urgetn: 'urgent', urget: 'urgent',
  overdeu: 'overdue', ovedue: 'overdue', overude: 'overdue', overdu: 'overdue',
  revew: 'review', reveiw: 'review', reivew: 'review', reviw: 'review',
  hasent: 'hasnt', havnt: 'havent', havnet: 'havent',
  tuch: 'touch', toch: 'touch', heared: 'heard', herd: 'heard',
  wen: 'when', wens: 'whens', whn: 'when',
  ppl: 'people', sum1: 'someone', ne1: 'anyone', any1: 'anyone', every1: 'everyone',
};

/** The text with the slipped question words put right; every other word as typed. */
export function withQuestionWordsPutRight(text: string): string {
  return text.replace(/[\p{L}\d]+/gu, (word) => SPELLINGS[word.toLowerCase()] ?? word);
}
