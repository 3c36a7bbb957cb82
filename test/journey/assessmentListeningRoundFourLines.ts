// Scripted lines for the fourth listening round (December): the work-history questions again.
// At "Have you had a paid job in the last two years?": a yes in text-speak with the job said, and
// work still going said with no verb ("on a zero hours contract"). At "What was your last job?": a
// wish for work. At "How did that job end?": how people answer in their own words (feelings, "long
// story", a contract not renewed, illness, covid, a baby, a move, "do i have to say").
// Written before any mend; every fourth line (held: true) was never tuned on.
// `kept`: 'words' (the words as typed), 'still' (kept as "I still work there"), 'ask' (nothing
// kept, the question asked again), 'skip' (left empty), or 'job' (for recent-work: a yes, and the
// job kept, so "What was your last job?" is not asked). `reply`: words the reply must have;
// `notReply`: words it must not have.
export type RoundFourAt = 'recent-work' | 'last-job' | 'how-it-ended';
export type RoundFourKept = 'words' | 'still' | 'ask' | 'skip' | 'job' | 'job-ended';
export type RoundFourLine = { at: RoundFourAt; said: string; voice: string; kept: RoundFourKept[]; reply?: RegExp; notReply?: RegExp; held?: boolean };

const WHICH = /What was your last job\?/;
const ENDED = /How did that job end\?/;
const WISH = /work you would like/i;
// "long story", "do i have to say": told they need not, and the question with its buttons again.
const NEED_NOT = /do not have to/i;
const ILL = /sorry you were not well/i;
const HARD = /sorry that was hard/i;
const LET_GO = /lots of people/i;
const LIFE = /thank you for telling me/i;

const recentWork: Omit<RoundFourLine, 'held'>[] = [
  { at: 'recent-work', said: 'yh i work in a warehouse', voice: 'text-speak', kept: ['job'], notReply: WHICH },
  { at: 'recent-work', said: 'ye i work at greggs', voice: 'text-speak', kept: ['job'], notReply: WHICH },
  { at: 'recent-work', said: 'yeh im a cleaner at the hospital', voice: 'few words', kept: ['job'], notReply: WHICH },
  { at: 'recent-work', said: 'on a zero hours contract with an agency, they dont give me many shifts', voice: 'agency, fed up', kept: ['job'], notReply: ENDED },
  { at: 'recent-work', said: 'yea i do nights at a care home', voice: 'night worker', kept: ['job'], notReply: WHICH },
  { at: 'recent-work', said: 'on zero hours at mcdonalds', voice: 'young man', kept: ['job'], notReply: ENDED },
  { at: 'recent-work', said: 'yh was a chef till march', voice: 'text-speak, ended', kept: ['job-ended'], notReply: WHICH },
  { at: 'recent-work', said: 'on the tills at morrisons, 16 hours a week', voice: 'part-timer', kept: ['job'], notReply: ENDED },
  { at: 'recent-work', said: 'yup, part time at asda', voice: 'few words', kept: ['job'], notReply: WHICH },
  { at: 'recent-work', said: 'ya i work for my uncles building firm', voice: 'labourer', kept: ['job'], notReply: WHICH },
  { at: 'recent-work', said: 'on agency shifts at a factory', voice: 'agency worker', kept: ['job'], notReply: ENDED },
  { at: 'recent-work', said: 'yes i work in a pub but only weekends', voice: 'weekend worker', kept: ['job'], notReply: WHICH },
];

const lastJob: Omit<RoundFourLine, 'held'>[] = [
  { at: 'last-job', said: 'i want to work in a shop', voice: 'hopeful', kept: ['ask'], reply: WISH },
  { at: 'last-job', said: 'looking for retail', voice: 'few words', kept: ['ask'], reply: WISH },
  { at: 'last-job', said: 'hoping to get into care work', voice: 'hopeful', kept: ['ask'], reply: WISH },
  { at: 'last-job', said: 'id like to be a hairdresser', voice: 'young woman', kept: ['ask'], reply: WISH },
  { at: 'last-job', said: 'want to drive lorries', voice: 'older man', kept: ['ask'], reply: WISH },
  { at: 'last-job', said: 'i wanna work with animals', voice: 'text-speak', kept: ['ask'], reply: WISH },
  { at: 'last-job', said: 'trying to get a job in admin', voice: 'keen', kept: ['ask'], reply: WISH },
  { at: 'last-job', said: 'looking for warehouse work tbh', voice: 'text-speak', kept: ['ask'], reply: WISH },
  // The last job itself: kept as typed.
  { at: 'last-job', said: 'warehouse operative at amazon', voice: 'few words', kept: ['words'] },
  { at: 'last-job', said: 'retail assistant at next', voice: 'few words', kept: ['words'] },
  { at: 'last-job', said: 'care assistant, wanted something closer to home', voice: 'care worker', kept: ['words'] },
  { at: 'last-job', said: 'shop work', voice: 'few words', kept: ['words'] },
];

