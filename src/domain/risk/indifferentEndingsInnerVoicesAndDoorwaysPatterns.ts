// Read from the two-hundred-and-fifty-seventh to the two-hundred-and-sixty-first splits (care leavers;
// unpaid carers; rural and coastal towns; night-shift workers and people in recovery; lone parents and
// redundant managers), each measured once fresh and then read. Kinds the models had left short, said
// in general forms, not as the lines were written: not minding dying ("would not be bothered if my
// heart packed in", "id happily get hit by a lorry", "would not mind if i did not see the morning");
// a voice in the head that says to end it; an exit that is "a permanent one"; a cut said in one word
// after the day's news; what a poison does "not for the weeds"; a threat said to be meant in other
// words ("for real", "not speaking figuratively"); being gone soon so no need to worry about the cv;
// going off a high place on a named day; a bus to the coast with no return; sleeping in a barn or a
// doorway tonight; nothing at all for the children; a boss who threatens to throw them overboard; a
// partner who rings their work to check on them or has decided they may not take a job.
// Normalised words ("i am", "do not", "would not"); the gates shut on stories and others' words.
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, STORIES_AND_GAMES, unless } from './wholeMessageSets.ts';

const NOT_MINDING = String.raw`(?:(?:i )?would not|(?:i )?wouldnt|id not|i would not|not) (?:even |really )?(?:be (?:that |too |very |all that |at all )?(?:bothered|fussed|upset)|mind(?: (?:very much|much|at all|too much))?|object to|care)`;
const DYING_QUIETLY = String.raw`(?:my heart (?:just )?(?:packed in|packs in|stopped|stops|gave (?:out|up)|gives (?:out|up))|a (?:quiet |nice |sudden |massive )?heart attack|i (?:just )?(?:did not|didnt|never) (?:see|make it to|wake up to) (?:the )?(?:morning|tomorrow|next day)|i (?:just )?(?:died|did not wake up|never woke up))`;
const VEHICLE = String.raw`(?:lorry|bus|car|truck|train|van|tractor|taxi)`;

// "wouldnt be bothered if my heart just packed in halfway through the shift".
const NOT_MINDING_DYING = [
  pattern`\b${NOT_MINDING} (?:if|about) ${DYING_QUIETLY}`,
  pattern`\b(?:id|i would|i would not|id not) (?:not )?object to ${DYING_QUIETLY}`,
  pattern`\b(?:if|when) (?:a|the) (?:\w+ ){0,2}(?:ran|run|runs|knocked|knocks|hit|hits|took|takes) me (?:over|out|down)\b.*\b${NOT_MINDING}\b`,
  pattern`\b(?:i would|id|i could) (?:quite )?happily (?:get|be) (?:hit|run over|knocked (?:over|down)|taken out|flattened) by (?:a|the) ${VEHICLE}\b`,
  pattern`\bif i died in my sleep\b.*\b(?:no one|nobody|noone) would (?:notice|care|know|miss me)\b`,
  pattern`\b(?:waves|sea|water|tide|river|current)\b.*\blet (?:them|it|the (?:waves|sea|water|tide|river|current)) take me(?: away| under| with (?:them|it))?$`,
];
// "then got the bus home wishing id just never wake up again": others' words around it (what the interviewer said) are the day's news, not the story.
const WISHING_NEVER_TO_WAKE = [pattern`\bwishing (?:i would|id|i had|i could) (?:just )?never (?:wake|woke|woken) up\b`];

