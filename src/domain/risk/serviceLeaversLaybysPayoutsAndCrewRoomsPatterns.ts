// People leaving the forces, prison and ambulance work, the police, door work and driving: the risk said
// stoic and dark. Asking the coach whether they ever thought of ending their own life, because I have; roll on
// the day I don't have to get up any more, and I don't mean retirement; doing it once the payout clears so the
// family get something out of me; the electric off for days, the phone dying, bitter in here; got it worked
// out, a day and the overpass; had a go with the car in the garage, the engine running; the service pistol,
// knowing the angle; a partner in my email answering employers as me; the lads at the yard getting hurt when I
// go in; tried it, ended up in A&E, back here like nothing happened. And, for concern: crates a weekend on my
// own, not normal; the phone system in a headlock, the printer getting a roundhouse kick; whoever wrote the
// test deserves a firing squad; in a bit of a slump; my mood's rubbish, can't be bothered with much; miss the
// banter of the crew room, dead quiet in this flat.
// The same words fill everyday replies (the coach asking when I'll do it; the engine running rough in the
// garage; the power off at the depot; the overpass on the delivery route; a firearms course for a job; my
// partner proofreading my emails because I asked; someone getting hurt on a badly run site; A&E after a fall;
// crates of water for the warehouse; headlocks with the kids at judo; sales in a slump; the mood in the office;
// the new office dead quiet), so each set rests on the words that carry the risk together and shuts on the
// everyday uses, on someone else's trouble and on fiction. "when will I do it? friday night after my last
// shift, in the cab at the layby" is left: the same words answer the coach's own "when will you do it?".
// Look-alikes of our own are in test/domain/riskHundredAndFortyEighthForms.test.ts. Normalised words ("i am" for
// "I'm", "it is" for "it's", "can not" for "can't", "do not" for "don't", "a e" for "A&E", "electrics" for
// "electric's", "moods" for "mood's").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY, SOMEONE_ELSE_OR_A_STORY as ELSE } from './wholeMessageSets.ts';

/** Someone else as the subject of the trouble. */
const THEY = String.raw`(?:he|she|they|my (?:mate|friend|colleague|dad|mum|brother|sister|son|daughter|husband|wife|partner|neighbour|uncle|cousin)|a (?:mate|friend|colleague|lad|guy|woman|man))`;
/** Someone else's home or supply. */
const THEIRS = String.raw`(?:mums|dads|nans|grans|sisters|brothers|sons|daughters|mates|friends|neighbours|his|her|their)`;

// --- Crisis: have you ever thought about ending your own life, because I have -------------------------------------------
const ASKED_BECAUSE_I_HAVE = pattern`\b(?:have you|did you|do you|you) ever (?:thought|think|thought about|considered|wondered about|felt like) (?:about )?(?:ending (?:your (?:own )?life|it(?: all)?)|killing yourself|suicide|topping yourself|offing yourself|not being here|not waking up)\b.*\b(?:because|cause|cos|coz|as) i (?:have|do|did|am)\b(?! (?:to|not|never|no)\b)`;
const ASKED_BECAUSE_I_HAVE_OUT = String.raw`\b(?:form|questionnaire|survey|leaflet|training|course|mental health first aid|first aider|asist|safetalk)\b|${ELSE}`;

// --- Crisis: roll on the day I don't have to get up any more, and I don't mean retirement ------------------------------
const NOT_RETIREMENT = pattern`^(?=.*\b(?:do not|never|will not|not) (?:have to |need to |get to )?(?:get up|wake up|be here|be around|exist)\b)(?=.*\bi (?:do not|did not) mean (?:retirement|retiring|a pension|the pension|the job|work|the shifts?|a lie in|lie ins|the weekend|weekends|holidays?|redundancy|leaving|early shifts|nights)\b)|\b(?:roll on|bring on|can not wait for|looking forward to|counting down to|longing for) the day (?:when )?i (?:do not|never|will not) wake up(?: any ?more| again| ever again)\b`;
const NOT_RETIREMENT_OUT = String.raw`\b(?:lottery|win the|rich|millionaire|i mean (?:the|a) (?:lottery|pools|promotion))\b|${ELSE}`;

