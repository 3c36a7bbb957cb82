// Risk said plainly, but spelt by sound, typed by voice or put in a second language's order: "better
// of dead", "sed", "nuthing", "mony", "payed", "coud", "bailifs", "next weak", "i think to end it",
// "i prefer to be under the ground than", "where i go now". The normaliser leaves these as written,
// so each form below allows the common misspellings of its own words, and rests on a whole phrase or
// on two parts of the message, with the everyday uses of the same words shut out.
// Crisis: i would be better of dead; i prefer (or rather) be under the ground or dead than live like
// this; if i got sick and was dying i would not fight it, i would let it take me; ending it is the
// only way out; my head keeps saying kill yourself; i think to end it or to finish my life; i paid
// the debts i could so my family do not have to after i am gone; close the eyes and not open them
// again; if i call the police he will report me to immigration (or send me back, take my papers);
// the boss or the owner beat me; a man did things to me when i said no; the shelter full and
// nowhere to go, the rain or the street; no food since yesterday or thursday and no money or the
// benefit late.
// Concern: the printer, the self checkout or the automated phone lady about to meet my fist (a joke
// about hurting someone: a laugh does not shut it); nothing to offer, no skills no value; sleeping
// fourteen hours and still tired; a couple of beers before any interview or i shake; i lost hope;
// the rent paid this month but next month no; the rent went up and we may have to move out; the
// bank will take the house; a letter from the bailiffs, however spelt, and them coming.
// Look-alikes of our own are in test/domain/riskHundredAndFirstForms.test.ts. Normalised words
// ("i am" for "I'm", "do not" for "don't", "can not", "would not" for "wouldn't", "going to" for
// "gonna", "no one" for "nobody", "honestly" for "tbh").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|play|song|lyrics|rap|documentary|podcast|poem|game|gaming|anime|cartoon|netflix|halloween|fancy dress|storyline|plot|script|class|lesson|course|module|training|essay|assignment`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|freind|frend|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|roommate|partner|husband|wife|mate|colleague|niece|nephew|kid|kids|client|resident|patient)s?|he|she|they|his|her|their|hes|shes|theyre) (?:says|said|sed|keeps saying|told me|texted|wrote|is|was|has|had|got|feels|felt|wants|tried|lost)\b`;

/** Said, then said not: "but i will not do anything", "i do not listen to them" (a check-in, not a crisis). */
const SAID_NOT = String.raw`\bi (?:will not|would not|wont|am not going to|never would|never will|would never|will never) (?:do|act|try|go through)\b|\b(?:do not|never|dont|not) (?:listen|act on)|\bignore (?:them|it|the voices?)\b|\b(?:do not|dont) worry\b`;

// --- Sound-spellings the normaliser leaves as written ---------------------------------------------
const BETTER = String.raw`(?:better|beter|bettr|betta|bettar|bedder)`;
const DEAD = String.raw`(?:dead|ded|dedd|deed|died)`;
const AGAIN = String.raw`(?:again|agian|agen|agin|agan|agn|agane|ever again|anymore|any more|no more)`;
const SAID = String.raw`(?:said|sed|sayed|sad|say|says|told me|tell me|telling me|tells me|threaten\w*|threatend|warned me)`;
const POLICE = String.raw`(?:police|polis|polise|pollice|polic|poleece|cops|coppers|999|the law|anyone|anybody|someone|somebody|no one|the union|acas|the council|the embassy)`;
const NOTHING = String.raw`(?:nothing|nuthing|nuthin|nothin|nuffin|nuffink|nothink|notting|nuting|nowt|nathing|nothig|nothng)`;
const MONEY = String.raw`(?:money|mony|muny|munny|muney|monney|cash|pennies|penny)`;
const RENT = String.raw`(?:rent|rnt|rend|the rent|mortgage|morgage|mortgauge)`;
const BAILIFFS = String.raw`(?:bailiffs?|bailifs?|baliffs?|balifs?|bailiefs?|bayliffs?|baylifs?|bailifes|bailffs?|baillifs?|baillifes|bailifts?|bay leafs|enforcement (?:officers?|agents?)|debt collectors?|dept collectors?|det collectors?)`;
const BEFORE_TIME = String.raw`(?:yesterday|yesterdy|yestarday|yestday|yesturday|${WEEKDAY}|(?:mon|tue|tues|wed|thur|thurs|fri|sat|sun)day|two days|2 days|three days|3 days|[2-9] days|a couple of days|couple of days|the weekend|days)`;

