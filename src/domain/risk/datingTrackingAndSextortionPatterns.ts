// Crisis: being "happy to fade out" or "just disappear" rather than move on; not being here for the
// next appointment or session, with no reason such as a holiday or a new job; "ready to go, actually
// go"; "i tried once" after the pictures went round or the break-up; "my note" written, with no one
// it was written to; the plasters running out with no blister or kitchen to explain them; a partner
// who bit them; having to send a partner a selfie or photo every hour so they can see who they are
// with; being without accommodation as of tonight; sofa surfing ended today, or told to go when it is
// late at night.
// Concern: wine o'clock in the morning; relying on alcohol or pills to manage; "drunk again" said
// alone; refreshing an ex's profile till sunrise; no one to tell about the interview; having talked
// to nobody for days; an ex "going to get hit by my car", or pushed off a pier "haha".
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFiftySecondForms.test.ts.
// Normalised words, as in riskPatterns.ts ("wont" is "will not", "im" is "i am", "mates" is "friends").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const JOKE = String.raw`\b(?:lol|haha|hahaha|lmao|lmfao|joking|jk|kidding|obviously not|not really)\b`;
const PARTNER = String.raw`(?:he|she|my ex|my partner|my husband|my wife|my boyfriend|my girlfriend|my fiance|my fiancee|him|her)`;

// --- Crisis -------------------------------------------------------------------------------------
const FADE = pattern`${NOT_BEFORE}(?:^|\bi |\bid |\bi d )(?:would |could |will )?(?:honestly |really |genuinely )?be (?:happy|glad|content|fine|okay|ok|at peace) (?:to|if i could|if i could just|if i just) (?:just )?(?:fade out|fade away|disappear|vanish|stop existing|cease to exist|not exist|not wake up|drift off for good)\b`;
const NOT_FADE = String.raw`\b(?:group chat|chat|socials|social media|instagram|insta|facebook|app|apps|background|party|wedding|for a (?:bit|while|week|few days|weekend)|holiday|abroad|cabin|island|music|song|film|scene|gig)\b`;

const NOT_HERE_NEXT = pattern`(?:^|\bi )(?:will not|may not|might not|probably will not|do not think i will) be (?:here|around|alive) (?:for|by|at|to see) (?:the |my |our |your )?next (?:months |weeks |week s |month s )?(?:appointment|session|meeting|check in|catch up|call|birthday|christmas)\b`;
const NOT_NEXT = String.raw`\b(?:because|cause|cos|as i|since|holiday|away|abroad|working|work|job|shift|moving|move|visit|visiting|wedding|hen|stag|course|rearrange|reschedule|another|different|change|instead|hospital|operation|surgery|trip|flight|interview|training|induction|start|starting|busy|phone|online|ring|zoom|teams)\b`;

const READY_TO_GO = pattern`${NOT_BEFORE}\bi am (?:ready|so ready|finally ready) to go\b(?: now)? (?:actually|properly|really|for real|for good|forever|for ever|permanently) go\b(?! (?:and|to|for|with|out|home|back|see|tell|get|do|meet|in|on|over|round|there)\b)|\bi am (?:ready|so ready|finally ready) to go (?:for good|forever|for ever|permanently)$`;
const NOT_GO = String.raw`\b(?:interview|job|shift|work|start|home|abroad|uni|college|move|moving|city|town|country|flat|house|holiday|out|party|gym|date|course|train|bus|car|bag|packed|coat|shoes|dressed)\b`;

const TRIED_ONCE = pattern`${NOT_BEFORE}\bi (?:did |have )?(?:try|tried)(?: it)? (?:once|twice|before)(?: (?:already|last year|years ago|at uni|at school))?\b(?= (?:after|when|because|i am not over|i have never|and i|it was)|$)`;
const TRIED_WHY = String.raw`\b(?:after|when|because|not over|never got over|still here|survived|hospital|pics|pictures|photos|nudes|break up|breakup|split|dumped|left me|cheated)\b`;
const NOT_TRIED = String.raw`\b(?:to (?:win|get|make|talk|fix|text|call|ring|message|see|be friends)|back|apply|applied|application|interview|app|apps|dating|tinder|hinge|bumble|recipe|cook|bake|drive|driving|test|exam|gym|yoga|run|running|sushi|vape|vaping|smok\w*|weed|drugs|course|it was fun|it was nice|it was ok|it was alright|loved it|hated it|taste|food|skydiv\w*|climbing|swim\w*|ski\w*|surf\w*)\b`;

const MY_NOTE = pattern`${NOT_BEFORE}\bi (?:have )?(?:wrote|written|finished writing|finished|have finished) my (?:note|last note|final note|goodbye note|goodbye letter|last letter)\b|^(?:i )?(?:wrote|written|finished) my (?:note|last note|final note|goodbye note)\b`;
const NOT_NOTE = String.raw`\b(?:notes|to (?:my|the|him|her|them)|for (?:my|the|him|her|them)|thank you|thanks|cover|sick|doctor|fit note|landlord|manager|teacher|school|boss|reference|neighbour|sticky|post it|fridge|reminder|shopping|lunchbox|card|song|music|diary|journal|exam|essay|homework|lecture|course|interview|meeting)\b`;

