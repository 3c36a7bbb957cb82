// The barriers to work that the self-assessment asks about. `label` is what the client sees,
// so it is short and kind; `name` is the adviser's word for it, used in summaries.
import { parseChoice, type ChoiceOption } from './answers.ts';
import { parseHedgedYesNo } from './partialAnswers.ts';

export const BARRIER_IDS = [
  'housing',
  'childcare-caring',
  'health',
  'transport',
  'money-benefits',
  'debt',
  'convictions',
  'health-disclosure',
  'qualifications',
  'digital-skills',
  'language',
  'confidence',
  'work-gaps',
  'substance-use',
] as const;

export type BarrierId = (typeof BARRIER_IDS)[number];

/** A client may always decline to answer; that never counts against them. */
export type BarrierAnswer = 'yes' | 'no' | 'prefer-not-to-say';
export type BarrierAnswers = Partial<Record<BarrierId, BarrierAnswer>>;

export type Barrier = {
  id: BarrierId;
  label: string;
  name: string;
  needsSpecialist: boolean;
  /** For the adviser: what the specialist help is. Only for barriers that need one. */
  specialistHelp?: string;
};

export const BARRIERS: readonly Barrier[] = [
  { id: 'housing', label: 'Somewhere to live', name: 'Housing', needsSpecialist: true, specialistHelp: 'Housing advice.' },
  { id: 'childcare-caring', label: 'Childcare or caring', name: 'Childcare and caring', needsSpecialist: false },
  { id: 'health', label: 'Health, in body or mind', name: 'Physical or mental health', needsSpecialist: false },
  { id: 'transport', label: 'Getting to work', name: 'Transport', needsSpecialist: false },
  {
    id: 'money-benefits',
    label: 'Money or benefits',
    name: 'Money and benefits',
    needsSpecialist: true,
    specialistHelp: 'Benefits advice, with a check that work leaves them better off.',
  },
  { id: 'debt', label: 'Debts', name: 'Debt', needsSpecialist: true, specialistHelp: 'Debt advice.' },
  {
    id: 'convictions',
    label: 'A criminal record',
    name: 'Criminal convictions',
    needsSpecialist: true,
    specialistHelp: 'Help to write a letter that tells employers about it.',
  },
  {
    id: 'health-disclosure',
    label: 'Telling a boss about your health',
    name: 'Disclosing a health condition',
    needsSpecialist: true,
    specialistHelp: 'Talk through the pros and cons of telling an employer, and what to say.',
  },
  { id: 'qualifications', label: 'Qualifications', name: 'Qualifications', needsSpecialist: false },
  { id: 'digital-skills', label: 'Using computers or phones', name: 'Digital skills', needsSpecialist: false },
  { id: 'language', label: 'Speaking or reading English', name: 'Language', needsSpecialist: false },
  { id: 'confidence', label: 'Feeling confident', name: 'Confidence', needsSpecialist: false },
  { id: 'work-gaps', label: 'Time out of work', name: 'Gaps in work history', needsSpecialist: false },
  { id: 'substance-use', label: 'Alcohol or drugs', name: 'Substance use', needsSpecialist: false },
];

export function barrierById(id: BarrierId): Barrier {
  const barrier = BARRIERS.find((candidate) => candidate.id === id);
  if (!barrier) throw new Error(`Unknown barrier: ${id}`);
  return barrier;
}

/** Barriers the client said yes to, in list order. "Prefer not to say" is not a yes. */
export function barriersReported(answers: BarrierAnswers): Barrier[] {
  return BARRIERS.filter((barrier) => answers[barrier.id] === 'yes');
}

export function barriersNeedingSpecialist(answers: BarrierAnswers): Barrier[] {
  return barriersReported(answers).filter((barrier) => barrier.needsSpecialist);
}

export const BARRIER_ANSWER_OPTIONS: readonly ChoiceOption<BarrierAnswer>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  {
    value: 'prefer-not-to-say',
    label: "I'd rather not say",
    synonyms: [
      'prefer not to say', 'rather not say', 'id prefer not to say', 'rather not', 'id rather not',
      'not saying', 'skip', 'pass', 'private', 'none of your business', 'mind your own business',
    ],
  },
];

export function parseBarrierAnswer(text: string): BarrierAnswer | null {
  const declined = parseChoice(text, BARRIER_ANSWER_OPTIONS.slice(2), { byPosition: false });
  if (declined) return declined;
  return parseHedgedYesNo(text) ?? parseChoice(text, BARRIER_ANSWER_OPTIONS);
}
