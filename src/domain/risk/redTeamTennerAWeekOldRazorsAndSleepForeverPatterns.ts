// A sixth red-teamer: risk said indirectly, in euphemism, misspelt, buried in a long update, or behind a
// "no" that still states it. My mum takes all my UC and gives me a tenner a week; my ex still has my
// universal credit login and keeps changing stuff; he reads the emails from you, so don't mention money;
// been following my old boss home, he needs to learn a lesson; someone's getting hurt at the jobcentre and
// it won't be me; the old thing with the razor again, in the middle of good news; "the plasters? I did them
// myself"; the compass from a pencil case on my wrist; burnt myself with the iron, not by accident; my
// affairs sorted "for after"; a letter so they know it wasn't their fault; walking to the level crossing,
// trains every 20 minutes; "no, I'll have ended it before then"; counting down till I can sleep forever.
// Concern: nobody's rung me in a month; the weekend was just me on my own again, as always; no one to put
// down as an emergency contact; hope ran out months ago; I wouldn't hire me either; fighting the bus driver
// jk, or "I swear I'll murder the next rejection email".
// The same words fill everyday messages (mum takes my keep for board; my partner reads my emails out because
// I'm blind; following the recruiter on LinkedIn; someone will get hurt on those broken stairs; the thing
// with the landlord is sorted; I cut my fringe myself with scissors; burnt myself on the iron, not on purpose;
// keeping the cake for after; a letter explaining the divorce; the level crossing made me late; I'll have
// done it by Friday; I could sleep forever after nights; nobody has rung me back about the job; a quiet
// weekend on my own, bliss; who do I put as next of kin; Hope ran out to the shop; I'll murder a kebab), so
// each set rests on the words that carry the risk together and shuts on the everyday uses, on someone
// else's trouble and on stories.
// Crisis: takes / keeps / has all my UC, wages, benefits or card and gives me a tenner, a small sum or
// pocket money (board, an appointee, "I asked her to" shut it); he, she or a partner still has my login or
// password and keeps changing, moving or reading things (help with reading or an appointee shuts it); he,
// she or a partner reads my emails, messages or post and "please don't mention / text / write" (reading
// out for sight or dyslexia, a boss, shut it); been following him / my old boss home with a lesson to
// learn or a price to pay; someone's getting hurt and it won't be me / dead serious / I mean it (hazards
// and a laugh shut it, "not joking" does not); the (old) thing or habit with the razor, blade, compass or
// lighter (someone else doing it, shaving, or a compass drawing circles shuts it); a razor, compass, blade
// or lighter used on my wrist, arm or thighs (shaving, "not for shaving" aside, shuts it); the
// plasters, cuts, burns or stitches "I did them myself" (sewing, hair and an accident shut it); burnt / cut
// / hurt myself not by accident or on purpose ("not on purpose" is not); a message ending "for after" with
// letters, affairs, passwords or a drawer (food shuts it); a letter or note so they know it wasn't their
// fault (a divorce or a crash shuts it); walking / going to the level crossing or the tracks with train
// times (being late or stuck shuts it); "I'll have ended it / killed myself before then"; counting down /
// can't wait till I can sleep forever (nights, a lie in, a day off shut it; a laugh does not).
// Concern: nobody's rung / texted / called me in a month or weeks; the weekend was just me on my own again,
// as always (bliss, peace, me time shut it); no one to put down as an emergency contact or next of kin;
// hope ran out / has gone / ran out of hope (Hope who ran out to the shop is left); I wouldn't hire me
// either; fighting / punching / murdering the driver or the next one, with jk or "I swear" (a kebab, a
// pint, smashing the interview, killing the next hour or the next wasp shut it).
// A laugh shuts the threats to others and the quiet concern sets, but not the client's own self-harm,
// control over them or wish to be dead ("went back to old habits with the razor lol" is held as crisis).
// Look-alikes of our own are in test/domain/riskHundredAndThirtySeventhForms.test.ts. Normalised words
// ("i am" for "I'm", "ill" for "I'll", "will not" for "won't", "do not" for "don't", "friend" for "mate").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_SAID, STORIES_AND_GAMES, unless, WEEKDAY } from './wholeMessageSets.ts';

/** Stories and games, as STORIES_AND_GAMES has them but for "book" (to book a course or a slot is how job
 * seekers speak: "don't book me on the course, I'll have killed myself by then"). */
