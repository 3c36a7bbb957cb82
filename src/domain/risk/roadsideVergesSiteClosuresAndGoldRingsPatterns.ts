// Read from the hundred-and-eighty-seventh split (adults who spell by sound, voice-to-text, Gypsy,
// Roma and Traveller clients), measured once fresh and then read. Spellings by sound are written
// into the patterns ("hopin", "id die", "aint no future", "rong"), not into the normaliser: both
// models read normalised text, and teaching it these spellings moved them about. The kinds: a wish
// to die said "i wish id die", no future "there aint no", giving up hoping, a sofa that ran out
// with the night outside, rings given away "so they got something of mine after", "a blessing if i slipped away", doing it
// while the family is out, a family on the verge with nothing; as worry, a farmer or a council
// wanting them off the land, a site closing with no pitch, "it is all going wrong at once", "maybe
// they are right" after a slur. Normalised words ("going to", "i am", "they are").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

// "gave away me gold rings to me daughters so they got sumthing of mine after".
const SOMETHING_OF_MINE = [
  pattern`\bso (?:they|she|he|the kids|the girls|the boys|my (?:\w+ )?(?:kids|children|daughters?|sons?|grandkids|family|wife|husband|partner|mum|mam|sister|brother)) (?:have|has|got|get|gets|will have|have got|would have) (?:something|sumthing|sumfin|summat|a bit) (?:of mine|to remember me by|to remember me)\b`,
];
const KEEPSAKE_UNLESS = String.raw`\b(?:moving|move|abroad|emigrat\w*|leaving for|going away|travelling|away for|working away|christmas|birthday|present|wedding|christening|when they are older|for when they grow)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "be a blessin if i just slipped away in the night honest".
const BLESSING_IF_GONE = [
  pattern`\b(?:be|would be|it would be|it is|be such|be a real) (?:a )?(?:blessing|blessin|mercy|relief|kindness)\b(?: \w+){0,2}? (?:if|when) i (?:just |only |quietly )?(?:slipped away|slip away|went|go|passed|pass|died|die|did not wake up|never woke up|was gone|were gone|was not here|went to sleep and|went in my sleep)\b`,
];

// "gonna do it this afternoon while me dad is out with the horses".
const WHILE_THEY_ARE_OUT = [
  pattern`\b(?:going to|will|gonna|about to|planning to|i am going to) do it (?:this (?:afternoon|morning|evening)|today|tonight|later|now|first thing|in the morning)?\s?(?:while|when|once) (?:my|me|the|our) (?:\w+ )?(?:is|are|has|have|goes|go) (?:out|gone|away|at work|asleep|in bed|at (?:the |her |his |their |my )?\w+)\b`,
];
const WHILE_OUT_UNLESS = String.raw`\b(?:clean|surprise|bake|baking|cook\w*|hoover\w*|paint\w*|application|applications|form|forms|cv|course|homework|washing|hoovering|cleaning|ironing|cooking|jobsearch|job search|search|quiz|test|module|call|the call|it i mean|the forms?|my cv|revision|tidy\w*|painting|decorating|shopping)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "bailiffs took the caravan, were sat on the verge with nothing".
const ON_THE_VERGE = [
  pattern`\b(?:we are|i am|we|i|sat|sitting|sleeping|living|stuck|parked|left|ended up)\b(?: \w+){0,2}? on (?:the|a) (?:verge|roadside|side of the road|hard shoulder|lay ?by|layby|grass verge)\b(?: \w+){0,6}? (?:nothing|nowhere|no where|no food|no water|no money|the kids|tonight|no van|no trailer)\b`,
];

// "i just wish id die": "id" for "i would", said by sound.
const WISH_ID_DIE = [pattern`\b(?:i )?(?:just |really |honestly |sometimes )?wish id (?:just |rather |honestly )?(?:die|died|be dead|was dead|never been born|never been born|not wake up|never wake up|drop dead|pop off)\b`];
// "my sofa surfin run out, tonight im outside".
const NIGHT_OUTSIDE = [
  pattern`\b(?:tonight|2nite|this night) (?:i am|we are|im|am) (?:outside|out on the streets?|on the streets?|sleeping (?:out|rough|outside)|in a doorway|in the park|out in the cold)\b`,
  pattern`\bsofa (?:surfin|surfing|surf)\b(?: \w+){0,2}? (?:run out|ran out|ended|finished|is over|has run out)\b(?: \w+){0,4}? (?:tonight|nowhere|no where|outside|streets?)\b`,
];

