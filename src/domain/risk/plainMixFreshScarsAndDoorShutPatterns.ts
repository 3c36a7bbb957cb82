// A plain mix, each kind said plainly, indirectly, as a question or inside a practical message.
// Crisis: relieved if a car hit them on the way; no more anything, "this is it for me"; out, then
// "not out of the scheme, out"; how to cover scars that are fresh; it has to hurt to feel anything,
// with a lighter or blade always on them; a partner lovely in company, "just at home, with the door
// shut"; wanted gone tonight and no idea where they are sleeping; stranded late with no fare home,
// miles away and the phone nearly dead.
// Concern: too hungover again, the third time; needing a couple of drinks before they can write a
// cover letter; "you are the only one I have told"; stir crazy on their own all day; "low, just low".
// Each rests on two parts of the message or a whole phrase, so it is read in the whole message and the
// classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskSeventyEighthForms.test.ts. Normalised words ("ngl" is "honestly", "im" is "i am").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const THEY = String.raw`he|she|hes|shes|his|her|they|their|him|them`;
const HE_SHE = String.raw`he|she|hes|shes|his|her|him`;
const KIN = String.raw`my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|colleague|boss)s?`;
const STORY = String.raw`character|film|book|show|series|song|game|episode|novel|story|play|movie`;
const VEHICLE = String.raw`(?:car|bus|lorry|train|van|truck|tram|taxi|cab)`;

// --- Crisis -------------------------------------------------------------------------------------
const HIT_RELIEVED = pattern`\bif (?:i|i ever) (?:got|get|was|were|ended up|end up) (?:hit|run over|knocked (?:down|over)|taken out|flattened) by (?:a|the|some) ${VEHICLE}\b(?: \w+){0,8}? (?:id|i would|i will|ill) (?:honestly |actually |secretly |probably |just )?(?:be )?(?:relieved|glad|grateful|thankful|at peace|happy|not mind|not care|welcome it)\b(?! (?:it|that|to|about|for|i|we|the|my|if|they))|\b(?:id|i would) (?:honestly |actually |secretly |probably |just )?(?:be )?(?:relieved|glad|grateful|thankful|at peace|not mind|not care) if (?:i got|a ${VEHICLE}) (?:hit|run over|knocked|took out|flattened) (?:me|by)\b`;
const HIT_OUT = String.raw`\b(?:${THEY}|${KIN}|${STORY}|insur\w*|compensation|claim|payout|airbag|helmet|seatbelt|bike|cycling|cyclist|scratch|dent|bumper|no one hurt|nobody hurt|${LAUGH})\b`;

const NO_MORE_ANYTHING = pattern`^(?=.*\bno more (?:anything|everything|of anything|of any of it|of all of it|of this life|of me)\b)(?=.*\b(?:this|that) is it (?:for me|then|now|for good)\b|.*\b(?:i am|that is me) (?:done|finished|out) (?:for good|with everything|with all of it|with life)\b)`;
const NO_MORE_OUT = String.raw`\b(?:${THEY}|${KIN}|${STORY}|sweet|sugar|diet|dieting|gym|takeaways?|booze|drink|drinking|crisps|chocolate|spending|shopping|overtime|smoking|vaping|dating|january|new year|resolution|${LAUGH})\b`;

const OUT_NOT_OUT = pattern`\b(?:i am|i will be|ill be|me|then i am|i will) (out|gone|done|off|finished)\b(?: \w+){0,3}? not (?:out|gone|done|off|finished|leaving|quitting) (?:of|from|with)? ?(?:the|this|my|your) \w+(?: \w+)? (?:just |i mean |properly |just properly )?(?:\1|for good|out of (?:everything|here|life|it all)|everything|life|of everything|of life)\b`;
const OUT_OUT = String.raw`\b(?:${THEY}|${KIN}|${STORY}|holiday|pub|party|night out|drinks|club|clubbing|town|lads|girls|date|country|abroad|moving|move|new job|notice|resign\w*|${LAUGH})\b`;

