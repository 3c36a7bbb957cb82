// Said in English as a second language or through a translation app.
// Crisis: passports or papers held by an employer, husband or in-law until a debt is paid or not
// given back; a threat to tell the police or immigration if the worker leaves; made to sleep or
// live at the workplace with no day off, locked in or on the floor; made to sleep with customers
// to pay a debt; an in-law, husband or gang master who burns or beats the client, "i am next";
// honour threats ("wash the shame with my blood"); a daughter sent away to marry, or a child
// bride; a driver or boss who touches the client; "i will break his bones"; the last money sent
// home and then the end; drinking chemicals "and finish"; looking a long time at poison; climbing
// the bridge fence; writing one's will and giving it to a friend; the earth swallowing the client
// "and not give me back", "my life has no value"; "better i am not living", "i hope i am not here
// by then"; "already choose to go, only need courage"; biting or burning oneself; sleeping in a
// car now; evicted today with nowhere to go.
// Concern: sadness sitting on the chest like a stone, a black mood; seeing the war on closing the
// eyes; debts on many pay later apps, counting money again and again; plans only for people with
// papers; losing control of one's life; a room that goes with the job as the contract ends.
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of our
// own are in test/domain/riskFortyFourthForms.test.ts. Normalised words ("i'm" is "i am").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';


// --- Crisis: documents, bondage and threats ------------------------------------------------------
const THEY = String.raw`\b(?:he|she|they|husband|wife|employer|boss|law|laws|agent|agency|gang ?master|owner|sponsor|man|manager|supervisor|family|uncle|aunt|recruiter|landlord|landlady|madam)\b`;
const PAPERS = String.raw`(?:passports?|documents|papers|id|id cards?|brp|residence (?:card|permit)|visa papers)`;
const KEEPS = String.raw`(?:keeps?|keeping|kept|took|take|takes|taken|taking|has|have|hold|holds|holding|held|hides?|hid|hidden|confiscated?|took away)`;
const PAPERS_HELD = pattern`${THEY}(?: \w+){0,4}? (?<!\b(?:not|never|nobody|no one) )${KEEPS} (?:away )?(?:all )?(?:our|my) ${PAPERS}\b|\bmy ${PAPERS} (?:is|are|stay|stays|still|is still) (?:with|by) (?:him|her|them|my (?:husband|employer|boss|agent|sponsor|mother in law|brother in law|in laws)|the (?:employer|boss|agent|agency|owner|sponsor|family))\b`;
const RANSOM = String.raw`\b(?:debt|pay|paid|owe|money|month|get (?:it|them) back|give (?:it|them) back|not give|never give|refuses?|not return|if (?:i|we) leave|can not leave|cannot leave|not allowed)\b`;
const PAPERS_NOT = String.raw`\b(?:copy|copies|photocopy|scan|scanned|right to work|renew\w*|embassy|consulate|post office|home office|ukvi|visa application|safe keeping|for safety)\b`;

const TELLS = String.raw`(?:call|calls|tell|tells|report|reports|phone|phones|send|sends|cancel|cancels)`;
const AUTHORITY = String.raw`(?:police|immigration|home office|deport\w*|illegal|(?:my|our) visa|(?:me|us) back (?:home|to (?:my|our) country))`;
const DEPORT_THREAT = pattern`\b(?:if|when) (?:i|we) (?:go|leave|run|complain|say no|refuse|tell|speak|stop)\b(?: \w+){0,6}? (?:he|she|they|boss|husband|employer|sponsor)(?: will| is going to| going to| would| can| say| says| said)?(?: he| she| they)?(?: will)? ${TELLS}\b(?: \w+){0,4}? ${AUTHORITY}\b|${THEY}(?: \w+){0,3}? (?:will|is going to|threatens?|threatened|says|said|tells|told)(?: \w+){0,4}? (?:cancel (?:my|our) visa|deport (?:me|us)|(?:call|tell|phone) (?:the )?(?:police|immigration|home office) (?:i am|we are|on (?:me|us)))\b`;

