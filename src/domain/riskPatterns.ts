// The phrases that suggest risk, in named groups. Every pattern runs on text that risk.ts has
// already normalised: lower case, no punctuation, contractions spelled out ("dont" -> "do not",
// "im" -> "i am", "wanna" -> "want to", "kms" -> "kill myself"), common misspellings of the key
// words corrected. So write patterns in plain, correctly spelled words, one space between words.

export type RiskLevel = 'none' | 'concern' | 'crisis';

export type RiskPatternGroup = {
  level: Exclude<RiskLevel, 'none'>;
  /** Plain words for the adviser, e.g. "self-harm". */
  reason: string;
  patterns: readonly RegExp[];
};

/** Builds a RegExp from a raw template, so `\b` needs no escaping and fragments can be shared. */
export function pattern(strings: TemplateStringsArray, ...fragments: string[]): RegExp {
  return new RegExp(String.raw(strings, ...fragments));
}

export const oneOf = (...words: string[]): string => `(?:${words.join('|')})`;

export const MYSELF = 'my ?self';
export const ANY_MORE = '(?:any ?more|no more)';
export const PILLS = oneOf(
  'pills', 'tablets', 'meds', 'medication', 'medicine', 'paracetamol', 'painkillers', 'sleeping pills',
  'antidepressants', 'insulin', 'drugs',
);
export const FAMILY = oneOf(
  'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'other half', 'ex',
  'ex partner', 'ex husband', 'ex wife', 'ex boyfriend', 'ex girlfriend', 'dad', 'father', 'stepdad',
  'step dad', 'mum', 'mom', 'mother', 'stepmum', 'brother', 'sister', 'son', 'daughter', 'uncle',
  'family', 'carer', 'landlord', 'flatmate', 'housemate',
);
const OTHER_PEOPLE = oneOf(
  FAMILY, 'boss', 'manager', 'supervisor', 'neighbour', 'neighbor', 'kids', 'children', 'adviser',
  'advisor', 'work coach', 'coach', 'colleague', 'coworker', 'teacher',
);
export const CHILD = oneOf('child', 'children', 'kid', 'kids', 'son', 'daughter', 'baby', 'little one');
const ABUSER = oneOf('he', 'she', 'they', `my ${FAMILY}`);
// Words that may sit between the person and what they do: "my partner has been hitting me".
export const ADVERBS = `(?:${oneOf(
  'always', 'keeps', 'keep', 'kept', 'has', 'have', 'had', 'been', 'is', 'was', 'were', 'are', 'still',
  'often', 'sometimes', 'just', 'also', 'then', 'used', 'to', 'would', 'will', 'does', 'did', 'really',
  'constantly', 'regularly', 'even', 'physically', 'started', 'starts', 'going', 'gets', 'got',
)} ){0,3}`;
const HARMS = oneOf(
  'hits', 'hit', 'hitting', 'beats', 'beat', 'beating', 'punches', 'punched', 'punching', 'kicks',
  'kicked', 'kicking', 'slaps', 'slapped', 'slapping', 'chokes', 'choked', 'choking', 'strangles',
  'strangled', 'strangling', 'hurts', 'hurt', 'hurting', 'abuses', 'abused', 'abusing', 'rapes',
  'raped', 'attacks', 'attacked', 'threatens', 'threatened', 'threatening', 'pushes', 'pushed',
  'shoves', 'shoved', 'assaults', 'assaulted', 'burns', 'burned', 'burnt',
);
const VICTIM = oneOf('me', 'us', `my ${CHILD}`);
// After "he beats me": not a game ("beats me at fifa"), to it, out of a room, a message ("hits me up",
// "hits me with questions") or a cd burned. "Beats me up", "hits me with a belt" stay abuse.
export const NOT_A_GAME_OR_A_CALL = String.raw`(?! out\b)(?!(?<=\bhits? me) up\b)(?!(?<=\bchok(?:ed|es) me) up\b(?! (?:against|on|by)\b))(?! (?:at|on|in) (?:${oneOf('fifa', 'pool', 'snooker', 'darts', 'chess', 'cards', 'poker', 'football', 'tennis', 'golf', 'monopoly', 'scrabble', 'mario kart', 'cod', 'call of duty', 'fortnite', 'board games', 'games?', 'everything', 'running', 'the quiz', 'quizzes', 'sports?', 'arm wrestling', 'squash', 'badminton', 'table tennis')})\b)(?! to it\b)(?!(?<=\bhits? me) with (?:the same |a |all |his |her |their |so many |loads of )?(?:questions?|jokes?|puns?|facts|news|requests|emails|texts|messages|stories|advice|compliments|the truth|pillows?|paperwork|forms|deadlines|memes)\b)(?!(?<=\bburns? me) (?:a|some|another) (?:cds?|dvds?|playlist|mixtape|copy)\b)`;
const SOMEONE = oneOf(
  'him', 'her', 'them', 'someone', 'somebody', 'anyone', 'anybody', 'people', 'everyone', 'everybody',
  `my ${OTHER_PEOPLE}`, `the ${OTHER_PEOPLE}`, `that ${OTHER_PEOPLE}`, 'the next person', 'the lot of them', 'all of them',
  `(?:that|the|this) (?:\\w+ )?(?:man|woman|guy|bloke|lad|girl|lady|fella|idiot)`,
);
const VIOLENCE = oneOf('kill', 'hurt', 'stab', 'shoot', 'attack', 'strangle', 'murder', 'batter', 'beat up', 'glass', 'punch', 'smack', 'deck', 'slap');
const INTENT = oneOf(
  'want', 'wanted', 'wanting', 'going', 'planning', 'plan', 'about', 'ready', 'tempted', 'decided',
  'will', 'need',
);
const LIVING = oneOf('live', 'living', 'life', 'being alive', 'be alive', 'go on', 'going on', 'carry on', 'carrying on');
/** Not "until my leg heals", "till the cast is off": kept off work while healing is care, not control. */
export const UNTIL_HEALED = String.raw`(?!(?: \w+){0,3}? (?:until|till|while|whilst|before) (?:my |the |i |it |this )?(?:\w+ )?(?:heals?|healed|has healed|is healed|is better|gets better|am better|feel better|recover\w*|cast|stitches|op|operation|surgery|physio|scan|stitches are out|is off)\b)`;

