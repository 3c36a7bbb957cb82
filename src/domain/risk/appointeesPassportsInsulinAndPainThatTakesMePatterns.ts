// Disabled and neurodivergent job seekers (literal and detailed, rambling, dyslexic spelling, simple
// writing, chronic pain, voice to text): risk said in their own words. My mum has my passport and won't
// give it back; my appointee keeps all my benefit money and I never see any of it; my insulin has run out
// and I can't get an appointment till Thursday; getting the train to the bridge tomorrow, don't try
// ringing me; tidied the flat and left a list of who gets what; I just want it all to switch off for
// good; I wish the pain would just take me; I'll have finished myself off before then; Klarna all due at
// once after impulse buys with the ADHD; the PIP stuff is getting to me; one meal in two days; struggling
// with my mood; the thoughts came back but I rang the crisis line and I won't do anything.
// Meds, pain, appointments, appointees and passports fill these clients' everyday messages (my mum is my
// appointee and I asked her to be; bring your passport to the right to work check; the new meds took my
// appetite; the pain is bad today; nearly out of insulin, collecting it tomorrow; the train to the bridge
// walk, no signal; secret Santa, who gets what; my phone won't switch off; I hope the course will take me
// further; Klarna paid off; my mood is much better since the new meds), so each set rests on the words
// that carry the risk together and shuts on the everyday uses, on someone else's trouble and on fiction.
// Crisis: someone has / keeps / took my passport, ID or papers and won't give them back; someone keeps /
// takes all my benefits or money and I never see any of it (I asked them to, we agreed, I can check the
// account shut it); my insulin / inhaler / EpiPen / seizure meds have run out with no way to get more
// (an emergency supply, collected, nearly out shut it); a trip to the bridge / cliffs / viaduct with
// "don't try ringing me" (no signal, a bridge walk or tour shut it; a laugh does not); who gets what / my
// things, said by the client (a will of a relative, secret Santa, a divorce, chores shut it); want it /
// everything / my brain to switch off or stop for good or forever (a phone, an app, lights shut it); I
// wish / hope the pain / it / something / God would (just) take me / kill me (take me on, in, out for a
// meal, to the door do not); I'll have finished myself off / killed myself before then.
// Concern: Klarna / catalogue all due at once or chasing me, or impulse buys with the debt now due
// (paid off, offers, someone else's debt shut it); the PIP / DWP / job search stuff is getting to me or
// grinding me down (not getting to me shuts it); one meal in two days / every couple of days (fasting, a
// diet, an operation, a bug shut it); struggling with my mood / my mood is all over the place (was, used
// to, much better shut it); the thoughts / urges came back, with I'm safe / I won't do anything / I rang
// the crisis line.
// Look-alikes of our own are in test/domain/riskHundredAndFortiethForms.test.ts. Normalised words ("i am"
// for "I'm", "will not" for "won't", "can not" for "can't", "do not" for "don't", "ill" for "I'll").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, SOMEONE_ELSE_SAID, STORIES_AND_GAMES, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`${STORIES_AND_GAMES}|films|books|show|soap opera|drama|play|theatre|rehearsal|songs?|netflix`;
const PERSON = String.raw`(?:mum|mom|mam|dad|mother|father|stepdad|step dad|stepmum|step mum|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex|carer|appointee|landlord|landlady|boss|in laws|mother in law|father in law|family|parents|support worker|other half)`;
/** Someone else's trouble, told of them ("my friend's husband", "her appointee"). */
const OTHERS = String.raw`\b(?:his|her|their|my (?:\w+ )?(?:friend|sister|brother|mum|mom|cousin|neighbour|flatmate|housemate|son|daughter|nan|gran|aunt|auntie|client|colleague)s) (?:\w+ )?(?:passport|passports|money|benefits?|pip|insulin|appointee|husband|wife|partner|boyfriend|girlfriend|carer|mood|debts?|klarna)\b`;

