// Crisis: a plan to end it with a named means ("going to end it with my insulin", "gonna finish
// things with the pills i have saved"), not ending things with a person or stopping a medicine
// that disagrees; a parent or partner who hits the client now ("my dad punches me when he is
// drunk", "he keeps slapping me"), not a baby's kicks, a game they lose, a text "hitting me up" or
// being kicked out; a home taken as security for a debt ("until it is paid my flat is theirs").
// Concern: mood dipping or on the floor now; dark days now, struggling to get out of bed; using
// again for the first time in months; restricting food again or a few hundred calories a day; the
// flat given up while in hospital; benefits docked for an advance; "not doing great" since
// something; "that ship has sailed for good"; topping up a script with street drugs; gas or
// solvents when things get bad. Past tense with recovery now ("used to", "years ago") is left alone.
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskThirtyEighthForms.test.ts. Normalised words, as in riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group } from './wholeMessageSets.ts';

const NOT_BEFORE = String.raw`(?<!\b(?:not|never|no longer|nor|stopped|quit) )`;
const PAST_NOW_WELL = String.raw`\b(?:used to|years ago|when i was (?:a kid|little|young|younger|a teenager|a child|at school)|as a (?:kid|child|teenager)|growing up|back then|back in the day|all in the past|behind me|long gone)\b`;
const NOT_PAST = (gate: string) => new RegExp(String.raw`^(?:(?!${PAST_NOW_WELL}).)*$`, 's').source + '|' + gate;

// --- Crisis -------------------------------------------------------------------------------------
const I_WILL = oneOf('i am going to', 'i am gonna', 'i will', 'gonna', 'going to', 'i plan to', 'i am planning to', 'planning to', 'i want to', 'i intend to', 'i have decided to', 'i am ready to', 'i could');
const END = oneOf('end it', 'end it all', 'end things', 'end everything', 'end my life', 'finish it', 'finish it all', 'finish things', 'finish myself off', 'check out', 'go');
const MEANS = oneOf('insulin', 'pills', 'tablets', 'meds', 'medication', 'paracetamol', 'co codamol', 'codeine', 'sleeping (?:pills|tablets)', 'overdose', 'od', 'rope', 'belt', 'knife', 'blade', 'razor', 'car', 'exhaust', 'train', 'bridge', 'gun', 'morphine', 'methadone', 'stash', 'lot');
const WITH_MEANS = pattern`\b${I_WILL} ${END} (?:with|using|by taking|by using) (?:the |my |an |a |some |all (?:of )?(?:the |my )?|them |those )?(?:\w+ )?${MEANS}\b(?! (?:they|it|as|because|cos|since|the side effects)\b| and (?:they|it) (?:make|makes|made|is|are)\b)`;

const HOME_PEOPLE = oneOf('my mum', 'my mam', 'my mom', 'mum', 'mam', 'mom', 'my dad', 'dad', 'my stepdad', 'my step dad', 'my stepmum', 'my step mum', 'my partner', 'my husband', 'my wife', 'my boyfriend', 'my girlfriend', 'my bf', 'my gf', 'my fiance', 'my fiancee', 'my ex', 'my brother', 'my sister', 'my carer', 'my uncle', 'my aunt', 'my nan', 'my landlord', 'he', 'she');
const BLOW = oneOf('slaps', 'hits', 'punches', 'kicks', 'beats', 'smacks', 'thumps', 'chokes', 'strangles', 'shoves', 'headbutts', 'batters', 'whacks', 'belts', 'keeps (?:hitting|slapping|punching|kicking|smacking|hitting|shoving|choking)', 'has (?:started|been) (?:hitting|slapping|punching|kicking|smacking|shoving|choking)', 'started (?:hitting|slapping|punching|kicking|smacking)');
const BLOW_AFTER = String.raw`(?! (?:up|out|off|back|at|in (?:chess|cards|games|fifa|scrabble)|to it|on the (?:back|shoulder|arm)|with (?:a |another |the )?(?:question|questions|text|message|bill|list|pillow|job|news)|under the table|in (?:his|her) sleep|playfully|for fun|lol|haha)\b)`;
const HITS_ME = pattern`${NOT_BEFORE}\b${HOME_PEOPLE} ${BLOW} me\b${BLOW_AFTER}|${NOT_BEFORE}\b${HOME_PEOPLE} (?:hit|slapped|punched|kicked|smacked|choked|strangled|headbutted) me again\b${BLOW_AFTER}`;

