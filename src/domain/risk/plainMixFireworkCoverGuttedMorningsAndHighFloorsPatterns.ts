// A nineteenth plain mix (an ordinary cross-section of people on a job-search programme): risk said in
// passing, in the middle of everyday talk. A date picked because no one will hear or notice with the
// fireworks going; "I'm breaking his legs if he doesn't pay, dead serious"; the plan is to take the tablets
// after the jobcentre, get that out of the way first; woke up this morning and was gutted I did; is a fall
// from the sixth floor always fatal.
// The same words fill everyday messages (no one will notice if I slip out early with the music on; the
// dog hates the fireworks; my brother broke his leg at football; "I'll break his legs lol"; take my
// tablets after breakfast; going to take the tablets the GP gave me and see how I get on; woke up at 5am
// and was gutted I did; gutted I did not get the job; working at height training says a fall from two
// metres can be fatal), so each set rests on the words that carry the risk together and shuts on the
// everyday uses, on someone else's trouble and on fiction.
// Crisis: no one will notice / hear with the fireworks, the fireworks will cover it; I'm breaking / I'll
// break his legs, jaw or neck, said in earnest (a laugh leaves it to the classifier as a joke); the plan is
// to take the tablets, or all of them, after / on / once (a laugh does not lower it); woke up and gutted I
// did, disappointed I woke up at all; is a fall / jump from the sixth floor, a bridge, a car park fatal,
// would you survive it.
// Look-alikes of our own are in test/domain/riskHundredAndTwentyFifthForms.test.ts. Normalised words ("i
// am" for "I'm", "no one" for "nobody", "does not" for "doesn't", "ill" for "I'll").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|play|sims|minecraft|gta|fortnite|roblox|zelda|anime|manga|fanfic|game|games|gaming|video game|call of duty|netflix|true crime|crime drama|murder mystery|detective|whodunnit|cyberpunk|fallout|wrestling|wwe`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend)s? (?:says|said|keeps saying|told me|texted|messaged|posted|wrote|asked)|a friend (?:says|said|asked|told me))\b|\bone of the other\b`;
const PILLS = String.raw`pills|tablets|meds|medication|medicine|antidepressants?|anti depressants?|paracetamol|co codamol|codeine|sertraline|citalopram|fluoxetine|prozac|mirtazapine|amitriptyline|venlafaxine|diazepam|valium|tramadol|morphine|methadone|oxycodone|insulin|lithium|painkillers|pain killers|sleepers|sleeping (?:pills|tablets)|quetiapine|pregabalin|gabapentin|zopiclone`;

// --- Crisis: no one will notice with the fireworks going ---------------------------------------------------
const NOISE = String.raw`(?:fireworks?|bangs|bonfire night|bonfire|new year|new years|new years eve|countdown|celebrations)`;
const FIREWORK_COVER = pattern`\bno one(?: will| would| is going to| is gonna| gonna| ll| is even going to| will even| would even)? (?:notice|hear|see|clock)(?: (?:it|a thing|anything|the bang|the noise|the sound|a sound|the shot|the car|the engine))? (?:with|over|because of|during|under|in|what with|for) (?:all )?(?:the |that )?${NOISE}|\b(?:the )?${NOISE} (?:will|would|should|are going to|is going to|gonna|ll) (?:cover|drown out|drown|mask|hide|muffle) (?:it|the (?:sound|noise|bang|shot|gunshot|gun)|everything)\b`;
const FIREWORK_COVER_OUT = String.raw`\b(?:(?:dog|dogs|puppy|cat|cats|pets?|horses?) (?:is|are|gets|get|hates?|scared|terrified|frightened|freaks?|panics?)|(?:scared|terrified|frightened) of (?:the )?fireworks|hates? (?:the )?fireworks|sneak\w*|slip out|slipping out|leave early|leaving early|duck out|nip out|pop out|(?:i am|i was|running|turn up|turning up|arrive|arriving|be) late|trainers|outfit|dress|hair|make up|makeup|spill\w*|stain|mess|sing|singing|karaoke|dance|dancing|snore|snoring|burp\w*|fart\w*|swear\w*|mistakes?|wrong notes?|drums|guitar|piano|band|gig|dj|playlist|speakers?|crying|cry|argument|arguing|row|shouting|factory|stall|sparklers?|${FICTION})\b|${THIRD}`;

