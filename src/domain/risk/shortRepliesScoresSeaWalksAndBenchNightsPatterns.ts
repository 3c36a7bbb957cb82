// Replies of one to ten words to the coach's questions ("when?", "how did it go?", "how are you feeling
// 1-10?"), often lower case, no punctuation, the question's words left out: risk said in a bare reply.
// A dad who won't give me my ID back; walking into the sea on a day; on a bench with the phone dying, or
// ran from home and in a park; sleeping forever sounds nice; not really caring if I die, or not being sad
// if I don't make it to next week; someone's insulin would probably do it; "this week? end it"; "end of
// the month, I've set a date"; not going to be here to do any (goals); a brother who takes my benefits
// while I get nothing; she'd better watch her back, I know her car; me and my cousins are going to jump
// him. And the concern said in a word or two: "thick", a score of 0 to 3 out of 10, "2hrs sleep",
// "insomnia's back", "down", "crap", "losing it", "it won't work anyway", "wine helps", and a joke about
// smacking the self-checkout lady.
// The same words fill everyday replies (the passport office won't give me my passport back, a charity
// dip walking into the sea on Boxing Day, on a bench in the park for lunch with the phone on 5%, could
// sleep forever after nights, the date set for the wedding, jump-starting him, better watch your back in
// the derby, thick skinned, 3 out of 10 applications answered, the printer won't work anyway), so the
// bare replies are read only as the whole message (^...$), and the rest rest on the words that carry the
// risk together and shut on the everyday uses, on someone else's trouble and on fiction. Left: a bare
// "2/10" (the normaliser makes it "2 10", as a date, "when?" "2/10", is written); wanting to kill whoever
// made a form or invented something (other splits label that an everyday idiom).
// Crisis: won't give me my ID back; walking into the sea thurs; on a bench, phone dying / ran from home,
// in a park; sleeping forever sounds nice; don't really care if I die; someone's insulin would do it;
// "end it" after a when; "I've set a date" after a when; not going to be here to do any; takes my
// benefits and I get nothing; better watch her back, I know her car; going to jump him.
// Concern: thick; a low score; hours of sleep; insomnia back; a bare low word; losing it; it won't work
// anyway; wine helps; a joke about hitting a stranger (the bus driver, the lady at the till).
// Look-alikes of our own are in test/domain/riskHundredAndTwentyFourthForms.test.ts. Normalised words ("i
// am" for "I'm", "will not" for "won't", "do not" for "don't", "honestly" for "tbh" and "ngl", "tomorrow"
// for "tmrw", "and" for "n", "are" for "r").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_SAID, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|game|gaming|mission|squad|call of duty|cod`;
/** A day or a time said as a reply to "when?", as the normaliser leaves it. */
const WHEN = String.raw`(?:(?:mon|tues?|wed|wednes|thu|thur|thurs|fri|satur|sun)(?:day)?|sat|tonight|today|tomorrow|tomorrow (?:night|morning)|this (?:week|weekend|month|morning|afternoon|evening|time)|next (?:week|weekend|month)|at the weekend|soon|(?:the )?end of (?:the|this|next) (?:week|month)|after (?:payday|christmas|the weekend)|on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d+(?:st|nd|rd|th)?))`;
/** Someone else sleeping out: "my brother is on a bench". */
const THIRD_IS = String.raw`\bmy (?:mum|mom|dad|brother|sister|friend|son|daughter|cousin|neighbour|flatmate|uncle|aunt|auntie|ex|partner|boyfriend|girlfriend)s? (?:is|has been|was|got (?:kicked|chucked|thrown)|slept|sleeping|keeps)\b|\ba friend (?:is|has been|was)\b`;
const PERSON = String.raw`(?:my (?:dad|mum|mom|stepdad|stepmum|step dad|step mum|father|mother|brother|sister|uncle|aunt|auntie|nan|gran|cousin|husband|wife|partner|boyfriend|girlfriend|bf|gf|fella|ex|family|parents|in laws|mother in law|father in law|landlord|boss|employer|gangmaster)|(?:dad|mum|stepdad|brother|husband|partner|boyfriend|bf|ex)|he|she|they)`;

