// A plain mix of job seekers across the UK and Ireland: the risk said plainly but in words the
// classifier reads as everyday, or said flat and half-hidden between a week's news. The same words fill
// everyday messages (kicked in the ribs at football, going to do the CV this week, throwing the laptop out
// the window, felt like doing nothing with the flu, 9 grand a year more, opening up old wounds in
// therapy, done trying on suits, bringing cakes to the jobs fair that people will remember). Each set
// rests on the words that carry the risk together, and shuts on the everyday uses, on someone else's
// trouble and on fiction.
// Crisis: kicked, punched or hit in the ribs or the face by someone at home; I am going to do it this
// week, just need to get through something first, or when will I do it, after a date, it is sorted;
// opening up the old scars or cuts again, so they never heal; wishing I was dead (a laugh does not
// lower it); bringing something to an event and people are going to remember it.
// Concern: nearly throwing a person out of the window (a joke about hurting someone); not felt like
// doing anything, sitting in with the telly on not watching it; "low. sorry. not much to report"; debts
// of so many grand and the phone never stops ringing; tried everything, still nothing, done trying.
// Look-alikes of our own are in test/domain/riskHundredAndSixthForms.test.ts. Normalised words ("i am"
// for "I'm", "can not" for "can't", "do not" for "don't", "ill" for "I'll", "because" for "cos").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|memoir|article`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|da|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|colleague|kid|kids|boy|girl|client|patient|student)s?|a friend|a mate|(?:he|she|they|hes|shes|theyre)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b`;
/** People at home or close by, who may hurt or be hurt. */
const HOME = String.raw`(?:brother|sister|dad|da|father|stepdad|step dad|mum|mam|mom|mother|stepmum|step mum|husband|wife|partner|boyfriend|girlfriend|fella|ex|ex partner|ex husband|ex wife|ex boyfriend|uncle|cousin|son|flatmate|housemate|landlord|other half|missus|mrs|fiance|fiancee|stepbrother|step brother|grandad|nan|brother in law|dad s girlfriend|mum s boyfriend|mam s boyfriend)`;
/** Little ones and pets, whose kicks are no abuse. */
const LITTLE = String.raw`little|baby|babies|toddler|bump|pregnan\w*|kid|kids|nephew|niece|dog|puppy|cat|kitten|horse|pony|cow`;