// --- Crisis: I'm breaking his legs if he doesn't pay, dead serious ----------------------------------------
const BREAK_LIMB = pattern`^(?=.*(?:^|\b(?:i am|i will|ill|i would|id|i swear i will|i swear ill|swear ill|swear i will|and|then|so) )(?:(?:actually|literally|properly|definitely|seriously|really|just|honestly|going to|gonna|about to) )*(?:break|breaking|smash|smashing|snap|snapping|bust|busting|crack|cracking|kick|kicking|cave|caving) (?:both of |every bone in |all )?(?:his|her|their|that \w+s|the \w+s) (?:legs?|neck|jaw|face|nose|knees?|kneecaps?|arms?|fingers?|teeth|skull|head|ribs|hands?|spine)(?: in)?\b)(?=.*\b(?:dead serious|deadly serious|i am serious|i am being serious|serious|seriously|not joking|not kidding|i am not joking|i am not kidding|no joke|not a joke|i mean it|i mean that|i meant it|i swear|swear down|on my life|for real|i will do time|do not care if i (?:go to|get) (?:prison|jail|arrested|nicked|locked up))\b)`;
const BREAK_LIMB_OUT = String.raw`\b(?:pretend\w*|rugby|football|tackle|mma|ufc|boxing|sparring|martial arts|karate|judo|trampoline|skate\w*|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: the plan is to take the tablets after the jobcentre ------------------------------------------
const WHEN = String.raw`(?:after|once|when|on|tonight|tomorrow|this (?:weekend|week|friday|evening|afternoon)|${WEEKDAY}|at the weekend|next week|the day|(?:get|getting) (?:that|it|this|everything) (?:out (?:of )?the way|done|sorted|over with))`;
const TAKE_INTENT = String.raw`(?:(?:my |the )?plan is to|i plan to|i am planning to|planning to|i am planning on|planning on|i am going to|going to|gonna|i will|ill)`;
const PLAN_TO = String.raw`(?:(?:my |the )?plan is to|i plan to|i am planning to|planning to|i am planning on|planning on)`;
const SWALLOW = String.raw`(?:take|taking|swallow|swallowing|neck|necking|down|downing)`;
const THE_LOT = String.raw`(?:all (?:the |my |of (?:the|my) )?|every one of (?:the|my) |(?:my|the) (?:saved|stockpiled|hoarded) )`;
/** All of them, or the saved ones, with a when. */
const TAKE_ALL_OF_THEM = pattern`\b${TAKE_INTENT} ${SWALLOW} ${THE_LOT}(?:${PILLS})\b(?=.* ${WHEN}\b)`;
/** The plan is to take "the tablets", with a when, and none of the words of an ordinary dose or a new prescription. */
const TAKE_THE_TABLETS = pattern`^(?!.*\b(?:(?:gp|doctor|dr|nurse|consultant|psychiatrist|pharmacist|chemist) (?:gave|prescribed|says|said|told|wants|recommended|advised|suggested)|new (?:tablets|pills|meds|medication|prescription)|prescribed|trial|trying (?:them|it|the)|see if|see how|how i get on|side effects?|course of|as (?:prescribed|directed|needed)|when needed|if needed|when (?:i|you) need|if i need|with (?:food|water|breakfast|lunch|dinner|tea|meals?|milk)|after (?:food|eating|breakfast|lunch|dinner|tea|meals?|my meal)|before (?:food|eating|breakfast|lunch|dinner|tea|meals?|bed|i go to bed)|empty stomach|drowsy|sleepy|groggy|yawning|antibiotics|hay ?fever|blood pressure|allerg\w*|vitamins?|for (?:the|my) (?:pain|back|knee|head|tooth|period)|(?:back|knee|tooth|period|joint|nerve) pain|headache|migraine|toothache|dentist|operation|injection|jab|vaccine|booster|cramps|every (?:day|morning|night)|each (?:day|morning|night)|daily|twice|once a day|remind\w*|prescription|pick (?:them|it) up|picking (?:them|it) up|collect\w*|forgot|forget|missed|skipped|(?:them|it|the (?:tablets|pills|meds)|my (?:tablets|pills|meds)|dose) late|on time)\b).*\b${PLAN_TO} ${SWALLOW} the (?:${PILLS})\b(?=.* ${WHEN}\b)`;
const TAKE_THE_TABLETS_OUT = String.raw`\b(?:with me|on holiday|abroad|suitcase|hand luggage|(?:to|back to|into) the (?:pharmacy|chemist|gp|doctor|surgery|review|appointment)|return (?:them|it|the (?:tablets|pills|meds))|returning (?:them|it|the)|dispose|disposal|${FICTION})\b|${THIRD}`;

// --- Crisis: woke up this morning and was gutted I did -----------------------------------------------------
const LET_DOWN = String.raw`(?:gutted|disappointed|annoyed|upset|devastated|pissed off|fuming|miserable|sad|sorry|angry|fed up|heartbroken|raging)`;
const GUTTED_I_DID = pattern`^(?=.*\b(?:woke|wake|waking|woken)\b)(?=.*\b${LET_DOWN} (?:that |when |cos |because )?i (?:did|had|have)(?: (?:again|at all|honestly|tbh|to be honest|if i am honest|ngl|every time|each time|every day|every morning|each morning|sadly|unfortunately|yet again))*(?:$| (?:anyway|sorry)\b))|\b${LET_DOWN} (?:that |when |cos |because )?i (?:woke up|woke|had woken up|had woken|have woken up|have woken|wake up|still woke up|am still waking up)(?: (?:again|at all|this morning|today|honestly|tbh|to be honest|every (?:day|morning)|each (?:day|morning)|once again|yet again|sadly))*$|\b${LET_DOWN} to (?:wake|wake up|have woken|have woken up|still be waking up)(?: (?:again|at all|this morning|today|honestly|tbh|every (?:day|morning)|each (?:day|morning)|yet again))*$`;
const GUTTED_I_DID_OUT = String.raw`\b(?:(?:woke|wake|waking|woken) (?:up )?(?:so |really |too |very |dead )?(?:early|earlier|late)|early start|\d+ ?am|at \d+|o clock|before (?:my|the) alarm|for no reason|middle of the night|in the night|nap|napping|dozed off|fell asleep|overslept|slept through|missed (?:the|my) (?:bus|train|tram|lift|alarm)|dream|dreamt|dreamed|${FICTION})\b|${THIRD}`;

// --- Crisis: is a fall from the sixth floor always fatal ----------------------------------------------------
const HEIGHT = String.raw`(?:floor|storey|story|storeys|stories|bridge|roof|rooftop|building|balcony|cliff|car park|multi storey|tower|tower block|block of flats|flats|window|height|viaduct|overpass|flyover|pier|\d+ ?(?:metres|meters|m|feet|foot|ft))`;
const FALL_FATAL = pattern`^(?=.*\b(?:fall|falling|jump|jumping|drop|dropping|going off|landing)\b)(?=.*\b${HEIGHT}\b)(?=.*\b(?:(?:always|definitely|usually|certainly|guaranteed|def|deffo|100 percent) )?(?:fatal|lethal|deadly)\b|.*\b(?:kill (?:you|someone|a person|a man|a woman|me)|enough to (?:die|kill)|survivable|(?:not |you |anyone |someone |people )survive|would you (?:die|survive)|do you die|die from)\b)(?=^(?:is|would|will|does|do|can|could|how|what|which|if|random q|random question|quick q|quick question|just wondering|wondering)\b|.*\b(?:asking for (?:me|myself|a friend)|just curious|out of curiosity|i wonder|wondering)\b)`;
const FALL_FATAL_OUT = String.raw`\b(?:work(?:ing)? at height|scaffold\w*|harness\w*|health and safety|risk assessment|ladder training|construction|cscs|roofer|roofing|window clean\w*|first aid|(?:height|safety|site|ladder|manual handling|scaffold\w*|construction|induction|warehouse) (?:training|course)|training (?:said|says|today|video|was)|on (?:the|my|a) course|module|quiz|exam|insurance|(?:cats?|dogs?|kittens?|puppy|birds?) (?:survive|fall|fell|always|land|usually)|for (?:a |the )?(?:cats?|dogs?|kittens?|puppy|birds?)|parachute|skydiv\w*|bungee|base jump\w*|tombstoning|paraglid\w*|climbing|climber|abseil\w*|(?:he|she|they|who|man|woman|lad|guy|bloke|worker|scaffolder|someone|nan|gran|grandad|grandma|mum|dad) fell|(?:had|has had|took) a (?:bad )?fall|elderly|falls prevention|(?:on|in) the news|news report|headlines?|${FICTION})\b|${THIRD}`;

export const HUNDRED_AND_TWENTY_FIFTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:fireworks?|bangs|bonfire|new years?|countdown|celebrations)\b`, FIREWORK_COVER_OUT), [group('crisis', 'a plan to end their life', [FIREWORK_COVER])]],
  [unless(String.raw`\b(?:break|breaking|smash|smashing|snap|snapping|bust|busting|crack|cracking|kick|kicking|cave|caving) (?:both of |every bone in |all )?(?:his|her|their|that \w+s|the \w+s) `, BREAK_LIMB_OUT), [group('crisis', 'harm to someone else', [BREAK_LIMB])]],
  [unless(String.raw`\b${SWALLOW} (?:${THE_LOT}|the )(?:${PILLS})\b`, TAKE_THE_TABLETS_OUT), [group('crisis', 'a plan to end their life', [TAKE_ALL_OF_THEM, TAKE_THE_TABLETS])]],
  [unless(String.raw`\b(?:woke|wake|waking|woken)\b`, GUTTED_I_DID_OUT), [group('crisis', 'wishes to be dead', [GUTTED_I_DID])]],
  [unless(String.raw`\b(?:fatal|lethal|deadly|kill (?:you|someone|a person|a man|a woman|me)|enough to (?:die|kill)|survivable|survive|would you die|do you die|die from)\b`, FALL_FATAL_OUT), [group('crisis', 'thinking about a way to end their life', [FALL_FATAL])]],
] as const;
