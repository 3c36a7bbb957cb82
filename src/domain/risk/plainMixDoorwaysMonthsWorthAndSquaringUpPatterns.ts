// An eighteenth plain mix (an ordinary cross-section of people on a job-search programme): risk said in
// passing, in the middle of everyday talk. "Actually going to do it this time", with a laugh; "no more
// chances, no more me"; sat in a doorway with the phone about to die; what happens if you swallow a whole
// month's worth of your tablets; "what's the use, even the charity shop said no"; squaring up to a phone
// menu and "there'll be a body by Friday" (jokes); the cards and the Klarna that keep growing; the dose
// upped and still feeling rubbish; not seeing a soul from one weekend to the next; the landlord wanting
// them gone so his son can move in.
// The same words fill everyday messages (going to do it this time, the gym; no more me-time; stood in a
// doorway out of the rain waiting for the bus; what happens if you miss a dose; what is the use of a
// cover letter; square up the bill; there will be blood tests; my savings keep growing; the dose upped
// and still feeling drowsy; did not see a soul at the jobs fair; the landlord wants us out for the day
// while the boiler is fitted), so each set rests on the words that carry the risk together and shuts on
// the everyday uses, on someone else's trouble and on fiction.
// Crisis: going to do it this time (a laugh does not lower it); no more me; I'm in a doorway; what
// happens if you take the whole box / a month's worth / all of them at once.
// Concern: what's the use (not "the use of"); square up, throw hands, 1v1 (a joke); there'll be a body
// (a joke); the debts keep growing; meds upped, still feel rubbish; don't see a soul; the landlord wants
// me gone, or out so his son can move in.
// Look-alikes of our own are in test/domain/riskHundredAndTwentiethForms.test.ts. Normalised words ("i am"
// for "I'm", "can not" for "can't", "do not" for "don't", "what is" for "what's", "ill" for "I'll").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|lyric|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|game|games|gaming|call of duty|cod|netflix|true crime|crime drama|murder mystery|cluedo|detective|whodunnit|agatha christie|poirot`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|da|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend)s?|a friend|(?:he|she|they|he is|she is|they are)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;
const PILLS = String.raw`pills|tablets|meds|medication|medicine|prescription|antidepressants?|anti depressants?|paracetamol|co codamol|codeine|ibuprofen|aspirin|sertraline|citalopram|escitalopram|fluoxetine|prozac|mirtazapine|amitriptyline|venlafaxine|duloxetine|diazepam|valium|tramadol|morphine|oxycodone|insulin|lithium|painkillers|pain killers|sleepers|sleeping ones|sleeping (?:pills|tablets)|propranolol|quetiapine|pregabalin|gabapentin|zopiclone`;

// --- Crisis: I'm actually going to do it this time ---------------------------------------------------------
const ADVERB = String.raw`(?:actually|really|definitely|finally|honestly|seriously|properly|genuinely|just|so|deffo|defo)`;
// A bare "I'll do it this time" is also the everyday answer to a review ("will you ring them this week?"):
// only an earnest word before "going to", or a word that says what is meant, makes it intent.
const EARNEST = String.raw`(?:actually|really|definitely|finally|seriously|genuinely|deffo|defo)`;
const MEANT = String.raw`(?:cry for help|not messing|not joking|no joke|i mean it|for real|for good|properly this time|no one (?:can|will) stop me|nobody (?:can|will) stop me|goodbye|sorry for everything)`;
const THIS_TIME = pattern`(?:^|\bi am |\bam )(?:${ADVERB} )*?${EARNEST}(?: ${ADVERB})* (?:going to|gonna) do it this time\b|^(?=.*\b${MEANT}\b).*(?:(?:^|\bi am |\bam )(?:${ADVERB} )*(?:going to|gonna)|\b(?:i will|ill)(?: ${ADVERB})*|\bi(?: ${ADVERB})* will) do it this time\b`;
const THIS_TIME_OUT = String.raw`\b(?:gym|diet|dieting|slimming|lose weight|losing weight|couch to 5k|5k run|10k run|run a [15]0?k|marathon|half marathon|park run|parkrun|quit smoking|stop smoking|smoking|cigs|cigarettes|vape|vapes|vaping|driving test|theory test|driving lessons?|exam|exams|resit|re sit|tattoo|piercing|haircut|hair dye|dye my hair|skydive|sky dive|bungee|propose|proposal|ask (?:her|him) out|dry january|sober october|stop drinking|give up (?:the )?(?:drink|booze|fags|smokes)|you did (?:it )?last time|your turn|my turn|on my own this time|without your help|butler|${FICTION})\b|${THIRD}`;

