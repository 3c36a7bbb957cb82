// The barriers to work that the self-assessment asks about, and which need a specialist. What
// the client sees and the adviser's word for each are in src/messages/en/barriers.ts.
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

export type Barrier = { id: BarrierId; needsSpecialist: boolean };

// Benefits advice (with a better-off check), debt advice, housing advice, a disclosure letter for
// a conviction, and talking through telling an employer about health.
const NEEDS_SPECIALIST: ReadonlySet<BarrierId> = new Set(['housing', 'money-benefits', 'debt', 'convictions', 'health-disclosure']);

export const BARRIERS: readonly Barrier[] = BARRIER_IDS.map((id) => ({ id, needsSpecialist: NEEDS_SPECIALIST.has(id) }));

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

/** What the answer buttons say (src/messages) and more: the recogniser's words for each answer. */
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
