// Read from the two-hundred-and-sixty-second split (graduates in meme-speak and dark irony; hospitality
// and retail workers laid off), measured once fresh and then read. Kinds the models had left short,
// said in general forms, not as the lines were written: asking whether a way to die is real "for me";
// papers or a degree kept locked away until the client gives in; an ex in their email undoing their
// applications; skin that looks like a barcode; a plan set for a date that "seems fitting"; nothing
// at all, counted as zeros; rent let off for sex; the last application "either way"; wanting someone
// dead and thinking they could do it; hoping not to make it home; not letting someone leave in one
// piece; hoping "my time comes", literally.
// Normalised words ("i am", "do not", "would not"); the gates shut on stories and others' words.
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, SOMEONE_ELSE_SAID, unless } from './wholeMessageSets.ts';

// "is the toaster in the tub thing real, asking for me"; "how many of my tablets would it take, asking for myself".
const ELECTRIC_IN_WATER = String.raw`(?:hairdryer|hair dryer|hairdrier|toaster|straighteners|electric heater|radio)`;
const A_WAY_TO_DIE_ASKED_FOR_ME = [
  pattern`^(?=.*\b(?:bath|tub|bathtub)\b)(?=.*\b${ELECTRIC_IN_WATER}\b).*\b(?:real|true|actually work|work|works|kill you|asking for (?:me|myself))\b`,
  pattern`\b(?:how (?:many|much|long)|lethal|fatal|painless|quickest|fastest|easiest)\b.*\basking for (?:me|myself)\b`,
];
const ASKED_FOR_ME_EVERYDAY = String.raw`\b(?:baby|toddler|kids?|dog|cat|electrician|safety|rcd|fuse|socket|dropped|fell in|job|jobs|interview|applications?|cv|pay|salary|wage|wages|hours|benefits?|universal credit|money|rent|holiday)\b|${SOMEONE_ELSE_SAID}`;
// A film shuts it unless the client says the question is for them ("real or just a film thing, asking for me").
const A_STORY_NOT_ASKED_FOR_ME = String.raw`^(?!.*\basking for (?:me|myself)\b).*(?:${SOMEONE_ELSE_OR_A_STORY})`;

