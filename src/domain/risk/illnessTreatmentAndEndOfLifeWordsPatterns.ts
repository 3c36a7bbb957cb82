// Clients living with long-term illness or disability (cancer, long covid, MS, dialysis, a terminal
// diagnosis) and carers of the dying speak of death and treatment every day, so their risk is said
// in the words of their illness: not wanting to fight it or get better but wanting it over, or "to
// not be here"; envying the dying; beating the cancer to it; stopping dialysis or insulin with how
// long it takes or hiding it from the unit; "is a box of pregabalin enough"; the illness "might
// give me a year but i am not giving it that long"; things given away one by one to named people;
// the phone cancelled and the bank account closed; hands bitten bloody; "the cutting is back"; the
// power off with a home dialysis machine or oxygen running off it; a message that is nothing but a
// place to die and "again" ("the weir behind the station again tonight").
// Concern: "stopped believing the next treatment will work"; "a burden on my carers"; "some husband
// i turned out to be"; cans before interviews; still owing thousands; the only people they speak to
// all week are the nurses; little contact with anyone outside appointments; "i miss people";
// everything adding up to "me on the kitchen floor"; driving round to knock someone out "lmao".
// Read in the whole message only, so the classifier's training text is not rewritten. Another
// person's treatment ("dad is stopping dialysis") or a plan made calmly with the nurse is not read.
// Look-alikes of our own are in test/domain/riskFortyNinthForms.test.ts. Words are normalised
// ("im" is "i am", "dont" is "do not"), as in riskPatterns.ts.
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const JOKE = String.raw`\b(?:lol|haha|hahaha|lmao|joking|jk|in the game|film|episode|book|novel|soap|series|show)\b`;

// --- Crisis -------------------------------------------------------------------------------------
const ILLNESS = String.raw`(?:cancer|tumour|tumor|disease|illness|ms|mnd|motor neurone|dementia|heart|kidneys|lungs|long covid|leukaemia|it|this)`;
const NO_FIGHT = String.raw`\b(?:i do not|i never|i did not|i have never|i no longer|i am not going to) (?:want|wanted|feel like) (?:to fight(?: it| this| on)?|to get better|to recover|to beat it|the years|more years|more time|to keep fighting|another round|remission)\b|\b(?:i am|i was) supposed to want to fight\b(?=.* i do not\b)`;
const WANT_OVER = String.raw`\b(?:i|i just|i only|i really) (?:want|wanted|want it|need) (?:it|this|it all|all this|everything) (?:to be )?(?:over|finished|done|to end|to stop)\b(?! with)`;
const WANT_IT_OVER = pattern`^(?=.*(?:${NO_FIGHT})).*${WANT_OVER}|\b(?:i|i just|i only) (?:want|wanted|would rather) (?:to not|not to) be (?:here|around|alive)(?: (?:anymore|any more|now))?\b(?! (?:at|for|on|in|when|during|today|tomorrow|tonight|this|next|till|until|while)\b)`;
const NOT_OVER = String.raw`\b(?:interview|exam|assessment|course|appointment|scan|results|treatment day|the week|meeting|shift|hearing|tribunal|move|the move|operation|surgery|presentation|drive|test)\b`;
const ENVY_DYING = pattern`\b(?:i envy|i am jealous of|i am envious of|envy|jealous of) (?:the |those |all the )?(?:hospice patients|people in the hospice|the dying|dead|dead people|people who die|people who died|the ones who died|ones who do not wake up|people who do not wake up|people who go in their sleep|the ones who go)\b`;
const BEAT_TO_IT = pattern`${NOT_BEFORE}\b(?:i might|i may|i could|i will|might|may|could|i am going to|going to|gonna) (?:just )?beat (?:the |my |this |it )?${ILLNESS} to it\b`;

const TREATMENT = String.raw`(?:dialysis|my insulin|insulin|chemo|my chemo|my meds|my medication|my tablets|treatment|my treatment|my transplant meds|anti rejection|my oxygen|my steroids|my heart meds)`;
const STOP_TREATMENT = String.raw`(?:\b(?:i (?:just |could |will |would |am going to |am gonna )?|if i (?:just )?|^|\band )(?:stop|stopped|skip|skipping|stopping|quit|come off|coming off|stop going to|stop taking|stop having) ${TREATMENT}\b(?! (?:week|weeks|day|days|nights?|unit|centre|room|nurses?|ward|clinic)\b))`;
const HOW_LONG = String.raw`\b(?:takes|would take|it would be|it is) (?:about |only |around |roughly )?(?:a|one|two|three|\d+) (?:week|weeks|days|day|fortnight)\b|\bhow long (?:it takes|it would take|would it take|does it take|before)\b`;
const HIDE_IT = String.raw`\b(?:told|telling|tell) (?:the unit|the nurses|the renal|the clinic|the hospital|the team|them|my gp|the gp|the diabetes nurse) (?:i am|i will be|i was) (?:away|on holiday|going away|fine|better|with family)\b|\bso (?:they|nobody|no one|the nurses|the unit) (?:will not|do not|does not|cannot|can not) (?:chase|ring|come|notice|find|ask)\b`;
const STOPPING = pattern`^(?=.*${STOP_TREATMENT})(?=.*(?:${HOW_LONG}|${HIDE_IT}))`;
const NOT_STOPPING = String.raw`\b(?:consultant says|doctor says|nurse says|told to|been told|they said|team said|agreed with|plan with|on holiday dialysis|holiday dialysis|switch|switching|moving to|new clinic|transfer|side effects|appointment moved|rescheduled|finished chemo|last chemo|end of chemo|ring the bell|rang the bell|remission|recover|counts|agreed|treatment break|break from)\b`;