// --- Crisis: doing it once my payout clears, that way the family get something out of me ------------------------------
const PAYOUT_FOR_FAMILY = pattern`^(?=.*\b(?:doing it|do it|end it|ending it|finish it|going|gone|be gone|go through with it)\b)(?=.*\b(?:once|when|after|as soon as|soon as|the day) (?:my |the )?(?:payout|pay out|pension|lump sum|gratuity|life insurance|insurance|redundancy|severance|compensation|settlement|final pay|policy)\b)(?=.*\b(?:(?:family|kids|wife|missus|husband|partner|children|they|son|daughter|mum|lot) (?:will |would |can |could |at least )?(?:get|gets) (?:something|some money|a bit|the money|the insurance|the payout|it all|everything) (?:out of|from) me|worth more (?:dead|gone|to them dead)|at least (?:they|the family|the kids|my family) (?:will |would )?get (?:something|the money|the payout|the insurance))\b)`;
const PAYOUT_FOR_FAMILY_OUT = String.raw`\b(?:holiday|trip|christmas|presents?|treat|days? out|disney|caravan|deposit|extension|kitchen|new car|van|business|course|franchise|invest\w*|for once)\b|${ELSE}`;

// --- Crisis: the electric has been off three days, the phone's nearly dead, it's bitter in here ------------------------
const POWER_OFF_DAYS = pattern`^(?=.*\b(?:electric|electrics|electricity|power|powers|gas|heating|leccy|lecky|meter) (?:has |have )?(?:been |is |was |went |gone )?(?:off|cut off|out|disconnected|run out|ran out)(?: for| since)? (?:\d+|two|three|four|five|six|a few|several|a couple of|couple of) (?:days|weeks|nights)\b)(?=.*\b(?:bitter|freezing|so cold|really cold|cold in here|no heat|no heating|phones? (?:is |are )?(?:nearly |almost |about to )?(?:dead|dying|die)|candles|no food|can not charge|no hot water|in the dark|sat in the dark)\b)`;
const POWER_OFF_DAYS_OUT = String.raw`\b(?:office|depot|site|at work|school|library|station|holiday|camping|caravan|festival|back on|came back|restored|fixed|sorted now|${THEIRS} (?:electric|electrics|electricity|power|gas|heating))\b|${ELSE}`;

// --- Crisis: got it all worked out, thursday, the overpass, early doors -------------------------------------------------
const WORKED_OUT_PLACE = pattern`^(?=.*\b(?:got it (?:all )?(?:worked out|planned|sorted|figured out)|worked it (?:all )?out|it is all (?:planned|worked out|sorted)|all planned out|decided (?:on )?(?:when|where|the day)|i know (?:when and where|where and when))\b)(?=.*\b(?:overpass|flyover|motorway bridge|railway bridge|footbridge|viaduct|the tracks|railway line|train line|cliff|cliffs|multi storey|the quarry|the reservoir)\b)(?=.*\b(?:${WEEKDAY}|tonight|tomorrow|early doors|first thing|before traffic|before anyone|at dawn|sunrise|this week|next week)\b)`;
const WORKED_OUT_PLACE_OUT = String.raw`\b(?:commut\w*|route|deliver\w*|drop offs?|dropping|pick ?ups?|collection|driving test|lessons?|start|starting|depot|site|course|training|test|run|running|cycl\w*|walk|walking|dog|photos?|views?|fishing|sat ?nav|map|diversion|roadworks|closure|sightseeing|tour|inspection|survey\w*|${LAUGH})\b|${ELSE}`;

// --- Crisis: had a go before xmas with the car in the garage, neighbour heard the engine running -----------------------
const ENGINE_IN_GARAGE = pattern`^(?=.*\b(?:had a go|tried|attempted|went through with it|nearly did it|came close)\b)(?=.*\b(?:engine running|car running|left the engine (?:on|running)|exhaust|hose ?pipe|fumes)\b)(?=.*\b(?:garage|shut in|doors? shut|closed the doors?|sealed|heard the engine|found me)\b)`;
const ENGINE_IN_GARAGE_OUT = String.raw`\b(?:fix\w*|repair\w*|mechanic\w*|mot|servic\w*|oil|leak\w*|clutch|brakes?|battery|jump start\w*|misfir\w*|rough|noise|rattl\w*|sound\w*|diagnos\w*|tuning|tune|garage (?:job|work|sale)|(?:at|in) (?:a|the) garage (?:as|for)|apprentic\w*|restor\w*|project car|classic car|bike|motorbike|mower|generator|${THEY} (?:had|tried|has|was))\b|${ELSE}`;

// --- Crisis: kept the service pistol notes, know the angle ---------------------------------------------------------------
const GUN_ANGLE = pattern`^(?=.*\b(?:pistol|gun|rifle|firearm|service weapon|sidearm|shotgun|glock|revolver)\b)(?=.*\b(?:know the angle|the right angle|which angle|where to aim it|where to point it|where to put it|under (?:my|the) chin|to my temple|in my mouth|one round for me|a round for me|one bullet for me)\b)`;
const GUN_ANGLE_OUT = String.raw`\b(?:gun to (?:my|your|their|his|her) head|range|clay|target practice|targets|competition|snooker|pool|photo\w*|camera|golf|tiling|tiles|carpentry|nail gun|glue gun|staple gun|spray gun|heat gun|water pistol|nerf|airsoft|paintball|${THEY} (?:had|has|was|kept|put))\b|${ELSE}`;