// "dad has my degree certificate locked away until i agree to the family business"; "she hid my passport so i cannot leave".
// Not a phone: "my son hides my phone so i cant find it" is a child's game (a phone kept from them is read elsewhere).
const PAPERS = String.raw`(?:passport|id|birth certificate|degree certificate|certificates?|documents|papers|visa|brp|driving licence|bank cards?|bank card)`;
const PAPERS_HELD_UNTIL_I_GIVE_IN = [
  pattern`\b(?:has|have|keeps|kept|took|has taken|locked|hidden|hid|hides|holding|holds|is holding|confiscated|will not give me|wont give me|refuses to give me)\b(?: \w+){0,2} (?:my|our) ${PAPERS}\b(?: \w+){0,5} (?:until|unless|till|so i cannot|so i can not|so i cant|so i do not|so that i cannot)\b`,
];
const PAPERS_EVERYDAY = String.raw`\b(?:son|daughter|kids?|toddler|baby|dog|puppy|lost|post|posted|renew\w*|office|photocop\w*|copy|copies|scan\w*|verif\w*|right to work|dbs|check\w*|repair\w*|fix\w*|screen|broken|charg\w*|safe keeping|safekeeping)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "my ex still has the login to my email and keeps withdrawing my applications".
const SOMEONE_CLOSE = String.raw`(?:ex|my ex|partner|husband|wife|boyfriend|girlfriend|bf|gf|he|she)`;
const AN_EX_UNDOING_MY_APPLICATIONS = [
  pattern`\b${SOMEONE_CLOSE}\b(?: \w+){0,3} (?:has|still has|got|knows|changed|logs into|logged into|gets into|reads|goes through|checks)\b(?: \w+){0,3} (?:login|log in|password|passwords|account|email|emails|inbox)\b.*\b(?:withdraw\w*|delet\w*|cancel\w*|turn\w* down|declin\w*|pretend\w* to be me|as me|lock\w* me out)\b`,
  pattern`\b${SOMEONE_CLOSE}\b(?: \w+){0,2} (?:keeps|kept|has been|went and) (?:withdrawing|withdrew|deleting|deleted|cancelling|cancelled|declining|declined) my (?:applications?|interviews?|job offers?|offers?)\b`,
];
const ACCOUNTS_EVERYDAY = String.raw`\b(?:help\w*|for me because|dyslexi\w*|by mistake|accident\w*|netflix|spotify|gaming)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "my wrists look like a barcode again"; "barcode arms are back".
const SKIN_LIKE_A_BARCODE = [
  pattern`\b(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?)\b(?: \w+){0,3} (?:look|looks|looking|like|are|is) (?:like )?(?:a )?barcodes?\b`,
  pattern`\bbarcode (?:arms?|wrists?|thighs?|legs?)\b`,
];
const BARCODE_EVERYDAY = String.raw`\b(?:tattoo\w*|scanner|till|tills|price|stock|label\w*|sticker\w*|printer|app|self checkout)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "planning to do it on the 14th, the day my rent is due, seems fitting".
const A_FITTING_DATE = [
  pattern`\b(?:(?:planning|going|want|decided) to|gonna|i will|ill) do it (?:on|at|after|before)\b.*\b(?:seems fitting|fitting|poetic|feels right|appropriate)\b`,
];
const FITTING_EVERYDAY = String.raw`\b(?:interview|application|cv|course|exam|job|shift|wedding|party|birthday|move|moving|paint\w*|decorat\w*|quit|quitting|resign\w*|notice|hand in)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "0 food 0 money 0 gas"; "zero food and nil money" (a joke about "speedrunning homelessness" alone, after an eviction notice, is a worry, not tonight).
const NOTHING_COUNTED_AS_ZEROS = [
  pattern`\b(?:0|zero|nil) (?:food|money|cash|gas|electric|electricity|credit|quid)\b(?: \w+){0,2} (?:0|zero|nil) (?:food|money|cash|gas|electric|electricity|credit|quid)\b`,
];
const ZEROS_EVERYDAY = String.raw`\b(?:allowed|permitted|bring|provided|course|training|interview|budget\w*|app|calories|diet|fasting|game|gaming)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "landlord said he would forget the rent if i slept with him"; "he offered to knock off the arrears for sex".
const RENT_LET_OFF_FOR_SEX = [
  pattern`\b(?:forget|forgive|drop|wipe|waive|let me off|cancel|knock off|sort|cover|pay)\b(?: \w+){0,2} (?:the |my )?(?:rent|arrears|debt|money i owe|deposit|bills?)\b(?: \w+){0,3} if i (?:slept|sleep|sleeping|have sex|had sex|hook up|hooked up|go to bed|went to bed|get with|got with|do stuff|did stuff|do things|did things)\b`,
  pattern`\b(?:rent|arrears|debt|deposit)\b(?: \w+){0,4} (?:for|in exchange for|in return for) (?:sex|sleeping with (?:him|her|them)|favours|favors)\b|\bsex for rent\b`,
];
const RENT_FOR_SEX_EVERYDAY = String.raw`\b(?:documentary|news|article|headline|campaign|charity|leaflet)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "this is the last application ill ever send either way".
const THE_LAST_EVER_EITHER_WAY = [
  pattern`\b(?:last|final) (?:\w+ ){0,2}(?:i will|ill|i am going to|i am gonna|i) ever (?:send|do|fill|write|go to|attend|make|submit)\b.*\b(?:either way|one way or another|whatever happens|no matter what)\b`,
];
const LAST_EVER_EVERYDAY = String.raw`\b(?:job offer|offered|start\w*|retir\w*|self employed|my own business|course|uni|university|college|pension|lottery|win)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "i want my old line manager dead and i think i could do it".
const WANTING_DEAD_AND_ABLE = [
  pattern`\bi want (?:\w+ ){1,4}dead and i (?:think i |reckon i |know i )?(?:could|would|can|will|actually could) (?:do it|do him|do her|do them|actually do it|go through with it)\b`,
];
const WANTING_DEAD_EVERYDAY = String.raw`\b(?:phone|battery|laptop|alarm|plant|plants|weeds|wasp|wasps|spider|mouse|mice|rats?|game|gaming)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "sometimes i hope i just dont make it home from the school run".
const HOPING_NOT_TO_MAKE_IT = [
  pattern`\b(?:hope|wish|wishing|hoping|pray|praying) i (?:just )?(?:do not|did not|never|would not|will not|wont) make it (?:home|back|through the (?:night|day|week)|to (?:the )?(?:morning|tomorrow|the weekend))\b`,
];
const MAKE_IT_EVERYDAY = String.raw`\b(?:in time|too late|late for|before|for tea|for dinner|traffic|party|match|pub|to the interview|shortlist|next round|final|team|cut)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "if the bailiffs come in im not letting them leave in one piece".
const NOT_LEAVING_IN_ONE_PIECE = [
  pattern`\b(?:not|never|no way i am|i will not|i wont) (?:letting|let|going to let|gonna let) (?:them|him|her|the \w+|that \w+|anyone|any of them) (?:leave|walk out|go|get out)\b(?: \w+){0,3} in one piece\b`,
  pattern`\b(?:they|he|she|bailiffs?|landlord|the \w+)\b(?: \w+){0,3} (?:will not|wont|are not|is not|not) (?:leave|leaving|walk out|walking out|go home|going home) in one piece\b`,
];
const ONE_PIECE_EVERYDAY = String.raw`\b(?:${LAUGH}|parcel|package|delivery|deliveries|furniture|sofa|cake|phone|laptop|car|van|kids|dog|game|gaming|match|party)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "everyone says your time will come and im like i hope my time comes. literally".
const HOPING_MY_TIME_COMES = [
  pattern`\b(?:hope|wish|pray|praying|hoping) my time (?:comes|would come|will come|came|is up)\b.*\b(?:literally|soon|sooner|already|quick|quickly|for real|properly|for good)\b`,
];
const MY_TIME_EVERYDAY = String.raw`\b(?:turn|chance|job|interview|promotion|success|lottery|rich|famous|break|shine)\b|${SOMEONE_ELSE_OR_A_STORY}`;

