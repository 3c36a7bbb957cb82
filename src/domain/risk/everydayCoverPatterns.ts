// Risk said under everyday cover, in general forms. Crisis: a method asked as hearsay ("i heard
// you cannot overdose on ..."; a question, so its "not" is no denial); a bare "going to do it"
// said in earnest ("no joke", "not bluffing", Scots "dae it"); things handed on, "will not be
// needing them", with no reason given; loose ends tied up with no new start in sight; food
// padlocked or hidden from them; injuries waited out before being seen; a partner who does not
// permit work, college, family or friends, or only with him in the room; people owed money
// waiting at the door. Concern: better days that never came; the Titanic's deckchairs; "only
// taking up space"; a self-verdict said as a whole clause; a drink or a bet after years without;
// gambling through the night or with the rent; drinks needed before facing something; not knowing
// how long a relative's or a friend's sofa lasts; a CCJ; hours of sleep counted over nights;
// "miserable as hell"; the black dog; "not managing", "running on empty", "by a thread"; and
// "anything foolish" (denied, so concern). Also topics that say nothing of the client (a study
// of suicide or abuse, first aid for an overdose, a relative's trouble years ago) unless the
// client says it is theirs too, and "hang fire", "dead honest" as figures of speech. Each was
// tried against everyday look-alikes of our own (test/domain/riskSeventeenthForms.test.ts) and
// every everyday line of the training corpus. Normalised words, as in riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const PARTNER = oneOf('partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'other half', 'fella', 'missus');
const PARENT = oneOf('mum', 'mam', 'mom', 'mother', 'dad', 'father', 'stepdad', 'step dad', 'stepmum', 'step mum', 'nan', 'gran', 'carer', 'foster \\w+');
const CONTROLLER = oneOf('he', 'she', `my ${PARTNER}`, PARTNER);
// What a partner stops: interviews, work, friends, money of one's own.
const ALLOWED_OUT = String.raw`(?:attend|go to|go for|go out|go anywhere|leave (?:the )?(?:house|flat|home)|leave|work|get a job|take (?:a|the|that) job|apply|see (?:my|friends|family|anyone)|visit|speak to|talk to|phone|call|contact|have (?:my own|a phone|a bank|any money|money|a job|friends)|keep (?:my|any)|learn|study|drive|do (?:the|a|any) (?:course|job|interview|training))\b`;
const SEEN = String.raw`(?:do|go to|go for|have|attend|take|get|face|start|be seen|show|go|wear)`;
const SPORT_OR_CARE = String.raw`\b(?:football|rugby|boxing|match|training|gym|bike|cycling|skat\w*|climbing|hockey|netball|karate|kickboxing|sparring|mma|judo|operation|surgery|op|dentist|wisdom teeth|tattoo|piercing|injection|jab|vaccine|blood test|botox|fillers?|stitches)\b`;
const GAMBLING = oneOf('online casino', 'casino', 'slots', 'scratchcards', 'scratch cards', 'betting', 'bets', 'the bookies', 'bookies', 'roulette', 'fruit machines?', 'gambling', 'poker', 'the machines', 'bingo');
const HOUSEHOLD_MONEY = oneOf('food', 'food shop', 'shopping', 'rent', 'bill', 'bills', 'electric', 'gas', 'council tax', 'kids', 'nappy', 'baby', 'bus', 'school', 'meter', 'dinner', 'grocery', 'benefit', 'benefits', 'universal credit');
const KIN_PLACE = String.raw`(?:(?:my |me )?(?:aunties|aunts|nans|grans|grandmas|mums|mams|dads|sisters|brothers|cousins|friends|boyfriends|girlfriends|uncles|exs|parents|pals)(?: (?:place|house|flat|sofa|couch|floor|spare room))?|with (?:my )?(?:auntie|aunt|nan|gran|mum|mam|dad|sister|brother|cousin|friend|uncle|parents|family|ex|pal)|on (?:the|a|his|her|their|someones) (?:sofa|couch|floor))`;
const FOOLISH = oneOf('foolish', 'dumb', 'stupid', 'daft', 'silly', 'drastic', 'rash', 'reckless', 'permanent', 'final');
const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;

