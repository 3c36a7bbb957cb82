// "I know how to do it" to "What makes you want that job?" is a reason to want the job; read alone,
// the risk models take it for a plan ("i know how i would do it"), and the client got the crisis
// reply and an escalation (play-testing, round twenty-two). Only the whole message, said of the work
// or the step, and only where the question on screen is about a job or a step, is read this way.
import { normaliseForMatching } from './risk.ts';

const BECAUSE = String.raw`(?:(?:because|becos|becoz|cos|coz|cus|as|well|yeah|yes|just) )?`;
const IT = String.raw`(?:it|that|this|the job|the work|that job|this job|that work|the role|them|the tasks)`;
const HOW_WELL = String.raw`(?: already| well| really well| fine| properly| easily| ok| okay| i think| now| anyway)?`;
const AND_LIKE_IT = String.raw`(?: and i (?:like|enjoy|love) it)?`;

const CAN_DO_THE_WORK = new RegExp(
  String.raw`^${BECAUSE}(?:` +
    [
      String.raw`i (?:know|no|kno|knw) how to do ${IT}`,
      String.raw`i (?:can|could) do ${IT}`,
      String.raw`i (?:have|ve) done ${IT} before`,
      String.raw`i did ${IT} before`,
      String.raw`i am good at ${IT}`,
      String.raw`i know ${IT}`,
    ].join('|') +
    String.raw`)${HOW_WELL}${AND_LIKE_IT}$`,
);

/** The whole message says the client can do the work ("becos i no how to do it"). */
export function saysTheyCanDoTheWork(text: string): boolean {
  return CAN_DO_THE_WORK.test(normaliseForMatching(text));
}