const STORIES = String.raw`${STORIES_AND_GAMES.replace('|book|', '|books|a book|the book|this book|that book|my book|audiobook|')}|song|musical|memoir|sleeping beauty|fairy tale|bedtime story`;
const OTHERS = String.raw`(?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend|bestie|pal|child|kid|sibling)`;
/** Someone else's trouble: "my sister's ex", "her boyfriend", "my friend has been...". */
const THEIRS = String.raw`\b(?:my ${OTHERS}s (?:ex|partner|boyfriend|girlfriend|husband|wife|dad|mum)|(?:his|her|their) (?:ex|partner|boyfriend|girlfriend|husband|wife))\b`;
const TOLD = String.raw`(?:says|said|keeps saying|told me|texted|messaged|posted|wrote|thinks|reckons)`;
/** Someone else's words told by the client: "my sister says", "a friend told me" (not "he said" or "they
 * said": an abuser's words, and "they said no" to a job, are said around the client's own risk). */
const OTHER_SAID = String.raw`\b(?:(?:my|his|her|their) (?:\w+ )?${OTHERS}s?|a friend|one of my friends) ${TOLD}\b`;
/** The same, for the sets where a parent or partner may be the one doing it: friends and neighbours only. */
const FRIEND_SAID = String.raw`\b(?:my (?:\w+ )?(?:friend|friends|bestie|pal|colleague|neighbour|cousin|client|patient|student)s?|a friend|one of my friends) ${TOLD}\b`;
/** A laugh, but not "not joking" or "no kidding". */
const REAL_LAUGH = String.raw`\b(?<!\b(?:not|no|never) )(?:${LAUGH})\b`;
/** An accident, but not "not by accident" or "wasn't an accident". */
const AN_ACCIDENT = String.raw`\b(?<!\b(?:not|no) (?:by |an |a )?)accident(?:al|ally)?\b`;

// --- Crisis: my mum takes all my UC and gives me a tenner a week -----------------------------------------
const MY_MONEY = String.raw`(?:all (?:of )?|the whole of |the lot of )?my (?:whole |entire )?(?:uc|universal credit|benefits?|benefit money|wages?|pay|money|pip|esa|jsa|pension|student loan|bank card|card|cards|uc payment|universal credit payment|payments?|earnings|tips)`;
const SMALL_SUM = String.raw`(?:a tenner|a fiver|ten (?:quid|pounds)|five (?:quid|pounds)|twenty (?:quid|pounds)|\u00a3?\d{1,2}(?: quid| pounds|p)?|pocket money|an allowance|spending money|bus fare|nothing|barely anything)`;
const MONEY_TAKER = String.raw`(?:he|she|they|ex|partner|boyfriend|girlfriend|husband|wife|missus|mrs|fiance|other half|mum|mom|mam|dad|stepdad|step dad|stepmum|step mum|nan|nana|gran|granny|grandad|grandma|brother|sister|son|daughter|grandson|granddaughter|nephew|niece|uncle|aunt|auntie|cousin|family|in laws|carer|gaffer|flatmate|housemate|pimp|dealer)`;
const TAKES_GIVES_TENNER = pattern`\b${MONEY_TAKER}(?: still| always| just| even| now)? (?:takes?|took|taking|keeps?|kept|keeping|has|holds?|controls?|grabs?|gets?) ${MY_MONEY}\b.{0,60}?\b(?:gives?|giving|hands?|handing|leaves?|lets? me (?:have|keep)|allows? me)(?: me)?(?: back)? ${SMALL_SUM}(?= a week| a month| a fortnight| each| every| for| to| and| back|$)`;
const TAKES_GIVES_TENNER_OUT = String.raw`\b(?:for (?:my )?(?:board|keep|housekeeping)|appointee|deputyship|i asked (?:him|her|them) to|we agreed|my choice|my idea|into account|taper|deductions?|overpayment|advance|hmrc|child maintenance)\b|${THEIRS}|${FRIEND_SAID}|\b(?:${STORIES})\b`;

// --- Crisis: my ex still has my universal credit login and keeps changing stuff ---------------------------
const WHO_CONTROLS = String.raw`(?:he|she|they|ex|partner|boyfriend|girlfriend|husband|wife|fiance|other half|mum|dad|stepdad|step dad|brother|sister|in laws|family)`;
const HAS_MY_LOGIN = pattern`\b${WHO_CONTROLS} (?:still )?(?:has|is got|got|knows|uses|has got|kept|keeps|changed|took) (?:all )?my (?:\w+ ){0,3}?(?:login|log in|logins|password|passwords|pin|details|account|journal)s? (?:and|so) (?:\w+ )?(?:keeps?|is|has been|kept|keep) (?:changing|moving|logging|reading|checking|deleting|cancelling|messing|taking|spending|emptying|transferring|booking|answering|replying)`;
const HAS_MY_LOGIN_OUT = String.raw`\b(?:netflix|spotify|disney|prime video|amazon prime|youtube|playstation|xbox|steam|playlists?|profile (?:pic|picture|photo)|careers? adviser|work coach|helps? me|helping me|to help|i asked (?:him|her|them)|appointee|carer|support worker|dyslexi\w*|blind|sight|i gave (?:him|her|them) (?:it|them)|with my permission|i let (?:him|her|them))\b|${THEIRS}|${FRIEND_SAID}|\b(?:${STORIES})\b`;