export const COVER_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      // "people say you can not overdose on ...": a method question, its "not" no denial.
      pattern`\b(?:is it true|true that|is it a myth|myth that|i heard|heard|i read|people say|they say|someone said|apparently)\b(?: that)? (?:you|someone|a person|people|one|i) (?:can not|can|could not|could|will not|would not|do not|does not) (?:really |actually |even )?overdose (?:on|from|with)\b(?!.*\b(?:caffeine|coffee|vitamins?|water|sugar|carrots|chocolate|energy drinks?|dog|cat|pet|puppy|first aid|course|essay|assignment|exam)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      // Food kept from them: "she locks the cupboards", "he hides the food".
      pattern`^(?!.*\b(?:work|office|staff|canteen|shop|cafe|restaurant|hostel|ward|site|school|gym)\b).*\b(?:he|she|they|my ${PARENT}|${PARENT}|my ${PARTNER}|${PARTNER})\b(?: (?!we\b)\w+){0,8} (?:padlocks?|padlocked|padlocking|locks?|locked|locking|hides?|hid|hiding) (?:the |all the |our |my )?(?:fridge|freezer|cupboards?|food)(?: away| up)?\b`,
      // People owed money waiting at the door.
      pattern`\b(?:guys|men|lads|people|blokes|man|guy|bloke|lad|dealers?|loan sharks?|they|ones)\b (?:that |who )?i owe\b(?: \w+){0,4} (?:outside|at (?:the|my) (?:door|window)|parked|sat outside|waiting (?:outside|for me (?!to)|round)|looking for me|coming (?:round|for me)|after me|kicking|banging)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      pattern`\b${CONTROLLER}\b(?: \w+){0,2} (?:does not|do not|will not|would not|never|refuses to|is not going to) (?:permit|allow|let) me (?:to )?(?:\w+ )?${ALLOWED_OUT}`,
      pattern`\b(?:can not|not allowed to|not permitted to|not permit me to|not allow me to|not let me|only if|only when|has to be) (?:\w+ ){0,4}without (?:him|her|my ${PARTNER}) (?:present|there|in the room|with me|listening|coming|sat next to me|on the call)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      // "no plans to do anything rash": a denial, so concern; said plainly, crisis.
      pattern`(?<=\b(?:going to|might|may|could|will|would|about to|want to|tempted to|before i|or i will|or i might|intention of|intend to|intend on|plan to|plans to|planning to|planning on|plan on|thinking of|thinking about|not|never)(?: not| never| ever)? )(?:do|doing) (?:something|anything) ${FOOLISH}\b(?! (?:and|like|at|in|on|with|for|today|lol|haha|such as|to (?:my|the|your))\b)`,
    ],
  },
];

export const COVER_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      pattern`\b(?:the |a )?better (?:life|days|times|future)\b(?: \w+){0,2} (?:never|has not|did not|still has not|never ever) (?:came|come|arrived|showed up|turned up|happened|materialised)\b`,
      pattern`\b(?:rearranging|moving|shuffling) (?:the )?deck ?chairs on the titanic\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [
      pattern`\bi am (?:just |only |still |basically |merely )(?:a \w+ )?taking up (?:space|a chair|a seat|room|oxygen|air)\b`,
      // The verdict as a whole clause: "i am so useless", "i am such a failure".
      pattern`^(?:honestly |tbh |just |i think |i know )?(?:i am|i feel) (?:so |just |such |utterly |totally |completely |absolutely |really )?(?:rubbish|useless|worthless|pathetic|a failure|a waste of space|hopeless|a joke|crap|shit)$`,
    ],
  },
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [
      pattern`\b(?:spent|spend|spending|blew|blown|put) (?:all )?(?:the |my |our )?${HOUSEHOLD_MONEY} money (?:\w+ )?on (?:the )?(?:${GAMBLING}|drink|booze|cans|weed|drugs|coke|gear|the lottery)\b`,
      pattern`^(?!.*\b(?:work|working|job|shifts?|staff|dealer|croupier|apply|applied|interview)\b).*\b${GAMBLING}\b(?: \w+){0,4} (?:at [1-5] ?(?:am|in the morning)|[1-5]am|all night|every night|till (?:[1-5]|dawn|morning)|is my (?:new )?hobby|can not stop)\b`,
      pattern`\bneed (?:a|a couple of|a few|some|two|three|several) (?:drinks?|pints?|cans|glasses of wine|joints?|spliffs?|smokes?|lines?)(?: first)? (?:just |first )?(?:to|before i can|before i) (?:open|face|read|get through|cope|deal with|look at|sleep|calm down|get out of bed|get up|go|ring|phone|call|numb|forget|stop|check)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'may lose their home',
    patterns: [
      pattern`\bhow (?:much )?long(?:er)? (?:i can|can i|i will be able to|they will let me|she will let me|he will let me|i am allowed to|i will be|i can keep) (?:stay|stop|kip|crash|sleep|live|be|staying|stopping) (?:at |in |on )?${KIN_PLACE}\b(?! (?:over|for) (?:christmas|the holidays|easter|the summer|the weekend)\b)`,
    ],
  },
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [pattern`\b(?:got|get|getting|received|have|had|another|a|new) (?:a )?ccjs?\b|\bccjs? (?:letter|notice|came|arrived|today)\b`],
  },
  {
    level: 'concern',
    reason: 'not eating or sleeping',
    patterns: [
      pattern`\bslept (?:a total of |about |around |only |just |maybe |like |roughly |barely )?${NUMBER}(?: and a half)? hours? (?:in total )?(?:across|in|over|for|out of) (?:the )?(?:last |past |whole )?(?:${NUMBER} )?(?:nights|days|week)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      pattern`^(?:i am |i feel |feeling |feel |been |i have been |just )?(?:so |really |proper |pretty )?miserable as (?:sin|hell|anything|owt|fuck)\b`,
      pattern`\bthe black dog(?:s| is| has| has been| is back| s)? (?:back|here again|returned|visiting|sat on me|on my shoulder|following me|again)\b(?! (?:at|from|in|to|with) (?!me\b))`,
    ],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      pattern`\b(?:i am|i have been|been|i am just|just|honestly) not managing\b(?! (?:to|the|a|an|my|his|her|their|our|staff|people|team|teams|projects?|accounts?|clients?|properties|budgets?|stores?|shops?|sites?|contracts?|any (?:staff|team|people))\b)`,
      pattern`\b(?:i am|i have been|been|i feel like i am|feel like i am|feeling like i am|i am just|i am only) (?:just |only |totally |completely )?running on empty\b`,
      pattern`\b(?:i am|i have been|been|i feel like i am|feel like i am|i am just|i am only) (?:just |only |barely |really )?(?:hanging|holding) (?:on )?by a (?:thin )?thread\b`,
    ],
  },
];