const NOT_MINDING_EVERYDAY = String.raw`\b(?:insurance|claim|compensation|day off|time off|sick pay|rain|snow|weather|parking|parking fine|ticket|game|lottery|winning|win|holiday|lie in|lie-in|sleep in|nap|surf\w*|swim\w*|paddl\w*)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "my brain goes straight to just kill urself"; "the other half keeps saying just end it".
const INNER_VOICE_SAYS_END_IT = [
  pattern`\b(?:brain|head|mind|thoughts?|voice|voices|other half)\b(?: \w+){0,3} (?:goes?|going|jumps?|went) (?:straight )?to (?:just )?(?:kill (?:urself|yourself|myself|ya ?self)|end it(?: all)?)\b`,
  pattern`\b(?:brain|head|mind|voice|voices|other half)\b(?: \w+){0,3} (?:keeps?|kept) (?:saying|telling me)(?: to)? (?:just )?(?:kill (?:urself|yourself|myself|ya ?self)|end it(?: all)?|die)\b`,
];
// "but i never listen to it": the client says they would not act on it (concern, said not).
const INNER_VOICE_EVERYDAY = String.raw`\b(?:relationship|with (?:him|her|them)|things with|contract|tenancy|subscription|course|job|degree|never listen|do not listen|ignore (?:it|them)|i would never|i will not|not going to|never would|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "the only sensible exit is a permanent one".
const PERMANENT_EXIT = [
  pattern`\b(?:exit|way out|escape)\b(?: \w+){0,2} (?:is|being|would be) (?:a |the )?permanent(?: one)?\b`,
  pattern`\bpermanent (?:exit|way out|escape)\b`,
];
const PERMANENT_EXIT_EVERYDAY = String.raw`\b(?:eu|europe|brexit|country|uk|visa|contract|job|role|company|industry|career|housing|flat|tenancy|emergency exit|fire exit)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "how did it go? fine, then i went home and cut. so not fine"; "just cut a bit last night".
const CUT_SAID_PLAINLY = [
  pattern`\b(?:went|got|came) home and cut(?:$| (?:so|again|myself|a bit|because|last night|and|lol))`,
  pattern`\b(?:then|and then) (?:i )?cut (?:because|so|again|myself)\b`,
  pattern`\bjust cut a (?:bit|little)(?: (?:last night|again|yesterday|tonight))?(?: nothing| not| it is| its|$)`,
  pattern`\bpain (?:helps|makes|lets) me feel (?:something|anything|real|alive)\b.*\b(?:doing it|do it|did it)\b`,
];
const CUT_EVERYDAY = String.raw`\b(?:hair|fringe|grass|lawn|hedge|hours|shifts?|pay|wages|benefits?|budget|costs?|corners|cake|bread|veg|onions?|wood|fabric|paper|ties|losses|short|off|out|back|down|queue|gym|workout|training|run|stretch\w*)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "searched what happens if u drink weedkiller. not for the weeds".
const WHAT_A_POISON_DOES = [
  pattern`\bwhat (?:happens|would happen|will happen) if (?:you|i|someone|a person|u) (?:drink|drinks|drank|swallow|swallows|eat|eats|take|takes|had) (?:\w+ ){0,2}(?:weedkiller|weed killer|bleach|antifreeze|anti freeze|rat poison|poison|slug pellets)\b`,
  pattern`\b(?:weedkiller|weed killer|bleach|antifreeze|anti freeze|poison|slug pellets|pills|tablets|paracetamol)\b.*\bnot for the (?:weeds|garden|rats|slugs|cleaning|toilet|car|headache|pain)\b`,
];
const POISON_EVERYDAY = String.raw`\b(?:dog|cat|puppy|kitten|child|toddler|baby|son|daughter|pet|vet|first aid|course|coshh|training|exam|module|quiz|accident(?:ally)?|by mistake)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "someone on that panel will get hurt if they knock me back again, for real"; "not speaking figuratively".
const MEANT_IN_OTHER_WORDS = String.raw`\b(?:for real|fr|dead serious|deadly serious|not (?:speaking|being) figurative(?:ly)?|i do not mean (?:it )?figuratively|i mean (?:physically|literally)|not a figure of speech|i am not messing)\b`;
const THREAT_SAID_MEANT = [
  pattern`\b(?:someone|somebody|people|they|he|she|that \w+|the \w+|one of them)\b(?: \w+){0,5} (?:will|is going to|are going to|gonna|is gonna) get (?:hurt|battered|stabbed|glassed|their heads? kicked in|done in)\b`,
  pattern`\b(?:i will|ill|i am going to|i am gonna) shoot (?:it and )?(?:him|her|them)\b`,
  pattern`\b(?:i am going to|i will|ill|i am gonna) make (?:the |those |that |them )?(?:\w+ ){0,6}?pay\b.*\b(?:properly|physically|not (?:speaking|being) figurative)`,
];
const THREAT_EVERYDAY = String.raw`\b(?:${LAUGH}|game|gaming|photo|photos|photograph\w*|film|video|camera|goal|hoops?|basket|penalty|pay (?:rise|slip|day)|tribunal|solicitor|lawyer|claim|complaint|review|reviews|trustpilot|glassdoor)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "i wont be at the appointment next week or any week after"; "ill be gone soon so dont stress about my cv".
const GONE_SOON_SO_NO_NEED = [
  pattern`\bi will not be at (?:the|my|this|that|our) (?:appointment|meeting|interview|review|session|course|class|group)\b(?: \w+){0,3} or any (?:week|one|day|appointment|time|meeting|session) after\b`,
  pattern`\b(?:i will|ill|i am going to) be gone (?:soon|before long|(?:by|before) (?:then|next week|christmas|the weekend|the end of the (?:month|week)|\w+day))\b(?: \w+){0,2} (?:do not|no need to|there is no need to|no point|not worth) (?:stress|worry|bother|wast)`,
];
const GONE_SOON_EVERYDAY = String.raw`\b(?:holiday|abroad|travel\w*|moving|move|new job|starting|start|hospital|operation|op|surgery|visit\w*|away|trip|festival|wedding|funeral|court|australia|spain|poland|uni|university)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "on my last night shift i am going off the mezzanine. saturday"; "3am when the tide turns, off the end of the breakwater".
const HIGH_PLACE = String.raw`(?:mezzanine|breakwater|pier|jetty|harbour wall|sea wall|multi ?storey|car park roof|roof|balcony|bridge|cliff|cliffs|viaduct|flyover|top floor)`;
const GOING_OFF_A_HIGH_PLACE = [
  pattern`\bi (?:am|will|am going to|am gonna) (?:go|going|jump|jumping|step|stepping) off the (?:end of the |top of the |edge of the )?${HIGH_PLACE}\b`,
  pattern`\b(?:\d{1,2} ?(?:am|pm)|tonight|when the tide|at high tide|at low tide|high tide|low tide)\b.*\boff the (?:end|edge) of the ${HIGH_PLACE}\b`,
  pattern`\b(?:bus|train|coach|ticket|lift|drive|driving)\b(?: \w+){0,4} (?:coast|sea|seaside|cliffs?|beach|bridge|beachy head|pier)\b.*\bnot (?:buying|getting|booking|bothering with) a return\b`,
];
// "wednesday is the day. everythings sorted"; "ive planned it for the end of the month, once the last payment clears".
const THE_DAY_IS_SET = [
  pattern`\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|sunday night|the weekend) is the (?:day|night)\b(?: \w+){0,2} (?:everythings|everything is|everything|it is all|its all|all) (?:sorted|in order|arranged|ready|planned|done)\b`,
  pattern`\bi (?:have|ve) planned it for\b.*\bonce (?:the|my) (?:last |final )?(?:\w+ ){0,3}(?:clears|is paid|is settled|goes through|comes through|is sorted)\b`,
];
const THE_DAY_EVERYDAY = String.raw`\b(?:interview|start|starting|first day|course|exam|test|move|moving|wedding|party|birthday|holiday|appointment|induction|suit|uniform|cv|job|shift|graduation|trip|date|gig|match|surprise|proposal|proposing|exciting|excited|nervous|cannot wait|buzzing|launch|opening|christening|funeral)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const HIGH_PLACE_EVERYDAY = String.raw`\b(?:${LAUGH}|charity|dip|plunge|sponsored|fundrais\w*|boxing day|new year|forklift|stock|pallets?|boxes|delivery|deliveries|scaffold\w*|harness|rope access|roofer|roofing|job|shift pattern|holiday|day trip|staying|stay with|moving|move|new job|interview|uni|mates|friends|dog|swim\w*|dive|diving|fishing|surf\w*)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "kipping in a barn tonight, the farmer doesnt know"; "in a doorway in town, phones on 5%"; "stuck in a port town with no bed and no cash".
const NOWHERE_SAFE_TONIGHT = [
  pattern`\b(?:kipping|sleeping|staying|crashing|bedding down|dossing|sleep|kip|stay) (?:in|on|under) (?:a|the|some) (?:barn|doorway|shop doorway|shed|bus shelter|bus stop|stairwell|park bench|bench|car park|field|garage|underpass|bridge|church porch)\b(?: \w+){0,3} (?:tonight|again tonight|this evening)\b`,
  pattern`^(?:i am |sat |sitting |stuck |sleeping |kipping |currently )?in a (?:shop )?doorway\b`,
  pattern`\bno bed and no (?:cash|money|food|phone|credit)\b|\bno (?:cash|money) and no (?:bed|where to (?:sleep|stay)|place to (?:sleep|stay))\b`,
  pattern`\bon the streets? (?:as of|from|since) (?:today|tonight|this morning|now)\b`,
];
const NOWHERE_SAFE_EVERYDAY = String.raw`\b(?:camping|camp|festival|glastonbury|holiday|trip|dofe|scouts|guides|fun|wild swim\w*|leaflet\w*|flyer\w*|canvass\w*|big issue|outreach|volunteer\w*|charity|smok\w*|vape|vaping|waiting for|delivery|deliveries|shelter from the rain|out of the rain)\b|\b(?:he is|she is|hes|shes|they are|theyre) (?:sleeping|kipping|staying|crashing)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "foodbank was shut and weve got nothing at all, not even for the kids".
const NOTHING_FOR_THE_CHILDREN = [
  pattern`\bnothing (?:at all|in)\b.*\bnot even for (?:the|my) (?:kids|children|baby|little ones|boys|girls)\b`,
  pattern`\b(?:got|have got|have|has) nothing (?:at all |in )?(?:to give|to feed|for) (?:them|the kids|the children|the baby|my kids|my children|my baby|the little ones)\b`,
];
const NOTHING_FOR_THEM_EVERYDAY = String.raw`\b(?:christmas|presents?|birthday|gifts?|toys?|party|costume|uniform|trip|half term|holiday|activities|to do|to wear|tablet|ipad|phone|pocket money)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "the skipper threatens to throw me overboard if i complain about pay".
const THREATENS_TO_HURT_ME = [
  pattern`\bthreaten(?:s|ed|ing)? to (?:throw|chuck|push|drown|hurt|kill|batter|beat|stab|hit|smack|punch|kick|knock|break) me\b(?! out\b)`,
];
const THREATENS_EVERYDAY = String.raw`\b(?:${LAUGH}|game|customer|customers|punter|passenger|out of the (?:group|team|chat|course)|off the course|off the team|off the rota)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "he rings my work all shift to check im there"; "my husband has decided im not to take a job that involves men".
const PARTNER = String.raw`(?:he|she|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fella|missus|man|fiance|fiancee))`;
const CONTROLLED_AT_WORK = [
  pattern`\b${PARTNER}\b(?: \w+){0,2} (?:rings|calls|phones|texts|messages|turns up at|comes to|shows up at|keeps ringing|keeps calling) (?:my work|me at work|my workplace|my job|my manager|my boss)\b(?: \w+){0,4} to (?:check|make sure|see)\b`,
  pattern`\b${PARTNER}\b(?: \w+){0,2} (?:has )?(?:decided|says|said|insists|told me|has told me) (?:that )?i am not (?:to|allowed to|permitted to) (?:take|get|apply for|go for|accept|have|do) (?:a|the|any|that) (?:job|work|role|position)\b`,
];
const CONTROLLED_EVERYDAY = String.raw`\b(?:${LAUGH}|sick|poorly|ill|emergency|hospital|lift|pick me up|school|nursery)\b|\b(?:my (?:mum|dad|friend|sister|brother)|a friend)\b`;

