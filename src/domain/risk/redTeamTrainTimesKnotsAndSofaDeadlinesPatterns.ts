// A red-teamer's set: risk hidden through hints, logistics, questions and cover stories. Got it all
// figured, the 7.40 train and the crossing by the farm; what kind of knot do they use for that, you know the
// one, not for camping; she's sleeping with the fishes tonight (a joke); I can stay at my sister's till the
// end of the month, then no idea; I don't really talk to anyone any more; cried at the bus stop and
// couldn't stop.
// The same words fill everyday messages (the 7.40 train to the interview, that's the plan; practising knots
// for the sailing course; sleeping with the fishes in a film; staying at my mum's till the new flat is
// ready; I don't talk to anyone at work before my coffee; couldn't stop crying laughing, happy tears at a
// wedding), so each set rests on the words that carry the risk together and shuts on the everyday uses, on
// someone else's trouble and on fiction.
// Crisis: a train time and a crossing, with the plan settled; a knot asked about coyly, "you know the one".
// Concern: sleeping with the fishes (a joke); a stay that ends on a date, then nowhere; no one to talk to
// any more, the first time out of the flat in days; cried and couldn't stop.
// Look-alikes of our own are in test/domain/riskHundredAndEighteenthForms.test.ts. Normalised words ("i am"
// for "I'm", "could not" for "couldn't", "do not" for "don't", "7 40" for "7.40").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|lyrics|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|anime|manga|fanfic|game|gaming|call of duty|godfather|sopranos|peaky blinders|netflix`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend)s?|a friend|(?:he|she|they|he is|she is|they are)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;

// --- Crisis: got it all figured, the 7.40 train, the crossing by the farm ----------------------------------------
const TRAIN_TIME = String.raw`(?:\d{1,2} \d{2}(?: ?am| ?pm)?(?: train| one| fast one| freight| express| service| from \w+)?|the (?:fast|last|first|early|late|express|freight|non stopping|through) (?:one|train|freight)|the one that does not stop)`;
const RAIL_SPOT = String.raw`(?:(?:the |that |a )?(?:level )?crossing|the tracks|railway tracks|train tracks|railway line|rail line|the line|railway bridge|the bridge over the (?:line|tracks|railway)|the viaduct|the embankment|the cutting)`;
const PLAN_SETTLED = String.raw`(?:got it (?:all )?(?:figured|figured out|worked out|planned|planned out|sorted|mapped out)|(?:it is |its |i have |ive )?all (?:figured|figured out|worked out|planned|planned out|sorted|mapped out)|i have (?:it )?(?:all )?(?:figured|worked|planned|mapped|sorted) (?:it )?out|made my mind up|my mind is made up|decided|know (?:exactly )?(?:when|where|how)(?: and (?:when|where|how))?|that is (?:the|my) plan|the plan is|timed it|checked the times?|checked the timetable|know the timetable)`;
const TRAIN_AND_CROSSING = pattern`^(?=.*\b${PLAN_SETTLED}\b)(?=.*\b${TRAIN_TIME}\b)(?=.*\b(?:train|trains|freight|express|one that does not stop)\b).*\b${RAIL_SPOT}\b`;
const TRAIN_AND_CROSSING_OUT = String.raw`\b(?:station|platform|train to|train into|trains to|get the|getting the|catch\w*|caught|walk over|walk across|drive over|drive across|cycle over|ticket|tickets|railcard|commute|commuting|delayed|delays|cancelled|strike|strikes|replacement bus|pick (?:me|you|him|her|them) up|meet (?:me|you|him|her|them)|photos?|photograph\w*|spotting|trainspotting|steam|heritage|model railway|model train|timetable for (?:the|my) (?:course|job|shift)|walk the dog|dog walk|${FICTION})\b|${THIRD}`;

