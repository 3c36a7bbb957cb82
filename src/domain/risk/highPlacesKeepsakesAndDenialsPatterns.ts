// Risk said as a practical question about a high place or a way in, as a last errand, and plain
// struggle in chat words; and everyday words about a film, an essay or other people's past.
// Crisis: not being safe from one's own head; the tallest or highest place nearby, or how high is
// enough; whether a railway, bridge or roof is fenced off or can be got onto; whether a fumes method
// "still works"; having only stayed around for something now over; things left "as a memory" with
// not being here; one's own funeral planned, or things sorted "so no one has to"; the meter's
// emergency credit gone, or the heating dead with a baby; pushing someone off a cliff or under a
// bus, or "happily" hurting them; their own home seen in a film ("made me realise he does that to
// me"); a partner's hold on the money, said or denied (denied, it is concern).
// Concern: stopped expecting anything good; always going to be nothing; gambling as a "job" or at
// small hours; buy-now-pay-later "killing me", debts in collections, credit ruined; not remembering
// the last time anyone asked or called; "feeling pure rubbish"; barely hanging on; falling apart or
// sobbing somewhere; "not in danger" beside a bad week. Drink, drugs or gambling denied as a
// screening answer ("no i do not smoke or drink") counts for nothing.
// Read as "course": a documentary, play, essay or book about a risk topic; learning about overdose
// limits for a course or job; a relative who used to drink or had depression. "I could have
// strangled myself for forgetting" is an idiom. Look-alikes of our own are in
// test/domain/riskTwentySecondForms.test.ts. Normalised words, as in riskPatterns.ts.
import { MYSELF, oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

// Words nowhere in the clause, before or after: checked only once the rarer words have matched.
const nowhere = (words: string): string => String.raw`(?<!\b(?:${words})\b.*)(?!.*\b(?:${words})\b)`;
const NEARBY = oneOf('in town', 'in the town', 'in the city', 'in the city centre', 'round here', 'around here', 'near here', 'near me', 'nearby', 'in the area', 'local', 'locally', 'near (?:the|my) \\w+');
const HIGH_PLACE = oneOf('building', 'buildings', 'bridge', 'bridges', 'car park', 'multi storey', 'tower', 'tower block', 'block of flats', 'flats', 'cliff', 'cliffs', 'viaduct', 'flyover', 'roof', 'rooftop', 'point', 'drop');
const DROP_PLACE = oneOf('train line', 'train lines', 'railway', 'railway line', 'rail line', 'train tracks?', 'railway tracks?', 'tracks', 'level crossing', 'bridge', 'viaduct', 'flyover', 'cliffs?', 'cliff top', 'roof', 'rooftop', 'top floor', 'top of the (?:car park|multi storey|building|tower|flats)', 'multi storey', 'car park roof');
const FENCED = oneOf('fenced off', 'fenced in', 'fenced', 'gated off', 'gated', 'locked', 'blocked off', 'open at night', 'open all night', 'easy to get (?:onto|on to|to|on|up)', 'accessible', 'guarded', 'watched', 'covered by cameras');
// Work on the line, a child or a dog, or safety at work: an everyday reason to ask.
const SAFETY_REASON = nowhere(String.raw`work|working|shift|site|job|trackside|network rail|contractor|survey\w*|inspect\w*|maintenance|repairs?|kids?|children|son|daughter|dog|dogs|school|safety|health and safety|risk assessment`);
// A job, a view or a quiz: an everyday reason to name the tallest building in town.
const NOT_A_VISIT = nowhere(String.raw`apply\w*|job|jobs|work\w*|interview|office|hotel|restaurant|views?|opened|opening|built|live|living|moved|quiz|trivia|history|tour`);
const FUMES = oneOf('car exhaust', 'exhaust', 'exhaust fumes', 'fumes', 'carbon monoxide', 'charcoal', 'a bbq', 'a barbecue', 'helium');
const STAYED = oneOf('sticking around', 'stuck around', 'staying around', 'stayed around', 'hanging around', 'hung around', 'holding on', 'held on', 'hanging on', 'hung on', 'staying alive', 'stayed alive', 'kept going', 'keeping going', 'sticking about', 'stuck about', 'still here', 'stayed here', 'staying here');
const PERSON = String.raw`(?:him|her|them|that \w+|my (?:boss|manager|supervisor|coach|work coach|adviser|advisor|partner|husband|wife|boyfriend|girlfriend|ex|landlord|neighbour|neighbours|brother|sister|dad|mum|stepdad|flatmate|housemate)|the (?:boss|manager|supervisor|coach|work coach|adviser|advisor|landlord|neighbour|neighbours|guy|bloke|woman|man|lad|girl|fella|idiot))`;
const CONTROLLER = String.raw`(?:he|she|partner|husband|wife|boyfriend|girlfriend|ex|fella|missus|other half)`;
const OTHERS = String.raw`(?:my|our|his|her|their) (?:late )?(?:husband|wife|partner|mum|mam|mother|dad|father|stepdad|brother|sister|cousin|uncle|aunt|auntie|friend|best friend|flatmate|neighbour|son|daughter|nan|gran|grandad|grandma)`;

export const HIGH_PLACES_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      pattern`\bnot (?:feel |feeling )?safe (?:from|with|around|alone with|on my own with|inside) (?:${MYSELF}|me|my (?:own )?(?:head|mind|thoughts|brain))\b`,
      pattern`\bmy (?:own )?(?:head|mind|brain|thoughts) (?:is|are) not (?:a )?safe(?: place)?(?: to be)?(?: right now| at the moment| tonight)?$`,
      pattern`\b(?:do not|can not|could not) trust ${MYSELF} (?:tonight|right now|at the moment|any ?more|not to (?:do|hurt|harm)|alone|on my own|around (?:my |the )?(?:pills|tablets|meds|knives|blades))\b`,
      pattern`\b(?:scared|afraid|frightened|terrified|worried) (?:of )?what i (?:might|will|could|would|am going to) do to ${MYSELF}\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      pattern`\b(?:tallest|highest) (?:\w+ )?${HIGH_PLACE} (?:\w+ )?${NEARBY}\b${NOT_A_VISIT}`,
      pattern`\bwhich (?:\w+ )?(?:bridge|car park|multi storey|building|tower block|cliff) (?:is|has) (?:the )?(?:highest|tallest|biggest drop|longest drop|no fence|no fences|no barriers?|no railings)\b`,
      pattern`\bhow (?:high|tall|far down)\b(?: \w+){0,6} (?:to (?:die|kill you|kill someone|be fatal|not survive)|would kill (?:you|someone|me)|is fatal|is not survivable|to make sure$)`,
      pattern`\b(?:know|wondering|idea|tell me|find out|anyone know) (?:if|whether) (?:the |that )?(?:\w+ )?${DROP_PLACE}\b(?: \w+){0,5} (?:is|are) (?:still )?${FENCED}\b${SAFETY_REASON}`,
      pattern`^(?:is|are) (?:the |that )?(?:\w+ )?${DROP_PLACE}\b(?: \w+){0,5} ${FENCED}\b${SAFETY_REASON}`,
      pattern`\b(?:can you|can i|could you|could i|is it easy to|how do you|how do i|how would (?:you|i|someone)|anyone know how to) (?:get|climb|walk|go) (?:onto|on to|up onto|up to|on|up on|out onto|out on) (?:the )?${DROP_PLACE}\b${SAFETY_REASON}`,
      pattern`\b${FUMES}\b(?: \w+){0,6} still (?:a thing|work|works|working|effective|kill|kills|do it)\b`,
      pattern`\b(?:is|does|do|would|will) (?:\w+ )?${FUMES} (?:\w+ ){0,3}(?:in|inside) (?:a|the|your|my) (?:garage|closed \w+|shut \w+|sealed \w+|small room|tent|car)\b(?: \w+){0,4} (?:work|works|kill|kills|painless|quick|a thing)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [
      pattern`\b(?:only|just) ${STAYED} (?:for|because of|until|till)\b(?!(?: \w+){0,3} (?:food|lunch|pizza|buffet|cake|drinks|free|party|raffle|speeches|bus|lift|taxi|results)\b)(?: \w+){1,6} (?:and|but|now|so) (?:that|it|this|she|he|they|the \w+)(?: is| has| was| are| have)? (?:over|done|finished|gone|dead|passed|ended|died|left)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      pattern`\b(?:made|making|make|written|writing|wrote|picked|picking|chose|chosen|choosing|planned|planning|sorted|sorting|put together|putting together|booked|paid for) (?:\w+ ){0,3}?(?:playlist|songs?|music|hymns?|readings?|plans?|order of service|outfit|flowers|coffin|wishes|everything) (?:for|at) my (?:own )?funeral\b`,
      pattern`\bso (?:my \w+|no one|they|he|she) (?:does not|do not|will not|would not|never) (?:have|has|need) to (?:go through|sort out|sort through|clear out|empty|deal with) (?:all )?my (?:stuff|things|belongings|room|flat|clothes|affairs)\b`,
      pattern`\bmy (?:own )?funeral (?:playlist|songs?|plans?|music|outfit|wishes) (?:is |are )?(?:all )?(?:done|ready|sorted|written|picked|planned|made)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'no heating or power',
    patterns: [
      pattern`\bno (?:credit|money|emergency credit) (?:left )?(?:on|for|in) (?:the|my|our) (?:gas |electric |electricity |prepayment |key )?meter\b`,
      pattern`\bemergency credit (?:is |has |has been |is all )?(?:gone|used up|run out|ran out|finished)\b|\b(?:gone off|used up|used all|ran out of|run out of|no more|(?:will|would) not (?:give|take) (?:me )?(?:any )?more) (?:the |my |our )?emergency credit\b`,
      pattern`\b(?:heating|boiler)\b(?: \w+){0,2} (?:packed in|broken|broke|gone|died|stopped working|not working|conked out)\b(?=.*\b(?:baby|babies|kids|children|little one|newborn|toddler|pregnant|freezing)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      pattern`\b(?:i would|id|i could|i will|i ll|ill|i am going to|going to|want to) (?:happily |gladly |quite happily |honestly |seriously |really |just )?(?:push|throw|shove|chuck|kick|tip) ${PERSON} (?:off|under|in front of|down|over) (?:a|the) (?:cliff|bridge|bus|train|stairs|balcony|roof|pier|edge|tracks)\b`,
      pattern`\b(?:i would|id|i could|i will|i ll|ill) (?:happily|gladly|quite happily|cheerfully) (?:kill|strangle|throttle|murder|punch|stab|batter|deck|slap|smack|hit|run over|drown) ${PERSON}\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    // Their own home seen in a film or a course: "made me realise he does that to me".
    patterns: [pattern`\b(?:realise|realised|realize|realized|made me see|made me think|recognised|recognized)\b(?: that)? (?:(?:he|she|they|my \w+) (?:does|is doing|has been doing|did|was doing|does all|did all) (?:that|this|it|the same|all that|all of that|exactly that|those things) to me|(?:it is|this is|that is|the same is) (?:what is |what has been )?happening to me)\b`],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    // Said or denied: "my husband takes my wages", "no, my partner does not control my money".
    patterns: [pattern`\b(?:controls?|controlled|controlling|takes?|took|taking|keeps?|kept|holds?)(?<=\b${CONTROLLER} (?:(?:does|do|did|has|had|is|was|not|never|always|really|just|even|still|keeps) ){0,3}(?:controls?|controlled|controlling|takes?|took|taking|keeps?|kept|holds?)) (?:all )?(?:of )?(?:my|our) (?:money|wages|pay|benefits?|universal credit|bank ?cards?|cards|bank account|finances)\b(?! (?:for me because i asked|while i am (?:away|in hospital)))`],
  },
];

export const HIGH_PLACES_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      pattern`\b(?:stopped|given up|gave up|quit|no longer|do not even bother) (?:expecting|hoping for|waiting for|believing in|looking forward to) (?:anything|good|better|things to|it to|life to|a better|much|the future|change|something good)\b`,
      pattern`\bnothing good (?:ever )?(?:happens|comes) (?:to|for) (?:me|people like me)\b|\bgood things (?:do not|never) happen to (?:me|people like me)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [
      pattern`\bi (?:was|am|were) (?:always |only ever |just |probably )?(?:going to|destined to|meant to|bound to) (?:be|amount to|end up|turn out) (?:nothing|a nobody|nobody|no one|a failure|a loser|useless|worthless|a waste of space|a disappointment|a let down)\b`,
      pattern`\b(?:i will|ill|i ll|i am going to|i am|i will just) never (?:be|amount to|become) (?:anything|anyone|something|much|anybody)\b(?! (?:else|other|but|except|like|in|at|as))`,
    ],
  },
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [
      pattern`\b(?:online casino|casino|slots|the bookies|bookies|roulette|betting|gambling|poker|bingo|bet365|scratchcards)\b${nowhere('shift|shifts|staff|dealer|croupier|apply|applied|applying|interview|vacancy|customers')}(?: \w+){0,4} (?:is|are) (?:basically |literally |like )?my (?:full time |new |second |main )?(?:job|hobby|life|income)\b`,
      pattern`\b(?:online casino|casino|slots|roulette|betting|gambling|poker|bet365)\b${nowhere('shift|shifts|staff|dealer|croupier|work at|working at|apply|applied|applying|interview')} (?:at|till|until) (?:[1-5] ?am|[1-5]|dawn|4 in the morning|3 in the morning)\b`,
      // Said only to be denied ("no i do not smoke or drink"): a screening answer, which counts for nothing.
      pattern`\b(?:smoke|drink|gamble|vape|take drugs|do drugs|use drugs) (?:or|and|nor) (?:smoke|drink|gamble|vape|take drugs|do drugs|use drugs|bet)\b|\b(?:drink|gamble|take drugs|do drugs|touch drugs|touch alcohol) at all\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [
      pattern`\b(?:klarna|clearpay|laybuy|paypal credit|buy now pay later|payday loans?|loans?|debts?|the debt|bills|overdraft|credit cards?|catalogues?|interest|repayments|loan sharks?)\b(?: and \w+(?: \w+)?)? (?:is|are|has been|have been) (?:killing|crippling|drowning|burying|destroying|sinking|swallowing) me\b`,
      pattern`\b(?:bill|bills|debt|debts|account|phone|card|loan|it|they|catalogue|overdraft|contract) (?:is |are |has |have |has been |have been |went |gone |got |been )?(?:in|into|to|sent to|passed to|handed to) (?:debt )?collections?\b`,
      pattern`\bmy credit (?:score |rating |file |history )?(?:is |has been |got |was |is now )?(?:ruined|shot|destroyed|wrecked|trashed|in the bin|in tatters)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'feels alone',
    patterns: [
      pattern`\b(?:can not|could not|do not|cannot) (?:even )?remember (?:the )?last time (?:someone|anyone|somebody|anybody|people|a friend|my family|friends) (?:asked|called|rang|texted|messaged|visited|checked|came round|hugged|invited|spoke to me|talked to me|cared)\b`,
      pattern`\b(?:can not|could not|do not|cannot) (?:even )?remember (?:the )?last time i (?:spoke to|talked to|saw|went out with|had) (?:a |an |any |my )?(?:friend|friends|anyone|someone|person|people|family|visitor|hug|proper conversation|conversation|chat|laugh)\b`,
      pattern`\b(?:no one|nobody) (?:ever )?(?:asks|asked|checks|checked) (?:me )?(?:how i am|how i was|how i am doing|if i am (?:ok|okay|alright))\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      pattern`\b(?:feeling|feel|felt) (?:pure|proper|absolute|absolutely|utter|utterly|total|totally|really|so|dead|well|just) (?:rubbish|crap|shit|pants|grim|awful|terrible|horrible|miserable|rotten)\b(?! about\b)${nowhere('cold|flu|ill|sick|bug|virus|covid|hangover|hungover|temperature|fever|migraine|headache|throat|chest|period|cramps|tooth|toothache|stomach|knee')}`,
    ],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      pattern`\b(?:barely|only just|just about|hardly) (?:hanging|holding) on\b(?! (?:to (?!be honest)|for|the|a|line|hold|music)\b)|\bhanging on by a (?:thread|string|shoestring)\b`,
      pattern`^(?:honestly |just |then |and |so |totally |completely )?(?:fell|fall) apart\b|\bi (?:just |completely |totally |kind of |sort of |basically )?(?:fell|fall) apart\b`,
      pattern`(?<!\b(?:baby|babies|he|she|they|kids?|son|daughter|toddler|child|children|it|who|everyone|people|audience|mum|mam|dad|nan|gran|sister|brother|wife|husband|partner|friend)(?: \w+){0,2} )\b(?:sobbing|bawling|weeping)\b(?! (?:at|over) (?:the )?(?:film|movie|show|book|ending|episode|wedding))`,
    ],
  },
];

