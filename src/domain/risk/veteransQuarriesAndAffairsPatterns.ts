// Crisis: "rather be six foot under / in the ground / pushing up daisies than ..." about life, not a
// chore; not caring whether they see christmas, next year or another birthday; "if i did it i would
// use the gun"; going over the side or into the water weighted with the anchor chain or stones; a
// jumping place (quarry, bridge, cliff, viaduct) with a day or time and a secrecy cue ("before the
// dog walkers are about") or after affairs are settled ("will signed then the quarry sunday");
// "nobody would find you" beside a current, a drop or deep water; two or more acts of settling
// affairs with one of them a farewell (letters done, will signed, dog rehomed, "just tidying up");
// "i end up cutting"; a threat with a weapon and a day ("doing him with a tyre iron friday");
// "i am putting him in hospital"; a relative battering them for their giro or pension; documents
// locked away by a partner; owing a dealer and running parcels "or else"; on the street since a day,
// the tent stolen; the hostel or approved premises full and a bench for the night.
// Concern: "what is a fisherman good for, nothing", "all i am good for", feeling like a spare part
// or a bit of rubbish; told to be gone from a friend's sofa by a day, "if i still have a roof";
// lonely out here, nobody calls round, missing the crew and nothing now; a low patch; joked harm
// ("i will swing for him", "could cheerfully brain whoever", "going in the slurry pit").
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFortyFirstForms.test.ts. Normalised words ("i'm" is "i am").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE } from './wholeMessageSets.ts';