// --- Crisis: my dad won't give me my ID back ----------------------------------------------------------------
const ID_KEPT = pattern`\b${PERSON} (?:will not|wont|refuses to|refused to|is refusing to|keeps refusing to|never|would not|is not going to|is not gonna) (?:give|hand|let me have|let me keep|return) (?:me )?(?:back )?my (?:own )?(?:id|passport|birth certificate|driving licence|licence|provisional|documents|papers|visa|brp|bank card|debit card|benefits card|post office card|card|cards)\b(?! (?:number|photo|application|renewal|details))`;
const ID_KEPT_OUT = String.raw`\b(?:renew|renewal|renewing|expired|photocopy\w*|laminat\w*|lost (?:it|them|the|my)|dvla|passport office|home office|in the post|safe keeping|safekeeping|birthday card|christmas card|card game|pokemon|${FICTION}|${LAUGH})\b`;

// --- Crisis: walking into the sea on Thursday ---------------------------------------------------------------
const INTO_THE_SEA = pattern`^(?:(?:i am|i will|ill|going to|gonna|planning on|planning to|thinking of|thinking about|just|probably|prob|probs|honestly|maybe|might|might just|i might) )*(?:walk|walking|wade|wading) (?:out )?into the (?:sea|ocean|river|lake|loch|water|waves|reservoir|tide)(?: (?:and (?:not|never) (?:come|coming) back|and keep (?:going|walking)|for good|honestly|then))*(?: ${WHEN})*$|\b(?:walk|walking|wade|wading) (?:out )?into the (?:sea|ocean|river|lake|loch|water|waves|reservoir|tide) (?:and|then) (?:not|never) (?:come|coming|walk|walking) (?:back|out)\b`;
const INTO_THE_SEA_OUT = String.raw`\b(?:dip|dips|charity|sponsored|wetsuit|paddle|paddling|paddleboard|surf|surfing|bodyboard|boxing day|new years day|polar|wild swim\w*|swimming costume|beach day|holiday|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: on a bench, phone on 5%; ran from home, in a park, scared -----------------------------------------
const OUT_NOWHERE = pattern`^(?=(?:\w+ ){0,11}\w+$)(?=.*\b(?:on a bench|on a park bench|on the bench|in a park|in the park|in a doorway|in a stairwell|on the street|on the streets|in a bus shelter|in a car park|under a bridge|outside all night)\b)(?=.*\b(?:phone (?:is |on |at |is on |is at )?\d+|phone (?:is )?(?:dying|nearly dead|about to die|on low)|battery (?:is )?(?:on |at )?\d+|(?:ran|run|running|fled|escaped|got out|left) (?:away )?(?:from|of) (?:home|the house|the flat|my house|my flat|his house|his flat)|ran away|(?:kicked|chucked|thrown|locked) out|nowhere (?:to go|to sleep|else)|can not go (?:back|home)|cannot go (?:back|home)|scared|terrified|freezing|slept|sleeping|all night)\b)`;
const OUT_NOWHERE_OUT = String.raw`\b(?:lunch|lunch break|on my break|picnic|sunny|sunshine|ice cream|walking the dog|walk the dog|dog walk|football|park ?run|(?:go|going|went|for) (?:a )?(?:run|jog)|waiting for (?:my|the|a) (?:interview|bus|train|mate|friend|lift|taxi|uber)|(?:before|after) (?:my|the) (?:interview|shift)|gym|bbq|barbecue|festival|gig|hide and seek|geese|pigeons|squirrels?|with (?:the|my) (?:lads|boys|girls|mates|friends)|match|drinks|party|(?:reply|ring|call|speak|text|message|talk|charge it) (?:to )?(?:you )?later|when i get (?:home|back)|${FICTION}|${LAUGH})\b|${THIRD_IS}`;

// --- Crisis: sleeping forever sounds nice -----------------------------------------------------------------------
const SLEEP_FOREVER = pattern`\b(?:sleeping|sleep|to sleep|going to sleep|falling asleep|fall asleep|drifting off)(?: and (?:not|never) waking up)? forever (?:sounds|would be|seems|looks|feels|is sounding|sounded) (?:so |really |quite |pretty |rather |well |proper |actually |very )?(?:nice|good|great|lovely|peaceful|tempting|appealing|ideal|perfect|like a (?:plan|dream|good idea)|inviting|amazing|bliss|better)\b`;
const SLEEP_FOREVER_OUT = String.raw`\b(?:night shift|nights shift|on nights|double shift|long shift|after (?:my|the|that|this) shift|lie in|lay in|hangover|hungover|holiday|duvet|new bed|mattress|pillow|(?:says|said) (?:that )?sleeping forever|${FICTION})\b`;

// --- Crisis: don't really care if I die; wouldn't be sad if I didn't make it to next week -----------------------
const CARE_IF_DIE = pattern`\bdo not (?:\w+ )?care (?:if|whether|when) i (?:die|died|live or die|am dead|drop dead|do not wake up|did not wake up|never wake up|get killed)\b(?! (?:trying|laughing|doing (?:it|this|that)|in the attempt|of))`;
const CARE_IF_DIE_OUT = String.raw`\b(?:embarrass\w*|cringe|laughing|of (?:laughter|shame|boredom)|dancing|${FICTION})\b`;
const NOT_SAD_IF = pattern`\bwould not (?:be (?:sad|bothered|upset|fussed|sorry|gutted)|mind|care) if i (?:did not|do not|never|could not|was not to) (?:wake up|make it (?:to|through|till|past) (?:next (?:week|month|year)|tomorrow|the morning|the weekend|the end of the (?:week|month|year)|christmas|new year|my birthday|${WHEN}))\b`;
const NOT_SAD_IF_OUT = String.raw`\b(?:embarrass\w*|cringe|laughing|dancing|party|drinks|night out|gig|concert|wedding|${FICTION})\b`;

// --- Crisis: someone's insulin would probably do it ---------------------------------------------------------------
const WOULD_DO_IT = pattern`\b(?:(?:(?:my|his|her|the|\w+s) )?(?:insulin|tablets|pills|meds|medication|medicine|painkillers|sleeping (?:pills|tablets)|anti ?depressants|morphine|methadone|oxycodone|co codamol|cocodamol|paracetamol|tramadol|diazepam|codeine|stash|prescription)|(?:a |the |my )?(?:whole|full|entire) (?:box|packet|pack|bottle|strip|blister pack|tub) of (?:(?:my|his|her|\w+s) )?(?:insulin|tablets|pills|meds|painkillers|sleeping (?:pills|tablets)|anti ?depressants|paracetamol|co codamol|cocodamol|tramadol|diazepam|codeine|morphine)|(?:a |the |my )?(?:whole|full|entire) (?:insulin )?pen|enough (?:of )?(?:\w+ )?(?:insulin|tablets|pills|meds|painkillers|paracetamol)) (?:would|could|might) (?:(?:probs|prob|probably|defo|definitely|easily|surely|likely|deffo|def) )?(?:do it|do the job|be enough|finish me|finish me off|kill me|be plenty)\b`;
const WOULD_DO_IT_OUT = String.raw`\b(?:headache|migraine|period pain|cramps|toothache|tooth|teeth|back pain|backache|for the pain|a cold|the flu|flu|hangover|fever|temperature|side effects?|pharmacy|pharmacist|chemist|repeat prescription|vet|for (?:the|my) (?:dog|cat)|${FICTION})\b`;

// --- Crisis: this week? end it -------------------------------------------------------------------------------------
const END_IT_WHEN = pattern`^(?:(?:${WHEN}|honestly|probably|prob|probs|just|gonna|going to|i will|ill|i am going to|i am gonna|planning to|want to|wanna|i want to|might|maybe|plan is|the plan is|to) )*end (?:it|it all|everything)(?: (?:${WHEN}|for good|properly|finally|honestly|for real))*$`;
const END_IT_WHEN_GATE = String.raw`\bend (?:it|it all|everything)\b`;

// --- Crisis: end of the month, I've set a date ---------------------------------------------------------------------
const DATE_SET = pattern`^(?:(?:${WHEN}|honestly|already|just|so|the \d+(?:st|nd|rd|th)?) )*(?:i have|i|i have already|i already|i have finally|i finally|already) (?:set|picked|chosen|chose|got|decided on|marked) (?:a|the|my) date(?: (?:now|already|then|and all|honestly))*(?: ${WHEN})*$`;

// --- Crisis: goals? not going to be here to do any ------------------------------------------------------------------
const NOT_HERE_TO = pattern`\b(?:not going to|not gonna|will not|wont|i will not) be (?:here|around|alive) (?:to|for) (?:do|see|need|make|reach|set|have|achieve|hit|finish|bother with|worry about) (?:any|them|it|those|one|that|any of (?:it|them|that))(?: (?:anyway|honestly|so|lol))*$`;
const NOT_HERE_TO_OUT = String.raw`\b(?:holiday|abroad|visiting|moving|move|moved|away on|on shift|appointment|trip|operation|surgery|leaving (?:the|this|my) (?:job|company|area|country|course)|retire\w*|new job|contract (?:ends|is up|finishes)|${FICTION})\b`;

// --- Crisis: my brother takes my benefits and I get nothing ------------------------------------------------------------
const TAKES_MY_MONEY = pattern`\b${PERSON} (?:takes|took|has taken|keeps taking|is taking|gets|grabs|has) (?:all )?(?:of )?my (?:benefits|benefit|money|wages|pay|universal credit|uc|pip|esa|dla|carers|payment|payments|giro|card|bank card)\b(?: \w+){0,3}? (?:and|but|so) i (?:get|have|see|am left with|keep) (?:nothing|none|not a penny|zero|0|no money|nothing back|nothing left)\b`;
const TAKES_MY_MONEY_OUT = String.raw`\b(?:appointee|for (?:my )?(?:board|keep)|savings|saving it|savings account|isa|piggy|${FICTION}|${LAUGH})\b`;

// --- Crisis: she'd better watch her back, I know her car -------------------------------------------------------------------
const WATCH_BACK_KNOW = pattern`^(?=.*\b(?:better|should|needs to|wants to|had better|best) watch (?:his|her|their) back\b)(?=.*\bi know (?:where (?:he|she|they) (?:lives?|works?|parks?|drinks?|goes|drives)|(?:his|her|their) (?:car|reg|address|house|flat|door|route|kids|times|shifts?))\b)`;
const WATCH_BACK_KNOW_OUT = String.raw`\b(?:derby|match|league|table|title|race|promotion|competition|interview|applicants|candidates|${FICTION})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: me and my cousins are going to jump him on Friday --------------------------------------------------------------
const JUMP_HIM = pattern`\b(?:going to|gonna|will|we are|we will|i will|ill|are|about to|planning to|want to|wanna) (?:go and |go |gonna )?jump (?:him|her|them|that (?:\w+ )?(?:guy|lad|bloke|man|kid|prick|idiot|twat|dickhead|girl|woman|rat|grass|snitch)|the (?:guy|lad|bloke|man|prick|twat|dickhead|grass|snitch))\b(?! (?:start|starting|started|the queue|in the queue|up|on the|into|over|through|off|ahead|with (?:leads|cables)))`;
const JUMP_HIM_OUT = String.raw`\b(?:jump start|jump leads|jumper cables|battery|car would not start|queue|trampoline|horse|horses|rope|skipping|parachute|bungee|puddle|hurdle|jump out|jump scare|surprise|birthday|party|hug|${FICTION}|${LAUGH})\b|\b(?:they are|theyre|they will|they) (?:going to|gonna|will|wanna|want to) jump\b`;