// --- Crisis: he reads the emails from you so please don't mention money or the course ---------------------
const READS_MINE = String.raw`\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|other half|fiance|dad|mum|stepdad|step dad|in laws)s? (?:reads|checks|goes through|looks through|sees|monitors|opens|read|check|look at|looks at|will see|will read|would see|might see) (?:all |every )?(?:the |my |your |these |of the |of my )?(?:emails?|messages?|texts?|letters?|post|phone|journal|inbox|chats?)`;
const DONT_MENTION = String.raw`\b(?:please |so )*(?:do not|never|can you not|could you not|try not to) (?:mention|bring up|say|talk about|put|write|email|text|message|send|ring|call|reply|phone|post|leave)`;
const READS_DONT_MENTION = pattern`^(?=.*${READS_MINE})(?=.*${DONT_MENTION})`;
const READS_DONT_MENTION_OUT = String.raw`\b(?:out to me|out for me|read for me|reads? (?:them|it) (?:to|for) me|i asked (?:him|her|them) to|dyslexi\w*|blind|sight|partially sighted|can not read|struggle to read|boss|manager|employer|supervisor|colleague|work email|current job|current employer|spoiler|spoil the surprise|surprise party)\b|${THEIRS}|${FRIEND_SAID}|\b(?:${STORIES})\b`;

// --- Crisis: been following my old boss home for a week, he needs to learn a lesson ------------------------
const I_FOLLOW_HOME = String.raw`(?:^|\bi (?:have |had |am |was |keep |kept |started |have started |have been )?|\b(?:been|started|keep|kept) )(?:following|followed|tailing|tailed) (?:him|her|them|my (?:\w+ ){0,3}?\w+|the (?:\w+ ){0,4}?\w+) (?:home|back (?:home|to (?:his|her|their) (?:house|place|flat))|to (?:his|her|their) (?:house|place|flat|car|door))`;
const A_LESSON = String.raw`\b(?:(?:needs?|has|got|going|about) to learn (?:a|his|her|their|the) (?:lesson|hard way)|teach (?:him|her|them) a lesson|learn (?:his|her|their) lesson|(?:he|she|they) (?:will|is going to|are going to|will soon) (?:pay|regret|learn|be sorry|get what)|(?:get|gets|getting) what (?:is|he is|she is|they are|s) coming|(?:had|has|have) it coming|make (?:him|her|them) pay|(?:he|she|they) will not see it coming|pay for what (?:he|she|they))\b`;
const FOLLOWING_HOME_LESSON = pattern`^(?=.*${I_FOLLOW_HOME})(?=.*${A_LESSON})`;
const FOLLOWING_HOME_LESSON_OUT = String.raw`\b(?:lesson (?:about|on|in)|linkedin|instagram|twitter|tiktok|on facebook|on socials|recruiter|${STORIES})\b|${REAL_LAUGH}|${THEIRS}|${OTHER_SAID}`;

// --- Crisis: someone's getting hurt at the jobcentre tomorrow and it won't be me, dead serious -------------
const SOMEONE_HURT = String.raw`\b(?:someones|somebodys|(?:someone|somebody|some one)(?: is| will| s)?) (?:getting|going to get|will get|gets|get|is getting|is going to get) (?:hurt|stabbed|battered|glassed|done in|knocked out|seriously hurt|badly hurt|hurt badly)\b`;
const I_MEAN_IT = String.raw`\b(?:(?:and )?it (?:will not|is not|is not going to|aint|will not) (?:be )?me|(?:and )?i am not talking about me|dead serious|deadly serious|deadass|i mean it|i am serious|i am being serious|not joking|no joke|not a joke|swear down|i swear|promise|that is a promise|i will make sure|mark my words)\b`;
const SOMEONE_HURT_MEAN_IT = pattern`^(?=.*${SOMEONE_HURT})(?=.*${I_MEAN_IT})`;
const SOMEONE_HURT_MEAN_IT_OUT = String.raw`\b(?:building site|construction site|on site|forklifts?|machinery|machines?|roads?|junction|speeding|drivers?|the way (?:he|she|they) drives?|broken (?:step|steps|stairs|floor|floorboards?|railing|banister|glass|lift)|stairs|staircase|wiring|wires|ladder|scaffold\w*|slippery|icy|ice|potholes?|health and safety|hazard|trip(?:ping)? hazard|loose|cables?|risk assessment|on the news|news|festival|${STORIES})\b|${AN_ACCIDENT}|${REAL_LAUGH}|${OTHER_SAID}`;

