// A client telling us about someone else who may harm themselves ("my little brother keeps saying he
// wants to kill himself, ive been watching him"): the client is a carer or a witness, not the danger.
// Play-testing found such messages answered as a threat from the client ("If you feel you might hurt
// someone, please move away from them now") and told to the adviser as "harm to someone else".
import { normaliseForMatching } from './risk/normalise.ts';

const SOMEONE = String.raw`(?:(?:my|our|his|her) (?:little |big |older |younger |best |step ?)?(?:brother|sister|mum|mam|mom|mother|dad|father|son|daughter|mate|friend|pal|partner|husband|wife|boyfriend|girlfriend|fella|cousin|nan|gran|grandad|grandma|uncle|auntie|aunt|neighbour|flatmate|kid|child|boy|girl|lad|niece|nephew)|(?:he|she|they))`;
const THEIR_HARM = String.raw`(?:kill (?:himself|herself|themselves|themself)|end (?:it all|it|his life|her life|their life|things)|take (?:his|her|their) own life|hurt (?:himself|herself|themselves)|harm (?:himself|herself|themselves)|top (?:himself|herself|themselves)|not be (?:here|around) (?:any ?more)?|overdose|take an overdose|od)`;
const SAYS_THEIR_RISK = new RegExp(
  String.raw`\b${SOMEONE}(?: \w+){0,4} (?:wants? to|wanted to|is going to|was going to|are going to|going to|gonna|will|tried to|try to|keeps? (?:saying|talking about|threatening)(?: (?:he|she|they))?(?: (?:wants? to|will|is going to|going to|gonna))?|threatened to|talks? about|talked about|said (?:he|she|they)(?: \w+){0,2} (?:wants? to|would|will|was going to|is going to|going to|gonna)) ${THEIR_HARM}\b` +
    String.raw`|\b${SOMEONE}(?: \w+){0,2} (?:took|has taken|had taken) an? (?:overdose|od)\b|\b${SOMEONE}(?: \w+){0,2} (?:overdosed|self harms|cuts (?:himself|herself|themselves))\b` +
    // "he said he doesnt want to be here anymore", "my daughter is self harming" (play-testing, round six).
    String.raw`|\b${SOMEONE}(?: \w+){0,4} (?:does not|do not|did not) want to (?:be here|be around|be alive|live|wake up)\b` +
    String.raw`|\b${SOMEONE}(?: \w+){0,2} (?:is|are|has been|have been|keeps|started|has started) (?:self harming|cutting (?:himself|herself|themselves)|hurting (?:himself|herself|themselves)|harming (?:himself|herself|themselves))\b`,
);
// The client's own risk said too: then it is theirs, and the reply for it comes first.
const THEIR_OWN = /\b(?:i (?:want|wanna|am going|will|might) (?:to )?(?:die|kill myself|end it|hurt myself)|kill myself|hurt myself|myself too|me too|so do i|so am i|i do too|same here|i feel the same|take me with|hurt me|hit me|hits me|kill me|threaten\w* me)\b/;

/** Someone else's risk to themselves, told by the client, with no risk of the client's own said. */
export function speaksOfSomeoneElsesRisk(text: string): boolean {
  return theirRiskIn(normaliseForMatching(text));
}

function theirRiskIn(words: string): boolean {
  return SAYS_THEIR_RISK.test(words) && !THEIR_OWN.test(words);
}

// Told as something over ("tried to overdose last year, shes doing much better now"), a death ("my
// old cellmate hung himself in 2017"), help already in place ("her mum's getting her help", "camhs"),
// a reason for a career ("thats why i want to work in mental health"), an interview question ("what
// would you do if a client said..."), a relationship ended ("wants to end it with her boyfriend") or a joke: history, grief or context, not a danger to act on today.
const NOT_NOW = /\b(?:last year|years ago|\d+ (?:years|months) ago|a few (?:years|months) ago|(?:years|a few years|a couple of years|a while) back|in (?:19|20)\d\d|when (?:i was|we were|he was|she was|they were) (?:a kid|kids|a teenager|teenagers|young|little|younger|at school|at uni|\d+)|as a (?:kid|teenager)|at uni|doing (?:much |a lot |loads |really )?(?:better|well|great)|better now|is ok now|is okay now|fine now|safe now|recovered|in recovery|passed away|passed|died|funeral|rip|anniversary|used to|(?:getting|got|gets|get) (?:her|him|them) (?:help|support)|in therapy|therapy|camhs|counselling|counsellor|is involved|are involved|thats why|that is why|its why|it is why|why i want|course|career|work in|youth work|support work|cv|reference|by accident|accidentally|coffee|end it with|end it all with|ended it with|lol|haha|interview|what would you do|what would i do|what i would do|what id do|how i would handle|how would you handle|if a (?:client|customer|resident|patient|caller|student|service user))\b/;

/**
 * Someone else's risk to themselves that may be happening now, told by the client. The check reads
 * most of these as nothing (in the corpus they are third-person, not the client's own risk), and
 * play-testing found "my mate keeps saying hes gonna end it all and i dont know what to do" got
 * "Here is my question again": the coach answers it as a crisis of someone they know.
 */
export function speaksOfSomeoneElsesRiskNow(text: string): boolean {
  // Asked of every message the check does not read as a crisis: the text is normalised once.
  const words = normaliseForMatching(text);
  return theirRiskIn(words) && !NOT_NOW.test(words);
}
