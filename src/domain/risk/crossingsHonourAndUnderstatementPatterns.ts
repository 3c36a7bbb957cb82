// Risk said the understated way, by men over forty, tradespeople, drivers, farm and fishing workers,
// Travellers, people leaving the forces and second-language writers: sleep "and that was that" and
// being fine with it, life as a sentence and "ready for parole", a relative who "went that way" and
// "i get why he did it", thinking of going "the same way the lads did", sitting at a level crossing
// wondering about the train, doing it somewhere "so the kids dont have to see", affairs sorted
// "before" (and nothing after), a translated "the earth is calling me"; harm to others as a home
// burnt out or a man "sorted for good" after he hurt someone; abuse as "knocking me about", "threw
// me against the fridge", a beating "because of who i love" or for honour, a gangmaster who keeps
// the wages and hurts those who complain, a partner who cuts them off from everyone. Concern: "bit
// grey this week", "nothing i do makes a blind bit of difference", "rubbish that should be thrown
// out", drinking a lot to switch off, a summons, the bank ignored, no bus fare, a home that goes with
// the job or a site that closes. Other people's news read as a topic: a neighbour with no heating, a
// relative in prison for a crime, someone who keeps saying they will end it, a kid who self-harms,
// an owner who died, meds sorted.
// Look-alikes of our own are in test/domain/riskTwentyNinthForms.test.ts. Normalised words, as in
// riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

// Words nowhere in the text, before or after: checked only once the rarer words have matched.
const nowhere = (words: string): string => String.raw`(?<!\b(?:${words})\b.*)(?!.*\b(?:${words})\b)`;