// --- Crisis: been doing the old thing with the razor again (in the middle of good news) --------------------
const TOOL = String.raw`(?:razor|razors|razor blade|razor blades|blade|blades|compass|compass point|lighter|scissors|sharpener blade|pencil sharpener|craft knife|stanley knife|broken glass)`;
const OLD_THING_WITH_TOOL = pattern`\b(?:(?:the|that|my|an|old) )?(?:old |usual |same )?(?:thing|things|habit|habits) (?:with|using) (?:the|a|my|that)? ?${TOOL}\b`;
const OLD_THING_OUT = String.raw`\b(?:smok\w*|cigs?|cigarettes?|fags?|roll ?ups?|vap\w*|spliffs?|joints?|weed|(?:he|she|they|my (?:\w+ )?${OTHERS}) (?:did|does|has done|is doing|was doing|keeps doing|started doing|has been doing|had done)|(?:his|her|their) (?:old )?(?:thing|habit)|hair\w*|beard|barber|haircut|wax\w*|craft\w*|sewing|sew|fabric|knitting|crochet|candles?|bbq|barbecue|the hob|gas|drawing|draw|circles?|geometry|protractor|orienteering|navigat\w*|north|the map|${STORIES})\b|(?<!\bnot (?:for |from )?)\bshav\w*|${OTHER_SAID}`;

// --- Crisis: used the compass from my son's pencil case on my wrist during the online module --------------
const BODY = String.raw`(?:wrist|wrists|arm|arms|forearm|forearms|thigh|thighs|upper arm|skin|stomach|tummy|belly|hip|hips|legs|ankles?)`;
const TOOL_ON_ME = pattern`\b(?:used|using|use|uses|pressed|pressing|press|held|holding|hold|dragged|dragging|ran|running|took|taking|take|put|putting) (?:the |a |my |that |an |some )?(?:\w+ ){0,6}?${TOOL}\b(?: \w+){0,6}? on (?:my|me) ${BODY}\b(?! of (?:the|a|my|this|that)\b)`;
const TOOL_ON_ME_OUT = String.raw`(?<!\bnot (?:for |from )?)\bshav\w*|\b(?:hair\w*|wax\w*|epilat\w*|smooth|moistur\w*|tattoo\w*|splinter|splinters|stitches out|take (?:the )?stitches out|cast|casts|bandage off|remove|removing|cut off|tag|tags|label|wristband|hospital band|watch strap|strap|drawing|draw|circles?|geometry|protractor|insulin|inject\w*|jab|vaccine|blood tests?|diabet\w*|${STORIES})\b|\b(?:he|she|they|my (?:\w+ )?${OTHERS}) (?:used|uses|pressed|held|put|took)\b|${OTHER_SAID}`;

// --- Crisis: you asked about the plasters. I did them myself. With scissors ---------------------------------
const INJURY = String.raw`(?:plasters|plaster on|bandages?|bandaged|dressings?|cuts?|burns?|burn marks|scars?|wounds?|stitches|steri strips|scratches|gashes|marks on my (?:arm|arms|wrist|wrists|legs|thighs)|my (?:arm|arms|wrist|wrists|thigh|thighs|forearm|forearms))`;
const DID_IT_MYSELF = String.raw`\b(?:i )?(?:did|done|made|caused) (?:them|it|these|those|this|that|all of them|each one)(?: all)? (?:to )?my ?self\b`;
const INJURY_DID_IT_MYSELF = pattern`^(?=.*\b${INJURY}\b)(?=.*${DID_IT_MYSELF})`;
const INJURY_DID_IT_MYSELF_OUT = String.raw`\b(?<!\b(?:not|never|did not|didnt) )(?:fell|fall|falling|slipped|tripped|dropped)\b|\b(?:strap|straps|watch|brace|splint|cast|toast|bread|baking|bake|baked|cake|cakes|biscuits|pizza|sew\w*|sewing machine|hem|hems|dress|dresses|jeans|jumper|fabric|embroider\w*|knit\w*|cross stitch|crochet|quilt\w*|hair\w*|fringe|haircut|bob|beard|nail varnish|nail polish|false nails|eyebrows?|lashes|tattoo\w*|piercing|pierced|on the walls?|ceiling|plastering|plasterboard|plaster (?:the|a|my|our) (?:wall|ceiling|room)|decorat\w*|diy|paint\w*|wallpaper|cooking|oven|pan|kettle|chef|bbq|barbecue|gardening|bike|cycling|football|rugby|sunburn\w*|sun burn\w*|sunbed|first aid|first aider|surgery|operation|the hospital did|sutured|(?:he|she|they) did (?:them|it|this|that)|${STORIES})\b|${AN_ACCIDENT}|${OTHER_SAID}`;

