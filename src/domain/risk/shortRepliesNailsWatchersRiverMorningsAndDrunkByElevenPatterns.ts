// A twenty-first set of short replies to the coach's questions (one to twelve words, text-speak and
// fragments): the risk sits in a bare answer, with the question left out. Dug my nails in till it bled;
// can't talk long, he's watching; after the school run I'm walking into the river; going in tomorrow to
// sort that woman out proper, got something for her; not coming home ever, it's all planned; I'm going
// to do it, end it. Concern: drunk and it's only 11am (a laugh with it is the point, not a way out);
// sleep's shot; low, very low.
// Short replies are also what everyday clients type (dug my nails into the soil; can't talk long, he's
// watching the match; walking into the sea for a charity dip; sort him out with a CV; got something for
// her birthday; not coming home till late; do it, end it with the agency; drunk at 2am at a wedding;
// sleep schedule shot from nights; low battery), so each set rests on the words that carry the risk
// together, several are anchored to the whole message (^...$), and each shuts on the everyday uses, on
// someone else's trouble and on fiction. None rests on a time or a "done it" alone: "tomorrow morning,
// the 8 15 train" and "tried it last month, didn't work" are also the everyday answers to "when's the
// interview?" and "have you tried the jobs board?", so they are left to the classifier.
// Crisis: dig / dug my nails in (or into my own skin) till / so hard it bled / there was blood; can't
// talk / text / reply ... he / she / they are watching / listening (over my shoulder, my phone), as the
// message's last words; I am / I'll walking / wading into the river / sea / canal (not of a dip, a swim
// or a paddle); sort him / her / that woman out proper(ly) / for good with going in / round or got
// something for her, or got something for him with a grudge (do him proper, wait for him, know where he
// lives); not coming / going home ever / for good or with it planned / decided; do it, end it (not after
// "not", not of a break-up or a contract).
// Concern: drunk / pissed / hammered and it's only 9am / 11am / not even noon (not after a night out, a
// night shift, a wedding or a holiday); a bare "sleep's shot / wrecked / all over the place"; a bare
// "low, very low" or "down so down".
// Look-alikes of our own are in test/domain/riskHundredAndThirtyFourthForms.test.ts. Normalised words
// ("i am" for "I'm", "can not" for "can't", "he is" for "he's", "going to" for "gonna", "and" for "n",
// "friend" for "mate", "honestly" for "tbh", "sleeps" for "sleep's", "it is" for "its").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|game|games|gaming|netflix|drama|play|theatre|anime|manga|fanfic`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend)s?|a friend|(?:he|she|they|he is|she is|they are)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;
const PARTNER = String.raw`(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex|hubby|missus|bf|gf|other half)`;
/** What closes a short reply without changing it. */
const CLOSE = String.raw`(?: (?:honestly|again|lately|recently|at the moment|right now|this week|these days|if i am honest|not going to lie|ngl|friend|sorry|really|too|as well|tho|though|atm))*`;