const OTHERS = oneOf('lads', 'boys', 'mates', 'guys', 'men', 'blokes', 'lot', 'squad', 'unit', 'platoon', 'crew', 'brothers?', 'dad', 'father', 'uncle', 'friends?', 'mates?', 'pals?', 'oppos?', 'comrades', 'veterans', 'vets', 'him', 'her', 'them', 'cousin', 'grandad', 'son');
const CAREER = 'join\\w*|sign(?:ed|ing)? up|enlist\\w*|appl(?:y|ied|ying)|apprentic\\w*|course|college|uni|career|trade|jobs?|retrain\\w*|mov(?:e|ed|ing)|emigrat\\w*|abroad|australia|canada|security|police|haulage|driving|self employed|contract\\w*|retir\\w*|quit|business|bald|grey|route';
const SUICIDE_OF_OTHER = String.raw`took (?:his|her|their) (?:own )?life|killed (?:himself|herself|themselves)|ended (?:his|her|their) (?:own )?life|ended it(?: all)?|hanged (?:himself|herself|themselves)|hung (?:himself|herself|themselves)|took the easy way out|did (?:himself|herself) in|topped (?:himself|herself)|suicide|gassed (?:himself|herself)`;
const I_GET_WHY = String.raw`\bi (?:(?:now|lately|finally|honestly|totally|really|actually|truly|fully|kind of|sort of|can|do|am starting to|am beginning to|have started to|started to|begin to|have come to|can now) )*(?:get|understand|see|know) (?:exactly |now |fully )?why (?:he|she|they) (?:did it|did that|done it|went|chose|wanted|did what (?:he|she|they) did)\b|\bmakes (?:total |complete |perfect )?sense (?:to me )?(?:now )?why (?:he|she|they) (?:did it|went|done it)\b`;
const RAIL_OR_EDGE = oneOf('level crossing', 'crossing', 'railway', 'railway line', 'tracks', 'train tracks', 'platform edge', 'platform', 'edge of the platform', 'rail bridge', 'railway bridge', 'motorway bridge', 'bridge', 'cliffs?', 'cliff edge', 'edge', 'quay', 'harbour wall', 'pier', 'dock', 'weir', 'reservoir', 'quarry', 'viaduct', 'flyover', 'overpass', 'multi storey', 'car park roof');
const CLOSE_ONES = oneOf('kids', 'children', 'wife', 'husband', 'family', 'mum', 'dad', 'mam', 'partner', 'son', 'daughter', 'missus', 'boys', 'girls', 'nobody', 'no one', 'noone', 'they', 'she', 'he', 'none of them', 'little ones', 'grandkids');
const DO_IT_BENIGN = 'paint\\w*|decorat\\w*|wrap\\w*|presents?|surprise|christmas|birthday|homework|interview|calls?|phone|zoom|teams|exercise|workout|pack\\w*|cook\\w*|bake|cake|smok\\w*|vape|vaping|cigs?|fags?|drinks?|crying|cry|cv|application|forms?|tax return|budget|paperwork|bills|job search|revision|study\\w*|shave|haircut|tattoo|piercing|training|practice|rehears\\w*|mess|nappy|injection|insulin';
const BEFORE_BENIGN = 'than before|as before|like before|ever before|never|had (?:it|them|that|this|all)|should have|could have|would have|wish|day before|week before|night before|year before|month before|time before|one before|job before|interview|exams?|deadline|new job|start\\w*|move|moving|baby|wedding|holiday|christmas|birthday|trip|flight|course|operation|surgery|hearing|court|retir\\w*|emigrat\\w*|deploy\\w*|tour|season|redundan\\w*|notice|leav\\w*|divorce|school|term|uni|college|test|mot|service|inspection|audit|viewing|completion|tax year|year end|payday|pay day|january|april|new year|lol|haha';
const AFFAIRS = String.raw`paid off|paying off|pay off|cancel\w*|sold|selling|funeral|will|debts?|insurance|affairs|loose ends|given away|gave away|giving away|rehomed|rehoming|said (?:my )?(?:goodbyes?|sorry)|letters? (?:written|for)|wrote (?:letters|to)|closed (?:my|the) accounts?|closing (?:my|the) accounts?`;
const HURT_SOMEONE = String.raw`hitting|hit|hits|beat|beats|beating|battered|battering|hurt|hurting|hurts|knocking|slapping|slapped|punched|punching|touched|touching|grassed|grassing|abus\w*|raped|attacked|threaten\w*|cheated|nonce|groom\w*|stabbed|robbed|mugged|kicked`;
const PARTNERISH = oneOf('he', 'she', 'they', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'fella', 'missus', 'dad', 'stepdad', 'step dad', 'stepmum', 'mum', 'brother', 'ex', 'other half');
const SURFACES = oneOf('fridge', 'freezer', 'walls?', 'doors?', 'floor', 'ground', 'table', 'counter', 'worktop', 'cupboards?', 'radiator', 'stairs', 'bannisters?', 'window', 'sofa', 'bed', 'kitchen', 'corner', 'oven', 'cooker', 'mirror', 'wardrobe', 'sink', 'bath', 'tiles', 'car');
const THROWN_BENIGN = 'bus|train|tube|braked|brakes?|waves?|wind|the dog|horse|cow|bull|sheep|pony|crowd|rugby|tackle|rollercoaster|turbulence|crash|skid\\w*|slipped|tripped|mosh ?pit|wrestl\\w*|judo|sparring|lol|haha|film|in the show';

