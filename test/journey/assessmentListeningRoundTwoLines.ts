// Scripted lines for the second listening round (December): work told of without a yes at "Have
// you had a paid job in the last two years?", and part answers ("partly", "sort of") at a
// locus-of-control sentence. Written before any mend; every fourth line (held: true) was never tuned on.
// `kept` as in assessmentListeningLines.ts: true/false a yes or no to paid work, 1 to 5 a sentence's answer.
import type { Line } from './assessmentListeningLines.ts';

const lines: Omit<Line, 'held'>[] = [
  // Work told of, with no yes: paid work. Cash in hand is paid work, and never judged.
  { at: 'recent-work', said: 'i did a few weeks at christmas in argos', voice: 'student, seasonal', good: 'a yes', kept: [true] },
  { at: 'recent-work', said: 'worked in a chippy for 2 year', voice: 'text-speak, dropped words', good: 'a yes', kept: [true] },
  { at: 'recent-work', said: 'cleaning for my aunties business on weekends', voice: 'family business', good: 'a yes', kept: [true] },
  { at: 'recent-work', said: 'did some labouring for my mate, cash in hand', voice: 'builder, cash work', good: 'a yes, not judged', kept: [true] },
  { at: 'recent-work', said: 'I was a care assistant until March.', voice: 'formal, older woman', good: 'a yes', kept: [true] },
  { at: 'recent-work', said: 'agency work in a warehouse on and off', voice: 'agency worker', good: 'a yes', kept: [true] },
  { at: 'recent-work', said: 'been doing deliveries for just eat on my bike', voice: 'gig worker', good: 'a yes', kept: [true] },
  { at: 'recent-work', said: 'bar work last summer', voice: 'few words', good: 'a yes', kept: [true] },
  { at: 'recent-work', said: 'i work at tesco nights', voice: 'in work now', good: 'a yes', kept: [true] },
  { at: 'recent-work', said: 'pickin fruit in the summer 4 cash', voice: 'text-speak, seasonal', good: 'a yes, not judged', kept: [true] },
  { at: 'recent-work', said: 'Temporary contract at the council, finished in the summer', voice: 'formal', good: 'a yes', kept: [true] },
  { at: 'recent-work', said: 'worked on the tills at morrisons til they let me go', voice: 'let go', good: 'a yes', kept: [true] },
  // Not paid work told of: never read as a yes.
  { at: 'recent-work', said: 'i want to work in a shop', voice: 'hopeful', good: 'not a yes: asked again', kept: ['ask'] },
  { at: 'recent-work', said: 'i help my uncle at his cafe but its not paid', voice: 'unpaid helper', good: 'not a yes: told what counts, asked again (or a no)', kept: ['ask', false] },
  { at: 'recent-work', said: 'worked at asda but that was 5 years ago', voice: 'long gap', good: 'never a yes', kept: ['ask', false] },
  { at: 'recent-work', said: 'looking after my mum full time', voice: 'carer', good: 'never a yes', kept: ['ask', false] },
  { at: 'recent-work', said: 'volunteering at the food bank', voice: 'volunteer', good: 'never a yes', kept: ['ask', false] },
  // Part answers at a sentence: in between (as "bit of both").
  { at: 'locus:1', said: 'partly', voice: 'careful', good: 'in between', kept: [3] },
  { at: 'locus:2', said: 'a little', voice: 'quiet', good: 'in between', kept: [3] },
  { at: 'locus:3', said: 'kind of', voice: 'few words', good: 'in between', kept: [3] },
  { at: 'locus:4', said: 'sort of', voice: 'hesitant', good: 'in between', kept: [3] },
  { at: 'locus:5', said: 'half and half', voice: 'weighing up', good: 'in between', kept: [3] },
  { at: 'locus:6', said: 'partly yeah', voice: 'young man', good: 'in between', kept: [3] },
  { at: 'locus:7', said: 'Somewhat.', voice: 'formal', good: 'in between', kept: [3] },
  { at: 'locus:8', said: 'a little bit', voice: 'shy', good: 'in between', kept: [3] },
  { at: 'locus:1', said: 'in a way', voice: 'thoughtful', good: 'in between', kept: [3] },
  { at: 'locus:2', said: 'to some extent', voice: 'formal', good: 'in between', kept: [3] },
  { at: 'locus:3', said: 'sorta i guess', voice: 'text-speak', good: 'in between', kept: [3] },
  { at: 'locus:4', said: 'partly, depends who you ask', voice: 'up and down', good: 'in between', kept: [3] },
  { at: 'locus:5', said: 'halfway', voice: 'few words', good: 'in between', kept: [3] },
  // Plain answers stay as they were.
  { at: 'locus:6', said: 'sort of agree', voice: 'careful', good: 'Agree', kept: [4] },
  { at: 'locus:7', said: 'a bit of both tbh', voice: 'text-speak', good: 'in between', kept: [3] },
  { at: 'locus:8', said: 'agree', voice: 'plain', good: 'Agree', kept: [4] },
];

export const ROUND_TWO_LINES: Line[] = lines.map((line, i) => ({ ...line, held: i % 4 === 3 }));

/** After "Were you paid for any of that work, even cash in hand?": what the client says, and the yes or no to keep (null: left kindly). */
export type FollowUpLine = { first: string; then: string; voice: string; kept: (boolean | null)[]; held?: boolean };

const followUps: Omit<FollowUpLine, 'held'>[] = [
  { first: 'kinda, a few shifts at my uncles cafe', then: 'yeah cash', voice: 'young man', kept: [true] },
  { first: 'kinda, a few shifts at my uncles cafe', then: 'no it was just helping out', voice: 'young man', kept: [false] },
  { first: 'kinda, a few shifts at my uncles cafe', then: 'he gave me a few quid', voice: 'young man', kept: [true] },
  { first: 'kinda, a few shifts at my uncles cafe', then: 'nah he didnt pay me', voice: 'young man', kept: [false] },
  { first: 'bits and bobs here and there', then: 'cash in hand yeah', voice: 'odd jobs', kept: [true] },
  { first: 'bits and bobs here and there', then: 'not really, it was for family', voice: 'odd jobs', kept: [false] },
  { first: 'sort of, helping out my mate', then: 'yes he paid me', voice: 'labourer', kept: [true] },
  { first: 'kinda, a few shifts at my uncles cafe', then: 'sometimes', voice: 'unsure', kept: [true, null] },
  { first: 'odd jobs for my neighbour', then: 'yeah 20 quid a time', voice: 'handyman', kept: [true] },
  { first: 'kinda, a few shifts at my uncles cafe', then: 'Yes, in cash.', voice: 'formal', kept: [true] },
  { first: 'kinda, a few shifts at my uncles cafe', then: 'no just helping', voice: 'few words', kept: [false] },
  { first: 'kinda, a few shifts at my uncles cafe', then: 'only in food lol', voice: 'paid in kind', kept: [false, null] },
];

export const FOLLOW_UP_LINES: FollowUpLine[] = followUps.map((line, i) => ({ ...line, held: i % 4 === 3 }));
