// Risk told through logistics: dates, times, amounts, places, objects and arrangements, with the risk
// in one clause beside the practical detail (the spent seventy-second split).
// Crisis: a bus, lorry or train running into them "and i would be ok with that"; not wanting N more
// years (or another N days) of this; jealous of the ones in the crem or the cemetery; what a whole box
// or packet of the tablets would do if taken; going to do it, the cv sent first so mum knows they
// tried; not intending to be here or around next month; a level of the multi storey, a bridge or the
// tracks, "that is where i will do it"; dozens of tablets kept in a bag, a drawer or under the bed;
// bank details or passwords left in an envelope for someone "just in case", the organ donor form
// filled in; a split lip or black eye and the camera kept off or the bruise hidden; a slice of bread
// or a tin of beans to last the family till a day of the week; the meter on nothing or emergency
// credit used and no way to cook or heat.
// Concern: every plan or every week falling apart by the friday; what kind of dad, mum or man am i;
// too thick or too stupid for the test, always have been; a joint, a drink or a pill before every
// call or interview, or the evenings got through on pills bought off a lad; can not get back to sleep
// every morning; christmas or a birthday just me and a microwave meal; the one time in the week they
// leave the flat; sitting somewhere just so there are people around; this close to lamping the
// supervisor, nearly knocked her out lol.
// Each rests on two parts of the message, so it is read in the whole message and the classifier's
// training text is not rewritten. Look-alikes of our own are in test/domain/riskSeventySecondForms.test.ts.
// Normalised words, as in riskPatterns.ts ("tbh" is "honestly", "2" before a noun may be "to").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const OTHERS = String.raw`he|she|hes|shes|his|her|him|they|theyre|their|my (?:mate|friend|pal|brother|sister|cousin|neighbour|dad|mum|son|daughter|uncle|aunt|nan|grandad|flatmate|housemate)s?|a (?:mate|friend|bloke|lad|woman|lady|man|girl|guy)`;
const STORY = String.raw`film|movie|programme|series|episode|book|novel|game|character|news|radio|podcast|documentary|song|lyrics?`;
const NUM = String.raw`(?:\d+|a (?:few|couple of)|another|two|three|four|five|six|ten|twenty|thirty|forty|fifty|sixty)`;

// --- Crisis -------------------------------------------------------------------------------------
const VEHICLE = String.raw`(?:bus|lorry|truck|car|van|train|tram|taxi|coach|artic|tractor)`;
const RUN_DOWN_AND_FINE = pattern`\bif (?:a |the |that |some )?(?:\w+ ){0,2}?${VEHICLE} (?:ploughed|ploughs|ran|runs|went|goes|came|comes|drove|drives|smashed|smashes|crashed|crashes|hit|hits|knocked|knocks|flattened|flattens|took|takes|wiped|wipes) (?:into |over |through |me |out )(?:me |out )?(?:\w+ ){0,8}?(?:i would|id|i will|ill|i honestly would|i genuinely would) (?:honestly |genuinely |really |actually |probably )?(?:be (?:ok|okay|fine|alright|all right|happy|glad|relieved|grateful|at peace) with (?:that|it)|not (?:mind|care|be bothered|be sad|complain|fight it))\b`;
const NOT_RUN_DOWN = String.raw`\b(?:insurance|claim|compensation|day off|sick note|week off|time off|no interview|off work|out of work for|${LAUGH})\b`;

const NOT_N_MORE = pattern`\b(?:i do not want|i can not face|can not face|i could not face|i can not do|i can not stand|i can not take|i can not bear|can not bear|not sure i can face|dreading) ${NUM}(?: \d+)? (?:more )?(?:years|decades|days|weeks|months)? ?(?:more )?of this\b(?! (?:job|role|work|commute|weather|rain|traffic|place|company|firm|course|shift|rota|contract|government|heat|cold|noise|building|team|manager|boss|school)\b)`;
const NOT_N_MORE_X = String.raw`\b(?:job|role|work|working|commute|weather|rain|traffic|shift|rota|contract|boss|manager|retire|retirement|pension|mortgage|course|degree|school|${LAUGH})\b`;

