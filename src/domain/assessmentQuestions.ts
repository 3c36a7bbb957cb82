// The questions of the self-assessment, one per message, and how each answer changes the
// vocational profile. Progress (which questions are answered) is kept beside the profile, so a
// client can stop after any answer and carry on later, in another chat or after a restart.
import {
  ASSESSMENT_STEPS,
  MAX_JOB_GOALS,
  type AssessmentStepId,
  type JobGoal,
  type VocationalProfile,
} from './assessmentSteps.ts';
import { BARRIERS, type BarrierAnswer, type BarrierId } from './barriers.ts';
import { withBarrierNote } from './barrierTopics.ts';
import { isUnsureAnswer } from './textChecks.ts';
import { jobsAsOneTitle } from './jobWanted.ts';

export type AnswerKind = 'text' | 'list' | 'yes-no' | 'barrier' | 'confidence';

export type AssessmentQuestion = {
  id: string;
  step: AssessmentStepId;
  kind: AnswerKind;
  /** The client may skip it ("Skip", "No one yet"); the answer is then empty. */
  optional: boolean;
  barrier?: BarrierId;
  /** Asked only when this holds, e.g. a third job goal only after a second one. */
  askIf?: (profile: VocationalProfile) => boolean;
};

export type AssessmentAnswer =
  | { kind: 'text'; value: string | null }
  /** Two jobs or more said at once ("retail or care work"): one job goal each, as room allows. */
  /** `thatsAll`: "lunchtime supervisor too, that's all": no more jobs asked after these. */
  | { kind: 'jobs'; value: string[]; thatsAll?: boolean }
  | { kind: 'list'; value: string[] }
  /** `lastJob`: "yes, I was a cleaner": the job named with the yes, kept as the last job. */
  | { kind: 'yes-no'; value: boolean; lastJob?: string }
  /** `note`: the client's own words beside the answer ("bad knees"), kept for the adviser. */
  | { kind: 'barrier'; value: BarrierAnswer; note?: string }
  /** Words about another barrier than the one asked: kept with that one; the question is asked again. */
  | { kind: 'other-barrier'; barrier: BarrierId; value: string }
  | { kind: 'confidence'; value: number }
  /** "idk" where no skip button is offered (a paid job, how sure): left without an answer, said kindly. */
  | { kind: 'unsure' }
  | { kind: 'keep' }
  /** "because it is easy to find" at "another job?": more of why they want the job before. */
  | { kind: 'reason-for-last-job'; value: string }
  /** "a teaching assistant because it fits round my kids": the job, and why, in one message (round twenty-one). */
  | { kind: 'job-with-reason'; value: string; reason: string }
  /** "actually no care worker" at "What makes you want that job?": the job changed; the reason is asked again. */
  | { kind: 'job-changed'; value: string }
  /** "I like quiet places" at the job question: kept as the kind of place they like; the job is asked again. */
  | { kind: 'workplace-said'; value: string };

export type AssessmentProgress = {
  profile: VocationalProfile;
  /** Question ids answered (or kept) in steps not yet finished. */
  answered: string[];
};

export const ASSESSMENT_QUESTIONS: readonly AssessmentQuestion[] = [
  { id: 'first-job', step: 'job-goals', kind: 'text', optional: true },
  { id: 'first-job-reason', step: 'job-goals', kind: 'text', optional: true, askIf: (p) => p.jobGoals.length >= 1 },
  { id: 'second-job', step: 'job-goals', kind: 'text', optional: true, askIf: (p) => p.jobGoals.length >= 1 },
  { id: 'third-job', step: 'job-goals', kind: 'text', optional: true, askIf: (p) => p.jobGoals.length >= 2 },
  { id: 'recent-work', step: 'work-history', kind: 'yes-no', optional: false },
  { id: 'last-job', step: 'work-history', kind: 'text', optional: true, askIf: (p) => p.workHistory.hasRecentWork === true },
  { id: 'how-it-ended', step: 'work-history', kind: 'text', optional: true, askIf: (p) => Boolean(p.workHistory.lastJob) },
  { id: 'went-well', step: 'work-history', kind: 'text', optional: true },
  { id: 'not-well', step: 'work-history', kind: 'text', optional: true },
  { id: 'skills', step: 'skills-strengths', kind: 'list', optional: true },
  { id: 'strengths', step: 'skills-strengths', kind: 'list', optional: true },
  { id: 'hours', step: 'preferences', kind: 'text', optional: true },
  { id: 'workplace', step: 'preferences', kind: 'text', optional: true },
  { id: 'contacts', step: 'contacts', kind: 'list', optional: true },
  ...BARRIERS.map((barrier) => ({ id: `barrier:${barrier.id}`, step: 'barriers' as const, kind: 'barrier' as const, optional: false, barrier: barrier.id })),
  { id: 'support-wanted', step: 'support-wanted', kind: 'text', optional: true },
  { id: 'confidence', step: 'confidence', kind: 'confidence', optional: false },
];

