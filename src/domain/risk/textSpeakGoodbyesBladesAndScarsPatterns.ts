// Young people on their phones, 16 to 24: the risk said in text-speak, memes and fragments. Death would be a
// vibe right now; rip me, wish that was literal; the ideation hitting different today; said bye to my mates and
// they think it's a joke; told my best mate she can have my switch and all my games, after; sold my gaming pc
// and sent the money to my mum, won't need it; new scars, guess who had a bad week; going to pull up on my old
// boss with a blade; jumping the guy who took my shifts, got my boys coming; my dad threw a plate at my head;
// the heating off, the kids crying, no credit till payday. And, for concern: popping pills at parties to
// forget; whoever keeps microwaving fish is getting fought.
// The same words fill everyday replies (the ideation stage of a design course; said bye to my mates before
// moving for a new job; she can have my switch after I get the new one; sold my old laptop, won't need it now I
// have the work one; new scars from the surgery or the cat; pulling up on the site with the knife for the
// cable ties; jumping on a call with the boys; my dad threw a ball at me; the heating off at college; popping
// vitamins; whoever took my charger is getting a strongly worded text), so each set rests on the words that
// carry the risk together and shuts on the everyday uses, on someone else's trouble and on fiction. None rests
// on a date, a time or a bare fragment alone: the same short answers ("friday", "after", "tonight") answer the
// coach's own "when will you do it?". A laugh does not shut the sets of the client's own wish to die, their own
// scars or the violence done to them (a laugh there is a cover, not a joke); it shuts the threats to others.
// Look-alikes of our own are in test/domain/riskHundredAndFiftyFirstForms.test.ts. Normalised words ("i am
// going to" for "imma", "for real" for "fr", "honestly" for "ngl", "right now" for "rn", "friends" for
// "mates", "because" for "bc", "heatings" for "heating's", "will not" for "wont").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_SAID, STORIES_AND_GAMES, unless, SOMEONE_ELSE_OR_A_STORY as ELSE } from './wholeMessageSets.ts';

/** Someone else's trouble and stories, without the game words (a console given away is the client's own). */
const ELSE_NOT_GAMES = String.raw`${SOMEONE_ELSE_SAID}|\b(?:film|movie|book|novel|series|episode|character|soap|lyrics|documentary|podcast|poem|storyline|script)\b`;
/** Someone else as the subject of the trouble. */
const THEY = String.raw`(?:he|she|they|my (?:friend|mate|colleague|brother|sister|cousin|flatmate|boyfriend|girlfriend)) (?:is|was|has|had|said|keeps|got)`;

// --- Crisis: death would be a vibe right now ----------------------------------------------------------------------------
const DEATH_A_VIBE = pattern`\b(?:death|dying|being dead|not existing|not being alive|not waking up|never waking up|ceasing to exist|the void|eternal sleep|the sweet release of death)(?: honestly| lowkey| highkey| ngl)? (?:would be|would be such|sounds|sounds like|sounds so|looks|looks like|is looking|is looking like|seems|feels like it would be|is lowkey|is highkey) (?:a |such a |so |kind of |kinda |really )?(?:vibe|mood|nice|peaceful|a relief|relief|bliss|ideal|elite|goals|the move|valid|comfy|cosy|cozy|heaven|a holiday|restful)\b`;
const DEATH_A_VIBE_OUT = String.raw`\b(?:hair|dye\w*|death metal|death by chocolate|death star|death row|death stranding|sudden death|death note|death eater|character|plot|ending|costume|halloween|skin|level|boss fight|respawn|${THEY})\b|${ELSE}`;

// --- Crisis: rip me, wish that was literal -----------------------------------------------------------------------------
const WISH_LITERAL = pattern`^(?=.*\b(?:rip me|rest in peace me|i am dead|i am deceased|kill me|end me|someone end me|delete me|put me out of my misery|dead inside|i could die|i want to die|bury me|send me to heaven|unalive me)\b)(?=.*\b(?:wish|wishing|if only) (?:that|it|this|that one|it) (?:was|were|is|could be|would be) (?:literal|literally true|literally|real|true|for real|in real life|not a joke|not a meme|an option)\b)`;
const WISH_LITERAL_OUT = String.raw`\b(?:dying to|could die for|to die for|${THEY})\b|${ELSE}`;

