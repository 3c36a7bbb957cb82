// Crisis: hiding cuts or scars from someone ("hiding my cuts from my dad", "covering the scars on my
// arms"); weary of living itself ("knackered of living", "sick of being alive"), not of living in a
// place, with someone or like this; children gone without a meal with the money all but gone ("the
// kids have had no dinner and i have got 3 quid to my name"); a threat to drop, swing or smash
// something on someone's head ("i am putting a brick through his face") - with "lol" it is a joke,
// as rules.ts reads it. Concern: choosing between the fare and a meal; the only conversations being
// with a shop keeper; knowing nobody after a move, seeing nobody for weeks; no longer believing
// there is a way back; "the loser of the group", "means i am broken", "strengths? none"; sat on the
// floor not moving; can't be bothered with anything; the bills money lost on a bet.
// Read in the whole message, so the classifier's training text is not rewritten. A form with "not"
// or "never" just before it is left alone. Look-alikes of our own are in
// test/domain/riskThirtySixthForms.test.ts. Normalised words, as in riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE } from './wholeMessageSets.ts';


// --- Crisis -------------------------------------------------------------------------------------
const HIDE = oneOf('hiding', 'hide', 'hid', 'hidden', 'covering', 'cover', 'covered', 'covers', 'keep hiding', 'keeps hiding');
const WOUNDS = oneOf('cuts', 'scars', 'self harm scars', 'self harm marks', 'self harm', 'burns', 'fresh cuts', 'new cuts');
const FROM_SOMEONE = oneOf('my (?:mum|mam|mom|dad|mother|father|nan|gran|partner|husband|wife|boyfriend|girlfriend|family|kids|son|daughter|parents|folks|flatmate|housemate|sister|brother|carer|doctor|gp|worker|key worker|boss|teacher)', 'everyone', 'everybody', 'people', 'the family', 'the kids', 'staff', 'the nurse', 'the doctor', 'my \\w+ at work');
const HIDING_CUTS = pattern`${NOT_BEFORE}\b${HIDE} (?:up )?(?:my (?:${WOUNDS})\b|(?:the )?(?:${WOUNDS}) (?:from ${FROM_SOMEONE}|on my (?:arms?|legs?|wrists?|thighs?|stomach|belly|hips?))\b|(?:the )?(?:marks|scars) on my (?:arms?|wrists?|thighs?) (?:from|with|under)\b)`;
const LONG_SLEEVES = pattern`\b(?:wear|wearing|wore|in) long sleeves(?: \w+){0,4}? (?:to|so|so that) (?:hide|cover|nobody sees|no one sees|people do not see)(?: \w+){0,2}? (?:the )?(?:cuts|scars|marks on my arms|my arms)\b`;

const WEARY = oneOf('knackered', 'exhausted', 'worn out', 'shattered', 'sick', 'sick and tired', 'tired', 'fed up', 'done', 'bored', 'weary', 'jaded', 'cream crackered', 'over');
const WEARY_OF_LIVING = pattern`${NOT_BEFORE}\b${WEARY} (?:of|with) (?:living|being alive|existing|life itself|waking up every (?:day|morning))\b(?! (?:in|with|at|on|off|out|here|there|like|pay ?check|pay ?day|payday|month|week|hand|from|under|above|near|next|by|round|around|alone|together|so|as|under|abroad|up|down|at home|back)\b)`;

const KIDS = oneOf('kids', 'children', 'the baby', 'baby', 'my son', 'my daughter', 'my boy', 'my girl', 'little ones?', 'wee ones?', 'bairns', 'weans', 'youngest', 'eldest', 'twins');
const GONE_WITHOUT = oneOf('have not had', 'has not had', 'had not had', 'have had no', 'has had no', 'had no', 'did not have', 'did not get', 'have not got', 'have not eaten', 'has not eaten', 'have gone without', 'went without', 'will have no', 'will not have', 'are going without', 'have nothing for');
const MEAL = oneOf('any tea', 'tea', 'any dinner', 'dinner', 'any food', 'food', 'breakfast', 'any breakfast', 'lunch', 'any lunch', 'supper', 'anything to eat', 'a meal', 'a proper meal', 'anything', 'today', 'since \\w+');
const MONEY_GONE = String.raw`\b(?:to my name|to our name|no money|skint|brassic|broke|not a penny|pennies left|no food in|nothing in the (?:cupboards?|fridge|house)|cupboards? (?:is|are) (?:bare|empty)|empty (?:cupboards?|fridge)|(?:\d+ )?(?:p|pence|quid|pound|pounds) (?:left|in my (?:account|purse|bank))|(?:till|until) (?:payday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|my (?:money|payment|uc|benefits?) (?:comes?|goes) in))\b`;
const KIDS_HUNGRY = pattern`\b${KIDS} ${GONE_WITHOUT} (?:${MEAL})\b(?=.*${MONEY_GONE})|${MONEY_GONE}.*\b${KIDS} ${GONE_WITHOUT} (?:${MEAL})\b`;

