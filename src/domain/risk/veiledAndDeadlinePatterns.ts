// Risk veiled, or set against a deadline, in general forms. Crisis: a plan hinted at with "if you
// get me" or "you know what i mean" that is not a job plan; "will not be here to use it"; "it"
// set on the anniversary of a loss; going to a cliff, a viaduct or the tracks with no walk or view
// in sight; a will or one's own burial costs wanted by a near day, with no reason given; God
// welcome to take them any time; waking and wishing they had not; things thrown at their head or
// face. Concern: "done believing in any of this"; overwhelmed (denied, nothing); betting losses
// counted in money; a seasonal home (a caravan site, a tied cottage, a mooring) to be left by a
// month or a season; a friend's sofa "only till sunday"; crying spells in public or for an hour; a
// heavy heart; "it is breaking me"; a threat to a named person or a pet with laughter after it.
// Also figures of speech (a team "got battered") and topics that say nothing of the client (a
// course or an essay on abuse, asking someone whether they think of suicide, overdose risks for
// customers, a relative's depression now over, a mother's after the client's birth) unless the
// client says it is theirs too. Each was tried against everyday look-alikes of our own
// (test/domain/riskEighteenthForms.test.ts) and every everyday line of the training corpus.
// Normalised words, as in riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const HINT = String.raw`(?:if (?:you|ya) (?:get|know|catch) (?:me|my drift|what i mean)|(?:you|ya) know what i mean|catch my drift|read between the lines|if you know you know|wink wink)`;
const LEISURE = String.raw`\b(?:walk|walks|walking|hike|hiking|ramble|dog|dogs|picnic|photos?|pictures|paint|painting|view|views|sunset|sunrise|climb|climbing|run|running|bike|cycling|beach|kids|children|family|friends|grandkids|birds?|birdwatching|fishing|surf|surfing|interview|job|work|shift|survey|tour|trip|holiday|day out|ice cream|cafe|pub)\b`;
const SOON = String.raw`(?:by (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|the weekend|tomorrow|tonight|next week|the end of (?:the|this) (?:week|month))|before (?:friday|monday|the weekend|the end of (?:the|this) (?:week|month)|next week|next month)|this week|asap|as soon as possible|urgently|quickly|tonight|tomorrow)`;
// Why someone might make a will or price a funeral that says nothing of risk.
const AFFAIRS_REASON = String.raw`\b(?:baby|pregnan\w*|married|wedding|mortgage|house|flat|trip|travel|flying|holiday|operation|surgery|retir\w*|job|work|client|clients|customers|course|essay|assignment|mum|mam|dad|nan|gran|grandad|uncle|aunt|auntie|brother|sister|cousin|friend|husband|wife|partner|son|daughter|dog|cat|pet|relative|family|song|songs|lyric|lyrics|singing|sang|sing|track|album|rap|film|movie|book|game|show|series)\b`;
const LOSS = oneOf('the redundancy', 'my redundancy', 'being made redundant', 'getting sacked', 'the sacking', 'being sacked', 'losing my job', 'being let go', 'the divorce', 'the split', 'the funeral', 'the accident', 'the crash', 'his death', 'her death', 'their death');
const GOD = oneOf('the lord', 'lord', 'god', 'jesus', 'allah', 'the man upstairs', 'the big man upstairs', 'him upstairs', 'the good lord');
const HOME_LEFT = oneOf('caravan', 'caravan site', 'caravan park', 'site', 'park', 'static', 'pitch', 'mooring', 'boat', 'tied cottage', 'cottage', 'hostel', 'room', 'digs', 'lodgings', 'accommodation', 'flat', 'house', 'place');
const MONTH_OR_SEASON = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|the winter|winter|the summer|the autumn|the spring|the season|season|the end of the season|the end of (?:the|this|next) month)`;
const BETTING = oneOf('bet365', 'bet 365', 'paddy power', 'paddypower', 'william hill', 'ladbrokes', 'coral', 'sky bet', 'skybet', 'betfair', 'betfred', 'betway', 'pokerstars', 'jackpotjoy', 'tombola', 'foxy bingo', 'the bookies', 'bookies', 'online casino', 'casino', 'slots', 'the slots', 'betting', 'gambling', 'roulette', 'the machines', 'fruit machines?', 'scratch ?cards');
const JOB_WORDS = String.raw`\b(?:apply|applied|applying|application|job|role|vacancy|vacancies|interview|shift|shifts|staff|work at|working at|worked at|volunteer\w*|customers?|clients?|till|manager|trader|advisor|adviser)\b`;
const KIN_SOFA = String.raw`(?:(?:my |me )?(?:mates|mate s|friends|friend s|pals|cousins|sisters|brothers|aunties|aunts|nans|grans|uncles|exs|boyfriends|girlfriends|mums|dads|someones|a mates|a friends) (?:sofa|couch|floor|spare room|box room|place|settee))`;
const PERSON = oneOf('work coach', 'my boss', 'manager', 'supervisor', 'driver', 'bus driver', 'landlord', 'landlady', 'neighbour', 'neighbours', 'ex', 'brother', 'sister', 'flatmate', 'housemate', 'adviser', 'advisor', 'interviewer', 'recruiter', 'dog', 'cat', 'teacher', 'tutor', 'colleague', 'guy', 'bloke', 'woman', 'lad', 'kid', 'son', 'daughter', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'him', 'her', 'them');
const LAUGHTER = String.raw`\b(?:lol|lmao|rofl|jk|haha\w*|only joking|just joking|joking|kidding)\b`;

export const VEILED_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      // A cliff, a viaduct, the tracks: gone to alone, with no walk, view or company in sight.
      pattern`^(?!.*${LEISURE}).*\b(?:i will|i am going to|going to|i am gonna|i want to|i might|i plan to|planning to|i shall|i will just) (?:go|walk|drive|get the bus|head|get) (?:up |down |out )?to the (?:cliff|cliffs|cliff edge|cliff top|cliff tops|clifftop|viaduct|railway line|railway tracks|train tracks|tracks|top of the multi storey|multi storey|top floor of the car park)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      // "the lord can call me home any time", "god can take me whenever he likes".
      pattern`\b${GOD} (?:can|could|may|is welcome to|is free to|should|will|might as well) (?:call|take|have) me(?: home)?(?: now)? (?:any time|anytime|whenever|now|tonight|today|sooner|soon|as soon as)\b`,
      pattern`\bready for ${GOD} to (?:call|take) me\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      // Things thrown at them: "things thrown at my head", "gets plates chucked at me".
      pattern`^(?!.*\b(?:ball|balls|snowballs?|dodgeball|tomatoes|water balloons?|custard pies?|pillows?|confetti|rice|sponges?|bean bags?|paintball|darts? board|in training|at practice|game|match|pitch|court|stag|hen)\b).*\b(?:things|stuff|plates|cups|mugs|glasses|bottles|cans|shoes|chairs|keys|remotes?|phones?|objects|pans|food|a plate|a mug|a glass|a bottle|a chair|a shoe|a pan|the remote) (?:\w+ ){0,2}(?:thrown|chucked|lobbed|hurled|flung) at (?:me|my head|my face|my back|my body)\b`,
    ],
  },
];

export const VEILED_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      pattern`\b(?:i am |am |i have |i )?(?:done|finished|through|given up|gave up|stopped|stopping|quit) (?:with )?believing (?:in )?(?:any of (?:this|it)|in (?:any of (?:this|it)|this|it|anything|myself|me|things|the process|the future|a future|change|people|the system)|this|it|anything|myself|things)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [
      // Losses counted: "down 300 this month", "lost 200 on the slots", "chasing my losses".
      pattern`^(?!.*${JOB_WORDS}).*\b${BETTING}\b(?: \w+){0,10} (?:down|lost|losing|blown|blew|chasing) (?:\u00a3|about |around |over |nearly |like )?\d+\b`,
      pattern`^(?!.*${JOB_WORDS}).*\b(?:down|lost|blown|blew) (?:\u00a3|about |around |over |nearly )?\d+\b(?: \w+){0,4} (?:on|at|to) ${BETTING}\b`,
      pattern`\b${BETTING} (?:is|are) (?:basically |literally |like |pretty much )?my (?:full time |new |second |main )?(?:job|life|hobby|whole life|income)\b`,
      pattern`\bchasing (?:my |the )?losses\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'may lose their home',
    patterns: [
      // A home that goes with a season: "have to be off it in october", "the site closes for winter".
      pattern`\b(?:i|we|me and \w+) (?:have to|have got to|got to|need to|must|will have to) (?:be off|be out of|be out|leave|move off|move out of|move out|get off|get out of) (?:it|the ${HOME_LEFT}|my ${HOME_LEFT}|our ${HOME_LEFT}|here|there)\b(?: \w+){0,3} (?:in|by|for|before|at|come|after) ${MONTH_OR_SEASON}\b`,
      pattern`\b(?:caravan site|caravan park|site|park|campsite|marina|hostel|tied cottage|cottage) (?:closes|is closing|shuts|is shutting|goes|ends)\b(?: \w+){0,3} (?:for|in|at|with|when) ${MONTH_OR_SEASON}\b`,
      pattern`\b(?:job|season|contract|work) (?:ends|finishes|is over)\b(?: \w+){0,3} so (?:does|do|will|goes) (?:my|our|the) (?:house|home|room|flat|cottage|caravan|bed|place)\b`,
      // "my mates sofa is only till sunday".
      pattern`\b${KIN_SOFA} (?:is |was )?(?:only |just )?(?:till|until|til|for|up to) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|the weekend|next week|the end of the (?:week|month)|tomorrow|another (?:night|week|few days)|a few more (?:nights|days)|one more (?:night|week))\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      // Crying spells: "cried in the car park for an hour", "sobbed all afternoon".
      pattern`^(?!.*\b(?:laugh\w*|film|movie|episode|book|wedding|happy|joy|proud|onions?|baby|babies|toddler|the kids|my son|my daughter|he|she|they)\b)(?:i |i have |i just |just |and |so |today i |then i )?(?:cried|sobbed|been crying|was crying|bawled|broke down crying|burst into tears)\b(?: \w+){0,5} (?:for (?:an|a|two|three|\d+|half an|over an) (?:hour|hours|while|age|ages|whole)|all (?:day|night|morning|afternoon|evening|the way)|in the (?:car|car park|toilets?|loos?|bathroom|shower|street|supermarket|shop|jobcentre|bus|stairwell))\b`,
      pattern`\bmy heart (?:is|feels|has been|has felt|has just been) (?:so |very |really |always |just |that )?heavy\b|\b(?:carrying|have|got|with) (?:a|this) heavy heart (?:all the time|every day|always|lately|these days|since)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      // Overwhelmed, said of themselves or of "it all" ("not overwhelmed" is a denial, so nothing).
      pattern`^overwhelmed\b|\b(?:i am|i feel|feeling|feel|been|i have been|completely|totally|so|a bit|bit|really|just) overwhelmed\b|\b(?:it is|everything is|it all|all|this is|it all feels|it feels|life is) (?:all )?(?:so |too |just |very |really |quite |a bit |bit |completely )?overwhelming\b(?! (?:in a good way|but (?:good|exciting|fun))\b)`,
      pattern`^(?!.*\b(?:gym|workout|leg day|training|run|running|marathon|boots|shoes|game|level|puzzle|crossword|quiz|hike|class|spin|pilates|yoga)\b).*\b(?:is|are|it is|all|has been|have been|keeps|slowly|really|honestly|just) breaking me\b(?! (?:in|up|out)\b)`,
    ],
  },
];

/** Read over the whole message, because a question mark or a comma splits clauses. One search first. */
export const VEILED_WHOLE_GATE = /\b(?:plan|plans|planning|planned|will|funeral|bury|buried|burial|cremat\w*|dies|die|anniversary|here to|wake|woke|waking|kill|murder|fight|punch|strangle|throttle|batter|deck|slap|smack|stab)\b/;

export const VEILED_WHOLE_MESSAGE_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      // A plan hinted at: "the only plan i have is not a career plan, if you get me".
      new RegExp(String.raw`\b(?:plan|plans|planning)\b(?: \w+){0,8} (?:is not|are not|not|is no|nothing to do with) (?:a |an |about |for |with )?(?:the |my |any )?(?:career|job|jobs|work|cv|employment|action|business|interview)\b(?=.*${HINT})`),
      // "it" set on the anniversary of a loss, with no new start in sight.
      new RegExp(String.raw`^(?!.*\b(?:interview|start|starts|starting|party|meal|memorial|service|mass|visit|do)\b)(?:it is|it will be|it is going to be|i will do it|doing it|i am doing it|going to do it) (?:going to be )?on the anniversary of ${LOSS}\b`),
    ],
  },
  {
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [
      new RegExp(String.raw`\b(?:will not|wont|not going to|shall not|will no) be (?:here|around) (?:to|for) (?:use|need|see|read|enjoy|finish|care about|worry about|spend|start|sign|get) (?:it|them|any of (?:it|them)|that|this|the)\b(?!.*\b(?:holiday|away|abroad|at work|working|shift|on leave|moving|moved|office|appointment|out|travelling|visiting)\b)`),
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      // A will, or one's own burial costs, wanted by a near day, with no reason given.
      new RegExp(String.raw`^(?!.*${AFFAIRS_REASON})(?=.*\b(?:make|making|write|writing|draw up|drawing up|do|doing|sort|sorting|get|getting|set up) (?:a|my|out my|up my|up a) will\b).*${SOON}`),
      new RegExp(String.raw`^(?!.*${AFFAIRS_REASON})(?=.*\b(?:bury|buried|burial|funeral|cremat\w*|paupers funeral|public health funeral)\b)(?=.*\b(?:someone|a person|i|me|one|people|somebody)\b(?: \w+){0,5} (?:dies|die|died|is dead)\b).*${SOON}`),
    ],
  },
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      // Waking, and wishing they had not: "wake, dread, wish i had not".
      new RegExp(String.raw`^(?!.*\b(?:hangover|hungover|drank|drunk|drinks|pints|wine|party|night out|ate|eaten|late|alarm|snooze|nap|napped|stayed up|dream|dreamt|film|bed early)\b).*\b(?:wake|wakes|woke|waking|wake up|woke up)\b(?: \w+){0,4} wish(?:ed|ing)? i (?:had not|did not|never|could not|would not|have not)(?: woken| woke| woken up| woke up| bothered)?\b(?! (?:\w+ed|gone|done|been|had (?:a|the|that|so|to|any|my)|eaten|drunk|sent|said|left|bought|spent|got|taken|seen|told|let|come|gone|set|put|read|woken up (?:so|that|early|late))\b)`),
    ],
  },
  {
    level: 'concern',
    reason: 'joked about hurting someone',
    patterns: [
      new RegExp(String.raw`\b(?:kill|murder|strangle|throttle|fight|punch|batter|deck|slap|smack|stab|knock out) (?:the |my |that |this |his |her |their |our )?(?:\w+ ){0,1}${PERSON}\b(?=.*${LAUGHTER})`),
    ],
  },
];

/** Topics that say nothing of the client: read as the word "course", as in plainSpeechPatterns.ts. */
export const VEILED_TOPIC_GATE = /\b(?:suicide|suicidal|self harm|abuse|domestic violence|coercive control|overdose|overdoses|depression)\b/;
/** Said beside the topic, these make it the client's own too: no topic then. */
export const VEILED_TOPIC_UNLESS = /\b(?:too|as well|same|still|either|myself|my self|for me|i have been|i am being|i have got it|i have it|i think i have|got it now|about it|i (?:think|thought|keep thinking|am thinking|have been thinking|have thought) (?:about|of)|happening to me|happened to me|i do it|doing it|did it|i did|i tried)\b/;
const TEACHING = oneOf('course', 'training', 'workshop', 'module', 'session', 'webinar', 'seminar', 'e learning', 'elearning', 'class', 'lecture', 'essay', 'assignment', 'dissertation', 'coursework', 'thesis', 'project', 'presentation', 'report', 'case study', 'paper');
const TOPIC = String.raw`(?:domestic abuse|domestic violence|child abuse|abuse|coercive control|suicide|self harm|overdoses?|depression)`;
const KIN = oneOf('mum', 'mam', 'mom', 'dad', 'nan', 'gran', 'sister', 'brother', 'aunt', 'auntie', 'uncle', 'cousin', 'friend', 'wife', 'husband', 'partner');
export const VEILED_TOPIC_PHRASES: readonly RegExp[] = [
  // "a course on spotting signs of domestic abuse", "my essay on domestic violence statistics".
  pattern`\b${TEACHING} (?:\w+ ){0,2}(?:on|about|into|in|covering|looking at) (?:\w+ ){0,4}?${TOPIC}(?: (?:and|or) ${TOPIC})?\b`,
  // "we practised asking someone if they are thinking of suicide".
  pattern`\b(?:ask|asking|asked|to ask|talk to|talking to|spot|spotting|support|supporting|help|helping) (?:someone|somebody|people|a person|others|clients|customers|patients|a colleague|colleagues|them) (?:\w+ ){0,2}(?:if|whether|about) (?:they are |they have been |they have |he is |she is )?(?:\w+ ){0,3}${TOPIC}\b`,
  pattern`\boverdose (?:risks?|signs|symptoms|limits?|levels?|awareness|guidance|policy|procedures?)\b(?: \w+){0,2} (?:for|of|in|among|with) (?:the )?(?:customers|patients|clients|service users|residents|users|the public|people)\b`,
  // A relative's past, told as over: "my mum had postnatal depression but she is brilliant now".
  pattern`\bmy (?:mum|mam|mom|mother) had (?:postnatal|post natal) depression (?:with me|after (?:having|she had) me|when i was (?:born|a baby|little|small))\b`,
  pattern`\bmy ${KIN} (?:had|was treated for|got over|went through) (?:postnatal |post natal |bad |severe )?depression\b(?=(?: \w+){0,5} (?:but )?(?:she is|he is|they are|she s|he s) (?:\w+ )?(?:fine|brilliant|great|ok|okay|well|better|happy|recovered|doing well|doing great) now\b)`,
];

/** Figures of speech: a team that "got battered" or "got hammered" on the pitch. */
export const VEILED_IDIOMS: readonly RegExp[] = [
  pattern`\b(?:man you|man united|united|city|town|rovers|wanderers|villa|spurs|arsenal|chelsea|liverpool|everton|rangers|celtic|leeds|the toon|england|scotland|wales|ireland|\w+ fc|the team|our team|the lads) (?:got|get|getting|were|was) (?:battered|hammered|thrashed|beaten|smashed|stuffed)(?: again)?\b`,
];
