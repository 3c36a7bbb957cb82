// Risk said as "not the applications, the other thing", as a night and a place already known, as a
// high place at the end of a plan that leaves things for others, as sleeves kept down, as "the end of
// me" thoughts, switching themselves off for good, a rest "of the permanent kind", in a second
// language ("me no want life", "my soul is asking to go home"), as envy of a relative who has died;
// a child with a man met online or not home with the police called, a parent collapsed with the
// client alone, young children left alone with no one able to get there, a child shaken too hard,
// "i get hit at home". Concern: a card declined and shopping put back, "no one will hire a 58 year
// old", "finished as a worker", no one speaking to them but paid carers, a dark cloud week,
// nightmares again, their own relapse, "who would want me", a wall hit, "can not face one more
// rejection", losing the plot; a canal push or a "lamp him", which with "lol" is a joke (concern).
// Everyday look-alikes of our own are in test/domain/riskTwentySeventhForms.test.ts. Normalised
// words, as in riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

// Words nowhere in the text, before or after: checked only once the rarer words have matched.
const nowhere = (words: string): string => String.raw`(?<!\b(?:${words})\b.*)(?!.*\b(?:${words})\b)`;

const WORK_THING = oneOf('action plan', 'plan', 'applications?', 'cvs?', 'jobs?', 'job search', 'job stuff', 'work', 'work stuff', 'course', 'coursework', 'interviews?', 'forms?', 'cover letters?', 'goals?', 'search', 'essay', 'assignment', 'exams?', 'placement', 'appointment', 'rota', 'shifts?', 'uni stuff', 'college stuff');
const WHEN = String.raw`(?:tonight|tomorrow|this|next|on|at|after|before|when|then|soon|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weds|in \d+|\d+)`;
const KIN = oneOf('mum', 'mam', 'mom', 'dad', 'nan', 'nana', 'gran', 'granny', 'grandad', 'grandma', 'grandpa', 'husband', 'wife', 'partner', 'brother', 'sister', 'son', 'daughter', 'auntie', 'aunt', 'uncle', 'cousin', 'friend', 'best friend', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'baby', 'dog');
const CHILD_AGE = String.raw`(?:\bmy (?:son|daughter|kid|child|boy|girl|little sister|little brother|niece|nephew|grandson|granddaughter) (?:is|s) (?:only |just )?(?:[4-9]|1[0-5])\b(?! (?:pounds|quid|hours|minutes|mins|percent|pm|am|o clock|weeks|days|months)\b)|\b(?:she|he|they) (?:is|are|s) (?:only |just )?(?:[4-9]|1[0-5])\b(?! (?:pounds|quid|hours|minutes|mins|percent|pm|am|o clock|weeks|days|months)\b)|\b(?:[4-9]|1[0-5]) (?:year|yr)s? old\b|\baged (?:[4-9]|1[0-5])\b)`;
const YOUNG_KIDS = oneOf('kids', 'children', 'little ones', 'baby', 'babies', 'toddler', 'son', 'daughter', 'boys', 'girls', 'twins', 'little one');
const COLLAPSED = oneOf('passed out', 'collapsed', 'is unconscious', 'gone unconscious', 'will not wake up', 'is not waking up', 'can not wake (?:him|her)', 'is not breathing', 'stopped breathing', 'is fitting', 'having a fit', 'having a seizure', 'fallen and can not get up', 'is not moving', 'not responding', 'is unresponsive');
const HIT_BY_LIFE = 'rugby|football|boxing|training|sparring|match|pitch|game|five a side|paintball|dodgeball|hockey|cricket|netball|by (?:a |the )?(?:ball|car|bus|bike|cyclist|van|lorry|taxi|door)|bills?|charges?|fines?|fees?|tax|cuts|sanction\\w*|hard by|with (?:a |the )?(?:bill|charge|fine|fee|letter)|traffic|waves?|cold|virus|bug|flu|covid|lightning|storm|recession|tariffs?|paintballs?|snowballs?';
const PEOPLE = oneOf('him', 'her', 'them', 'you', 'the (?:interviewer|manager|boss|guy|bloke|lad|woman|man|kid|driver|customer|recruiter|ref|referee)', 'my (?:boss|manager|sister|brother|ex|neighbour|flatmate|housemate|mum|dad|friend|cousin|son|daughter|husband|wife|partner|boyfriend|girlfriend)', 'that (?:guy|bloke|lad|woman|man|idiot|prat)');