const JEALOUS_OF_THE_DEAD = pattern`^(?=.*\b(?:jealous|envious|envied|envy)\b)(?=.*\b(?:crem|crematorium|cemetery|cemetry|graveyard|churchyard|hearse|coffin|graves?|funeral|the dead)\b)(?=.*\b(?:i|me|felt|feel|feeling)\b)`;
const NOT_JEALOUS = String.raw`\b(?:(?:he|she|they) (?:was|were|felt|is|are) (?:\w+ )?(?:jealous|envious)|flowers|wreath|turnout|send off|sendoff|spot|plot|view|garden|grounds|job at|work at|working at|vacancy|${STORY}|${LAUGH})\b`;

const WHOLE_BOX = pattern`\bif (?:you|i|someone|somebody|a person|one) (?:took|take|swallowed|swallow|had|necked|downed) (?:the|a|all the|all of the|an entire|the entire|a full|the full|the whole|a whole|whole) (?:whole |full |entire )?(?:box|packet|pack|bottle|strip|tub|sheet|lot|blister pack|month of them|months supply)\b`;
const NOT_WHOLE_BOX = String.raw`\b(?:dog|cat|puppy|pet|toddler|baby|kid|kids|child|children|son|daughter|accidentally|by accident|vitamins?|chocolates?|biscuits?|cereal|sweets|${LAUGH})\b`;

const SO_THEY_KNOW_I_TRIED = pattern`^(?=.*\b(?:i am going to|i am gonna|going to|gonna|i will|ill|i have decided to) do it\b)(?=.*\bso (?:that )?(?:my |our )?(?:mum|mam|dad|mother|father|family|kids|children|wife|husband|partner|girlfriend|boyfriend|nan|sister|brother|son|daughter|they|everyone|people) (?:knows|know|will know|can see|sees|see|remembers|remember) (?:that )?i (?:was trying|tried|did try|was not lazy|did my best|gave it a go|was not a waste|did everything|was doing something)\b)`;
const NOT_SO_THEY_KNOW = String.raw`\b(?:${LAUGH})\b`;

const NOT_HERE_NEXT = pattern`${NOT_BEFORE}\bi (?:do not|no longer) (?:intend|plan|expect|mean|want) (?:on being|to be) (?:here|around|alive|about|on this earth|in this world) (?:any more |anymore |still )?(?:next|by|come|this time next|after|much longer|for much longer|for long|at christmas|for christmas|in (?:a|two|\d+))\b`;
const NOT_NOT_HERE = String.raw`\b(?:job|jobs|work|working|career|moving|move|relocat\w*|abroad|holiday|emigrat\w*|visa|country|city|town|area|flat|house|hostel|hopefully|employed|position|role|company|firm|placement|course|college|uni|university|apprenticeship|benefits?|dole|signing on|jobcentre|agency|contract|back home|family|${LAUGH})\b`;

const PLACE_TO_DO_IT = pattern`^(?=.*\b(?:multi storey|multistorey|car park|level \d+|top floor|top level|roof|rooftop|bridge|viaduct|flyover|cliff|cliffs|tracks|railway|line|platform|river|canal|pier|quarry|motorway|woods|reservoir|tower block|balcony)\b)(?=.*\b(?:that is|thats|this is|there is|it is) (?:where|when|how) (?:i will|ill|i am going to|i am gonna|i shall|it will|it is going to) (?:do it|happen|end it|go|finish it)\b)`;
const NOT_PLACE = String.raw`\b(?:cv|application|form|print|printing|wifi|laptop|computer|homework|exam|training|photo|photos|picture|pictures|shoot|filming|meeting|pick up|picking up|drop off|dropping off|meet|delivery|deliveries|parcel|park up|smoke|smoking|vape|fishing|${STORY}|${LAUGH})\b`;

