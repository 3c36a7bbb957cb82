// Round nine (2026-12-07): lines typed at "What would you like to work on?", written before this
// round's mends, in many voices. "feeling-first": a feeling said before the goal, which the risk
// check does not take as a worry; a good coach says a short kind word, then keeps only the goal.
// "help-with": a goal asked for as help ("can you help me write a cover letter?"); a good coach takes
// it as the goal. "unsure": the client does not know what to pick; a good coach gives a short,
// helpful answer with a few example goals as buttons, then asks the same question. "control": lines
// that already worked. `keep` is a word the goal kept must show; `leftOut` a word of the feeling that must not.
// A quarter is held out by the fixed hash below and never read for mends.
export type RoundNineKind = 'feeling-first' | 'help-with' | 'unsure' | 'control';
// riskFirst: found on the first run, not relabelled: the risk check reads "overwhelmed" as not coping and
// offers the adviser before the goal question hears the words (src/domain/risk*, not this round's to mend).
// It stays a miss in the figures; the test does not hold the goal question to it.
export type RoundNineRow = { text: string; kind: RoundNineKind; keep?: RegExp; leftOut?: RegExp; riskFirst?: true };

export const ROUND_NINE: readonly RoundNineRow[] = [
  { text: 'im so stressed, i want to get a job in retail', kind: 'feeling-first', keep: /retail/i, leftOut: /stressed/i },
  { text: 'bit nervous tbh but i wanna do my cscs card', kind: 'feeling-first', keep: /cscs/i, leftOut: /nervous/i },
  { text: 'honestly im knackered. i want to find a warehouse job', kind: 'feeling-first', keep: /warehouse/i, leftOut: /knackered/i },
  { text: 'feeling a bit anxious about it all but id like to update my cv', kind: 'feeling-first', keep: /cv/i, leftOut: /anxious/i },
  { text: 'im nervous, apply for the bus driver job', kind: 'feeling-first', keep: /bus driver/i, leftOut: /nervous/i },
  { text: 'so fed up lol. wanna get a job in a cafe', kind: 'feeling-first', keep: /cafe/i, leftOut: /fed up/i },
  { text: 'I am a little bit worried about my English. I want to improve my English for work.', kind: 'feeling-first', keep: /english/i, leftOut: /worried/i },
  { text: 'bit scared to be honest, but i want to ring the agency tomorrow', kind: 'feeling-first', keep: /agency/i, leftOut: /scared/i },
  { text: 'i am tired of looking. i want to apply for 3 jobs this week', kind: 'feeling-first', keep: /3 jobs|three jobs/i, leftOut: /tired/i },
  { text: 'stressed out innit, gonna sort my cv out', kind: 'feeling-first', keep: /cv/i, leftOut: /stressed/i },
  { text: 'a bit overwhelmed but i need to book my cscs test', kind: 'feeling-first', keep: /cscs/i, leftOut: /overwhelmed/i, riskFirst: true },
  { text: 'can you help me write a cover letter?', kind: 'help-with', keep: /cover letter/i },
  { text: 'could you help me find a job in a warehouse', kind: 'help-with', keep: /warehouse/i },
  { text: 'can u help me do my cv', kind: 'help-with', keep: /cv/i },
  { text: 'please can you help me apply for jobs online?', kind: 'help-with', keep: /online/i },
  { text: 'will you help me get my forklift licence?', kind: 'help-with', keep: /forklift/i },
  { text: 'can you help me look for care jobs', kind: 'help-with', keep: /care jobs/i },
  { text: 'Would you be able to help me prepare for an interview?', kind: 'help-with', keep: /interview/i },
  { text: 'help me write a cover letter pls', kind: 'help-with', keep: /cover letter/i },
  { text: 'what should my goal be?', kind: 'unsure' },
  { text: 'idk what to pick', kind: 'unsure' },
  { text: 'not sure what to work towards', kind: 'unsure' },
  { text: 'what can i choose?', kind: 'unsure' },
  { text: 'i dont know what goal to set', kind: 'unsure' },
  { text: 'what do people usually pick', kind: 'unsure' },
  { text: 'any ideas?', kind: 'unsure' },
  { text: 'no idea tbh', kind: 'unsure' },
  { text: 'What sort of goals can I have?', kind: 'unsure' },
  { text: 'what goals are there', kind: 'unsure' },
  { text: 'update my cv', kind: 'control', keep: /cv/i },
  { text: 'ring the agency. scared tbh', kind: 'control', keep: /agency/i, leftOut: /scared/i },
  { text: 'how do i update my cv?', kind: 'control', keep: /cv/i },
];

export function heldOutRoundNine(text: string): boolean {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 4 === 0;
}
