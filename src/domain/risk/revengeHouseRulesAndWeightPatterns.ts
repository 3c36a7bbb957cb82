// Risk said as revenge, as a named injury, as a wish "no longer" to be here, as a day set for "it"
// with the file to be closed after, as an object thrown at them, or as a partner's house rules
// (no jobs with men, the phone only in their sight); struggle said as weight falling off with no
// hunger, days without a soul, a one-word "low", or "he is a dead man" about a flatmate; and "rather
// die than do cold calling" as the idiom it is.
// Crisis: "cant see why id want to still be around next year", "i no longer wish to be here"; "ill
// break his jaw", "ill end her"; "make him pay" with "he has got it coming", "he is going to get
// hurt", "she will learn" or waiting for them after work; "decided it will be sunday, so you can
// close my file after that"; "threw a plate at my head"; "he says i cant apply for any jobs where
// there are men"; "i can only use the phone when she is in the room".
// Concern: "lost a stone in a month, never hungry"; "i can go a week without seeing a soul"; "low"
// said alone; "my flatmate ate my lunch, he is a dead man"; "i have no wish to harm myself" as a
// denial, a crisis phrase said not (the words are read as a topic in ailmentsStagesAndNeighboursPatterns.ts).
// Look-alikes of our own are in test/domain/riskTwentyFifthForms.test.ts. Normalised words, as in
// riskPatterns.ts ("ill", "itll", "id" stay as written; "he's" reads "he is").
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { NO_WISH, NO_WISH_UNLESS } from './ailmentsStagesAndNeighboursPatterns.ts';