// --- Crisis: the ideation hitting different today ------------------------------------------------------------------------
const IDEATION_HITTING = pattern`\b(?:ideation|the (?:suicidal|kill myself|unalive) thoughts|suicidal thoughts) (?:is |are |has been |have been |been |keeps |keep |just )?(?:hitting|hit|bad|worse|loud|louder|back|creeping back|creeping in|kicking in|strong|heavy|rough|awful|relentless|a lot|different|on and off|all day|every day|today)\b`;
const IDEATION_HITTING_OUT = String.raw`\b(?:design\w*|workshop|brainstorm\w*|product|ux|ui|sprint|phase|stage|process|creative|marketing|innovation|hackathon|course|module|research|psycholog\w*|essay|dissertation|lecture|training|safeguarding|assessment|question|questionnaire|idea|ideas|${THEY})\b|${ELSE}`;

// --- Crisis: said bye to my mates today, they think it's a joke --------------------------------------------------------
const GOODBYES_NOT_BELIEVED = pattern`^(?=.*\b(?:said|saying|say|sent|sending|texted|texting|messaged|posted) (?:everyone |everybody |them |them all |the group |my friends |my family )?(?:my )?(?:bye|byes|goodbye|goodbyes|bye bye|farewell|farewells|last goodbye)\b)(?=.*\b(?:(?:they|everyone|nobody|no one|he|she|them all|my friends|my family) (?:all )?(?:think|thinks|thought|took it as|takes it as|reckon|reckons) (?:it is|it was|i am|i was|that was|that is)? ?(?:a joke|joking|a bit|messing|being dramatic|dramatic|attention seeking|a meme|trolling)|(?:nobody|no one|they do not|none of them) (?:knows|know|realises|realise|gets it|get it|noticed)|for real this time)\b)`;
const GOODBYES_NOT_BELIEVED_OUT = String.raw`\b(?:mov\w*|relocat\w*|emigrat\w*|abroad|travel\w*|gap year|uni|university|flight|airport|holiday|trip|festival|placement|army|navy|raf|basic training|deploy\w*|new job|job in|start\w*|leaving (?:for|to)|quit|quitting|notice|leaving do|leaving party|last day|prom|graduat\w*|wedding|funeral|party|closing|closed|closes|shutting|shut|pub|regulars|customers|clients|shop|group chat|social media|socials|twitter|instagram|tiktok|snapchat|detox|hiatus|${THEY})\b|${ELSE}`;

// --- Crisis: told my best mate she can have my switch and all my games, after -----------------------------------------
const ITEMS = String.raw`(?:switch|xbox|ps4|ps5|playstation|console|gaming pc|pc|laptop|games|game collection|clothes|trainers|shoes|phone|guitar|bike|stuff|things|records|vinyls|collection|jewellery|makeup|headphones|setup|cards|pokemon cards)`;
const ALL_MY_THINGS_AFTER = pattern`\b(?:can|could|should|gets to|will get|is getting) have (?:all )?my ${ITEMS} (?:and (?:all )?my ${ITEMS} )?(?:after|after i am gone|after i go|when i am gone|when i go|once i am gone|once i go|after everything|for after)$`;
const ALL_MY_THINGS_AFTER_OUT = String.raw`\b(?:new one|upgrade\w*|getting a|get a|bought|buying|replac\w*|broke|broken|borrow\w*|lend\w*|lent|turn|a go|round|match|sleepover|mov\w*|uni|finish\w*|done|exam\w*|${THEY})\b|${ELSE_NOT_GAMES}`;

// --- Crisis: sold my gaming pc and sent the money to my mum, won't need it ---------------------------------------------
const SOLD_GAVE_WONT_NEED = pattern`^(?=.*\b(?:sold|selling|gave away|giving away|give away|got rid of|getting rid of) (?:all )?my ${ITEMS}\b)(?=.*\b(?:sent|gave|giving|sending|transferred|handed) (?:the money|the cash|it all|all of it|the lot|everything|my savings|all my money) (?:to|over to) (?:my )?(?:mum|mom|mam|dad|nan|gran|sister|brother|family|best friend|girlfriend|boyfriend|little brother|little sister)\b|\bsent (?:my )?(?:mum|mom|mam|dad|nan|gran|sister|brother|family|best friend|little brother|little sister) (?:the money|the cash|it all|everything)\b)(?=.*\b(?:will not|wont|do not|not going to|no point|not gonna) (?:need|be needing|be using|use) (?:it|them|any of it|the money|money)(?: any more| where i am going| after| soon| now)?$)`;
const SOLD_GAVE_WONT_NEED_OUT = String.raw`\b(?:new one|upgrade\w*|getting a|get a|bought|buying|replac\w*|mov\w*|uni|university|abroad|travel\w*|rent|bills?|debt|owe|owed|because|since|cos|as i|now that|now i|got a|work laptop|work one|job gives|company|provided)\b|${ELSE_NOT_GAMES}`;