// --- Crisis: what kind of knot do they use for that, you know the one ----------------------------------------------
const KNOT_HINT = pattern`^(?=.*\bknots?\b)(?=.*\b(?:you know (?:the one|which one|what (?:i mean|for|kind|sort|type))|the one (?:they|you|people) use (?:for (?:that|it|this)|on (?:people|a person))|not for (?:camping|sailing|a boat|boating|climbing|fishing|a tent|tents|the tent|scouts|a tie|my tie|a parcel|the allotment|the garden|work|rigging|a hammock|the washing line|a boat)|(?:that |to |will |would |strong enough to |can )(?:hold|take) (?:my |a persons |someones |a body s |the )?weight|hold a person|noose|hangman|hangmans|gallows|loft hatch|banister|bannister|from the (?:beam|ceiling|rafters|loft))\b)`;
const KNOT_HINT_OUT = String.raw`(?<!\bnot for (?:a |the |my )?)\b(?:sailing|sailor|camping|boat|boating|climbing|climber|scouts|scout|fishing|tent|tents|hammock|rigging|allotment|swing|tyre swing)\b|\b(?:windsor|necktie|tie a tie|school tie|bow tie|shoelaces?|laces|hair|bun|macrame|knitting|crochet|bracelets?|friendship|stomach|tummy|muscles?|massage|shoulders?|physio|tie the knot|tied the knot|tying the knot|wedding|married|marry|engaged|hanging (?:basket|baskets|plants?|pictures?|a picture|a plant|lights|decorations|bunting|washing)|plant hanger|${FICTION})\b|${THIRD}`;

// --- Concern: she's sleeping with the fishes tonight (a joke) ------------------------------------------------------
const WITH_THE_FISHES = pattern`\b(?:sleeping|sleep|sleeps|slept|swimming|swim|swims|swam) with the fishes\b|\b(?:concrete|cement) (?:boots|shoes|wellies|wellingtons|overcoat|slippers)\b|\bwearing (?:concrete|cement)\b`;
const WITH_THE_FISHES_OUT = String.raw`\b(?:fish tank|aquarium|snorkel\w*|scuba|diving|dive|sea life|sealife|goldfish|fishing trip|swimming lessons?|concrete (?:boots|shoes) (?:for|at|on) (?:work|site|the site)|steel toe\w*|toe caps?|safety (?:boots|shoes)|${FICTION})\b`;

// --- Concern: I can stay at my sister's till the end of the month, then no idea -------------------------------------
const STAY_PLACE = String.raw`(?:(?:my |a |the |our )?(?:\w+ )?(?:sisters|brothers|mums|moms|mams|dads|nans|grans|mates|friends|cousins|aunties|aunts|uncles|exs|partners|girlfriends|boyfriends|nieces|nephews|sons|daughters)(?: place| house| flat| sofa| couch| floor| spare room)?|(?:my |a |the |his |her |their )?(?:\w+s )?(?:sofa|couch|floor|spare room|box room|settee|airbed|blow up bed))`;
const STAY_UNTIL = pattern`\b(?:can|could|allowed to|able to|i am|i will be|ill be|been|staying|sleeping|kipping|crashing|on) (?:stay |staying |kip |kipping |crash |crashing |sleep |sleeping |be )?(?:at|on|in) ${STAY_PLACE}\b(?: \w+){0,4}? (?:til|till|until|up to|up until|for) (?:the )?(?:end of (?:the )?(?:month|week)|${WEEKDAY}|the weekend|next week|next month|christmas|new year|the \d+\w*|\d+\w* of \w+|\w+ (?:more )?(?:days|weeks|nights)|a (?:week|fortnight|month|few (?:more )?(?:days|weeks|nights)|couple of (?:days|weeks|nights)))\b(?: \w+){0,3}? (?:then|after that|and then|and after that)\b(?: \w+){0,2}? (?:no idea|nowhere|who knows|dunno|i do not know|not sure where|god knows|no clue|no plan|out on (?:my ear|the street|the streets)|on the streets?)\b`;
const STAY_UNTIL_OUT = String.raw`\b(?:holiday|on a visit|visiting|babysit\w*|house sitting|house sit|dog sitting|pet sitting|cat sitting|wedding|christening|(?:new|my) (?:place|flat|house|home) (?:is|will be) ready|(?:get|getting|got|pick up|picking up|collect|collecting) (?:the |my )?(?:new )?keys|moving in|move in|completion|${FICTION}|${LAUGH})\b|${THIRD}|\bmy (?:brother|sister|son|daughter|friend|cousin|nephew|niece)s? (?:can|could|is|will be|has been) (?:stay|staying|sleeping|kipping)\b`;

