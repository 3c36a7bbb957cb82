// Job seekers over fifty (long trades ended by the body, the bereaved, rural workers, carers): risk said in
// their own words. Can't go on the laptop unless he's sat next to me; sixty years on this earth is plenty
// for me; I hope I'm not long for this world; the farmer lays into me with his fists; this is me signing
// off for good, thanks for trying with me; first hard frost I'll walk out on the hill with the whisky and
// lie down; I'd just as soon it was all over; the pension forms are done so she's looked after once I'm
// not here; I'd not mind a long sleep I didn't come back from. And, for a check-in: at my wits' end with
// the whole lot; I'd never end it but I see why folk do; I'll set the dog on the next cold caller; what
// good is a 60 year old with one good arm to anybody; a hole I can't climb out of; lost a stone since she
// died, don't fancy food; a bit down, the anniversary of dad; no get up and go any more; half cut by
// dinner time; we might have to sell the bungalow; heavy in myself.
// The same words fill everyday messages (can't use the forklift without him there while I'm on probation;
// forty years on the tools is plenty for me; my nan had a good innings; my boss laid into me for being
// late; signing off for good, I've got the job; walking up the hill with a flask to watch the sunrise; I'd
// just as soon the interview was over; when I'm not here in the day the neighbour feeds the cat; a nap I
// didn't wake from till three; at my wits' end with this login; I see why people do agency work; lost a
// stone at slimming world; don't fancy food shopping; our wedding anniversary meal; the van's got no get
// up and go; half cut by dinner time at the wedding; might have to sell the caravan; fine in myself), so
// each set rests on the words that carry the risk together and shuts on the everyday uses, on someone
// else's trouble and on fiction.
// Crisis: can't / not allowed to / won't let me use or go on something unless or without him or her sat
// there, watching, in the room (help with technology, training at work or a child's rules shut it); so
// many years on this earth / in this world is plenty or enough, for me or no more wanted, or I've had my
// innings and I'm ready to go or done (someone else's innings, a trade or a career shut it); hoping or
// wishing I'm not long for this world; lays / laid / waded into me with his fists, boots, a belt, or knocks
// me about (boxing and sparring shut it); signing / logging / bowing out for good with thanks for trying,
// you did your best, not your fault, don't take it personally (a job, a claim ending or a move shut it);
// I'll walk / go out on or up the hill, moor or fell, with frost, cold or snow, or whisky or pills, and lie
// down or not come back (walkers, campers, stock and sunrises shut it); I'd just as soon be dead or gone,
// or just as soon it was all over (an interview, a result, a wait or the weather shut the second);
// forms, a will, a policy or affairs done or sorted, or someone looked after, for when or once I'm not here
// or gone (a shift, a holiday, a hospital stay shut it); a sleep I didn't / wouldn't come back or wake from
// (till three, a kind of nap shut it).
// Concern: at my wits' end, alone or with the whole lot / everything / it all (a login, a printer, a bus,
// someone else's wits shut it); I see / understand why folk / people do it, with ending it or suicide in the
// message; I'll set the dog on the next caller / him / them; what good or use is a 60 year old / an old man
// (with a bad back...) to anybody / any more; in a hole I can't climb out of (money words read money
// worries; digging, a garden or a van shut it); lost a stone / weight or can't fancy food since she or he
// died or went, or without trying (a diet, the gym, someone else's weight shut it); a bit down, low or
// teary with an anniversary (a celebration, someone else's low shut it); no / lost my get up and go, oomph
// or spark (a car, a van, someone else's shut it); half cut / drunk by dinner time, lunch time, noon or
// before 12 (a wedding, a party, everyone else drunk shut it); might / will have to sell the house,
// bungalow or farm (a car, a caravan, a parent's estate, someone else's house shut it); heavy, low or not
// right in myself.
// Look-alikes of our own are in test/domain/riskHundredAndThirtyFifthForms.test.ts. Normalised words
// ("i am" for "I'm", "id" for "I'd", "ill" for "I'll", "i have" for "I've", "can not" for "can't", "do not"
// for "don't", "going to" for "gonna", "hell" for "he'll", "wits end" for "wits' end").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless, WEEKDAY, SOMEONE_ELSE_OR_A_STORY as ELSE } from './wholeMessageSets.ts';

const PERSON = String.raw`(?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|grandson|granddaughter|uncle|aunt|auntie|cousin|nephew|niece|neighbour|colleague|husband|wife|partner|boyfriend|girlfriend|pal|lad|sibling|child|kid|brother in law|sister in law|father in law|mother in law|son in law|daughter in law)`;

