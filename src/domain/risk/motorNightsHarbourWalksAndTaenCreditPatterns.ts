// Read from the two-hundred-and-forty-eighth split (dialects of Scotland, Northern Ireland, the North
// East and the Welsh valleys, spelt as spoken, with dry humour: 90.3% crisis fresh with the second
// opinion). The words that carry the risk come in the dialect's spelling ("masel", "mesel", "ma",
// "wioot", "feart", "toppin", "dug", "telt", "naebody"), so each form here takes the standard and the
// dialect spelling alike through a small shared alternation. The kinds: a beating from a partner said
// as "getting leathered"; a night in the car with nowhere after; someone at the door shouting and the
// client scared; rather being in the ground; going in their sleep "a result"; everyone better off
// without them; "topping myself" in passing; going back to cutting; plasters for legs "my own doing";
// goodbyes nobody knows are goodbyes; the dog given away with a cover story; waiting till after a
// sister's wedding; "ill do it, only a matter of time"; the bridge or harbour after a last shift or
// when nobody will see; a parent taking all the benefit; telling him everyone they talk to. And, as
// concern, the end of their tether, expecting nothing to work out, friends all moved away, a lender
// wanting double back, robbing Peter to pay Paul, a weepy day, chucking someone off the pier as a joke.
// Normalised words ("do not" for "dinnae" and "divvent", "to" for "tae", "no" for "nae", "off" for
// "aff", "getting" for "gettin").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, STORIES_AND_GAMES, unless } from './wholeMessageSets.ts';

// The dialect spellings of the words that carry the risk, shared by the forms below.
const MY = String.raw`(?:my|ma|me|mah|mi)`;
const MYSELF = String.raw`(?:myself|masel|mysel|mesel|meself|masell|mysell|ma sel|me sel)`;
const WITHOUT = String.raw`(?:without|wioot|withoot|wi oot|wi out|wiout|wi owt)`;
const DO_NOT = String.raw`(?:do not|dinnae|dinna|divvent|dont|didnae|did not|never|no|not|nae)`;
const I = String.raw`(?:i|a|ah|aa)`;
const TONIGHT = String.raw`(?:tonight|the night|the nicht|the neet|this evening|tonite)`;
// "not going to top myself", "dont panic", "id never actually do it": said, then said they would not.
const SAID_THEY_WOULD_NOT = String.raw`\b(?:not|never|wont|will not|would not)\b(?: \w+){0,3} (?:top|topp\w*|kill\w*|do (?:it|anything|owt|myself|masel|mesel)|doing (?:it|anything|myself|masel|mesel)|doin (?:it|masel|mesel)|daein (?:it|masel|mesel)|going anywhere|act on)\b|\b(?:do not|dont) (?:worry|panic)\b|\bbefore you (?:ask|panic|worry)\b|\b(?:it|that|the thought) passed\b|\bpassed (?:i am|am) not\b|\bnot (?:there|that far gone)\b|\bam not going to$`;
const PARTNER = String.raw`(?:boyfriend|girlfriend|partner|husband|wife|man|fella|fellah|missus|ex|other half|bloke)`;

const BEATEN_BY_A_PARTNER = [
  pattern`\b(?:been |getting |got |gets |get )(?:leathered|battered|skelped|belted|hammered|kicked in|knocked about|knocked aboot|slapped about|hit) (?:again )?by (?:the|${MY}) ${PARTNER}\b`,
];
const BEATEN_EVERYDAY = String.raw`\b(?:at (?:darts|pool|snooker|football|fives|five a side|fifa|cards|chess|golf|bowls|tennis|squash|quiz)|drunk|pissed|steaming|pints|rain|weather|wind|${STORIES_AND_GAMES})\b|${LAUGH}`;

const A_NIGHT_WITH_NOWHERE = [
  pattern`\b(?:sleeping|kipping|sleepin|kippin|dossing) in (?:the|${MY}) (?:motor|car|van|motor car|doorway|bus shelter|stairwell|tent) ${TONIGHT}\b.*\b(?:no|nae) (?:idea|clue|plan|where)\b`,
];
const NIGHT_EVERYDAY = String.raw`\b(?:festival|camping|holiday|trip|fishing|gig|cab|lorry|truck|road trip|for fun|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}`;

