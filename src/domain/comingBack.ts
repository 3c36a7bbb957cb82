// "hiya", "hi its me again, sorry ive been rubbish at this", "yo sorry been ages": a client coming
// back says hello and sorry before anything else. Whatever question was waiting, that is not its
// answer ("hello" had been kept as their last job). News after the hello ("hi, i got the job") is
// not this: it is read as news.
const HELLO = String.raw`(?:hi|hiya|hey|hello|helo|hallo|yo|morning|good morning|afternoon|good afternoon|evening|good evening)(?: there| again| you| coach)?`;
const SORRY = String.raw`(?:sorry|soz|so sorry|apologies|my bad)(?: for (?:the )?(?:delay|late reply|wait|silence|being (?:away|quiet|slow)|not replying|going quiet|disappearing))?`;
const BEEN_AWAY = String.raw`(?:i have been |i've been |ive been |i been |i was |been |was )(?:away|busy|mad busy|so busy|really busy|rubbish(?: at this| at replying)?|quiet|ages|a while|awol|off|mia)(?: for (?:a bit|a while|ages|a few days|a week|weeks|a couple of weeks))?`;
const BACK = String.raw`(?:(?:it is|its|it's) me(?: again)?|(?:i am|im|i'm) back(?: again| now)?|back (?:again|now)|lost my phone|had no signal|had no data|phone died|(?:its|it's|it is) been (?:a while|ages))`;
const PIECE = `(?:${HELLO}|${SORRY}|${BEEN_AWAY}|${BACK})`;
const COMING_BACK = new RegExp(`^${PIECE}(?:[ ,.!]+(?:and |but )?${PIECE})*$`);

// "morning" alone answers "when suits you?"; with more ("morning, its me again") it is a hello.
const TIME_OF_DAY = /^(?:morning|afternoon|evening)$/;
// "i was away" alone answers "how did it go?": a reason, kept with the step.
const ONLY_AWAY = new RegExp(`^${BEEN_AWAY}$`);

export function saysHelloComingBack(text: string): boolean {
  const said = text.toLowerCase().replace(/[\u2019]/g, "'").replace(/[!.?,~:)(]+/g, ' ').replace(/\s+/g, ' ').trim();
  return said.length > 0 && !TIME_OF_DAY.test(said) && !ONLY_AWAY.test(said) && COMING_BACK.test(said);
}
