// Risk said in the words of faith, grief and community: clients who pray, who have lost a wife,
// a husband or a parent, and whose church, temple or family is round them. Their risk is often
// said through the dead and the afterlife ("i would welcome the angel of death", "same day my wife
// went"), through a keepsake or a letter left with someone, or through a lie told at the hospital.
// Crisis: welcoming death or the angel of death; someone's suicide and "lately i understand why";
// staring at a dead relative's old pills, or the medication left over from the hospice to be used;
// seeing everyone "one last time first"; a date picked on the same day a loved one died; a note
// tucked in the bible or a letter left with someone to open on a day to come; their own wedding
// ring or medals given away; stitches with a lie told at a e ("i did not"); "he is going to pay, in
// blood"; a parent who burns or beats them with an object; no food for days "not fasting, just
// nothing".
// Concern: "i see no way forward"; told they would amount to nothing "and he was right"; the pub
// instead of the job club; in-laws or a landlord wanting the house back after a death, "we have to
// leave"; a loan from a man in the community wanted back with extra, reminders from the funeral
// director; lying awake listening all night; friends who drifted off, a community that turned its
// back; a heavy heart every morning, not remembering the last time they laughed; a threat to a
// cousin said with "lol".
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFiftiethForms.test.ts.
// Normalised words, as in riskPatterns.ts ("i'd" is "id", "he's" is "he is", "a&e" is "a e").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const STORY = String.raw`\b(?:film|movie|book|novel|story|soap|series|episode|show|play|song|game|character|sermon|hymn|poem|lol|haha\w*|lmao)\b`;
const DEAD_ONE = String.raw`(?:my |our )?(?:wife|husband|partner|son|daughter|mum|mam|mom|mother|dad|father|nan|nana|gran|granny|grandad|grandma|grandpa|brother|sister|baby|boy|girl|friend|best friend|fiance|fiancee|he|she|they|him|her)`;

// --- Crisis -------------------------------------------------------------------------------------
const WELCOME_DEATH = pattern`(?:^(?:honestly |i )?|\bi |\bid )(?:would|will|d|am ready to)? ?(?:honestly |happily |gladly |truly )?(?:welcome|embrace|open the door to) (?:the angel of death|death|the grim reaper|the reaper|my death|my end|the end)\b(?! (?:of|metal|row|star|penalty|scene|toll))`;

const UNDERSTAND_WHY = pattern`\b(?:killed (?:himself|herself|themselves)|took (?:his|her|their) own life|ended (?:his|her|their) (?:own )?life|suicide|hanged (?:himself|herself))\b.*\b(?:lately|now|these days|finally|recently|more and more|increasingly|sometimes)? ?i (?:understand|get|see|know|can see|can understand|am starting to understand|am beginning to understand) (?:why|how (?:he|she|they) felt)\b(?! (?:people|the|you|this|it is))`;
const NOT_UNDERSTAND = String.raw`\b(?:never|not|do not|did not|can not|could not|still do not)\b (?:\w+ )?(?:understand|get|see)\b|${STORY}|\b(?:research|course|training|awareness|charity|campaign|volunteer\w*)\b`;

const PILLS = String.raw`(?:pills|tablets|meds|medication|medicine|morphine|painkillers|oramorph|sleeping pills)`;
const STARING_PILLS = pattern`\b(?:(?:staring|stare|stared|gazing|sat looking|sit looking|sitting looking|keep looking|looking) at|counting|counted|lined up|lining up) (?:\w+ ){0,2}?(?:old |leftover |left over |spare |remaining |stockpiled |saved )?${PILLS}\b(?=.*\b(?:again|all night|for hours|every night|old|leftover|left over|spare|stockpiled|saved)\b)`;
const USE_LEFTOVER = pattern`\bi (?:will|am going to|am gonna|shall|can|could) (?:use|take|swallow) (?:all )?(?:the |his |her |my |nans |mums |dads )?(?:${PILLS}) (?:left over|leftover|that is left|that was left|from the hospice|he left|she left|they left)\b|\bi (?:will|am going to|shall) (?:use|take|swallow) (?:all )?(?:the |his |her )?(?:leftover|left over|spare|old) ${PILLS}\b`;
const NOT_PILLS = String.raw`\b(?:pharmacy|pharmacist|chemist|dispens\w*|dosette|organiser|organizer|prescription|shift|stock|shelf|shelves|label|back to|return|returned|hand (?:them )?in|dispose|disposal|did i take|whether i took|if i took|vitamins|dog|cat|vet)\b|${STORY}`;