const AT_THE_DOOR_AND_SCARED = [
  pattern`\b(?:he|she|they|${MY} ${PARTNER}|${MY} (?:da|dad|stepdad|brother))(?: is| are|s)? (?:outside|ootside|at) (?:the|${MY}) (?:door|window|flat|house|hoose)\b.*\b(?:shouting|shoutin|banging|bangin|kicking|kickin|screaming|screamin|battering|hammering)\b.*\b(?:am|i am|im) (?:feart|scared|frightened|terrified|petrified|shaking|shitting it)\b(?! (?:of (?:the )?(?:dog|spiders|heights)|for (?:the|ma|my) (?:interview|exam|test)))`,
];
const DOOR_EVERYDAY = String.raw`\b(?:postie|postman|delivery|parcel|courier|ice cream|carol|carols|trick or treat|football|match|party|dog|${STORIES_AND_GAMES})\b|${LAUGH}`;

const RATHER_IN_THE_GROUND = [
  pattern`\b(?:rather|sooner) be (?:in the ground|under the ground|six feet under|in (?:the|${MY}) grave|pushing up daisies|(?:dead|deid|buried) (?:next to|beside|wi|with) (?:${MY}|our) \w+)\b`,
  pattern`\bif ${I} (?:went|died|passed|slipped away|go|went away) in (?:${MY}|the) sleep\b.*\b(?:result|blessing|relief|would not mind|wouldnt mind|would be glad|would be happy|fine by me|no bad thing|be grand|call that)\b`,
  pattern`\b(?:everybody|everyone|every body|every one|the lot of them|they|yous|you lot|${MY} family|the family|the bairns|the weans|the kids|the world|folk)(?: would| wid| wud| wad| d| will| ll)? be better (?:off|aff) ${WITHOUT} (?:me|us)\b`,
];
const GROUND_EVERYDAY = String.raw`${SAID_THEY_WOULD_NOT}|\bthan (?:wear\w*|put on|go to|sit through|listen to|watch|eat|do (?:a|an|the|that|this) (?:course|shift|interview|quiz))\b|\b(?:plant\w*|garden\w*|allotment|tatties|potatoes|bulbs|seeds|team|squad|band|choir|shift|rota|quiz|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}`;

const TOPPING_MYSELF = [
  pattern`\b(?:think|thinking|thinkin|thought|thoughts)(?: about| of| aboot| o)? (?:topp?(?:ing|in)|offing|offin|doing|doin|daein|deein) ${MYSELF}\b(?! (?:up|off|a favour|laughing|laughin|trying|tryin|with|wi|over (?:a|the|this) (?:cv|form|course)))`,
];
// A joke never lowers the client's own wish to die: no LAUGH here; saying they would not does.
const TOPPING_EVERYDAY = String.raw`\b(?:top up|topped up|topping up|credit|meter|laughing|laughin)\b|${SAID_THEY_WOULD_NOT}|${SOMEONE_ELSE_OR_A_STORY}`;

const CUTTING_AGAIN = [
  pattern`(?:^|\bi |\bi have |\bi am |\bav |\bave |\bhave |\bive )(?:went back to|gone back to|going back to|back to|started|started back|relapsed (?:with|into|on)|slipped back into) (?:cutting|cuttin|self harming|self harmin|harming ${MYSELF}|hurting ${MYSELF}|burning ${MYSELF}|cutting ${MYSELF}|cuttin ${MYSELF})\b(?! (?:hair|grass|hedges?|wood|meat|keys|glass|tiles|costs|back|down|out|up|corners|fabric|paper|the|it|them|his|her))`,
  pattern`\b(?:plasters|bandages|dressings|steri strips|gauze)\b.*\b${MY} (?:legs|arms|wrists|thighs|stomach|belly) (?:are|is) (?:a state|in a state|a mess|cut up|covered|wrecked)\b.*\b(?:${MY} own doing|did it ${MYSELF}|done it ${MYSELF}|did it to ${MYSELF}|done it to ${MYSELF}|self inflicted)\b`,
];
const CUTTING_EVERYDAY = String.raw`\b(?:barber\w*|hairdress\w*|salon|butcher\w*|joiner\w*|chef|kitchen|garden\w*|lawn|run|running|marathon|gym|hike|hiking|walk|football|bike|cycling|fell off|fell over|shav\w*|sunburn\w*|wax\w*|tattoo\w*|midges|nettles|brambles|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}`;