// --- Crisis: my mum has my passport and birth certificate and won't give them back --------------------
const HOLDER = String.raw`(?:my (?:\w+ )?${PERSON}|he|she|they|him|her|them|the (?:boss|landlord|agency|family|man|woman))`;
const DOCUMENT = String.raw`(?:passport|passports|birth certificate|birth certificates|id|ids|driving licence|driving license|provisional|brp|residence permit|visa|visa papers|papers|documents|certificates|bank cards?|cards?)`;
const HOLDS = String.raw`(?:has|has got|got|keeps|kept|took|taken|has taken|is holding|holds|held|hid|hidden|has hidden|is keeping|locked away|locks away|will not give me|would not give me)`;
const NOT_GIVE_BACK = String.raw`(?:(?:will not|would not|wont|does not|did not|refuses to|refused to|not going to) (?:(?:give|hand|send|pass)(?: me)? (?:it|them|my \w+(?: \w+)?)(?: back| to me| me)\b|(?:give|hand|send) (?:it |them )?back|let me (?:have|see|get|keep|touch) (?:it|them|my \w+)|return (?:it|them|my \w+))|(?:can not|could not|not allowed to|am not allowed to) (?:have|get|see) (?:it|them|my \w+) back|until i (?:behave|do what|marry|stay|stop|pay|give)|(?:says|said) (?:it is|they are|its) (?:safer|for safe ?keeping)|for safe ?keeping)`;
const DOCUMENTS_KEPT = pattern`\b${HOLDER} ${HOLDS} (?:all |both )?(?:of )?my (?:\w+ )?${DOCUMENT}\b(?=.*\b${NOT_GIVE_BACK})`;
const DOCUMENTS_KEPT_OUT = String.raw`\b(?:passport office|home office|embassy|consulate|renew\w*|applied for|application is|being processed|in the post|posted|photo booth|expired|lost (?:it|them|my)|found (?:it|them|my)|forgot|forgotten|i (?:left|gave|lent) (?:it|them|my)|i asked (?:him|her|them)|we agreed|library cards?|loyalty cards?|birthday cards?|christmas cards?|gift cards?|sim cards?|(?:pokemon|football|playing|trading) cards?|cards? (?:game|games)|bouncers?|door staff|security|club|nightclub|bar staff|off licence|id check at|${FICTION}|${LAUGH})\b|${OTHERS}`;

// --- Crisis: my appointee keeps all my benefit money and I never see any of it ------------------------
const MONEY = String.raw`(?:benefits?|benefit money|money|pip|esa|uc|universal credit|wages|pay|pension|allowance|dla|carers allowance|child benefit|bank cards?|cards?|bank account|account)`;
const TAKES = String.raw`(?:has|keeps|kept|takes|took|taken|has taken|holds|controls|pockets|spends|spent|gets|has all|manages|is keeping|has got)`;
const NEVER_SEE = String.raw`(?:i (?:never|do not|can not|never get to|do not get to|am not allowed to|have never) (?:see|get|touch|have|access|spend|keep)(?: (?:a penny|a penny of it|any of it|any of them|a thing|anything|any money|my own money|it|them|a single penny|a single pound))|(?:gives|give|gave) me (?:nothing|nowt|pocket money|a few quid|bits back|bits|a tenner|a fiver|\d+ (?:a|per) (?:week|month))|i get nothing|i have nothing left|(?:will not|would not|does not|never) (?:let me have|give me|tell me where)|i have to ask (?:him|her|them) for)`;
const MONEY_KEPT = pattern`\b${HOLDER} ${TAKES} (?:all |all of |most of |every penny of )?my ${MONEY}\b(?! (?:letters?|forms?|assessments?|appointments?|review|claim form|paperwork|details|number|statements?|reference|login|password|app|journal|post))(?=.*\b${NEVER_SEE})`;
const MONEY_KEPT_OUT = String.raw`\b(?:i asked (?:him|her|them)|asked (?:him|her|them) to|we agreed|i agreed|agreed it|my choice|my idea|happy with (?:it|that|this|them|him|her)|i can (?:check|see|look)|goes through|go through|statements?|savings account|saving it for me|sorts (?:it|them|everything)|deals with (?:it|them|everything)|i like it|suits me|works (?:for me|well)|i prefer|overpayments?|deductions?|deducted|advance (?:loan|payment)|bailiffs?|hmrc|tax|holiday pay|${FICTION}|${LAUGH})\b|${OTHERS}|^(?!.*\b(?:never|nothing|nowt|will not|would not|refuses|not allowed|can not do anything|no choice|no say|scared|afraid|frightened)\b).*\b(?:appointee|deputy|attorney|court of protection|money manager|budgeting)\b|^(?=.*\b(?:appointee|deputy|attorney|court of protection|money manager)\b).*\b(?:(?:the |my |all the )?bills (?:get |are |all get )?paid|pays? (?:all )?(?:my |the )?bills|(?:rent|bills) (?:is |are )?(?:paid|covered))\b`;