const WORK_BED = String.raw`(?:factory|warehouse|office|shop|restaurant|kitchen|floor|farm|car wash|site|workplace|care home|back room|storeroom|store room|container|basement|his house|her house|their house|boss house)`;
const SLEEP_AT_WORK = pattern`\b(?:must|have to|has to|made to|make (?:me|us)|makes (?:me|us)|forced to|force (?:me|us)|told (?:me|us) to)\b(?: \w+){0,2}? (?:sleep|live) (?:in|at|on) (?:the |his |her |their |a )?(?:\w+ )?${WORK_BED}\b`;
const EXPLOITED = String.raw`\b(?:no days? off|7 days|seven days|all night|no pay|not pay|without pay|locks?|locked|passports?|debt|illegal|police|can not leave|cannot leave|not allowed|on the floor|24 hours|no salary|no money)\b`;
const NO_DAY_OFF = pattern`\bno (?:day|days|holiday) off (?:since|for|in) (?:\d+|two|three|four|five|six|many|several) (?:months?|years?)\b`;
const BOSS_SAYS = String.raw`\b(?:must|employer|boss|madam|sponsor|agency|not allowed|no pay|passport|debt)\b`;

const SEX_DEBT = pattern`\b(?:must|have to|has to|made to|make (?:me|us|her)|makes (?:me|us|her)|forced to|force (?:me|us|her)|forcing (?:me|us|her)|wants? me to|told me to|tells me to)\b(?: \w+){0,2}? (?:sleep with|have sex with|do sex with|sell my body to) (?:the )?(?:customers|clients|men|him|them|his friends|guests|strangers|other men)\b`;

// --- Crisis: violence in the family and at work -----------------------------------------------
const HURTER = String.raw`\b(?:mother in law|father in law|brother in law|sister in law|in laws|husband|his (?:mother|family|brother|sister)|my (?:uncle|aunt|brothers?|father|stepfather|stepmother)|gang ?master|boss|employer|supervisor|madam|sponsor|agent)\b`;
const BLOWS = String.raw`(?:burn|burns|burned|burnt|beat|beats|beating|hit|hits|slap|slaps|slapped|kick|kicks|kicked|punch|punches|punched|whip|whips|pulls? my hair|pulled my hair|throws? things at|threw things at)`;
const FAMILY_BLOWS = pattern`${HURTER}(?: \w+){0,3}? ${BLOWS} (?:me|us)\b(?! (?:up|to|at|in the|with (?!(?:a |the |his |her |hot )?(?:belt|stick|shoe|slipper|hand|hands|fist|pan|spoon|oil|water|cable|wire|chair|bottle|iron)\b)))`;
const I_AM_NEXT = pattern`\b(?:hit|hits|beat|beats|beaten|attack\w*|hurt|hurts|stab\w*|punch\w*|slap\w*|kick\w*)\b(?: \w+){0,12}? (?:i am next|i will be next|me next|we are next)\b`;
const NEXT_NOT = String.raw`\b(?:redundan\w*|fired|sacked|laid off|interview|queue|in line|promotion|virus|covid|flu|by the recession)\b`;

const HONOUR = pattern`\b(?:wash|clean|cleanse|clear)\b(?: \w+){0,3}? (?:shame|honour|honor|name|dishonour)\b(?: \w+){0,3}? (?:with|in|by) (?:my|her|our) blood\b|\b(?:they|he|my (?:brothers?|father|uncles?|cousins?|family|husband)|the family|his family)\b(?: \w+){0,4}? (?:will|want to|wants to|going to|say|says|said|promise|swear|threaten\w*)(?: \w+){0,3}? (?:kill|murder|burn|bury) (?:me|her)\b(?=.*\b(?:honour|honor|dishonour|disgrace|shame on the family|family shame|brought shame|bring shame)\b)`;
const STORY = String.raw`\b(?:film|movie|drama|series|episode|book|novel|story|news|documentary|game|play)\b`;

const MARRY = String.raw`(?:marry|be married|get married|a husband|a wedding)`;
const CHILD_AGE = String.raw`\b(?:she is|he is|i am|only|just) (?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b`;
const FORCED_MARRIAGE = pattern`\b(?:send|sending|sent|take|taking|took) (?:me|my (?:daughter|sister|niece|girl|son)|her|him) (?:back )?(?:\w+ ){0,3}?(?:to ${MARRY}|for (?:a |the )?marriage)\b|\b(?:force|forcing|forced|forces|make|making|made|makes) (?:me|my (?:daughter|sister|niece|son)|her|him) (?:to )?(?:marry|get married|be married)\b|^(?=.*${CHILD_AGE})(?=.*\b(?:want|wants|going|plan|plans|planning|decided|arranged|arranging|promised)\b(?: \w+){0,4}? (?:marr(?:y|ied|iage)|engaged)\b)`;