export const REST_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      // "the end of me thoughts", "not waking up thoughts", "thoughts of ending me".
      pattern`\b(?:(?:the )?end of me|ending (?:me|myself|it all|my life)|not being here|not waking up|no more me|checking out|offing myself|topping myself|switching (?:myself|me) off) (?:kind of |type of |sort of )?thoughts\b`,
      pattern`\bthoughts (?:of|about) (?:the end of me|ending me|me ending|switching (?:myself|me) off|turning (?:myself|me) off|not waking up|not being here(?: any ?more| at all)?$)`,
      // "the idea of just switching myself off for good keeps popping up"
      pattern`\b(?:switch|switching|switched|turn|turning|turned|shut|shutting|power|powering|unplug|unplugging) (?:myself|my self) (?:off|down)? ?(?:for good|permanently|forever|for ever|for always|once and for all|and never (?:come back|wake up|turn back on))\b`,
      pattern`\b(?:idea|thought|thoughts|thinking) (?:of|about) (?:just )?(?:switching|turning|shutting|powering) (?:myself|my self) (?:off|down)(?= (?:keeps|again|every|for|and)\b|$)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      // "want sleep for always", "rest permanently", "the final rest".
      pattern`\b(?:want|wanting|wants|need|needing|long for|longing for|wish for|crave|craving|dream of|dreaming of|picturing|imagining|ready for|only) (?:to )?(?:\w+ ){0,3}?(?:rest|sleep|nap) (?:for always|for ever and ever|permanently|and never wake up|and not wake up|that never ends|with no waking)\b`,
      pattern`\b(?:want|wanting|need|needing|long for|longing for|wish for|crave|craving|dream of|dreaming of|picturing|imagining|ready for|only) (?:\w+ ){0,3}?(?:a |the )?(?:permanent|eternal|everlasting|endless|never ending|forever) (?:rest|sleep|nap)\b`,
      // Second-language: "me no want life now", "i do not want life any more".
      pattern`\b(?:i|me|mi) (?:no|not|do not|does not) (?:want|wanting|like|need) (?:this |my |the )?life(?= (?:now|no more|any ?more|again|already|tired)\b|$)`,
      // "my soul is asking to go home", "ready to go home to god", "praying god takes me".
      pattern`\b(?:my )?soul (?:is )?(?:asking|wants|wanting|longing|begging|ready|trying|needs|calling|crying) (?:me )?to (?:go home|leave|rest|be free|go to god|return home|depart)\b`,
      pattern`\b(?:ready|want|wants|wanting|asking|longing|praying|pray) (?:for god )?to (?:go home to|be with|meet|join) (?:god|allah|jesus|the lord|my maker|my ancestors)\b`,
      pattern`\b(?:pray|praying|prayed|asking|ask|begging|beg|wish|wishing|want) (?:for )?(?:god|allah|the lord|jesus) (?:to )?(?:take me|takes me|would take me|will take me|call me home|calls me home)(?= (?:now|home|away|tonight|soon|in my sleep|already)\b|$)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      // A child shaken or hit too hard: "i shook my son too hard tonight".
      pattern`\bi (?:have |just |accidentally |nearly |almost )?(?:shook|shaken|shake|hit|slapped|smacked|punched|kicked|throttled|squeezed|hurt) (?:my |the )?(?:baby|son|daughter|toddler|little one|child|kid|boy|girl|\d+ (?:year|month|week) old)\b(?: (?!with\b)\w+){0,3}? (?:too hard|so hard|really hard|hard|violently|across the face|in the face|round the head|in anger|out of anger|and (?:he|she|they) (?:went quiet|stopped crying|went limp|hit (?:his|her) head))\b`,
      // A push into water, and street words for a punch: "ill push her in the canal", "wanted to lamp him".
      pattern`\b(?:ill|i will|i am going to|going to|i would|id|i could|want to|wanted to|i ll) (?:happily |gladly |honestly |literally |just )?(?:push|throw|chuck|shove|drown|dunk|kick) (?:her|him|them|you|my \w+|the \w+) (?:in|into|under|off) (?:the|a) (?:canal|river|sea|lake|pond|harbour|quarry|reservoir|dock|weir)\b`,
      pattern`\b(?:want|wanted|wanting|going|about|ready|tempted|itching|could|would|will|ill|id) (?:to )?(?:\w+ ){0,6}?(?:lamp|chin|nut|headbutt|twat|leather|wallop|thump|spark out|knock out|sparko) ${PEOPLE}\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    // "i get hit at home", "i keep getting slapped by him".
    patterns: [pattern`\bi (?:get|keep getting|am getting|been getting|have been getting|still get|do get) (?:hit|beaten|beat|slapped|punched|kicked|thumped|smacked|battered|knocked about|knocked around|pushed around|strangled|choked|hurt)(?: up| about| around)?(?= (?:at home|at mine|at our house|in the house|by (?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|dad|mum|stepdad|step dad|brother|uncle|son|carer|ex))|when (?:he|she|they) (?:drink|drinks|is drunk|are drunk|gets|comes)|if i|every (?:night|day|week)|most (?:nights|days))\b|(?<!hurt)$)${nowhere(HIT_BY_LIFE)}`],
  },
];

export const REST_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  // "my plan is done, not the action plan, the other one. next friday"; "not the applications. the other thing".
  [/\bthe other (?:one|thing|plan|kind)\b|\bnot (?:the|my) \w+(?: \w+)?$/, [{
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      // "you keep asking when. soon. just not the cv".
      new RegExp(String.raw`^(?=.*\b(?:you keep asking (?:me )?when|you asked when|when will i do it|when am i doing it|when i will do it)\b).*\b(?:soon|tonight|this weekend|this week|next week|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*\bnot (?:the|my) ${WORK_THING}$`),
      new RegExp(String.raw`^(?=.*\b(?:do it|doing it|my plan|the plan|plan is|happening|going through with it|when will i|(?:date|day|night|time) is (?:set|sorted|picked|chosen|fixed))\b)(?=.*\b(?:${WHEN}|done|ready|sorted|decided|set)\b).*\bnot (?:the|my|that|about the|about my|talking about the|talking about my|meaning the|meaning my) (?:\w+ ){0,2}?${WORK_THING}\b(?: (?:i mean|obviously|lol|haha))? the other (?:one|thing|plan|kind)(?: (?:i mean|obviously|you know|if you know what i mean))?(?= ${WHEN}\b|$)`),
    ],
  }]],
  // "i know the night. i know the place. i just have to get through till then"; "timings sorted ... then that is it for me".
  [/\b(?:night|day|date|time|timings?|when)\b/, [{
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      new RegExp(String.raw`^${nowhere('interviews?|meeting|appointment|course|exams?|wedding|party|viewing|induction|start date|starting|training|event|fair|venue|address|postcode|directions|bus|train|flight|holiday|new job|job offer|retir\\w*|moving|move|contract|maternity|paternity|leaving do|notice|gig|concert|match|trip|uni|college|doctor|hospital|operation|surgery|court|hearing|baby|due')}(?=.*\bi (?:know|have picked|have chosen|picked|chose|have|have got|got|decided on|settled on|worked out|have sorted|sorted) (?:the|my|which) (?:night|day|date|time|timings?|when)\b|.*\b(?:my |the )?(?:night|day|date|timings?) (?:is |are )?(?:sorted|set|picked|chosen|fixed|planned|worked out)\b)(?=.*\bi (?:know|have picked|have chosen|picked|chose|decided on|settled on|worked out|found) (?:the|my|which|where|how) ?(?:place|spot|location|way|how|method)?\b|.*\bget through (?:till|until|to) then\b|.*\bthen (?:that is it|it is over|i am done|i am gone|it is done|that is me done|that is me)(?: for (?:me|good|ever))?$)`),
    ],
  }]],
  // A high place at the end of a plan that leaves things for others: "finish the course so mum has the certificate, then im going to the cliffs".
  [/\b(?:cliffs?|bridge|viaduct|edge|tracks|railway|multi storey|car park roof|quarry)\b/, [{
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      new RegExp(String.raw`^${nowhere('walk|walking|hike|hiking|picnic|holiday|dog|photos?|view|sunset|sunrise|celebrate|climb|climbing|abseil\\w*|trip|day out|coach trip|fishing|birdwatching|surf\\w*|swim\\w*|festival|concert|date|friends|lads|girls')}(?=.*\b(?:the plan is|my plan is|plan is|once|after|first)\b)(?=.*\bso (?:my |me |the )?(?:${KIN}|family|kids|they|he|she) (?:has|have|gets|get|can have|will have|is sorted|are sorted|is looked after|are looked after)\b|.*\b(?:for good|for the last time|one last time|and jump|and that is it|and that is that|and step off|and let go)\b).*\bthen i (?:am|will|ll|m) (?:going|heading|off|walking|driving|go) (?:up )?to (?:the )?(?:cliffs?|bridge|viaduct|edge|tracks|railway|multi storey|car park roof|quarry)\b`),
    ],
  }]],
  // Sleeves kept down with a wink: "the old habit is back. sleeves down at the interview, if you get me".
  [/\b(?:sleeves?|cover(?:ing)? (?:up )?my|hide (?:my|the))\b/, [{
    level: 'crisis',
    reason: 'self-harm',
    patterns: [
      new RegExp(String.raw`^${nowhere('tattoos?|tattooed|ink|inked|eczema|psoriasis|rash|sunburn|burns?|birthmark|veins|hairy|hair|bingo wings|fat|chubby|skinny|cold|freezing|chilly|air con|aircon|dress code|uniform|formal|smart|professional|sun|surgery|operation|accident|acne|moles?|hives|allergy|bruises? from|plaster cast|cast')}(?=.*\b(?:the old habit|old habits?|the habit|if you get me|if you know what i mean|you know what i mean|you know why|fresh (?:marks|lines|cuts)|the (?:marks|lines|cuts)|my (?:marks|lines|cuts))\b).*\b(?:sleeves? (?:down|rolled down|pulled down|stay down|staying down)|long sleeves|cover(?:ing)? (?:up )?my (?:arms|wrists|legs|thighs)|hide (?:my|the) (?:arms|wrists|marks|lines|cuts))\b`),
    ],
  }]],
  // "the end of me" is an idiom alone ("this job will be the end of me"), not as a kind of thought.
  [/\bend of me thoughts\b|\bthe (?:permanent|forever|eternal|final|never ending) (?:kind|sort|type|one|version)\b/, [{
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [/\b(?:the |bad |dark )?end of me thoughts\b/],
  }, {
    level: 'crisis',
    reason: 'wishes to be dead',
    // "the only rest im picturing is the permanent kind".
    patterns: [/^(?=.*\b(?:rest|sleep)\b).*\b(?:picturing|imagining|want|wanting|need|thinking of|dreaming of|craving|looking forward to|only)\b.*\bthe (?:permanent|forever|eternal|final|never ending) (?:kind|sort|type|one|version)\b/],
  }]],
  // A blade looked at for long: "still got my old service knife, been sat looking at it a lot".
  [/\b(?:knife|knives|blade|blades|razor|razors|rope|noose|gun|shotgun)\b/, [{
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [new RegExp(String.raw`^${nowhere('cook\\w*|chef|kitchen|shop|shopping|buy|buying|bought|sharpen\\w*|collection|block|set|carving|bread|chopping|veg|steak|camping|fishing|climbing|dog|lead|tv|film|show|game|display|museum|cabinet|antique|auction|sell|selling|sold')}(?=.*\b(?:knife|knives|blade|blades|razor|razors|rope|noose|gun|shotgun)\b).*\b(?:sat|sitting|been sat|been sitting|keep|kept|been) (?:just )?(?:looking|staring) at (?:it|them|the (?:knife|blade|razor|rope|noose|gun)|my (?:knife|blade|razor|rope|gun|\w+ knife))(?: (?:a lot|for hours|every night|all night|again|lately|most nights|for ages|this week))\b`)],
  }]],
  // A wall hit, and nothing left: "ive hit a wall, nothing left in me".
  [/\bwall\b/, [{
    level: 'concern',
    reason: 'not coping',
    patterns: [
      new RegExp(String.raw`^${nowhere('website|site|app|portal|system|computer|laptop|page|login|log in|password|wifi|internet|gym|run|running|marathon|training|workout|miles?|km')}.*\bi (?:have |ve )?(?:hit|am hitting|have hit|hitting) (?:a|the|another) (?:brick )?wall\b(?=.*\b(?:can not|cannot|one more|any ?more|done|exhausted|nothing left|tether|give up|giving up|cope|coping|shattered|broken)\b)`),
    ],
  }]],
  // Envy of a relative who has died: "my nan passed last month and im jealous of her".
  [/\b(?:jealous|envious|envy|lucky)\b/, [{
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      new RegExp(String.raw`^(?=.*\b(?:passed away|passed on|passed (?:last|this|in|on|at|yesterday|recently|suddenly|peacefully|over|before)|died|funeral|rip|is gone now|lost (?:my|our) (?:${KIN}))\b)(?=.*\bmy (?:${KIN})\b).*\b(?:(?:i am|i feel|honestly|kind of|a bit|bit|little|secretly|so) (?:jealous|envious) of (?:her|him|them)|i envy (?:her|him|them)|lucky (?:her|him|them|sod|thing|git))\b`),
    ],
  }]],
  // A child with an adult met online, or not home and the police called: "shes 13 and with a man she met online".
  [/\b(?:online|police|missing|not come home|not came home|not been home)\b/, [{
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      new RegExp(String.raw`^(?=.*${CHILD_AGE})(?=.*\b(?:met|meeting|talking to|chatting to|groomed) (?:\w+ ){0,2}?online\b|.*\bonline (?:friend|boyfriend|bloke|man|guy)\b).*\b(?:with|meet|meeting|gone to|went to|staying with|in the car with|picked up by) (?:a|an|some|this|that|the) (?:older |grown |adult |grown up )?(?:man|guy|bloke|adult|stranger|fella|lad)\b`),
      new RegExp(String.raw`^(?=.*${CHILD_AGE})(?=.*\b(?:police|missing|all night|since last night|overnight|phone is off|not answering)\b).*\bmy (?:${YOUNG_KIDS}|\d+ year old) (?:is|has|s)? ?(?:not|never|still not|did not) (?:come|came|been) (?:home|back)\b`),
    ],
  }]],
  // Someone collapsed and the client alone with it: "my mum has passed out and nobody else is here what do i do".
  [new RegExp(String.raw`\b${COLLAPSED}\b`), [{
    level: 'crisis',
    reason: 'no safe place, food or power tonight',
    patterns: [
      new RegExp(String.raw`^${nowhere('lol|haha|lmao|sofa|drunk|pissed|party|pub|wedding|christmas|years ago|when i was|last (?:week|month|year)|yesterday|in the film|in the show|at the gym|gig|festival|heat|blood test|needles?')}(?=.*\b(?:what do i do|what should i do|help me|no one (?:else )?(?:is )?here|on my own|alone|ambulance|999|please help)\b).*\bmy (?:${KIN}|flatmate|housemate|little \w+) (?:has |is |just |has just )?${COLLAPSED}\b`),
    ],
  }]],
  // Young children left alone, their ages said, no one able to get there: "theyre 3 and 5, cant get there".
  [/\b(?:alone|on (?:their|his|her) own|by (?:themselves|himself|herself))\b/, [{
    level: 'crisis',
    reason: 'no safe place, food or power tonight',
    patterns: [
      new RegExp(String.raw`^(?=.*\b(?:they are|he is|she is) (?:only |just )?(?:[1-9]|1[0-2])(?: and (?:[1-9]|1[0-2]))?\b(?! (?:pounds|quid|hours|minutes|mins|percent|pm|am|o clock|weeks|days|months)\b))(?=.*\b(?:can not|could not|unable to) get (?:there|home|back|to (?:them|him|her))\b).*\b(?:left|leaves|leaving|has left|is left) (?:the|my|our|his|her) ${YOUNG_KIDS} (?:alone|on (?:their|his|her) own|by (?:themselves|himself|herself))\b`),
    ],
  }]],
];

const DECLINED_BENIGN = 'fraud|new card|expired|activat\\w*|pin|wrong|glitch|abroad|contactless limit|system|technical|the bank flagged|security|blocked for|website';
const PUT_BACK = String.raw`(?:some |half (?:of )?(?:it|the|my) |the |my |most |a few )?(?:things|stuff|food|items|shopping|bits|it all|everything|some of it|some stuff|half of it|groceries|the nappies|the milk|the meat)(?: \w+)?`;
const SHOP = 'declined|afford|short|money|till|checkout|self checkout|card|pay|paying|tesco|aldi|lidl|asda|sainsburys|morrisons|co op|shop|supermarket|corner shop';

export const REST_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [
      new RegExp(String.raw`\b(?:card|payment|bank card|debit card) (?:got |was |keeps getting |kept getting |has been |been |just got )?(?:declined|refused|bounced)\b(?:(?=.*\b(?:mortified|embarrass\w*|ashamed|humiliat\w*|put (?:things|stuff|it|some|half|everything|food|items) back|no money|skint|broke|till payday|until payday|overdrawn|nothing in)\b)| again\b)${nowhere(DECLINED_BENIGN)}`),
      // Shopping put back at the till: "had to put things back".
      new RegExp(String.raw`\bhad to put ${PUT_BACK} back\b(?<=\b(?:${SHOP})\b.*)`),
      new RegExp(String.raw`\bhad to put ${PUT_BACK} back\b(?=.*\b(?:${SHOP})\b)`),
    ],
  },
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      pattern`(?<!\b(?:say|says|said|told me|reckon|reckons|myth|believe) (?:that )?)\b(?:no one|nobody) (?:will|would|is going to|is ever going to|wants to) (?:ever )?(?:hire|employ|take on) (?:a \d+ year old|someone (?:my age|like me|with my (?:record|back|past|history))|an? (?:old|older) (?:man|woman|bloke|guy|person|git)|anyone (?:my age|over \d+)|an ex (?:con|offender|prisoner))\b`,
      pattern`\b(?:i have |i )?stopped believing (?:there is|there will be|i will|i can|i could|anything|things will|it will|in myself|in me|in (?:a |the )?(?:future|better|change|job|jobs))\b`,
      pattern`\bi (?:think )?(?:am|m) (?:finished|done for|washed up|past it|on the scrap ?heap) (?:as a (?:worker|working man|working woman|tradesman|builder|driver|grafter)|in this (?:industry|trade|game|line of work)|for work)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'feels alone',
    patterns: [
      pattern`\b(?:been|it has been|it is been|it s been) (?:a while|a long time|ages|weeks|months|days|so long|forever|years|too long) since (?:anyone|anybody|someone|a soul|a single person|another person) (?:actually |really |properly )?(?:spoke|talked|spoken) (?:to|with) me\b(?! (?:about|on|regarding|for) (?:a |the |my |an )?(?:job|jobs|role|application|interview|vacancy|position|work|offer)\b)`,
      pattern`\b(?:no one|nobody) (?:speaks|talks|spoke|talked|has spoken|has talked|comes|visits) (?:to )?me (?:unless|except|apart from|who is not|who was not|that is not|that was not) (?:they are |they get |they have been )?(?:paid|the carers?|carers|the nurse|staff|my (?:support worker|probation officer|key worker|social worker|gp|doctor))\b`,
      pattern`\bspoke to me (?:who|that) (?:was|is) not paid to\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      new RegExp(String.raw`\b(?:a |another |under a |living under a |under this )?(?:dark|black) cloud (?:week|weekend|month|days|over me|hanging over me|following me|on me|again)\b${nowhere('rain\\w*|weather|forecast|sky|storm|sun|sunny|umbrella|wet|drizzle|snow|wind|windy|thunder|company|office|team|business|economy|industry')}`),
      pattern`\b(?:the )?(?:bad|dark|black|horrible|scary) thoughts (?:are )?(?:back|again|every day|every night|all the time|will not stop|keep coming|most days|this week)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not sleeping',
    patterns: [
      pattern`(?:^|\b(?:i|i am|i have|i keep|keep|still|been|i have been|i get|i am getting|getting|having|had|the|more|bad) )(?:having |getting |had |have )?nightmares (?:again|every night|most nights|all the time|nightly|every time i sleep|since|about (?:the|my|what|it|him|her|afghan\w*|iraq|prison|the war|the army|the tour|being inside|that night)|from)\b`,
      pattern`\b(?:so i (?:just )?stay (?:up|awake)|(?:too )?(?:scared|afraid|frightened) to (?:go to )?sleep|avoid (?:going to )?sleep(?:ing)?|put off (?:going to )?sleep(?:ing)?)\b(?<=\bnightmares\b.*)`,
    ],
  },
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [pattern`(?:^|\b(?:i|i have|and|so|then|honestly|yeah|well|just) )(?:have )?(?:just )?relapsed\b(?! (?:into|on) (?:my )?(?:old )?(?:habits? of )?(?:procrastinat\w*|biting|picking|sugar|chocolate|vaping|smoking|gaming|tiktok|scrolling|junk food))`],
  },
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [pattern`\bwho (?:would|d|will|could|is going to) (?:ever )?(?:want|hire|employ|take on|love|pick|choose) (?:me|someone like me|a (?:loser|failure|wreck|mess|nobody) like me)(?: (?:now|though|honestly|really|anyway|at my age|with my (?:record|past|history|face|teeth)))?(?= (?!(?:to|for|as|on|at|in|back|round|over|first)\b)|$)`],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      pattern`\b(?:can not|could not) (?:do|face|take|handle|cope with|stand|bear|manage|deal with) (?:one|1|another|any) more (?:forms?|applications?|rejections?|interviews?|days?|weeks?|shifts?|knock ?backs?|emails?|calls?)\b(?! (?:today|tonight|this (?:afternoon|evening|morning|week)|until|till|before|after|without|so|because|i will|ill|tomorrow|right now|at the moment)\b)`,
      new RegExp(String.raw`(?:^|\b(?:i am|i think i am|i feel like i am|feel like i am|honestly|slowly|actually|genuinely|properly|completely|totally) )(?:honestly |actually |slowly |genuinely |properly |completely |totally |literally )?losing the plot\b(?! (?:with|over|at|about)\b)${nowhere('lol|haha|lmao|if|film|show|series|book|boss|manager|he|she|they')}`),
    ],
  },
];