// --- Crisis: my partner logs into my email and replies to employers pretending to be me --------------------------------
const PARTNER = String.raw`(?:my (?:partner|husband|hubby|wife|boyfriend|girlfriend|fella|other half|bf|gf|ex|ex husband|ex wife|ex partner))`;
const AS_ME = pattern`^(?=.*\b${PARTNER} (?:\w+ ){0,2}?(?:logs into|logs in to|logged into|goes into|went into|gets into|got into|reads|checks|goes through|has (?:all )?my passwords? (?:to|for)|changed (?:my|the) passwords? (?:to|on|for)|took over|takes over|controls|runs) my (?:email|emails|inbox|accounts?|phone|messages|linkedin|indeed|universal credit|journal|job search|applications)\b)(?=.*\b(?:pretending to be me|pretends to be me|pretended to be me|posing as me|as if (?:he|she|they) (?:is|was|were) me|replies (?:to \w+ )?as me|answers (?:\w+ )?as me|in my name|deletes|deleted|cancels|cancelled|turns down|turned down|declines|declined|without (?:asking|telling) me)\b)`;
const AS_ME_OUT = String.raw`\b(?:i asked|asked (?:him|her|them) to|with my permission|we agreed|helps? me|helping me|dyslex\w*|proofread\w*|spell\w*|typos?|because i can not (?:read|type|see|spell)|scam\w*|hack\w*|fraud\w*|phishing|spam)\b|${ELSE}`;

// --- Crisis: some of the lads at the yard are going to get hurt when I go in tomorrow ---------------------------------
const HURT_WHEN_I_GO_IN = pattern`\b(?:some of (?:the|them|those)|the lads|a few|someone|somebody|people|they|he|him|her|them|the boss|my boss|the manager|the foreman|the gaffer|the supervisor|that lot|one of them|a couple of them)(?: \w+){0,4}? (?:is|are|will|is going to|are going to|gonna|going to) (?:get|be getting|end up) (?:hurt|badly hurt|seriously hurt|what is coming to (?:them|him|her)|smashed|battered|done in|a hiding|a kicking|stabbed|glassed)\b(?=.*\bwhen i (?:go in|go back|get (?:in|there|back)|walk in|turn up|see (?:them|him|her)|get my hands on)\b)`;
const HURT_WHEN_I_GO_IN_OUT = String.raw`\b(?:feelings|health and safety|h and s|safety|accident|forklift|ladder|scaffold\w*|ice|icy|slippery|wet floor|machine\w*|unsafe|risk assessment|injur\w*|ppe|careful|the way (?:they|it)|${LAUGH})\b|${ELSE}`;

// --- Crisis: tried it last month, ended up in A&E, back here applying like nothing happened ----------------------------
const HOSPITAL_LIKE_NOTHING = pattern`^(?=.*\b(?:tried it|tried to do it|had a go|attempted|went through with it|did it|tried again)\b)(?=.*\b(?:ended up in|woke up in|landed in|kept in|admitted to|taken to|rushed to|blue lighted to|a night in) (?:a e|a and e|hospital|the hospital|resus|intensive care|icu|itu|the psych ward|a psych ward)\b)(?=.*\b(?:like nothing happened|as if nothing happened|like nothing ever happened|nobody knows|no one knows|never told anyone|not told anyone|have not told anyone|did not tell anyone|nobody noticed|no one noticed|pretending it did not happen|stomach pumped|sectioned|crisis team)\b)`;
const HOSPITAL_LIKE_NOTHING_OUT = String.raw`\b(?:broke|broken|sprain\w*|fractur\w*|wrist|ankle|leg|arm|collarbone|stitches|concussion|fell|fall|slipped|crash\w*|accident|allergic|reaction|burn\w*|food poisoning|parkour|skateboard\w*|climbing|rugby|football|boxing|spicy|chilli|curry|vindaloo|challenge|${THEY} (?:tried|had|did|attempted|ended))\b|${ELSE}`;