// --- Crisis: burnt myself with the iron again, not by accident ---------------------------------------------
const HURT_MYSELF = String.raw`\b(?:burnt|burned|burnd|cut|scratched|scalded|punched|hit|scraped|carved|bruised|hurt|stabbed|marked|bit|bitten|cutted) my ?self\b`;
const ON_PURPOSE = String.raw`\b(?:not by accident|was not (?:an |by )?accident|is not (?:an |by )?accident|was not accidental|not accidentally|(?<!\b(?:not|never|was not|did not do it|did not mean it) )on purpose|deliberately|meant to do it|i meant to)\b`;
const HURT_MYSELF_ON_PURPOSE = pattern`^(?=.*${HURT_MYSELF})(?=.*${ON_PURPOSE})`;
const HURT_MYSELF_ON_PURPOSE_OUT = String.raw`\b(?:(?:did not|did not do it|never|not|would not) (?:do it |hurt my ?self |burn my ?self |cut my ?self )?(?:on purpose|deliberately)|obviously not|clumsy|first aid|${STORIES})\b|${OTHER_SAID}`;

// --- Crisis: want my affairs sorted before the end of the month, for after ---------------------------------
const AFTER_THINGS = String.raw`(?:affairs|letters|a letter|passwords?|pins|pin numbers?|bank|banking|my will|wills|funeral|drawer|envelope|in order|knows where|know where|debts|life insurance|pension)`;
const FOR_AFTER = pattern`^(?=.*\b${AFTER_THINGS}\b).*\bfor after(?:wards)?$`;
const FOR_AFTER_OUT = String.raw`\b(?:pudding|dessert|cake|biscuits?|snacks?|treat|treats|sweets|chocolate|dinner|lunch|tea|breakfast|pint|pints|drinks?|wine|beer|fridge|freezer|oven|leftovers|party|wedding|holiday|the match|the game|the film|${STORIES})\b|${OTHER_SAID}`;

// --- Crisis: the kids' photos in a box with a letter so they know it wasn't their fault ---------------------
const LETTER = String.raw`\b(?:letters?|notes?|explaining|explain|explains|wrote|written|writing|a message|a long message|a long msg|so (?:they|he|she|you|the kids|my kids) (?:know|knows|will know|understand)|(?:them|him|her|you|someone|one person|everyone) to know)\b`;
const NOT_THEIR_FAULT = String.raw`\b(?:(?:it|this|that|none of (?:it|this|that))(?: was| is| will be| were)? (?:not|never) (?:their|his|her|your|anyones|anyone s|the kids|my kids|the childrens|my childrens|my mums|my dads) fault|none of (?:it|this) (?:was|is) (?:their|his|her|your|anyones) fault)\b`;
const LETTER_NOT_THEIR_FAULT = pattern`^(?=.*${LETTER})(?=.*${NOT_THEIR_FAULT})`;
const LETTER_NOT_THEIR_FAULT_OUT = String.raw`\b(?:divorce|divorcing|split|splitting up|separat\w*|break up|broke up|breakup|moving out|moved out|custody|crash|collision|bumped|dent|insurance|car accident|road accident|complaint|complain|dementia|care home|teacher|nursery|bully\w*|ofsted|the council|landlord|${STORIES})\b|${AN_ACCIDENT}|${THEIRS}|${OTHER_SAID}`;

// --- Crisis: after the interview I'm walking to the level crossing for 4, trains every 20 minutes ---------
const TO_THE_LINE = String.raw`\b(?:walking|walk|going|go|heading|head|off|cycling|driving|getting the bus|get the bus|be|i will be|ill be|standing|stand|waiting|wait|sitting|sit)(?: down| over| up| back| out)? (?:to|at|by|on) (?:the|that) (?:level crossing|railway crossing|crossing by|tracks|train tracks|railway line|railway|train line|railway bridge|line behind)\b(?! (?:station|museum|arches|club|cafe|inn|pub|path|walk|hotel|company|works|job)\b)`;
const TRAIN_TIMES = String.raw`\b(?:trains? (?:every|come|comes|pass|passes|run|runs|go through|goes through|at)|fast trains?|express|freight|non stop|does not stop|timetable|train times|for \d{1,2}(?: ?(?:am|pm|oclock))?(?! (?:mins|minutes|hours|days|weeks))|at \d{1,2}(?: ?(?:am|pm|oclock))?|tonight|after (?:the|my) interview)\b`;
const LEVEL_CROSSING_TIMES = pattern`^(?=.*${TO_THE_LINE})(?=.*${TRAIN_TIMES})`;
const LEVEL_CROSSING_TIMES_OUT = String.raw`\b(?:running late|was late|be late|made me late|delays?|delayed|cancell?ed|stuck|traffic|queue|barriers? (?:down|stuck)|bus stop|to meet|meet up|meeting up|meet (?:you|him|her|them|my friends?)|train driver|network rail|signaller|signalling|crossing keeper|track worker|trackside|maintenance|engineering works|commute|commuting|photos?|trainspotting|train spotting|spotters?|model railway|${STORIES})\b|${OTHER_SAID}`;

