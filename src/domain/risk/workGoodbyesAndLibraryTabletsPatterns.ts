// Everyday words that read as risk, read as "course" (a topic that says nothing of the client):
// goodbyes to a team, a shift or a placement, a goodbye card or message for colleagues, leaving a
// job tidy for the next person, affairs in order for a tax return; how much notice to give; a
// charity that supports survivors; tablets at the library; "take my life experience into account";
// useless with computers; cold turkey on social media; a crowded bus "so packed i wanted to die
// lol". Other people's stories read so unless the client says it is theirs too: a novel's wife who
// escapes her controlling husband, a CV that "reads like a suicide note", a lad on the wing who
// tried to hang himself as the reason for peer support work, someone sleeping rough, news of a man
// who jumped, asked about. None of it is read so when the whole message has words of harm, an
// ending or danger. Look-alikes of our own are in test/domain/riskTwentySeventhForms.test.ts.
import { oneOf, pattern } from '../riskPatterns.ts';

const TEAM = oneOf('colleagues', 'team', 'workmates', 'coworkers', 'co workers', 'night shift', 'day shift', 'early shift', 'late shift', 'shift', 'job', 'office', 'residents', 'patients', 'class', 'pupils', 'students', 'customers', 'regulars', 'staff', 'crew', 'everyone at work', 'care home', 'ward', 'nursery', 'placement', 'depot', 'warehouse', 'site', 'shop', 'manager', 'boss', 'department', 'kids at (?:the )?(?:nursery|school|club)');
const NOTE = oneOf('message', 'letter', 'card', 'email', 'speech', 'note', 'post', 'drinks', 'do', 'party', 'lunch', 'breakfast', 'cake', 'present', 'gift', 'collection', 'video');
// Words of harm, an ending or danger anywhere: the message is read as written.
const UNLESS = pattern`\b(?:die|died|dying|dead|death|kill\w*|suicid\w*|end it|ending it|end my life|not be here|not being here|forever|for good|world|everyone i love|my family|sorry for everything|pills|overdose|rope|hang\w*|tonight|bridge|jump\w*|cliffs?|last goodbye|final goodbye|goodbye to (?:everyone|everything|you all|life)|hurt\w*|harm\w*|cut\w*|worthless|burden|better off|no point|hopeless|alone|lonely|scared|afraid|hits?|controls?|checks my|nowhere|me too|same as me|like me|relate|reminds me|happening to me|happened to me)\b`;

const OTHERS_UNLESS = pattern`\b(?:me too|myself|my self|like me|same as me|relate|reminds me|that is me|so am i|i am too|about me|about my life|how i feel|my own|happening to me|happened to me|to me|at home|i wish|i tried|i think about|thinking about|i could|i might|envy|jealous|lucky|do the same|i will|i am going to|tonight|real one|meant it|mine)\b|\bi want to (?:die|go|join|be dead|end|do it|do the same)\b`;

const PHRASES = [
  // Goodbyes at work.
  pattern`\b(?:say|said|saying|says) (?:my )?goodbyes? to (?:my |the |all my |all the |everyone at (?:the |my )?|everyone on (?:the |my )?)?${TEAM}\b`,
  pattern`\bgoodbye ${NOTE}s? (?:to|for|from|with) (?:my |the |all my |our |all the )?(?:${TEAM}|everyone at work|work)\b`,
  pattern`\b(?:write|writing|wrote|written|help me write|do|did|done|finish\w*|send|sent|card|cards) (?:a |my |the )?goodbye ${NOTE}s?\b(?=.*\b(?:team|colleagues|workmates|coworkers|leaving|last day|last shift|new job|nursery|placement|office|manager|boss|staff|job)\b)`,
  pattern`\b(?:wrapping|wrap|wrapped|tying|tie|tied) (?:things |it all |everything |loose ends )?up (?:at|on) (?:my|the) (?:placement|job|work|office|school|nursery|internship|old job|agency|contract|project|course|apprenticeship)\b`,
  pattern`\bleave (?:it|things|everything|the \w+) (?:tidy|neat|sorted|organised|in order|clean|nice) for (?:the next (?:person|one|guy|girl|starter|intern|student|team|shift)|whoever (?:comes )?(?:next|after me)|my replacement|the new (?:starter|person|girl|guy))\b`,
  pattern`\baffairs (?:are |all )?in order (?:for|with|before) (?:the |my |our )?(?:self assessment|tax|tax return|taxes|hmrc|move|house move|mortgage|visa|accountant|audit|new job|universal credit|uc|assessment|application|inspection)\b`,
  // Notice to give, asked.
  pattern`\bhow much notice (?:do|would|will|should|must|have) (?:i|you|we) (?:have to |need to |got to |to )?give\b`,
  // A charity that supports survivors.
  pattern`\b(?:charity|service|organisation|project|group|team|refuge|helpline)(?: \w+){0,4} (?:supports?|helps?|works? with|supporting|helping) (?:survivors|victims|women|people|families|men|young people|children|kids) (?:of|affected by|fleeing|escaping|experiencing|in) (?:domestic (?:abuse|violence)|abuse|violence|homelessness|addiction|suicide|self harm)\b`,
  // Tablets that are computers.
  pattern`\b(?:tablets?|ipads?|laptops?|computers?) (?:at|in|from) (?:the )?(?:library|libraries|job ?centre|community centre|hub|college|school|uni|office|centre|learning centre)\b|\b(?:library|samsung|android|amazon|fire|kindle|kids|school|work) tablets?\b|\btablets? (?:are|is) free\b`,
  // Life experience, and the client's own life in a new direction.
  pattern`\btake my life (?:experience|experiences|skills|history|story|savings|lessons)\b|\btake my life (?:in|into) (?:a new|another|my own|a different|the right) (?:direction|hands)\b|\btake my life back\b`,
  // A skill they lack.
  pattern`\b(?:useless|rubbish|hopeless|terrible|awful|crap|pants|clueless) (?:with|at|on) (?:computers?|tech|technology|it|i t|maths|math|numbers|excel|word|spreadsheets|spelling|grammar|phones|smartphones|laptops|typing|emails?|the internet|online (?:forms|stuff)|apps|names|directions|cooking|driving|sport|football|drawing|art|singing|languages|french|spanish|german|zoom|teams)\b`,
  // Cold turkey on screens and snacks.
  pattern`\b(?:going|gone|went|go|doing|did|goes) cold turkey (?:on|off|from|with) (?:social media|socials|my phone|tiktok|instagram|insta|facebook|snapchat|twitter|youtube|gaming|netflix|sugar|caffeine|coffee|chocolate|crisps|takeaways|junk food|energy drinks|fizzy drinks|screens|online shopping|the news)\b`,
];

