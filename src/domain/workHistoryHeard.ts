// The work-history questions, listening round three (December). At "Have you had a paid job in the
// last two years?", "looking after my mum full time", "not since covid" and "i want to work in a shop"
// had "Sorry, I didn't catch that"; "i work at tesco nights" was kept as the last job and followed by
// "How did that job end?", to someone still in that job. Here: caring is a no (no paid job), kept
// for the adviser with the caring barrier; a long gap is a no; work still going is read as the
// "I still work there" button; a wish for work, study, or "does agency work count?" is answered and
// the question asked again. Work told of is read in workToldOf.ts.
import { normaliseAnswer } from './answers.ts';
import { questionById, recordAnswer, type AssessmentAnswer, type AssessmentProgress } from './assessmentQuestions.ts';
import { readJobsWanted } from './jobWanted.ts';
import { tellsOfUnpaidWork } from './paidWorkAnswers.ts';
import { paidWorkToldOf, workAsTold } from './workToldOf.ts';
import { saysItHasNotEnded } from './jobEndedWords.ts';

const CARED_FOR = String.raw`(?:my|me|our) (?:\w+ )?(?:mum|mam|mom|mother|dad|father|parents?|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandparents?|husband|hubby|wife|partner|fella|son|sons|daughter|daughters|kids?|children|child|baby|boy|boys|girl|girls|little one|brother|sister|family|auntie|aunt|uncle)`;
// "looking after my mum full time", "im a full time carer for my son", "ive been my nans carer", "stay at home mum".
const CARING = new RegExp(
  String.raw`\b(?:look(?:ing|ed|s)? after|cared? for|caring for|carer (?:for|to)) ${CARED_FOR}\b|\b${CARED_FOR}s? (?:full time |main |unpaid )?carer\b|` +
    String.raw`\b(?:full time|unpaid|young|main) carer\b|\bstay at home (?:mum|mam|mom|dad|parent)\b|\bhouse ?(?:wife|husband)\b|\bcarers allowance\b`,
);

/** Caring for someone close, unpaid ("looking after my mum full time"); a care worker's job is not this. */
export function caringToldOf(text: string): boolean {
  return CARING.test(normaliseAnswer(text));
}

// "not since covid", "havent worked in years", "not for ages": no paid job in the last two years.
const GAP = String.raw`(?:since (?:before |the start of )?(?:covid|lockdown|the pandemic|corona|coronavirus)|for (?:ages|years|yonks|donkeys|(?:a )?(?:long|good long|very long) (?:time|while))|in (?:ages|years|yonks|donkeys|(?:a )?(?:long|good long|very long) (?:time|while)))`;
// Between the not and the gap, only words about work: "havent had a holiday for ages" is no answer.
const ABOUT_WORK = String.raw`(?: (?:worked|working|work|had|been|done|a|any|one|paid|proper|real|job|jobs|employed|in work|really|properly))*`;
const LONG_GAP = new RegExp(String.raw`\b(?:not|havent|hasnt|have not|aint|no (?:paid )?(?:job|work))\b${ABOUT_WORK} ${GAP}\b|^(?:(?:no|nah|nope|um|erm|well)\s+)*${GAP}$`);
// "years ago", "ages ago", "it was a long time ago": said alone, the last job was that long ago.
const LONG_AGO_ALONE =
  /^(?:(?:no|nah|nope|um|erm|well|oh)\s+)*(?:(?:it was|that was|was|about|like|over|oh)\s+)*(?:years|ages|donkeys years|many years|a few years|years and years|loads of years|\d+ years|(?:a )?(?:long|good long|very long) (?:time|while)) ago(?:\s+(?:now|tbh|lol|really))*$/;
// "not since my son was born", "havent worked since i moved here": when that was is not said.
const UNPLACED_GAP = new RegExp(String.raw`\b(?:not|havent|hasnt|have not|no (?:paid )?(?:job|work))\b${ABOUT_WORK} since\b`);

/** 'long': no paid job for two years or more, by the words alone; 'unplaced': a gap whose start is not placed. */
export function workGapSaid(text: string): 'long' | 'unplaced' | null {
  const words = normaliseAnswer(text);
  if (LONG_GAP.test(words) || LONG_AGO_ALONE.test(words)) return 'long';
  return UNPLACED_GAP.test(words) ? 'unplaced' : null;
}