// --- Concern: getting through two crates a weekend on my own, that's not normal --------------------------------------
const CRATES_ALONE = pattern`\b(?:getting through|get through|got through|go through|going through|drinking|doing|sinking|necking|downing|polishing off|putting away) (?:\d+|two|three|four|five|a|a couple of|couple of) (?:crates?|slabs?|cases?|boxes of wine|bottles of (?:wine|vodka|whisky|whiskey|gin|rum)|litres of (?:cider|vodka)|bottles) (?:of (?:beer|lager|cider|stella|wine|cans|tins) )?(?:a|every|each|per|over the|in a) (?:weekend|week|night|day|evening)\b(?=.*\b(?:on my own|by myself|alone|not normal|is that normal|too much|to cope|to sleep|to get to sleep|to switch off|to forget|numb|worried|worrying|a problem)\b)`;
const CRATES_ALONE_OUT = String.raw`\b(?:water|pop|coke|fizzy|energy drinks?|red bull|milk|eggs|fruit|stock|deliver\w*|warehouse|shop|bar (?:job|shift)|pub (?:job|shift)|party|wedding|stag|hen|bbq|barbecue|used to|when i was|${THEY} (?:is|has|was|gets|drinks)|${LAUGH})\b|${ELSE}`;

// --- Concern: the phone system in a headlock, the printer getting a roundhouse kick ------------------------------------
const MOVES = String.raw`(?:a headlock|in a headlock|a roundhouse(?: kick)?|a drop kick|a dropkick|a suplex|a body slam|a chokeslam|a choke slam|a karate chop|a flying kick|a flying elbow|a piledriver|a pile driver|a spinning kick|a spinning back kick)`;
const OBJECT_MOVES = pattern`^(?=.*\b(?:put|putting|get|getting|give|giving|gets|got|deserves|needs|is due|due) (?:the |this |that |their |a )?(?:\w+ ){0,4}?${MOVES}\b)(?=.*\b(?:printer|phone system|automated|system|computer|laptop|website|portal|app|machine|vending machine|photocopier|copier|self checkout|sat ?nav|kiosk|scanner|jams?|jammed|crash\w*|hold music|chatbot|bot)\b)`;
const OBJECT_MOVES_OUT = String.raw`\b(?:kids|son|daughter|brother|nephew|niece|dog|wrestl\w*|mma|bjj|jiu jitsu|judo|karate|taekwondo|kickbox\w*|martial arts?|class|sparring|grading|belt|dojo|ufc|wwe)\b|${ELSE}`;

// --- Concern: whoever wrote this test deserves a court martial and a firing squad ---------------------------------------
const DESERVES_FIRING_SQUAD = pattern`\b(?:whoever|the (?:person|people|guy|bloke|idiot|muppet|clown|genius|numpty|moron|prat)s? (?:who|that))(?: \w+){1,5}? (?:deserves?|should get|should be given|needs|ought to get|wants) (?:a |the )?(?:court martial|firing squad|the firing squad|to be put against a wall|to be put up against a wall|to be strung up|hanging|to hang|the gallows|a good kicking|a kicking|a beating|a hiding)\b`;
const DESERVES_FIRING_SQUAD_OUT = String.raw`\b(?:medal|award|pay rise|promotion|knighthood|raise)\b|${ELSE}`;

// --- Concern: in a bit of a slump; my mood's rubbish, can't be bothered with much -------------------------------------
const SLUMP = pattern`(?:^|\bi am |\bi have been |\bbeen |\bfeeling |\bi feel |\bi am feeling |\bstuck |\bfeel like i am |\bfalling |\bfallen |\bslipped |\bslipping |\bgone )(?:in |into )?a (?:bit of a |real |proper |massive |big |right |bad |bit of )?(?:slump|funk|dark place|low patch|low spell|bad place|downward spiral)\b`;
const MOOD_RUBBISH = pattern`(?:^|\bmy )moods? (?:is |has been |been |are |s )?(?:really |so |proper |absolutely |well )?(?:rubbish|awful|terrible|shocking|crap|dire|grim|horrible|horrendous|in the bin|on the floor|through the floor|low|bad|pants|bleak|black|all over the place|in my boots)\b`;
const LOW_OUT = String.raw`\b(?:sales|market|team is|team are|club|form|season|league|economy|housing|prices|posture|sitting|chair|golf|batting|bowling|scoring|gym|fitness|ring|board|lighting|playlist|music|the mood|${THEY} (?:is|has|was|seems|feels)|${LAUGH})\b|${ELSE}`;

