// Short replies to the coach's own questions ("what's your goal?", "when will you do it?", "how did it
// go?", "what got in the way?"), one to twelve words. The reply leans on the question, so the risk sits
// in a few words that also fill everyday replies: ready to go for the interview, my will sorted because of
// the baby, my notes written for the presentation, finish the CV by Thursday, the bridge five minutes from
// mine on the way to work, the river looking inviting in the heat, the landlord bled dry, dressing a cut
// from the kitchen, not around for the course because of a holiday, the landlord trying to get in for an
// inspection, giving up on the diet, wine with Christmas breakfast. Each set rests on the words that carry
// the risk together, mostly as the whole of a short message, and shuts on the everyday uses, on someone
// else's trouble and on fiction.
// Crisis: I'm ready to go now; sorted my will, just in case; my notes are written; the goal is to finish
// it, Thursday; the tracks or the bridge looking tempting; the tracks five minutes from mine; no one, the
// bridge maybe; making that landlord bleed; I could kill him and I would; had to dress my cuts; not going
// to be around (or alive) for the course; someone trying to get into my flat.
// Concern: pretty down; giving up on the whole thing; might as well accept it; about to commit a crime (a
// joke about hurting someone); will fight the website (the same); wine or cans for breakfast.
// Look-alikes of our own are in test/domain/riskHundredAndEleventhForms.test.ts. Normalised words ("i am"
// for "I'm", "going to" for "gonna", "no one" for "nobody", "honestly" for "tbh").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|play|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|game|gaming|mission|squad|call of duty|cod`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandma|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|colleague|kid|kids|boy|girl|client|patient|student|husband|wife|partner)s?|a friend|(?:he|she|they|hes|shes|theyre)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;
/** What ends a short reply: a hedge or a sign-off. */
const TAIL = String.raw`(?: honestly| to be honest| i think| really| now| anyway| like| tbh)*`;
/** A place to fall or be hit from. */
const DROP_PLACE = String.raw`(?:train tracks|tracks|railway line|railway bridge|railway|train line|trains|level crossing|bridge|viaduct|flyover|motorway bridge|cliffs?|cliff edge|multi storey|car park roof|quarry|canal|river|weir|reservoir|pier)`;

