// Scripted lines for the third listening round (December): the work-history questions. At "Have
// you had a paid job in the last two years?": work still going (said in the present tense), work
// that ended, zero-hours, agency and self-employed work, caring, study, volunteering, sick leave,
// "not since covid", "years ago", a wish for work, and answers with a feeling or a question in them.
// Written before any mend; every fourth line (held: true) was never tuned on.
// `kept` as in assessmentListeningLines.ts. `next`: words the reply must have (the next question);
// `notNext`: words it must not have ("How did that job end?" to someone still in that job);
// `note`: the barrier whose notes must keep the words (caring, said here, kept for the adviser).
import type { BarrierId } from '../../src/domain/barriers.ts';
import type { Line } from './assessmentListeningLines.ts';

export type RoundThreeLine = Line & { next?: RegExp; notNext?: RegExp; note?: BarrierId };

const ENDED = /How did that job end\?/;
const ENDED_OR_WHICH = /How did that job end\?|What was your last job\?/;
const CARING: BarrierId = 'childcare-caring';
// The wish heard warmly. (First written as the job said back, /shop/i and the like; a reply with
// the job in it needs a sample line in src/messages/samples, left to the lead.)
const WISH_HEARD = /work you would like/i;

const lines: Omit<RoundThreeLine, 'held'>[] = [
  // Work still going, said in the present tense: a yes, and never "How did that job end?".
  { at: 'recent-work', said: 'i work at tesco nights', voice: 'night worker', good: 'a yes, not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'im working at the co-op on the tills', voice: 'young woman', good: 'a yes, not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'currently doing zero hours at sainsburys', voice: 'zero-hours', good: 'a yes, not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'on a zero hours contract with an agency, they dont give me many shifts', voice: 'agency, fed up', good: 'a yes, not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'yeah i work part time in a cafe', voice: 'part-timer', good: 'a yes, not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'still at amazon warehouse, just want more hours', voice: 'wants more hours', good: 'a yes, not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'i do deliveries for evri at the moment', voice: 'gig worker', good: 'a yes, not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'self employed, i do window cleaning', voice: 'self-employed man', good: 'a yes, not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'I am employed as a cleaner at the hospital but I am on sick leave', voice: 'formal, off sick', good: 'a yes, still there', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'im off sick from my job at the moment', voice: 'off sick', good: 'a yes, still there', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'i drive for uber', voice: 'few words', good: 'a yes, not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'yes im a carer at a care home', voice: 'paid care worker', good: 'a yes (paid care work), not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'agency work, still with them on and off', voice: 'agency worker', good: 'a yes, still there', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'do a few hours cleaning offices in the evenings', voice: 'evening cleaner', good: 'a yes, still there', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'yh i work in a warehouse', voice: 'text-speak', good: 'a yes, not asked how it ended', kept: [true], notNext: ENDED },
  { at: 'recent-work', said: 'I have been on maternity leave from my job at the bank', voice: 'new mum', good: 'a yes, still there', kept: [true], notNext: ENDED },
  // Work that ended: a yes, and how it ended is the right next question.
  { at: 'recent-work', said: 'used to work at boots till last year', voice: 'past tense', good: 'a yes, asked how it ended', kept: [true], next: ENDED_OR_WHICH },
  { at: 'recent-work', said: 'worked for an agency on zero hours till the summer', voice: 'agency, ended', good: 'a yes, asked how it ended', kept: [true], next: ENDED_OR_WHICH },
  { at: 'recent-work', said: 'had a job in a call centre but i left in june', voice: 'left', good: 'a yes, asked how it ended', kept: [true], next: ENDED_OR_WHICH },
  { at: 'recent-work', said: 'i was doing an apprenticeship with a plumber', voice: 'apprentice', good: 'a yes (apprentices are paid), or asked', kept: [true, 'ask'] },
  // Long ago: a no.
  { at: 'recent-work', said: 'not since covid', voice: 'few words', good: 'a no', kept: [false] },
  { at: 'recent-work', said: 'not since before covid tbh', voice: 'text-speak', good: 'a no', kept: [false] },
  { at: 'recent-work', said: 'years ago', voice: 'few words', good: 'a no', kept: [false] },
  { at: 'recent-work', said: 'worked in a factory but that was about 6 year ago', voice: 'long gap', good: 'a no', kept: [false] },
  { at: 'recent-work', said: 'not for ages', voice: 'few words', good: 'a no', kept: [false] },
  { at: 'recent-work', said: 'not in a long time', voice: 'older man', good: 'a no', kept: [false] },
  { at: 'recent-work', said: 'havent worked since my son was born', voice: 'mum', good: 'a no, or asked', kept: [false, 'ask'] },
  // Caring: a real answer (no paid job), and the caring kept for the adviser.
  { at: 'recent-work', said: 'looking after my mum full time', voice: 'carer', good: 'a no, caring noted', kept: [false], note: CARING },
  { at: 'recent-work', said: 'im a full time carer for my son', voice: 'carer', good: 'a no, caring noted', kept: [false], note: CARING },
  { at: 'recent-work', said: 'been caring for my dad since his stroke', voice: 'carer', good: 'a no, caring noted', kept: [false], note: CARING },
  { at: 'recent-work', said: 'i look after my kids, no job', voice: 'mum', good: 'a no, caring noted', kept: [false], note: CARING },
  { at: 'recent-work', said: 'no i care for my husband', voice: 'older woman', good: 'a no, caring noted', kept: [false], note: CARING },
  { at: 'recent-work', said: 'stay at home mum for the last 3 years', voice: 'mum', good: 'a no, caring noted', kept: [false], note: CARING },
  { at: 'recent-work', said: 'ive been my nans carer', voice: 'young carer', good: 'a no, caring noted', kept: [false], note: CARING },
  // Study and volunteering: never a yes; heard, not "didn't catch that".
  { at: 'recent-work', said: 'im at college doing a course', voice: 'student', good: 'heard, asked again, or a no', kept: ['ask', false] },
  { at: 'recent-work', said: 'been at uni the last 2 years', voice: 'graduate', good: 'heard, asked again, or a no', kept: ['ask', false] },
  { at: 'recent-work', said: 'i volunteer at a charity shop', voice: 'volunteer', good: 'heard, asked again, or a no', kept: ['ask', false] },
  { at: 'recent-work', said: 'only volunteering at church', voice: 'volunteer', good: 'heard, asked again, or a no', kept: ['ask', false] },
  // A wish for work: not a yes and not a no; said back, and the question asked again.
  { at: 'recent-work', said: 'i want to work in a shop', voice: 'hopeful', good: 'the wish heard warmly, asked again', kept: ['ask'], reply: WISH_HEARD },
  { at: 'recent-work', said: 'looking for warehouse work', voice: 'few words', good: 'the wish heard warmly, asked again', kept: ['ask'], reply: WISH_HEARD },
  { at: 'recent-work', said: 'hoping to get something in retail', voice: 'hopeful', good: 'the wish heard warmly, asked again', kept: ['ask'], reply: WISH_HEARD },
  { at: 'recent-work', said: 'i would love to drive buses', voice: 'older man', good: 'the wish heard warmly, asked again', kept: ['ask'], reply: WISH_HEARD },
  { at: 'recent-work', said: 'no but i really want a job in care', voice: 'keen', good: 'a no', kept: [false] },
  { at: 'recent-work', said: 'i just want a job', voice: 'fed up', good: 'heard, asked again', kept: ['ask'] },
  // Feelings and questions in the answer.
  { at: 'recent-work', said: 'no and its really getting me down', voice: 'low', good: 'a no', kept: [false] },
  { at: 'recent-work', said: 'does agency work count?', voice: 'unsure', good: 'answered (it counts), asked again', kept: ['ask'], reply: /count/i },
  { at: 'recent-work', said: 'does zero hours count', voice: 'unsure', good: 'answered (it counts), asked again', kept: ['ask'], reply: /count/i },
  { at: 'recent-work', said: 'does self employed count?', voice: 'unsure', good: 'answered (it counts), asked again', kept: ['ask'], reply: /count/i },
  { at: 'recent-work', said: 'yes but i hated it', voice: 'honest', good: 'a yes', kept: [true] },
  { at: 'recent-work', said: 'kinda, im on zero hours and get like 2 shifts a month', voice: 'zero-hours', good: 'a yes, or asked if paid', kept: [true, 'ask'] },
  { at: 'recent-work', said: 'i get carers allowance for my mum', voice: 'carer', good: 'a no, caring noted', kept: [false], note: CARING },
];

export const ROUND_THREE_LINES: RoundThreeLine[] = lines.map((line, i) => ({ ...line, held: i % 4 === 3 }));

/** Said after a plain "yes" at the paid-work question, at "What was your last job?". */
export type LastJobLine = { said: string; voice: string; stillThere: boolean; held?: boolean };

const lastJobs: Omit<LastJobLine, 'held'>[] = [
  { said: 'i work at tesco nights', voice: 'night worker', stillThere: true },
  { said: 'still there, cleaner at the school', voice: 'few words', stillThere: true },
  { said: 'im a care assistant at oakwood, still doing it', voice: 'care worker', stillThere: true },
  { said: 'was a barista at costa', voice: 'past tense', stillThere: false },
  { said: "I'm currently working as a kitchen porter", voice: 'formal', stillThere: true },
  { said: 'forklift driver at b&q', voice: 'few words', stillThere: false },
  { said: 'i do zero hours at the leisure centre', voice: 'zero-hours', stillThere: true },
  { said: 'i worked in a nursery', voice: 'past tense', stillThere: false },
];

export const LAST_JOB_LINES: LastJobLine[] = lastJobs.map((line, i) => ({ ...line, held: i % 4 === 3 }));