// Words nowhere in the clause (or message), before or after.
const nowhere = (words: string): string => String.raw`(?<!\b(?:${words})\b.*)(?!.*\b(?:${words})\b)`;
const PARTNER = String.raw`my (?:partner|husband|wife|boyfriend|girlfriend|fella|missus|other half|ex|fiance|fiancee|hubby)`;
const I_WILL = String.raw`(?:i will|ill|i am going to|i am gonna|im gonna|gonna|going to|i swear i will|i swear ill|swear i will|swear ill|i shall)`;
const HIM = String.raw`(?:him|her|them|you|that \w+|the \w+|my (?:old )?\w+)`;
const GAMES = 'game|games|gaming|fortnite|fifa|cod|call of duty|warzone|apex|valorant|minecraft|roblox|xbox|playstation|ps5|online|match|1v1|round|lobby|server|chess|tournament|debate|quiz|argument|pub quiz|scrabble|monopoly|pool|darts|snooker|tennis|squash|badminton|ping pong|five a side|5 a side|football|rugby|boxing|sparring|spar|ring|court';
const DAYS = oneOf('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'tonight', 'the weekend', 'this weekend', 'next week', 'the \\d+(?:st|nd|rd|th)?', 'my birthday', 'his birthday', 'her birthday', 'christmas', 'new year', 'new years eve', 'the anniversary', 'our anniversary');
const METHOD_PLACE = oneOf('lake', 'river', 'bridge', 'cliffs?', 'sea', 'quarry', 'reservoir', 'woods', 'canal', 'viaduct', 'tracks', 'railway', 'beach', 'pier', 'multi storey', 'car park roof', 'motorway bridge', 'flyover', 'dam', 'estuary', 'weir', 'tower', 'rooftop', 'roof');
const ENDING_CONTACT = String.raw`(?:close my (?:file|case|account|claim)|take me off (?:your|the) (?:list|books|caseload|system)|you (?:will not|wont|won t) (?:hear from me|need to (?:contact|chase|ring|call|book) me|be hearing from me)|no need to (?:book|chase|contact|ring|call|check on|follow up with) me|this (?:is|will be) my (?:last|final) (?:message|update|check in|appointment|session|reply)|(?:will not|wont|do not|dont) need (?:another|any more|the next|a next|my next) (?:appointment|session|check in|review|meeting))`;
const NOT_AN_OUTING = nowhere('start|starting|new job|job offer|offer|contract|induction|hired|moving|move|holiday|wedding|party|picnic|barbecue|bbq|swim|swimming|paddle|paddleboard|sail|sailing|fishing|walk|walking|camping|trip|celebrat\\w*|meet up|meeting up|date|kids|dog|family day|day out');

export const REVENGE_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      // "cant see why id want to still be around next year": no reason to be alive, said of a time to come.
      pattern`\b(?:can not|do not|cannot|could not|never|hardly|struggle to) see (?:why|any reason|the point in|the point of|what reason) (?:i would|id|i should|i d|i would ever|id ever|i need to|to) (?:want to |wish to |bother to |need to )?(?:still |even |ever )?(?:be around|be alive|stick around|be living|go on living|be here)(?: (?:still|any ?more))? (?:next year|in a year|another year|by (?:next|the end|christmas|summer|spring)\w*(?: \w+)?|much longer|for (?:much )?long|for another year|in (?:five|5|ten|10) years|this time next year|any ?more)\b`,
      pattern`\bwhy would i (?:want to |wish to |bother to )(?:still )?(?:be around|be alive|stick around|be living|go on living) (?:next year|in a year|another year|much longer|for (?:much )?long|any ?more)\b`,
      pattern`\b(?:can not|do not|cannot|never) see myself (?:still )?(?:being around|being alive|alive|around|living|still here) (?:next year|in a year|by (?:next|christmas|summer|spring)\w*(?: \w+)?|this time next year|much longer|for (?:much )?long|another year)\b`,
      // "i no longer wish to be here", "i find i no longer want to be alive"; not here at a job, in a town, on a course.
      pattern`\b(?:no longer|not any ?more|do not any ?more|dont any ?more) (?:really )?(?:wish|want|care|desire) to (?:be here|be around|be alive|live|go on|carry on|exist|be in this world|be on this earth)\b(?! (?:in|at|on|with|for|as|doing|working|near|by|when|if|while|during|without|like|under|here|there|this|that|the|a|an|my|your|his|her|their)\b)`,
      pattern`\b(?:do not|no longer|dont) wish to (?:be here|be around|be alive|live|go on|carry on|exist) (?:any ?more|any longer)\b(?! (?:in|at|on|with|for|as|doing|working|near|here|there|this|that|the)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      // A named injury: "ill break his jaw", "i am going to snap her neck"; not ankles on a court.
      pattern`\b${I_WILL} (?:\w+ )?(?:break|snap|smash|shatter|crack|bust|fracture) (?:his|her|their|your|that \w+s|the \w+s) (?:jaw|nose|legs?|arms?|neck|face|ribs|fingers|teeth|skull|back|kneecaps?|knees|head|cheekbone|eye socket|spine|wrists?|hands?)\b${nowhere(`${GAMES}|ankles|sparring|tackle|tackling|heart`)}`,
      pattern`\b${I_WILL} (?:\w+ )?(?:knock|punch|kick) (?:his|her|their|your) (?:teeth|lights) (?:out|in)\b${nowhere(GAMES)}`,
      // "ill end her", "i swear down i will end him": not in a game, a match or an argument.
      pattern`\b${I_WILL} (?:actually |literally |honestly |just |properly |seriously )?end (?:him|her|them|you|that \w+|the \w+|my (?:old )?(?:boss|manager|ex|neighbour|landlord|flatmate|housemate|supervisor|brother|sister|stepdad|dad))\b(?! (?:in|at|on|with|for|before|tonight at)\b)${nowhere(`${GAMES}|career|contract|tenancy|lease|relationship|friendship|marriage|subscription|call|chat|conversation|meeting|it with|things with`)}`,
      // Revenge said as paying for it: "make her pay for what she did", "make him pay one way or another".
      pattern`\bmake ${HIM} pay (?:for what (?:he|she|they) (?:did|has done|have done|done)(?! (?:to (?:the|my) (?:car|van|house|flat|garden|fence|door|window|bike|phone))\b)|one way or (?:another|the other)|properly|with (?:his|her|their) (?:blood|life)|in blood)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      // Something hard thrown at them: "my husband threw a plate at my head".
      pattern`\b(?:threw|throws|throwing|hurled|hurls|hurling|chucked|chucks|chucking|lobbed|lobs|flung|flings|launched|launches|fired|smashed|slung) (?:a |an |the |his |her |their |my |some |hot |boiling |full )?(?:\w+ )?(?:plates?|cups?|mugs?|glass|glasses|bottles?|remote|phone|shoes?|boots?|chair|pan|frying pan|kettle|knife|knives|fork|ashtray|book|vase|lamp|bowl|dinner|tea|coffee|water|brick|stone|rock|bat|hammer|tin|can|jar|iron|controller|laptop|keys|plate of food|drink|pint|ornament|candle|clock|tv remote) (?:at|into|across) (?:me|my (?:head|face|back|body|legs|chest|eye|arm))\b(?<=\b(?:he|she|they|${PARTNER}|my (?:dad|father|stepdad|step dad|mum|mam|mother|stepmum|brother|sister|son|flatmate|housemate|landlord|uncle|nan|gran|grandad|carer|ex))\b(?: \w+){0,3} (?:threw|throws|throwing|hurled|hurls|hurling|chucked|chucks|chucking|lobbed|lobs|flung|flings|launched|launches|fired|smashed|slung)\b.*)${nowhere('toddler|baby|little one|year old|yr old|kids?|puppy|dog|catch|game|playing|snowball|pillow|cushion|ball|frisbee|sweets|confetti|teddy|lol|haha')}`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      // Work forbidden where there are men (or women): "he says i cant apply for any jobs where there are men working".
      pattern`\b(?:he|she|${PARTNER})\b(?: (?!not\b|never\b)\w+){0,2} (?:(?:says|said|tells me|told me|has said|reckons|insists|has told me|keeps saying|decided|has decided) (?:that )?i (?:can not|cannot|am not allowed to|must not|may not|should not|can only|am only allowed to|will not be)|(?:will not|does not|do not|never|refuses to|is not going to|would not|did not) let me|(?:has )?(?:banned|forbidden|forbids|stops|stopped|bans) me(?: from)?)(?: \w+){0,6} (?:jobs?|work|working|apply|applying|places?|anywhere|roles?|shifts?|somewhere|company|companies|office)(?: \w+){0,3} (?:where there are|where there is|where there will be|with|around|alongside|if there are|if there is|that have|that has|full of|near|among|beside|next to|and) (?:any |other |male |female |no |only )?(?:men|male (?:staff|colleagues|workers|managers|bosses|customers)|blokes|lads|guys|other men|women|female (?:staff|colleagues|workers|customers)|girls|other women)\b`,
      // The phone, the door or friends only in their sight or by their leave: "i can only use the phone when she is in the room".
      pattern`\bi (?:can|am|may) only (?:allowed to |permitted to |supposed to |meant to )?(?:use|have|check|look at|go on|touch|answer|make calls on|go out|leave the house|leave the flat|see (?:my )?(?:friends|family|mum|mam|mates|sister|brother)|go to the shops|spend (?:money|anything)|use the (?:phone|laptop|car|computer|internet|bank card)|apply for jobs|do my (?:job search|applications|journal))(?: \w+){0,3} (?:when|if|while|with) (?:he|she|they|${PARTNER}) (?:is |are |s )?(?:in the room|right there|there|watching|with me|next to me|sat next to me|sitting next to me|standing over me|stood over me|listening|present|checking|says (?:so|i can|it is ok|it is okay|yes)|lets me|gives (?:me )?(?:permission|the ok|the okay)|allows (?:it|me)|has checked|has read|reads)\b${nowhere('toddler|baby|little one|year old|interpret\\w*|translat\\w*|carer|care worker|support worker|social worker|probation|tag|curfew|signal|wifi|battery|charger|contract|data|credit|minutes')}`,
      pattern`\b(?:he|she|${PARTNER}) (?:has to|must|always has to|insists on being|insists on|always|needs to) (?:be )?(?:in the room|there|listening|next to me|sat next to me|sitting next to me|standing over me|on speaker|listening in)(?: \w+){0,2} (?:when|whenever|while|every time|each time) i (?:use|am on|make|take|answer|call|ring|phone|talk|speak|go|check|text|message)\b${nowhere('toddler|baby|little one|son|daughter|kids?|dog|cat|puppy|year old|interpret\\w*|translat\\w*|carer|support worker|social worker')}`,
    ],
  },
];

