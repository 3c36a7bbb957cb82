// The concern half of the sixty-eighth split's kinds (typed fast on a cracked phone; the crisis half
// and the whole story are in ./crackedPhoneLedgesHellToPayAndBayLeafsPatterns.ts): words cut short
// or run wrong by the keyboard ("forevr", "usless", "wud", "cud", "drownin", "bay leafs" for
// bailiffs) and whole moods said in a word or two ("in a funk", "blah").
// Concern: stuck like this forever; useless at everything; the worst candidate they have ever had;
// who would want me on their team; smoking more (the green stuff) to get to sleep; a drink before the
// appointments for the nerves; the bay leafs coming Friday; four loan companies on their back;
// nightmares every night and dreading bed; watching the ceiling till the birds start; drowning in it
// all; breaking down at the smallest things; lost interest in what they used to love; in a funk;
// "blah" and nothing else; "could honestly strangle" the receptionist, wanting to throw mum out of the
// window, said as a joke.
// Normalised words, as in riskPatterns.ts ("wanna" is "want to", "gonna" is "going to").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const STORY = String.raw`film|movie|show|series|episode|book|novel|character|game|song|lyrics?|podcast|documentary|play`;
const OTHERS = String.raw`he|she|hes|shes|him|her|they|theyre|my (?:son|daughter|kid|kids|boy|girl|partner|husband|wife|boyfriend|girlfriend|mate|friend|mum|mam|dad|brother|sister|nan|gran)`;
const NOT_SUBJECT = String.raw`(?<!\b(?:he|she|it|they|you|we|that|this|which|who|page|screen|app|car|door|lid|printer) )`;

const FOREVER = String.raw`(?:forever|forevr|forver|4eva|4ever|4evr|forva|for ever|for the rest of my life|till i die|for good|permanently|for life)`;
const STUCK_FOREVER = pattern`${NOT_SUBJECT}\b(?:going to be|will be|ill be|i will be|i am going to be|i will always be|always going to be|gonna be|gna be|gnna be|gona be|destined to be|doomed to be) (?:stuck|trapped|like this|on benefits|on the dole|unemployed|out of work|skint|broke|a nobody|nothing|a failure|in this hole|in this rut)(?: (?:on benefits|on the dole|on uc|on universal credit|in this (?:\w+)|here|skint|broke|alone))?(?: like this)? ${FOREVER}\b`;
const STUCK_EXCLUDE = String.raw`\b(?:on hold|hold music|traffic|queue|in the lift|at this stop|at the stop|bus|train|jam|page|screen|website|app|computer|laptop|loading|glitch|frozen|tab|printer|car|door|lid|jar|zip|tattoo|hair|dye|wind changes|face will|${STORY}|${LAUGH})\b`;

const BAD_AT = String.raw`(?:useless|usless|useles|uselss|usles|uselesss|hopeless|hopless|rubbish|rubish|crap|shit|pants|terrible|terible|awful|a failure|a waste of space|no good|worthless|worthles|pathetic|shite)`;
const USELESS_AT_ALL = pattern`\b(?:i am|im|am|i am just|i am so|i feel|i feel so|i am honestly|i am literally|i am completely|i am totally) (?:so |just |completely |totally |literally |honestly |fucking |bloody )?${BAD_AT} at (?:everything|every thing|evrything|everythin|anything|life|all of it|it all|literally everything|every single thing)\b(?! (?:techy|technical|tech|computers?|digital|online|sporty|sports?|maths|diy|practical|to do with|related))`;
const WORST_EVER = pattern`\b(?:i am|i was|i must be|must be|i will be|i would be|i have got to be) (?:the|their|your) (?:worst|most useless|biggest waste|most pathetic|least employable|dumbest|thickest|most hopeless|biggest failure|biggest joke) (?:candidate|applicant|client|person|interviewee|employee|worker|one|case|customer|hire|starter|trainee)\b(?: \w+){0,4}? (?:ever|in history|on (?:your|their) books|on the planet|alive|going)\b`;
const WHO_WANTS_ME = pattern`\bwho (?:would|wud|wd|wuld|will|is going to|could|the hell would|on earth would|in their right mind would) (?:ever |even |actually |honestly |really |seriously |possibly )?(?:want|hire|employ|take on|pick|choose|have) (?:me|someone like me|a (?:loser|failure|mess|wreck|nobody|waste of space) like me)\b(?! to\b| back\b)`;
const WORTH_EXCLUDE = String.raw`\b(?:except|apart from|but good at|any ideas|recommend|which companies|which agencies|suggest|know any|${STORY}|pub quiz|quiz|kidding)\b`;
const WORTH_JOKE_EXCLUDE = String.raw`\b(?:except|apart from|but good at|${STORY}|${LAUGH})\b`;

