// The registry of sample arguments: every message that is a function has at least one set of
// arguments here, nested as its module nests it, so one test can render every message (test/messages).
// The arguments fit any language, because every language has the shape of Words.
import type { Words } from '../index.ts';
import { adviser } from './adviser.ts';
import { adviserEscalations } from './adviserEscalations.ts';
import { adviserInbox } from './adviserInbox.ts';
import { adviserMessages } from './adviserMessages.ts';
import { adviserPlan } from './adviserPlan.ts';
import { adviserReminders } from './adviserReminders.ts';
import { adviserTasks } from './adviserTasks.ts';
import { adviserQuestions } from './adviserQuestions.ts';
import { barriers } from './barriers.ts';
import { caseload } from './caseload.ts';
import { changeStep } from './changeStep.ts';
import { common } from './common.ts';
import { concernOffer } from './concernOffer.ts';
import { crisis } from './crisis.ts';
import { dataRights } from './dataRights.ts';
import { escalationCard } from './escalationCard.ts';
import { escalationDetails } from './escalationDetails.ts';
import { escalationSummary } from './escalationSummary.ts';
import { escalationUpdates } from './escalationUpdates.ts';
import { inWork } from './inWork.ts';
import { jobNewsHeard } from './jobNewsHeard.ts';
import { jobSearch } from './jobSearch.ts';
import { listening } from './listening.ts';
import { locusOfControl } from './locusOfControl.ts';
import { menu } from './menu.ts';
import { onboarding } from './onboarding.ts';
import { plan } from './plan.ts';
import { planCard } from './planCard.ts';
import { planQuestions } from './planQuestions.ts';
import { reviewMove } from './reviewMove.ts';
import { prompts } from './prompts.ts';
import { reminders } from './reminders.ts';
import { reminderSwitch } from './reminderSwitch.ts';
import { review } from './review.ts';
import { reviewWorries } from './reviewWorries.ts';
import { safetyReplies } from './safetyReplies.ts';
import { safetyWindowAnswers } from './safetyWindowAnswers.ts';
import { selfAssessment } from './selfAssessment.ts';
import { sharedChats } from './sharedChats.ts';
import { goalQuestionReplies } from './goalQuestionReplies.ts';
import { assessmentHeard } from './assessmentHeard.ts';
import { smartGoal } from './smartGoal.ts';
import { specialist } from './specialist.ts';

type AnyFunction = (...args: never) => unknown;
type HasFunction<T> = T extends AnyFunction
  ? true
  : T extends readonly unknown[]
    ? false
    : T extends object
      ? true extends { [K in keyof T]-?: HasFunction<T[K]> }[keyof T]
        ? true
        : false
      : false;

/** Sample argument lists for each function in a message module, and in the records it exports. */
export type SamplesFor<T> = {
  [K in keyof T as HasFunction<T[K]> extends true ? K : never]-?: T[K] extends (...args: infer A) => unknown ? readonly Readonly<A>[] : SamplesFor<T[K]>;
};

export const samples: { [M in keyof Words]: SamplesFor<Words[M]> } = {
  adviser,
  adviserEscalations,
  adviserInbox,
  adviserMessages,
  adviserPlan,
  adviserQuestions,
  adviserReminders,
  adviserTasks,
  barriers,
  caseload,
  changeStep,
  common,
  concernOffer,
  crisis,
  dataRights,
  escalationCard,
  escalationDetails,
  escalationSummary,
  escalationUpdates,
  inWork,
  jobNewsHeard,
  jobSearch,
  listening,
  locusOfControl,
  menu,
  onboarding,
  plan,
  planCard,
  planQuestions,
  reviewMove,
  prompts,
  reminders,
  reminderSwitch,
  review,
  reviewWorries,
  safetyReplies,
  safetyWindowAnswers,
  selfAssessment,
  sharedChats,
  goalQuestionReplies,
  assessmentHeard,
  smartGoal,
  specialist,
};

/** Who reads each module: a client, an adviser, or both (some modules speak to each). */
export const readers: Record<keyof Words, 'client' | 'adviser' | 'both'> = {
  adviser: 'both',
  adviserEscalations: 'adviser',
  adviserInbox: 'adviser',
  adviserMessages: 'both',
  adviserPlan: 'both',
  adviserReminders: 'adviser',
  adviserTasks: 'both',
  adviserQuestions: 'adviser',
  barriers: 'both',
  caseload: 'adviser',
  changeStep: 'client',
  common: 'client',
  concernOffer: 'client',
  crisis: 'client',
  dataRights: 'client',
  escalationCard: 'adviser',
  escalationDetails: 'adviser',
  escalationSummary: 'adviser',
  escalationUpdates: 'adviser',
  inWork: 'client',
  jobNewsHeard: 'client',
  jobSearch: 'client',
  listening: 'client',
  locusOfControl: 'client',
  menu: 'client',
  onboarding: 'client',
  plan: 'client',
  planCard: 'both',
  planQuestions: 'client',
  reviewMove: 'both',
  prompts: 'client',
  reminders: 'client',
  reminderSwitch: 'client',
  review: 'client',
  reviewWorries: 'client',
  safetyReplies: 'client',
  safetyWindowAnswers: 'both',
  selfAssessment: 'client',
  sharedChats: 'both',
  goalQuestionReplies: 'client',
  assessmentHeard: 'client',
  smartGoal: 'client',
  specialist: 'both',
};