export function questionsOf(step: AssessmentStepId): AssessmentQuestion[] {
  return ASSESSMENT_QUESTIONS.filter((question) => question.step === step);
}

export function questionById(id: string): AssessmentQuestion {
  const question = ASSESSMENT_QUESTIONS.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`Unknown self-assessment question: ${id}`);
  return question;
}

function nextQuestionIn(step: AssessmentStepId, progress: AssessmentProgress): AssessmentQuestion | null {
  return (
    questionsOf(step).find(
      (question) => !progress.answered.includes(question.id) && (question.askIf?.(progress.profile) ?? true),
    ) ?? null
  );
}

/** The next question to ask, in step order; null when every step is finished. */
export function nextQuestion(progress: AssessmentProgress): AssessmentQuestion | null {
  for (const step of ASSESSMENT_STEPS) {
    if (progress.profile.completedSteps.includes(step.id)) continue;
    const question = nextQuestionIn(step.id, progress);
    if (question) return question;
  }
  return null;
}

/** True when this question is the first one of its step still to be asked: time to show progress. */
export function startsItsStep(question: AssessmentQuestion, progress: AssessmentProgress): boolean {
  // Only the questions before it: one answered early, elsewhere ("I like quiet places" at the job question), starts nothing.
  const inStep = questionsOf(question.step);
  return !inStep.slice(0, inStep.indexOf(question)).some((other) => progress.answered.includes(other.id));
}

/** "cooking, cleaning and driving" → ["cooking", "cleaning", "driving"]. */
export function splitList(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\n|\band\b|&|\+)\s*/i)
    .map((item) => item.replace(/\?+$/, '').trim())
    // "not sure, talking?": the doubt is no skill (round twenty-four), nor its question mark.
    .filter((item) => item && !isUnsureAnswer(item));
}

// "the shop closed down", "they said i wasnt needed anymore" are redundancies too (play-testing).
const REDUNDANCY = /\bredundan|\blaid off\b|\blay ?offs?\b|\b(?:closed|closing|shut) (?:down|up)\b|\b(?:went|gone|going) (?:bust|under|into administration)\b|\b(?:shop|store|site|factory|branch|place|firm|company|business) (?:closed|shut)\b|\b(?:was|were|wasnt|werent|not|no longer) needed\b|\bcut (?:jobs|staff|my job|my post|the post)\b|\bmy (?:job|post|role) (?:went|was cut|was axed|got cut)\b/i;

function setJobGoal(goals: JobGoal[], index: number, title: string | null): JobGoal[] {
  if (title === null) return goals.slice(0, index);
  const next = goals.slice(0, MAX_JOB_GOALS);
  const existing = next[index];
  next[index] = existing ? { ...existing, title } : { title, reason: null, route: null };
  return next;
}

/** The job questions in the order of the job goals they fill. */
export const JOB_GOAL_QUESTIONS: readonly string[] = ['first-job', 'second-job', 'third-job'];

/** Jobs from `index` on, one goal each; where there is no room left, the rest kept as one ("Retail or care work"). */
function setJobGoals(goals: JobGoal[], index: number, titles: string[]): JobGoal[] {
  const room = Math.max(1, MAX_JOB_GOALS - index);
  const kept = titles.length <= room ? titles : [...titles.slice(0, room - 1), jobsAsOneTitle(titles.slice(room - 1))];
  return kept.reduce((next, title, i) => setJobGoal(next, index + i, title), goals);
}

