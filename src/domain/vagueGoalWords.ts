// "just sort myself out really", "get out the house more", "be better": vague goals said at the goal
// question had the low-mood reply (and the offer of the adviser) or "That is good to hear". They are
// goals, taken gently and made specific; low words said with them still read as low mood.
import { normaliseAnswer } from './answers.ts';
import { soundsBad, soundsLow } from './intentGuards.ts';

const OPENING = '^(?:(?:i|id|i would|i want to|i wanna|i need to|want to|wanna|need to|to|just|try to|try and|like to|id like to)\\s)*';
const VAGUE = new RegExp(
  `${OPENING}(?:(?:sort|get|put) (?:myself|me|my life|my head|things|everything|stuff) (?:out|sorted|together|straight|right|back on track)|` +
    `get (?:myself|my life|me) (?:sorted|together|back on track|on track)|` +
    `get out (?:of )?(?:the|my) (?:house|home|flat)(?: more)?|get out more|go out more|` +
    `be (?:a bit |much |more |)(?:better|happier|healthier|fitter|more confident|more organised|more positive|more active|less lazy)|` +
    `do better|feel better|improve myself|change my life)(?: (?:really|tbh|i guess|i suppose|i think|more|please|this year|and that|innit))*$`,
);

/** A goal too loose to plan, and no feeling said with it. */
export function namesAVagueGoal(text: string): boolean {
  const words = normaliseAnswer(text);
  return VAGUE.test(words) && !soundsLow(text) && !soundsBad(text);
}
