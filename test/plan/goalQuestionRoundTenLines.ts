// Round ten (2026-12-07): lines typed at "What would you like to work on?" by clients who are unsure,
// or say only part of a goal. Written before this round's mends, in many voices (lower case, typos,
// text-speak). What a good coach does with each kind:
// "ideas": no goal of their own ("dunno", "?", "can u give me some examples"): a short kind answer,
//   a few ideas as buttons, the same question again; nothing put in the plan.
// "what-counts": a question back about what a goal can be ("does it have to be a job"): answered
//   (it does not have to be a job, any size is fine), then the ideas as buttons; nothing planned.
// "feeling-unsure": unsure said with a feeling ("dunno, bit lost tbh"): a kind word first, then the ideas.
// "direction": a loose direction ("something with animals maybe", "whatever pays"): kept as the goal
//   without its hedges (`leftOut`), showing `keep`, then ONE question that narrows it (the first step).
// "again": pointing back at a goal the coach cannot see ("same as before i guess"): asked to say it
//   again, nothing planned.
// "keep": a real goal said with doubt ("idk maybe update my cv"): the goal kept, the doubt left out.
// A quarter is held out by the fixed hash below and never read for mends.
// "offered": someone else's idea ("my mum says i should do care work"): offered back with a yes and a no;
//   nothing planned until the client says yes (changed by the lead after the round: it had been kept at once).
export type RoundTenKind = 'ideas' | 'what-counts' | 'feeling-unsure' | 'direction' | 'again' | 'keep' | 'offered';
// miss: found on the first run or in the held-out quarter, not relabelled, and left a miss in the figures;
// the test does not hold the goal question to it. 'risk-check': the risk check reads the line as not
// coping and offers the adviser before the goal question hears it (none left: "cant think of
// anything" and "i dont even know where to start" are read with the question on screen since, in
// src/domain/riskWithQuestion.ts). 'held-out': held out and missed after the mends; never tuned on.
export type RoundTenRow = { text: string; kind: RoundTenKind; keep?: RegExp; leftOut?: RegExp; miss?: 'risk-check' | 'held-out' };

const HEDGES = /\b(?:maybe|i guess|idk|tbh|not sure|probably|or something|dunno|i suppose)\b/i;

export const ROUND_TEN: readonly RoundTenRow[] = [
  { text: 'dunno', kind: 'ideas' },
  { text: 'idk really', kind: 'ideas' },
  { text: 'no clue', kind: 'ideas' },
  { text: 'not sure yet', kind: 'ideas' },
  { text: 'anything tbh', kind: 'ideas' },
  { text: 'hmm', kind: 'ideas' },
  { text: '?', kind: 'ideas' },
  { text: 'can u give me some examples', kind: 'ideas' },
  { text: 'what do other people pick', kind: 'ideas' },
  { text: 'i dont know what im good at', kind: 'ideas' },
  { text: 'no idea tbh', kind: 'ideas' },
  { text: 'idk tbh', kind: 'ideas' },
  { text: 'not a clue mate', kind: 'ideas' },
  { text: 'erm dunno', kind: 'ideas' },
  { text: 'i havent really thought about it', kind: 'ideas' },
  { text: 'cant think of anything', kind: 'ideas' },
  { text: 'u tell me', kind: 'ideas' },
  { text: 'no idea what to put', kind: 'ideas' },
  { text: 'give me some ideas pls', kind: 'ideas' },
  { text: 'wat do ppl usually put', kind: 'ideas' },
  { text: 'idk wat to say', kind: 'ideas' },
  { text: 'im not sure what i want to do', kind: 'ideas' },
  { text: '...', kind: 'ideas' },
  { text: 'examples?', kind: 'ideas' },
  { text: 'what r my options', kind: 'ideas' },
  { text: 'i dont even know where to start', kind: 'ideas' },
  { text: 'what would you suggest', kind: 'ideas', miss: 'held-out' },
  { text: 'anything really, i dont mind', kind: 'ideas' },
  { text: 'Not sure to be honest', kind: 'ideas' },
  { text: 'no idea what i want', kind: 'ideas' },
  { text: 'does it have to be a job', kind: 'what-counts' },
  { text: 'does it have to be about work?', kind: 'what-counts' },
  { text: 'can it be something small', kind: 'what-counts' },
  { text: 'can it be anything?', kind: 'what-counts' },
  { text: 'what counts as a goal', kind: 'what-counts' },
  { text: 'like what?', kind: 'what-counts' },
  { text: 'dunno, bit lost tbh', kind: 'feeling-unsure' },
  { text: 'no idea im so confused', kind: 'feeling-unsure' },
  { text: 'idk im just stressed about it all', kind: 'feeling-unsure' },
  { text: 'not sure, feeling a bit rubbish', kind: 'feeling-unsure' },
  { text: 'honestly no clue, im a bit nervous', kind: 'feeling-unsure' },
  { text: 'idk what im good at tbh, bit down about it', kind: 'feeling-unsure' },
  { text: 'whatever pays', kind: 'direction', keep: /job|work|pa(?:y|id)/i, leftOut: /whatever/i },
  { text: 'just a job', kind: 'direction', keep: /job/i },
  { text: 'something with animals maybe', kind: 'direction', keep: /animals/i, leftOut: HEDGES },
  { text: 'any job really', kind: 'direction', keep: /job/i },
  { text: 'something outdoors i guess', kind: 'direction', keep: /outdoors/i, leftOut: HEDGES },
  { text: 'summat with computers idk', kind: 'direction', keep: /computers/i, leftOut: HEDGES },
  { text: 'my mum says i should do care work', kind: 'offered' },
  { text: 'maybe retail? not sure', kind: 'direction', keep: /retail/i, leftOut: HEDGES },
  { text: 'probably warehouse work or something', kind: 'direction', keep: /warehouse/i, leftOut: HEDGES },
  { text: 'just want a job tbh', kind: 'direction', keep: /job/i, leftOut: HEDGES },
  { text: 'something where i can help people', kind: 'direction', keep: /help people/i },
  { text: 'my support worker thinks i should try cleaning', kind: 'offered' },
  { text: 'same as before i guess', kind: 'again' },
  { text: 'same as last time', kind: 'again' },
  { text: 'idk maybe update my cv', kind: 'keep', keep: /cv/i, leftOut: HEDGES },
  { text: 'not sure, maybe get my cscs card?', kind: 'keep', keep: /cscs/i, leftOut: HEDGES },
  { text: 'update my cv i guess', kind: 'keep', keep: /cv/i },
  { text: 'apply for 3 jobs this week', kind: 'keep', keep: /3 jobs/i },
  { text: 'dunno, ring the agency maybe', kind: 'keep', keep: /agency/i, leftOut: HEDGES },
  { text: 'find a course', kind: 'keep', keep: /course/i },
];

/** A quarter of the lines, by a fixed hash of their words: never read for mends. */
export function heldOutRoundTen(text: string): boolean {
  let hash = 2166136261;
  for (const char of `ten:${text}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 4 === 0;
}