// --- Crisis: no more chances, no more me -------------------------------------------------------------------
const NO_MORE_ME = pattern`\bno more me\b(?! (?:time|and|or|being|doing|having|trying to|sitting|waiting|moaning|going|asking|chasing|begging|complaining|stressing|worrying|too|either|neither|covering|paying|driving|picking|lending|bailing|running|cooking|cleaning|sorting))|\bno more of me$`;
const NO_MORE_ME_OUT = String.raw`\b(?:me time|metime|selfie|selfies|photos? of me|pictures? of me|${FICTION})\b|${THIRD}`;

// --- Crisis: I'm in a doorway, nowhere else --------------------------------------------------------------
const DOORWAY = pattern`(?:\bi am (?:(?:sat|sitting|sleeping|stuck|huddled|lying|laying|crouched|kipping|curled up|bedded down|bedding down|still|now|out|outside) )*in (?:a|the) (?:shop |church |bank |office |back |fire )?doorway|(?<!\b(?:he|she|they|who|guy|man|lad|woman|bloke|fella|someone|people) )\b(?:slept|sleeping|kipped|kipping|spent the night|spent last night|spending the night|spending tonight|bedded down|bedding down) in (?:a|the) (?:shop |church |bank |office |back |fire )?doorway|\b(?:going to be|it is|will be|looks like) (?:a|the) (?:shop )?doorway (?:tonight|for the night|again)|\b(?:somewhere|anywhere|a place)(?: to sleep| to go)?(?: tonight)? that is not a doorway)\b`;
const DOORWAY_OUT = String.raw`\b(?:waiting (?:for|on) (?:the|my|a) (?:bus|lift|taxi|train|tram|uber|cab|friend|mate|date|delivery|interview)|till the rain|until the rain|rain stops|rain eases|shower passes|out of the rain|for a (?:smoke|fag|vape|call)|having a (?:smoke|fag|vape)|on a call|phone call|(?:for|to get) (?:a |some )?(?:signal|reception)|photo|photos|picture|selfie|deliver\w*|parcel|courier|leaflet\w*|canvass\w*|survey|door to door|busk\w*|volunteer\w*|soup run|outreach|rough sleeper count|sleep out|sleepout|sponsored|fundrais\w*|big sleep|${FICTION})\b|${THIRD}|\b(?:the|a) (?:guy|man|woman|lad|bloke|fella|lady|person|chap) (?:who|that) (?:sleeps|is sleeping|was sleeping|lives)\b`;

// --- Crisis: what happens if you swallow a whole month's worth at once --------------------------------------
const WHAT_IF_ALL = pattern`^(?=.*\bwhat (?:\w+ )?(?:happens?|would happen|will happen|would it do) if (?:you|i|u|someone|somebody|a person|one) (?:\w+ )?(?:swallow|swallowed|take|took|down|downed|neck|necked|ate|eat|had|have)\b)(?=.*\b(?:whole|full|entire|all (?:of )?(?:your|my|the|their|them|it)|all at once|months?(?: worth)?|weeks worth|too many|handful|handfuls|the lot|in one go|at once|a load of|loads of)\b)(?=.*\b(?:${PILLS})\b)`;
const WHAT_IF_ALL_OUT = String.raw`\b(?:by (?:accident|mistake)|accidental\w*|missed|miss (?:a|one|my)|forgot|forget|double dose by|(?:it|them|my \w+|a dose|the dose|dose) (?:late|early)|(?:an hour|hours|a day) late|with food|empty stomach|antibiotics|vitamins?|iron tablets|multivitamins?|(?:my|the|our) (?:dog|cat|puppy|kitten|toddler|baby|child|kid|kids) (?:took|has taken|ate|has eaten|swallowed|got into)|pharmacy|pharmacist|dispens\w*|nursing|first aid|care certificate|(?:on (?:the|my|a)|pharmacy|nursing|care|training) course|training|module|exam|quiz|${FICTION})\b|${THIRD}`;

// --- Concern: what's the use (of me), even the charity shop said no ----------------------------------------
const WHAT_USE = pattern`\bwhat is the (?:use|point)\b(?! (?:of|in|for|to|with|case|cases|here|you are making|you made)\b)`;
const WHAT_USE_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: square up, throw hands, 1v1 (a joke) -----------------------------------------------------------
const SQUARE_UP = pattern`\b(?:square up|squaring up|squared up|square go|1v1|1 v 1|one v one|catch these hands|catching these hands|catch hands|throw hands|throwing hands|throw these hands)\b(?! (?:the|with (?:you|me|him|her|them) (?:for|on|when|after|later|at|next|tomorrow|friday|monday)|what|my debts?|my tab|the tab|the bill|the books|the accounts|the till))`;
const SQUARE_UP_OUT = String.raw`\b(?:boxing|boxer|box fit|boxfit|mma|ufc|spar|sparring|karate|kickbox\w*|martial arts?|judo|jiu jitsu|bjj|wrestl\w*|chess|tennis|basketball|squash|padel|pool|snooker|darts|fifa|fc ?2\d|xbox|playstation|ps5|ps4|nintendo|switch|steam|twitch|lobby|ranked|valorant|league|apex|overwatch|warzone|smash|tekken|street fighter|rocket league|bill|tab|owe|owed|money|cash|debts?|accounts|till|receipt|invoice|tax return|corners|origami|timber|carpentry|joinery|tiling|tiles|${FICTION})\b|${THIRD}`;