/** "I could have strangled myself for forgetting his name": annoyance, not harm. */
export const HIGH_PLACES_IDIOMS: readonly RegExp[] = [
  pattern`\bcould (?:have |of )?(?:strangled|killed|kicked|throttled|slapped|murdered|shot|strangle|kill|kick|throttle|slap|murder) ${MYSELF} (?:for|when|over|after)\b(?! (?:being alive|living|existing|waking up))`,
];

// Said across clauses: a keepsake left, and not being here to see it.
export const HIGH_PLACES_WHOLE_GATE = /\b(?:memory|keepsake|remember me|only|no one|danger)\b/;
const NOT_HERE = String.raw`(?:(?:not|never) (?:going to )?be (?:here|around)|(?:when|after|once) i am gone|gone soon|not here (?:much longer|for long))`;
export const HIGH_PLACES_WHOLE_MESSAGE_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'not coping',
    // "Not in danger" said unasked, beside a bad week: struggling, though safe.
    patterns: [/\bnot in (?:any )?danger\b(?=.*\b(?:(?:bad|rough|rubbish|crap|shit|hard|tough|awful|horrible|difficult|dark|low) (?:day|days|week|weeks|month|time|few days|patch|spell|year|night)|tired of everything|struggling|not coping)\b)/],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      // Cleaned up after, "so no one has to", with a pet or belongings handed on or the whole place done.
      /\bso no one(?<=(?:\b(?:gave|given|giving|rehomed|rehoming|handed) (?:away )?(?:the|my|our) (?:cat|cats|dog|dogs|pets?|rabbit|fish|bird|hamster|stuff|things|belongings|clothes)\b|\b(?:whole|entire) (?:flat|house|place|room)\b).*) (?:else )?(?:has|will have|would have|needs|will need) to(?: (?:do it|deal with it|sort it|clear it|clean it|clean up|clear up|sort it out))?(?: after| afterwards| later)?$|\bso no one (?:else )?(?:has|will have|would have|needs|will need) to(?: (?:do it|deal with it|sort it|clear it|clean it|clean up|clear up|sort it out))? (?:after|afterwards)$/,
      new RegExp(String.raw`\b(?:as a (?:memory|keepsake)|to remember me(?: by)?)\b(?=.*\b${NOT_HERE}\b)|\b${NOT_HERE}\b.*\b(?:as a (?:memory|keepsake)|to remember me(?: by)?)\b`),
    ],
  },
  {
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [
      /\bthe only (?:reason|thing|one)\b(?: \w+){0,3} (?:kept|keeps|keeping|stuck|stayed|held|holding) (?:me )?(?:going|here|around|alive|on)\b.*\b(?:gone|over|done|finished|died|dead|passed away|passed|left me)\b/,
    ],
  },
];