// --- Crisis: new scars, guess who had a bad week -----------------------------------------------------------------------
const NEW_SCARS = pattern`^(?=.*\b(?:(?:new|fresh|more) (?:scars|cuts|wounds)|(?:new|fresh) marks on my (?:arms?|wrists?|thighs?|legs?|hips?|stomach))\b)(?=.*\b(?:bad (?:week|day|night|weekend|month|time)|relapse\w*|guess who|again|could not stop|did it again|on my (?:arms?|wrists?|thighs?|legs?|hips?|stomach)|long sleeves|sleeves|hide them|hiding them|cover them|covering them|clean streak|days clean|weeks clean|months clean)\b)`;
const NEW_SCARS_OUT = String.raw`\b(?:surgery|operation|op|stitches|cat|cats|kitten|dog|puppy|hamster|rabbit|skat\w*|bike|bmx|fell|fall|tattoo\w*|piercing|football|rugby|accident|oven|kitchen|chef|climbing|thorns|brambles?|garden\w*|caesarean|c section|scar cream|shav\w*|acne|spots|stretch marks|chickenpox|burn from|sunburn|paper cuts?|budget|funding|staff|jobs|pay|hours|haircut|trim|benefits?|council|service|services|government|tory|tories|${THEY})\b|${ELSE}`;

// --- Crisis: going to pull up on my old boss with a blade --------------------------------------------------------------
const WEAPON = String.raw`(?:a|my|the|his|that) (?:blade|knife|shank|machete|zombie knife|bat|baseball bat|strap|nine|gun|piece|crowbar|hammer|wrench|bottle)`;
const PULL_UP_WITH_BLADE = pattern`\b(?:i am going to|i will|i am about to|about to|going to|i am trying to|i am|we are going to|we are|me and my (?:boys|mandem|bros|lads|crew|cousins) (?:are|will)) (?:pull|roll|slide|run) up on (?:\w+ ){1,4}?(?:with|holding|carrying|tooled|and) ${WEAPON}\b`;
const PULL_UP_WITH_BLADE_OUT = String.raw`\b(?:site|cable ties?|boxes|parcels?|kitchen|chef|cook\w*|butcher|prep|carving|fruit|cake|pizza|tools?|toolbox|lyrics|drill|song|verse|bars|rap|${LAUGH}|${THEY})\b|${ELSE}`;

// --- Crisis: jumping the guy who took my shifts, got my boys coming ----------------------------------------------------
const JUMP_WITH_CREW = pattern`^(?=.*\b(?:jumping|jump|going to jump|rushing|going to rush|battering|going to batter|doing|going to do|banging|bang|merking|merk|violating|violate) (?:the guy|that guy|this guy|the man|that man|the lad|that lad|the girl|that girl|him|her|them|my ex|my old boss|my boss|my manager|the manager|the supervisor|the bloke|that bloke|the one)\b)(?=.*\b(?:(?:got|bringing|with|getting|calling) (?:my|the) (?:boys|mandem|bros|lads|crew|guys|squad|gang|cousins|brothers)|my (?:boys|mandem|bros|lads|crew|squad|gang|cousins) (?:are |is )?(?:coming|on standby|ready|on it|with me|backing me|in)|me and (?:my|the) (?:boys|mandem|bros|lads|crew|squad|cousins))\b)`;
const JUMP_WITH_CREW_OUT = String.raw`\b(?:start|starter|battery|cables|leads|car|van|call|zoom|teams|meet|queue|gun|fence|trampoline|pool|river|lake|rope|hurdles?|dance|football|match|game|five a side|training|gym|pub|bar|birthday|party|celebrat\w*|surprise|drinks|${LAUGH}|${THEY})\b|${ELSE}`;

