// Read from the two-hundred-and-thirty-sixth split (men over forty from the trades and haulage who
// understate everything), measured once fresh (95.4% crisis) and then read. The kinds: "a clean
// exit" taken if offered; the man upstairs calling time on them; half hoping not to come round;
// sleeping in the cab, moved on, nowhere else; "not planning on being here"; a relative who gives
// them a hiding; a hammer to their own knee; thinking of grabbing hold of a live box; reading up on
// overdoses; "watch his back", said to be meant. Normalised words ("do not", "i am").
import { pattern } from '../riskPatterns.ts';
import { group, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

const A_CLEAN_EXIT = [
  pattern`\b(?:i would|id|i will|ill|i could) (?:happily |gladly )?(?:take|welcome|accept|have) a (?:clean|quick|quiet|painless|peaceful|easy|early) (?:exit|way out|end|out|departure)\b(?=.*\b(?:if (?:it was|it were|one was|someone) offered|no bother|no questions|tomorrow|tonight|right now|happily|gladly)\b)`,
];
// A clean exit from a firm is a redundancy deal.
const EXIT_EVERYDAY = String.raw`\b(?:redundancy|redundant|package|pay ?off|payout|voluntary|deal|company|firm|job|contract|agency|depot|yard|employer|boss|notice|settlement|pension|lump sum|tenancy|lease|mortgage|marriage|divorce|relationship)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const CALLED_TIME_ON_ME = [
  pattern`\b(?:would not mind|would not care|hope|hoping|wish|pray|praying|be glad|be happy|be grateful)\b.*\b(?:the )?(?:big man upstairs|man upstairs|him upstairs|god|the lord|the reaper|grim reaper|the good lord) (?:called|calls|would call|took|takes|would take|came for|comes for) (?:time on me|me)\b(?! (?:home to|to|back|abroad|on|with|for|somewhere|there|places|out|in|under)\b)`,
  pattern`\bhoping i (?:just )?(?:do not|never|will not) (?:come round|come to|come back round)\b(?! (?:the|a|an|my|your|his|her|their|our|me|see|visit|help|work|yours|mine|it|that|this|to|and|at|for|in|on|after|before|later|today|tomorrow|tonight|again|too|with|there|here)\b)`,
];

const MOVED_ON_NOWHERE = [
  pattern`\b(?:sleeping|kipping|living|staying) in (?:the|my) (?:cab|lorry|truck|van|car|motor)\b.*\b(?:moved me on|kicked me out|told me to go|told me to leave|turfed me out|chucked me out)\b.*\bnowhere(?: else)?\b`,
];

const NOT_PLANNING_ON_BEING_HERE = [
  pattern`\bi am not (?:planning|intending|expecting) (?:on|to) (?:be|being) (?:here|around|about|alive)\b(?! (?:long|for long|much longer|next|in|at|after|when|on|working|forever|for the|over|during|this|that|all|every|till|until)\b)`,
];
const NOT_HERE_EVERYDAY = String.raw`\b(?:holiday|away|abroad|moving|move|moved|relocat\w*|leave the area|working away|on leave|visiting|contract ends|new job|start(?:ing)? (?:a|the|my) (?:new )?job|emigrat\w*)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const GIVES_ME_A_HIDING = [
  pattern`\b(?:he|she|they|(?:my|the) (?:\w+ )?(?:brother|dad|father|stepdad|husband|wife|partner|son|uncle|brother in law|wifes brother|wife s brother|landlord|flatmate|neighbour|cousin)) (?:gives|gave|will give|has given|keeps giving) me (?:a|another) (?:good )?(?:hiding|beating|kicking|battering|pasting|slap|going over|leathering)\b`,
];
const HIDING_EVERYDAY = String.raw`\b(?:football|match|game|darts|pool|snooker|chess|cards|golf|squash|tennis|five a side|quiz|boxing|sparring|gym|training|telling off|earful|ear full|ribbing|stick)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const TOOL_TO_MY_OWN = [
  pattern`\b(?:took |taken |put |went at |go at )?(?:a |the )?(?:hammer|knife|blade|razor|lighter|iron|brick|screwdriver|chisel|stanley knife|saw) to my own (?:\w+)\b`,
];

const GRAB_THE_LIVE_ONE = [
  pattern`\b(?:keep|kept|keeps) thinking (?:i will|ill|i ll|i could|i might|about|of) (?:just )?(?:grab|grabbing|touch|touching|hold|holding) (?:hold of )?(?:it|the (?:live |bare )?(?:wire|cable|box|line|rail))\b`,
];
const VOLTAGE_EVERYDAY = String.raw`\b(?:course|training|ticket|certificate|qualif\w*|apprentice\w*|electrician|sparky job|test|testing|safety|isolat\w*|lock ?out)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const READING_UP_ON_OVERDOSES = [
  pattern`\b(?:been |keep |kept |i am |i have been )?(?:reading up on|reading about|reading|researching|googling|looking up|looked up|read up on|searching|searched) (?:about |up on )?(?:overdoses|overdosing|how to overdose|lethal doses?|fatal doses?|how many (?:tablets|pills|paracetamol) (?:it takes|would|to)|ways to die|suicide methods?)\b`,
];
const OVERDOSE_EVERYDAY = String.raw`\b(?:course|nursing|first aid|naloxone|training|essay|assignment|module|exam|carer|care work|pharmacy|for my job|for work|policy|leaflet|harm reduction)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const WATCH_HIS_BACK = [
  pattern`\b(?:better|should|had better|wants to|needs to|best) watch (?:his|her|their|your) back\b(?=.*\b(?:serious|seriously|i mean it|not joking|no joke|for real|mark my words|i know where)\b)`,
];

export const TWO_HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:exit|way out|end|out|departure)\b`, EXIT_EVERYDAY), [group('crisis', 'wishes to be dead', A_CLEAN_EXIT)]],
  [unless(String.raw`\b(?:upstairs|god|lord|reaper|come round|come to)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'wishes to be dead', CALLED_TIME_ON_ME)]],
  [unless(String.raw`\bnowhere\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'no safe place, food or power tonight', MOVED_ON_NOWHERE)]],
  [unless(String.raw`\b(?:being|be) (?:here|around|alive|about)\b`, NOT_HERE_EVERYDAY), [group('crisis', 'intends to end their life', NOT_PLANNING_ON_BEING_HERE)]],
  [unless(String.raw`\b(?:gives?|gave|giving)\b`, HIDING_EVERYDAY), [group('crisis', 'abuse or violence', GIVES_ME_A_HIDING)]],
  [unless(String.raw`\bto my own\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'self-harm', TOOL_TO_MY_OWN)]],
  [unless(String.raw`\b(?:high voltage|voltage|live wire|live cable|electric box|substation|pylon|mains|third rail|power lines?)\b`, VOLTAGE_EVERYDAY), [group('crisis', 'thinking about a way to end their life', GRAB_THE_LIVE_ONE)]],
  [unless(String.raw`\b(?:overdos\w*|doses?|ways to die|methods?|how many)\b`, OVERDOSE_EVERYDAY), [group('crisis', 'thinking about a way to end their life', READING_UP_ON_OVERDOSES)]],
  [unless(String.raw`\bwatch\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'harm to someone else', WATCH_HIS_BACK)]],
] as const;