// --- Crisis: my insulin has run out and I can't get an appointment till Thursday ---------------------
const LIFE_MEDS = String.raw`(?:insulin|insulin pens?|seizure (?:meds|medication|tablets|pills)|epilepsy (?:meds|medication|tablets|pills)|anti ?seizure (?:meds|medication|tablets)|keppra|levetiracetam|lamotrigine|hydrocortisone)`;
const RUN_OUT = String.raw`(?:my (?:\w+ )?${LIFE_MEDS} (?:has |have |is |are |had |just )?(?:run out|ran out|runned out|finished|gone|all gone|used up)|(?:i have |i |i am |i have just |just |have )?(?:run|ran|runned|running) out of (?:my )?(?:\w+ )?${LIFE_MEDS}|(?:no|out of|none of my|not got any|have not got any|no more) (?:\w+ )?${LIFE_MEDS}(?: left)?)`;
const CANT_GET_MORE = String.raw`(?:(?:can not|could not|cannot|unable to|no way to|can not afford to|do not have (?:the )?money to) (?:get|see|book|collect|pay for|afford|renew|reach)|no (?:money|prescription|appointments?|appts?|repeat)|(?:till|until|not till|not until) (?:${WEEKDAY}|next week|tomorrow|monday|the \d+)|(?:pharmacy|chemist|gp|doctor|surgery|doctors) (?:says|said|will not|would not|can not|is closed|closed|is shut|shut|refused|wants)|(?:will not|would not) give me (?:any|more))`;
const MEDS_RUN_OUT = pattern`^(?=.*\b${RUN_OUT})(?=.*\b${CANT_GET_MORE})`;
const MEDS_RUN_OUT_OUT = String.raw`\b(?:emergency supply|emergency prescription|got (?:a |an |my |some )?(?:new |repeat )?(?:prescription|supply|some more|more)|picked (?:it|them) up|collected|collecting|spare|back ?up|sorted|nearly|almost|before i run out|in case|remind\w*|last (?:year|month|time)|used to|years ago|pharmacy (?:assistant|technician|course|job|role|counter)|(?:patients?|customers?|residents?|clients?) (?:who|whose|with)|cat|cats|dog|dogs|vet|vets|pet|pets|${FICTION}|${LAUGH})\b|${OTHERS}|${SOMEONE_ELSE_SAID}`;