const MY_HOME = oneOf('my flat', 'my house', 'my place', 'my home', 'my room', 'the flat', 'the house');
const HOME_TAKEN = pattern`\b(?:until|till|while|unless) (?:it is|the debt is|the money is|i have|i am|that is|its) (?:paid|paid off|paid back|cleared|sorted|squared)\b(?: \w+){0,4}? ${MY_HOME} (?:is|belongs to|stays) (?:theirs|his|hers|them|him)\b|\b${MY_HOME} (?:is|belongs to) (?:theirs|his|hers) (?:until|till|unless|now|while)\b|\b(?:they|he|she) (?:have|has|are|is) (?:taken over|taking over|using|moved into|dealing from|running) ${MY_HOME}\b(?: \w+){0,6}? (?:until|till|cos|because|as|since) (?:i|it is)\b`;
const OWE_GATE = String.raw`\b(?:owe|owed|owing|debt|paid|pay)\b`;
const BANK_ETC = String.raw`\b(?:bank|mortgage|landlord|council|housing association|lender|building society|tenancy agreement|rent arrears)\b`;

// --- Concern ------------------------------------------------------------------------------------
const MOOD_NOW = pattern`(?<!\b(?:the|their|his|her|team|office|everyones|the whole) )\b(?:my )?moods? (?:is |has been |have been |keeps |been |is really |just )?(?:dipping|dropping|sinking|crashing|plummeting|tanking|nosediving|on the floor|through the floor|in the gutter|in my boots|at rock bottom|rock bottom|in the bin|in the toilet|so low|really low|very low)\b(?! (?:last year|years ago|back then|but (?:now|it is|its) (?:better|fine|good|up))\b)`;
const DARK_DAYS = pattern`(?<!\b(?:those|the|them|after|before|in) )\bdark days (?:this week|lately|again|recently|at the moment|right now|these days|today|this month)\b|\b(?:having|had|been having) (?:some |a few |lots of |a lot of )?dark days\b(?! (?:back|years|last year|in the past|when)\b)`;
const CANT_GET_UP = pattern`\b(?:struggling|struggle|can not|could not|barely able|hardly able) (?:to )?get (?:up|out of bed)\b(?! (?:at \d|early|for (?:the|my|an|a|work|shift|shifts)|in time|that early|before|the stairs|the hill|on time)\b)(?=.*\b(?:dark|low|mood|heavy|down|depress\w*|empty|numb|flat)\b)`;

