// Read from the two-hundred-and-sixteenth split (care leavers and young people in hostels, bursts
// run together) and the two-hundred-and-eighteenth (ex-forces veterans; people out of prison or on
// probation), each measured once fresh and then read. The kinds: "should have come home in a box";
// wishing one had never made it out; being dead "would be a promotion"; "or end things ... the second
// one"; knowing how to do it "quick and clean"; a roof gone up to "just looking down"; a death threat
// received; a will made at nineteen. And the worries: a hostel's "one more missed charge and im out",
// nowhere lined up when quarters end, drink for the nightmares, "whod want to hire" someone like me,
// "the system is set up for me to fail". Normalised words ("i am", "do not", "whod").
import { pattern } from '../riskPatterns.ts';
import { group, SOMEONE_ELSE_OR_A_STORY, STORIES_AND_GAMES, unless } from './wholeMessageSets.ts';

// "shoulda come home in a box from helmand like half my section did, wouldve been easier on everyone".
const HOME_IN_A_BOX = [
  pattern`\b(?:i )?(?:should have|shoulda|shouldve|wish i had|wish i would have|would rather have|would rather of|should of) (?:come|came|gone|went|been sent|been brought) (?:home|back) in (?:a box|a body bag|a coffin|a bag|a flag)\b`,
  pattern`\b(?:it )?(?:would have|wouldve|would of|wouldve) been (?:easier|better|kinder) (?:on|for) (?:everyone|everybody|them all|my family|the family|my mum|my kids) if i (?:had )?(?:died|not come back|never come back|never came back|not made it|never made it|did not make it|did not come back|was killed|had been killed|got killed)\b`,
];

// "sometimes wish they never let me out the gate, or that i never made it to the gate at all".
const NEVER_MADE_IT = [
  pattern`\bwish (?:that )?i (?:had )?(?:never|not|had not) (?:made it|got) (?:out|home|back|through)(?: of there| alive| at all)?\b(?! (?:of (?:bed|the house)|in time|to (?:the|my) (?:interview|meeting|appointment|shift|job|course)))`,
  pattern`\bor (?:that )?i (?:had )?never made it\b(?: \w+){0,4}? at all\b`,
  pattern`\bwish (?:that )?i (?:had )?(?:not|never) survived\b(?! (?:on|off|by|with|without|the (?:week|day|weekend|holidays|school|course|exam|interview|shift)))`,
];

// "lol at this point being dead would be a promotion".
const DEAD_WOULD_BE_BETTER = [
  pattern`\bbeing dead (?:would be|would honestly be|would actually be|is|sounds like) (?:a |an )?(?:promotion|upgrade|step up|improvement|holiday|relief|rest|treat|blessing|result|win)\b`,
];

// "when will i do it? do what, the applications? or end things. cos ive thought a lot more about the second one".
const THE_SECOND_ONE = [
  pattern`\bor (?:end|ending) (?:things|it|it all|everything|my life)\b.*\b(?:thought|thinking|think) (?:a lot |way |much )?(?:more )?about (?:the second one|the second|the latter|that one|the other one)\b`,
];