// --- Crisis: getting the 5pm train to the bridge tomorrow, don't try ringing me ----------------------
const HIGH_PLACE = String.raw`(?:to|at|on|up|off|towards|over) (?:the |that )?(?:\w+ )?(?:bridge|cliffs?|cliff top|clifftop|viaduct|quarry|multi storey|car park roof|railway line|train tracks|tracks|level crossing|pier|beachy head|top floor|roof)`;
const NO_CONTACT = String.raw`(?:(?:do not|please do not|no need to|no point) (?:try |bother |even try |bother trying )?(?:ringing|calling|phoning|texting|messaging|contacting|to (?:ring|call|phone|text|message|contact|reach|find|stop|follow|get hold of)) (?:me|after me)|do not (?:come|go|bother|try) (?:looking|searching) for me|(?:please )?do not (?:try to )?(?:stop|find|follow) me|(?:nobody|no one) (?:will be able to|can|will) (?:reach|find|stop) me|you will not (?:be able to )?(?:reach|get hold of|hear from) me(?: again| after))`;
const BRIDGE_NO_CALLS = pattern`^(?=.*\b${HIGH_PLACE}\b)(?=.*\b${NO_CONTACT}\b)`;
const BRIDGE_NO_CALLS_OUT = String.raw`\b(?:signal|reception|wifi|wi fi|battery|charger|data|roaming|tunnel|no service|(?:ring|call|text|phone|message|email) (?:you|me) (?:back|later|after|when|tomorrow|tonight|in)|email me|text me instead|bridge (?:walk|tour|climb|club|game|course|card|cards|night|run)|playing bridge|fix\w*|repair\w*|gutters?|tiles|leak|roofer|roofing|scaffold\w*|(?:for|to) (?:the|my|an|a) (?:\w+ )?(?:interview|shift|job|induction|trial|course|training|meeting|match|gig|concert|wedding|party|birthday|christening|hen do|stag do|holiday|trip)|wedding|dancing|fishing|photos|photography|sunset|sunrise|picnic|day out|festival|surprise|party|${FICTION})\b|${OTHERS}`;

// --- Crisis: tidied the whole flat and left a list of who gets what ---------------------------------
const WHO_GETS = String.raw`who (?:gets|should get|should have|will get|can have|is having|has|takes) (?:what|my (?:things|stuff|belongings|bits|cat|cats|dog|dogs|pets?|games|console|clothes|records|tools|jewellery|money|savings|flat|room|car|bike))(?! (?:job|jobs|task|tasks|chores|shift|shifts|present|presents|gift|gifts|prize|prizes|for christmas|for secret santa|in the (?:rota|draw|raffle)|when i (?:move|moved|leave|go) (?:out|away|abroad|to)))`;
const LISTED_WHO_GETS = pattern`\b(?:i (?:have |had |just )?(?:left|written|wrote|made|done|did|put|sorted|sorted out|worked out|decided|told \w+|listed|labelled)|(?:^|\b(?:and|also|then|so|just|already|finally|have|ive|i have|i))(?: have)? ?(?:left|wrote|written|made|done|sorted|sorted out|worked out|decided|listed|labelled)(?: (?:a|the|my))?(?: (?:list|note|notes|letter|letters|labels?|envelopes?))?(?: (?:of|on|saying|about|for))?)(?: \w+){0,4}? ${WHO_GETS}`;
const LISTED_WHO_GETS_OUT = String.raw`\b(?:secret santa|christmas|xmas|presents|gifts|birthday|party|hamper|raffle|prizes|sweepstake|shift|shifts|rota|chores|divorce|separat\w*|split up|break up|broke up|inheritance|probate|(?:my|his|her|their) (?:late |old )?(?:nan|gran|grandad|grandma|mum|mom|dad|uncle|aunt|auntie)s (?:will|things|stuff)|passed away|(?:he|she|they|nan|gran|grandad|grandma|mum|mom|dad|uncle|aunt|auntie|grandparents) (?:died|passed)|after (?:he|she|they) died|clearing (?:out )?(?:his|her|their)|moving out|move out|moving house|moving flat|flat share|house share|bedrooms?|bunk|team|teams|tasks|packed lunch|lunches|dinners|food bank|charity shop|donat\w*|car boot|ebay|vinted|selling|sold|${FICTION})\b|${OTHERS}|${SOMEONE_ELSE_SAID}`;

