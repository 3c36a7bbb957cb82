// The barriers to work that the self-assessment asks about, and which need a specialist. What
// the client sees and the adviser's word for each are in src/messages/en/barriers.ts.
import { MAX_ANSWER_LENGTH, normaliseAnswer, parseChoice, parseYesNo, type ChoiceOption } from './answers.ts';
import { leadingYesNo, parseHedgedYesNo } from './partialAnswers.ts';

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

// At a barrier question ("Somewhere to live. Does this make it hard for you to get or keep a
// job?") some words mean what they mean nowhere else: "im fine" and "no problem" say it is no
// problem (at other questions "no problem" is a yes); "no comment" and "i dont want to say"
// decline (elsewhere a no); and a bare "ok", "fine" or "sure" could be either, so it is asked
// again. Only these questions read them: "ok" is still a yes to "Shall we set a goal together?".
type BarrierReading = BarrierAnswer | 'unclear' | null;

const TELL = '(?:say|tell|share|answer|discuss|talk about it|talk about that|go into it|go into that|saying|telling|sharing|answering)';
const TELL_WHAT = `${TELL}(?: (?:you|it|that|this|anything|right now|now|here|sorry|thanks))*`;
// Anchored at both ends: "i dont want to tell my boss" is an answer about telling a boss, not a no.
const DECLINED = new RegExp(
  `^(?:(?:no|nah|nope|sorry) )*(?:i |im |i am |id |i would |would )?(?:` +
    `(?:dont|do not) (?:want to|wanna|wish to|like to)(?: ${TELL_WHAT})?` +
    `|(?:rather|prefer) not(?: to)? ${TELL_WHAT}|(?:wont|will not|not going to|not gonna|would not|not) ${TELL_WHAT}` +
    `|no comments?|(?:thats |its |that is |it is )?(?:private|personal)|keep (?:it|that) to myself)$`,
);
const FINE = '(?:fine|ok|okay|alright|all right|good|grand|sorted)';
const NO_PROBLEM = new RegExp(
  `^(?:(?:no|nah|nope|naw) )?(?:` +
    `(?:im|i am|were|we are|its|it is|its all|all|all is|everything is|everythings) ${FINE}` +
    `|(?:thats|that is) (?:fine|ok|okay|alright|all right)` +
    // "english is fine", "my health is ok": the thing asked about is fine.
    `|(?:my )?[a-z]+ (?:is|are) ${FINE}` +
    `|(?:im |i am )?(?:fine|ok|okay|alright|all right|good|happy|comfortable|confident) (?:with|using|at|on)` +
    `|(?:its |thats |it is |that is )?(?:no|not a|not an|not any|never a|never an|never been a|never been an|never had a|never had any|no real|no big) ` +
    `(?:problems?|issues?|worries|bother|trouble|big deal|barrier)` +
    `|(?:it |that |this )?(?:doesnt|does not)` +
    `|(?:it |that |this )?(?:dont|do not) (?:affect|bother|matter|apply))\\b(.*)$`,
);
const PROBLEM = /^(?:(?:it|that|this) (?:really )?does|(?:(?:its|thats|it is|that is) )?(?:a )?(?:big |real |huge |massive |bit of a )?(?:problem|issue))\b(.*)$/;
// Words after "im fine" that take it back, or part of it: "im fine but my landlord is selling".
const TURNS_FINE =
  /\b(?:but|except|apart|although|though|however|not|dont|cant|cannot|wont|isnt|arent|doesnt|sometimes|bit|little|hard|harder|easy|easier|struggle|struggles|struggling|worry|worried|mostly|most|usually|until|unless|if|yet|only|need|needs|help|some|when|bad|worse)\b/;
const TURNS_PROBLEM = /\b(?:but|except|apart|although|though|however|not|no|never)\b/;
const YES_FIRST = /^(?:yes|yeah|yeh|yep|yup|yea|ya|ye|yh|aye|da) /;
const ACK =
  '(?:ok|okay|okey|okie|k|kk|fine|alright|all right|right|sure|cool|good|great|grand|nice|lovely|sound|then|so|well|oh|um|erm|hmm|' +
  'go on|go ahead|sounds good|fine by me|why not|please|i can|i will|whatever|fair enough|got it|understood|dokie|dokey|thanks|thank you|cheers|ta)';