// --- Crisis: can't go on the laptop unless he's sat next to me ----------------------------------------------
const NOT_LET = String.raw`(?:can not|could not|can only|could only|(?:am |i am |i am only |only )?(?:not )?allowed(?: to)?|(?:does not|will not|would not|never|does not even) (?:let|allow|permit) me(?: to)?|(?:does not|will not) let me)`;
const THERE = String.raw`(?:unless|without|except when|only when|only if|if not) (?:he|she|him|her|my (?:husband|wife|partner|boyfriend|girlfriend|fella|man|other half))(?: is| being)? (?:sat|sitting|stood|standing|watching|there|in the room|present|next to me|beside me|sat in|over my shoulder|looking over my shoulder|listening|checking|with me)\b`;
const ONLY_WITH_HIM = pattern`\b${NOT_LET}\b.{0,70}?\b${THERE}`;
const ONLY_WITH_HIM_OUT = String.raw`\b(?:(?:shows?|showing|teach(?:es|ing)?|explain(?:s|ing)?) me (?:how|what)|help(?:s|ing)? me (?:with it|use it|log on|log in|set it up|to use)|sets? it up|not good with|hopeless with|useless with|rubbish with|technophobe|(?:do not know|no idea) how (?:to use|it works|to work)|learner|l plates|provisional|instructor|supervis\w*|trainee|apprentice|probation|new starter|shadowing|(?:first|second|third) (?:week|day|shift)|week of training|in training|induction|health and safety|forklift|machinery|chainsaw|tractor|quad|my (?:son|daughter|kids|grandson|granddaughter|grandkids|children|boy|girl)s? (?:can not|is not allowed|are not allowed|can only|is only allowed|are only allowed)|(?:mic|microphone|headphones?|headset|screen|camera|keyboard|mouse|speaker|phone|laptop)s? (?:is |are |was |has |have )?(?:broken|bust|cracked|not working|gone|died|packed in)|${LAUGH})\b|${ELSE}`;

// --- Crisis: sixty year on this earth, that's plenty for me; I've had my innings ---------------------------
const ON_EARTH = String.raw`(?:on this earth|on this planet|in this world|on gods (?:green )?earth|on this mortal coil)`;
const ENOUGH = String.raw`(?:plenty|enough|long enough|more than enough|quite enough|ample)`;
const FOR_ME = String.raw`(?:for me|would not want (?:any ?more|another|more)|do not want (?:any ?more|another|more)|no more for me|that will do(?: me)?|i am done|ready to go|calling time|call it a day)`;
const YEARS_ENOUGH = pattern`^(?=.*\b${ON_EARTH}\b)(?=.*\b${ENOUGH}\b)(?=.*\b${FOR_ME}\b)`;
const HAD_MY_INNINGS = pattern`^(?=.*\b(?:i have|i|i have had|ive) had (?:my|a good|a long|a decent|a fair|a full) innings\b)(?=.*\b(?:ready to go|enough|plenty|(?:do|would) not want (?:any ?more|more|another)|(?:would|will) not mind|calling time|call it a day|that will do|i am done|for me)\b)`;
const YEARS_ENOUGH_OUT = String.raw`\b(?:(?:he|she|they|dad|mum|nan|gran|grandad|grandma|my (?:\w+ )?${PERSON}) (?:had|has had|was|is|keeps saying|says|said)|(?:in|on|of|at|with|for) (?:the|my|this|that) (?:trade|career|industry|business|job|tools|firm|company|works|factory|mill|pit|yard|council|railway|post office|shop|site)|part time|retir(?:e|ing|ement) (?:from|early|next|at|in)|into retirement|something (?:else|quieter|new|lighter|steady|different)|on the tools|in the (?:building|trade|job|game|army|forces|police|pits?))\b|${ELSE}`;

// --- Crisis: is it wrong to hope you're not long for this world -----------------------------------------------
const NOT_LONG_WISHED = pattern`\b(?:hope|hoping|wish|wishing|pray|praying|with any luck|fingers crossed|please god|god willing|would not mind if|would welcome)\b(?: \w+){0,6}? (?:i am|i was|i were|you are|one is|i will be|i would be|i be|me) not long for this world\b|\b(?:i am|i will be) not long for this world(?: \w+){0,3}? (?:i hope|hopefully|with any luck|please god|fingers crossed|thank god|thank goodness)\b`;
const NOT_LONG_OUT = String.raw`\b(?:(?:he|she|they|dad|mum|nan|gran|grandad|grandma|my (?:\w+ )?${PERSON}) (?:is|was|are|were|will be) not long)\b|${ELSE}`;

