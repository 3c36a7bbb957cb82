// A few words that say nothing alarming alone ("gonna do it tonight", "bye everyone", "sorry for
// everything") can be the most alarming thing a client says when they follow a worrying message:
// said after one, within the half hour, they are read as a crisis. Alone they stay as the rest of
// the check reads them: "I'll do it tonight" is an ordinary answer to "When could you do it?".
import { onlyPracticalWorries } from '../practicalWorries.ts';
import type { RiskAssessment } from './combine.ts';
import { normaliseForMatching } from './normalise.ts';
import { applyRules } from './rules.ts';

export const TERSE_INTENT_REASON = 'a few words of intent or goodbye, just after a worrying message';
export const MEANS_IT_REASON = 'said they mean it, just after a worrying message';

export const WORRY_LOOKBACK_MS = 30 * 60_000;

// On normalised text ("gonna" is "going to", "im" is "i am"), each a whole message.
const TERSE = [
  /^(?:ok |right |well )?(?:i am |i will )?going to do it(?: now| tonight| today| soon| then)?(?: sorry)?$/,
  /^(?:ok |right |well )?(?:this is )?(?:goodbye|bye|bye bye)(?: everyone| all| for good| forever| then)?$/,
  /^(?:i am )?sorry for everything$/,
  /^(?:that is it|this is it|i am done|i am finished|no more)(?: now| then| for good)?$/,
  /^(?:i will not|not going to) be (?:here|around) (?:tomorrow|much longer|for long)$/,
  // Where they are, said just after a worry (play-testing, round six: "im on the bridge" two messages
  // after "i just want it all to stop" was kept as why they wanted the job).
  /^(?:ok |right |well )?(?:i am |am )?(?:on|at|by|up on|up at|near|stood on|standing on|sat on|sitting on) (?:the |a |that )?(?:bridge|roof|rooftop|top floor|car park roof|multi storey|cliff|cliffs|cliff edge|edge|ledge|tracks|train tracks|railway|railway line|level crossing|platform|river|canal|viaduct|flyover|pier|reservoir|quarry|motorway bridge|tower block)(?: now| again| right now| tonight)?$/,
  /^(?:i have got|i have|got) (?:them|the pills|the tablets|the rope|it) (?:here|with me|in my hand|in front of me)(?: now)?$/,
];

// "i mean it" after "whats the point of any of this" (play-testing: it had been taken as no to the
// adviser's offer). Not after a worry about money, a home or sleep alone: the worry grows, not the danger.
const MEANS_IT = /^(?:(?:and|but|no|honestly|seriously|like|yes|yeah) )*(?:i (?:really |actually |do |honestly )?mean it|i am (?:being )?(?:serious|deadly serious|dead serious)|i am not joking|not joking|no joke|for real|seriously)(?: (?:this time|now|though|tho|mate|you know))?$/;

export function isTerseIntent(text: string): boolean {
  const normalised = normaliseForMatching(text);
  return TERSE.some((pattern) => pattern.test(normalised)) || MEANS_IT.test(normalised);
}

function meansIt(text: string): boolean {
  return MEANS_IT.test(normaliseForMatching(text));
}

/** What the rules heard in an earlier message: a worry about money, a home or sleep alone is no worry of harm. */
function onlyPracticalEarlier(text: string | undefined): boolean {
  if (text === undefined) return false;
  const rules = applyRules(text);
  return onlyPracticalWorries([...rules.crisis, ...rules.concern]);
}

/** The assessment, raised to crisis when terse intent follows a worrying message (`earlier`: the client's latest messages). */
export function inContextOfWorry(
  text: string,
  assessed: RiskAssessment,
  earlier: ReadonlyArray<{ riskLevel: string; createdAt: Date; text?: string }>,
  now: Date,
): RiskAssessment {
  if (assessed.level === 'crisis' || !isTerseIntent(text)) return assessed;
  const only = meansIt(text);
  const worried = earlier.some(
    (message) => message.riskLevel !== 'none' && now.getTime() - message.createdAt.getTime() <= WORRY_LOOKBACK_MS && !(only && onlyPracticalEarlier(message.text)),
  );
  return worried ? { level: 'crisis', reasons: [only ? MEANS_IT_REASON : TERSE_INTENT_REASON, ...assessed.reasons] } : assessed;
}