const FRESH_SCARS = pattern`^(?=.*\b(?:cover|hide|conceal|cover up|disguise|hiding|covering|concealing) (?:up )?(?:my |the |these |some |them |all )?(?:fresh |new |recent )?(?:scars|cuts|marks|burns|self harm|self harm scars)\b)(?=.*\b(?:fresh|new|recent|still healing|raw|from last night|from this week|still red|still sore|only a few days old|a few days old|bleeding|scabbed)\b)`;
const SCARS_OUT = String.raw`\b(?:${HE_SHE}|${KIN}|${STORY}|surgery|operation|op|c section|caesarean|acne|spots|tattoo|tattoos|chickenpox|chicken pox|accident|cat|kitten|dog|puppy|bramble\w*|garden\w*|shaving|kitchen|chef|cooking|oven|eczema|psoriasis|stretch|skin graft|mastectomy|keyhole|piercing|fall|fell|bike|${LAUGH})\b`;

const HURT_TO_FEEL = pattern`^(?=.*\b(?:has to|have to|needs to|need it to|got to|must|it has to|only when it) (?:hurt|sting|burn|bleed|hurts|stings|burns|bleeds)\b(?: \w+){0,3}? (?:to|before i|for me to|so i can|so i|or i do not|or i can ?not|before i can) (?:feel|actually feel|even feel) (?:anything|something|real|alive|human)\b)(?=.*\b(?:lighter|lighters|blade|blades|razor|razors|sharpener|compass|scissors|knife|pins?|needles?|glass)\b)`;
const HURT_OUT = String.raw`\b(?:${THEY}|${KIN}|${STORY}|tattoo\w*|gym|massage|spicy|chilli|curry|workout|physio|sport|training|leg day|waxing|wax|piercing|ice bath|sauna|${LAUGH})\b`;

const LOVELY_IN_COMPANY = pattern`^(?=.*\b(?:he|she|they) (?:is|are|can be|acts|act|seems|plays|comes across as) (?:so |really |all |dead |nothing but |always |just )?(?:lovely|nice|charming|sweet|kind|perfect|different|a different person|the perfect \w+|an angel|a saint)\b(?: \w+){0,3}? (?:when|in front of|around|with|if) (?:my |our |the |his |her |their )?(?:other people|others|people|anyone|everyone|friends|family|company|visitors|folk|there are people|people are)\b)(?=.*\b(?:door (?:is )?(?:shut|closed)|doors? shut|behind closed doors|when (?:we are|were) (?:alone|on our own)|when it is just us|when it is just (?:me and|the two of)|when no one is (?:around|looking|there|watching)|when nobody is (?:around|looking|there|watching)|nobody sees|no one sees|just at home|once (?:we are|were) home|when we get home)\b)`;
const LOVELY_OUT = String.raw`\b(?:${KIN}|${STORY}|(?:her|his|their) (?:husband|boyfriend|partner|wife|girlfriend|fella|bloke)|son|daughter|toddler|kids?|child|children|boy|baby|dog|cat|puppy|teenager|teen|tantrums?|boss|manager|colleague|client|customer|teacher|pupil|class|interviewer|${LAUGH})\b`;

const NOWHERE_TONIGHT = pattern`^(?=.*\b(?:no idea|not sure|do not know|dunno|no clue|i have no idea|god knows) where i am (?:sleeping|staying|going to sleep|going to stay|kipping|stopping|going tonight|laying my head)\b)(?=.*\b(?:tonight|tonite|for the night)\b)(?=.*\b(?:wants? me (?:gone|out)|kicked (?:me )?out|chucked (?:me )?out|thrown (?:me )?out|ran out|run out|told (?:me )?to leave|asked (?:me )?to leave|locked (?:me )?out|evicted|have to leave|got to leave|need to be out|be out by)\b)`;
const NOWHERE_OUT = String.raw`\b(?:${STORY}|festival|holiday|hotel|airbnb|camping|trip|booking|booked|flight|wedding|party|stag|hen|night out|sleepover|(?:he|she|they) (?:is|are|has|have) (?:nowhere|no idea)|for (?:him|her|them)|${LAUGH})\b`;