const STASH_PLACE = String.raw`(?:sandwich bag|freezer bag|bag|carrier bag|drawer|box|shoebox|shoe box|tin|jar|sock|wardrobe|bed|mattress|pillow|cupboard|glovebox|glove box|locker|envelope|pocket)`;
const STASHED_TABLETS = pattern`\b(?:[2-9]\d|\d{3}|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of|loads of|dozens of|boxes of|packets of) (?:\w+ )?(?:tablets|pills|paracetamol|co codamol|cocodamol|codeine|tramadol|sleeping pills|sleepers|painkillers|pain killers|antidepressants|sertraline|amitriptyline|diazepam|insulin|capsules|meds) (?:\w+ ){0,3}?(?:in|under|behind|inside|at the back of|hidden in|stashed in|saved in|put away in) (?:a |the |my |an old )?(?:\w+ )?${STASH_PLACE}\b`;
const NOT_STASHED = String.raw`\b(?:prescription|repeat|pharmacy|chemist|dosette|blister pack|for my (?:mum|dad|nan|grandad|son|daughter|wife|husband)|dog|cat|pets?|vitamins?|supplements|recycling|return|returning|took them back|handed|hand them in|disposal|dispose|binned|found (?:them|these|some)|(?:he|she|they) (?:has|had|have|keeps|kept)|${STORY}|${LAUGH})\b`;

const AFFAIRS = String.raw`(?:bank details|bank card|pin numbers?|passwords?|account details|insurance (?:details|papers|policy|documents)|my will|a will|life insurance|funeral plan|policy)`;
const LEFT_JUST_IN_CASE = pattern`^(?=.*\b${AFFAIRS}\b)(?=.*\b(?:left|leaving|put|written|wrote|sorted|writing|sealed|labelled) (?:out )?(?:\w+ ){0,4}?(?:in (?:an|the|a) (?:sealed )?envelope|for (?:my )?(?:mum|mam|dad|wife|husband|partner|kids|children|sister|brother|family|nan|son|daughter)|on the (?:side|table|kitchen table|mantelpiece|bed))\b)(?=.*\b(?:just in case|in case anything happens|in case|organ donor|when i am gone|after i am gone|for after|when i am not here|when i go)\b)`;
const NOT_AFFAIRS = String.raw`\b(?:holiday|trip|hospital|operation|surgery|op|travel|travelling|abroad|away|going away|flights?|deployment|army|festival|lodger|cat sitter|dog sitter|house sitter|plants|neighbour|babysitter|childminder|nursery|locked out|lock myself out|spare key|parcel|delivery|${LAUGH})\b`;

const INJURY = String.raw`(?:split lip|fat lip|cut lip|busted lip|swollen lip|black eye|shiner|bruised (?:face|eye|cheek|neck|arms?|jaw)|bruises on my (?:face|neck|arms?)|bruising on my (?:face|neck|arms?)|marks on my (?:face|neck|arms?)|cut on my (?:face|cheek|head)|broken nose|swollen (?:face|eye|jaw|cheek))`;
const HIDDEN_INJURY = pattern`^(?=.*\b(?:i have|i have got|i got|got|i am sporting|with|i am nursing|still have) (?:a |an |the |some )?${INJURY}\b)(?=.*\b(?:camera off|without (?:the |my )?(?:camera|video)|no camera|audio only|phone (?:call )?instead|cover (?:it|them|up)|covering (?:it|them|up)|make up|makeup|concealer|sunglasses|polo neck|high neck|scarf|long sleeves|can not (?:go in|go|let (?:them|anyone|people) see|be seen)|hide (?:it|them)|move (?:it|the interview)|rearrange|postpone|put (?:it|the interview) back|see my face)\b)`;
const NOT_INJURY = String.raw`\b(?:boxing|boxer|rugby|football|match|sparring|mma|martial|karate|judo|kickboxing|gym|training|fell|fall|fallen|tripped|slipped|accident|dentist|dental|cold sore|filler|fillers|bike|cycling|skateboard|walked into|door|cupboard|toddler|baby|(?:my )?(?:son|daughter|kid|lad) (?:head ?butted|elbowed|kicked)|hockey|cricket|netball|operation|surgery|allergic|allergy|reaction|stung|sting|(?:he|she|they) (?:has|had|got)|${STORY}|${LAUGH})\b`;