// Worries: off the land, the site closing, everything going wrong, a slur half believed.
const OFF_THE_LAND = [
  pattern`\b(?:wants|want|told|telling|ordered|giving|gave|has given)\b(?: \w+){0,2}? (?:us|me|the family) (?:off|out of|to get off|to leave|to move off|notice to (?:leave|get off|move))(?: (?:of|off))? (?:his|her|their|the|this|our) (?:land|field|site|plot|pitch|yard|ground|verge|car park|lay ?by)\b`,
];
const SITE_CLOSING = [
  pattern`\b(?:site|camp|pitch|yard)\b(?: \w+){0,2}? (?:is closing|closing|is closin|closin|is shutting|shutting|shuttin|being closed|closing down|closin down|to close)\b`,
  pattern`\b(?:no one|nobody|none of them|council) (?:will|can|would|is going to) (?:give|find|offer) (?:us|me) (?:a |another |any )?(?:pitch|plot|site|place to stop|stopping place)\b`,
];
const NO_HOPE_LEFT = [
  pattern`(?:^|\bi )(?:give|gave|given|have given) up (?:hopin|hoping|hopeing|on hope|on hopin|on hoping)(?: for (?:a job|work|anything|a future|better|things))?(?: (?:a long time ago|long ago|years ago|ages ago|now|any ?more|honestly|mate))*$`,
  pattern`\b(?:there|it) (?:am not|is not|aint|isnt) no (?:future|point|hope|way out|life) (?:for me|for us|left|in it)\b`,
];
const ALL_GOING_WRONG = [pattern`\b(?:it is|everything is|everything|it|its all|life is|things are) (?:all )?(?:going|gone) (?:wrong|rong) (?:at once|all at once|together|at the same time)\b`];
const MAYBE_RIGHT = [pattern`\bi am (?:just |only )?(?:a |an )?(?:\w+ ){0,2}?to (?:them|him|her|everyone|people|the lot of them)\b(?: \w+){0,2}? (?:and )?(?:maybe|perhaps|probably|i reckon|i think) (?:they are|he is|she is|they were|everyone is) right\b`];

export const HUNDRED_AND_EIGHTY_SEVENTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:of mine|remember me)\b`, KEEPSAKE_UNLESS), [group('crisis', 'preparing to end their life, or a past attempt', SOMETHING_OF_MINE)]],
  [unless(String.raw`\bwish id\b`, String.raw`\b(?:${LAUGH}|meeting|interview|shift|exam|test|alarm|woken up for)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', WISH_ID_DIE)]],
  [unless(String.raw`\b(?:outside|streets?|rough|doorway|park|cold|sofa)\b`, String.raw`\b(?:party|festival|gig|match|smoking|smoke|having a|bbq|barbecue|camping|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'no safe place, food or power tonight', NIGHT_OUTSIDE)]],
  [unless(String.raw`\b(?:blessing|blessin|mercy|relief|kindness)\b`, String.raw`\b(?:${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', BLESSING_IF_GONE)]],
  [unless(String.raw`\bdo it\b`, WHILE_OUT_UNLESS), [group('crisis', 'a plan to end their life', WHILE_THEY_ARE_OUT)]],
  [unless(String.raw`\b(?:verge|roadside|side of the road|hard shoulder|lay ?by|layby)\b`, String.raw`\b(?:broke down|breakdown|flat tyre|puncture|recovery|aa|rac|picnic|lunch|waiting for (?:the|a) (?:bus|lift|tow))\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'no safe place, food or power tonight', ON_THE_VERGE)]],
  [unless(String.raw`\b(?:land|field|site|plot|pitch|yard|ground|verge|car park|lay ?by)\b`, String.raw`\b(?:sheep|cows|horses|cattle|dog|dogs|football|match|game|bonfire|fair)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'may lose their home', OFF_THE_LAND)]],
  [unless(String.raw`\b(?:site|camp|pitch|yard|plot)\b`, String.raw`\b(?:let go|redundan\w*|laid off|jobs?|staff|workers|work|shifts?|warehouse|factory|depot|office|shop|store|building site|work site|worksite|construction|job site|website|camp site for (?:the|a) (?:weekend|holiday)|holiday|festival|football|match)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'may lose their home', SITE_CLOSING)]],
  [unless(String.raw`\b(?:hopin|hoping|hopeing|hope|no)\b`, String.raw`\b(?:${LAUGH}|never give up|not give up|do not give up|not given up|never gave up)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'hopelessness', NO_HOPE_LEFT)]],
  [unless(String.raw`\b(?:wrong|rong)\b`, String.raw`\b(?:${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'not coping', ALL_GOING_WRONG)]],
  [unless(String.raw`\bright\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'feels worthless', MAYBE_RIGHT)]],
] as const;
