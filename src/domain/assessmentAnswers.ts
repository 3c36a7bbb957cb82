// Reading a typed answer to a self-assessment question. Null means "not clear": ask again.
import { normaliseAnswer, parseNumberInRange, parseYesNo } from './answers.ts';
import { CONFIDENCE_MAX, CONFIDENCE_MIN } from './assessmentSteps.ts';
import { splitList, type AssessmentAnswer, type AssessmentQuestion } from './assessmentQuestions.ts';
import { MAX_BARRIER_NOTE_LENGTH, readBarrierAnswer } from './barrierTopics.ts';
import { barrierToldForAJob, lifeToldInsteadOfAJob, lifeToldInsteadOfAReason, saysNoJob } from './barrierToldForAJob.ts';
import { isUnsureAnswer } from './textChecks.ts';
import { leadingYesNo } from './partialAnswers.ts';
import { lowerOfTwoRatings, ratingFromWords } from './ratingWords.ts';
import { detectJobLoss } from './escalationRules.ts';
import { saysItWasTwoYearsAgoOrMore, withoutWhenItHappened } from './jobLossLongAgo.ts';
import { saysPaidInformally, withoutAHedgeFirst } from './paidWorkAnswers.ts';
import { jobsAsOneTitle, readJobsWanted, saysOpenToAnyJob } from './jobWanted.ts';
import { OPEN_TO_ANY_JOB } from './openToAnyJob.ts';
import { wordsAfterChangeOfMind } from './goalAnswerWords.ts';
import { saysNoMoreSteps } from './reviewWords.ts';
import { workplaceSaid } from './workplaceWords.ts';
import { jobSaidWithAYes, saysTheyHaveNeverWorked } from './workHistoryWords.ts';
import { paidWorkToldOf, workAsTold } from './workToldOf.ts';
import { paidOrNotSaid } from './workPaidSaid.ts';
import { isButtonWords } from './buttonWords.ts';
import { numberSaidAsItSounds } from './numberSpellings.ts';
import { numberSaidInPassing } from './ratingInPassing.ts';

