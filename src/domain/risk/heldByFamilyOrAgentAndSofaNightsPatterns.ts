// Clients held by a family or by the one who brought them here, and nights on other people's floors.
// Crisis: praying they never wake up on a mate's settee; a bare date said as the one ("the 9th, that
// is the day", "the date is set in my head"); put out by the friend they stayed with an hour ago and
// sitting in a cafe till it shuts; out of prison today and the bed not there, getting dark; a
// marriage fixed for them that they never agreed to, or being flown abroad to wed against their
// will; owing the agent or the boss for the journey and never able to leave or pay it off; a cousin
// who follows them and reports to their father where they went.
// Concern: dreams once and now only waiting; who would employ "a gay ex offender", get real; a can
// before the shift or the interview; barely eaten all week and no appetite; a brain too full to think
// or to remember appointments; could slap the cousin who told their uncle, or bury the agent, for real.
// Each rests on two parts of the message (the act and the time, the owing and the trap, the marriage
// and the "no"), so it is read in the whole message and the classifier's training text is not
// rewritten. Look-alikes of our own are in test/domain/riskSixtyFirstForms.test.ts.
// Normalised words, as in riskPatterns.ts ("dont" is "do not", "thats" is "that is", "ex-con" is "ex con").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const LAUGH = String.raw`lol|lmao|haha|hehe|jk|joking`;

// --- Crisis -------------------------------------------------------------------------------------
const NO_WAKE = pattern`\b(?:hoping|hope|praying|pray|wishing|wish|willing)(?: that)? i (?:just |simply |finally |maybe |might |will |would |can )?(?:do not|will not|would not|never|dont) (?:ever )?(?:wake up|wake)\b(?! (?:up )?(?:so |too |really )?(?:the|my|him|her|them|anyone|everyone|early|late|till|until|before|at|in time|on time|for work|with a)\b)`;
const NOT_WAKE = String.raw`\b(?:alarm|hangover|hungover|lie in|sleep in|nap|baby|kids|neighbours|flatmate|surgery|operation|anaesthetic|anesthetic|coma|film|episode|dream|${LAUGH})\b`;