// --- Crisis: I just want it all to switch off for good ------------------------------------------------
const STOPPED_FOR_GOOD = String.raw`(?:switch off|switch itself off|shut off|shut down|turn off|stop|end|be over|go quiet|go dark|go black|go away)`;
const FOREVER = String.raw`(?:for good|forever|for ever|permanently|for always|for keeps|and never (?:start|come back|switch back on|turn back on|wake up)(?: again)?)`;
const SWITCHED_OFF = String.raw`(?:switch off|switch itself off|shut off|shut down|turn off|go dark|go black)`;
const OFF_FOR_GOOD = pattern`\b(?:want|wanted|wish|wishing|need|needed|wanting) (?:(?:it all|everything|all of it|all this|all of this|my brain|my head|my mind|my life|life|the world) (?:to |would |could )?(?:just )?${STOPPED_FOR_GOOD}|(?:(?:it|my body|my brain|my head) )?(?:to |would |could )?(?:just )?${SWITCHED_OFF}) ${FOREVER}`;
const OFF_FOR_GOOD_OUT = String.raw`\b(?:phone|notifications?|alarms?|tv|telly|laptop|computer|pc|router|app|apps|heating|boiler|lights?|wifi|electric|meter|subscriptions?|direct debits?|account|calls|spam|machine|tap|fridge|engine|radio|music|speaker|smoke alarm|social media|instagram|facebook|tiktok|twitter|snapchat|news|smoking|vaping|vape|drinking|gambling|tinnitus|ringing|ears|hearing aids?|implant|cochlear|(?:the|my) (?:job|shift|contract|course|business|shop|pub|site|branch|office|warehouse)|closed|closing|shut (?:for good|down for good)|retire\w*|${FICTION})\b|${OTHERS}|${SOMEONE_ELSE_SAID}`;

// --- Crisis: sometimes I wish the pain would just take me ------------------------------------------
const TAKER = String.raw`(?:the pain|this pain|my pain|the illness|this illness|my illness|the condition|my condition|the disease|my disease|this disease|the cancer|my cancer|the sickness|my (?:heart|body|lungs|liver|kidneys|ms|copd|epilepsy|seizures|fibro|fibromyalgia)|the (?:ms|copd|fibro|seizures|sea|river|waves|cold|tide)|a (?:seizure|heart attack|stroke)|the (?:next )?(?:seizure|fit)|it|something|god|the (?:good )?lord|death)`;
const NOT_AWAY = String.raw`(?! (?:on|in|off|out (?:for|to|on|with|somewhere|shopping|dancing|clubbing|places)|to|for|with|back|home|round|around|along|through|away from|seriously|somewhere|there|places|further|far|forward|less|more|long|longer|an hour|a (?:while|minute|day|week)|ages|into|under|up|closer|nearer|direct|directly|straight|all the way)\b)`;
const TAKES_ME = String.raw`(?:take me|takes me|took me|finish me off|finish me|kill me|end me|do me in|take me out|put me out of my misery)${NOT_AWAY}`;
/** Someone or a bus: only killing words ("wish someone would take me" is said of hiring). */
const STRIKER = String.raw`(?:someone|somebody|anyone|a (?:bus|car|lorry|truck|train|van)|the (?:next )?(?:bus|lorry|truck|train|van))`;
const STRIKES_ME = String.raw`(?:(?:kills? me|finish(?:es)? me off|ends? me|does me in|do me in|puts? me out of my misery|runs? me over|hits? me|flattens? me)(?! (?:up|back|with|for|a|an|in the (?:face|head))\b)|takes? me out${NOT_AWAY})`;
const PAIN_TAKE_ME = pattern`\b(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying|half wish|half hope)(?: that)? (?:${TAKER} (?:would |will |could |might |to )?(?:just |finally |come and |hurry up and )?${TAKES_ME}|${STRIKER} (?:would |will |could |might )?(?:just |finally |come and )?${STRIKES_ME})`;
const PAIN_TAKE_ME_OUT = String.raw`\b(?:${FICTION})\b|${OTHERS}|${SOMEONE_ELSE_SAID}`;

// --- Crisis: not going to the next appointment, I'll have finished myself off before then -----------
const KILLED_SELF = String.raw`(?:finished myself off|finished me off|done myself in|killed myself|topped myself|offed myself|ended my life|ended my own life|taken my (?:own )?life|ended it all|ended myself)`;
const GONE_BEFORE = pattern`\b(?:i will|ill|i would|id|i might|i may|i could|i should|i am going to|going to)(?: probably| definitely| already)? have(?: probably| definitely| already)? ${KILLED_SELF} (?:before|by)\b`;
const GONE_BEFORE_OUT = String.raw`\b(?:${FICTION})\b|${OTHERS}`;