const PLASTERS = pattern`^(?:the |my )?(?:plasters|bandages|dressings|steri strips|gauze) (?:are |is )?(?:running out|nearly gone|all gone|gone)\b|^(?:i am |i have )?(?:running|run|ran) out of (?:plasters|bandages|dressings|steri strips|gauze)(?: again)?\b(?: (?:lol|haha|again|already))*$|\b(?:need|buying|bought|got) (?:more|another box of|a new box of) (?:plasters|bandages|steri strips)(?: again)?(?: (?:lol|haha))?$`;
const NOT_PLASTERS = String.raw`\b(?:blisters?|shoes|heels|boots|trainers|feet|foot|toe|kitchen|chef|knife|kids|kid|son|daughter|toddler|baby|knees?|first aid|work|shift|warehouse|garden|gardening|paper cut|cat|dog|scratch|bike|fell|football|hockey|rugby|training|school|nursery)\b`;

const BIT_ME = pattern`${NOT_BEFORE}\b${PARTNER} (?:bit|bites|has bitten|had bitten|bitten|keeps biting|sank (?:his|her) teeth into) me\b(?! (?:back|playfully|as a joke|for fun))`;
const NOT_BIT = String.raw`\b(?:dog|cat|puppy|kitten|hamster|rabbit|horse|snake|spider|mosquito|insect|bug|baby|toddler|kid|kids|son|daughter|nephew|niece|little one|love bites?|play fight\w*|playfight\w*|messing about|kinky|kink|flirt\w*|lol|haha|game|film|episode|vampire|zombie|bug|bullet)\b`;

const SELFIE = pattern`\b(?:i have to|i must|i need to|i am meant to|i am supposed to|he makes me|she makes me|i am made to|the rule is i have to|he wants me to|she wants me to|he expects me to|she expects me to) (?:send|show|text|give) (?:him|her|my (?:boyfriend|girlfriend|partner|husband|wife|ex)) (?:a )?(?:selfie|selfies|photo|photos|picture|pictures|pic|pics|my location|proof|a video|videos?)\b(?=.*\b(?:every (?:hour|half hour|\d+ minutes|time i|few hours)|so (?:he|she) (?:can|knows) (?:see|check)|who i am with|where i am|checking up|check up)\b)`;
const NOT_SELFIE = String.raw`\b(?:manager|boss|supervisor|work|stock|deliver\w*|parcel|driver|the kids|baby|dog|puppy|holiday|outfit|dress|hair)\b`;

const NO_BED = pattern`\b(?:i am|we are|i will be|we will be|i have been left|i was left|we have been left|leaving me) (?:without|with no) (?:accommodation|a home|anywhere to (?:stay|sleep|live|go)|a roof|a bed|somewhere to (?:stay|sleep)|housing|a place to (?:stay|sleep))\b(?=.*\b(?:tonight|this evening|today|from now|as of now|right now|now|as of)\b)`;
const SOFA_ENDED = pattern`\b(?:sofa|couch) surfing (?:ended|has ended|is over|has finished|finished|came to an end|is done|stopped)\b(?=.*\b(?:today|tonight|now|\d+ ?pm|\d+|late|dark|this evening)\b)`;
const TOLD_TO_GO = pattern`^(?=.*\b(?:sofa|couch|staying|stay|friends|friend|flat|house|his place|her place|mum|mam|dad|boyfriend|girlfriend)\b).*\b(?:said|told me|says|tells me) i (?:had|have|need|needed|got) to (?:go|leave|get out|be out|pack my stuff|pack my things)\b(?! home| to| for)(?=.*\b(?:it is|its) (?:\d+ ?pm|\d+|late|dark|midnight|gone \d+|the middle of the night)\b)`;
const NOT_NO_BED = String.raw`\b(?:shift|boss|manager|interview|party|pub|club|bar|gig|festival|game|film|episode|holiday|hotel booked|airbnb|lol|haha|for the weekend|next week|next month|in a month)\b`;