const howItEnded: Omit<RoundFourLine, 'held'>[] = [
  // Not wanting to say: never kept as how it ended; told they need not, asked again with the buttons.
  { at: 'how-it-ended', said: 'long story', voice: 'guarded', kept: ['ask', 'skip'], reply: NEED_NOT },
  { at: 'how-it-ended', said: 'bit embarrassing tbh', voice: 'ashamed', kept: ['ask', 'skip'], reply: NEED_NOT },
  { at: 'how-it-ended', said: 'do i have to say', voice: 'guarded', kept: ['ask', 'skip'], reply: NEED_NOT },
  { at: 'how-it-ended', said: 'its a long story tbh', voice: 'text-speak', kept: ['ask', 'skip'], reply: NEED_NOT },
  { at: 'how-it-ended', said: 'id rather not talk about it', voice: 'guarded', kept: ['ask', 'skip'], reply: NEED_NOT },
  { at: 'how-it-ended', said: 'its complicated', voice: 'few words', kept: ['ask', 'skip'], reply: NEED_NOT },
  { at: 'how-it-ended', said: 'do i have to tell you that', voice: 'wary', kept: ['ask', 'skip'], reply: NEED_NOT },
  { at: 'how-it-ended', said: 'not something i want to go into', voice: 'older man', kept: ['ask', 'skip'], reply: NEED_NOT },
  // Feelings: kept as told, and heard kindly.
  { at: 'how-it-ended', said: 'hated it so i walked out', voice: 'honest', kept: ['words'], reply: HARD },
  { at: 'how-it-ended', said: 'they treated me like rubbish so i quit', voice: 'angry', kept: ['words'], reply: HARD },
  { at: 'how-it-ended', said: 'i was being bullied by my manager so i left', voice: 'hurt', kept: ['words'], reply: HARD },
  { at: 'how-it-ended', said: 'it was so stressful i couldnt handle it anymore', voice: 'worn out', kept: ['words'], reply: HARD },
  // Illness: kept as told, and heard kindly.
  { at: 'how-it-ended', said: 'i got ill', voice: 'few words', kept: ['words'], reply: ILL },
  { at: 'how-it-ended', said: 'had to stop cos of my back', voice: 'older man', kept: ['words'], reply: ILL },
  { at: 'how-it-ended', said: 'i was off sick for ages and they finished me', voice: 'long-term sick', kept: ['words'], reply: ILL },
  { at: 'how-it-ended', said: 'health reasons', voice: 'private', kept: ['words'], reply: ILL },
  // Let go: kept as told, and told it happens to many.
  { at: 'how-it-ended', said: 'got sacked', voice: 'few words', kept: ['words'], reply: LET_GO },
  { at: 'how-it-ended', said: 'they let me go after my trial', voice: 'young man', kept: ['words'], reply: LET_GO },
  { at: 'how-it-ended', said: 'didnt pass my probation', voice: 'honest', kept: ['words'], reply: LET_GO },
  { at: 'how-it-ended', said: 'i got fired for being late', voice: 'honest', kept: ['words'], reply: LET_GO },
  // Life: a baby, a move, caring; kept as told and thanked.
  { at: 'how-it-ended', said: 'i had a baby', voice: 'mum', kept: ['words'], reply: LIFE },
  { at: 'how-it-ended', said: 'i moved', voice: 'few words', kept: ['words'], reply: LIFE },
  { at: 'how-it-ended', said: 'left to look after my dad', voice: 'carer', kept: ['words'], reply: LIFE },
  { at: 'how-it-ended', said: 'went on maternity and never went back', voice: 'mum', kept: ['words'], reply: LIFE },
  { at: 'how-it-ended', said: 'moved up here from london', voice: 'newcomer', kept: ['words'], reply: LIFE },
  // Plain reasons: kept as told.
  { at: 'how-it-ended', said: 'they didnt renew my contract', voice: 'few words', kept: ['words'] },
  { at: 'how-it-ended', said: 'covid', voice: 'one word', kept: ['words'] },
  { at: 'how-it-ended', said: 'it was seasonal, just over christmas', voice: 'temp', kept: ['words'] },
  { at: 'how-it-ended', said: 'contract wasnt renewed', voice: 'formal', kept: ['words'] },
  { at: 'how-it-ended', said: 'covid hit and they shut down', voice: 'older woman', kept: ['words'], reply: /sorry that job ended/i },
  // Not ended at all: kept as "I still work there".
  { at: 'how-it-ended', said: 'it hasnt ended, im still there', voice: 'still there', kept: ['still'] },
  { at: 'how-it-ended', said: 'it didnt end i still work there', voice: 'still there', kept: ['still'] },
];

const held = (line: Omit<RoundFourLine, 'held'>, i: number): RoundFourLine => ({ ...line, held: i % 4 === 3 });
export const ROUND_FOUR_LINES: RoundFourLine[] = [...recentWork.map(held), ...lastJob.map(held), ...howItEnded.map(held)];