const DRUG = String.raw`(?:weed|green|the green stuff|the green|pot|spliffs?|joints?|skunk|bud|cannabis|wine|vodka|booze|drink|cans|pills|tablets|codeine|valium|diazepam|sleeping pills|gin|whisky|whiskey|rum|cider|lager)`;
const MORE_TO_SLEEP = pattern`\b(?:smoking|smokin|drinking|drinkin|using|taking|takin|on the|necking|popping) (?:a lot |loads |way |a bit |much |so much |a fair bit |heaps )?more(?: ${DRUG})? (?:just |every night |at night |of a night )?to (?:get to sleep|sleep|get some sleep|cope|switch off|numb (?:it|things|everything)|stop thinking|stop me thinking|forget|get through (?:the day|the night|it)|take the edge off|calm down|calm my head|knock myself out|get my head down)\b|\b(?:smoking|smokin)\b(?: \w+){0,6}? (?:the green stuff|the green|green)\b`;
const MORE_EXCLUDE = String.raw`\b(?:quit|quitting|gave up|given up|cutting down|cut down|stopped|patches|herbal tea|camomile|chamomile|tea|water|milk|melatonin|vitamins|sea|salmon|kippers|bacon|barbecue|bbq|meat|fish|ham|${STORY}|${LAUGH})\b`;

const A_DRINK_BEFORE = pattern`^(?=.*\b(?:a|one|a couple of|couple of|a few|few|a quick|quick|a little|little) (?:drink|drinks|pint|pints|vodka|vodkas|shot|shots|can|cans|glass of wine|swig|nip|tot|beer|spliff|joint|smoke|line|drop of \w+|tinny|tinnies|voddy) (?:before|ahead of|prior to|first thing before) (?:the |my |an |each |every |these |any |all my )?(?:appointments?|interviews?|meetings?|sessions?|work|shifts?|calls?|jobcentre|job centre|coming in|i come in|i go in|\w+ (?:appointments?|interviews?|meetings?))\b)(?=.*\b(?:helps|help|calms|calm|settles|settle|takes the edge off|steadies|steady|gets me through|get me through|sorts|needed|need|have to have|has to be|dutch courage|for my nerves|for the nerves|the nerves|my nerves)\b)`;
const DRINK_EXCLUDE = String.raw`\b(?:coffee|tea|water|juice|energy drink|red bull|redbull|smoothie|hot chocolate|squash|lucozade|protein|milk|fizzy|coke|pepsi|decaf|herbal|celebrate|celebration|wedding|party|${STORY}|${LAUGH})\b`;

const BAY_LEAFS = pattern`\b(?:bay (?:leafs|leaves|liffs|lifts|lifes|leafe)|baileys|bailiff|bailifs|bailiffes|bailifs|bally fs) (?:are |is |r |will be |were )?(?:coming|comin|due|booked|round|here|at the door|knocking|turning up|coming round|booked in|threatening|sending|on their way|after me|chasing)\b`;
const BAY_EXCLUDE = String.raw`\b(?:recipe|cook|cooking|stew|curry|soup|pasta|sauce|casserole|garden|plant|herbs?|spice|spices|irish cream|christmas drink|liqueur|${STORY}|${LAUGH})\b`;
const LENDERS = pattern`\b(?:got|have|with|\d+|two|three|four|five|six|seven|several|loads of|a few|multiple|all these|all the) (?:\w+ )?(?:loan (?:companies|firms|sharks|people)|debt (?:companies|collectors|collection agencies|firms|people)|payday (?:lenders|loan companies)|credit card companies|catalogue companies|catalogues|lenders|creditors|collection agencies) (?:all )?(?:on my back|on at me|chasing me|after me|ringing me|hounding me|calling me|breathing down my neck|at my door|writing to me|harassing me)\b`;
const LENDER_EXCLUDE = String.raw`\b(?:recruitment|recruiters|jobs?|vacancy|vacancies|role|sales|call centre|i work|work for|my job|customers|clients|${STORY}|${LAUGH})\b`;

const NIGHTMARES = pattern`\b(?:nightmares|bad dreams|night terrors) (?:every|evry|each|most|all) (?:night|nite|single night)\b|\b(?:dread|dreading|scared of|afraid of|terrified of|hate) (?:going to bed|going to sleep|bedtime|bed time|night time|nights|the nights|the night)\b`;
const NIGHT_EXCLUDE = String.raw`\b(?:${OTHERS}|toddler|baby|child|children|kids?|dog|puppy|cat|horror|scary|${STORY}|when i was|as a kid|as a child|growing up|used to|night shift|night shifts|nights shift|shift|rota|work nights|working nights|${LAUGH})\b`;
const CEILING = pattern`\b(?:watching|watchin|staring at|starin at|stare at|looking at|lookin at|counting the cracks in) the ceiling\b|\b(?:awake|up|lying there|lay there|laid there|tossing and turning|staring|watching|lying awake)\b(?: \w+){0,5}? (?:till|until|til|untill) (?:the )?(?:birds (?:start|are|come|sing|go)|dawn chorus|dawn|sun comes up|sun came up|it gets light|it got light|light)\b`;
const CEILING_EXCLUDE = String.raw`\b(?:party|partying|clubbing|club|gaming|stream|twitch|festival|newborn|baby|night shift|shift|painting|painted|paint|decorating|decorator|crack in|leak|leaking|damp|mould|spider|stars|birdwatching|nest|fan|artex|plaster|plasterer|chapel|sistine|${STORY}|${LAUGH})\b`;

