// Risk said in plain, second-language English, in recovery, after prison, as a single parent or with a
// disability, often as a short answer to the coach's buttons.
// Crisis: better under the ground (in the grave, dead) than to live like this; whether the gas oven
// still works "for that", or is a myth; signing off for good with "it was not your fault"; not bought
// the rope (pills) yet, but knowing which tree (bridge) and which night; went home and cut, the first
// time in years; cannot come in "with this face", he was drunk (he hit me); a husband (partner) who
// threw hot tea (boiling water) on them.
// Concern: maybe never, does not matter; the plan is for people who have a chance; gave up on goals;
// months clean but drove past the old dealer's house (nearly used); wasted, been on it since friday;
// deductions (a sanction) that leave 60 quid a month to live on; a sanction and "how do i pay"; one word
// "drowning" then the list; cannot manage all the appointments (probation, job centre) in one week;
// wanted to throw a chair at his head (haha).
// Each rests on two parts of the message or a whole phrase, so it is read in the whole message and the
// classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskSeventySeventhForms.test.ts. Normalised words ("can not" for can't, "have not").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless, WEEKDAY } from './wholeMessageSets.ts';

const OTHERS = String.raw`he|she|hes|shes|his|her|they|their|my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|aunty|cousin|neighbour|flatmate|partner)|character|film|book|show|series|song|game|episode|novel|story|play|poem|podcast|news|radio`;

// --- Crisis -------------------------------------------------------------------------------------
const BETTER_UNDER_GROUND = pattern`${NOT_BEFORE}\b(?:it is |it would be |i would be |i am |im |id be |maybe )?(?:better|easier) (?:to be )?(?:under the ground|in the ground|underground|in the grave|in a grave|in a box|six feet under|dead|gone|not alive|not born|never born) than (?:to )?(?:live|living|be alive|being alive|go on|going on|carry on|carrying on|this|like this|feel|feeling)\b`;
const UNDER_OUT = String.raw`\b(?:red|${OTHERS}|${LAUGH})\b`;

const GAS_OVEN_FOR_THAT = pattern`\b(?:gas oven|oven gas|gas cooker|car exhaust|exhaust pipe)\b(?: \w+){0,3}? (?:still )?(?:works?|do it|does it) (?:for (?:that|it)(?= (?:or|still|anymore|any more|now|nowadays|these days|is it)\b| ?$)|to (?:end it|die|kill (?:myself|yourself|you|someone)))|\b(?:gas oven|oven gas|gas cooker)\b(?: \w+){0,6}? (?:is it |or is it |just )?a myth\b`;
const GAS_OUT = String.raw`\b(?:bill|meter|engineer|repair|fix|fixed|broken|broke|landlord|cook|cooking|roast|bake|baking|recipe|pizza|chicken|safety|certificate|leak|carbon monoxide alarm|${LAUGH})\b`;

const SIGNING_OFF_FAULT = pattern`^(?=.*\b(?:signing off|sign off|logging off|saying goodbye|this is goodbye|this is me (?:going|leaving|gone|off)) (?:for good|forever|for ever|for the last time|permanently)\b)(?=.*\b(?:(?:was|is|it was|it is) not (?:your|anyones|any ones|you) fault|not your fault|thank you for everything|thanks for everything|take care of (?:my|the) (?:kids|children|son|daughter|dog|cat)|look after (?:my|the) (?:kids|children|son|daughter|dog|cat)|goodbye|bye forever)\b)`;
const SIGNING_OUT = String.raw`\b(?:job ?seekers|jsa|universal credit|uc|benefits?|new job|got a job|got the job|starting|start|sick note|fit note|work|contract|course|app|account|group|chat|whatsapp|facebook|social media|${LAUGH})\b`;

const ROPE_NOT_YET = pattern`\b(?:have not|not|did not|do not|not yet) (?:bought|got|buy|get|collected|picked up|ordered) (?:the|a|my|enough) (?:rope|noose|pills|tablets|charcoal|hose|hosepipe|ladder)(?: \w+)? yet\b(?: \w+){0,6}? (?:i know|i have picked|i have chosen|i have found|already know|know) (?:which|where|when|the)\b|\bi know (?:which|what) (?:tree|bridge|beam|building|car park|cliff|railway|line)\b(?: \w+){0,3}? and (?:which|what) (?:night|day|date|time)\b`;
const ROPE_OUT = String.raw`\b(?:climbing|climb|swing|tree house|treehouse|washing line|camping|tent|boat|sailing|tug of war|gym|christmas tree|lights|picnic|party|date night|${OTHERS}|${LAUGH})\b`;