// --- Crisis: you asked if I'll be at the workshop. No. I'll have ended it before then -----------------------
const ENDED_IT_BEFORE = pattern`\b(?:ill|i will|i would|i should|i am going to|i will probably|ill probably|hopefully ill|hopefully i will|i will already|ill already) (?:have|of) (?:already )?(?:ended it|ended it all|ended things|ended my life|killed my ?self|topped my ?self|taken my (?:own )?life|done my ?self in|ended everything)(?: already)? (?:before|by) (?:then|that|it|the|next|this|my|your|tomorrow|tonight|${WEEKDAY}|\d)`;
const ENDED_IT_BEFORE_OUT = String.raw`\b(?:ended it with|ended things with|contract|tenancy|lease|subscription|gym|membership|relationship|broke up|break up|${STORIES})\b|${OTHER_SAID}`;

// --- Crisis: how's my week going? counting down till I can sleep forever, hopefully -------------------------
const SLEEP_FOREVER = String.raw`(?:(?:sleep|asleep) (?:forever|for ever|for good|and never wake up|and not wake up)|rest forever)`;
const LONG_FOR_SLEEP_FOREVER = pattern`\b(?:counting down|count down|can not wait|cannot wait|looking forward|roll on|hoping|praying|longing)\b(?: \w+){0,8}? ${SLEEP_FOREVER}\b|\b${SLEEP_FOREVER} (?:hopefully|please|soon hopefully|fingers crossed)\b`;
const LONG_FOR_SLEEP_FOREVER_OUT = String.raw`\b(?:he|she|they|hes|shes|theyre|him|her|them) (?:can|could|gets? to|will|would|just wants? to|wants? to|to) (?:just )?(?:go to )?(?:sleep|rest)\b|\b(?:weekend|lie in|lay in|day off|days off|holiday|night shifts?|nights|exams?|bed time|jet lag|newborn|teething|night feeds?|baby (?:wakes|waking|is up|up every|feeds|feeding)|${STORIES})\b|${THEIRS}|${OTHER_SAID}`;

// --- Concern: nobody's rung me in a month ---------------------------------------------------------------
const NOBODY_RUNG = pattern`\b(?:nobody|no one|nobodys|no ones|not one person|not a single person|not a soul)(?: has| have| had| s| is)? (?:rung|rang|called|phoned|texted|messaged|visited|spoken to|talked to|been in touch with|checked on|checked in on|knocked for|come round to see|asked after|contacted) me (?:in|for) (?:(?:over|about|like|nearly|almost|at least|well over) )?(?:a |an |\d+ |two |three |four |five |six |a couple of |a few |several |many )?(?:days|weeks?|months?|years?|ages|forever|a long time)\b`;
const NOBODY_RUNG_OUT = String.raw`(?<!\bnot even (?:the |my |an |any )?)\b(?:agency|agencies|recruiters?|employers?|compan(?:y|ies))\b|\b(?:scam\w*|spam|cold call\w*|sales|marketing|ppi|landlord)\b|${REAL_LAUGH}|${OTHER_SAID}|\b(?:${STORIES})\b`;

// --- Concern: weekend was just me on my own again, same as always ----------------------------------------
const ON_MY_OWN_AGAIN = pattern`\b(?:just me|(?:weekend|week|night|evening|christmas|birthday|sunday|saturday|friday|day|holiday|bank holiday|new year|easter|weekends|evenings|nights)s? (?:was|were|has been|have been|is|are|(?:was |were |is |got )?spent)(?: just)?(?: me)?)(?: (?:on my own|by my ?self|alone|in my room|in the flat|in the house|staring at the walls|with the telly|with the tv))(?: again(?: (?:same as always|as always|as usual|like always|same as ever|as ever|like every \w+))?| (?:same as always|as always|as usual|like always|same as ever|like every \w+))\b`;
const ON_MY_OWN_AGAIN_OUT = String.raw`\b(?<!\b(?:not|never|was not|is not|not very|not that|not so) )(?:bliss|blissful|peace|peaceful|lovely|nice|enjoy\w*|got (?:loads|lots|a lot|so much) done|productive|recharge\w*|needed (?:it|that)|me time|relax\w*|chill\w*|happy|quiet one|prefer|love it|loved it|revision|revising|studying|${STORIES})\b|${REAL_LAUGH}|${OTHER_SAID}`;

