// Risk told through time: what happened before, what the calendar brings round, what happens "once
// the money goes", and the minimising ("bit silly really") wrapped round it.
// Crisis: "i could just stop everything for good"; the last attempt did not work, the next one will;
// the same spot for years (the bridge, level 7 of the car park) and now a date set; someone who
// "needs teaching a lesson" with friends who will help on a day; an interview cancelled as the
// bruises could not be covered.
// Concern: "they said that last spring too" when things are meant to pick up; never any good at
// anything; let go first, always me; so many years sober (clean, dry) until a month; the mortgage goes
// if no work by spring, the bank's letter; a loan off a bloke at the pub and the interest; christmas
// was just me, all the friends went with the ex, the house went silent once the kids left, talking to
// the radio now, they stopped inviting me; cannot face opening the laptop and sit there frozen for an
// hour; the january blues that started in november; "someones getting punched" if it happens again.
// Each rests on two parts of the message or a whole phrase, so it is read in the whole message and
// the classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskEightyFirstForms.test.ts. Normalised words ("wholl", "someones", "can not").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const OTHERS = String.raw`he|she|hes|shes|his|her|they|their|my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife)s?|character|film|book|show|series|song|game|episode|novel|story|play`;
/** Someone else's doing, said of them: "my brother was sober till", "she could not hide". */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|boss|colleague)s?|he|she|they|hes|shes|theyre|his|their) (?:was|is|were|had|has|could|can|took|got|said|says|tried|will|would)\b`;
/** Someone close named as the one it is about: "my brother says". */
const KIN = String.raw`my (?:mum|mom|dad|mother|father|brother|sister|son|daughter|nan|gran|friend|mate|partner|husband|wife)s? (?:is|was|has|says|said|gets|got|always)`;
const FICTION = String.raw`film|movie|book|novel|show|series|episode|game|level up|character|soap|play|song|lyrics|news|documentary|podcast`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const SEASON = String.raw`(?:spring|summer|autumn|winter|christmas|xmas|new year|easter|january|the new year)`;

// --- Crisis -------------------------------------------------------------------------------------
const STOP_ALL_FOR_GOOD = pattern`\bi (?:could|might|might as well|may as well|should|want to|wanna|would like to|am going to|will|feel like i could) (?:just |maybe |honestly |as well )?(?:stop|end|finish|pack in|switch off) (?:everything|it all|the lot|all of it|all this|the whole thing|me|myself) for good\b`;
const STOP_OUT = String.raw`\b(?:subscriptions?|accounts?|direct debits?|membership|gym|contract|course|smoking|drinking|vaping|social media|facebook|instagram|tiktok|apps?|dating|notifications|${FICTION}|${LAUGH})\b|${THIRD}`;

const NEXT_ONE_WILL = pattern`\b(?:the |my )?(?:last|previous|first|other) (?:attempt|try|time i tried)(?! (?:at|on|to|of|with|for)\b) (?:did not work|failed|did not take|was not enough|went wrong|did not do it)\b(?: \w+){0,4}? (?:the )?(?:next one|next attempt|next time|this time) (?:will|is going to|gonna|it will|i will make sure)(?: work| do it| be enough| not fail| it works)?\b`;
const NEXT_OUT = String.raw`\b(?:tests?|exams?|driving|theory|practical|application|interview|diet|recipe|bak\w*|cake|bread|password|login|log in|payment|transfer|upload|print\w*|delivery|cv|bid|offer|ivf|pregnan\w*|baby|appeal|claim|booking|pin|code|install\w*|update|repair|fix|hair|dye|tattoo|penalty|goal|record|jump|lift|${FICTION}|${LAUGH})\b|${THIRD}`;

const SPOT = String.raw`(?:the|my) (?:spot|same spot|place|same place|bridge|car park|multi storey|cliffs?|tracks|railway|ledge|roof|rooftop|top floor|viaduct|quarry|pier)\b|\bsame (?:spot|place|bridge|car park|multi storey|cliffs?|tracks|railway|ledge|roof|viaduct|pier)\b|\blevel \d+ of the car park`;
const SPOT_AND_DATE = pattern`^(?=.*(?:\b${SPOT}))(?=.*\b(?:(?:now |finally |also )?i have (?:now |finally |also )?(?:set|picked|chosen|got|fixed|decided on) (?:a|the) (?:date|day)|i (?:have )?(?:set|picked|chose|chosen|fixed) (?:a|the) (?:date|day))\b)`;
const SPOT_OUT = String.raw`\b(?:wedding|engaged|engagement|fiance\w*|party|holiday|moving|move|launch|interview|court|hearing|tribunal|surgery|operation|birthday|christening|proposal|propose|meet up|meetup|reunion|bbq|barbecue|picnic|camping|gig|exhibition|stall|market|photo\w*|shoot|run|marathon|walk|hike|climb|abseil|bungee|skydive|sponsored|charity|date night|first date|start date|completion|exchange|viewing|opening|we|our|${FICTION}|${LAUGH})\b`;

const LESSON_WITH_HELP = pattern`^(?=.*\b(?:needs?|deserves?|is getting|is going to get|going to get|gonna get|will get|wants?) (?:(?:teaching|taught) (?:a lesson|a thing or two|some respect|(?:his|her|their) place|some manners)|a lesson|a kicking|a beating|a hiding|sorting out|sorting|a visit|a slap)\b)(?=.*\b(?:friends|lads|boys|cousins|brothers|people|the lads|the boys|a few of us|some of the lads|my brother|my cousin) (?:who will|wholl|that will|thatll|who are going to|are going to|will|are gonna|who are gonna|are coming to|(?:who )?(?:said|say) (?:they will|theyll|they are going to|they are gonna)) (?:help|come|back me up|sort (?:it|him|her|them)|be there|come with me|come round|come along)\b)`;
const LESSON_OUT = String.raw`\b(?:dog|puppy|cat|kitten|class|course|maths|english|driving|lesson plan|tutor\w*|teaching assistant|budget\w*|homework|piano|guitar|swim\w*|revision|football|match|team|garden|garage|move|moving|decorat\w*|paint\w*|van|flat pack|shed|fence|${FICTION}|${LAUGH})\b`;

const COVER_BRUISES = pattern`(?:\bi |^|\b(?:because|cos|as|and|but|so) )(?:could not|cannot|can not|did not manage to|had to|have to|was trying to|try to|tried to|keep having to|could not even|cannot even|can not even) (?:\w+ )?(?:cover|hide|cover up|conceal|make up) (?:up )?(?:the|my|all the|these|those|all my) (?:bruises?|bruising|black eye|marks|finger ?marks|split lip|cuts)\b`;
const BRUISES_OUT = String.raw`\b(?:fall|fell|fallen|football|rugby|match|training|gym|boxing|kickboxing|mma|martial|jiu ?jitsu|judo|hockey|netball|accident|crash|bike|cycling|surgery|op|operation|tattoos?|hickeys?|love bites?|acne|spots|rash|eczema|blood test|injection|drip|cannula|ivf|dentist|stitches|tripped|trip|ladder|skateboard|skating|horse|paintball|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern ------------------------------------------------------------------------------------
const SAID_THAT_LAST = pattern`^(?=.*\b(?:pick up|picks up|get better|gets better|improve|improves|turn around|look up|looks up|get easier|gets easier|come right|work out|be different|be better|be my year|your year|the year|change)\b)(?=.*\b(?:they|you|everyone|people|someone|everybody|the doctor|the gp|my counsellor|the jobcentre) (?:said|told me|promised|kept saying|were saying) (?:that|the same|me that|me the same|so) (?:last|the previous) (?:${SEASON}|year|time|month)(?: too| as well| and all| and)?\b)`;
const SAID_OUT = String.raw`\b(?:council|roads?|bus|buses|trains?|prices?|government|landlord|repairs?|boiler|forecast|weather|team|club|manager|league|season|pay rise|wages|broadband|wifi|signal|${LAUGH})\b|\b${KIN}\b`;

const NEVER_ANY_GOOD = pattern`\bi (?:was never|am never|have never been|was not|am not|have not been|never was|was not ever|was never really|am not really) (?:any |much |really |ever )?good at (?:anything|owt|a single thing)\b(?! (?:else|but|except|apart|other|besides|like|such|to do with|technical|\w+ing))|\bi am good at nothing\b|\bi (?:have |was )?never (?:been )?good at anything\b(?! (?:else|but|except|apart|other|besides|like|such))`;
const NEVER_OUT = String.raw`\b(?:sports?|football|school|maths|spelling|exams?|games?|${OTHERS}|${LAUGH})\b`;

const LET_GO_FIRST = pattern`\b(?:let me go|got rid of me|laid me off|sacked me|dropped me|cut me|finished me|binned me off|made me redundant) first\b(?: \w+){0,3}? (?:always me|it is always me|always is|every time|as usual|typical|says it all)\b`;
const FIRST_OUT = String.raw`\b(?:queue|line|game|turn|tiebreak|penalt\w*|race|round|quiz|interview slot|${LAUGH})\b`;

const NUMBER = String.raw`(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|several|a few|a couple of|nearly|almost|over|about)`;
const SOBER_UNTIL = pattern`\b(?:${NUMBER} )+(?:years?|months?|weeks?|days?|yrs?) (?:sober|clean|dry|off (?:it|the drink|the booze|the drugs|the gear|the bottle|the pills)|teetotal|without a drink) (?:till|until|up to|up until|before|right up to)\b`;
const SOBER_OUT = String.raw`\b(?:rain|weather|garden|paint|plaster|cough|skin|eyes|dry january|dry july|sober october|challenge|sponsor\w*|charity|smok\w*|vap\w*|cigarettes?|licence|license|points|record|driving|nicotine|sugar|chocolate|caffeine|coffee|crisps|carbs|diet|${LAUGH})\b|${THIRD}`;

const HOME_GOES = pattern`^(?=.*\b(?:if|unless|by|once|when|come)\b)(?=.*\bthe (?:mortgage|house|home|flat)(?: will| is)? (?:goes|go|gone|going|be gone|has to go|is gone)\b(?! (?:on|up|through|for|to|in|out|with|quiet|silent|mad|crazy|into|over|down|back|ahead|smoothly|well)\b))|\bthe (?:bank|lender|building society|mortgage company|mortgage lender) (?:has |have |had |already |now )*(?:sent|written|given me|served)(?: me)? (?:a |another |the |their |its |my )?(?:letter|final letter|warning|notice|final demand|default notice|repossession|possession)\b(?=.*\b(?:mortgage|arrears|repossess\w*|house|home)\b)|\bmortgage\b(?=.*\bthe (?:bank|lender|building society) (?:has |have |had |already |now )*(?:sent|written|given me|served))`;
const HOME_OUT = String.raw`\b(?:selling|sale|sold|buyer|buyers|offer accepted|moving|move|downsiz\w*|remortgage\w*|mortgage advisor|approved|approval|in principle|rate|fixed rate|first time buyer|deposit|savings account|overdraft|credit card|new card|statement|${FICTION})\b|${THIRD}`;

const LOAN_OFF_BLOKE = pattern`\b(?:loan|money|cash|\d+ quid|a hundred|a grand|\d+ pounds?) (?:off|from) (?:a|this|some|that) (?:bloke|guy|man|fella|fellow|lad|geezer|woman|bird|person|someone)\b(?: \w+){0,8}? (?:interest|pay (?:him|her|them|it) back|owe|doubles?|charging|wants it back|by friday)\b|\bloan sharks?\b(?! (?:documentary|programme|show|film|story|on the news))`;
const LOAN_OUT = String.raw`\b(?:${FICTION}|my (?:mum|dad|brother|sister|son|daughter|friend|mate|partner|husband|wife|uncle|cousin|neighbour)s? (?:took|got|borrowed|has|owes|is)|(?:he|she|they) (?:took|got|borrowed) (?:a|the|some)|${LAUGH})\b`;

const SPECIAL_DAY_ALONE = pattern`\b(?:christmas|xmas|new year|new years eve|my birthday|easter|boxing day|christmas day|sundays|weekends|every weekend|every sunday) (?:was|will be|is|were|are|has been|is going to be|looks like being) (?:just me|only me|me on my own|me alone|just me on my own)\b(?! (?:and|with|plus|then|at|because|as|cos|while))|\bspent (?:christmas|xmas|my birthday|new year|new years eve|christmas day|easter) (?:on my own|alone|by myself)\b`;
const FRIENDS_WENT_WITH = pattern`^(?=.*\b(?:divorce|split|break ?up|broke up|separation|separated|my ex|the ex|left me)\b)(?=.*\b(?:our|the|my|our mutual|the mutual) (?:friends|mutual friends|social circle|crowd) (?:all )?(?:went with|sided with|took (?:her|his|their) side|stayed with|stayed friends with|chose|picked) (?:her|him|them|my ex|the ex|her side|his side)\b)`;
const TALK_TO_RADIO = pattern`\bi (?:just )?(?:talk|chat|speak) to (?:the )?(?:radio|telly|tv|walls|plants|kettle|fridge|four walls) (?:now|these days|most days|all day|more than (?:to )?(?:people|anyone))\b`;
const HOUSE_SILENT = pattern`^(?=.*\bthe (?:house|flat|home|place) (?:went|has gone|is|feels|got|has been|felt|fell) (?:so |dead |really |very |completely )?(?:silent|quiet|empty)\b)(?=.*\b(?:kids|children|son|daughter|wife|husband|partner|mum|dad|she|he) (?:went to uni|moved out|left home|left|grew up|passed|died|went|have gone|has gone|are gone|is gone)\b)(?=.*\b(?:now|since|ever since|these days|anymore|no one|nobody|alone|on my own|talk to)\b)`;
const STOPPED_INVITING = pattern`\b(?:they|people|friends|everyone|everybody|my friends|the lads|the girls|the others|the group|my mates|the family|family|my family)(?: all| just| even)? (?:have |had )?(?:all |just )?(?:stopped|quit|gave up|have given up|given up on|do not bother|no longer bother) (?:inviting|asking|calling|ringing|texting|messaging|including) me\b(?! (?:in|back|for|about|to|at|with|by)\b)`;
const ALONE_OUT = String.raw`\b(?:bliss|peace and quiet|peaceful|lovely|finally|enjoy\w*|treat|relax\w*|recruiters?|agenc\w*|spam|sales|scam\w*|cold calls?|telemarketers?|marketing|bank|working|shift|on call|holiday|weekend away|trip|sleepover|for the week|for the weekend|away for|${FICTION}|${LAUGH})\b`;

const FACE_AND_FREEZE = pattern`^(?=.*\b(?:can not|cannot|could not|can not even|cannot even) (?:face|bring myself to) (?:\w+ing|open|look|start|log|turn|check|read)\b)(?=.*\bi (?:just )?(?:sit|sat|end up sitting|stare|freeze|froze|just sit)\b(?: \w+){0,3}? (?:freeze|froze|frozen|paralysed|stuck|staring|shaking|crying|for (?:an hour|hours|ages|half an hour|the whole day|all day|the whole morning|most of the day))\b)`;
const FREEZE_OUT = String.raw`\bit (?:freezes|froze|buffers|crashes|loads|updates)\b|\b(?:buffer\w*|loading|crash\w*|updat\w*|wifi|broadband|cold|heating|snow|ice|${OTHERS}|${LAUGH})\b`;

const BLUES_EARLY = pattern`\b(?:the |my )?(?:january |winter |christmas |autumn |seasonal |usual |annual )?blues\b(?: \w+){0,6}? (?:started|came|kicked in|hit|hit me|began|set in|arrived|turned up)(?: \w+)? (?:early|in (?:august|september|october|november|december|the summer)|weeks early|months early)\b`;
const BLUES_OUT = String.raw`\b(?:band|gig|guitar|jazz|festival|music|album|record|song|playlist|singer|harmonica|${LAUGH})\b|\b${KIN}\b|\b(?:he|she) (?:gets|has|always)\b`;

const SOMEONE_GETS_HIT = pattern`^(?=.*\b(?:if|one more|again|next time|once more|\w+ time|ever)\b)(?=.*\b(?:someones|someone is|somebody is|somebodys|someone will be|someone|somebody|some one is|people are|heads will|someone is gonna|someone is going to) (?:getting|gonna get|going to get|will get|get|is getting|will be getting|roll|be) (?:punched|slapped|decked|hit|hurt|throttled|strangled|lamped|chinned|smacked|battered|a slap|a smack|a punch|a kicking|a hiding|thumped|murdered|killed|stabbed|glassed|headbutted|knocked out)\b)`;
const HIT_OUT = String.raw`\b(?:film|movie|show|eastenders|corrie|coronation street|emmerdale|hollyoaks|casualty|soaps?|telly|tv|programme|drama|line of duty|boxing|match|fight night|ufc|wrestling|episode|series|book|news|game|gaming|rugby|football|karate|sparring|training|class|play|panto|stunt|${THIRD})\b|${THIRD}`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const EIGHTY_FIRST_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bfor good\b`, STOP_OUT), [group('crisis', 'thoughts of suicide', [STOP_ALL_FOR_GOOD])]],
  [unless(String.raw`\b(?:attempt|try|tried)\b`, NEXT_OUT), [group('crisis', 'intends to end their life', [NEXT_ONE_WILL])]],
  [unless(String.raw`\b(?:date|day)\b`, SPOT_OUT), [group('crisis', 'a plan to end their life', [SPOT_AND_DATE])]],
  [unless(String.raw`\b(?:teaching|taught|lesson|kicking|beating|hiding|sorting|visit|slap)\b`, LESSON_OUT), [group('crisis', 'harm to someone else', [LESSON_WITH_HELP])]],
  [unless(String.raw`\b(?:bruis\w*|black eye|marks|split lip)\b`, BRUISES_OUT), [group('crisis', 'abuse or violence', [COVER_BRUISES])]],
  [unless(String.raw`\b(?:said|told me|promised|saying)\b`, SAID_OUT), [group('concern', 'hopelessness', [SAID_THAT_LAST])]],
  [unless(String.raw`\bgood at\b`, NEVER_OUT), [group('concern', 'feels worthless', [NEVER_ANY_GOOD])]],
  [unless(String.raw`\bfirst\b`, FIRST_OUT), [group('concern', 'feels worthless', [LET_GO_FIRST])]],
  [unless(String.raw`\b(?:sober|clean|dry|off it|off the|teetotal|without a drink)\b`, SOBER_OUT), [group('concern', 'drinking or drugs to cope', [SOBER_UNTIL])]],
  [unless(String.raw`\b(?:mortgage|house|home|flat|bank|lender|building society)\b`, HOME_OUT), [group('concern', 'may lose their home', [HOME_GOES])]],
  [unless(String.raw`\b(?:loan|off a|from a|off some|off this|from some)\b`, LOAN_OUT), [group('concern', 'money worries', [LOAN_OFF_BLOKE])]],
  [unless(String.raw`\b(?:just me|only me|on my own|alone|by myself|went with|sided with|took (?:her|his|their) side|stayed with|radio|telly|tv|walls|plants|silent|quiet|empty|inviting me|asking me|calling me|ringing me|texting me|messaging me|including me)\b`, ALONE_OUT), [group('concern', 'feels alone', [SPECIAL_DAY_ALONE, FRIENDS_WENT_WITH, TALK_TO_RADIO, HOUSE_SILENT, STOPPED_INVITING])]],
  [unless(String.raw`\b(?:face|bring myself)\b`, FREEZE_OUT), [group('concern', 'not coping', [FACE_AND_FREEZE])]],
  [unless(String.raw`\bblues\b`, BLUES_OUT), [group('concern', 'low mood', [BLUES_EARLY])]],
  [unless(String.raw`\b(?:someones?|somebodys?|some one|people are|heads will)\b`, HIT_OUT), [group('concern', 'joked about hurting someone', [SOMEONE_GETS_HIT])]],
] as const;