export const SIXTY_SECOND_WHOLE_SETS = [
  [unless(String.raw`\b(?:bath|tub|bathtub|asking for)\b`, `${ASKED_FOR_ME_EVERYDAY}|${A_STORY_NOT_ASKED_FOR_ME}`), [group('crisis', 'thinking about a way to end their life', A_WAY_TO_DIE_ASKED_FOR_ME)]],
  [unless(String.raw`\b(?:until|unless|till|so i)\b`, PAPERS_EVERYDAY), [group('crisis', 'coercive control', PAPERS_HELD_UNTIL_I_GIVE_IN)]],
  [unless(String.raw`\b(?:withdraw\w*|delet\w*|cancel\w*|turn\w* down|declin\w*|as me|lock\w* me out)\b`, ACCOUNTS_EVERYDAY), [group('crisis', 'coercive control', AN_EX_UNDOING_MY_APPLICATIONS)]],
  [unless(String.raw`\bbarcodes?\b`, BARCODE_EVERYDAY), [group('crisis', 'self-harm', SKIN_LIKE_A_BARCODE)]],
  [unless(String.raw`\bdo it\b`, FITTING_EVERYDAY), [group('crisis', 'a plan to end their life', A_FITTING_DATE)]],
  [unless(String.raw`\b(?:0|zero|nil)\b`, ZEROS_EVERYDAY), [group('crisis', 'no safe place, food or power tonight', NOTHING_COUNTED_AS_ZEROS)]],
  [unless(String.raw`\b(?:if i|for sex|for sleeping|for favou?rs|sex for)\b`, RENT_FOR_SEX_EVERYDAY), [group('crisis', 'abuse or violence', RENT_LET_OFF_FOR_SEX)]],
  [unless(String.raw`\bever\b`, LAST_EVER_EVERYDAY), [group('crisis', 'intends to end their life', THE_LAST_EVER_EITHER_WAY)]],
  [unless(String.raw`\bdead and\b`, WANTING_DEAD_EVERYDAY), [group('crisis', 'harm to someone else', WANTING_DEAD_AND_ABLE)]],
  [unless(String.raw`\bmake it\b`, MAKE_IT_EVERYDAY), [group('crisis', 'wishes to be dead', HOPING_NOT_TO_MAKE_IT)]],
  [unless(String.raw`\bone piece\b`, ONE_PIECE_EVERYDAY), [group('crisis', 'harm to someone else', NOT_LEAVING_IN_ONE_PIECE)]],
  [unless(String.raw`\bmy time\b`, MY_TIME_EVERYDAY), [group('crisis', 'wishes to be dead', HOPING_MY_TIME_COMES)]],
] as const;