const DROWNING = pattern`\b(?:drowning|drownin|drowing|drownding|sinking|going under) (?:in|under) (?:it all|all of it|everything|all this|all of this|all this stuff|life|the lot|all the stuff)\b`;
const DROWN_EXCLUDE = String.raw`\b(?:emails|paperwork|orders|applications|laundry|washing|homework|marking|rain|water|sauce|gravy|ketchup|perfume|aftershave|cream|mayo|${OTHERS}|${STORY}|${LAUGH})\b`;
const BREAKING_DOWN = pattern`(?:^|\bi |\bi am |\bi have been |\bbeen |\bkeep |\bi keep |\bstarted |\bi just |\balways )(?:breaking down|breakin down|break down|bursting into tears|crying|cryin|falling apart|losing it|snapping|crumbling) (?:at|over|about|because of) (?:the )?(?:smallest|slightest|littlest|tiniest|least|smallest little|stupidest|silliest|tiniest little) (?:things?|stuff|thing|bits?|things now)\b`;
const BREAK_EXCLUDE = String.raw`\b(?:car|van|laptop|phone|printer|washing machine|boiler|machine|engine|bike|tv|telly|adverts?|weddings|pregnant|pregnancy|${OTHERS}|${STORY}|${LAUGH})\b`;
const LOST_INTEREST = pattern`\b(?:lost|losing|lose|no|zero|got no) (?:all |any |my )?interest in (?:stuff|things|everything|anything|life|it all|the things|the stuff|hobbies|my hobbies|all the (?:stuff|things)|what i)\b(?:(?: \w+){0,3}? (?:i|that i) (?:used to|once|always|would|use to) (?:love|loved|enjoy|enjoyed|like|liked|do)\b| (?:any more|anymore|lately|these days)\b|$)`;
const INTEREST_EXCLUDE = String.raw`\b(?:job|role|career|sector|industry|course|degree|retail|hospitality|coding|field|football|team|league|show|${OTHERS}|${STORY}|${LAUGH})\b`;
const IN_A_FUNK = pattern`(?:^|\bi am |\bi have been |\bbeen |\bfeeling |\bfeel |\bstuck |\bi am stuck |\bi am still |\bstill |\bi feel |\bproper |\bjust |\bkind of |\bbit )(?:in )?(?:a |such a |bit of a |a bit of a |a right |a real |a proper |a massive |a total |a big |a deep |a major )funk\b`;
const FUNK_EXCLUDE = String.raw`\b(?:music|band|playlist|song|songs|dance|dancing|groove|funky|james brown|disco|soul|vinyl|sales|market|economy|numbers|${OTHERS}|${STORY}|${LAUGH})\b`;
const BLAH = pattern`^(?:i am |i feel |feeling |feel |just |so |everything is |life is |all |bit |a bit |been |i have been |today is |today |kinda |kind of )*(?:blah|bleh|blahh+|blehh+)(?: (?:today|lately|again|recently|right now|honestly|at the moment|all week|really|still|as usual))*$`;

const LIMB = String.raw`(?:honestly |literally |actually |seriously |just |quite |so |happily |gladly |totally )?`;
const VICTIM = String.raw`(?:him|her|them|(?:the|my|that|this|our|his|her|their) (?:\w+ )?(?:receptionist|recruiter|adviser|advisor|work coach|boss|manager|supervisor|landlord|neighbour|neighbours|mum|mam|dad|brother|sister|flatmate|housemate|husband|wife|partner|ex|bloke|woman|guy|lad|girl|kids|son|daughter|interviewer|lot of them|fella|missus|other half|cousin|nan|gran|teacher|colleague|coworker|team leader))`;
const COULD_STRANGLE = pattern`\b(?:i could|could|cud|cld|coud|i cud|i cld) ${LIMB}(?:strangle|throttle|murder|kill|punch|slap|deck|batter|smack|thump|lamp|swing for|wring|stab) ${VICTIM}\b`;
const THROW_OUT = pattern`\b(?:want to|wanna|could|cud|going to|about to|feel like|felt like|ready to|tempted to) ${LIMB}(?:throw|chuck|lob|push|kick|boot|launch|fling) (?:my |the |that |our )?(?:mum|mam|mom|dad|brother|sister|nan|gran|husband|wife|partner|boyfriend|girlfriend|flatmate|housemate|neighbour|boss|manager|supervisor|receptionist|recruiter|adviser|work coach|him|her|them|kids|son|daughter|ex)\b(?: \w+){0,3}? (?:out (?:of )?(?:the|a) window|off (?:a|the) (?:cliff|bridge|roof|balcony)|under (?:a|the) bus|down the stairs|in the (?:canal|river|sea|bin))\b`;
const THROW_EXCLUDE = String.raw`\b(?:phone|laptop|computer|printer|tv|telly|controller|out of the house|out the house|kicked out|${STORY})\b`;
const STRANGLE_EXCLUDE = String.raw`\b(?:for (?:a|some|an)|curry|pint|brew|coffee|tea|kebab|pizza|burger|chips|beer|drink|sandwich|nap|sleep|bed|level|boss level|mosquito|fly|wasp|spider|weeds|plant|lights|engine|music|vibe|battery|process|app|printer|laptop|computer|game|gaming|${STORY})\b`;

