// A third red-teamer, writing as many different clients: risk said flatly, in a question or an errand,
// in the middle of everyday talk. Family who keep the ID and say the phone is theirs; "going to batter
// her new bloke when he drops the kids off, dead serious"; a grandad who went that way and thinking
// about going the same way; a form so the last benefit payment goes to mum instead of me; "I'm doing it,
// nothing you say will change it"; survive or not, don't mind which; where I see myself in five years, in
// the ground if I'm lucky; a pharmacy job to get at the strong stuff, for the wrong reasons; the second
// attempt that didn't work; a letter for the family, for after; a day and a train time, don't tell
// anyone; a brother who split my lip over my wages; the sofa fell through, not sure where I'm sleeping
// tonight; don't mind if I don't see 40; debts bigger than a year's wages; moved here for him, then he
// left, don't know a soul; the pay-later plans, six of them overdue; the minimum payments eat the
// whole allowance.
// The same words fill everyday messages (the agency kept my passport to photocopy it; going to batter
// them at five-a-side; going the same way as my brother, into the army; my last payment went to my old
// account; I'm doing it, nothing will change my mind, I'm applying; whether the shop survives or not;
// potatoes in the ground if I'm lucky with the weather; access to the controlled drugs cupboard after
// training; the second attempt at the theory test; a thank-you note for after the interview; Tuesday,
// the 9am bus; split my lip at rugby; not sure where I'm sleeping tonight, sofa or spare room; don't
// mind if I don't get 40 hours; a mortgage bigger than a year's salary; don't know a soul yet, the
// course starts Monday; six library books overdue; the minimum payment is only £25), so each set rests
// on the words that carry the risk together and shuts on the everyday uses, on someone else's trouble
// and on fiction.
// Crisis: they keep my ID / passport and the phone is theirs, or say I can't work; going to batter / deck /
// glass him, said in earnest or for when he next turns up (a laugh leaves it to the classifier); went
// that way / took his own life, and I think about going the same way; my last payment to go to mum
// instead of me, or for after I'm gone; I'm going to do it, nothing you say will change it (a laugh does
// not lower it); survive or not / live or die, don't mind; in the ground / six feet under if I'm lucky,
// where I see myself in five years: dead; get at the strong stuff, for the wrong reasons; my second
// attempt was in August, didn't work; a letter / note for my family, for after; a day and a train time,
// don't tell anyone, and nothing else; my brother / he split my lip, broke my nose; not sure where I'm
// sleeping tonight (a nervous laugh does not lower it); don't mind if I don't see 40.
// Concern: debts bigger than a year's wages; moved here / he left, don't know a soul; the pay-later
// plans, six of them overdue, got me bad; the minimum payments eat my whole allowance.
// Look-alikes of our own are in test/domain/riskHundredAndTwentySixthForms.test.ts. Normalised words ("i
// am" for "I'm", "can not" for "cannot", "do not" for "don't", "friend" for "mate", "6 40" for "6.40").
import { pattern } from '../riskPatterns.ts';
import { group, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|zelda|anime|manga|fanfic|game|games|gaming|video game|call of duty|netflix|true crime|crime drama|murder mystery|detective|whodunnit|hamlet|shakespeare`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend)s? (?:says|said|keeps saying|told me|texted|messaged|posted|wrote|asked)|a friend (?:says|said|asked|told me))\b|\bone of the other\b`;
/** A laugh, but not "not joking" or "no kidding", which say the opposite. */
const A_LAUGH = String.raw`lol|lmao|haha\w*|hehe|jk|(?<!\b(?:not|no|never|am not|i am not) )(?:joking|kidding)`;
const KIN = String.raw`(?:mum|mam|mom|mother|dad|da|father|stepdad|step dad|stepmum|step mum|brother|bro|sister|sis|son|daughter|uncle|cousin|nan|gran|grandad|partner|husband|wife|boyfriend|girlfriend|fella|missus|other half|ex|flatmate|housemate|parents|family|in laws|inlaws)`;

// --- Crisis: they keep my ID and the phone is theirs --------------------------------------------------------
const PAPERS = String.raw`(?:id|ids|passport|passports|papers|documents|birth certificate|driving licence|licence|visa|brp|residence permit|bank cards?|bank card|cards|phone)`;
const HELD_PAPERS = pattern`^(?=.*\b(?:they|theyve|he|hes|she|shes|my ${KIN}|his family|her family|my (?:boss|employer|landlord|sponsor|agent))(?: \w+)? (?:keep|keeps|kept|took|take|takes|taken|have taken|has taken|hold|holds|held|have got|has got|has|have|hide|hides|hid|lock up|locks up|locked up|confiscated|will not give me|would not give me|do not give me|does not give me) (?:me )?my ${PAPERS}\b(?! (?:number|numbers|no|charger|case|contract|bill|screen|cover|details)\b))(?=.*\b(?:(?:the|my) phone (?:is|belongs to) (?:theirs|his|hers|them|him|her)|(?:say|says|said|tell me|tells me|told me|decided) i (?:can not|am not allowed to|must not|should not|will not|do not need to|have no need to) (?:work|go out|leave(?! (?:it|them|that|this|my|the|a|an|\w+ing)\b)|get a job|have a job|see (?:anyone|anybody|my|friends|family|people)|talk to (?:anyone|anybody|my|friends|family|people)|go (?:out|anywhere|outside))(?! (?:until|till|without|unless|it|them|abroad)\b)|not allowed (?:to )?(?:work|a phone|my own phone|out|go out|leave|a job|to have)|(?:will not|would not|do not|does not|never) let me (?:work|have|go|leave|get|keep|see|talk|out)|(?:check|checks|read|reads|go through|goes through|take|takes|took) my (?:phone|messages|wages|money|pay|benefits))\b)`;
const HELD_PAPERS_OUT = String.raw`\b(?:right to work|photocopy|photocopied|copy|copied|scan|scanned|verify|verification|dbs|renewal|renew|renewing|lost my|${FICTION}|${A_LAUGH})\b`;

// --- Crisis: going to batter her new bloke when he drops the kids off, dead serious ---------------------
const BATTER_WHO = String.raw`(?:him|her|my ex|my exs \w+|(?:his|her|my exs|the|that|my) (?:new )?(?:bloke|boyfriend|girlfriend|partner|fella|man|guy|lad|husband|wife|missus|neighbour|landlord|stepdad|step dad|brother|cousin|ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend))`;
const BATTER = pattern`^(?=.*\b(?:i am going to|going to|i will|ill|about to|i swear ill|i swear i will|swear ill|i am|i will be) (?:(?:actually|properly|literally|seriously|really|absolutely|just) )*(?:batter|battering|leather|leathering|deck|decking|lamp|lamping|twat|glass|glassing|stab|stabbing|knife|knifing|shank|beat up|kick the (?:shit|crap|hell|life) out of|kick (?:his|her) head in|smash (?:his|her) (?:face|head)(?: in)?|knock (?:him|her) out|put (?:him|her) in (?:hospital|the hospital|a wheelchair|the ground)|do (?:him|her) in) ${BATTER_WHO}\b(?! (?:out|up|off)\b))(?=.*\b(?:dead serious|deadly serious|i am serious|serious|seriously|not joking|no joke|i mean it|swear down|swear to god|on my life|for real|watch|when (?:he|she|they) (?:drops|picks|comes|turns up|shows|gets|next)|next time (?:i see|he|she)|if (?:he|she) (?:comes|turns up|shows|goes near|comes near))\b)`;
const BATTER_OUT = String.raw`\b(?:fish|chips|pancakes?|yorkshire|tempura|cake|bake|baking|recipe|flour|football|five a side|5 a side|match|team|league|darts|pool|snooker|fifa|rugby|boxing|sparring|spar|mma|ufc|chess|quiz|pretend\w*|${FICTION}|${A_LAUGH})\b|${THIRD}`;

// --- Crisis: grandad went that way, and I think about going the same way ----------------------------------
const SAME_WAY = pattern`^(?=.*\b(?:went (?:that|the same) way|gone (?:that|the same) way|took (?:his|her|their) own life|killed (?:himself|herself|themselves)|hanged (?:himself|herself)|hung (?:himself|herself)|ended (?:it|his life|her life)|did (?:himself|herself) in|suicide|i get it now|i understand (?:it |why )?now|i get why now)\b).*\bi (?:think about|thought about|keep thinking about|have been thinking about|been thinking about|am thinking about|am thinking of|think of|worry about|could see myself|can see myself|might end up|could end up|will end up|am going to end up|might be|could be|will be)(?: \w+)? (?:going|go|heading|ending up|end up going) (?:the same way|that way|the way (?:he|she|they) (?:did|went))\b`;
const SAME_WAY_OUT = String.raw`\b(?:army|navy|raf|forces|marines|trade|trades|apprentice\w*|career|college|uni|university|degree|bald|balding|grey|hair|weight|diabetes|diabetic|dementia|alzheimers|arthritis|${FICTION}|${A_LAUGH})\b|${THIRD}`;

// --- Crisis: a form so my last benefit payment goes to mum instead of me -----------------------------------
const LAST_PAYMENT = pattern`\b(?:last|final|last ever|very last) (?:benefit |benefits |uc |universal credit |pip |esa |pension |wage |wages |dla |carers )?(?:payment|payments|pay|money|wages|pay packet|payout|pay out|award) (?:goes|go|to go|will go|gets paid|get paid|is paid|be paid|can go|could go|gets sent|get sent|can be paid|could be paid|can be sent|is sent) (?:straight )?(?:to|into) (?:my ${KIN}|my ${KIN}s(?: account)?|someone else|somebody else|them|her|him)\b(?=.*\b(?:instead of me|not me|rather than me|when i am gone|after i am gone|after i die|if i die|when i die|if anything happens|for after|once i am gone)\b)`;
const LAST_PAYMENT_OUT = String.raw`\b(?:mistake|error|by accident|wrong account|old account|moving in|move in|appointee|${FICTION})\b|${THIRD}`;

// --- Crisis: I'm going to do it, nothing you say will change it --------------------------------------------
const DO_IT = String.raw`(?:i am (?:\w+ )?going to do it|i will do it|ill do it|i am doing it|doing it (?:tonight|today|anyway|now))`;
// Said to the coach who might try: "nothing will stop me" and "my mind is made up" are also how a
// client sounds about a goal ("how sure are you?"), so they are not enough.
const NO_STOPPING = String.raw`(?:nothing (?:you|anyone|anybody|any of you) (?:can |could )?(?:say|says|do|does|said)(?: is going to| will| can| would| could| is gonna)? (?:change|changes|stop|stops) (?:it|that|this|me|anything|my mind)|(?:no one|you) (?:can|will|is going to|could) talk me out of (?:it|this)|you can not talk me out of (?:it|this)|do not (?:try (?:and|to) )?(?:stop me|talk me out of it))`;
const NOTHING_WILL_CHANGE = pattern`^(?=.*\b${DO_IT}\b)(?=.*\b${NO_STOPPING}\b)`;
const NOTHING_WILL_CHANGE_OUT = String.raw`\b(?:apply|applying|application|applied|quit|quitting|resign|resigning|hand in my notice|handing in my notice|tattoo|piercing|haircut|dye|moving|move to|emigrat\w*|gym|diet|marathon|half marathon|skydive|bungee|course|uni|university|college|army|navy|raf|business|self employed|propose|proposing|wedding|driving test|sign up|signing up|enrol\w*|${FICTION})\b|${THIRD}`;

// --- Crisis: survive or not, don't really mind which way it goes -------------------------------------------
const INDIFFERENT = String.raw`(?:(?:do not|not|never|could not|would not) (?:really |much |too |that |even |honestly |overly )?(?:mind|care|bothered|fussed|matter|matters)|either way|whatever happens|which ever way|whichever way|one way or (?:the )?other)`;
const SURVIVE_OR_NOT = pattern`^(?=.*\b${INDIFFERENT}\b).*(?:^|\b(?:i|to|goal|goals|plan|aim|target|just|me|whether|if|months|weeks|year|years|days|week|month) )(?:survive|live|wake up)(?: or not| or die| or (?:i )?do not| or the other)\b`;
const SURVIVE_OR_NOT_OUT = String.raw`\b(?:phone|battery|laptop|alarm|lie in|the weekend|in time|on time|${FICTION})\b|${THIRD}`;

// --- Crisis: where I see myself in five years? In the ground, if I'm lucky -----------------------------------
const GRAVE = String.raw`(?:in the ground|six f(?:ee|oo)t under|in a (?:coffin|grave|wooden box|pine box|box)|in my grave|in the (?:cemetery|graveyard|crem|crematorium)|pushing up (?:the )?daisies|dead|not alive)`;
const BURIED = String.raw`(?:in the ground|six f(?:ee|oo)t under|in a (?:coffin|grave|wooden box|pine box)|in my grave|in the (?:cemetery|graveyard|crem|crematorium)|pushing up (?:the )?daisies)`;
const IN_THE_GROUND = pattern`\b${BURIED}(?: (?:honestly|hopefully|probably|by then))? (?:if i am lucky|if im lucky|with (?:any|a bit of) luck|hopefully|fingers crossed|if i get my way|if i have my way|god willing|please god|i hope)\b|\b(?:i will be|ill be|i am|i would be|id be|be) dead(?: by then)? (?:if i am lucky|with (?:any|a bit of) luck)\b|\b(?:hopefully|with any luck|if i am lucky) (?:i will be |ill be |i am )?(?:${BURIED}|dead)\b|\bwhere (?:do )?i (?:see|picture|imagine) myself in (?:\d+|two|three|four|five|ten|twenty|a few|a couple of) years\b(?: \w+){0,12}? ${GRAVE}\b`;
const IN_THE_GROUND_OUT = String.raw`\b(?:ground (?:floor|works?|worker|workers|crew|staff|level|force|breaking|handling|rent|nut|up)|groundwork\w*|groundsman|plant|plants|planting|planted|seeds?|bulbs?|potatoes|spuds|veg|garden|gardening|allotment|crops?|tulips|weeds|roots|foundations|fence posts?|cables?|pipes?|dead (?:end|ringer|set|good|easy|keen|lucky|happy|chuffed|excited|tired|busy|rich|proud|settled|comfy|comfortable|bored|knackered|serious|on|centre|center|certain|sure)|knock\w* (?:\w+ )?dead|${FICTION})\b|${THIRD}`;

// --- Crisis: a pharmacy job to get at the strong stuff, for the wrong reasons --------------------------------
const STRONG_STUFF = pattern`^(?=.*\b(?:get|getting|got|have|having|gives?|giving)(?: me| you| us)? (?:at|to|near|into|access to|my hands on|hold of|hands on|round|around|in with) (?:the )?(?:strong stuff|hard stuff|good stuff|controlled drugs|controlled meds|controlled medicines|cds|cd cupboard|cd cabinet|drugs cupboard|drug cupboard|drugs cabinet|meds cupboard|medicine cupboard|medicines cupboard|morphine|opioids|opiates|oxycodone|fentanyl|tramadol|codeine|diazepam|insulin|sleeping pills|sleeping tablets|pills|tablets|meds|medication|medicines|drugs|syringes|needles)\b)(?=.*\b(?:for the wrong reasons?|not for the right reasons?|the wrong reasons|wrong reasons|you know why|you know what for|if you know what i mean|ulterior motive|stock up|stockpile|stockpiling|save (?:them|some) up|saving (?:them|some) up|not for work reasons|not for (?:a )?good reasons?)\b)`;
const STRONG_STUFF_OUT = String.raw`\b(?:training|trained|certificate|qualification|nvq|level [23]|policy|procedure|audit|stock check|${FICTION})\b|${THIRD}`;

// --- Crisis: second attempt was in August, didn't work obviously --------------------------------------------
const PAST_ATTEMPT = pattern`^(?=.*\b(?:did not work|failed|obviously|woke up|survived|still here|hospital|a and e|ambulance|stomach pumped|sectioned|pumped|unfortunately|sadly)\b).*\b(?:first|second|third|fourth|fifth|last|latest|previous|recent|most recent|1st|2nd|3rd|4th|5th|my|another) attempt(?! (?:at|on|to|of|for)\b)(?: (?:was|were|happened))? (?:in|on|last|back in|at|around|this|over|just before|just after|after|before) \w+`;
const PAST_ATTEMPT_OUT = String.raw`\b(?:test|tests|exam|exams|interview|interviews|assessment|application|applications|typing|numeracy|literacy|website|booking|login|log in|password|upload|theory|practical|driving|resit|re sit|re take|retake|maths|english|gcse|gcses|functional skills|cscs|module|assignment|essay|recipe|bake|baking|cake|bread|record|pb|personal best|marathon|lift|deadlift|squat|bench|swim|climb|ivf|pregnan\w*|conceive|quit smoking|stop smoking|quitting|diet|sober|sobriety|detox|passed|${FICTION})\b|${THIRD}`;

// --- Crisis: a letter for my family, for after ------------------------------------------------------------
const FOR_AFTER = String.raw`(?:for after(?:wards)?(?! (?:the|my|a|an|this|that|school|work|christmas|college|lunch|dinner|tea|holidays?|\w+ing|i (?:start|get|finish|leave|move|come|go back))\b)|for when i am (?:gone|not here|not around|dead)|for after i am (?:gone|dead)|after i am (?:gone|dead)|after i die|when i die|to (?:read|open) after(?:wards)?(?! (?:the|my|a|an|this|that|\w+ing)\b))`;
const LETTER_FOR_AFTER = pattern`\b(?:letter|letters|note|notes|message|messages|one|ones|video|videos|card|cards|something)\b(?: \w+){0,4}? (?:for|to) (?:my ${KIN}|my (?:kids|children|friends|loved ones)|the kids|everyone|them)\b(?: \w+){0,3}? ${FOR_AFTER}`;
const LETTER_FOR_AFTER_OUT = String.raw`\b(?:holiday|holidays|abroad|trip|prison|deploy\w*|working away|rota|surgery|operation|wedding|retire\w*|leaving do|${FICTION})\b|${THIRD}`;

// --- Crisis: Tuesday. The 6.40 train. Don't tell anyone ------------------------------------------------------
const SECRET_TRAIN = pattern`^(?:it is |it will be |that is when |it is going to be |going to be |(?:i am going to|going to|ill) do it )?(?:(?:on |this |next )?(?:${WEEKDAY}|tomorrow|tonight|today)(?: morning| night| evening| afternoon)? )?(?:the |on the |at the )?(?:\d{1,2} \d{2}(?: ?am| ?pm)?|\d{1,2} ?(?:am|pm)|last|first|fast|early|late|express|freight) (?:train|express|freight|one)(?: then| and)? (?:do not|never|please do not) tell (?:anyone|anybody|no one|a soul|my \w+|them)(?: please| ok| okay| x+| yeah| alright)?$`;
const SECRET_TRAIN_OUT = String.raw`\b(?:${FICTION})\b|${THIRD}`;

// --- Crisis: my brother kicked off and split my lip over my wages -------------------------------------------
const SPLIT_MY_LIP = pattern`(?:\bmy ${KIN}|\b(?:he|she|they))\b(?: \w+){0,6}? (?:split|bust|busted|burst|fattened|fat|broke|broken|cracked|blacked|bruised|chipped|knocked out) my (?:lip|lips|eye|eyes|eyebrow|nose|head|jaw|cheek|cheekbone|tooth|teeth|front teeth|rib|ribs|eye socket|arm|wrist|finger|fingers)\b`;
const SPLIT_MY_LIP_OUT = String.raw`\b(?:by accident|by mistake|accident\w*|not on purpose|did not mean|head ?butt\w*|jumped on me|climbing on me|wrestl\w*|arm wrestl\w*|messing (?:about|around)|play fighting|playfight\w*|mucking about|baby|toddler|carrying|swing|rugby|football|boxing|sparring|spar|mma|kickbox\w*|karate|judo|training|match|dentist|barber|hairdresser|doctor|surgeon|nurse|optician|blood test|taking blood|injection|jab|vaccine|physio|massage|${FICTION}|${A_LAUGH})\b`;

// --- Crisis: the sofa fell through, not sure where I'm sleeping tonight -------------------------------------
const NOT_SURE_WHERE = String.raw`(?:not sure|do not know|no idea|no clue|unsure|not certain|clueless|not a clue)(?: yet| now| at all| honestly)?`;
const WHERE_SLEEP = String.raw`where (?:i am|i will be|ill be|i can|i could|i should|i am going to be|me and (?:the kids|my \w+|\w+) (?:are|will be|can)|we are|we will be|we can|to) (?:sleeping|sleep|staying|stay|kipping|kip|crash|crashing|going to sleep|going to stay|laying my head|lay my head|bedding down|spending the night|stopping)`;
const WHERE_TONIGHT = pattern`\b${NOT_SURE_WHERE} ${WHERE_SLEEP}(?: \w+){0,3}? (?:tonight|this evening|the night|later)\b|\btonight\b(?: \w+){0,4} ${NOT_SURE_WHERE} ${WHERE_SLEEP}\b`;
const WHERE_TONIGHT_OUT = String.raw`\b(?:sofa or|couch or|bed or|or (?:the |my )?(?:sofa|couch|bed|spare room|floor|airbed)|which room|spare room|which bed|festival|glastonbury|hotel|travelodge|premier inn|airbnb|camping|tent|sleepover|stag|hen do|hen party|wedding|holiday|trip|conference|(?:mums|dads|nans|grans|mine|his|hers|theirs|yours|hers) or|whose (?:house|place)|teething|snoring|night shift|nights|${FICTION})\b|${THIRD}`;

// --- Crisis: don't mind if I don't see 40 -------------------------------------------------------------------
const AGE = String.raw`(?:[2-9]\d|thirty|forty|fifty|sixty|seventy|eighty|old age|next year|my next birthday|my (?:[2-9]\d|thirtieth|fortieth|fiftieth|sixtieth)(?: birthday)?)(?! (?:hours|hrs|hour|quid|pounds|grand|k|p|pence|mph|minutes|mins|percent|per cent|applications|jobs|people|days|an hour|a week|per|pay|bonus|s|still|living|working|doing|without|single|unemployed|stuck|renting|skint|broke|on (?:benefits|the dole|uc)|in (?:this|a|the) (?:job|flat|house|town|place))\b)`;
const NOT_SEE_AGE = pattern`\b(?:(?:do not|would not|will not|wouldnt|honestly do not) (?:really |even |honestly )?(?:mind|care|be bothered|be sad|be upset|be fussed)|(?:not|not that|not really) (?:bothered|fussed))(?: much| at all)? if i (?:do not|never|will not|wont) (?:see|make it to|reach|get to|live to|live past|make it past|get past|see past) ${AGE}|\b(?:i )?hope i (?:do not|never) (?:see|make it to|reach|live to|live past|make it past|get to) ${AGE}|\b(?:probably |i )?(?:will not|wont|not going to) (?:see|make it to|live to|reach) ${AGE}(?: and i do not| and do not| anyway and i do not| honestly and i do not) (?:care|mind)`;
const NOT_SEE_AGE_OUT = String.raw`\b(?:${FICTION})\b|${THIRD}`;

// --- Concern: my debts are bigger than a year's wages -----------------------------------------------------
const DEBTS_BIGGER = pattern`^(?=.*\b(?:debts?|owe|owing|overdraft|loans?|credit cards?|arrears|cards)\b).*\b(?:bigger|more|higher|larger|greater|worse)(?: than| then) (?:a |my |a whole |two |three |four |five |a full |(?:what )?(?:i|id|i would|i could) (?:earn|make|get|got|would earn|would make) in (?:a|one|two|three) )?(?:years?|twelve months)(?: worth)?(?: of)? ?(?:wages|salary|pay|income|benefits|earnings|money|earning|uc)?\b|\bowe (?:more than|over|about|nearly) (?:what )?i (?:earn|make|get|would earn) in (?:a|two|three) years?\b`;
const DEBTS_BIGGER_OUT = String.raw`\b(?:national debt|country|government|the uk|student loan|student loans|mortgage|case study|${FICTION}|${A_LAUGH})\b|${THIRD}`;

// --- Concern: moved here for his job, then he left, don't know a soul ----------------------------------------
const NOT_KNOW_A_SOUL = pattern`^(?=.*\b(?:moved|moving|move|came|come) (?:here|up|down|over|away|across|to|in|out|for)|.*\b(?:new (?:town|city|area|country)|(?:then|since|and|when|after) (?:he|she|they) (?:left|went)|left me|split up|broke up|divorce|no family (?:here|round here|nearby|near))\b).*\b(?:do not|never|hardly|barely) know (?:a (?:soul|single soul|living soul|single person|single one)|anyone (?:here|round here|around here|in (?:this|the) (?:town|city|area|place))|anybody (?:here|round here|around here))\b(?! yet\b)`;
const NOT_KNOW_A_SOUL_OUT = String.raw`\b(?:uni|university|freshers|course starts|excited|exciting|looking forward|networking|meetups?|make friends|making friends|clubs?|volunteer\w*|any (?:tips|ideas|suggestions)|at the (?:event|interview|party|wedding|fair|conference)|five a side|5 a side|teams?|jobs? fair|careers fair|open day|induction|first day|training day|${FICTION}|${A_LAUGH})\b|${THIRD}`;

// --- Concern: buy now pay later got me bad, six of them overdue ---------------------------------------------
const PAY_LATER = String.raw`(?:klarna|clearpay|laybuy|paypal credit|paypal pay in 3|pay later|buy now pay later|bnpl|payday|loans?|credit cards?|store cards?|catalogues?|very account|bills|direct debits?)`;
const OVERDUE_MANY = pattern`^(?=.*\b${PAY_LATER}\b)(?=.*\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all|most|half|loads|a few|several|both) (?:of them |of em |of those |of the \w+ |of my (?:\w+ ){1,2})?(?:are |is |now |already |gone |went )?(?:overdue|in arrears|behind|defaulted|bounced|missed|gone to (?:collections|debt collectors)|with debt collectors)\b)|\b(?:klarna|clearpay|laybuy|buy now pay later|pay later|bnpl|payday loans?|the loans|credit cards?|catalogues?) (?:has |have )?(?:got|has got|have got) me (?:bad|proper|good|stuck|trapped|by the throat|in a hole|in a mess|drowning|so bad|well and truly)\b`;
const OVERDUE_MANY_OUT = String.raw`\b(?:library|books|assignments?|essays?|homework|parcels?|deliver\w*|trains?|buses|employer|paid off|all paid|cleared|sorted now|${FICTION}|${A_LAUGH})\b|${THIRD}`;

// --- Concern: the minimum payments eat my whole allowance ---------------------------------------------------
const MINIMUM_EATS = pattern`\bminimum (?:payments?|repayments?|amounts?)(?: alone| on (?:it|them|the cards?|that|those))? (?:eat|eats|ate|eating|take|takes|took|swallow|swallows|use|uses|wipe|wipes|wipe out|wipes out|cost|costs|is|are) (?:up )?(?:(?:my (?:whole|entire|full)|all (?:of )?my|most of my|half (?:of )?my|nearly all (?:of )?my|basically all (?:of )?my|the whole of my|more than) (?:allowance|wages|pay|benefits?|uc|universal credit|money|income|budget|pip|esa|jsa|salary|payment|wage|earnings)|more than i (?:get|earn|have|make))\b`;
const MINIMUM_EATS_OUT = String.raw`\b(?:${FICTION}|${A_LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_TWENTY_SIXTH_WHOLE_SETS = [
  [unless(String.raw`\bmy (?:id|ids|passport|passports|papers|documents|birth certificate|driving licence|licence|visa|brp|residence permit|bank cards?|cards|phone)\b`, HELD_PAPERS_OUT), [group('crisis', 'coercive control', [HELD_PAPERS])]],
  [unless(String.raw`\b(?:batter|battering|leather|leathering|deck|decking|lamp|lamping|twat|glass|glassing|stab|stabbing|knife|knifing|shank|beat up|kick the|kick (?:his|her) head|smash (?:his|her)|knock (?:him|her) out|put (?:him|her) in|do (?:him|her) in)\b`, BATTER_OUT), [group('crisis', 'harm to someone else', [BATTER])]],
  [unless(String.raw`\b(?:the same way|that way|the way (?:he|she|they) (?:did|went))\b`, SAME_WAY_OUT), [group('crisis', 'thoughts of suicide', [SAME_WAY])]],
  [unless(String.raw`\b(?:last|final) (?:\w+ )?(?:payment|payments|pay|money|wages|pay packet|payout|pay out|award)\b`, LAST_PAYMENT_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [LAST_PAYMENT])]],
  [unless(NO_STOPPING, NOTHING_WILL_CHANGE_OUT), [group('crisis', 'intends to end their life', [NOTHING_WILL_CHANGE])]],
  [unless(String.raw`\b(?:survive|live|wake up) or (?:not|die|i do not|do not|the other)\b`, SURVIVE_OR_NOT_OUT), [group('crisis', 'wishes to be dead', [SURVIVE_OR_NOT])]],
  [unless(String.raw`\b(?:ground|six f(?:ee|oo)t under|coffin|grave|daisies|cemetery|graveyard|crem|crematorium|dead|box|see myself|picture myself|imagine myself)\b`, IN_THE_GROUND_OUT), [group('crisis', 'wishes to be dead', [IN_THE_GROUND])]],
  [unless(String.raw`\b(?:wrong reasons?|right reasons?|good reasons?|work reasons|you know why|you know what for|if you know what i mean|ulterior motive|stock up|stockpil\w*|save (?:them|some) up|saving (?:them|some) up)\b`, STRONG_STUFF_OUT), [group('crisis', 'thinking about a way to end their life', [STRONG_STUFF])]],
  [unless(String.raw`\battempt\b`, PAST_ATTEMPT_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [PAST_ATTEMPT])]],
  [unless(String.raw`\b(?:for after|after i am (?:gone|dead)|for when i am (?:gone|not here|not around|dead)|after i die|when i die|(?:read|open) after)\b`, LETTER_FOR_AFTER_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [LETTER_FOR_AFTER])]],
  [unless(String.raw`\b(?:train|express|freight|one) (?:then |and )?(?:do not|never|please do not) tell\b`, SECRET_TRAIN_OUT), [group('crisis', 'a plan to end their life', [SECRET_TRAIN])]],
  [unless(String.raw`\b(?:split|bust|busted|burst|fattened|fat|broke|broken|cracked|blacked|bruised|chipped|knocked out) my\b`, SPLIT_MY_LIP_OUT), [group('crisis', 'abuse or violence', [SPLIT_MY_LIP])]],
  [unless(String.raw`\bwhere (?:i|me|we|to)\b.{0,30}?\b(?:sleeping|sleep|staying|stay|kipping|kip|crash|crashing|laying|lay|bedding|spending|stopping)\b`, WHERE_TONIGHT_OUT), [group('crisis', 'no safe place, food or power tonight', [WHERE_TONIGHT])]],
  [unless(String.raw`\bif i (?:do not|never|will not|wont) (?:see|make|reach|get|live)\b|\bhope i (?:do not|never)\b|\b(?:will not|wont|not going to) (?:see|make it to|live to|reach) \w+`, NOT_SEE_AGE_OUT), [group('crisis', 'wishes to be dead', [NOT_SEE_AGE])]],
  [unless(String.raw`\b(?:bigger|more|higher|larger|greater|worse)(?: than| then) (?:\w+ ){0,6}?(?:years?|twelve months)\b|\bowe (?:more than|over|about|nearly)\b`, DEBTS_BIGGER_OUT), [group('concern', 'money worries', [DEBTS_BIGGER])]],
  [unless(String.raw`\bknow (?:a (?:soul|single soul|living soul|single person|single one)|anyone|anybody)\b`, NOT_KNOW_A_SOUL_OUT), [group('concern', 'feels alone', [NOT_KNOW_A_SOUL])]],
  [unless(String.raw`\b(?:overdue|in arrears|behind|defaulted|bounced|missed|debt collectors|collections|got me)\b`, OVERDUE_MANY_OUT), [group('concern', 'money worries', [OVERDUE_MANY])]],
  [unless(String.raw`\bminimum (?:payments?|repayments?|amounts?)\b`, MINIMUM_EATS_OUT), [group('concern', 'money worries', [MINIMUM_EATS])]],
] as const;
