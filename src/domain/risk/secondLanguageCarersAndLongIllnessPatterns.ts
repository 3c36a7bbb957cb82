// Second-language speakers, people with long-term health conditions and unpaid carers: risk said plainly
// and briefly, or in words carried over from another language. Practising with a belt or a cord "to see
// if I could"; old scars with "new friends"; a bandaged hand, done on purpose; a partner who reads the
// work coach's emails first and answers them as me; goodbye, I'm not going to keep going; the card empty
// and the prepayment meter empty, with a sick child tonight; deaf, and nobody at the club signs, so I sit
// alone; "my eyes are open all night, like an owl"; "a bit flat, meh"; "lonely is a big word, but yes".
// The same words fill everyday messages (practise the interview to see if I could; scars from surgery;
// a bandaged hand from the kitchen; my wife reads my CV before I send it; keep going to the club; the
// meter topped up; a deaf client I support; a night owl, up all night on a night shift; a flat tyre; a
// lonely place), so each set rests on the words that carry the risk together and shuts on the everyday
// uses, on someone else's trouble and on fiction.
// Crisis: practise / test with a belt, cord, rope or scarf, to see if I could or if it would hold; old
// scars with new friends / company / neighbours; a hand, arm or leg hurt on purpose / by myself; my
// partner reads my emails or messages first and answers them as me; goodbye with not going to keep going
// / carry on; the meter empty (no credit, no gas, no electric) and no money on the card.
// Concern: deaf (or hard of hearing) and nobody signs / talks to me / I sit alone; eyes open all night,
// or awake all night like an owl; a short "a bit flat, meh / sorry"; lonely is a big word, but yes.
// Look-alikes of our own are in test/domain/riskHundredAndThirtyFirstForms.test.ts. Normalised words
// ("i am" for "I'm", "can not" for "can't", "do not" for "don't", "no one" for "nobody").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|game|games|gaming|netflix|drama|play|rehearsal|theatre|stunt`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend)s?|a friend|(?:he|she|they|he is|she is|they are)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;
const PARTNER = String.raw`(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex|hubby|missus|mrs|other half)`;