const STRIKE = oneOf('dropping', 'drop', 'putting', 'put', 'smashing', 'smash', 'throwing', 'throw', 'lobbing', 'lob', 'bringing', 'bring', 'swinging', 'swing', 'wrapping', 'wrap', 'cracking', 'crack', 'chucking', 'chuck', 'slamming', 'slam', 'ramming', 'ram', 'breaking', 'break', 'caving', 'cave', 'bouncing', 'bounce');
const I_WILL = oneOf('i am', 'i will', 'i am going to', 'i am gonna', 'i swear i will', 'i am about to', 'next time i will', 'i will be');
const OBJECT_ON_HEAD = pattern`\b${I_WILL} ${STRIKE} (?:a|an|the|this|that|my|his|her|some) (?:\w+ ){0,2}?(?:on|over|into|round|across|off|through|in) (?:his|her|their|the \w+ s|that \w+ s|your) (?:head|face|skull|neck|teeth|jaw)\b`;

// --- Concern ------------------------------------------------------------------------------------
const NEEDS = oneOf('the bus', 'bus fare', 'the bus fare', 'the train', 'train fare', 'the fare', 'fares', 'travel', 'petrol', 'lunch', 'dinner', 'tea', 'breakfast', 'food', 'eating', 'meals?', 'heating', 'the heating', 'gas', 'electric', 'the gas', 'the electric', 'rent', 'the rent', 'nappies', 'formula', 'topping up', 'the meter', 'my meds', 'prescriptions?');
const CHOOSING_BETWEEN = pattern`\b(?:choosing|choose|chose|picking|pick|deciding|decide|having to choose) between (?:paying (?:for )?|buying )?${NEEDS}\b(?: \w+){0,6}? (?:and|or) (?:paying (?:for )?|buying )?${NEEDS}\b`;

const ONLY_TALK = pattern`\bmy only (?:conversations?|chats?|human contact|contact with (?:people|anyone|another human)|social life|company|interactions?|conversation all week|friend)(?: \w+){0,3}? (?:is|are|was|were|comes? from|have been) (?:with|from|when|at|the)\b(?! (?:the )?(?:recruiter|agency|hr|manager|employer|company|job centre|work coach|interviewer|council)\b)`;
const KNOW_NOBODY = pattern`\b(?:moved|move|relocated|came) (?:here|up here|down here|over here|to \w+)(?: \w+){0,14}? i (?:do not|did not) know (?:anyone|anybody|a soul|a single person|nobody)\b(?! (?:at|in) (?:work|the (?:new )?(?:job|office|team))\b)`;
const SEEN_NOBODY = pattern`\bi (?:have not|had not|have not really) (?:seen|spoken to|talked to|been out with) (?:anyone|anybody|a soul|a single person|another person) (?:since (?:uni|school|college|christmas|lockdown|covid|i (?:moved|left|lost|got)|the \w+ (?:ended|finished|closed))|(?:for|in) (?:weeks|months|ages|days|a (?:week|month|year|fortnight)|\d+ (?:weeks|months|days)|over a (?:week|month)))\b|\bsince (?:uni|school|college|lockdown|covid|i (?:moved|left|lost \w+)|(?:the |my )?(?:uni|course|job|contract|placement|\w+) (?:ended|finished|closed|went)) i (?:have not|had not|have not really) (?:seen|spoken to|talked to) (?:anyone|anybody|a soul|a single person)\b`;

const WAY_BACK = pattern`\b(?:i )?(?:no longer|do not|can not|could not) (?:believe|think|see)(?: that)? (?:there is|there s|there will be|there are) (?:a |any |still a )?(?:way back|way out|road back|path back|future|hope|point|place|job|chance) for (?:me|someone like me|people like me|a (?:man|woman|bloke|lass|person) (?:like me|my age))\b`;