/** Read over the whole message, because commas and full stops split clauses. One search first. */
export const COVER_WHOLE_GATE = /\b(?:first|do it|dae it|needing|loose ends|bruises?|bruising|black eye|swelling|marks)\b/;
const IN_EARNEST = String.raw`(?:(?:i am |am )?(?:not|no) (?:kidding|kiddin|joking|jokin|bluffing|messing|messin)|i mean it|no joke|for real|honestly this time)`;
const A_NEW_START = String.raw`\b(?:start|starting|started|new|job|role|got a|moving|move|moved|old job|leaving do|notice|handover|holiday|wedding|baby|uni|dissertation|project|office|work|shift|contract|promotion|course|house move|renovation|before i go (?:on|away|to))\b`;
const REASON_GIVEN = String.raw`\b(?:new|old|replaced|upgraded?|outgrown|grown out|too (?:small|big)|fit|fits|charity shop|moving|moved|leaving|left|finished|finish|retir\w*|lost weight|spare|extra|job|contract|course|office|since|because|as i|now i|got a|got the|started|starting|start|promotion|sold)\b`;

export const COVER_WHOLE_MESSAGE_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [
      // A relapse: "a couple of pints, the first in five years".
      new RegExp(String.raw`\b(?:drink|drank|drinks|pint|pints|bet|bets|gambled)\b(?: \w+){0,3} (?:first|the first) (?:one |drink |bet |time )?(?:in|for) (?:${NUMBER}|a|over a|over ${NUMBER}) years?\b`),
    ],
  },
  {
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [
      new RegExp(String.raw`^(?:(?:honestly|right|okay|ok|so|aye|yeah|thats it|that is it|i have decided|decided|this time) )*(?:i am |am |i )?(?:going to|will|gonna) (?:actually |really |finally |just )?(?:do|dae) it(?: (?:this time|now|tonight|today|soon|this weekend))? (?:and )?${IN_EARNEST}(?: this time)?$|^${IN_EARNEST} (?:i am |am |i )?(?:going to|will) (?:actually |really |finally |just )?(?:do|dae) it$`),
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      // Things handed on, "will not be needing them", and no reason why.
      new RegExp(String.raw`^(?!.*${REASON_GIVEN})(?=.*\b(?:give|gave|giving|given|hand|handed|handing|pass|passed|leave|leaving) (?:\w+ )?(?:my|all my|these|those|the)\b).*\b(?:will not|shall not|not going to|i will not|i wont) be needing (?:them|it|these|those|any of (?:it|them|this))(?: (?:any ?more|again|now))?$`),
      // Loose ends tied up with no new start in sight.
      new RegExp(String.raw`^(?!.*${A_NEW_START}).*\b(?:tidying|tying|sorting|clearing|tidy|tie|sort|clear) (?:up )?(?:all |the |my |a few |some )?(?:last )?loose ends\b(?! (?:on|at|with|for|before|from|in|of)\b)`),
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      // Waiting for injuries to fade before being seen.
      new RegExp(String.raw`^(?!.*${SPORT_OR_CARE}).*\b(?:bruises?|bruising|black eye|swelling|marks|split lip|fat lip)\b(?: \w+){0,3} (?:gone|faded|fade|fading|healed|heal|healing|gone down|go down|going down|cleared|clear up|covered)\b(?: \w+){0,3} (?:so (?:that )?i can|so i could|then i can|in time for|before i(?: can)?)(?: \w+)? ${SEEN}\b`),
    ],
  },
];

