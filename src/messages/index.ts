// The words layer: every sentence a client or adviser can receive, one module per conversation
// or card, in one folder per language (only en/ for now). It sits below src/bot and dialogs and
// may import src/domain types and pure helpers; nothing in src/domain imports it.
//
// Call sites import the English modules directly today. To add a language, write a bundle of the
// same shape (the Words type checks it) and add it to BUNDLES; a turn then takes its words from
// wordsFor(locale), where the locale is the activity's (activity.locale, which Teams and Web Chat
// send), else the one kept in the client's profile, else English.
import type { ChoiceOption } from '../domain/answers.ts';
import * as adviser from './en/adviser.ts';
import * as adviserEscalations from './en/adviserEscalations.ts';
import * as adviserInbox from './en/adviserInbox.ts';
import * as adviserMessages from './en/adviserMessages.ts';
import * as adviserPlan from './en/adviserPlan.ts';
import * as adviserReminders from './en/adviserReminders.ts';
import * as adviserTasks from './en/adviserTasks.ts';
import * as adviserQuestions from './en/adviserQuestions.ts';
import * as assessmentHeard from './en/assessmentHeard.ts';
import * as barriers from './en/barriers.ts';
import * as caseload from './en/caseload.ts';
import * as changeStep from './en/changeStep.ts';
import * as common from './en/common.ts';
import * as concernOffer from './en/concernOffer.ts';
import * as crisis from './en/crisis.ts';
import * as dataRights from './en/dataRights.ts';
import * as escalationCard from './en/escalationCard.ts';
import * as escalationDetails from './en/escalationDetails.ts';
import * as escalationSummary from './en/escalationSummary.ts';
import * as escalationUpdates from './en/escalationUpdates.ts';
import * as inWork from './en/inWork.ts';
import * as jobNewsHeard from './en/jobNewsHeard.ts';
import * as jobSearch from './en/jobSearch.ts';
import * as listening from './en/listening.ts';
import * as locusOfControl from './en/locusOfControl.ts';
import * as menu from './en/menu.ts';
import * as onboarding from './en/onboarding.ts';
import * as plan from './en/plan.ts';
import * as planCard from './en/planCard.ts';
import * as planQuestions from './en/planQuestions.ts';
import * as reviewMove from './en/reviewMove.ts';
import * as prompts from './en/prompts.ts';
import * as reminders from './en/reminders.ts';
import * as reminderSwitch from './en/reminderSwitch.ts';
import * as review from './en/review.ts';
import * as reviewWorries from './en/reviewWorries.ts';
import * as safetyReplies from './en/safetyReplies.ts';
import * as safetyWindowAnswers from './en/safetyWindowAnswers.ts';
import * as selfAssessment from './en/selfAssessment.ts';
import * as sharedChats from './en/sharedChats.ts';
import * as goalQuestionReplies from './en/goalQuestionReplies.ts';
import * as smartGoal from './en/smartGoal.ts';
import * as specialist from './en/specialist.ts';

export const en = {
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

/** Every message as a string or a function of the same arguments, whatever the language. */
type Widen<T> = T extends string
  ? string
  : T extends number | boolean | null | undefined
    ? T
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widen<R>
      : T extends ChoiceOption<infer V>
        ? ChoiceOption<V>
        : T extends readonly (infer U)[]
          ? readonly Widen<U>[]
          : { readonly [K in keyof T]: Widen<T[K]> };

/** What a language must say: the English bundle's shape, with any words in place of its strings. */
export type Words = Widen<typeof en>;
export type Locale = 'en';

const BUNDLES: Record<Locale, Words> = { en };

/** The words for a BCP 47 locale ("en-GB", "cy"): its language if we have it, English otherwise. */
export function wordsFor(locale: string | undefined): Words {
  const language = locale?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(BUNDLES, language) ? BUNDLES[language as Locale] : BUNDLES.en;
}