// "i know how to do it quick and clean, the army taught us plenty about that".
const QUICK_AND_CLEAN = [
  pattern`\bi (?:know|have worked out|worked out|have figured out|figured out) (?:how|a way) to do it (?:quick and (?:clean|painless|quiet)|clean and quick|painless(?:ly)?|without (?:it )?hurting|so it does not hurt)\b`,
];
const QUICK_AND_CLEAN_EVERYDAY = String.raw`\b(?:plaster\w*|paint\w*|decorat\w*|til(?:e|es|ing)|clean(?:er|ers|ing) (?:job|shift|work)|weld\w*|job|jobs|shift|trade|cv|form|application|forms|spreadsheet|report|install\w*|fit(?:ting)?|wiring|pipes?|boiler|butcher\w*|kitchen|chef|cook\w*|fillet\w*|blood test|injection|jab|piercing|tattoo\w*|hair|haircut|cut hair|shav\w*|wax\w*|brows?|nails|teeth|tooth|vet|lambs?|sheep|pigs?|chickens?|animals?|deer|rabbits?)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "the tower block has roof access. been up there twice this week just looking down".
const LOOKING_DOWN_FROM_HIGH = [
  pattern`\b(?:roof|rooftop|top floor|top of the (?:car park|multi storey|tower|block|flats|building|cliff)|bridge|cliff|cliffs|ledge|balcony|multi storey)\b.*\b(?:been|went|gone|go|going|was|sat|stood) (?:up )?(?:there|up there|on it|to the top|to the edge)\b.*\bjust (?:looking|staring|peering|gazing) (?:down|over the edge|over)\b`,
  pattern`\bjust (?:looking|staring|peering|gazing) (?:down|over the edge)\b.*\b(?:roof|rooftop|top floor|bridge|cliff|ledge|balcony|multi storey)\b`,
];
const LOOKING_DOWN_EVERYDAY = String.raw`\b(?:view|views|sunset|sunrise|photos?|pictures?|drone|roofer|roofing|scaffold\w*|surveyor|survey|inspect\w*|gutters?|aerial|satellite dish|leak|tiles|bird\w*|pigeons?|smok\w*|vape|vaping|fag|fags|cig\w*)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "had a death threat off my old co-d, he reckons i grassed".
const DEATH_THREAT_RECEIVED = [
  pattern`\b(?:(?:i (?:have )?)?(?:had|got|received|been getting|keep getting|am getting|getting)|(?:someone|he|she|they) (?:sent|gave|made) me) (?:a |another |a few |some |more )?death threats?\b`,
];
// "my friends getting death threats": someone else's, said of them.
const DEATH_THREAT_EVERYDAY = String.raw`\b(?:my|his|her|their|our) \w+ (?:is |are |has |have )?(?:getting|got|had|received|been getting)\b|\b(?:news|film|movie|celebrity|footballer|referee|mp|politician|online troll\w*|on (?:twitter|x|tiktok) (?:people|they) get|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "sorted my will online lol at 19 who does that".
const A_WILL_YOUNG = [
  pattern`\b(?:sorted|made|wrote|written|done|did|signed|finished|drew up|drawn up) (?:out )?(?:my|a) (?:will|last will)\b(?: \w+){0,4}? (?:at (?:1[6-9]|2[0-5]|my age)|and i am (?:only )?(?:1[6-9]|2[0-5])|i am only (?:1[6-9]|2[0-5]))\b`,
];

// Worries heard in the same splits.
const HOSTEL_ONE_MORE_MISS = [
  pattern`\b(?:hostel|landlord|housing|key ?worker|support worker|the council|supported housing|project|the flat)\b(?: \w+){0,3}? (?:said|says|told me|warned me)\b(?: \w+){0,3}? if i (?:miss|do not pay|dont pay|fall behind on|am late with) (?:another|one more|the next)\b(?: \w+){0,3}? (?:i am|im) (?:out|evicted|on the street|homeless|kicked out)\b`,
];
const NOWHERE_LINED_UP = [
  pattern`\b(?:quarters|tenancy|lease|licence|placement|hostel place|supported housing|room|bed|sofa)\b(?: \w+){0,3}? (?:ends?|runs out|is up|finishes)\b(?: \w+){0,4}? (?:and|but) (?:i have|i ve|ive|i got) (?:nowhere|nothing|no where) (?:lined up|sorted|to go|arranged)\b`,
];
const DRINK_FOR_NIGHTMARES = [
  pattern`\b(?:drink|drinking|booze|alcohol|the bottle|weed|smoking weed)\b(?: \w+){0,2}? (?:helps|is the only thing that helps|stops|quiets|shuts up|numbs) (?:with )?(?:the |my )?(?:nightmares|flashbacks|memories|noise in my head|dreams|night terrors)\b`,
];
const WHO_WOULD_HIRE_ME = [
  pattern`\b(?:who would|whod|who is going to|whos going to|no one would|nobody would|no one is going to|nobody is going to) (?:want to )?(?:hire|employ|take on|give a job to) (?:an? )?(?:con|ex con|convict|criminal|lag|someone like me|a person like me|me)\b(?: like me)?`,
];
const SET_UP_TO_FAIL = [
  pattern`\bthe systems?(?: is)? (?:set up|rigged|built|designed) for (?:me|people like me|us) to fail\b`,
];

export const TWO_HUNDRED_AND_SIXTEENTH_AND_EIGHTEENTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:box|body bag|coffin|bag|flag|easier|better|kinder)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'wishes to be dead', HOME_IN_A_BOX)]],
  [unless(String.raw`\b(?:made it|got out|got home|got back|survived)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'wishes to be dead', NEVER_MADE_IT)]],
  [unless(String.raw`\bbeing dead\b`, String.raw`\b(?:${STORIES_AND_GAMES}|zombie\w*|vampire\w*|ghost\w*)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', DEAD_WOULD_BE_BETTER)]],
  [unless(String.raw`\bor (?:end|ending)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'thoughts of suicide', THE_SECOND_ONE)]],
  [unless(String.raw`\bto do it\b`, QUICK_AND_CLEAN_EVERYDAY), [group('crisis', 'thinking about a way to end their life', QUICK_AND_CLEAN)]],
  [unless(String.raw`\b(?:looking|staring|peering|gazing)\b`, LOOKING_DOWN_EVERYDAY), [group('crisis', 'thinking about a way to end their life', LOOKING_DOWN_FROM_HIGH)]],
  [unless(String.raw`\bdeath threats?\b`, DEATH_THREAT_EVERYDAY), [group('crisis', 'abuse or violence', DEATH_THREAT_RECEIVED)]],
  [unless(String.raw`\bwill\b`, String.raw`\b(?:gran|nan|grandad|grandma|grandpa|mum|dad|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'preparing to end their life, or a past attempt', A_WILL_YOUNG)]],
  // The hostel's own words are the worry: someone else's saying does not shut it.
  [unless(String.raw`\bif i\b`, String.raw`\b(?:${STORIES_AND_GAMES})\b`), [group('concern', 'may lose their home', HOSTEL_ONE_MORE_MISS)]],
  [unless(String.raw`\b(?:nowhere|no where|nothing)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'may lose their home', NOWHERE_LINED_UP)]],
  [unless(String.raw`\b(?:nightmares|flashbacks|memories|dreams|night terrors|noise)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'drinking or drugs to cope', DRINK_FOR_NIGHTMARES)]],
  [unless(String.raw`\b(?:hire|employ|take on|job)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'feels worthless', WHO_WOULD_HIRE_ME)]],
  [unless(String.raw`\bto fail\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'hopelessness', SET_UP_TO_FAIL)]],
] as const;
