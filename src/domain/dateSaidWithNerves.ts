// A day said with how the client feels about it, at "When could you do it?": "by friday i hope, bit
// nervous", "tomorrow but im really scared", "wednesday if my anxiety lets me". Round six: the day was
// kept and the feeling passed over. The day is still kept; the feeling is answered too.
import { normaliseAnswer } from './answers.ts';

const NERVES =
  /(?<!\b(?:not|never|no longer|not too|not that|not really|not very|less)\s)\b(?:nervous|nervy|scared|worried|worrying|anxious|anxiety|terrified|frightened|afraid|petrified|dreading(?: it)?|bricking it|panicking|shaking|stressed|stressing)\b/;

/** Words of nerves beside the day ("bit nervous", "im dreading it"); not "not nervous". */
export function saysNervesWithTheDay(text: string): boolean {
  return NERVES.test(normaliseAnswer(text));
}