// --- Concern: I'm thick ------------------------------------------------------------------------------------------------------------
const THICK = pattern`^(?:(?:honestly|just|because|cos|cause|coz|probably|prob|well|basically|maybe|tbh|guess|i guess|face it|lets face it) )*i am (?:so |just |too |really |proper |well |that |dead |plain |honestly |basically |simply |a bit )*(?:thick|stupid|dumb|dense|thick as shit|thick as mince|thick as two short planks)(?: (?:honestly|lol|innit|really|tbh|that is why|for (?:this|that|it|jobs|college|any of (?:it|this))|as (?:anything|shit|mince)))*$`;

// --- Concern: a score of 0 to 3 out of 10 ------------------------------------------------------------------------------------------
const LOW_SCORE = pattern`^(?:(?:like|about|maybe|probably|prob|probs|honestly|hmm|um|erm|i would say|id say|around|only|just|solid|bout|today|rn|right now|a)\b ?)*(?:(?:[0-3]|zero|nil|one|two|three|to) (?:out of|outta|outa) (?:10|ten)|a (?:[0-2]|one|two) (?:or|to) (?:a )?(?:[1-3]|one|two|three))(?: (?:today|rn|right now|honestly|at best|if that|tops|max|maybe|again|lately|this week|if i am honest))*$`;
const LOW_SCORE_OUT = String.raw`\b(?:applications?|interviews?|jobs?|replies|calls|emails|questions|days|hours|shifts|times|people|kids|children|years|months|weeks|minutes|points|marks|quid|pounds|lol|haha)\b`;