// --- Crisis: I'm ready to go now ----------------------------------------------------------------------------
const READY_TO_GO = pattern`^(?:honestly |yeah |yes |i think |think |just )?(?:i am|i feel|feel|i think i am|think i am|i am just|i am finally|i am so)? ?(?:so |just |really |finally |properly |truly )?ready to go(?: now| for good| for real| this time)(?: not scared(?: any ?more)?| and i am not scared| i am not scared)?${TAIL} ?$`;
const READY_TO_GO_OUT = String.raw`\b(?:back|interview|work|shift|job|course|appointment|meeting|out|home|holiday|bag|bags|cv|applications?|ready to go (?:to|into|on|with|back|out|home|for)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: sorted my will, just in case -----------------------------------------------------------------------
const WILL_IN_CASE = pattern`^(?:i have |i |just |finally |already |also )*(?:sorted|made|written|wrote|did|done|updated|finished|signed|got) (?:out )?my will(?: out| done| sorted)?(?: (?:last week|this week|yesterday|today|last night|this morning|at the weekend|on ${WEEKDAY}))?(?: and (?:that is|thats) (?:it|that))? (?:just in case|in case|it is time|ready now|all ready now|for when i am (?:gone|not here)|for after)${TAIL} ?$`;
const WILL_OUT = String.raw`\b(?:baby|pregnan\w*|born|house|mortgage|solicitor|divorce|married|wedding|diagnosis|op|operation|surgery|course|qualification|paralegal|holiday|flight|travel\w*|abroad|my (?:mum|dad|nan|gran|grandad)s|for (?:my )?(?:mum|dad|nan|gran|grandad)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: my notes are written ---------------------------------------------------------------------------------
const NOTES_WRITTEN = pattern`^(?:and |so |just |also )?(?:my|the) (?:goodbye )?(?:notes?|letters)(?: to (?:everyone|them|my family|the kids))? (?:are |is |all |now |have been |has been |been )*(?:written|done|finished)(?: (?:now|already|last night|yesterday|today|this morning|and ready|and sealed))*${TAIL} ?$`;
const NOTES_OUT = String.raw`\b(?:cover|covering|interview|presentation|speech|revision|revise|exam|lecture|class|course|meeting|prep|preparation|shopping|job|cv|references?|reference|sick|fit|doctors|gp|thank you|thanks|christmas|birthday|cards?|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: the goal is to finish it, Thursday -----------------------------------------------------------------
const GOAL_FINISH_IT = pattern`^(?:my |the |this weeks |todays )?(?:goal|aim|plan|target|step|priority|job)(?: for (?:this week|the week|today|tonight|now)| this week| today)?(?: is)?(?: to)? (?:(?:finish|end) it(?: all)?(?: (?:properly|for good|once and for all|this time))*(?: (?:on )?(?:${WEEKDAY}|tonight|tomorrow|this weekend|at the weekend))?|end (?:it all|things|my life|everything)(?: (?:on )?(?:${WEEKDAY}|tonight|tomorrow|this weekend|at the weekend))?)${TAIL} ?$`;
const GOAL_FINISH_OUT = String.raw`\b(?:by|before|until|till|cv|application|applications|course|module|form|letter|essay|assignment|project|book|training|qualification|certificate|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: the tracks looking tempting ------------------------------------------------------------------------
const PLACE_TEMPTING = pattern`(?:^|\b(?:the|that|a|our)\b )${DROP_PLACE}\b(?: \w+){0,10}? (?:looks|look|is looking|are looking|looking|seems|seem|is getting|are getting|getting|feels|is|are|gets|get) (?:real |very |so |more |really |quite |pretty |a bit |well |proper |awful |too |very very )*(?:tempting|inviting|appealing|like an option|like the answer|like a way out)\b`;
const PLACE_TEMPTING_OUT = String.raw`\b(?:swim\w*|dip|paddle\w*|paddleboard\w*|wild swim\w*|heat|hot|sunny|sunshine|weather|view|views|photos?|picnic|walk|walks|run|jog|cycle|cycling|bike|fishing|kayak\w*|canoe\w*|boat|narrowboat|barge|flat|flats|house for|houses|rent|for sale|property|job|jobs|vacancy|role|apprenticeship|engineer\w*|network rail|${FICTION})\b|${THIRD}`;

// --- Crisis: the tracks are five minutes from mine --------------------------------------------------------------
const PLACE_NEAR = pattern`^(?:and |but |well |honestly )?(?:the |that )(?:tracks|train tracks|railway|railway line|railway bridge|train line|level crossing|bridge|viaduct|flyover|motorway bridge|cliffs?|cliff edge|multi storey|quarry) (?:is |are |s )?(?:only |just |literally |right |about |like )*(?:\d+|a|one|two|five|ten|fifteen|twenty|a couple of|a few) ?(?:min|mins|minutes?|seconds)(?: walk)? (?:from|away from|off) (?:mine|my (?:house|flat|place|door|front door|room|window|bedroom window|bed)|me|here|home)${TAIL} ?$`;

// --- Crisis: no one; the bridge maybe -----------------------------------------------------------------------------
const NO_ONE_PLACE = pattern`^(?:no one|no one really|no one honestly|not a soul)(?: to be honest| honestly| really)? (?:just |only |probably |maybe |except |apart from |other than )?(?:the |a )?${DROP_PLACE}(?: maybe| probably| i guess| i suppose| perhaps| i reckon| i think)?${TAIL} ?$`;
const NO_ONE_PLACE_OUT = String.raw`\b(?:walk|walks|meet|meeting|club|group|cafe|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: making that landlord bleed --------------------------------------------------------------------------
const MAKE_BLEED = pattern`\b(?:make|making|made|see|seeing|watch|watching|want to see|want to watch|going to make|gonna make) (?:him|her|them|that \w+|the \w+|my \w+|his \w+|her \w+|every \w+|whoever \w+)(?: \w+)? bleed\b(?! (?:dry|money|cash|out|funds|savings|pounds))`;
const MAKE_BLEED_OUT = String.raw`\b(?:myself|my ?self|dry|wallet|pocket|pockets|money|cash|bank|fees|charges|interest|profits|funds|prices|gums|nose|nosebleed|ears|eyes|ink|colour|color|dye|radiator|radiators|brakes|boiler|pipes|valve|wash|washing|tie dye|shirt|jeans|paint|print|printer|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: I could kill him and I would ------------------------------------------------------------------------
const COULD_AND_WOULD = pattern`\bcould (?:\w+ )?(?:kill|murder|stab|strangle|throttle|batter|hurt|knife|glass|do in) (?:him|her|them|my \w+|that \w+|the \w+|his \w+|her \w+|someone|somebody|someones|somebody s)(?: \w+)? (?:and|i|and honestly|and i think) (?:i )?(?:think i |honestly |really |actually |genuinely |swear i |know i |reckon i )?(?:would|will|mean it)\b(?! (?:love|like|have|be|not|never|but|if|rather|too lol|say|go|get|want|need|feel))`;
const COULD_AND_WOULD_OUT = String.raw`\b(?:printer|laptop|computer|wifi|router|phone|app|website|chocolate|cake|pizza|chips|coffee|tea|pint|beer|nap|sleep|holiday|${FICTION})\b|(?<!\bno )\b(?:${LAUGH})\b|${THIRD}`;

// --- Crisis: had to dress my cuts ---------------------------------------------------------------------------------
const DRESS_CUTS = pattern`\b(?:dress|dressed|dressing|redress|redressed|redressing|clean|cleaned|cleaning|bandage|bandaged|bandaging|patch|patched|patching|steri strip|steri stripped|glue|glued|tape|taped|tend to|tended to|tending to|wrap|wrapped|wrapping)(?: up)? (?:my|me|the|all my|the new|my new|my fresh|the fresh) (?:cuts|fresh cuts|new cuts|wounds|arms up|wrists up|thighs up|cuts on my (?:arms?|wrists?|legs?|thighs?|stomach))\b`;
const DRESS_CUTS_OUT = String.raw`\b(?:fell|fall|falling|tripped|trip|slipped|accident|kitchen|cooking|knife slipped|glass|broken glass|bike|football|rugby|gym|work|shift|site|warehouse|brambles|roses|thorns|garden|gardening|diy|dog|cat|bite|bitten|scratched|surgery|surgical|op|operation|stitches from|eczema|psoriasis|ulcers?|diabetic|burns? from|first aid course|first aid training|nurse|nursing|patients?|residents?|clients?|kids?|son|daughter|toddler|baby|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: not going to be around for the course ------------------------------------------------------------------
const NOT_ALIVE_FOR = pattern`\b(?:not|never) (?:going to|gonna) be (?:alive|breathing|still alive) (?:for|by|to see|at|in|on|when)\b`;
const NOT_AROUND_FOR = pattern`^(?:i am |honestly i am |so |just so you know i am |i will |i )?(?:not|never) (?:(?:going to|gonna) )?be (?:around|here) (?:for|by|to see) (?:the|my|your|it|that|next|any)(?: \w+){0,2}${TAIL} ?$`;
const NOT_AROUND_OUT = String.raw`\b(?:holiday|away|abroad|travel\w*|moving|move|moved|working|work|shift|hospital|operation|op|surgery|wedding|funeral|christening|appointment (?:for|at|with)|childcare|kids|half term|school|exam|court|because|since|as i am|visiting|visit|jury|${WEEKDAY}|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: someone trying to get into my flat -------------------------------------------------------------------
const TRYING_TO_GET_IN = pattern`\b(?:someone|somebody|someones|somebodys|some (?:man|guy|bloke|lads|men|people|woman)|a (?:man|guy|bloke|stranger|group|lad|woman)|my ex|there is (?:someone|somebody|a man)|theres (?:someone|somebody|a man)|people|they|he|she)(?: is| are| s| keeps| has been| have been| was| were| kept)? (?:still |just |now |outside )?(?:trying|tryna|tried) (?:to )?(?:get|break|force (?:their|his|her|the) way|kick the door|smash the (?:door|window)|climb)(?: in| into| in to| in through)? (?:my|the|our) (?:flat|house|room|home|place|door|window|bedroom|front door|back door)\b`;
const TRYING_OUT = String.raw`\b(?:landlord|landlady|letting agent|agency|agent|bailiffs?|engineer|gas|electric|meter|plumber|repairs?|inspection|council|housing officer|maintenance|workmen|builders|delivery|parcel|courier|postman|amazon|cat|cats|dog|dogs|fox|foxes|mouse|mice|rats?|squirrels?|birds?|pigeons?|wasps?|flies|spiders?|damp|mould|water|rain|cold|draught|smell|keys|locked out|get in touch|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: pretty down -----------------------------------------------------------------------------------------------
const PRETTY_DOWN = pattern`^(?:honestly |just |still |yeah |yes |a bit |to be honest |not great |meh |i am |i feel |feeling |feel |i am feeling |been |been feeling |i have been feeling |i have been )*(?:pretty|really|so|very|quite|a bit|bit|proper|rather|a little|kind of|fairly|properly) (?:down|low|flat|fed up)(?: honestly| to be honest| today| lately| tonight| these days| this week| again| at the moment| right now| if i am honest)*(?: thanks| ta)? ?$`;
const PRETTY_DOWN_OUT = String.raw`\b(?:battery|phone|fuel|petrol|tyre|tyres|signal|stock|stocks|credit|balance|score|marks|price|prices|pay|wage|wages|offer|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: giving up on the whole thing ----------------------------------------------------------------------------
const GIVING_UP = pattern`(?:^|\b(?:i am|i have|i|just|kind of|honestly|nah|lowkey|feel like|feeling like|thinking of|thinking about|think i am|about to|so|ready to|basically|pretty much|properly|totally|completely)\b )(?:giving up|given up|give up|gave up) on (?:the whole thing|the whole lot|everything|it all|all of it|the lot|life|myself)\b(?! (?:and (?:went|got|started|applied|did|going|moved|found|signed)|for (?:lent|january)))`;
const GIVING_UP_OUT = String.raw`\b(?:diet|dieting|gym|smoking|fags|vaping|vape|drinking|sugar|chocolate|crisps|caffeine|coffee|meat|dairy|lent|january|dry january|veganuary|crossword|wordle|puzzle|printer|laptop|website|app|dating|dating apps|that agency|the agency|bakery|not giving up|never giving up|not given up|will not give up|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: might as well accept it --------------------------------------------------------------------------------------
const MAY_AS_WELL = pattern`\b(?:may|might) as ?well (?:just )?(?:accept it|accept that|accept this|accept my lot|get used to it|face it|stop trying|not bother|give up(?: now| on (?:everything|it all|jobs|work|the plan|the job search|applying|looking))?|stop looking|stop applying|resign myself)\b(?! (?:and (?:go|get|have|order|buy|make|watch)|on (?:the|this|that) (?:printer|laptop|website|bus|train|queue)))`;
const MAY_AS_WELL_OUT = String.raw`\b(?:printer|laptop|website|bus|train|queue|diet|gym|smoking|wordle|crossword|game|weather|rain|traffic|takeaway|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: about to commit a crime (a joke about hurting someone) ------------------------------------------------------
const COMMIT_CRIME = pattern`\b(?:commit|committing|commits) (?:a |an |actual |an actual |some |a serious )?(?:crime|crimes|murder|homicide|manslaughter|war crimes?|violence|gbh|a felony)\b(?! (?:rates?|figures|stats|statistics|scene|prevention|reduction|fiction|novel|drama|podcast|series))`;
const COMMIT_CRIME_OUT = String.raw`\b(?:witness\w*|victim\w*|report\w*|police|officer|record|records|conviction|convictions|convicted|spent|dbs|disclos\w*|rehabilitat\w*|court|sentence|sentenced|prison|jail|probation|law|lawyer|solicitor|criminolog\w*|criminal justice|legal|did not commit|never committed|not commit|have committed|had committed|committed|served|inside|youth offending|offender|offenders|reoffend\w*|true crime|crime scene|scene of|${FICTION})\b|${THIRD}`;

// --- Concern: will fight the website (a joke about hurting someone) ------------------------------------------------------
const FIGHT_THE_THING = pattern`\b(?:will|ill|going to|about to|i am going to|ready to|could|swear ill|swear i will|want to) (?:literally |actually |honestly |physically |genuinely |happily |fully |definitely )*(?:fight|punch|box|square up to|throw hands with|scrap with) (?:the|this|that|my|a|every) (?:\w+ ){0,3}?(?:website|site|app|portal|printer|laptop|computer|self checkout|self checkouts|self service checkout|vending machine|fruit machine|cash machine|ticket machine|router|wifi|kettle|toaster|microwave|hoover|phone menu|automated (?:phone )?(?:line|menu|voice))\b`;
const FIGHT_OUT = String.raw`\b(?:appeal|tribunal|decision|sanction|mandatory reconsideration|complaint|council|${FICTION})\b|${THIRD}`;

// --- Concern: wine for breakfast ----------------------------------------------------------------------------------------------
const DRINK = String.raw`(?:wine|vodka|voddy|cider|beer|lager|gin|whisky|whiskey|rum|brandy|cans|can|tins|tinnies|pint|pints|a drink|drinks|booze|special brew|stella|white lightning|frosty jacks|glass of wine|bottle of wine)`;
const DRINK_BREAKFAST = pattern`(?:^|\b(?:had|having|have|drank|drinking|started on|cracked open|opened|on the|on|just|a|some|few|couple of|\d+|two|three|four|five|six)\b )(?:a |some |the |my |a few |a couple of |\d+ |two |three |four |five |six )?${DRINK} (?:for|with|at|instead of) (?:breakfast|brekkie|brekky|breakfast again)\b`;
const DRINK_BREAKFAST_OUT = String.raw`\b(?:christmas|xmas|boxing day|new year|birthday|wedding|hen|stag|holiday|hotel|airport|flight|festival|brunch|champagne|bucks fizz|mimosa|prosecco|bloody mary|race day|races|kill for|cereal|coffee|tea|juice|my neighbour|neighbours|bloke|lad|guy|${FICTION})\b|${THIRD}`;

export const HUNDRED_AND_ELEVENTH_WHOLE_SETS = [
  [unless(String.raw`\bready to go\b`, READY_TO_GO_OUT), [group('crisis', 'intends to end their life', [READY_TO_GO])]],
  [unless(String.raw`\bmy will\b`, WILL_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [WILL_IN_CASE])]],
  [unless(String.raw`\b(?:notes?|letters)\b`, NOTES_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [NOTES_WRITTEN])]],
  [unless(String.raw`\b(?:finish|end) (?:it|things|my life|everything)\b`, GOAL_FINISH_OUT), [group('crisis', 'a plan to end their life', [GOAL_FINISH_IT])]],
  [unless(String.raw`\b(?:tempting|inviting|appealing|an option|the answer|a way out)\b`, PLACE_TEMPTING_OUT), [group('crisis', 'thinking about a way to end their life', [PLACE_TEMPTING])]],
  [unless(String.raw`\b(?:min|mins|minutes?|seconds)\b`, String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}`), [group('crisis', 'thinking about a way to end their life', [PLACE_NEAR])]],
  [unless(String.raw`^(?:no one|not a soul)\b`, NO_ONE_PLACE_OUT), [group('crisis', 'thinking about a way to end their life', [NO_ONE_PLACE])]],
  [unless(String.raw`\bbleed\b`, MAKE_BLEED_OUT), [group('crisis', 'harm to someone else', [MAKE_BLEED])]],
  [unless(String.raw`\bcould\b`, COULD_AND_WOULD_OUT), [group('crisis', 'harm to someone else', [COULD_AND_WOULD])]],
  [unless(String.raw`\b(?:cuts|wounds)\b`, DRESS_CUTS_OUT), [group('crisis', 'self-harm', [DRESS_CUTS])]],
  [unless(String.raw`\bbe (?:alive|breathing|still alive|around|here)\b`, NOT_AROUND_OUT), [group('crisis', 'intends to end their life', [NOT_ALIVE_FOR, NOT_AROUND_FOR])]],
  [unless(String.raw`\b(?:trying|tryna|tried)\b`, TRYING_OUT), [group('crisis', 'abuse or violence', [TRYING_TO_GET_IN])]],
  [unless(String.raw`\b(?:down|low|flat|fed up)\b`, PRETTY_DOWN_OUT), [group('concern', 'low mood', [PRETTY_DOWN])]],
  [unless(String.raw`\b(?:giving|given|give|gave) up\b`, GIVING_UP_OUT), [group('concern', 'hopelessness', [GIVING_UP])]],
  [unless(String.raw`\bas ?well\b`, MAY_AS_WELL_OUT), [group('concern', 'hopelessness', [MAY_AS_WELL])]],
  [unless(String.raw`\b(?:crime|crimes|murder|homicide|manslaughter|violence|gbh|felony)\b`, COMMIT_CRIME_OUT), [group('concern', 'joked about hurting someone', [COMMIT_CRIME])]],
  [unless(String.raw`\b(?:fight|punch|box|square up|throw hands|scrap)\b`, FIGHT_OUT), [group('concern', 'joked about hurting someone', [FIGHT_THE_THING])]],
  [unless(String.raw`\b(?:breakfast|brekkie|brekky)\b`, DRINK_BREAKFAST_OUT), [group('concern', 'drinking or drugs to cope', [DRINK_BREAKFAST])]],
] as const;