/** The job questions whose goals a multi-job answer filled too: not asked again ("another job?" asks for the next). */
function jobQuestionsFilled(question: AssessmentQuestion, answer: AssessmentAnswer): string[] {
  const index = JOB_GOAL_QUESTIONS.indexOf(question.id);
  if (answer.kind !== 'jobs' || index < 0) return [];
  if (answer.thatsAll) return JOB_GOAL_QUESTIONS.slice(index + 1);
  const filled = Math.min(answer.value.length, MAX_JOB_GOALS - index);
  return JOB_GOAL_QUESTIONS.slice(index + 1, index + filled);
}

/** Adds to the reason of the job named last; the question on screen is asked again. */
function addReasonToLastJob(profile: VocationalProfile, reason: string): VocationalProfile {
  const last = profile.jobGoals.length - 1;
  const jobGoals = profile.jobGoals.map((goal, i) => (i === last ? { ...goal, reason: goal.reason ? `${goal.reason}. ${reason}` : reason } : goal));
  return { ...profile, jobGoals };
}

type ValueAnswer = Exclude<AssessmentAnswer, { kind: 'keep' | 'reason-for-last-job' | 'job-with-reason' | 'other-barrier' | 'job-changed' | 'workplace-said' }>;

function applyValue(profile: VocationalProfile, question: AssessmentQuestion, answer: ValueAnswer): VocationalProfile {
  const jobIndex = JOB_GOAL_QUESTIONS.indexOf(question.id);
  if (answer.kind === 'jobs' && jobIndex >= 0) return { ...profile, jobGoals: setJobGoals(profile.jobGoals, jobIndex, answer.value) };
  const text = answer.kind === 'text' ? answer.value : null;
  const list = answer.kind === 'list' ? answer.value : [];
  switch (question.id) {
    case 'first-job':
      return { ...profile, jobGoals: setJobGoal(profile.jobGoals, 0, text) };
    case 'first-job-reason':
      return { ...profile, jobGoals: profile.jobGoals.map((goal, i) => (i === 0 ? { ...goal, reason: text } : goal)) };
    case 'second-job':
      return { ...profile, jobGoals: setJobGoal(profile.jobGoals, 1, text) };
    case 'third-job':
      return { ...profile, jobGoals: setJobGoal(profile.jobGoals, 2, text) };
    case 'recent-work': {
      const lastJob = answer.kind === 'yes-no' && answer.lastJob ? { lastJob: answer.lastJob } : {};
      return { ...profile, workHistory: { ...profile.workHistory, hasRecentWork: answer.kind === 'yes-no' ? answer.value : null, ...lastJob } };
    }
    case 'last-job':
      return { ...profile, workHistory: { ...profile.workHistory, lastJob: text } };
    case 'how-it-ended':
      return { ...profile, workHistory: { ...profile.workHistory, howItEnded: text, redundancy: text !== null && REDUNDANCY.test(text) } };
    case 'went-well':
      return { ...profile, workHistory: { ...profile.workHistory, wentWell: text } };
    case 'not-well':
      return { ...profile, workHistory: { ...profile.workHistory, didNotGoWell: text } };
    case 'skills':
      return { ...profile, skills: list };
    case 'strengths':
      return { ...profile, strengths: list };
    case 'hours':
      return { ...profile, preferences: { ...profile.preferences, hours: text } };
    case 'workplace':
      return { ...profile, preferences: { ...profile.preferences, workplace: text } };
    case 'contacts':
      return { ...profile, contacts: list };
    case 'support-wanted':
      return { ...profile, supportWanted: text };
    case 'confidence':
      return { ...profile, confidence: answer.kind === 'confidence' ? answer.value : answer.kind === 'unsure' ? null : profile.confidence };
    default:
      if (question.barrier && answer.kind === 'barrier') {
        const barriers = { ...profile.barriers, [question.barrier]: answer.value };
        return answer.note ? { ...profile, barriers, barrierNotes: withBarrierNote(profile.barrierNotes, question.barrier, answer.note) } : { ...profile, barriers };
      }
      throw new Error(`No way to record ${answer.kind} for ${question.id}`);
  }
}