const WEIGHT_LOST = String.raw`lost (?:a stone|half a stone|a couple of stone|two stone|three stone|\w+ stone|\d+ (?:stone|kilos?|kg|pounds|lbs)|(?:so much|loads of|a lot of|a load of|too much|a ton of|tons of|heaps of) weight|weight)`;
const NO_HUNGER = String.raw`(?:(?:never|not|no longer|hardly ever|rarely|barely|not really|never really) (?:\w+ )?hungry|no appetite|lost my appetite|(?:not|barely|hardly|never) eating|(?:can not|do not|cannot|cant) (?:face|stomach|keep down) (?:food|anything|eating)|(?:forget|forgot|forgetting) to eat|off my food|do not feel like eating|food (?:has no|does not have any) taste|skipping meals)`;

export const REVENGE_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'feels alone',
    // "i can go a week without seeing a soul": days and weeks, not an afternoon's walk.
    patterns: [pattern`\b(?:go|goes|gone|went|going|can go|could go|have gone|been) (?:a (?:whole |full )?week|weeks|days|a (?:whole |full )?fortnight|a (?:whole |full )?month|whole (?:days|weeks)|several days|\d+ days|\w+ days|\d+ weeks) (?:at a time )?without (?:seeing|speaking to|talking to|hearing from|a word (?:from|with|to)|a visit from|anyone (?:to talk to|knocking|calling)) (?:a soul|anyone|anybody|a single (?:person|soul)|another (?:person|human|human being|adult)|a living soul|a human|a human being|a person)\b`],
  },
  {
    level: 'concern',
    reason: 'joked about hurting someone',
    // "he is a dead man" about a flatmate who ate the lunch: a joke threat, not a plan.
    patterns: [pattern`\b(?:he|she|they|you)(?: is| are| s)? (?:a )?dead (?:man|woman|men|women|meat|duck)\b(?! walking\b)`],
  },
];

