// Crisis: wishing to drop dead or keel over ("sometimes wish i would just drop dead at work", "i
// wish i could keel over and be done"), not of embarrassment nor "drop dead gorgeous"; a past
// attempt told by the rope, belt or cord that broke ("tried in 2019, the belt snapped"), not a
// washing line, climbing rope or tow rope; someone giving away their treasured things and saying
// sorry or goodbye to everyone, not when moving house, decluttering or giving to a charity shop.
// Concern: "i broke down in the jobcentre" (not a car or van breaking down); "there is no chance for
// me here", "no future for me" (not "no chance for me to attend"); coming to believe they will
// never work as what they trained for; "rubbish dad, rubbish husband", "i am just trash" (not
// "rubbish at maths"); drinking at lunch or in the morning to get through the day; not seeing
// anyone any more, mates dead or moved away; a joked threat to strangle or beat an official or to
// commit a crime; knowing the crisis line but "not at that stage"; owing money and worried,
// gambling away money owed to a customer, not knowing how to cover it; crying a lot, no longer
// wanting to cook or go out; a few hours' sleep "if i am lucky", waking back in a war zone.
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskThirtyNinthForms.test.ts. Normalised words, as in riskPatterns.ts
// (punctuation is gone, "i'd" is "id", "i'm" is "i am", "don't" is "do not").
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { NOT_BEFORE } from './wholeMessageSets.ts';


// --- Crisis -------------------------------------------------------------------------------------
const WISH = oneOf('wish', 'wishes', 'wishing', 'wished', 'hope', 'hoping', 'pray', 'praying');
const I_WOULD = oneOf('i would', 'id', 'i could', 'i might', 'i will', 'ill', 'i just', 'i', 'she would', 'he would');
const DROP_DEAD = pattern`${NOT_BEFORE}\b${WISH} (?:that )?${I_WOULD} (?:just |simply |quietly |finally )?(?:drop dead|keel over|drop down dead|just drop|stop breathing|have a heart attack and go|not wake up)\b(?! (?:gorgeous|of|from|with|when|laughing|tired|on the spot because|at the sight)\b)`;
const JOKING_DEAD = String.raw`\b(?:embarrass\w*|shame|mortified|cringe|lol|haha|gorgeous|laughing|tired)\b`;

const CORD = oneOf('rope', 'the rope', 'belt', 'the belt', 'cord', 'the cord', 'noose', 'the noose', 'ligature', 'the ligature', 'cable', 'the cable', 'flex', 'the flex');
const ROPE_FAILED = pattern`\b${CORD} (?:snapped|broke|gave way|gave|came loose|did not hold|would not hold|slipped|failed)\b`;
const ATTEMPT_TOLD = String.raw`\b(?:had a go|tried|attempt\w*|borrowed time|should not be here|should be dead|survived|woke up|went wrong|did not work|second chance|not meant to)\b`;
const ROPE_ELSEWHERE = String.raw`\b(?:climb\w*|abseil\w*|washing line|tow\w*|boat|anchor|swing|skipping|tug of war|harness|scaffold\w*|crane|load|lorry|van|trailer|tent|dog|lead|trousers|jeans|fan belt|cambelt|timing belt|conveyor|car|engine|charger|phone|laptop|guitar|string)\b`;

const GAVE = oneOf('given', 'gave', 'giving', 'gives', 'has given', 'have given', 'handed', 'handing');
const TREASURED = String.raw`(?:(?:all|most|both|some) (?:of )?)?(?:her|his|my|their) (?:\w+ )?(?:jewellery|jewelry|gold|rings?|wedding ring|watch|medals|savings|things|stuff|belongings|possessions|treasures|photos|guitar|tools|records|collection|bits)`;
const GIVING_AWAY = pattern`\b${GAVE} (?:away )?${TREASURED}\b(?: away)?(?: \w+){0,6}? (?:to|between|among)\b`;
const SAID_SORRY_ALL = String.raw`\b(?:said|saying|says|say) (?:sorry|goodbye|bye|her goodbyes|his goodbyes|my goodbyes|thank you) (?:to )?(?:everyone|everybody|all of us|us all|all the family|the whole family)\b|\b(?:made|making|written|wrote) (?:a |her |his |my )?will\b|\bsorting (?:out )?(?:her|his|my) affairs\b`;
const GIVING_ELSEWHERE = String.raw`\b(?:moving|move|moved|declutter\w*|downsiz\w*|charity shop|car boot|sell\w*|sold|ebay|vinted|clear\w* out|birthday|christmas|wedding|eid|diwali|present|gift|inherit\w*|passed away|died|funeral)\b`;

