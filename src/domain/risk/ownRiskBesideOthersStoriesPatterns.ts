// Clients whose own risk is told beside other people's stories: a brother who tried, a dad who ended
// it, a nan who drank at lunch, a neighbour's lad who gave up. Most such lines are about someone else
// only (third person, news, fiction) and stay none; these sets read the client's own clause beside it.
// Crisis: thought about it too after someone else tried; starting to understand the one who ended it;
// what they did starting to look like an option; the thoughts about dying from years ago back again;
// the fastest way off this planet from a height; not trying to get through it, "i am going"; they went
// on their own terms and so will i; they tried and then i tried too; a note left "just in case";
// relapsed after months clean and the counsellor not to be told; lines on the legs or thigh; in a
// stairwell and not wanting to say more.
// Concern: nothing out there for the likes of us; drinking at lunchtime "normal, right?"; school shoes
// that cannot be afforded; dreading the end of every month; over the overdraft and charges on top;
// told they look like a zombie and "not wrong"; the others gone or abroad, "it is just me"; the shop
// visited to hear a hello; others' visitors watched from the window; a son or daughter who no longer
// rings; asked if they would do something stupid, "i will not"; "not like i would jump or anything";
// asked if safe, "i am safe, i just do not feel great". Each rests on two parts of the message or a
// whole phrase (the other person's story and the client's own clause), so it is read in the whole
// message and the classifier's training text is not rewritten. Exclusions keep third person, jokes,
// fiction, work and money-for-others senses shut. Our own examples and look-alikes are in
// test/domain/riskEightySeventhForms.test.ts. Normalised words ("id" for I'd, "i am" for I'm).
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const KIN = String.raw`(?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|ex|best mate|best friend|stepdad|stepmum)`;
const SOMEONE = String.raw`(?:my (?:\w+ )?${KIN}|${KIN}|he|she|they|him|her)`;
const FICTION = String.raw`film|book|show|series|song|game|episode|novel|story|character|documentary|podcast|soap|eastenders|corrie`;
const THEY_ENDED = String.raw`(?:tried|ended it|ended (?:his|her|their) life|killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|hanged (?:himself|herself)|did it|did what (?:he|she|they) did|checked out|attempted|overdosed|jumped)`;

// --- Crisis -------------------------------------------------------------------------------------
const THOUGHT_ABOUT_IT_TOO = pattern`^(?=.*\b${SOMEONE} (?:\w+ )?${THEY_ENDED}\b)(?=.*\bi (?:have |had |have also |also )?(?:thought about it|thought of it|thought about doing it|considered it|been thinking about it|been thinking the same|thought the same)(?: myself)? (?:too|as well|also|myself|more than once|a lot|loads)\b)`;
const UNDERSTAND_THEM = pattern`^(?=.*\b${SOMEONE} (?:\w+ )?${THEY_ENDED}\b)(?=.*\bi (?:am (?:starting|beginning) to|have (?:started|begun) to|now|finally|really|totally) (?:understand|get|see why|see) (?:him|her|them|why (?:he|she|they) did it)\b(?: \w+){0,2}? (?:more than (?:i would like|id like|i want|i care to|i should)|too well|better now|a bit too well|now)\b)`;
const ENDED_OUT = String.raw`\b(?:ended it with|ended things with|girlfriend|boyfriend|engagement|dumped|${FICTION}|exam|driving test|test|course|diet|marathon|relationship|sushi|recipe|gym|to quit|quitting|smoking|${LAUGH})\b`;

const NOT_CARRYING_ON = pattern`${NOT_BEFORE}\bi (?:am|have been|keep|was|have started|am starting|am even|am actually|am really) (?:\w+ )?(?:thinking|thought|to think) (?:about|of) not (?:carrying on|going on|being here|waking up|living|being around|being alive)(?: at all| anymore| any more| full stop)?\b(?! (?:with|at|in|the|my|this|that|for|to|as|after|past|there))`;
const CARRY_OUT = String.raw`\b(?:course|job|degree|uni|college|apprenticeship|training|placement|contract|club|team|band|lessons|classes|relationship|business|shop|tenancy|membership|subscription|diet|gym|treatment|${FICTION}|${LAUGH})\b`;