const GOODBYES_AND_COVER_STORIES = [
  pattern`\b(?:saying|sayin|said|been saying|been sayin) ${MY} goodbyes\b.*\b(?:(?:no|not|nae) that (?:anybody|anyone|naebody|nobody|they|any of them|folk)|(?:nobody|naebody|no one|none of them) (?:knows|kens|realises|realise|knew)|without (?:them|anyone|anybody) (?:knowing|kenning))\b`,
  pattern`\b(?:gave|given|giving|handed|left) (?:the|${MY}|our) (?:dog|dug|cat|puppy|pup|pets?|budgie|rabbit|hamster) (?:to|wi|with) (?:${MY}|a|the|our) \w+\b.*\b(?:told|telt|tellt) (?:him|her|them) (?:it was|its|it is|it was only|it is only) (?:just |only )?(?:for )?a (?:wee while|while|wee bit|few days|bit|short while|couple of days)\b`,
];
const GOODBYES_EVERYDAY = String.raw`\b(?:new (?:job|one|place|start|house|flat)|notice|resign\w*|leaving|start\w* (?:the|a|ma|my)|leaving do|retire\w*|moving|move|moved|flitting|emigrat\w*|holiday|hospital|interview|course|till|until|while i am|when i am back|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}`;

const AFTER_THEIR_DAY = [
  pattern`\b(?:after|once|till after|until after|wait till after|waiting till after) (?:${MY}|our|the) (?:\w+s |\w+ )?(?:wedding|weddin|birthday|christening|graduation|hen do|stag do|big day|exams)\b.*\b${DO_NOT} (?:want to|wanna|wantae|want tae) (?:spoil|ruin|wreck|mess up) (?:her|his|their|it|the) (?:day|wedding|weddin|birthday|big day|do)\b`,
];
const AFTER_EVERYDAY = String.raw`\b(?:start\w*|job|jobs|interview|course|training|shift|shifts|holiday|diet|gym|move|moving|cv|apply\w*|application|search\w*|quit smoking|drinking|hair|dress|speech|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}`;

const MATTER_OF_TIME = [
  pattern`\b(?:ill|i will|am going to|i am going to|going to|am gonnae|i am gonnae|gonnae|gonna) do it\b.{0,25}\b(?:just|only) a matter of time(?: now)?$`,
];
const TIME_EVERYDAY = String.raw`\b(?:cv|form|forms|letter|application|course|interview|test|exam|driving|tidy|clean|paint\w*|decorat\w*|garden|job|before|till|until|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}`;

const THE_BRIDGE_WHEN_NOBODY_SEES = [
  pattern`\b(?:going|goin|gan|gannin|ganning|heading|headin|off|away) (?:to |doon |down |doon to |down to |up |up to |oot to |out to )?the (?:bridge|harbour|pier|cliffs?|viaduct|quarry|tracks|railway|river|docks?|multi storey|edge|sea wall|crags?|reservoir|dam)\b.*\b(?:(?:after|efter) ${MY} last (?:shift|day|pay|giro|night)|(?:nobody|naebody|no one|naebodyll|nobodyll|no body)(?: will| ll|ll)? (?:see|notice|ken|know)|for the last time)\b`,
];
const BRIDGE_EVERYDAY = String.raw`\b(?:fireworks|fishing|chips|swim\w*|paddl\w*|walk the dog|dog|pint|date|kiss|snog|photos|sunset|sunrise|run|running|bike|cycle|boat|ferry|birds|seals|dolphins|${STORIES_AND_GAMES})\b|${LAUGH}|${SOMEONE_ELSE_OR_A_STORY}`;

