// Replies of one to fifteen words typed in the middle of a chat with the coach: risk said in a few words.
// My brain keeps going to the exit option; the "kill yourself" voice is loud today; checked if jumping
// from the 4th floor is enough; stood by the train tracks a long time; I slice when it gets bad; made sure
// my cat has a new home; bruises from the weekend, he was drunk; can't feed the kids tonight, nothing
// left; gonna make my ex's new fella bleed; he'll get what's coming, got his address; "rubbish, always
// been rubbish"; "given up tbh".
// The same words fill everyday replies (an exit interview, the fire exit, a way out of debt; a voice
// note, a voice line in a game; the drop from the top floor with a harness on, a film stunt; stood at the
// level crossing with the barriers down, trains cancelled; I cut back when money gets bad, I scratch when
// my eczema is bad; rehomed the cat because the new flat allows no pets; bruises from football, he fell
// drunk; can't feed the kids tonight, working late; make my eyes bleed; get what's coming at the
// tribunal; the bus, rubbish, always has been; given up smoking), so each set rests on the words that
// carry the risk together and shuts on the everyday uses, on someone else's trouble and on fiction. A
// bare answer to the coach's own questions ("tomorrow", "the 8.15 train", "sorted") opens none of them.
// Crisis: the brain / mind / head keeps going / drifting back to the exit option / exit plan / easy way
// out (a fire exit, an exit interview, an exit from a job, a contract or a business shut it); the
// kill yourself / end it / die voice (a voice line, actor or note, or a game, shut it); jumping / the
// drop from a floor, bridge, roof or car park "is enough" (a harness, a stunt, a dive or a film shut
// it); stood / sat by the train tracks or railway line for ages / a long time / thinking (delays, a
// suicide on the line, barriers, track work or someone else standing there shut it); I slice / cut /
// burn (myself) when it gets bad / too much (eczema, hair, costs, cooking shut it); made sure my cat or
// dog has a new home, rehomed my pet, as a whole reply with no reason (a move, a landlord, allergies, a
// baby or a litter shut it); bruises / a black eye with he / my partner was drunk (a fall, sport or
// someone else's bruises shut it); can't feed my kids / the family with tonight / nothing left / no food
// (fussy eaters, takeaways, a late shift shut it); make him / my ex / that recruiter bleed (my eyes or
// ears bleed, sport, a game or a laugh shut it); get what's coming with his address / where he lives / a
// bat (a tribunal, a court, a complaint shut it). A laugh does not shut the client's own suicide sets.
// Concern: a whole reply "rubbish / useless / a failure, always been (rubbish)"; a whole reply "given
// up" with honestly / to be honest / basically / pretty much (given up smoking is not a whole reply).
// Left to the classifier: "I mean to do it and I mean it", "it's set for the weekend, got everything"
// and "weds. the train at 6. sorted" (a resolve, a date with things packed, a day and a train time: the
// everyday answers to the coach's "will you do it?" and "when?").
// Look-alikes of our own are in test/domain/riskHundredAndThirtyEighthForms.test.ts. Normalised words
// ("i am" for "I'm", "going to" for "gonna", "can not" for "can't", "what is" for "what's", "honestly"
// for "tbh", "kill yourself" for "kys").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_SAID, STORIES_AND_GAMES, unless } from './wholeMessageSets.ts';

const PET = String.raw`(?:cat|cats|dog|dogs|pets?|rabbits?|kitten|kittens|puppy|pup|budgie|hamster|guinea pigs?|parrot|tortoise|ferrets?|bird|birds|snake|lizard)`;
const STORIES = String.raw`${STORIES_AND_GAMES}|films|movies|books|show|tv|telly|netflix|drama|play|song|lyrics|rap|drill`;