const LAST_TIME = pattern`\b(?:see|say goodbye to|hug|hold|visit|be with) (?:everyone|everybody|them all|all of them|my family|the family|the kids|my kids|my children|my grandkids|the grandkids|my grandchildren|my sister|my brother|my mum|my dad) (?:one|a|for the|for one) last time\b(?=.*\b(?:first|before i go|then|set|planned|arranged|sorted|after the (?:memorial|funeral|service|anniversary))\b)`;
const NOT_LAST = String.raw`\b(?:move|moving|emigrat\w*|abroad|australia|canada|overseas|relocat\w*|retire|retiring|retirement|closes|closing|last day|last shift|leaving do|farewell|shop|office|team|school|uni|university|holiday|flight|wedding|party|reunion|match|gig|concert|tour|season)\b|${STORY}`;

const SAME_DAY = pattern`\bi have (?:a|the|picked a|picked the|chosen a|chosen the|set a|set the) (?:date|day)\b(?! (?:for|with|at|to))(?=.*\b(?:same day|same date|the day|the anniversary of when|anniversary)\b (?:as |that |when )?${DEAD_ONE} (?:went|died|passed|passed away|left|left us|was taken|took (?:his|her) life)\b)`;
const NOT_DATE = String.raw`\b(?:interview|start|starting|appointment|course|exam|hearing|tribunal|court|memorial|headstone|unveiling|mass|service|prayer|prayers|grave|visit|wedding|party|meal|dinner|assessment|induction|training|trial shift|scan|operation|surgery|move|moving)\b`;

const NOTE_HIDDEN = pattern`\b(?:wrote|written|write|left|writing|finished) (?:a|the|my|some) (?:note|notes|letter|letters)\b.*\b(?:tucked|hidden|hid|left|put|placed|slipped|it is) (?:it |them )?(?:in|inside|under|between the pages of) (?:my|the|his|her) (?:bible|quran|koran|holy book|prayer book|hymn book|gutka|siddur|pillow|bedside drawer|jewellery box|memory box)\b`;
const LETTER_TO_OPEN = pattern`\b(?:left|gave|given|handed|posted|sent) (?:\w+ ){0,3}?(?:a |the |my )?(?:letter|note|envelope|sealed envelope|letters) (?:to (?:be )?open(?:ed)?|for (?:them|him|her) to open|not to (?:be )?open(?:ed)? (?:until|till|before)) (?:on|after|when|next|once|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at the weekend|the day|if)\b`;
const NOT_LETTER = String.raw`\b(?:resign\w*|notice|job|boss|manager|birthday|christmas|card|present|surprise|results|exam|acceptance|offer|time capsule|eighteenth|18th|21st|wedding|anniversary|school|teacher|lol|haha)\b|\bshopping list\b|\bthank you\b|\bto self\b|\breminder\b`;

const KEEPSAKE = pattern`\b(?:gave|have given|given|gave away|given away|am giving|giving away|handed) (?:\w+ ){0,3}?my (?:own )?(?:wedding ring|engagement ring|wedding band|eternity ring|medals|war medals|rosary|rosary beads|prayer beads|kara|crucifix)\b`;
const NOT_KEEPSAKE = String.raw`\b(?:resiz\w*|jewell\w*|repair\w*|clean\w*|valu\w*|sell|sold|pawn\w*|back|divorce\w*|lost|found|engrav\w*|polish\w*|insur\w*|to mind|look after|hold|safe keeping|while i|borrow|lend|lent|photo|try on|tried on|wedding day|to wear|to carry|for luck|blessed|blessing)\b|${STORY}`;

const LIED_INJURY = pattern`\b(?:stitches|stiches|a e|hospital|the nurse|the doctor|gp|burns? unit|minor injuries|steri strips|glued)\b.*\btold (?:a e|the hospital|the nurse|the nurses|the doctor|the doctors|the gp|them|everyone|work|my mum|my husband|my wife|the triage)\b (?:that )?i (?:dropped|fell|slipped|tripped|cut (?:it|myself) on|caught it on|burnt it on|burned it on|walked into|did it (?:cooking|gardening|at work)|had an accident)\b.*\b(?:i did not|i had not|i was not|it was not|i lied|that was a lie|not true|not what happened)\b`;

const PAY_BLOOD = pattern`\b(?:is|are|am|will|going to|gonna|shall|ll) (?:going to )?pay\b(?: \w+){0,5}? (?:in|with) (?:his |her |their |your )?blood\b|\bpay (?:for (?:it|this|that|what he did|what she did) )?(?:in|with) (?:his |her |their )?blood\b`;
const NOT_BLOOD = String.raw`\b(?:donor|donat\w*|give blood|giving blood|gave blood|blood test|blood bank|blood sweat|points|dlc|level|boss fight|raid|quest|vampire|metal|band|album)\b|${STORY}`;

