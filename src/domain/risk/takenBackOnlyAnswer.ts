// A message that only takes back what was said before: "i was only joking", "i wasnt being
// serious", "its a figure of speech", "i regret saying that", "i didnt mean it like that". No risk is
// said in these words, yet the trained models alone read them as crisis (play-testing the safety
// window, round fifteen): "seriously i was joking" as intending to end their life, "i regret saying
// that" as coercive control (the abuse helpline and the warning about phones came back), "its a
// figure of speech" as harm to someone else. So the models may not raise them; the rules still read
// them as they read anything, and the safety window hears them as words taken back (the adviser
// still sees them). The whole message must be the phrase: "i was joking. but i have the pills" is
// read as before, and so is anything that names the act ("i didnt mean i would actually do it").
// Normalised text (risk/normalise.ts: "im" is "i am", "wasnt" is "was not"); applied where the
// models' level is taken (combine.ts), not to what they train on, so the models are unchanged.
const LEAD = String.raw`^(?:(?:ok|okay|oh|ah|um|erm|no|nah|lol|haha|seriously|honestly|sorry|look|relax|chill|calm down|dont worry|do not worry|it is fine|its fine|i am fine) )*`;
const TAIL = String.raw`(?: (?:lol|haha|x+|tbh|sorry|honestly|seriously|mate|though|tho|really|ok|okay|dont worry|do not worry))*$`;

const JOKING = String.raw`(?:i was|i am|i was only|i was just|i am only|i am just|was|was only|was just|only|just) (?:only |just )?(?:joking|kidding|messing|messing about|messing around|being silly|being daft|being dramatic|being sarcastic|being stupid|exaggerating|venting|winding you up|having a laugh|having a moan)`;
const NOT_SERIOUS = String.raw`(?:i was not|i am not|i was never) (?:being )?(?:serious|for real|being literal)`;
const A_SAYING = String.raw`(?:it was|it is|that was|that is|it was only|it is only|it is just|it was just) (?:just |only )?(?:a figure of speech|a saying|an expression|a turn of phrase|a joke|banter|sarcasm|a wind up|something people say)`;
const REGRET = String.raw`i (?:regret|should not have|wish i had not|wish i never|never should have) (?:saying|said|typing|typed|writing|written|sending|sent|put) (?:that|it|this|anything)`;
const NOT_MEANT = String.raw`i did not mean (?:it|that|any of it|any of that)(?: (?:like that|literally|that way|the way it sounded|in that way))?`;
const JK = String.raw`(?:jk|jks|only joking|just joking|just kidding|only kidding|joke|joking)`;

const TAKEN_BACK = new RegExp(String.raw`${LEAD}(?:${JOKING}|${NOT_SERIOUS}|${A_SAYING}|${REGRET}|${NOT_MEANT}|${JK})${TAIL}`);

/** Whether the whole normalised message only takes back what was said before. */
export function isOnlyTakingItBack(normalised: string): boolean {
  const text = normalised.trim();
  return text.length > 0 && text.length <= 80 && TAKEN_BACK.test(text);
}