const MEDS = String.raw`(?:pills|tablets|paracetamol|pregabalin|gabapentin|morphine|codeine|co codamol|tramadol|oxycodone|insulin|amitriptyline|diazepam|sleeping tablets|sleeping pills|painkillers|meds|my meds|oramorph|fentanyl|sertraline|citalopram|zopiclone|propranolol|warfarin)`;
const DOSE_ENOUGH = pattern`\b(?:is|would|will|are|how many) (?:a |one |two |the )?(?:whole )?(?:box|boxes|packet|packets|pack|packs|strip|strips|bottle|bottles|month s supply|weeks supply|week s supply|\d+) (?:of )?(?:my )?${MEDS} (?:be )?enough\b|\bhow many ${MEDS} (?:would it take|does it take|is enough|would be enough|would do it)\b`;

const NOT_STICKING = pattern`\b(?:the |my )?(?:cancer|tumour|tumor|disease|illness|ms|mnd|heart|kidneys|lungs|doctors?|consultant|oncologist) (?:might|may|could|will|would) give me (?:\w+ ){1,4}but (?:i am|i will) not (?:giving it|waiting|hanging on|hanging about|sticking around|staying)(?: \w+){0,2}? (?:that long|for that|long|that)\b|\bi do not have (?:\w+ ){0,2}(?:weeks|months|years) because i am not (?:sticking|hanging|staying) around\b`;

const GIVE_AWAY = pattern`\b(?:been |i have been |i am |started |i have started )?(?:giving|given|gave) (?:my|all my|away my|away all my) (?:things|stuff|belongings|possessions|bits)(?: away)?\b(?=.*\b(?:\w+ (?:got|has|gets|is having|took) my|to my (?:brother|sister|neighbour|friend|son|daughter|niece|nephew))\b)`;
const NOT_GIVE = String.raw`\b(?:moving|move|downsiz\w*|declutter\w*|charity shop|car boot|ebay|vinted|sell|selling|sold|clear out|clearing out|new flat|bungalow|care home|kondo|spring clean)\b`;
const CLOSING = String.raw`(?:cancelled|closed|shut|stopped) (?:the |my |all my )?(?:\w+ )?(?:phone|mobile|contract|direct debits?|subscriptions?|broadband|netflix|insurance|tenancy|gym|bank account|account|accounts|savings|credit cards?)`;
const CLOSED_DOWN = pattern`\b${CLOSING}\b(?: contract| account)?(?: and| then| also| and also)? (?:\w+ ){0,2}?${CLOSING}\b`;
const NOT_CLOSED = String.raw`\b(?:save|saving|savings on|money|afford|cost|costs|skint|budget|switch|switching|switched|moving|move|new|better deal|cheaper|fraud|scam|scammed|hacked|abroad|monzo|starling|joint|his|her|mums|dads|for mum|for dad|estate|probate|after (?:she|he) died|since (?:she|he) died|executor)\b`;

const BITTEN = pattern`${NOT_BEFORE}\bi? ?(?:bit|bitten|bite|biting|chewed|chewing|gnawed|scratched|scratching|scratch|picked|picking|pick|clawed|dug into|punched) (?:my )?(?:hands?|arms?|skin|legs?|wrists?|fingers?|thighs?|lips?|scalp)(?: \w+){0,2}? (?:bloody|raw|till (?:they|it) bled|until (?:they|it) bled|open|to bleed|bleeding)\b`;
const NOT_BITTEN = String.raw`\b(?:dog|cat|puppy|kitten|mosquito|midges?|nettles?|cold|frost|gardening|bramble|roses|eczema|psoriasis|chickenpox|dry skin|cream|by a|allergic|rash)\b`;
const HARM_BACK = pattern`\bthe (?:cutting|self harm|self harming|burning|urges to cut|urge to cut|head banging|scratching) (?:is|are|has|have) (?:back|come back|started again|returned)\b|\bi have started (?:cutting|self harming|burning myself) again\b`;
const NOT_HARM_BACK = String.raw`\b(?:hair|budget|cost|costs|grass|hedge|coupon|film|edit|editing|room|jobs?|staff|hours|funding|cuts|benefit|wood|fabric|pattern|knife skills|cake)\b`;