const STRANDED = pattern`^(?=.*\b(?:stuck|stranded|can ?not get home|no way (?:of getting|to get) home|can ?not get back|missed the last (?:bus|train|tram))\b)(?=.*\b(?:no (?:money|cash|fare|change|credit)|can ?not afford|not got (?:the |enough )?(?:money|fare|cash))(?: \w+){0,2}? (?:for|to get|to pay for) (?:the |a )?(?:bus|train|taxi|fare|tram|uber|cab|ticket|home|lift)\b)(?=.*\b(?:miles (?:from|away from|out of) (?:home|town)|\d+ ?pm|midnight|it is dark|getting dark|tonight|phone (?:is |on )?(?:on \d+|dying|about to die|nearly dead|on low|low|dead)|battery)\b)`;
const STRANDED_OUT = String.raw`\b(?:${THEY}|${KIN}|${STORY}|was stuck|were stuck|got stuck|yesterday|last (?:week|night|month|year|time)|once|that time|remember|traffic|queue|meeting|lift stuck|stuck in (?:a|the) lift|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const HUNGOVER_AGAIN = pattern`^(?=.*\b(?:too|so|really|that|way too|still|badly) hungover\b)(?=.*\b(?:again|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time|every (?:week|time|morning|monday|weekend)|keep being|always|most mornings|another (?:day|shift|interview|appointment))\b)`;
const HUNGOVER_OUT = String.raw`\b(?:${THEY}|${KIN}|${STORY}|birthday|wedding|stag|hen|christmas|new year|party|leaving do|graduation|celebrat\w*|festival|${LAUGH})\b`;

const DRINKS = String.raw`(?:a (?:couple|few)(?: of)? (?:drinks|cans|pints|glasses(?: of wine)?|beers|shots|vodkas|tins)|a (?:drink|can|pint|glass of wine|beer|shot|vodka|whisky|spliff|joint|line|tin)|(?:two|three|four|a few|some|several) (?:drinks|cans|pints|beers|shots|vodkas|tins))`;
const DRINK_BEFORE_TASK = pattern`\b(?:i )?(?:need|needs|have to have|got to have|gotta have|have to neck|need to neck) ${DRINKS}(?: first| in me)? (?:before|to) (?:i can |i could |i am able to |i will |i even |i do )?(?:write|do|start|face|apply|fill|open|make|ring|call|phone|go|get|leave|sleep|look at|read|send|attend|speak|talk|log on|sit down)\b|\bi can ?not (?:write|do|start|face|apply|fill|open|ring|call|phone|look at|send|attend) (?:\w+ ){0,3}?without ${DRINKS}\b`;
const DRINK_OUT = String.raw`\b(?:${THEY}|${KIN}|${STORY}|coffee|tea|water|energy|red bull|caffeine|squash|juice|wedding|karaoke|dance|dancing|dancefloor|date|party|night out|best man|${LAUGH})\b`;

const ONLY_ONE_TOLD = pattern`\byou are the only (?:one|person|people|thing|place) (?:i have (?:told|talked to|spoken to|said this to|opened up to|got)|i can (?:talk|speak|tell|open up) to|i (?:talk|speak) to|who knows|that knows|i have said it to|i have mentioned it to)\b`;
const ONLY_ONE_OUT = String.raw`\b(?:${THEY}|${KIN}|${STORY}|pregnan\w*|baby|engaged|engagement|surprise|proposal|propos\w*|present|birthday|interview|new job|job offer|offer|promotion|lottery|won|${LAUGH})\b`;

const STIR_CRAZY_ALONE = pattern`^(?=.*\b(?:stir crazy|going crazy|going mad|climbing the walls|going round the bend|losing my mind|cabin fever|sick of my own company|talking to myself|talking to the walls)\b)(?=.*\b(?:on my own|by myself|alone|in the house|in the flat|within four walls|these four walls|staring at the walls) (?:all day|every day|all week|day in day out|all the time|24 7|from morning)\b|.*\bnot (?:seen|spoken to|talked to) (?:anyone|a soul|a single person|another person|another human)\b)`;
const STIR_OUT = String.raw`\b(?:${THEY}|${KIN}|${STORY}|dog|kids|toddler|baby|broken|cast|crutches|flu|covid|isolating|quarantine|snowed in|snow|revision|exams?|dissertation|${LAUGH})\b`;

const JUST_LOW = pattern`^(?:i am |i feel |feeling |just |honestly )?(low|flat|empty|numb|grey|bleak|miserable|sad)\b(?: \w+){0,1}? (?:just|only|really|so|properly|pretty|very|feeling) (?:\w+ )?\1\b(?! (?:the|to|a|at|on|from|by|in|of|out|with|for)\b)`;
const JUST_LOW_OUT = String.raw`\b(?:${THEY}|${KIN}|${STORY}|tide|battery|prices?|pressure|blood|sugar|score|budget|levels?|fuel|tyres?|stock|rates?|cost|fat|salt|income|pay|wages?|key|volume|light|bar|ceiling|bridge|quality|calorie|carbs?|ball|bid|offer|system|server|website|site|internet|wifi|app|network|portal|line|phone|signal|tyre|screen|${LAUGH})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SEVENTY_EIGHTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:hit|run over|knocked|taken out|took out|flattened)\b`, HIT_OUT), [group('crisis', 'wishes to be dead', [HIT_RELIEVED])]],
  [unless(String.raw`\bno more (?:anything|everything|of)\b`, NO_MORE_OUT), [group('crisis', 'intends to end their life', [NO_MORE_ANYTHING])]],
  [unless(String.raw`\bnot (?:out|gone|done|off|finished|leaving|quitting)\b`, OUT_OUT), [group('crisis', 'intends to end their life', [OUT_NOT_OUT])]],
  [unless(String.raw`\b(?:scars|cuts|marks|burns|self harm)\b`, SCARS_OUT), [group('crisis', 'self-harm', [FRESH_SCARS])]],
  [unless(String.raw`\bfeel (?:anything|something|real|alive|human)\b`, HURT_OUT), [group('crisis', 'self-harm', [HURT_TO_FEEL])]],
  [unless(String.raw`\b(?:lovely|nice|charming|sweet|kind|perfect|different|angel|saint)\b`, LOVELY_OUT), [group('crisis', 'abuse or violence', [LOVELY_IN_COMPANY])]],
  [unless(String.raw`\bwhere i am\b`, NOWHERE_OUT), [group('crisis', 'no safe place, food or power tonight', [NOWHERE_TONIGHT])]],
  [unless(String.raw`\b(?:stuck|stranded|can ?not get home|can ?not get back|missed the last)\b`, STRANDED_OUT), [group('crisis', 'no safe place, food or power tonight', [STRANDED])]],
  [unless(String.raw`\bhungover\b`, HUNGOVER_OUT), [group('concern', 'drinking or drugs to cope', [HUNGOVER_AGAIN])]],
  [unless(String.raw`\b(?:before|without)\b`, DRINK_OUT), [group('concern', 'drinking or drugs to cope', [DRINK_BEFORE_TASK])]],
  [unless(String.raw`\byou are the only\b`, ONLY_ONE_OUT), [group('concern', 'feels alone', [ONLY_ONE_TOLD])]],
  [unless(String.raw`\b(?:crazy|mad|walls|bend|my mind|cabin fever|own company|talking to myself)\b`, STIR_OUT), [group('concern', 'feels alone', [STIR_CRAZY_ALONE])]],
  [unless(String.raw`^(?:i am |i feel |feeling |just |honestly )?(?:low|flat|empty|numb|grey|bleak|miserable|sad)\b`, JUST_LOW_OUT), [group('concern', 'low mood', [JUST_LOW])]],
] as const;