// --- Crisis: wishes and thoughts ------------------------------------------------------------------
/** "better off dead" is read already; "better of", "beter of ded" are not. */
const BETTER_OF_DEAD = pattern`\b(?:i|id|i would|i d|ill|i will|i am|i was|i be|me|i wood|i wud|i feel|i think i would|i think id) (?:\w+ ){0,2}?${BETTER} (?:of|orf|offf|of off) ${DEAD}\b`;
const BETTER_OF_OUT = String.raw`\b(?:${FICTION})\b|${THIRD}|${SAID_NOT}`;

const GROUND = String.raw`(?:under (?:the )?(?:ground|grownd|grond|earth|soil)|in (?:the|a|my) (?:ground|grownd|grave|coffin|box)|six (?:feet|foot|ft) under|${DEAD}|die|to die|dying|not alive|not exist|not existing|not to exist|not to be alive|not be alive|not born|gone|buried|sleep forever|with (?:my )?(?:mum|dad|mother|father|nan|gran) in heaven)`;
/** "i prefer be under the ground than in this situation": a wish, the "than" naming the life itself. */
const PREFER_GROUND = pattern`\bi (?:would |d |will |wood |wud |really |honestly |just |now )*(?:prefer|prefere|perfer|prefur|prefered|rather|rathr|rarther|rahter) (?:to )?(?:be |being |go |going |lie |lying |sleep |to be )?${GROUND}\b(?: \w+){0,2}? (?:than|then|that|instead of) (?:to )?(?:live|living|liv|be|being|stay|staying|in (?:this|my|the|such)|go on|going on|carry on|carrying on|continue|continuing|keep going|keep living|face|facing|wake up|waking up|this|like this|suffer|suffering|struggle|struggling|on (?:this|these|benefits|the street))\b`;
const PREFER_OUT = String.raw`${SAID_NOT}|\b(?:karaoke|dance|dancing|sing|singing|wear|wearing|speech|presentation|public speaking|eat|eating|watch|watching|lose|losing to|ask|asking|call|phone|work for|go back to|${FICTION})\b|${THIRD}`;

const ILL = String.raw`(?:sick|sik|ill|dying|diying|dieing|cancer|a disease|an illness|something (?:serious|bad|terminal)|terminal\w*|terminally ill|seriously ill|very ill|really ill|diagnosed)`;
/** If an illness came, i would not fight it: a wish to die put off onto chance. */
const LET_IT_TAKE_ME = pattern`^(?=.*\bif i (?:\w+ )?(?:got|get|gets|was|were|am|became|become|fell|fall|had|have|ever got|ever get|found out i (?:was|had)|find out i (?:am|have)) (?:\w+ )?${ILL}\b)(?=.*\b(?:i (?:would|will|wud|wood|d)? ?(?:not|never|no) (?:even )?(?:fight|fite|figth|resist|try to (?:get better|live|survive)|get (?:it )?(?:treated|treatment)|take (?:the )?(?:treatment|chemo|medicine|meds)|want (?:the )?treatment)|(?:i would|id|i will|ill|i d|i wud|i wood|i) (?:just |happily |gladly |honestly )?(?:let (?:it|death|the illness|the disease|god|nature|cancer|them) (?:take me|happen|win|have me|finish me)|welcome it|be glad|be relieved|refuse (?:the )?treatment))\b)`;
const LET_IT_OUT = String.raw`${SAID_NOT}|\b(?:cold|colds|flu|hay fever|hangover|sick pay|sick note|sick day|off sick|call in sick|calling in sick|sick leave|bug|sleep it off|rest|lemsip|paracetamol|dog|cat|pet|vet|${FICTION})\b|${THIRD}`;

const ENDING = String.raw`(?:ending it|end it|ending it all|end it all|ending my life|end my life|ending (?:everything|evrything)|killing myself|kill myself|suicide|sucide|suiside|dying|death|not being here|not being alive|to die)`;
const ONLY_WAY_OUT = pattern`\b${ENDING}\b(?: \w+){0,2}? (?:is|was|seems|feels|looks|would be|will be|might be|could be|must be|be|like) (?:like )?(?:the |my )?(?:only|onli|one|best|easiest|last|real) (?:way out|way|wey out|option|answer|solution|choice|escape|exit|thing left|fix)\b`;
const ONLY_OUT = String.raw`${SAID_NOT}|\b(?:with (?:him|her|them|my|the)|relationship|boyfriend|girlfriend|partner|marriage|contract|tenancy|lease|subscription|direct debit|membership|gym|phone contract|course|apprenticeship|job|${FICTION}|${LAUGH})\b|${THIRD}`;