// --- Crisis: the farmer lays into me with his fists if the work's not done his way ------------------------------
const FISTS = String.raw`(?:fists?|belt|boots?|feet|stick|hands|knuckles|spade|shovel|crop|whip|bat|pole|hammer|spanner|bar|strap|buckle|a lump of wood|a plank)`;
const LAYS_INTO_ME = pattern`\b(?:lays|laid|lay|laying|layed|wades|waded|wading|piles|piled|goes|went|going|gets|got|tears|tore) (?:into|in to|in on|at) me with (?:his|her|their|a|the|them|both) ${FISTS}\b|\buses (?:his|her|their) (?:fists|belt|boots?|feet|hands) on me\b|\b(?:he|she|they|${PERSON}|boss|gaffer|foreman|farmer|manager|landlord|lodger|ex|fella|bloke|man|stepdad|step dad)s?(?: \w+){0,8}? (?:knocks|knocked|knocking|knock|throws|threw|throwing|slaps|slapped|slapping) me (?:about|around)\b`;
const LAYS_INTO_ME_OUT = String.raw`\b(?:sparring|spar|boxing|boxer|pads|martial arts|judo|karate|jiu jitsu|mma|wrestl\w*|(?:the )?(?:van|bus|tractor|quad|boat|sea|waves?|wind|roads?|tracks?|ride|journey|lorry|cab|crossing|ferry|storm|weather|flu|virus|bug|cold|covid|chemo|treatment|illness|infection|tablets|meds|medication)(?: \w+){0,3}? (?:knocks|knocked|knocking|throws|threw|throwing|slaps|slapped|slapping)|${LAUGH})\b|${ELSE}`;

// --- Crisis: this is me signing off for good, thanks for trying with me -----------------------------------------
const SIGN_OFF = String.raw`(?:signing|logging|checking|bowing|clocking|tapping) (?:off|out) (?:for good|for the last time|permanently|for ever|forever|for keeps|once and for all|from (?:all this|everything|it all|life))`;
const LAST_THANKS = String.raw`(?:(?:thanks|thank you|cheers|ta) for (?:trying|all the trying|your patience|putting up with me)|you (?:tried|did your best|did what you could|did all you could)|(?:it is )?not your fault|(?:no one|nobody) could have|do not take it personally|you were (?:alright|good to me|kind|decent|a star|one of the good ones|the only one)|sorry for (?:everything|wasting your time|being hard work|being a pain)|lost cause)`;
const SIGNING_OFF_FOR_GOOD = pattern`^(?=.*\b${SIGN_OFF}\b)(?=.*\b${LAST_THANKS}\b)`;
const SIGNING_OFF_OUT = String.raw`\b(?:(?:got|landed|accepted|offered|start\w*|begin\w*) (?:the |a |my |that |this )?(?:new )?(?:job|role|position|post|offer|contract|work|apprenticeship)|new (?:job|role|position)|job offer|offered|hired|full time|part time|permanent|employed|payslip|first shift|(?:signing|signed|sign) off (?:for good )?(?:from |of )?(?:benefits|universal credit|uc|the dole|jsa|jobseekers|the sick|sick)|off (?:benefits|the dole|uc|universal credit)|sign(?:ing)? on|fit note|sick note|retir\w*|pension (?:starts|has started|kicks in|came through|is through)|moving (?:away|abroad|to)|emigrat\w*|holiday|leaving the (?:area|country)|group chat|whatsapp|facebook|social media|forum)\b|${ELSE}`;

// --- Crisis: first hard frost I'll walk out on the hill with the whisky and lie down --------------------------------
const FUTURE = String.raw`(?:ill|i will|i am going to|going to|i am gonna|i plan to|plan is to|planning to|i shall|i would|id|just)`;
const HILL = String.raw`(?:hill|hills|hillside|hill top|moor|moors|moorland|fell|fells|mountain|mountains|tops|glen|bog|snow|woods|forest|loch side|high ground)`;
const LIE_DOWN = String.raw`(?:lie down|lay down|lie in (?:the|it)|lay in (?:the|it)|not come (?:back|down|home)|not coming (?:back|down|home)|never come (?:back|down|home)|stay (?:out|there|up there)|fall asleep|go to sleep|let the cold|freeze)`;
const COLD_OR_SUPPLY = String.raw`(?:frost|frosty|freezing|cold|snow|winter|ice|icy|minus|whisky|whiskey|vodka|bottle|pills|tablets|drink|booze)`;
const HILL_FROST = pattern`^(?=.*\b${FUTURE} (?:\w+ ){0,2}?(?:walk|go|head|wander|climb|take myself|get myself)\b.{0,30}?\b${HILL}\b)(?=.*\b${LIE_DOWN}\b)(?=.*\b${COLD_OR_SUPPLY}\b)`;
const HILL_FROST_OUT = String.raw`\b(?:sunrise|sunset|views?|photos?|pictures?|picnic|camp\w*|tents?|sleeping bag|bivvy|bothy|stars|stargaz\w*|hik\w*|rambl\w*|walking group|walk(?:ing)? the dogs?|with the dogs?|bird\w*|bonfire|shoot|shooting|beaters?|stalk\w*|sheep|ewes|lambs|lambing|cattle|cows|stock|gather\w*|fencing|check (?:on )?the|feed the|sledg\w*|ski\w*|snowball|snowman|flask of (?:tea|coffee|soup)|${LAUGH})\b|${ELSE}`;

