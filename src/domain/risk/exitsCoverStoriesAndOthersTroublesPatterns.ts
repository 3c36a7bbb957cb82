// Risk said as a veiled exit, a cover story or a date set, in chat slang; and everyday words about
// games, titles, characters, other people's troubles, care or emergency work, or being safe.
// Crisis: "sui" thoughts, "ctb", "offing myself", checking out permanently; wanting out "like out
// out", not out of the job; no need of a job "where i am going"; a date set and things timed so no
// one is left with the rent; "and then i cut", "what i did to myself"; not minding being hit by a
// lorry; an injury to be explained as a door or a fall; being touched as a child or by a relative;
// hiding from the household that they wrote to us; "he is getting a slap". Concern: not affording
// the fare and food; a body in panic that could not get on the bus; grief like a weight; "finding
// the circumstances unmanageable"; a lease not renewed; necking a few before an appointment to
// handle it; making oneself sick; punching "whoever made it"; their own self-harm told as past and
// over (back, fresh or recent, it stays crisis). Laughing emoji are laughter, as "lol" is (rules.ts
// hears jokes only about harm to others). Read as "course": a game character dying or kept alive,
// a song's or book's title, a character in a story, an acquaintance's overdose, eviction or
// sanction told as news, a scene in a queue, care or emergency work with risk (residents,
// incidents, calls, first aid, hostels), suicide rates on the radio, and "i am safe, i have a roof
// over my head". Look-alikes of our own are in test/domain/riskTwentyThirdForms.test.ts.
// Normalised words, as in riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

// Words nowhere in the text, before or after: checked only once the rarer words have matched.
const nowhere = (words: string): string => String.raw`(?<!\b(?:${words})\b.*)(?!.*\b(?:${words})\b)`;
const KIN = oneOf('husband', 'wife', 'partner', 'mum', 'mam', 'mother', 'dad', 'father', 'stepdad', 'brother', 'sister', 'cousin', 'uncle', 'aunt', 'auntie', 'friend', 'best friend', 'pal', 'flatmate', 'neighbour', 'son', 'daughter', 'nan', 'gran', 'grandad', 'nephew', 'niece', 'colleague', 'boss', 'ex');
const HOUSEHOLD = String.raw`(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|fella|missus|other half|dad|stepdad|mum|mam|family)|(?:anyone|someone|anybody|people) (?:from|at|in) (?:my |the )?(?:house|home|flat|family))`;

export const EXITS_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      // "sui thoughts again", "feeling proper sui", "thinking about ctb".
      pattern`\b(?:sui|suic|suicy|sooicidal|suicidle|su1c1dal|su1cidal)\b (?:thoughts?|ideation|feelings?|urges?|vibes|mode|brain|tendencies|plans?|again|tonight|lately)\b|\b(?:feeling|feel|felt|been|getting|so|bit|proper|very|really|quite|pretty|mega) (?:sui|suic|suicy)\b`,
      pattern`\b(?:want to|wanting to|going to|thinking (?:about|of)|plan to|planning to|ready to|might|about to|close to) ctb\b|\bctb (?:thoughts|plans?|method|tonight|soon)\b`,
      // "offing myself", "thinking of topping myself".
      pattern`\b(?:offing|off|topping|top) (?:myself|my self)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'self-harm',
    patterns: [pattern`\b(?:what|the thing|the things) i (?:did|have done|had done|do) to (?:myself|my self|my (?:arm|arms|wrist|wrists|leg|legs|body|skin))\b`],
  },
  {
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [
      pattern`\b(?:checking|check|checked|clocking|clock|bowing|bow|tapping|tap|cashing|cash) out (?:permanently|for ever|forever|of life|of this life|of this world|of existence|for good this time)\b${nowhere('retir\\w*|hotel|hostel|airbnb|room|gym|shop|till|basket|cart|library|books?|shift|shifts|app|group chat|social media|facebook|instagram|tiktok|twitter')}`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      pattern`\b(?:touch|touching|touched|grope|groping|groped|molest|molesting|fiddle with|fiddling with|interfere with|interfering with) me\b(?<=\b(?:used to|would|kept|has been|have been|had been|started|tried to|tries to|always|would always) (?:touch|touching|touched|grope|groping|groped|molest|molesting|fiddle with|fiddling with|interfere with|interfering with) me)(?! (?:on|by) (?:the|my) (?:shoulder|arm|back|hand|head|knee)\b)`,
      pattern`\b(?:felt|feel|feels|feeling) me up\b`,
      pattern`\btouched me (?:inappropriately|down there|where (?:he|she|they) should not|in my sleep|at night|when (?:i was|no one was|mum was|my mum was))\b|\bi was (?:touched|molested|interfered with|groomed|sexually abused) (?:as a (?:kid|child|teenager|teen)|when i was (?:little|young|small|a kid|a child|a teen|\d+)|by (?:my|a|an|the|his|her) \w+)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      pattern`\bgetting (?:a slap|a smack|a punch|a slapping|a kicking|a hiding|a beating|decked|lamped|chinned|glassed|bottled|knocked out|sparked out|(?:his|her|their) head kicked in|stabbed|what is coming to (?:him|her|them))\b(?<=\b(?:he|she|they|that \w+|the (?:lad|guy|bloke|man|woman|girl|fella|kid|idiot|receptionist|security guard|guard|adviser|advisor|manager|boss|neighbour|landlord|driver)|my (?:boss|manager|neighbour|landlord|ex|flatmate|housemate))(?: \w+){0,4} (?:is|are|will be|is going to be) getting (?:a slap|a smack|a punch|a slapping|a kicking|a hiding|a beating|decked|lamped|chinned|glassed|bottled|knocked out|sparked out|(?:his|her|their) head kicked in|stabbed|what is coming to (?:him|her|them)))`,
    ],
  },
];