const LOOK_LIKE_OPTION = pattern`\b(?:the thing|what) (?:my (?:\w+ )?${KIN}|he|she|they) did (?:is |has )?(?:starting|beginning|started|begun|starts|begins) to (?:look|seem|sound|feel) like (?:an? )?(?:option|answer|way out|real option|choice|good idea|plan)\b`;
const OPTION_OUT = String.raw`\b(?:job|career|business|course|degree|apprenticeship|training|moving|move|abroad|emigrat\w*|retrain\w*|sold|selling|self employed|franchise|diet|${FICTION}|${LAUGH})\b`;

const THOUGHTS_BACK = pattern`^(?=.*\bi (?:\w+ )?(?:talked|talking|thought|thinking|wanted|wishing|used to talk|used to think) (?:about )?(?:dying|being dead|ending it|killing myself|suicide|to die|not being here|not waking up)\b)(?=.*\b(?:those|the|these|the same|that|them|my old) (?:thoughts|feelings|dark thoughts|ideas)? ?(?:are|have come|came|have been|are coming|have crept|crept|started coming) back\b)`;
const BACK_OUT = String.raw`\b(?:${FICTION}|he|she|they|${LAUGH})\b`;

const WAY_OFF_PLANET = pattern`\b(?:fastest|quickest|easiest|simplest|best|surest) way (?:off this planet|off the planet|out of this world|out of this life|out of it all|to check out|to end it|to go)\b(?: \w+){0,8}? (?:feet|foot|metres|meters|storeys?|stories|floors?|top of|off the|bridge|car park|multi storey|tracks|train|motorway|cliff|roof|pills|tablets|rope)\b`;
const PLANET_OUT = String.raw`\b(?:rocket|space|spacex|nasa|astronaut|mars|moon|${FICTION}|cinema|sci fi|he|she|they)\b`;

const NOT_GET_THROUGH = pattern`\bi (?:will not|am not going to|am not gonna|would not|shall not|am not) (?:be )?(?:trying to |even try to |even trying to |bother trying to |bothering to )?(?:get|getting) through (?:it|this|this one|any of it)\b(?: \w+){0,3}? i am (?:going|done|out|off|gone|leaving|checking out)\b(?! (?:to|home|out|back|for|with|on|in|the|a|round|over|shopping|away|up|down))`;
const THROUGH_OUT = String.raw`\b(?:exam|exams|course|degree|interview|test|marathon|race|shift|week|book|box set|boxset|series|${FICTION}|queue|traffic|door|gate|party)\b`;

const SO_WILL_I = pattern`\b(?:checked out|went|left|ended it|did it|died|go|going) on (?:his|her|their|my) own terms\b(?: \w+){0,4}? (?:and )?(?:so will i|i will too|i will as well|i will do the same|so am i|me too|i will follow)\b|\b(?:ended (?:his|her|their) life|took (?:his|her|their) own life|killed (?:himself|herself|themselves)|checked out early)\b(?: \w+){0,4}? (?:and )?(?:so will i|i will too|i will do the same|i will follow (?:him|her|them)|i am next)\b`;
const SO_WILL_OUT = String.raw`\b(?:job|career|retire\w*|retirement|resign\w*|quit|business|company|hotel|shop|${FICTION}|${LAUGH})\b`;

const I_TRIED_TOO = pattern`^(?=.*\b${SOMEONE} tried\b(?: \w+){0,8}? i tried\b(?! (?:it|some|the|a|an|to|on|them|her|him|that|this|one|out|for|again|ringing|calling|asking|talking|telling|my|his|their|our|your|every|everything|hard|harder|but)\b))(?=.*\b(?:do not|never|did not|can not|will not|would not|nobody|no one|nobody will|no one will) (?:\w+ )?(?:talk|speak|mention|bring it up|discuss|tell)\b|.*\bi tried (?:too|as well|also|myself)\b|.*\bi tried$)`;
const TRIED_OUT = String.raw`\b(?:recipe|food|sushi|curry|dish|course|test|exam|job|apply|applied|application|diet|gym|class|college|uni|university|driving|quit|quitting|smoking|vape|vaping|${FICTION}|${LAUGH})\b`;