// --- Crisis: my dad threw a plate at my head -----------------------------------------------------------------------------
const FAMILY = String.raw`(?:my (?:dad|mum|mom|mam|father|mother|step ?dad|step ?mum|step ?mom|stepfather|stepmother|mums boyfriend|mums bf|mums partner|dads girlfriend|dads partner|boyfriend|girlfriend|partner|husband|wife|ex|brother|sister|uncle|nan|grandad)|he|she)`;
const THREW_AT_MY_HEAD = pattern`\b${FAMILY} (?:threw|chucked|lobbed|hurled|launched|flung|smashed|bottled) (?:a|his|her|the|my|their) (?:\w+ ){0,2}?(?:plate|plates|mug|cup|bottle|glass|remote|phone|chair|pan|knife|ashtray|vase|bowl|lamp|controller|shoe|boot|iron|hot tea|tea|drink|laptop|stool|bag|can) (?:at|into|straight at|right at|off) (?:my (?:head|face|back|chest)|me)\b`;
const THREW_AT_MY_HEAD_OUT = String.raw`\b(?:to catch|catch|caught it|ball|frisbee|pillow|cushion|snowball|teddy|toy|sweets|keys to|keys at me to|baby|toddler|little (?:brother|sister) is \d+|years old|accident\w*|by accident|slipped|tripped|meant for)\b|${SOMEONE_ELSE_SAID}|\b(?:${STORIES_AND_GAMES})\b`;

// --- Crisis: the heating's off, the kids crying, no credit till payday -------------------------------------------------
const NO_CREDIT_KIDS_COLD = pattern`^(?=.*\b(?:(?:heating|heatings|gas|gass|electric|electrics|electricity|leccy|lecky|power|powers|lights|meter|meters|hot water)(?: is| has| have| has been| have been)? (?:off|gone off|cut off|run out|ran out|gone|out|disconnected)|no (?:gas|electric|electricity|heating|power|leccy|lecky|hot water|lights))\b)(?=.*\b(?:no (?:credit|emergency credit|money for the meter|money to top up)|emergency credit (?:is |has )?(?:gone|run out|used|ran out)|can not top (?:it |the meter |up )?(?:up|it)?|can not afford (?:to top up|the meter|credit)|(?:nothing|no money|skint|broke) (?:till|until) (?:payday|pay day|friday|monday|next week|the \w+))\b)(?=.*\b(?:kids|kid|baby|babys|children|little one|little ones|toddler|son|daughter|crying|freezing|so cold|cold|shivering)\b)`;
const NO_CREDIT_KIDS_COLD_OUT = String.raw`\b(?:at work|office|depot|site|school|college|uni|library|holiday|camping|caravan|festival|back on|came back|restored|fixed|sorted now|engineer (?:is )?coming|it is warm|too warm|too hot|boiling|heatwave|phone credit|credit on my phone|credit card|credit score|credit check|(?:mums|dads|nans|grans|sisters|brothers|neighbours|friends|his|her|their) (?:heating|gas|electric|electricity|power|meter|house|flat)|${THEY})\b|${ELSE}`;

// --- Concern: popping pills at parties to forget -----------------------------------------------------------------------
const PILLS_TO_FORGET = pattern`\b(?:popping|pop|taking|necking|dropping|doing|double dropping|sniffing|snorting|smoking) (?:pills|pingers|xans|xanax|benzos|mandy|molly|mdma|ket|ketamine|coke|lines|balloons|nos|weed|zoots|spliffs|edibles|vapes of thc|thc)\b(?=.*\b(?:to forget|to cope|to numb|to feel nothing|to not feel|to not think|so i do not (?:think|feel)|to get away from|to escape|to switch off|to block (?:it|things|everything) out|most weekends now|every weekend now|every night now|most nights now|every day now|more and more|getting worse|can not stop|can not go a)\b)`;
const PILLS_TO_FORGET_OUT = String.raw`\b(?:vitamins?|paracetamol|ibuprofen|painkillers for|headache|migraine|hay fever|antihistamine|prescribed|prescription|doctor|gp|contracepti\w*|the pill|iron tablets|used to|when i was|years ago|clean for|sober for|quit|stopped|cans? of coke|diet coke|coke zero|coca cola|pepsi|rehears\w*|script|audition\w*|acting|drama|lines for|${THEY}|${LAUGH})\b|${ELSE}`;