/** The concern half, appended after the crisis sets in SIXTY_EIGHTH_WHOLE_SETS. */
export const SIXTY_EIGHTH_CONCERN_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(FOREVER, STUCK_EXCLUDE), [group('concern', 'hopelessness', [STUCK_FOREVER])]],
  [unless(String.raw`\bat (?:everything|every thing|evrything|everythin|anything|life|all of it|it all|literally everything|every single thing)\b`, WORTH_JOKE_EXCLUDE), [group('concern', 'feels worthless', [USELESS_AT_ALL])]],
  [unless(String.raw`\b(?:worst|most useless|biggest waste|most pathetic|least employable|dumbest|thickest|most hopeless|biggest failure|biggest joke)\b`, WORTH_JOKE_EXCLUDE), [group('concern', 'feels worthless', [WORST_EVER])]],
  [unless(String.raw`\bwho (?:would|wud|wd|wuld|will|is going to|could|the hell would|on earth would|in their right mind would)\b`, WORTH_EXCLUDE), [group('concern', 'feels worthless', [WHO_WANTS_ME])]],
  [unless(String.raw`\b(?:more|green)\b`, MORE_EXCLUDE), [group('concern', 'drinking or drugs to cope', [MORE_TO_SLEEP])]],
  [unless(String.raw`\b(?:before|ahead of|prior to)\b`, DRINK_EXCLUDE), [group('concern', 'drinking or drugs to cope', [A_DRINK_BEFORE])]],
  [unless(String.raw`\b(?:bay|baileys|bailiff|bailifs|bailiffes|bally)\b`, BAY_EXCLUDE), [group('concern', 'money worries', [BAY_LEAFS])]],
  [unless(String.raw`\b(?:loan|debt|payday|credit card|catalogues?|lenders|creditors|collection)\b`, LENDER_EXCLUDE), [group('concern', 'money worries', [LENDERS])]],
  [unless(String.raw`\b(?:nightmares|bad dreams|night terrors|dread|dreading|scared of|afraid of|terrified of|hate)\b`, NIGHT_EXCLUDE), [group('concern', 'not eating or sleeping', [NIGHTMARES])]],
  [unless(String.raw`\b(?:ceiling|till|until|til|untill)\b`, CEILING_EXCLUDE), [group('concern', 'not eating or sleeping', [CEILING])]],
  [unless(String.raw`\b(?:drowning|drownin|drowing|drownding|sinking|going under)\b`, DROWN_EXCLUDE), [group('concern', 'not coping', [DROWNING])]],
  [unless(String.raw`\b(?:smallest|slightest|littlest|tiniest|least|stupidest|silliest)\b`, BREAK_EXCLUDE), [group('concern', 'not coping', [BREAKING_DOWN])]],
  [unless(String.raw`\binterest in\b`, INTEREST_EXCLUDE), [group('concern', 'low mood', [LOST_INTEREST])]],
  [unless(String.raw`\bfunk\b`, FUNK_EXCLUDE), [group('concern', 'low mood', [IN_A_FUNK])]],
  [unless(String.raw`^(?:\w+ ){0,5}(?:blah|bleh|blahh+|blehh+)\b`, String.raw`\bblah blah\b`), [group('concern', 'low mood', [BLAH])]],
  [unless(String.raw`\b(?:could|cud|cld|coud)\b`, STRANGLE_EXCLUDE), [group('concern', 'angry words about hurting someone', [COULD_STRANGLE])]],
  [unless(String.raw`\b(?:window|cliff|bridge|roof|balcony|bus|stairs|canal|river|sea|bin)\b`, THROW_EXCLUDE), [group('concern', 'angry words about hurting someone', [THROW_OUT])]],
];