// --- Concern ------------------------------------------------------------------------------------
const BROKE_DOWN = pattern`${NOT_BEFORE}(?<!\b(?:car|van|bus|train|truck|lorry|motor|engine|boiler|machine|it|we|they|coach|tram|printer) )\b(?:i|she|he|mum|dad|nani) (?:just |completely |totally |properly )?(?:broke|break|have broken|keep breaking|kept breaking) down\b(?! (?:the|a|an|my|his|her|their|it|costs?|figures|numbers|budget|walls?|doors?|barriers|into|on the (?:motorway|m\d+|a\d+|road|way|hard shoulder))\b)`;
const VEHICLE = String.raw`\b(?:car|van|bus|motor|engine|motorway|hard shoulder|breakdown cover|aa|rac|recovery|mechanic|tyre|puncture)\b`;

const NO_CHANCE = pattern`\b(?:there is|is|there are|i have|i got|i see) no (?:chance|hope|future|place|point|way forward|life) for (?:me|us)(?: here| in this country| anymore| any more| at all| now| left)?\b(?! (?:to|in (?:the|that|this) (?:team|class|course|queue|draw|race|raffle))\b)`;

const BELIEVE = oneOf('believe', 'think', 'feel', 'accept', 'accepting', 'realise', 'realising', 'realize', 'convinced', 'suspect', 'fear', 'worry');
const NEVER_BE = pattern`\b${BELIEVE} (?:that )?i (?:will|am going to|am gonna) never (?:ever )?(?:work|get (?:a|any) (?:job|post|position|work)|find (?:a job|work)|be (?:hired|employed|accepted)|get hired|practise|practice|qualify|be (?:a|an) (?:nurse|teacher|doctor|engineer|pharmacist|midwife|lawyer|accountant))\b(?! (?:again|there again|in (?:retail|a call centre|that place|there) again|for (?:them|him|her|that company) again)\b)`;
const GLAD_NEVER = String.raw`\b(?:hated|glad|thank god|thankfully|good riddance|never again|retir\w+|lottery)\b`;

const ROLE = oneOf('husband', 'dad', 'father', 'wife', 'mum', 'mother', 'son', 'daughter', 'partner', 'friend', 'brother', 'sister', 'grandad', 'grandma', 'person', 'human being', 'parent', 'uncle', 'aunt');
const BAD = oneOf('rubbish', 'useless', 'crap', 'shit', 'terrible', 'awful', 'lousy', 'hopeless', 'pathetic', 'failed', 'failure of a', 'waste of a', 'poor excuse for a', 'sorry excuse for a');
const BAD_ROLE_TWICE = pattern`\b${BAD} ${ROLE}\b(?! jokes?| bod| vibes| joke)(?: \w+){0,4}? ${BAD} ${ROLE}\b(?! jokes?| bod| vibes)`;
const I_BAD_ROLE = pattern`\b(?:i am|i have been|i feel like|i feel i am|i know i am) (?:such |a |just |the |an |such a |a complete |a totally |the most |a really )*${BAD} ${ROLE}\b(?! (?:jokes?|bod|vibes|at|with|when|for forgetting|lol|haha)\b)`;
const I_AM_TRASH = pattern`${NOT_BEFORE}\bi am (?:just |only |nothing but |basically |literally |such |total |complete |a piece of |worthless )*(?:trash|garbage|scum|filth|dirt|a loser|a waste of (?:space|oxygen|skin|air)|a nobody|a nothing)\b(?! (?:at|with|when|in|for|tv|lol|haha|lmao|talk|bag|day|can|collection)\b)`;
const THIRD_BAD = String.raw`\b(?:he is|she is|he was|she was|hes|shes|they are|my ex|her ex|his ex|is a|was a|my \w+ is)\b(?: \w+){0,3} ${BAD} ${ROLE}\b`;