// --- Concern: whoever keeps microwaving fish is getting fought ---------------------------------------------------------
const GETTING_FOUGHT = pattern`\b(?:whoever|who ever|the person who|the next person who|the next person to|anyone who|if anyone|whoever is|the guy who|the girl who|the one who)\b.*\b(?:is|are|will|will be|is going to|are going to|going to|gets|get|getting|about to get) (?:getting |get |be )?(?:fought|jumped|smoked|rocked|clapped|decked|folded|violated|merked|banged up|sparked|bodied|shanked|stabbed|caught lacking|catching hands|catching these hands|these hands|the hands|hands)\b`;
const GETTING_FOUGHT_OUT = String.raw`\b(?:boxing|sparring|mma|ufc|wrestl\w*|match|round|tournament|game|fortnite|a lift|interview|hired|selected|shortlisted|promoted|free|prize|discount|voucher|dropped off|dropped out|dropped the|hands on|hands up|hands full|decked out|play|among us|act \d+|scene|i am (?:always |usually )?the one|clapped for|applause|claps|${THEY})\b|${SOMEONE_ELSE_SAID}|\b(?:film|movie|book|series|episode|character|soap|lyrics|documentary|podcast|script)\b`;

export const HUNDRED_AND_FIFTY_FIRST_WHOLE_SETS = [
  [unless(String.raw`\b(?:death|dying|dead|existing|alive|waking up|exist|void|eternal sleep|release)\b`, DEATH_A_VIBE_OUT), [group('crisis', 'wishes to be dead', [DEATH_A_VIBE])]],
  [unless(String.raw`\b(?:literal|literally|real|true|for real|real life|not a joke|not a meme|an option)\b`, WISH_LITERAL_OUT), [group('crisis', 'wishes to be dead', [WISH_LITERAL])]],
  [unless(String.raw`\b(?:ideation|thoughts)\b`, IDEATION_HITTING_OUT), [group('crisis', 'thoughts of suicide', [IDEATION_HITTING])]],
  [unless(String.raw`\b(?:bye|byes|goodbye|goodbyes|farewell|farewells)\b`, GOODBYES_NOT_BELIEVED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [GOODBYES_NOT_BELIEVED])]],
  [unless(String.raw`\bhave (?:all )?my\b`, ALL_MY_THINGS_AFTER_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [ALL_MY_THINGS_AFTER])]],
  [unless(String.raw`\b(?:need|needing|using|use)\b`, SOLD_GAVE_WONT_NEED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [SOLD_GAVE_WONT_NEED])]],
  [unless(String.raw`\b(?:scars|cuts|marks|wounds|lines)\b`, NEW_SCARS_OUT), [group('crisis', 'self-harm', [NEW_SCARS])]],
  [unless(String.raw`\bup on\b`, PULL_UP_WITH_BLADE_OUT), [group('crisis', 'harm to someone else', [PULL_UP_WITH_BLADE])]],
  [unless(String.raw`\b(?:boys|mandem|bros|lads|crew|guys|squad|gang|cousins|brothers)\b`, JUMP_WITH_CREW_OUT), [group('crisis', 'harm to someone else', [JUMP_WITH_CREW])]],
  [unless(String.raw`\b(?:threw|chucked|lobbed|hurled|launched|flung|smashed|bottled)\b`, THREW_AT_MY_HEAD_OUT), [group('crisis', 'abuse or violence', [THREW_AT_MY_HEAD])]],
  [unless(String.raw`\b(?:credit|top up|till|until|meter)\b`, NO_CREDIT_KIDS_COLD_OUT), [group('crisis', 'no safe place, food or power tonight', [NO_CREDIT_KIDS_COLD])]],
  [unless(String.raw`\b(?:pills|pingers|xans|xanax|benzos|mandy|molly|mdma|ket|ketamine|coke|lines|balloons|nos|weed|zoots|spliffs|edibles|thc)\b`, PILLS_TO_FORGET_OUT), [group('concern', 'drinking or drugs to cope', [PILLS_TO_FORGET])]],
  [unless(String.raw`\b(?:fought|jumped|smoked|rocked|clapped|decked|folded|violated|merked|banged up|sparked|bodied|shanked|stabbed|lacking|hands)\b`, GETTING_FOUGHT_OUT), [group('concern', 'joked about hurting someone', [GETTING_FOUGHT])]],
] as const;