// A film, play, essay or book about a risk topic; learning about it for a course or job; and a
// relative's past drinking or depression: none of it the client's own.
const MEDIA = oneOf('documentary', 'documentaries', 'film', 'movie', 'play', 'drama', 'essay', 'assignment', 'dissertation', 'coursework', 'book', 'novel', 'podcast', 'article', 'project', 'presentation', 'lecture', 'talk', 'episode', 'series', 'programme', 'show', 'research');
const RISK_TOPIC = oneOf('domestic (?:violence|abuse)', 'abuse', 'violence', 'suicide', 'self harm', 'overdoses?', 'debt', 'homelessness', 'addiction', 'depression', 'coercive control', 'gambling', 'eating disorders?', 'poverty', 'mental health', 'alcoholism', 'grief');
export const HIGH_PLACES_TOPIC_GATE = /\b(?:abuse|violence|suicide|self harm|overdoses?|debt|homelessness|addiction|depression|coercive|gambl\w*|eating disorders?|poverty|mental health|alcoholi\w*|grief|safeguarding|drink|drugs|addict|anxiety|breakdown|ptsd|psychosis|bipolar)\b/;
export const HIGH_PLACES_TOPIC_UNLESS = /\b(?:me too|myself|my self|like me|same as me|same with me|happened to me|happening to me|happens to me|relate|my own|i went through|i have been through|i lived through|reminds me|so do i|so am i|i do too|i am too|hit|hits|hitting|hurt|hurts|beat|beats|beating|violent|scared of|took it out on|still|again|realise\w*|realize\w*|to me|at home|does that|did that|i cut|i do it|i did it|thought about|thinking about|think about|tried|on repeat|keep watching|keep reading|keep listening)\b/;
export const HIGH_PLACES_TOPIC_PHRASES: readonly RegExp[] = [
  pattern`\b${MEDIA} (?:about|on|covering|exploring|into|looking at|around) (?:\w+ ){0,3}?${RISK_TOPIC}(?: (?:survivors?|victims?|awareness|prevention|recovery|support|services|charities|in (?:the )?uk))?\b`,
  pattern`\b(?:learn|learning|study|studying|revise|revising|read up on|reading up on|know|knowing|understand|taught|teach|teaching|trained on|training on) (?:all )?(?:about )?(?:the )?(?:overdoses?|suicide|self harm|domestic abuse|safeguarding)(?: (?:limits|levels|thresholds|signs|risks|symptoms|awareness|prevention|procedures|policy|doses))?\b(?=.*\b(?:course|training|module|exam|qualification|job|role|placement|apprenticeship|nvq|work)\b)`,
  pattern`\b${OTHERS} (?:used to|would|once used to) (?:drink|gamble|take drugs|be on drugs|be an alcoholic|be an addict|be on the drink)(?: a lot| heavily| too much| loads| every day)?\b`,
  pattern`\b${OTHERS} (?:had|has had|went through|suffered (?:with|from)|struggled with|battled|was diagnosed with) (?:\w+ )?(?:depression|anxiety|a breakdown|addiction|an eating disorder|ptsd|psychosis|bipolar)\b`,
];