const DRINK = oneOf('drinking', 'having (?:a )?(?:wine|beer|vodka|gin|whisky|cider|lager|drink|drinks|can|cans|glass|pint|few)', 'a (?:drink|glass|pint|can|bottle|few cans)', 'wine', 'vodka', 'cans', 'booze', 'a swig', 'a nip', 'a tot', 'a shot', 'shots');
const WHEN_DRINK = oneOf('at lunch', 'at lunchtime', 'at dinner time', 'in the morning', 'in the mornings', 'before (?:work|interviews?|the jobcentre|appointments?|calls)', 'during the day', 'on my break', 'every morning', 'first thing', 'at breakfast', 'in the afternoons?', 'all day');
const DRINK_TO_COPE = pattern`${NOT_BEFORE}\b${DRINK} ${WHEN_DRINK}(?: \w+){0,3}? (?:to|just to|so i can|so that i can|or i can not) (?:get through|cope|get by|face|numb|stop thinking|calm (?:down|my nerves)|steady (?:my|the) (?:nerves|hands)|take the edge off|function|keep going)\b`;
const NOT_DRINKING = String.raw`\b(?:alcohol free|non alcoholic|stopped drinking|gave up drinking|given up drinking|sober|dry|no longer drink|0 0|zero alcohol|mocktail|wine tasting|sommelier|bar work|barista|bartend\w*)\b`;

const SEE_NO_ONE = pattern`^(?:.* )?(?:i )?(?:do not|never|hardly|rarely|barely|can not) (?:ever )?see (?:anyone|anybody|a soul|no one|nobody)(?: (?:anymore|any more|these days|nowadays|now|for days|for weeks|all week|from one week to the next|except \w+|apart from \w+))?(?: (?:club|pub|the|my|mates|friends|lads|everyone|no one|nobody|since|not|its|it is|all|just|i)\b.*)?$`;
const SEE_ELSEWHERE = String.raw`\b(?:see anyone (?:about|for|at|in|on|else|who|that|when|here|there|applying|getting|using|doing|with|from|wearing|like)|queue|online|on the list|option|button|replies|reply|listed|advertised|vacanc\w*|posts?|slots?|appointments?|results?)\b`;
const MATES_GONE = pattern`\b(?:(?:all )?(?:my |the )?(?:mates|friends|lads|pals|old crowd|old gang)|everyone i knew|everybody i knew) (?:are|have|have all|are all|have either|are either) (?:dead|died|passed|gone|moved away)(?: or (?:moved away|gone|dead|died|in prison))?\b`;
const GAME_MATES = String.raw`\b(?:game|gaming|server|fortnite|warzone|xbox|playstation|ps5|discord|in the film|series|episode|book|novel)\b`;

