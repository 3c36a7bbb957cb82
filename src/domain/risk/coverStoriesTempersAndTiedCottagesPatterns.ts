// Disclosure wrapped in worry about what telling will cost (privacy, sanctions, records, social
// services, police, employers), the risk told as the story they gave someone else.
// Crisis: asked about the bandages, the marks or the long sleeves and they said it was the cat or an
// accident, then "it was not" or "it was me"; a partner, parent or child "did it" while they told the
// hospital they fell or walked into a door (or the fall told first and "but it was him"); afraid they
// will really hurt the parent or child they care for, with the pushing, shaking or lost temper already
// happening; a parent or partner who has just put them out, with the rain, the dark or their age
// (16, 17) said beside it.
// Concern: a home that goes with the job (tied cottage, staff accommodation, live-in post), or "if I
// lose the job I lose the flat too".
// Each rests on two parts of the message or a whole phrase, so it is read in the whole message and
// the classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskEightiethForms.test.ts. Normalised words ("ill" for I'll, "mums" for mum's, "was
// not" for wasn't, "a e" for A&E).
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const OTHERS_TELL = String.raw`(?:he|she|they|my (?:mum|mom|dad|son|daughter|brother|sister|friend|mate|cousin|nan|gran|flatmate|neighbour|kid|kids)) (?:said|says|told|claimed|pretended|made out)`;
const FICTION = String.raw`game|film|movie|book|show|series|episode|novel|story|play|character|sims|soap|eastenders|corrie|coronation street|emmerdale|hollyoaks|podcast|documentary`;
const FAMILY = String.raw`(?:mum|mom|mam|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|kids?|children|son|daughter|baby|partner|husband|wife|brother|sister|little one|wee one|toddler|boy|girl|stepdad|stepmum|aunt|auntie|uncle)`;

// --- Crisis -------------------------------------------------------------------------------------
const MARK = String.raw`(?:bandages?|plasters?|dressings?|marks|cuts|scars|burns|scratches|bruises|wrists?|arms?|long sleeves|sleeves|my legs)`;
const COVER = String.raw`(?:the cat|the cats|our cat|the dog|the puppy|the kitten|an accident|a kitchen accident|cooking|the oven|the iron|gardening|brambles|a bramble|the brambles|a rose bush|roses|work|shaving|a fall|falling over|the gym|netball|football)`;
const COVER_STORY_SELF = pattern`^(?=.*\b(?:asked|asking|asks|noticed|saw|seen|spotted|mentioned|commented|questioned|wanted to know)\b(?: \w+){0,4}? (?:about )?(?:the |my |them |those )?${MARK}\b)(?=.*\bi (?:said|told (?:her|him|them|everyone|people)|say|pretended|made out|claimed|blamed) (?:that )?(?:it was |they were |it is |they are |it was just |they were just )?${COVER}\b(?: \w+){0,4}? (?:it was not|they were not|it is not|they are not|it was me|they were me|i did (?:it|them)(?: myself)?|that was a lie|i lied|not true|it never was)\b(?! (?:serious|bad|deep|that bad|too bad|a big deal|infected|nice|sore|pretty)\b))`;
const COVER_SELF_OUT = String.raw`\b(?:${OTHERS_TELL}|${FICTION}|it really was|it actually was|they really were|honestly was|${LAUGH})\b`;

const HARMER = String.raw`(?:he|she|they|him|her|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fella|man|missus|dad|stepdad|mum|son|daughter|brother|sister)|the (?:husband|wife|partner|boyfriend|girlfriend|ex))`;
const TOLD_FELL = String.raw`i (?:said|told (?:them|the \w+|everyone|people|her|him|work|a e|the hospital|the doctors?|the nurses?)|say|pretended|made out|claimed|made up that) (?:that )?i (?:fell|tripped|slipped|walked into|banged|bumped|hit my|had a fall|fell down|fell over|fell off|caught it on)\b(?! (?:behind|asleep|out with|for|in love|pregnant|through|short|ill|off the wagon)\b)`;
const DID_IT_SAID_FELL = pattern`^(?=.*\b${HARMER} (?:did (?:it|this|that|them)|was the one who did (?:it|this|that)|caused (?:it|this|that|them))\b)(?=.*\b${TOLD_FELL})|\b${TOLD_FELL}(?: \w+){0,6}? (?:but|when|and) (?:really |actually |in fact |truth is )?(?:it was|that was) ${HARMER}\b`;
const DID_IT_OUT = String.raw`\b(?:${OTHERS_TELL}|${FICTION}|the cat did|the dog did|the kids did|the baby did|${LAUGH})\b`;

