// Crisis said as a denial the client calls a lie ("i'd be lying if i said i wasn't thinking about
// suicide"), a past attempt named as "my previous attempt", the date set for "the real one, not the
// job one" or a "final step" with a date, visits to a bridge or cliff edge, the last shift and then
// the drive to the cliffs, "i wouldn't do anything, i just think about how", and meaning or planning
// to be dead by a date. Concern: drinking wine or vodka till they pass out, anxiety so bad they could
// not leave the house, sleeping fourteen hours a day, skipping meals so the food stretches for the
// kids or eating once a day (not a diet), "can't keep doing all of it", a hostel stay or tenancy that runs out, a
// landlord who wants them out, plans that never work, a rubbish mood; jokes about burying someone
// under the patio, kids who are "dead when i get home", nearly punching someone. Everyday words read
// as a topic ("course"): an overdose at a place nearby, overdose or naloxone training, a book about a
// woman planning to kill her husband, the kill floor of a meat plant, someone else who brought a knife to school, a neighbour
// taken into hospital; and "can't go on the course" as an idiom (a mum who will "kill me
// if i don't" was tried too: as an idiom it moved the classifier on other splits). Look-alikes of our own are in test/domain/riskThirtyThirdForms.test.ts.
// Normalised words, as in riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const SUICIDE_WORDS = String.raw`suicid\w*|killing myself|kill myself|ending it(?: all)?|ending things|ending my life|end(?:ing)? my life|taking my (?:own )?life|not being here|not being alive|dying|wanting to die|wanting to be dead|want to die|wanting to end it|not waking up`;
const HIGH_PLACE = oneOf('bridge', 'cliffs?', 'cliff edge', 'viaduct', 'multi storey', 'car park roof', 'roof', 'quarry', 'tracks', 'railway line', 'railway', 'level crossing', 'beachy head', 'tower block', 'flyover', 'pier', 'weir');
const OUTING = 'walk\\w*|hik\\w*|picnic|holiday|camping|photos?|pictures?|selfies?|sunset|sunrise|view|surf\\w*|fishing|climb\\w*|paraglid\\w*|birdwatch\\w*|with (?:the kids|the family|my family|friends|the dog|my partner|my wife|my husband)|dog|ice cream|chips|day out|trip';
const DRINKS = oneOf('wine', 'vodka', 'gin', 'cider', 'beer', 'lager', 'cans', 'rum', 'whisky', 'whiskey', 'booze', 'bottle', 'the bottle', 'drinking', 'drink', 'a bottle', 'prosecco', 'brandy', 'tinnies', 'spirits');
const PEOPLE = oneOf('him', 'her', 'them', 'you', 'the (?:\\w+ )?(?:man|woman|guy|bloke|lad|girl|lady|interviewer|manager|boss|coach|work coach|receptionist|adviser|advisor|driver)', 'my (?:\\w+ )?(?:manager|boss|supervisor|coach|work coach|colleague|neighbour|brother|sister)', 'that (?:\\w+ )?(?:man|woman|guy|bloke|interviewer|manager|boss|coach|work coach|receptionist|adviser|advisor)');
const NOT_OWN = String.raw`\b(?:i (?:have|had|did|tried|took|was|am) (?:too|as well)|me too|same as me|like me|i (?:overdosed|cut|took|tried)|i want to do (?:that|the same)|i could do that|that will be me)\b`;