const VIOLENT = oneOf('strangle', 'throttle', 'murder', 'kill', 'beat', 'batter', 'punch', 'lamp', 'deck', 'thump', 'smack', 'slap', 'clobber', 'brain', 'wallop', 'bash', 'stab', 'knock out', 'lay out', 'swing for', 'go for');
const OFFICIAL = oneOf('him', 'her', 'them', 'someone', 'somebody', 'the (?:\\w+ )?(?:man|woman|lady|guy|bloke|fella|advisor|adviser|examiner|interviewer|receptionist|manager|assessor|coach|headteacher|head|boss|officer|clerk|staff|recruiter|agent|lot of them)', 'that (?:\\w+ )?(?:man|woman|guy|bloke|advisor|adviser|examiner|interviewer|receptionist|manager|assessor|recruiter|agent)', 'my (?:advisor|adviser|work coach|manager|boss|examiner|assessor)');
const JOKED_VIOLENCE = pattern`\b(?:i|ill|id|she|he|nani|mum|dad|we) (?:swear |honestly |genuinely |literally |actually |really )?(?:will|may|might|could|would|am going to|is going to|is gonna|am gonna|says she will|says he will)? ?(?:actually |genuinely |literally |honestly |just |end up |have to )?(?:${VIOLENT} ${OFFICIAL}\b(?! (?:at|in|to it|on price|for (?:a|the) (?:job|place|role))\b)|commit (?:a |an )?(?:crime|murder|homicide|offence|felony|assault|act of violence))`;
const ONE_MORE = String.raw`\b(?:one more|next time|if (?:i|she|he) (?:has|have) to|if (?:they|he|she|the \w+) (?:makes?|asks?|calls?|tells?|says))\b`;

const KNOW_HELPLINE = String.raw`\b(?:crisis (?:line|team|number)|samaritans|helpline|shout|116 123|suicide line|mental health line)\b`;
const NOT_AT_STAGE = pattern`\b(?:not|never|nowhere near|i am not|i am not at|not quite) (?:at |in |there|to )?(?:that|this) ?(?:stage|point|place|level|bad)?\b(?: yet)?|\bdo not need it(?: yet)?\b(?!.*\b(?:client|service user|resident|worker|leaflet|poster|training)\b)`;

const OWES = pattern`\b(?:i|we|she|he|mum|dad|nani|my \w+) (?:owe|owes|owed|is owing|am owing|still owes?|now owes?) (?:money|loads|a lot|\d+|hundreds|thousands|the (?:bank|council|landlord|man|woman|loan|shop)|(?:a )?(?:friend|neighbour|shop|man|woman|loan shark|everyone))\b`;
const WORRIED = String.raw`\b(?:worried|worrying|worries|stressed|stressing|panick\w*|scared|frightened|anxious|losing sleep|can not sleep|can not pay|no way to pay|do not know how)\b`;
const GAMBLED_IT = pattern`\b(?:spent|blew|lost|put|gambled|bet|done|did) (?:all )?(?:of )?(?:the|my|his|her|their|a|the clients|the customers|customers|clients) (?:\w+ )?(?:deposit|rent|rent money|wages|money|savings|bills money|float|takings|child benefit|universal credit|uc|loan) (?:\w+ ){0,4}?(?:on|at) (?:an? |the )?(?:acca|accas|bets?|horses|slots|fruit machines?|fixed odds|roulette|the dogs|casino|scratch ?cards|betting|bookies|online casino|poker|football)\b`;
const CANT_COVER = pattern`\b(?:do not|did not|have no|no|not) (?:know|idea|clue) how (?:i|we|she|he) (?:will |am going to |am gonna |can |could |is going to )?(?:cover|pay|repay|replace|find|make up|square|sort) (?:it|that|this|the (?:money|rent|loss|deposit|debt|gap|shortfall))(?: back)?\b`;
const MONEY_WORDS = String.raw`\b(?:deposit|money|rent|debt|owe\w*|bet|acca|loan|bookies|gambl\w*|overdraft|skint|\u00a3|\d+ quid|quid)\b`;
const COVER_ELSEWHERE = String.raw`\b(?:shift|rota|cover letter|holiday cover|class|lesson|story|topic|insurance claim|the news|match)\b`;