// --- Crisis: dug my nails in till there was blood -------------------------------------------------------------
// Nails dug into my own skin (or just "in"), till it bled: never into the soil, the armrest or someone else.
const NAILS_BLOOD = pattern`\b(?:dig|digs|dug|digging|sink|sank|sunk|sinking|press|pressed|pressing|stick|stuck|sticking|gouge|gouged|gouging) my (?:finger ?)?nails (?:in\b(?! (?:to )?(?:the|a|an|his|her|their|your|its|some|that|this)\b)|into (?:my|me)\b)(?:.*\b(?:till|til|until|so (?:hard|deep|much)|and|to the point)\b)?.*\b(?:blood|bled|bleed|bleeds|bleeding|draws blood|drawing blood|broke the skin|break the skin|breaks the skin|broken the skin|raw|drew blood|draw blood)\b`;
const NAILS_BLOOD_OUT = String.raw`\b(?:soil|garden|gardening|weeding|compost|plant|plants|rose|roses|thorn|thorns|armrest|steering wheel|seat|cushion|rollercoaster|roller coaster|dentist|injection|needle|jab|blood test|tattoo|labour|contraction|contractions|gel|acrylic|acrylics|manicure|nail salon|nail tech|cuticle|cuticles|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: can't talk long, he's watching ---------------------------------------------------------------------
// A short message that can't talk, text or reply because someone is watching or listening, said last.
const WATCHING_ME = pattern`^(?=(?:\w+ ){0,14}\w+$)(?=.*\b(?:can not|cannot|could not|not able to|unable to|can not really) (?:talk|talkin|text|txt|type|reply|message|call|ring|speak|chat|answer|say (?:much|more|anything)|write (?:much|more)|be on (?:here|the phone|my phone))\b)(?=.*\b(?:he|she|they|my ${PARTNER}) (?:is |are )?(?:watching|watchin|listening|listenin|reading|looking|checking)(?: (?:(?:right )?(?:next to|behind|over) (?:me|my shoulder)|me|my (?:phone|screen|messages|texts)|what i (?:type|write|say|send|am typing|am writing|am saying)|everything(?: i (?:do|say|type|write))?|again|now|right now|all the time|constantly|here|in the (?:next|same) room))*$)`;
const WATCHING_ME_OUT = String.raw`\b(?:in (?:the|an|my|a) (?:interview|exam|test|class|lesson)|invigilator|boss|manager|supervisor|team leader|at work|on shift|on my shift|teacher|in class|i am driving|instructor|tv|telly|football|match|film|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: after the school run I'm walking into the river ------------------------------------------------------
// "Walk into the sea / river" is read already, and a bare "walking into the sea thurs"; this is the same
// with the client saying it of themselves after a time or a task. A laugh does not lower it.
const INTO_THE_WATER = pattern`\b(?<!\b(?:not|never) )(?:i am|ill|i will|i shall|i am going to|going to|i am just|then i am|then ill|and then i am|plan is to|planning to|i am planning to) (?:just |then |finally |straight |probably )?(?:walking|walk|wading|wade|stepping|step) (?:out |straight |right )?into the (?:sea|ocean|river|lake|loch|water|waves|reservoir|tide|canal)\b(?! ?(?:side|path|towpath|banks?|front|offices?|centre|cafe|view|walk|club|bar|pub|road|street|boats?|basin|park|bridge|museum|restaurant|hotel|authority|trust)\b)(?! (?:for|to (?:cool|swim|fish|paddle)|with (?:the|my) (?:dog|kids|children|family|friends?|club|group|team))\b)`;
const INTO_THE_WATER_OUT = String.raw`\b(?:dip|dips|charity|sponsored|wetsuit|paddle|paddling|paddleboard|sup|surf|surfing|bodyboard|for a swim|a swim|swimming|swimmers|boxing day|new years day|polar|cold water|ice bath|kayak|kayaking|canoe|canoeing|fishing|waders|beach day|holiday|lido|pool|baths|spa|baptism|baptised|christening|lifeguard|rnli|${FICTION})\b|${THIRD}`;

// --- Crisis: going in tomorrow to sort that woman out proper, got something for her --------------------------------
// "Sort him out" is also a parent's word for a child, and "sort her out with a CV" help: only a person
// sorted out proper / for good, with going in or round, waiting for them, knowing where they are, or
// something got for them. "Got something for him" is a present: only with a grudge.
const WHOM = String.raw`(?:him|her|that (?:woman|man|bloke|fella|lad|girl|guy|cow|prick|idiot|dickhead|bitch|bastard|nonce|grass|snake|rat|creep|scumbag|slag|manager|supervisor|boss|recruiter|assessor|woman at the \w+|man at the \w+)|this (?:woman|man|bloke|fella|lad|girl|guy))`;
const GOING_AT = String.raw`(?:going|go|went|head|heading|drive|driving) (?:in|round|over|down|back|up|there|to (?:his|her|their|the))|wait(?:ing)? (?:for|outside)|know where (?:he|she|they)|found (?:out )?where (?:he|she|they)|got something for (?:him|her|them)|bringing something for|tooled up`;
const SORT_PROPER = pattern`^(?=.*\b(?:${GOING_AT})\b)(?=.*\bsort ${WHOM} out (?:proper|properly|good and proper|once and for all|for good)\b(?! (?:with|for (?:a|the|his|her|their)|a (?:job|cv|place|flat|room|bed))\b))`;
const GRUDGE = String.raw`sort ${WHOM} out|do (?:him|her|them) (?:in|proper|properly|over)|deal with (?:him|her|them) (?:proper|properly|myself)|get (?:him|her|them) back|pay (?:him|her|them) back|teach (?:him|her|them) a lesson|know where (?:he|she|they) (?:lives|works|parks|drinks|goes)|who (?:nicked|stole|robbed|grassed|hit|attacked|hurt|battered|mugged|ripped me off)|(?:it is|and|but) not flowers`;
const GOT_SOMETHING_FOR = pattern`^(?=.*\b(?:got|have got|have|bringing|brought|taking|take) (?:a little |a wee |a )?something (?:for|with me for) ${WHOM}\b(?! (?:birthday|christmas|xmas|present|leaving|wedding|baby|new)))(?=.*\b(?:${GRUDGE})\b)`;
const HARM_OUT = String.raw`\b(?:cv|cvs|paperwork|tax return|accountant|haircut|a lift|birthday|christmas|xmas|present|gift|(?<!not )flowers|chocolates|leaving do|wedding|baby shower|his room|her room|their room|bedroom|homework|bedtime|potty|nappy|behav\w*|grounded|naughty|cheeky|tantrums?|parents evening|meds|medication|tablets|prescription|shopping|carer|pension|boiler|heating|laptop|computer|wifi|(?:to|at|round) (?:my|me) (?:mums|mams|moms|nans|grans|dads|grandads|grandmas|aunties|aunts|uncles)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: I'm going to do it, end it ---------------------------------------------------------------------------
// "Do it" and "end it" together, said of the client: not after "not", and not of a break-up or a contract.
const NOT_JUST = String.raw`(?<!\b(?:not|never|wont|will not|would not|could not|can not|do not|did not) (?:going to |be |ever )?(?:just )?)`;
const DO_IT_END_IT = pattern`\b${NOT_JUST}do it(?: and| then| to| n)? (?:just )?end (?:it|it all|everything|things|my life|myself)\b(?! (?:with|for (?:the|my|our|good with)|off|on|early|there)\b)`;
const DO_IT_END_IT_OUT = String.raw`\b(?:contract|tenancy|lease|subscription|membership|agency|the course|my course|this course|placement|apprenticeship|rental|payment plan|direct debit|chapter|story|essay|speech|presentation|${FICTION})\b|${THIRD}`;

// --- Crisis: not coming home ever, got it planned --------------------------------------------------------------------
// Not coming (or going) home ever / for good, or not coming home or back with it planned or decided: never
// of a move, a holiday, a night out or staying at someone's.
const NOT_HOME = String.raw`(?:^|\b(?:i am|ill|i will|i|then i am|and i am) )(?:not|never) (?:be )?(?:coming|comin|going|goin|getting) (?:back )?home\b(?! (?:till|until|til|before|after|late|early|for (?:tea|dinner|lunch)|tonight|today|this (?:weekend|week)|straight|first)\b)`;
const NOT_BACK = String.raw`(?:^|\b(?:i am|ill|i will|then i am|and i am) )(?:not|never) (?:be )?(?:coming|comin) back\b(?! (?:to|till|until|til|before|after|here|next|for|on|in|late|early|tonight|today|from (?:the|my|work|holiday))\b)`;
const PLANNED = String.raw`got it (?:all )?planned|(?:it is|all|everything is|everything) (?:all )?(?:planned|planned out|worked out)|planned it|(?:have|got) (?:a|the) plan|that is the plan|the plan is|worked it (?:all )?out|know (?:where|how|the spot|exactly)|decided|made my mind up|mind is made up|do not (?:look for|send|come|wait)|no one will find`;
const NOT_COMING_HOME = pattern`^(?:(?=.*${NOT_HOME} (?:ever|ever again|for good)\b(?! (?:till|until|til|before|unless|if|without)\b))|(?=.*(?:${NOT_HOME}|${NOT_BACK}))(?=.*\b(?:${PLANNED})\b))`;
const NOT_COMING_HOME_OUT = String.raw`\b(?:moving|move|moved|new (?:flat|place|house|home|job)|abroad|holiday|travel\w*|australia|spain|emigrat\w*|uni|university|army|navy|raf|festival|night out|pub|party|sleepover|camping|staying|stay (?:at|with|over)|sleeping (?:at|over)|refuge|shelter|kicked out|locked out|curfew|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: drunk, and it's only 11am -------------------------------------------------------------------------------
// The whole reply: drunk (or pissed, hammered...) with a morning hour. A laugh with it is how people say
// it; the hour carries the worry, so the laugh does not shut this set. Not after a night out or a shift.
const DRUNK = String.raw`(?:drunk|pissed|hammered|wasted|smashed|tipsy|steaming|tanked|half cut|plastered|sloshed|trolleyed|leathered|bladdered|blotto|merry)`;
const MORNING = String.raw`(?:[5-9]|1[01])(?: ?am| in the morning| o clock in the morning)|noon|midday|lunchtime|dinner ?time|breakfast ?time|the morning|in the morning|morning`;
const DRUNK_BY_ELEVEN = pattern`^(?:(?:i am|i|already|just|so|proper|properly|totally|well|pretty|quite|a bit|bit|half|very|getting|got|yeah|honestly|and) )*${DRUNK}(?: (?:af|already|again|honestly|and|${LAUGH}))* (?:it is|at|by|before) (?:only |not even |barely |just gone |gone |still )?(?:${MORNING})(?: (?:${LAUGH}|on a (?:\w+)|again|already|honestly|sorry|oops))*$`;
const DRUNK_BY_ELEVEN_OUT = String.raw`\b(?:wedding|stag|hen|christening|party|holiday|airport|flight|plane|cruise|festival|brunch|christmas|xmas|new year|boxing day|birthday|races|match|world cup|euros|last night|night out|night shift|nights|after (?:my |a |the )?shift|${FICTION})\b|${THIRD}`;

// --- Concern: sleep's shot ------------------------------------------------------------------------------------------
// The whole reply. "My sleep is shot" is read already; a bare "sleep's shot" or "sleep is wrecked" is the same.
const SLEEP_SHOT = pattern`^(?:(?:my|and|honestly|just|also|plus|but|yeah|yes|the|oh|still|and my) )*(?:sleep|sleeps|sleeping)(?: (?:pattern|schedule|routine)s?)?(?: (?:is|has|has been|has gone|was|been|gone|s|is just|is still|has just gone))? (?:(?:totally|completely|absolutely|well|proper|properly|so|really|pretty|just|all|gone) )?(?:shot|wrecked|ruined|destroyed|knackered|bust|busted|broken|gone|a mess|a joke|all over the place|all over|non existent|nonexistent|rubbish|crap|shocking|terrible|awful|horrendous|dreadful|in bits|shot to (?:pieces|bits)|out the window|out of the window|(?:gone )?to (?:pot|pieces|bits|hell|shit)|screwed|fucked|messed up|a write off)${CLOSE}$`;
const SLEEP_SHOT_OUT = String.raw`\b(?:jet ?lag|night shifts?|nights|shift work|newborn|teething|puppy|clocks|festival|holiday|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: low, very low ---------------------------------------------------------------------------------------
// The whole reply, the low said twice ("low v low", "low low", "down so down"); a bare "low" is read already.
const MORE = String.raw`(?: (?:v|very|so|really|proper|dead|super|too|like|and|but|friend|honestly|af))`;
const LOW_LOW = pattern`^(?:(?:i am|i feel|feel|feeling|mood|mood is|my mood is|just|honestly|still|yeah|and|pretty|quite|v|very|so|really) )*(?:low${MORE}* low|down${MORE}+ down)${CLOSE}(?: (?:today|tonight|this week|again))*${CLOSE}$`;
const LOW_LOW_OUT = String.raw`\b(?:${LAUGH})\b`;

export const HUNDRED_AND_THIRTY_FOURTH_WHOLE_SETS = [
  [unless(String.raw`nails\b`, NAILS_BLOOD_OUT), [group('crisis', 'self-harm', [NAILS_BLOOD])]],
  [unless(String.raw`\b(?:watching|watchin|listening|listenin|reading|looking|checking)\b`, WATCHING_ME_OUT), [group('crisis', 'coercive control', [WATCHING_ME])]],
  [unless(String.raw`\binto the\b`, INTO_THE_WATER_OUT), [group('crisis', 'a plan to end their life', [INTO_THE_WATER])]],
  [unless(String.raw`\b(?:sort|something)\b`, HARM_OUT), [group('crisis', 'harm to someone else', [SORT_PROPER, GOT_SOMETHING_FOR])]],
  [unless(String.raw`\bend (?:it|it all|everything|things|my life|myself)\b`, DO_IT_END_IT_OUT), [group('crisis', 'intends to end their life', [DO_IT_END_IT])]],
  [unless(String.raw`\b(?:home|back)\b`, NOT_COMING_HOME_OUT), [group('crisis', 'a plan to end their life', [NOT_COMING_HOME])]],
  [unless(String.raw`\b${DRUNK}\b`, DRUNK_BY_ELEVEN_OUT), [group('concern', 'drinking or drugs to cope', [DRUNK_BY_ELEVEN])]],
  [unless(String.raw`\b(?:sleep|sleeps|sleeping)\b`, SLEEP_SHOT_OUT), [group('concern', 'not eating or sleeping', [SLEEP_SHOT])]],
  [unless(String.raw`\b(?:low|down)\b`, LOW_LOW_OUT), [group('concern', 'low mood', [LOW_LOW])]],
] as const;