// --- Crisis: hurt by someone at home, said in the passive ---------------------------------------------
const BODY = String.raw`(?:ribs|rib|face|head|stomach|belly|back|chest|mouth|jaw|eye|nose|side|gut|kidneys|neck|throat|legs?|arms?|teeth|ear|head)`;
const HURT_BY = pattern`\b(?:got|get|gets|getting|was|been|being|have been|had been|keep getting|kept getting)? ?(?:kicked|punched|hit|slapped|stamped on|headbutted|head butted|battered|smacked|thumped|elbowed|kneed|booted|stamped|whacked|belted|leathered|strangled|choked) (?:me )?(?:in|on|across) (?:the|my) ${BODY} (?:again |last night |yesterday |today |tonight |this morning )?by (?:my|me|his|her|the) ${HOME}\b`;
const HURT_OUT = String.raw`\b(?:football|footy|rugby|hurling|gaa|hockey|match|game|training|sparring|boxing|kickboxing|karate|judo|taekwondo|mma|bjj|class|gym|pitch|ball|play fight\w*|playfight\w*|playing|wrestl\w*|messing|mucking|accident\w*|by accident|in (?:his|her|their) sleep|asleep|sleepwalk\w*|seizure|fit|dementia|alzheimer\w*|${LITTLE}|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: "it", going to be done, with nothing left but to get through something -----------------
const SOON = String.raw`(?:this week|this weekend|at the weekend|tonight|tomorrow|tomorrow night|soon|next week|on ${WEEKDAY}|${WEEKDAY}|after (?:the|my|this|tonight)(?: \w+){1,3}|before (?:the|my)(?: \w+){1,3}|on the \d+(?:st|nd|rd|th)?|when (?:the|my)(?: \w+){1,3})`;
const DO_IT_SOON = pattern`^(?:honestly |right |ok |okay |so |yeah |yes |i think |i have decided |decided )?(?:i am (?:going to|gonna|finally going to|definitely going to|really going to|actually going to)|i will|ill|i will finally|i am doing|i will be doing) (?:do )?it ${SOON}\b(?=.*\b(?:(?:just )?(?:need|have|got|want) to (?:get through|get past|finish|see|sort|say goodbye|say bye|get|wait|do)(?: \w+){0,5} first|it is sorted|all sorted|everything is sorted|it is decided|made my mind up|made up my mind|it is planned|all planned|nothing will stop me|no one will stop me|nobody will stop me|no going back|then it is done|then it is over|then that is it)\b)`;
const WHEN_DO_IT = pattern`^(?:and |so )?when (?:will|am|shall|should|would|do) i (?:going to )?do it\b(?: \w+){0,2}? (?:after|on|before|tonight|tomorrow|this|next|the|once|when|${WEEKDAY})\b(?=.*\b(?:it is sorted|all sorted|everything is sorted|sorted now|it is decided|decided|it is planned|all planned|planned it|made my mind up|made up my mind|no going back|it is set|date is set|set in stone)\b)`;
const DO_IT_OUT = String.raw`\b(?:i mean|i meant|application|applications|apply|applying|cv|cover letter|form|forms|course|training|test|exam|assignment|homework|interview|job|jobs|work search|journal|claim|tax return|paperwork|the move|move|moving|washing|shopping|hoover\w*|clean\w*|tidy\w*|garden|decorat\w*|paint\w*|wallpaper\w*|driving|drive|lesson|swim|run|gym|marathon|parkrun|diet|quit|quitting|smoking|vaping|booking|book it|ring|call|email|text|tell (?:him|her|them|my)|ask (?:him|her|them)|propos\w*|haircut|hair|tattoo|piercing|payment|pay|bill|rent|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: opening up the old cuts again -----------------------------------------------------------
const REOPEN = pattern`\b(?:keep|keeps|kept|been|have been|started|start|keep on|always|i|still|again) (?:re ?opening|opening(?: up)?|picking(?: at)?|tearing(?: open)?|ripping(?: open)?|pulling at|scratching(?: open)?|re ?opened|opened(?: up)?|picked(?: at)?|tore(?: open)?|ripped(?: open)?) (?:up )?(?:the |my |all the |these |those )?(?:old |new |fresh )?(?:scars|cuts|self harm scars|sh scars|wounds on my (?:arms?|legs?|thighs?|wrists?))\b(?=.*\b(?:heal|healing|healed|bleed\w*|blood|again|every night|on purpose|can not stop|plasters?|bandages?|sleeves|arms?|legs?|thighs?|wrists?)\b)`;
const REOPEN_OUT = String.raw`\b(?:talk\w*|therapy|therapist|counsell\w*|conversation|memories|memory|past|argument|feelings|emotional\w*|emotions|grief|history|relationship|family|dig up|digging up|rake up|raking up|dragging up|brings? up|bringing up|interview|questions|surgery|operation|op|c section|caesarean|scab|scabs|eczema|acne|spots|psoriasis|insect|bites|tattoo|piercing|dog|cat|knee|stitches|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: wishing I was dead, with a laugh or without -----------------------------------------------
const WISH_DEAD = pattern`(?:^|\b(?:i|and|just|still|keep|kept|been|am|always|constantly|basically|of)\b )(?:wishing|wish|wished|keep wishing) (?:that )?(?:i was|i were|i could be|i was just|i am|id be|i would be) (?:already |just )?dead\b(?! (?:tired|on my feet|lucky|early|happy|chuffed|excited|proud|jealous|nervous)\b)`;
const WISH_DEAD_OUT = String.raw`\b(?:embarrass\w*|cringe\w*|mortif\w*|humiliat\w*|hungover|hangover|hanging|dentist|wisdom|man flu|${FICTION})\b|${THIRD}`;

// --- Crisis: bringing something to a crowd that people will remember --------------------------------
const BRING_SOMETHING = pattern`\b(?:bringing|bring|taking|take|brought|carrying|carry) something (?:with me |special |big )?(?:to|into|in to|along to|down to) (?:the|that|my|this|tomorrow s|tomorrows) (?:\w+ ){0,3}?(?:and|so|then|because) (?:\w+ ){0,3}?(?:people|everyone|everybody|they|them all|all of them|the lot of them|nobody|no one|that place|the whole place)(?: there)? (?:are|is|will|s|are all|will all) (?:going to |gonna )?(?:remember it|remember this|remember that|remember the day|remember tomorrow|remember what|never forget|not forget|be sorry|regret|pay|know about it)\b`;
const BRING_OUT = String.raw`\b(?:remember me|remember my name|cake|cakes|cupcakes|biscuits|buns|brownies|treats|sweets|portfolio|cv|cvs|samples?|gift|present|flowers|speech|talk|presentation|demo|guitar|music|costume|outfit|dog|baby|kids|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: a joke about throwing a person out of the window ---------------------------------------
const PERSON = String.raw`(?:my (?:brother|sister|dad|da|mum|mam|mom|flatmate|housemate|boss|manager|partner|husband|wife|boyfriend|girlfriend|fella|kids|son|daughter|neighbour|neighbours|colleague|coworker|co worker|landlord|adviser|advisor|work coach|other half|missus)|the (?:boss|manager|interviewer|recruiter|landlord|neighbours?|guy|bloke|lad|woman|kids|husband|missus|fella|flatmate)|him|her|them|everyone|everybody)`;
const OUT_WINDOW = pattern`\b(?:nearly|almost|about to|ready to|could have|could|could easily|want to|wanted to|going to|gonna|tempted to|so close to|came close to|this close to|half tempted to|felt like) (?:throw|throwing|threw|thrown|chuck|chucking|chucked|lob|lobbed|launch|launched|hurl|hurled|yeet|yeeted|fling|flung|toss|tossed|boot|booted|push|pushed|shove|shoved)\b(?: [\w ]{0,60}?)? ${PERSON} (?:out (?:of )?(?:the|a|my|his|her) window|off (?:the|a) (?:balcony|roof|bridge|cliff)|down the stairs|into the (?:canal|river|sea)|in the (?:canal|river|sea))\b`;
const OUT_WINDOW_OUT = String.raw`\bbath ?water\b|\b(?:cat|dog|puppy|kitten|the baby|teddy|toy|toys|game|manual|rule ?book|rules|plan|plans|idea|ideas|advice|money|cash|${FICTION})\b|${THIRD}`;

// --- Concern: flat and stuck indoors ---------------------------------------------------------------
const NOTHING_DOING = pattern`^(?=.*\b(?:have not|has not|not|never|did not|do not|can not|could not|no) (?:really |even |much |properly |actually )?(?:felt like|feel like|fancied|fancy|had the energy for|had the energy to do|been arsed doing|been bothered doing|wanted to do|energy to do|motivation to do|motivation for) (?:doing )?(?:anything|much|owt|a thing|anything at all|nothing)\b)(?=.*\b(?:sitting (?:in the house|at home|on the sofa|on the couch|in my room|in bed|around|in)|sat (?:in the house|at home|on the sofa|on the couch|in my room|in bed|around|in)|lying in bed|laying in bed|in bed all day|stayed in bed|telly on|tv on|not (?:really )?watching it|staring at (?:the wall|the walls|the ceiling|the telly|the tv|my phone|the screen)|could not be bothered|can not be bothered|not be bothered|rubbish week|bad week|grim week|crap week|shit week|rough week|awful week|horrible week|not myself|not been myself)\b)`;
const NOTHING_OUT = String.raw`\b(?:(?:been|feeling|felt|was|am|really|quite|so|off) ill|flu|covid|cold|poorly|sick|virus|bug|tonsillitis|chest infection|migraine|hangover|hungover|knackered from|after the op|surgery|operation|injur\w*|broke my|broken|sprain\w*|holiday|heatwave|hot|heat|sunburn|lazy sunday|lazy weekend|pregnan\w*|newborn|baby|teething|jet lag|night shifts?|double shifts?|${FICTION}|${LAUGH})\b|${THIRD}`;

const LOW_SORRY = pattern`^(?:(?:feeling|feel|been|just|a bit|bit|pretty|quite|so|really|very|proper|still|honestly|tbh) )*(?:low|down|flat|numb|bleak|rough|crap|rubbish|shit|awful|terrible|horrible|miserable|empty|sad|not great|not good|not brilliant|struggling|not doing great|not doing well)(?: (?:today|again|tbh|honestly|really|still|lately|this week|at the minute|atm|at the moment))? (?:sorry|soz|apologies|sorry about that)\b(?=.*\b(?:not much|nothing(?: much)?|no news|no update|not a lot|nowt|nothing new|nothing really) (?:to (?:report|say|tell|update|share|add)|done|new|happening|progress|this week)\b)`;
const LOW_SORRY_OUT = String.raw`\b(?:battery|signal|wifi|connection|internet|data|credit|phone|tyre|tyres|petrol|fuel|ink|stock|cold|flu|(?:been|feeling|felt|was|am|really|quite|so|off) ill|sick|poorly|covid|bug|hungover|hangover|down with|down the|down to|${LAUGH})\b|${THIRD}`;

// --- Concern: debts of so many grand, and the calls that never stop ---------------------------------
const DEBT_WORD = String.raw`(?:debt|debts|owe|owing|arrears|catalogue|council tax|credit cards?|store card|overdraft|loans?|payday|klarna|bailiffs?|enforcement|ccj|ccjs|creditors|debt collectors?|collection agenc\w*|citizens advice|stepchange|step change|money advice|mabs|final demands?|red letters?)`;
const GRAND = String.raw`\d+(?: \d+)? ?(?:grand|k|thousand)`;
const DEBTS_AND_CALLS = pattern`^(?=.*\b${DEBT_WORD}\b)(?=.*\b(?:${GRAND}(?: \w+){0,2}? (?:all in|in total|altogether|all together|all told|total|owed|owing|of debt|in debt|in arrears|between them|and counting)|(?:owe|owing|total|debts? (?:is|are|of|come to|comes to)|list (?:is|was) longer than)(?: \w+){0,6}? ${GRAND}|(?:phone|phones|they|the calls|calls|letters) (?:does not|do not|will not|never|keeps|keep|has not|have not) (?:stop |stopped |stops )?(?:ringing|calling|coming)|(?:withheld|unknown|private) numbers? (?:ringing|calling|every|all day|constantly|nonstop|non stop))\b)(?=.*\b(?:${GRAND}|ringing|calling|withheld|unknown numbers?|private numbers?|letters|bailiffs?|final demands?)\b)`;
const DEBTS_OUT = String.raw`\b(?:salary|a year|per year|per annum|pa|an hour|per hour|a month|per month|wage|wages|pays|paying me|job offer|offer|saved|savings|saving|won|bonus|redundancy pay|deposit|mortgage offer|pension|inheritance|grant|bursary|course fees|recruiters?|agenc(?:y|ies)|interview|interviews|scam|scams|ppi|accident claim|paid off|cleared|clear it|debt free|all paid|client|clients|customers|debt advice (?:role|job|volunteer)|volunteer\w*|housing officer|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: tried everything and done trying ---------------------------------------------------------
const DONE_TRYING = pattern`^(?=.*\b(?:tried (?:everything|it all|all sorts|every \w+|all of it|the lot|all the \w+)|still nothing|nothing (?:works|is working|has worked|comes of it|ever comes of it|ever works|to show)|no luck|not a single (?:reply|interview|response|call back)|nothing back|same result|hundreds of applications|every job going)\b)(?=.*\b(?:(?:i am|i think i am|i feel|feel|feeling|just|im|honestly) (?:just |pretty much |basically |completely |totally |so |about |nearly |almost )?done (?:trying|with trying|bothering|with it all|with all of it)(?! (?:to|on|out|it on|new)\b)|(?:going to|gonna|might as well|may as well|about to|ready to|think i will|think ill) (?:just )?(?:stop trying|give up|pack it in|jack it in|stop bothering|stop looking)|no point (?:in )?(?:trying|bothering|carrying on|applying|going on)|what is the point(?: anymore| any more| of trying| of it)?|why (?:do i |should i |even )?bother)\b)`;
const DONE_TRYING_OUT = String.raw`\b(?:laptop|printer|phone|wifi|router|login|log in|password|app|website|portal|site|account|diet|baby|toddler|kids|son|daughter|recipe|bread|cake|game|level|puzzle|crossword|wordle|smoking|vaping|drinking|caffeine|sugar|chocolate|lent|clothes|suit|dress|shoes|jeans|fit|sleep|sleeping|eczema|skin|hair|weeds|garden|stain|mould|damp|cat|dog|${LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_SIXTH_WHOLE_SETS = [
  [unless(String.raw`\bby (?:my|me|his|her|the)\b`, HURT_OUT), [group('crisis', 'abuse or violence', [HURT_BY])]],
  [unless(String.raw`\bdo it\b`, DO_IT_OUT), [group('crisis', 'a plan to end their life', [DO_IT_SOON, WHEN_DO_IT])]],
  [unless(String.raw`\b(?:scars|cuts|wounds)\b`, REOPEN_OUT), [group('crisis', 'self-harm', [REOPEN])]],
  [unless(String.raw`\bdead\b`, WISH_DEAD_OUT), [group('crisis', 'wishes to be dead', [WISH_DEAD])]],
  [unless(String.raw`\bsomething\b`, BRING_OUT), [group('crisis', 'harm to someone else', [BRING_SOMETHING])]],
  [unless(String.raw`\b(?:window|balcony|roof|stairs|canal|river|sea)\b`, OUT_WINDOW_OUT), [group('concern', 'joked about hurting someone', [OUT_WINDOW])]],
  [unless(String.raw`\b(?:anything|much|owt|a thing|nothing)\b`, NOTHING_OUT), [group('concern', 'low mood', [NOTHING_DOING])]],
  [unless(String.raw`\b(?:sorry|soz|apologies)\b`, LOW_SORRY_OUT), [group('concern', 'low mood', [LOW_SORRY])]],
  [unless(String.raw`\b(?:grand|k|thousand|ringing|calling|withheld|unknown|private)\b`, DEBTS_OUT), [group('concern', 'money worries', [DEBTS_AND_CALLS])]],
  [unless(String.raw`\b(?:done|stop|give up|pack it in|jack it in|no point|what is the point|bother)\b`, DONE_TRYING_OUT), [group('concern', 'hopelessness', [DONE_TRYING])]],
] as const;
