// Read from the hundred-and-ninety-ninth split (veterans and ex-forces, emergency workers and prison
// officers out of work, people out of prison or on probation), measured once fresh and then read.
// The kinds: a relative "forcing himself on me"; a train or the line named with walking or stepping
// onto it; a shotgun fetched and a field on a day; waiting till a licence ends so nobody gets the blame,
// then doing it; a compass or a pen dug into an arm; wishing a blast or a bullet had done its job; a
// partner who "goes for me" when drunk or angry; locked out of a hostel after curfew with nowhere to go.
// As worry: the off-licence after every knockback, a tied or service house lost with weeks left in it,
// something thrown at someone "lol". Normalised words ("does not", "can not"; "uncles" for "uncle's").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

// "my uncle has been forcing himself on me since i moved back in".
const FORCED_ON_ME = [
  pattern`\b(?:forc(?:e|es|ed|ing)|push(?:es|ed|ing)?) (?:himself|herself|themselves|hisself) (?:on|onto|upon) me\b`,
  pattern`\b(?:touch(?:es|ed|ing)?|grop(?:es|ed|ing)?) me\b(?: \w+){0,3}? (?:when|where|after|even though|though) i (?:do not|did not|said no|told him no|told her no|say no|said stop|do not want)\b`,
];

// "tomorrow morning, first train, im walking onto the line".
const ONTO_THE_LINE = [
  pattern`\b(?:walk|walking|walked|step|stepping|jump|jumping|lie|lying|lay|laying|go|going|throw myself|throwing myself) (?:out )?(?:onto|on to) (?:the |a )?(?:tracks|track|railway|rail line|railway line|train line)\b`,
  pattern`\b(?:i will|going to|gonna|about to|planning to|plan to|tonight|tomorrow|first thing)\b(?: \w+){0,3}? (?:walk|step|jump|lie|lay|go|throw myself) (?:out )?(?:in front of|under) (?:the |a )?(?:\w+ )?(?:train|trains|express|tracks)\b`,
  pattern`^(?=.*\b(?:first train|last train|next train|the train|trains|railway|station|platform|crossing)\b).*\b(?:walk|walking|step|stepping|jump|jumping|lie|lying|go|going) (?:out )?(?:onto|on to|in front of|under) the line\b`,
];
const LINE_AT_WORK = String.raw`\b(?:shift|factory|production|packing|assembly|warehouse|induction|catch|caught|commute|commuting|delay\w*|cancel\w*|ticket|driver|guard|conductor|network rail|track worker|trackside|maintenance|not going to|not gonna|would not|never|not actually|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "got the shotgun from my uncles, going out to the field on monday".
const GUN_AND_A_FIELD = [
  pattern`\b(?:got|get|getting|took|taken|borrowed|borrowing|fetched|collected|have|grabbed)\b(?: \w+){0,3}? (?:shotgun|rifle|gun|twelve bore|12 bore)\b.*\b(?:going|go|head|heading|walk|walking|taking it|take it|drive|driving) (?:out |up |down |off )?(?:to|into|up to|down to|onto) (?:the |a )?(?:\w+ )?(?:field|fields|woods|wood|barn|shed|moor|moors|hills?|quarry|forest|lane|layby)\b`,
];
const GUN_FOR_WORK_OR_SPORT = String.raw`\b(?:rabbits?|pigeons?|crows?|foxes|fox|deer|vermin|pests?|shoot day|shooting party|clays?|clay pigeon|game|gamekeep\w*|keeper|beater|beating|season|licence|license|certificate|course|job|farm work|lambing|range|club|cleaning it|serviced|sell|selling|sold|film|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "going to wait till my licence ends next month so my po does not get the blame then do it".
const WAIT_THEN_DO_IT = [
  pattern`\bso (?:\w+ ){0,3}?(?:does not|do not|will not|would not|can not) (?:get|take|have) (?:the )?blame(?:d)?\b(?: \w+){0,3}? (?:then|and then) (?:do it|end it|finish it|go|end things|do myself in)\b`,
  pattern`\b(?:wait|waiting|going to wait|gonna wait) (?:till|until|til|for) (?:my |the )?(?:licence|license|tag|probation|parole|sentence|order)\b(?: \w+){0,6}? (?:then|and then) (?:do it|end it|finish it|end things|do myself in)\b`,
];

// "dug the compass into my arm again during the online course lol".
const DUG_INTO_MY_SKIN = [
  pattern`\b(?:dug|dig|digging|digs|jabbed|jab|jabbing|stabbed|stabbing|scratched|scratching|scraped|scraping|carved|carving|dragged|dragging|pressed|pressing) (?:a |the |my |a sharp )?(?:compass|pen|pencil|nails?|fingernails?|blade|scissors|pin|needle|key|keys|knife|glass|razor|sharpener)\b(?: \w+){0,2}? (?:into|in|across|along|down|over) my (?:arm|arms|leg|legs|wrist|wrists|thigh|thighs|skin|stomach|chest|hip|hips)\b`,
];
const DUG_NOT_HARM = String.raw`\b(?:tattoo\w*|doctor|nurse|gp|blood test|injection|jab for|vaccine|flu jab|splinter|by accident|accidentally|tripped|fell|dog|cat|kitten|baby|toddler|itch\w*|rash|eczema|bite|bites|mosquito|sewing|knitting|gardening|thorns?|brambles?)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "wish the IED had done its job properly tbh".
const WISH_IT_HAD_FINISHED_ME = [
  pattern`\bwish (?:the |that |that the |that bloody |the bloody )?(?:ied|bomb|blast|bullet|round|mine|crash|accident|car|lorry|bus|tumour|tumor|cancer|overdose|od|fall|stroke|heart attack|virus|covid|fire|explosion|sniper|grenade|shell|mortar|rpg|ambush|attack|surgery|op|operation)\b(?: \w+){0,2}? had (?:done its job|done the job|finished me|finished me off|finished the job|got me|taken me|killed me|done me in|done for me)\b`,
];

// "my wife goes for me when shes had a drink".
const GOES_FOR_ME = [
  pattern`\bmy (?:wife|husband|partner|missus|misses|girlfriend|boyfriend|gf|bf|fella|ex|dad|mum|stepdad|stepmum|brother|son|daughter|old man|old lady|other half)\b(?: \w+){0,2}? (?:goes|went|has gone|keeps going|always goes|will go|has been going) for me\b(?: \w+){0,5}? (?:drink|drinks|drinking|drunk|had a drink|had a few|angry|temper|knife|bottle|fists|kicking off|kicks off|off (?:her|his) head|lashes out|hits|bruises?|again|every time|when (?:she|he) is (?:angry|mad|drunk|high|wasted))\b`,
];

// "missed curfew at the approved premises, cant get in, dont know where to go".
const LOCKED_OUT_TONIGHT = [
  pattern`\b(?:missed (?:the |my )?curfew|locked out|doors? (?:are |were |is |was )?(?:shut|locked)|shut (?:me )?out|they will not let me (?:back )?in)\b.*\b(?:can not|cannot|not allowed to|could not) get (?:back )?in\b`,
  pattern`\b(?:missed (?:the |my )?curfew|locked out|doors? (?:are |were |is |was )?(?:shut|locked))\b.*\b(?:do not know|dunno|no idea) where (?:to go|i will sleep|to sleep|i am sleeping|to stay)\b`,
];
const LOCKED_OUT_OF_A_SITE = String.raw`\b(?:account|portal|website|app|online|email|log ?in|password|universal credit|journal|system|the car|my car|the van|office|for an hour|for a bit|locksmith|spare key|neighbour let me|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// Worries.
const OFFY_AFTER_A_KNOCKBACK = [
  pattern`\b(?:when|after|every time|whenever|each time|if) i (?:get|got|have|hear|heard) (?:a |another |the )?(?:knockback|knock back|rejection|rejection email|no|bad news|turned down|knocked back)\b.*\b(?:go to the offy|offy|off licence|hit the bottle|the bottle|crack open|open a bottle|get a bottle|get some cans|get the cans in|cans|bevvies|the pub|a drink|drinking|get wasted|get smashed|get stoned|a smoke|a spliff)\b`,
];
const TIED_HOUSE_GOING = [
  pattern`\b(?:lost|losing|lose|have to leave|got to leave|leaving|give up|giving up|hand back|handing back) (?:the|my|our) (?:tied (?:house|cottage|home|flat)|forces (?:house|housing|accommodation)|quarters|married quarters|service (?:house|housing|accommodation|flat)|staff (?:house|accommodation|flat)|job (?:house|flat))\b`,
  pattern`\b(?:\d+|a few|two|three|four|six) (?:weeks|days|months) left in (?:it|the house|the flat|the place|the cottage|the quarters|my room|the room)\b`,
];
const THROWN_AT_SOMEONE = [
  pattern`\b(?:launch|launching|lob|lobbing|chuck|chucking|throw|throwing|lamp|lamping|hurl|hurling) (?:my|the|a|this) (?:laptop|phone|keyboard|mouse|monitor|printer|chair|mug|stapler|screen)\b(?: \w+){0,2}? at (?:someone|somebody|someones head|his head|her head|the \w+|him|her|them)\b.*\b(?:${LAUGH})\b`,
];

export const HUNDRED_AND_NINETY_NINTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:forc\w*|push\w*|touch\w*|grop\w*)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'abuse or violence', FORCED_ON_ME)]],
  [unless(String.raw`\b(?:tracks?|railway|rail line|train|trains|express|the line)\b`, LINE_AT_WORK), [group('crisis', 'a plan to end their life', ONTO_THE_LINE)]],
  [unless(String.raw`\b(?:shotgun|rifle|gun|twelve bore|12 bore)\b`, GUN_FOR_WORK_OR_SPORT), [group('crisis', 'a plan to end their life', GUN_AND_A_FIELD)]],
  [unless(String.raw`\b(?:blame|blamed|licence|license|tag|probation|parole|sentence|order)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'a plan to end their life', WAIT_THEN_DO_IT)]],
  [unless(String.raw`\bmy (?:arm|arms|leg|legs|wrist|wrists|thigh|thighs|skin|stomach|chest|hip|hips)\b`, DUG_NOT_HARM), [group('crisis', 'self-harm', DUG_INTO_MY_SKIN)]],
  [unless(String.raw`\bwish\b`, String.raw`\b(?:for (?:him|her|them|my \w+)|${LAUGH.replace('|joking|kidding', '')})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', WISH_IT_HAD_FINISHED_ME)]],
  [unless(String.raw`\b(?:go|goes|went|gone|going) for me\b`, String.raw`\b(?:appointments?|appointment|the interview|the jobcentre|the job centre|the shops|the shopping|my prescription|on my behalf|instead of me|in my place|signs? for me|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'abuse or violence', GOES_FOR_ME)]],
  [unless(String.raw`\b(?:curfew|locked out|shut|locked|let me)\b`, LOCKED_OUT_OF_A_SITE), [group('crisis', 'no safe place, food or power tonight', LOCKED_OUT_TONIGHT)]],
  [unless(String.raw`\b(?:knockback|knock back|rejection|no|bad news|turned down|knocked back)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'drinking or drugs to cope', OFFY_AFTER_A_KNOCKBACK)]],
  [unless(String.raw`\b(?:house|housing|accommodation|quarters|flat|cottage|left in)\b`, String.raw`\b(?:holiday|airbnb|rental car|hire car|lease car|moving to|moving into|bought|buying|new place|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'may lose their home', TIED_HOUSE_GOING)]],
  [unless(String.raw`\bat\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'joked about hurting someone', THROWN_AT_SOMEONE)]],
] as const;