export const REVENGE_IDIOMS: readonly RegExp[] = [
  // "kms" reads as "kill myself": said of a typo, an alarm, an exam or a late bus it is a groan. Never
  // of a person ("kms my mum hates me", "i will kms if my teacher tells my dad"): that may be meant.
  pattern`\bkill myself,? (?:(?:this|that|the|my|her|his) (?:\w+ )?(?:exam|test|essay|coursework|homework|assignment|alarm|bus|train|lecture|lesson|shift|interview|presentation|project|deadline|wifi|phone|cv|typo|group chat)s?|(?:i |i just |just )?(?:forgot|sent|missed|overslept|dropped|spilled|spilt|liked|waved|slept through|locked myself|left my|called my (?:teacher|tutor|boss|manager) mum))\b`,
  pattern`\b(?:going to|about to|might|will|could) kill myself if (?:this|that|the|my) (?:\w+ )?(?:bus|train|tram|wifi|laptop|printer|lecture|lesson|queue|alarm|game|match|website|portal|app|song|advert|group chat)\b`,
  pattern`\b(?:deadline|exam|exams|coursework|essay|assignment|group project|homework|revision|lecture|shift) (?:is|was|are|were) (?:\w+ ){0,2}?(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|next week|so hard|so long|due) kill myself\b`,
  pattern`\bkill myself (?:is (?:literally |basically )?my (?:whole )?personality|for real(?= it is (?:fine|ok|okay|whatever)| lol| haha| lmao))\b`,
  // Others' words quoted ("my mate is always saying kms", "people saying unalive on tiktok").
  pattern`\b(?:she|he|they|people|everyone|everybody|friends?|mates?|sister|brother|someone|kids|girls|boys|lads|tiktok|comments)(?: is| are| keeps?| always| just| all| \w+s)?(?: always| keeps?| constantly)? (?:saying|says|posting|posts|typing|types|commenting) kill (?:myself|yourself)\b`,
  // "the villain got unalived", "she was thinking of ending it": a story's death, someone else's thoughts in the passive, not the client's.
  pattern`\b(?:got|gets|get|getting|been|was|were) (?:killed myself|kill myself)\b(?=(?: \w+){0,4}? (?:episode|season|series|film|movie|show|book|chapter|finale|scene|manga|anime)s?\b)|\b(?:killed|kill|killing) myself (?:himself|herself|themselves)\b`,
  pattern`\b(?:they|he|she|someone|somebody|(?:a|this|my|one) (?:girl|boy|lad|kid|friend|mate|person|sister|brother|cousin)(?: (?:in|from|at) (?:my|our|the) \w+(?: \w+)?)?) (?:was|were|is|are|had been|has been|have been) (?:thinking|talking) (?:of|about) (?:ending it|ending (?:his|her|their) life|suicide|killing (?:himself|herself|themselves))\b`,
  // "id rather die than do cold calling again": a task of work or a chore, not life itself.
  pattern`\brather (?:die|be dead|be seen dead|eat glass|stick pins in my eyes) than (?:do|doing|go back to|going back to|work in|work on|working in|working on|sit through|sitting through|face|facing|ring|call|phone|make|making|take|taking|start|starting|endure|attend|attending|have to do|go through)(?: \w+){0,2} (?:cold calling|cold calls|telesales|sales calls|sales|retail|data entry|door to door|call centres?|call centre work|customer service|night shifts?|public speaking|presentations?|maths|spreadsheets|admin|cleaning|washing up|interviews?|an interview|group interviews?|assessment centres?|role plays?|icebreakers?|networking|small talk|zoom calls?|video interviews?|phone interviews?|psychometric tests?|tests?|exams?|shifts?|overtime|paperwork|forms|timesheets|warehouse work|the warehouse|that job|that place|that office|that company|the office|hospitality|bar work|the tills|tills|stocktaking|stock takes?|inventory|training|induction|team building|the school run|ironing|homework|coursework|driving lessons?|the gym|karaoke)\b(?! (?:and|then|so) (?:i|it|that)\b)`,
];

