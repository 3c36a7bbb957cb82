// Read from the two-hundred-and-twenty-second split (single dads and parents of teenagers; late-night
// streams) and the two-hundred-and-twenty-third (graduates' ironic humour; understatement), each
// measured once fresh and then read. Plain forms that had rested on the models alone, and were lost
// when the message said more: "wishing i was dead" after what someone said; "rather not have woken
// up" after "bit of a rough week"; "nowhere to sleep tonight" after "bit of an awkward one"; "painless
// ways to die" in a search history beside job searches. And: a letter for a birthday "in case i am
// not there"; videos recorded for the kids "to watch later"; burning oneself "not by accident"; going
// without as a punishment "and worse stuff"; hit by a car "would be relieved"; a place where "nobody
// walks there that early"; a thing given away "i just will not need it"; "a slip. with the blade"; a
// threat meant, "fr fr no cap". Normalised words ("i am", "do not", "for real").
import { pattern } from '../riskPatterns.ts';
import { group, SOMEONE_ELSE_OR_A_STORY, SOMEONE_ELSE_SAID, STORIES_AND_GAMES, unless } from './wholeMessageSets.ts';

const A_STORY = String.raw`\b(?:${STORIES_AND_GAMES}|lyrics|song|singer|rapper)\b`;

// "when they said the role was filled i just sat there wishing i was dead": their words, my wish.
const WISHING_I_WAS_DEAD = [
  pattern`\b(?:wishing|wished|wishin) (?:that )?i (?:was|were|could be|could just be) dead\b`,
  pattern`\b(?:i (?:would|had)|id) (?:rather|sooner) not (?:have (?:woken|woke|waken) up|(?:woken|woke) up|wake up (?:at all|again|ever|ever again))\b`,
];

// "bit of an awkward one, but i do not have anywhere to sleep tonight".
const NOWHERE_TO_SLEEP_TONIGHT = [
  pattern`\b(?:i|we|me and the kids|me and my kids) (?:do not|did not|will not|have not got|have not|am not going to) (?:have )?(?:anywhere|any where|a place|somewhere|a bed|a roof) (?:to (?:sleep|stay|go|kip|crash) )?(?:tonight|for tonight|this evening)\b`,
];

// "my search history is just painless ways to die and entry level jobs near me".
const SEARCHED_A_WAY = [
  pattern`\b(?:search history|searches|searched|searching|googled|googling|looked up|looking up|been reading up on|reading up on)\b.*\b(?:painless|quick|quickest|easy|easiest|peaceful|best|surest) (?:ways?|methods?) (?:to|of) (?:die|dying|end it|go|kill myself|end my life)\b`,
];

// "wrote my son a letter for his 18th, in case i am not there for it"; "recorded some videos on my
// phone for the kids to watch later on".
const FOR_WHEN_I_AM_NOT_THERE = [
  pattern`\b(?:letter|letters|card|cards|video|videos|message|messages|note|notes)\b.*\bin ?case i (?:am not|will not be|might not be|may not be|am no longer) (?:there|here|around) (?:for it|for (?:his|her|their|the) (?:birthday|18th|21st|wedding|graduation|big day))\b`,
  pattern`\brecorded (?:some |a few |a couple of |loads of )?(?:videos?|messages?|voice notes?)\b(?: \w+){0,4}? for (?:the|my) (?:kids|children|son|daughter|boys|girls|little ones|family) to (?:watch|have|listen to) (?:later|later on|one day|after|when (?:they|she|he) (?:is|are) (?:older|grown|grown up|big)|when (?:they|she|he) (?:grow|grows) up)\b`,
];
const RECORDED_EVERYDAY = String.raw`\b(?:cartoons?|films?|movies?|tv|telly|programme|show|shows|netflix|match|football|concert|nativity|school play|holiday|birthday party|download\w*|cv|interview practice|video cv)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "been burning myself with the iron and not by accident".
const ON_PURPOSE = [
  pattern`\b(?:burning|burnt|burned|burn|cutting|cut|hitting|hit|scratching|scratched|scalding|scalded|bruising|bruised) (?:myself|my arms?|my legs?|my wrists?|my skin)\b.*\b(?:not by accident|not an accident|(?<!not )on purpose|(?<!not )deliberately|(?<!not )meant to)\b`,
];

// "i do not eat for days as a punishment when i do not get through to interview, and worse stuff too".
const PUNISHMENT_AND_WORSE = [
  pattern`\b(?:as a punishment|to punish myself|punishing myself|punish myself)\b.*\b(?:and )?worse (?:stuff|things)(?: too| as well)?\b`,
];

// "if i got hit by a car on the way to the interview at least i would not have to go, genuinely would be relieved".
const HIT_AND_RELIEVED = [
  pattern`\bif i (?:got|get|was|were) (?:hit|run over|knocked (?:over|down|off)|killed)\b.*\b(?:(?:i )?would (?:genuinely |honestly |actually |really )?be (?:relieved|glad|happy|grateful|fine with it)|(?:genuinely|honestly) relieved)\b`,
];

// "plan is the cliff path tomorrow at sunrise, nobody walks there that early".
const NOBODY_THERE_THAT_EARLY = [
  pattern`\b(?:cliff|cliffs|bridge|viaduct|railway|tracks|level crossing|quarry|reservoir|pier|harbour wall|multi storey|car park roof|roof|woods|river)\b.*\b(?:nobody|no one|noone) (?:walks|goes|is|will be|comes|would be|walks about) (?:there|up there|down there|about|around) (?:that early|at that time|at that hour|then|at night|before (?:six|6|dawn|sunrise))\b`,
];
const NOBODY_THERE_EVERYDAY = String.raw`\b(?:dog|dogs|walk the dog|walking the dog|run|running|jog\w*|photos?|photograph\w*|sunrise shot|fishing|birdwatch\w*|swim\w*|surf\w*|quiet walk|peace and quiet|meditat\w*|shift|delivery|deliveries|litter pick\w*|security|patrol)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "gave away my gaming pc to my cousin. he was shocked lol. i just will not need it".
const WILL_NOT_NEED_IT = [
  pattern`\b(?:gave|given|giving|give) (?:away )?(?:my|all my)\b.*\bi (?:just )?(?:will not|do not|am not going to|would not) (?:need|be needing|be using) (?:it|them|any of it)(?: any ?more| now| where i am going)?$`,
];
// A gaming pc is a thing given away: games are not the story here.
const WILL_NOT_NEED_EVERYDAY = String.raw`\b(?:new one|upgrad\w*|bought|buying|got a new|moving|move|uni|university|college|abroad|travel\w*|downsiz\w*|declutter\w*|outgrown|grown out|too small|too big|broken|sold|selling|spare|old one|laptop from work|work laptop|character|film|movie|novel|episode)\b|${SOMEONE_ELSE_SAID}`;