export const EXITS_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [
      pattern`\b(?:can not|could not|can barely|can hardly|barely|hardly) afford (?:\w+ ){1,8}?(?:and|or|as well as|plus|and also|and still) (?:\w+ ){0,2}?(?:food|to eat|eat|groceries|the shopping|gas|electric|electricity|heating|rent|nappies|formula|bills)\b`,
      pattern`\b(?:it is|its|either) (?:food|eating|heating|the heating|electric|gas|rent) or (?:the )?(?:bus|fare|bus fare|train|travel|phone|data|interview|bills|rent|heating|electric|gas|nappies)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'may lose their home',
    patterns: [pattern`\b(?:landlord|letting agent|letting agency|agent|agency|real estate|estate agent|housing association)\b(?: \w+){0,2} (?:will not|would not|is not going to|are not going to|refused to|has refused to|have refused to) renew\b|\b(?:will not|would not|not going to|refused to) renew (?:the |my |our )?(?:lease|tenancy)\b|\b(?:got |have |with )?nowhere (?:lined up|sorted|else) (?:yet|to go|to move to|to live)?\b(?=.*\b(?:lease|tenancy|landlord|letting|agent|real estate|eviction|evicted|notice|move out|moving out)\b)`],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      pattern`\b(?:unmanageable|unbearable|intolerable|untenable|too much to bear|impossible to cope with|impossible to manage)\b(?<=\b(?:(?:finding|find|found) (?:it |things |everything |life |matters |the (?:present |current )?(?:circumstances|situation) |my (?:situation|circumstances) )?|(?:things|life|everything|matters|my life|the (?:present |current )?(?:circumstances|situation)|my (?:situation|circumstances)) (?:is |are |has |have |is becoming |are becoming |feels |seems )?(?:become )?)(?:quite |rather |very |increasingly |somewhat |utterly |simply |now )?(?:unmanageable|unbearable|intolerable|untenable|too much to bear|impossible to cope with|impossible to manage))${nowhere('heat|hot|humid|weather|cold|noise|smell|traffic|queue|wait|waiting|pain|toothache|itch\\w*|suit|shoes')}`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    // Grief felt in the body: "miss my dad so much it is like a weight on my chest".
    patterns: [pattern`\bmiss (?:my|him|her|them)\b(?: \w+){0,3} so (?:much|badly)\b(?: \w+){0,4} (?:weight|heavy|ache|aches|aching|hurts|physically|pain|can not (?:breathe|function|cope|stop crying|get out of bed))\b`],
  },
  {
    level: 'concern',
    reason: 'not eating or sleeping',
    patterns: [pattern`\bmake (?:myself|my self) (?:be )?sick\b(?! (?:with|from|worrying|thinking|over|about|laughing|of)\b)|\b(?:binge|binging|bingeing) and (?:purge|purging|throw up|make myself sick)\b`],
  },
];

// Their own self-harm told as past and over ("used to, years ago, i am ok now"): concern, not
// crisis, unless it is back, fresh or recent, or said beside any other risk.
export const PAST = String.raw`(?:used to|years ago|years back|a few years|some years|long time ago|long ago|as a (?:teen|teenager|kid|child)|at school|in (?:year \d+|my teens|my twenties|school|college|uni)|when i was (?:younger|a teen|a teenager|at school|a kid|at uni|in my teens|\d+)|bad patch|in the past)`;
const OVER = String.raw`(?:(?:i am|i feel) (?:ok|okay|fine|good|better|well|alright|in a better place|doing (?:well|ok|okay|fine|good|better))|(?:ok|okay|fine|good|better|well|all good) now|behind me|(?:have not|had not|do not|did not|will not|would not|not going to|never|not) (?:\w+ ){0,3}?(?:done it|do it|go back|start|since|for (?:ages|years|a long time)|now|anymore|any more|again)|not doing it|clean for|years clean|clean now|recovered|stopped|in case it comes up|on my (?:medical|health) (?:form|record|notes)|the form asked|(?:ticking|filling in|filling out) the form)`;
export const RELAPSE = String.raw`(?<!\b(?:not|never|no)\b(?: \w+){0,3} )\b(?:again|relapse\w*|back on|fresh|started|starting|last night|yesterday|this morning|today|tonight|been doing it|blood|bleeding|stitches)\b|\b(?:want to die|suicid\w*|kill myself|overdos\w*|tried to|attempt\w*|end it|pills|tablets)\b`;
export const OWN_PAST_HARM = String.raw`(?:\bi (?:used to |had |would |did |did used to )?(?:self harmed|self harm|cut myself|hurt myself|self harming)|\bi (?:did )?used to cut|(?:^|\b(?:and|but|so) )used to (?:self harm|cut)|\b(?:my )?(?:history|past) of self harm)\b`;
const OWN_PAST_UNLESS = new RegExp(String.raw`^(?!.*\b${PAST}\b)|^(?!.*\b${OVER}\b)|${RELAPSE}`);

// Said across clauses, each behind its own gate.
const NOT_MIND = String.raw`(?:(?:would not|do not think i would|would not even|would not really) (?:mind|care|be (?:that )?(?:bothered|fussed|sad|upset)|complain)(?! (?:a|an|the|some|doing|going|having|getting|being|working|paying)\b)|(?:would|d) (?:be|feel) (?:relieved|glad|grateful|thankful|happy|a relief|at peace)|would not be the worst thing)`;
const DEATH_BY_CHANCE = String.raw`(?:(?:got|get|was|were|ever got|end up|ended up) (?:hit|knocked (?:down|over)|run over|killed|mown down|flattened|taken out) by (?:a|the|some) (?:lorry|bus|car|train|van|truck|taxi|bike|tram|drunk driver|meteor|asteroid)|died|dropped dead|never woke up|did not wake up|do not wake up|got cancer|got something terminal|had a heart attack|stopped breathing|was gone|were gone|was not here|was not around)`;
const CLARIFIED = String.raw`(?:like (?:out out|gone gone|for good|forever)|for good|permanently|of (?:life|everything|it all|this world|existence|this life|being alive)|not (?:out of|leaving|quitting|just) (?:the |this |my |a )?(?:job|work|house|flat|town|relationship|marriage|course|country|place|area)|(?:do not|did not) mean (?:the |this |my |leaving |quitting |out of )?(?:the )?(?:job|work|house|flat|town|relationship|course|country))`;
const NOT_ELSEWHERE = nowhere(String.raw`move|moving|moved|emigrat\w*|abroad|overseas|holiday|retir\w*|uni|university|college|army|navy|raf|forces|prison|jail|rehab|spain|australia|canada|america|dubai|travel\w*|backpack\w*|gap year|new job|starting|offered|relocat\w*|nans?|mums?|dads?|sisters|brothers|friends|staying with|stay with|visit\w*|camping|festival|cruise|hospital|trip|week away|weekend away|retreat`);
const BURDEN = String.raw`so (?:that )?(?:my )?(?:mum|mam|mom|dad|family|partner|wife|husband|kids|children|sister|brother|she|he|they|no one|nobody|anyone)(?: else)? (?:does not|do not|will not|would not|is not|are not|never|can not) (?:have to )?(?:get |be |end up |get left )?(?:stuck|left|lumbered|landed|saddled|burdened|out of pocket|paying|chased) with\b`;
const DATE_SET = String.raw`(?:(?:got|have|picked|set|chosen|chose|decided on|fixed|worked out) (?:a |the |my )?(?:date|day|time)(?: for it| now| in my head| in mind)?|after (?:the )?(?:rent|rents|bills|wages|pay|payday|my pay|my wages|benefits|universal credit|direct debits?) (?:is |are |has |have |goes |go |gets |get |comes |come )?(?:paid|out|gone out|in|cleared))`;
const NOT_MOVING = nowhere(String.raw`move|moving|moved|notice|tenancy|lease|flatmate|housemate|landlord|holiday|wedding|operation|surgery|court|interview|job|contract|deposit|guarantor|car|phone|loan`);
const CRAFT = String.raw`hair\w*|barber\w*|salon|colour|color|styl\w*|trim\w*|fringe|grass|lawn|hedges?|wood|timber|fabric|material|patterns?|keys|glass|tiles?|stone|metal|meat|butcher\w*|chef|cook\w*|kitchen|veg\w*|onions?|trees?|costs?|hours|budget|ties|corners|class|classes|queue|film|edit\w*|video|footage|scenes?|music|tracks?|deal|losses|carbs|sugar|diet|cards|deck|paper|coupons?`;
const INJURY = String.raw`(?:black eye|bruise|bruises|bruised|bruising|marks|split lip|fat lip|swollen|swelling|broken (?:nose|wrist|arm|finger|rib|ribs)|stitches|my face|my neck)`;
const ACCIDENT_STORY = String.raw`(?:(?:it was |that it was )?(?:a door|the door|an accident)|(?:that )?i (?:walked into (?:a|the) \w+|fell(?! (?:ill|sick|pregnant|asleep|behind|out|in love|for|apart|through|short|into))|tripped|slipped|banged (?:it|my \w+|into)|bumped into|was clumsy))`;
const NO_SPORT_OR_JOKE = nowhere(String.raw`football|rugby|boxing|sparring|match|training|gym|game|pitch|skate\w*|bike|drunk|pissed|lol|haha|joking|kidding`);

export const EXITS_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [/\bif (?:i|me) (?:got|get|was|were|ever|end|ended|died|dropped|never|did|do|had|stopped)\b/, [{
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [new RegExp(String.raw`\bif (?:i|me) ${DEATH_BY_CHANCE}\b(?: \w+){0,10} (?:i |it )?(?:genuinely |honestly |really |truly |just )?${NOT_MIND}`)],
  }]],
  [/\b(?:want|wanted|need|needed) (?:to get )?out\b|\bwhere i am (?:going|headed|heading)\b/, [{
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [
      new RegExp(String.raw`\bi (?:just |really |honestly )?(?:want|wanted|need|needed) (?:to get )?out\b(?! of (?:the|this|my|a|that) (?:job|work|house|flat|contract|relationship|marriage|course|company|place|town|area|city|country|deal|lease|tenancy|scheme|programme|group|team|meeting|office))(?=.*\b${CLARIFIED}\b)`),
      new RegExp(String.raw`^${NOT_ELSEWHERE}.*\b(?:(?:will not|would not|do not|not going to) (?:need|be needing|have any use for)|no (?:need|use) for)\b(?: \w+){0,6} where i am (?:going|headed|heading)\b|\bwhere i am (?:going|headed|heading) (?:i|you) (?:will not|would not|do not|wont) need\b${NOT_ELSEWHERE}`),
    ],
  }]],
  [/\b(?:offing|topping|killing|ending) (?:yourself|your self|it all)\b/, [{
    level: 'crisis',
    reason: 'thoughts of suicide',
    // Asked of us, then owned: "ever felt like offing yourself? that is where i am".
    patterns: [/\b(?:felt|feel|feeling|thought|think|thinking|wanted|want) (?:like |about |of |to )(?:offing|topping|killing|ending) (?:yourself|your self|it all)\b.*\b(?:where i am(?: at)?|me too|i do|i have|same here|that is me|i am there)\b/],
  }]],
  [/\b(?:stuck|left|lumbered|landed|saddled|burdened|out of pocket|paying|chased) with\b/, [{
    level: 'crisis',
    reason: 'a plan to end their life',
    // A date set, and things timed so no one is left with the rent: "after payday, so mum is not stuck with it".
    patterns: [new RegExp(String.raw`^${NOT_MOVING}(?=.*\b${DATE_SET}\b).*\b${BURDEN}`)],
  }]],
  [/\bcut(?:t|ting)?\b/, [{
    level: 'crisis',
    reason: 'self-harm',
    // "and then i cut", "i still cut when it gets bad": cut with nothing cut, and no craft or cost near.
    patterns: [new RegExp(String.raw`(?:^|\b(?:and|then|so|now|still|also|before|after|because|where|until|till|when|if|or|honestly|sometimes|yeah|yes) )i (?:still |just |then |sometimes |usually |always |also |even |only )?(?:cut|cutt)\b(?! (?:it(?! is| was| has)|them|him|her|me|myself|my self|yourself|the|a|an|my|your|his|our|their|some|off|out|back|down|up|in|through|across|ties|costs?|corners|this|that|these|those|loads|all|everything|short|open|free|away|into|along|round|around|\d+ (?:inches|cm|mm|metres|feet|pieces|slices|bits))\b)${nowhere(CRAFT)}|\b(?:i have been|i am|i been|i started|started|i keep|back to|went back to|gone back to|relapsed and|relapsed into) cutting(?=$| (?:again|and|when|since|to (?:cope|feel|calm|numb|punish|forget|get through)|most|every|but|because|lately|recently|a lot|more)\b)${nowhere(CRAFT)}`)],
  }]],
  [/\b(?:door|fell|tripped|walked into|slipped|banged|bumped|accident|clumsy)\b/, [{
    level: 'crisis',
    reason: 'abuse or violence',
    // An injury to be explained away: "tell them it was a door", "if anyone asks i fell".
    patterns: [
      new RegExp(String.raw`^${NO_SPORT_OR_JOKE}(?=.*\b${INJURY}\b).*\b(?:tell|say|told|said|telling|saying|pretend|pretending|explain|story is) (?:them|him|her|people|everyone|anyone|work|the doctor|the school|you)? ?${ACCIDENT_STORY}\b`),
      new RegExp(String.raw`^${NO_SPORT_OR_JOKE}.*\bif (?:anyone|they|people|someone|anybody|work|the doctor|the school) (?:asks?|says? anything)\b.*\b(?:tell (?:them|him|her) |say |i will say )?${ACCIDENT_STORY}\b`),
    ],
  }]],
  [/\b(?:never|not) (?:on |in |round |over )?(?:messaged|message|texted|text|contacted|contact|called|rang|spoke|talked|been in touch|here|came|come)\b|\b(?:tell|let) (?:him|her|my|anyone)\b/, [{
    level: 'crisis',
    reason: 'coercive control',
    // Hiding from the household that they wrote: "if anyone at home asks, i never messaged".
    patterns: [
      new RegExp(String.raw`\bif ${HOUSEHOLD}(?: \w+){0,3} (?:asks|rings|calls|phones|checks|comes|finds out)\b.*\b(?:i|we) (?:never|did not|have not|was not|was never|were not|were never) (?:on |in |round |over )?(?:messaged|message|texted|text|contacted|contact|called|rang|spoke|talked|been in touch|here|came|come)\b`),
      new RegExp(String.raw`\b(?:do not|please do not|never) (?:tell|let) (?:him|her|my (?:partner|husband|wife|boyfriend|girlfriend|fella|missus|other half|dad|stepdad)|anyone (?:at|from|in) (?:my |the )?(?:home|house)) (?:know )?(?:that )?(?:i|i have been|i am|we) (?:messaged|message|messaging|texted|texting|contacted|contacting|called|rang|spoke|speaking|talked|talking|been talking|was here|came here|have been here)\b`),
    ],
  }]],
  [/\b(?:shaking|trembling|chest|heart|breathe|breath|dizzy|palpitations)\b/, [{
    level: 'concern',
    reason: 'not coping',
    // A body in panic, and a journey or a door that could not be faced.
    patterns: [new RegExp(String.raw`^${nowhere('asthma|inhaler|covid|flu|cold|fever|heart condition|angina|gym|run|running|workout|exercise|coffee|caffeine|energy drinks?|excited|exciting|buzzing')}(?=.*\b(?:(?:hands|legs|knees|whole body|body) (?:shaking|trembling|were shaking|was shaking|would not stop shaking)|shaking (?:hands|like a leaf)|chest (?:tight|tightening|was tight|went tight|felt tight)|tight chest|heart (?:racing|pounding|going|was racing|was pounding)|(?:could|can) not (?:breathe|catch my breath)|palpitations|dizzy)\b).*\b(?:(?:could not|can not|could not bring myself to) (?:get on|get off|go in|go into|get in|get into|get out|leave|go out|face|make it|walk in|walk into|get through the door|go through with|stay)|had to (?:get off|turn back|go home|walk out|leave))\b`)],
  }]],
  [/\b(?:self harm\w*|cut myself|hurt myself|used to cut)\b/, [{
    level: 'concern',
    reason: 'spoke of harm, then said they would not',
    patterns: [new RegExp(String.raw`^(?=.*\b${PAST}\b)(?=.*\b${OVER}\b)(?!.*(?:${RELAPSE})).*${OWN_PAST_HARM}`)],
  }]],
  [/\bwhoever\b/, [{
    level: 'concern',
    reason: 'angry words about hurting someone',
    // "gonna punch the phone menu, and whoever made it": anger at a maker no one knows.
    patterns: [/\b(?:going to|about to|i will|ill|i ll|i could|i would|id|want to|ready to) (?:punch|slap|strangle|throttle|batter|deck|lamp|chin|smack|kick|thump|headbutt)\b(?: \w+){1,8} (?:and |or )?whoever (?:made|designed|invented|came up with|wrote|built|programmed|set|thought|decided|runs|is in charge)\b/],
  }]],
  [/\b(?:necking|neck|downing|sinking|knocking back|cans|tins|drinks?|drinking|pints?|vodka|wine|beers?|spliff|joint|weed|valium|diazepam|bevvies)\b/, [{
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [
      /\b(?:necking|neck|downing|sinking|knocking back|having|had|have|drinking|drink|smoking|smoke|popping|take|taking|took) (?:a few|a couple|some|a can|cans|tins|a tin|beers|a beer|pints|a pint|vodka|wine|a bottle|shots|a spliff|a joint|weed|valium|diazepam|a drink|drinks|bevvies)\b(?: \w+){0,6} (?:so i can|so i could|just to|to help me|or i can not|otherwise i can not) (?:\w+ ){0,2}?(?:handle|face|cope|get through|deal with|calm|settle|steady|manage|leave the house|get out)\b/,
      /\b(?:necking|downing|sinking|knocking back) (?:a few|a couple|some|cans|tins|beers|pints|vodka|wine|a bottle|shots)\b(?: \w+){0,2} before (?:the |my |i go to the |going to the )?(?:job ?centre|jobcentre|interview|appointment|meeting|work|shift|court|assessment|review)\b/,
    ],
  }]],
];

/** Laughing emoji, read as "lol" is: only ever about a threat to someone else. */
export const LAUGHING = /[\u{1F602}\u{1F923}\u{1F606}\u{1F639}]|(?:^|\s)xD+(?=\s|$)/u;

// Topics read as "course": each set is [gate on the clause, phrases, words in the whole message
// that make it the client's own too]. An acquaintance's or a relative's trouble told as news.
const ACQUAINTANCE = String.raw`(?:(?:my|our|his|her|their) (?:\w+s )?(?:old |late |best )?${KIN}s?|(?:a|one|some|this|that) (?:lad|guy|bloke|girl|woman|man|fella|kid|boy|lass|lady|friend|colleague|person|couple|family)(?: i (?:know|knew|used to know|went to school with|used to work with)| (?:from|at|in|off|on) (?:my|our|the) (?:old )?(?:job|work|school|estate|street|road|class|year|gym|team|college|uni|church|village|town|area|block|course))?|(?:apparently )?someone (?:i (?:know|knew|used to know|went to school with|used to work with)|(?:from|at|in|on) (?:my|our|the) (?:old )?(?:job|work|school|estate|street|road|class|year|gym|team|college|uni|church|village|town|area|block|course)))`;
const THEIR_TROUBLE = String.raw`(?:overdosed|has overdosed|had overdosed|died (?:of|from) (?:an )?overdose|took an overdose|self harmed|used to self harm|got evicted|was evicted|has been evicted|got sanctioned|was sanctioned|has been sanctioned|got repossessed|was homeless|went homeless|ended up homeless|lost (?:his|her|their) (?:house|home|flat))`;
const CARE_NOT_MINE = /\b(?:same|again|still|lately|at the moment|right now|urges|my (?:meds|tablets|pills)|get through|to cope|i am dealing|i have been dealing|myself|my self|my own|i self harm|i have self harmed|i used to self harm|i took (?:an|a)|i tried|i overdosed|me too|i did it|i do it|i still|trigger\w*|brings (?:it )?(?:all )?back|reminds me|relate|same as me|like me|i want to (?:die|end it)|i wish i was dead|been there myself)\b/;
const RISK_WORK = oneOf('self harm', 'overdoses?', 'suicide', 'suicidal', 'ligatures?', 'mental health crisis', 'crisis', 'domestic abuse', 'abuse', 'homelessness', 'addiction', 'substance misuse');
// A job, a role or a place of work in the clause: what makes "dealing with overdoses" work.
const ROLE = String.raw`(?:as (?:a|an)|worked|work|working|job|jobs|role|roles|shift|shifts|officer|nurse|nursing|carer|care worker|support worker|worker|volunteer\w*|experience|placement|ward|advert|listing|paramedic|police|prison|hostel|hospital|nhs|team|staff|training|course|cv|career|interview|desirable|essential)`;
const SOMEONE = String.raw`(?:someone|somebody|a person|someones|somebodys|a patient|a customer|a colleague|a friend|people|they|he|she)`;

export const EXITS_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  [/\b(?:overdos\w*|self harm\w*|evicted|sanctioned|repossessed|homeless|left (?:him|her|them)|dumped|cheated on|walked out on|kicked out|split up|broke up|screaming|shouting|yelling|kicking off|swearing|going mad|losing it)\b/, [
    pattern`\b${ACQUAINTANCE} ${THEIR_TROUBLE}\b`,
    pattern`\b(?:my|our|the) (?:neighbours|friends|pals|cousins|brothers|sisters|mums|dads|nans|uncles|aunties|aunts|sons|daughters|parents) (?:house|flat|home|car|van|place) (?:got|was|has been|had been|is being|is getting|is going to be) repossessed\b`,
    pattern`\bmy (?:pals|friends|brothers|cousins|sisters|sons|daughters|mums|dads|neighbours|colleagues|bosses) (?:girlfriend|boyfriend|wife|husband|partner|missus|fella|ex) (?:has )?(?:left|dumped|kicked out|cheated on|walked out on|split up with|broke up with) (?:him|her|them)(?: and (?:took|kept|got|has) (?:the|his|her|their) (?:dog|cat|kids|car|house|flat|stuff|things|money))?\b`,
    pattern`\b(?:the|a|this|some|one) (?:woman|man|guy|bloke|lad|lady|girl|fella|customer|person|couple|kid|gentleman|old man|old woman|young lad)\b(?: \w+){0,8} (?:was|were|is|kept|started|got|went) (?:screaming|shouting|yelling|swearing|kicking off|going mad|going off|losing it|raging|having a go)\b`,
  ], /\b(?:me too|myself|my self|same|too|as well|also|happened to me|happening to me|happens to me|next|at me|at us|hit|hitting|hurt|punch\w*|threat\w*|scared|afraid|police|knife|my door|at mine|i tried|i did it|i want|i wish|i think about|thinking about|join|follow|i could|i might|i feel like|envy|jealous|lucky)\b/],
  // Their own self-harm, past and over: read as "course" here, and heard as concern in EXITS_WHOLE_SETS.
  [/\b(?:self harm\w*|cut myself|hurt myself|used to cut)\b/, [pattern`${OWN_PAST_HARM}`], OWN_PAST_UNLESS],
  // The bailiffs "were there" only when someone else is named: otherwise "there" may be home.
  [/\bbailiffs\b/, [pattern`\b(?:the )?bailiffs (?:were|was|came|went|turned up|have been|had been) (?:there|next door|round (?:there|theirs|his|hers|next door)|at (?:theirs|his|hers|next door|the neighbours))\b`],
    /^(?!.*\b(?:neighbours?|next door|his|her|their|theirs|friends?|pals?|cousins?|brothers?|sisters?)\b)|\b(?:my house|my flat|at mine|my door|for me|me too|us next|me next)\b/],
  // Care and emergency work: what residents said, incidents dealt with, calls taken, first aid, hostels.
  [/\b(?:die|dead|end it|kill\w*|end (?:his|her|their) life|self harm\w*|overdos\w*|suicid\w*|ligatures?|crisis|distress|abuse|homeless\w*|addiction|substance misuse|collaps\w*)\b/, [
    pattern`\b(?:one of )?(?:my|our|the) (?:residents?|patients?|clients?|service users?|pupils?|students?|inmates?|prisoners?|callers?|customers?|young people)\b(?: \w+){0,4} (?:kept|keeps|keep|would|used to|often|always)? ?(?:saying|say|says|said|told me|telling me|talks? about|talking about) (?:that )?(?:he|she|they) (?:wanted|wants|want|wished|wishes|was going|were going|would) to (?:die|be dead|end it|kill (?:himself|herself|themselves)|end (?:his|her|their) life)\b`,
    pattern`(?:(?<=\b${ROLE}\b.*)|(?=.*\b${ROLE}\b))\b(?:dealt with|deal with|dealing with|handled|handle|handling|managed|manage|managing|responded to|respond to|responding to|attended|supported|supporting|worked with|working with|experience (?:of|with|in)|trained in|training in) (?:(?!(?:my|our|own|the urges|urges|these|those)\b)\w+ ){0,3}?${RISK_WORK}(?: (?:incidents?|cases?|calls?|attempts?|patients?|people|clients|service users|risks?|work|situations|disclosures))?\b(?! (?:urges|thoughts|feelings)\b)`,
    pattern`\b(?:ward|unit|department|team|service|hospital|we|they)(?: that| which)? (?:took|takes|take|got|gets|saw|sees|had|has|dealt with|deals with) (?:a lot of|lots of|loads of|many|plenty of|a few|mostly|mainly) (?:self harm|overdoses|suicide attempts|suicidal patients|ligatures)\b`,
    pattern`\b(?:take|takes|taking|took|handle|handles|handling|handled|answer|answers|answering|answered|field|fielding) (?:\w+ ){0,2}?(?:suicide|suicidal|crisis|distress|self harm|overdose) (?:calls?|callers?|texts|chats|contacts)\b|\b(?:suicide|crisis) (?:line|hotline|helpline) (?:volunteer|volunteering|shifts?|work|training|handler)\b`,
    pattern`\b(?:what to do|how to (?:help|respond|react|act|deal with it)) (?:if|when) ${SOMEONE}(?: is| has| have| are)? (?:overdosed|overdoses|overdosing|overdose|suicidal|self harming|self harms|self harmed|collapses|collapsed)\b`,
    pattern`\b(?:support worker|worker|job|role|shift|shifts|volunteer|volunteering|volunteered|working|worked|work|helped out|help out|helping out|placement|staff|apprenticeship|position|vacancy|interview)\b(?: \w+){0,4} (?:in|at|for|with) (?:a|the|our|their) homeless(?:ness)? (?:hostel|shelter|charity|service|project|centre|center|outreach|team|unit|organisation|organization)\b|\bhomeless(?:ness)? (?:hostel|shelter|charity|outreach|project|service)s? (?:job|jobs|role|roles|worker|workers|support worker|vacancy|vacancies|shift|shifts|staff)\b`,
  ], new RegExp(`${CARE_NOT_MINE.source}|\\b(?:i am staying|i live|i am living|we are in|i have been placed|placed in|my room|staying at)\\b`)],
  // Suicide rates or numbers on the radio or in the news, unless the client counts themselves in.
  [/\bsuicide\b/, [pattern`\bsuicide (?:rates?|statistics|stats|figures|numbers|data|research)\b(?: (?:in|among|amongst|for|of) (?:\w+ ){0,2}?(?:men|women|males|young people|farmers|veterans|the uk|britain|scotland|construction workers|builders|lads))?`],
    /\b(?:like me|one of them|i am one|i could be|i will be|i might be|myself|my self|i have thought|i think about|thinking about it|me too|i want|i wish|i tried|i feel like)\b/],
  // Games: a character that kept dying, a healer who keeps everyone alive.
  [/\b(?:raids?|gaming|game|games|fortnite|warzone|minecraft|xbox|playstation|ps5|ps4|steam|dungeons?|respawn\w*|lobby|guild|clan|warlock|mage|paladin|healer|medic|dnd|roblox|sims)\b/, [
    pattern`\b(?:my |our |the )?(?:warlock|mage|healer|tank|character|toon|paladin|rogue|priest|druid|hunter|wizard|sim|sims|avatar|champion|hero|squad|team|guild|clan|party)\b(?: \w+){0,2} (?:kept|keeps|keep|kept on|was|were|is|are) (?:dying|getting killed|being killed|dead)\b`,
    pattern`\b(?:died|dying|die|killed|keep dying|kept dying) (?:in|on) (?:the |a |that )?(?:raid|game|dungeon|boss fight|level|match|round|lobby)\b`,
    pattern`\b(?:keep|keeps|kept|keeping) (?:everyone|everybody|the team|the squad|the party|the group|us|them|people|the tank) alive\b|\b(?:calls?|called) me the (?:medic|healer|tank|carry|support)\b`,
  ], /\b(?:myself|my self|irl|in real life|real life|want to die|wish i was dead|end it|not be here|suicid\w*|kill me|so will i|me next|tonight|i will|i am going to|going to|i want)\b/],
  // A title or a character: "a song called overdose on sunshine", "a character who is homeless".
  [/\b(?:called|titled|named|entitled|character|characters|protagonist|narrator|villain|hero|heroine)\b/, [
    pattern`\b(?:song|songs|track|tune|single|album|ep|record|mixtape|band|book|novel|poem|film|movie|play|show|podcast|game|painting|artwork|piece|story|comic|zine|channel|blog)\b(?: \w+){0,2} (?:is |was |are )?(?:called|titled|named|entitled) (?:(?!(?:and|but|so|because|lol|haha|any|anyone|i|it|which|who|if|is)\b)\w+ ?){1,5}`,
    pattern`\b(?:character|characters|protagonist|narrator|villain|hero|heroine|lead)\b(?: \w+){0,2} (?:who is|whos|who was|that is|that was|who gets|who got|who becomes|who|that|is|was|gets|got|becomes|ends up) (?:\w+ ){0,2}?(?:homeless|suicidal|an addict|addicted|evicted|abused|depressed|self harming|sleeping rough|in debt|overdoses|overdosed|kills (?:himself|herself|themselves)|takes (?:his|her|their) own life)\b(?: and (?:sleeps|sleeping|lives|living) (?:rough|in a tent|on the streets|in (?:a|his|her|their) car|in a doorway))?`,
  ], /\b(?:like me|me too|same as me|relate|reminds me|that is me|so am i|i am too|i am the same|myself|my self|my own|about me|about my life|how i feel|i want to|i will|i am going to|going to|tonight|do it|do the same|my life)\b/],
  // "I am safe, i have a roof over my head", "my mental health is good": said as all right.
  [/\b(?:safe|roof over my head|food in|mental health)\b/, [
    pattern`(?:^|\band )(?:i am|i feel|i am feeling|feeling) (?:totally |perfectly |completely |quite |pretty |very )?safe(?: now| here| at home| where i am| in my (?:home|flat|house))?(?= and\b|$)`,
    pattern`\bi (?:have|have got|got) a roof over my head\b(?: and (?:food|a bed|heating|warmth|a job)(?: in the (?:cupboards?|fridge))?)?|\b(?:food|plenty|enough) in the (?:cupboards?|fridge|freezer)\b`,
    pattern`\bmy mental health is (?:really |very |pretty |quite |actually |all |so )?(?:good|great|fine|ok|okay|stable|better|grand|solid|alright|decent|in a good place)\b(?: (?:at the minute|at the moment|right now|now|these days|lately))?`,
  ], /\b(?:not|no|never|nowhere|without|lose|losing|lost|evict\w*|but|except|until|for now|just|just about|barely|only just|hardly|any ?more|want|wish|scared|afraid|unsafe|feel like|hurt|hit|kill|die|dead|end|suicid\w*|harm|bad|struggl\w*|worse|poor|low|tonight|rough|hard|tough|rotten|awful|down|crap|shit|rubbish|stress\w*|anxious|anxiety|panic|vent|cope|coping|worr\w*|promise|sad|tired|lonely|feeling|though|tho)\b/],
];
