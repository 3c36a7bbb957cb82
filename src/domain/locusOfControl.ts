// Where a client stands between feeling in charge of what happens (internal locus of control)
// and feeling that luck or other people decide (external). The statements are our own, short
// and plain, half worded each way so that someone who agrees with everything lands in the middle.
//
// Scoring rule: each answer is 1 (disagree a lot) to 5 (agree a lot). Statements worded in the
// internal direction are reverse-keyed (6 minus the answer), so every item measures how
// EXTERNAL the client feels. The score is the mean of the eight, from 1 (fully internal) to 5
// (fully external). Band: score >= 3.5 is 'external', score <= 2.5 is 'internal', else 'mixed'.
// Every statement must be answered; "Not sure" (3) is the answer for someone who cannot say.
import { normaliseAnswer, parseChoice, type ChoiceOption } from './answers.ts';
import { readAgreement } from './agreementWords.ts';
import { WELSH_AGREE, WELSH_DISAGREE, WELSH_NOT_SURE } from './welshWords.ts';

export type LikertAnswer = 1 | 2 | 3 | 4 | 5;
export type LocusBand = 'internal' | 'mixed' | 'external';

export type LocusStatement = {
  id: LocusStatementId;
  /** True when agreeing means feeling in charge: the answer is reversed before scoring. */
  reverseKeyed: boolean;
};

export type LocusScore = { score: number; band: LocusBand; answered: number };

export const EXTERNAL_FROM = 3.5;
export const INTERNAL_UP_TO = 2.5;

export const LOCUS_STATEMENT_IDS = [
  'effort-pays-off', 'jobs-are-luck', 'my-choices-count', 'others-decide',
  'plans-work', 'no-point-trying', 'i-can-learn', 'out-of-my-hands',
] as const;
export type LocusStatementId = (typeof LOCUS_STATEMENT_IDS)[number];

/** The sentences themselves, as the client reads them, are in src/messages/en/locusOfControl.ts. */
export const LOCUS_STATEMENTS: readonly LocusStatement[] = [
  { id: 'effort-pays-off', reverseKeyed: true },
  { id: 'jobs-are-luck', reverseKeyed: false },
  { id: 'my-choices-count', reverseKeyed: true },
  { id: 'others-decide', reverseKeyed: false },
  { id: 'plans-work', reverseKeyed: true },
  { id: 'no-point-trying', reverseKeyed: false },
  { id: 'i-can-learn', reverseKeyed: true },
  { id: 'out-of-my-hands', reverseKeyed: false },
];

/** The recogniser's words for each answer; the buttons' words are in src/messages. */
export const LIKERT_OPTIONS: readonly ChoiceOption<`${LikertAnswer}`>[] = [
  {
    value: '1',
    label: 'Disagree a lot',
    synonyms: [
      'strongly disagree', 'totally disagree', 'completely disagree', 'really disagree', 'not at all',
      'definitely not', 'absolutely not', 'no way', 'never', 'not true at all', 'hell no',
      // Play-testing (December): a formal voice's words had been asked again.
      'certainly not', 'of course not', 'not in the least',
    ],
  },
  {
    value: '2',
    label: 'Disagree',
    synonyms: [
      'no', 'nope', 'nah', 'naw', 'nae', 'n', 'not really', // "nae": Scots (round twenty-one)
      'probably not', 'not much', 'not true', 'false', 'dont agree', 'do not agree', 'kind of disagree', 'sort of disagree',
      ...WELSH_DISAGREE, // round twenty-three: "ie" (yes) had "didn't catch that", while "na" (no) was heard
      // One word from "Disagree a lot", so said in full: play-testing found them read as the strongest.
      'disagree a bit', 'disagree a little', 'slightly disagree', 'somewhat disagree', 'i dont really agree', 'dont really agree', 'i do not really agree',
    ],
  },
  {
    value: '3',
    label: 'Not sure',
    synonyms: [
      'dunno', 'dont know', 'do not know', 'idk', 'unsure', 'maybe', 'neither', 'neutral',
      'in between', 'depends', 'it depends', 'sometimes', 'half and half', 'so so', 'no idea', 'cant say', 'meh',
      // Listening round (December): "some days yeah" had "didn't catch that", while "sometimes" was heard.
      'some days', 'some days yeah', 'some days yes', 'sometimes yeah', 'sometimes yes', 'at times', 'on and off', 'it varies', 'varies',
      'up and down', 'bit of both', 'a bit of both', 'depends on the day', 'on a good day', 'on some days', 'now and then', '50 50',
      ...WELSH_NOT_SURE,
    ],
  },
  {
    value: '4',
    label: 'Agree',
    synonyms: [
      'yes', 'yeah', 'yep', 'yup', 'y', 'true', 'mostly', 'kind of', 'kinda', 'sort of', 'a bit', 'i suppose', 'kind of agree', 'sort of agree',
      'agree a bit', 'agree a little', 'slightly agree', 'somewhat agree', 'i agree a bit', 'mostly agree',
      'usually', 'usually yes', 'generally', 'on the whole', 'i would say so', 'ye', 'yeh', 'aye', 'yh',
      'probably', 'a little', 'a little bit', 'i think so',
      ...WELSH_AGREE,
    ],
  },
  {
    value: '5',
    label: 'Agree a lot',
    synonyms: [
      'strongly agree', 'totally agree', 'completely agree', 'really agree', 'totally', 'completely',
      'definitely', 'absolutely', 'very true', 'so true', 'yes definitely', 'yes totally', 'very much',
      'of course', 'certainly', 'without a doubt', 'too right', 'dead right',
      // Play-testing: "100%" had "didn't catch that".
      '100', '100 percent', 'a hundred percent', 'hundred percent', 'very much so',
    ],
  },
];