const FAMILY_TAKES_IT_ALL = [
  pattern`\b(?:${MY}|the|our) (?:mam|mum|mother|maw|da|dad|father|paw|stepdad|stepmum|brother|sister|son|daughter|uncle|auntie|aunt|nan|gran|granny|${PARTNER}) (?:takes|taks|tak|took|keeps|has|gets|grabs) (?:all|aw|a|every penny of) (?:${MY}) (?:money|wages|pay|benefits|uc|universal credit|giro|pip|esa|cash|dole|brew money|credit)\b.*\b(?:${DO_NOT}|never) (?:even )?(?:see|get|touch) (?:a penny|a penny of it|any of it|a bean|nothing|owt|anything|a thing|a single penny)\b`,
  pattern`\b(?:i have to|i have got to|i got to|i must|i need to|he makes me|she makes me|i am made to|am made to) (?:tell|show|report to) (?:him|her) (?:everyone|everybody|every one|who|where|every person|all the people) (?:i talk|i speak|i see|i text|i message|i go|i am with|a talk|a speak|ah talk)\b`,
];
const FAMILY_EVERYDAY = String.raw`\b(?:appointee|we agreed|i asked (?:her|him|them)|pocket money|savings|(?:saves|saving|saved|save) it for me|budget\w*|probation|parole|tag|curfew|log|journal|surprise|party|${STORIES_AND_GAMES})\b|${LAUGH}`;

// Concern, said in dialect.
const TETHER_AND_NOTHING_EXPECTED = [
  pattern`(?<!\bnot )\b(?:at|reached|near|nearly at) (?:the )?end (?:of|o) ${MY} tether(?: (?:with|wi) (?:it all|it aw|everything|life|all of it|aw of it|the lot|aw this|all this)\b|$)`,
  pattern`\b(?:stopped|given up|gave up|stopped even) (?:expecting|expectin|hoping|hopin) (?:anything|owt|things|much|it) to (?:work out|get better|change|go right|go ${MY} way|improve|come good)\b`,
];
const TETHER_EVERYDAY = String.raw`\b(?:dog|puppy|bairn is|wean is|baby is|toddler|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}|${LAUGH}`;

const PALS_ALL_GONE = [
  pattern`\b(?:all|aw|a) ${MY} (?:pals|mates|friends|freends|family|folk)(?: have| are|ve)? (?:moved away|moved|gone|left|moved on|emigrated|went away|buggered off)\b.*\b(?:just me|only me|on ${MY} own|on ${MY} tod|on ${MY} lonesome|naebody|nobody)\b(?! (?:and|an|wi|with|an the|else))`,
];
const PALS_EVERYDAY = String.raw`\b(?:peace and quiet|enjoying|loving|love it|bliss|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}|${LAUGH}`;