// --- Crisis: I practise with the belt, to see if I could ----------------------------------------------------
const LIGATURE = String.raw`(?:belt|belts|rope|ropes|cord|cords|cable|cables|scarf|scarves|noose|ligature|tie|dressing gown cord|lead|dog lead|flex|wire)`;
const PRACTISE_LIGATURE = pattern`^(?=.*\b(?:practise|practice|practised|practiced|practising|practicing|rehearse|rehearsed|rehearsing|test|tested|testing|try|tried|trying)(?: it)?(?: (?:with|using|out))? (?:the|a|my|that|his|her) (?:\w+ ){0,2}${LIGATURE}\b)(?=.*\b(?:to see if (?:i could|i can|i would|it would|it holds|it would hold|it will hold|i have the (?:guts|nerve|courage|bottle))|if it (?:holds|would hold|will hold|takes my weight|would take my weight)|see how (?:it feels|long)|how (?:it feels|long it takes))\b)`;
const PRACTISE_LIGATURE_OUT = String.raw`\b(?:knot|knots|scout\w*|sailing|climbing|climb|abseil\w*|rigging|tow|towing|trousers|jeans|sander|belt sander|conveyor|karate|judo|taekwondo|bjj|jiu jitsu|black belt|brown belt|yellow belt|seat ?belt|tool belt|lifting belt|weight belt|gym|squat|deadlift|skipping|skip rope|jump rope|tie a tie|tie knot|windsor|suit|wedding|dog|puppy|horse|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: the old scars have new friends ------------------------------------------------------------------
const SCARS_NEW = pattern`\bscars? (?:on (?:my|the) \w+ )?(?:have|has|got|getting|are getting|have got|has got) (?:some |a few |a couple of )?(?:new|fresh) (?:friends?|company|neighbours?|ones?|mates?|buddies|partners?|additions?|brothers?|sisters?)\b|\b(?:new|fresh) (?:ones|lines|cuts) (?:next to|beside|over|on top of|between|among|alongside) (?:the |my )?(?:old )?scars\b`;
const SCARS_NEW_OUT = String.raw`\b(?:surgery|operation|op|c section|caesarean|tattoo|tattoos|piercing|acne|spots|chickenpox|burns? from (?:the|work|cooking)|stretch marks|laser|bio oil|cream|skincare|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: my hand is bandaged, I did it on purpose --------------------------------------------------------
const LIMB = String.raw`(?:hand|hands|arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|ankle|ankles|fingers?|knuckles?)`;
const ON_PURPOSE = pattern`^(?=.*\bmy ${LIMB}\b)(?=.*\b(?:i (?:did|done|have done) (?:something|it|this|that) to (?:it|them|myself|my ${LIMB}) (?:on purpose|deliberately|myself)|(?:on purpose|deliberately)(?: this time)? (?:i did|i cut|i burned|i burnt|i hurt|i hit|i punched)|i (?:cut|burned|burnt|hurt|bashed|smashed|broke|hit|punched|scratched|scalded|harmed) (?:it|them|myself|my ${LIMB})(?: \w+){0,3} (?:on purpose|deliberately))\b)`;
const ON_PURPOSE_OUT = String.raw`\b(?:not on purpose|was not on purpose|not deliberately|by accident|accident|accidentally|did not mean|without meaning|the (?:door|wall|oven|kettle|knife|saw|drill)|wall|door|in the (?:kitchen|garden)|fell|fall|tripped|slipped|football|rugby|boxing|gym|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: my wife reads the work coach's emails first and answers them as me ---------------------------
const ANSWERS_AS_ME = pattern`^(?=.*\bmy ${PARTNER} (?:\w+ )?(?:reads|read|opens|checks|goes through|has|keeps|takes|answers|replies to|writes|sends|deals with|handles)\b)(?=.*\b(?:emails|email|messages|texts|letters|post|phone|inbox|account|journal)\b)(?=.*\b(?:answers|answer|answered|answering|replies|reply|replied|replying|writes|writing|wrote|responds|responding|pretends|pretending|signs|texts|messages|talks|speaks|logs in) (?:to )?(?:them |it |back |you |the coach |my coach |the work coach )?(?:as me|as if (?:she|he|they) (?:is|was|were) me|pretending to be me|in my name|from my (?:phone|account))\b)`;
const ANSWERS_AS_ME_OUT = String.raw`\b(?:with my (?:permission|consent|agreement)|i (?:asked|let|want) (?:her|him|them) to|i asked (?:her|him|them)|dyslexi\w*|interpret\w*|translat\w*|appointee|power of attorney|because (?:i|my) (?:can not|cannot) (?:read|write|see|type)|my carer|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: goodbye, I'm not going to keep going --------------------------------------------------------------
const GOODBYE_NOT_GOING_ON = pattern`^(?=.*\b(?:goodbye|good bye|bye for(?:ever| good| now then)|bye then|farewell|this is goodbye)\b|^bye\b)(?=.*\b(?:(?:i am )?not (?:going to|gonna) (?:keep going|carry on|go on|keep on|keep trying|be here|be around|continue)|(?:i )?(?:can not|cannot|will not|wont) (?:keep going|carry on|go on|keep on|continue)(?: (?:like this|anymore|any more))?|no more keep going)\b(?! (?:to|with|at|in|on|for|about)\b))`;
const GOODBYE_NOT_GOING_ON_OUT = String.raw`\b(?:leaving (?:the|this) (?:programme|course|scheme|group|chat)|moving (?:to|away|abroad)|new job|got (?:a|the) job|start(?:ing)? (?:work|my job|on monday)|phone is dying|battery|signal|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: the card is empty and the meter is empty -------------------------------------------------------
const METER_AND_CARD = pattern`^(?=.*\b(?:(?:prepayment|prepay|pay as you go|electric|electricity|gas|key|card) )?meter (?:is |has |has gone |went |has run |ran |is on |on )?(?:empty|out|run out|ran out|gone off|off|nothing|zero|0|no credit|out of credit|on emergency|emergency credit (?:is )?(?:gone|used|run out))\b|\bno (?:credit|money|gas|electric|electricity|power|heating|lights?) (?:on|in|for) (?:the|my) meter\b)(?=.*\b(?:(?:card|bank|account|purse|wallet|money) (?:is |are |has |has gone |went )?(?:empty|declined|nothing|zero|0|gone|overdrawn|run out|ran out|maxed)|no money (?:left|at all|on (?:the|my) card|in (?:the|my) (?:bank|account))|0 (?:pounds|quid)|zero (?:pounds|quid)|not a penny|penniless|skint|broke)\b)`;
const METER_AND_CARD_OUT = String.raw`\b(?:topped (?:it )?up|top(?:ped)? up (?:now|done|already)|sorted|fixed|paid (?:it|now)|payday (?:is )?(?:today|tomorrow)|gets? paid tomorrow|engineer|smart meter install\w*|meter reading|read the meter|reader|job as|role|vacancy|advert|customer service|call cent(?:re|er)|energy company job|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: deaf, nobody signs, I sit alone ----------------------------------------------------------------
const DEAF_ALONE = pattern`^(?=.*\b(?:i am (?:\w+ )?(?:deaf|hard of hearing|partially deaf|hearing impaired)|(?:being|as a|i use|my) (?:deaf|bsl|sign language|hearing aids?)|i sign\b|deaf person))(?=.*\b(?:no one (?:signs|can sign|knows sign|talks to me|speaks to me|includes me)|nobody (?:signs|can sign|talks to me)|(?:i )?(?:just )?(?:sit|sat|eat|stand|am|feel|felt|end up) (?:on my own|alone|by myself|left out|invisible|excluded|isolated|so alone|so lonely|lonely)|left out|cut off from everyone)\b)`;
const DEAF_ALONE_OUT = String.raw`\b(?:deaf awareness|bsl course|bsl level|learning (?:bsl|sign language)|interpreter (?:is|was) (?:great|booked|there)|deaf club|deaf friends|my (?:deaf|hearing) (?:son|daughter|child|client|colleague|friend|partner|wife|husband)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: my eyes are open all night, like an owl ---------------------------------------------------------
const EYES_OPEN_NIGHT = pattern`\b(?:my eyes (?:are|stay|stayed|were|just stay|keep|kept) (?:wide )?open|(?:i am|i was|i stay|i stayed|i lie|i lay|lying|laying) (?:wide )?(?:awake|open eyed|with my eyes open)) (?:all night|the whole night|every night|all night long|the night through|till morning|until morning|until the morning|till the morning)\b`;
const EYES_OPEN_NIGHT_OUT = String.raw`\b(?:night shift|nights|shift|on shift|at work|party|festival|gaming|xbox|playstation|watching|binge|baby|newborn|teething|puppy|exam|revision|revising|excited|excitement|flight|plane|jet lag|jetlag|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: a bit flat, meh, sorry --------------------------------------------------------------------------
const FLAT_MEH = pattern`^(?:(?:i am|i feel|feel|feeling|just|honestly|still) )?(?:a bit|bit|a little|pretty|quite|really|very|so|kind of|kinda|sort of) (?:flat|low|down|grey|gray|blah|empty|numb)(?: (?:today|this week|again|lately))?(?: (?:meh|blah|ugh|urgh|eh|hmm|sorry|tbh|to be honest|honestly))+(?: (?:not much|nothing(?: much)?|nothing new) to (?:report|say|tell|add))?$`;
const FLAT_MEH_OUT = String.raw`\b(?:${LAUGH})\b`;

// --- Concern: lonely is a big word, but yes ---------------------------------------------------------------------
const LONELY_YES = pattern`\b(?:lonely|alone|isolated|loneliness) is (?:a )?(?:big|strong|heavy|hard|harsh|sad|funny|difficult|ugly) (?:word|thing to say|thing to admit)(?: \w+){0,3} (?:but|though|yet) (?:yes|yeah|yep|i am|i think i am|it is true|true|probably|maybe|it fits|that is me|that is it)\b|\b(?:am i lonely|lonely) (?:yes|yeah|yep) (?:very|really|a lot|so much|all the time|completely)\b`;
const LONELY_YES_OUT = String.raw`\b(?:not lonely|never lonely|(?:he|she|they|my \w+) (?:is|are) lonely|${FICTION}|${LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_THIRTY_FIRST_WHOLE_SETS = [
  [unless(String.raw`\b(?:practi[sc]\w*|rehears\w*|test\w*|tr(?:y|ied|ying))\b`, PRACTISE_LIGATURE_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [PRACTISE_LIGATURE])]],
  [unless(String.raw`\bscars?\b`, SCARS_NEW_OUT), [group('crisis', 'self-harm', [SCARS_NEW])]],
  [unless(String.raw`\b(?:on purpose|deliberately)\b`, ON_PURPOSE_OUT), [group('crisis', 'self-harm', [ON_PURPOSE])]],
  [unless(String.raw`\b(?:as me|as if (?:she|he|they) (?:is|was|were) me|pretending to be me|in my name)\b`, ANSWERS_AS_ME_OUT), [group('crisis', 'coercive control', [ANSWERS_AS_ME])]],
  [unless(String.raw`\b(?:goodbye|good bye|bye|farewell)\b`, GOODBYE_NOT_GOING_ON_OUT), [group('crisis', 'intends to end their life', [GOODBYE_NOT_GOING_ON])]],
  [unless(String.raw`\bmeter\b`, METER_AND_CARD_OUT), [group('crisis', 'no safe place, food or power tonight', [METER_AND_CARD])]],
  [unless(String.raw`\b(?:deaf|hard of hearing|hearing impaired|bsl|sign language|hearing aids?|i sign)\b`, DEAF_ALONE_OUT), [group('concern', 'feels alone', [DEAF_ALONE])]],
  [unless(String.raw`\b(?:all night|whole night|every night|night through|till morning|until (?:the )?morning|till the morning)\b`, EYES_OPEN_NIGHT_OUT), [group('concern', 'not eating or sleeping', [EYES_OPEN_NIGHT])]],
  [unless(String.raw`\b(?:flat|low|down|grey|gray|blah|empty|numb)\b`, FLAT_MEH_OUT), [group('concern', 'low mood', [FLAT_MEH])]],
  [unless(String.raw`\b(?:lonely|alone|isolated|loneliness)\b`, LONELY_YES_OUT), [group('concern', 'feels alone', [LONELY_YES])]],
] as const;