export const FEAR = oneOf('scared', 'afraid', 'terrified', 'frightened', 'worried');
const MIGHT = oneOf('will', 'would', 'might', 'may', 'is going to', 'are going to', 'could');
// "hurt my feelings" is not a threat.
const HARM_ME = `${oneOf('hurt', 'kill', 'hit', 'beat', 'attack', 'come after')} (?:me|us|my (?!feelings)\\w+)`;
const HURTS_A_CHILD = oneOf(
  'hurting', 'hurts', 'hit', 'hits', 'hitting', 'abusing', 'abused', 'abuses', 'touching', 'touched',
);
const WISH = oneOf('want', 'wanted', 'wanting', 'wish', 'wishing', 'ready', 'deserve', 'prefer', 'need', 'would like', 'like');
const SELF_HARM_VERB = oneOf(
  'cut', 'cutting', 'cuts', 'burn', 'burning', 'burned', 'burnt', 'burns', 'hurt', 'hurting', 'hurts', 'harm',
  'harming', 'harmed', 'scratch', 'scratching', 'scratched', 'hit', 'hitting', 'punch', 'punching', 'starve',
  'starving', 'starved', 'bruise', 'bruising',
);
const A_LOT_OF = oneOf(
  'too many', 'to many', 'too much', 'loads of', 'lots of', 'a lot of', 'a load of', 'a bunch of', 'a handful of',
  'handfuls of', 'a whole (?:box|packet|bottle) of', '\\d{2,}', 'twenty', 'thirty', 'forty', 'fifty', 'a hundred',
);
// "I don't want to live in London" is about a place, not about living.
const NOT_ABOUT_A_PLACE = '(?! (?:in|with|near|at|on|by|there|somewhere|anywhere|nearby|together|alone|out of|off|under|paycheck|payday|day to day|week to week|hand to mouth)\\b)';
const BY_ACCIDENT = oneOf(
  'shaving', 'cooking', 'ironing', 'chopping', 'peeling', 'slicing', 'on (?:a|the|some)', 'at (?:work|the gym)', 'playing', 'lifting', 'running', 'by accident',
  'accidentally', 'with (?:a|the) (?:iron|kettle|oven|pan|grater|peeler)', 'with (?:a|the|my) (?:(?:kitchen|bread|veg|vegetable|carving) )?knife(?=(?: \\w+){0,3} (?:chopping|cooking|peeling|slicing|making|opening|carving|prepping))', // a knife only at its kitchen work
);

