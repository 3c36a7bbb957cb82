// The job(s) a client would like, read from their own words at "What kind of job would you like?",
// and a job typed later ("Which job does this help you with?") matched to the ones kept.
// Play-testing found "maybe retail or care work idk", "chef, actually no, kitchen porter to start",
// "yes" and a whole sentence about a computer system all kept word for word as the job wanted.
import { normaliseAnswer, typoDistance } from './answers.ts';
import { respelt } from './jobSpellings.ts';
import { JOB_WORD, roleBeforePlace } from './jobRoleWords.ts';
import { OPEN_TO_ANY_JOB, onlyOpenWords, PAY_OR_HOURS } from './openToAnyJob.ts';
export { hasJobWord } from './jobRoleWords.ts';
import { tidyWords, withoutDateWords } from './goalWords.ts';
import { onlySaysSorry } from './apologyWords.ts';

export type JobsRead = { kind: 'jobs'; titles: string[] } | { kind: 'not-a-job' };

// A change of mind: only what comes after the last one is meant ("chef, actually no, kitchen porter").
// "I was engineer in my country, now I want work in factory": the work wanted now (round twenty-five).
const CHANGE_OF_MIND = /\b(?:actually no|actually|no wait|wait no|wait|i mean|or rather|rather|scratch that|no sorry|sorry no|on second thoughts?|(?:but )?now (?:i |id )?(?:want|would like|like|wanna|am looking for|im looking for|looking for))\b/g;
// Said around a job, never part of it.
const HEDGES = new RegExp(
  String.raw`\b(?:something like that|anything like that|that sort of thing|that kind of thing|stuff like that|maybe|idk|i dont know|dont know|i dunno|dunno|not (?:really |too |that )?sure|unsure|no idea|i guess|i suppose|probably|prob|tbh|to be honest|honestly|i think|i reckon|perhaps|possibly|to start(?: with)?|to begin with|for now|for the moment|at first|at the moment|for a start|or something|or whatever|and that|really|um+|erm+|er|hmm+|just|lol|tho|though|innit|ngl|fr|or sumthin|or summat|or somethin|or smth|or sth|` +
    // Slang tails, never part of a job: "warehouse innit", "retail n that", "care work fam" (play-testing).
    String.raw`init|inni|innet|ennit|n that|an that|n dat|and dat|n stuff|and stuff|fam|bruv|bro|blud|ya know|you know|yknow|tbf|deffo|defo|obvs|obviously)\b`,
  'g',
);
// "id like to be a", "work in", "a job as": the way in, not the job. Taken off the front in turn.
const LEADING = [
  /^(?:yes|yeah|yep|yea|ya|ok|okay|sure|well|so|oh|like|but|and)\s+/,
  /^(?:i|id|i would|would|i really|id really|me)\s+(?:(?:really|quite|much)\s+)?(?:like|love|want|wanna|fancy|prefer)\s+/,
  /^(?:to\s+)?(?:be|become|do|try|go|get)\s+(?:into\s+)?/,
  /^(?:to\s+)?(?:work|working)\s+(?:as|in|at)\s+/,
  /^(?:something|anything|a job|a role|job|jobs|work|a career|career)\s+(?:in|as|like)\s+/,
  // "i was thinking something outdoors like gardening" (round twenty-five): the job named after "like".
  /^(?:i was thinking|i am thinking|im thinking|i thought|thinking)(?:\s+(?:of|about))?\s+/,
  /^(?:something|anything)\s+\w+\s+like\s+/,
  /^(?:as|in|into)\s+/,
  /^(?:an?|the|some|one of the)\s+/,
  // "I was engineer in my country", "maybe also driver": what they were, and the job again (play-testing, round seventeen).
  /^(?:i was|i am|im|i used to be|i have been|ive been|also|again|now|too)\s+/,
];
// Said after a job, never part of it: "engineer again in UK", "driver too", "teacher in my country".
// "at the library if theres anything going", "in one of the shops near me please" (round twenty-five).
const TRAILING = /\s+(?:mate|m8|pal|lad|hun|babe|in my (?:home |own )?country|back home|before|again|too|also|as well|in (?:the )?uk|in england|in britain|here|please|if (?:theres|there is|there are|they have|they need|anything|any)\b.*|near (?:me|home|here|where i live)|nearby|in (?:town|the town|the city|my area|the area))$/;
// "Now I am happy with any work": open to anything, beside a job named (kept only when nothing else is).
const ANY_WORK = /^(?:happy (?:with|to do) |ok with |fine with |open to |willing to do )?(?:any|anything|any kind of|all) ?(?:work|job|jobs|thing)?$/;
/** Open to any job and nothing more: "whatever pays", "ill do anything"; "cleaning or whatever pays" is Cleaning. The one reader (the self-assessment's isOpenToAnyJob too). */
export const saysOpenToAnyJob = (words: string, shrugIsOpen = false): boolean => onlyOpenWords(normaliseAnswer(words.toLowerCase().replace(/['\u2019`]/g, '').replace(HEDGES, ' ')), BARE, shrugIsOpen);
// A reason after the job is the answer to the next question, not part of the title.
const REASON = /\b(?:because|becuase|cos|coz|cuz|cause|since i|as i|so i can|so that)\b.*$/;
// Words only about hours or place: "retail, part time" is one job.
// "admin or reception, school hours only" had kept "School hours only" as a job (play-testing, round eight).
// "perhaps three days a week", "16 hours": how much work, never a job (round eighteen had "Three days a week" kept as one).
const AMOUNT_OF_WORK = /^(?:(?:up to|no more than|not more than|about|around|roughly|max|maximum|at least|only|just)\s+)?(?:\d+|one|two|three|four|five|six|seven|a few|few|a couple of|couple of)\s+(?:full |half )?(?:days?|hours?|hrs?|mornings?|afternoons?|evenings?|nights?|shifts?)(?:\s+(?:a|per|each|every)\s+(?:week|wk|day|month|fortnight))?$/;
const NOT_A_JOB_PART = /^(?:part time|full time|part|full|nights?|days|weekends?|evenings?|mornings?|local|near home|nearby|temp|temporary|permanent|flexible|school hours|term time|around (?:the |my )?(?:kids|school|children)|(?:part time|full time|nights?|days|weekends?|evenings?|mornings?|local|temp|school hours|term time|\w+ hours) only)$/;
// Round twenty-four: "maybe working with animals? is that a real job?" had kept "Is that a real job"
// as a second job, and "..., does that count?" one as a job: a question about the answer is no job.
const ASKS_ABOUT_THE_ANSWER = /^(?:is|was|does|do|did|will|would|can|could|are) (?:that|this|it|they|there|people|you)\b/;
// "but not nights", "no weekends": hours they do not want, said beside the job (play-testing, round fifteen).
const NOT_WANTED = /^(?:but |and |just |only )?(?:not|no|never)\s+/;
// Alone, these answer no job question: a yes, a filler, a pronoun, a button's words, work alone or its end ("now finish").
const BARE = new Set([
  'yes', 'yeah', 'yep', 'yup', 'ya', 'y', 'aye', 'ok', 'okay', 'k', 'sure', 'no', 'nope', 'nah', 'n', 'na', 'nae', 'naw', 'fine', 'alright',
  'it', 'that', 'this', 'them', 'those', 'one', 'something', 'sumthin', 'summat', 'somethin', 'whatever', 'stuff', 'yes please', 'of course', 'i do', 'i dont', 'same', 'good', 'cool', 'thanks', 'hi', 'hello',
  'agree', 'i agree', 'disagree', 'strongly agree', 'strongly disagree', 'set a goal', 'set goal', 'work', 'job', 'jobs', 'a job', 'some work', 'finish', 'finished', 'done', 'ended', 'over', 'thats all', 'thats it']);
const MAX_TITLE_WORDS = 8;
const MAX_JOB_WORDS_WITHOUT_A_JOB_WORD = 5;

/**
 * The job(s) meant by words typed where the job wanted is asked: hedges dropped, only the last of a
 * change of mind kept, "retail or care work" split in two; each with a capital letter. A bare "yes"
 * or a long sentence with no job-like word is no job: the question is asked again.
 */
export function readJobsWanted(text: string): JobsRead {
  // A pasted paragraph: only the jobs it clearly names (play-testing, round sixteen).
  if (text.length > LONG_WORDS) {
    const named = jobsNamedInLongWords(text);
    return named ? { kind: 'jobs', titles: named } : { kind: 'not-a-job' };
  }
  let words = roleBeforePlace(respelt(text.toLowerCase().replace(/['\u2019`]/g, '')));
  // "I used to do admin but that was 12 years ago, ...": the job, its doubt answered by the dialog.
  words = jobDoubted(words) ?? words;
  // The last change of mind wins, if something is said after it.
  const changes = [...words.matchAll(CHANGE_OF_MIND)];
  for (const change of changes.reverse()) {
    const after = words.slice(change.index + change[0].length);
    if (cleaned(after)) {
      words = after;
      break;
    }
  }
  words = words.replace(REASON, '');
  // A long answer with no job-like word in it answers something else ("The new computer system, I
  // never really got the hang of it" had been kept as a job).
  const said = cleaned(words);
  if (saysOpenToAnyJob(words)) return { kind: 'jobs', titles: [OPEN_TO_ANY_JOB] };
  if (said.split(' ').length > MAX_JOB_WORDS_WITHOUT_A_JOB_WORD && !JOB_WORD.test(said)) return { kind: 'not-a-job' };
  const parts = words
    .split(/\s*(?:,|;|\/|\bor\b|\beither\b|\.|!|\?|\n)\s*/)
    .map((part) => cleaned(withoutDateWords(part)))
    .filter((part) => part && !NOT_A_JOB_PART.test(part.replace(NOT_WANTED, '')) && !AMOUNT_OF_WORK.test(part) && !PAY_OR_HOURS.test(part) && !ASKS_ABOUT_THE_ANSWER.test(part));
  const titles: string[] = [];
  const named = parts.filter((part) => isJobLike(part) && !ANY_WORK.test(part) && !saysOpenToAnyJob(part));
  for (const part of named.length > 0 ? named : parts) {
    if (!isJobLike(part) && !saysOpenToAnyJob(part)) continue;
    const title = saysOpenToAnyJob(part) ? OPEN_TO_ANY_JOB : tidyWords(part);
    if (!titles.some((kept) => kept.toLowerCase() === title.toLowerCase())) titles.push(title);
  }
  return titles.length > 0 ? { kind: 'jobs', titles } : { kind: 'not-a-job' };
}

/** Several jobs kept as one title, where the profile has no room to keep them apart: "Retail or care work". */
export function jobsAsOneTitle(titles: readonly string[]): string {
  return tidyWords(titles.map((title, i) => (i === 0 ? title : title.charAt(0).toLowerCase() + title.slice(1))).join(' or '));
}

function cleaned(part: string): string {
  let words = normaliseAnswer(part.replace(HEDGES, ' '));
  for (let changed = true; changed; ) {
    const before = words;
    for (const pattern of LEADING) words = words.replace(pattern, '');
    words = words.replace(TRAILING, '');
    changed = words !== before;
  }
  return words.trim();
}

// A worry or a barrier said alone is no job: "anxiety" had been kept as the job a goal was for (play-testing, round eight).
const WORRY_NOT_A_JOB = /^(?:my |bad |a bad |the )?(?:anxiety|depression|stress|nerves|back|back pain|health|mental health|panic attacks?|ptsd|adhd|autism|dyslexia|illness|ill|sick|tired|scared|nervous|worried|worry|worries|sad|low|pain|kids|childcare|money|debts?|transport|confidence|no confidence|self esteem)$/;

function isJobLike(part: string): boolean {
  // "sorry, retail or maybe a library" had kept "Sorry" as a job (round twenty-three).
  if (BARE.has(part) || WORRY_NOT_A_JOB.test(part) || onlySaysSorry(part)) return false;
  // "3" at "Is there another job you would like?" had been kept as a job called "3" (play-testing 2026-12-08).
  if (!/[a-z]{2}/.test(part)) return false;
  // "no thats al", "nah none": a no, with no job in it.
  if (/^(?:no|nah|nope|na|none|nothing)\b/.test(part) && !JOB_WORD.test(part)) return false;
  // "i know how it works", "it fits round the kids": said about themselves or a job, with no job in it (round twenty-five).
  if (/^(?:i|im|ive|id|it|its|they|theyre|we|you|my|me|that|thats|this|like i said)\b/.test(part) && !JOB_WORD.test(part)) return false;
  const count = part.split(' ').length;
  if (count > MAX_TITLE_WORDS) return false;
  return count <= MAX_JOB_WORDS_WITHOUT_A_JOB_WORD || JOB_WORD.test(part);
}

// ---- A job typed later, matched to the jobs kept ----

// "any of them", "both": the step helps with every job they would like.
const ANY_OF_THEM = /^(?:any|all|both|either|any one|any of (?:them|those|these|em)|all of (?:them|those|these|em)|both of (?:them|those|these)|either of (?:them|those|these)|all (?:them|those|three|of the above)|any (?:of the above|one of them)|every one|everything|each of them|them all)$/;
const EMPTY_WORDS = new Set(['a', 'an', 'the', 'job', 'jobs', 'work', 'working', 'role', 'as', 'in', 'for', 'with', 'my', 'one', 'this', 'that', 'it', 'helps', 'help', 'of', 'to', 'be', 'do']);

// "yes", "that one", "yeah that job": pointing at a job on the buttons without naming it. Play-testing
// found "yes" refused again and again at one job; with several, it cannot say which.
const THAT_ONE =
  /^(?:(?:yes|yeah|yeh|yea|yep|yup|ya|ye|yh|aye|ok|okay|sure|right|correct)\s*)*(?:(?:it does|that|this|(?:thats|that is|its|it is) (?:it|right|the one|the job|that one)|(?:that|this|the) (?:one|job)|(?:that|this) one is)\s*)?(?:please|yes|mate)?$/;
// "no", "neither of them": none of the jobs on the buttons.
const NONE_OF_THEM = /^(?:no|nope|nah|na|neither|none|not really|no not really|neither of (?:them|those|these)|none of (?:them|those|these)|not (?:that|this) one|not them)$/;

export type JobMatch = { kind: 'job'; title: string } | { kind: 'any' } | { kind: 'none' } | { kind: 'that-one' } | null;

/** "yes", "that one": a job on the buttons pointed at, not named. */
export function pointsAtAJob(text: string): boolean {
  const words = normaliseAnswer(text);
  return words.length > 0 && THAT_ONE.test(words);
}

/**
 * A typed job matched loosely to the jobs kept: case, plural, a "work" or "job" said or not, one
 * job's words found in the other's ("kitchen porter" is "Kitchen porter"; "office work" is "Office
 * admin"). "any of them", "both": every job; "no", "neither": none; "yes", "that one": the one on
 * the buttons, if there is only one. Null when nothing matches, or two jobs match alike.
 */
export function matchJobWanted(text: string, titles: readonly string[]): JobMatch {
  // Lower case first: the hedges are written in lower case ("Maybe both" is "both").
  const typed = normaliseAnswer(normaliseAnswer(text).replace(HEDGES, ' '));
  if (!typed) return null;
  if (pointsAtAJob(text)) return { kind: 'that-one' };
  if (NONE_OF_THEM.test(typed)) return { kind: 'none' };
  if (ANY_OF_THEM.test(typed.replace(/^(?:its|it is|it helps|helps|for|with)\s+/, '').replace(/\s+(?:really|jobs|of the jobs)$/, ''))) return { kind: 'any' };
  const said = coreWords(typed);
  if (said.length === 0) return null;
  // The words as typed first; then words of the same kind of work ("retail" is "Shop work").
  // Last, a word spelt a little wrong ("kichen" is "Kitchen porter"), as the buttons' words are matched.
  const titleWords = titles.flatMap((title) => coreWords(normaliseAnswer(title)));
  const spelt = said.map((word) => titleWords.find((other) => isSlightlyMisspelt(word, other)) ?? word);
  return bestTitle(said, titles, (words) => words) ?? bestTitle(said, titles, (words) => words.map(kindOfWork)) ?? bestTitle(spelt, titles, (words) => words);
}

function isSlightlyMisspelt(typed: string, word: string): boolean {
  if (typed.length < 4 || word.length < 4) return false;
  return typoDistance(typed, word) <= (word.length >= 7 ? 2 : 1);
}

function bestTitle(said: string[], titles: readonly string[], as: (words: string[]) => string[]): JobMatch {
  const scored = titles.map((title) => ({ title, score: overlap(as(said), as(coreWords(normaliseAnswer(title)))) }));
  const best = Math.max(0, ...scored.map((item) => item.score));
  if (best === 0) return null;
  const winners = scored.filter((item) => item.score === best);
  return winners.length === 1 ? { kind: 'job', title: winners[0]!.title } : null;
}

// Words people use for the same kind of work: play-testing found "retail" missed the "Shop work" button.
const KINDS_OF_WORK: ReadonlyArray<[string, RegExp]> = [
  ['shop', /^(?:shop|retail|store|sale|supermarket|checkout|till|cashier)$/],
  ['care', /^(?:care|carer|caring)$/],
  ['clean', /^(?:clean|cleaner|cleaning|domestic|housekeeping)$/],
  ['drive', /^(?:drive|driver|driving|delivery|deliveries|courier)$/],
  ['warehouse', /^(?:warehouse|picker|picking|packer|packing|forklift)$/],
  ['kitchen', /^(?:kitchen|chef|cook|cooking|catering)$/],
  ['office', /^(?:office|admin|administration|clerical|reception|receptionist)$/],
  ['building', /^(?:building|builder|construction|labourer|labouring)$/],
  ['bar', /^(?:bar|pub|hospitality|waiter|waitress|waiting)$/],
];

function kindOfWork(word: string): string {
  return KINDS_OF_WORK.find(([, words]) => words.test(word))?.[0] ?? word;
}

function coreWords(words: string): string[] {
  return words
    .split(' ')
    .filter((word) => word && !EMPTY_WORDS.has(word))
    .map(singular);
}

function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

/** 3: the same words; 2: every word typed is in the title (or every title word typed); 1: some are. */
function overlap(said: string[], title: string[]): number {
  if (title.length === 0) return 0;
  const shared = said.filter((word) => title.includes(word)).length;
  if (shared === 0) return 0;
  if (shared === said.length && shared === title.length) return 3;
  return shared === said.length || shared === title.length ? 2 : 1;
}

// ---- A job said with a doubt, typed the way people type, or named in a pasted paragraph ----
// Play-testing, round sixteen: "I used to do admin but that was 12 years ago, I don't know if
// anyone would want me now" and "i wud like to werk in a kichen" had "I am not sure which job you
// mean"; a paragraph naming "customer service in an office or a call centre" was only told it was long.

const LONG_WORDS = 200;
const DOUBT = /\b(?:years ago|long time ago|ages ago|a while ago|too long ago|been too long|too old|out of practice|rusty|(?:dont|do not|not sure|wonder) (?:know )?(?:if|whether)|would anyone|anyone (?:would|will)|nobody (?:would|will)|no one (?:would|will)|(?:wont|will not|would not|wouldnt) (?:want|have|take) me)\b/;
const JOB_DOUBTED = new RegExp(
  String.raw`^(?:well |so |um |erm )?(?:i |ive )?(?:used to|use to|once|have|did|had|was)\s+(?:(?:do|did|done|be|been|work(?:ed)?\s+(?:in|as|at|on))\s+)?(?:an?\s+|some\s+|the\s+)?([a-z ]{2,40}?)\s*(?:,|\bbut\b|\.)\s*(?=.*${DOUBT.source})`,
);

/** "I used to do admin but that was 12 years ago, I don't know if anyone would want me": a job, with a doubt. */
export function doubtsAJob(text: string): boolean {
  const words = respelt(text.toLowerCase().replace(/['\u2019`]/g, ''));
  const job = jobDoubted(words);
  return job !== null && readJobsWanted(job).kind === 'jobs';
}

/**
 * "I'm not sure anyone would want me after 10 years caring for my mum": a doubt about being
 * wanted, with no job named (play-testing, round seventeen: "I am not sure which job you mean").
 */
export function doubtsBeingWanted(text: string): boolean {
  const words = respelt(text.toLowerCase().replace(/['\u2019`]/g, ''));
  return WANTED_DOUBT.test(words) && readJobsWanted(text).kind === 'not-a-job';
}
const WANTED_DOUBT = /\b(?:(?:would|will|could) (?:anyone|anybody|employers?|they) (?:want|have|hire|take)|(?:anyone|anybody|employers?|nobody|no one) (?:would|will|is going to|gonna) (?:want|have|hire|take)|(?:wont|will not|would not|wouldnt) (?:want|have|hire|take) me|who would (?:want|have|hire|take) me)\b/;

function jobDoubted(words: string): string | null {
  const job = JOB_DOUBTED.exec(words)?.[1];
  return job ? job.replace(/\s*(?:\d+|many|a few|some|a couple of|a)?\s*(?:years?|ages|while|long time) ago\b.*$/, '').trim() || null : null;
}

// "I would really like to do ...", "I want to work in ...": where a paragraph names the job it wants.
const WANTS = /\b(?:i would (?:really |quite )?(?:like|love)|id (?:really |quite )?(?:like|love)|i (?:really )?want|i wanna|im looking for|i am looking for|im hoping|i am hoping)\b/;

/** The jobs a long message clearly names, from the sentence that says what they want; null when none. */
export function jobsNamedInLongWords(text: string): string[] | null {
  const said = wantSaidInLongWords(text);
  if (!said) return null;
  const read = readJobsWanted(said.toLowerCase().replace(/['\u2019`]/g, ''));
  return read.kind === 'jobs' ? read.titles : null;
}

/**
 * From a pasted paragraph, the words that say the work they want, as typed and without the reason:
 * "I would really like to do customer service in an office or a call centre". Null when no sentence
 * clearly names a job.
 */
export function wantSaidInLongWords(text: string): string | null {
  for (const sentence of text.split(/[.!?\n]+/)) {
    const wants = WANTS.exec(sentence.toLowerCase().replace(/['\u2019`]/g, ''));
    if (!wants) continue;
    // The apostrophes taken out above can move the start: find the same words in the sentence as typed.
    const start = sentence.toLowerCase().search(/\bi(?:['\u2019]?d| would| really| want| wanna|['\u2019]?m| am)\b/);
    const said = sentence.slice(Math.max(0, start)).replace(/\s*,?\s*\b(?:because|becuase|cos|coz|cuz|cause|since i|as i|so i can|so that)\b.*$/i, '').trim();
    const lowered = said.toLowerCase();
    if (!said || said.length > LONG_WORDS || !JOB_WORD.test(lowered)) continue;
    if (readJobsWanted(lowered.replace(/['\u2019`]/g, '')).kind === 'jobs') return said;
  }
  return null;
}
