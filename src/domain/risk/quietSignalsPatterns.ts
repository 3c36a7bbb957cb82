// Risk said quietly, in general forms. Crisis: weary "from" living, or rather fading away; a method
// asked about as a practical question (will a cord take a grown man's weight, does the fumes method
// work on newer cars, looking up "methods" with nothing named); "i will not answer, ever"; the means
// and a date both got; goodbyes said round everyone with no occasion, things handed on because "i
// will not need them any more"; more of a prescription than allowed; abuse told by what is done (a
// parent's "burden", being locked out or in, an employer holding the workers' papers, being hit as a
// punishment, a partner's insults day after day); control told by secrecy (do not say it if he picks
// up; she reads my letters); "i will put him in a wheelchair"; days without food and nothing in.
// Concern: agreeing with an old insult, a tenancy not renewed, sofa surfing said another way, a sum
// for the whole month, fear of the post, cards at their limit, big debts, a few hours' sleep, lying
// awake going over things, no longer going anywhere, empty weekends, "low" as a whole answer, a
// cloud or heaviness that will not lift, "in a pit", "not great mentally", plates all falling,
// "do something silly", a playful threat of a slap. Also topics that say nothing of the client (a
// programme's suicide storyline, ligature points at work, asking someone whether they are
// suicidal, a relative's death or abusive ex), read as the word "course", and a boss who "will kill
// me" as a figure of speech. Each was tried against everyday look-alikes of our own
// (test/domain/riskQuietSignals.test.ts) and against every everyday line of the training corpus,
// whose labels win ("drowning in paperwork" is everyday there). Normalised words, as in riskPatterns.ts.
import { FAMILY, PILLS, oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const PARTNER = oneOf(
  'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'other half', 'ex', 'ex partner',
  'ex husband', 'ex wife', 'ex boyfriend', 'ex girlfriend', 'fella', 'man', 'missus',
);
const PARENT = oneOf('mum', 'mam', 'mom', 'mother', 'dad', 'father', 'stepdad', 'step dad', 'stepmum', 'step mum', 'carer', 'foster \\w+');
const INSULT = oneOf(
  'cow', 'bitch', 'slag', 'whore', 'slut', 'fat', 'ugly', 'disgusting', 'worthless', 'pathetic', 'waste of space',
  'useless', 'stupid', 'thick', 'retard', 'retarded', 'failure', 'freak', 'nothing', 'a mistake', 'mistake', 'disgrace',
  'burden', 'scum', 'parasite',
);
const PARENT_INSULT = oneOf('waste of space', 'worthless', 'useless', 'pathetic', 'mistake', 'disgrace', 'burden', 'nothing', 'scum', 'parasite', 'failure');
const STRIKES = oneOf('hit', 'hits', 'beat', 'beats', 'slap', 'slaps', 'punch', 'punches', 'kick', 'kicks', 'smack', 'smacks', 'whack', 'whacks', 'hurt', 'hurts');
const EMPLOYER = oneOf(
  'they', 'he', 'she', 'boss', 'employer', 'manager', 'gaffer', 'agency', 'agent', 'landlord', 'owner', 'supervisor',
  'foreman', 'gangmaster', 'company', 'work',
);
const CORD = oneOf('rope', 'ropes', 'cord', 'belt', 'cable', 'ligature', 'scarf', 'washing line', 'dog lead', 'lead', 'noose', 'tie');
const BODY_WEIGHT = `(?:my|my own|my full|a persons|persons|peoples|a human|human|a body|body|an adults|adult|a grown (?:mans|womans)|someones|a mans|mans|a womans)(?: full| whole| body)? weight`;
const CORD_EVERYDAY = String.raw`^(?!.*\b(?:climb\w*|abseil\w*|swing|hammock|tow\w*|boat|treehouse|tree house|gym|crossfit|zip ?line|rescue|harness|punch ?bag|boxing|scaffold\w*|rigging|arborist|tree surgeon|course|training|loft ladder|pulley|tent|camping)\b)`;
const MEDICINE = oneOf(
  PILLS, 'dose', 'doses', 'prescription', 'script', 'sertraline', 'citalopram', 'fluoxetine', 'mirtazapine', 'codeine', 'co codamol',
  'tramadol', 'diazepam', 'pregabalin', 'gabapentin', 'morphine', 'methadone', 'lithium', 'quetiapine', 'propranolol',
);
const MEANS = oneOf(PILLS, 'rope', 'ligature', 'blades?', 'razor blades?', 'charcoal', 'hose', 'tubing', 'helium', 'gun');

export const QUIET_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      pattern`\b(?:tired|weary|exhausted|worn out) (?:from|of) (?:living|being alive|existing)\b(?! (?:in|with|at|near|on|off|as|like|here|there|out of)\b)`,
      pattern`\b(?:would|id|i would|i had) (?:much |honestly |just |really )?rather (?:just )?(?:fade (?:out|away)|not wake up|not be (?:here|alive|around)|be dead|die|not exist|stop existing|sleep forever|disappear for good)\b(?!(?: \w+){0,8} than\b)(?! (?:for|at|during|when|while) (?:the|a|an|his|her|their|that|this|my|your|our)(?: \w+)? (?:visit|inspection|meeting|appointment|interview|party|dinner|row|argument|conversation|viewing|handover|tour|wedding|do|christmas|weekend)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      pattern`\b(?:car )?(?:exhaust|fumes|carbon monoxide)(?: fumes| pipe)? (?:thing|method|trick|way|idea)\b(?: \w+){0,3} (?:work|works|working|kill|kills|hurt|hurts|painless|quick)\b`,
      pattern`\b(?:exhaust|fumes|carbon monoxide)\b(?: \w+){0,4} (?:still )?(?:work|works|kill|kills) (?:with|on|in) (?:modern|new|newer|todays|electric|hybrid) cars\b`,
      new RegExp(`${CORD_EVERYDAY}.*\\b${CORD}\\b(?: \\w+){0,4} (?:hold|holds|take|takes|support|supports|bear|bears|handle|handles|carry|carries|strong enough for) ${BODY_WEIGHT}\\b`),
      // "looking up methods": methods of nothing, for nothing.
      pattern`\b(?:reading|read|looking|looked|searching|searched|googling|googled|researching|researched|watching|watched|browsing) (?:up )?(?:about |on |into |at |for |up )?(?:different |the |various |painless |quick |quickest |easy |easiest |best )?methods\b(?! (?:of|for|to|that|you|used|they|we|and|section|module|course|paper|chapter|class|lecture|statement|exam)\b| (?:on|in) (?:the |my |our |a |this )?(?:course|module|class|lecture|book|report|exam|teaching|science|research|maths|excel|training|workshop|paper|syllabus|job|work|interview)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'self-harm',
    patterns: [
      pattern`\b(?:taking|took|taken|take|swallowing|swallowed|having|had|using|used) (?:way |a lot |loads |much |a bit )?more (?:of )?(?:my |the |me )?${MEDICINE}(?: \w+){0,2} than (?:i should|i am meant to|i am supposed to|prescribed|i am allowed|i was told|the doctor said|it says|you should|i should be)\b(?!.*\b(?:for (?:my|the|a) (?:tooth|teeth|back|head|knee|period|cold|flu|cramps)|toothache|headache|migraine|period pain|back pain)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      pattern`\b(?:my )?${PARENT} (?:\w+ ){0,2}(?:calls|called|calling|call) me (?:a |an )?(?:\w+ )?${PARENT_INSULT}\b(?! (?:at|to|for)\b)`,
      pattern`\b(?:he|she|they|(?:my )?${PARENT}|my ${FAMILY})\b(?: \w+){0,4} (?:locks|locked|locking|lock|shuts|shut) me (?:out|in)\b(?!.*\b(?:account|app|website|portal|password|pin|login|log in|netflix|wifi|system|computer|laptop|by accident|accidentally|by mistake)\b)`,
      pattern`\b${EMPLOYER}\b(?: \w+){0,2} (?:keep|keeps|kept|keeping|took|take|takes|taken|taking|hold|holds|holding|held|has|have|confiscated|confiscate|took away) (?:our|my|all (?:our|my|the)|everyones|the workers|peoples) (?:passports?|id cards?|identity documents|documents|papers|visas?|brps?)\b(?!.*\b(?:copy|copies|copied|scan|scanned|check|checks|checked|right to work|photocopy|verify|verification|back|return|returned|renew|renewal|office|embassy|application|apply)\b)`,
      // Hitting as a punishment: "he slaps me whenever i answer back".
      pattern`\b(?:they|he|she|my \w+|the \w+|boss|manager)\b(?: \w+){0,5} (?<!\b(?:will|would|to|gonna|should|could|might|can|please) )${STRIKES} (?:us|me) (?:if|whenever) (?:we|i)\b`,
      pattern`\b(?:he|she|my ${PARTNER}) (?:always |constantly |keeps |still )?(?:tells|telling|told|says|saying|said|reminds|reminding)(?: me)?(?: every (?:day|night|morning|time)| all the time| constantly| daily| over and over)? (?:that )?i am (?:a |an |so |just |too )?(?:\w+ )?${INSULT}\b(?! (?:at|to|for|if|when|not|lol|haha)\b)(?=.*\b(?:every|all the time|constantly|daily|always|no employer|no one|nobody|and)\b)`,
      pattern`\bmy ${PARTNER}\b(?: \w+){0,10} no (?:employer|company|boss|business|workplace|man|woman) (?:would|will|could) (?:ever )?(?:hire|want|employ|take|have) me\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      pattern`\b(?:he|she|my ${PARTNER})\b(?: \w+){0,2} (?:opens|opened|open|opening|reads|reading|goes through|went through|going through|looks through|looked through) (?:all )?my (?:post|mail|letters|messages|texts|emails|bank statements|whatsapps?)\b`,
      pattern`^(?!.*\b(?:surprise|present|gift|party|birthday|proposal|anniversary|christmas)\b).*\b(?:do not|never) (?:mention|say|tell|bring up|talk about|text about|leave a message about)\b(?: \w+){0,6} (?:if|when|in case|while) (?:he|she|my ${PARTNER}) (?:answers|picks up|sees|reads|is (?:there|around|home|about|in)|finds out|checks|looks|hears|rings|calls)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      pattern`\b(?:i will|ill|i am going to|i am gonna|i swear i will|i could|i would|id) (?:\w+ )?put (?:him|her|them|you|someone|somebody|(?:that|the|this) \w+) in (?:the )?(?:hospital|a and e|intensive care|icu|a coma|a wheelchair|the ground|an early grave|a box|traction|a body bag|casualty)\b(?! (?:car park|reception|waiting room|canteen|cafe|shop|parking|entrance)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      // "before i do something stupid": the British way of saying it.
      pattern`(?<=\b(?:going to|might|may|could|will|would|about to|want to|tempted to|before i|or i will|or i might|feel like i could|not|never)(?: not| never| ever)? )do (?:something|anything) (?:daft|stupid|silly|drastic|permanent|final|i (?:will|would|might) regret)\b(?! (?:and|like|at|in|on|with|for|today|lol|haha|such as|to (?:my|the|your))\b)`,
    ],
  },
];

export const QUIET_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'may lose their home',
    patterns: [
      pattern`\b(?:tenancy|lease on (?:the|my|our) (?:flat|house|place|room|home)) (?:is not|is not being|not being|will not be|was not|has not been|is not going to be|not) (?:renewed|extended|renewing)\b`,
      pattern`\blandlord (?:\w+ ){0,2}(?:is not|not|will not|does not want to|refuses to|refused to) (?:renewing|renew|extend|extending)\b`,
      // Sofa surfing told another way: "dossing on other peoples floors", "no fixed address".
      pattern`\b(?:kipping|sleeping|staying|crashing|dossing|stopping) (?:at|on|round|in|between) (?:different|various|other peoples|whoevers|anyones|(?:\w+ )?(?:friends|mates) (?:floors?|sofas?|couches?))\b|\bsofa surf\b|\bno fixed (?:address|abode)\b|\bwithout an? (?:fixed |permanent |proper )?address\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [
      pattern`\b(?:have|got|left with|living on|live on|to live on|leaves me with|down to)\b (?:about |around |only |just |like |barely )?\d+ (?:pounds? |quid )?(?:for|to last|to last me|until|till) (?:the |a )?(?:whole |entire |rest of the |next )?(?:month|fortnight|week|payday|next payment)\b`,
      pattern`\b(?:took|take|taking|takes|clawed|claw|clawing) back (?:the|my) (?:advance|overpayment)\b|\badvance (?:repayments?|deductions?)\b`,
      pattern`\b(?:afraid|scared|frightened|terrified|dread|dreading|can not face|can not bring myself) (?:to )?(?:open|opening|look at|looking at|check|checking) (?:the |my |any )?(?:post|letters|mail|envelopes|bank|bank app|balance|statements?)\b|\bred letters\b|\bfinal demands?\b`,
      pattern`\b(?:credit cards?|overdraft|cards|store cards?|catalogues?)\b(?: \w+){0,2} (?:is|are|has been|have been|hit|reached|over|up to) (?:at |over |up to )?(?:the |its |it is |their |my )?limit\b|\bmaxed out (?:my |the |all my |both )?(?:credit cards?|cards|overdraft)\b`,
      pattern`\b(?:redundancy money|redundancy|savings|redundancy pay|last of my money) (?:is|are|has|have) (?:all )?(?:gone|run out|been spent|used up)\b`,
      pattern`\b(?:owe|owing|in debt)\b (?:about |around |over |nearly |like |roughly |almost )?(?:\d+ ?k|\d+ (?:grand|thousand)|\d{4,}|a few (?:grand|thousand)|thousands)\b(?!.*\b(?:student loans?|mortgage|uni|tuition)\b)|\bacross (?:\d|two|three|four|five|six|several) (?:apps|cards|lenders|loans|companies)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not eating or sleeping',
    patterns: [
      pattern`\b(?:surviving|running|living|getting by|functioning) on (?:about |around |only |just |like |maybe )?(?:[0-6]|one|two|three|four|five|six)(?: and a half)? hours?\b(?! (?:a|per|of|each) (?:week|shift|work|day of work)\b| (?:of )?(?:work|shifts?|overtime|contract)\b)`,
      pattern`\b(?:lie|lying|lay|laid|laying) (?:there |in bed |in the dark )?(?:awake )?(?:all night|half the night|most of the night|every night|till \d|until \d|till (?:the )?morning|until (?:the )?morning)\b|\b(?:lie|lying|lay|laid|laying) awake\b`,
      pattern`\b(?:replaying|going over|overthinking|reliving)\b(?: \w+){0,6} (?:all night|half the night|every night|at \d in the morning)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'feels alone',
    patterns: [
      pattern`\b(?:stopped|stop|given up|gave up|quit) (?:going (?:anywhere|out at all|out any ?more|out of the house|outside)|leaving the (?:house|flat|room)|seeing (?:people|anyone|friends|my friends)|answering (?:the door|my phone))\b(?! (?:on|during|to save|until|till|since the baby)\b)`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      pattern`^(?:i am |i feel |feeling |feel |bit |a bit |quite |really |so |pretty |very |proper )*low (?:today|tonight|this week|again|lately|at the moment|right now|recently|these days|this morning)$`,
      pattern`\b(?:been|i am|i have been|feel like i am|feeling like i am|stuck|sunk|sinking|sinking deeper) in(?:to)? (?:a |such a |a bit of a |bit of a |a real |a deep |a dark |a big |a black )?(?:hole|pit|funk|slump|dark place|black hole|low place|bad place)\b(?! (?:with|in|on) (?:the |my )?(?:bank|budget|rota|staffing|money|finances|car|garden|road)\b)`,
      pattern`\bnot (?:feeling|doing|been feeling|been doing) (?:great|good|well|too good|too great|so good|so great|the best|amazing|ok|okay)\b(?: \w+){0,2} mentally\b|\bmentally (?:i am |i have been |been |feeling |just )?(?:not (?:great|good|well|ok|okay|doing well|in a good place)|struggling|in bits|a mess|all over the place)\b|\bmy (?:mental health|mental|head) (?:is|has been|been) (?:bad|awful|terrible|poor|rough|shocking|not great|not good|a mess|all over the place|shot|in bits)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      pattern`\b(?:spinning|juggling) (?:too many |so many |all these |all the |a lot of |loads of )?(?:plates|balls)\b(?: \w+){0,5} (?:dropping|falling|crashing|smashing|dropped|fell|crashed|smashed|drop|fall)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'angry words about hurting someone',
    patterns: [
      pattern`\b(?:he|she|they|him|her|them|my \w+|that \w+|this \w+|the \w+)(?: is| are)? (?:getting|gonna get|going to get|about to get|will get|due) (?:a |an |the )?(?:slap|smack|punch|kicking|battering|hiding|elbow drop|elbow|headbutt|clip round the ear|knuckle sandwich|dropkick|drop kick|body slam|bodyslam|suplex|whack|thump|clout)\b(?: \w+){0,6} (?:if|when|next time|unless)\b`,
    ],
  },
];

/** Read over the whole message, because commas and full stops split clauses. One search first. */
export const QUIET_WHOLE_GATE = /\b(?:ever|date|day|night|time|byes?|goodbyes?|need|eaten|had|told|called|calls|call|tell|telling|said|weekends?|evenings?|nights|sundays?|saturdays?|holidays|cloud|darkness|heaviness|sadness)\b/;
const GIVEN = String.raw`\b(?:gave|given|giving|give|handed) (?:away )?(?:my|me|him|her|them|\w+ my|\w+ \w+ my)\b`;
const NOT_NEEDED = String.raw`\b(?:do not|will not|would not|shall not|wont) need (?:them|it|any of (?:it|them|this|that)|those|these|that stuff|my stuff|my things|stuff|things) (?:now|any ?more|where i am going|after (?:this|today|tonight|\w+day))\b`;
const GIVEN_EVERYDAY = String.raw`\b(?:new|upgraded?|grown out|outgrown|too small|too big|fit|fits|charity shop|replaced|spare|moving|moved|lost weight|old|broken|extra|uniform|work boots|job|course|finished)\b`;
const GOODBYE_EVERYDAY = String.raw`\b(?:leaving|party|leaving do|shift|work|office|team|class|course|wedding|airport|station|holiday|funeral|school|college|uni|club|gym|job|colleagues|moving|moved away|emigrat\w*|flight|retir\w*|contract|staff|students|clients|customers|ward|visit|reunion|trip|placement|hospital|summer|camp)\b`;
const NO_FOOD_EVERYDAY = String.raw`\b(?:keep down|keep anything down|bug|flu|virus|fasting|ramadan|lent|operation|surgery|nil by mouth|tummy|stomach|sick|poorly)\b`;

export const QUIET_WHOLE_MESSAGE_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [
      /\b(?:i will not|i am not going to|i will never|i am never going to) (?:be )?(?:pick(?:ing)? up|answer(?:ing)?|repl(?:y|ying)|respond(?:ing)?|be around|be here)(?: (?:the|your|my) (?:phone|calls?|texts?|messages?))? (?:ever|ever again|again ever)\b(?! (?:since|before)\b)/,
    ],
  },
  {
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      new RegExp(String.raw`^(?=.*\b(?:got|have|bought|saved|sorted|collected) (?:the|my|enough|all the|all my) ${MEANS}\b).*\b(?:(?:got|have|picked|set|chose|chosen|decided on|fixed) (?:the|a|my) (?:date|day|night|time)|(?:date|day|night) (?:is )?(?:set|picked|chosen|decided))\b(?! (?:for|of|to|with|off|through|back|confirmed|in|and time for)\b)`),
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      new RegExp(String.raw`^(?!.*${GOODBYE_EVERYDAY}).*(?<!\b(?:hate|hated|hates|at|never|not|love|like) )\b(?:said|saying|say|been saying) (?:my )?(?:good ?)?byes? to (?:all|every|each|everyone|everybody|the (?:\w+ )?people|people|all the people|my people)\b(?! for me\b)`),
      new RegExp(String.raw`^(?!.*${GIVEN_EVERYDAY})(?=.*${GIVEN}).*${NOT_NEEDED}`),
    ],
  },
  {
    level: 'crisis',
    reason: 'no food',
    patterns: [
      new RegExp(String.raw`^(?!.*${NO_FOOD_EVERYDAY})(?=.*\b(?:have not|has not|not|had not) (?:eaten|had (?:anything|any food|food|a meal|a proper meal))\b(?: \w+){0,4} days?\b).*\b(?:there is (?:just )?nothing|nothing (?:to eat|in (?:the|my) (?:cupboards?|fridge|house|flat|kitchen))|no food|can not afford (?:food|to eat)|nothing left|no money for food)\b`),
    ],
  },
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [
      /\b(?:told|called|calls|call|tell|telling|said) (?:me )?(?:that )?i (?:am|was|were|would be|will never be) (?:\w+ ){0,2}(?:thick|stupid|useless|worthless|a failure|a loser|a waste of space|pathetic|a joke|rubbish|no good|dumb|an idiot|a disappointment)\b(?: \w+){0,8} (?:they|he|she|you|everyone|people|teachers) (?:were|was|are|is|might be|may be|could be|had it) (?:right|correct|onto something)\b/,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      /^(?!.*\b(?:rain|raining|weather|forecast|sun|sunny|sky|umbrella|storm)\b).*\b(?:dark|black|grey|gray|this|the) (?:cloud|darkness|heaviness|sadness) (?:will not|can not|does not|never|just will not|just does not|that will not) (?:shifts?|lifts?|go away|goes away|moves?|clears?|budge|budges|leaves?)\b/,
    ],
  },
  {
    level: 'concern',
    reason: 'feels alone',
    patterns: [
      /\b(?:weekends?|evenings?|nights|sundays?|saturdays?|holidays|bank holidays)\b(?: \w+){0,4} (?:the worst|the hardest|hardest|worst|so long|drag|endless|empty|lonely)\b(?: \w+){0,4} (?:silence|so quiet|alone|on my own|by myself|four walls)\b/,
    ],
  },
];

/** Topics that say nothing of the client: read as the word "course", as in plainSpeechPatterns.ts. */
export const QUIET_TOPIC_GATE = /\b(?:suicide|suicidal|overdose|self harm|ligature|abuse|abusive|rape|murder)\b/;
export const QUIET_TOPIC_PHRASES: readonly RegExp[] = [
  pattern`\b(?:suicide|overdose|self harm|abuse|rape|murder|death) (?:scene|scenes|storyline|storylines|plot|subplot|episode|episodes|documentary|documentaries|theme|themes|arc)\b`,
  pattern`\bligature (?:risks?|points?|cutters?|audits?|checks?|awareness|training|free|policy|assessments?)\b`,
  pattern`\b(?:ask|asking|asked|check|checking|spot|spotting|notice|noticing|recognise|recognize|tell) (?:someone|somebody|a person|people|them|him|her|a client|clients|a patient|patients|a friend|a colleague|colleagues|a young person|young people|service users?)? ?(?:if|whether|when) (?:they|he|she|someone|a person) (?:are|is|were|was|might be|may be|feel|feels|are feeling|is feeling|were feeling|was feeling) (?:suicidal|thinking (?:about|of) suicide|having suicidal thoughts|self harming)\b`,
  // A death in someone else's life, told as where the client's interest comes from.
  pattern`\b(?:son|daughter|brother|sister|friend|mum|mam|dad|uncle|aunt|auntie|cousin|nephew|niece|neighbour|grandad|nan|he|she|someone|somebody|people) (?:\w+ )?(?:died|passed away|passed) (?:of|from|after) (?:an |a )?(?:overdose|suicide)\b`,
  pattern`\b(?:mum|mam|mom|dad|sister|brother|friend|nan|aunt|auntie|cousin|neighbour) (?:had|was with|was in|married|left|escaped) (?:an? )?abusive (?:ex|partner|husband|wife|boyfriend|girlfriend|relationship|marriage)\b`,
];

/** "my manager will kill me when she sees this": a figure of speech about someone at work. */
export const QUIET_IDIOMS: readonly RegExp[] = [
  pattern`\b(?:the|my) (?:boss|manager|supervisor|gaffer|team leader|line manager|coach|work coach|teacher|tutor|adviser|advisor|recruiter|trainer|lecturer|foreman) (?:is |will |would |is going to |is gonna |is about to )(?:literally )?(?:kill|murder|strangle) me\b(?= (?:if|when|for|lol|haha)\b|$)`,
];