const RELATIVE = String.raw`(?:my (?:mum|mam|mom|mother|dad|father|stepdad|stepmum|step dad|step mum|husband|wife|partner|boyfriend|girlfriend|fiance|brother|sister|uncle|aunt|auntie|nan|gran|grandad|in laws|mother in law|father in law|son|daughter|ex)|mum|mam|dad|he|she|they)`;
const OBJECT = String.raw`(?:the |a |an |his |her |their |my )?(?:iron|hot iron|belt|buckle|cigarette|cigarettes|lighter|kettle|pan|frying pan|hairdryer|straighteners|stick|cane|slipper|shoe|hanger|coat hanger|wire|cable|lead|charger|wooden spoon|spoon|knife|bottle|hot water|boiling water|fist|hose|rolling pin|broom|chair|rope|whip)`;
const HURTS_WITH = pattern`${NOT_BEFORE}\b${RELATIVE} (?:burns|burnt|burned|hits|hit|beats|beat|whips|whipped|belts|belted|scalds|scalded|cuts|stabs|chokes|strangles|threatens) me with ${OBJECT}\b`;
const NOT_HURTS = String.raw`\b(?:cd|playlist|joke|jokes|questions|facts|truth|lol|haha|pillow fight|water fight|water pistol|snowball|nerf|game)\b`;

const NOT_FASTING = pattern`\b(?:have not|not|did not|had not) (?:eaten|eat|had (?:a meal|food|anything))\b(?: \w+){0,2}? (?:in|for) (?:two|three|four|five|2|3|4|5|a couple of|several) days\b(?=.*\b(?:not fasting|just nothing|nothing (?:in|to eat|left|in the house)|no food|no money|can not afford|skint|not a penny)\b)`;
const NOT_HUNGER = String.raw`\b(?:bug|sick|virus|flu|ill|poorly|operation|surgery|procedure|colonoscopy|nil by mouth|nerves|nervous|tooth|dentist|lol|haha)\b|(?<!not )\b(?:fasting|ramadan|lent|yom kippur|navratri|fast day)\b`;

