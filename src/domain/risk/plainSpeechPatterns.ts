// Risk said the plain, spoken way, in general forms: a method named by its means (cutting to a
// blood vessel, a whole supply of a drug at once, a barbecue in a closed room, a hose on an
// exhaust), debts settled so nobody is left with them, a partner who made the client give up work,
// children going hungry, a threat to throw someone through a window; and quiet concern ("what is
// wrong with me", "dead miserable", "lonely as hell", "the numbers do not add up", "i am not okay").
// Also a wish not to have woken up, second-language "better if i not exist", goodbyes "one last
// time", days without food and no money, and "i am 35 and useless".
// Each was tried against everyday look-alikes of our own (test/domain/riskGeneralForms.test.ts).
// Also here: topics named in a course or a job ("a suicide prevention course") that say nothing
// of the client, read as the word "course". Written in normalised words, as in riskPatterns.ts.
import { CHILD, FAMILY, PILLS, oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const CONTROLLER = oneOf('he', 'she', `my ${FAMILY}`);
const SUPPLY = oneOf(
  PILLS, 'script', 'prescription', 'methadone', 'subutex', 'lithium', 'sertraline', 'citalopram', 'codeine',
  'co codamol', 'tramadol', 'diazepam', 'morphine', 'oxycodone', 'fentanyl', 'heroin', 'supply', 'stash', 'packets?',
  'boxes', 'box of (?:pills|tablets|meds|paracetamol|painkillers)',
);
const AT_ONCE = oneOf(
  'in one go', 'all at once', 'at once', 'in one sitting', 'at the same time',
  'with (?:a |the |some |half a )?(?:bottle|vodka|whisky|whiskey|alcohol|booze|wine|cans|spirits)',
);
const VESSEL = oneOf('artery', 'arteries', 'vein', 'veins', 'jugular');
const CLOSED_SPACE = `${oneOf('small', 'closed', 'sealed', 'shut', 'locked', 'tiny', 'enclosed', 'airtight')} (?:room|bedroom|bathroom|tent|car|van|space|garage|shed|cupboard)`;
const PERSON = `(?:him|her|them|someone|somebody|(?:the|that|this) (?:\\w+ ){0,2}${oneOf(
  'man', 'woman', 'guy', 'bloke', 'lad', 'girl', 'lady', 'fella', 'assistant', 'manager', 'boss', 'driver', 'worker',
  'cashier', 'receptionist', 'neighbour', 'idiot', 'kid', 'customer', 'supervisor', 'staff',
)}|my ${FAMILY})`;
const LEFT_WITH = oneOf('lumbered', 'saddled', 'burdened', 'landed', 'stuck with', 'left with', 'left to (?:pay|sort|deal)');

export const PLAIN_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      pattern`\bwish (?:i|id) (?:just )?(?:had|would have|could have|would|could|did) (?:just )?(?:not|never) (?:woken|wake|woke|waken) up\b(?! (?:so |this |that |really |too )?(?:early|late|at \d|before (?:the|my|\d)|in time|on time|for nothing|for (?:the|my) (?:alarm|shift|interview))\b)`,
      // Second-language grammar drops the verb: "better for my kids if i not exist".
      pattern`\b(?:better|best|easier|happier|relief)\b(?: \w+){0,5} if i (?:not|no|never) (?:exist|existed|alive|be alive|born|living)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      pattern`\b(?:cut|cuts|cutting|slit|slitting|slice|slicing|slash|slashing|nick|open)\b(?: \w+){0,6} (?:an? |the |my )?${VESSEL}\b`,
      pattern`\bhow (?:long|quick|quickly|fast)\b(?: \w+){0,5} (?:bleed out|bleed to death|suffocate)\b`,
      pattern`\b(?:take|took|taking|swallow|swallowed|down|downed|neck|necked|had|have)\b(?: \w+){0,2} (?:whole|entire|full|all (?:of )?(?:my|your|ya|me|the|his|her))\b(?: \w+){0,2} ${SUPPLY}\b(?: \w+){0,3} ${AT_ONCE}\b`,
      pattern`\b(?:charcoal|barbecue|barbeque|bbq|disposable)\b(?: \w+){0,6} ${CLOSED_SPACE}\b`,
      pattern`\b(?:hose|hosepipe|tube|tubing)\b(?: \w+){0,4} (?:on|to|into|in|from|through|onto) (?:the |my |a )?(?:exhaust|car window)\b`,
      pattern`\b(?:exhaust|exhaust pipe)\b(?: \w+){0,3} (?:into|through) (?:the |my |a )?(?:car|window|van)\b`,
      pattern`\bcarbon monoxide\b(?: \w+){0,5} (?:work|works|kill|kills|how long|enough|painless|die)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      pattern`\b(?:hear (?:their|his|her|your|my \w+s?|everyones?) voices?|hug(?:ged)? (?:my|the|them|him|her) ?\w*|kiss(?:ed)? (?:my|the|them|him|her) ?\w*|see (?:my|their) (?:faces?|kids|children|family)) one (?:last|final) time\b`,
      pattern`\b(?:paid|pay|paying|cleared|clearing|settled|settling|sorted|sorting)\b(?: \w+){0,4} (?:debts?|bills|loans?|everything|all of it|what i owe|funeral)\b(?: \w+){0,3} so (?:that )?(?:no one|my \w+|the kids|they|family|no one else|none of them)\b(?: \w+){0,3} ${LEFT_WITH}\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      pattern`\b${CONTROLLER} (?:\w+ ){0,2}(?:made|makes|making|forced|forces|forcing|pressured|pushed) me (?:to )?(?:quit|leave|give up|pack in|stop going to|hand in (?:my )?notice at)\b(?: \w+){0,2} (?:job|jobs|work|course|college|uni|studies|friends|apprenticeship|placement)\b(?! early| late| on time)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'no food',
    patterns: [
      pattern`\b(?:crying|screaming|weak|dizzy|faint|shaking|sick) (?:with|from|of) hunger\b`,
      // Days without food and nothing to buy it with: "not eaten in 3 days, 12p in my account".
      pattern`\b(?:have not|has not|not) (?:eaten|had (?:anything|any food|food))\b(?: \w+){0,4} days?\b(?: \w+){0,6} (?:\d+ ?p|pence|skint|broke|no money|penny|pennies|nothing in (?:my|me|the) (?:account|bank|purse))\b`,
      pattern`\b(?:${CHILD}|we|little ones|babies)\b(?: \w+){0,2} (?:going|gone|go|went|been going|are going) (?:to bed |to school |to sleep )?hungry\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      pattern`\b(?:put|putting|throw|throwing|threw|chuck|chucking|chucked|lob|launch|push|pushing|pushed|shove|shoved) ${PERSON} (?:through|out of|off|down) (?:a|the) (?:window|wall|stairs|balcony|roof)\b`,
      pattern`\b(?:he|she|they|it|the (?:cat|dog)) (?:is |are )?(?:getting|going to get|will get|about to get) (?:drowned|strangled|throttled|murdered|stabbed|smothered)\b(?! in (?:work|paperwork|emails|applications|admin))`,
    ],
  },
];

export const PLAIN_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [
      pattern`\bi am (?:\d+|still \w+|\w+) and (?:still )?(?:pathetic|useless|worthless|a failure|a joke|a loser|a waste of space)\b`,
      pattern`\bwhat is (?:wrong|the matter) with me\b(?! today| this morning| lol| haha)`,
      pattern`\b(?:everyone|everybody) else (?:manages|seems to manage|can manage|seems to cope|is moving on|has moved on|has a job|gets (?:a )?jobs?)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      pattern`(?<!\b(?:weather|day|sky|rain|film|it|place|town|commute|shift|office|song|ending)(?: is| was| has been| looks)? )\b(?:dead|proper|pure|well|bare|hella|right) (?:miserable|sad|depressed|lonely)\b(?! that| to hear| for (?:him|her|them|you)| about (?:the|that|it|him|her))`,
      pattern`^(?:just |feeling |feel |i am |i am just |i feel |i feel so |just feel |just feel so )?(?:sad|miserable|depressed|lonely|empty|numb)(?: lately| today| again| all the time)?$`,
      pattern`\b(?:black |dark |grey |gray )?cloud (?:following|over|hanging over|on top of|above|around) me\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'feels alone',
    patterns: [
      pattern`\blonely (?:as|af|lately|these days|all the time|every day|at night|most days|since)\b|\b(?:get|getting|gets|got) (?:really |so |very )?lonely\b`,
      pattern`\bonly (?:one|person|people|thing) i (?:talk|speak|chat) to (?:is|are)\b|\bthe only (?:one|person) i (?:talk|speak) to\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [
      pattern`\b(?:numbers|money|maths|finances|wages|pay) (?:do not|does not|will not|never|just do not|just does not|are not|is not) (?:add up|adding up|stretch|cover it|cover everything)\b(?! (?:in|on) (?:this|the|my) (?:spreadsheet|task|test|exercise|report|sheet|assessment|quiz))`,
      pattern`\b(?:can not|could not|struggling to|struggle to|hard to|never) make ends meet\b|\bmake ends meet\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      pattern`\bi am (?:really |just |so |honestly )?not (?:ok|okay|alright|all right)\b(?! (?:with|about|to|for|if|that|at)\b)|\bnot in a good (?:place|way|headspace)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'angry words about hurting someone',
    patterns: [pattern`\bwring (?:his|her|their|its|your) (?:\w+ )?neck\b`],
  },
];

/** Risk words naming a course, a module or a topic of work, not the client: read as "course". */
export const TOPIC_GATE = /\b(?:suicide|self harm|overdose|abuse|violence|eating disorders?)\b/;
export const TOPIC_PHRASES: readonly RegExp[] = [
  pattern`\b(?:suicide|self harm|overdose|domestic abuse|domestic violence|abuse|eating disorders?) (?:prevention |awareness |first aid )?(?:course|courses|training|module|modules|workshop|workshops|certificate|qualification|e learning|elearning|unit)\b`,
  pattern`\b(?:suicide|self harm) (?:prevention|awareness)\b(?! (?:team|plan|line|helpline|service|worker|nurse))|\b(?:suicide|self harm) warning signs\b`,
];

/** Everyday figures of speech with a risk word: "an overdose of buzzwords", a phone that might cut out. */
export const PLAIN_IDIOMS: readonly RegExp[] = [
  pattern`\b(?:an|a bit of an|bit of an|a real|such an|total|complete|massive) overdose of (?:\w+ )?${oneOf(
    'buzzwords', 'jargon', 'cliches', 'emojis', 'exclamation marks', 'information', 'info', 'positivity', 'enthusiasm',
    'paperwork', 'admin', 'emails', 'meetings', 'waffle', 'adverts', 'ads', 'choice', 'telly', 'tv', 'sugar', 'caffeine',
    'coffee', 'questions', 'forms', 'sunshine', 'christmas', 'cheese', 'words',
  )}\b`,
  pattern`\bon (?:its|it is|their|his|her|my) last legs\b`,
  // Skills said at the coach's questions: "i know how to look after someone" (play-testing, round seventeen: read as a plan).
  pattern`\b(?:know how to|i can|able to|good at|experience (?:of |in )?|used to|years of|i enjoy|i like|i love) (?:look|looking) after (?:someone|somebody|people|others|children|kids|babies|the elderly|elderly people|older people|old people|patients|residents|animals|pets|customers|vulnerable people)\b`,
  // Asked at consent: "can i ask who exactly will be able to read what i write here?" (play-testing, round seventeen: read as control).
  pattern`^(?:(?:can|could|may) i (?:just )?ask |just wondering |quick question |sorry )?who (?:exactly )?(?:will|can|could|would|is going to) (?:be able to )?(?:read|see) (?:what i write|what i type|what i say|my answers|this|these|my messages|it)(?: here| in here| on here)?$`,
  // Taking time over a choice: "let me think about it" (read as control by the models alone), "i'll think about it"
  // at "When will you do it?" (read as thoughts of suicide; held-out date answers, part E, 2026-12-06).
  pattern`^(?:ok |okay |hmm |um |erm |right )?(?:let me|i will|ill|i need to|i have to|i would like to|i want to|i will have to|can i|could i|i might) (?:have a |just )?(?:think (?:about it|about that|it over|on it|on that)|have a think|sleep on it|mull it over)(?: first| then| a bit| for a bit| later| tonight| and get back to you| and let you know)?$`,
  // Sorry for not having something asked for: "I am sorry, I do not have a code." (play-testing, round twenty: read as a worry of intent).
  // Round twenty-four: "I'm sorry but I don't have a code as far as I know." (read as not coping).
  pattern`^(?:(?:i am |im |so |really )?sorry(?: but)?\W*)?i (?:do not|have not|did not|never) (?:have |get |got |bring |brought |receive |received )?(?:got )?(?:a|an|the|any|one|my) (?:code|invite code|number|reference|reference number|email|email address|cv|phone number|id|letter|password)(?: yet| with me| on me| here)?(?: as far as i know| i do not think| i think| sorry)?$`,
  // A job feared out of reach, said with the job wanted: "warehouse, but im scared i wont get one"
  // (play-testing, round twenty-four: read as intent by the models alone).
  pattern`\b(?:scared|worried|afraid|frightened|nervous|worry|worrying) (?:that )?i (?:will not|might not|may not|will never|would not|am not going to) (?:get|find|land) (?:one|it|a job|the job|a place|a spot|work|anything|an interview)\b(?! (?:out|away|through|past)\b)`,
  // Wanting to go to an event again, asked about in a review: "still want to go to one, is there
  // another one?" (about a jobs fair; round twenty-four: read as a wish to be dead by the models alone).
  // Idioms are read clause by clause, so the clause alone.
  pattern`^(?:i )?(?:still |really |do |would )?(?:want|wanna|would like|like|keen) to go to (?:one|another one|the next one|another)(?: of them| of those)?$`,
  // An answer said again, opened with "like i said" (play-testing, round twenty-five: "yeah like i
  // said being outside", asked the job question a second time, read as abuse by the models alone).
  // Only the opening: "it wasnt the cattle like i said" is a cover story, and the models keep it.
  pattern`^(?:(?:yeah|yes|ye|yep|so|well|um|erm|ok|okay|no|nah) )*(?:like|as) i (?:said|say|told you|mentioned|put)\b`,
  // Agreeing: "i know what you mean" (a session's probe, 2026-12-07: read as control by the models
  // alone). Idioms are read clause by clause: "i know what you mean but i cant go on" still reads its
  // second clause. Not "you know what i mean": said after a hint ("how tall does a building need to
  // be. you know what i mean") it is part of the disclosure, and blanking it lowered three crises.
  pattern`^(?:(?:yeah|yes|ye|yep|aye|oh|ah|ok|okay|totally|honestly|true|i|you) )*(?:know|see|get) what (?:you|u) mean(?: though| tho| like)?$`,
  // Asking the coach which was meant: "which one do you mean" (read as intent by the models alone).
  pattern`^(?:sorry |um |erm |hmm )?(?:which|what) (?:one|ones|day|date|time|week|job|jobs|question|step|goal|bit|part|thing|sentence|button|\w+day) (?:do|did) you mean$`,
  // Putting an answer right: "no sorry i mean yes", "disagree sorry i mean agree" (play-testing, round
  // twenty-three: read as intent by the models alone). "i mean it" is never among them.
  pattern`^(?:(?:yes|yeah|no|nope|agree|disagree|oh|oops|sorry|soz|wait|hang on|i mean) )*(?:sorry |soz |oops |no |oh )*i (?:mean|meant) (?:yes|yeah|no|nope|agree|disagree|strongly agree|strongly disagree|not sure|maybe|the (?:first|second|third|other|last|next) one|\w+day|tomorrow|today|the \d+(?:st|nd|rd|th)?|\d+)$`,
  // Late with a step, and staying in for a repair (play-testing reviews: "i know i was supposed to do it by
  // now and im really sorry but ... i had to stay in for the engineer" had the crisis reply).
  pattern`\bi (?:know )?(?:i )?(?:was|am|were) (?:supposed|meant|going|meaning) to (?:do|have done|finish|get|sort) (?:it|that|this|them)(?: done| sorted)? by now\b`,
  pattern`\b(?:had to|have to|got to|need to|needed to|stuck|waiting|was waiting|been waiting|i was|i am|i have been) (?:stay |stayed |staying |wait |be |sit |sat )?in(?: all day| all morning| all afternoon)? (?:for|waiting for) (?:the|a|an) (?:engineer|plumber|electrician|gas man|gasman|boiler man|delivery|parcel|courier|landlord|repair man|repairman|workmen|builder|builders|meter reader|council|fitter|technician|inspection|viewing|locksmith|glazier)\b`,
  // A fear of oversleeping: "hope i do not wake up late for the interview".
  pattern`\b(?:not|never) wake up (?:so |too |really )?(?:late|early)\b`,
  // Holding an opinion to the end: "i am going to die on this hill: one page cover letters".
  pattern`(?<!\b(?:want|wish|need|like|going up|go up) to )\b(?:die|dying|died) on (?:this|that|the same|that same|my) hill\b(?! (?:near|by|behind|at|in|up|tonight|today|tomorrow|alone|where|with|outside|next|when|if)\b)`,
  pattern`\b(?:drive|drives|driving|drove|driven) (?:me|us) (?:up the wall|round the bend|round the twist|mad|crazy|nuts|bananas|potty|spare)\b`,
  pattern`\b(?:phone|signal|line|call|battery|wifi|internet|connection|engine|sound|audio|video|mic|screen|it)\b(?: \w+){0,3} (?:cut|cuts|cutting) out\b`,
];

// Read over the whole message, not clause by clause: the means of a death by car fumes or by a
// barbecue indoors named together ("got the car, got the hose"), with nothing of washing, gardens
// or repairs that would give the hose an everyday use.
const NO_EVERYDAY_USE = String.raw`^(?!.*\b(?:wash\w*|clean\w*|valet\w*|garden\w*|water\w*|lawn|plants?|flowers?|pressure|leak\w*|radiator|coolant|mechanic\w*|apprentice\w*|mot|garage job|fitting|fitted|fix\w*|repair\w*|camping|caravan|allotment|gazebo|grill|burgers?|sausages?|party)\b)`;
/** Most messages name none of these means, and one search says so before the longer ones run. */
export const WHOLE_MESSAGE_GATE = /\b(?:hose|hosepipe|tubing|charcoal|disposable|own life|killed (?:himself|herself|themselves)|hanged (?:himself|herself|themselves)|suicide)\b/;
// Someone's suicide named, then the client thinking of doing the same or following them: said over
// a comma or an "and", so read over the whole message.
const SOMEONES_SUICIDE = String.raw`(?=.*\b(?:took (?:his|her|their) own life|killed (?:himself|herself|themselves)|hanged (?:himself|herself|themselves)|(?:died by|committed|lost (?:\w+ ){0,3}to) suicide)\b)`;
const FOLLOWING_THEM = String.raw`\b(?:(?:think|thinking|thought|wonder|wondering) (?:about|of) (?:doing|going) the same|(?:want|wanting|tempted) to (?:do|go) the same(?! (?:course|courses|job|jobs|training|degree|thing|kind|type|work|route|path|apprenticeship|qualification))|go (?:the same way|that way too)|(?:follow|join|be with) (?:him|her|them) (?:soon|there|now|too)|i should have been the one)\b`;
export const WHOLE_MESSAGE_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      new RegExp(`${NO_EVERYDAY_USE}(?=.*\\b(?:car|exhaust|van)\\b).*\\b(?:got|have|bought|buying|found|sorted|nicked)\\b(?: \\w+){0,2} (?:hose|hosepipe|hose pipe|tubing)\\b`),
      new RegExp(`${NO_EVERYDAY_USE}(?=.*\\b(?:charcoal|disposable bbq|disposable barbecue)\\b).*\\b(?:tape|taped|taping|seal|sealed|sealing|gaffer)\\b`),
    ],
  },
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [new RegExp(`${SOMEONES_SUICIDE}.*${FOLLOWING_THEM}`)],
  },
];