// "yes but i hated it", "yeah tho only part time": a yes, with how it was after it.
const YES_BUT = /^(?:yes|yeah|yep|yup|yh|ye|yea|aye)\s+(?:but|tho|though)\s+(.+)$/;
const TAKES_THE_YES_BACK = /\b(?:not|never|no|unpaid|volunteer\w*|free|ago|wasnt|didnt get paid|long time|years)\b/;

/**
 * At the paid-work question, read where the usual reading found nothing: caring alone or a long gap
 * is a no; caring beside work told of is a yes with that work; "yes but i hated it" is a yes.
 */
export function paidWorkInOtherWords(text: string): AssessmentAnswer | null {
  if (text.includes('?')) return null;
  const words = normaliseAnswer(text);
  if (workGapSaid(text) === 'long') return { kind: 'yes-no', value: false };
  if (caringToldOf(text)) {
    const rest = words.replace(new RegExp(CARING.source, 'g'), ' ');
    return paidWorkToldOf(rest) === 'yes' ? { kind: 'yes-no', value: true, lastJob: workAsTold(text) } : { kind: 'yes-no', value: false };
  }
  const but = YES_BUT.exec(words);
  return but && !TAKES_THE_YES_BACK.test(but[1]!) ? { kind: 'yes-no', value: true } : null;
}

// Said in the present tense, or "still", "at the moment", "on sick leave": the work is still going.
const NOW = new RegExp(
  [
    String.raw`^(?:(?:yes|yeah|yh|ye|yep|well|um|erm)\s+)*(?:work|do|drive|deliver|clean)\b`,
    String.raw`\bi (?:still |also |currently )?(?:work|do|drive|deliver|clean)\b`,
    String.raw`\b(?:im|i am|am) (?:still |currently |now )?(?:working|employed|doing|on (?:a |the )?(?:zero hours|contract|agency|bank|sick|maternity|paternity|furlough)|off sick|signed off|a|an)\b`,
    String.raw`\bstill (?:work|works|working|employed|doing|there|with|at|in (?:the|that) job)\b`,
    String.raw`\b(?:currently|at the moment|atm|right now|these days|nowadays)\b`,
    String.raw`\b(?:sick|maternity|paternity) leave\b|\boff sick\b|\bsigned off\b`,
    String.raw`\b(?:ive been|been) (?:working|doing|on)\b`,
    // Listening round four: "on a zero hours contract with an agency", "on zero hours at mcdonalds".
    String.raw`^(?:(?:yes|yeah|yh|ye|yep|yup|ya|well|um|erm)\s+)*on (?:a |the )?(?:zero hours?|agency|bank|temp|casual|nights|days|shop floor|rota)\b`,
  ].join('|'),
);
// A past tense anywhere leaves "How did that job end?" to be asked: "i work at asda now, was at tesco".
const ENDED = /\b(?:was|were|used to|worked|left|finished|ended|quit|sacked|fired|let go|let me go|laid off|redundant|had a job)\b/;

/** "i work at tesco nights", "still there, cleaner at the school": the job told of has not ended. */
export function saysStillInThatWork(text: string): boolean {
  const words = normaliseAnswer(text);
  return NOW.test(words) && !ENDED.test(words);
}

// "i want to work in a shop", "looking for warehouse work", "hoping to get something in retail".
const WISH =
  /^(?:(?:um|erm|well|honestly|tbh|no|nah|not yet|not really|i mean|but)\s+)*(?:i |im |i am |id |i would )?(?:really |just |so |would )?(?:want to|wanna|would like to|would love to|like to|love to|hope to|hoping to|looking to|trying to|keen to|want|would like|would love|looking for|hoping for|after)\s+(.+)$/;
const WISH_TAIL = /(?:\s+(?:tbh|really|honestly|lol|please|x+|one day|at some point|if i can))+$/;
// "a job", "work", "any job": no kind of work named (textChecks.ts justWantsWork hears these).
const NO_KIND_NAMED = /^(?:a |any |some |to )?(?:get (?:a |any |some )?)?(?:job|jobs|work|paid work|anything|something|a job really)$/;

/** A kind of work wished for ("i want to work in a shop"); not "i just want a job", which names none. */
export function wishesForWork(text: string): boolean {
  if (text.includes('?') || paidWorkToldOf(text) !== null) return false;
  const rest = WISH.exec(normaliseAnswer(text))?.[1]?.replace(WISH_TAIL, '');
  return Boolean(rest) && !NO_KIND_NAMED.test(rest!) && rest!.split(' ').length <= 8 && readJobsWanted(rest!).kind === 'jobs';
}

