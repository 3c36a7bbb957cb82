// A feeling or a barrier said after the goal (round seven): "update my cv, feeling rubbish about it
// tbh", "email the college but i hate phones", "apply for jobs but i have no childcare", "go to the
// job fair but i cant afford the bus". All had been kept in the goal the plan shows.
import { WORRIED_WORDS } from './textChecks.ts';

const SEPARATOR = String.raw`(?:[\s,.;!-]+(?:(?:but|and|tho|though|although|except)\s+)?)`;
const FEELING = String.raw`(?:(?:i\s+)?(?:feel|felt)|(?:i'?m|im|i am)?\s*feeling|i\s+(?:hate|cant stand|can't stand|dont like|don't like|do not like))\b`;
const BARRIER = String.raw`(?:i\s+(?:have|got|'ve got|ve got|have got)\s+(?:no|a bad|bad|not got)\b|(?:i\s+)?(?:cant|can't|cannot|can not)\s+(?:afford|drive|get to|use a computer)\b|i\s+(?:dont|don't|do not)\s+(?:have|drive)\b|my\s+english\s+(?:is|isnt|isn't)\b|(?:it|its|it's|that|they)\s+costs?\b|no\s+(?:childcare|car|computer|laptop|internet|money)\b)`;
// "get my cv done, im so stressed about money"; and, after a comma, a full stop or a "but", the
// feeling word alone: "ring the agency. scared tbh", "email tesco, nervous as hell" (a feeling word
// inside the goal, "work with anxious children", is the goal's).
const SOME = String.raw`(?:(?:a bit|a little|abit|bit|really|so|quite|very|proper|well|pretty|kind of|kinda|sooo+)\s+)*`;
// Panic and dread too, said after a goal: "ring the agency, bricking it".
const FELT = String.raw`(?:${WORRIED_WORDS}|petrified|dreading|panicking|panicky|bricking it)\b`;
const SAID_FEELING = String.raw`(?:i'?m|im|i am)\s+${SOME}${FELT}`;
const BARE_FEELING = String.raw`${SOME}${FELT}`;
const AFTER_THE_GOAL = new RegExp(String.raw`^(.+?)${SEPARATOR}(?:(${FEELING}|${SAID_FEELING})|(${BARRIER}))(.*)$`, 'i');
const BARE_AFTER_THE_GOAL = new RegExp(String.raw`^(.+?)(?:\s*[,.;!-]+\s*(?:(?:but|tho|though|although)\s+)?|\s+(?:but|tho|though|although)\s+)(${BARE_FEELING})(.*)$`, 'i');

export type FeelingOrBarrier = { goal: string; kind: 'feeling' | 'barrier' };

/** The goal without a feeling or barrier told after it; null when none is told. */
export function goalBeforeAFeelingOrBarrier(text: string): FeelingOrBarrier | null {
  const said = AFTER_THE_GOAL.exec(text.trim()) ?? BARE_AFTER_THE_GOAL.exec(text.trim());
  if (!said) return null;
  const goal = said[1]!.replace(/[\s,.;!-]+$/, '').trim();
  if (goal.split(/\s+/).length < 2) return null;
  return { goal, kind: said[2] ? 'feeling' : 'barrier' };
}
