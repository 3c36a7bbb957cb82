// Read from the hundred-and-ninetieth split (psychosis, bipolar disorder and personality disorder
// with services in passing; people exploited through county lines, modern slavery, sex work and
// cuckooing; students who dropped out), measured once fresh and then read. The kinds: treatment
// stopped with "i am done for real"; a will made "just in case" and signed; a debt paid off and a
// sister told not to worry any more; bandages hidden under a jacket; hurt if they say no; a boss
// who keeps everyone's documents while they sleep in a container; dropped in a strange town after a
// run with nothing; as worry, drinking from late morning for the nerves, struggling since the crisis
// team let them go, a bipolar low. Normalised words ("i am", "do not", "it is").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

const TREATMENT = String.raw`(?:meds|medication|medicine|tablets|pills|lithium|depot|injections?|jabs?|antipsychotics|anti psychotics|antidepressants|anti depressants|crisis team|cpn|care coordinator|therapy|therapist|psychiatrist|mental health team|support worker|key worker)`;

// "no more meds, no more crisis team, im done for real".
const TREATMENT_STOPPED_DONE = [
  pattern`\b(?:no more|stopped|stopping|quit|quitting|binned|binning|flushed|not taking|done with|finished with|sacked off|sacking off) (?:my |the |all my |all the |taking (?:my |the )?)?${TREATMENT}\b.*\bi am (?:done|finished|out)(?: for (?:real|good)| with (?:it all|everything|all of it|life|this life))?(?: now| honestly| this time)?$`,
];
const TREATMENT_CHANGE = String.raw`\b(?:doctor|gp|psychiatrist|consultant|nurse|team) (?:said|says|agreed|took|stopped|changed|switched|reduced|weaned)\b|\b(?:side effects|weaning|weaned|tapering|new meds|switched|changing (?:my )?meds|better now|recovered|well now|discharged because i am well|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "have put a will together on a template, its signed, just in case".
const WILL_JUST_IN_CASE = [
  pattern`\b(?:put|made|wrote|written|done|did|signed|sorted|finished|filled in|filled out|drawn up|drew up|got) (?:a|my|the) (?:will|last will)\b(?: \w+){0,8}? (?:just in case|in case|for after|for when i am not here|for when i am gone)\b`,
];
const WILL_FOR_LIFE_EVENTS = String.raw`\b(?:mortgage|house|buying|bought|baby|pregnant|married|wedding|engaged|retire\w*|solicitor said|flying|flight|holiday|abroad|travelling|operation|surgery|army|deployment|tour|course|college|uni|assignment|law|module|work|job|client|clients|office|care home|resident|residents|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "ive paid off my sisters loan and told her not to worry about me anymore".
const DEBTS_SETTLED_NO_WORRY = [
  pattern`\b(?:paid off|paid back|settled|cleared|given back|gave back|returned|sorted out|paid)\b(?: \w+){0,5}? (?:loan|debt|debts|money|what i owe|what i owed|tab|bills)\b.*\b(?:told|telling|tell) (?:her|him|them|everyone|my \w+) (?:not to|to not|she does not need to|he does not need to|they do not need to) (?:worry|bother|fret) about me (?:any ?more|again|ever again)\b`,
];
const GOOD_NEWS = String.raw`\b(?:got a job|new job|started|starting|payday|paid me|wages|first pay|win|won|pay rise|promotion|bonus|back on my feet|doing well|doing better|fine now|sorted myself out|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "the interview jacket hides the bandages at least lol".
const HIDDEN_BANDAGES = [
  pattern`\b(?:hides?|hid|hiding|covers?|covered|covering|covers up|cover up) (?:the|my|all the|all my) (?:bandages|dressings|cuts|fresh cuts|scars|fresh scars|marks|burns|plasters)\b`,
  pattern`\b(?:bandages|dressings|cuts|fresh cuts|scars|fresh scars|burns) (?:on|under|up) (?:my|the) (?:arms?|wrists?|legs?|thighs?|sleeves?)\b(?: \w+){0,4}? (?:hidden|hide|hides|covered|cover|long sleeves|jacket|hoodie|cardigan)\b`,
];
const NOT_SELF_INFLICTED = String.raw`\b(?:tattoos?|tattooed|surgery|operation|op|stitches from|accident|fell|fall|crash|dog|cat|kitchen|oven|fryer|burnt (?:it|myself) (?:on|cooking)|eczema|psoriasis|rash|acne|birthmark|mole|caesarean|c section|sunburn|work injury|at work|on site|chemo|port|cannula|drip|blood test|council|budget|budgets|funding|services|government|spending|routes|bus|nhs|staff|jobs|wages|pay|hours|prices?|tax|benefits?)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "they make me see men at the flat and if i say no they hurt me".
const HURT_IF_I_REFUSE = [
  pattern`\bif i (?:say no|said no|refuse|refused|do not|will not|try to leave|tried to leave|leave|tell anyone|tell someone|go to the police|speak up|stop)\b(?: \w+){0,3}? (?:they|he|she|the lads|the men|my boss|the boss) (?:hurt|hit|beat|batter|burn|cut|stab|punch|kick|smack|slap|strangle|choke)s? me\b`,
  pattern`\b(?:they|he|she|the lads|the men|my boss|the boss) (?:make|makes|made|force|forces|forced) me (?:see|sleep with|have sex with|go with|do stuff with|do things with) (?:men|man|clients|customers|punters|blokes|guys|strangers|his mates|their mates)\b`,
];

// "the boss at the farm keeps everyones documents and we sleep in the container".
const DOCUMENTS_KEPT = [
  pattern`\b(?:boss|gangmaster|agent|man|men|owner|they|he|she)\b(?: \w+){0,4}? (?:keeps|kept|has|holds|held|took|takes|has taken|taken) (?:all |all of )?(?:our|everyones|every ones|everybodys|all our|all the|the workers|my) (?:documents|passports|passport|papers|ids|id cards|id)\b(?: \w+){0,6}? (?:sleep|sleeping|live|living|stay|staying|locked|lock|not allowed|cannot leave|can not leave|no pay|not paid|owe|debt)\b`,
];
const DOCUMENTS_FOR_A_REASON = String.raw`\b(?:copy|copies|photocopy|scan|scanned|check|checked|checking|right to work|dbs|payroll|hr|visa application|to renew|renewal|safe keeping|safekeeping|for the (?:trip|holiday)|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "they dropped me in a town i dont know after the run and took the phone money, im stranded with nothing".
const STRANDED_WITH_NOTHING = [
  pattern`\b(?:i am|i am now|now i am|left|leaving me|left me|and i am)\b(?: \w+){0,2}? stranded\b(?: \w+){0,4}? (?:with nothing|with no money|no money|no phone|no way (?:home|back)|nowhere to (?:go|stay|sleep)|nothing)\b`,
  pattern`\b(?:dropped|dumped|left|kicked) me (?:off )?(?:in|at) (?:a|some) (?:town|city|place|station)\b(?: \w+){0,2}? i (?:do not|have never|never) (?:know|been)\b`,
];
const TRAVEL_HICCUP = String.raw`\b(?:train|trains|bus|buses|strike|cancelled|delayed|delay|airport|flight|holiday|festival|night out|taxi home|uber|lift home|phone died|battery)\b(?!.*\b(?:run|runs|lines|county|dealer|dealers|the lads|the men|gang)\b)|${SOMEONE_ELSE_OR_A_STORY}`;

// Worries: drinking from late morning for the nerves, struggling since the crisis team let them go, a bipolar low.
const DRINKING_FOR_NERVES = [
  pattern`\b(?:start|starting|started|begin|been) (?:drinking|on the (?:cans|vodka|cider|wine|beer))\b(?: \w+){0,4}? (?:at|by|from|around|about) (?:about |around )?(?:\d{1,2}|ten|eleven|twelve|lunch|lunchtime|dinner|breakfast|midday|noon|dinnertime)\b(?: (?:am|in the morning|oclock))?(?: \w+){0,3}? (?:helps?|steadies|calms|takes the edge|gets me through|for the nerves|nerves|shakes|anxiety)\b`,
];
const STRUGGLING_SINCE_DISCHARGED = [
  pattern`\b(?:struggling|not coping|falling apart|gone downhill|going downhill|really bad|worse|in a bad way)\b(?: \w+){0,2}? since (?:the|my) (?:${TREATMENT}|hospital|ward|unit|home treatment team) (?:discharged|dropped|signed off|let go of|stopped seeing|closed my case on|finished with) me\b`,
];
const LOW_PHASE = [
  pattern`\b(?:the|my|a) (?:bipolar|manic|depressive|bpd|eupd) (?:low|dip|crash|episode|down)\b(?: \w+){0,2}? (?:has |is )?(?:kicked in|started|starting|hit|hitting|back|coming on|setting in)\b`,
  pattern`\bin a (?:bit of a |real |proper |big )?(?:dip|low|slump)\b(?: \w+){0,5}? (?:bipolar|depression|low has|mood)\b`,
];

export const HUNDRED_AND_NINETIETH_WHOLE_SETS = [
  [unless(String.raw`\bi am (?:done|finished|out)\b`, TREATMENT_CHANGE), [group('crisis', 'intends to end their life', TREATMENT_STOPPED_DONE)]],
  [unless(String.raw`\bwill\b`, WILL_FOR_LIFE_EVENTS), [group('crisis', 'preparing to end their life, or a past attempt', WILL_JUST_IN_CASE)]],
  [unless(String.raw`\bworry about me\b`, GOOD_NEWS), [group('crisis', 'preparing to end their life, or a past attempt', DEBTS_SETTLED_NO_WORRY)]],
  [unless(String.raw`\b(?:bandages|dressings|cuts|scars|marks|burns|plasters)\b`, NOT_SELF_INFLICTED), [group('crisis', 'self-harm', HIDDEN_BANDAGES)]],
  [unless(String.raw`\b(?:me|if i)\b`, String.raw`\b(?:${LAUGH}|game|gym|trainer|physio|massage|tattoo)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'abuse or violence', HURT_IF_I_REFUSE)]],
  [unless(String.raw`\b(?:documents|passports?|papers|ids?|id cards)\b`, DOCUMENTS_FOR_A_REASON), [group('crisis', 'coercive control', DOCUMENTS_KEPT)]],
  [unless(String.raw`\b(?:stranded|dropped|dumped|left|kicked)\b`, TRAVEL_HICCUP), [group('crisis', 'no safe place, food or power tonight', STRANDED_WITH_NOTHING)]],
  [unless(String.raw`\bdrinking|on the\b`, String.raw`\b(?:christmas|birthday|wedding|holiday|party|match|stag|hen|weekend away|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'drinking or drugs to cope', DRINKING_FOR_NERVES)]],
  [unless(String.raw`\bsince\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'not coping', STRUGGLING_SINCE_DISCHARGED)]],
  [unless(String.raw`\b(?:low|dip|crash|episode|down|slump)\b`, String.raw`\b(?:stock|stocks|shares|price|prices|sales|market|phone|battery|signal|tyre|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'low mood', LOW_PHASE)]],
] as const;