// --- Concern: 2hrs sleep ------------------------------------------------------------------------------------------------------
const HOURS_SLEEP = pattern`^(?:(?:only|barely|like|about|maybe|got|had|on|just|around|literally|honestly|managed|i got|i had|i managed) )*(?:[0-3]|zero|one|two|three|an|half an?) ?(?:hrs?|hours?) (?:of )?sleep(?: (?:again|last night|tops|max|a night|most nights|every night|honestly|all week|this week|if that|at best))*$`;

// --- Concern: insomnia's back -----------------------------------------------------------------------------------------------------
const INSOMNIA_BACK = pattern`(?<!\b(?:his|her|their|(?:son|daughter|mum|dad|partner|husband|wife|kid|baby|boyfriend|girlfriend|brother|sister|friend|flatmate)s) )\binsomnia(?:s| is| has)? (?:back|come back|returned|bad again|worse|got worse|kicking in again|kicked in again|killing me)\b`;
const INSOMNIA_OUT = String.raw`\b(?:cookies|podcast|band|song|film|${LAUGH})\b`;

// --- Concern: down; crap ----------------------------------------------------------------------------------------------------------
const BARE_LOW = pattern`^(?:(?:honestly|just|bit|a bit|pretty|proper|so|really|feeling|feel|quite|very|kinda|kind of|meh|ugh|eh|still|fairly) )*(?:down|crap|shit|shite|rubbish|awful|terrible|horrible|miserable|bleak|grim|numb|depressed)(?: (?:honestly|today|again|as usual|as always|lately|mate|ngl|still|if i am honest|tbh|at the moment|atm|rn|right now))*$`;

