// Crisis said in Pidgin and Patois ("better if i just die", "i just want dead"), as wanting to close
// your eyes and never open them, as being glad to join a wife or husband who has died, as planning
// to "finish my life" or "do myself in"; asking whether a poison kills you quickly; being made to
// carry or sell things "or they will hurt my mum"; brothers or a family who beat the client; a lip
// split or a nose broken by a partner; a full hostel and nowhere to go tonight. Concern: drinking in
// the mornings, money worries that never stop, debts that keep growing, no bus fare, the food bank,
// "i am so low", a hostel or landlord that gives them till a day to find somewhere else; a threat
// joked as someone "getting throat punched" or "yeeted", or as "doing time for him". Everyday words
// read as a topic ("course"): a game where you kill yourself, a film or book where a knife is
// hidden, a poem about saying goodbye, a baby who is not sleeping, the ground swallowing you up out
// of embarrassment. (Topics for overdose shop talk, films where everyone dies, handing in your notice
// and "can not sleep" after a horror film were tried and left out: they rewrote training messages and
// moved the classifier on other splits.) Look-alikes of our own are in
// test/domain/riskThirtyFourthForms.test.ts. Normalised words, as in riskPatterns.ts.
import { ADVERBS, FAMILY, MYSELF, PILLS, oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const POISONS = oneOf(PILLS, 'antifreeze', 'bleach', 'rat poison', 'weed ?killer', 'slug pellets', 'drain cleaner', 'carbon monoxide', 'exhaust fumes', 'the fumes', 'gas');
const BODY = oneOf('lip', 'nose', 'eye', 'eyebrow', 'head', 'face', 'tooth', 'teeth', 'jaw', 'ribs?', 'arm', 'wrist', 'cheek', 'ear', 'finger');
const INJURED = oneOf('split', 'busted', 'bust', 'broken', 'broke', 'cut', 'blacked', 'smashed', 'cracked', 'bloodied', 'fractured', 'burst', 'dislocated');
const SPORT = '(?! (?:playing|at (?:training|football|rugby|boxing|the gym|work)|in (?:training|the match|the game|rugby|football|boxing)|sparring|by accident|accidentally|with (?:a|the) (?:ball|door|bat|racket|frisbee))\\b)';
const DEAD_ONE = oneOf('her', 'him', 'them', 'my (?:late )?(?:wife|husband|partner|mum|mam|mother|dad|father|son|daughter|boy|girl|baby|brother|sister|twin|fiance|fiancee)');
const PERSON = oneOf('he', 'she', 'they', 'someone', 'somebody', 'whoever', 'the next (?:person|one|guy|man|woman|lad|girl)', '(?:the|that|this|my|these|those|our|his|her) (?:\\w+ ){0,3}?(?:kid|kids|guy|guys|man|men|woman|lad|lads|girl|bloke|fella|person|people|group chat|chat|neighbours?|boss|manager|colleague|coworker|landlord|ex|brother|sister|driver|cyclist|recruiter|interviewer|idiot|muppet|customers?|trainer|tutor|cousin|husband|wife|boyfriend|girlfriend|partner|flatmate|housemate)');
const BLOWS = oneOf('throat punched', 'punched', 'slapped', 'decked', 'smacked', 'lamped', 'chinned', 'glassed', 'headbutted', 'throttled', 'sparked out', 'drop kicked', 'dropkicked');
const DAYS = oneOf('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'the weekend', 'the end of (?:the )?(?:week|month)', 'next \\w+', 'the \\d+\\w*', '\\d+\\w*');
const GAMES = oneOf('minecraft', 'fortnite', 'roblox', 'gta', 'warzone', 'apex(?: legends)?', 'call of duty', 'cod', 'the sims', 'sims', 'valorant', 'elden ring', 'dark souls', 'zelda', 'terraria', 'rust', 'pubg', 'hardcore(?: mode)?', 'survival(?: mode)?', 'the game', 'game', 'a game', 'that game', 'this game', 'the level', 'creative mode');
const FICTION = 'film|movie|book|novel|read|reading|watched|watching|series|show|episode|play|story|season|finale|horror|thriller|netflix|documentary|agatha christie|anime|manga|comic|game|podcast';
// Said anywhere, these make the topic the client's own, so it is read as written.
const OWN = String.raw`me too|relate|that is me|that will be me|that could be me|i feel the same|same here|like me|i wish i|i want to (?:die|do the same|end it|kill myself)|in real life|irl|for real|not joking|i mean it|seriously|i am suicidal|i tried|i have tried|i took|i overdosed|i self harm|kill myself for real|every night|for (?:weeks|months)`;

export const THIRTY_FOURTH_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      // Pidgin and Patois: "e go better if i just die", "mi jus waan dead", "make i just die".
      pattern`\b(?:better|best|easier|good|sweet) (?:if|when|say) (?:i|mi|me) (?:just |jus |only |simply |go |to )?(?:die|died|dead|was dead|were dead|am dead|no wake up|do not wake up|never wake up)\b`,
      pattern`\b(?:i|mi|me|make i)(?: am| do)? (?:just |jus |only |really |so |don )?(?:want|waan|wish|need) (?:to be dead|dead|die)\b(?! (?:silence|quiet|air|weight|lift|heat|serious|cast|hard)\b)`,
      pattern`\b(?:close|shut|closing|shutting) (?:my|your|me|our) eyes and (?:never|not|not have to|never have to) (?:open|opening|wake|waking)(?: them| up)?(?: again| ever again| back up)?\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      pattern`\b(?:finish|finishing|finished|end off) (?:my|me|mine) (?:own )?life\b(?! (?:story|stories|coach\w*|course|insurance|skills|admin|work|plan|savings|membership|cover|policy|certificate|modules?)\b)`,
      // "do myself in" is suicide; "done myself in at the gym" is tiredness and is left out.
      pattern`\b(?:do|doing) ${MYSELF} in\b(?! (?:at|with|on|lifting|running|training|carrying|moving|shifting|walking|the gym|this heat)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      pattern`\b(?:does|do|will|would|can|could|if|whether|how (?:quick|quickly|fast|long)(?: does| do| will| would)?) ${POISONS} (?:kill|kills|killing|finish|finishes|end) (?:you|a person|someone|somebody|people|me|a human)\b(?! (?:if you are a|when you are a) (?:dog|cat|pet)\b)(?=.*\b(?:quick|quickly|fast|painless\w*|in your sleep|how much|how many|for sure|definitely|properly|peacefully)\b|$)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      // Made to carry, hold, sell or drop things "or they will hurt my mum".
      pattern`\b(?:make|makes|made|making|force|forces|forced|forcing|have|has|got|get|gets) (?:me |us )?(?:to )?(?:\w+ ){1,7}?or (?:else )?(?:(?:they|he|she) (?:will |would |are going to |is going to |say they will |said they would |says he will |said he would |threaten to |threatened to )?|theyll |hell |shell )(?:hurt|kill|beat|stab|batter|come for|come after|go after|smash|burn|shoot|do) (?:me|us|my (?!feelings)\w+)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      // Brothers, cousins or the family who beat the client; not "beat me at pool".
      pattern`\bmy (?:older |big |step ?|elder )?(?:brothers|sisters|cousins|uncles|parents|family|in laws|stepbrothers) ${ADVERBS}(?:beat|beats|beating|hit|hits|hitting|batter|battered|kick|kicked|kicking|punch|punched|slap|slapped|hurt|hurts|whip|whipped|lock|locked) (?:me|us)\b(?! (?:at|in|to|on|by|with the|for (?:the|a|first|second|top|pace))\b)`,
      // A lip split or a nose broken by a partner or relative.
      pattern`\b(?:got|had|have|left with|ended up with) (?:my|a) ${BODY} ${INJURED}(?: open)? by (?:my|his|her) ${FAMILY}\b`,
      pattern`\b(?:she|he|my ${FAMILY}) ${ADVERBS}(?:split|busted|bust|broke|blacked|smashed|cracked|bloodied|burst|fractured|dislocated) my ${BODY}\b${SPORT}`,
      pattern`\b(?:she|he|my ${FAMILY}) ${ADVERBS}(?:gave|give|given|gives) me (?:a |another )?(?:black eye|fat lip|split lip|bloody nose|broken nose|concussion)\b${SPORT}`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      // Said with a laugh these are jokes (concern), as rules.ts reads all harm to others.
      pattern`\b${PERSON}(?: \w+){0,8}? (?:is|are|will be|is going to|are going to|is about to|are about to|is gonna|be) (?:get |be |getting |gonna get )?${BLOWS}\b`,
      pattern`\b(?:i will|ill|i am going to|i might|i could|i will end up|i am going to end up|i might end up)(?: be)? (?:doing (?:time|life|bird|a stretch|porridge)|serving (?:time|life|a sentence)|going down|go down|end up (?:inside|in prison|in jail|behind bars)|go to (?:prison|jail)) (?:for|over|because of) (?:him|her|them|my (?!own\b)\w+|that \w+|this \w+)\b`,
    ],
  },
];