const TOUCHER = String.raw`\b(?:he|driver|boss|manager|supervisor|owner|landlord|man|men|colleague|agent|uncle|brother in law|father in law|customer|guard)\b`;
const TOUCHED = pattern`${TOUCHER}(?: \w+){0,3}? (?:touch|touches|touched|touching|grab|grabs|grabbed|grope|gropes|groped) (?:me|my (?:body|breasts?|chest|bum|bottom|backside|legs?|thighs?|private\w*|waist))\b(?! (?:deeply|so much|a lot|very much|emotionally|on the shoulder|up|base)\b)`;
const TOUCH_NOT = String.raw`\b(?:in touch|touch base|words|story|speech|kindness|message|letter|song|film|moved me|heart|emotional|massage|physio|doctor|nurse)\b`;

const BREAK_BONES = pattern`${NOT_BEFORE}\b(?:i|we)\b (?:(?!not |never )\w+ ){0,2}?(?:will|going to|gonna|want to|wanna|must) (?:break|smash|crush|cut) (?:his|her|their|your) (?:bones|legs?|arms?|neck|face|head|teeth|hands?|fingers)\b`;

// --- Crisis: the client's own life -------------------------------------------------------------
const LAST_SENT = pattern`\b(?:after|before|when|once|then) i (?:send|sent|have sent|will send|transfer) (?:the )?(?:money|last money|salary|my salary|my wages)(?: \w+){0,4}? (?:for )?the (?:last|final) time\b`;
const DATE_SET = pattern`\b(?:wrote|write|marked|mark|circled|chose|choose|picked|pick) (?:the|a) (?:date|day)\b(?=.*\b(?:the (?:last|final) time|goodbye|after that i (?:go|am gone|will not)|i will not be here|not be here)\b)`;
const DATE_NOT = String.raw`\b(?:interview|appointment|exam|course|wedding|party|meeting|test|shift|holiday|flight|ticket|visit|birthday)\b`;

const POISONS = String.raw`\b(?:chemicals?|bleach|poison|rat poison|pesticide|weed killer|acid|antifreeze|cleaning (?:liquid|products?)|detergent|pills|tablets|paracetamol)\b`;
const DRINK_FINISH = pattern`\b(?:i|me|maybe)\b(?: \w+){0,4}? (?:drink|swallow|eat|take) (?:it|them|this|that|all|all of it|all of them|a bottle|the bottle|some)\b(?: \w+){0,3}? (?:and|to) (?:finish|end|die|sleep forever)\b(?! (?:my|the|this|work|shift|job|course|homework|cv|form|application|report|task|training)\b)`;
const LONG_LOOK = pattern`\b(?:looking at|look at|looked at|stare at|staring at|stared at|holding|held|counting|counted) (?:it|them|the (?:bottle|box|packet|poison|pills|tablets))\b(?: \w+){0,2}? (?:long time|a long time|for long|for a long time|for hours|hours|many times|again and again|every day|every night|all night)\b`;
const PEST = String.raw`\b(?:rats|mice|mouse|pests?|garden|slugs|weeds|price|offer|discount|recipe|job|shift|stock|shelf|shelves|customer)\b`;

const EDGE_PLACE = String.raw`\b(?:bridge|roof|rooftop|cliff|tower|balcony|car park|multi storey|platform|tracks|railway|motorway|river|flyover|dam)\b`;
const CLIMBED = pattern`\b(?:i|me)\b(?: \w+){0,8}? (?:climbed|climb|climbing|went over|go over|got over|stood on|stand on|standing on|put my leg over) (?:the |a )?(?:fence|railings?|barrier|edge|ledge|rail)\b`;
const CLIMB_NOT = String.raw`\b(?:scaffold\w*|climbing wall|bouldering|gym|harness|roofer|roofing|builder|kite|ball|cat|photo|view|selfie|festival|concert|hiking|hike)\b`;

// A will alone is ordinary paperwork at any age; with a word of an ending or of despair it is preparation.
const FINALITY = String.raw`\b(?:goodbye|bye|ready|(?:give|gave|given|giving) (?:it|them) to|tired|no point|nothing left|burden|better off|forgive|sorry|courage|not here|tonight)\b`;
const WILL_WRITTEN = pattern`${NOT_BEFORE}\bi (?:\w+ ){0,2}?(?:write|wrote|written|writing|make|made|making|prepare|prepared|finish|finished|did|done) my (?:last letter|goodbye letters?|(?:will|testament)(?=.*${FINALITY}))\b(?! (?:power|is strong|to live)\b)`;
const WILL_NOT = String.raw`\b(?:solicitor|lawyer|mortgage|property|course|training|free will|will writing|probate|insurance|pension|estate|baby|born|married|wedding|new house|retire\w*)\b`;