const LITTLE_FOOD = String.raw`(?:(?:a|one|to|two|\d+|half a|the last|a couple of) (?:slices? of bread|slice|crusts?|tins? of \w+|tin|loaf|packet of \w+|bag of \w+|eggs?|potatoes|pot noodles?|noodles|packets? of pasta|bag of pasta|box of cereal|pint of milk)|nothing but (?:a|one|to|two|\d+) \w+)`;
const TO_LAST_TILL = pattern`^(?=.*\b${LITTLE_FOOD}\b)(?=.*\bto (?:last|feed|do) (?:us|me|the \w+|all of us|the (?:four|five|three|six) of us|\d+ of us)? ?(?:till|until|to|through|over|for) (?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|payday|pay day|giro|the end of the (?:week|month)|next week|my payment|the payment|universal credit|uc|\d+ days|three days|four days|five days|the week)\b)`;
const NOT_LITTLE_FOOD = String.raw`\b(?:camping|festival|diet|dieting|recipe|challenge|budget recipes?|batch cook\w*|meal prep|fasting|lent|ramadan|(?:he|she|they) (?:has|have|had|got)|neighbour|charity|donat\w*|volunteer\w*|${STORY}|${LAUGH})\b`;

const METER_EMPTY = pattern`^(?=.*\b(?:meter|emergency credit|electric|electricity|gas|lecky|power|top up)\b)(?=.*\b(?:says 0|on 0|at 0|reads 0|shows 0|0 00|zero|nothing left|run out|ran out|used up|emergency credit (?:used|gone|run out|ran out|is gone)|no credit|cut off|went off|gone off|is off)\b)(?=.*\bcan not (?:cook|heat|boil|warm|feed|make (?:tea|dinner|food)|put the heating|turn the heating|have (?:the )?(?:heating|lights)|bath|wash|charge)\b)`;
const NOT_METER = String.raw`\b(?:neighbour|neighbours|next door|upstairs|downstairs|her|his|their|(?:he|she|they) (?:has|have|had|can not)|power cut|storm|outage|engineer|boiler service|camping|caravan|lol)\b`;

// --- Concern ------------------------------------------------------------------------------------
const FALLS_APART = pattern`\bevery (?:single )?(?:plan|thing|time|job|chance|opportunity|week|lead|attempt) (?:i|we) (?:make|made|try|tried|get|got|have|had|plan|planned|set up|line up|lined up) (?:just |always |somehow )?(?:falls apart|fell apart|falls through|fell through|goes wrong|went wrong|fails|failed|collapses|comes to nothing|goes to pot|goes tits up|goes pear shaped|gets ruined|crumbles)\b`;
const NOT_FALLS_APART = String.raw`\b(?:game|level|boss fight|recipe|cake|bread|sourdough|lego|model|tent|${STORY}|${LAUGH})\b`;

const WHAT_KIND_OF = pattern`\bwhat (?:kind|sort|type) of (?:a )?(?:dad|father|mum|mother|parent|husband|wife|man|woman|partner|son|daughter|provider|grown man|grown adult|adult|role model|example) (?:am i|is that|does that make me|must i be)\b(?! (?:going to|gonna|meant to|supposed to|to be|looking for|applying))`;
const NOT_WHAT_KIND = String.raw`\b(?:lol|lmao|haha\w*|best|proud|good one|quiz|personality test|form|question|interview question|they asked|asked me)\b`;