const NOTE_JUST_IN_CASE = pattern`\bi (?:have |had |have already |already )?(?:left|written|wrote|typed|saved|hidden|put) (?:a |my |the )?(?:note|letter|message|goodbye)s?\b(?: \w+){0,10}? (?:just in case|in case (?:anything happens|something happens|i do not|i am not|i go)|for when i am gone|for after i am gone|for afterwards)\b`;
const NOTE_OUT = String.raw`\b(?:milkman|postman|parcel|delivery|courier|neighbour to|teacher|school|nursery|work|boss|cover|shift|babysitter|childminder|sitter|dog|cat|feed|fridge|dinner|tea|keys?|spare key|password|passwords|login|pin|dentist|gp|appointment|shopping|list|locked out|late|${LAUGH})\b`;

const RELAPSE_HIDDEN = pattern`^(?=.*\brelapsed (?:after|at) (?:\w+ ){0,2}(?:days?|weeks?|months?|years?|yrs?) clean\b)(?=.*\b(?:do not|dont|please do not|never) tell (?:my |the )?(?:counsellor|counselor|therapist|gp|doctor|nurse|mum|dad|worker|key worker|support worker|psychiatrist|cpn|anyone|nobody)\b)`;
const RELAPSE_OUT = String.raw`\b(?:drink|drinking|drank|booze|pint|pints|wine|vodka|beer|cans?|using|gambl\w*|bets?|betting|smok\w*|cig\w*|vap\w*|weed|coke|cocaine|heroin|crack|drugs?|meeting|sponsor|aa|na|pills|spice|he|she|they|my (?:\w+ )?${KIN})\b`;

const LINES_ON_BODY = pattern`${NOT_BEFORE}\b(?:new |fresh |more |\w+ new |\w+ fresh |some )?lines (?:on|across|up|down|all over) my (?:thighs?|legs?|arms?|wrists?|stomach|tummy|hips?|ankles?|forearms?)\b|\bmy (?:thighs?|legs?|arms?|wrists?|stomach|hips?|forearms?) (?:are|is) (?:covered in|full of|all|covered with) (?:\w+ )?lines\b`;
const LINES_OUT = String.raw`\b(?:tattoo\w*|stretch marks?|pen|marker|biro|felt tip|tan|tan lines|sunburn|socks?|elastic|wrinkl\w*|varicose|veins|creases?|pillow|grass|bed sheets|sheets|henna|face paint|paint|eyeliner|lines? of code|lines? to learn|learn|script|play|rehearsal|poem|scratch\w*|cat|kitten|brambles|nettles|thorns|${FICTION})\b`;