const SWALLOW_FOREVER = pattern`\b(?:earth|ground|floor|sea|river)\b (?:to )?(?:swallow|swallows|take|takes|eat|eats) me\b(?: and)?(?: \w+){0,2}? (?:not give me back|never give me back|forever|for ever|for good|never come back|not return)\b|\bmi vida no vale nada\b|\bmy life (?:has|have|it has) no (?:value|worth)\b|\bmy life (?:is|it is) (?:no value|worth nothing|nothing worth)\b`;
const BETTER_NOT_LIVING = pattern`${NOT_BEFORE}\bbetter (?:if |that |for (?:everyone|all|my family|them) (?:if )?)?i (?:am not|was not|be not|not) (?:living|alive|here|in this world|in this life|born)\b|\bbetter (?:if |that )?i (?:die|died|am dead)\b(?! (?:laughing|of laughing|of shame|of embarrass\w*)\b)`;
const NOT_HERE_BY_THEN = pattern`\bi (?:hope|wish|pray|think) (?:that )?i (?:am not|will not be|will be not|am no more|will no longer be|not be) (?:here|alive|around|in this world|living) (?:by then|then|for that|at that time|by that time|that long|so long)\b`;
const ELSEWHERE = String.raw`\b(?:move|moving|moved|another|different|new (?:job|house|flat|city)|hostel|camp|country|city|town|still (?:working|living)|in this (?:job|place|house|hostel)|promoted|promotion)\b`;

const CHOSEN_TO_GO = pattern`\bi (?:already |have already |have )?(?:choose|chose|chosen|decided|decide|made (?:my|the) decision|make (?:my|the) decision) to (?:go|leave)\b(?! (?:to|for|with|back|home|on|in|into|there|abroad|out|ahead|through|and|by|the|this|my|uk|london|university|college|school|job|early|now|tomorrow)\b)(?=.*\b(?:courage|brave|bravery|strength|strong enough)\b)`;
const TRAVEL = String.raw`\b(?:ticket|flight|visa|airport|interview|job|course|country|embassy|party|wedding|trip|holiday|university|husband|wife|boyfriend|girlfriend|relationship)\b`;

const SELF_HURT = pattern`${NOT_BEFORE}\bi (?:\w+ ){0,2}?(?:bite|bit|biting) (?:my|myself on my) (?:hand|hands|arm|arms|wrist|wrists|skin)\b(?= (?:very|so|hard|until|till|and|when|to|if|every)\b)|\bi (?:\w+ ){0,2}?(?:hit|bang|banging|punch|punching) my (?:head|face|own face) (?:on|against|into) (?:the )?(?:wall|door|floor|table|mirror)\b|\bi (?:\w+ ){0,2}?(?:burn|burned|burnt|burning) (?:myself|my (?:arm|arms|hand|hands|skin|leg|legs)) (?:with (?:a |the )?(?:cigarette|lighter|match)|on purpose)\b|\bi (?:\w+ ){0,2}?(?:scratch|scratched|scratching) (?:my (?:skin|arms?|legs?|face)|myself) (?:until|till|and) (?:it |they )?(?:bleed|bleeds|bled|blood|bleeding)\b`;
const HURT_NOT = String.raw`\b(?:accident\w*|by mistake|eczema|itch\w*|rash|allerg\w*|psoriasis|hives|cupboard|ceiling|oven|cooking|dog|cat|puppy|baby|mosquito|insect)\b`;

const ROUGH_NOW = pattern`${NOT_BEFORE}\b(?:i|we|me and my \w+|my \w+ and (?:i|me))\b (?:\w+ ){0,2}?(?:sleep|sleeping|slept|live|living) (?:in (?:a|the|my|our) (?:car|van|tent|park|station|bus station|street|stairwell|bus shelter|doorway)|on the (?:street|streets|bench|pavement)|outside|under (?:a|the) bridge)\b`;
const ROUGH_NOT = String.raw`\b(?:camping|festival|holiday|road trip|journey|on the way|passenger|drives|long drive|commute|nap|lunch break|break time|dream|film|game|garden|stars|fun|hot|heat|ferry|train)\b`;
const EVICTED_NOW = pattern`\b(?:evicted|(?:thrown|threw|kicked|kick|put)(?: (?:me|us|them|my \w+))? out|put on the street|told (?:me |us )?to leave|must leave|have to leave)\b(?: \w+){0,8}? (?:today|tonight|this morning|now|yesterday)\b(?=.*\b(?:where (?:do |can |will |should |shall )?(?:i|we) (?:go|sleep|stay)|nowhere to (?:go|sleep|stay)|no place to (?:go|sleep|stay))\b)`;
const EVICT_NOT = String.raw`\b(?:class|lesson|course|meeting|game|match|group|chat|whatsapp|app|account|complain\w*|register|bar|pub|club|library)\b`;

