// News that the client has got paid work: "I've got a job at Tesco", "i start monday", "they
// offered me the job!!". One reader for the menu, a review, intent reading, a specialist question
// and in-work support; it had been two (inWork.ts and reviewJobNews.ts), and they disagreed.
import { normaliseAnswer } from './answers.ts';
import { employerWithTheNews } from './jobNewsEmployer.ts';
import { BACK_AFTER_TIME_OFF, CONDITION, FRESH_START, GOT_IT, NEWS_SHAPES, NOT_A_JOB_AFTER, NOT_A_WISH, NOT_PAID_WORK, SOMEONE_ELSE, SPELLINGS, TAKEN_BACK, THE_CLIENT, WISH_OR_NOT, WORD_OF_A_JOB, WORD_OF_A_JOB_BEFORE, type NewsShape } from './jobNewsWords.ts';
import { yesFromAnEmployer } from './jobNewsSaidYes.ts';

export type StartedWork = { employer: string | null };

/** "I've got a job at Tesco", "I start Monday", "they offered me the job": the client has work. */
export function readStartedWork(text: string): StartedWork | null {
  return newsTold(text, text) ? { employer: employerWithTheNews(text) } : null;
}

/** Whether `words`, all of `whole` or a part of it, tell news of work, read with the rest of `whole` around them. */
function newsTold(words: string, whole: string): boolean {
  const said = normaliseAnswer(whole);
  if (!said || said.length > 300) return false;
  const spelled = spelledOut(said);
  if (TAKEN_BACK.test(spelled)) return false;
  // "got a job in a factory? no chance": a part asked is not news told.
  const told = words.split(/(?<=[?])|[.!;,:]+/).filter((part) => !part.trim().endsWith('?'));
  // "my boyfriend got the job at costa, start monday": a start said after someone else's news is theirs.
  let someoneElses = false;
  for (const part of told) {
    const heard = tellsNews(spelledOut(normaliseAnswer(part)), spelled, someoneElses);
    if (heard === 'mine') return true;
    someoneElses ||= heard === 'theirs';
  }
  return false;
}

// Where a day is asked, "start monday" or "ill start next week" is the day for the step: news there
// names the work, the place, or who took them on ("got the job!! start monday", "start at tesco monday").
const SAYS_WORK = /\b(?:job|jobs|work|working|hired|offer|offered|contract|shifts?|role|position|post|employed|employment|apprenticeship|got it|wants? me to start|took me on|taken on|said yes|says yes|say yes)\b/;

/** News of a job said where a day for a step is asked; a bare "start monday" is no news there. */
export function readStartedWorkAtADay(text: string): StartedWork | null {
  const news = readStartedWork(text);
  return news && (news.employer !== null || SAYS_WORK.test(spelledOut(normaliseAnswer(text)))) ? news : null;
}

/**
 * Where a day for a step is asked: the words from the news of work on, or null when they bring none.
 * Each sentence is read with the rest of the message around it: "i got it!! the costa job" is news,
 * though "i got it" alone is not; "got the job offer! but they withdrew it" is none.
 */
export function jobNewsAtADay(text: string): string | null {
  const clause = text.split(/[.!?;]+/).find((part) => newsTold(part, text) && (employerWithTheNews(part) !== null || SAYS_WORK.test(spelledOut(normaliseAnswer(part)))));
  return clause ? text.slice(text.indexOf(clause)).trim() : null;
}

function spelledOut(said: string): string {
  return SPELLINGS.reduce((words, [from, to]) => words.replace(from, to), said);
}

type Whose = 'mine' | 'theirs' | null;

/** Whose news one part of the message, `clause`, tells, if any; `whole` is all of it, spelled out. */
function tellsNews(clause: string, whole: string, afterSomeoneElses: boolean): Whose {
  if (!clause) return null;
  let heard: Whose = null;
  for (const shape of NEWS_SHAPES) {
    for (const found of clause.matchAll(shape.pattern)) {
      const whose = heardAsNews(shape, clause, found, whole);
      // A bare "start monday" with no one named before it belongs to whoever's news came before.
      const theirsToo = whose === 'mine' && afterSomeoneElses && shape.bare === true && found.index === 0;
      if (whose === 'mine' && !theirsToo) return 'mine';
      heard ??= theirsToo ? 'theirs' : whose;
    }
  }
  return heard;
}

function heardAsNews(shape: NewsShape, clause: string, found: RegExpExecArray, whole: string): Whose {
  if (NOT_A_JOB_AFTER.test(` ${clause.slice(found.index + found[0].length).trimStart()}`)) return null;
  if (shape.bare && NOT_PAID_WORK.test(whole)) return null;
  if (/\bback\b/.test(found[0]) && BACK_AFTER_TIME_OFF.test(whole)) return null;
  if (GOT_IT.test(found[0]) && !gotAJob(clause, found.index, whole)) return null;
  const before = clause.slice(0, found.index).replace(NOT_A_WISH, (wish) => (/ me$/.test(wish) ? ' me ' : ' ')).trim().split(/\s+/).filter(Boolean);
  // A wish or a "not" near the news unsays it ("i havent got a job yet", "hope i got the job"); one
  // further off is about something else ("i dont need this anymore ive got a job", play-testing).
  if (WISH_OR_NOT.test(before.slice(-3).join(' '))) return null;
  if (CONDITION.test(before.join(' ').split(FRESH_START).at(-1) ?? '')) return null;
  if (shape.fromThem) return yesFromAnEmployer(found[1] ?? '', whole, laterIn(whole, clause, found)) ? 'mine' : null;
  return shape.toMe === true || saidOfTheClient(before) ? 'mine' : 'theirs';
}

/** What `whole` says after the words `found` in its part, `clause`. */
function laterIn(whole: string, clause: string, found: RegExpExecArray): string {
  const where = whole.indexOf(clause);
  return where < 0 ? '' : whole.slice(where + found.index + found[0].length);
}

/** "i got it" is a job beside word of one; an interview only before it ("had the interview, got it!"), not after ("got it, the interview is friday"). */
function gotAJob(clause: string, at: number, whole: string): boolean {
  const where = whole.indexOf(clause);
  return WORD_OF_A_JOB.test(whole) || WORD_OF_A_JOB_BEFORE.test(where < 0 ? whole : whole.slice(0, where + at));
}

/** "my mate got a job" is someone else's news; "i told my mate i got a job" is the client's. */
function saidOfTheClient(before: readonly string[]): boolean {
  for (const word of before.slice(-3).reverse()) {
    if (THE_CLIENT.test(word)) return true;
    if (SOMEONE_ELSE.test(word)) return false;
  }
  return true;
}

// "got offered a job at amazon but its nights, not sure if i should take it": a choice to talk through.
const OFFER = /\b(?:offered|offer of|offer for) (?:a|the|that|this|an) (?:\w+ )?(?:job|position|role|post)\b|\bjob offer\b/;
// "got offered a job at lidl but will my uc stop": weighing it up because of money is undecided too.
const UNDECIDED = /\b(?:not sure|unsure|dont know|do not know|dunno|should i|whether|if i should|cant decide|torn|thinking about it|mind|worried|scared|will (?:i|my) (?:lose|uc|benefits|money)|lose my (?:uc|benefits|universal credit)|worse off|better off)\b/;

/** Unsure whether to take a job offered: heard and passed to the adviser to talk through, not kept as a job. */
export function unsureAboutAnOffer(text: string): boolean {
  const said = normaliseAnswer(text);
  return said.length <= 300 && OFFER.test(said) && UNDECIDED.test(said);
}