const FEAR_HURT = pattern`^(?=.*\b(?:worried|scared|afraid|frightened|terrified|petrified|fear|frightens me|scares me|worries me|panicking|panic)\b(?: \w+){0,3}? (?:that )?(?:i will|ill|i am going to|i might|i could|i would|id) (?:really |actually |seriously |properly |end up |one day |badly )?(?:hurt|harm|injure|hit|seriously hurt) (?:my (?:\w+ )?${FAMILY}s?|her|him|them|the (?:baby|kids?|children|little one))\b(?! (?:feelings|feeling|pride)\b))(?=.*\b(?:pushing|pushed|push|hitting|shoving|shoved|shove|slapping|slapped|grabbing|grabbed|shaking|shook|rough with|lash\w* out|losing my temper|lost my temper|lose my temper|snapping|snapped|flipped|flip out)\b)`;
const FEAR_HURT_OUT = String.raw`\b(?:${FICTION}|feelings|lifting|hoist|wheelchair|manual handling|moving and handling|car seat|pram|buggy|swing|trampoline|his temper|her temper|their temper|he keeps|she keeps|they keep|${LAUGH})\b`;

const PUT_OUT_BY = String.raw`(?:mum|mom|mam|mother|dad|father|parents|stepdad|stepmum|step dad|step mum|nan|gran|aunt|auntie|uncle|foster (?:mum|dad|carer|parents)|carers?|family|folks|landlord|landlady|partner|boyfriend|girlfriend|husband|wife|ex|fella|brother|sister)`;
const PUT_OUT_NOW = pattern`^(?=.*\b(?:my |our |the )?${PUT_OUT_BY}s? (?:has |have |had |just |finally |has just |have just |has finally )?(?:kicked|chucked|thrown|threw|turfed|put|locked|booted|slung) me out\b(?! of (?!(?:the |my |our )?(?:house|home|flat|place)\b)))(?=.*\b(?:it is|its|and it is|and its|now it is) (?:raining|pouring|pissing down|chucking it down|bucketing|freezing|snowing|dark|late|cold|midnight|night|gone (?:\w+|midnight))\b|.*\bi am (?:only |just )?(?:1[2-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b)`;
const PUT_OUT_OUT = String.raw`\b(?:${FICTION}|years ago|when i was|back when|back then|used to|last year|once when|as a kid|as a teenager|server|app|website|zoom|meeting|lesson|class|club|pub|bar|gym|library|shop|cafe|match|group chat|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const HOME_WORD = String.raw`(?:tied )?(?:cottage|house|home|flat|room|accommodation|caravan|bed|digs|roof over my head|place to live|lodgings|bedsit)`;
const JOB_HOME = pattern`\bif i (?:lose|quit|leave|am sacked from|get sacked from|get let go from|get the sack from|lost|left|packed in|pack in|walk out of|am let go from) (?:the |my |this |that )?(?:job|work|position|post|placement|contract)\b(?: \w+){0,3}? (?:then )?(?:(?:i|we) (?:lose|will lose|would lose|have to leave|have to move out of|am out of|are out of|get kicked out of|will be out of)|(?:ill|well|id) (?:lose|have to leave|be out of)|(?:i am|we are|were|i will be|we will be) (?:out of|kicked out of|losing)) (?:the |my |our |this )?${HOME_WORD}\b|\b(?:tied (?:cottage|house|home|accommodation|flat)|staff accommodation|live in (?:job|post|role|position)|(?:house|cottage|flat|caravan|room|home) (?:comes|goes) with the job)\b(?: \w+){0,8}? (?:lose|losing|lost|sacked|let go|notice|redundan\w*|finish|finishing|ends|ending|out)\b`;
const JOB_HOME_OUT = String.raw`\b(?:${FICTION}|(?:his|her|their) (?:job|tied|cottage|house|flat|accommodation|room|caravan)|(?:he|she|they|my \w+) (?:lose|loses|lost|left|quit|quits|leaves|gets sacked|got sacked|is sacked)|company car|van|phone|laptop|uniform|parking|${LAUGH})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const EIGHTIETH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:it was not|they were not|it is not|they are not|it was me|they were me|i did (?:it|them)|a lie|i lied|not true|never was)\b`, COVER_SELF_OUT), [group('crisis', 'self-harm', [COVER_STORY_SELF])]],
  [unless(String.raw`\bi (?:fell|tripped|slipped|walked into|banged|bumped|hit my|had a fall|caught it)\b`, DID_IT_OUT), [group('crisis', 'abuse or violence', [DID_IT_SAID_FELL])]],
  [unless(String.raw`\b(?:hurt|harm|injure|hit)\b`, FEAR_HURT_OUT), [group('crisis', 'harm to someone else', [FEAR_HURT])]],
  [unless(String.raw`\bme out\b`, PUT_OUT_OUT), [group('crisis', 'no safe place, food or power tonight', [PUT_OUT_NOW])]],
  [unless(String.raw`\b(?:if i (?:lose|quit|leave|am sacked|get sacked|get let go|get the sack|lost|left|packed in|pack in|walk out|am let go)|tied|staff accommodation|live in|with the job)\b`, JOB_HOME_OUT), [group('concern', 'may lose their home', [JOB_HOME])]],
] as const;