export const CROSSINGS_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      // "if i went to sleep and that was that id be ok with it".
      pattern`\bif i (?:just )?(?:went|go|fell|drifted|dropped|nodded) (?:off )?(?:to sleep|asleep|off)(?: tonight| one night| one day| and never)? (?:and )?(?:that was (?:that|it)|that is (?:that|it)|never woke(?: up)?|did not wake(?: up)?|that was the end|it was (?:all )?over|stayed asleep|never came round)\b(?=.*\b(?:ok|okay|fine|alright|all right|happy|mind|relief|relieved|bothered|peace|at peace|good|better|welcome it|not care)\b)`,
      pattern`\b(?:ok|okay|fine|alright|all right|happy|would not mind|would not be bothered|at peace|relieved)(?: with it)? if i (?:just )?(?:went|go|fell|drifted) (?:off )?(?:to sleep|asleep|off) (?:and )?(?:that was (?:that|it)|never woke(?: up)?|did not wake(?: up)?|it was (?:all )?over)\b`,
      // A translated saying: "the earth is calling me", "the grave keeps calling me".
      pattern`\b(?:the )?(?:earth|ground|soil|grave|dead|ancestors|heaven|death|other side|angels|void|abyss|darkness) (?:is|are|keeps|keep|has been|have been|s|started|starts) (?:calling|calling for|calling out for|calling out to|pulling|waiting for|beckoning) (?:me|my name)\b(?! (?:back|about|on|to (?:ask|see|say|check|tell))\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      // "ive thought about going the same way a few of the lads did".
      new RegExp(String.raw`\b(?:thought|thinking|think|thoughts|wondered|wondering|considered|considering|tempted) (?:\w+ ){0,2}?(?:about |of )?(?:going|going out|ending up|checking out|heading|bowing out|taking) the same (?:way|road|route|path|exit) (?:as )?(?:a few of |some of |one of |two of |three of |several of |most of |half of |a couple of |so many of |too many of )?(?:the |my |our |a few )?${OTHERS}\b(?: \w+){0,3}? (?:did|went|have|had|chose|took)\b${nowhere(CAREER)}`),
    ],
  },
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      // "i sit at the level crossing on the way home and wonder about the train".
      new RegExp(String.raw`\bi (?:\w+ )?(?:sit|sat|stand|stood|stop|stopped|park|parked|wait|waited|linger|lingered|pause|paused|hang about|hang around|end up|find myself|keep stopping|keep sitting|walk|walked) (?:\w+ )?(?:at|on|by|near|beside|over|under|up to|to) (?:the |a |that )?${RAIL_OR_EDGE}\b(?: \w+){0,6}? (?:and|just|to) (?:\w+ )?(?:wonder|wondering|think|thinking|imagine|imagining|picture|picturing|consider|considering|ponder|pondering) (?:about |what it would be like |how it would feel |if )?(?:\w+ ){0,2}?(?:the train|the trains|the express|the next train|the lorries|the water|the drop|the fall|jumping|stepping (?:out|off|in front)|going over|walking out|just going|it being over|how easy it would be|how quick it would be|ending it|the edge)(?=$| (?:coming|passing|going|hitting|and|again|every|each|most|at|when|if)\b)${nowhere('times?|timetable|late|delay\\w*|cancel\\w*|strike|fares?|tickets?|commute|signal\\w*|photo\\w*|fishing|bird\\w*|view|sunset|picnic|dog|spotting|model|driving test|lesson|queue|traffic|roadworks')}`),
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      // A home or a van burnt out: "going to burn out the trailer of the family that grassed on us".
      new RegExp(String.raw`\b(?:going to|gonna|will|ill|i will|want to|wanna|about to|planning to|plan to|we will|we ll|gunna) (?:\w+ )?(?:burn out|burn down|burn|torch|petrol bomb|firebomb|fire bomb|set fire to|set alight|set light to|put a match to|put a brick through) (?:the |their |his |her |that |them |those |my ex s |my exs |\w+s )(?:\w+ ){0,5}?(?:trailer|caravan|wagon|house|home|flat|van|car|motor|place|shop|front door|door|windows?|yard|shed|garage|chalet|static|mobile home|pub|business)\b${nowhere('clutch|tyres?|tires|engine|rubber|calories|fat|bridges|candles?|incense|toast|dinner|bbq|barbecue|bonfire|leaves|rubbish|garden waste|weeds|stubble|heather|cds?|dvds?|discs?|playlist|midnight oil|sims|game|minecraft|film|lol|haha')}`),
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      // "hes been knocking me about", "she threw me against the fridge".
      new RegExp(String.raw`\b${PARTNERISH}(?: (?:is|has|s|have|keeps|kept|started|been|was|had|always|still|just|then))* (?:knocking|knocked|knocks|slinging|slung|throwing|threw|flinging|flung|roughing|roughed|chucking|chucked|battering|slapping|kicking|smacking|dragging|dragged) me (?:about|around|round|up|across the room|down the stairs|by (?:my|the) hair)\b${nowhere(THROWN_BENIGN)}`),
      new RegExp(String.raw`\b(?:threw|thrown|throws|chucked|flung|slammed|shoved|pushed|smashed|pinned|banged|rammed|hurled) me (?:hard )?(?:against|into|onto|on to|down|across|through|up against) (?:the |a |my )?${SURFACES}\b${nowhere(THROWN_BENIGN)}`),
      // A beating for who they love, or for honour.
      pattern`\b(?:beat|beats|beaten|beating|hit|hits|hurt|hurts|attacked|threatened|threaten|threatening|locked|lock|kicked|punched|slapped|battered) me (?:up )?(?:\w+ ){0,2}?(?:because|cos|coz|for|over|since) (?:of )?(?:who i (?:love|am|like|fancy|date|see|am with)|being (?:gay|lesbian|bi|bisexual|trans|queer)|i am (?:gay|lesbian|bi|bisexual|trans|queer)|my (?:girlfriend|boyfriend|sexuality)|coming out|i came out|(?:the |our )?(?:family )?hono(?:u)?r|shame|bringing shame)\b`,
      // "if we complain the big man hurts us".
      pattern`\bif (?:we|i) (?:complain\w*|say anything|speak up|refuse|try to leave|tried to leave|leave|tell anyone|go to the police|answer back|talk back|say no|ask for (?:our|my) (?:money|pay|wages))(?: \w+){0,4}? (?:hurts|beats|hits|batters|kicks|punches|slaps|will (?:hurt|beat|hit|batter|kick|punch|slap)|would (?:hurt|beat|hit)|threatens to (?:hurt|beat|hit|kill)) (?:us|me)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      // "shes cut me off from my mates and my family", "i only go where she says i can".
      new RegExp(String.raw`\b${PARTNERISH}(?: \w+){0,2}? (?:cut|cuts|cutting|kept|keeps|keeping|isolated|isolates|isolating|stopped|stops|stopping) me (?:off |away )?(?:from |seeing |going out with |talking to |speaking to )+(?:all |any of )?(?:my )?(?:mates|friends|family|mum|mam|dad|sister|brother|parents|people|everyone|anyone|pals|nan)\b${nowhere('flu|covid|virus|snow|weather|signal|phone|wifi|internet|job|shifts?|nights|rota')}`),
      new RegExp(String.raw`\bi (?:can )?only (?:go|go out|leave the house|see people|see my (?:mates|friends|family)|go places) (?:where|when|if) (?:she|he|they) (?:says|say|lets|let|allows|allow|tells|tell|decides)\b${nowhere('work|job|shifts?|boss|manager|foreman|supervisor|dispatch\\w*|route|deliver\\w*|drops|site|rota|sat ?nav|gps|probation|curfew|tag|licence|mum|mam|dad|parents|carer|teacher|coach|sergeant|officer')}`),
    ],
  },
];