// --- Concern: Klarna all due at once; impulse buys with the ADHD, now it's all due ------------------
const CREDIT = String.raw`(?:klarna|clearpay|laybuy|afterpay|paypal credit|pay in 3|pay in three|buy now pay later|bnpl|catalogues?|littlewoods|jd williams|credit cards?|store cards?|overdraft|payday loans?|loans?)`;
const ALL_DUE = String.raw`(?:(?:all|everything|it all|them all|all of it|all of them) (?:is |are |was |were )?(?:due|coming out|come out|came out|going out)(?: at once| at the same time| together| the same (?:week|day|month)| this week| now| on the same day)|(?:keeps?|kept) (?:emailing|texting|ringing|calling|chasing|messaging|writing to) me|(?:is|are|been|keep|keeps) chasing me|chasing me)`;
const BNPL_ALL_DUE = pattern`^(?=.*\b${CREDIT}\b)(?=.*\b${ALL_DUE}\b)`;
const IMPULSE = String.raw`(?:(?:impulse|impulsive|impulsively) (?:buy|buys|bought|buying|spend|spends|spent|spending|purchases?|shopping|shops)|(?:buy|bought|buying|spend|spent|spending|ordered|ordering) (?:stuff|things|loads|bits|it|everything|them)? ?(?:impulsively|on impulse|without thinking))`;
const IMPULSE_DEBT = String.raw`(?:(?:all|it is all|its all|now|is now|are now) (?:due|overdue)|(?:payments?|bills?|instalments?|installments?) (?:are |is )?(?:all )?(?:due|overdue)|overdue|owe|owing|in debt|debts?|behind|arrears|maxed|overdrawn|(?:can not|could not) (?:pay|afford|cover|keep up)|no money left|skint|broke|chasing me|piling up)`;
const IMPULSE_SPEND_DEBT = pattern`^(?=.*\b${IMPULSE}\b)(?=.*\b${IMPULSE_DEBT}\b)`;
const DEBT_OUT = String.raw`\b(?:paid (?:it |them |the last one |everything |all )?off|all paid|cleared|on top of it|on time|(?:never|not) (?:missed|late|behind)|offers?|deals?|promo\w*|marketing|adverts?|spam|unsubscrib\w*|sale|discount|fraud|scam|scammed|stolen|cloned|agreed it together|we agreed|i can check|${FICTION}|${LAUGH})\b|${OTHERS}|${SOMEONE_ELSE_SAID}|\bmy (?:\w+ )?${PERSON}s? (?:is|was|owes|keeps|has been|spends|spent|bought)\b`;

// --- Concern: feeling rubbish, the PIP stuff is getting to me ----------------------------------------
const ADMIN = String.raw`(?:pip|esa|uc|universal credit|dwp|benefits?|assessments?|reassessments?|re assessments?|tribunal|appeal|mandatory reconsideration|wca|work capability|capability|claim|sanctions?|jobcentre|job centre|job hunt|job hunting|job search|job searching|applying|applications|rejections?|rejection emails|forms|letters|paperwork|council|housing|money|debt|debts|bills|it all|everything|all of it|all this|all of this|this whole thing|this stuff|the whole thing)`;
const GETTING_TO_ME = String.raw`(?:getting to me|getting me down|grinding me down|wearing me down|dragging me down|getting on top of me|getting on top of me now|breaking me)`;
const ADMIN_GETTING_TO_ME = pattern`\b(?:the |this |these |all the |all this |my )?${ADMIN} (?:stuff |thing |things |process |letters? |forms? |situation |business |palaver |malarkey |nonsense |rubbish |side of things )?(?:is |are |has been |have been |keeps |keep |is really |is properly |is starting |are really )?(?:really |properly |starting to |slowly |all |finally |proper |just )?${NOT_BEFORE}${GETTING_TO_ME}`;
const ADMIN_GETTING_TO_ME_OUT = String.raw`\b(?:not (?:getting|letting)|will not let|not going to let|never let|${FICTION}|${LAUGH})\b|${OTHERS}|${SOMEONE_ELSE_SAID}`;

