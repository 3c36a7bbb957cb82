// Read from the two-hundred-and-fifth split (gig and hospitality workers typing between jobs; people
// whose first language is not English) and the two-hundred-and-sixth (men over fifty who rarely
// talk about feelings; women going back to work), each measured once fresh and then read. The kinds:
// a weapon kept or brought for someone, with "he will learn" or "they will see"; a saying that it is
// better under the ground; hoping for a crash or to be knocked off "and not even be mad"; the dead
// who "got the better deal"; "would not mind if the good lord took the rest"; "happily six foot
// under"; pills bought box by box from different shops; a message scheduled to send to family; a
// roof left open and gone up "to see"; a bridge stood on "working out the timing"; something dear
// given away and "will not be going to any more"; burning or cutting oneself, again and again; a
// boss who keeps the workers' documents; a sofa fallen through and outside tonight. Normalised words
// ("would not", "i am", "my friends" for "mates").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

const WEAPON = String.raw`(?:bat|baseball bat|hammer|knife|blade|machete|crowbar|wrench|spanner|iron bar|bar|golf club|cricket bat|axe|hatchet|screwdriver)`;
const THREAT_TAIL = String.raw`(?:he|she|they|you|that \w+|the \w+) (?:will|are going to|is going to|gonna) (?:learn|see|find out|get it|pay|regret it|be sorry)|(?:he|she|they) (?:learn|learns|see|sees|pay|pays)\b|(?:watch|wait and see|see what happens|mark my words)`;
// "i have a bat in my car for the chef. tomorrow he learn"; "im bringing a hammer to the job centre tomorrow, they will see".
const WEAPON_FOR_SOMEONE = [
  pattern`\b(?:have|got|keep|keeping|kept|bringing|bring|taking|take|packed|carrying|carry)\b(?: a| my| the)? ${WEAPON}\b(?: \w+){0,5}? (?:for (?:the|my|that|this|him|her|them)\b|to (?:the|his|her|their) (?:job ?centre|jobcentre|office|work|site|shop|restaurant|kitchen|warehouse|depot|house|flat|place|interview|meeting|hostel))(?: \w+){0,8}? (?:${THREAT_TAIL})\b`,
];
const WEAPON_EVERYDAY = String.raw`\b(?:diy|shelf|shelves|fence|tools?|toolbox|toolkit|kit|rounders|cricket|baseball|softball|match|practice|training|team|club|nets|game|chopping|kitchen knife|chef knife|chefs knife|knife roll|knife skills|knives for|carpentry|joinery|plumbing|course|apprentice\w*|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "we have this saying, better under the ground than this. i feel it every day now".
const BETTER_UNDER_THE_GROUND = [
  pattern`\bbetter (?:under the ground|in the ground|six f(?:oo|ee)t under|in a box|in the grave|in my grave|dead|off dead|gone)(?: than| then)? (?:this|living like this|like this)\b`,
];

// "sometimes i think it be easier if i get sick and just go".
const EASIER_IF_I_WENT = [
  pattern`\beasier (?:for (?:everyone|everybody|all of them|my family|them|the kids) )?if i (?:just )?(?:got sick and |get sick and |got ill and |get ill and |fell asleep and )?(?:just )?(?:go|went|was gone|were gone|died|die|slipped away|faded away|passed)\b(?! (?:to|back|home|out|abroad|away for|on|for|in|with|into|part time|self employed|there|early|later|first|alone|myself))`,
];

// "if i got knocked off the scooter i wouldnt even be mad lol"; "id be fine with it if the van crashed on the way to warehouse".
const VEHICLE = String.raw`(?:van|car|bus|coach|lorry|truck|plane|scooter|moped|bike|motorbike|train|taxi|cab|tram)`;
const ACCIDENT_WELCOMED = [
  pattern`\bif (?:a|the|my|some) ${VEHICLE} (?:hit|hits|knocked|knocks|ran|runs|took|takes|flattened|wiped) (?:me|me over|me down|me out)\b(?: \w+){0,6}? (?:i would not|i will not|i do not think i would|would not|i wouldnt) (?:even )?(?:be mad|be angry|be upset|mind|care|be bothered|be sad|complain|fight it)\b`,
  pattern`\bif (?:i|my ${VEHICLE}|the ${VEHICLE}) (?:got|get|was|were|gets) (?:knocked off|knocked down|knocked over|hit|run over|killed|in a crash|in an accident|wiped out|taken out|crashed)\b(?: \w+){0,6}? (?:i would not|i will not|i do not think i would|would not|i wouldnt) (?:even )?(?:be mad|be angry|be upset|mind|care|be bothered|be sad|complain|fight it)\b`,
  pattern`\b(?:i would|id|i will|i would honestly|honestly i would|id honestly) (?:be |feel )?(?:fine|ok|okay|alright|happy|glad|relieved|at peace)(?: with it| with that)? if (?:the|my|a|this) ${VEHICLE} (?:crashed|crashes|went off the road|went off the bridge|flipped|ended it)\b`,
  pattern`\b(?:i would|id|i will) (?:be |feel )?(?:fine|ok|okay|alright|happy|glad|relieved|at peace)(?: with it| with that)? if i (?:got|get|was) (?:knocked off|knocked down|knocked over|hit|run over|killed|in a crash|wiped out|taken out)\b`,
];
const ACCIDENT_EVERYDAY = String.raw`\b(?:insurance|insured|claim|compensation|payout|no claims|excess|repair|repairs|written off|write off|fixed|garage|mot|deposit|rental|hire|the boss|my boss|the company|day off|time off|off work|sick pay|${LAUGH.replace('lol|lmao|', '')})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "me dad went at 55 down the pit, some days i think he got the better deal"; "wouldnt mind if the good lord took the rest"; "id happily be six foot under".
const THE_DEAD_HAD_IT_BETTER = [
  pattern`\b(?:(?:dad|father|mum|mother|brother|sister|grandad|granddad|grandfather|nan|gran|uncle|mate|friend|friends|pal|husband|wife|son|he|she|they)\b(?: \w+){0,8}? (?:went|died|passed|passed away|gone|killed|lost)\b.*\b(?:he|she|they) (?:got|had|has|have) (?:the )?(?:better|best|easier) (?:deal|end of it|way out|of it))\b`,
  pattern`\b(?:would not mind|wouldnt mind|do not mind|would not care|would be glad|would be grateful|i am ready) if (?:the good lord|the lord|god|the man upstairs|him upstairs|death|the reaper|the grim reaper|it|the cancer|the illness|my heart|my lungs) (?:took|takes|take|came for|comes for|finished|finishes) (?:the rest|me|the rest of me|me now|me tonight|me early)\b`,
  pattern`\b(?:id|i would|i will|i would gladly|id gladly|i would quite|id quite)(?: happily| gladly| quite happily| honestly)? (?:be |go )?(?:six f(?:oo|ee)t under|in the ground|under the ground|in a box|pushing up daisies|in the grave|in my grave|in the cemetery|in a wooden box)\b`,
];
const DEAD_EVERYDAY = String.raw`\b(?:pensions?|retir\w*|good innings|lived to|at (?:8|9)\d|mortgage|paid off|garden|gardening|allotment|plants?|bulbs?|seeds?|compost|bury (?:the|a|my) (?:dog|cat|hamster|rabbit|pet|fish|time capsule)|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "got the paracetamol, 4 boxes from 4 different shops".
const PILLS_SHOP_BY_SHOP = [
  pattern`\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|loads of|lots of|a load of|a couple of|some) (?:boxes|packets|packs|bottles|strips|tubs)\b(?: of \w+)? from (?:\d+ |two |three |four |five |six |several |a few |loads of |a load of |all the |a couple of )?(?:different )?(?:shops|chemists|pharmacies|supermarkets|places|stores|garages)\b`,
  pattern`\b(?:paracetamol|co codamol|cocodamol|ibuprofen|aspirin|sleeping pills|sleeping tablets|tablets|pills|painkillers|codeine|tramadol|meds)\b.*\b(?:different|every|each|separate) (?:shops|chemists|pharmacies|supermarkets|stores|garages)\b(?! (?:sell|sold|have|had|stock|stocks|are|were|did|do))`,
];
const PILLS_EVERYDAY = String.raw`\b(?:edge off|get through|so i can sleep|to sleep|to cope|for the pain|my back|hooked|addict\w*|price|prices|cheaper|cheapest|offer|offers|deal|deals|delivery|deliveries|delivering|stock|stocking|shelves|shelf|restock\w*|pharmacy (?:job|assistant|course)|dispensing|for (?:my|the) (?:mum|dad|nan|gran|kids?|son|daughter|wife|husband|partner)|flu|cold|period|headache|toothache|back pain|migraine|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "i wrote a message for my brother and scheduled it to send sunday".
const FAMILY = String.raw`(?:brother|sister|mum|mam|mom|dad|mother|father|son|daughter|kids|children|wife|husband|partner|girlfriend|boyfriend|family|parents|nan|gran|best friend|grandson|granddaughter)`;
const MESSAGE_SCHEDULED = [
  pattern`\b(?:wrote|written|typed|recorded|made|set up|drafted) (?:a |an |the )?(?:message|email|text|video|letter|voice note)s?(?: \w+){0,2}? (?:for|to) (?:my|our) ${FAMILY}\b(?: \w+){0,4}? (?:scheduled|set|timed|set up) (?:it |them )?to (?:send|go out|go off|arrive|post)\b`,
  pattern`\bscheduled (?:a |an |the )?(?:message|email|text|video|letter)s? (?:for|to) (?:my|our) ${FAMILY}\b(?: \w+){0,3}? (?:to send|to go out|for) (?:on )?(?:${String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`}|tomorrow|next week|after|when|the \d+)`,
];
const SCHEDULED_EVERYDAY = String.raw`\b(?:birthday|bday|anniversary|christmas|xmas|new year|mothers day|fathers day|eid|diwali|congrat\w*|good luck|wedding|graduation|exam|reminder|remind|shopping|rota|shift|appointment|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "the roof of my building is open, i went up there yesterday to see"; "stood on the motorway bridge ... working out the timing".
const HIGH_PLACE_CHECKED = [
  pattern`\b(?:roof|rooftop|top floor|balcony|fire escape|car park roof|multi storey)\b(?: \w+){0,4}? (?:is |was |been |always )?(?:open|unlocked|not locked|left open)\b.*\b(?:went|go|gone|been|going|climbed) up(?: there)?(?: \w+){0,2}? (?:to see|to look|to check|for a look|and looked down|to have a look)\b`,
  pattern`\b(?:stood|standing|stand|sat|sitting|waited|waiting|lingered)\b(?: \w+){0,2}? on (?:the|a|that) (?:motorway |railway |rail |river |foot |high |big |old )?(?:bridge|overpass|flyover|viaduct|platform edge|edge)\b.*\b(?:working out|worked out|work out|figuring out|counting|checking|timing|watching) (?:the timing|the timings|when|how long|how high|the trains|the lorries|the traffic|the drop|the gaps)\b`,
];
const HIGH_PLACE_EVERYDAY = String.raw`\b(?:repair|repairs|roofer|roofing|leak|leaking|gutter|gutters|aerial|satellite|solar|scaffold\w*|smoke|smoking|a fag|a cigarette|a vape|sunbathe|sunbathing|bbq|barbecue|fireworks|stars|view|photo|photos|pictures|survey\w*|inspection|maintenance|engineer|traffic survey|count\w* cars|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "posted my season ticket to my grandson. wont be going to any more games".
const GIVEN_AWAY_NOT_NEEDED = [
  pattern`\b(?:gave|given|give|posted|sent|handed|passed|left) (?:away )?my (?:season ticket|tools|tool box|toolbox|guitar|bike|motorbike|medals|watch|ring|records|vinyl|rods|fishing gear|allotment|pigeons|dog|cat|ps5|xbox|playstation|car|van)\b(?: \w+){0,4}?\b.*\b(?:will not be|wont be|i will not|i am not going to be|not going to be) (?:going to any more|going any more|needing (?:it|them)|using (?:it|them)|at any more|at the next|around to)\b`,
];
const GIVEN_AWAY_EVERYDAY = String.raw`\b(?:moving|move|emigrat\w*|abroad|retir\w*|upgrad\w*|new one|bought|buying|sold|selling|downsiz\w*|cannot afford|can not afford|too expensive|injur\w*|knee|hip|operation|bad back|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "been burning myself with the iron. dont know why im telling a computer".
const HURTING_MYSELF_AGAIN = [
  pattern`\b(?:been|keep|kept|started|start|i have been|i am|still) (?:burning|cutting|scratching|scalding|hitting|punching|biting|picking at) (?:myself|my (?:arm|arms|legs|leg|wrists?|hands?|skin|thighs?))\b`,
];
const HURTING_EVERYDAY = String.raw`\b(?:by accident|accidentally|accident|clumsy|cooking|baking|oven|chip pan|grill|fryer|hob|kitchen|shaving|gardening|brambles|nails|eczema|itch\w*|bites|hives|rash|sunburn|suncream|sun cream|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "the boss take our documents and we sleep in the back of restaurant".
const BOSS_KEEPS_DOCUMENTS = [
  pattern`\b(?:boss|employer|manager|owner|agent|gangmaster|agency|the man|landlord|supervisor)\b(?: \w+){0,2}? (?:take|took|takes|taken|keep|keeps|kept|has|have|holding|holds|hold|hid|hides|locked up|locks up) (?:our|my|all our|all my) (?:documents|passports?|papers|ids?|visas?|brps?|bank cards?)\b`,
];

// "my mates sofa fell through. outside tonight then".
const OUTSIDE_TONIGHT = [
  pattern`\b(?:sofa|couch|place|room|bed|spare room|the hostel|hostel|the room|floor)(?: to stay)? (?:fell through|fallen through|said no)\b.*\b(?:outside|on the street|on the streets|in the park|in the car|sleeping rough|rough|on a bench) (?:tonight|tonite|this evening|again tonight)\b`,
  pattern`(?:^|\b(?:so|then|looks like|guess|i guess|it is|its)\b )(?:outside|on the streets?|a bench|the park|sleeping rough|rough) (?:tonight|tonite)(?: then| for me| it is| again)?$`,
];

export const TWO_HUNDRED_AND_FIFTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:bat|hammer|knife|blade|machete|crowbar|wrench|spanner|bar|club|axe|hatchet|screwdriver)\b`, WEAPON_EVERYDAY), [group('crisis', 'harm to someone else', WEAPON_FOR_SOMEONE)]],
  [unless(String.raw`\bbetter\b`, String.raw`\b(?:${LAUGH}|for the plants|for the garden|bulbs|potatoes|cables?|pipes?|wires?)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', BETTER_UNDER_THE_GROUND)]],
  [unless(String.raw`\beasier\b`, String.raw`\b(?:${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', EASIER_IF_I_WENT)]],
  [unless(String.raw`\bif\b`, ACCIDENT_EVERYDAY), [group('crisis', 'wishes to be dead', ACCIDENT_WELCOMED)]],
  [unless(String.raw`\b(?:better|best|easier|took|takes|take|under|ground|box|daisies|grave|cemetery)\b`, DEAD_EVERYDAY), [group('crisis', 'wishes to be dead', THE_DEAD_HAD_IT_BETTER)]],
  [unless(String.raw`\b(?:paracetamol|co codamol|cocodamol|ibuprofen|aspirin|pills|tablets|painkillers|codeine|tramadol|meds|medication|antidepressants|sertraline|diazepam|insulin)\b`, PILLS_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', PILLS_SHOP_BY_SHOP)]],
  [unless(String.raw`\b(?:scheduled|(?:set|timed) (?:it|them) to (?:send|go out|go off|arrive|post))\b`, SCHEDULED_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', MESSAGE_SCHEDULED)]],
  [unless(String.raw`\b(?:roof|rooftop|top floor|balcony|fire escape|multi storey|bridge|overpass|flyover|viaduct|edge)\b`, HIGH_PLACE_EVERYDAY), [group('crisis', 'thinking about a way to end their life', HIGH_PLACE_CHECKED)]],
  [unless(String.raw`\b(?:will not be|wont be|not going to be)\b`, GIVEN_AWAY_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', GIVEN_AWAY_NOT_NEEDED)]],
  [unless(String.raw`\b(?:burning|cutting|scratching|scalding|hitting|punching|biting|picking at)\b`, HURTING_EVERYDAY), [group('crisis', 'self-harm', HURTING_MYSELF_AGAIN)]],
  [unless(String.raw`\b(?:documents|passports?|papers|ids?|visas?|brps?|bank cards?)\b`, String.raw`\b(?:to copy|copy|copies|photocop\w*|scan|scanned|check|checked|checking|right to work|verify|verified|for the file|gave (?:them|it) back|give (?:them|it) back|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'coercive control', BOSS_KEEPS_DOCUMENTS)]],
  [unless(String.raw`\b(?:tonight|tonite)\b`, String.raw`\b(?:party|gig|concert|festival|camping|tent|stars|barbecue|bbq|pub|club|clubbing|dinner|meal|date|film|movie|match|shift|night shift|working|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'no safe place, food or power tonight', OUTSIDE_TONIGHT)]],
] as const;