// --- Crisis: at 61 I'd just as soon it was all over ---------------------------------------------------------------
const JUST_AS_SOON_DEAD = pattern`\b(?:i would|id|i had|i could|i)(?: just| quite| sooner)? as soon (?:be|i was|i were|i be) (?:dead|gone|not here|six feet under|in the ground|in my grave|in a box|pushing up daisies|with (?:her|him) now|out of it for good)\b(?! (?:by|before|early|from|at|for|to|on|in(?! the ground| my grave| a box)|when|while|out|of here|home|there|\d))|\b(?:i would|id|i)(?: just| quite)? as soon (?:not be here|never wake up|not wake up|go to sleep and not wake up)\b`;
const JUST_AS_SOON_OVER = pattern`\b(?:i would|id|i had|i could)(?: just| quite| sooner)? as soon (?:it|life|everything|all of it|the lot) (?:was|were|is|would be) (?:all )?(?:over|done|finished|the end)(?: with)?(?: (?:${LAUGH}|to be honest|honestly|really|now|some days|most days))?$`;
const JUST_AS_SOON_OVER_OUT = String.raw`\b(?:interview|results?|process|course|exam|test|meeting|assessment|appointment|hearing|tribunal|the move|moving house|weather|match|election|shift|operation|surgery|op|renovation|building work|waiting for|wait for|paperwork|court|sale|inquest|probate|wedding|(?:is|was|on) (?:on )?(?:${WEEKDAY}|tomorrow|next week|this week))\b|${ELSE}`;

// --- Crisis: got the pension forms done so she's looked after once I'm not here ------------------------------------
const AFTER_GONE = String.raw`(?:once|when|after|for when|for after|for once|so when) i am (?:not here|gone|no longer here|no longer around|not around|dead|six feet under|in the ground)(?: any ?more)?(?! (?:at|on|in|to|during|overnight|tonight|tomorrow|this|next|from|till|until|while|working|away|so (?:much|often|long)|for (?!good)))`;
const ARRANGED = String.raw`(?:forms?|(?:my|a|the|new) will|wills|insurance|policy|pension|affairs|paperwork|passwords?|bank (?:details|cards?|accounts?)|deeds|nominat\w*|beneficiar\w*|death in service|looked after|provided for|in order|sorted|squared away|taken care of|tidy|who gets)`;
const READY_FOR_WHEN_GONE = pattern`^(?=.*\b${ARRANGED}\b)(?=.*\b${AFTER_GONE})`;
const READY_FOR_WHEN_GONE_OUT = String.raw`\b(?:(?:i am|i am now|at|aged) (?:7[5-9]|[89]\d)|(?:in|into|to) hospital|(?:my|the|an) (?:op|operation|surgery)|respite|(?:on|a) holiday|(?:night )?shifts?|working away|rota|childminder|nursery|school run|after school|(?:cat|dog|pet) sitter|kennels|cattery|(?:a|the|my) trip|away for)\b|${ELSE}`;

// --- Crisis: I'd not mind a long sleep I didn't come back from ----------------------------------------------------
const SLEEP_NOT_BACK = pattern`\b(?:sleep|nap|kip|rest|lie down)(?: that| which)? (?:i|you|one) (?:did not|do not|would not|never|would never|will not|could not|can not|does not|might not) (?:come back|wake up|wake|get up|return) from\b(?! (?:till|until|for|easily|quickly|in a hurry))`;
const SLEEP_NOT_BACK_OUT = String.raw`\b(?:(?:kind|sort|type) of (?:sleep|nap|kip)|one of those (?:sleeps|naps)|till|until|refreshed|groggy|jet lag|after (?:a |the |my )?(?:night )?shifts?|on nights|night shifts?)\b|${ELSE}`;