// --- Concern: new meds make me not hungry, had one meal in 2 days ------------------------------------
const FEW_DAYS = String.raw`(?:\d+|two|three|four|five|six|a few|a couple of|couple of|couple|several|other)`;
const ONE_MEAL = pattern`\b(?:one|1|a single|just one|only one|one proper|one real) (?:proper |real |hot |decent )?meal (?:in|every|over|across|for)(?: the)?(?: (?:last|past))? ${FEW_DAYS} days?\b|\bone meal a day if that\b`;
const ONE_MEAL_OUT = String.raw`\b(?:fast|fasting|fasted|ramadan|lent|diet|dieting|omad|intermittent|weight loss|lose weight|losing weight|calories|gym|cutting|bulking|nil by mouth|operation|surgery|procedure|colonoscopy|sedation|stomach bug|bug|virus|food poisoning|norovirus|wisdom teeth|dentist|meal deals?|meal prep|meal plan|meal kit|(?:give|gives|gave|giving|cook|cooks|cooked|feeding|feeds) (?:him|her|them|the kids|my)|${FICTION}|${LAUGH})\b|${OTHERS}|${SOMEONE_ELSE_SAID}`;

// --- Concern: struggling with my mood since the psych changed my meds -------------------------------
const MOOD_STRUGGLE = pattern`\b(?<!\b(?:was|were|had been|used to be|not) )(?:struggling|battling|having a (?:hard|rough|tough|bad|difficult) time|having a hard time|finding it hard|not doing great|not doing well) with my (?:mood|moods|low mood|mental health|head|depression)\b(?! (?:injury|injuries|form|forms|assessment|questionnaire|application|claim|appointment|section|course|module|essay|questions?|part|review|scan|wound|lice))|\bmy mood (?:is |has been |has |been |keeps |is just |has just )?(?:really |so |very |pretty |quite |properly |proper |just |completely )?(?:low|rubbish|awful|terrible|shocking|all over the place|up and down|dipping|dipped|crashed|dropped|tanked|on the floor|at rock bottom|rock bottom|horrible|black|dark|in the gutter|in my boots)\b`;
const MOOD_STRUGGLE_OUT = String.raw`\b(?:struggled|used to|last year|years ago|in the past|back then|when i was (?:younger|a kid|at school|a teenager)|(?:much|a lot|loads|way|so much|a bit|bit|little|far) better|improved|improving|settled|stabilised|stabilized|stable now|lifted|back to normal|better now|fine now|ok now|okay now|(?:his|her|their) mood|how (?:to|do i|can i) (?:help|support)|(?:till|until|before) (?:my |the )?(?:meds|medication|tablets) kick|time of the month|my cycle|my period|mood board|mood lighting|mood ring|${FICTION}|${LAUGH})\b|${OTHERS}|${SOMEONE_ELSE_SAID}`;