const DAY_WORD = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next \w+|this \w+)`;
const DATE_SET = pattern`^(?:so |ok |right )?(?:the )?${DAY_WORD}(?: of (?:the |next |this )?\w+)?(?: then)? (?:that is|it is|that will be|it will be) (?:the date|the day|when|the one)\b|\b(?:the|my) (?:date|day) is (?:set|fixed|picked|chosen|decided|in my head|locked in|sorted)\b(?! for\b)|\bin my head like an? (?:appointment|booking|meeting|date)\b`;
const NOT_DATE = String.raw`\b(?:wedding|nikah|engagement|interview|start|starting|court|hearing|tribunal|(?<!like an )appointment|move|moving|flight|holiday|trip|birthday|party|exam|test|results|induction|training|course|college|uni|school|term|payday|paid|pay|rent|bill|deadline|due|baby|scan|operation|surgery|dentist|gp|hospital|release|visa|home office|decision|signing|jobcentre|shift|rota|job|work|viewing|tenancy|keys|gig|concert|match|game|eid|christmas|funeral|anniversary|excited|can not wait|${LAUGH})\b`;

const OUT_NOW = pattern`(?:\b(?:kicked|threw|thrown|chucked|turfed|put|booted|locked) me|\b(?:got|been|was|get|getting) (?:kicked|thrown|chucked|turfed|booted|put)) out\b(?! of\b(?! (?:the |my |our |his |her |their )?(?:\w+s )?(?:house|home|flat|place|hostel|room|halls|caravan)\b))(?=.*\b(?:an hour ago|hours ago|just now|tonight|this evening|earlier|this afternoon|this morning|today|last night)\b)|\b(?:sat|sitting|sit|staying|waiting) in (?:\w+ ){0,3}?(?:till|until) (?:they|it) (?:close|closes|shut|shuts|lock up|locks up|kick me out|chuck me out)\b(?=.*\b(?:kicked|threw|chucked|turfed|put) me out\b|.*\b(?:nowhere|no where|sofa surf\w*|homeless|no bed)\b)`;
const NOT_OUT = String.raw`\b(?:whatsapp|group chat|discord|snapchat|facebook|bouncer|bouncers|teacher|ref|referee|festival|gig|party|rehearsal|zoom|work do|going home|back home|got home|home now|film|episode|${LAUGH})\b`;

const RELEASED_NOWHERE = pattern`\b(?:released|got out|left prison|out of prison|out of jail|discharged|let out)\b.*\b(?:fell through|is not there|was not there|are not there|has not happened|not ready|no room|cancelled|never turned up|does not exist)\b.*\b(?:nowhere|no where|getting dark|tonight|on the street|no bed|outside)\b`;
const NOT_RELEASED = String.raw`\b(?:film|series|episode|game|book|album|song|update|version|my (?:mate|friend|brother|cousin|dad|son)|his|her|${LAUGH})\b`;

const NO_CONSENT = String.raw`(?:\bi (?:did not|never|do not|have not|was not asked to|did not ever) (?:agree|want|consent|say yes|choose|get a say)|\bwithout (?:asking|telling) me\b|\bi said no\b|\bnot allowed to say no\b|\bagainst my will\b|\bi have no (?:say|choice)\b|\bnot my choice\b|\bi do not want (?:to|him|her|it)\b|\bi am scared\b|\bforc\w+)`;
const MARRIED_OFF = pattern`^(?=.*${NO_CONSENT}).*(?:\b(?:arranged|fixed|set up|planned|agreed|promised|sorted) (?:my marriage|my wedding|my nikah|a marriage for me|a husband for me|a wife for me|for me to marry|me to (?:a|my|some) \w+)|\b(?:taking|sending|send|take|flying|fly|ship|shipping) me (?:back )?(?:to \w+|home|abroad|back home|over there)\b.*\b(?:marry|married|marriage|wedding|nikah|engaged)\b)`;
const NOT_MARRIED = String.raw`\b(?:film|drama|book|novel|documentary|bollywood|series|episode|story|play|my friend|my sister|my cousin is|a girl|her parents|his parents|happy|excited|love him|love her|cousins wedding|sisters wedding|brothers wedding|${LAUGH})\b`;

const OWING = String.raw`(?:\b(?:i|we) (?:still )?owe (?:him|her|them|the (?:agent|boss|man|men|gang|agency|driver|people|family|farmer)|my (?:boss|employer|agent))\b|\bfor the debt\b|\bpaying off (?:my|the|our) (?:debt|journey|travel|passage)\b|\bfor (?:bringing|getting) (?:me|us) (?:here|over|to)\b|\bwhat (?:i|we) owe (?:him|her|them)?\s?for (?:bringing|getting|the)\b)`;
const HELD_BY_DEBT = pattern`^(?=.*${OWING}).*(?:\b(?:can not|can never|cannot|never|not allowed to|will not let (?:me|us)) (?:ever )?(?:leave|quit|get out|be free|finish|clear it|pay it off)\b|\b(?:keeps|keep|takes|take|holds|has) (?:all )?(?:my|our) (?:wages|pay|money|passport|papers|documents)\b|\b(?:does not|do not|never|will not) pay (?:me|us)\b|\bpays? (?:me|us) (?:nothing|hardly anything|barely anything|not enough|too little)\b|\b(?:get|getting|got) (?:nothing|no money|no pay|paid nothing)\b|\b(?:do not|never) get paid\b|\b(?:till|until) (?:it is|the debt is|i have|we have) (?:paid|cleared|paid off|worked it off)\b)`;
const NOT_DEBT = String.raw`\b(?:student loan|credit card|bank|overdraft|council tax|arrears|mortgage|catalogue|klarna|contract|notice|training costs|course fees|tenner|fiver|quid|pint|round|lunch|coffee|favour|apology|answer|bet|game|${LAUGH})\b`;

const WATCHED = pattern`\b(?:follows|follow|followed|waits outside|wait outside|waited outside|watches|watching|spies on|spying on|keeps tabs on|tracks|times) (?:me|where i go|everything i do|how long i)\b.*\b(?:reports?|reporting|tells|telling|told|grasses) (?:back )?(?:to )?(?:my |the )(?:father|dad|family|husband|brothers?|uncle|parents|in laws|mother in law|elders)\b|\breports? (?:back )?on me to (?:my |the )(?:father|dad|family|husband|brothers?|uncle|parents|in laws|elders)\b`;
const NOT_WATCHED = String.raw`\b(?:little brother|little sister|younger|toddler|baby|kid|son|daughter|probation|tag|officer|police|teacher|manager|boss|supervisor|tutor|snitch|game|film|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const USED_TO_PLAN = pattern`(?:^|\bi )(?:used to have|use to have|once had|had) (?:plans|dreams|goals|hopes|ambitions|a future|things to look forward to)(?: planned| planned out| mapped out| once| before| back then| for myself| for my life)? (?:but |and )?(?:now|these days|nowadays)(?: i)? (?:\w+ ){0,2}?(?:just|only|nothing|wait|waiting|sit|exist|existing|survive|gone|none|do not|can not|no)\b`;
const NOT_PLAN = String.raw`\b(?:new|better|bigger|excited|again|back on track|getting there|sorted|today|tonight|weekend|party|holiday|rain|cancelled|${LAUGH})\b`;

const WHO_HIRES = pattern`\bwho (?:would|is going to|will|is ever going to|would ever|would actually|the hell would|in their right mind would) (?:want to |wanna )?(?:hire|employ|take on|give a job to|take a chance on|rent to|want|date|love) (?:a|an|some) (?:\w+ ){0,3}?(?:ex con|ex offender|ex prisoner|convict|criminal|junkie|addict|alcoholic|failure|loser|mess|nobody|dropout|freak|weirdo|care leaver|with a record|with no papers|with my record|with my history)\b`;
const NOT_HIRES = String.raw`\b(?:companies|company|employers|firms|scheme|schemes|list|which|any|know|recommend|charity|charities|ban the box|advice|tips|how do|how can|disclose|tell them|film|show|${LAUGH})\b`;

const DRINK_BEFORE = pattern`${NOT_BEFORE}\b(?:had|have|having|need|needed|needing|necked|downed|took|take|taking|sank|smoked|did) (?:a|a quick|a few|a couple of|one|two|some|a little|a cheeky|a small|a stiff) (?:drink|drinks|shot|shots|can|cans|beer|beers|pint|pints|vodka|vodkas|voddy|whisky|gin|wine|tinny|tinnies|joint|spliff|line|swig|nip)\b (?:\w+ ){0,2}?(?:before|to get through|to face|ahead of) (?:the|my|an|this|every|each) (?:interview|shift|work|appointment|meeting|jobcentre|court|probation|session|class|exam|assessment|hearing|induction|first day)\b`;
const NOT_DRINK = String.raw`\b(?:water|tea|coffee|juice|coke|pepsi|energy|lucozade|red bull|monster|smoothie|squash|hot chocolate|milk|celebrat\w*|night before|evening before|day before|wedding|dinner|meal|party|christmas do|work do|leaving do|${LAUGH})\b`;

const NOT_EATEN = pattern`(?:^|\bi have |\bi |\bhave |\bbeen )(?:hardly|barely|not really|scarcely) (?:eaten|eating|ate|eat)\b(?: (?:anything|a thing|properly|much|at all))?(?: (?:this week|all week|for days|in days|in \d+ days|for a week|in a week|since \w+)\b|(?=.*\b(?:not interested|no appetite|can not face|can not be bothered|do not want to eat|no point|food makes me)\b))`;
const NOT_EATEN_WHY = String.raw`\b(?:busy|rushed|no time|fasting|ramadan|fast|diet|dieting|lent|starving|lunch break|on the go|hangover|sick bug|bug|virus|flu|tooth|teeth|dentist|braces|operation|baby|toddler|kids|son|daughter|dog|cat|${LAUGH})\b`;

const HEAD_FULL = pattern`(?:\bmy (?:head|brain|mind) is (?:so |too |just |that |completely |absolutely )?(?:full|all over the place|mush|mashed|fried|scrambled|a mess|overloaded|spinning|jammed)|\b(?:too much|too many things|so much|so many things) (?:going on )?in my head)\b(?=.*\b(?:can not|could not|cannot) (?:think|focus|concentrate|remember|function|cope|keep track)\b|.*\b(?:forgot|forgetting|keep forgetting|missed) (?:my|the|an|things|everything|appointments?)\b)`;
const NOT_HEAD = String.raw`\b(?:revision|revising|exam|exams|studying|assignment|learning|new job|training|induction|information|info|ideas|excited|buzzing|creative|hangover|hungover|cold|flu|covid|shift|long day|podcast|film|song|${LAUGH})\b`;

const WHO_OF = String.raw`(?:my (?:\w+ )?(?:sister|brother|cousin|mum|mam|dad|flatmate|housemate|roommate|mate|boss|manager|uncle|aunt|auntie|husband|wife|boyfriend|girlfriend|ex|neighbour|landlord|caseworker)|him|her|them|the (?:\w+ )?(?:guy|man|woman|lady|bloke|lad|girl|agent|boss|manager|landlord|caseworker|neighbour))`;
const COULD_SMACK = pattern`(?:^|\bi |\bill |\bid |\bhonestly |\bswear |\btbh |\bseriously )(?:(?:honestly|swear|really|actually|literally|seriously|just|could|will|would|am|going to|gonna) ){1,3}(?:smack|slap|punch|thump|deck|strangle|throttle|batter|lamp|clobber|wallop|chin) ${WHO_OF}\b(?= (?:for|if|when|because|cos|next time|one day)\b)|\b(?:i|ill|swear|gonna|going to|could) (?:\w+ ){0,3}?bury ${WHO_OF}\b(?=.*\b(?:literally|alive|for real|in the woods|where nobody|where no one|six feet)\b)`;
const NOT_SMACK = String.raw`\b(?:ball|boxing|gym|bag|pads|sparring|game|match|lips|halls|clock|hatchet|funeral|ashes|grave|dog|cat|pet|hamster|film|character|player|baby|toddler|kid|son|daughter|not really|would never|wouldnt)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SIXTY_FIRST_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bwake\b`, NOT_WAKE), [group('crisis', 'wishes to be dead', [NO_WAKE])]],
  [unless(String.raw`\b(?:date|day|when|in my head)\b`, NOT_DATE), [group('crisis', 'a plan to end their life', [DATE_SET])]],
  [unless(String.raw`\bout\b|\b(?:till|until) (?:they|it)\b`, NOT_OUT), [group('crisis', 'no safe place, food or power tonight', [OUT_NOW])]],
  [unless(String.raw`\b(?:released|got out|prison|jail|discharged|let out)\b`, NOT_RELEASED), [group('crisis', 'no safe place, food or power tonight', [RELEASED_NOWHERE])]],
  [unless(String.raw`\b(?:marr\w*|wedding|nikah|engaged)\b`, NOT_MARRIED), [group('crisis', 'coercive control', [MARRIED_OFF])]],
  [unless(String.raw`\b(?:owe|debt|bringing|getting)\b`, NOT_DEBT), [group('crisis', 'coercive control', [HELD_BY_DEBT])]],
  [unless(String.raw`\b(?:reports?|tells|telling|told|grasses)\b`, NOT_WATCHED), [group('crisis', 'coercive control', [WATCHED])]],
  [unless(String.raw`\b(?:plans|dreams|goals|hopes|ambitions|future|look forward)\b`, NOT_PLAN), [group('concern', 'hopelessness', [USED_TO_PLAN])]],
  [unless(String.raw`\bwho\b`, NOT_HIRES), [group('concern', 'feels worthless', [WHO_HIRES])]],
  [unless(String.raw`\b(?:before|get through|to face|ahead of)\b`, NOT_DRINK), [group('concern', 'drinking or drugs to cope', [DRINK_BEFORE])]],
  [unless(String.raw`\b(?:hardly|barely|not really|scarcely)\b`, NOT_EATEN_WHY), [group('concern', 'not eating or sleeping', [NOT_EATEN])]],
  [unless(String.raw`\b(?:head|brain|mind)\b`, NOT_HEAD), [group('concern', 'not coping', [HEAD_FULL])]],
  [unless(String.raw`\b(?:smack|slap|punch|thump|deck|strangle|throttle|batter|lamp|clobber|wallop|chin|bury)\b`, NOT_SMACK), [group('concern', 'joked about hurting someone', [COULD_SMACK])]],
];