export const FIFTY_SEVENTH_TO_SIXTY_FIRST_WHOLE_SETS = [
  [unless(String.raw`\b(?:bothered|fussed|mind|object|care|happily|notice|wake|woke|woken|take me)\b`, NOT_MINDING_EVERYDAY), [group('crisis', 'wishes to be dead', NOT_MINDING_DYING)]],
  [unless(String.raw`\bwishing\b`, String.raw`\b(?:${STORIES_AND_GAMES}|lie in|lie-in|sleep in|hibernat\w*)\b`), [group('crisis', 'wishes to be dead', WISHING_NEVER_TO_WAKE)]],
  [unless(String.raw`\b(?:kill|end it)\b`, INNER_VOICE_EVERYDAY), [group('crisis', 'thoughts of suicide', INNER_VOICE_SAYS_END_IT)]],
  [unless(String.raw`\bpermanent\b`, PERMANENT_EXIT_EVERYDAY), [group('crisis', 'thoughts of suicide', PERMANENT_EXIT)]],
  [unless(String.raw`\b(?:cut|pain)\b`, CUT_EVERYDAY), [group('crisis', 'self-harm', CUT_SAID_PLAINLY)]],
  [unless(String.raw`\b(?:happens|happen|not for the)\b`, POISON_EVERYDAY), [group('crisis', 'thinking about a way to end their life', WHAT_A_POISON_DOES)]],
  [unless(MEANT_IN_OTHER_WORDS, THREAT_EVERYDAY), [group('crisis', 'harm to someone else', THREAT_SAID_MEANT)]],
  [unless(String.raw`\b(?:any \w+ after|gone)\b`, GONE_SOON_EVERYDAY), [group('crisis', 'intends to end their life', GONE_SOON_SO_NO_NEED)]],
  [unless(String.raw`\boff the\b|\breturn\b`, HIGH_PLACE_EVERYDAY), [group('crisis', 'a plan to end their life', GOING_OFF_A_HIGH_PLACE)]],
  [unless(String.raw`\bis the (?:day|night)\b|\bplanned it\b`, THE_DAY_EVERYDAY), [group('crisis', 'a plan to end their life', THE_DAY_IS_SET)]],
  [unless(String.raw`\b(?:tonight|this evening|doorway|no bed|no cash|no money|streets?)\b`, NOWHERE_SAFE_EVERYDAY), [group('crisis', 'no safe place, food or power tonight', NOWHERE_SAFE_TONIGHT)]],
  [unless(String.raw`\bnothing\b`, NOTHING_FOR_THEM_EVERYDAY), [group('crisis', 'no safe place, food or power tonight', NOTHING_FOR_THE_CHILDREN)]],
  [unless(String.raw`\bthreaten`, THREATENS_EVERYDAY), [group('crisis', 'abuse or violence', THREATENS_TO_HURT_ME)]],
  [unless(String.raw`\b(?:check|make sure|see|not to|not allowed|not permitted)\b`, CONTROLLED_EVERYDAY), [group('crisis', 'coercive control', CONTROLLED_AT_WORK)]],
] as const;