// --- Concern: the thoughts came back but I rang the crisis line, I won't do anything ----------------
const THOUGHTS_BACK = String.raw`(?:(?:(?:the|those|my|them|these) )?(?:(?:bad|dark|old|same|intrusive|horrible|nasty|scary|suicidal|suicide|black|awful|self harm|harm) )?(?:thoughts?|urges?|voices?) (?:came|have come|has come|come|crept|have crept|are coming|were coming|came creeping|have been coming)? ?(?:back|returned)(?! to (?:the|my|what|how|it|that|this|smoke|smoking|vape|vaping|snack|eat|shop|spend|buy|quit|run|clean|write|draw|paint|sing|travel|move|work|study|college))|(?:the|those|my|them|these) (?:(?:bad|dark|old|same|intrusive|horrible|nasty|scary|suicidal|suicide|black|awful|self harm|harm) )?(?:thoughts?|urges?|voices?) (?:are|were|is|was) back)`;
const KEPT_SAFE = String.raw`(?:i am (?:ok|okay|safe|alright|fine|all right)(?: now)?|i am safe|i will not (?:do|act on) (?:anything|it|them)|i am not (?:going to|gonna) (?:do|act on) (?:anything|it|them)|(?:did not|have not|never|not) act(?:ed)? on (?:it|them)|not acting on (?:it|them)|(?:rang|called|phoned|texted|messaged|spoke to|talked to|contacted) (?:the )?(?:crisis (?:line|team)|samaritans|shout|111|my (?:crisis|care|mental health) (?:team|coordinator|worker|nurse)|mental health (?:line|team|crisis line)|my cpn))`;
const THOUGHTS_BACK_SAFE = pattern`^(?=.*\b${THOUGHTS_BACK}\b)(?=.*\b${KEPT_SAFE}\b)`;
const THOUGHTS_BACK_SAFE_OUT = String.raw`\b(?:about (?:the|my|an|a) (?:interview|job|exam|test|cv|application|course|driving|presentation|meeting|shift|trial|money|bills?|flat)|the voices? (?:of|in the|on the)|voice ?overs?|voice notes?|voice messages?|voicemail|${FICTION}|${LAUGH})\b|${OTHERS}|${SOMEONE_ELSE_SAID}`;

export const HUNDRED_AND_FORTIETH_WHOLE_SETS = [
  [unless(String.raw`\b${DOCUMENT}\b`, DOCUMENTS_KEPT_OUT), [group('crisis', 'coercive control', [DOCUMENTS_KEPT])]],
  [unless(String.raw`\b${MONEY}\b`, MONEY_KEPT_OUT), [group('crisis', 'coercive control', [MONEY_KEPT])]],
  [unless(String.raw`\b${LIFE_MEDS}\b`, MEDS_RUN_OUT_OUT), [group('crisis', 'no safe place, food or power tonight', [MEDS_RUN_OUT])]],
  [unless(String.raw`\b(?:bridge|cliffs?|clifftop|viaduct|quarry|multi storey|car park roof|railway line|tracks|level crossing|pier|beachy head|top floor|roof)\b`, BRIDGE_NO_CALLS_OUT), [group('crisis', 'a plan to end their life', [BRIDGE_NO_CALLS])]],
  [unless(String.raw`\bwho (?:gets|should|will|can|is|has|takes)\b`, LISTED_WHO_GETS_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [LISTED_WHO_GETS])]],
  [unless(String.raw`\b${FOREVER}`, OFF_FOR_GOOD_OUT), [group('crisis', 'wishes to be dead', [OFF_FOR_GOOD])]],
  [unless(String.raw`\b(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying)\b`, PAIN_TAKE_ME_OUT), [group('crisis', 'wishes to be dead', [PAIN_TAKE_ME])]],
  [unless(String.raw`\bhave(?: \w+)? (?:finished|done|killed|topped|offed|ended|taken)\b`, GONE_BEFORE_OUT), [group('crisis', 'intends to end their life', [GONE_BEFORE])]],
  [unless(String.raw`\b(?:${CREDIT}|impulse|impulsive|impulsively|on impulse|without thinking)\b`, DEBT_OUT), [group('concern', 'money worries', [BNPL_ALL_DUE, IMPULSE_SPEND_DEBT])]],
  [unless(String.raw`\b${GETTING_TO_ME}\b`, ADMIN_GETTING_TO_ME_OUT), [group('concern', 'low mood', [ADMIN_GETTING_TO_ME])]],
  [unless(String.raw`\bmeal\b`, ONE_MEAL_OUT), [group('concern', 'not eating or sleeping', [ONE_MEAL])]],
  [unless(String.raw`\b(?:mood|moods|mental health|depression|with my head)\b`, MOOD_STRUGGLE_OUT), [group('concern', 'low mood', [MOOD_STRUGGLE])]],
  [unless(String.raw`\b(?:thoughts?|urges?|voices?)\b`, THOUGHTS_BACK_SAFE_OUT), [group('concern', 'spoke of harm, then said they would not', [THOUGHTS_BACK_SAFE])]],
] as const;
