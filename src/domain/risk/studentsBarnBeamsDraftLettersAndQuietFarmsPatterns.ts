// Read from the two-hundred-and-first split (students and recent graduates: perfectionism, exams and
// visas; people in rural isolation: farms, villages with no bus, long winters), measured once fresh
// and then read. The kinds: hoping not to get up again; hoping to be hit by something on the way
// somewhere; a beam or a rafter "just the right height"; a poison looked up "not for work reasons";
// goodbyes posted that others take for leaving a course; a letter to the family "explaining why" kept
// as a draft; a marriage arranged and the laptop or phone taken. As worry: tearful or weepy, days
// without a word said, the last chat being with the postman, the pub and chapel shut and nowhere to
// see people, hungover again and "doing that a lot", no skills at all. Normalised words ("i would
// not", "it is", "do not").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

// "lay in bed hoping i wouldnt get up again"; "kinda hoping i get hit by something on the way to the library".
const HOPING_NOT_TO_GET_UP = [
  pattern`\b(?:hoping|hope|hoped|wishing|praying) i (?:would not|will not|do not|did not|never|would never) (?:get up|wake up|wake|come round|come back) (?:again|ever again|tomorrow|in the morning|this time)\b`,
  pattern`\b(?:hoping|hope|hoped|wishing|praying) i (?:get|got|would get|will get) (?:hit|run over|knocked over|knocked down|taken out) by (?:something|a car|a bus|a lorry|a truck|a tractor|a train|anything|someone)\b`,
];

