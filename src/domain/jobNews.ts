// News that the client has got paid work: "I've got a job at Tesco", "i start monday", "they
// offered me the job!!". One reader for the menu, a review, intent reading, a specialist question
// and in-work support; it had been two (inWork.ts and reviewJobNews.ts), and they disagreed.
import { normaliseAnswer } from './answers.ts';
import { employersIn } from './jobSearch.ts';
import { BACK_AFTER_TIME_OFF, CONDITION, FRESH_START, GOT_IT, NEWS_SHAPES, NOT_A_JOB_AFTER, NOT_A_WISH, NOT_PAID_WORK, SOMEONE_ELSE, SPELLINGS, TAKEN_BACK, THE_CLIENT, WISH_OR_NOT, WORD_OF_A_JOB, type NewsShape } from './jobNewsWords.ts';

export type StartedWork = { employer: string | null };

// "at the warehouse thru agency": the place, not the way the work came (round twenty-seven).
const THROUGH_AN_AGENCY = /\s+(?:thru|thro|through|via|from) (?:an? |the )?agency\b.*$/i;
const EMPLOYER = /\b(?:at|with|for)\s+((?:[A-Z][\w&'\u2019-]*\s?){1,4})/;
// "job offer from costa", "costa offered me a job", "lidl want me to start monday": the place named
// by the offer, not after "at" (play-testing: the news was heard with no place, or not at all).
const OFFERED_BY = /\boffer(?:ed)?(?: me)?(?: (?:a|an|the) (?:[a-z]+ )?(?:job|role|position|post))? (?:from|off|by)\s+((?:the )?[a-z][\w&'\u2019-]*(?: [a-z][\w&'\u2019-]*){0,2}?)(?=$|\s+(?:today|yesterday|this|last|and|but|so|to|for|as|start\w*|!)|[!.,])/i;
const NAMED_FIRST = /^(?:(?:omg|yes+|so|just|guess what|well)\s+)*((?:the )?[a-z][\w&'\u2019-]*(?: [a-z][\w&'\u2019-]*)??) (?:have |has |had |just |only )*(?:offered me|want me to start|wants me to start|wanted me to start|asked me to start|took me on|hired me)\b/i;
const NOT_A_PLACE = /^(?:i|they|he|she|we|you|it|them|someone|somebody|the|a|an|my|and|but|so|ive|theyve|theyre|finally|then|now)$/i;

/** "I've got a job at Tesco", "I start Monday", "they offered me the job": the client has work. */
export function readStartedWork(text: string): StartedWork | null {
  const said = normaliseAnswer(text);
  if (!said || said.length > 300) return null;
  const spelled = spelledOut(said);
  // "got a job in a factory? no chance": a part asked is not news told.
  const told = text.split(/(?<=[?])|[.!;,:]+/).filter((part) => !part.trim().endsWith('?'));
  if (!told.some((part) => tellsNews(spelledOut(normaliseAnswer(part)), spelled))) return null;
  if (TAKEN_BACK.test(spelled)) return null;
  // "I got the job at Tesco", and as people type it, "got a job at asda!!". "at greggs!!": the name without the cheer.
  // Only a place after "at", "with" or "for": "they want me to start monday" names none.
  const lead = /\b(?:at|with|for)\s/i.exec(text);
  const employer = (EMPLOYER.exec(text)?.[1]?.trim() ?? (lead ? employersIn(text.slice(lead.index))[0] : undefined) ?? offeredBy(text))?.replace(/[!?.,]+$/, '').replace(THROUGH_AN_AGENCY, '') || null;
  return { employer: employer && !/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|Next|Myself|Me)\b|^(?:Work|Home)(?: now| again| today)?$/i.test(employer) ? employer : null };
}

/** The place said with an offer: "job offer from costa" and "costa offered me a job" are Costa. */
function offeredBy(text: string): string | undefined {
  const said = text.trim().replace(/['\u2019]/g, '');
  const name = (OFFERED_BY.exec(said)?.[1] ?? NAMED_FIRST.exec(said)?.[1])?.trim();
  if (!name || name.split(' ').some((word) => NOT_A_PLACE.test(word) && !/^the$/i.test(word)) || NOT_A_PLACE.test(name)) return undefined;
  return employersIn(`at ${name}`)[0];
}

// Where a day is asked, "start monday" or "ill start next week" is the day for the step: news there
// names the work, the place, or who took them on ("got the job!! start monday", "start at tesco monday").
const SAYS_WORK = /\b(?:job|jobs|work|working|hired|offer|offered|contract|shifts?|role|position|post|employed|employment|apprenticeship|got it|wants? me to start|took me on|taken on)\b/;

/** News of a job said where a day for a step is asked; a bare "start monday" is no news there. */
export function readStartedWorkAtADay(text: string): StartedWork | null {
  const news = readStartedWork(text);
  return news && (news.employer !== null || SAYS_WORK.test(spelledOut(normaliseAnswer(text)))) ? news : null;
}

function spelledOut(said: string): string {
  return SPELLINGS.reduce((words, [from, to]) => words.replace(from, to), said);
}

/** Whether one part of the message, `clause`, tells the news; `whole` is all of it, spelled out. */
function tellsNews(clause: string, whole: string): boolean {
  if (!clause) return false;
  return NEWS_SHAPES.some((shape) => [...clause.matchAll(shape.pattern)].some((found) => heardAsNews(shape, clause, found, whole)));
}

function heardAsNews(shape: NewsShape, clause: string, found: RegExpExecArray, whole: string): boolean {
  if (NOT_A_JOB_AFTER.test(` ${clause.slice(found.index + found[0].length).trimStart()}`)) return false;
  if (shape.bare && NOT_PAID_WORK.test(whole)) return false;
  if (/\bback\b/.test(found[0]) && BACK_AFTER_TIME_OFF.test(whole)) return false;
  if (GOT_IT.test(found[0]) && !WORD_OF_A_JOB.test(whole)) return false;
  const before = clause.slice(0, found.index).replace(NOT_A_WISH, (wish) => (/ me$/.test(wish) ? ' me ' : ' ')).trim().split(/\s+/).filter(Boolean);
  // A wish or a "not" near the news unsays it ("i havent got a job yet", "hope i got the job"); one
  // further off is about something else ("i dont need this anymore ive got a job", play-testing).
  if (WISH_OR_NOT.test(before.slice(-3).join(' '))) return false;
  if (CONDITION.test(before.join(' ').split(FRESH_START).at(-1) ?? '')) return false;
  return shape.toMe === true || saidOfTheClient(before);
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