const USED_AGAIN = pattern`\b(?:i )?(?:used|scored|relapsed|slipped up|picked up|went back on it|went back on the \w+|had a hit|had a line|had a drink)(?: again)?(?: (?:on|last|this) \w+| yesterday| at the weekend| over the weekend| last night)? for the first time in (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|over a|nearly a|almost a) (?:days|weeks|months|years|year|month)\b(?=.*\b(?:too much|clean|sober|relapse|ashamed|gutted|fucked up|messed up|bad|hard|stress|stressed|could not cope|struggling|again|got to me|everything)\b)`;
const RESTRICTING = pattern`\b(?:restricting|back to restricting|started restricting)(?: (?:again|my food|food|my eating|what i eat|my calories|calories|meals|my meals))\b|\b(?:only |about |around |under |less than |barely |just )(?:[1-7]\d\d|[1-9]\d) (?:calories|cals|kcal)(?: a| per| each) day\b(?! (?:more|extra|surplus|deficit)\b)`;
const HOME_LOST_INSIDE = pattern`\b(?:my |the )?(?:flat|house|tenancy|room|place|home|bedsit)(?: \w+){0,2}? (?:got|was|has been|had been|were|have been) (?:given up|handed back|ended|closed|terminated|relet|re let|let to someone else|cleared|taken back)(?: \w+){0,2}? (?:while|when|whilst|cos|because) i (?:was|were|have been|am) (?:in hospital|on the ward|on a ward|sectioned|inside|in prison|in rehab|in detox|in the unit|admitted)\b|\blost my (?:flat|tenancy|house|room|place|home) (?:while|when|whilst) i (?:was|were|have been) (?:in hospital|on the ward|sectioned|inside|in prison|in rehab|admitted)\b`;
const DOCKED = pattern`\b(?:my )?(?:universal credit|uc|esa|pip|jsa|benefits?|housing benefit|carers allowance|child benefit)(?: payment)? (?:got |has been |have been |was |were |is being |are being |keeps getting |is getting )?(?:docked|deducted|slashed|cut down|reduced)\b(?: (?:for|to pay|because of|cos of) (?:the |an |my )?(?:advance|overpayment|loan|budgeting loan|arrears|debt|sanction|fine|court fine))?`;
const NOT_GREAT = pattern`${'' /* "i am not doing great since discharge" */}\bi am (?:just |really |honestly )?not doing (?:great|well|good|too good|too well|so good|so great|brilliant|ok|okay|amazing)\b(?= (?:since|lately|at the moment|right now|these days|mentally|emotionally|this week|if i am honest|to be honest|tbh|at all)\b|$| (?:and|i|to)\b)(?! (?:at|in|with|on) (?:the |my )?(?:interviews?|job|jobs|work|school|course|exams?|maths|applications?|cv)\b)`;
const SHIP_SAILED = pattern`\b(?:that|the|my) (?:ship|boat) (?:has|is|s) (?:long |well and truly )?(?:sailed|gone)(?: for (?:me|good|someone (?:like me|my age)|people like me|a (?:man|woman) my age)| at my age)\b|\bmissed the boat (?:for good|completely)\b`;
const SCRIPT = oneOf('methadone', 'meth', 'script', 'subutex', 'bupe', 'buprenorphine', 'espranor', 'prescription', 'meds', 'dose', 'oramorph');
const TOPPING_UP = pattern`\b(?:topping up|top up|topped up|topping it up|adding to|on top of) (?:my |me )?${SCRIPT}\b(?: \w+){0,3}? (?:with|using|buying|by buying|by scoring|i am (?:using|buying|scoring|taking)|i have been (?:using|buying|scoring|taking)) (?:\w+ )?(?:street|gear|brown|heroin|dealer|off the street|from a dealer|off a dealer|bought|benzos|tablets (?:off|from|i got)|extra (?:off|from)|stuff (?:off|from))`;
const INHALE = oneOf('use', 'using', 'used', 'do', 'doing', 'did', 'take', 'taking', 'inhale', 'inhaling', 'huff', 'huffing', 'sniff', 'sniffing', 'go through', 'going through', 'hit', 'hitting');
const GAS = oneOf('gas', 'nos', 'nitrous', 'laughing gas', 'balloons', 'nos balloons', 'gas balloons', 'nitrous balloons', 'cannisters', 'canisters', 'gas cannisters', 'gas canisters', 'nos canisters', 'nos cannisters', 'whippets', 'whippits', 'glue', 'solvents', 'lighter fluid', 'butane', 'aerosols', 'poppers');
const GAS_TO_COPE = pattern`\bi (?:\w+ )?${INHALE} (?:the |a few |some |loads of |lots of )?${GAS} (?:when|whenever|to cope|to get through|to forget|to numb|to escape|to switch off|if|every time|most nights|every night|to blot)\b(?!.*\b(?:camping|stove|bbq|barbecue|cooking|cream|whipped|baking|heater|welding|soldering|dentist|labour|birth|hob|boiler|central heating|car|engine)\b)`;


/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const THIRTY_EIGHTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [new RegExp(MEANS), [group('crisis', 'a plan to end their life', [WITH_MEANS])]],
  [new RegExp(NOT_PAST(String.raw`\bagain\b`)), [group('crisis', 'abuse or violence', [HITS_ME])]],
  [new RegExp(String.raw`^(?=.*${OWE_GATE})(?:(?!${BANK_ETC}).)*$`), [group('crisis', 'coercive control', [HOME_TAKEN])]],
  [new RegExp(NOT_PAST(String.raw`\b(?:again|now|this week|today)\b`)), [group('concern', 'low mood', [MOOD_NOW, DARK_DAYS, CANT_GET_UP])]],
  [/\b(?:first time in|restricting|calories|cals|kcal)\b/, [group('concern', 'not eating or sleeping', [RESTRICTING])]],
  [/\bfirst time in\b/, [group('concern', 'drinking or drugs to cope', [USED_AGAIN])]],
  [new RegExp(NOT_PAST('$^')), [group('concern', 'may lose their home', [HOME_LOST_INSIDE])]],
  [/\b(?:docked|deducted|slashed|cut down|reduced)\b/, [group('concern', 'money worries', [DOCKED])]],
  [/\bnot doing\b/, [group('concern', 'not coping', [NOT_GREAT])]],
  [/\b(?:sailed|boat)\b/, [group('concern', 'hopelessness', [SHIP_SAILED])]],
  [new RegExp(String.raw`${SCRIPT}|${GAS}`), [group('concern', 'drinking or drugs to cope', [TOPPING_UP, GAS_TO_COPE])]],
];