// --- Concern: losing it --------------------------------------------------------------------------------------------------------------
const LOSING_IT = pattern`^(?:(?:honestly|just|i am|i think i am|think i am|slowly|completely|totally|proper|properly|actually|literally|kinda|kind of|really|feel like i am|feels like i am) )*losing it(?: (?:honestly|a bit|slowly|completely|mate|ngl|lately|today|again|here|tbh|rn|right now|at the moment|atm))*$`;

// --- Concern: it won't work anyway -----------------------------------------------------------------------------------------------------
const WONT_WORK_ANYWAY = pattern`^(?:(?:pointless|why bother|what is the point|honestly|meh|eh|whatever|nah|no point|probably|prob) )*(?:it|that|this|none of it|nothing) (?:will not|wont|is not going to|is not gonna|never|is never going to|never will|does not|never does) (?:work|work out|help|change anything)(?: for me)? (?:anyway|anyways|anyhow|either way)$`;
const WONT_WORK_OUT = String.raw`\b(?:laptop|computer|printer|phone|app|website|site|link|wifi|internet|code|password|login|log in|account|car|boiler|washing machine|${LAUGH})\b`;

// --- Concern: wine helps -------------------------------------------------------------------------------------------------------------------
const DRINK_HELPS = pattern`^(?:(?:honestly|just|well|tbh|ngl|the|a|a few|a couple of|couple of|some|bit of|a bit of|a bottle of|bottle of|few) )*(?:wine|vodka|gin|rum|whisky|whiskey|cider|lager|beer|cans|booze|drink|drinking|the drink|a drink|weed|a spliff|spliffs|a joint|the bottle|getting drunk|getting high|getting stoned|being drunk|being high|smoking weed|coke|ket|edibles) (?:helps|help|is helping|does the job|does the trick|works|gets me through|gets me to sleep|numbs it|takes the edge off)(?: (?:honestly|tbh|a bit|a lot|me sleep|me cope|me forget|me switch off|though|lol|mate|ngl))*$`;