// --- Concern: at my wits' end with the whole lot of it -------------------------------------------------------------
const WITS_END = pattern`${NOT_BEFORE}\bat (?:my|me) wits end\b(?! with (?!(?:the whole lot|the lot|everything|it all|all of it|all this|all of this|life|myself|money|the money|the bills|the debts?|the rent|everyone|the world)\b))`;
const WITS_END_OUT = String.raw`\b(?:not at (?:my|me) wits|(?:with|about) (?:the|this|these|my) (?:bus|buses|trains?|printer|website|app|portal|wifi|laptop|computer)|login|log in|password|printer|portal|parking|${LAUGH})\b|${ELSE}`;

// --- Concern: I'd never end it, but some days I see why folk do -----------------------------------------------------
const SEE_WHY = String.raw`(?:see|understand|get|know) why (?:folk|people|some people|men|blokes|fellas|others|lads|some folk|someone|anyone|somebody|a man|a person|they) (?:do it|do|end it|end things|go that way|take that way out|top themselves|kill themselves|take their (?:own )?lives|give up|jump)`;
const ENDING_WORDS = String.raw`(?:end it|ending it|end my life|end things|kill myself|top myself|suicide|take my (?:own )?life|not being here|do anything (?:stupid|silly)|do something stupid|that way out|take their (?:own )?lives|kill themselves|top themselves|end their lives)`;
const SEE_WHY_FOLK_DO = pattern`^(?=.*\b${ENDING_WORDS}\b)(?=.*\b${SEE_WHY}\b)`;
const SEE_WHY_OUT = String.raw`\b(?:training|course|prevention|awareness|samaritans|helpline|(?:my|his|her|a) (?:\w+ )?${PERSON} (?:killed|took|ended|hanged|topped|did)|(?:he|she|they) (?:killed|took|ended|hanged|topped|did it))\b|${ELSE}`;

// --- Concern: I'll set the dog on the next cold caller ---------------------------------------------------------------
const SET_DOG = pattern`\b(?:going to|will|ill|i will|i would|id|i am going to|could|should|might|tempted to|felt like|want to|wanted to|about to|nearly) set (?:the|my|our|me) (?:dogs?|hounds?|alsatian|rottweiler|staffy|collie|german shepherd|jack russell|terrier) on (?:him|her|them|anyone|anybody|whoever|the next|that|those|the (?:bailiffs?|postman|postie|cold callers?|landlord|neighbours?|council|bloke|guy|man|woman|salesm[ae]n|lads|debt collectors?|meter readers?|jehovahs? witnesses|canvassers?|door knockers?|chuggers?)|my (?:ex|boss|landlord|neighbours?|work coach|coach|brother|sister|husband|wife|son in law|daughter in law|in laws))\b`;
const SET_DOG_OUT = ELSE;

// --- Concern: what good is a 60 year old with one good arm to anybody ---------------------------------------------------
const OLD = String.raw`(?:\d+ year old|(?:fifty|sixty|seventy)(?: \w+)? year old|old (?:man|woman|bloke|git|fella|codger|fool|timer|lady|boy|girl|crock|wreck|dog)|has been|crock|wreck|pensioner|cripple|broken (?:down )?old)`;
const WHAT_GOOD_OLD = pattern`\bwhat (?:good|use) (?:is|am|are|would be|will be) (?:a|an|me|i|someone|somebody|the likes of me|us)(?: \w+){0,2}? ${OLD}\b.{0,60}?\b(?:to (?:anybody|anyone|nobody|man (?:or|nor) beast|the world|any employer|an employer|employers|any firm|a firm|a boss)|any ?more|these days|now)\b`;
const WHAT_GOOD_OLD_OUT = String.raw`\b(?:funding|grant|course|apprenticeship|scheme|cv|advice|tips|${LAUGH})\b|${ELSE}`;