const CUT_FIRST_TIME = pattern`\b(?:went home and|came home and|and then|then|i|i have|i had|i just) (?:cut|cut myself|self harmed|harmed myself|burned myself|burnt myself|hurt myself)\b(?! (?:the|a|an|some|my|it|them|him|her|down|off|out|back|up|in|into|loose|short|ties|costs?|corners|hair|grass|hedge|price|class|school|line|queue|through|across|open))(?: \w+){0,3}? (?:first time|1st time|the first time) (?:in|for|since) (?:\w+ )?(?:years?|months?|weeks?|ages|a long time|so long|forever|court|prison|rehab|jail)\b`;
const CUT_OUT = String.raw`\b(?:haircut|barber|hairdresser|fringe|grass|lawn|hedge|cake|fabric|pattern|sewing|cooking|wood|carpentry|budget|hours|shifts?|pay|benefits?|money|wifi|power|electric|gas|water|phone|${OTHERS}|${LAUGH})\b`;

const WITH_THIS_FACE = pattern`^(?=.*\b(?:can not|cannot|could not|not|will not|do not want to|too ashamed to|ashamed to) (?:come|go|go out|leave the house|get|show|be seen|make it|attend|face)\b(?: \w+){0,5}? (?:with|looking like) (?:this|my|these|a) (?:face|black eye|eye|lip|split lip|bruises?|marks?|swollen face|cheek|nose)\b)(?=.*\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex|dad|stepdad|son)\b(?: \w+){0,2}? (?:was drunk|got drunk|drunk again|was drinking|hit|hits|punched|slapped|kicked|lost it|lost his temper|lost her temper|went mad|kicked off|did it|again)\b)`;
const FACE_OUT = String.raw`\b(?:makeup|make up|spots|acne|rash|allergy|allergic|dentist|tooth|filler|botox|tan|sunburn|football|boxing|rugby|fell|fall|slipped|tripped|accident|bike|${LAUGH})\b`;

