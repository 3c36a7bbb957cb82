// Parents, new mothers and kinship carers often say the worst thing as a regret about the past,
// then apologise for it ("I know that's a terrible thing to say"), and the classifier took the
// apology for a denial ("spoke of harm, then said they would not"): no older rule read a wish said
// in the past perfect ("wish i'd never woken up", "wish i hadn't survived the birth"). This file
// reads those kinds.
// Crisis: wishing they had never woken up (this morning, today, at all); wishing they had not
// survived the birth, the labour, the crash; not seeing the point in being around much longer; a
// bus that would hit them and they would not mind; "if i took all the X and my Y would that be
// it"; guardianship sorted "in case anything happens to me soon"; a card for an 18th written to a
// small child; ringing people not spoken to in years "just to say thanks for everything";
// bandages on the wrists kept off a video call; a swollen face "from the weekend" kept off camera;
// a partner who rings over and over if they are not back by a set time; made to delete a social
// account because "he said" it was for cheating; no nappies, no milk and no money; a tent or a car
// in the freezing cold.
// Concern: codeine or drink "for the nerves"; gin or wine in the morning; needing a few beers to
// sleep; whisky that "helps me deal with" things; the bedroom tax or the rent that will push them
// out; ringing a debt charity and hanging up; standing alone at the school gate while the others
// have their groups; breaking down in the supermarket; forgetting things, "my head is a mess";
// asked how they are coping and honestly not; feeling grey, numb or hollow inside; going to
// throttle the school receptionist or the health visitor; an ex's new partner who "better watch
// herself".
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFiftyThirdForms.test.ts. Normalised words ("i'd" is "id").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const LAUGH = String.raw`\b(?:lol|lmao|haha\w*|hehe|jk|only joking)\b`;