// --- Concern: the funeral costs put me in a hole I can't climb out of ---------------------------------------------------
const HOLE = String.raw`(?:hole|pit|black hole)(?: that)? (?:ill never|ill not|we will never|(?:i|we) (?:can not|could not|can never|will never|am never going to|do not see how i (?:can|will|am going to)|do not know how (?:to|i will|i am going to)|have no way to|see no way to)) (?:ever )?(?:climb|get|dig|crawl|claw|pull) (?:myself |ourselves |me |us )?out`;
const MONEY = String.raw`(?:costs?|bills?|debts?|loans?|credit|money|overdraft|arrears|rent|mortgage|owe|owing|cards?|payday|interest|council tax|skint|broke|uc|universal credit|benefits?|sanction\w*|pay|paid)s?`;
const HOLE_MONEY = pattern`^(?=.*\b${HOLE}\b)(?=.*\b${MONEY}\b)`;
const HOLE_ANY = pattern`\b${HOLE}\b`;
const HOLE_OUT = String.raw`\b(?:(?:the|my) (?:van|car|tractor|wheels?|quad|lorry) (?:is |got |went |was )?(?:stuck|in (?:a|the) hole)|stuck in the mud|dug|digging|dig (?:a|the)|spade|garden|allotment|sinkhole|pothole|fence posts?|trench|ditch|${LAUGH})\b|${ELSE}`;

// --- Concern: lost a stone since she died, don't fancy food -------------------------------------------------------------
const WEIGHT_GONE = String.raw`(?:lost (?:a|half a|two|three|over a|nearly a|almost a|\d+) stones?|lost (?:a lot of |so much |loads of |a load of )?weight)`;
const NO_APPETITE = String.raw`(?:(?:do not|can not|never|just do not|not) (?:fancy|face|want|stomach) (?:food|eating|my food|meals|my meals|my tea|my dinner|anything to eat)(?! (?:shopping|banks?|parcels?|vouchers?|hygiene|handl\w*|prep|production|factory|delivery|van|service|tech\w*|industry|packing|warehouse|retail|counter|out|in|at|there|jobs?|work|roles?))|off my food|no appetite|lost my appetite)`;
const SINCE_LOSS = String.raw`(?:since (?:she|he|they|my \w+|mum|dad|mam) (?:died|passed|went|passed away|was taken|left)|since (?:the funeral|losing (?:her|him|my \w+)|i lost (?:her|him|my \w+)|the loss|the death|her death|his death|the diagnosis|the redundancy|the divorce|the breakup)|without trying|(?:she|he|mum|dad|mam) (?:died|passed)|bereave\w*|widow\w*|grief|grieving)`;
const APPETITE_GONE = pattern`^(?=.*\b${WEIGHT_GONE}\b)(?=.*\b(?:${SINCE_LOSS}|${NO_APPETITE})\b)|^(?=.*\b${NO_APPETITE})(?=.*\b(?:${SINCE_LOSS}|${WEIGHT_GONE}|any ?more|these days|at all|lately)\b)`;
const APPETITE_GONE_OUT = String.raw`\b(?:diet\w*|slimming|gym|weight watchers|running|cycling|swimming|healthy|on purpose|trying to lose|pleased|chuffed|proud|well done|fitness|couch to 5k|keto|fasting|sugar|stopped drinking|off the (?:beer|drink|booze)|quit (?:drinking|the drink)|(?:he|she|they) (?:has |have |had )?(?:lost|does not fancy|do not fancy|will not eat|is off)|my (?:\w+ )?${PERSON}s? (?:has |had |is )?(?:lost|does not fancy|will not eat|off)|(?:his|her|their) (?:appetite|food)|the (?:dog|cat)|${LAUGH})\b|${ELSE}`;

// --- Concern: bit down today, anniversary of dad --------------------------------------------------------------------
const LOW_WORDS = String.raw`(?:(?:bit|a bit|feeling|feel|felt|been|quite|really|pretty|so|very|proper|bit of a) (?:down|low|flat|rough|teary|tearful|wobbly|emotional|blue|sad|upset|rubbish|off)|(?:low|down) (?:today|all week|this week|lately|all month)|in bits|not (?:great|good|myself)|struggling|hit me (?:hard|harder)|knocks? me|knocked me|all over the place)`;
const LOW_ANNIVERSARY = pattern`^(?=.*\banniversary\b)(?=.*\b${LOW_WORDS}\b)`;
const LOW_ANNIVERSARY_OUT = String.raw`\b(?:happy|celebrat\w*|party|meal out|dinner out|restaurant|weekend away|forgot|forgetting|doghouse|transplant|sober|sobriety|(?:he|she|they|mum|dad|mam|nan|gran|my (?:\w+ )?${PERSON}) (?:is|was|gets|has been|will be|are|were) (?:a bit |bit |so |really |quite )?(?:low|down|upset|sad|in bits|tearful|teary|emotional|struggling)|(?:so|and) (?:he|she|they) (?:is|are)|(?:had|has|left|got|put) (?:my (?:\w+ )?${PERSON}|him|her|them) in bits|news|on the telly|on the tv|${LAUGH})\b|${ELSE}`;