/** Topics that say nothing of the client: read as the word "course", as in plainSpeechPatterns.ts. */
export const COVER_TOPIC_GATE = /\b(?:suicide|self harm|self harmed|abuse|overdosed?|overdoses|homeless|evicted|depression)\b/;
/** Said beside the topic, these make it the client's own too ("and now i am doing it too"): no topic then. */
export const COVER_TOPIC_UNLESS = /\b(?:too|as well|same|still|either|myself|my self|for me|about it|think about|thinking about|thought about|i do it|doing it|did it)\b/;
const STUDY = oneOf('assignment', 'essay', 'dissertation', 'coursework', 'thesis', 'project', 'presentation', 'module', 'lecture', 'seminar', 'report', 'paper', 'poster', 'research');
const KIN = oneOf('cousin', 'friend', 'brother', 'sister', 'mum', 'mam', 'dad', 'uncle', 'aunt', 'auntie', 'nephew', 'niece', 'mentor', 'neighbour', 'wife', 'husband', 'partner', 'son', 'daughter', 'grandad', 'nan', 'family', 'dads family', 'mums family', 'best friend', 'boss');
export const COVER_TOPIC_PHRASES: readonly RegExp[] = [
  // "my dissertation is on suicide among farmers".
  pattern`\b${STUDY} (?:\w+ ){0,3}(?:is|was|will be|i am doing|i am writing) (?:on|about|into|looking at|covering) (?:\w+ ){0,6}?(?:suicide|self harm|domestic abuse|domestic violence|child abuse|abuse|overdoses?|homelessness|depression)\b`,
  pattern`\b(?:recognising|recognizing|recognise|recognize|spotting|spot|treating|treat|responding to|respond to|what to do (?:in|with|for|about)) (?:an |a |the )?(?:signs of (?:an |a )?)?(?:overdose|overdoses)\b`,
  // Someone else's past, told as over: "my uncle was homeless in the 90s, he runs a cafe now".
  pattern`\bmy ${KIN} (?:\w+ )?(?:overdosed|self harmed|was homeless|were homeless|was evicted|were evicted|had (?:postnatal |post natal )?depression)\b(?=(?: \w+){0,4} (?:years ago|years back|in the \d+s|at school|at uni|when (?:he|she|they) (?:was|were)|for (?:two|three|\d+|a few|some|many) years|as a (?:kid|teenager|child))\b)`,
];

/** Figures of speech: "i will hang fire on that one", "i will be dead honest". */
export const COVER_IDIOMS: readonly RegExp[] = [pattern`\bhang(?:ing)? fire\b`, pattern`\b(?:be|being|am|was|i will be|ill be) dead honest\b`];