// --- Concern ------------------------------------------------------------------------------------
const HEAVY_HEART = pattern`\b(?:sadness|sorrow|grief|heaviness|darkness)\b (?:sits|is sitting|sitting|lives|stays|lies|is) (?:on|in) my (?:chest|heart|shoulders)\b|\bmy (?:heart|chest) (?:is |feels |feel )?(?:full of stones?|heavy like (?:a )?stones?|like (?:a )?stones?)\b|\bmy (?:mood|heart|mind|soul) (?:is |are |becomes? |became |goes |go )?(?:very |so |too |all )?(?:black|dark)\b(?! (?:friday|coffee|tea|suit|jacket|colou?r|mode|theme)\b)|\bmakes? my (?:mood|heart|mind) (?:very |so |too )?(?:black|dark)\b`;
const WAR_EYES = pattern`\b(?:when|if|every time|each time) (?:i )?(?:close|closing|shut) (?:my |the )?eyes\b(?: \w+){0,2}? i (?:see|saw|hear|feel) (?:again )?(?:the |my |those )?(?:war|bombs?|bodies|body|dead|blood|fire|soldiers?|boat|sea|prison|torture|camp|fighting|explosions?|shooting|guns?)\b`;
const PAY_LATER = pattern`\bdebts? (?:on|in|from|with) (?:\d+ |many |several |all )?(?:buy now pay later|bnpl|klarna|clearpay|laybuy|loan apps?|apps|credit cards|payday loans?|loan sharks?)\b|\b(?:buy now pay later|bnpl|klarna|clearpay|loan apps?)\b(?: \w+){0,5}? (?:\d+|three|four|five|six|seven|many|several) of them\b|\bi (?:worry|worried|worrying|stress|stressing) about (?:the )?money (?:all the time|all day|every day|day and night|always|non stop|every minute|24 hours)\b|\bi (?:calculate|count|counting|calculating) and (?:calculate|count|counting|calculating|again)\b`;
const NO_PAPERS_PLANS = pattern`\bplans? (?:are|is) (?:only )?for (?:people|those|persons) with (?:papers|documents|status|a visa|visa|leave to remain)\b|\bno papers\b(?: \w+){0,4}? no (?:future|life|hope|point)\b|\bwhy (?:make|making|to make) (?:a )?plans?\b(?=.*\b(?:papers|status|visa|no future|refused|deport\w*)\b)`;
const LOSING_CONTROL = pattern`${NOT_BEFORE}\b(?:i am |i feel |i )?(?:losing|lost) (?:the )?control (?:of|over) (?:my life|everything|myself)\b`;
const TIED_ROOM = pattern`\b(?:room|house|flat|accommodation|bed|caravan|housing)\b(?: \w+){0,3}? (?:is |comes |come |goes |go )?(?:with|part of|tied to) (?:the |my )?(?:job|work|contract)\b(?=.*\b(?:contract (?:finish|finishes|ends?|is ending|will end|finished)|lose (?:my |the )?(?:job|work)|losing (?:my |the )?(?:job|work)|fired|sacked|lose both|end of (?:the )?season|season (?:finish|finishes|ends?))\b)`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FORTY_FOURTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [new RegExp(String.raw`^(?!.*${PAPERS_NOT})(?=.*${RANSOM}).*\b(?:passports?|documents|papers|id|brp|residence)\b`), [group('crisis', 'coercive control', [PAPERS_HELD])]],
  [/\b(?:police|immigration|home office|deport\w*|illegal|visa)\b/, [group('crisis', 'coercive control', [DEPORT_THREAT])]],
  [new RegExp(String.raw`^(?=.*${EXPLOITED}).*\b(?:sleep|live)\b`), [group('crisis', 'coercive control', [SLEEP_AT_WORK])]],
  [new RegExp(String.raw`^(?=.*${BOSS_SAYS}).*\boff\b`), [group('crisis', 'coercive control', [NO_DAY_OFF])]],
  [/\b(?:sleep with|sex|my body)\b/, [group('crisis', 'abuse or violence', [SEX_DEBT])]],
  [unless(BLOWS, STORY), [group('crisis', 'abuse or violence', [FAMILY_BLOWS])]],
  [unless(String.raw`\bnext\b`, NEXT_NOT), [group('crisis', 'abuse or violence', [I_AM_NEXT])]],
  [unless(String.raw`\b(?:blood|kill|murder|burn|bury)\b`, STORY), [group('crisis', 'abuse or violence', [HONOUR])]],
  [unless(String.raw`\b(?:marry|married|marriage|engaged|wedding|husband)\b`, STORY), [group('crisis', 'abuse or violence', [FORCED_MARRIAGE])]],
  [unless(String.raw`\b(?:touch\w*|grab\w*|grope\w*)\b`, TOUCH_NOT), [group('crisis', 'abuse or violence', [TOUCHED])]],
  [unless(String.raw`\b(?:break|smash|crush|cut)\b`, STORY), [group('crisis', 'harm to someone else', [BREAK_BONES])]],
  [/\b(?:last|final) time\b/, [group('crisis', 'a plan to end their life', [LAST_SENT])]],
  [unless(String.raw`\b(?:date|day)\b`, DATE_NOT), [group('crisis', 'a plan to end their life', [DATE_SET])]],
  [new RegExp(String.raw`^(?=.*${POISONS}).*\b(?:finish|end|die|sleep forever)\b`), [group('crisis', 'thinking about a way to end their life', [DRINK_FINISH])]],
  [new RegExp(String.raw`^(?!.*${PEST})(?=.*${POISONS}).*\b(?:look\w*|stare\w*|holding|held|count\w*)\b`), [group('crisis', 'thinking about a way to end their life', [LONG_LOOK])]],
  [new RegExp(String.raw`^(?!.*${CLIMB_NOT})(?=.*${EDGE_PLACE}).*\b(?:fence|railings?|barrier|edge|ledge|rail)\b`), [group('crisis', 'preparing to end their life, or a past attempt', [CLIMBED])]],
  [unless(String.raw`\b(?:will|testament|letters?)\b`, WILL_NOT), [group('crisis', 'preparing to end their life, or a past attempt', [WILL_WRITTEN])]],
  [/\b(?:swallow\w*|takes?|eats?|vale nada|my life)\b/, [group('crisis', 'wishes to be dead', [SWALLOW_FOREVER])]],
  [/\bbetter\b/, [group('crisis', 'wishes to be dead', [BETTER_NOT_LIVING])]],
  [unless(String.raw`\b(?:hope|wish|pray|think)\b`, ELSEWHERE), [group('crisis', 'wishes to be dead', [NOT_HERE_BY_THEN])]],
  [unless(String.raw`\b(?:courage|brave|bravery|strength|strong enough)\b`, TRAVEL), [group('crisis', 'intends to end their life', [CHOSEN_TO_GO])]],
  [unless(String.raw`\b(?:bite|bit|biting|hit|bang|banging|punch|punching|burn|burned|burnt|burning|scratch\w*)\b`, HURT_NOT), [group('crisis', 'self-harm', [SELF_HURT])]],
  [unless(String.raw`\b(?:car|van|tent|park|station|street|streets|bench|pavement|outside|bridge|stairwell|shelter|doorway)\b`, ROUGH_NOT), [group('crisis', 'no safe place, food or power tonight', [ROUGH_NOW])]],
  [unless(String.raw`\bwhere\b|\bnowhere\b|\bno place\b`, EVICT_NOT), [group('crisis', 'no safe place, food or power tonight', [EVICTED_NOW])]],
  [/\b(?:chest|heart|shoulders|mood|mind|soul)\b/, [group('concern', 'low mood', [HEAVY_HEART])]],
  [/\beyes\b/, [group('concern', 'not eating or sleeping', [WAR_EYES])]],
  [/\b(?:debts?|money|calculate|count|counting|calculating|bnpl|klarna|clearpay)\b/, [group('concern', 'money worries', [PAY_LATER])]],
  [/\b(?:plans?|papers)\b/, [group('concern', 'hopelessness', [NO_PAPERS_PLANS])]],
  [/\bcontrol\b/, [group('concern', 'not coping', [LOSING_CONTROL])]],
  [/\b(?:with|part of|tied to)\b/, [group('concern', 'may lose their home', [TIED_ROOM])]],
];