const LOSER_OF = pattern`\bi am (?:just |only |always )?the (?:bum|loser|failure|waste of space|waste|joke|useless one|dead weight|disappointment|embarrassment|runt|reject|idiot|burden|charity case|thicko|dunce) (?:of|in) (?:the|our|my) (?:group|family|lot|bunch|friends|lads|team|class|crew|gang|squad)\b`;
const MEANS_BROKEN = pattern`\b(?:means|because|cos|so|as) i am (?:broken|damaged|defective|faulty|a burden|worthless|unemployable|not fit for anything)\b|\b(?:nobody|no one|no employer|no company|no body) (?:wants|will want|would want|will hire|would hire|hires|will take on|would take on) (?:broken|damaged|defective|faulty|someone broken|someone damaged) (?:staff|people|workers|employees|ones|goods)\b`;
const NO_STRENGTHS = pattern`\b(?:strengths|strong points|good points|qualities|talents|what am i good at|what i am good at) i (?:do not|have not got|have not) (?:have |got )?any\b(?: (?:at all|whatsoever|next question|lol|honestly|really|to be honest))*$|\b(?:strengths|good points|talents) (?:none|zero|nothing|what strengths)(?: (?:at all|whatsoever|next question|lol|honestly|really))*$`;

const FROZEN = pattern`\b(?:sat|sitting|sit|lay|laid|lying|lie|curled up) (?:on|in) (?:the )?(?:bathroom |kitchen |bedroom |hall |living room )?(?:floor|corner|bed|dark)(?: \w+){0,2}? (?:not moving|unable to move|can not move|could not move|frozen|staring at (?:the )?(?:wall|ceiling|nothing)|for (?:\d+|two|three|four|five|six) hours (?:not|doing nothing|staring|crying))\b`;
const NOT_BOTHERED = pattern`${NOT_BEFORE}\b(?:just )?(?:can not|could not|can not even) be bothered (?:with|doing|about) (?:anything|everything|anyone|nothing)(?: (?:anymore|any more|at all|these days|lately|now))?\b(?! (?:today|tonight|this (?:weekend|morning|afternoon|evening)|on (?:a|my) (?:sunday|day off))\b)`;

const BET = String.raw`\b(?:lost|blew|bet|gambled|spunked|done|put|spent|chucked)(?: \w+){0,6}? (?:on|at) (?:the )?(?:football|footy|horses|gee gees|dogs|slots|bookies|casino|roulette|bet app|betting app|betting|poker|fruit machines?|scratch ?cards?|accas?|online casino)\b`;
const BILL_MONEY = String.raw`\b(?:gas|electric|electricity|rent|food|shopping|bills?|council tax|mortgage|nappy|water|phone|kids|school uniform|christmas) money\b`;
const LOST_BILL_MONEY = new RegExp(String.raw`${BET}.*${BILL_MONEY}|${BILL_MONEY}.*${BET}|\b(?:lost|blew|bet|gambled|spunked) (?:the |my |our |all the )?(?:gas|electric|rent|food|shopping|bills?|council tax|mortgage) money\b`);


/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const THIRTY_SIXTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [/\b(?:cuts|scars|self harm|burns|long sleeves)\b/, [group('crisis', 'self-harm', [HIDING_CUTS, LONG_SLEEVES])]],
  [/\b(?:living|alive|existing|life itself|waking up)\b/, [group('crisis', 'wishes to be dead', [WEARY_OF_LIVING])]],
  [new RegExp(KIDS), [group('crisis', 'no safe place, food or power tonight', [KIDS_HUNGRY])]],
  [/\b(?:head|face|skull|neck|teeth|jaw)\b/, [group('crisis', 'harm to someone else', [OBJECT_ON_HEAD])]],
  [/\bbetween\b/, [group('concern', 'money worries', [CHOOSING_BETWEEN])]],
  [/\b(?:only|know|seen|spoken|talked|been out)\b/, [group('concern', 'feels alone', [ONLY_TALK, KNOW_NOBODY, SEEN_NOBODY])]],
  [/\bfor (?:me|someone|people|a)\b/, [group('concern', 'hopelessness', [WAY_BACK])]],
  [/\b(?:i am|strengths|good points|qualities|talents|good at|nobody|no one|no employer|no company)\b/, [group('concern', 'feels worthless', [LOSER_OF, MEANS_BROKEN, NO_STRENGTHS])]],
  [/\b(?:floor|corner|bed|dark)\b/, [group('concern', 'not coping', [FROZEN])]],
  [/\bbothered\b/, [group('concern', 'low mood', [NOT_BOTHERED])]],
  [/\bmoney\b/, [group('concern', 'money worries', [LOST_BILL_MONEY])]],
];