// "does agency work count?", "what about zero hours", "is self employed ok": a kind of paid work.
const PAID_KIND = /\b(?:agency|zero hours?|self employed|self employment|freelance|part time|temp|temping|temporary|seasonal|bank (?:work|shifts|staff)|gig|uber|deliveroo|just eat|apprentice\w*|weekend|evening|few hours|casual|furlough\w*|sick leave|maternity leave|sick pay|fixed term|contract)\b/;
const ASKS_IF_IT_COUNTS = /^(?:(?:and|so|but|um|erm|ok)\s+)?(?:(?:does|do|would|will|is|are|dose|wud|does it)\b.*\b(?:count|counts|matter|included|include|qualify|ok|okay|paid work|a job)\b|what about\b)/;

/** A kind of paid work, asked about: "does agency work count?". Unpaid work is not this. */
export function asksIfPaidWorkCounts(text: string): boolean {
  const words = normaliseAnswer(text);
  return ASKS_IF_IT_COUNTS.test(words) && PAID_KIND.test(words) && !tellsOfUnpaidWork(text);
}

// At "What was your last job?", a past job said too, or words that only look like a wish (round four):
// "looking for work now, last one was a cleaner", "after school club assistant", "want to say cleaner".
const NOT_A_WISH_AT_LAST_JOB = /\b(?:was|were|worked|used to|last one|before|back to)\b|^after school\b|\b(?:want to say|wanna say|trying to (?:remember|think))\b/;

/** A kind of work wished for, typed at "What was your last job?": never kept as the last job. */
export function wishesForWorkAtLastJob(text: string): boolean {
  return wishesForWork(text) && !NOT_A_WISH_AT_LAST_JOB.test(normaliseAnswer(text));
}

const STUDY = /\b(?:college|uni|university|sixth form|a course|courses|studying|student|studies|my degree|a degree|a levels|gcses?)\b/;

/** "im at college doing a course", "been at uni": study, with no work told of. */
export function tellsOfStudy(text: string): boolean {
  return STUDY.test(normaliseAnswer(text)) && paidWorkToldOf(text) === null;
}

export type WorkWordsAtPaidWork = 'wish' | 'counts' | 'study' | 'unplaced-gap';

/** Words at the paid-work question that are no answer, but are answered before it is asked again. */
export function workWordsAtPaidWork(text: string): WorkWordsAtPaidWork | null {
  if (asksIfPaidWorkCounts(text)) return 'counts';
  if (wishesForWork(text)) return 'wish';
  if (tellsOfStudy(text)) return 'study';
  return workGapSaid(text) === 'unplaced' ? 'unplaced-gap' : null;
}

export type WorkHeard = 'still-in-work' | 'caring';

/**
 * After an answer at the paid-work or last-job question: work still going is kept as the "I still
 * work there" answer (`stillThere`, the button's words), so "How did that job end?" is not asked;
 * caring is kept with the caring barrier's notes. `heard` says what to tell the client.
 */
export function whatWorkWordsTell(
  progress: AssessmentProgress,
  answer: { questionId: string; read: AssessmentAnswer; said: string },
  stillThere: string,
): { progress: AssessmentProgress; heard: WorkHeard[] } {
  const { questionId, read, said } = answer;
  const heard: WorkHeard[] = [];
  let kept = progress;
  const jobNamed = (questionId === 'recent-work' && read.kind === 'yes-no' && read.lastJob !== undefined) || (questionId === 'last-job' && read.kind === 'text' && read.value !== null);
  // "it hasnt ended, im still there" at "How did that job end?" (round four).
  const notEnded = questionId === 'how-it-ended' && read.kind === 'text' && read.value !== null && saysItHasNotEnded(said);
  if (notEnded || (jobNamed && !kept.answered.includes('how-it-ended') && saysStillInThatWork(said))) {
    kept = recordAnswer(kept, questionById('how-it-ended'), { kind: 'text', value: stillThere });
    heard.push('still-in-work');
  }
  if (questionId === 'recent-work' && read.kind === 'yes-no' && caringToldOf(said)) {
    kept = recordAnswer(kept, questionById('recent-work'), { kind: 'other-barrier', barrier: 'childcare-caring', value: said.trim().slice(0, 300) });
    heard.push('caring');
  }
  return { progress: kept, heard };
}
