// Read from the two-hundred-and-ninth split (a careful tester's mix: long updates with the risk in
// one clause, risk said through a plan or a date, understatement), measured once fresh and then read.
// The kinds: wanting "the off switch, the proper one"; happy to fall asleep and stay that way; hoping
// an operation goes wrong and not coming round; "would not be the worst thing if" a bus ran them over;
// a night spent thinking how to finish oneself off, in the middle of a list of the day's jobs; kicked
// or punched in the ribs and unable to breathe, then on to the meeting; money waited on so the funeral
// is paid for, "then" a time; a future they are not in. Normalised words ("would not", "i am").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

// "like i want the off switch, the proper one".
const THE_OFF_SWITCH = [
  pattern`\b(?:want|need|wish (?:there was|i had)|looking for|find|press|flick|hit|pull)\b(?: \w+){0,2}? (?:the|an|my|a) (?:off switch|off button|exit button|exit)\b(?: \w+){0,3}? (?:the proper one|for good|for real|for me|permanently|on everything|on all of it|on life|on me)\b`,
  pattern`\b(?:off switch|off button|exit button) (?:for|on) (?:life|me|myself|my life|everything|all of it|the whole thing)\b`,
];
const SWITCH_EVERYDAY = String.raw`\b(?:phone|notifications?|alarm|tv|telly|laptop|computer|pc|app|router|boiler|heating|machine|printer|brain for|work brain|the news|social media|group chat|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "would happily just fall asleep and stay that way".
const ASLEEP_FOR_GOOD = [
  pattern`\b(?:i would|id|i could|could|would)(?: happily| gladly| honestly| quite happily)? (?:just )?(?:fall asleep|go to sleep|drift off|nod off|sleep) and (?:just )?(?:stay that way|stay asleep|never wake up|not wake up|not come back|stay there)\b`,
];

// "half hoping the op goes wrong next week and i just dont come round".
const OPERATION_GOES_WRONG = [
  pattern`\b(?:hoping|hope|hoped|wishing|praying|half hoping|secretly hoping) (?:the|my) (?:op|operation|surgery|anaesthetic|procedure|general)\b(?: \w+){0,3}? (?:goes wrong|go wrong|went wrong|does not work out|kills me|finishes me)\b`,
  pattern`\b(?:op|operation|surgery|anaesthetic|procedure)\b.*\b(?:hoping|hope|wish|wishing|praying) i (?:just )?(?:do not|would not|will not|never) (?:come round|come back|wake up|come to)\b`,
];

// "wouldnt be the worst thing if the bus just ran me over on the way to the jobcentre lol".
const NOT_THE_WORST_THING = [
  pattern`\b(?:would not|wouldnt|would not really|it would not|it is not|would hardly) be (?:the worst thing|so bad|such a bad thing|a bad thing|a tragedy|the end of the world) if (?:a|the|some) (?:bus|car|van|lorry|truck|train|tram|taxi|cab|bike|scooter)\b(?: just)? (?:ran me over|hit me|knocked me (?:over|down|off)|took me out|flattened me|got me)\b`,
  pattern`\b(?:would not|wouldnt|would not really|it would not|it is not|would hardly) be (?:the worst thing|so bad|such a bad thing|a bad thing|a tragedy|the end of the world) if i (?:just )?(?:got (?:hit|run over|knocked (?:over|down|off)|taken out)|did not wake up|never woke up|was not here|was gone|died|disappeared for good)\b`,
];

// "spent most of the night thinking about how id finish myself off".
const HOW_TO_FINISH_MYSELF = [
  pattern`\b(?:thinking|thought|think|wondering|wondered|planning|planned|working out|worked out|figuring out|googling|researching)\b(?: \w+){0,2}? (?:about )?(?:how|where|when|the best way) (?:i would|id|i could|i will|i am going to|to)\b(?: \w+){0,1}? (?:finish myself off|finish myself|end myself|top myself|do myself in|off myself|end it all|kill myself|end things)\b`,
];

// "got kicked in the ribs, cant really breathe properly, anyway could i move the meeting".
const HURT_AND_CANNOT_BREATHE = [
  pattern`\b(?:got|been|was|he|she|they|partner|husband|boyfriend|wife|girlfriend|ex) (?:kicked|punched|stamped on|booted|elbowed|kneed|hit|thumped) (?:me )?in the (?:ribs|chest|stomach|belly|head|face|back|side)\b.*\b(?:can not|cannot|could not|cant|struggling to|hard to|hurts to) (?:really )?(?:breathe|breath|move|stand|walk|see|lift my arm|sleep)\b`,
];
const HURT_EVERYDAY = String.raw`\b(?:football|footy|match|rugby|training|kickbox\w*|boxing|sparring|martial arts|karate|judo|mma|jiu jitsu|horse|pony|cow|baby|toddler|my son|my daughter|the kids|gym|asthma|inhaler|cold|flu|covid|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "im waiting for the payment to clear so the funeral's paid for, then the weekend after".
const FUNERAL_PAID_THEN = [
  pattern`\b(?:so|till|until|once|when|after) (?:the|my|my own) funeral(?:s| s| is| has been| gets| will be)? (?:paid for|paid|sorted|covered|booked|arranged|taken care of)\b.*\bthen\b`,
  pattern`\b(?:paid for|paid|sorted|covered|booked|arranged|taken care of) (?:my|my own) funeral\b(?! (?:plan|plans|wishes|insurance|cover|policy|bond))`,
];
const FUNERAL_SOMEONE_ELSES = String.raw`\b(?:years ago|sensible|when i turned|mum|mam|mom|dad|nan|gran|nana|granny|grandad|grandma|grandpa|uncle|aunt|auntie|brother|sister|husband|wife|partner|son|daughter|cousin|friend|mate|neighbour|dog|cat|his|her|their|died|passed|passed away|lost (?:my|our)|plan (?:for|in) (?:old age|later life)|over 50s|over fifties|life insurance policy|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "the only plan for the future that feels real is not being in it".
const FUTURE_WITHOUT_ME = [
  pattern`\b(?:future|next year|the years ahead|what comes next)\b(?: \w+){0,6}? (?:is|would be|involves|means) (?:me )?not (?:being in it|being part of it|in it|being around for it|being here for it)\b`,
];

export const TWO_HUNDRED_AND_NINTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:off switch|off button|exit button|exit)\b`, SWITCH_EVERYDAY), [group('crisis', 'wishes to be dead', THE_OFF_SWITCH)]],
  [unless(String.raw`\b(?:stay that way|stay asleep|never wake up|not wake up|not come back|stay there)\b`, String.raw`\b(?:sofa|couch|train|bus|film|movie|meeting|lecture|class|holiday|weekend|lie in|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', ASLEEP_FOR_GOOD)]],
  [unless(String.raw`\b(?:op|operation|surgery|anaesthetic|procedure|general)\b`, String.raw`\b(?:${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', OPERATION_GOES_WRONG)]],
  [unless(String.raw`\bif\b`, String.raw`\b(?:insurance|claim|compensation|payout|day off|time off|sick pay|${LAUGH.replace('lol|lmao|', '')})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', NOT_THE_WORST_THING)]],
  [unless(String.raw`\bmyself\b|\bend (?:it all|things)\b`, String.raw`\b(?:character|plot|story|${LAUGH.replace('lol|lmao|', '')})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'thoughts of suicide', HOW_TO_FINISH_MYSELF)]],
  [unless(String.raw`\b(?:kicked|punched|stamped|booted|elbowed|kneed|hit|thumped)\b`, HURT_EVERYDAY), [group('crisis', 'abuse or violence', HURT_AND_CANNOT_BREATHE)]],
  [unless(String.raw`\bfunerals?\b`, FUNERAL_SOMEONE_ELSES), [group('crisis', 'a plan to end their life', FUNERAL_PAID_THEN)]],
  [unless(String.raw`\bnot (?:being|in it)\b`, String.raw`\b(?:${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', FUTURE_WITHOUT_ME)]],
] as const;
