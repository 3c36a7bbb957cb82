// People in recovery and IPS clients, ex-forces, care leavers, people out of prison and people in
// insecure work: risk said in the words of their own lives. The sofa I was on is gone and I'm walking
// round town; support ends at 25 and hopefully I won't be around by then; "it's happening soon, I just
// want it over with"; not feeling great, heavy, hard to explain; the council want the flat back and I'm
// not on the tenancy; I know what I'm worth, not much; the kids on eBay (a joke, but someone should ask);
// the thoughts come but I've got my safety plan; a couple of extra tramadol when things get too much;
// fines from before prison taken out of my benefits.
// The same words fill everyday messages (walking round town handing out CVs; hopefully I won't be
// sneezing through the interview; the interview is happening tomorrow, I just want it over with; not
// feeling great, heavy cold; the landlord wants the flat back clean; I know what I'm worth, £12 an hour;
// selling the kids' old bikes on eBay; a site safety plan; tramadol for my back; tax taken off my
// wages), so each set rests on the words that carry the risk together and shuts on the everyday uses,
// on someone else's trouble and on fiction.
// Crisis: the sofa / room I was staying on is gone, or I was kicked out, or he moved his girlfriend in,
// and I'm walking round town / the streets / have nowhere to go; hopefully / with any luck I won't be
// around by then / much longer, as the message's last words (not of retiring, leave or a move). "I won't
// be here by then" is left to the model: it is how people say they hope to be in work by then.
// Concern: a message that opens "it's happening (soon / tonight)" and wants it over with (concern, not
// crisis: it is also how people speak of an interview on the day); not feeling great with heavy / hard to explain; the council or landlord want the flat back,
// or I'm not on the tenancy and the tenant is moving out or has died; I know what I'm worth, not much /
// nothing; the kids / him / her sold on eBay; thoughts or urges and my safety plan; extra (or someone
// else's) tramadol, diazepam, pills when things get too much / to cope; fines, an advance or an
// overpayment taken out of my benefits / UC, or benefit deductions.
// Look-alikes of our own are in test/domain/riskHundredAndThirtySecondForms.test.ts. Normalised words
// ("i am" for "I'm", "will not" for "won't", "can not" for "can't", "friend" for "mate").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|game|games|gaming|netflix|drama|play|rehearsal|theatre|season`;
const PERSON = String.raw`(?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend|cellmate|pal|lad|sibling|child|kid|stepson|stepdaughter)`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my|his|her|their|a) ${PERSON}s? (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;
const MEDS = String.raw`(?:tramadol|codeine|co codamol|cocodamol|dihydrocodeine|diazepam|valium|pregabalin|gabapentin|zopiclone|oxycodone|oxy|morphine|benzos?|xanax|lorazepam|temazepam|methadone|subutex|buprenorphine|pills|tablets|meds|painkillers|pain killers|sleeping pills|sleeping tablets|nerve pills)`;

// --- Crisis: the sofa I was on is gone and I am walking round town --------------------------------------------
const PLACE_GONE = String.raw`(?:(?:sofa|couch|settee|spare room|floor|room|place|bed) (?:i (?:was|have been|had been|am) (?:on|sleeping on|kipping on|staying (?:on|in|at)|crashing on|dossing on|sofa surfing on) )?(?:is |has |has now )?(?:gone|not an option|over|finished|no more|fell through|fallen through|ended|done)|(?:he|she|they) (?:is|has|have) (?:moved|moving) (?:his|her|their) (?:girlfriend|boyfriend|partner|missus|fella|new \w+) in|(?:kicked|thrown|chucked|threw|booted|turfed|put) me out|(?:i |^)(?:got|have been|was|have got|been|just got) (?:kicked|thrown|chucked|booted|turfed) out|i had to (?:leave|get out)|told me to (?:leave|go|get out|pack my bags))`;
const WALKING_ROUND = String.raw`(?:(?:walking|wandering|walked|wandered) (?:round|around|about) (?:town|the town|the city|the streets|all night|aimlessly|in the dark|in the rain|with (?:my|a) (?:bags?|bin bags?|suitcase|rucksack|stuff))|(?:walking|wandering) the streets|(?:walking|wandering) (?:round|around|about)$|nowhere (?:to|i can) (?:go|sleep|stay)|(?:sat|sitting|sleeping|sleep) in (?:the|a) park|on the streets tonight)`;
const SOFA_GONE_WALKING = pattern`^(?=.*\b${PLACE_GONE}\b)(?=.*\b${WALKING_ROUND})`;
const SOFA_GONE_WALKING_OUT = String.raw`\b(?:handing out|hand out|drop(?:ping)? off|with my cvs?|cvs|jobs fair|job fair|job hunting|door to door|for exercise|step count|\d+k? steps|walking the dog|walk(?:ing)? (?:my|the) dog|dog walk\w*|walking tour|kicked out of (?:the|a|my) (?:class|game|group|course|match|lesson|meeting|chat|team|league|band|pub|club|shop)|(?:he|she|they|my ${PERSON}s?) (?:got|has been|have been|was|were|is) (?:kicked|thrown|chucked|booted) out|(?:kicked|thrown|chucked|threw|booted) (?:him|her|them) out|${FICTION}|${LAUGH})\b`;

// --- Crisis: hopefully I will not be around by then -------------------------------------------------------------
const HOPING = String.raw`(?:hopefully|with any luck|if i am lucky|fingers crossed|god willing|please god|touch wood) i (?:will not|would not|will never|do not)`;
const NOT_AROUND = String.raw`(?:be (?:around|alive|about|breathing|on this earth|still around|in this world)|still be (?:around|alive)|live|last)`;
const HOPE_NOT_AROUND = pattern`\b${HOPING} ${NOT_AROUND}(?: (?:by then|till then|until then|that long|long enough|much longer|to see (?:it|that|then|\w+)))?(?: anyway)?$`;
const AWAY = String.raw`retire|retired|retirement|retiring|holiday|holidays|abroad|spain|on leave|annual leave|away (?:that|next|this)|moving (?:to|away|house|out)|emigrat\w*|new job|office|depot|on the road|${FICTION}`;
const HOPE_NOT_AROUND_OUT = String.raw`\b(?:${AWAY})\b`;

// --- Crisis: it is happening soon, I just want it over with ----------------------------------------------------
const HAPPENING_OVER_WITH = pattern`^(?=(?:(?:so|well|ok|okay|right|anyway|yeah|yes|just so you know|fyi|honestly) )?(?:it is happening|it is going to happen|it will happen|it happens)(?: (?:soon|tonight|today|tomorrow|this week|this weekend|now|at last|finally|and))?\b)(?=.*\bi (?:just |only )?want (?:it|this|everything|all of it|it all)(?: all)? (?:to be )?(?:over|over with|done|done with|finished|to end|to stop)\b)`;
const HAPPENING_OVER_WITH_OUT = String.raw`\b(?:interview\w*|exam\w*|test|tests|court|hearing|tribunal|assessment|operation|op|surgery|procedure|scan|move|moving|removal\w*|wedding|baby|due date|labour|induction|results|start date|driving|theory|medical|funeral|eviction|bailiffs|redundanc\w*|restructure|closure|completion|presentation|audition|trial shift|first day|nervous|nerves|butterflies|bricking it|excited|can not wait|buzzing|yay|congrat\w*|${FICTION})\b`;

// --- Concern: not feeling great, heavy, hard to explain --------------------------------------------------------
const NOT_FEELING_HEAVY = pattern`^(?=.*\b(?:not feeling (?:great|good|right|myself|the best|too good|too great|so good|so great|it)(?! about)|(?:i )?(?:feel|feeling) (?:off|wrong|not right|not myself))\b)(?=.*(?:\b(?:hard|difficult|impossible) to (?:explain|describe|put into words)|\bcan not (?:explain|describe) (?:it|why)|\bheavy(?! (?:lifting|lift|cold|flu|rain|traffic|night|drinking|session|meal|dinner|going|handed|duty|goods|machinery|plant|things|stuff|bags?|box|boxes|period|periods|legs|head cold|sleeper|metal))\b))`;
const NOT_FEELING_HEAVY_OUT = String.raw`\b(?:cold|flu|bug|virus|covid|(?:feel|feeling|being|been) sick|vomit\w*|throwing up|temperature|fever|migraine|headache|period|hangover|hungover|stomach bug|upset stomach|tummy|throat|toothache|bad back|back pain|chest infection|curry|kebab|pizza|takeaway|pregnan\w*|(?:he|she|they|my ${PERSON}s?) (?:is|are|has been|have been) not feeling|(?:he|she|they) (?:feels|is feeling|are feeling)|${FICTION}|${LAUGH})\b`;

// --- Concern: the council want the flat back and I am not on the tenancy -------------------------------------
const TENANCY = String.raw`(?:tenancy|tenancy agreement|lease|rent book|mortgage|deeds|agreement)`;
const FLAT_BACK = pattern`\b(?:council|landlord|landlady|housing association|housing|owner|owners|in laws|they) (?:will |are going to |is going to |now )?(?:want|wants|wanting|wanted|are taking|is taking|taking|take|takes) (?:the|her|his|their|my|our|its) (?:flat|house|home|place|bungalow|room) back\b`;
const NOT_ON_TENANCY = pattern`^(?=.*\bi (?:am|was|have) (?:not|never) (?:been )?(?:named )?on the ${TENANCY}\b)(?=.*\b(?:moving (?:into|to|in|out)|moved (?:into|to|out)|going into|goes into|gone into|passed|died|gone|left|want (?:it|the \w+|her \w+|his \w+|their \w+) back|have to (?:leave|go|move)|got to (?:leave|go|move)|evict\w*|out on the street|homeless|where i will go|where i am going|nowhere)\b)`;
const TENANCY_OUT = String.raw`\b(?:deposit|inventory|clean|cleaned|spotless|keys back|check out|new place|new flat|new house|moving into my|lease car|car lease|lease (?:for|on) (?:the|my|a) (?:van|car)|parking|garage|shop|unit|office|premises|job as|letting agent|lettings|vacancy|(?:my|his|her|their) ${PERSON}s (?:landlord|landlady|council)|${FICTION}|${LAUGH})\b`;

// --- Concern: I know what I am worth, not much ------------------------------------------------------------------
const WORTH_NOT_MUCH = pattern`\b(?:i know|i have learned|i learned|that is|tells you|says it all about|shows you|shows me|that shows|i get|i understand|everyone knows|i have worked out|i found out) what i am (?:worth|good for)(?: (?:now|here|out here|to them|to anyone|to anybody|in their eyes))?(?: (?:and it is|which is|and that is|it is|and))? (?:not much|nothing|very little|not a lot|zero|sod all|fuck all|bugger all|jack|nowt|next to nothing|peanuts|less than nothing|absolutely nothing)\b`;
const WORTH_NOT_MUCH_OUT = String.raw`\b(?:an hour|per hour|a year|per annum|salary|negotiat\w*|pay rise|payrise|raise|counter offer|undersell\w*|undervalu\w*|lowball\w*|not much else|nothing less|nothing else|will not (?:accept|take|settle)|not (?:accepting|taking|settling)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: about to sell the kids on eBay --------------------------------------------------------------------
const WHO = String.raw`(?:kids?|children|child|son|daughter|grandson|granddaughter|grandkids|toddler|baby|twins|teenagers?|teens?|husband|wife|partner|boyfriend|girlfriend|brother|sister|fella|other half|hubby|missus|cat|dog|puppy|kitten)`;
const ON_EBAY = pattern`^(?=.*\b${WHO}\b)(?=.*\b(?:(?:sell|selling|sold|flog|flogging|list|listing|put|putting|stick|sticking|auction|auctioning) (?:them(?: both| all)?|him|her|the lot of them|(?:the|my|our) (?:little )?${WHO}) (?:on|up on) (?:ebay|gumtree|facebook marketplace|marketplace|vinted)|(?:he|she|they|you) (?:is|are|will be) (?:going|getting put|being listed) on (?:ebay|gumtree|marketplace))\b)`;
const ON_EBAY_OUT = String.raw`\b(?:outgrown|grown out|too small|old|used|second hand|spare|no longer|do not (?:need|use|fit)|clothes|trainers|shoes|toys|bikes?|scooter|games|books|pram|cot|buggy|car seat|high chair|stuff|things|declutter\w*|clear(?:ing)? out|made \d+|made a killing|profit|seller|listing fees|postage)\b|${THIRD}`;

// --- Concern: the thoughts come but I have got my safety plan ---------------------------------------------------
const SAFETY_PLAN = pattern`^(?=.*\b(?:my|a|got a|have a|the|our) (?:crisis |mental health |personal |own )?safety plan\b)(?=.*\b(?:thoughts?|urges?|dark (?:thoughts|days|place)|bad (?:thoughts|days|nights)|feelings|voices)\b)`;
const SAFETY_PLAN_OUT = String.raw`\b(?:health and safety|site safety|fire safety|food safety|safety plan for (?:the|a|my) (?:site|job|event|warehouse|project|shift|workers|staff|team|kids|class|trip)|risk assessment|method statement|construction|cscs|scaffold\w*|event|festival|steward\w*|(?:my|his|her|their) ${PERSON}s safety plan|${FICTION}|${LAUGH})\b`;

// --- Concern: a couple of extra tramadol when things get too much -----------------------------------------------
const EXTRA_MEDS_TO_COPE = pattern`^(?=.*\b(?:(?:a few |a couple (?:of )?|couple (?:of )?|some |an |two |2 |three |3 )?extra|a few more|a couple more|double up on|doubling up on|double|someone elses|(?:my )?(?:nans|mums|dads|brothers|sisters|partners|friends|wifes|husbands|grans|flatmates|housemates|neighbours)) ${MEDS}\b)(?=.*\b(?:when (?:things|everything|life|it all|it|my head|stuff|the stress|the thoughts|my mind|the memories|the flashbacks|the nightmares) (?:gets?|got|becomes?|is|goes|are) (?:too much|to much|on top(?: of me)?|really bad|bad|worse|overwhelming|a lot|dark|loud)|to (?:cope|get through (?:it|the day|the night|the week)|take the edge off|numb (?:it|things|myself|out)|switch off|blot (?:it|things|everything) out|knock myself out|forget|calm my head))\b)`;
const EXTRA_MEDS_TO_COPE_OUT = String.raw`\b(?:(?<!not )for (?:my|the) (?:pain|back|knee|hip|arthritis|migraine|period|tooth|sciatica|injury)|when (?:my|the) (?:back|pain|knee|hip|arthritis|migraine|period|tooth|sciatica)(?: pain)? (?:gets|is|flares)|back pain|as prescribed|pharmacist said|gp (?:said|knows)|doctor (?:said|knows)|prescribed extra|extra shifts?|(?:he|she|they|my ${PERSON}s?) (?:takes|is taking|has been taking|took)|${FICTION}|${LAUGH})\b`;

// --- Concern: fines taken out of my benefits --------------------------------------------------------------------
const TAKEN_FROM_BENEFITS = pattern`\b(?:(?:taking|take|takes|took|deducting|deduct|deducts|deducted|docking|dock|docks|docked|clawing|claw|recovering|recover) (?:back )?(?:it |money |that |it all |a chunk |half |a third |a quarter |\d+ |\d+ quid |\d+ pounds |\d+ a month |the (?:money|fines?|debt|overpayment|advance|arrears|loan) )?(?:back )?|(?:being|getting|been|be) (?:taken|deducted|docked|clawed back|recovered) (?:back )?)(?:out of|out|off|from) (?:my|me) (?:benefits?|uc|universal credit|esa|pip|jsa|payments?|pension credit|dla|carers allowance|child benefit|tax credits)\b|\b(?:uc|universal credit|benefits?|advance|overpayment|fines?|court fine|arrears|debt) deductions?\b`;
const TAKEN_FROM_BENEFITS_OUT = String.raw`\b(?:payslip|tax code|national insurance|pension contributions|student loan|direct debit|standing order|managed payment|alternative payment|pay (?:the|my) landlord|(?:paid|cleared) (?:it )?off|finished paying|(?:stopped|no longer) (?:taking|deducting|docking)|not taking|how (?:much|do|does|will) (?:they|uc|universal credit|it|the deductions?) (?:take|work|get taken|be taken|deduct)|what (?:are|is) (?:the|these|those|a) deductions?|(?:are|is) the deductions? for|if i (?:start|work|get a job|take a job)|taper|${FICTION}|${LAUGH})\b`;

export const HUNDRED_AND_THIRTY_SECOND_WHOLE_SETS = [
  [unless(String.raw`\b(?:walking|wandering|walked|wandered|nowhere|park|streets)\b`, SOFA_GONE_WALKING_OUT), [group('crisis', 'no safe place, food or power tonight', [SOFA_GONE_WALKING])]],
  [unless(String.raw`\b(?:hopefully|with any luck|if i am lucky|fingers crossed|god willing|please god|touch wood)\b`, HOPE_NOT_AROUND_OUT), [group('crisis', 'wishes to be dead', [HOPE_NOT_AROUND])]],
  [unless(String.raw`\b(?:it is happening|it is going to happen|it will happen|it happens)\b`, HAPPENING_OVER_WITH_OUT), [group('concern', 'not coping', [HAPPENING_OVER_WITH])]],
  [unless(String.raw`\b(?:not feeling|feel|feeling)\b`, NOT_FEELING_HEAVY_OUT), [group('concern', 'low mood', [NOT_FEELING_HEAVY])]],
  [unless(String.raw`\b(?:back|${TENANCY})\b`, TENANCY_OUT), [group('concern', 'may lose their home', [FLAT_BACK, NOT_ON_TENANCY])]],
  [unless(String.raw`\bwhat i am (?:worth|good for)\b`, WORTH_NOT_MUCH_OUT), [group('concern', 'feels worthless', [WORTH_NOT_MUCH])]],
  [unless(String.raw`\b(?:ebay|gumtree|marketplace|vinted)\b`, ON_EBAY_OUT), [group('concern', 'joked about hurting someone', [ON_EBAY])]],
  [unless(String.raw`\bsafety plan\b`, SAFETY_PLAN_OUT), [group('concern', 'spoke of harm, then said they would not', [SAFETY_PLAN])]],
  [unless(String.raw`\b${MEDS}\b`, EXTRA_MEDS_TO_COPE_OUT), [group('concern', 'drinking or drugs to cope', [EXTRA_MEDS_TO_COPE])]],
  [unless(String.raw`\b(?:benefits?|uc|universal credit|esa|pip|jsa|payments?|pension credit|dla|carers allowance|child benefit|tax credits|deductions?)\b`, TAKEN_FROM_BENEFITS_OUT), [group('concern', 'money worries', [TAKEN_FROM_BENEFITS])]],
] as const;