// --- Concern: no get up and go any more, it got up and went -----------------------------------------------------------
const GET_UP_AND_GO = pattern`(?:^|\b(?:i have|i|i have got|i am|got|just|feel like i have|honestly|to be honest|feel like|seem to have)) (?:no|lost (?:my|all my|me|the)|not got (?:any|much)|have not got (?:any|much)|got no|zero|not much|without (?:any|my))\s?(?:get up and go|oomph|va va voom|zest for (?:life|anything)|spark)\b|^(?:no|zero) (?:get up and go|oomph|va va voom|zest for (?:life|anything))\b|\bmy (?:get up and go|oomph|spark|zest) (?:has )?(?:got up and (?:gone|went)|gone|went|disappeared|vanished|left|deserted)\b`;
const GET_UP_AND_GO_OUT = String.raw`\b(?:car|van|engine|battery|tractor|motor|bike|mower|lawnmower|computer|laptop|phone|wifi|broadband|dog|puppy|cat|team|club|market|economy|town|high street|spark plugs?|(?:he|she|they|dads?|mums?|mams?|my (?:\w+ )?${PERSON}s?) (?:has |had |have |is |seems |got |has got |is got )?(?:no|lost)|(?:his|her|their) (?:get up and go|oomph|spark)|${LAUGH})\b|${ELSE}`;

// --- Concern: half cut by dinner time -------------------------------------------------------------------------------------
const DRUNK = String.raw`(?:half cut|half pissed|half sloshed|sloshed|sozzled|three sheets to the wind|three sheets|tipsy|tiddly|pissed|drunk|hammered|steaming|legless|wasted|bladdered|blotto|mortal|trollied|plastered|paralytic|rat arsed|smashed|lashed|steamin|blootered|well oiled)`;
const EARLY = String.raw`(?:dinner ?time|lunch ?time|dinner|lunch|noon|midday|mid morning|elevenses|breakfast|brunch|(?:9|10|11|12|nine|ten|eleven|twelve)(?: ?am| o clock| in the morning)?)`;
const DRUNK_BY_DINNER = pattern`\b${DRUNK} (?:by|before) ${EARLY}\b`;
const DRUNK_BY_DINNER_OUT = String.raw`\b(?:wedding|party|stag|hen|christening|celebrat\w*|festival|races|reunion|send off|(?:the|a|leaving|works|office|christmas) do|cruise|day out|beer festival|pub crawl|all inclusive|(?:we|they|he|she|dad|mum|the lads|everyone|all|my (?:\w+ )?${PERSON}) (?:were|was|got|are|is|will be)|${LAUGH})\b|${ELSE}`;

// --- Concern: the bungalow we had adapted for his wheelchair, we might have to sell it ----------------------------------------
const HOME = String.raw`(?:house|home|bungalow|flat|farm|cottage|croft|smallholding|maisonette|semi|terrace|place)s?`;
const MUST_SELL = String.raw`(?:might|may|could|will|would|going to|probably|likely|looks like (?:we|i)|facing|talk of|we|i)(?: \w+){0,2}? (?:have to|need to|be forced to|got to|having to|forced to|must) (?:sell|sell up|give up|hand back|move out of|let go of|lose)`;
const SELL_THE_HOME = pattern`^(?=.*\b${HOME}\b)(?=.*\b${MUST_SELL}\b)`;
const NOT_HOME = String.raw`(?:car|van|caravan|motorhome|campervan|boat|tools|motorbike|bike|shares|ring|jewellery|watch|guitar|horse|pony|quad|season ticket|allotment|shop|stall|business|tractor)s?`;
const SELL_THE_HOME_OUT = String.raw`\b(?:(?:sell|selling|sold) (?:the |my |our |his |her )?${NOT_HOME}|(?:the|my|our) ${NOT_HOME}(?: \w+){1,8}? sell (?:it|them)|when (?:we|i) retire|for (?:our|my) retirement|inheritance|probate|(?:his|her|their|mums|dads|nans|grans|parents) estate|executor|(?:mums|dads|mams|nans|grans|grandads|parents|late \w+s) (?:house|home|bungalow|place|flat)|(?:my (?:\w+ )?(?:brother|sister|friend|neighbour|son|daughter|cousin|uncle|aunt|auntie)|he|she|they) (?:might|may|could|will|would|is going to|are going to|have to|has to|had to)(?: have to)? sell|${LAUGH})\b|${ELSE}`;