export const THIRTY_THIRD_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      // A denial the client calls a lie: "i'd be lying if i said i wasn't thinking about suicide".
      pattern`\b(?:i would|id|i will|ill) be lying (?:to you )?(?:if|to say|saying) (?:i )?(?:said |say |told you |pretended )?(?:that )?(?:i )?(?:was not|am not|have not been|had not been|have not|had not|did not|do not|never|no longer)(?: \w+){0,3}? (?:${SUICIDE_WORDS})\b`,
      pattern`\b(?:can not|could not|will not) (?:honestly |truthfully )?(?:say|pretend|tell you) (?:that )?i (?:am not|was not|have not been|have not|do not|did not|never)(?: \w+){0,3}? (?:${SUICIDE_WORDS})\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      // "my previous attempt was 2019", "since my last attempt": an attempt with no task after it.
      pattern`\b(?:my|since my|after my|before my) (?:previous|last|most recent|earlier|past|suicide) attempts?\b(?! (?:at|to|on|of|in the|for|with|was (?:good|better|rubbish|bad|a fail)|failed|got|scored|passed)\b)(?!.*\b(?:test|exam|driving|theory|interview|application|applying|course|pass\w*|fail\w*|score|marks?|recipe|bake|essay|assignment|cv|form|quiz|level|game|pb|job|jobs|shortlist\w*|run|marathon|lift|stop smoking|quit\w*|diet|sober\w*)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      // "i just think about how", said on its own: the way, with the thing left unnamed.
      pattern`\bi (?:just |only |still |do |sometimes |keep )?(?:think|thinking|thought|wonder|wondering|picture|imagine|imagining) (?:about )?how(?: i would do it| i could do it| i would go about it| to do it| it would be done)?$`,
    ],
  },
  {
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [
      pattern`\b(?:intend|intending|intended|plan|planning|planned|mean|meaning|aim|aiming|fully expect|hope|hoping) to be (?:dead|six feet under|in the ground|in a box|in my grave)(?: by| before| when| come)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      // "set the date, the real one not the job one": a date that is not for the job.
      pattern`\bthe real (?:one|date|plan|step|thing|day) not the (?:job|work|cv|interview|course|action plan|coaching) (?:one|date|plan|step|thing|day)\b`,
    ],
  },
];

export const THIRTY_THIRD_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [
      pattern`\b${DRINKS}(?: \w+){0,3}? (?:until|till|til|to the point) i (?:pass out|passed out|black out|blacked out|am out of it|can not (?:feel|think|remember)|feel nothing|am numb|go numb)\b`,
      pattern`\bdrink(?:ing)? (?:myself|my self) (?:to sleep|unconscious|into oblivion|numb|stupid|senseless)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      pattern`\b(?:anxiety|panic|depression|nerves|head|mental health|mood|ocd|agoraphobia)(?: \w+){0,3}? (?:was|were|is|are|has been|have been|got|gets) (?:so|that|too) (?:bad|much|awful|terrible)(?: that)? i (?:could not|can not|did not|have not been able to|was not able to|am not able to) (?:leave the house|go out|get out of (?:bed|the house)|get up|get dressed|face (?:it|anyone|people)|go|make it|get there)\b`,
      pattern`\bi can not (?:keep|carry on|go on) (?:doing|juggling|holding|managing|handling) (?:all )?(?:of )?(?:it|this|everything|them)(?: all)?\b(?! (?:for|on|in|at|job|role|shift|course|work|commute|hours)\b)`,
    ],
  },
  {
    level: 'concern',
    reason: 'not eating or sleeping',
    patterns: [
      pattern`\b(?:sleeping|sleep|slept|in bed)(?: for)? (?:1[2-9]|2[0-4]|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty) (?:hours|hrs|h)(?: (?:a|every|each|per) day| and (?:still|i am still|wake up) (?:tired|exhausted|shattered))\b`,
      pattern`\bi (?:skip|skipped|am skipping|have been skipping|go without|went without|have been going without|miss|cut out|do without) (?:meals|lunch|breakfast|dinner|tea|food|eating)(?: \w+){0,4}? (?:so|to make|to let|so that|for|because) (?:the )?(?:food|money|shopping|kids|children|little ones|boys|girls|baby|electric|gas)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'may lose their home',
    patterns: [
      pattern`\b(?:hostel|b and b|temporary accommodation|emergency accommodation|refuge|shelter|placement|tenancy|lease|licence|room)(?: \w+){0,10}? (?:mine|my (?:place|room|bed|time|stay|tenancy|lease|licence)|our (?:place|room|time|stay|tenancy|lease)) (?:runs out|run out|ends|is up|expires|finishes)\b`,
      pattern`\b(?:landlord|landlady|council|housing association|letting agent|letting agency)(?: \w+){0,2}? (?:wants|want|is trying to get|has told|told|is kicking|kicking|is making|made|has given|gave) (?:us|me)(?: \w+){0,2}? (?:out|to leave|to move out|to get out|a section 21|an eviction(?: notice)?)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      pattern`\b(?:none of (?:them|these|my plans|the plans|my jobs)|nothing(?: i (?:try|do))?|no plan(?: i make)?) ever (?:works?|worked|goes right|go right|works out|work out|pans out|pan out|comes off|come off)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      pattern`(?<!\b(?:the|his|her|their|office|team|house) )\bmood (?:is|has been|been|was|is still|is a bit|is pretty|is really|is so) (?:\w+ )?(?:rubbish|terrible|awful|crap|shit|shocking|rock bottom|on the floor|through the floor|in the gutter|in my boots|low|pants|grim|horrible|dire|bleak|black)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'joked about hurting someone',
    patterns: [
      pattern`\bbury ${PEOPLE} (?:under the (?:patio|decking|floorboards|shed|lawn)|in the (?:garden|back garden|woods))\b`,
      pattern`\b(?:they are|they will be|he is|he will be|she is|she will be|you are|you will be|them kids are|the kids are) (?:so |dead )?dead(?: meat)? when i (?:get|see|catch) (?:home|back|in|them|him|her|you|hold of)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'angry words about hurting someone',
    patterns: [
      pattern`\b(?:nearly|almost|very nearly|so nearly|came close to|came this close to|could have) (?:punched|hit|decked|lamped|smacked|slapped|throttled|strangled|glassed|swung for|headbutted|battered|punching|hitting|decking|lamping|smacking|slapping|throttling|strangling) ${PEOPLE}\b`,
    ],
  },
];

// Said across clauses, read in the whole message.
export const THIRTY_THIRD_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  // A "final step" with a date set; the last shift and then the drive to a bridge or cliffs; going to a
  // bridge again and again; "i wouldn't do anything, i just think about how".
  [/\b(?:final|last) step\b|\b(?:bridge|cliffs?|viaduct|multi storey|tracks|railway|quarry|beachy head|roof|flyover|pier|weir)\b|\bthink about how$/, [
    {
      level: 'crisis',
      reason: 'a plan to end their life',
      patterns: [
        pattern`\b(?:do|take|make|doing|taking) my (?:final|last) step\b(?=.*\b(?:set (?:a|the) date|picked (?:a|the) (?:date|day)|chosen (?:a|the) (?:date|day)|the real one|for good|goodbye|no more steps)\b)`,
        pattern`^(?!.*\b(?:${OUTING})\b).*\b(?:last|final) (?:shift|day|payday|week|thing|job|day at work)(?: \w+){0,6}? (?:then|and then|after that|after) (?:i will |ill |i am going to |i will just |ill just )?(?:drive|go|head|walk|get|take|catch|hop)(?: \w+){0,3}? (?:to|up to|out to|down to|off to) (?:the )?${HIGH_PLACE}\b`,
      ],
    },
    {
      level: 'crisis',
      reason: 'preparing to end their life, or a past attempt',
      patterns: [
        // Standing at the edge of a bridge or cliff, or going there again and again.
        pattern`^(?!.*\b(?:${OUTING})\b)(?=.*\b${HIGH_PLACE}\b).*\b(?:stood|standing|stand|sat|sitting|been standing|was standing|was sat|leant|leaning|climbed) (?:there |up )?(?:for (?:ages|hours|a while|a long time|an hour|\w+ minutes|\w+ hours) )?(?:at|on|over|by|near|right on|right at) the (?:edge|ledge|railings?|parapet|wrong side)\b`,
        pattern`^(?!.*\b(?:${OUTING}|bridge club|play bridge|playing bridge|work\w*|shift|job)\b).*\b(?:went|been|go|going|keep going|kept going|walked|drove|driven|cycled) (?:up |down |out )?to the ${HIGH_PLACE} (?:again|twice|three times|every (?:night|day)|a few times|most nights|\d+ times|(?:twice|three times|again) this week)\b`,
      ],
    },
    {
      level: 'crisis',
      reason: 'thinking about a way to end their life',
      patterns: [
        pattern`\b(?:would not|will not|am not going to|never would|could never|would never)(?: \w+){0,2}? do (?:anything|it)\b.*\bi (?:just |only |still |do |sometimes )?(?:think|wonder|picture|imagine) (?:about )?how$`,
      ],
    },
  ]],
];

// Concern said across clauses: eating once a day; a plan that did not work, "none of them ever do".
export const THIRTY_THIRD_CONCERN_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  // Eating once a day, unless it is a diet or a fast.
  [/\b(?:once|one meal) a day\b/, [
    {
      level: 'concern',
      reason: 'not eating or sleeping',
      patterns: [
        pattern`^(?!.*\b(?:fasting|fast|diet\w*|keto|gym|ramadan|lent|weight loss|losing weight|macros|omad|tablets?|pills?|meds|medication|dog|cat)\b).*\bi (?:only|just) (?:eat|have|manage) (?:once|one meal) a day\b`,
      ],
    },
  ]],
  [/\bnone of them ever\b/, [
    {
      level: 'concern',
      reason: 'hopelessness',
      patterns: [
        pattern`\b(?:plan|plans|it|that|this|idea|ideas) (?:did not|does not|do not|never|has not|have not) work(?:ed)?(?: out)?(?: \w+){0,2}? none of them ever (?:do|does|did|will|work|works)\b`,
      ],
    },
  ]],
];

// Everyday words read as a topic ("course"): [gate on the clause, phrases, words anywhere in the
// message that make it the client's own, so it is read as written].
export const THIRTY_THIRD_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  // An overdose at a place nearby; overdose or naloxone training at work.
  [/\b(?:overdose|overdoses|naloxone|narcan)\b/, [
    pattern`\bthere (?:was|has been|were) (?:an |another |two |a couple of )?overdoses? (?:at|in|on|outside|near|by) (?:the|our|a|that) \w+(?: \w+){0,3}?\b(?= |$)`,
    pattern`\b(?:naloxone|narcan|overdose awareness) (?:training|course|kit|kits|awareness)(?: (?:for|on|about) (?:overdoses?|drug overdoses))?\b`,
  ], new RegExp(NOT_OWN)],
  // A book, film or show about a woman or man planning to kill a spouse.
  [/\b(?:novel|book|story|film|movie|series|show|episode|play|drama|soap|thriller|podcast)\b/, [
    pattern`\b(?:novel|book|story|film|movie|series|show|episode|play|drama|soap|thriller|podcast)(?: \w+){0,6}? (?:about|where|in which|with) (?:a|an|the|this) (?:woman|man|wife|husband|girl|guy|lady|bloke|widow|character|mum|dad)(?: who)? (?:planning|plotting|plans|plots|wants|trying|tries|scheming) to (?:kill|murder|poison|get rid of|bump off) (?:her|his|their) (?:husband|wife|boss|partner|sister|brother|family|mother|father|neighbour)\b`,
  ], /\b(?:i want to do (?:that|the same)|i could do that|gives me ideas|not joking|i mean it|my husband|my wife|my partner)\b/],
  // The kill floor or kill line of a meat plant: a trade, not a threat.
  [/\b(?:kill floor|kill line|killing floor)\b/, [
    pattern`\b(?:kill floor|kill line|killing floor)\b`,
  ], /\b(?:i want to|want to die|be dead|kill (?:him|her|them|you|myself)|not joking|i mean it)\b/],
  // Someone else who took a knife to school; a neighbour or relative taken into hospital.
  [/\b(?:knife|knives|hospital)\b/, [
    pattern`\b(?:someone|somebody|a (?:boy|girl|lad|kid|child|pupil|student|year \d+)|one of the (?:boys|girls|lads|kids|pupils))(?: \w+){0,4}? (?:got expelled|got excluded|was expelled|was excluded|got suspended|got arrested|was caught) for (?:bringing|carrying|having|taking) a (?:knife|blade) (?:in|into school|to school|in school|to college)\b`,
    pattern`\bmy (?:neighbour|neighbours|nan|gran|grandad|mum|dad|aunt|auntie|uncle|friends?|colleague|landlady|landlord)(?: has| s| is| was)? (?:been |got |was )?taken (?:into|to) hospital\b`,
  ], /\b(?:because of me|my fault|i hurt|i stabbed|i did it|i pushed|i hit)\b/],
  // "kms fr" as its own clause in a rant about a deadline or a task, closed with "it is fine" or a laugh.
  [/^kill myself(?: for real)?$/, [/^kill myself(?: for real)?$/], /^(?!.*\b(?:deadline|exam|exams|coursework|essay|assignment|project|homework|revision|shift|alarm|bus|train)\b.*\b(?:it is fine|it is ok|lol|haha|lmao|i passed)\b)|\b(?:can not do this|anymore|any more|no one|nobody|hate myself|want to die|end it|worthless|tonight|pills|rope|not joking|i mean it)\b/],
];

export const THIRTY_THIRD_IDIOMS: readonly RegExp[] = [
  pattern`\bcan not go on (?:the|a|an|my|this|that|our|your) (?:course|trip|holiday|training|interview|placement|shift|bus|train|rota|call|website|site|zoom|teams|computer|laptop|programme|scheme|walk|date|visit|outing|tour|cruise|night out|school trip|work experience|induction|register|list|system|portal|app|workshop|session|day out)\b`,
];