export const CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      pattern`\b(?:suicide|suicidal|suicidally)\b`,
      pattern`\b${WISH} to (?:just )?(?:die|be dead|not (?:be alive|exist|wake up)|never wake up|sleep forever)\b`,
      pattern`\b(?:want|wish|ready) to (?:just )?dye$`,
      pattern`\b(?:feel|feeling|felt) like (?:dying|ending it|ending my life|killing ${MYSELF})\b`,
      pattern`\b(?:kill|killing|killed|kills|top|topping|hang|hanging|hanged|off|offing|shoot|shooting|drown|drowning|poison|poisoning|gas|gassing) ${MYSELF}\b(?! (?:with (?:work|overtime|all (?:this|the) (?:work|overtime)|the (?:work|overtime|hours|shifts)|hours|shifts|study|studying|revision|training)|at (?:work|the gym)|on the phone)\b)`,
      pattern`\b(?:end|ending|ended|take|taking) my (?:own )?life\b`,
      pattern`\bend(?:ing)? it all\b`,
      pattern`\b${INTENT} to end (?:it|things|everything)\b`,
      pattern`\bend (?:it|things|everything) (?:tonight|today|now|soon|this week)\b`,
      pattern`\b(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|killing ${MYSELF}|ending (?:it|things|my life)|not being (?:here|alive)|not waking up)\b`,
      pattern`\bbetter off (?:dead|without me|if i (?:was|were) (?:dead|gone|not here))\b`,
      pattern`\bbetter (?:off )?without me\b`,
      pattern`\b(?:no|not any|nothing|not a|not one) (?:reason|reasons|point) (?:to|in|for) ${LIVING}\b`,
      pattern`\bnothing (?:left )?to live for\b`,
      pattern`\bno point (?:in )?(?:living|being alive|me being (?:here|alive)|carrying on living|going on living)\b`,
      pattern`\bnoose\b`,
      pattern`\brope (?:is )?(?:ready|up|tied|set up)\b`,
      pattern`\bno (?:will|wish|desire) to live\b`,
      pattern`\b(?:what is|not see|see no) the point (?:in|of) ${LIVING}\b`,
      pattern`\blife (?:is not|is no longer|is not really) worth (?:living|it)\b`,
      pattern`\bnot worth living\b`,
      pattern`\b(?:do|did|does) not (?:really )?want to (?:live|be alive|exist|wake up)\b${NOT_ABOUT_A_PLACE}`,
      pattern`\b(?:do|did|does) not (?:really )?want to (?:be here|be around) ${ANY_MORE}\b`,
      pattern`\b(?:do|did|does) not (?:really )?want to (?:go on|carry on) living\b`,
      pattern`\bnot (?:sure|know) (?:if|whether) i want to (?:live|be alive|be here|go on|carry on)\b`,
      pattern`\b(?:can not|could not) (?:go on|carry on) living\b`,
      pattern`\bwish (?:i|id) (?:was|were|had|would|could) (?:just )?(?:dead|die|died|never been born|not (?:alive|born|here)|not (?:wake|woken) up\b(?! (?:so |this |that |really |too )?(?:early|late|at \d|before (?:the|my|\d)|in time|on time|for nothing)\b))\b`,
      pattern`\b(?:no one|no body) (?:would|will) (?:care|notice|miss me) if i (?:died|was dead|were dead|was gone|were gone|killed ${MYSELF}|disappeared)\b`,
      pattern`\b(?:should|might as well|may as well) (?:just )?(?:die|kill ${MYSELF}|end it)\b`,
      pattern`\bwant (?:it all|everything|the pain|life) to (?:end|stop)\b`,
      pattern`\b(?:done with|tired of|sick of) (?:life|living|being alive)\b${NOT_ABOUT_A_PLACE}`,
      pattern`\b(?:got|have) (?:the|my|all my|enough) ${PILLS} (?:ready|saved up)\b`,
      pattern`\b(?:saving|saved|stockpiling|stockpiled|hoarding) (?:up )?(?:my |the )?${PILLS}\b`,
      pattern`\b(?:take|taking|took|swallow|swallowing|swallowed) all (?:of )?(?:my|the) ${PILLS}\b`,
      pattern`\b(?:jump|jumping) (?:off|from|in front of|under) (?:a|the|my) (?:bridge|building|roof|cliff|cliffs|train|bus|car|balcony|tower|tower block|car park|multi storey|motorway|flyover|overpass|viaduct|pier|quarry|top floor)\b`,
      pattern`\b(?:throw|threw|throwing) ${MYSELF} (?:off|under|in front of|from)\b`,
      pattern`\b(?:step|stepping|walk|walking) (?:out )?in front of (?:a|the) (?:train|bus|car|lorry|truck)\b`,
      pattern`\b(?:slit|slitting|cut|cutting|slash|slashing) (?:my|me) wrists?\b`,
      pattern`\bwalk into the (?:sea|river|lake)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'self-harm',
    patterns: [
      pattern`\b${SELF_HARM_VERB} ${MYSELF}\b`,
      pattern`\bself (?:harm|harming|harmed|harmer|injury|injuring|injure|inflicted)\b`,
      pattern`\bcutting again\b`,
      pattern`\bi (?:have )?(?:cut|harmed) again\b`,
      pattern`\b(?:been|started|start|keep|kept|back to) cutting (?:again|my (?:arms?|legs?|wrists?|skin|thighs?|stomach))\b`,
      pattern`\b(?:cut|cutting|cuts|slash|slashing|slashed|burn|burns|burning|burned|burnt) my (?:arms|legs|thighs|skin|stomach)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'overdose',
    patterns: [
      pattern`\b(?:overdose|overdosed|overdosing|overdoses)\b`,
      pattern`\b(?:took|taken|take|taking|swallowed|swallow|had) (?:way )?${A_LOT_OF} (?:of (?:my|the) )?${PILLS}\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      pattern`\b${ABUSER} ${ADVERBS}${HARMS} ${VICTIM}\b${NOT_A_GAME_OR_A_CALL}`,
      pattern`\b(?:hit|hurt|beaten|beat|attacked|assaulted|abused|raped|strangled|choked|punched|kicked|threatened) by (?:him|her(?! (?:husband|partner|boyfriend|ex|fella|bloke|man|dad|father|brother|son|other half))|${`my ${FAMILY}`})\b`,
      pattern`\b(?:being|been|was|were|am|getting|get|got) (?:physically |sexually |emotionally )?(?:abused|assaulted|raped|beaten up|strangled|stalked)\b`,
      pattern`\b(?:being|getting) beaten\b(?! (?:at(?! home)|in|to)\b)`,
      pattern`\b(?:touches|touched|touching) me (?:inappropriately|down there|at night)\b`,
      pattern`\b(?:domestic (?:abuse|violence)|abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|ex|home|parents?|dad|mum))\b`,
      pattern`\b(?:sexually assaulted|sexual assault|raped|rape)\b`,
      pattern`\bthreat\w* to (?:kill|hurt|stab|harm|beat|burn|take) (?:me|us|my \w+)\b`,
      pattern`\b(?:said|says|told me) (?:he|she|they) (?:would|will|is going to|are going to|was going to) (?:kill|hurt|stab|beat) (?:me|us|my \w+)\b`,
      pattern`\b${FEAR} (?:that )?(?:he|she|they|my \w+(?: \w+)?) ${MIGHT} (?:${HARM_ME}|find (?:me|us))\b`,
      pattern`\b${FEAR} of (?:him|her|my ${FAMILY})\b`,
      pattern`\bnot (?:feel |feeling )?safe (?:at home|with (?:him|her|them|my \w+)|in my (?:home|house|flat))\b`,
      pattern`\b${FEAR} to go (?:back )?home\b`,
      pattern`\b(?:someone|somebody|he|she|they|my \w+) (?:is |has been |keeps |was )?${HURTS_A_CHILD} (?:my|the) ${CHILD}\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      pattern`\b${INTENT} to (?:really )?${VIOLENCE} ${SOMEONE}\b`,
      pattern`\b(?:i will|ill|i am going to|i shall) ${VIOLENCE} ${SOMEONE}\b`,
      pattern`\b(?:feel|feeling|felt) like (?:killing|hurting|stabbing|attacking|murdering|strangling) ${SOMEONE}\b`,
      pattern`\b(?:stab|stabbing|murder|murdering) (?:someone|somebody|people|him|her|them)\b`,
    ],
  },
];