// --- Crisis: my brain keeps going to the exit option lately ----------------------------------------------
const EXIT = String.raw`(?:exit option|exit plan|exit strategy|exit|permanent exit|final exit|permanent option|permanent solution|easy way out|permanent way out|way out(?= (?:lately|again|a lot|more and more|all the time|these days|every day|every night|at night|today)\b|$))`;
const MIND_TO_EXIT = pattern`\b(?:brain|mind|head|thoughts?)\b(?: \w+){0,4}? (?:goes|go|going|went|drifts?|drifting|drifted|wanders?|wandering|wandered|turns?|turning|returns?|returning|jumps?|jumping|drawn|pulled|keeps? coming|kept coming|comes|coming|gone)(?: straight| back| right| always| just)* to (?:the|an|my|that)(?: only| same| old| usual| ultimate)? ${EXIT}\b`;
const MIND_TO_EXIT_OUT = String.raw`\b(?:fire exit|emergency exit|brexit|exit (?:interview|survey|exam|ticket|fee|fees|route|routes|sign|signs|door|doors|row|seat|visa|polls?)|(?:exit|way out) (?:of|from|out of) (?:the|this|my|that|a|an|debt|retail|care|nights|shifts)|quit (?:the|this|my) (?:job|role|course|team)|resign\w*|hand(?:ing|ed)? in my notice|career|redundancy|retire\w*|contract|lease|tenancy|business|shares|investment|motorway|junction|roundabout|sat nav|maze|escape room|${STORIES})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: the kill yourself voice is loud today -------------------------------------------------------
const DEATH_VOICE = pattern`\b(?:the|that|this|a|my|those|these)(?: little| same| old| usual)? (?:just )?(?:kill yourself|kill myself|end it|end it all|end yourself|end myself|die|just die|top yourself|top myself|off yourself|unalive yourself|unalive myself)(?: now| already)? voices?\b(?! (?:lines?|actors?|acting|over|overs|notes?|messages?|memos?|chat|mail|assistant|search|command|commands|recorder|recording|training|coach|lessons?))`;
const DEATH_VOICE_OUT = String.raw`\b(?:voice (?:lines?|actors?|acting|over|notes?|messages?|chat|mail|assistant|search|command|recorder|recording|training|coach|lessons?)|voiceover|dubbed|dub|narrator|audiobook|(?:he|she|they|my (?:\w+ )?(?:son|daughter|brother|sister|friend|mum|mom|dad|partner|client|patient|kid|child)) (?:hears|heard|has|gets|keeps hearing|is hearing|was hearing|talks about)|${STORIES})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: checked if jumping from the 4th floor is enough ---------------------------------------------
const HIGH_PLACE = String.raw`(?:floor|floors|storey|storeys|story|bridge|building|roof|rooftop|car park|multistorey|multi storey|balcony|block|tower|flats|cliff|cliffs|window|level|top)`;
const JUMP_ENOUGH = pattern`\b(?:jumping|jump|jumped|a jump|the jump|the drop|a drop|the fall|a fall|falling|fall|fell) (?:from|off|out of) (?:the|a|that|my|our|this)(?: \w+){0,4}? ${HIGH_PLACE}\b(?: \w+){0,3}? (?:is|would be|will be|be|was|would it be|is it|would that be|is that) (?:high |far |tall )?enough\b`;
const JUMP_ENOUGH_OUT = String.raw`\b(?:parkour|stunts?|stuntman|trampolin\w*|diving|dive|divers?|bungee|skydiv\w*|base jump\w*|parachut\w*|paraglid\w*|lifeguard|harness|health and safety|working at height|scaffold\w*|ladder|fire drill|evacuat\w*|survives|eggs?|drones?|physics|homework|experiment|${STORIES})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: stood by the train tracks a long time today -------------------------------------------------
const TRACKS = String.raw`(?:(?:train |railway |rail )?(?:tracks|rails)|(?:train|railway|rail) (?:track|line|lines|bridge))`;
const BY_THE_TRACKS = pattern`^(?=.*\b(?:stood|standing|stand|sat|sitting|sit|stayed|stopped|lingered|waited|walked|walking|spent \w+(?: \w+)?|been)\b(?: \w+){0,3}? (?:by|at|on|near|next to|beside|over|along|looking at|staring at|watching|down at) the ${TRACKS}\b)(?=.*\b(?:a long time|a long while|ages|an hour|hours|a while|too long|all afternoon|all evening|all night|half an hour|\d+ (?:mins|minutes|hours)|thinking|just looking|just staring|just watching|staring|the fast ones|fast trains|how quick)\b)`;
const BY_THE_TRACKS_OUT = String.raw`\b(?:barriers?|gates?|traffic|queue|delay\w*|cancel\w*|rush hour|replacement bus|strikes?|signals?|signal failure|engineering|(?:engineering|track|line) works|works on the line|network rail|trackside|track workers?|hi vis|pts|trainspotting|working (?:on|at|for) the (?:railway|rail|tracks)|spotting|photos?|photograph\w*|camera|model|suicide on|fatality|hit by|(?:he|she|they|someone|somebody|a man|a woman|a lad|a girl|a guy|people|kids|teenagers|my \w+) (?:was |were |has been |had been |is |are )?(?:stood|standing|sat|sitting)|${STORIES})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: I slice when it gets bad. It got bad today --------------------------------------------------
const HURT_WHEN_BAD = pattern`\bi (?:slice|cut|burn|carve|scratch|nick|(?:hit|punch|bite|bruise|starve|hurt) myself)(?: myself| my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?|hands?))? (?:when|whenever|if|every time|each time) (?:it|things|everything|stuff|life|my head|the thoughts|it all|my mood)(?: \w+){0,2}? (?:gets?|got|is|are|feels?|goes|go|becomes?|turns?)(?: too| really| so| very| that)? (?:bad|worse|too much|dark|overwhelming|rough|heavy|loud|unbearable|hard|low|down|horrible|awful|shit)\b`;
const HURT_WHEN_BAD_OUT = String.raw`\b(?:eczema|itch\w*|rash|hives|psoriasis|allerg\w*|mosquito\w*|costs?|spending|budget|outgoings|(?:he|she|they|my (?:\w+ )?(?:son|daughter|brother|sister|friend|partner|client|patient|kid|child)) (?:cuts?|slices?|burns?|scratches?|hurts?)|${STORIES})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: made sure my cat has a new home -------------------------------------------------------------
const LEAD = String.raw`(?:(?:i have|i|have|just|finally|today|yesterday|this week|so|anyway|also|and|well|yeah|ok|okay|update) )*`;
const PET_HOME_DONE = pattern`^${LEAD}(?:made sure|making sure|sorted|sorted out|arranged|found|got)(?: that)? (?:my|the|our) ${PET} (?:has|have|got|gets|is getting|will have|is going to|are going to|will go to|goes to|go to|is going to go to)(?: got)? (?:a |her |his |their |the )?(?:new|good|loving|forever|safe|nice) (?:home|family|owner|owners|people)(?: now| today| yesterday| this week| already| finally| sorted| then)*$`;
const PET_REHOMED = pattern`^${LEAD}(?:rehomed|re homed|found (?:a |her |him |them )?(?:new |good |loving |forever )?home for|found (?:my|the|our) ${PET} (?:a )?(?:new |good |loving |forever )?home) (?:my|the|our) ${PET}(?: now| today| yesterday| this week| already| finally| sorted| then)*$|^${LEAD}found (?:my|the|our) ${PET} (?:a )?(?:new |good |loving |forever )?home(?: now| today| yesterday| this week| already| finally| sorted| then)*$`;
const PET_HOME_OUT = String.raw`\b(?:moving|move|moved|landlord|tenancy|no pets|allowed|allerg\w*|asthma|baby|pregnan\w*|hostel|afford|vet|vets|litter|kittens|puppies|foster\w*|rescue|sold|sale|adopt\w*|passed|died|stray|${LAUGH})\b`;

// --- Crisis: bruises from the weekend still showing, he was drunk ----------------------------------------
const ABUSER = String.raw`(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|ex|fella|bloke|man|stepdad|step dad|other half|baby daddy|babys dad))`;
const BRUISES_DRUNK = pattern`^(?=.*\b(?:bruises?|bruised|bruising|black eye|split lip|fat lip)\b)(?=.*\b${ABUSER} (?:was|were|got|had been|came home|comes home|gets|is|had a few|had a drink|had been drinking)(?: \w+)? (?:drunk|pissed|wasted|hammered|steaming|plastered|off (?:his|her|their) face|high|mortal|smashed|drinking|on one)\b)`;
const BRUISES_DRUNK_OUT = String.raw`\b(?:(?:he|she|they) (?:fell|fall|falls|tripped|slipped|stumbled)|falling over|walked into|football|rugby|boxing|mma|sparring|paintball|bananas?|peaches|fruit|tattoo|ego|(?:her|his|their) (?:partner|husband|wife|boyfriend|girlfriend|fella|bloke|ex)|my \w+ (?:has|had|have|got|came in with|turned up with) (?:\w+ )?(?:bruises|bruising|a black eye|a split lip|a fat lip)|${STORIES}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: can't feed my kids tonight, nothing left ----------------------------------------------------
const CANT_FEED = pattern`^(?=.*\b(?:can not|could not|unable to|no way to|no money to|nothing to) feed (?:my|the|our) (?:kids|children|child|baby|babies|son|daughter|boys|girls|little ones|family|lot|twins|dogs?|cats?)\b|.*\bcan not feed (?:us|myself|them)\b)(?=.*\b(?:tonight|today|this evening|nothing left|no food|nothing in|empty|last (?:tin|bit|of)|not a penny|no money|skint|(?<!\b(?:oven|cooker|hob|microwave|fridge|freezer|kettle|toaster|car|van|washing machine|boiler) )broke|zero|till payday|until payday)\b)`;
const CANT_FEED_OUT = String.raw`\b(?:(?:oven|cooker|hob|microwave)s? (?:broke|is broken|has broken|packed in|packed up|died|is dead|blew up)|a hot (?:meal|dinner|tea)|fussy|picky|junk|takeaway|chippy|chip shop|organic|breastfeed\w*|late shift|working late|on shift|night shift|properly on|vets?|nil by mouth|operation|surgery|fasting|(?:my|his|her) (?:sister|brother|friend|neighbour|cousin) (?:can not|could not)|${STORIES}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: gonna make my ex's new fella bleed, I'm dead serious ----------------------------------------
const TARGET = String.raw`(?:him|her|them|(?:my|that|this|the|his|her|their|your|those)(?: \w+){0,3}? (?:ex|exs|fella|bloke|guy|man|lad|boyfriend|girlfriend|husband|wife|partner|landlord|boss|manager|supervisor|foreman|recruiter|interviewer|neighbour|neighbours|stepdad|dad|brother|cousin|teacher|officer|advisor|adviser|work coach|coach|lot|lads|woman|lady|girl|idiot|prick|dick|bastard|cow|bitch|knobhead|scumbag|snake|grass))`;
const MAKE_BLEED = pattern`\b(?:make|see|watch)(?: that| this)? ${TARGET}(?: (?:who|that)(?: \w+){1,5}?)? bleed\b`;
const MAKE_BLEED_OUT = String.raw`\b(?:(?:not|never|would not|will not|wont|could not) (?:going to )?(?:make|see|watch)|football|rugby|boxing|mma|sparring|ufc|fifa|paintball|fight night|${STORIES}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: my old boss is gonna get what's coming, got his address ------------------------------------
const COMING_WITH_ADDRESS = pattern`^(?=.*\b(?:get|gets|getting|got) what is coming\b)(?=.*\b(?:(?:got|have|found|know|found out|have got|looked up|tracked down|with) (?:his|her|their) (?:home |new |work )?address(?:es)?|know where (?:he|she|they) (?:lives?|works?|parks?|drinks?|stays?|goes|sleeps)|(?:a|the|my) (?:bat|knife|blade|machete|hammer|crowbar))\b)`;
const COMING_WITH_ADDRESS_OUT = String.raw`\b(?:karma|tribunal|court|solicitor|claim|complaint|ombudsman|reported|report (?:him|her|them)|papers|letter|deserves? better|${STORIES}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Concern: just rubbish, always been rubbish ----------------------------------------------------------
const POOR = String.raw`(?:rubbish|useless|crap|shit|shite|a failure|hopeless|pathetic|worthless|a waste of space|a loser|a let down|thick|stupid|no good|a joke|a mess)`;
const ALWAYS_POOR = pattern`^(?:(?:just|honestly|to be honest|i am|i am just|me|basically|simply|yeah|yes) )*${POOR}(?: at (?:everything|life|it all))?(?: honestly| to be honest)? (?:(?:i have|i|and) )?always (?:been|have been|will be)(?: ${POOR}| like that| that way| the same)?(?: honestly| to be honest| me)?$`;

// --- Concern: given up tbh -------------------------------------------------------------------------------
const HEDGE = String.raw`(?:honestly|to be honest|basically|pretty much|completely|totally|at this point|if i am honest|kind of|properly|fully|think i have|i think i have)`;
const GIVEN_UP_BARE = pattern`^(?=.*\b${HEDGE}\b)(?:(?:i have|i|yeah|yes|${HEDGE}) )*given up(?: ${HEDGE}| now| really| mate| to be fair| on it all| on everything| on myself| on me)*$`;

export const HUNDRED_AND_THIRTY_EIGHTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:exit|way out|permanent (?:option|solution))\b`, MIND_TO_EXIT_OUT), [group('crisis', 'thoughts of suicide', [MIND_TO_EXIT])]],
  [unless(String.raw`\bvoices?\b`, DEATH_VOICE_OUT), [group('crisis', 'thoughts of suicide', [DEATH_VOICE])]],
  [unless(String.raw`\benough\b`, JUMP_ENOUGH_OUT), [group('crisis', 'thinking about a way to end their life', [JUMP_ENOUGH])]],
  [unless(String.raw`\b(?:tracks|rails|(?:train|railway|rail) (?:track|line|lines|bridge))\b`, BY_THE_TRACKS_OUT), [group('crisis', 'thinking about a way to end their life', [BY_THE_TRACKS])]],
  [unless(String.raw`\bi (?:slice|cut|burn|carve|scratch|nick|hit|punch|bite|bruise|starve|hurt)\b`, HURT_WHEN_BAD_OUT), [group('crisis', 'self-harm', [HURT_WHEN_BAD])]],
  [unless(String.raw`\b${PET}\b`, PET_HOME_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [PET_HOME_DONE, PET_REHOMED])]],
  [unless(String.raw`\b(?:bruis\w*|black eye|split lip|fat lip)\b`, BRUISES_DRUNK_OUT), [group('crisis', 'abuse or violence', [BRUISES_DRUNK])]],
  [unless(String.raw`\bfeed\b`, CANT_FEED_OUT), [group('crisis', 'no safe place, food or power tonight', [CANT_FEED])]],
  [unless(String.raw`\bbleed\b`, MAKE_BLEED_OUT), [group('crisis', 'harm to someone else', [MAKE_BLEED])]],
  [unless(String.raw`\bwhat is coming\b`, COMING_WITH_ADDRESS_OUT), [group('crisis', 'harm to someone else', [COMING_WITH_ADDRESS])]],
  [unless(String.raw`\balways\b`, String.raw`\b(?:${LAUGH})\b`), [group('concern', 'feels worthless', [ALWAYS_POOR])]],
  [unless(String.raw`\bgiven up\b`, String.raw`\b(?:${LAUGH})\b`), [group('concern', 'hopelessness', [GIVEN_UP_BARE])]],
] as const;