export const THIRTY_FOURTH_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'joked about hurting someone',
    patterns: [
      // Someone "getting yeeted out the window" or "launched into the sun" is a joke even said straight.
      pattern`\b${PERSON}(?: \w+){0,8}? (?:is|are|will be|is going to|are going to|is about to|are about to|is gonna|be) (?:get |be |getting |gonna get )?(?:yeeted|(?:launched|lobbed|chucked|thrown|booted|drop kicked) (?:out (?:of )?the window|into (?:the sun|orbit|next week|the canal|the sea)))\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [
      pattern`\bi (?:have started |started |now |always |have been |been |am |even |usually |need to |have to |tend to )?(?:drink|drinking|crack open a can|hit the bottle)(?: now| alone| again| more| vodka| cider| wine| beer| cans| lager| spirits| whisky| gin)? (?:in the mornings?|of a morning|first thing(?: in the morning)?|before (?:noon|lunch|midday|work|breakfast)|with breakfast|as soon as i (?:wake|get up)|when i wake up)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [
      pattern`\bmy debts? (?:is|are|has|have|keep|keeps|just keep|just keeps)(?: \w+){0,3}? (?:growing|going up|getting bigger|spiralling|spiraling|mounting|piling up|out of control|climbing|doubled|tripled)\b`,
      pattern`\bmy debts? (?:is|are|comes? to|totals?|is at|are at)(?: about| around| nearly| over| almost| like| at least)? (?:\d+k|\d+ ?(?:grand|thousand)|\d{4,})\b`,
      pattern`\b(?:can not|could not|can not even|could not even) afford (?:the |a |my |to get the |to pay for the |to pay the |any )?(?:bus|bus fare|train|train fare|fares?|travel|petrol|diesel|fuel|food|to eat|gas|electric|heating|nappies|formula)\b(?!.*\b(?:till|until|before) (?:payday|pay day|friday|monday|next week|the end of the month)\b)`,
      pattern`\b(?:had to|have to|having to|have had to|need to|needed to|going to have to|will have to|been|been going to|using|use|used|rely on|relying on|living off|living on|referred to|refer me to|got a (?:parcel|voucher) from|back at|back to) (?:the |a |another )?food ?banks?\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      pattern`^(?:honestly |just |and |so )?(?:i am|i feel|feeling|i have been|been|i have been feeling|i am feeling) (?:so |really |very |proper |pretty |that |dead |super |quite |just |a bit |bit |too )?low(?: (?:today|lately|right now|at the moment|these days|again|recently|all week|this week|man|mate))?$`,
    ],
  },
];

export const THIRTY_FOURTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  // Glad to join a wife or husband who has died.
  [/\b(?:lost my (?:wife|husband|partner|mum|mam|mother|dad|father|son|daughter|boy|girl|baby|brother|sister|twin|fiance|fiancee)|died|passed away|passed on|funeral|grave|widow|widowed|widower|late (?:wife|husband|partner)|buried|in heaven)\b/, [
    {
      level: 'crisis',
      reason: 'wishes to be dead',
      patterns: [
        pattern`\b(?:i would|id|i will|i am|i will be|i would be|i would only be|i be)(?: \w+)? (?:glad|happy|ready|content|pleased|only too happy|grateful|more than happy) to (?:join|be with|go to|follow) ${DEAD_ONE}\b`,
        pattern`\b(?:want|wanted|wish|long|longing|ready|waiting|can not wait|just want) to (?:join|be with|follow) ${DEAD_ONE}(?: again| soon| now| up there| in heaven| wherever)\b`,
      ],
    },
  ]],
  // A full hostel or a locked door, and nowhere to go tonight.
  [/\b(?:hostel|shelter|refuge|no beds?|full|kicked out|evicted|locked out|thrown out|streets?|homeless|council|sofa)\b/, [
    {
      level: 'crisis',
      reason: 'no safe place, food or power tonight',
      patterns: [
        pattern`\bwhere (?:do|can|will|am|should|shall|the hell do) i (?:go|sleep|stay|going to (?:go|sleep|stay)|supposed to (?:go|sleep|stay)|meant to (?:go|sleep|stay))(?: now)? tonight\b`,
      ],
    },
  ]],
  // A hostel or landlord that gives them till a day to find somewhere else.
  [/\b(?:hostel|landlord|landlady|council|shelter|refuge|housing|tenancy|eviction|evicted|section 21|b and b|bnb|hotel|room|flat|house)\b/, [
    {
      level: 'concern',
      reason: 'may lose their home',
      patterns: [
        pattern`\b(?:till|until|untill|til) ${DAYS}(?: \w+){0,2}? (?:(?:then|and then|after that|before) (?:i|we) (?:have to|have got to|got to|need to|must|will have to|are out|am out) |to )(?:find somewhere|leave|get out|move out|be out|pack up|clear out|go)\b`,
      ],
    },
  ]],
  // Money worries that never stop; sick with worry over money.
  [/\b(?:money|debts?|bills|rent|arrears|financ\w*|skint|broke|loans?)\b/, [
    {
      level: 'concern',
      reason: 'money worries',
      patterns: [
        pattern`\b(?:money|debts?|bills?|rent|arrears|financial|cash) (?:worries|worry|stress|problems|troubles)(?: \w+){0,3}? (?:never (?:stop|end|ease|go away|let up)|are (?:eating|killing|crushing|making)|keep(?:ing)? me (?:up|awake))\b`,
        pattern`\bi am (?:\w+ )?(?:sick|ill|worried sick|sick to my stomach|sick with worry) (?:with|over|about|from) (?:it|worry|the worry|money|debts?|the debts?|the bills|them|it all)\b`,
      ],
    },
  ]],
];

export const THIRTY_FOURTH_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  // Killing yourself in a game; falling in the lava.
  [new RegExp(String.raw`\b(?:${GAMES}|lava)\b`), [
    new RegExp(String.raw`\b(?:killed|kill|killing|kills|drowned|blew up|blown up|starved|hanged|hung|fell|jumped) ${MYSELF}(?: off \w+| again)? in ${GAMES}\b`),
    pattern`\b(?:fell|fall|falling|jumped|walked|ran) (?:in|into) (?:the |some )?lava\b`,
  ], new RegExp(String.raw`\b(?:${OWN})\b`)],
  // A film or book where a knife is hidden, a poem about saying goodbye. Read as a topic only when the message is about a story.
  [/\b(?:hidden|hid|buried|goodbye|goodbyes|farewell)\b/, [
    pattern`\bin the (?:novel|book|film|movie|story|series|show|episode|play|game|comic|finale|last chapter)(?: \w+){0,6}? (?:is|was|are|were|gets|got) (?:hidden|found|buried|stashed|kept|hid)\b`,
    pattern`\b(?:poem|story|essay|song|piece|script|novel|book|painting|play|film)(?: for(?: \w+){1,3}?)? (?:is|was|will be|is all) about (?:\w+ ){0,5}?(?:saying goodbye|saying (?:his|her|their) goodbyes|saying farewell|bidding farewell)\b`,
  ], new RegExp(String.raw`^(?!.*\b(?:${FICTION})\b)|\b(?:${OWN}|any ?more|never|again|worried|anxious|stress\w*)\b`)],
  // Someone else's baby, partner or relative who is not sleeping.
  [/\bnot sleeping\b/, [
    pattern`\b(?:she|he|they|the baby|baby|my (?:\w+ )?(?:baby|son|daughter|kid|toddler|newborn|sister|brother|partner|wife|husband|mum|dad|mam)) (?:is|are|s)? ?not sleeping\b`,
  ], /\b(?:i am not sleeping|i can not sleep|i have not slept|none of us|we are not sleeping|me neither|nor am i|neither am i|i am not either)\b/],
  // The ground swallowing you up from embarrassment.
  [/\bswallow\b/, [
    pattern`\b(?:wanted|want|wanting|wished|wish|wishing|praying for) (?:for )?the (?:ground|floor|earth) to (?:open up and )?swallow me(?: up| whole)?\b`,
  ], /\b(?:not in the embarrassing way|for good|forever|just gone|and never|not (?:joking|kidding)|literally|for real|want to die|end it)\b/],
];