const ACK_ONLY = new RegExp(`^${ACK}(?: ${ACK})*$`);
const ACK_FIRST = '(?:ok|okay|okey|okie|k|fine|alright|all right|right|sure|cool|well|so|oh|um|erm|hmm)';
const ACK_THEN = new RegExp(`^${ACK_FIRST}(?: ${ACK_FIRST})* (.+)$`);

/** What words mean at a barrier question; null leaves them to the shared yes-or-no readers. */
function readBarrierWords(words: string): BarrierReading {
  if (DECLINED.test(words)) return 'prefer-not-to-say';
  // "not sure really", "idk": neither yes nor no (play-testing found "not sure really" kept as yes).
  if (UNSURE.test(words)) return 'unclear';
  // "no car", "no qualifications": the barrier named, so a yes, not a no. "i dont want to tell my
  // boss" is the worry about telling asked about (it had been asked again).
  if (LACKS.test(words) || NOT_TELLING_WORK.test(words)) return 'yes';
  const yesFirst = YES_FIRST.exec(words);
  // "ye i cant read good, im dyslexic": a yes, and the barrier named (it had "That is good to hear").
  if (yesFirst && LACKS.test(words.slice(yesFirst[0].length))) return 'yes';
  const noProblem = NO_PROBLEM.exec(yesFirst ? words.slice(yesFirst[0].length) : words);
  // "yes im fine" says both.
  if (noProblem) return yesFirst || TURNS_FINE.test(noProblem[1]!) ? 'unclear' : 'no';
  if (yesFirst) return null;
  const problem = PROBLEM.exec(words);
  if (problem) return TURNS_PROBLEM.test(problem[1]!) ? 'unclear' : 'yes';
  if (ACK_ONLY.test(words)) return 'unclear';
  // "ok no", "well its fine": the words after the "ok" say it, or nothing does.
  const rest = ACK_THEN.exec(words)?.[1];
  if (rest) return readBarrierWords(rest) ?? parseYesNo(rest) ?? leadingYesNo(rest) ?? 'unclear';
  return null;
}

const UNSURE = /^(?:(?:um|erm|hmm|well)\s+)*(?:not sure|unsure|dunno|idk|i dont know|dont know|no idea|not really sure|maybe|possibly|hard to say|cant say)(?:\s+(?:really|tbh|to be honest|honestly|yet|either|mate))*$/;
// "i cant rite good": spelt as said (round twenty-two). "yes i have never worked" (round twenty-four:
// kept as a no, for its "never"): never having worked is the time out of work asked about.
const LACKS = /^(?:i (?:dont|do not|cant|cannot|can not|carnt|cnt) (?:drive|read|write|rite|reed|spell|spel|speak english|use (?:a )?computers?)\b|(?:i have |ive |i |i have not |ive not |i havent )?(?:never|not ever|never ever) (?:worked|had (?:a |any )?(?:proper |paid |real )?(?:job|jobs|work)|been in work)\b|(?:(?:i have|ive got|i got|got|i|theres)\s+)?(?:no|not got a|not got any|dont have a|dont have any|havent got a|havent got any) (?:car|van|driving licence|licence|license|transport|lift|bus|qualifications?|quals|gcses?|certificates?|computer|laptop|phone|internet|wifi|data|childcare|experience|references?|id|passport|address)\b(?! (?:problems?|issues?|worries|trouble)))/;

const NOT_TELLING_WORK =
  /^(?:(?:well|tbh|honestly|no)\s+)*(?:i )?(?:dont|do not|wouldnt|would not|dont really|really dont|am scared to|im scared to|im worried about|worry about|dont like) (?:(?:want|wanna|like) (?:to )?)?(?:tell|telling|say|saying|share|sharing) (?:them|my boss|a boss|bosses|the boss|employers?|an employer|work|anyone at work|my manager|a manager|managers?|people at work)\b/;

// A thumbs-up at a barrier question says "ok", not which answer.
const THUMBS_UP = /\ud83d\udc4d/u;

export function parseBarrierAnswer(text: string): BarrierAnswer | null {
  const declined = parseChoice(text, BARRIER_ANSWER_OPTIONS.slice(2), { byPosition: false });
  if (declined) return declined;
  if (text.length <= MAX_ANSWER_LENGTH) {
    const read = THUMBS_UP.test(text) ? 'unclear' : readBarrierWords(normaliseAnswer(text));
    if (read) return read === 'unclear' ? null : read;
  }
  return parseHedgedYesNo(text) ?? parseChoice(text, BARRIER_ANSWER_OPTIONS);
}