// Other people's stories, writing that reads gloomy and news asked about: read as written when the
// client says it is theirs too.
const OTHERS_PHRASES = [
  // A story's wife (or someone else's) who escapes her controlling husband.
  pattern`\b(?:the |a )?(?:woman|man|girl|wife|husband|mum|mother|character|main character|heroine|hero|protagonist|lead|narrator) (?:escapes|leaves|flees|runs away from|gets away from|finally leaves|breaks free from|stands up to|escaped|left|fled) (?:her|his|their) (?:controlling|abusive|violent|coercive|evil|cruel) (?:husband|partner|boyfriend|wife|girlfriend|father|stepdad|ex|family)\b`,
  // Writing that reads gloomy.
  pattern`\b(?:reads?|sounds?|looks?|reading|sounding) like (?:a |my )?(?:suicide|goodbye|farewell|ransom|death) note\b`,
  // Someone else's tragedy told as why they want the work: "a lad on my wing tried to hang himself when i was inside".
  pattern`\b(?:a|one|some|this|that|the) (?:lad|guy|bloke|kid|man|woman|girl|boy|fella|friend|colleague|neighbour|person|inmate|prisoner|resident|patient|client|customer|student|pupil)\b(?: (?:i (?:work|worked|used to work|was inside|live|lived|went to school|grew up) with|i know|i knew|i met)| (?!(?:i|me|myself|my self)\b)\w+){0,4} (?:got stabbed|was stabbed|got shot|was shot|got knifed|was knifed|got killed|was killed|was murdered|got murdered|tried to hang (?:himself|herself)|tried to kill (?:himself|herself)|hanged (?:himself|herself)|hung (?:himself|herself)|overdosed|died alone)\b`,
  pattern`\b(?:saw|seen|see|passed|there is|there was|there are) (?:a|an|some|this|that|the) (?:guy|man|woman|lad|bloke|girl|person|family|couple|homeless (?:guy|man|woman|person)|old (?:man|woman|guy)) (?:sleeping rough|sleeping on the streets?|sleeping in (?:a|the) doorway|begging)\b`,
  // News of a man who jumped, asked about.
  pattern`\b(?:(?:did|have) (?:you|u) (?:see|seen|hear|heard|read)|(?:saw|heard|read) (?:on the news|in the paper|online)?) ?(?:about )?(?:the|that|a) (?:man|woman|guy|lad|girl|kid|person|bloke|teenager|student) (?:who|that) (?:jumped|fell|threw himself|threw herself|killed himself|killed herself|took his own life|took her own life|was found)\b`,
];

// A crowded bus or a long meeting "so packed i wanted to die": a passing moment, said with a laugh.
const HYPERBOLE = [
  pattern`\bthe (?:bus|train|tube|queue|meeting|lecture|class|room|shop|office|waiting room|job ?centre|interview|presentation|party|journey|commute|traffic|lift|induction|training) (?:was|is|were) (?:so |that |too |dead |proper |literally )?(?:packed|rammed|crowded|hot|boiling|cringe|cringy|embarrassing|awkward|boring|long|slow|loud|busy|stuffy|smelly) (?:that )?i (?:literally )?(?:wanted to|could have|thought i would|nearly|almost) (?:die|died)\b(?=.*\b(?:lol|haha|lmao|anyway|omg)\b)`,
];

export const GOODBYES_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  [/\bdie|died\b/, HYPERBOLE, /\b(?:still|every day|all the time|not joking|seriously|for real|i mean it|actually do|really do|myself|my self|kill|end it|ending it|again)\b/],
  [/\b(?:escapes|leaves|flees|runs|gets|finally|breaks|stands|escaped|left|fled|note|jumped|fell|threw|killed|took|found|stabbed|shot|knifed|murdered|hang|hanged|hung|kill|overdosed|died|sleeping|begging)\b/, OTHERS_PHRASES, OTHERS_UNLESS],
  [/\b(?:notice|charity|service|organisation|project|group|team|refuge|helpline|goodbyes?|wrapping|wrap|wrapped|tying|tie|tied|leave|affairs|tablets?|ipads?|laptops?|computers?|take my life|useless|rubbish|hopeless|terrible|awful|crap|pants|clueless|escapes|leaves|flees|runs|gets|finally|breaks|stands|escaped|left|fled|note|cold turkey|jumped|fell|threw|killed|took|found)\b/, PHRASES, UNLESS],
];
