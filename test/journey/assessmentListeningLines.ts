// Scripted lines for the listening round on the self-assessment and the locus-of-control
// sentences: the question on screen, what the client typed, and what a good coach would do.
// Written before any mend; every fourth line (held: true) was never tuned on.
// `kept`: what may be kept for the question on screen. 'ask' means nothing is kept and the coach
// asks again (the question itself, or one short follow-up), never with "didn't catch that".
// `reply`: words the reply must have (a feeling or a question answered first).
import type { BarrierAnswer, BarrierId } from '../../src/domain/barriers.ts';

export type Kept = BarrierAnswer | 'ask' | 'skip' | number | true | false | 'words';
export type Line = {
  at: string;
  said: string;
  voice: string;
  good: string;
  kept: Kept[];
  reply?: RegExp;
  /** Other barriers that must not be kept from these words as something else. */
  also?: Partial<Record<BarrierId, BarrierAnswer | 'not-no'>>;
  held?: boolean;
};

const lines: Omit<Line, 'held'>[] = [
  // Barriers: questions back.
  { at: 'barrier:housing', said: 'what do you mean by barriers?', voice: 'unsure first-timer', good: 'say what this question is about, ask again', kept: ['ask'], reply: /about/i },
  { at: 'barrier:housing', said: 'why do you need to know that', voice: 'guarded', good: 'say why, say they never have to, ask again', kept: ['ask'], reply: /adviser/i },
  { at: 'barrier:convictions', said: 'is this going on my record', voice: 'ex-offender, worried', good: 'say who sees the answer, that it is not a record, ask again', kept: ['ask'], reply: /not go on a criminal record|adviser can see|only your adviser/i },
  { at: 'barrier:convictions', said: 'do i have to answer this', voice: 'ex-offender', good: 'no, they can say rather not say; ask again', kept: ['ask'], reply: /rather not say|do not have to|never have to/i },
  { at: 'barrier:health-disclosure', said: 'dont know what that means', voice: 'older man', good: 'explain in other words, ask again', kept: ['ask'], reply: /about|telling a boss/i },
  { at: 'barrier:qualifications', said: 'wat do u mean', voice: 'text-speak teen', good: 'explain, ask again', kept: ['ask'], reply: /exams|courses|about/i },
  { at: 'barrier:money-benefits', said: 'will this affect my benefits', voice: 'anxious claimant', good: 'answer the worry (it does not change benefits), ask again', kept: ['ask'], reply: /benefit/i },
  { at: 'barrier:convictions', said: 'who sees this?', voice: 'suspicious', good: 'say who sees it, ask again', kept: ['ask'], reply: /adviser/i },
  { at: 'barrier:debt', said: 'whats this got to do with getting a job', voice: 'irritated', good: 'say why it is asked, ask again', kept: ['ask'], reply: /so they can|helps/i },
  // Barriers: feelings.
  { at: 'barrier:health', said: 'this is making me anxious', voice: 'anxious client', good: 'hear the feeling, offer a pause or rather-not-say, ask again; keep nothing', kept: ['ask'], reply: /sorry|ok|take|fine|feel/i },
  { at: 'barrier:money-benefits', said: 'i hate forms', voice: 'fed-up', good: 'hear it kindly (this is a chat, not a form), ask again', kept: ['ask'] },
  { at: 'barrier:digital-skills', said: 'i hate computers lol', voice: 'older woman', good: 'a yes, or one short check', kept: ['yes', 'ask'] },
  { at: 'barrier:confidence', said: 'these questions are really personal', voice: 'private person', good: 'hear it, say they need not answer, ask again', kept: ['ask'], reply: /rather not say|do not have to|never have to/i },
  // Barriers: partial answers.
  { at: 'barrier:health', said: 'bit of both', voice: 'hesitant', good: 'one short follow-up, or a yes kept with the words', kept: ['yes', 'ask'] },
  { at: 'barrier:health', said: 'depends on the day', voice: 'chronic pain', good: 'a yes (some days it does), or one short follow-up', kept: ['yes', 'ask'] },
  { at: 'barrier:confidence', said: 'kinda', voice: 'young man, few words', good: 'a yes, or one short follow-up', kept: ['yes', 'ask'] },
  { at: 'barrier:debt', said: 'sort of', voice: 'embarrassed', good: 'a yes, or one short follow-up', kept: ['yes', 'ask'] },
  { at: 'barrier:transport', said: 'sometimes', voice: 'rural', good: 'a yes, or one short follow-up', kept: ['yes', 'ask'] },
  { at: 'barrier:debt', said: 'no... well a bit on my credit card', voice: 'embarrassed', good: 'the no taken back: a yes, or a check', kept: ['yes', 'ask'] },
  { at: 'barrier:confidence', said: 'not really, im shy around new ppl', voice: 'shy teen', good: 'a yes, or one short check; never a plain no', kept: ['yes', 'ask'] },
  { at: 'barrier:work-gaps', said: 'a bit', voice: 'returner', good: 'a yes, or one short follow-up', kept: ['yes', 'ask'] },
  { at: 'barrier:childcare-caring', said: 'kind of yeah', voice: 'mum', good: 'a yes', kept: ['yes'] },
  // Barriers: several answers in one line.
  { at: 'barrier:housing', said: 'no car and i look after my mum', voice: 'carer', good: 'keep nothing for housing (not said); note the car and mum; ask about housing again', kept: ['ask'], also: { housing: 'not-no' } },
  { at: 'barrier:childcare-caring', said: 'yes 2 kids under 5 and no car', voice: 'single dad', good: 'yes to caring; the car noted too', kept: ['yes'] },
  { at: 'barrier:childcare-caring', said: 'i look after my mum and i dont drive', voice: 'carer', good: 'yes to caring', kept: ['yes'] },
  { at: 'barrier:health', said: 'bad back and no bus after 6', voice: 'warehouse worker', good: 'yes to health', kept: ['yes'] },
  // Barriers: plain answers in their own words.
  { at: 'barrier:digital-skills', said: 'not rly good with computers tbh', voice: 'text-speak', good: 'a yes', kept: ['yes'] },
  { at: 'barrier:language', said: 'my english not so good', voice: 'ESOL', good: 'a yes', kept: ['yes'] },
  { at: 'barrier:work-gaps', said: 'ive been out of work 5 yrs cos of my mum', voice: 'carer', good: 'a yes', kept: ['yes'] },
  { at: 'barrier:transport', said: 'yeh the buses are rubbish round here', voice: 'rural', good: 'a yes', kept: ['yes'] },
  { at: 'barrier:substance-use', said: 'none of ur business', voice: 'guarded', good: 'rather not say, no judging', kept: ['prefer-not-to-say'] },
  { at: 'barrier:transport', said: 'nah im ok got a bike', voice: 'cyclist', good: 'a no', kept: ['no'] },
  // Commands at a barrier question.
  { at: 'barrier:housing', said: 'help', voice: 'lost', good: 'help, then the question again; keep nothing', kept: ['ask'] },
  { at: 'barrier:debt', said: 'cancel', voice: 'done for now', good: 'stop, place kept', kept: ['ask'], reply: /kept your place/i },
  { at: 'barrier:health', said: 'talk to my adviser', voice: 'wants a person', good: 'adviser asked for; keep nothing', kept: ['ask'], reply: /adviser/i },
  // Paid work in the last two years.
  { at: 'recent-work', said: 'bits and bobs here and there', voice: 'odd jobs', good: 'a yes, or one short check', kept: [true, 'ask'] },
  { at: 'recent-work', said: 'why do you need to know that', voice: 'guarded', good: 'say why, ask again', kept: ['ask'], reply: /where you are starting/i },
  { at: 'recent-work', said: 'does volunteering count?', voice: 'volunteer', good: 'answer (paid work only, volunteering is still worth telling), ask again', kept: ['ask'], reply: /volunteer|paid work/i },
  { at: 'recent-work', said: 'kinda, a few shifts at my uncles cafe', voice: 'young man', good: 'a yes', kept: [true] },
  // How sure, 1 to 10.
  { at: 'confidence', said: 'depends on the day', voice: 'up and down', good: 'one short follow-up (on most days?), or left kindly', kept: ['ask', 'skip'] },
  { at: 'confidence', said: 'bout a 4 maybe', voice: 'text-speak', good: '4', kept: [4] },
  { at: 'confidence', said: 'this is making me anxious', voice: 'anxious', good: 'hear the feeling, ask again; keep nothing', kept: ['ask'], reply: /sorry|ok|feel/i },
  { at: 'confidence', said: 'not very', voice: 'low', good: 'a low number, or a check', kept: [1, 2, 3, 'ask'] },
  // Words questions.
  { at: 'skills', said: 'what do you mean by good at', voice: 'unsure', good: 'explain, ask again', kept: ['ask'], reply: /I mean/ },
  { at: 'skills', said: 'nothing really im useless', voice: 'low mood', good: 'never kept as a skill; hear it kindly', kept: ['ask', 'skip'] },
  { at: 'hours', said: 'is this going on my record', voice: 'worried', good: 'say who sees it; ask again', kept: ['ask'], reply: /not go on a criminal record|adviser can see|only your adviser/i },
  { at: 'skills', said: 'cookin n cleanin', voice: 'text-speak', good: 'kept', kept: ['words'] },
  { at: 'support-wanted', said: 'i hate forms', voice: 'fed-up', good: 'kept as help with forms, or a check', kept: ['words', 'ask'] },
  { at: 'hours', said: 'depends on childcare', voice: 'mum', good: 'kept as said', kept: ['words', 'ask'] },
  // Locus-of-control sentences.
  { at: 'locus:1', said: 'bit of both', voice: 'hesitant', good: 'in between (Not sure), or one short follow-up', kept: [3, 'ask'] },
  { at: 'locus:2', said: 'depends on the day', voice: 'up and down', good: 'in between', kept: [3, 'ask'] },
  { at: 'locus:3', said: 'kinda', voice: 'few words', good: 'Agree', kept: [4] },
  { at: 'locus:4', said: 'what do you mean', voice: 'unsure', good: 'explain, ask again', kept: ['ask'], reply: /It means/ },
  { at: 'locus:5', said: 'why do you need to know that', voice: 'guarded', good: 'say why, ask again', kept: ['ask'], reply: /help|coach|plan/i },
  { at: 'locus:6', said: 'this is making me anxious', voice: 'anxious', good: 'hear the feeling, ask again', kept: ['ask'], reply: /sorry|ok|feel/i },
  { at: 'locus:2', said: 'yeah its all luck innit', voice: 'cynical', good: 'Agree or Agree a lot', kept: [4, 5] },
  { at: 'locus:1', said: 'help', voice: 'lost', good: 'help, then the sentence again', kept: ['ask'] },
  { at: 'locus:3', said: 'cancel', voice: 'done for now', good: 'stop, place kept', kept: ['ask'] },
  { at: 'locus:4', said: 'talk to my adviser', voice: 'wants a person', good: 'adviser asked for', kept: ['ask'], reply: /adviser/i },
  { at: 'locus:6', said: 'some days yeah', voice: 'up and down', good: 'Agree or in between, or a follow-up', kept: [3, 4, 'ask'] },
  { at: 'locus:7', said: 'is this a test', voice: 'worried', good: 'no right or wrong answers; ask again', kept: ['ask'], reply: /right or wrong|not a test/i },
  { at: 'locus:8', said: 'i hate these questions', voice: 'fed-up', good: 'hear it (few left), ask again', kept: ['ask'] },
  { at: 'locus:5', said: 'not rly no', voice: 'text-speak', good: 'Disagree', kept: [2] },
  { at: 'locus:2', said: '50/50', voice: 'numbers', good: 'in between', kept: [3] },
  { at: 'locus:1', said: 'ye mostly', voice: 'few words', good: 'Agree', kept: [4] },
  { at: 'locus:8', said: 'sometimes yeah', voice: 'up and down', good: 'Agree or in between', kept: [3, 4, 'ask'] },
  { at: 'locus:3', said: 'idk what to put', voice: 'stuck', good: 'how to answer, or Not sure', kept: [3, 'ask'] },
  { at: 'locus:7', said: 'is this going on my record', voice: 'worried', good: 'say who sees it; ask again', kept: ['ask'], reply: /not go on a criminal record|adviser can see|only your adviser/i },
];

export const LINES: Line[] = lines.map((line, i) => ({ ...line, held: i % 4 === 3 }));