// --- Concern: don't have anyone to put down as a reference or emergency contact --------------------------
const NO_EMERGENCY_CONTACT = pattern`\b(?:do not have|have not got|have not|got|have|there is|there is not|there are|there are not|i have got|i have) (?:no one|nobody|anyone|anybody|not anyone|no family|no friends|a single person|one person)(?: (?:i|that i) (?:could|can|would))? (?:to )?(?:put|list|give|name|write|use|have)(?: down)? (?:as|for) (?:an? |my )?(?:(?:\w+ ){1,2}or (?:even )?(?:an? )?)?(?:emergency contact|next of kin)\b`;
const NO_EMERGENCY_CONTACT_OUT = String.raw`\b(?:leave it blank|can i leave|optional|(?:my|his|her|their) (?:son|daughter|child|kid|kids)s? (?:school|nursery))\b|${OTHER_SAID}`;

// --- Concern: hope ran out months ago, if I'm honest -----------------------------------------------------
const HOPE_RAN_OUT = pattern`\b(?:(?:my |all (?:my )?|any |the last of my )?hope (?:ran out|has run out|had run out|run out|has gone|is gone|went|died|has died|left me|gave out|dried up|is all gone|has all gone)(?! (?:to|of|into|onto|for|and|after|with|the|from|down|up|through|out|home|back)\b)|(?:i |i have |i am |i have run |i ran )?(?:ran|run|running) out of hope)\b`;
const HOPE_RAN_OUT_OUT = String.raw`\b(?:(?:his|her|their|my ${OTHERS}s) hope|hope (?:is|was) (?:my|her|his|a|the) (?:friend|sister|cousin|daughter|neighbour|colleague|manager|work coach)|called hope|named hope|${STORIES})\b|${REAL_LAUGH}|${OTHER_SAID}`;

// --- Concern: no wonder they said no, I wouldn't hire me either ------------------------------------------
const WOULD_NOT_HIRE_ME = pattern`\bi (?:would not|would never|would not even|could not|would not ever|wouldnt|would not want to) (?:hire|employ|pick|choose|take on|shortlist|interview|want|give a job to) me(?: either| neither| myself| to be honest| honestly| anyway| if i am honest|$)`;
const WOULD_NOT_HIRE_ME_OUT = String.raw`${REAL_LAUGH}|\b(?:${STORIES})\b`;

// --- Concern: if the bus is late again I'm fighting the driver jk; I swear I'll murder the next email ----
const HIT_VERB = String.raw`(?:fighting|fight|punch|punching|batter|battering|deck|decking|lamp|lamping|slap|slapping|smack|smacking|murder|murdering|kill|killing|strangle|strangling|throttle|throttling|stab|stabbing|bottle|headbutt|headbutting|knock out|knocking out|swing for|chin|chinning|twat|twatting|drown|drowning)`;
const I_WILL = String.raw`(?:i am|ill|i will|i am going to|going to|i am about to|i swear ill|i swear i will|swear ill|swear i will|swear i am)`;
const PERSON_OR_NEXT = String.raw`(?:the next|whoever|the (?:bus |train |taxi |uber |delivery )?driver|the (?:recruiter|interviewer|assessor|work coach|manager|boss|receptionist|security guard|bloke|guy|man|woman|lady|lad|kid|neighbour|landlord|postman|agency)|my (?:work coach|manager|boss|landlord|neighbour|recruiter|flatmate|housemate))`;
const JOKED_FIGHT = pattern`\b${I_WILL} ${HIT_VERB} ${PERSON_OR_NEXT}\b(?! (?:over|about|on this|on that|on it|in court|at (?:the )?tribunal|for (?:my|the|it))\b)`;
const JOKED_FIGHT_GATE = String.raw`${REAL_LAUGH}|\b(?:i swear|swear|istg|the next)\b`;
const JOKED_FIGHT_OUT = String.raw`\b(?:pint|pints|kebab|curry|pizza|burger|chips|takeaway|brew|cuppa|coffee|drink|the next (?:interview|round|stage|test|exam|assessment|level|boss|game|match|question|one on my list|application|shift|hour|hours|half hour|minute|minutes|day|days|week|weeks|month|months|few|couple|bit|while|morning|afternoon|evening|night|time)|wasps?|spiders?|flies|fly|mosquito\w*|midges?|slugs?|snails?|mouse|mice|rats?|ants|bugs?|weeds?|flea\w*|moths?|pigeons?|seagulls?|cockroach\w*|(?:killing|kill|smash|smashing|murder|murdering) (?:it|this|the interview|the next interview)|sorrows|${STORIES})\b|${SOMEONE_ELSE_SAID}`;