const TOO_THICK = pattern`\bi am (?:too|so|just|far too|way too|really|proper|that|always been|always been too) (?:thick|stupid|dumb|dense|brainless|slow)(?! skinned)\b(?:(?: \w+){0,6}? (?:always have been|always been|always was|since school|my whole life|all my life)|(?: \w+){0,3}? (?:for|to (?:pass|do|get|understand|learn|work))\b)`;
const NOT_TOO_THICK = String.raw`\b(?:${LAUGH}|drunk|hungover|tired|knackered|jet lagged|asleep|half asleep|morning|coffee|caffeine|before my coffee|today|this morning)\b`;

const BEFORE_EVERY = pattern`\b(?:smoke|smoking|have|having|need|needing|take|taking|neck|necking|sink|sinking|pop|popping|do|doing|skin up|roll) (?:a |one |some |my |a quick |a couple of |two )?(?:joint|spliff|zoot|weed|a drink|drink|drinks|vodka|whisky|shot|shots|cans?|beers?|line|pill|pills|valium|diazepam|xanax|gabapentin|pregabalin|codeine|tramadol|edible|bong|blunt|couple of cans) (?:before|for) (?:every|each|any|all my|the) (?:call|interview|appointment|meeting|shift|phone call|video call|session|job search|application)\b`;
const GOT_THROUGH_ON = pattern`\b(?:get|got|getting) (?:through|thru) (?:the |my )?(?:evenings?|nights?|days?|weeks?|weekends?|mornings?|afternoons?) (?:with|on|using|thanks to) (?:the |my |a |some )?(?:gabapentin|pregabalin|valium|diazepam|xanax|tramadol|codeine|spice|weed|bottle|wine|vodka|cans|whisky|pills|tablets|painkillers|sleepers|benzos|downers)\b|\b(?:gabapentin|pregabalin|valium|diazepam|xanax|tramadol|codeine|benzos|pills|tablets) (?:i|that i) (?:buy|get|bought|got|score|scored) (?:off|from) (?:a |some |this )?(?:lad|bloke|mate|guy|dealer|man|fella|someone|somebody|the street|the internet|online)\b`;
const NOT_SUBSTANCE = String.raw`\b(?:(?:he|she|they) (?:has|have|had|smokes|takes|needs|does)|my (?:brother|sister|mate|friend|son|daughter|dad|mum|partner|husband|wife|flatmate)|prescribed|prescription|doctor|gp|pharmacy|coffee|tea|water|banana|lol|${STORY})\b`;

const BACK_OFF = pattern`^(?=.*\bcan not (?:get|go|drop|fall) back (?:off|to sleep|asleep)\b)(?=.*\b(?:every|each|most|always|nightly|again|night after night)\b)`;
const NOT_BACK_OFF = String.raw`\b(?:baby|newborn|toddler|kids? (?:wake|woke|waking)|teething|dog|puppy|cat|neighbours|noise|party|storm|fox|foxes|heat|heatwave|too hot|jet lag|jetlag|night shift|nights|early shift|shift|bins|bin men|birds|seagulls|builders|${LAUGH})\b`;

const JUST_ME_AND = pattern`\b(?:christmas|xmas|christmas day|boxing day|new year|new years eve|my birthday|birthday|easter|the weekend|every weekend|sunday|every sunday|fathers day|mothers day|valentines) (?:was|is|will be|were) (?:just )?me and (?:a|the|my|some) (?:microwave meal|ready meal|microwave dinner|pot noodle|telly|tv|four walls|bottle|cans?|kebab|sandwich|takeaway|phone|radio|cat|dog)\b`;
const NOT_JUST_ME = String.raw`\b(?:bliss|lovely|peaceful|perfect|heaven|best|great|brilliant|chose|choice|by choice|loved it|enjoyed|no complaints|not complaining|${LAUGH})\b`;

