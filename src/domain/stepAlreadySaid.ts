// "what? i just told you, apply to 2 care homes" where a first step, or a sooner day, is asked for
// after the client gave their step (play-testing, first conversations: it had "Here is my question
// again"). A complaint that the step was said, or the step typed again: heard as keeping it.
import { normaliseAnswer } from './answers.ts';

// "i said yes" is an answer, not a complaint.
const TOLD_YOU = new RegExp([
  String.raw`\bi (?:just |already |literally |did )?(?:told|tld|said|sed|answered|gave|put)\b(?! (?:yes|yeah|yep|ok|okay|sure|go on)\b)`,
  String.raw`\b(?:just|already) (?:told|said|answered)\b`,
  String.raw`\b(?:like|as) i (?:said|say)\b`,
  String.raw`\b(?:are|r) (?:you|u|ya) (?:not |even )?(?:listening|reading)\b`,
  String.raw`\bread what i (?:wrote|said|put|typed)\b`,
  String.raw`\bthats what i (?:just )?(?:said|told you|put)\b`,
].join('|'));

/** The step said already: "i just told you", "like i said", or the step's own words typed again. */
export function saysStepAlreadyGiven(text: string, step: string): boolean {
  const said = normaliseAnswer(text);
  if (TOLD_YOU.test(said)) return true;
  const stepWords = normaliseAnswer(step);
  return stepWords.split(' ').length >= 2 && ` ${said} `.includes(` ${stepWords} `);
}