const unless = (gate: string, exclude: string): RegExp => new RegExp(String.raw`^(?!.*(?:${exclude})).*(?:${gate})`);
const FICTION = String.raw`\b(?:film|movie|game|book|novel|story|lyrics|song|episode|series|play|panto|script|character|reacher)\b`;
const JOKE = String.raw`(?:\b(?:lol|haha+|hahaha|lmao|jk|joking|kidding)\b|\ud83d\ude02|\ud83e\udd23|\ud83d\ude06)`;
const DAY = String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|tomorrow night|this weekend|the weekend|next week|early doors|first light|at dawn|dawn|before light|before it is light|at night|after dark|in the morning)\b`;

// --- Crisis -------------------------------------------------------------------------------------
const GRAVE = String.raw`(?:six (?:foot|feet) under|in the ground|in my grave|in the grave|in a box|in a wooden box|pushing up (?:the )?daisies|dead and buried|in the churchyard|in the cemetery|in a coffin)`;
const RATHER_GRAVE = pattern`\b(?:rather|sooner) be ${GRAVE} than\b`;
// "rather be six feet under than wear a tie": a chore or a garment, not the life they have.
const CHORE = String.raw`\bthan (?:wear|wearing|eat|eating|sing|singing|dance|dancing|watch|watching|vote|voting|support|supporting|listen to|be seen (?:in|with|wearing)|drink|drinking|use|using|cook|shop)\b`;

const SEE_WHEN = String.raw`(?:christmas|xmas|new year|next year|another year|the new year|spring|summer|the summer|the spring|my birthday|another birthday|my next birthday|\d\d|sixty|seventy|retirement|the end of the (?:year|month))`;
const NOT_CARE_SEE = pattern`\b(?:do not|dont|do not really|do not much|do not even|could not|would not|not) (?:much |really |even |that |too )?(?:care|bothered|fussed|mind|care less)(?: much)? (?:if|whether) i (?:see|make it to|get to|reach|am here for|am around for|last till|last until|last to) ${SEE_WHEN}\b(?! (?:lights|market|markets|film|do|party|jumper|dinner|meal|tree|decorations|shopping|at|with|in|there|here|off|advert|show)\b)`;

const METHOD = String.raw`(?:the|my|a|dad s|his|that) (?:gun|shotgun|twelve bore|rifle|pistol|rope|belt|blade|tablets|pills|exhaust|hosepipe|bridge|quarry|cliff|cliffs|train|tracks|railway|viaduct|sea|river)`;
const IF_I_DID_IT = pattern`\bif i (?:ever |really |actually )?(?:did it|did|do it|went through with it|go through with it|did do it|were to do it|was to do it|ended it|end it)\b,? (?:then )?(?:i would|id|i will|ill|it would|itd|it will|it would have to) (?:use|be|take|do it with|go with|go for|have to be|pick) ${METHOD}\b`;
const CLEANER = pattern`\b${METHOD} (?:would be|is|will be|be) (?:the )?(?:cleaner|cleanest|quicker|quickest|surest|easiest|simplest|tidiest|best way)\b`;
const SHOOTING = String.raw`\b(?:clay|clays|pigeons?|rabbits?|vermin|deer|pheasants?|grouse|foxes|crows|the range|gun club|licence|ticket|season|cleaning kit|film|game)\b`;

const INTO_WATER = String.raw`\b(?:over the side|overboard|(?:step|stepping|slip|slipping|roll|rolling|jump|jumping) off|off the boat|off the back of the boat|off the stern|off the pier|off the harbour wall|off the jetty|into the sea|into the river|into the water|into the loch|into the canal|into the harbour|into the quarry|in the sea|in the river)\b`;
const WEIGHTED = String.raw`\b(?:(?:anchor|the chain|anchor chain|chain|weights?|lead|ballast|stones|rocks|bricks|concrete|breeze blocks?) (?:round|around|tied to|tied round|wrapped round|wrapped around|on|in|clipped to) (?:me|my (?:legs?|waist|ankles?|neck|feet|pockets|belt|body))|(?:stones|rocks|bricks|weights) in my pockets|weigh(?:ed|t) myself down|tie myself to (?:the|an|a) (?:anchor|chain|weights?))\b`;
const GO_UNDER = new RegExp(String.raw`${INTO_WATER}.*${WEIGHTED}|${WEIGHTED}.*${INTO_WATER}`);
const BOAT_NOT = String.raw`\b(?:life ?jacket|lifejacket|nearly|almost|accident|caught my|trapped my|snagged|safety|drill|dive|diving|diver|film|swim|swimming)\b`;

const LEAP = String.raw`\b(?:the|that) (?:quarry|bridge|cliff|cliffs|cliff top|viaduct|multi storey|car park roof|drop|edge|weir|tops|point|headland|railway bridge|motorway bridge|tracks|line)\b`;
const UNSEEN = String.raw`\b(?:before (?:the )?(?:dog walkers|walkers|joggers|runners|anyone|anybody|people|folk|the town|the world|the village|the fishermen)(?: \w+)? (?:are|is|get|gets|will be)? ?(?:about|up|around|out|awake|there)|when (?:no ?one|nobody|nobodys|no one is) (?:is |will be )?(?:about|around|looking|there|up)|so (?:no ?one|nobody) (?:sees|see|will see|stops|will stop|finds|can stop)|while (?:no ?one|nobody|everyone) (?:is )?(?:about|around|looking|asleep|sleeps))`;
const AFFAIRS_THEN = String.raw`\b(?:will (?:signed|done|sorted|written|made)|the will signed|letters? (?:done|written|left|finished|posted)|said my goodbyes|dog rehomed|rehomed the dog|affairs in order|everything sorted|everything in order)\b.*\bthen (?:the|off to the|up the|down the|over the) (?:quarry|bridge|cliff|cliffs|viaduct|tracks|railway|weir|point|river|sea|edge|drop)\b`;
const LEAP_DAY_UNSEEN = new RegExp(String.raw`^(?=.*${LEAP})(?=.*${DAY})(?=.*${UNSEEN})|${AFFAIRS_THEN}`);
const OUTING = String.raw`\b(?:shift|job|start(?:ing)?|work|interview|climb|climbing|swim|swimming|wild swim|walk the dog|walking the dog|with the dog|photos?|picnic|trip|tour|kids|grandkids|grandson|granddaughter|digger|lorry|load|delivery|fishing|birdwatching|birds|sunrise|run club|training)\b`;

const WATER_OR_DROP = String.raw`\b(?:current|currents|tide|tides|rip|undertow|deep|drop|cliff|cliffs|quarry|the sea|loch|out there|off the point|off the rocks|the river|the water|the reservoir|the moor|the woods)\b`;
const NOBODY_FIND = pattern`\b(?:no ?(?:one|body)(?: would|d| will| is going to| could|s)?|they(?: would|d| will)? never|you would never|you would not|would never) (?:ever )?(?:find|be found|found)(?: you| me| the body| my body| a body| it| him| her)?\b(?! (?:a job|work|the time|out|anything|it (?:hard|easy)|parking|a space)\b)`;
const FIND_NOT = String.raw`\b(?:if you (?:fell|fall|slip|got lost|get lost)|take a phone|careful|warn|life ?jackets?|safety|dangerous for|swimmers|kids|dog|hide and seek|geocach|treasure|lost (?:my|the) (?:keys|phone|wallet))\b`;

const FAREWELL = String.raw`(?:letters? (?:for|to) (?:my|the|our) (?:daughters?|sons?|kids|children|wife|missus|girls|boys|family|grandkids|mum|mam|brother|sister)(?: \w+){0,2}? (?:done|written|finished|left|sealed|ready|in the drawer)|(?:wrote|written|writing|done|left) (?:the |my |a )?(?:goodbye |last )?letters? (?:for|to) (?:my|the|our|each of my|all my) (?:daughters?|sons?|kids|children|wife|missus|girls|boys|family|grandkids|lads)|(?:made|signed|done|sorted|updated|got) (?:my|the) will(?: signed| done| sorted)?|will (?:is )?(?:signed|done|sorted)|said (?:my )?goodbyes|rehomed (?:the|my) (?:dog|cat)|(?:the|my) (?:dog|cat) (?:is )?rehomed|found (?:the|my) (?:dog|cat) a (?:new )?home|gave (?:away )?(?:my|all my) (?:tools|rods|guns|medals|stuff|things|gear) (?:away )?(?:to|away)|giving (?:my|all my) (?:stuff|things|tools|medals) away|(?:just )?tidying (?:things )?up now|tying up (?:the )?loose ends|affairs in order|(?:funeral|cremation)s? (?:is )?(?:paid for|sorted|planned|arranged))`;
const SETTLE = String.raw`(?:sold (?:the|my) (?:boat|van|truck|wagon|car|bike|motorbike|tools|guns?|rods|gear|medals)|paid (?:off|back) (?:what i owe|my debts|everyone|all my debts|everything|the lot|what i owed)|cancelled (?:my|the) (?:phone|contract|subscriptions|direct debits|insurance)|${FAREWELL})`;
const AFFAIRS = new RegExp(String.raw`\b${FAREWELL}\b.*\b${SETTLE}\b|\b${SETTLE}\b.*\b${FAREWELL}\b`);
const FRESH_START = String.raw`\b(?:fresh start|new start|clean slate|debt free|new job|start(?:ing)? (?:work|the job|monday)|moving|move house|emigrat\w*|retire|retired|retirement|downsiz\w*|wedding|christening|birthday|18th|21st|christmas card|solicitor said|mortgage|holiday|feel(?:ing)? (?:good|great|lighter)|relief|looking forward)\b`;

const I_END_UP_CUTTING = pattern`${NOT_BEFORE}\bi (?:always |usually |just |still )?(?:end up|ended up|go back to|went back to|resort to|resorted to|turn to|fall back on|fall back to|start|started|find myself) (?:cutting|burning|scratching|slashing|carving|hurting|harming|hitting) ?(?:myself|my (?:arms?|legs?|wrists?|skin|thighs?|stomach|body))?(?=$| again\b| to (?:cope|feel|get through)\b| when\b| whenever\b| every time\b| because\b| cos\b| after\b| it is\b| till\b| until\b)`;
const CUT_NOT = String.raw`\b(?:hair|grass|lawns?|hedges?|wood|timber|logs?|trees?|tiles?|pipes?|keys|costs|corners|bread|onions|cake|cloth|fabric|steel|metal|glass|stone|slabs?|turf|vinyl|class|ties|coupons|losses|back on|down on|out)\b`;

const WEAPON = String.raw`(?:tyre iron|wheel brace|wrench|spanner|bat|baseball bat|crowbar|hammer|claw hammer|knife|blade|machete|bottle|brick|iron bar|metal bar|scaffold pole|pipe|golf club|axe|chain|shotgun|gun|screwdriver|stanley knife|hatchet|cosh|lump of wood|pool cue)`;
const VIOLENT = String.raw`(?:doing|do|done|sort|sorting|batter|battering|smash|smashing|go for|going for|kneecap|kneecapping|glass|glassing|stab|stabbing|jump|jumping|wait for|waiting for|cave (?:his|her) head in|caving (?:his|her) head in|leather|leathering|hit|hitting|take out|taking out|have|having)`;
const PERSON = String.raw`(?:fella|bloke|lad|gaffer|boss|foreman|manager|supervisor|landlord|guy|man|woman|idiot|prick|bastard|screw|copper|driver|cyclist|neighbour|grass|dealer|ex|jobsworth|twat|muppet)`;
const TARGET = String.raw`(?:him|her|them|(?:that|the|my|his|her) (?:\w+ )?${PERSON}|his (?:head|legs|knees|face)|her (?:head|face))`;
const WEAPON_THREAT = pattern`\b(?:i am|i will|ill|i would|id|i am going to|going to|gonna|i have got|i got)\b(?: \w+){0,2}? ${VIOLENT} ${TARGET}(?: \w+){0,4}? with (?:a|my|the|his|an) ${WEAPON}\b`;
const WEAPON_DAY = String.raw`(?:${DAY}|\b(?:when (?:he|she|they) (?:finishes|finish|leaves|leave|comes out|gets out|clocks off)|after (?:work|his shift|her shift|the shift)|at the (?:yard|depot|pub|gates))\b)`;
const HOSPITAL = pattern`\b(?:i am|i will|ill|i will be|i would|id|i am going to|going to|gonna)\b(?: \w+){0,2}? (?:putting|put|send|sending|land|landing) (?:him|her|them|that \w+|the \w+|his \w+|the \w+ \w+) (?:in|into|to) (?:hospital|the hospital|a and e|a&e|intensive care|icu|a wheelchair|traction|the ground|a box|the morgue|a coma)\b(?! (?:car park|bed|ward|canteen|shop|cafe|parking|reception|entrance|minibus|taxi)\b)`;
const HOSPITAL_NOT = String.raw`\b(?:funeral|burial|buried|cremat\w*|vicar|service|next to (?:mum|mam|dad|his|her)|ambulance|taxi|lift|visit|visiting|appointment|checked|check up|care home|respite|poorly|fell|fall|stroke|scan|x ?ray|ward|nurse)\b`;

const KIN = String.raw`(?:our kid|our \w+|my (?:brother|son|lad|nephew|cousin|dad|uncle|grandson|stepson|stepdad|flatmate|landlord|daughter|sister|partner|wife|missus|husband|ex|girlfriend|boyfriend|niece|granddaughter)|he|she|they|the lads?|some lads|a lad)`;
const BEAT = String.raw`(?:battered|beat|beats|batters|leathered|leathers|punched|kicked|glassed|stamped on|smacked|hammered|laid into|did|done|jumped|mugged|robbed|roughed up|knocked about|knocks|kicks|punches|hits|hit|slapped)`;
const MONEY = String.raw`(?:giro|dole|benefits|universal credit|uc|pip|pension|money|cash|wages|bank card|card|pin|fags|script|methadone|tablets|meds|phone)`;
const BATTERED_FOR = pattern`\b${KIN} ${BEAT} (?:me|me up|me over|me in)(?: \w+){0,2}? (?:for|over|to get|and took|and nicked|and had|and robbed|and kept) (?:my|me|all my|the) ${MONEY}\b`;
const TAKES_MONEY = pattern`\b${KIN} (?:takes|took|has|keeps|kept|holds|nicks|has got|is got|got) (?:my|all my) (?:giro|benefits|universal credit|pension|bank card|card and pin|pin|wages|money)(?: \w+){0,3}? (?:off me|from me|and (?:gives|leaves|only lets)|and will not|or else)\b`;

const PAPERS = String.raw`(?:passport|id|i d|driving licence|licence|birth certificate|bank cards?|documents|papers|visa|brp|residence permit|national insurance card)`;
const LOCKED_PAPERS = pattern`\b(?:he|she|they|my (?:partner|husband|wife|missus|boyfriend|girlfriend|ex|boss|gaffer|landlord|landlady|brother|sister|mum|dad|carer)|the (?:gaffer|boss|landlord|agent|lads?|site boss))(?: has| is| have)?(?: got| kept| taken| hidden)? (?:got|has|keeps|kept|took|takes|holds|hid|hides|locked|locks|confiscated|hidden|took away|taken) (?:away )?my ${PAPERS}(?: and (?:my )?(?:\w+ ){0,2}?\w+)?(?: \w+){0,2}? (?:locked away|locked up|locked in|hidden|away from me|in (?:his|her|their|a|the) (?:safe|drawer|car|locker)|and will not give|and would not give|and wont give|off me|so i can not)\b`;
const PAPERS_NOT = String.raw`\b(?:renew|renewal|renewing|post office|dvla|embassy|application|sent off|safe keeping|lost|right to work|copy|photocopy|scan|checks?|hr|safe place for me|at my request|asked (?:him|her|them) to)\b`;

const OWE_RUN = pattern`\b(?:i owe|owe (?:him|them|her)|says i owe|said i owe|say i owe|in debt to|debt to)\b(?: \w+){0,8}? (?:i|me)? ?(?:have to |got to |must |now |am made to |made to )?(?:run|running|carry|carrying|hold|holding|deliver|delivering|sell|selling|move|moving|stash|stashing|drop|dropping|drive|driving|do jobs|doing jobs|work|working) (?:parcels|packages|bags|gear|stuff|drugs|things|it|shots|a line|lines|for (?:him|them|her))\b`;
const RUN_OR_ELSE = pattern`\b(?:run|running|carry|carrying|hold|holding|deliver|delivering|sell|selling|stash|stashing|move|moving) (?:parcels|packages|bags|gear|drugs|stuff|things|his gear|their gear) for (?:him|them|her|the lads?|some lads|a lad|a dealer|the dealer)\b(?: \w+){0,4}? (?:or else|or he|or they|or i|because i owe|cos i owe|till|until|to pay)\b`;
const COURIER = String.raw`\b(?:evri|hermes|dpd|amazon|yodel|royal mail|dhl|ups|fedex|courier|depot|round|van driver|delivery driver|self employed|invoice|parcelforce)\b`;

const STREET = pattern`(?:^|(?<!\b(?:he|she|they|hes|shes|he is|she is|he has|she has|they have|who has|who is|who)\s)\b(?:i am|i have been|been|i was|still|now|me|i ended up|ended up) )(?:back )?(?:on the streets?|out on the streets?|street homeless|on the pavement)\b(?= (?:since|for|again|now|tonight|last night|this week|all week|\d+|two|three|four|five|a week|a few)\b)`;
const TENT_TAKEN = String.raw`\b(?:my |the )?tent (?:got|was|has been|been|is) (?:nicked|stolen|taken|slashed|burnt|burned|ripped|cleared|binned|destroyed|confiscated|removed|trashed|set on fire)\b`;
const ROUGH = String.raw`\b(?:street|streets|rough|kipping|bench|doorway|nowhere|underpass|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tonight|last night|cold)\b`;
const TENT_GONE = new RegExp(String.raw`${TENT_TAKEN}.*${ROUGH}|${ROUGH}.*${TENT_TAKEN}`);
const TENT_NOT = String.raw`\b(?:festival|glastonbury|camping|campsite|holiday|trip|scouts|garden|wild camping|dofe|duke of edinburgh|his tent|her tent|their tent|friend|mate)\b`;
const NO_ROOF = String.raw`(?:bench|park bench|doorway|shop doorway|bus shelter|street|streets|underpass|stairwell|car park|station)`;
const FULL_BENCH = pattern`\b(?:approved premises|bail hostel|hostel|night shelter|shelter|emergency accommodation|b and b|council|refuge|salvation army|sally army|the ap)s?\b(?: \w+){0,3}?(?: is| are| was| were| has been| have been)? (?:full|rammed|no room|out of beds)\b.*\b(?:(?:i am|i will be|i was|i have been|me|sleeping|kipping|slept|spent the night|ended up|end up)(?: \w+){0,2}? (?:on|in) (?:a|the) ${NO_ROOF}|(?:a|the) ${NO_ROOF} for me|sleeping rough|on the streets?)\b`;
const BENCH_NIGHT = pattern`\b(?:i am|i have been|been|i was|i will be|me)\b (?:on|sleeping on|kipping on) (?:a|the) (?:park )?bench\b(?=.*\b(?:tonight|last night|all night|since|nowhere|full|no beds|turned me away|kicked out|released|got out|probation)\b)`;
const BENCH_NOT = String.raw`\b(?:lunch|sandwich|sunshine|sun|match|game|football|team|squad|sub|subs|gym|press|workbench|work bench|judge|magistrates|waiting for the bus)\b`;

// --- Concern ------------------------------------------------------------------------------------
const GOOD_FOR = pattern`\bwhat (?:is|am|use is) (?:a|an|i|an old|a old|someone like me|a man like me|a bloke like me)\b (?:\d+ year old |\w+ year old |old )?(?:\w+ ){0,2}?(?:good for|good to anyone|use to anyone|to anyone)\b(?:\W+| now | any more | anymore )*(?:nothing|none|fuck all|sod all|not a lot|bugger all|nowt|no use|no good)\b|\b(?:that is|thats|it is) all i am (?:good for|fit for)\b|\bi am (?:good for|fit for) (?:nothing|nowt|fuck all|sod all)\b`;
const SPARE_PART = pattern`\b(?:i|feel|feeling|felt)\b(?: \w+){0,3}? like (?:a |an )?(?:bit of |piece of |lump of |old )?(?:spare part|spare prick|rubbish|junk|scrap|driftwood|dead weight|useless lump|waste of space|spare wheel|old rope)\b`;
const SPARE_NOT = String.raw`\b(?:spare parts? for|the (?:van|car|tractor|engine|boat|lorry|wagon)|order(?:ed|ing)? (?:a )?spare|weather|cold|flu|hangover|hungover|covid|bug)\b`;

const GONE_BY = pattern`\b(?:wants|want|wanted|told me|says|said|needs|need) (?:me )?(?:gone|out|to leave|to go|to move out|to find somewhere|off the sofa) (?:by|before|for) (?:the weekend|friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|the end of the (?:week|month)|next week|the \d+\w*)\b`;
const LODGING = String.raw`\b(?:stopping|staying|sofa|couch|his missus|her fella|his wife|her husband|mates|friends|his place|her place|spare room|landlord|landlady|lodging|lodger)\b`;
const STILL_ROOF = pattern`\b(?:if|whether|depends if|depends whether|might not|may not|will i)\b(?: i| ill| i will)? (?:have|still have|have still got|still got|got|have got|will have|am going to have) (?:a )?roof(?: over my head)?\b`;
const ROOF_NOT = String.raw`\b(?:roofer|roofing|tiles|leak|leaking|gutter|felt|slates|loft|scaffold|car roof|sunroof|roof rack)\b`;

const LONELY_HERE = pattern`^(?:(?:it is|it gets|gets|very|so|bit|a bit|pretty|awful|dead|right|bloody) )?lonely (?:out here|up here|round here|down here|here|at night|these days|now|since|on (?:my|the))\b`;
const NOBODY_CALLS = pattern`\bno ?(?:one|body) (?:ever )?(?:calls round|comes round|comes by|comes over|pops (?:in|round|by)|visits|drops in|knocks|calls in)\b|\bno ?(?:one|body) (?:ever )?(?:rings|phones|calls)\b(?! (?:back|about|re|regarding|after|from)\b)(?=.*\bno ?(?:one|body) (?:ever )?(?:calls|comes|visits|pops|knocks|rings|texts|writes))`;
const MISS_CREW = pattern`\bi? ?miss (?:the|my|our) (?:crew|lads|boys|regiment|unit|squad|mates|shipmates|platoon|company|banter|brothers in arms)\b.*\b(?:nothing now|nobody now|no one now|nothing left|got nobody|got no one|on my own|no one to talk to|empty now|all gone|nothing since)\b`;
const LOW_PATCH = pattern`${NOT_BEFORE}\b(?:bit of a|going through a|in a|having a|had a|through a|stuck in a) (?:low|dark|black|grim|down) (?:patch|spell|period|phase|place)\b`;
const OTHERS = String.raw`\b(?:he|she|they|his|her|their|my (?:brother|son|daughter|wife|missus|mate|friend|dad|mum)|the (?:team|business|club|market|shares|side)|sales|form|season)\b (?:is|are|has|have|was)\b`;

const SWING_FOR = pattern`\b(?:i will|ill|i would|id|i could|going to|gonna|i am going to|i might)\b(?: \w+){0,2}? swing for (?:him|her|them|someone|somebody|the next|that|the|whoever|you|one of)\b`;
const CHEERFULLY = pattern`\b(?:could|would|will|ill|id|going to|gonna)\b (?:cheerfully|happily|gladly|quite happily|honestly) (?:brain|strangle|throttle|murder|kill|deck|punch|lamp|thump|smack|run over|drown|shoot|batter|chin|swing for|wring)\b|\b(?:brain|throttle|lamp|deck|chin|thump) (?:whoever|the next|that (?:\w+ )?(?:idiot|muppet|clown|fool|jobsworth|bloke|woman|guy|fella|cyclist|driver|prat|pillock))\b`;
const GOING_IN_PIT = pattern`\b(?:he|she|they|you|him|her|them|the \w+) (?:is |are |will be |will |is going to )?(?:going|go|end up|ending up) (?:in|into|down) the (?:slurry pit|slurry|muck heap|silage clamp|silage|septic tank|cesspit|wood chipper|chipper|crusher|harbour|dock|canal|river|quarry|pond|skip)\b`;
const PIT_CUE = String.raw`(?:${JOKE}|\b(?:if|once more|one more|again)\b)`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FORTY_FIRST_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bthan\b`, CHORE), [group('crisis', 'wishes to be dead', [RATHER_GRAVE])]],
  [/\bi (?:see|make it|get to|reach|am|last)\b/, [group('crisis', 'wishes to be dead', [NOT_CARE_SEE])]],
  [unless(String.raw`\b(?:if i|would be|is|will be)\b`, SHOOTING), [group('crisis', 'thinking about a way to end their life', [IF_I_DID_IT, CLEANER])]],
  [unless(String.raw`\b(?:side|overboard|off|boat|dinghy|pier|wall|jetty|sea|river|water|loch|canal|harbour|quarry)\b`, BOAT_NOT), [group('crisis', 'a plan to end their life', [GO_UNDER])]],
  [unless(LEAP, OUTING), [group('crisis', 'a plan to end their life', [LEAP_DAY_UNSEEN])]],
  [unless(WATER_OR_DROP, FIND_NOT), [group('crisis', 'thinking about a way to end their life', [NOBODY_FIND])]],
  [unless(String.raw`\b(?:letters?|will|goodbyes|rehomed|home|gave|giving|tidying|loose ends|affairs|funeral|cremation)\b`, FRESH_START), [group('crisis', 'preparing to end their life, or a past attempt', [AFFAIRS])]],
  [unless(String.raw`\b(?:cutting|burning|scratching|slashing|carving|hurting|harming|hitting)\b`, CUT_NOT), [group('crisis', 'self-harm', [I_END_UP_CUTTING])]],
  [unless(WEAPON_DAY, String.raw`${JOKE}|${FICTION}`), [group('crisis', 'harm to someone else', [WEAPON_THREAT])]],
  [new RegExp(JOKE), [group('concern', 'joked about hurting someone', [WEAPON_THREAT, HOSPITAL])]],
  [unless(String.raw`\b(?:hospital|a and e|a&e|intensive care|icu|wheelchair|traction|ground|box|morgue|coma)\b`, String.raw`${HOSPITAL_NOT}|${JOKE}|${FICTION}`), [group('crisis', 'harm to someone else', [HOSPITAL])]],
  [unless(String.raw`\b${MONEY}\b`, String.raw`${FICTION}|${JOKE}|\b(?:pool|darts|snooker|squash|chess|cards|poker|game|match|final)\b`), [group('crisis', 'abuse or violence', [BATTERED_FOR]), group('crisis', 'coercive control', [TAKES_MONEY])]],
  [unless(String.raw`\b${PAPERS}\b`, PAPERS_NOT), [group('crisis', 'coercive control', [LOCKED_PAPERS])]],
  [unless(String.raw`\bowe\b|\bdebt\b|\bfor (?:him|them|her|the lads?|some lads|a lad|a dealer|the dealer)\b`, COURIER), [group('crisis', 'coercive control', [OWE_RUN, RUN_OR_ELSE])]],
  [unless(String.raw`\b(?:street|streets|pavement)\b`, String.raw`${FICTION}|\b(?:had been|used to|speaker|talk|years ago|inspiring)\b`), [group('crisis', 'no safe place, food or power tonight', [STREET])]],
  [unless(String.raw`\btent\b`, TENT_NOT), [group('crisis', 'no safe place, food or power tonight', [TENT_GONE])]],
  [unless(String.raw`\b(?:bench|doorway|bus shelter|street|underpass|stairwell|car park|station)\b`, BENCH_NOT), [group('crisis', 'no safe place, food or power tonight', [FULL_BENCH, BENCH_NIGHT])]],
  [/\bgood for\b|\bfit for\b|\bto anyone\b/, [group('concern', 'feels worthless', [GOOD_FOR])]],
  [unless(String.raw`\blike\b`, SPARE_NOT), [group('concern', 'feels worthless', [SPARE_PART])]],
  [unless(LODGING, FICTION), [group('concern', 'may lose their home', [GONE_BY])]],
  [unless(String.raw`\broof\b`, ROOF_NOT), [group('concern', 'may lose their home', [STILL_ROOF])]],
  [/\blonely\b|\bno ?(?:one|body)\b|\bmiss\b/, [group('concern', 'feels alone', [LONELY_HERE, NOBODY_CALLS, MISS_CREW])]],
  [unless(String.raw`\b(?:patch|spell|period|phase|place)\b`, OTHERS), [group('concern', 'low mood', [LOW_PATCH])]],
  [/\bswing\b|\bcheerfully|\bhappily\b|\bgladly\b|\bbrain\b|\bthrottle\b|\blamp\b|\bdeck\b|\bchin\b|\bthump\b/, [group('concern', 'joked about hurting someone', [SWING_FOR, CHEERFULLY])]],
  [new RegExp(PIT_CUE), [group('concern', 'joked about hurting someone', [GOING_IN_PIT])]],
];