// --- Concern: a joke about hitting a stranger, or whoever made this form ---------------------------------------------------------------------
const JOKED_SMACK = pattern`\b(?:could|want to|wanna|going to|gonna|ill|i will|i would|i could|id|ready to|about to|tempted to|felt like|feel like) (?:actually |literally |honestly |genuinely |happily |just )?(?:kill|strangle|throttle|murder|smack|slap|punch|deck|lamp|batter|twat|clobber|thump|headbutt|chin|swing for) the (?:\w+ ){0,3}(?:lady|man|woman|guy|bloke|girl|lad|fella|cashier|driver|receptionist|security guard|bouncer|woman|assistant|kid|idiot|muppet|clown|numpty)\b(?! (?:off|out|up|down|of|for|in the face of|with flowers))`;
const JOKED_SMACK_OUT = String.raw`\b(?:(?:who|that) (?:invented|designed|made|came up with|thought of|decided|created|wrote|set up)|high five|shake (?:his|her|their) hand|bugs?|spiders?|wasps?|fly|${FICTION})\b`;

export const HUNDRED_AND_TWENTY_FOURTH_WHOLE_SETS = [
  [unless(String.raw`\bgive (?:me )?(?:back )?my\b|\bhand (?:me )?(?:back )?my\b|\blet me (?:have|keep) my\b|\breturn my\b`, ID_KEPT_OUT), [group('crisis', 'coercive control', [ID_KEPT])]],
  [unless(String.raw`\binto the (?:sea|ocean|river|lake|loch|water|waves|reservoir|tide)\b`, INTO_THE_SEA_OUT), [group('crisis', 'a plan to end their life', [INTO_THE_SEA])]],
  [unless(String.raw`\b(?:bench|park|doorway|stairwell|street|streets|bus shelter|car park|bridge|outside all night)\b`, OUT_NOWHERE_OUT), [group('crisis', 'no safe place, food or power tonight', [OUT_NOWHERE])]],
  [unless(String.raw`\bforever (?:sounds|would be|seems|looks|feels|is sounding|sounded)\b`, SLEEP_FOREVER_OUT), [group('crisis', 'wishes to be dead', [SLEEP_FOREVER])]],
  [unless(String.raw`\bcare (?:if|whether|when) i\b`, CARE_IF_DIE_OUT), [group('crisis', 'wishes to be dead', [CARE_IF_DIE])]],
  [unless(String.raw`\bif i (?:did not|do not|never|could not|was not to) (?:wake up|make it)\b`, NOT_SAD_IF_OUT), [group('crisis', 'wishes to be dead', [NOT_SAD_IF])]],
  [unless(String.raw`\b(?:would|could|might) (?:\w+ )?(?:do it|do the job|be enough|finish me|kill me|be plenty)\b`, WOULD_DO_IT_OUT), [group('crisis', 'thinking about a way to end their life', [WOULD_DO_IT])]],
  [unless(END_IT_WHEN_GATE, String.raw`\b(?:with (?:him|her|them)|relationship|contract|tenancy|lease|${FICTION})\b`), [group('crisis', 'intends to end their life', [END_IT_WHEN])]],
  [unless(String.raw`\bdate(?: \w+)?$`, String.raw`\b(?:wedding|engaged|engagement|induction|start|starting|interview|move|moving|party)\b`), [group('crisis', 'a plan to end their life', [DATE_SET])]],
  [unless(String.raw`\bbe (?:here|around|alive) (?:to|for)\b`, NOT_HERE_TO_OUT), [group('crisis', 'intends to end their life', [NOT_HERE_TO])]],
  [unless(String.raw`\band i (?:get|have|see|am left with|keep) (?:nothing|none|not a penny|zero|0|no money)\b|\bbut i (?:get|have|see|keep) (?:nothing|none|not a penny)\b|\bso i (?:get|have) (?:nothing|none|not a penny)\b`, TAKES_MY_MONEY_OUT), [group('crisis', 'coercive control', [TAKES_MY_MONEY])]],
  [unless(String.raw`\bwatch (?:his|her|their) back\b`, WATCH_BACK_KNOW_OUT), [group('crisis', 'harm to someone else', [WATCH_BACK_KNOW])]],
  [unless(String.raw`\bjump (?:him|her|them|that|the)\b`, JUMP_HIM_OUT), [group('crisis', 'harm to someone else', [JUMP_HIM])]],
  [unless(String.raw`^(?:\w+ ){0,8}i am (?:\w+ ){0,3}(?:thick|stupid|dumb|dense)\b`, String.raw`\b(?:skinned|headed|set|crust|shake|fog|accent|hair|thighs|brows|eyebrows|lol|haha|lmao)\b`), [group('concern', 'feels worthless', [THICK])]],
  [unless(String.raw`^(?:\w+ ){0,5}(?:(?:[0-3]|zero|nil|one|two|three|to) (?:out of|outta|outa)|a (?:[0-2]|one|two) (?:or|to))\b`, LOW_SCORE_OUT), [group('concern', 'low mood', [LOW_SCORE])]],
  [unless(String.raw`^(?:\w+ ){0,4}(?:[0-3]|zero|one|two|three|an|half an?) ?(?:hrs?|hours?) (?:of )?sleep\b`, String.raw`\b(?:${LAUGH})\b`), [group('concern', 'not eating or sleeping', [HOURS_SLEEP])]],
  [unless(String.raw`\binsomnia`, INSOMNIA_OUT), [group('concern', 'not eating or sleeping', [INSOMNIA_BACK])]],
  [unless(String.raw`^(?:\w+ ){0,4}(?:down|crap|shit|shite|rubbish|awful|terrible|horrible|miserable|bleak|grim|numb|depressed)\b`, String.raw`\b(?:wifi|internet|signal|server|website|site|system|app|battery|tyre|${LAUGH})\b`), [group('concern', 'low mood', [BARE_LOW])]],
  [unless(String.raw`^(?:\w+ ){0,5}losing it\b`, String.raw`\b(?:${LAUGH})\b`), [group('concern', 'not coping', [LOSING_IT])]],
  [unless(String.raw`\b(?:anyway|anyways|anyhow|either way)$`, WONT_WORK_OUT), [group('concern', 'hopelessness', [WONT_WORK_ANYWAY])]],
  [unless(String.raw`\b(?:helps|help|is helping|does the job|does the trick|works|gets me through|gets me to sleep|numbs it|takes the edge off)\b`, String.raw`\b(?:cooking|recipe|gravy|sauce|risotto|stain|stains|plants|${FICTION})\b`), [group('concern', 'drinking or drugs to cope', [DRINK_HELPS])]],
  [unless(String.raw`\b(?:kill|strangle|throttle|murder|smack|slap|punch|deck|lamp|batter|twat|clobber|thump|headbutt|chin|swing for) the\b`, JOKED_SMACK_OUT), [group('concern', 'joked about hurting someone', [JOKED_SMACK])]],
] as const;