const ONLY_TIME_OUT = pattern`\b(?:only|the only|my only) (?:time|day|place|reason|thing) (?:i|that i) (?:leave|go out of|get out of|step out of|go outside|get outside|see|speak to|talk to|get out|go out) (?:the |my )?(?:flat|house|home|room|bedsit|four walls|anyone|anybody|a soul|people|another person|another human|a human|a real person)?\b(?:(?: \w+){0,3}? (?:all week|all month|these days|any more|anymore)|\b(?= all| these| any| in ))?`;
const NOT_ONLY_TIME = String.raw`\b(?:(?:he|she|they) (?:leaves|leave|sees|goes)|(?:his|her|their) (?:only|flat|house)|dog|walk the dog|gym|broken leg|cast|crutches|${LAUGH})\b`;

const PEOPLE_AROUND = pattern`\b(?:just |only )?so (?:there is|there are|that there is|that there are|i am|i can be|i have) (?:some |other )?(?:people|someone|somebody|other people|company|humans|a voice|voices|life) (?:around|about|near|nearby|with me|to talk to|in the room)\b(?! to (?:help|ask|check|mark|see|watch))|\bjust to be (?:around|near|among|with) (?:other )?(?:people|someone|somebody|humans)\b`;
const NOT_PEOPLE_AROUND = String.raw`\b(?:safety|safe|security|witness|witnesses|kids|children|baby|dog|(?:he|she|they) (?:sits|sat|goes|went)|${LAUGH}|${STORY})\b`;