// --- Concern: there will be a body by Friday (a joke) --------------------------------------------------------
const A_BODY = pattern`\b(?:therell|there (?:will|is going to|ll|is gonna|would|might|will definitely|is definitely going to)) be (?:a |an )?(?:body(?! (?:of|shop|corporate|language|cam|camera|spray|lotion|wash|butter|count|scan|check|clock|double|part|parts|art|positive|image|fat))|bodies|murder|murders|a murder|corpse|dead body|homicide|blood(?! (?:test|tests|sample|samples|donation|donor|donors|pressure|work|bank|results|sugar|count|type|group|tests?))|bloodshed|massacre|crime scene)\b`;
const A_BODY_OUT = String.raw`\b(?:first aid|cpr|funeral director|undertaker|morgue|mortuary|coroner|forensic\w*|crime scene clean\w*|anatomy|medical school|dissection|ghost|ghosts|haunted|halloween|escape room|larp|theatre|panto|am dram|${FICTION})\b|${THIRD}`;

// --- Concern: the cards and the Klarna, it just keeps growing ------------------------------------------------
const KEEPS_GROWING = pattern`^(?=.*\b(?:klarna|clearpay|laybuy|paypal credit|paypal pay in 3|pay later|buy now pay later|bnpl|credit union|credit cards?|store cards?|cards|catalogues?|very account|overdraft|loans?|payday|doorstep|arrears|debts?|interest|owe|owed|owing|fines|balance|bills|red letters|council tax|rent arrears|bailiffs?|debt collectors?)\b)(?=.*\b(?:(?:keeps?|keeps on|kept|keep on) (?:growing|going up|getting bigger|getting worse|piling up|mounting|mounting up|stacking up|creeping up|climbing|snowballing|spiralling|spiraling|adding up|racking up|ballooning)|(?:is|are) (?:piling up|mounting up|stacking up|snowballing|spiralling|spiraling|ballooning))\b)`;
const KEEPS_GROWING_OUT = String.raw`\b(?:news|headlines?|price cap|ofgem|chancellor|budget announcement|savings|savings pot|pension pot|isa|followers|likes|subscribers|views|garden|plants|beard|hair|puppy|waiting list|queue|to do list|confidence|portfolio|my business|sales|profits?|pay rise|salary|wages (?:keep|are)|interest in (?:my|the|me)|(?:my|the) interest (?:in|for) (?:the|this|it|coding|design)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: the dose upped, still feel rubbish ---------------------------------------------------------------
const STILL_ON_MEDS = pattern`^(?=.*\b(?:${PILLS}|dose|dosage|mg)\b)(?=.*\bstill (?:feel|feeling|feels|felt) (?:so |really |pretty |just |completely |a bit |dead |totally |absolutely )?(?:rubbish|crap|shit|awful|low|down|flat|empty|numb|rotten|terrible|horrible|miserable|hopeless|grim|dark|grey|gray|depressed|no better|no different|the same|nothing|like (?:crap|shit|rubbish|death|a zombie|nothing|i am (?:under water|underwater|drowning|in a fog|sinking)))\b)`;
const STILL_ON_MEDS_OUT = String.raw`\b(?:the same (?:about|way)|a cold|the cold|flu|covid|chest infection|infection|antibiotics|hay fever|hayfever|back pain|my back|knee|hip|shoulder|migraine|headache|tooth|toothache|dentist|period|ibs|cough|${LAUGH})\b|${THIRD}`;

// --- Concern: don't see a soul from one weekend to the next ------------------------------------------------
const NOT_A_SOUL = pattern`\b(?:do not|never|not|hardly|barely|rarely|did not|have not|can not|cannot|will not|wont|hardly ever|might not|could go (?:days|weeks) without)(?: \w+)? (?:see|seen|seeing|speak to|spoken to|speaking to|talk to|talked to|talking to|hear from|heard from) (?:a soul|a single soul|another soul|a living soul|another living soul|a single person|another human|another human being|a human being|a human)\b`;
const NOT_A_SOUL_OUT = String.raw`\b(?:jobs? fair|careers fair|open day|at the event|at the office|in the office|office was|in the library|on the walk|out walking|dog walk|walking the dog|on my run|on the beach|in the park|at that hour|so early|was quiet|was dead|dead in there|ghost town|no customers|motorway|roads were|on the roads|the streets were|hike|hiking|camping|fishing|on holiday|cottage|retreat|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: the landlord wants me gone so his son can move in ---------------------------------------------
const LANDLORD = String.raw`(?:landlord|landlady|letting agents?|lettings agents?|estate agents?|housing association|housing officer|council)`;
const LANDLORD_GONE = pattern`\b${LANDLORD} (?:wants|want|needs|need|has told|told|said|says|is telling|gave|has given|is giving)(?: he wants| she wants| they want)? (?:me|us) (?:gone|out(?! of (?:the |my |our )?(?:garden|hall|hallway|shed|way|car park|kitchen|loft|attic|bins?))|to leave(?= (?:by|in|within|before|end|at the end|next|this|asap|the (?:flat|house|property|place|home))\b|$)|to move out|to get out|to find somewhere else|to find another place|notice)\b|\b${LANDLORD} (?:is |has |)(?:(?:selling|sold)(?: up\b| (?:the|our|my) (?:house|flat|place|property|building|home|room)\b|$)|moving (?:his|her|their) (?:son|daughter|family|kids) in\b|kicking (?:me|us) out\b)|\bso (?:his|her|their) (?:son|daughter|family|kids|nephew|niece|grandson|granddaughter|mum|mam|dad|brother|sister) can (?:move in|have (?:it|the (?:flat|house|place)))\b`;
const LANDLORD_GONE_OUT = String.raw`\b(?:for the (?:day|morning|afternoon|weekend|evening)|for (?:the |a )?viewings?|for (?:a|an|the|a couple of|a few) (?:hour|hours|minutes|days)|while (?:the|they|he|she)|boiler|inspection|gas safety|repairs?|painters|decorators|plumber|electrician|exterminator|pest control|fumigat\w*|bin(?:s)? out|rubbish out|bike out|car out|my stuff out of the (?:hall|hallway|garden|shed)|no rush|already found|found somewhere|found a (?:place|flat|house)|helping (?:me|us) find|plenty of time|${FICTION})\b|${THIRD}|\b(?:my|his|her|our) (?:friend|mate|brother|sister|cousin|mum|mam|dad|neighbour|girlfriend|boyfriend|partner|son|daughter)s? (?:landlord|landlady)\b`;

export const HUNDRED_AND_TWENTIETH_WHOLE_SETS = [
  [unless(String.raw`\bdo it this time\b`, THIS_TIME_OUT), [group('crisis', 'intends to end their life', [THIS_TIME])]],
  [unless(String.raw`\bno more (?:of )?me\b`, NO_MORE_ME_OUT), [group('crisis', 'intends to end their life', [NO_MORE_ME])]],
  [unless(String.raw`\bdoorway\b`, DOORWAY_OUT), [group('crisis', 'no safe place, food or power tonight', [DOORWAY])]],
  [unless(String.raw`\bhappens? if\b|\bwould (?:it do|happen) if\b`, WHAT_IF_ALL_OUT), [group('crisis', 'thinking about a way to end their life', [WHAT_IF_ALL])]],
  [unless(String.raw`\bwhat is the (?:use|point)\b`, WHAT_USE_OUT), [group('concern', 'hopelessness', [WHAT_USE])]],
  [unless(String.raw`\b(?:square up|squaring up|squared up|square go|1v1|1 v 1|one v one|catch(?:ing)? (?:these )?hands|throw(?:ing)? (?:these )?hands)\b`, SQUARE_UP_OUT), [group('concern', 'joked about hurting someone', [SQUARE_UP])]],
  [unless(String.raw`\b(?:therell|there (?:will|is going to|ll|is gonna|would|might|is definitely going to)) be\b`, A_BODY_OUT), [group('concern', 'joked about hurting someone', [A_BODY])]],
  [unless(String.raw`\b(?:growing|going up|getting bigger|getting worse|piling up|mounting|stacking up|creeping up|climbing|snowballing|spiralling|spiraling|adding up|racking up|ballooning)\b`, KEEPS_GROWING_OUT), [group('concern', 'money worries', [KEEPS_GROWING])]],
  [unless(String.raw`\bstill (?:feel|feeling|feels|felt)\b`, STILL_ON_MEDS_OUT), [group('concern', 'low mood', [STILL_ON_MEDS])]],
  [unless(String.raw`\b(?:soul|a single person|another human|a human)\b`, NOT_A_SOUL_OUT), [group('concern', 'feels alone', [NOT_A_SOUL])]],
  [unless(String.raw`\b(?:landlord|landlady|letting agents?|lettings agents?|estate agents?|housing association|housing officer|council|so (?:his|her|their) \w+ can)\b`, LANDLORD_GONE_OUT), [group('concern', 'may lose their home', [LANDLORD_GONE])]],
] as const;
