// A message that is only an everyday apology ("sorry for being a pain", "sorry for being silly") or
// only nerves about getting something wrong ("im scared ill mess it up again", "worried i might
// screw up the interview"). The trained models alone had read these as crisis (play-testing the
// first questions and the safety window, 2026-12-07: "I'm scared I'll mess it up again" at the code
// question opened the safety window and sent the adviser a crisis alert). No risk is said in these
// words alone, so the models may not raise them; the rules still read them as they read anything.
// The whole message must be the phrase: "sorry for being a pain. i wont be here much longer" is
// read as before. A burden, a waste of space or a failure is not an everyday apology.
// Normalised text (risk/normalise.ts); applied where the models' level is taken (combine.ts), not
// to what they train on, so the models are unchanged.
const TAIL = String.raw`(?: (?:lol|haha|x+|tbh|sorry|again|x))*`;
const LEAD = String.raw`^(?:(?:ok|okay|oh|ah|um|erm|yeah|yes|no|hi|hey|and|but|just) )*`;

const EVERYDAY_APOLOGY = new RegExp(
  String.raw`${LEAD}(?:(?:i am|im) )?(?:so |really |very |soo+ )?(?:sorry|soz|sry) (?:for|about) (?:me )?being (?:(?:such|so|a bit|a little|bit) )*(?:a |an )?(?:pain|nuisance|silly|daft|dramatic|drama queen|annoying|bother|slow|late|quiet|rude|moody|grumpy|emotional|over the top|ott|needy|clingy|moany|negative|thick|dopey|forgetful|useless with (?:tech|computers|phones|this))${TAIL}$`,
);
const GET_WRONG = String.raw`(?:mess|muck|screw|cock|balls|stuff|foul) (?:it|this|that|things|everything|(?:the|my) (?:interview|chance|application|test|exam|shift|job|first day|course|induction|call|form|cv|answers?|code)) up|(?:mess|muck|screw|cock) up (?:the|my) (?:interview|chance|application|test|exam|shift|first day|course|induction|call|form|cv|answers?|code)|get (?:it|this|things|everything|the answers?) wrong|do (?:it|this) wrong`;
// "6 out of 10 but im scared ill mess it up", "3 cos im scared" at "How sure do you feel, from 1 to
// 10?" (play-testing, 2026-12-08: the crisis reply and the abuse reply): the rating said first.
const RATING_FIRST = String.raw`(?:(?:prob(?:ably)?|like|about|maybe|around|only|just|a) )*(?:10|[1-9]|ten|nine|eight|seven|six|five|four|three|two|one)(?: out of (?:10|ten)|/10)?(?: (?:but|because|cos|coz|as|tbh|honestly|though|tho|if (?:i am|im) honest))* `;
const FEAR = String.raw`(?:scared|worried|nervous|afraid|frightened|terrified|anxious|panicking|worrying|bricking it|dreading)`;
const FEELING_IT = String.raw`(?:(?:i am|im|i feel|feeling|bit|a bit|a little|so|really|very|proper|well) )*`;
const LET_DOWN = String.raw`let (?:everyone|people|you|them|my family|my kids|myself|my adviser|my coach) down`;
const GETTING_IT_WRONG = String.raw`(?:messing|mucking|screwing|cocking) (?:it|this|that|things|everything) up|getting (?:it|this|things|everything) wrong|failing(?: again)?|letting (?:everyone|people|you|them|my family|my kids|myself) down`;
const NERVES_OF_GETTING_IT_WRONG = new RegExp(
  String.raw`${LEAD}(?:${RATING_FIRST})?${FEELING_IT}${FEAR} (?:(?:that )?(?:i (?:will|might|may|would|could|am going to|always|just)|ill|id|i) (?:just |totally |completely )?(?:${GET_WRONG}|${LET_DOWN})|of (?:${GETTING_IT_WRONG}))(?: (?:again|like always|like last time|like before|on the day|as usual))?${TAIL}$`,
);
// "3 because i am scared": a rating and a fear, and nothing else.
const RATING_AND_A_FEAR = new RegExp(String.raw`^${RATING_FIRST}${FEELING_IT}${FEAR}(?: (?:tbh|lol|honestly|to be honest))*$`);

// "will my adviser be disappointed in me" (crisis: "preparing to end their life") at the adviser's
// offer, play-testing, December: a question about how the adviser will take it. Only the adviser or
// coach named: "is she gonna be mad at me" may be about a partner, so the models still read it.
const ADVISER = String.raw`(?:my |the )?(?:adviser|advisor|work coach|coach|job coach|caseworker|case worker|key worker|keyworker|worker)`;
const ADVISER_LET_DOWN = new RegExp(
  String.raw`${LEAD}(?:will|would|is|does|do you think|is it going to make|am i going to make|will it make) ${ADVISER} (?:be |going to be |gonna be |get |think i am |feel )?(?:really |so |very |a bit )?(?:disappointed|cross|mad|angry|annoyed|upset|let down|fed up|unhappy|hate|think less of)(?: (?:in|at|with|of) me)?(?: (?:if|that|because|cos|for) (?:i (?:missed|miss|did not|do not|have not|cannot|cant|dont|didnt|failed)|i am late|i was late)(?: \w+){0,4})?${TAIL}$`,
);

/** Whether the whole normalised message is an everyday apology, nerves about getting something wrong, or worry about the adviser's reaction. */
export function isOnlyEverydayApologyOrNerves(normalised: string): boolean {
  const text = normalised.trim();
  return text.length > 0 && text.length <= 120 && (EVERYDAY_APOLOGY.test(text) || NERVES_OF_GETTING_IT_WRONG.test(text) || RATING_AND_A_FEAR.test(text) || ADVISER_LET_DOWN.test(text));
}