// --- Concern: not great, heavy in myself, you know ----------------------------------------------------------------------------
const IN_MYSELF = pattern`\b(?:heavy|low|down|flat|rubbish|crap|rough|grim|fed up|miserable|weary|drained|empty|wretched|numb|not (?:great|good|right|well|brilliant|too good|so good)|out of sorts) in (?:myself|meself|masel|mysel)\b`;
const IN_MYSELF_OUT = String.raw`\b(?:${LAUGH})\b|${ELSE}`;

export const HUNDRED_AND_THIRTY_FIFTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:unless|without|only when|only if|if not)\b`, ONLY_WITH_HIM_OUT), [group('crisis', 'coercive control', [ONLY_WITH_HIM])]],
  [unless(String.raw`\b(?:earth|planet|world|mortal coil|innings)\b`, YEARS_ENOUGH_OUT), [group('crisis', 'wishes to be dead', [YEARS_ENOUGH, HAD_MY_INNINGS])]],
  [unless(String.raw`\bnot long for this world\b`, NOT_LONG_OUT), [group('crisis', 'wishes to be dead', [NOT_LONG_WISHED])]],
  [unless(String.raw`\b(?:me with|on me|me about|me around)\b`, LAYS_INTO_ME_OUT), [group('crisis', 'abuse or violence', [LAYS_INTO_ME])]],
  [unless(String.raw`\b(?:off|out) (?:for good|for the last time|permanently|for ever|forever|for keeps|once and for all|from)\b`, SIGNING_OFF_OUT), [group('crisis', 'intends to end their life', [SIGNING_OFF_FOR_GOOD])]],
  [unless(String.raw`\b${HILL}\b`, HILL_FROST_OUT), [group('crisis', 'a plan to end their life', [HILL_FROST])]],
  [unless(String.raw`\bas soon (?!as)`, ELSE), [group('crisis', 'wishes to be dead', [JUST_AS_SOON_DEAD])]],
  [unless(String.raw`\bas soon (?!as)`, JUST_AS_SOON_OVER_OUT), [group('crisis', 'wishes to be dead', [JUST_AS_SOON_OVER])]],
  [unless(String.raw`\bi am (?:not here|gone|no longer|not around|dead|six feet|in the ground)\b`, READY_FOR_WHEN_GONE_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [READY_FOR_WHEN_GONE])]],
  [unless(String.raw`\bfrom\b`, SLEEP_NOT_BACK_OUT), [group('crisis', 'wishes to be dead', [SLEEP_NOT_BACK])]],
  [unless(String.raw`\bwits end\b`, WITS_END_OUT), [group('concern', 'not coping', [WITS_END])]],
  [unless(String.raw`\bwhy\b`, SEE_WHY_OUT), [group('concern', 'spoke of harm, then said they would not', [SEE_WHY_FOLK_DO])]],
  [unless(String.raw`\bset (?:the|my|our|me) \w+ on\b`, SET_DOG_OUT), [group('concern', 'joked about hurting someone', [SET_DOG])]],
  [unless(String.raw`\bwhat (?:good|use)\b`, WHAT_GOOD_OLD_OUT), [group('concern', 'feels worthless', [WHAT_GOOD_OLD])]],
  [unless(String.raw`\b(?:hole|pit)\b`, HOLE_OUT), [group('concern', 'money worries', [HOLE_MONEY]), group('concern', 'hopelessness', [HOLE_ANY])]],
  [unless(String.raw`\b(?:stones?|weight|fancy|face|want|stomach|appetite|food)\b`, APPETITE_GONE_OUT), [group('concern', 'not eating or sleeping', [APPETITE_GONE])]],
  [unless(String.raw`\banniversary\b`, LOW_ANNIVERSARY_OUT), [group('concern', 'low mood', [LOW_ANNIVERSARY])]],
  [unless(String.raw`\b(?:get up and go|oomph|va va voom|zest|spark)\b`, GET_UP_AND_GO_OUT), [group('concern', 'low mood', [GET_UP_AND_GO])]],
  [unless(String.raw`\b(?:by|before) ${EARLY}\b`, DRUNK_BY_DINNER_OUT), [group('concern', 'drinking or drugs to cope', [DRUNK_BY_DINNER])]],
  [unless(String.raw`\b(?:sell|give up|hand back|move out of|let go of|lose)\b`, SELL_THE_HOME_OUT), [group('concern', 'may lose their home', [SELL_THE_HOME])]],
  [unless(String.raw`\bin (?:myself|meself|masel|mysel)\b`, IN_MYSELF_OUT), [group('concern', 'low mood', [IN_MYSELF])]],
] as const;