// Play-testing: "sorta" and "not rly" had "didn't catch that". Said as their full words.
const TEXT_SPEAK: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:rly|rlly|realy|reely)\b/gi, 'really'],
  [/\bsorta\b/gi, 'sort of'],
  [/\bkinda\b/gi, 'kind of'],
  [/\b(?:defo|deffo|def|defs|deffs)\b/gi, 'definitely'],
  [/\b(?:prob|probs|prolly)\b/gi, 'probably'],
  [/\babit\b/gi, 'a bit'],
  [/\bdunno\b/gi, 'dont know'],
];

// Listening round two (December): "partly", "halfway", "to some extent" had "didn't catch that".
// Part true and part not is in between, as "bit of both" is.
const PART_WAY =
  /^(?:(?:well|um|erm|hmm|yeah|yes|i mean|i guess|i suppose|i think|i would say|id say)\s+)*(?:partly|partially|part|in part|in parts|halfway|half way|half half|half and half|a bit of both|bit of both|both really|in a way|in some ways|in some way|in a sense|to some extent|to an extent|to a point|up to a point|somewhat|ish|fifty fifty)(?:\s+(?:yeah|yes|yes and no|i guess|i suppose|i think|tbh|really|true|lol|like|maybe))*$/;

/** A button value ("1".."5"), a label, "4 - Agree", or typed words ("not sure", "totally"). */
export function parseLikertAnswer(typed: string): LikertAnswer | null {
  const text = TEXT_SPEAK.reduce((said, [short, full]) => said.replace(short, full), typed);
  const numbered = /^\s*([1-5])(?![\d./])\s*[-\u2013:.)]?\s*(.*)$/s.exec(text);
  if (numbered && numbered[2]) {
    const words = parseChoice(numbered[2], LIKERT_OPTIONS, { byPosition: false });
    return words === null || words === numbered[1] ? (Number(numbered[1]) as LikertAnswer) : null;
  }
  if (PART_WAY.test(normaliseAnswer(text))) return 3;
  const value = parseChoice(text, LIKERT_OPTIONS);
  return value === null ? readAgreement(text) : (Number(value) as LikertAnswer);
}

export class IncompleteLocusAnswersError extends Error {
  constructor(
    readonly missing: string[],
    readonly invalid: string[],
    readonly unknown: string[],
  ) {
    const parts = [
      missing.length > 0 ? `unanswered: ${missing.join(', ')}` : '',
      invalid.length > 0 ? `not a whole number from 1 to 5: ${invalid.join(', ')}` : '',
      unknown.length > 0 ? `not one of our statements: ${unknown.join(', ')}` : '',
    ].filter(Boolean);
    super(`Cannot score locus of control (${parts.join('; ')}).`);
    this.name = 'IncompleteLocusAnswersError';
  }
}

export function bandForScore(score: number): LocusBand {
  if (score >= EXTERNAL_FROM) return 'external';
  if (score <= INTERNAL_UP_TO) return 'internal';
  return 'mixed';
}

/** Scores answers keyed by statement id; throws IncompleteLocusAnswersError unless all 8 are valid. */
export function scoreLocusOfControl(answers: Record<string, number>): LocusScore {
  const ids = new Set<string>(LOCUS_STATEMENTS.map((statement) => statement.id));
  const missing = LOCUS_STATEMENTS.filter((s) => answers[s.id] === undefined).map((s) => s.id);
  const invalid = LOCUS_STATEMENTS.filter((s) => {
    const answer = answers[s.id];
    return answer !== undefined && !(Number.isInteger(answer) && answer >= 1 && answer <= 5);
  }).map((s) => s.id);
  const unknown = Object.keys(answers).filter((id) => !ids.has(id));
  if (missing.length + invalid.length + unknown.length > 0) {
    throw new IncompleteLocusAnswersError(missing, invalid, unknown);
  }

  const externality = LOCUS_STATEMENTS.map((s) => {
    const answer = answers[s.id]!;
    return s.reverseKeyed ? 6 - answer : answer;
  });
  const score = externality.reduce((sum, value) => sum + value, 0) / externality.length;
  return { score, band: bandForScore(score), answered: externality.length };
}

export type LocusChange = 'toward-internal' | 'toward-external' | 'no-clear-change';

// Half a point on the mean is 4 steps across the 8 answers, say four answers one step each.
// Anything less is within the wobble of answering on a different day.
export const CLEAR_CHANGE = 0.5;

/** Compare an earlier and a later score: a move toward internal control is a result to show. */
export function locusChange(earlier: number, later: number): LocusChange {
  if (earlier - later >= CLEAR_CHANGE) return 'toward-internal';
  if (later - earlier >= CLEAR_CHANGE) return 'toward-external';
  return 'no-clear-change';
}