const LENDERS_AND_PETER = [
  pattern`\b(?:lends|lent|lender|loan shark|tick man|money lender|borrowed|borrowed off|owe)\b.*\b(?:wants|wanting|expects|demands|demanding|asking for|wants it) (?:double|twice|triple|treble|it doubled|twice that) (?:back|what i borrowed)\b`,
  pattern`(?:^|\b(?:i am|am|im|i have been|been|i keep|keep|always|just|now) )robb?(?:ing|in) peter to pay paul\b`,
];
const LENDERS_EVERYDAY = String.raw`\b(?:${STORIES_AND_GAMES}|casino|poker|bet on|bets)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const A_WEEPY_DAY = [
  pattern`\b(?:had|having|another|a right) (?:a |another )?(?:weepy|teary|tearful|greetin|greeting|greety|crying|cry) (?:day|night|morning|one|week)\b`,
];
const WEEPY_EVERYDAY = String.raw`\b(?:wedding|weddin|graduation|christening|proud|happy tears|born|birth|first day at school|school play|nativity|leaving do|retire\w*|${STORIES_AND_GAMES})\b|${SOMEONE_ELSE_OR_A_STORY}|${LAUGH}`;

const CHUCKING_THEM_OFF = [
  pattern`\b(?:i am|am|ill|i will|im|i would|id|gonnae|gonna) (?:chuckin|chucking|throwing|throwin|lobbing|lobbin|hoying|hoyin|booting|bootin|pushing|pushin|launching) (?:them|him|her|yous|youse|you|the next one|the next person|somebody|someone|the lot of them|the boss) (?:off|in|into|oot|out|out of|over) (?:the|a) (?:pier|bridge|harbour|river|window|cliff|canal|sea wall|dock|balcony|roof)\b`,
];

export const TWO_HUNDRED_AND_FORTY_EIGHTH_WHOLE_SETS = [
  [unless(String.raw`\bby (?:the|my|ma|me|mah|mi) `, BEATEN_EVERYDAY), [group('crisis', 'abuse or violence', BEATEN_BY_A_PARTNER)]],
  [unless(String.raw`\b(?:motor|car|van|doorway|shelter|stairwell|tent)\b`, NIGHT_EVERYDAY), [group('crisis', 'no safe place, food or power tonight', A_NIGHT_WITH_NOWHERE)]],
  [unless(String.raw`\b(?:feart|scared|frightened|terrified|petrified|shaking|shitting it)\b`, DOOR_EVERYDAY), [group('crisis', 'abuse or violence', AT_THE_DOOR_AND_SCARED)]],
  [unless(String.raw`\b(?:rather|sooner|sleep|better (?:off|aff))\b`, GROUND_EVERYDAY), [group('crisis', 'wishes to be dead', RATHER_IN_THE_GROUND)]],
  [unless(String.raw`\b(?:${MYSELF})\b`, TOPPING_EVERYDAY), [group('crisis', 'thoughts of suicide', TOPPING_MYSELF)]],
  [unless(String.raw`\b(?:cutting|cuttin|self harm\w*|harming|hurting|burning|plasters|bandages|dressings|steri strips|gauze)\b`, CUTTING_EVERYDAY), [group('crisis', 'self-harm', CUTTING_AGAIN)]],
  [unless(String.raw`\b(?:goodbyes|told|telt|tellt)\b`, GOODBYES_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', GOODBYES_AND_COVER_STORIES)]],
  [unless(String.raw`\b(?:spoil|ruin|wreck|mess up)\b`, AFTER_EVERYDAY), [group('crisis', 'a plan to end their life', AFTER_THEIR_DAY)]],
  [unless(String.raw`\bmatter of time\b`, TIME_EVERYDAY), [group('crisis', 'intends to end their life', MATTER_OF_TIME)]],
  [unless(String.raw`\b(?:last|see|notice|ken|know)\b`, BRIDGE_EVERYDAY), [group('crisis', 'a plan to end their life', THE_BRIDGE_WHEN_NOBODY_SEES)]],
  [unless(String.raw`\b(?:all|aw|every penny|tell|show|report)\b`, FAMILY_EVERYDAY), [group('crisis', 'coercive control', FAMILY_TAKES_IT_ALL)]],
  [unless(String.raw`\b(?:tether|expecting|expectin|hoping|hopin)\b`, TETHER_EVERYDAY), [group('concern', 'not coping', TETHER_AND_NOTHING_EXPECTED.slice(0, 1)), group('concern', 'hopelessness', TETHER_AND_NOTHING_EXPECTED.slice(1))]],
  [unless(String.raw`\b(?:pals|mates|friends|freends|family|folk)\b`, PALS_EVERYDAY), [group('concern', 'feels alone', PALS_ALL_GONE)]],
  [unless(String.raw`\b(?:double|twice|triple|treble|peter)\b`, LENDERS_EVERYDAY), [group('concern', 'money worries', LENDERS_AND_PETER)]],
  [unless(String.raw`\b(?:weepy|teary|tearful|greetin|greeting|greety|crying|cry)\b`, WEEPY_EVERYDAY), [group('concern', 'low mood', A_WEEPY_DAY)]],
  [unless(String.raw`\b(?:pier|bridge|harbour|river|window|cliff|canal|sea wall|dock|balcony|roof)\b`, String.raw`\b(?:${STORIES_AND_GAMES})\b`), [group('concern', 'joked about hurting someone', CHUCKING_THEM_OFF)]],
] as const;