// --- Crisis -------------------------------------------------------------------------------------
const HAD = String.raw`(?:i had|id|i d|i would have|i could have)`;
const NEVER_WOKEN = pattern`\b(?:wish|wished|wishing|rather) ${HAD} (?:never|not) (?:woken|woke|waked) up\b(?! (?:early|so early|before|at \d|for|to (?:the|find|see|hear|a)|in time|on time|late)\b)`;
const NOT_SURVIVED = pattern`\b(?:wish|wishes|wished|wishing|rather|should) ${HAD} (?:not|never) (?:survived|made it through|come through|pulled through|got through) (?:the |my |that |her |his )?(?:birth|childbirth|labour|labor|delivery|section|c section|caesarean|haemorrhage|bleed|crash|accident|overdose|attempt|operation|surgery|cancer|illness|stroke|heart attack|night|it)\b|\b(?:wish|wished|rather) (?:i had|id|i d) died (?:in|during|giving) (?:childbirth|labour|labor|the birth|birth|the delivery|the crash|the accident)\b`;
const NOT_SURVIVED_AS_JOKE = String.raw`${LAUGH}|\b(?:holidays|school holidays|half term|christmas|the party|the week|the shift|the meeting|the drive|the course|the exam)\b`;
const POINT_AROUND = pattern`${NOT_BEFORE}\b(?:do not|can not|cannot|no longer|dont) (?:really |honestly |even |much )?see (?:the|any|much) point (?:in |of )?(?:me )?(?:being around|being here|being alive|staying around|sticking around|carrying on|living|existing|going on)(?: (?:much|any|a lot) (?:longer|more))?\b`;
const NOT_POINT = String.raw`\b(?:at (?:this|the|that) (?:job|place|company|office|meeting|party|club|group|course)|in (?:this|the|that) (?:job|role|group|team|club|course|relationship|chat)|at work|for the interview|at the do|till|until|after (?:\d|midnight|the))\b`;
const HIT_NOT_MIND = pattern`\bif i (?:got|get|was|were|ever got) (?:hit|knocked (?:down|over)|run over|mown down|flattened) by (?:a|the|some) (?:bus|car|lorry|train|van|truck|taxi|tram)\b.*\b(?:i do not think (?:i would|id|i d) (?:mind|care)|i (?:would|wouldnt) not (?:mind|care)|id not (?:mind|care)|(?:would|wouldnt) not (?:really |honestly )?(?:mind|care|be bothered)|i would not be (?:too |that )?(?:bothered|upset|sorry)|(?:would|that would) be (?:a relief|fine by me|no bad thing))\b`;
const TAKE_ALL = pattern`^(?=.*\b(?:pills|tablets|meds|medicine|medication|nurofen|ibuprofen|paracetamol|calpol|codeine|co codamol|tramadol|sertraline|citalopram|antidepressants|sleeping|insulin|diazepam|morphine|painkillers)\b).*\bif i (?:took|take|swallowed|had|downed) (?:all|the whole|every one of|both|all of) (?:the|my|his|her|of the|of my|the babys|the kids|packet|box|bottle)\b.*\b(?:would (?:that|it|i) (?:be it|do it|kill me|be enough|be the end)|would i (?:die|not wake up|go)|is that enough|enough to (?:do it|kill me|die))\b`;
const GUARDIAN = pattern`\b(?:guardianship|guardian|guardians|my will|a will|the will|life insurance|funeral plan|letter of wishes)\b.*\b(?:in case|if|for when) (?:anything|something) (?:happens|happened|was to happen|were to happen) to me (?:soon|shortly|any day now|before long|in the next|sooner than)\b`;
const CARD_AHEAD = pattern`\b(?:wrote|written|writing|write|made|bought|got|done) (?:my |our )?(?:daughter|son|kids|children|boy|girl|boys|girls|lad|baby|little one|grandson|granddaughter|him|her|them) (?:a |some |the )?(?:cards?|letters?|notes?) for (?:her|his|their|each) (?:16th|18th|21st|sixteenth|eighteenth|twenty first|wedding|wedding day|graduation|future birthdays|birthdays)\b(?=.*\b(?:she is|he is|they are|shes|hes) (?:only |just )?(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a baby|a toddler|months)\b)`;
const THANKS_ALL = pattern`\b(?:ringing|calling|phoning|messaging|texting|contacting|rang|called|phoned|messaged|texted|writing to|wrote to)\b(?: \w+){0,4}? (?:people|friends|everyone|old friends|folk|family)\b(?=.*\b(?:have not|had not|not|never) (?:talked|spoken|seen|heard from|been in touch)\b(?: \w+){0,3}? (?:in|for) (?:years|ages|a long time|decades)\b)(?=.*\bto (?:say )?(?:thanks|thank you|thank them|say sorry|say goodbye|tell them i love them) (?:for everything|for all of it|goodbye|for being there|for it all)?)`;
const NOT_THANKS = String.raw`\b(?:leaving do|new job|moving|emigrat\w*|wedding|retir\w*|reunion|christening|party|invite\w*|thank you cards|birthday|christmas|charity|fundrais\w*|survey|business|customers|clients|therapy said|counsellor said|step nine|amends)\b`;
const WRIST_HIDE = pattern`^(?=.*\b(?:do not want (?:them|anyone|people|him|her) (?:asking|seeing|to see|to ask|to notice)|so (?:they|no one|nobody) (?:can not|do not|will not) (?:see|ask|notice)|hide|hiding|cover (?:them|it) up)\b).*\b(?:bandages?|plasters?|dressings?|steri strips?|gauze|long sleeves|sleeves|wristbands?) (?:on|over|round|around) (?:my|your|the|both) (?:wrists?|arms?|forearms?)\b`;
const NOT_WRIST = String.raw`\b(?:sprain\w*|broke|broken|fracture\w*|carpal|tendon\w*|burn|burnt|burned|oven|cooking|fell|fall|fallen|surgery|operation|eczema|psoriasis|tattoo\w*|cast|rugby|netball|football|gym|climbing|cat|dog|kitten|puppy)\b`;
const FACE_OFF = pattern`\bmy (?:face|eye|eyes|lip|lips|cheek|jaw|nose) (?:is|are) (?:still )?(?:swollen|bruised|black|cut|busted|puffed up|a mess)\b(?: \w+){0,2}? (?:from|after) (?:the weekend|saturday|sunday|friday|friday night|saturday night|last night|the other night|what happened|him|her|the row|the argument)\b`;
const NOT_FACE = String.raw`\b(?:tooth|teeth|wisdom|dentist|dental|allerg\w*|sting|stung|hay fever|crying|cried|match|rugby|boxing|football|fell|fall|tripped|surgery|operation|filler|botox|piercing|hangover|infection|conjunctivitis|stye|mumps|cold|flu|migraine)\b`;
const PARTNER = String.raw`(?:he|she|my (?:partner|husband|boyfriend|wife|girlfriend|fiance|fiancee|ex)|the kids dad|their dad)`;
const RINGS_ON = pattern`\bif i am (?:not back|not home|not in|late|a minute late|even a minute late|not there)\b(?: \w+){0,8}? ${PARTNER} (?:rings|calls|phones|texts|messages|rings and rings|starts ringing|starts calling|kicks off|goes mad|goes off) (?:me )?(?:over and over|non stop|nonstop|constantly|again and again|repeatedly|until|till|\d+ times|twenty times|fifty times)\b`;
const NOT_RINGS = String.raw`\b(?:(?:school|nursery|childminder) (?:rang|rings|calls|phones)|boss|manager|work|shift|supervisor|dog|baby monitor|lol|haha)\b`;
const DELETE_ACCOUNT = pattern`^(?=.*\b${PARTNER} (?:said|says|thinks|reckons|accused me|decided)\b)(?=.*\b(?:cheat\w*|flirt\w*|other (?:men|women|blokes|guys)|talking to (?:men|women|blokes|guys)|jealous|men on there|women on there|exes?)\b).*\b(?:had to|have to|made me|makes me|forced me to|got me to|told me to) (?:delete|deactivate|close|shut down|come off|get rid of|give up) (?:my )?(?:linkedin|facebook|instagram|insta|snapchat|tiktok|twitter|social media|socials|accounts?|email|whatsapp)\b`;
const NOTHING_FOR_BABY = pattern`\bno (?:nappies|nappys|diapers|formula|baby milk|milk|food|wipes)\b(?: \w+){0,3}? no (?:milk|formula|food|nappies|electric|gas|heating)\b(?: \w+){0,3}? (?:and )?no (?:money|cash|credit|electric|gas|food)\b|\bno (?:nappies|formula|baby milk|milk|food) and no (?:money|cash)\b`;
const NOT_NOTHING = String.raw`\b(?:shop|shops|tesco|asda|aldi|lidl|sold out|out of stock|shortage|in the bag|changing bag|packed|forgot|holiday|campsite|lol|haha)\b`;
const COLD_SHELTER = pattern`^(?=.*\b(?:freezing|minus \d+|below zero|sub zero|\d+ out|frost|snowing|snow|so cold|hypothermi\w*)\b)(?=.*\b(?:help|what do i do|where do we go|nowhere|tonight|the kids|the baby|please)\b).*(?:\b(?:we are|i am|were|we have been|i have been|living|sleeping|stuck|staying) (?:\w+ )?(?:in a|in the|in our|in my) (?:tent|doorway|bus shelter)\b|\b(?:living|sleeping|slept|stuck sleeping|have to sleep|having to sleep) in (?:a|the|our|my) (?:car|van|garage|shed)\b)`;
const NOT_COLD = String.raw`\b(?:camping|camp|festival|glamping|holiday|trip|dofe|duke of edinburgh|scouts|guides|brownies|cubs|garden|back garden|campsite|caravan park|hiking|expedition|for fun|adventure|garden tent|play tent|fort)\b`;