const HIT_VERB = String.raw`(?:lamping|lamp|lamped|decking|deck|decked|punching|punch|punched|thumping|thump|thumped|smacking|smack|smacked|slapping|slap|slapped|chinning|chin|chinned|flooring|floor|floored|battering|batter|battered|strangling|strangle|strangled|throttling|throttle|throttled|headbutting|headbutt|headbutted|nutting|nut|nutted|glassing|glass|glassed|lumping|lump|lumped|walloping|wallop|walloped|belting|belt|belted|swinging for|swing for|swung for|knocking (?:him|her|them|the \w+) out|knock (?:him|her|them|the \w+) out|knocked (?:him|her|them|the \w+) (?:out|spark out|into next week|clean out|sparko))`;
const CLOSE_TO_HITTING = pattern`\b(?:this|that|so|very|well|dead) close to ${HIT_VERB}(?: (?:him|her|them|the \w+|my \w+|someone|somebody|his|her|that|this))?\b|\b(?:nearly|almost|very nearly|just about|i could have|could have|i could of|could of) ${HIT_VERB}\b`;
const NOT_CLOSE_TO_HITTING = String.raw`\b(?:car|bike|trolley|pram|buggy|door|accident|accidentally|by accident|over|ball|the ball|golf|tennis|cricket|boxing|sparring|bowling|pins|clock in|time card|punch card|punched in|punch in|punching in|clocking in|clock in|hole punch|myself|printer|laptop|computer|machine|kettle|telly|tv|partner|boyfriend|girlfriend|wife|husband|missus|hubby|kids|son|daughter|baby|scared|frightened|hurt someone|hurt somebody|losing it|lose it|snapped|stopped myself|${STORY}|when i was|years ago|as a kid)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SEVENTY_SECOND_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b${VEHICLE}\b`, NOT_RUN_DOWN), [group('crisis', 'wishes to be dead', [RUN_DOWN_AND_FINE])]],
  [unless(String.raw`\bof this\b`, NOT_N_MORE_X), [group('crisis', 'wishes to be dead', [NOT_N_MORE])]],
  [unless(String.raw`\b(?:jealous|envious|envied|envy)\b`, NOT_JEALOUS), [group('crisis', 'wishes to be dead', [JEALOUS_OF_THE_DEAD])]],
  [unless(String.raw`\bif (?:you|i|someone|somebody|a person|one) (?:took|take|swallowed|swallow|had|necked|downed)\b`, NOT_WHOLE_BOX), [group('crisis', 'thinking about a way to end their life', [WHOLE_BOX])]],
  [unless(String.raw`\bdo it\b`, NOT_SO_THEY_KNOW), [group('crisis', 'intends to end their life', [SO_THEY_KNOW_I_TRIED])]],
  [unless(String.raw`\b(?:intend|plan|expect|mean|want) (?:on being|to be) (?:here|around|alive|about|on this earth|in this world)\b`, NOT_NOT_HERE), [group('crisis', 'intends to end their life', [NOT_HERE_NEXT])]],
  [unless(String.raw`\b(?:where|when|how) (?:i will|ill|i am going to|i am gonna|i shall|it will|it is going to) (?:do it|happen|end it|go|finish it)\b`, NOT_PLACE), [group('crisis', 'a plan to end their life', [PLACE_TO_DO_IT])]],
  [unless(String.raw`\b(?:tablets|pills|paracetamol|co codamol|cocodamol|codeine|tramadol|sleepers|painkillers|pain killers|antidepressants|sertraline|amitriptyline|diazepam|insulin|capsules|meds)\b`, NOT_STASHED), [group('crisis', 'preparing to end their life, or a past attempt', [STASHED_TABLETS])]],
  [unless(String.raw`\b(?:just in case|in case|organ donor|when i am gone|after i am gone|for after|when i am not here|when i go)\b`, NOT_AFFAIRS), [group('crisis', 'preparing to end their life, or a past attempt', [LEFT_JUST_IN_CASE])]],
  [unless(String.raw`\b(?:lip|eye|shiner|bruised|bruises|bruising|marks|cut|nose|swollen)\b`, NOT_INJURY), [group('crisis', 'abuse or violence', [HIDDEN_INJURY])]],
  [unless(String.raw`\bto (?:last|feed|do)\b`, NOT_LITTLE_FOOD), [group('crisis', 'no safe place, food or power tonight', [TO_LAST_TILL])]],
  [unless(String.raw`\bcan not (?:cook|heat|boil|warm|feed|make|put|turn|have|bath|wash|charge)\b`, NOT_METER), [group('crisis', 'no safe place, food or power tonight', [METER_EMPTY])]],
  [unless(String.raw`\bevery (?:single )?(?:plan|thing|time|job|chance|opportunity|week|lead|attempt) (?:i|we)\b`, NOT_FALLS_APART), [group('concern', 'hopelessness', [FALLS_APART])]],
  [unless(String.raw`\bwhat (?:kind|sort|type) of\b`, NOT_WHAT_KIND), [group('concern', 'feels worthless', [WHAT_KIND_OF])]],
  [unless(String.raw`\b(?:thick|stupid|dumb|dense|brainless|slow)\b`, NOT_TOO_THICK), [group('concern', 'feels worthless', [TOO_THICK])]],
  [unless(String.raw`\b(?:before|for) (?:every|each|any|all my|the) (?:call|interview|appointment|meeting|shift|phone call|video call|session|job search|application)\b|\b(?:through|thru|off|from)\b`, NOT_SUBSTANCE), [group('concern', 'drinking or drugs to cope', [BEFORE_EVERY, GOT_THROUGH_ON])]],
  [unless(String.raw`\bback (?:off|to sleep|asleep)\b`, NOT_BACK_OFF), [group('concern', 'not eating or sleeping', [BACK_OFF])]],
  [unless(String.raw`\bme and\b`, NOT_JUST_ME), [group('concern', 'feels alone', [JUST_ME_AND])]],
  [unless(String.raw`\bonly (?:time|day|place|reason|thing)\b`, NOT_ONLY_TIME), [group('concern', 'feels alone', [ONLY_TIME_OUT])]],
  [unless(String.raw`\bso (?:there|that there|i am|i can be|i have)\b|\bjust to be\b`, NOT_PEOPLE_AROUND), [group('concern', 'feels alone', [PEOPLE_AROUND])]],
  [unless(String.raw`\b(?:close to|nearly|almost|could have|could of)\b`, NOT_CLOSE_TO_HITTING), [group('concern', 'joked about hurting someone', [CLOSE_TO_HITTING])]],
];