export const CROSSINGS_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'not sleeping',
    // "not really been sleeping for weeks now": the clause starts with it, or it is the client's.
    patterns: [pattern`(?:^|\bi (?:have |am )?|\bi m )(?:not|never) (?:really |properly )?(?:been )?(?:sleeping|slept)(?: (?:well|properly|much|right|at all))? (?:for|in) (?:weeks|months|ages|days|a (?:week|month|fortnight)|\w+ (?:weeks|months|nights))\b`],
  },
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      new RegExp(String.raw`\b(?:do not|can not|cannot|never) see (?:it|things|anything|life|this|my life|my situation|the future|much) (?:ever )?(?:getting (?:any |much )?(?:better|easier)|going to get (?:any |much )?(?:better|easier)|improving|looking up|turning (?:around|round))\b${nowhere('weather|traffic|wifi|signal|laptop|phone|knee|back|shoulder|injury|leg|ankle|wrist|cold|flu|cough|rash|rota|prices?|roads?|team|club|football|united|city|rovers|season|match|economy|market|queues?|waiting list')}`),
      new RegExp(String.raw`\bnothing (?:i do|i try|i say|i have tried|i have done|we do)(?: \w+)? (?:makes|will make|has made|is making|seems to make|ever makes) (?:a |any |the slightest |one |an ounce of |one jot of )?(?:blind )?(?:bit of )?difference\b${nowhere('printer|laptop|computer|app|website|site|portal|wifi|signal|code|car|engine|hair|dog|cat|baby|weight|plants?|garden|lawn|stain|mould|damp|boiler|sourdough|cake|bread|toddler|puppy|spreadsheet|formula|golf|swing')}`),
    ],
  },
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [
      // "i feel like rubbish that should be thrown out".
      pattern`\b(?:i (?:feel|am|m|felt)|feel|feeling|made me feel|makes me feel) (?:like |as if i am |as if i was |like i am |like i was )?(?:a |an |the |some )?(?:piece of |bit of |bag of )?(?:rubbish|trash|garbage|junk|waste|scrap|dirt|litter|used tissue|old rag|rag)(?: that| which| who)? (?:should|needs to|ought to|could|can|has to|is going to|to) (?:be |get )?(?:thrown|chucked|binned|tossed|dumped) (?:out|away|on the scrap ?heap|in the bin|on the tip)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [
      pattern`\b(?:council tax|court|magistrates|county court|tv licen[cs]e|water|parking|rent|debt) (?:summons|summonses|liability order|ccj|enforcement notice|final demand|final notice)\b|\b(?:got|received|had|came|come|arrived|sent me|served with|served) (?:a |another |the )?(?:court )?(?:summons|liability order|ccj)\b`,
      // "cant afford the bus fare, never mind new shoes".
      new RegExp(String.raw`\b(?:can not|cannot|could not) (?:even )?afford (?:\w+ ){1,6}?(?:never mind|let alone|nevermind|not to mention)\b${nowhere('lol|haha|porsche|ferrari|lambo|holiday|holidays|yacht|mansion|cruise|season ticket|iphone|designer')}`),
    ],
  },
  {
    level: 'concern',
    reason: 'may lose their home',
    patterns: [
      // A home that goes with the job or the season: "staff accommodation goes when the season ends".
      pattern`\b(?:staff accommodation|staff housing|tied (?:cottage|house|flat|accommodation)|the (?:cottage|house|flat|caravan|room|quarter|quarters|married quarter|accommodation|digs|bunkhouse|static|chalet|lodgings)|my (?:room|flat|caravan|quarter|accommodation|digs|lodgings)) (?:goes|go|will go|is going|are going|has to go|have to go|ends|finishes|goes back|go back|went) (?:with (?:the job|it|the contract|the season|my job)|when (?:the|my|i)|at the end of|end of|once (?:the|my|i)|after (?:the|my)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|\w+ weeks|\d+ weeks|the autumn|the winter)|too|as well|back to the (?:army|mod|farm|estate|hotel|company|landlord))\b`,
    ],
  },
];

export const CROSSINGS_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  // A whole message that is only this: "bit grey this week. the usual", "not great. bit down".
  [/\b(?:bit|little|tad|touch|rut)\b/, [{
    level: 'concern',
    reason: 'low mood',
    patterns: [/^(?:not great |not good |so so |meh |honestly |tbh |to be honest )?(?:i am |i m |feeling |i feel |been |been feeling |i have been |i have been feeling |i have felt |still |just )?(?:a )?(?:(?:bit|little|tad|touch|wee bit|little bit) (?:down|low|grey|gray|blue|glum|bleak|miserable|empty|numb|hopeless|down in the dumps|under a cloud|out of sorts|fed up(?= (?:to be honest|tbh|honestly|lately|these days|with (?:it all|everything|life)|of (?:it all|everything|life)|stuck in a rut)\b))|(?:stuck )?in a rut)(?: (?:to be honest|tbh|honestly|really|lately|this week|today|again|if i am honest|the usual|as usual|same as ever|these days|at the moment|still|with (?:it all|everything|life)|of (?:it all|everything|life)|(?:and |feeling |just )?stuck in a rut))*$/],
  }]],
  // Life as a sentence, release wished for: "lifes a long sentence and im ready for parole".
  [/\b(?:parole|release|released)\b/, [{
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [/^(?=.*\b(?:lifes|life is|life s|living is|this life is|existence is|being alive is|every day is|life feels like|life has been|life has become)(?: just| like)? (?:a |one |one long |a long |my )?(?:long |life |prison |jail )?(?:sentence|prison|jail|cell|stretch)\b).*\b(?:ready for|want|wanting|waiting for|praying for|hoping for|long for|longing for|counting down to|need|due|up for) (?:my |an |the |some )?(?:early )?(?:parole|release)\b/],
  }]],
  // Someone close who took their own life, and now "i get why he did it".
  [/\bwhy (?:he|she|they)\b/, [{
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      new RegExp(String.raw`^(?=.*\b(?:${SUICIDE_OF_OTHER})\b).*(?:${I_GET_WHY})`),
      new RegExp(String.raw`^${nowhere(CAREER)}(?=.*\b(?:went|gone|go) that way\b).*(?:${I_GET_WHY})`),
    ],
  }]],
  // Doing it somewhere so the family do not see: "going to do it in the cab so the kids dont have to see".
  [new RegExp(String.raw`\bso (?:the |my |our )?${CLOSE_ONES}\b`), [{
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [new RegExp(String.raw`^${nowhere(DO_IT_BENIGN)}(?=.*\b(?:do it|doing it|end it|ending it|finish it|go through with it|be done with it|get it done)\b).*\bso (?:the |my |our )?${CLOSE_ONES} (?:do not |does not |will not |would not |never |can not |are not |is not |will never )?(?:have to |has to |got to |need to )?(?:see|sees|find|finds|witness|be the ones? (?:to find|who finds?|that finds?)|walk in on|come home to)(?: (?:it|me|him|anything|the body|my body|what happened|that))?$`)],
  }]],
  // Affairs sorted "before", and nothing after: "paid off my funeral plan, good to have that sorted before".
  [/\bbefore$/, [{
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [new RegExp(String.raw`^${nowhere(BEFORE_BENIGN)}(?=.*\b(?:${AFFAIRS})\b).*\b(?:sorted|straight|settled|squared(?: away| up)?|in order|tidied(?: up)?|tidy|paid(?: off| up)?|cleared|sorted out|done|finished|ready|dealt with|wrapped up|put right)(?: \w+){0,2}? before$`)],
  }]],
  // A man "sorted for good" after he hurt someone: "going round tonight to sort him for good".
  [/\b(?:for good|once and for all|permanently|for ever|forever|good and proper)\b/, [{
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [new RegExp(String.raw`^(?=.*\b(?:${HURT_SOMEONE})\b).*\b(?:sort|deal with|settle|finish|sort out|do|teach|take care of|see to|straighten out) (?:him|her|them|that \w+)(?: out| in)? (?:for good|once and for all|permanently|forever|for ever|good and proper)\b`)],
  }]],
  // Honour: "my family say its about honour" with a beating, a threat or a marriage forced.
  [/\bhono(?:u)?r\b/, [{
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [/^(?=.*\b(?:about|for|family|familys|of|over|in the name of|because of|protect(?: the| our)?(?: family)?|bring(?:ing)? shame on(?: the| our)?(?: family)?) hono(?:u)?r\b)(?=.*\b(?:beat|beats|beaten|hit|hits|hurt|hurts|threaten\w*|kill|locked|forced|forcing|marry me|married off|punish\w*|send me back|taken abroad|take me abroad)\b)/],
  }]],
  // Wages kept and hurt if they complain: "the gangmaster keeps our wages and hits us".
  [/\b(?:wages|pay|money)\b/, [{
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [/^(?=.*\b(?:hurts?|hits?|beats?|beaten|threaten\w*|can not leave|cannot leave|not allowed to leave|locked in|locks us|we owe him|owe him|scared|afraid)\b).*\b(?:gangmaster|gang master|boss|agency|agent|employer|foreman|owner|man|guy|landlord|he|she|they) (?:\w+ )?(?:keeps|kept|takes|took|holds|is holding|has taken|is keeping) (?:all |most |half )?(?:of )?(?:our|my) (?:wages|pay|money)\b/],
  }]],
  // Drinking a lot to switch off: "been drinking a lot to switch off, like every night".
  [/\b(?:drinking|drink|boozing|smoking|getting high|getting drunk|hitting the bottle)\b/, [{
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [new RegExp(String.raw`^${nowhere('party|wedding|birthday|celebrat\\w*|christmas|new year|stag|hen|match|quiz|water|tea|coffee|fizzy|energy drinks?')}(?=.*\b(?:a lot|too much|heavy|heavily|loads|more and more|more than i should|more than usual|more than i used to|way more|every night|each night|most nights)\b).*\b(?:drinking|boozing|on the (?:beer|booze|cans|vodka|wine|bottle)|smoking weed|getting high|getting drunk|getting wasted|hitting the bottle)(?: \w+){0,6}? (?:to|so i can|just to|so i|in order to) (?:switch off|turn off|turn my brain off|shut off|shut my (?:brain|head|mind) off|zone out|blot (?:it|things|everything) out|block (?:it|things|everything) out|stop (?:thinking|the thoughts)|quiet(?:en)? (?:my head|my mind|the noise|my brain)|knock myself out|get to sleep|fall asleep|numb (?:it|things|everything|myself)|forget|escape|take the edge off|switch my head off)\b`)],
  }]],
  // The bank or a creditor ignored: "the bank rang again about the loan. ignored it".
  [/\b(?:ignored|ignore|ignoring|not answering|did not answer|not opened|not opening|unopened|let it ring|in a drawer)\b/, [{
    level: 'concern',
    reason: 'money worries',
    patterns: [new RegExp(String.raw`^${nowhere('scam|spam|fraud|phishing|cold calls?|sales|ppi|accident claim|survey|wrong number')}(?=.*\b(?:loans?|debts?|arrears|overdraft|repayments?|owe|owing|credit card|council tax|mortgage|catalogue|klarna|payday|bailiffs?|collectors?|final demand|missed payments?)\b)(?=.*\b(?:bank|lender|creditors?|collectors?|bailiffs?|council|loan company|card company|landlord|klarna|provident|catalogue)\b).*\b(?:ignored|ignore|ignoring|not answering|did not answer|not opened|not opening|unopened|let it ring|(?:stuck|shoved|put|hid) (?:it|them) in a drawer)\b`)],
  }]],
  // A site or park closing and a pitch to find: "the site is closing, we have till summer to find a pitch".
  [/\b(?:site|park|pitch|yard|moorings?|marina|camp)\b/, [{
    level: 'concern',
    reason: 'may lose their home',
    patterns: [/\b(?:site|caravan park|park|pitch|yard|moorings?|marina|camp) (?:is |are |s )?(?:closing|shutting|being closed|being sold|closing down|being shut|getting shut)\b.*\b(?:find|need|looking for|nowhere to|move on|moved on)(?: \w+){0,2}? (?:pitch|mooring|site|place to (?:live|stay|go|pull on)|somewhere to (?:live|stay|go|pitch|park|pull on)|home|new yard)\b/],
  }]],
];

const KIN = oneOf('son', 'daughter', 'brother', 'sister', 'dad', 'mum', 'mam', 'husband', 'partner', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'auntie', 'grandson', 'friend', 'mate', 'stepson', 'stepbrother', 'brother in law', 'ex', 'boyfriend', 'flatmate', 'housemate', 'neighbour', 'dads', 'old man');
const SOMEONE = String.raw`(?:a|the|this|one|that|my|our) (?:young |old |little |new |older )?(?:guy|lad|girl|bloke|woman|man|friend|mate|pal|kid|colleague|classmate|course ?mate|flatmate|housemate|student|trainee|apprentice|someone|somebody|brother|sister|cousin|son|daughter|dad|mum|husband|wife|partner|boyfriend|girlfriend|uncle|nephew|niece|neighbour|boy|lass|fella|person)`;
const NEIGHBOURS = String.raw`(?:my |our |the )?(?:elderly |old |poor |older |next door |disabled )?(?:neighbours?|next door|nan|gran|mum|mam|dad|friend|mate|sister|brother|aunt|auntie|uncle|cousin|grandad|grandma|colleague|flatmate|housemate|daughter|son|lady next door|man next door|old lady|old man|pensioner)`;
const NOT_MINE = String.raw`\b(?:me too|so do i|so have i|so am i|same here|same for me|like me|myself|my self|i want to|i might|i feel the same|both of us|us both|we both|i have no|we have no|i had no|we had no|i do too|i have too|i used to|i still|mine too|ours too|join (?:him|her|them)|with (?:him|her|them) tonight|revenge|get (?:him|them|her) back)\b`;

export const CROSSINGS_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  // A relative in prison for a crime: "my cousin was in prison for stabbing someone".
  [/\b(?:prison|inside|jailed|sent down|locked up|put away|jail|convicted|sentenced)\b/, [
    new RegExp(String.raw`\bmy ${KIN}s? (?:was|is|has been|got|went|were|had been|is still|did time) (?:in prison|inside|jailed|sent down|locked up|put away|sent to prison|in jail|convicted|sentenced)(?: \w+){0,3}? for (?:stabbing|assault\w*|gbh|abh|attacking|hitting|beating|robbing|robbery|murder|manslaughter|killing|dealing|arson|burglary|fighting|a fight|glassing|\w+ing) ?(?:someone|somebody|a \w+|his \w+|her \w+|him|her|them|people)?\b`),
  ], new RegExp(String.raw`${NOT_MINE}|\b(?:i (?:helped|did|was there|was with|stabbed|hit|will|am going to)|we did|with me|tonight|going to (?:stab|hurt|kill|get)|do the same|same again)\b`)],
  // Someone else's home without heat or food: "my elderly neighbour had no heating".
  [/\b(?:no|without) (?:heating|heat|power|electric|electricity|gas|hot water|food)\b/, [
    new RegExp(String.raw`\b${NEIGHBOURS}s? (?:had|has|have|has had|had had|has got|was|is|were|been|left|has been) (?:left )?(?:with )?(?:no|without) (?:heating|heat|power|electric|electricity|gas|hot water|food)\b`),
  ], new RegExp(NOT_MINE)],
  // Someone else who self-harms or talks of ending it: "a lad on my course keeps saying hell end it".
  [/\b(?:self harm\w*|end it|kill (?:himself|herself|themselves)|end (?:his|her|their) life|suicidal|cutting (?:himself|herself|themselves))\b/, [
    new RegExp(String.raw`\b${SOMEONE}(?: \w+){0,6}? (?:was|is|has been|had been|been|started|s been|is been) (?:self harming|cutting (?:himself|herself|themselves)|harming (?:himself|herself|themselves))\b`),
    new RegExp(String.raw`\b${SOMEONE}(?: \w+){0,6}? (?:keeps saying|keeps talking about|has been saying|been saying|said|says|told me|is talking about|talks about|keeps on about|posted|posts|texted me|messaged me)(?: that)? (?:(?:he|she|they)(?: will| ll| is going to| wants to| might| would| is gonna| was going to| wanted to| is| was| felt)?|hell|shell|theyll) (?:end it all|end it|kill (?:himself|herself|themselves)|end (?:his|her|their) life|suicidal)\b`),
  ], new RegExp(NOT_MINE)],
  // An owner or a boss who died, meds sorted at last.
  [/\b(?:died|passed away|dropped dead|heart attack|meds|medication|medicine|tablets|prescription|painkillers)\b/, [
    pattern`\b(?:the |my |our )?(?:owner|boss|manager|landlord|landlady|gaffer|founder|director|ceo|head chef|employer|guvnor)(?: of (?:the|my|our) \w+)? (?:died|passed away|has died|had a heart attack|dropped dead|has passed)(?: suddenly| recently| unexpectedly)?\b`,
    pattern`\bmy (?:pain |new )?(?:meds|medication|medicine|tablets|prescription|painkillers) (?:are|is|have been|has been|got|were) (?:all )?(?:sorted|sorted out|changed|adjusted|reviewed|increased|upped|lowered|reduced|working|helping)(?: now| at last| finally)?\b`,
  ], /\b(?:for good|forever|final|last (?:letter|note|message)|will not need|wont need|no longer need|note|letters?|goodbye|sorry for everything|end it|die|dead|kill\w*|suicid\w*|pills|rope|tonight|everything|all my|affairs|gave away|give away|giving away|keepsakes?|miss me|remember me|house|flat|home|tenancy|landlord|evict\w*|rent|enough|saved|saving|stash|stockpil\w*|all of them|the lot|overdose|od|numb|never wake|not wake|jealous|envy|lucky|wish it was me|me next|same|murdered|killed)\b/],
];