// --- Concern ------------------------------------------------------------------------------------
const DRINK = String.raw`(?:codeine|co codamol|tramadol|valium|diazepam|pills|tablets|sleeping pills|wine|vodka|whisky|whiskey|gin|rum|brandy|cider|lager|beers?|cans|a drink|drinks|booze|weed|a spliff)`;
const FOR_NERVES = pattern`\b(?:taking|take|started taking|started on|using|back on|having|have|need|needing) (?:the )?${DRINK} (?:again )?(?:for|to calm) (?:the|my) (?:nerves|anxiety|panic|stress|worry)\b`;
const NOT_NERVES = String.raw`\b(?:prescribed|prescription|gp|doctor|consultant|propranolol|beta blockers?|herbal|rescue remedy|chamomile)\b`;
const MORNING_DRINK = pattern`\b(?:gin|vodka|wine|beer|cider|whisky|whiskey|rum|brandy|a can|cans|a drink|drinking|a glass of wine|a shot) (?:in|first thing in|every|each|most) (?:the )?mornings?\b|\bmorning (?:gin|vodka|wine|whisky|drinks|cans|tinnies)\b`;
const NOT_MORNING = String.raw`\b(?:tasting|distillery|festival|wedding|christmas|new year|birthday|brunch|holiday|airport|mimosa|bucks fizz|champagne|shop|delivery|order|recipe|hangover cure|stag|hen)\b`;
const NEED_TO_SLEEP = pattern`\b(?:can not|cannot) (?:get to )?sleep without (?:a few|a couple of|some|my|two|three|four) (?:beers|drinks|glasses of wine|glasses|wines|cans|whiskies|gins|vodkas|pints|nightcaps|pills|tablets)\b|\b(?:need|needing|have to have) (?:a few|a couple of|some|my|two|three|four) (?:beers|drinks|glasses of wine|glasses|wines|cans|whiskies|gins|vodkas|pints|nightcaps)\b(?: \w+){0,2}? (?:to|before i can|or i can not|or i do not)? ?(?:sleep|get to sleep|nod off|switch off|cope|function|get through)\b`;
const HELPS_DEAL = pattern`\b(?:whisky|whiskey|wine|gin|vodka|beer|booze|drink|drinking|cider|rum|weed|codeine|pills|the bottle) (?:helps|is helping|is the only thing that helps|gets|is what gets) me (?:to )?(?:deal|cope|get through|handle|face|through)\b`;
const NOT_HELPS = String.raw`\b(?:recipe|cooking|gravy|sauce|cake|trifle|cold|sore throat|hot toddy)\b`;
const PUSH_OUT = pattern`\b(?:bedroom tax|rent|rent rise|rent increase|arrears|landlord|council|benefit cap|service charge|mortgage)\b(?: \w+){0,6}? (?:is going to|will|could|might|is gonna|is about to|going to) (?:push|force|drive|price|kick|turf) (?:us|me|the kids) out\b`;
const NOT_PUSH = String.raw`\b(?:of the (?:team|league|competition|cup|group|race|job|running)|neighbours|next door|my (?:friend|sister|brother|mum|mom|dad)s)\b`;
const DEBT_LINE = pattern`\b(?:rang|called|phoned|tried|contacted|emailed|on hold to|waiting for|waited for|gave up on) (?:\w+ )?(?:stepchange|step change|national debtline|national debt line|payplan|christians against poverty|debt advice|the debt (?:line|charity|advice people|people))\b`;
const NOT_DEBT = String.raw`\b(?:job|vacancy|vacancies|apply|applying|application|interview|work for|working at|volunteer\w*|advert|role|customer service adviser)\b`;
const GATE_ALONE = pattern`^(?=.*\b(?:groups|cliques|little circles|their gangs|their friends|their mates|chatting to each other)\b).*\bi (?:just )?(?:stand|sit|stood|sat|wait|waited|am|end up) (?:there |at the (?:gate|back|side|edge) )?(?:on my own|by myself|alone|like a lemon|like a spare part)\b`;
const CRIED_OUT = pattern`(?:^|\bi |\bi just |\bjust |\btoday i )(?:broke down|burst into tears|started crying|was crying|was sobbing|sobbed|lost it and cried)\b(?: \w+){0,3}? (?:in|at|outside|in the middle of) (?:tesco|asda|aldi|lidl|sainsburys|morrisons|the co op|iceland|the supermarket|the shop|the shops|the car park|the school gate|the gate|the bank|the jobcentre|the job centre|the doctors|the surgery|public|the street|the queue|the checkout)\b`;
const NOT_CRIED = String.raw`\b(?:car|van|bus|train|boiler|washing machine|engine|laugh\w*|happy tears|film|wedding|proposal|surprise|lol|haha|onions|toddler had|the baby had)\b`;
const HEAD_MESS = pattern`^(?=.*\b(?:forgot|forgotten|forgetting|forget|lost (?:my|the)|left (?:the|my) (?:baby|kids?|keys|purse|bag))\b).*\bmy (?:head|heads|head is|brain|brains|brain is|mind|minds|mind is) (?:is )?(?:a (?:mess|wreck|shambles)|all over the place|in bits|shot to pieces|scrambled)\b`;
const NOT_HEAD = String.raw`\b(?:excite\w*|buzzing|new job|first day|hair|haircut|exam|exams|revision|course|training|quiz|spreadsheet|hangover|night out|party|drinks|cold|flu|jet lag|lol|haha)\b`;
const ASKED_COPING = pattern`\b(?:asked|asks|asking) (?:me )?how i (?:am|was) (?:coping|doing|managing|getting on|holding up)\b(?: \w+){0,8}? (?:i am not|honestly not|i am really not|not coping|not at all|i am not coping|i lied|i said fine|said i was fine|i could not answer|i just cried|i burst into tears)\b`;
const NOT_ASKED = String.raw`\b(?:new job|the course|the move|the new house|the kitten|the puppy|the diet|the training)\b`;
const TARGET = String.raw`(?:the|that|my|his|her|our) (?:\w+ ){0,2}?(?:receptionist|receptionists|teacher|head|headteacher|head teacher|neighbour|neighbours|ex|mother in law|landlord|landlady|caseworker|case worker|work coach|health visitor|midwife|social worker|solicitor|girlfriend|boyfriend|new partner|fella|missus)`;
const THROTTLE = pattern`\b(?:going to|gonna|i will|ill|i could|could|about to|i am going to|want to|i swear i will) (?:throttle|strangle|swing for|deck|lamp|batter|slap|wring the neck of|wring) ${TARGET}\b`;
const NOT_THROTTLE = String.raw`\b(?:game|fortnite|minecraft|roblox|film|episode|book|play|panto|pantomime|dog|cat|plant|weeds|printer|laptop|hug)\b`;
const WATCH_HERSELF = pattern`\b(?:she|he|his (?:new )?(?:girlfriend|partner|wife|missus|bit on the side)|her (?:new )?(?:boyfriend|partner|husband|fella)|my ex|the ex|my exs (?:new )?(?:girlfriend|boyfriend|partner)|that (?:cow|woman|man|bloke|girl)) (?:had )?(?:better|wants to|needs to) watch (?:herself|himself|themselves|her back|his back|their backs?)\b`;
const NOT_WATCH = String.raw`\b(?:santa|christmas|ice|icy|road|traffic|diet|weight|sugar|calories|spending|money|budget|step|stairs|scam\w*)\b`;
const GREY_INSIDE = pattern`\b(?:feel|feeling|felt|i am|i have been|everything is|everything feels) (?:so |just |all |a bit |really )?(?:grey|gray|numb|empty|hollow|flat) inside\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FIFTY_THIRD_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:woken|woke|waked) up\b`, LAUGH), [group('crisis', 'wishes to be dead', [NEVER_WOKEN])]],
  [unless(String.raw`\b(?:survived|made it through|come through|pulled through|got through|died)\b`, NOT_SURVIVED_AS_JOKE), [group('crisis', 'wishes to be dead', [NOT_SURVIVED])]],
  [unless(String.raw`\bsee (?:the|any|much) point\b`, NOT_POINT), [group('crisis', 'wishes to be dead', [POINT_AROUND])]],
  [unless(String.raw`\bif i (?:got|get|was|were|ever got) (?:hit|knocked|run|mown|flattened)\b`, LAUGH), [group('crisis', 'wishes to be dead', [HIT_NOT_MIND])]],
  [/\bif i (?:took|take|swallowed|had|downed) (?:all|the whole|every|both)\b/, [group('crisis', 'thinking about a way to end their life', [TAKE_ALL])]],
  [/\bhappens? to me (?:soon|shortly|any day|before long|in the next|sooner)\b|\bhappened to me (?:soon|shortly)\b|\bto happen to me (?:soon|shortly)\b/, [group('crisis', 'preparing to end their life, or a past attempt', [GUARDIAN])]],
  [/\b(?:16th|18th|21st|sixteenth|eighteenth|twenty first|wedding|graduation|birthdays)\b/, [group('crisis', 'preparing to end their life, or a past attempt', [CARD_AHEAD])]],
  [unless(String.raw`\b(?:years|ages|a long time|decades)\b`, NOT_THANKS), [group('crisis', 'preparing to end their life, or a past attempt', [THANKS_ALL])]],
  [unless(String.raw`\b(?:wrists?|arms?|forearms?)\b`, NOT_WRIST), [group('crisis', 'self-harm', [WRIST_HIDE])]],
  [unless(String.raw`\b(?:swollen|bruised|black|cut|busted|puffed up|a mess)\b`, NOT_FACE), [group('crisis', 'abuse or violence', [FACE_OFF])]],
  [unless(String.raw`\bif i am (?:not|late|a minute|even)\b`, NOT_RINGS), [group('crisis', 'coercive control', [RINGS_ON])]],
  [/\b(?:delete|deactivate|close|shut down|come off|get rid of|give up)\b/, [group('crisis', 'coercive control', [DELETE_ACCOUNT])]],
  [unless(String.raw`\bno (?:money|cash|credit|electric|gas|food)\b`, NOT_NOTHING), [group('crisis', 'no safe place, food or power tonight', [NOTHING_FOR_BABY])]],
  [unless(String.raw`\b(?:tent|car|van|doorway|garage|shed|bus shelter)\b`, NOT_COLD), [group('crisis', 'no safe place, food or power tonight', [COLD_SHELTER])]],
  [unless(String.raw`\b(?:nerves|anxiety|panic|stress|worry)\b`, NOT_NERVES), [group('concern', 'drinking or drugs to cope', [FOR_NERVES])]],
  [unless(String.raw`\bmornings?\b`, NOT_MORNING), [group('concern', 'drinking or drugs to cope', [MORNING_DRINK])]],
  [/\b(?:sleep|nod off|switch off|cope|function|get through)\b/, [group('concern', 'drinking or drugs to cope', [NEED_TO_SLEEP])]],
  [unless(String.raw`\bme (?:to )?(?:deal|cope|get through|handle|face|through)\b`, NOT_HELPS), [group('concern', 'drinking or drugs to cope', [HELPS_DEAL])]],
  [unless(String.raw`\bout\b`, NOT_PUSH), [group('concern', 'may lose their home', [PUSH_OUT])]],
  [unless(String.raw`\b(?:stepchange|step change|debtline|debt line|payplan|against poverty|debt)\b`, NOT_DEBT), [group('concern', 'money worries', [DEBT_LINE])]],
  [/\b(?:on my own|by myself|alone|like a lemon|like a spare part)\b/, [group('concern', 'feels alone', [GATE_ALONE])]],
  [unless(String.raw`\b(?:broke down|tears|crying|sobbing|sobbed|cried)\b`, NOT_CRIED), [group('concern', 'not coping', [CRIED_OUT])]],
  [unless(String.raw`\b(?:head|heads|brain|brains|mind|minds)\b`, NOT_HEAD), [group('concern', 'not coping', [HEAD_MESS])]],
  [unless(String.raw`\bhow i (?:am|was)\b`, NOT_ASKED), [group('concern', 'not coping', [ASKED_COPING])]],
  [unless(String.raw`\b(?:throttle|strangle|swing|deck|lamp|batter|slap|wring)\b`, NOT_THROTTLE), [group('concern', 'joked about hurting someone', [THROTTLE])]],
  [unless(String.raw`\bwatch (?:herself|himself|themselves|her back|his back|their backs?)\b`, NOT_WATCH), [group('concern', 'joked about hurting someone', [WATCH_HERSELF])]],
  [unless(String.raw`\binside\b`, LAUGH), [group('concern', 'low mood', [GREY_INSIDE])]],
];