const SKIP_WORDS = new Set([
  'skip', 'pass', 'none', 'nothing', 'no one', 'nobody', 'no one yet', 'not sure', 'not sure yet', 'dont know',
  'no', 'nope', 'no thats all', 'thats all', 'thats it', 'n a', 'na', 'nah', 'no more', 'not really',
  'nah thats all', 'no thanks', 'nothing else', 'no more jobs', 'thats everything', 'no im good', 'im good',
  'no thats it', 'nah thats it', 'no other', 'no others',
  'nae', 'naw', 'nae thats all', 'nae more', 'nothin', 'nane', // Scots (round twenty-one: "nae" had been kept as a job)
]);
// A bare yes to "is there another job you would like?": the client still has to say which.
const BARE_YES = new Set(['yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'y', 'aye', 'ok', 'okay', 'k', 'sure', 'ok yes', 'yes please', 'yeah sure', 'yes there is', 'i think so', 'yes i do', 'maybe']);
const YES_NO_SKIPS = new Set(['skip', 'skip it', 'skip this', 'skip this one', 'pass', 'next', 'next question', 'rather not say', 'id rather not say', 'prefer not to say', 'id prefer not to say', 'not saying']);
// Play-testing: a plain "No" at "How sure do you feel, from 1 to 10?" was asked again with no end.
const NO_RATING = new Set(['no', 'nope', 'nah', 'na', 'nae', 'naw', 'n', 'maybe', 'who knows', 'hard to say', 'cant say', 'no comment']);
// "no not really", "nah im fine", "nothing really": no help wanted, never kept as the help wanted.
const NO_HELP_WANTED = /^(?:no|nope|nah|na|nae|naw|nothing|none|not really)(?: (?:no|not|really|nothing|none|im|i am|ok|okay|fine|good|alright|thanks|thank you|ta|at all|i dont|dont|need|any|all good|thats all|for now|right now|else|thx))*$/;
const KEEP_WORDS = new Set(['keep', 'keep it', 'same', 'the same', 'no change', 'its the same', 'still the same', 'leave it']);
const MAX_TEXT_LENGTH = 500;

const JOB_TITLE_QUESTIONS: ReadonlySet<string> = new Set(['first-job', 'second-job', 'third-job', 'last-job']);
// Words that open a reason, not a job title: "because it is easy to find", "cos i like people".
// "like I said it fits around the kids" (round twenty-five): the reason again.
const REASON_OPENING = /^(?:because|becuase|becasue|cos|coz|cuz|cause|bc|as (?:i|it|its|you)|since (?:i|it)|(?:it is|its|thats|that is) (?:because|cos|cause)|the reason is|why\? because|like i said|as i said|it (?:fits|suits|works) (?:around|round|with))\b/;
const JOB_WANTED_QUESTIONS: ReadonlySet<string> = new Set(['first-job', 'second-job', 'third-job']);
const ANOTHER_JOB_QUESTIONS: ReadonlySet<string> = new Set(['second-job', 'third-job']);
// Questions about a past job, where "never worked" says there is nothing to tell.
const NO_WORK_TO_TELL_OF: ReadonlySet<string> = new Set(['last-job', 'how-it-ended', 'not-well']);

export function parseAssessmentAnswer(
  question: AssessmentQuestion,
  text: string,
  options: { canKeep?: boolean; skipLabel?: string } = {},
): AssessmentAnswer | null {
  const words = normaliseAnswer(text);
  if (!words) return null;
  if (options.canKeep && KEEP_WORDS.has(words)) return { kind: 'keep' };
  // "not really sure tbh" skips as "not sure" does: it is never kept as a job or a strength.
  // "no thats all sorry" (play-testing, round nineteen: kept as the reason for the job): the manners aside.
  // "no one really", "nobody tbh" (round twenty-five: kept as a person who could help): the hedge aside.
  const bare = words.replace(/^(?:(?:oh )?(?:sorry|soz)) |(?: (?:sorry|soz|thanks|thank you|ta|x+|really|tbh|to be honest|honestly|at the moment|atm|right now|i guess|i suppose|i think|lol))+$/g, '');
  const skipped =
    question.optional &&
    (SKIP_WORDS.has(words) ||
      SKIP_WORDS.has(bare) ||
      (question.id === 'support-wanted' && NO_HELP_WANTED.test(words)) ||
      // "no that is all thank you" (play-testing, round thirteen): no more jobs, never a job.
      (ANOTHER_JOB_QUESTIONS.has(question.id) && saysNoMoreSteps(words)) ||
      isUnsureAnswer(words) ||
      (options.skipLabel !== undefined && words === normaliseAnswer(options.skipLabel)));
  // "actually no care worker" at "What makes you want that job?" had been kept as the reason (play-testing).
  const changedJob = question.id === 'first-job-reason' ? jobSaidAgain(text) : null;
  if (changedJob) return { kind: 'job-changed', value: changedJob };
  // Play-testing, round twenty: "agree" at "What help would you like most?" had been kept as the help wanted.
  if ((question.kind === 'text' || question.kind === 'list') && isButtonWords(words)) return null;
  // "nope never worked" at "What did not go so well?" had been kept as what did not go well.
  const neverWorked = NO_WORK_TO_TELL_OF.has(question.id) && saysTheyHaveNeverWorked(text);
  switch (question.kind) {
    case 'text':
      if (skipped || neverWorked) return { kind: 'text', value: null };
      // "ok" to "is there another job you would like?" means yes, not a job called "ok": ask again.
      if (JOB_TITLE_QUESTIONS.has(question.id) && BARE_YES.has(words)) return null;
      if (ANOTHER_JOB_QUESTIONS.has(question.id) && REASON_OPENING.test(words)) return { kind: 'reason-for-last-job', value: text.trim().slice(0, MAX_TEXT_LENGTH) };
      // "anything", "any job tbh": open to any work, kept in plain words (not the title "whatever").
      if (question.id === 'first-job' && isOpenToAnyJob(text)) return { kind: 'text', value: ANY_JOB };
      // The job(s) meant, not the words as typed: "maybe retail or care work idk" is Retail and Care
      // work; a bare "yes" or a sentence with no job in it is asked again.
      if (JOB_WANTED_QUESTIONS.has(question.id)) {
        const place = workplaceSaid(text);
        if (place) return { kind: 'workplace-said', value: place };
        const withReason = question.id === 'first-job' ? jobWithItsReason(text) : null;
        if (withReason) return withReason;
        const lastJobs = ANOTHER_JOB_QUESTIONS.has(question.id) ? jobsThenThatsAll(text) : null;
        if (lastJobs) return lastJobs;
        const life = lifeToldInsteadOfAJob(text);
        if (life) return { kind: 'other-barrier', barrier: life, value: text.trim().slice(0, MAX_BARRIER_NOTE_LENGTH) };
        const read = saysNoJob(text) ? { kind: 'not-a-job' as const } : readJobsWanted(text.slice(0, MAX_TEXT_LENGTH));
        if (read.kind === 'not-a-job') {
          const barrier = barrierToldForAJob(text);
          return barrier ? { kind: 'other-barrier', barrier, value: text.trim().slice(0, MAX_BARRIER_NOTE_LENGTH) } : null;
        }
        return read.titles.length === 1 ? { kind: 'text', value: read.titles[0]! } : { kind: 'jobs', value: read.titles };
      }
      // "sort of, cash in hand" at "What was your last job?": the work kept, not the hedge (round twenty-five).
      // "yes my anxiety is bad" at "What makes you want that job?": noted with its barrier, and the reason asked again.
      const lifeNotReason = question.id === 'first-job-reason' ? lifeToldInsteadOfAReason(text) : null;
      if (lifeNotReason) return { kind: 'other-barrier', barrier: lifeNotReason, value: text.trim().slice(0, MAX_BARRIER_NOTE_LENGTH) };
      if (question.id === 'last-job') return { kind: 'text', value: (withoutAHedgeFirst(text) ?? text.trim()).slice(0, MAX_TEXT_LENGTH) };
      return { kind: 'text', value: text.trim().slice(0, MAX_TEXT_LENGTH) };
    case 'list':
      return skipped ? { kind: 'list', value: [] } : { kind: 'list', value: splitList(text.slice(0, MAX_TEXT_LENGTH)) };
    case 'yes-no': {
      // "skip" where yes or no is asked: left unanswered, never asked again and again (play-testing
      // found "Please tap Yes or No" 21 times in a row).
      if (YES_NO_SKIPS.has(words)) return { kind: 'text', value: null };
      // "idk" at "Have you had a paid job?": heard kindly and left, as no button says "not sure".
      if (isUnsureAnswer(words)) return { kind: 'unsure' };
      // "forklift at b&q, i got sacked": a job that ended says there was one (play-testing found it
      // asked again, and the job-loss handed to the adviser as news).
      // "no, only cash cleaning, 1 year ago": cash work is paid work, whatever the no (round twenty-five).
      const value = (question.id === 'recent-work' && saysPaidInformally(text) ? 'yes' : null) ?? parseYesNo(text) ?? leadingYesNo(text) ?? (question.id === 'recent-work' ? paidWorkTold(text) : null);
      // "worked in a chippy for 2 year": work told of is a yes, and the words are the last job (listening round two).
      // "he gave me a few quid", "not really, it was for family": paid or a favour, said in other words (round two).
      const paidOrNot = value === null && question.id === 'recent-work' ? paidOrNotSaid(text) : null;
      if (paidOrNot) return { kind: 'yes-no', value: paidOrNot === 'yes' };
      const told = value === null && question.id === 'recent-work' ? paidWorkToldOf(text) : null;
      if (told) return told === 'yes' ? { kind: 'yes-no', value: true, lastJob: workAsTold(text) } : { kind: 'yes-no', value: false };
      if (value === null) return null;
      // "yes, I was a cleaner for 3 years": the job is kept too, and not asked for again (round twenty-two).
      const lastJob = question.id === 'recent-work' && value === 'yes' ? jobSaidWithAYes(text) : null;
      return lastJob ? { kind: 'yes-no', value: true, lastJob } : { kind: 'yes-no', value: value === 'yes' };
    }
    case 'barrier': {
      // "bad knees" at the health question is a yes, kept with its words; "i have no
      // qualifications" at "Debts" is about another barrier: kept there, and this one asked again.
      const read = question.barrier ? readBarrierAnswer(text, question.barrier) : null;
      if (!read) return null;
      if (read.kind === 'other-barrier') return { kind: 'other-barrier', barrier: read.barrier, value: read.note };
      return read.note === undefined ? { kind: 'barrier', value: read.value } : { kind: 'barrier', value: read.value, note: read.note };
    }
    case 'confidence': {
      // "Register with two logistics recruitment agencies.": a count said in passing, not a 2 (answers round one).
      if (numberSaidInPassing(text)) return null;
      // "bad" is low, "ok" in the middle, "good" high: never cheered, never "didn't catch that".
      const value =
        parseNumberInRange(text, CONFIDENCE_MIN, CONFIDENCE_MAX) ??
        lowerOfTwoRatings(text, CONFIDENCE_MIN, CONFIDENCE_MAX) ??
        numberSaidAsItSounds(text) ??
        ratingFromWords(text, CONFIDENCE_MIN, CONFIDENCE_MAX);
      if (value !== null) return { kind: 'confidence', value };
      // "idk", "not sure", "No": no rating is kept, and the client is not asked again and again.
      return isUnsureAnswer(words) || NO_RATING.has(words) || YES_NO_SKIPS.has(words) ? { kind: 'unsure' } : null;
    }
  }
}

/** How "open to any work" is kept as the job they would like. */
export const ANY_JOB = OPEN_TO_ANY_JOB;

/**
 * "anything", "any job tbh", "not fussy", "whatever pays": open to any work, read as the job wanted
 * is read everywhere (saysOpenToAnyJob); at the first job question a bare "whatever" too.
 */
export function isOpenToAnyJob(text: string): boolean {
  return saysOpenToAnyJob(text, true);
}

// "how do i do a cv", "can you help me with interviews": asked at "What help would you like most?",
// the help they want, said as a question (play-testing: it had been asked again, as not understood).
const ASKS_HOW_TO =
  /^(?:(?:so|but|and|ok|um|erm)\s+)?(?:how (?:do|can|would|should|shall|could) (?:i|you|we|u) (?!(?:answer|reply|do this|do it|do that|use this|press|tap|choose|pick)\b)\w+|how to \w+|(?:can|could|will|would) (?:you|u|someone|my adviser|the adviser) (?:help|show|teach|tell) me\b|where (?:do|can) i (?:find|get|look|learn)\b|(?:i )?need help (?:with|to|on)\b)/;

/** At the help question, a question that names what they want help with: it is the answer. */
export function asksForHelpWith(text: string): boolean {
  const words = normaliseAnswer(text);
  return ASKS_HOW_TO.test(words) && words.split(' ').length >= 3;
}

/** The job named again after "actually no", "no wait", "i meant": the job it is now, or null. */
function jobSaidAgain(text: string): string | null {
  const rest = wordsAfterChangeOfMind(text);
  const read = rest ? readJobsWanted(rest) : null;
  return read?.kind === 'jobs' ? jobsAsOneTitle(read.titles) : null;
}

// Play-testing, round twenty-one: "I'd like to work in a school as a teaching assistant because it
// fits round my kids" was asked "What makes you want that job?" straight after. One job, then why.
const WHY_AFTER_A_JOB = /\s*[,.;-]?\s+(?:because|becuase|cos|coz|cuz|cause|bc|since (?:i|it|its)|as (?:it|its|i|the hours|they))\s+/i;

/** One job and the reason after it, said together; null when there is no reason, or not one job. */
function jobWithItsReason(text: string): AssessmentAnswer | null {
  const at = WHY_AFTER_A_JOB.exec(text);
  if (!at || at.index === 0) return null;
  const reason = text.slice(at.index + at[0].length).trim();
  const read = readJobsWanted(text.slice(0, at.index).slice(0, MAX_TEXT_LENGTH));
  if (read.kind === 'not-a-job' || read.titles.length !== 1 || reason.split(/\s+/).length < 2) return null;
  return { kind: 'job-with-reason', value: read.titles[0]!, reason: `${at[0].trim()} ${reason}`.slice(0, MAX_TEXT_LENGTH) };
}

// Play-testing, round twenty-one: "maybe lunchtime supervisor too, that's all" at "Is there another
// job?" kept the job, then asked "Is there one more job you would like?". The job, then no more.
const LAST_PART = /(?:[,.;!]|\s+and\s+|\s+-\s+)\s*([^,.;!]+?)\s*[.!]*$/;

/** Jobs said with "that's all" after them; null when there is no "that's all", or no job before it. */
function jobsThenThatsAll(text: string): AssessmentAnswer | null {
  const last = LAST_PART.exec(text.trim());
  if (!last || !saysNoMoreSteps(last[1]!)) return null;
  const read = readJobsWanted(text.trim().slice(0, last.index).slice(0, MAX_TEXT_LENGTH));
  return read.kind === 'not-a-job' || read.titles.length === 0 ? null : { kind: 'jobs', value: read.titles, thatsAll: true };
}

/**
 * At "Have you had a paid job in the last two years?": a job that ended says there was one, unless
 * it ended two years ago or more ("made redundant, that was over a year ago" is yes; "sacked 3 years
 * ago" is no) (round twenty-five).
 */
function paidWorkTold(text: string): 'yes' | 'no' | null {
  if (!detectJobLoss(withoutWhenItHappened(text))) return null;
  return saysItWasTwoYearsAgoOrMore(text) ? 'no' : 'yes';
}