// --- Concern ------------------------------------------------------------------------------------
const NO_WAY = pattern`^(?:(?:honestly|i just|just|right now|at the moment|now) )*(?:i (?:see|can see|can find|have) no|there is no|i can not see (?:a|any)) (?:way forward|way ahead|future|road ahead|light)(?: (?:for me|for us|any more|anymore|now|at all|in anything))*$`;
const AMOUNT_NOTHING = pattern`\b(?:amount to|come to|be|make) nothing\b(?: \w+){0,4}? (?:and )?(?:he|she|they|mum|dad) (?:was|were|is|are|might be|may be) right\b`;
const PUB_INSTEAD = pattern`\b(?:the pub|the bar|the bookies|the offy|the off licence|the bottle)\b(?: \w+){0,6}? (?:instead of|rather than) (?:the )?(?:job club|jobcentre|job centre|interviews?|work|applications|looking for work|my appointments?|the course)\b`;
const HOUSE_BACK = pattern`\b(?:want|wants|wanting|asking for|asked for) (?:the|my|our) (?:house|flat|home|bungalow|cottage) (?:back|sold)\b|\b(?:house|flat|home|cottage|vicarage|manse)\b.*\b(?:he is gone|she is gone|died|passed|passed away)\b.*\bwe (?:have to|must|need to|got to) (?:leave|move out|get out|go)\b(?! (?:at|by \d|early|for the|to the))|\bwe could be out by\b`;
const NOT_HOUSE = String.raw`\b(?:lol|haha|airport|flight|holiday|sold it ourselves|estate agent sold|tidy|clean|party)\b`;
const WANTS_BACK = pattern`\bborrowed\b(?: \w+){0,12}? (?:he|she|they|the man|the lender) (?:wants?|want) it back (?:with|plus) (?:extra|interest|more|a bit on top|double)\b|(?:^|\bi |\bwe )(?:still )?owe\b(?! (?:you|them|him|her) (?:an?|one|the|big) )(?:.*\b(?:sending (?:me )?reminders|reminders (?:with|in) red|final demands?|red letters|red on them|in red|bailiffs?|debt collectors?)\b)`;
const LISTENING_NIGHT = pattern`\b(?:lie|lay|lying|laying) (?:there |awake |in bed )?(?:listening|waiting|staring|reaching)\b(?: \w+){0,5}? (?:all night|every night|till morning|until morning|till dawn|until dawn)\b`;
const NOT_NIGHT = String.raw`\b(?:podcast|music|audiobook|radio|lol|haha|camping|festival|tent|baby monitor|newborn|night shift)\b`;
const DRIFTED = pattern`\b(?:friends|everyone|everybody|community|congregation|church|family|neighbours)\b(?: \w+){0,4}? (?:drifted (?:off|away)|turned (?:their|its) backs? on me|stopped (?:calling|coming round|visiting|ringing))\b(?=.*\b(?:after|since|once|when|month|funeral|divorce|died|passed)\b)`;
const NOT_DRIFTED = String.raw`\b(?:sleep|lol|haha|wifi|signal|boat|raft|game|team|customers|clients|applicants)\b`;
const HEAVY = pattern`\bheavy heart (?:every|each|most|all) (?:morning|day|night|evening)\b|\bcan not (?:remember|recall) the last time i (?:laughed|smiled|felt happy|enjoyed anything|felt good|felt anything)\b(?! (?:so|like|that|this))`;
const NOT_HEAVY = String.raw`\b(?:lol|haha|so hard|so much|until|till|tears|film|show|comedy)\b`;
const JOKE_COUSIN = pattern`(?:^|\b(?:i|ill|i will|i am|swear|honestly|so) )(?:gonna |going to |will |about to )?(?:smack|slap|punch|deck|batter|throttle|strangle|kill|murder|wring (?:his|her) neck|lamp|thump) my (?:cousin|brother|sister|uncle|auntie|aunt|nephew|niece|sister in law|brother in law)\b`;
const LAUGH = String.raw`\b(?:lol|haha\w*|lmao|jk|joking)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FIFTIETH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:welcome|embrace|not mind|not fight|open the door)\b`, STORY), [group('crisis', 'wishes to be dead', [WELCOME_DEATH])]],
  [unless(String.raw`\bi (?:\w+ )?(?:understand|get|see|know)\b`, NOT_UNDERSTAND), [group('crisis', 'thoughts of suicide', [UNDERSTAND_WHY])]],
  [unless(String.raw`\b(?:pills|tablets|meds|medication|medicine|morphine|painkillers|oramorph)\b`, NOT_PILLS), [group('crisis', 'thinking about a way to end their life', [STARING_PILLS]), group('crisis', 'a plan to end their life', [USE_LEFTOVER])]],
  [unless(String.raw`\blast time\b`, NOT_LAST), [group('crisis', 'a plan to end their life', [LAST_TIME])]],
  [unless(String.raw`\b(?:same day|same date|the day|anniversary)\b`, NOT_DATE), [group('crisis', 'a plan to end their life', [SAME_DAY])]],
  [unless(String.raw`\b(?:note|notes|letter|letters|envelope)\b`, NOT_LETTER), [group('crisis', 'preparing to end their life, or a past attempt', [NOTE_HIDDEN, LETTER_TO_OPEN])]],
  [unless(String.raw`\b(?:ring|band|medals|rosary|beads|kara|crucifix)\b`, NOT_KEEPSAKE), [group('crisis', 'preparing to end their life, or a past attempt', [KEEPSAKE])]],
  [/\btold\b/, [group('crisis', 'self-harm', [LIED_INJURY])]],
  [unless(String.raw`\bblood\b`, NOT_BLOOD), [group('crisis', 'harm to someone else', [PAY_BLOOD])]],
  [unless(String.raw`\bme with\b`, NOT_HURTS), [group('crisis', 'abuse or violence', [HURTS_WITH])]],
  [unless(String.raw`\bdays\b`, NOT_HUNGER), [group('crisis', 'no safe place, food or power tonight', [NOT_FASTING])]],
  [/\bno\b|\bnot see\b/, [group('concern', 'hopelessness', [NO_WAY])]],
  [unless(String.raw`\bnothing\b`, String.raw`\bproved (?:him|her|them) wrong\b`), [group('concern', 'feels worthless', [AMOUNT_NOTHING])]],
  [/\binstead of\b|\brather than\b/, [group('concern', 'drinking or drugs to cope', [PUB_INSTEAD])]],
  [unless(String.raw`\b(?:back|sold|leave|move out|get out|out by)\b`, NOT_HOUSE), [group('concern', 'may lose their home', [HOUSE_BACK])]],
  [/\bborrowed\b|\bowe\b/, [group('concern', 'money worries', [WANTS_BACK])]],
  [unless(String.raw`\bnight\b|\bmorning\b|\bdawn\b`, NOT_NIGHT), [group('concern', 'not eating or sleeping', [LISTENING_NIGHT])]],
  [unless(String.raw`\b(?:drifted|turned|stopped)\b`, NOT_DRIFTED), [group('concern', 'feels alone', [DRIFTED])]],
  [unless(String.raw`\bheavy heart\b|\blast time\b`, NOT_HEAVY), [group('concern', 'low mood', [HEAVY])]],
  [new RegExp(LAUGH), [group('concern', 'joked about hurting someone', [JOKE_COUSIN])]],
];