export const HUNDRED_AND_THIRTY_SEVENTH_WHOLE_SETS = [
  [unless(String.raw`\bmy (?:whole |entire )?(?:uc|universal credit|benefits?|benefit money|wages?|pay|money|pip|esa|jsa|pension|student loan|bank card|card|cards|uc payment|universal credit payment|payments?|earnings|tips)\b`, TAKES_GIVES_TENNER_OUT), [group('crisis', 'coercive control', [TAKES_GIVES_TENNER])]],
  [unless(String.raw`\b(?:login|log in|logins|password|passwords|pin|details|account|journal)s?\b`, HAS_MY_LOGIN_OUT), [group('crisis', 'coercive control', [HAS_MY_LOGIN])]],
  [unless(String.raw`\b(?:emails?|messages?|texts?|letters?|post|phone|journal|inbox|chats?)\b`, READS_DONT_MENTION_OUT), [group('crisis', 'coercive control', [READS_DONT_MENTION])]],
  [unless(String.raw`\b(?:following|followed|tailing|tailed)\b`, FOLLOWING_HOME_LESSON_OUT), [group('crisis', 'harm to someone else', [FOLLOWING_HOME_LESSON])]],
  [unless(String.raw`\b(?:someone|somebody|some one)s?\b`, SOMEONE_HURT_MEAN_IT_OUT), [group('crisis', 'harm to someone else', [SOMEONE_HURT_MEAN_IT])]],
  [unless(String.raw`\b(?:thing|things|habit|habits)\b`, OLD_THING_OUT), [group('crisis', 'self-harm', [OLD_THING_WITH_TOOL])]],
  [unless(String.raw`\bon (?:my|me) ${BODY}\b`, TOOL_ON_ME_OUT), [group('crisis', 'self-harm', [TOOL_ON_ME])]],
  [unless(String.raw`\bmy ?self\b`, INJURY_DID_IT_MYSELF_OUT), [group('crisis', 'self-harm', [INJURY_DID_IT_MYSELF])]],
  [unless(String.raw`\bmy ?self\b`, HURT_MYSELF_ON_PURPOSE_OUT), [group('crisis', 'self-harm', [HURT_MYSELF_ON_PURPOSE])]],
  [unless(String.raw`\bfor after(?:wards)?$`, FOR_AFTER_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [FOR_AFTER])]],
  [unless(String.raw`\bfault\b`, LETTER_NOT_THEIR_FAULT_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [LETTER_NOT_THEIR_FAULT])]],
  [unless(String.raw`\b(?:crossing|tracks|railway|line)\b`, LEVEL_CROSSING_TIMES_OUT), [group('crisis', 'a plan to end their life', [LEVEL_CROSSING_TIMES])]],
  [unless(String.raw`\b(?:ended|killed|topped|taken|done)\b`, ENDED_IT_BEFORE_OUT), [group('crisis', 'intends to end their life', [ENDED_IT_BEFORE])]],
  [unless(String.raw`\b(?:forever|for ever|for good|never wake|not wake)\b`, LONG_FOR_SLEEP_FOREVER_OUT), [group('crisis', 'wishes to be dead', [LONG_FOR_SLEEP_FOREVER])]],
  [unless(String.raw`\b(?:nobody|no one|nobodys|no ones|not one person|not a single person|not a soul)\b`, NOBODY_RUNG_OUT), [group('concern', 'feels alone', [NOBODY_RUNG])]],
  [unless(String.raw`\b(?:on my own|by my ?self|alone|in my room|in the flat|in the house|staring at the walls|with the telly|with the tv)\b`, ON_MY_OWN_AGAIN_OUT), [group('concern', 'feels alone', [ON_MY_OWN_AGAIN])]],
  [unless(String.raw`\b(?:emergency contact|next of kin)\b`, NO_EMERGENCY_CONTACT_OUT), [group('concern', 'feels alone', [NO_EMERGENCY_CONTACT])]],
  [unless(String.raw`\bhope\b`, HOPE_RAN_OUT_OUT), [group('concern', 'hopelessness', [HOPE_RAN_OUT])]],
  [unless(String.raw`\bme(?: either| neither| myself| to be honest| honestly| anyway| if i am honest|$)`, WOULD_NOT_HIRE_ME_OUT), [group('concern', 'feels worthless', [WOULD_NOT_HIRE_ME])]],
  [unless(JOKED_FIGHT_GATE, JOKED_FIGHT_OUT), [group('concern', 'joked about hurting someone', [JOKED_FIGHT])]],
] as const;