const REVENGE = [
  String.raw`make (?:him|her|them|that \w+|the \w+|my (?:old )?\w+) pay`,
  String.raw`(?:he|she|they|him|her|them|(?:my|that|the) (?:old )?\w+)(?: is| are| s)? (?:going to|gonna|about to|will|is going to) (?:get|be) (?:hurt|what is coming to (?:him|her|them)|what (?:he|she|they) deserves?|sorted out|dealt with)`,
  String.raw`(?:he|she|they|him|her|them|(?:my|that|the) (?:old )?(?:\w+ )?\w+)(?: is| are| has| have| had| s)?(?: got| has got| have got)? it coming`,
  String.raw`(?:he|she|they) (?:will|is going to|are going to|ll) (?:learn|regret it|regret the day|regret crossing me|regret messing with me|be sorry|not know what hit (?:him|her|them))`,
  String.raw`(?:going to|will|gonna|ill|i am going to) (?:be )?wait(?:ing)? for (?:him|her|them|that \w+|the \w+) (?:outside|after|at|by|round|near|when)`,
  String.raw`teach (?:him|her|them|that \w+) a lesson`,
];
const NOT_LAWFUL = nowhere('tribunal|court|sue|suing|solicitor|lawyer|hr|complaint|grievance|report|reported|reporting|ombudsman|karma|legal|claim|acas|police|review|glassdoor|small claims|invoice|bill|wages|owed|owes|deposit|refund|compensation|game|match|film|show|series|book|character');