// "had a bit of a slip. with the blade. it is fine it is covered".
const SLIP_WITH_THE_BLADE = [
  pattern`\b(?:slip|slipped|slip up|relapse|relapsed|setback|bad night)\b.*\b(?:with the |with a |the )?(?:blade|blades|razor|razors|sharpener)\b`,
];
const SLIP_EVERYDAY = String.raw`\b(?:kitchen|cooking|chef|chopping|shav\w*|beard|legs|plaster\w*|lawn ?mower|mower|strimmer|saw|stanley|box cutter|boxes|warehouse|ice|icy|wet floor|skates?|skating|snow|ski\w*)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "gonna run over the recruiter who ghosted me fr fr no cap": a threat said to be meant is not a joke.
const MEANT = String.raw`\b(?:not (?:even )?(?:joking|kidding|jk|messing)|no joke|i mean it|i am (?:dead |deadly )?serious|deadly serious|dead serious|for real for real|no cap|deadass|on my life|no word of a lie)\b`;
const THREAT_MEANT = [
  pattern`\b(?:going to|will|want to|about to) (?:run over|run down|stab|batter|knock out|beat up|murder|strangle|shoot|glass|knife|smash (?:his|her|their) face in|kill|hurt|deck|bottle|slash)\b (?:(?:the|that|this|my|his|her|their|every|next) (?:\w+ )?(?:manager|boss|supervisor|recruiter|interviewer|landlord|neighbour|ex|partner|husband|wife|boyfriend|girlfriend|dad|mum|brother|sister|teacher|worker|adviser|advisor|coach|guy|man|woman|lad|lads|bloke|girl|fella|idiot|prick|cow|guard|officer|copper|screw|kid|kids|people|customer|client|agent|staff|team leader|one)|him|them|whoever)\b`,
];
const THREAT_MEANT_EVERYDAY = String.raw`\b(?:i (?:would|will) never|not (?:going|gonna) to|obviously (?:not|joking)|game|gaming|fortnite|cod|fifa|zombies?|boss level|printer|computer|laptop|phone|wifi|traffic|bus|train|deadline|exam|interview questions?|workout|gym|this cv|my cv)\b|${A_STORY}`;

export const TWO_HUNDRED_AND_TWENTY_SECOND_AND_THIRD_WHOLE_SETS = [
  // Someone else's words ("when they said the role was filled") are the cause here, not the story: only a story shuts it.
  [unless(String.raw`\b(?:dead|woken|woke|wake|waken)\b`, String.raw`\b(?:cringe|cringey|cringy|embarrass\w*|mortif\w*|awkward|ground to swallow me|so red)\b|${A_STORY}`), [group('crisis', 'wishes to be dead', WISHING_I_WAS_DEAD)]],
  [unless(String.raw`\b(?:tonight|this evening)\b`, A_STORY), [group('crisis', 'no safe place, food or power tonight', NOWHERE_TO_SLEEP_TONIGHT)]],
  [unless(String.raw`\b(?:ways?|methods?)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'thinking about a way to end their life', SEARCHED_A_WAY)]],
  [unless(String.raw`\b(?:in ?case|recorded)\b`, RECORDED_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', FOR_WHEN_I_AM_NOT_THERE)]],
  [unless(String.raw`\b(?:accident|purpose|deliberately|meant to)\b`, String.raw`\b(?:clumsy|obviously not|not on purpose|not deliberately)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'self-harm', ON_PURPOSE)]],
  [unless(String.raw`\bworse\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'self-harm', PUNISHMENT_AND_WORSE)]],
  [unless(String.raw`\bif i\b`, String.raw`\b(?:insurance|claim|compensation|payout|day off|time off|sick pay|fine|fined|bill|bills|charge|tax|parking|ticket|penalty|sanction\w*|overdraft|traffic|rain|storm|snow|cold|flu|bug|covid)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', HIT_AND_RELIEVED)]],
  [unless(String.raw`\b(?:nobody|no one|noone)\b`, NOBODY_THERE_EVERYDAY), [group('crisis', 'a plan to end their life', NOBODY_THERE_THAT_EARLY)]],
  [unless(String.raw`\b(?:need|needing|using)\b`, WILL_NOT_NEED_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', WILL_NOT_NEED_IT)]],
  [unless(String.raw`\b(?:blade|blades|razor|razors|sharpener)\b`, SLIP_EVERYDAY), [group('crisis', 'self-harm', SLIP_WITH_THE_BLADE)]],
  [unless(MEANT, THREAT_MEANT_EVERYDAY), [group('crisis', 'harm to someone else', THREAT_MEANT)]],
] as const;