// --- Concern ------------------------------------------------------------------------------------
const WINE_MORNING = pattern`\bwine o ?clock (?:starts|is|begins|comes|has started|started|now) (?:at )?(?:\d+ ?am|\d+am|\d+ in the morning|breakfast|brunch|before noon|before lunch|in the morning|mid morning|elevenses)\b`;
const RELYING = pattern`${NOT_BEFORE}\bi (?:have been |am |have started |started |keep |have |seem to be |am probably )?(?:relying|relied|rely|leaning|leant|depending|depended|dependent) (?:heavily |quite heavily |a lot |too much |more )?(?:on|upon) (?:alcohol|drink|drinking|booze|wine|vodka|gin|beer|cans|weed|pills|sleeping pills|painkillers|cannabis|the bottle|valium|diazepam|coke|cocaine)\b`;
const DRUNK_AGAIN = pattern`^(?:i am |i got |got |i was |i have been |been )?(?:drunk|wasted|hammered|plastered|smashed|blackout drunk|blind drunk|off my face) again(?: (?:tonight|today|last night|this morning|already))?$`;
const TILL_SUNRISE = pattern`\b(?:refreshing|checking|scrolling|stalking|staring at|looking at|reading|rereading|watching|going through) (?:his|her|their|my exs|my ex s|the exs) (?:profile|page|instagram|insta|socials|story|stories|messages|texts|phone|location|whatsapp|last seen|snap map|photos|pictures|tiktok|likes)\b.*\b(?:till|until|til|up to) (?:sunrise|dawn|the sun came up|the sun comes up|it got light|it was light|it is light|\d+ ?am|\d+ in the morning|the early hours|the birds)\b`;
const NO_ONE_TO_TELL = pattern`^(?:and )?(?:i have |i have got |i got |got |there is |have )?(?:no one|nobody|noone|not one person|not a single person) to (?:tell|share it with|celebrate with|ring|call|text|show)\b(?! (?:me|us|them|him|her|you|if|whether|which|what|when|where|how)\b)`;
const TALKED_TO_NOBODY = pattern`\b(?:talked|spoken|spoke|said a word|had a conversation) (?:to|with) (?:nobody|no one|noone|a single person|a soul)\b(?: \w+){0,2}? (?:for|in) (?:like |about |nearly |almost |over |a good )?(?:\d+|a few|several|two|three|four|five|six|seven|days|a week|weeks|a fortnight|a month)\b`;
const NOT_TALKED = String.raw`\b(?:retreat|silent|camping|festival|lol|haha|about (?:it|this|that|the))\b`;
const HIT_BY_CAR = pattern`\b(?:he|she|they|my ex|him|her)\b(?: \w+){0,3}? (?:gonna|going to|will|about to|might|could) (?:get|be) (?:hit|run over|knocked over|flattened|reversed over) by (?:my|me in my|me and my) (?:car|van|bike|scooter|motor)\b(?! (?:insurance|tax|loan|payment|finance|mot|repairs?|bill))`;
const PUSH_OFF = pattern`\b(?:push|shove|throw|chuck|kick|tip) (?:him|her|them|my ex|the ex|his new girlfriend|her new boyfriend) (?:off|in|into|down|under|over) (?:the |a )?(?:pier|cliff|bridge|canal|river|sea|balcony|stairs|bus|train|lake|pond|edge|harbour)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FIFTY_SECOND_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:fade|disappear|vanish|exist|wake up|drift)\b`, NOT_FADE), [group('crisis', 'wishes to be dead', [FADE])]],
  [unless(String.raw`\bnext\b`, NOT_NEXT), [group('crisis', 'intends to end their life', [NOT_HERE_NEXT])]],
  [unless(String.raw`\bready to go\b`, NOT_GO), [group('crisis', 'intends to end their life', [READY_TO_GO])]],
  [new RegExp(String.raw`^(?!.*${NOT_TRIED})(?=.*${TRIED_WHY}).*\b(?:try|tried)\b`), [group('crisis', 'preparing to end their life, or a past attempt', [TRIED_ONCE])]],
  [unless(String.raw`\bnote\b|\bletter\b`, NOT_NOTE), [group('crisis', 'preparing to end their life, or a past attempt', [MY_NOTE])]],
  [unless(String.raw`\b(?:plasters|bandages|dressings|steri strips|gauze)\b`, NOT_PLASTERS), [group('crisis', 'self-harm', [PLASTERS])]],
  [unless(String.raw`\b(?:bit|bites|bitten|biting|teeth)\b`, NOT_BIT), [group('crisis', 'abuse or violence', [BIT_ME])]],
  [unless(String.raw`\b(?:selfies?|photos?|pictures?|pics?|location|proof|videos?)\b`, NOT_SELFIE), [group('crisis', 'coercive control', [SELFIE])]],
  [unless(String.raw`\b(?:without|with no|surfing|had to|have to|need to|needed to|got to)\b`, NOT_NO_BED), [group('crisis', 'no safe place, food or power tonight', [NO_BED, SOFA_ENDED, TOLD_TO_GO])]],
  [/\bwine o ?clock\b/, [group('concern', 'drinking or drugs to cope', [WINE_MORNING])]],
  [/\b(?:rel\w+|lean\w*|depend\w*)\b/, [group('concern', 'drinking or drugs to cope', [RELYING])]],
  [/\bagain\b/, [group('concern', 'drinking or drugs to cope', [DRUNK_AGAIN])]],
  [/\b(?:till|until|til|up to)\b/, [group('concern', 'not eating or sleeping', [TILL_SUNRISE])]],
  [/\bto (?:tell|share|celebrate|ring|call|text|show)\b/, [group('concern', 'feels alone', [NO_ONE_TO_TELL])]],
  [unless(String.raw`\b(?:nobody|no one|noone|single person|soul)\b`, NOT_TALKED), [group('concern', 'feels alone', [TALKED_TO_NOBODY])]],
  [/\bby (?:my|me)\b/, [group('concern', 'joked about hurting someone', [HIT_BY_CAR])]],
  [new RegExp(String.raw`^(?=.*${JOKE}).*\b(?:push|shove|throw|chuck|kick|tip)\b`), [group('concern', 'joked about hurting someone', [PUSH_OFF])]],
];