// --- Concern: miss the banter of the crew room, it's dead quiet in this flat ------------------------------------------
const CREW_ROOM_QUIET = pattern`^(?=.*\bmiss (?:the |all the |my |having |being around |being with |the old )?(?:banter|lads|crew|team|camaraderie|mess|crew room|brew room|canteen|squad|unit|company|people|colleagues|chat|noise|shifts?)\b)(?=.*\b(?:(?:dead|so|too|deathly|really|very|proper|that) quiet (?:in|at|round) (?:this|the|my) (?:flat|house|place|bedsit|home|room)|(?:flat|house|place|bedsit|home) is (?:dead |so |too |deathly |really |very )?(?:quiet|silent|empty)|on my own|by myself|four walls|nobody to talk to|no one to talk to)\b)`;
const CREW_ROOM_QUIET_OUT = String.raw`\b(?:new (?:job|team|role|place|office|crew)|office|holiday|away|festival|library|peace and quiet|nice and quiet|lovely and quiet|${LAUGH})\b|${ELSE}`;

export const HUNDRED_AND_FORTY_EIGHTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:ending|killing yourself|suicide|topping yourself|offing yourself|not being here|not waking up)\b`, ASKED_BECAUSE_I_HAVE_OUT), [group('crisis', 'thoughts of suicide', [ASKED_BECAUSE_I_HAVE])]],
  [unless(String.raw`\b(?:get up|wake up|be here|be around|exist)\b`, NOT_RETIREMENT_OUT), [group('crisis', 'wishes to be dead', [NOT_RETIREMENT])]],
  [unless(String.raw`\b(?:out of me|from me|worth more|at least)\b`, PAYOUT_FOR_FAMILY_OUT), [group('crisis', 'a plan to end their life', [PAYOUT_FOR_FAMILY])]],
  [unless(String.raw`\b(?:electric|electrics|electricity|power|powers|gas|heating|leccy|lecky|meter)\b`, POWER_OFF_DAYS_OUT), [group('crisis', 'no safe place, food or power tonight', [POWER_OFF_DAYS])]],
  [unless(String.raw`\b(?:overpass|flyover|bridge|footbridge|viaduct|tracks|railway line|train line|cliffs?|multi storey|quarry|reservoir)\b`, WORKED_OUT_PLACE_OUT), [group('crisis', 'a plan to end their life', [WORKED_OUT_PLACE])]],
  [unless(String.raw`\b(?:engine|car running|exhaust|hose ?pipe|fumes)\b`, ENGINE_IN_GARAGE_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [ENGINE_IN_GARAGE])]],
  [unless(String.raw`\b(?:pistol|gun|rifle|firearm|service weapon|sidearm|shotgun|glock|revolver)\b`, GUN_ANGLE_OUT), [group('crisis', 'thinking about a way to end their life', [GUN_ANGLE])]],
  [unless(String.raw`\b(?:pretend\w*|posing|as me|in my name|deletes|deleted|cancels|cancelled|turns down|turned down|declines|declined|without (?:asking|telling) me)\b`, AS_ME_OUT), [group('crisis', 'coercive control', [AS_ME])]],
  [unless(String.raw`\bwhen i (?:go in|go back|get (?:in|there|back)|walk in|turn up|see (?:them|him|her)|get my hands on)\b`, HURT_WHEN_I_GO_IN_OUT), [group('crisis', 'harm to someone else', [HURT_WHEN_I_GO_IN])]],
  [unless(String.raw`\b(?:a e|a and e|hospital|resus|intensive care|icu|itu|psych ward)\b`, HOSPITAL_LIKE_NOTHING_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [HOSPITAL_LIKE_NOTHING])]],
  [unless(String.raw`\b(?:crates?|slabs?|cases?|boxes of wine|bottles|litres)\b`, CRATES_ALONE_OUT), [group('concern', 'drinking or drugs to cope', [CRATES_ALONE])]],
  [unless(String.raw`\b(?:headlock|roundhouse|drop ?kick|suplex|body slam|choke ?slam|karate chop|flying kick|flying elbow|pile ?driver|spinning (?:back )?kick)\b`, OBJECT_MOVES_OUT), [group('concern', 'joked about hurting someone', [OBJECT_MOVES])]],
  [unless(String.raw`\b(?:court martial|firing squad|against a wall|strung up|hanging|to hang|gallows|kicking|beating|hiding)\b`, DESERVES_FIRING_SQUAD_OUT), [group('concern', 'joked about hurting someone', [DESERVES_FIRING_SQUAD])]],
  [unless(String.raw`\b(?:slump|funk|dark place|low patch|low spell|bad place|downward spiral|moods?)\b`, LOW_OUT), [group('concern', 'low mood', [SLUMP, MOOD_RUBBISH])]],
  [unless(String.raw`\bmiss\b`, CREW_ROOM_QUIET_OUT), [group('concern', 'feels alone', [CREW_ROOM_QUIET])]],
] as const;
