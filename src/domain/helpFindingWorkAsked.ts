// "can you help me find a job", "help me find work pls": the coach asked for help finding work, in
// so many words. At the menu it starts a goal, as "i just want a job" does (play-testing, round
// twenty-eight: "Here is my question again"); said just after the adviser is offered, it is not a
// no to the offer either.
import { normaliseAnswer } from './answers.ts';

const POLITE = String.raw`(?:(?:hi|hello|hiya|please|pls|plz|so|ok|okay|um|erm|sorry|but|yes|no|and)\s+)*`;
const ASKS = String.raw`(?:(?:can|could|will|would) (?:you|u|ya) (?:please |pls )?help(?: me)?|(?:please |pls )?help me|i (?:need|want|would like) (?:some |your )?help|(?:i )?need (?:some |your )?help|i want you to help me)`;
const FINDING = String.raw`(?:to )?(?:find|finding|get|getting|look for|looking for|search for|searching for|with finding|with getting|with looking for)`;
const WORK = String.raw`(?:a |some |me a |me some )?(?:new |proper |full time |part time )?(?:job|jobs|work|employment)`;
const HELP_FINDING_WORK = new RegExp(String.raw`^${POLITE}${ASKS} ${FINDING} ${WORK}(?: (?:please|pls|plz|thanks|thank you|ta|asap|now|again))*$`);

/** "can you help me find a job": help finding work, asked of the coach. */
export function asksForHelpFindingWork(text: string): boolean {
  const said = normaliseAnswer(text);
  return said.length <= 120 && HELP_FINDING_WORK.test(said);
}