const STAIRWELL_QUIET = pattern`^(?=.*\bi am (?:in|on|at|under|up on|on top of) (?:a|the|some|this) (?:stairwell|stair well|multi storey|top floor of the car park|car park roof|roof|bridge|underpass|railway bridge|motorway bridge|cliff|ledge|tower block)\b)(?=.*\b(?:do not|can not|would rather not|will not|not going to) (?:really |even )?(?:want to )?(?:say|tell (?:you|anyone)|talk about it|explain) (?:more|much|where|any more|anything else|why|what i am doing)\b)`;
const STAIRWELL_OUT = String.raw`\b(?:work|shift|job|delivering|delivery|parcels?|signal|wifi|reception|lift|smoking|smoke|vape|phone call|meeting|${FICTION}|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const NOTHING_OUT_THERE = pattern`\bthere is nothing (?:out there|left out there|round here|here|going|left) for (?:us|me|people like (?:us|me)|the likes of (?:us|me)|anyone (?:my|our) age|folk like (?:us|me))\b`;
const NOTHING_OUT = String.raw`\b(?:telly|tv|menu|shops?|sale|films?|netflix|to watch|to eat|dinner|tea|lunch|breakfast|post|parcel|mail|size|sizes|vegan|vegetarian|gluten|${LAUGH})\b`;

const DRINK_AT_LUNCH_NORMAL = pattern`\b(?:gin|vodka|wine|beer|cans?|a can|pints?|a pint|drinks?|drinking|whisky|rum|cider|a bottle|a glass|prosecco|lager)\b(?: \w+){0,2}? (?:at|with|for|before|by|every) (?:lunch|lunchtime|breakfast|brunch|10am|11am|elevenses|noon|midday|the morning)\b(?: \w+){0,3}? (?:is|are|counts as|seems|being) (?:totally |completely |perfectly )?(?:normal|ok|okay|fine|allowed|acceptable|standard)\b`;
const LUNCH_OUT = String.raw`\b(?:holiday|wedding|christmas|birthday|party|celebrat\w*|restaurant|pub lunch|boxing day|hen|stag|spain|france|italy|cruise|in (?:france|spain|italy)|tea|coffee|water|juice|protein|he|she|they|his|her)\b`;

const CANNOT_AFFORD_FOR_KIDS = pattern`\b(?:can not|could not|cannot|can barely|struggling to|struggle to|do not know how i will|no money to) (?:afford|buy|pay for|get) (?:the |new |a |any |proper )?(?:school )?(?:shoes|uniform|uniforms|coat|winter coat|coats|trainers|dinner money|school trip|trip|bus pass|books|jumper|pe kit|kit|nappies|formula|milk)\b(?: \w+){0,3}? (?:for )?(?:my|the) (?:youngest|eldest|kids|son|daughter|children|boy|girl|boys|girls|little one|little ones|middle one|lad|lass|baby|twins)\b`;
const AFFORD_OUT = String.raw`\b(?:sold out|out of stock|size|sizes|in stock|the shop|brand|designer|expensive ones|the ones (?:he|she|they) wanted|${LAUGH})\b`;

const DREAD_MONTH_END = pattern`\bdread(?:ing|s)? (?:the )?(?:end of (?:the|every|each) month|rent day|the first of (?:the|every) month|bills? day|when the bills come|direct debits? day|the bills coming)\b`;
const DREAD_OUT = String.raw`\b(?:report|reports|deadline|meeting|month end close|close|accounts|payroll|stocktake|inventory|work|figures|targets|audit|invoic\w*|reconcil\w*|appraisal|review|exam|${LAUGH})\b`;

const OVER_OVERDRAFT = pattern`${NOT_BEFORE}\b(?:went|gone|go|going|been|pushed|tipped|slipped|over|past|beyond) (?:over |past |beyond |into )?(?:my |the )?(?:overdraft|arranged overdraft|overdraft limit|unarranged overdraft)\b|\b(?:bank|overdraft|late payment|unpaid item|returned payment) (?:charges?|fees?) (?:on top|again|piling up|every month|as well)\b`;
const OVERDRAFT_OUT = String.raw`\b(?:his|her|their|he|she|they|refund\w*|paid back|paid it off|cleared|student|business account|${LAUGH})\b`;

const ZOMBIE_NOT_WRONG = pattern`\b(?:i|me) (?:am |have been |was )?(?:look|looking|feel|feeling|am|have been|been) like (?:a |an absolute |an actual |the |a total |a proper )?(?:zombie|walking dead|living dead|ghost|corpse|extra from the walking dead)\b(?: \w+){0,6}? (?:not wrong|is right|are right|was right|fair enough|true|i do|it is true|can not argue|cannot argue|to be fair|that is fair)\b`;
const ZOMBIE_OUT = String.raw`\b(?:halloween|fancy dress|costume|make up|makeup|film|game|party|festival|${FICTION}|${LAUGH})\b`;

const JUST_ME_NOW = pattern`^(?=.*\b(?:gone|passed|passed away|died|dead|lost|moved away|emigrated|lives in|live in|moved to|abroad|australia|canada|new zealand|america)\b)(?=.*\b(?:it is|now it is|so it is) (?:just|only) me(?: now| left| on my own| here| these days)?$)`;
const JUST_ME_OUT = String.raw`\b(?:weekend|holiday|tonight|this week|week|trip|camp|school|uni|work|shift|office|sleepover|for the night|for tonight|bliss|peace|quiet|lol|haha\w*|job|interview|form|application|bills? (?:is|are) in|account)\b`;

const SHOP_FOR_HELLO = pattern`\b(?:just |only )?(?:to|so i can|so i) (?:hear|have|get|see) (?:someone|somebody|a person|anyone|another person|a human voice|another voice|a voice|a human|a friendly face) (?:say hello|say hi|say morning|talk to me|speak to me|to talk to|to speak to|to say hello to|say my name)\b`;
const HELLO_OUT = String.raw`\b(?:he|she|they|his|her|nan|grandad|dog|baby|parrot|${LAUGH})\b`;

const WATCH_FROM_WINDOW = pattern`\b(?:visitors|people round|family round|company|friends round|guests|people coming and going|the family over)\b(?: \w+){0,3}? i (?:just |only )?(?:sit and |sit there and )?(?:watch|look on|look out|see it all|peek|peer) (?:from behind|from|out of|through|behind) (?:the |my |our )?(?:window|windows|curtains|net curtains|nets)\b`;
const WINDOW_OUT = String.raw`\b(?:nosy|nosey|gossip|spy|curtain twitch\w*|cctv|police|suspicious|burglar|parcel|delivery|birds?|${LAUGH})\b`;

const KIDS_NO_LONGER_RING = pattern`\bmy (?:son|daughter|kids|children|grandkids|grandchildren|family|boy|girl|lad|eldest|youngest|sister|brother|grandson|granddaughter) (?:does not|do not|never|hardly|barely|rarely|no longer|will not|has stopped|have stopped) (?:ring|call|visit|phone|text|come round|ringing|calling|visiting|phoning|texting|coming round)s?(?: me| round| over)? (?:anymore|any more|these days|now|since)\b`;
const RING_OUT = String.raw`\b(?:texts|messages|whatsapps?|facetimes?|video calls?|instead|snapchat|lol|haha\w*|because (?:he|she|they) (?:is|are|has) (?:busy|at uni))\b`;

const ASKED_STUPID_WILL_NOT = pattern`^(?=.*\b(?:asked|asks|asking|wondered|worried|worries) (?:me )?(?:if|whether) (?:id|i would|i was going to|i might|i will|i am going to) (?:do|try) (?:something|anything) (?:stupid|silly|daft|drastic)\b)(?=.*\b(?:i will not|i would not|i am not going to|i am not|no i|i wont|never)\b)(?=.*\b(?:like (?:my |her |his )?(?:\w+ )?${KIN}|can see why|understand why|get why|fair enough)\b)`;
const STUPID_OUT = String.raw`\b(?:quit|quitting|jack it in|resign\w*|money|spend\w*|buy|bought|tattoo|haircut|drink and drive|text (?:him|her)|ring (?:him|her)|${FICTION}|${LAUGH})\b`;

const NOT_LIKE_ID_JUMP = pattern`\b(?:it is )?not like (?:id|i would|i am going to|i am gonna|i will|i would ever) (?:jump(?! (?:at|ship|in|the|on|for|up|through|around|about|out|the queue))(?: off \w+)?|top myself|kill myself|hurt myself|end it|do myself in|hang myself|overdose|do anything stupid|do something stupid)\b(?: (?:or anything|or something|or owt))?`;
const JUMP_OUT = String.raw`\b(?:he|she|they|parachute|skydiv\w*|bungee|trampoline|pool|river swim|${FICTION})\b`;

const ASKED_SAFE_NOT_GREAT = pattern`^(?=.*\b(?:asked|asks|checked|checking) (?:me )?(?:if|whether) i (?:was|am|felt|feel|felt i was) (?:safe|ok to be on my own|suicidal|at risk|okay in myself|ok in myself)\b)(?=.*\b(?:i just|but i|though i|i still|just) (?:do not|can not) (?:feel|seem to feel) (?:great|good|right|ok|okay|myself|well|any better|like me)\b|.*\b(?:but|just|still) (?:i feel |feel )?(?:awful|rubbish|terrible|low|crap|rough|flat|empty|numb)\b)`;
const SAFE_OUT = String.raw`\b(?:cold|flu|bug|covid|sick bug|hangover|hungover|headache|migraine|period|tooth|toothache|back|knee|he|she|they|${LAUGH})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const EIGHTY_SEVENTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:thought|considered|thinking)\b`, ENDED_OUT), [group('crisis', 'thoughts of suicide', [THOUGHT_ABOUT_IT_TOO])]],
  [unless(String.raw`\b(?:understand|get|see)\b`, ENDED_OUT), [group('crisis', 'thoughts of suicide', [UNDERSTAND_THEM])]],
  [unless(String.raw`\bnot (?:carrying on|going on|being here|waking up|living|being around|being alive)\b`, CARRY_OUT), [group('crisis', 'thoughts of suicide', [NOT_CARRYING_ON])]],
  [unless(String.raw`\blike an? \w+`, OPTION_OUT), [group('crisis', 'thoughts of suicide', [LOOK_LIKE_OPTION])]],
  [unless(String.raw`\bback\b`, BACK_OUT), [group('crisis', 'thoughts of suicide', [THOUGHTS_BACK])]],
  [unless(String.raw`\bway\b`, PLANET_OUT), [group('crisis', 'thinking about a way to end their life', [WAY_OFF_PLANET])]],
  [unless(String.raw`\bthrough\b`, THROUGH_OUT), [group('crisis', 'intends to end their life', [NOT_GET_THROUGH])]],
  [unless(String.raw`\b(?:own terms|own life|ended|killed|checked out)\b`, SO_WILL_OUT), [group('crisis', 'intends to end their life', [SO_WILL_I])]],
  [unless(String.raw`\bi tried\b`, TRIED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [I_TRIED_TOO])]],
  [unless(String.raw`\b(?:note|letter|message|goodbye)s?\b`, NOTE_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [NOTE_JUST_IN_CASE])]],
  [unless(String.raw`\brelapsed\b`, RELAPSE_OUT), [group('crisis', 'self-harm', [RELAPSE_HIDDEN])]],
  [unless(String.raw`\blines\b`, LINES_OUT), [group('crisis', 'self-harm', [LINES_ON_BODY])]],
  [unless(String.raw`\bi am (?:in|on|at|under|up on|on top of)\b`, STAIRWELL_OUT), [group('crisis', 'no safe place, food or power tonight', [STAIRWELL_QUIET])]],
  [unless(String.raw`\bnothing\b`, NOTHING_OUT), [group('concern', 'hopelessness', [NOTHING_OUT_THERE])]],
  [unless(String.raw`\b(?:lunch|lunchtime|breakfast|brunch|10am|11am|elevenses|noon|midday|morning)\b`, LUNCH_OUT), [group('concern', 'drinking or drugs to cope', [DRINK_AT_LUNCH_NORMAL])]],
  [unless(String.raw`\b(?:afford|buy|pay for|get)\b`, AFFORD_OUT), [group('concern', 'money worries', [CANNOT_AFFORD_FOR_KIDS])]],
  [unless(String.raw`\bdread`, DREAD_OUT), [group('concern', 'money worries', [DREAD_MONTH_END])]],
  [unless(String.raw`\b(?:overdraft|charges?|fees?)\b`, OVERDRAFT_OUT), [group('concern', 'money worries', [OVER_OVERDRAFT])]],
  [unless(String.raw`\b(?:zombie|walking dead|living dead|ghost|corpse)\b`, ZOMBIE_OUT), [group('concern', 'not eating or sleeping', [ZOMBIE_NOT_WRONG])]],
  [unless(String.raw`\bme(?: now| left| on my own| here| these days)?$`, JUST_ME_OUT), [group('concern', 'feels alone', [JUST_ME_NOW])]],
  [unless(String.raw`\b(?:hello|hi|morning|talk to|speak to|my name)\b`, HELLO_OUT), [group('concern', 'feels alone', [SHOP_FOR_HELLO])]],
  [unless(String.raw`\b(?:window|windows|curtains|nets)\b`, WINDOW_OUT), [group('concern', 'feels alone', [WATCH_FROM_WINDOW])]],
  [unless(String.raw`\b(?:anymore|any more|these days|now|since)\b`, RING_OUT), [group('concern', 'feels alone', [KIDS_NO_LONGER_RING])]],
  [unless(String.raw`\b(?:stupid|silly|daft|drastic)\b`, STUPID_OUT), [group('concern', 'spoke of harm, then said they would not', [ASKED_STUPID_WILL_NOT])]],
  [unless(String.raw`\bnot like\b`, JUMP_OUT), [group('concern', 'spoke of harm, then said they would not', [NOT_LIKE_ID_JUMP])]],
  [unless(String.raw`\b(?:safe|suicidal|at risk|in myself|on my own)\b`, SAFE_OUT), [group('concern', 'spoke of harm, then said they would not', [ASKED_SAFE_NOT_GREAT])]],
];
