// The kinds the hundred-and-sixty-fifth blind split (armed-forces veterans, people out of prison or
// on probation, their partners; terse, slang, long rants) found missed, written as general forms.
// Crisis: thrown through a door or a window by someone ("he put me through the glass door"); rung
// over and over and accused of cheating; being dead as the one good thing; reading which bridges or
// car parks have no nets, barriers or signs; a drive out with no drive back; going to join friends
// or a brother who died; a date that is "my day", the same as a friend's; made to do things to keep
// a room; setting fire to someone's car or home; letters left so the children have something after.
// Concern: a drug's street name to get through shifts; a bottle as the only thing that shuts it up;
// flat as a pancake, not feeling myself; "ill finish him next time lol".
// Look-alikes of our own are in test/domain/riskHundredAndSixtyFifthForms.test.ts. Normalised words
// ("i am" for "I'm", "do not" for "don't", "friends" for "mates").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

const SOMEONE = String.raw`(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|brother|sister|son|daughter|fella|missus|mrs|other half|landlord|flatmate|housemate)|the (?:bloke|lad|man|woman|guy|lads|men))`;

// --- Crisis: abuse and control ----------------------------------------------------------------------
const THROWN_THROUGH = pattern`\b${SOMEONE} (?:\w+ )?(?:put|threw|thrown|throws|pushed|pushes|shoved|shoves|slammed|slams|smashed|smashes|chucked|chucks|flung|knocked|dragged|drags) me (?:through|into|against|down|across|over|out of) (?:the|a|my|our) (?:\w+ )?(?:door|doors|window|windows|wall|walls|table|stairs|floor|radiator|ground|fence|cupboard|mirror|tv|telly|cabinet|car|bath)\b`;
const RUNG_AND_ACCUSED = pattern`^(?=.*\b${SOMEONE} (?:\w+ )?(?:rings|calls|phones|texts|messages|facetimes|video calls|rang|called|phoned|texted) me (?:\d+|twenty|thirty|forty|fifty|sixty|a hundred|loads of|dozens of|non ?stop|constantly|all day|all night|every hour|every (?:\d+|ten|five|twenty) minutes)\b)(?=.*\b(?:accus\w* me|cheating|where i am|who i am with|who i am talking to|what i am doing|check(?:ing|s)? (?:up )?on me|to check|prove)\b)`;
const KEEP_MY_ROOM = pattern`\b(?:makes?|made|making|gets?|got) me (?:do|to do) (?:things|stuff|favours|bits|sexual things|sex stuff)(?: for (?:him|her|them))?(?: (?:i|that i) do not want to)?\b(?: \w+){0,3}? (?:(?:to|so i can|so i could|or i|or else|if i want to) (?:keep|stay|have|get|lose|sleep in|pay for)|for|in return for|instead of) (?:my |the |a )?(?:room|bed|place|roof|rent|sofa|couch|space|spot|stay|keys)\b`;
const ABUSE_OUT = String.raw`\b(?:${LAUGH}|football|rugby|match|training|gym|sparring|boxing|wrestling|stunt|kids|toddler|dog|puppy|removal|moving|furniture)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// --- Crisis: a wish, a way, a plan, getting ready ----------------------------------------------------
const DEAD_IS_GOOD = pattern`\b(?:the only thing|one thing|only thing|all) (?:that |which )?(?:sounds|seems|feels|looks) (?:\w+ )?(?:good|nice|appealing|tempting|peaceful|right|like a relief)\b(?: \w+){0,3}? is (?:being dead|to be dead|not being here|not being alive|not waking up|dying)\b`;
const UNGUARDED_PLACES = pattern`\b(?:which|what|where|the) (?:\w+ )?(?:bridges?|car parks?|multi storeys?|flyovers?|cliffs?|tower blocks?|buildings?|roofs?|level crossings?|viaducts?)\b(?: \w+){0,4}? (?:do not|does not|have no|has no|with no|without|have not got|has not got|got no) (?:\w+ ){0,2}?(?:nets?|barriers?|fences?|railings?|signs?|samaritans signs?|cameras?|cctv|guards?|staff|grilles?|mesh)\b`;
const UNGUARDED_OUT = String.raw`\b(?:ticket|tickets|fare|fares|dog|kids|children|pram|buggy|wheelchair|bike|cycling|cyclists|health and safety|risk assessment|council|report|complain|complaint|job|work|site|survey|inspect\w*|install\w*|fitting|fit them|scaffold\w*)\b|${SOMEONE_ELSE_OR_A_STORY}`;
const ONE_WAY_DRIVE = pattern`^(?=.*\b(?:driving|drive|going|heading|walking|taking the car|taking the van|getting the train|hiking) (?:up |out |down |off )?(?:to|up|out to|down to|into) (?:the )?\w+)(?=.*\b(?:and|but) (?:i am|i will|i will be) not (?:driving|walking|coming|cycling|riding|sailing|hiking|getting the train|getting a train|taking the car) (?:back|home)(?: again)?\b(?! (?:till|until|before|after|on|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|tonight|for|because|as|so|since|it is|the same)\b))`;
const ONE_WAY_OUT = String.raw`\b(?:staying|stay|stopping over|sleep over|sleeping over|overnight|hotel|b and b|airbnb|caravan|camping|tent|moving|move|moved|new job|new flat|lift back|lift home|train back|train home|the train|bus back|bus home|coach back|flying back|fly back|flight back|get a lift|getting a lift|picking me up|pick me up|dropping me|one way ticket|festival|holiday|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;
const JOIN_THE_DEAD = pattern`\b(?:go and |going to |want to |ready to |time to |about to |off to |soon )?(?:join|be with) (?:my |the )?(?:friends|friend|brothers|brother|lads|oppos?|comrades|boys|wife|husband|son|daughter|mum|dad|family) (?:from|in|who|that|up|upstairs|on the other side)\b(?: \w+){0,3}? (?:regiment|battalion|platoon|unit|squad|section|company|tour|army|did not come back|never came back|died|passed|are gone|went before|upstairs|above|in the sky|other side|in heaven)\b`;
const JOIN_OUT = String.raw`\b(?:reunion|parade|remembrance|march|marching|pub|drink|drinks|event|dinner|curry|club|association|british legion|legion|charity|walk|run|trip|holiday|weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|next week|for a|facebook|whatsapp|group chat|${LAUGH})\b`;
const MY_DAY = pattern`^(?=.*\b(?:anniversary|a year since|years since|a year to the day|same day)\b)(?=.*\b(?:that is|that will be|it will be|it is|will be) (?:my|the) day\b(?! (?:off|out|to|for|of|at|in|with|shift)\b))`;
const MY_DAY_OUT = String.raw`\b(?:wedding|birthday party|party|celebrat\w*|cake|anniversary do|meal|dinner|restaurant|${LAUGH})\b`;
const SOMETHING_FOR_AFTER = pattern`\bso (?:(?:they|she|he|the kids|my kids|the boys|the girls|my son|my daughter|my boy|my girl|my family|my mum|my wife|my husband) (?:have|has|have got|has got|will have|got|can have)|theyve got|theyve|shes got|hes got) (?:something|a letter|letters|a note|a video|a message|a recording) (?:from me |to remember me(?: by)? |of me |to keep )?(?:after|for after|when i am gone|when i am not here|once i am gone|afterwards|for when i am gone|when i am not around)\b`;
const AFTER_OUT = String.raw`\b(?:christmas|birthday|holiday|deployment|deployed|tour|away|working away|offshore|prison|sentence|inside|rehab|hospital|operation|op|surgery|exam|school|while i am|until i am back|${LAUGH})\b`;
const TORCHING = pattern`\b(?:i am|i will|going to|i am going to|about to|gonna) (?:\w+ )?(?:torch|torching|set fire to|setting fire to|burn|burning|petrol bomb|petrol bombing|firebomb|firebombing) (?:his|her|their|the neighbours?|that \w+s) (?:car|van|house|flat|shop|door|front door|garden|shed|bike|motor|gaff|place|business)\b`;
const TORCHING_OUT = String.raw`\b(?:${LAUGH}|bonfire|bbq|barbecue|calories|rubbish|leaves|garden waste|incinerator|fire pit|game|gta|film|movie|joke|jokes|joking|not really|obviously not|i wish)\b`;

// --- Concern ------------------------------------------------------------------------------------------
const STREET_DRUGS = String.raw`(?:sniff|coke|charlie|gear|ket|ketamine|speed|whizz|spice|mamba|weed|spliffs?|joints?|pills|valium|vallies|xanax|benzos|lines|bag|bags|crack|smack|nos|balloons|downers|uppers)`;
const DRUGS_TO_GET_THROUGH = pattern`\b(?:doing|done|taking|having|on|using|been on|bit of|a bit of|some) (?:a bit of |a few |some |the )?${STREET_DRUGS}\b(?: \w+){0,3}? (?:to|so i can|just to|so i could) (?:get through|cope|get by|keep going|keep up|stay awake|stay up|get to sleep|sleep|function|numb|forget|face|deal with|handle|survive)\b`;
const DRUGS_OUT = String.raw`\b(?:prescribed|prescription|doctor|gp|tested|drug test|testing|clinic|counsellor|worker|used to|years ago|not any more|not anymore|stopped|clean|sober|recovery|sniffer dog|sniffer dogs|cold|flu|hay fever|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;
const BOTTLE_SHUTS_IT_UP = pattern`^(?=.*\b(?:bottle|bottles|cans|crate|rum|vodka|whisky|whiskey|gin|wine|cider|lager|beer|brandy|booze|drink|drinking)\b)(?=.*\bonly thing (?:that |which )?(?:shuts (?:it|them|my head|the noise) up|stops (?:it|them|the thoughts|the noise|my head)|quiets|quietens|helps|works|numbs|knocks me out|gets me to sleep|switches (?:it|my head) off|takes the edge off)\b)`;
const NOT_MYSELF = pattern`\b(?:not (?:been |feeling |felt |like )*myself|flat as a pancake|not feeling like me)\b(?! (?:at all )?(?:with|about) (?:the|my|this|that) (?:job|course|cv|form))`;
const NOT_MYSELF_OUT = String.raw`\b(?:tyre|tyres|tire|tires|hair|chest|pancake day|pancakes|cold|flu|bug|covid|virus|hangover|hungover|tummy|stomach|sick|poorly|tooth|toothache|headache|migraine|period|jet lag|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;
const FINISH_HIM_JOKE = pattern`^(?=.*\b(?:i will|ill|i am going to|going to|gonna) finish (?:him|her|them|you|the lot of them)(?: off)?\b)(?=.*\b(?:${LAUGH}|monopoly|fifa|cards|darts|pool|snooker|chess|scrabble|uno|cluedo|board game)\b)`;

export const HUNDRED_AND_SIXTY_FIFTH_WHOLE_SETS = [
  [unless(String.raw`\bme (?:through|into|against|down|across|over|out of)\b`, ABUSE_OUT), [group('crisis', 'abuse or violence', [THROWN_THROUGH])]],
  [unless(String.raw`\b(?:accus\w* me|cheating|where i am|who i am with|who i am talking to|what i am doing|check\w*|prove)\b`, ABUSE_OUT), [group('crisis', 'coercive control', [RUNG_AND_ACCUSED])]],
  [unless(String.raw`\b(?:room|bed|place|roof|rent|sofa|couch|space|spot|stay|keys)\b`, ABUSE_OUT), [group('crisis', 'abuse or violence', [KEEP_MY_ROOM])]],
  [unless(String.raw`\b(?:being dead|to be dead|not being here|not being alive|not waking up|dying)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'wishes to be dead', [DEAD_IS_GOOD])]],
  [unless(String.raw`\b(?:nets?|barriers?|fences?|railings?|signs?|cameras?|cctv|guards?|staff|grilles?|mesh)\b`, UNGUARDED_OUT), [group('crisis', 'thinking about a way to end their life', [UNGUARDED_PLACES])]],
  [unless(String.raw`\bnot (?:driving|walking|coming|cycling|riding|sailing|hiking|getting|taking)\b`, ONE_WAY_OUT), [group('crisis', 'a plan to end their life', [ONE_WAY_DRIVE])]],
  [unless(String.raw`\b(?:join|be with)\b`, JOIN_OUT), [group('crisis', 'wishes to be dead', [JOIN_THE_DEAD])]],
  [unless(String.raw`\bmy day\b`, MY_DAY_OUT), [group('crisis', 'a plan to end their life', [MY_DAY])]],
  [unless(String.raw`\bso (?:they|theyve|she|shes|he|hes|the|my)\b`, AFTER_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [SOMETHING_FOR_AFTER])]],
  [unless(String.raw`\b(?:torch|torching|fire|burn|burning|petrol|firebomb\w*)\b`, TORCHING_OUT), [group('crisis', 'harm to someone else', [TORCHING])]],
  [unless(String.raw`\b(?:get through|cope|get by|keep going|keep up|stay awake|stay up|sleep|function|numb|forget|face|deal with|handle|survive)\b`, DRUGS_OUT), [group('concern', 'drinking or drugs to cope', [DRUGS_TO_GET_THROUGH])]],
  [unless(String.raw`\bonly thing\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'drinking or drugs to cope', [BOTTLE_SHUTS_IT_UP])]],
  [unless(String.raw`\b(?:myself|pancake|like me)\b`, NOT_MYSELF_OUT), [group('concern', 'low mood', [NOT_MYSELF])]],
  [/\bfinish\b/, [group('concern', 'joked about hurting someone', [FINISH_HIM_JOKE])]],
] as const satisfies readonly (readonly [RegExp, readonly RiskPatternGroup[]])[];
