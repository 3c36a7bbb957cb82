// A client telling us about someone else who may harm themselves ("my little brother keeps saying he
// wants to kill himself, ive been watching him"): the client is a carer or a witness, not the danger.
// Play-testing found such messages answered as a threat from the client ("If you feel you might hurt
// someone, please move away from them now") and told to the adviser as "harm to someone else".
import { normaliseForMatching } from './risk/normalise.ts';

const SOMEONE = String.raw`(?:(?:my|our|his|her) (?:little |big |older |younger |best |step ?)?(?:brother|sister|mum|mam|mom|mother|dad|father|son|daughter|mate|friend|pal|partner|husband|wife|boyfriend|girlfriend|fella|cousin|nan|gran|grandad|grandma|uncle|auntie|aunt|neighbour|flatmate|kid|child|boy|girl|lad|niece|nephew)|(?:he|she|they))`;
const THEIR_HARM = String.raw`(?:kill (?:himself|herself|themselves|themself)|end (?:it all|it|his life|her life|their life|things)|take (?:his|her|their) own life|hurt (?:himself|herself|themselves)|harm (?:himself|herself|themselves)|top (?:himself|herself|themselves)|not be (?:here|around) (?:any ?more)?)`;
const SAYS_THEIR_RISK = new RegExp(
  String.raw`\b${SOMEONE}(?: \w+){0,4} (?:wants? to|wanted to|is going to|was going to|are going to|going to|gonna|will|tried to|try to|keeps? (?:saying|talking about|threatening)(?: (?:he|she|they))?(?: (?:wants? to|will|is going to|going to|gonna))?|threatened to|talks? about|talked about|said (?:he|she|they)(?: \w+){0,2} (?:wants? to|would|will|was going to|is going to|going to|gonna)) ${THEIR_HARM}\b` +
    String.raw`|\b${SOMEONE}(?: \w+){0,2} (?:took|has taken|had taken) an? (?:overdose|od)\b|\b${SOMEONE}(?: \w+){0,2} (?:overdosed|self harms|cuts (?:himself|herself|themselves))\b`,
);
// The client's own risk said too: then it is theirs, and the reply for it comes first.
const THEIR_OWN = /\b(?:i (?:want|wanna|am going|will|might) (?:to )?(?:die|kill myself|end it|hurt myself)|kill myself|hurt myself|myself too|me too|i feel the same|take me with|hurt me|hit me|hits me|kill me|threaten\w* me)\b/;

/** Someone else's risk to themselves, told by the client, with no risk of the client's own said. */
export function speaksOfSomeoneElsesRisk(text: string): boolean {
  const words = normaliseForMatching(text);
  return SAYS_THEIR_RISK.test(words) && !THEIR_OWN.test(words);
}
