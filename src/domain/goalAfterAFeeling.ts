// A feeling said before the goal at the goal question ("im so stressed, i want to get a job in
// retail", "bit nervous tbh but i wanna do my cscs card") had been kept in the goal, feeling and all
// (round nine): only goal-then-feeling was split. Every part before the goal must be a feeling, so two
// goals in one line ("update my cv, then apply for jobs") are never cut. The goal runs to the end.
import { normaliseAnswer } from './answers.ts';
import { soundsBad, soundsLow } from './intentGuards.ts';
import { isGoalShaped, partsOf } from './heldGoalWords.ts';

const MAX_FEELING_WORDS = 12;
const LINK = /^(?:(?:but|and|so|then|tho|though|anyway|anyways)\b[\s,]*)+/i;
// One list for a feeling said around a goal, here and where not knowing the goal is said with one (goalUnsureSaid.ts).
const FEELING =
  /\b(?:stressed|stressing|stress|anxious|anxiety|worried|worrying|nervous|scared|afraid|frightened|overwhelmed|panicking|panicky|knackered|tired|exhausted|shattered|worn out|fed up|frustrated|bored|lost|confused|stuck|unsure|unsettled|on edge|not great|rubbish|bad|down|low|useless|hopeless|gutted|meh|crap|awful)\b/;

/** A short part of a message that says a feeling ("im so stressed", "bit lost tbh") and no goal. */
export function saysAFeelingOnly(part: string): boolean {
  return part.split(/\s+/).length <= MAX_FEELING_WORDS && !isGoalShaped(part) && (FEELING.test(normaliseAnswer(part)) || soundsLow(part) || soundsBad(part));
}

/** The goal said after a feeling, from its first word to the end; null when nothing comes before it, or what comes before is not a feeling. */
export function goalAfterAFeeling(said: string): { goal: string } | null {
  const parts = partsOf(said);
  const at = parts.findIndex(isGoalShaped);
  if (at < 1) return null;
  const before = parts.slice(0, at);
  if (!before.every(saysAFeelingOnly)) return null;
  const start = said.indexOf(parts[at]!, said.indexOf(before.at(-1)!) + before.at(-1)!.length);
  // "bit scared, but i want to ring the agency": the "but" is not the goal's.
  return start < 0 ? null : { goal: said.slice(start).replace(LINK, '').trim() };
}
