// Read from the two-hundred-and-thirty-fourth split (low literacy, spelling as said: 96.8% crisis
// fresh) and the two-hundred-and-thirty-seventh (young people leaving care or prison, sofa-surfing:
// 94.2% fresh). Most of the 234th's misses were spellings ("sumfin", "thort", "agen", "finkin", "i
// wont to"), left to the models: teaching them to risk/normalise.ts retrains both models, and the
// retraining alone moved the never-read readings more than any rule. The kinds: the day chosen because a
// parent died on it; which bridge they would use; the day the key worker is off, "thats when"; the
// night before a court date; buying what they need and doing it at the flat; doing it in the bath
// once a brother is at school; "aint gonna be here for it"; not making it to the month's end "by
// choice"; taking themself out, "no point"; not caring about waking up; all their money taken "for rent"; a partner telling the
// work coach they are sick; "he doesnt like me on my phone", with a sorry; headbutting a wall
// because it helps. Normalised words ("do not", "i will", "am not" for "aint").
import { pattern } from '../riskPatterns.ts';
import { group, SOMEONE_ELSE_OR_A_STORY, STORIES_AND_GAMES, unless, WEEKDAY } from './wholeMessageSets.ts';

const A_DAY_CHOSEN = [
  pattern`\bthat is (?:the|my) day\b.*\b(?:the day|when) (?:my |our )?(?:dad|mum|father|mother|nan|gran|grandad|brother|sister|son|daughter|wife|husband|partner|friend|best friend)\w* (?:died|passed|passed away|was killed|killed (?:himself|herself))\b`,
  pattern`\b(?:when|once) (?:my|the) (?:key worker|support worker|social worker|worker|carer|staff|mum|dad|partner|flatmate|foster \w+)s? (?:is|are) (?:off|out|away|not (?:in|here|around|working))\b.*\bthat is when\b`,
  pattern`\b(?:i will|ill) do it (?:the|on the) (?:night|day|morning) (?:before|after|of) (?:my|the) (?:court|sentencing|hearing|trial|eviction)\b`,
  pattern`\b(?:buy|get|got|getting|buying) (?:what|everything|all) i need and (?:then )?do it\b`,
  pattern`\b(?:once|when|after|while)\b.*\b(?:i will|ill) do it in the (?:bath|bathroom|garage|woods|park)\b`,
];
// A day for a task: "ill do it the night before my court date" is also how a statement gets written.
const TASK_EVERYDAY = String.raw`\b(?:cv|form|forms|letter|application|statement|paperwork|washing|ironing|shopping|homework|revision|course|interview|tidy|tidying|clean|cleaning|hair|nails|laundry|dishes|tea|dinner|birthday|party)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const WHICH_BRIDGE = [
  pattern`\bi (?:know|have picked|have chosen|have found|have worked out|picked|chose) (?:which|what|the) (?:bridge|building|car park|multi storey|cliff|rope|tree|train|line|station|tablets|pills|spot|place) (?:i would|i will|i am going to|to) (?:use|go to|jump from|do it)\b`,
];

const NOT_HERE_FOR_IT = [
  pattern`\bam not going to be (?:here|around|about|alive) (?:for it|to see it|for that|by then|much longer|come (?:${WEEKDAY}|christmas|the weekend))\b`,
  pattern`\bnot going to make it (?:to|past|through)\b.*\b(?:by choice|my choice|on purpose|my decision|i have decided|decided)\b`,
  pattern`\b(?:going to|will|want to|thinking of|might|gonna) take myself out\b(?! (?:for|to|of|on|shopping|somewhere|with|tonight for)\b)(?=.*\b(?:no point|pointless|what is the point|done with|bye|goodbye|for good)\b)`,
];
const NOT_HERE_EVERYDAY = String.raw`\b(?:holiday|away|abroad|moving|move|moved|visiting|festival|camping|working away|on leave|hospital for|op|operation)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "dont care about the cv. dont care about waking up either"
const NOT_CARING_TO_WAKE = [
  pattern`\b(?:do not|does not) (?:care|mind|bother) (?:about|if i|whether i|if i am) (?:waking up|wake up|wake|living|being alive|alive|dying|living or dying|here or not)\b(?! (?:early|late|at|for|in time|on time|to|with)\b)`,
];
const WAKING_EVERYDAY = String.raw`\b(?:alarm|early|shift|shifts|lie in|weekend|baby|kids|school run|night shift|nights)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const MONEY_AND_WORD_TAKEN = [
  pattern`\b(?:he|she|they|the (?:guy|man|woman|lad|bloke|girl) i am staying with|my (?:\w+ )?(?:partner|boyfriend|girlfriend|husband|wife|landlord|flatmate|mate|friend|uncle|cousin)) (?:takes|took|has|keeps) all my (?:money|wages|pay|benefits|uc|universal credit|cash)\b.*\b(?:never (?:even )?see (?:it|a penny|any of it)|do not (?:even )?see (?:it|a penny|any of it))\b`,
  pattern`\b(?:he|she|my (?:partner|boyfriend|girlfriend|husband|wife)) (?:told|tells|rang|rings|texted|texts|emailed|emails|messaged) (?:my |the )?(?:work coach|adviser|advisor|boss|work|job centre|jobcentre|doctor|college|manager) (?:that )?i (?:was|am|were) (?:sick|ill|not well|unwell|busy|away|not coming)\b(?=.*\b(?:so i|so that i|to stop me|(?:he|she) does that|always does|again)\b)`,
  pattern`\bsorry\b.*\b(?:he|she) (?:does not|do not) like me (?:on|using|texting on|being on) (?:my|the) phone\b`,
];
// Their doings are said in their words ("she texted my work coach"): someone else's saying does not shut these, only a story.
const MONEY_EVERYDAY = String.raw`\b(?:we agreed|i asked|appointee|pocket money|savings account|(?:saves|saving|saved|save) it for me|looking after it|budget\w*|${STORIES_AND_GAMES})\b`;

const WALL_HELPS = [
  pattern`\b(?:headbutt(?:ed|ing|s)?|punch(?:ed|ing|es)?|smash(?:ed|ing|es)?|bang(?:ed|ing|s)? my head (?:against|on|off|into)) (?:the |a )?(?:wall|door|mirror|window)\b.*\b(?:helps|helped|calms me|release|feel better|only thing|for a sec|for a second|takes the edge off)\b`,
];

export const TWO_HUNDRED_AND_THIRTY_FOURTH_AND_SEVENTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:that is (?:the|my) day|that is when|do it)\b`, TASK_EVERYDAY), [group('crisis', 'a plan to end their life', A_DAY_CHOSEN)]],
  [unless(String.raw`\b(?:use|go to|jump from|do it)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'thinking about a way to end their life', WHICH_BRIDGE)]],
  [unless(String.raw`\b(?:be (?:here|around|about|alive)|make it|take myself out)\b`, NOT_HERE_EVERYDAY), [group('crisis', 'intends to end their life', NOT_HERE_FOR_IT)]],
  [unless(String.raw`\b(?:care|mind|bother)\b`, WAKING_EVERYDAY), [group('crisis', 'wishes to be dead', NOT_CARING_TO_WAKE)]],
  [unless(String.raw`\b(?:all my|told|tells|rang|rings|texted|texts|emailed|emails|messaged|like me)\b`, MONEY_EVERYDAY), [group('crisis', 'coercive control', MONEY_AND_WORD_TAKEN)]],
  [unless(String.raw`\b(?:wall|door|mirror|window)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'self-harm', WALL_HELPS)]],
] as const;