export const CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      pattern`\bwhat is (?:even )?the point\b`,
      pattern`\b(?:there is )?no point (?:in )?(?:trying|anything|bothering|carrying on|going on)\b`,
      pattern`\bnothing (?:will|is going to|is ever going to|ever) (?:ever )?(?:change|get better|work out|improve)\b`,
      pattern`\b(?:never|not ever) going to (?:change|get better)\b`,
      pattern`\b(?:give|giving|gave|given) up on (?:life|everything|myself|it all|trying|living|the future)\b(?! (?:sugary|sweet|fried|fizzy|processed|junk)\b)(?!(?: \w+){0,3} for lent\b)`,
      pattern`\bi (?:just |have |am |have just )?(?:give|gave|given|giving) up$`,
      pattern`\bhopeless\b(?! at\b)`,
      pattern`\b(?:worthless|no hope|no future)\b`,
      pattern`\bwhy (?:do i |should i )?(?:even )?bother\b`,
      pattern`\bhate (?:${MYSELF}|my life)\b`,
      pattern`\b(?:i am|i am just|feel like|feeling like) a (?:failure|burden)\b`,
      pattern`\b(?:want|wish i could) (?:to )?(?:just )?disappear(?: forever| for good| from (?:everything|everyone))?$`,
      pattern`\b(?:everything|life) is (?:pointless|meaningless)\b`,
      pattern`\bnot want to be (?:here|around)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      pattern`\b(?:can not|could not|not|struggling to|unable to) cope\b`,
      pattern`\bnot coping\b`,
      pattern`\bfalling apart\b`,
      pattern`\b(?:can not|could not) (?:take|handle|stand) (?:it|this|much more|${ANY_MORE})\b`,
      pattern`\b(?:can not|could not) do (?:this|it) ${ANY_MORE}\b`,
      pattern`\b(?:can not|could not) (?:go on|carry on)\b`,
      pattern`\b(?:can not|could not) live like this\b`,
      pattern`\b(?:keep|kept|been) breaking down\b|\bbreaking down (?:in tears|crying)\b`,
      pattern`\b(?:mental|nervous) breakdown\b`,
      pattern`\b(?:at|reached) (?:my |a )?breaking point\b`,
      pattern`\bend of my tether\b`,
      pattern`\b(?:so |completely |totally |really )?overwhelmed\b`,
      pattern`\btoo much for me\b`,
      pattern`\bpanic attacks?\b`,
      pattern`\bcrying (?:all the time|every day|all day|every night|${MYSELF} to sleep)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not eating or sleeping',
    patterns: [
      pattern`\b(?:have not|not|barely|hardly) (?:eaten|eat|had (?:anything|something|much) to eat|had food)(?: properly| anything| much| a thing)? (?:in|for|since)\b`,
      pattern`\b(?:not|barely|hardly|stopped) (?:eating|sleeping)\b`,
      pattern`\b(?:barely|hardly) (?:eat|sleep)\b`,
      pattern`\b(?:can not|could not) (?:eat|sleep)\b`,
      pattern`\b(?:have not|not|barely|hardly) (?:slept|had any sleep)\b`,
      pattern`\bno sleep (?:in|for)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      pattern`\b(?:so|really|very|feel|feeling|felt|been|am) (?:depressed|empty|numb)\b`,
      pattern`\b(?:feel|feeling|felt) (?:so |really |very )?(?:low|down)\b(?! to\b)`,
    ],
  },
];

/**
 * Everyday phrases that contain a risk word but are not about risk. risk.ts blanks them out
 * before matching, so "I nearly killed myself laughing" does not read as "killed myself".
 */
export const IDIOMS: readonly RegExp[] = [
  pattern`\b(?:kill|killing|killed|kills) ${MYSELF} (?:laughing|trying|working|at work|at the gym)\b`,
  pattern`\b(?:beat|beating|beats) ${MYSELF} up\b`,
  pattern`\bshoot ${MYSELF} in the foot\b`,
  pattern`\b(?:cut|cutting|burn|burning|burned|burnt|hurt|hurting) ${MYSELF} ${BY_ACCIDENT}\b(?!(?: \w+){0,3} (?:on purpose|deliberately))`,
  pattern`\b(?:fell|slipped|tripped)(?: over)? and (?:hurt|cut) ${MYSELF}\b`,
  // An accident is everyday; hoping for one, or not minding one, is not (generalCrisisPatterns.ts and
  // indirectSpeechPatterns.ts read those).
  pattern`(?<!\b(?:wish|wishing|hope|hoping|pray|praying|mind|care|bothered|fussed)\b(?: \w+){0,4} )\b(?:hit|knocked (?:down|over|off)) by (?:a|the) (?:car|bus|van|bike|ball|lorry|truck|taxi)\b`,
  pattern`\b(?:burned|burnt|cut) my (?:arms|legs) (?:on|with|shaving|cooking)\b`,
  pattern`\bhit me up\b|\bhurt (?:my|your|his|her|their|our) feelings\b|\bchoked (?:me |us )?up\b(?! (?:against|on|by)\b)`,
  pattern`\bhit me with (?:a|an|the|some|this|that) (?:tough |hard |difficult |tricky |big |huge )?(?:question|questions|curveball|request|deadline|bill|fine|fee|charge|task)\b`,
  pattern`\b(?:die|dying|died) (?:my|her|his|your) hair\b`,
  pattern`\bbeat (?:me|us) (?:at|in|to)\b`,
  pattern`\bdie (?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|cringe)\b`,
  pattern`\b(?:end|ending|ended) (?:it|things) with\b`,
  pattern`\btake my (?:own )?life (?:back|into my own hands|in my own hands)\b`,
  pattern`\b(?:overdose|overdosed|overdosing) on ${oneOf(
    'coffee', 'caffeine', 'sugar', 'chocolate', 'sweets', 'cake', 'tea', 'energy drinks', 'netflix', 'tv', 'telly',
    'work', 'fun', 'positivity', 'job sites', 'applications', 'cvs?',
  )}\b`,
  pattern`\bsuicide (?:squad|bomber|bombers|bombing)\b|\b(?:cv|career|job|interview|application|this|letter|idea|move|that|plan) (?:is |was |would be )?(?:career )?suicide\b`,
  pattern`\b(?:deadline|deadlines|feet|back|legs|head|commute|traffic|suspense|heat|job|work|this|it|hangover|knees|shoes|neck|boots) (?:is |are |was |were )?killing me\b`,
  pattern`\b(?:killing|killed|kill|smashing|smashed|smash) it\b|\bdead ends?\b|\bkill (?:two birds|time|the lights|the engine)\b`,
  pattern`\b(?:could|would|d) (?:murder|kill) (?:a|an|some|for|to get|to work|to be)\b`,
  pattern`\bshoot (?:me|him|her|them|us) (?:an? |the |over |through )?(?:email|text|message|link|line|dm|call|details)\b`,
  pattern`\bdrop dead\b|\bdead (?:tired|keen|chuffed|excited|on time|good|easy|serious|right(?! now\b)|nervous|busy|lucky)\b`, // not "dead rn"
  pattern`\bdying (?:to|for)\b(?! real)|\bto die for\b|\b(?:death|end) of me\b|\b(?:bored|scared|worried) to death\b`,
  pattern`\b(?:phone|battery|laptop|car|wifi|plant|tv|charger|computer) (?:is |has |had |was )?(?:dead|died)\b`,
  pattern`\b(?:die|died|dying|dead) (?:of |from )?(?:embarrassment|shame|boredom|laughter|laughing|cringe)\b`,
  pattern`\b(?:literally|actually|nearly|almost|basically|practically) died\b`,
  // Where and with whom someone lives: "i want to live in manchester", "sick of living in this flat".
  pattern`\b(?:want|like|love|hate|prefer|choose|chose|moving|move|going|plan|planning|hope|hoping) to live (?:in|near|by|closer to|nearer to|nearer|closer) (?!(?:this|the|a) (?:world|life|hell|pain)\b|pain\b|fear\b|hell\b|misery\b)`,
  pattern`\b(?:want|like|love|hate|prefer|stay|staying) to live with (?:my|our|a|the|me|his|her) (?:parents|mum|mam|mom|dad|family|nan|nana|gran|granny|grandparents|partner|boyfriend|girlfriend|friends|flatmates?|housemates?|sister|brother|kids|children|auntie|aunt|uncle|cousins?)\b`,
  pattern`\b(?:sick|tired|fed up) of living (?:in|with|at|near) (?:this|that|my|the|a|these|those|our) (?:flat|house|home|room|place|area|town|city|bedsit|hostel|estate|street|village|parents|mum|dad|family|flatmates?|housemates?)\b`,
];

/** Laughter after a threat against someone else means a figure of speech, not a plan. */
export const JOKE_MARKERS = /\b(?:lol|lmao|rofl|haha\w*|jk|joking|only joking|kidding)\b/;