export const REVENGE_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  // Two signs of revenge in one message: paying, getting hurt, having it coming, learning, waiting after work.
  [/\b(?:pay|hurt|coming|learn|regret|sorry|wait|waiting|lesson|hit)\b/, [{
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: REVENGE.flatMap((first, index) => REVENGE.slice(index + 1).map((second) => new RegExp(String.raw`^${NOT_LAWFUL}(?=.*\b(?:${first})\b).*\b(?:${second})\b`))),
  }]],
  // A day set for "it", with the file or the appointments to be closed after.
  [/\b(?:decided|picked|chosen|chose|settled|fixed|mind)\b/, [{
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      new RegExp(String.raw`^${NOT_AN_OUTING}(?=.*\b${ENDING_CONTACT}\b).*\b(?:decided|picked|chosen|chose|settled on|fixed|made (?:my|up my) mind(?: up)?|my mind is made up|mind made up)(?: (?:that|on))? (?:it (?:will|is going to|is gonna|is|shall) be|itll be|its going to be|it is|the day (?:is|will be)|the date (?:is|will be)|on|for)? ?${DAYS}\b`),
      new RegExp(String.raw`^${NOT_AN_OUTING}.*\b(?:decided|picked|chosen|chose|settled on|fixed|made (?:my|up my) mind(?: up)?|my mind is made up|mind made up)(?: (?:that|on))? (?:it (?:will|is going to|is gonna|shall) be|itll be|its going to be) ${DAYS}(?: (?:night|morning|evening|afternoon))? (?:at|by|off|in|from|on) the ${METHOD_PLACE}\b`),
    ],
  }]],
  // "low" said alone, as the whole answer to how they are.
  [/^(?:\w+ ){0,2}low\b/, [{
    level: 'concern',
    reason: 'low mood',
    patterns: [pattern`^(?:so |really |very |pretty |quite |v |bit |a bit |feeling |feel |just |proper |dead |super )?low(?: (?:today|tbh|to be honest|honestly|again|as usual|as always|still|mate|really|innit|atm|at the moment|right now|rn))?$`],
  }]],
  // Weight falling off with no hunger: "lost a stone in a month, never hungry".
  [/\blost\b/, [{
    level: 'concern',
    reason: 'not eating or sleeping',
    patterns: [new RegExp(String.raw`^${nowhere('diet|dieting|slimming|slimming world|weight watchers|ww|gym|running|fasting|calorie|calories|keto|on purpose|trying to|buzzing|happy|proud|goal|target|jab|ozempic|mounjaro|wegovy|workout|working out|cycling|couch to 5k|marathon|healthy|healthier|lbs to go|pounds to go|baby weight')}(?=.*\b${NO_HUNGER}\b).*\b${WEIGHT_LOST}\b`)],
  }]],
  // "No wish to harm myself": a denial, heard as concern (ailmentsStagesAndNeighboursPatterns.ts reads the words as "course").
  [/\bno (?:wish|desire|urge)\b/, [
    { level: 'concern', reason: 'self-harm (said not)', patterns: [new RegExp(String.raw`^(?!.*\b(?:${NO_WISH_UNLESS})\b)(?=.*${NO_WISH.source}).*\bno (?:wish|desire|urge)(?: \w+){1,3} (?:harm|harming|hurt|hurting) (?:myself|my self)\b`)] },
    { level: 'concern', reason: 'thoughts of suicide (said not)', patterns: [new RegExp(String.raw`^(?!.*\b(?:${NO_WISH_UNLESS})\b)(?=.*${NO_WISH.source}).*\bno (?:wish|desire|urge)(?: \w+){1,3} (?:kill|killing|end|ending) (?:myself|my self|my life|it all)\b`)] },
  ]],
];