/** Records one answer; when it was the step's last question, the step is finished. */
export function recordAnswer(progress: AssessmentProgress, question: AssessmentQuestion, answer: AssessmentAnswer): AssessmentProgress {
  if (answer.kind === 'reason-for-last-job') return { ...progress, profile: addReasonToLastJob(progress.profile, answer.value) };
  if (answer.kind === 'job-with-reason') {
    const jobGoals = setJobGoal(progress.profile.jobGoals, 0, answer.value).map((goal, i) => (i === 0 ? { ...goal, reason: answer.reason } : goal));
    return { profile: { ...progress.profile, jobGoals }, answered: [...new Set([...progress.answered, 'first-job', 'first-job-reason'])] };
  }
  if (answer.kind === 'job-changed') return { ...progress, profile: { ...progress.profile, jobGoals: setJobGoal(progress.profile.jobGoals, 0, answer.value) } };
  if (answer.kind === 'other-barrier') {
    return { ...progress, profile: { ...progress.profile, barrierNotes: withBarrierNote(progress.profile.barrierNotes, answer.barrier, answer.value) } };
  }
  if (answer.kind === 'workplace-said') {
    // Kept as the answer to the workplace question, which is then not asked again.
    const profile = { ...progress.profile, preferences: { ...progress.profile.preferences, workplace: answer.value } };
    return { profile, answered: [...new Set([...progress.answered, 'workplace'])] };
  }
  const profile = answer.kind === 'keep' ? progress.profile : applyValue(progress.profile, question, answer);
  const jobToo = answer.kind === 'yes-no' && answer.lastJob ? ['last-job'] : [];
  const answered = [...new Set([...progress.answered, question.id, ...jobQuestionsFilled(question, answer), ...jobToo])];
  const next: AssessmentProgress = { profile, answered };
  if (nextQuestionIn(question.step, next)) return next;
  const stepIds = new Set(questionsOf(question.step).map((q) => q.id));
  return {
    profile: { ...profile, completedSteps: [...new Set([...profile.completedSteps, question.step])] },
    answered: answered.filter((id) => !stepIds.has(id)),
  };
}

/** Opens finished steps again, so "Update my profile" can walk through them. */
export function reopenSteps(progress: AssessmentProgress, steps: readonly AssessmentStepId[]): AssessmentProgress {
  const reopened = new Set(ASSESSMENT_QUESTIONS.filter((q) => steps.includes(q.step)).map((q) => q.id));
  return {
    profile: { ...progress.profile, completedSteps: progress.profile.completedSteps.filter((id) => !steps.includes(id)) },
    answered: progress.answered.filter((id) => !reopened.has(id)),
  };
}

export type CurrentAnswer = string | string[] | boolean | number | BarrierAnswer | null;

/** What the profile holds now for a question; null or [] when nothing is there. */
export function currentAnswer(profile: VocationalProfile, question: AssessmentQuestion): CurrentAnswer {
  switch (question.id) {
    case 'first-job':
      return profile.jobGoals[0]?.title ?? null;
    case 'first-job-reason':
      return profile.jobGoals[0]?.reason ?? null;
    case 'second-job':
      return profile.jobGoals[1]?.title ?? null;
    case 'third-job':
      return profile.jobGoals[2]?.title ?? null;
    case 'recent-work':
      return profile.workHistory.hasRecentWork;
    case 'last-job':
      return profile.workHistory.lastJob ?? null;
    case 'how-it-ended':
      return profile.workHistory.howItEnded ?? null;
    case 'went-well':
      return profile.workHistory.wentWell;
    case 'not-well':
      return profile.workHistory.didNotGoWell;
    case 'skills':
      return profile.skills;
    case 'strengths':
      return profile.strengths;
    case 'hours':
      return profile.preferences.hours;
    case 'workplace':
      return profile.preferences.workplace;
    case 'contacts':
      return profile.contacts;
    case 'support-wanted':
      return profile.supportWanted;
    case 'confidence':
      return profile.confidence;
    default:
      return question.barrier ? (profile.barriers[question.barrier] ?? null) : null;
  }
}

export function hasCurrentAnswer(profile: VocationalProfile, question: AssessmentQuestion): boolean {
  const value = currentAnswer(profile, question);
  return value !== null && !(Array.isArray(value) && value.length === 0);
}