// --- Concern: I don't really talk to anyone any more -----------------------------------------------------------------
const NO_ONE_TO_TALK = pattern`\bi (?:do not|never|barely|hardly|rarely|no longer|do not ever) (?:really |actually |even |ever |properly )?(?:talk|speak|chat) to (?:anyone|anybody|people|a soul|no one|nobody)(?: at all| really| properly)? (?:anymore|any more|these days|nowadays)\b(?! (?:from|at|in|on|about|before|until|till|outside|who|that|else))`;
const NO_ONE_TO_TALK_OUT = String.raw`\b(?:introvert|peace and quiet|like it that way|prefer it that way|prefer my own company|bliss|${FICTION}|${LAUGH})\b|${THIRD}`;
const FIRST_TIME_OUT = pattern`\bfirst time (?:i have |ive |i |i had )?(?:left|been out of|gone out of|stepped out of|got out of|gone outside|been outside|been out) (?:the (?:house|flat|room|bedsit|front door) )?(?:\w+ )?in (?:about |over |nearly |almost |like |roughly |a good )?(?:\w+ )?(?:days|weeks|a week|a fortnight|a month|months|ages)\b`;
const FIRST_TIME_OUT_OUT = String.raw`\b(?:cold|flu|covid|ill|sick|poorly|bug|virus|infection|surgery|operation|op|hospital|broken|leg|ankle|knee|hip|snow|snowed|storm|flood|newborn|isolating|quarantine|self isolat\w*|heatwave|night shifts|on nights|revision|exams|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: cried at the bus stop and couldn't stop -------------------------------------------------------------
const CRIED_NO_STOP = pattern`(?:^|\bi (?:just |have |had |was |kept |keep |literally |honestly |actually |then )?|\b(?:today|yesterday|tonight|last night|this morning|this afternoon|again|and|then) )(?:cried|crying|sobbed|sobbing|wept|weeping|bawled|bawling|burst into tears|broke down|welled up|teared up|started crying|in tears)\b(?: \w+){0,7}? (?:and |but |i |just )?(?:could not|can not|cannot|could not) stop\b(?! (?:laughing|giggling|smiling|eating))|\bi (?:could not|can not|cannot) stop (?:crying|sobbing|weeping)\b`;
const CRIED_NO_STOP_OUT = String.raw`\b(?:laugh\w*|funny|hilarious|giggl\w*|happy tears|tears of joy|proud|pride|wedding|graduation|christening|gave birth|was born|onions?|hay ?fever|allergies|allergy|eyes (?:streaming|watering)|${FICTION}|${LAUGH})\b|${THIRD}|\b(?:he|she|they|the baby|the kids|my (?:baby|toddler|little one|son|daughter|little one|grandson|granddaughter|mum|mom|mam|dad|sister|brother|friend|partner|wife|husband|girlfriend|boyfriend)s?) (?:cried|was crying|were crying|sobbed|broke down|burst into tears|could not stop)\b`;

export const HUNDRED_AND_EIGHTEENTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:crossing|tracks|railway line|rail line|the line|viaduct|embankment|cutting)\b`, TRAIN_AND_CROSSING_OUT), [group('crisis', 'a plan to end their life', [TRAIN_AND_CROSSING])]],
  [unless(String.raw`\bknots?\b`, KNOT_HINT_OUT), [group('crisis', 'thinking about a way to end their life', [KNOT_HINT])]],
  [unless(String.raw`\bwith the fishes\b|\b(?:concrete|cement) (?:boots|shoes|wellies|wellingtons|overcoat|slippers)\b`, WITH_THE_FISHES_OUT), [group('concern', 'joked about hurting someone', [WITH_THE_FISHES])]],
  [unless(String.raw`\b(?:then|after that)\b(?: \w+){0,2}? (?:no idea|nowhere|who knows|dunno|i do not know|not sure where|god knows|no clue|no plan|out on|on the street)`, STAY_UNTIL_OUT), [group('concern', 'may lose their home', [STAY_UNTIL])]],
  [unless(String.raw`\b(?:anymore|any more|these days|nowadays)\b`, NO_ONE_TO_TALK_OUT), [group('concern', 'feels alone', [NO_ONE_TO_TALK])]],
  [unless(String.raw`\bfirst time\b`, FIRST_TIME_OUT_OUT), [group('concern', 'feels alone', [FIRST_TIME_OUT])]],
  [unless(String.raw`\bstop\b`, CRIED_NO_STOP_OUT), [group('concern', 'not coping', [CRIED_NO_STOP])]],
] as const;