const HEAD = String.raw`(?:my (?:head|hed|brain|brian|mind|thoughts?|inner voice|own head|own mind)|the voices?|a voice|voices|something inside(?: me)?|something in my head|the (?:little )?voice in my (?:head|hed))`;
const HEAD_SAYS = pattern`\b${HEAD} (?:keep |keeps |kep |kept |is |are |always |just |still |sometimes |all day |every day )*(?:saying|sayin|sayng|says|say|tells?|telling|tellin|told|whispers?|whispering|shouting|screaming|shout|screams?)(?: me| to me)? (?:to )?(?:just |go and |go )?(?:kill (?:yourself|urself|your self|yourslef|ur self|myself|my self|yaself)|end (?:it|it all|your life|ur life|my life|yourself|urself)|die|be dead|cut (?:yourself|myself|urself)|hurt (?:yourself|myself|urself)|jump|(?:you|u) (?:should|shud|must|better|deserve to) (?:die|be dead|kill (?:yourself|urself)|end it|not be here|not exist))\b`;
const HEAD_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${SAID_NOT}`;

/** The second language's "i think to end it", "i think for finish my life". */
const THINK_TO_END = pattern`\bi (?:\w+ )?(?:think|thinking|thinkin|tink|tought|thought|thinked|thnk|am thinking|was thinking) (?:to|for|for to|of to|about to|to maybe|maybe to|2) (?:end|ending|finish|finishing|kill|killing|take) (?:it|it all|my life|my lyf|my lif|myself|my self|me|my own life|everything|evrything)\b(?! (?:with|off|up|early|on|at|in|for|by|today|tomorrow|tonight|this|and (?:start|move|go|look|find|try))\b)`;
const THINK_TO_END_OUT = String.raw`${SAID_NOT}|\b(?:relationship|boyfriend|girlfriend|bf|gf|partner|marriage|husband|wife|contract|tenancy|lease|subscription|membership|gym|course|call|meeting|conversation|cv|application|form|essay|book|series|job|shift|will not|would not|never do|not do it|not act|not going to|${FICTION}|${LAUGH})\b|${THIRD}`;

const CLOSE_EYES = pattern`\b(?:close|shut|closing|shutting|clos|cloze|shutt) (?:my|the|mine|your|ur) (?:eyes|eys|ies|eye|eyez) (?:and|n|an) (?:never|not|no|do not|never ever) (?:open|opening|opn|wake|waking|wake up) (?:them |it |up )?${AGAIN}\b(?! (?:until|till|til|before|when)\b)`;
const CLOSE_EYES_OUT = String.raw`${SAID_NOT}|\b(?:surprise|scary|jump scare|horror|meditat\w*|yoga|relax\w*|until|till|${FICTION})\b|${THIRD}`;

// --- Crisis: preparing ----------------------------------------------------------------------------
const PAID_AFTER_GONE = pattern`^(?=.*\b(?:paid|payed|paid off|payed off|pay off|pay|paying|cleared|clear|clearing|settled|settle|settling|sorted|sort|closed|close) (?:off |of )?(?:all |every |most |as much |as many )?(?:of )?(?:the |my |what )?(?:debts?|dets?|depts?|bills|loans?|credit cards?|cards|what i owe|everything i owe|i owe|overdraft)\b)(?=.*\b(?:after|when|once|wen|for when) i (?:am|m|have) (?:gone|gon|dead|ded|not here|no longer here|not around|no more)\b(?! (?:to|on|for|abroad|away|back|home|out|in|from|travelling|off)\b))`;
const PAID_OUT = String.raw`\b(?:(?:a|my|the) will|wills|life insurance|pension|retire\w*|funeral plan|old age|when i am old|holiday|abroad|travel\w*|emigrat\w*|moving|move|${LAUGH})\b|${THIRD}`;

// --- Crisis: abuse and threats --------------------------------------------------------------------
const SILENCED = String.raw`(?:report me|reporting me|rport me|call immigration|tell immigration|phone immigration|ring immigration|to immigration|get me deported|have me deported|deport me|deported|send me back|sent back|take my (?:visa|papers|passport|documents|kids|children|son|daughter|baby)|cancel my visa|hurt me|kill me|beat me|hit me|hurt my (?:family|kids|children|mum|mother))`;
/** "if i call the police he will report me to immigration": a threat to keep someone quiet. */
const IF_I_TELL = pattern`\b(?:if|wen|when|if ever) i (?:call|calls|ring|phone|go to|tell|tel|told|report (?:him|her|them|it) to|contact|speak to|talk to|say anything to|complain to) (?:the )?${POLICE}\b(?: \w+){0,3}? (?:he|she|they|him|them|the boss|my boss|my husband)? ?(?:will|would|wil|wud|ill|is going to|are going to|going to|can|could|shall)? ?(?:\w+ )?${SILENCED}\b`;
const IF_I_TELL_OUT = String.raw`\b(?:parking|speeding|fine|ticket|noise|neighbours? (?:dog|music|party)|${FICTION}|${LAUGH})\b`;

const POWER = String.raw`(?:boss|bos|manager|manger|supervisor|gaffer|owner|landlord|landlady|employer|foreman|team leader|agent|the man i work for|the guy i work for|the man at work|the guy at work|my work)`;
const BOSS_BEAT_ME = pattern`\b${POWER}\b(?: \w+){0,5}? (?:beat|beated|beaten|beats|hit|hits|hitted|punched|punch|punches|kicked|kicks|slapped|slaps|attacked|strangled|choked|headbutted|battered|hurt) me\b(?! (?:to|by|up|out|off|over|into|back|hard|towards|forward|round|around|for|about|emotionally|bad|badly)\b)(?! with (?:(?:a|an|the|some|more|extra|another|loads of|lots of|new|big|\d+|two|three|four|five|six) )*(?:tasks?|jobs?|emails?|work|news|deadlines?|questions?|requests?|lists?|bills?|fines?|shifts?|targets?|rota|paperwork|feedback|reviews?|changes?|updates?)\b)`;
const BOSS_BEAT_OUT = String.raw`\bhit me with (?:the news|news|an? (?:email|question|request|deadline|task|bill|fine|warning|list|lot|project|reminder|curveball|offer|rota)|loads|more|extra|another|this|that)\b|\b(?:final|round|competition|tournament|vote|election|promotion|application|queue|parking space|pool|darts|chess|fifa|race|quiz|squash|tennis|table tennis|ping pong|arm wrestl\w*|golf|bowling|cards|poker|game|games|match|sparring|boxing|mma|judo|karate|paintball|laser tag|snowball|${FICTION}|${LAUGH})\b`;

/** "a man did things to me when i said no": an assault told without its name. */
const WHEN_I_SAID_NO = pattern`^(?=.*\b(?:(?:did|done|do|doing|does|tried to do|made me do|forced me to do|forced) (?:things|thing|stuff|something|bad things|sexual things|what (?:he|they|she) wanted|stuff i did not want|things i did not want)(?: \w+)? (?:to|with|on) me|(?:touched|touch|touching|grabbed|groped|kissed|undressed|forced himself on|forced themselves on) me)\b)(?=.*\bi (?:said|sed|say|told (?:him|them|her)|was saying|kept saying|tried to say|screamed|shouted|begged|begged (?:him|them)) (?:no|stop|not to|him to stop|them to stop|i did not want|that i did not want|i do not want)\b)`;
const SAID_NO_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: tonight, no bed, no food -------------------------------------------------------------
const SHELTER = String.raw`(?:shelter|shelters|sheltr|shelta|night shelter|hostel|hostels|hostle|hostal|hostell|emergency (?:bed|beds|accommodation|housing)|refuge|salvation army|sally army|the housing|housing office|the council)`;
const SHELTER_FULL = pattern`^(?=.*\b${SHELTER}\b(?: \w+){0,3}? (?:is |are |was |were |be |say |says |said |sed |told me )?(?:full|ful|fully booked|no (?:space|room|beds?|place)|not (?:taking|take) (?:anyone|any one|people|me|new)|closed|turned me away|turn me away|can not take me|could not take me|have nothing|has nothing|had nothing|no bed)\b)(?=.*\b(?:where (?:do |can |shall |should |will |must |am |to )?i (?:go|sleep|stay|going to go|supposed to go|meant to go|go now|sleep now)|where to (?:go|sleep)|nowhere|no where|nowere|raining|is raining|it rains|in the rain|rain|cold|freezing|outside|on the street|the streets|sleep rough|sleeping rough|tonight|tonite|2nite|the night)\b)`;
const SHELTER_OUT = String.raw`\b(?:animal|dog|dogs|cat|cats|rescue|bus shelter|volunteer\w*|shift|job|work at|working at|festival|holiday|trip|travel\w*|booking|booked|airbnb|hotel|youth hostel|backpack\w*|for (?:him|her|them)|${FICTION}|${LAUGH})\b|${THIRD}`;

const NO_FOOD_SINCE = String.raw`(?:last (?:food|meal|thing i ate|time i ate|time i eat|time i had food|ate|eat)|i (?:last )?(?:ate|eat|eated|had food|had a meal|had something to eat)(?: last| anything)?|(?:have not|not|did not|no) (?:eaten|eat|eated|eatin|had (?:any )?food|had a meal|had anything to eat|had nothing to eat)(?: anything| nothing| properly| a thing| food| proper food)?)`;
const NOTHING_LEFT = String.raw`(?:${NOTHING} (?:left|in the (?:fridge|cupboard|cupboards|house|flat|bank|account))|no (?:${MONEY}|food|fud|gas|electric|credit)(?: (?:at all|left|till|until|for food))?|benefits? (?:is |are |was |has been )?(?:delayed|late|stopped|sanctioned|not come|not paid|not in)|(?:uc|universal credit|payment|pay|wages) (?:is |was |has been )?(?:delayed|late|stopped|sanctioned|not come|not in)|sanctioned|skint|broke|zero pounds|0 pounds|empty (?:fridge|cupboards?)|can not afford (?:food|to eat))`;
/** No food since yesterday or a weekday, and no money or food to be had. */
const NO_FOOD_NO_MONEY = pattern`^(?=.*\b${NO_FOOD_SINCE} (?:was |is |since |for |in |from )?(?:\w+ )?(?:on )?${BEFORE_TIME}\b)(?=.*\b${NOTHING_LEFT}\b)`;
const NO_FOOD_OUT = String.raw`\b(?:fast|fasting|ramadan|lent|diet|dieting|calories|nil by mouth|operation|surgery|bug|sickness|stomach|vomit\w*|throwing up|flu|covid|not hungry|too busy|forgot|appetite|lunch break|breakfast club|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern ------------------------------------------------------------------------------------
const MACHINE = String.raw`(?:printer|printers|self ?checkouts?|self check ?outs?|machine|machines|computer|pc|laptop|website|site|portal|app|robot|bot|chatbot|automated (?:phone )?(?:lady|voice|man|woman|system|line|message)|phone (?:lady|man|woman|robot|bot)|hold music|kettle|photocopier|copier|scanner|vending machine|ticket machine|cash machine|atm|wifi|router|alarm|alarm clock|sat ?nav|telly|keyboard|online form|system|captcha|universal credit journal|journal)`;
const SMACK = String.raw`(?:punch|punched|strangle|strangled|strangel|strangl|throttle|throttled|kick|kicked|slap|slapped|lamp|lamped|murder|murdered|stab|stabbed|batter|battered|headbutt|headbutted|karate chop|drop ?kick|drop ?kicked)`;
/** Someone behind the machine, or a voice as good as one: "the automated phone lady", "the printer guy". */
const PERSONLIKE = String.raw`(?:lady|ladies|man|woman|guy|bloke|lad|voice|person|people|girl|fella)`;
/**
 * "going to strangle the printer lol", "that self checkout going to meet my fist": a joke about
 * hurting, read as one. Threatened ahead at "the" or "that" machine; "this printer", "this laptop" and
 * "could have strangled the printer" are kept for a person ("could have punched the phone lady"), as
 * those are how an everyday grumble about a machine is said.
 */
const MACHINE_HARM = pattern`\b(?:going to|about to|want to|wanna|wana|will|ill|i will|ready to|tempted to|i swear ill|swear ill|swear i will|i swear i will) (?:\w+ )?${SMACK} (?:the|that|that stupid|the stupid|the bloody|that bloody|the damn|that damn) (?:\w+ ){0,2}?${MACHINE}\b|\b(?:could have|could of|coud have|coud of|cud have|cud of|nearly|almost|so close to) (?:\w+ )?${SMACK} (?:the|that|this) (?:\w+ ){0,2}?${MACHINE} ${PERSONLIKE}\b|\b(?:could have|could of|coud have|coud of|cud have|cud of|nearly|almost|so close to) (?:\w+ )?${SMACK} (?:the|that|this) (?:automated|robot|robotic) (?:\w+ )?${PERSONLIKE}\b|\b${MACHINE}\b(?: \w+){0,3}? (?:is going to|going to|will|about to|gonna|is about to) (?:meet|get|feel|taste|know) my (?:fist|fists|boot|foot|hand|elbow|knee|forehead|wrath)\b`;
const MACHINE_OUT = String.raw`\b(?:punch (?:in|out|card|the clock)|hole punch|${FICTION})\b`;

const NOTHING_TO_OFFER = pattern`${NOT_BEFORE}\bi (?:have |got |have got |ve got |had |has |realy have |really have |honestly have )?${NOTHING} (?:to offer|too offer|to ofer|2 offer|of value|to give)\b(?! (?:up|away|back|the (?:charity|food|shop)|to (?:the|a) (?:charity|food|shop))\b)|\b(?:no|zero|nil|not any) (?:skills?|skils?|skill)\b(?: \w+){0,2}? (?:no|zero|nil|not any) (?:value|valu|vallue|worth|use)\b`;
const OFFER_OUT = String.raw`\b(?:skills? (?:needed|required|necessary)|experience (?:needed|required)|value for money|value added|house|property|car|van|shares|stock|pension|in return|for you for|your birthday|presents?|${LAUGH})\b|${THIRD}`;

const LONG_SLEEP = pattern`^(?=(?:|.*\bi )(?:sleep|slept|sleeping|am sleeping|been sleeping|have been sleeping|sleap|slep|sleept|can sleep|could sleep) (?:like |about |around |nearly |over |for |up to |almost |literally |maybe |sometimes |more than |like maybe |easily )*(?:1[0-9]|2[0-4]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty) (?:hours?|hrs?|h|hour|ours)\b)(?=.*(?:\b(?:still|and still|but still|yet) (?:tired|tierd|tird|exhausted|knackered|shattered|sleepy|wiped)|\b(?:do not|can not|never) (?:want to |wanna |feel like )?(?:get up|get out of bed|wake up|leave (?:the )?bed)\b))`;
const LONG_SLEEP_OUT = String.raw`\b(?:night shift|nights|shift|jet ?lag|flight|festival|ill|flu|covid|fever|surgery|operation|hangover|hungover|marathon|baby|newborn|pregnan\w*|${LAUGH})\b|${THIRD}`;

const DRINKS = String.raw`(?:beers?|bears|beeers|cans?|drinks?|drink|shots?|vodkas?|vodka|whisk(?:e)?ys?|wine|glasses of wine|glass of wine|pints?|spliffs?|joints?|valium|diazepam|lager|cider|brandy|rum)`;
const BRACE = String.raw`(?:interview|intervew|interveiw|intervue|interviews|meeting|meetings|appointment|appointments|job ?centre|jobcentre|shift|shifts|work|phone calls?|calls?|going out|leaving the house|leave the house|face people|facing people|talking to people|speak to people|anything|everything)`;
/** "i need a couple beers before any interview now otherwise i shake": drink to face things. */
const DRINK_TO_FACE = pattern`\bi (?:need|needs|ned|have to have|have to|got to have|must have|must|always have|always need|need to have|can not (?:\w+ ){0,3}?without|can not do (?:\w+ ){0,2}?without) (?:a |to have a |to have |my )?(?:couple|cupple|coupla|few|2|two|3|three|some|one|1)? ?(?:of )?${DRINKS}\b(?: \w+){0,2}? (?:before|befor|bfore|b4|to get through|to face|to go to|to do|to calm (?:down|my nerves|me) (?:before|for)) (?:any |an |every |the |my |each |a |going to |doing |facing )?${BRACE}\b|\b(?:i |my hands? )(?:shake|shakes|shaking|tremble|trembling|am shaking)\b(?: \w+){0,3}? (?:without|unless i have|till i have|until i have|if i do not have) (?:a |my |some )?${DRINKS}\b`;
const DRINK_OUT = String.raw`\b(?:coffee|tea|water|energy drink|red bull|celebrat\w*|party|work do|christmas do|office party|wedding|first date|karaoke|dance|gig|best man|${LAUGH})\b|${THIRD}`;

const LOST_HOPE = pattern`${NOT_BEFORE}\bi (?:have |had |already |kind of |kinda |just |honestly |really |totally |completely |literally |think i |think i have |feel i have |feel like i )*(?:lost|lose|loose|lossed|los|lost all|loosed) (?:all |my |the |any |every |all my |all the )?(?:hope|hop|hopes|hoop|hoep)\b(?! (?:of|for|in|on|that|with|the|about)\b)`;
const LOST_HOPE_OUT = String.raw`\b(?:never lost hope|not lost hope|lost hope for a (?:second|minute|moment)|bus|train|traffic|match|team|football|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: rent, the house, bailiffs -----------------------------------------------------------
const RENT_NEXT_MONTH = pattern`\b(?:can|could|able to|manage to|can just|just can|i can) (?:pay|pai|pey|afford|cover|paid|make) (?:the |my |our )?${RENT}\b(?: \w+){0,3}? (?:this month|this time|for now|for this month|now)\b(?: \w+){0,4}? (?:next month|after that|next time|the month after|after)\b(?: \w+){0,3}? (?:no(?! (?:problem|problems|worries|bother|issue|issues|stress)\b)|not|can not|i can not|no way|no chance|${NOTHING}|finish|finished|finnish|done|over|out|impossible|i do not know|i dunno)\b`;
const RENT_NEXT_OUT = String.raw`\b(?:new job|pay rise|promotion|starting|start|contract|wages go up|${LAUGH})\b|${THIRD}`;

const MOVE_OUT = String.raw`(?:have to|must|need to|got to|will have to|might have to|may have to|going to have to|forced to|asked to|told to|told us to|told me to|want us to|want me to|wants us to|wants me to) (?:move out|moveout|leave|move|get out|find (?:somewhere|another place|a new place|another house|another flat)|go)\b`;
/** The rent gone up, or past paying, and told we may have to move out. */
const RENT_UP_MOVE_OUT = pattern`^(?=.*\b${MOVE_OUT})(?=.*\b(?:${RENT} (?:went up|go up|goes up|going up|has gone up|is going up|gone up|increased|increase|increasing|rise|rose|risen|doubled|is too much|to much|too much)|(?:can not|could not|do not|will not) (?:afford|pay|manage) (?:the |my |our )?${RENT}|(?:put|putting|puts|putting up) (?:the |my |our )?${RENT} up|evict\w*|section 21|notice to quit)\b)`;
const RENT_UP_OUT = String.raw`\b(?:new job|relocat\w*|for work|uni|university|student|halls|first home|buying|bought|mortgage (?:approved|offer)|parents house|mum and dads|moving in with|move in with|bigger place|${LAUGH})\b|${THIRD}`;

const BANK_TAKE_HOUSE = pattern`\b(?:the |my |our )?(?:bank|banks|lender|lenders|mortgage (?:company|lender|people)|building society|they) (?:will|wil|is going to|are going to|going to|might|could|can|may|wants to|want to|threaten\w* to|say they will|said they will|sed they will) (?:take|tak|repossess|reposess|reposses|repo|take back|take away|sell) (?:the|my|our|me) (?:house|home|hous|flat|place|property)\b(?! (?:plants?|keys|party|viewing|of cards)\b)`;
const BANK_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}|\b(?:my (?:mum|dad|parents|nan|gran|uncle|aunt)s? (?:house|home|flat))\b`;

/** A letter from the bailiffs, however spelt, and them coming. */
const BAILIFFS_LETTER = pattern`\b${BAILIFFS}\b(?: \w+){0,6}? (?:letter|leter|lettr|latter|notice|warning|came|come|coming|comming|will come|wil come|are coming|visit|knock\w*|at the door|next week|next weak|nxt week|tomorrow|tomoro|tomorow)\b|\b(?:letter|leter|notice|warning) (?:from|by) (?:the )?${BAILIFFS}\b`;
const BAILIFFS_OUT = String.raw`\b(?:(?:previous|last|old|former|other) tenants?|not for me|not (?:coming|after) (?:for )?me|are not after me|nothing to do with me|by mistake|wrong address|bloke|guy|man|woman|lady|neighbours?|next door|next farm|flat below|flat above|upstairs|downstairs|poor fella|poor guy|poor man|poor woman|on the news|the news|for (?:him|her|them)|his|her|their|job|jobs|role|vacancy|vacancies|course|training|apprenticeship|position|interview|work as|working as|trainee|become a|can not pay we will take it away|tv|programme|show|${FICTION}|${LAUGH})\b|${THIRD}`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const HUNDRED_AND_FIRST_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:of|orf|offf) ${DEAD}\b`, BETTER_OF_OUT), [group('crisis', 'wishes to be dead', [BETTER_OF_DEAD])]],
  [unless(String.raw`\b(?:prefer|prefere|perfer|prefur|prefered|rather|rathr|rarther|rahter)\b`, PREFER_OUT), [group('crisis', 'wishes to be dead', [PREFER_GROUND])]],
  [unless(String.raw`\bif i\b`, LET_IT_OUT), [group('crisis', 'wishes to be dead', [LET_IT_TAKE_ME])]],
  [unless(String.raw`\b(?:eyes|eys|ies|eye|eyez)\b`, CLOSE_EYES_OUT), [group('crisis', 'wishes to be dead', [CLOSE_EYES])]],
  [unless(String.raw`\b(?:only|onli|one|best|easiest|last|real) (?:way|wey|option|answer|solution|choice|escape|exit|thing left|fix)\b`, ONLY_OUT), [group('crisis', 'thoughts of suicide', [ONLY_WAY_OUT])]],
  [unless(String.raw`\b(?:head|hed|brain|brian|mind|thoughts?|voices?|inside)\b`, HEAD_OUT), [group('crisis', 'thoughts of suicide', [HEAD_SAYS])]],
  [unless(String.raw`\b(?:think|thinking|thinkin|tink|tought|thought|thinked|thnk)\b`, THINK_TO_END_OUT), [group('crisis', 'thoughts of suicide', [THINK_TO_END])]],
  [unless(String.raw`\b(?:gone|gon|dead|ded|not here|no longer here|not around)\b`, PAID_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [PAID_AFTER_GONE])]],
  [unless(String.raw`\b(?:if|wen|when) i\b`, IF_I_TELL_OUT), [group('crisis', 'coercive control', [IF_I_TELL])]],
  [unless(String.raw`\b(?:beat|beated|beaten|beats|hit|hits|hitted|punched|punch|punches|kicked|kicks|slapped|slaps|attacked|strangled|choked|headbutted|battered|hurt) me\b`, BOSS_BEAT_OUT), [group('crisis', 'abuse or violence', [BOSS_BEAT_ME])]],
  [unless(String.raw`\bi (?:said|sed|say|told|was saying|kept saying|tried to say|screamed|shouted|begged)\b`, SAID_NO_OUT), [group('crisis', 'abuse or violence', [WHEN_I_SAID_NO])]],
  [unless(String.raw`\b${SHELTER}\b`, SHELTER_OUT), [group('crisis', 'no safe place, food or power tonight', [SHELTER_FULL])]],
  [unless(String.raw`\b(?:ate|eat|eaten|eated|eatin|food|meal)\b`, NO_FOOD_OUT), [group('crisis', 'no safe place, food or power tonight', [NO_FOOD_NO_MONEY])]],
  [unless(String.raw`\b(?:${SMACK}|meet|taste|feel|know) (?:the|that|this|these|those|my)\b`, MACHINE_OUT), [group('concern', 'joked about hurting someone', [MACHINE_HARM])]],
  [unless(String.raw`\b(?:offer|ofer|value|valu|vallue|worth|give)\b`, OFFER_OUT), [group('concern', 'feels worthless', [NOTHING_TO_OFFER])]],
  [unless(String.raw`\b(?:hours?|hrs?|h|hour|ours)\b`, LONG_SLEEP_OUT), [group('concern', 'not eating or sleeping', [LONG_SLEEP])]],
  [unless(String.raw`\b${DRINKS}\b`, DRINK_OUT), [group('concern', 'drinking or drugs to cope', [DRINK_TO_FACE])]],
  [unless(String.raw`\b(?:hope|hop|hopes|hoop|hoep)\b`, LOST_HOPE_OUT), [group('concern', 'hopelessness', [LOST_HOPE])]],
  [unless(String.raw`\b(?:rent|rnt|rend|mortgage|morgage|mortgauge)\b`, RENT_NEXT_OUT), [group('concern', 'may lose their home', [RENT_NEXT_MONTH])]],
  [unless(String.raw`\b(?:move out|moveout|leave|move|get out|find|go)\b`, RENT_UP_OUT), [group('concern', 'may lose their home', [RENT_UP_MOVE_OUT])]],
  [unless(String.raw`\b(?:house|home|hous|flat|place|property)\b`, BANK_OUT), [group('concern', 'may lose their home', [BANK_TAKE_HOUSE])]],
  [unless(String.raw`\b${BAILIFFS}\b`, BAILIFFS_OUT), [group('concern', 'money worries', [BAILIFFS_LETTER])]],
] as const;