const CRIES = pattern`${NOT_BEFORE}(?<!\b(?:baby|babies|toddler|newborn|kids?|son|daughter|dog|puppy|cat|kitten) )\b(?:cries|crying|cry|cried|in tears|sobbing|sobs|weeping|weeps) (?:a lot|all the time|every day|every night|each night|constantly|most days|most nights|for hours|herself to sleep|himself to sleep|myself to sleep|non stop|all day)\b`;
const CRY_ELSEWHERE = String.raw`\b(?:baby|babies|newborn|teething|toddler|film|movie|wedding|laugh\w*|happy tears|onions?|episode|book|soap|graduation|colic)\b`;
const NO_LONGER_WANTS = pattern`\b(?:does not|do not|did not|no longer) (?:want|wants|feel like|bother) to (?:cook|eat|get up|go out|get out of bed|do anything|see anyone|leave the house|get dressed|wash|talk to anyone|answer the phone) ?(?:anymore|any more|now|these days)\b`;
const SAD_THESE_DAYS = pattern`\b(?:is|am|has been|have been|seems|seem) (?:very |so |really |ever so |always |quite )?(?:sad|down|low|quiet and sad|withdrawn) (?:these days|lately|recently|all the time|most of the time|since)\b`;

const FEW_HOURS_LUCKY = pattern`\b(?:[0-3]|one|two|three|an|a couple of|couple of)(?: (?:or|to) (?:[1-4]|two|three|four))? (?:hours?|hrs?)(?: sleep| of sleep)? (?:a|per|each|every) night (?:if i am lucky|if that|at most|tops|max|on a good night)\b`;
const WAKE_IN_WAR = pattern`\b(?:wake|woke|waking|wakes) up (?:back )?(?:in|at) (?:sangin|helmand|basra|kabul|kandahar|musa qala|camp bastion|bastion|iraq|afghan\w*|the war|northern ireland|the desert|syria|ukraine|the camp|that place|the compound)\b`;

const concern = (reason: string, patterns: RegExp[]): RiskPatternGroup[] => [{ level: 'concern', reason, patterns }];
const crisis = (reason: string, patterns: RegExp[]): RiskPatternGroup[] => [{ level: 'crisis', reason, patterns }];
const unless = (words: string): RegExp => new RegExp(String.raw`^(?:(?!${words}).)*$`);

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const THIRTY_NINTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(JOKING_DEAD), crisis('wishes to be dead', [DROP_DEAD])],
  [new RegExp(String.raw`^(?=.*${ATTEMPT_TOLD})(?:(?!${ROPE_ELSEWHERE}).)*$`), crisis('a past attempt to end their life', [ROPE_FAILED])],
  [new RegExp(String.raw`^(?=.*(?:${SAID_SORRY_ALL}))(?:(?!${GIVING_ELSEWHERE}).)*$`), crisis('giving away their things and saying goodbye', [GIVING_AWAY])],
  [unless(VEHICLE), concern('not coping', [BROKE_DOWN])],
  [/./, concern('hopelessness', [NO_CHANCE])],
  [unless(GLAD_NEVER), concern('hopelessness', [NEVER_BE])],
  [unless(THIRD_BAD), concern('feels worthless', [BAD_ROLE_TWICE, I_BAD_ROLE, I_AM_TRASH])],
  [unless(NOT_DRINKING), concern('drinking or drugs to cope', [DRINK_TO_COPE])],
  [unless(SEE_ELSEWHERE), concern('isolation', [SEE_NO_ONE])],
  [unless(GAME_MATES), concern('isolation', [MATES_GONE])],
  [new RegExp(ONE_MORE), concern('joked about hurting someone', [JOKED_VIOLENCE])],
  [new RegExp(KNOW_HELPLINE), concern('spoke of the crisis line, then said not needed', [NOT_AT_STAGE])],
  [new RegExp(WORRIED), concern('money worries', [OWES])],
  [/./, concern('money worries', [GAMBLED_IT])],
  [new RegExp(String.raw`^(?=.*${MONEY_WORDS})(?:(?!${COVER_ELSEWHERE}).)*$`), concern('money worries', [CANT_COVER])],
  [unless(CRY_ELSEWHERE), concern('low mood', [CRIES])],
  [/./, concern('low mood', [NO_LONGER_WANTS, SAD_THESE_DAYS])],
  [/./, concern('not eating or sleeping', [FEW_HOURS_LUCKY, WAKE_IN_WAR])],
];