// "the old barn has a beam thats just the right height, keep noticing it".
const BEAM_THE_RIGHT_HEIGHT = [
  pattern`\b(?:beam|beams|rafter|rafters|banister|bannister|hook|joist|joists|loft hatch|tree branch|branch)\b(?: \w+){0,4}? (?:just |exactly )?the right height\b`,
  pattern`\b(?:beam|beams|rafter|rafters|banister|bannister|hook|joist|joists)\b(?: \w+){0,4}? (?:would|will|could) (?:hold|take) (?:my|the) weight\b`,
];
const BEAM_FOR_WORK = String.raw`\b(?:shelf|shelves|shelving|hang (?:the|a|my) (?:washing|coats?|bike|bikes|tools|lights|sign|picture|mirror|plants?|swing|hammock)|swing|hammock|punch ?bag|punching bag|pull ?ups?|gym|climbing|desk|monitor|van|lorry|forklift|ceiling fan|lights?|builder|joiner|carpenter|survey\w*|quote|job|course|apprentice\w*|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "looked up sheep dip poisoning and not for work reasons".
const LOOKED_UP_A_POISON = [
  pattern`\b(?:looked up|look up|looking up|googled|googling|searched|searching|researched|researching|read up on|reading up on)\b(?: \w+){0,4}? (?:poisoning|poison|poisons|overdose|lethal dose|fatal dose|toxic dose|how much it takes|how long it takes)\b(?: \w+){0,4}? (?:and )?(?:not for|it is not for|it was not for|wasnt for|was not for|not because of) (?:work|a course|my course|uni|college|an essay|revision|the exam|my job|the farm|study|studying)(?: reasons)?\b`,
];

// "posted my goodbyes on the uni discord, some people think its about leaving the course lol".
const GOODBYES_TAKEN_FOR_SOMETHING_ELSE = [
  pattern`\b(?:posted|wrote|sent|put up|put out|said|typed)\b(?: \w+){0,2}? goodbyes?\b.*\b(?:think|thinks|thought|assume|assumed|reckon)\b(?: \w+){0,2}? (?:it is|it was|i am|i meant|i mean) (?:about |just )?(?:leaving|quitting|dropping out|moving|going home|the course|a new job|a holiday|the move)\b`,
];

// "i've written a letter for my parents explaining why. its in my inbox as a draft".
const LETTER_EXPLAINING_WHY = [
  pattern`\b(?:written|wrote|writing|typed|left|drafted|done) (?:a |the |my )?(?:letter|note|message|email|text)s? (?:for|to) (?:my |the )?(?:parents|mum|mam|dad|family|partner|wife|husband|kids|children|sister|brother|nan|gran|girlfriend|boyfriend|flatmates|friends|mates)\b(?: \w+){0,3}? explaining why\b`,
];
const EXPLAINING_WHY_EVERYDAY = String.raw`\b(?:i (?:left|quit|dropped out|moved|failed|missed|was late|did not come|could not come|am leaving|am moving|am dropping out|changed)|the job|my job|new job|the course|the move|the gap|my cv|the exam|my grades|my results|i need (?:time|space)|coming out|came out|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "my family has arranged a marriage for me and they took my laptop so i cant finish applications".
const MARRIAGE_AND_THINGS_TAKEN = [
  pattern`\b(?:arranged|arranging|planned|planning|forcing|forced) (?:a |my )?marriage (?:for me|on me)\b.*\b(?:took|taken|take|takes|hid|hidden|confiscated|locked away|keep|keeps|kept) (?:my |away my )?(?:laptop|phone|passport|documents|papers|id|bank card|cards|keys|money|visa|brp)\b`,
  pattern`\b(?:took|taken|take|takes|hid|hidden|confiscated|locked away|keep|keeps|kept) (?:my |away my )?(?:laptop|phone|passport|documents|papers|id|bank card|cards|keys|money|visa|brp)\b.*\b(?:arranged|arranging|planned|planning|forcing|forced) (?:a |my )?marriage (?:for me|on me)\b`,
];

// Worries.
const TEARFUL = [
  pattern`\b(?:i am |i have been |been |feeling |feel |felt |so |bit |a bit |quite |really |very |always |keep |all )(?:tearful|teary|weepy|teary eyed)\b`,
  pattern`(?:^|\bi )(?:keep|kept|cannot stop|can not stop) (?:crying|bursting into tears|welling up|filling up)\b`,
];
const DAYS_WITHOUT_A_WORD = [
  pattern`\b(?:some days|most days|whole days|days go by|days when|for days|all week) i (?:do not|did not|never|barely|hardly) (?:say|speak|utter) (?:a word|a single word|to anyone|to a soul|a thing)\b`,
  pattern`\b(?:the )?last (?:proper |real )?(?:chat|conversation|talk|word) i (?:had|have had|had was) (?:was )?with (?:the postman|the postie|the delivery (?:man|driver)|the milkman|the bin men|the cashier|the checkout|the vet)\b`,
  pattern`\b(?:the |our )?(?:pub|chapel|church|shop|post office|library|school|bus) (?:shut|closed|went|stopped)\b.*\bnowhere (?:to|left to) (?:see|meet|talk to) (?:people|anyone|anybody|a soul)\b`,
];
const HUNGOVER_A_LOT = [
  pattern`(?:^(?:woke up |got up |feeling |feel )?|\bi (?:am |was |woke up |got up |have been |been |feel |felt )?)(?:still |a bit |bit |so |really |proper |well )*(?:hungover|hung over|still drunk|rough from the night before|hanging)\b.*\b(?:been doing that a lot|doing that a lot|every (?:day|morning|weekend)|most days|most mornings|again and again|a lot lately|all the time)\b`,
];
const NO_SKILLS_AT_ALL = [
  pattern`\bwhat skills (?:do i have|have i got)\b\W*(?:none|nothing|zero|zilch|not one|not a single one)\b`,
];

export const TWO_HUNDRED_AND_FIRST_WHOLE_SETS = [
  [unless(String.raw`\b(?:hop\w*|wish\w*|pray\w*)\b`, String.raw`\b(?:for (?:him|her|them|my \w+)|my (?:mum|dad|nan|gran|grandad|dog|cat|baby)|the (?:dog|cat|baby|kids?)|hit by (?:the|a) (?:snow|rain|storm|traffic)|${LAUGH.replace('lol|lmao|', '')})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', HOPING_NOT_TO_GET_UP)]],
  [unless(String.raw`\b(?:beams?|rafters?|banister|bannister|hook|joists?|loft hatch|branch)\b`, BEAM_FOR_WORK), [group('crisis', 'thinking about a way to end their life', BEAM_THE_RIGHT_HEIGHT)]],
  [unless(String.raw`\b(?:poison\w*|overdose|lethal|fatal|toxic|it takes)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'thinking about a way to end their life', LOOKED_UP_A_POISON)]],
  // "they think i am moving to leeds, which i am": what they think is so.
  [unless(String.raw`\bgoodbyes?\b`, String.raw`\b(?:which i am|and i am|i really am|i actually am|i am though|which i did|leaving do|leaving party|leaving drinks|farewell do)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'preparing to end their life, or a past attempt', GOODBYES_TAKEN_FOR_SOMETHING_ELSE)]],
  [unless(String.raw`\bexplaining why\b`, EXPLAINING_WHY_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', LETTER_EXPLAINING_WHY)]],
  [unless(String.raw`\bmarriage\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'coercive control', MARRIAGE_AND_THINGS_TAKEN)]],
  [unless(String.raw`\b(?:tearful|teary|weepy|crying|tears|welling|filling up)\b`, String.raw`\b(?:happy tears|tears of joy|in a good way|proud|wedding|graduation|film|movie|onions?|hay fever|hayfever|allerg\w*|eye drops|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'low mood', TEARFUL)]],
  [unless(String.raw`\b(?:word|words|chat|conversation|talk|nowhere)\b`, String.raw`\b(?:silent retreat|meditation|on purpose|by choice|deaf|sign language|bsl|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'feels alone', DAYS_WITHOUT_A_WORD)]],
  [unless(String.raw`\b(?:hungover|hung over|drunk|rough|hanging)\b`, String.raw`\b(?:not anymore|stopped|sober now|gave up|quit drinking|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'drinking or drugs to cope', HUNGOVER_A_LOT)]],
  [unless(String.raw`\bskills\b`, String.raw`\b(?:${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'feels worthless', NO_SKILLS_AT_ALL)]],
] as const;