const POWER_OFF = String.raw`\b(?:power (?:cut|outage))\b|\b(?:meter|electric|electrics|electricity|power|emergency credit|gas) (?:went off|has gone off|is off|has run out|ran out|run out|has been cut off|got cut off|is cut off|cut out|has gone)\b|\b(?:no (?:electric|electricity|power))\b`;
const DEVICE = String.raw`\b(?:dialysis machine|home dialysis|oxygen|concentrator|ventilator|cpap|bipap|feeding pump|syringe driver|air mattress|hoist|suction|nebuliser|insulin in the fridge|fridge with my insulin|my insulin|powered wheelchair|riser bed)\b`;
const NO_POWER = pattern`^(?=.*(?:${POWER_OFF})).*${DEVICE}`;
const NOT_POWER = String.raw`\b(?:back on|sorted|fixed|topped up|restored|came back|come back|engineer came|power cut last|last week|last month|yesterday but|battery backup|backup battery|generator|priority services)\b`;

// A place to die named alone, with "again": the message is nothing but the place and the visit.
const EDGE_AGAIN = pattern`^(?:(?:i|i have|i was|went|been|back|down|up) (?:to |at |on |by )?)?(?:the|that) (?:canal|river|bridge|viaduct|weir|reservoir|quarry|cliffs?|cliff edge|multi storey|car park roof|railway|tracks|level crossing|docks?)(?: (?:by|near|behind|next to|over) the \w+(?: \w+)?)? again(?: (?:today|tonight|this morning|this afternoon|last night|yesterday))?$`;

