// Words about work history and age that are not an answer to the question on screen.
// Play-testing, round thirteen: "never had a job im 17 i just left school" at "Think of a job, or a
// task you did for someone. What went well?" had been kept as what went well; "Is it too late at
// my age?" after a reason had "Sorry, I was not clear", with the worry left unanswered.
import { normaliseAnswer } from './answers.ts';
import { hasJobWord, readJobsWanted } from './jobWanted.ts';
import { respelt } from './jobSpellings.ts';
import { paidWorkToldOf, workAsTold } from './workToldOf.ts';

// "never had a job", "ive never worked", "i havent had a job", "not had a job yet".
const NEVER_WORKED = new RegExp(
  [
    String.raw`\bnever (?:ever )?(?:had|got|done|did|held)(?: (?:a|any|an|one|proper|paid|real))* (?:job|jobs|work)\b`,
    String.raw`\b(?:havent|have not|hasnt|not|dont|do not)(?: (?:ever|yet))? (?:had|got|done|have)(?: (?:a|any|an|one|proper|paid|real))* (?:job|jobs|work)\b`,
    String.raw`\bnever (?:ever )?(?:worked|been employed|been in work)\b`,
  ].join('|'),
);
// Ends that make it about something else: "never had a problem with", "never late".
const NOT_ABOUT_WORK = /\bnever (?:had|got) (?:a |any )?(?:problem|problems|issue|issues|trouble|complaint|complaints|day off|sick day)\b/;

// "nah never" alone, asked about work (round twenty-two: a care leaver of 19 had it kept as what went well).
const BARE_NEVER = /^(?:(?:no|nah|nope|na|naw|nae)\s+)?never(?:\s+(?:have|had|did|done|ever|one|any|mate|tbh|really))*$/;

/** "never had a job im 17", "ive never worked", "nah never": no work to think of yet. */
export function saysTheyHaveNeverWorked(text: string): boolean {
  const words = normaliseAnswer(text);
  if (NOT_ABOUT_WORK.test(words)) return false;
  return NEVER_WORKED.test(words) || BARE_NEVER.test(words);
}

// A question or a worry: "is it too late at my age", "am i too old", "will they want someone my age".
const ASKS = /\?|^(?:is|am|are|will|would|can|could|do|does|should|what if)\b|\b(?:is it|am i|will they|will anyone|would anyone|do they|does it|is that|worried|worry|scared)\b/;
const TOO_OLD = /\btoo old\b|\btoo late\b(?: \w+){0,3}\b(?:age|old)\b|\bat my age\b|\bmy age\b|\b(?:5\d|6\d|7\d)\b(?: \w+){0,4} (?:too old|too late|hire|want|take on)\b|\b(?:hire|want|take on) (?:someone|somebody|anyone|me)(?: \w+){0,2} (?:my age|(?:5\d|6\d|7\d))\b/;
const TOO_YOUNG = /\btoo young\b|\b(?:only|just) (?:1[4-8])\b|\b(?:at|aged?) (?:1[4-8])\b/;

/** "is it too late at my age?" ('old'), "am i too young, im only 17" ('young'); null when age is not asked about. */
export function asksAboutTheirAge(text: string): 'old' | 'young' | null {
  const words = normaliseAnswer(text);
  const asked = ASKS.test(text.trim().toLowerCase()) || ASKS.test(words);
  if (!asked) return null;
  if (TOO_YOUNG.test(words)) return 'young';
  if (TOO_OLD.test(words)) return 'old';
  return null;
}

// "start the job on monday but im scared ill mess it up", "go to the interview, im really nervous tho":
// a goal, then a worry about it (play-testing, round thirteen: the worry had been kept in the goal).
// "perhaps something at the library, but I worry there won't be anything going" (round twenty-four).
const WORRY_AFTER =
  /^(.+?)[\s,.;!-]+(?:(?:but|and|tho|though|although|except)\s+)?(?:(?:i am|i'm|im|i feel|i'm feeling|im feeling|feeling|i get)\s+(?:(?:a bit|a little|really|so|quite|very|proper|well|pretty|kind of|kinda)\s+)*(?:scared|worried|nervous|anxious|terrified|frightened|afraid|petrified|bricking it|dreading it)|i (?:do |really |just )?(?:worry|fear))\b(.*)$/i;

/** The goal and the worry said after it; null when the words are not a goal followed by a worry. */
export function goalBeforeAWorry(text: string): { goal: string; worry: string } | null {
  const told = beforeAWorry(text);
  return told && told.goal.split(/\s+/).length >= 2 ? told : null;
}

/** Any words before a worry told after them ("retail but im scared i wont get one"); null when there is no such worry. */
export function beforeAWorry(text: string): { goal: string; worry: string } | null {
  const match = WORRY_AFTER.exec(text.trim());
  if (!match) return null;
  const goal = match[1]!.replace(/[\s,.;!-]+$/, '').trim();
  return goal ? { goal, worry: text.trim().slice(match[1]!.length).replace(/^[\s,.;!-]+/, '') } : null;
}

// "yes, I was a cleaner for 3 years" at "Have you had a paid job?": the yes, and the job it was.
// Play-testing, round twenty-two: the job had been lost and "What was your last job?" asked next.
// Listening round four: "yh i work in a warehouse", "ye i work at greggs" (text-speak yeses).
const YES_FIRST = /^(?:yes|yeah|yeh|yep|yup|yea|ya|aye|ok|sure|yh|ye|yee|yus)\b[\s,.!-]*/;
const HOW_LONG = /\s+(?:for|over|nearly|about|around)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|\d+)\s+)?(?:years?|yrs?|yeers?|months?|weeks?|days?)\b.*$|\s+(?:till|until|untill|up to)\s+.*$/;
const SAYS_A_JOB = /^(?:i (?:was|am|worked|work|did|do|used to (?:be|work|do))|im|ive been|i have been|worked|working|was|as)\b/;
// "i worked in a warehouse", "i did some cleaning": the way in, not the job.
const DOING = /^(?:i (?:worked|work|used to work|did|do|used to do)|worked|working|was)\s+(?:(?:as|in|at|on)\s+)?(?:(?:some|a bit of)\s+)?/;

/**
 * The job named after a yes ("yes, I was a cleaner for 3 years" is "cleaner"); where no title is
 * read but work is told of ("ye i work at greggs"), the words as told; null when no job is said.
 */
export function jobSaidWithAYes(text: string): string | null {
  const words = normaliseAnswer(text);
  const rest = words.replace(YES_FIRST, '');
  if (rest === words) return null;
  const told = paidWorkToldOf(rest) === 'yes' ? workAsTold(text) : null;
  if (!SAYS_A_JOB.test(rest)) return told;
  const job = rest.replace(HOW_LONG, '').replace(DOING, '');
  const read = hasJobWord(respelt(job)) ? readJobsWanted(job) : null;
  return read?.kind === 'jobs' && read.titles.length === 1 ? read.titles[0]! : told;
}
