// "hiya", "hi its me again, sorry ive been rubbish at this", "yo sorry been ages": a client coming
// back says hello and sorry before anything else. Whatever question was waiting, that is not its
// answer ("hello" had been kept as their last job). News after the hello ("hi, i got the job") is
// not this: it is read as news.
const HELLO = String.raw`(?:hi|hiya|hey|hello|helo|hallo|yo|morning|good morning|afternoon|good afternoon|evening|good evening)(?: there| again| you| coach)?`;
const SORRY = String.raw`(?:sorry|soz|so sorry|apologies|my bad)(?: for (?:the )?(?:delay|late reply|wait|silence|being (?:away|quiet|slow)|not replying|going quiet|disappearing))?`;
const BEEN_AWAY = String.raw`(?:i have been |i've been |ive been |i been |i was |been |was )(?:away|busy|mad busy|so busy|really busy|rubbish(?: at this| at replying)?|quiet|ages|a while|awol|off|mia)(?: for (?:a bit|a while|ages|a few days|a week|weeks|a couple of weeks))?` +
  // "hi sorry been busy with the kids" (round nineteen: "Sorry, I didn't catch that").
  String.raw`(?: with (?:the |my )?(?:kids|children|family|little ones|baby|work|life|stuff|things))?`;
const BACK = String.raw`(?:(?:it is|its|it's) me(?: again)?|(?:i am|im|i'm) back(?: again| now)?|back (?:again|now)|lost my phone|had no signal|had no data|phone died|(?:its|it's|it is) been (?:a while|ages))`;
const PIECE = `(?:${HELLO}|${SORRY}|${BEEN_AWAY}|${BACK})`;
const COMING_BACK = new RegExp(`^${PIECE}(?:[ ,.!]+(?:and |but )?${PIECE})*$`);

// "morning" alone answers "when suits you?"; with more ("morning, its me again") it is a hello.
const TIME_OF_DAY = /^(?:morning|afternoon|evening)$/;
// "i was away" alone answers "how did it go?": a reason, kept with the step.
const ONLY_AWAY = new RegExp(`^${BEEN_AWAY}$`);

export function saysHelloComingBack(text: string): boolean {
  // "hiii", "heyyy": a letter held down (round nineteen: "hiii" had been taken as an answer).
  const said = text.toLowerCase().replace(/(\p{L})\1{2,}/gu, '$1').replace(/[\u2019]/g, "'").replace(/[!.?,~:)(]+/g, ' ').replace(/\s+/g, ' ').trim();
  return said.length > 0 && !TIME_OF_DAY.test(said) && !ONLY_AWAY.test(said) && COMING_BACK.test(said);
}

// Play-testing, round eleven: "hi sorry ive been away, my nan was in hospital" had "Sorry, I didn't
// catch that": the hello and the news were both lost. Hard news after a hello or a sorry is met
// kindly, without asking about it, and the question is asked again. Good news ("hi, i got the job")
// is not this.
const OPENING = new RegExp(`^${PIECE}(?: (?:and |but )?${PIECE})* (?:(?:cos|cause|because|coz|as|but|and) )?(.+)$`);
const HARD_NEWS =
  /\b(?:(?:in|at|to|into|out of|from) (?:the |a )?hospital|a and e|a&e|ill|poorly|unwell|sick(?! of)|funeral|passed away|died|bereavement|family (?:stuff|emergency|problems|issues|things)|operation|surgery|(?:had|got|caught) (?:covid|flu|a bug|a cold)|evicted|moving house|moved house|been (?:really )?(?:rough|hard|tough)|not been (?:well|great|good))\b/;

// "hi i want to work in a hospital kitchen": a hello, then an answer.
const WANTS = /\b(?:want|wanna|would like|id like|i'd like|looking for|interested in|apply|applying|job|jobs|work (?:in|at|as|with))\b/;

/** A hello or a sorry for being away, then hard news ("my nan was in hospital"). */
export function saysHelloWithHardNews(text: string): boolean {
  const said = text.toLowerCase().replace(/[\u2019]/g, "'").replace(/[!.?,~:)(;-]+/g, ' ').replace(/\s+/g, ' ').trim();
  const rest = OPENING.exec(said)?.[1];
  return rest !== undefined && HARD_NEWS.test(rest) && !WANTS.test(rest);
}