const THREW_HOT_ON_ME = pattern`\b(?:husband|wife|partner|boyfriend|girlfriend|fiance|ex|he|she|my man|his mother|mother in law)\b(?: \w+)? (?:throw|threw|throws|thrown|throwing|pour|poured|pours|pouring|chucked|chucks|chuck|tipped|splashed) (?:a |the |his |her |some )?(?:hot|boiling|scalding|burning) (?:tea|coffee|water|soup|oil|food|drink|kettle|pan)\b(?: \w+){0,2}? (?:on|at|over|onto|in) (?:me|my)\b`;
const THREW_OUT = String.raw`\b(?:accident|accidentally|by mistake|spilled|spilt|tripped|baby|toddler|dog|cat|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const MAYBE_NEVER = pattern`\bmaybe never\b(?: \w+){0,2}? (?:(?:it )?(?:does not|do not|will not|nothing) (?:matter|matters|make a difference|change|care)|who cares|what is the point|no point|whatever)\b`;
const NEVER_OUT = String.raw`\b(?:${OTHERS}|${LAUGH})\b`;

const FOR_PEOPLE_CHANCE = pattern`\b(?:it is|its|that is|thats|this is|these are|they are|plans are|it is only|it is just) (?:only |just |really |more )?(?:for|meant for|made for) (?:people|those|folk|others|other people|normal people|the lucky ones|people like you) (?:who|that|with) (?:have |has |got |stand |still have |have got )?(?:a chance|a future|prospects|hope|something going for them|a shot|a life)\b`;
const CHANCE_OUT = String.raw`\b(?:football|match|team|league|lottery|raffle|prize|draw|quiz|competition|${LAUGH})\b`;

const GAVE_UP_ON_GOALS = pattern`${NOT_BEFORE}\b(?:i |i have |i just |i kind of |honestly |just )?(?:gave|given) up on (?:goals|plans|dreams|hope|hoping|the future|my future|myself|life|everything|having goals|getting better(?! at\b)|ever getting)\b(?! insurance)\b`;
const GAVE_UP_OUT = String.raw`\b(?:smoking|cigarettes|vaping|sugar\w*|sweets|chocolate|crisps|takeaways|lent|dry january|veganuary|diet|gym|drinking|booze|weed|gambling|team|game|level|${OTHERS}|${LAUGH})\b|\bnever (?:gave|give|given) up\b`;

const CLEAN_BUT = pattern`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a few|a couple of|some) (?:days?|weeks?|months?|years?) (?:clean|sober|off (?:it|the drink|the gear|drugs|the booze|heroin|crack|spice))\b(?: \w+){0,2}? (?:but|and|yet)\b(?: \w+){0,6}? (?:dealers?|old dealer|dealer\w*|off licence|offie|offy|the pub|the bookies|craving|cravings|nearly|almost|tempted|so close|old crowd|old mates|used again|relapse\w*|slipped|picked up|score|scored)\b`;
const CLEAN_OUT = String.raw`\b(?:${OTHERS}|${LAUGH})\b|\bclean (?:shaven|record|driving|licence|house|kitchen|room|slate|sheet)\b`;

const ON_IT_SINCE = pattern`^(?=.*\b(?:wasted|smashed|mashed|off my face|off my head|hanging|hungover|hung over|still drunk|still high|twisted|battered|on a bender|bender|on the piss|on the cans|on the gear)\b)(?=.*\b(?:been|i have been|i am|still) on (?:it|a bender|the (?:piss|cans|beer|booze|drink|gear|sesh|vodka)) (?:since|for|all) (?:${WEEKDAY}|the weekend|last night|days|\d+ days|two days|three days|four days|yesterday|friday night|weekend|morning)\b)`;
const ON_IT_OUT = String.raw`\b(?:work|working|shift|project|job search|cv|application|revision|course|computer|laptop|phone|game|gaming|xbox|playstation|diet|${OTHERS})\b`;

const LEFT_TO_LIVE_ON = pattern`\b(?:leaves?|leaving|left) me (?:with )?(?:only |just |about |around |barely |less than )?(?:\u00a3?\d+|nothing|hardly anything|pennies|a few quid|a tenner|twenty quid|fifty quid)(?: quid| pounds| pound)?(?: a| per| each)? (?:week|month|fortnight|day) to live(?: on)?\b|\b(?:\u00a3?\d+|a few) (?:quid|pounds) a (?:week|month|fortnight) to live on\b`;
const LEFT_OUT = String.raw`\b(?:holiday|trip|abroad|pocket money|spending money|savings account|${OTHERS}|${LAUGH})\b`;

const SANCTION_PAY = pattern`^(?=.*\b(?:sanction|sanctioned|sanctions|stopped my money|money stopped|stopped my benefits|stopped my uc|stopped my payments)\b)(?=.*\b(?:how (?:do|will|can|am) i (?:supposed to )?(?:pay|eat|live|feed|afford|survive|get by|manage)|can not pay|cannot pay|can not afford|cannot afford|no money (?:for|left|at all)|nothing to (?:live|eat|pay))\b)`;
const SANCTION_OUT = String.raw`\b(?:sanctions on|russia|country|countries|government|trade|news|${OTHERS}|${LAUGH})\b`;

const DROWNING_LIST = pattern`^(?:honestly |just |i am |im |feel like i am |feeling )?(?:drowning|sinking|going under|treading water|underwater)\b(?: \w+){1,12}? (?:ill|sick|poorly|broke|broken|bills?|interview|appointments?|court|probation|rent|debt|kids|children|work|no money)\b`;
const DROWNING_OUT = String.raw`\b(?:paperwork|offers|good problem|emails|orders|work|swim|swimming|pool|lifeguard|beach|sea|boat|film|book|phone|dropped|flood|flooded|rain|drowning out|${LAUGH})\b`;

const TOO_MANY_APPOINTMENTS = pattern`\b(?:can not|cannot|could not|struggling to|struggle to|how (?:am|do|can) i (?:supposed to )?|no way i can|impossible to) (?:manage|keep up with|juggle|handle|cope with|get to|do|make) (?:all )?(?:the|these|my|those|this many|so many) (?:appointments|meetings|demands|deadlines|places|services|things they want)\b(?: \w+){0,12}? (?:same week|same day|one week|one day|all at once|at the same time|every day|this week)\b`;
const APPOINTMENTS_OUT = String.raw`\b(?:calendar|diary app|app|reminders?|rota|clients|customers|patients|boss|manager|job as|receptionist|${OTHERS}|${LAUGH})\b`;

const CHAIR_AT_HEAD = pattern`\bi (?:wanted|want|was about|was going|could have|could|nearly|almost|felt like|was ready)(?: to)? (?:throw|threw|throwing|lob|lobbed|lobbing|chuck|chucked|chucking|hurl|hurled|hurling|smash|smashed|smashing) (?:a|my|the|his|her|that) (?:chair|table|laptop|phone|shoe|stapler|cup|mug|brick|bottle|glass|keyboard|plate) (?:at|into|over) (?:his|her|their|the \w+s|your) (?:head|face|stupid head|stupid face)\b`;
const CHAIR_OUT = String.raw`\b(?:game|match|film|show|dream|dreamt|dreamed|darts|dodgeball|pillow|ball|${OTHERS.replace('he|she|hes|shes|his|her|they|their|', '')})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SEVENTY_SEVENTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bthan\b`, UNDER_OUT), [group('crisis', 'wishes to be dead', [BETTER_UNDER_GROUND])]],
  [unless(String.raw`\b(?:gas|exhaust)\b`, GAS_OUT), [group('crisis', 'thinking about a way to end their life', [GAS_OVEN_FOR_THAT])]],
  [unless(String.raw`\b(?:for good|forever|for ever|for the last time|permanently)\b`, SIGNING_OUT), [group('crisis', 'intends to end their life', [SIGNING_OFF_FAULT])]],
  [unless(String.raw`\b(?:yet|which|what)\b`, ROPE_OUT), [group('crisis', 'a plan to end their life', [ROPE_NOT_YET])]],
  [unless(String.raw`\bfirst time\b`, CUT_OUT), [group('crisis', 'self-harm', [CUT_FIRST_TIME])]],
  [unless(String.raw`\b(?:face|eye|lip|bruises?|marks?|cheek|nose)\b`, FACE_OUT), [group('crisis', 'abuse or violence', [WITH_THIS_FACE])]],
  [unless(String.raw`\b(?:hot|boiling|scalding|burning)\b`, THREW_OUT), [group('crisis', 'abuse or violence', [THREW_HOT_ON_ME])]],
  [unless(String.raw`\bmaybe never\b`, NEVER_OUT), [group('concern', 'hopelessness', [MAYBE_NEVER])]],
  [unless(String.raw`\bfor (?:people|those|folk|others|other people|normal people|the lucky ones)\b`, CHANCE_OUT), [group('concern', 'hopelessness', [FOR_PEOPLE_CHANCE])]],
  [unless(String.raw`\bup on\b`, GAVE_UP_OUT), [group('concern', 'hopelessness', [GAVE_UP_ON_GOALS])]],
  [unless(String.raw`\b(?:clean|sober|off)\b`, CLEAN_OUT), [group('concern', 'drinking or drugs to cope', [CLEAN_BUT])]],
  [unless(String.raw`\bon (?:it|a bender|the)\b`, ON_IT_OUT), [group('concern', 'drinking or drugs to cope', [ON_IT_SINCE])]],
  [unless(String.raw`\bto live\b`, LEFT_OUT), [group('concern', 'money worries', [LEFT_TO_LIVE_ON])]],
  [unless(String.raw`\b(?:sanction\w*|stopped)\b`, SANCTION_OUT), [group('concern', 'money worries', [SANCTION_PAY])]],
  [unless(String.raw`^(?:honestly |just |i am |im |feel like i am |feeling )?(?:drowning|sinking|going under|treading water|underwater)\b`, DROWNING_OUT), [group('concern', 'not coping', [DROWNING_LIST])]],
  [unless(String.raw`\b(?:appointments|meetings|demands|deadlines|places|services)\b`, APPOINTMENTS_OUT), [group('concern', 'not coping', [TOO_MANY_APPOINTMENTS])]],
  [unless(String.raw`\bat (?:his|her|their|the \w+s|your) (?:head|face|stupid)\b`, CHAIR_OUT), [group('concern', 'joked about hurting someone', [CHAIR_AT_HEAD])]],
];
