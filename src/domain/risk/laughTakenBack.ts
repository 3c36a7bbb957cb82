// When a laugh does not make a message a joke. A threat said with "lol" is read as a figure of
// speech (concern, "joked about hurting someone"), unless the client says they mean it ("not
// joking", "i mean it", "deadass"), has the means in hand ("i have got the petrol"), has found where they live and plans a visit, or takes the laugh back ("lol. nah actually", "jokes aside",
// "not really lol. actually yeah really"). The three lists grew in three rule files; they live here
// together so the next form is added in one place.
// Normalised words, as in riskPatterns.ts ("im" is "i am", "dont" is "do not").

/** Said to show a threat is meant: these cancel a joke marker ("i am not joking"). */
export const SERIOUS_MARKERS = /\b(?:not (?:even )?(?:joking|jk|kidding|a joke|a lol|banter)|(?<!\b(?:did|do|does|was|were|is|are|am|have|has|had|could|would|will|can|should) )not lol|no joke|no jk|i mean it|i am serious|seriously|deadly serious|dead serious|100 percent serious|(?:this|it) is not a meme|not a meme|for real|i swear|swear down|honestly)\b/;

/** Said "not even joking": the threat is meant, whatever laughter comes with it. */
export const MEANT_MARKERS = /\b(?:not even joking|not even kidding|no word of a lie|on my life|on my mums life|deadass)\b/;

/**
 * The means already in hand ("everyone laughs when i say it. i have got the petrol"): a joke does not
 * buy petrol. Knives are left out: kitchens have them, and a threat said with one is read as it is.
 */
export const MEANS_IN_HAND = /(?:\bi (?:have |already |have already )?|\balready )(?:got|bought|brought|filled) (?:the|a|some|a can of|a jerry can of) (?:petrol|jerry can|lighter fluid|acid|machete|gun|shotgun|crossbow|knuckle ?duster)\b(?! (?:for|in) (?:the |my |our )?(?:mower|lawnmower|car|van|strimmer|generator|bike|motorbike|boat|chainsaw|bbq|barbecue|clay|range|game|club|shoot)\b)/;

/**
 * Where they live found and a visit planned ("found his home address lol. paying him a visit"): a joke
 * does not look up an address first. Every labelled message in the corpus with both parts is crisis.
 */
export const ADDRESS_AND_VISIT = /\b(?:found|got|tracked down|looked up|worked out|found out|know) (?:out )?(?:(?:his|her|their) (?:home |house |exact )?(?:address|postcode)|where (?:he|she|they) (?:lives?|is living|is staying|stays))\b(?=.*\b(?:pay(?:ing)? (?:him|her|them) a (?:visit|little visit|house call)|(?:going|heading|popping|off) round (?:there|his|hers|theirs)|turn(?:ing)? up (?:at|on) (?:his|her|their) (?:door|doorstep|house|home))\b)/;

/** The laugh taken back ("...tonight. no lol" at the very end is one: round six): "lol. nah seriously", "not really laughing", "jokes aside", "actually yeah really", "no im being serious", "no lol this time", "i do not think i am joking any more". */
export const RETRACTED_JOKE = /\b(?:nah (?:actually|seriously|for real|honestly|not really|serious|straight up|in all seriousness)|(?:i am |i was )?not (?:really |even )?laughing|no one is laughing|nobody is laughing|not really (?:a joke|joking|kidding|banter|funny)|(?:was|is) not (?:really )?a joke|(?:all )?jokes? aside|joking aside|banter aside|in all seriousness|on a serious note|serious (?:tho|though|now|for a sec|for a second)|(?:only )?half (?:joking|kidding)|but (?:really|for real) (?:tho|though)|actually (?:yeah|yes|yea|yep|ya) (?:really|for real|i (?:would|will|do|mean it|am))|(?:no |but )?i am being (?:serious|deadly serious)|no actually not (?:haha|lol|lmao|joking|kidding)|actually i think i (?:might|will|would|could)(?=$| (?:do it|tho|though|honestly|for real|mean it)\b)|no but (?:really|seriously|for real)|(?:no|not) (?:lol|haha|lmao|jk|banter) this time|(?:do not|dont) think i am (?:joking|kidding)|not sure i am (?:joking|kidding)(?: any ?more)?|(?:no longer|stopped) (?:joking|kidding)|\bno (?:lol|lmao|haha)$)\b/;

/** True when the message says its laugh is not a joke. */
export function laughTakenBack(normalised: string): boolean {
  return SERIOUS_MARKERS.test(normalised) || MEANT_MARKERS.test(normalised) || RETRACTED_JOKE.test(normalised) || MEANS_IN_HAND.test(normalised) || ADDRESS_AND_VISIT.test(normalised);
}