// --- Concern ------------------------------------------------------------------------------------
const STOPPED_BELIEVING = pattern`${NOT_BEFORE}\b(?:i have |i )?(?:stopped|given up|gave up) (?:believing|hoping|thinking)(?: that)? (?:the|anything|things|it|any|this|a|my|something)(?: \w+){0,4}? (?:will|would|is going to|might|could|can) (?:work|come|help|change|get better|happen|improve)\b`;
const BURDEN = pattern`(?:${NOT_BEFORE}\b(?:i am|i feel|feel like|just|nothing but|i have become|i am just|i am nothing but) a burden\b|^a burden (?:on|to)\b)(?=.*\b(?:on|to) (?:my|the|everyone|everybody|them|the nhs|you all)\b)`;
const NOT_BURDEN = String.raw`\b(?:not a burden|never a burden|burden on my time|workload|paperwork|admin burden|tax burden|burden of proof|lol|haha)\b`;
const SOME_ROLE = pattern`^(?!.*${JOKE}).*\bsome (?:husband|wife|mum|mam|mom|dad|father|mother|partner|son|daughter|parent|grandad|grandma|gran|provider|carer) i (?:turned out to be|have turned out to be|am|make|am now|have become)\b(?! (?:\w+ing|with|to|from|in|at|on|for|about)\b)`;
const CANS_BEFORE = pattern`\b(?:few|couple of|couple|some|a few|two|three|\d+) (?:cans|beers|pints|drinks|vodkas|shots|glasses of wine|gins|brandies|whiskies) (?:before|to get through) (?:interviews|the interview|an interview|work|my shift|shifts|appointments|the jobcentre|calls|phone calls|meetings|the call|my appointment|the assessment)\b`;
const OWE = pattern`${NOT_BEFORE}\b(?:i |we )?(?:still )?owe (?:about |nearly |over |around |almost )?(?:\w+ )?(?:grand|thousand|k)\b|${NOT_BEFORE}\b(?:i |we )?(?:still )?owe (?:about |nearly |over |around |almost )?\d{4,}\b`;
const NOT_OWE = String.raw`\b(?:lol|haha|owe you|owe me|owes me|owes us|he owes|she owes|they owe|the company owes|paid (?:it )?off|cleared)\b`;
const ONLY_PEOPLE = pattern`^(?=.*\b(?:all week|all day|these days|anymore|any more|in a week|most weeks|now|nurses?|carers?)\b).*\b(?:the )?only (?:people|person|ones?|faces?|voices?) i (?:speak to|talk to|see|hear)(?: \w+){0,3}? (?:is|are) (?:the |my )?(?:nurses?|carers?|doctors?|dialysis nurses|physio|pharmacist|postman|delivery drivers?|cat|dog|telly|tv|radio|bus driver|consultant)\b`;
const LITTLE_CONTACT = pattern`\bi have (?:very little|little|no|hardly any|barely any|almost no) contact with (?:anyone|anybody|people|other people|the outside world|friends|family)\b`;
const MISS_PEOPLE = pattern`^i (?:really |just |so )?miss (?:people|company|human contact|talking to people|seeing people|having people around|being around people|having friends)(?: (?:so much|now|these days))?$`;
const ON_THE_FLOOR = pattern`\b(?:equals|equal|leaves|ends with|ended up with|adds up to) me (?:on the (?:\w+ )?floor|in a heap|in bits|in pieces)\b`;
const NOT_FLOOR = String.raw`\b(?:laugh\w*|lol|haha|scrubbing|cleaning|playing|lego|yoga|painting|stretching|picnic|jigsaw|puzzle|hoovering)\b`;
const KNOCK_OUT = pattern`\b(?:going to|gonna|i will|ill|i am going to|about to) (?:drive|go|walk|head|get the bus) (?:round|over|round to hers|round to his|over to hers|over to his)(?: there)? and (?:knock (?:her|him) out|deck (?:her|him)|punch (?:her|him)|slap (?:her|him)|batter (?:her|him)|lamp (?:her|him)|throttle (?:her|him))\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FORTY_NINTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:over|finished|done|to end|to stop|be here|be around|be alive)\b`, `${NOT_OVER}|${JOKE}`), [group('crisis', 'wishes to be dead', [WANT_IT_OVER])]],
  [unless(String.raw`\b(?:envy|envious|jealous)\b`, JOKE), [group('crisis', 'wishes to be dead', [ENVY_DYING])]],
  [unless(String.raw`\bbeat\b`, JOKE), [group('crisis', 'thoughts of suicide', [BEAT_TO_IT])]],
  [unless(String.raw`\b(?:dialysis|insulin|chemo|meds|medication|tablets|treatment|anti rejection|oxygen|steroids)\b`, `${NOT_STOPPING}|${JOKE}`), [group('crisis', 'a plan to end their life', [STOPPING])]],
  [unless(String.raw`\benough\b|\bhow many\b`, String.raw`${JOKE}|\b(?:first aid|kit|last me|to last|until|till|holiday|trip|prescription|repeat|pharmacy)\b`), [group('crisis', 'thinking about a way to end their life', [DOSE_ENOUGH])]],
  [unless(String.raw`\bgive me\b|\bnot sticking around\b|\bnot hanging around\b|\bnot staying around\b`, JOKE), [group('crisis', 'intends to end their life', [NOT_STICKING])]],
  [unless(String.raw`\b(?:giving|given|gave)\b`, NOT_GIVE), [group('crisis', 'preparing to end their life, or a past attempt', [GIVE_AWAY])]],
  [unless(String.raw`\b(?:cancelled|closed|shut|stopped)\b`, NOT_CLOSED), [group('crisis', 'preparing to end their life, or a past attempt', [CLOSED_DOWN])]],
  [unless(String.raw`\b(?:bloody|raw|bled|bleed|bleeding|open)\b`, `${NOT_BITTEN}|${JOKE}`), [group('crisis', 'self-harm', [BITTEN])]],
  [unless(String.raw`\b(?:back|again|returned)\b`, NOT_HARM_BACK), [group('crisis', 'self-harm', [HARM_BACK])]],
  [unless(String.raw`\b(?:meter|electric|electrics|electricity|power|gas|credit)\b`, NOT_POWER), [group('crisis', 'no safe place, food or power tonight', [NO_POWER])]],
  [/\bagain\b/, [group('crisis', 'thinking about a way to end their life', [EDGE_AGAIN])]],
  [unless(String.raw`\b(?:believing|hoping)\b`, String.raw`\b(?:bus|train|taxi|lift|parcel|delivery|post|postman|rain|sun|weather|lol|haha)\b`), [group('concern', 'hopelessness', [STOPPED_BELIEVING])]],
  [unless(String.raw`\bburden\b`, NOT_BURDEN), [group('concern', 'feels worthless', [BURDEN])]],
  [/\bsome\b/, [group('concern', 'feels worthless', [SOME_ROLE])]],
  [/\bbefore\b|\bget through\b/, [group('concern', 'drinking or drugs to cope', [CANS_BEFORE])]],
  [unless(String.raw`\bowe\b`, NOT_OWE), [group('concern', 'money worries', [OWE])]],
  [/\bonly\b|\bcontact\b|\bmiss\b/, [group('concern', 'feels alone', [ONLY_PEOPLE, LITTLE_CONTACT, MISS_PEOPLE])]],
  [unless(String.raw`\bme (?:on the|in a heap|in bits|in pieces)\b`, NOT_FLOOR), [group('concern', 'not coping', [ON_THE_FLOOR])]],
  [/\b(?:lol|lmao|haha|hahaha|jk|joking)\b/, [group('concern', 'joked about hurting someone', [KNOCK_OUT])]],
];
