// A plain mix weighted to the hardest kinds: the risk said in passing, politely, in code or as a
// practical question, with nothing in any one clause that reads as risk on its own.
// Crisis: a past attempt mentioned on the way to something else (the last time I tried I ended up in
// hospital, after my attempt last year, tried once and it did not work, sectioned after the bridge
// thing); the bus I hope does not stop, jealous of the people who have died, I would quite like to be
// finished now; planning my own funeral in my head, thinking about "it, you know, it"; a bare date
// ("sunday. that is all I will say", "the 28th, forget I said it", not planning on seeing the day
// after); savings moved to a child who has "more use for it than me", a stash nearly big enough, a
// note for everyone, sealed; bandages on the wrists, "I did not fall", months of not hurting myself
// and relapsed; knowing where someone lives, "just saying" or "he has got it coming" (a threat with
// a laugh stays "joked about hurting someone" in rules.ts unless laughTakenBack.ts knows the words
// that take the laugh back, so no set here tries it); a face in a state after the
// weekend, his fist was the door, it gets physical at home, loud and then not just loud,
// consequences if I am late home; a shelter or hostel asked about for tonight, emergency credit
// running out within the hour, a bench at the station for the night.
// Concern: out of the flat if no work by a month; borrowing off one to pay back another; used to love
// something and now cannot be bothered; someone who "wants slapping" or is getting a kettle to the
// head.
// Each rests on two parts of the message or a whole phrase, so it is read in the whole message and
// the classifier's training text is not rewritten. Look-alikes of our own (theory tests, diets, a
// skiing accident, a funeral plan paid up, a film's fourth part, chocolate stashed for christmas,
// thank you notes, a netball sprain, a rugby match that got physical, a youth hostel for a walking
// trip, a rug that wants beating) are in test/domain/riskEightySixthForms.test.ts. Normalised words ("ill",
// "id", "whove", "there is").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless, WEEKDAY } from './wholeMessageSets.ts';

const PEOPLE = String.raw`mum|mom|mam|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|housemate|partner|husband|wife|boyfriend|girlfriend|colleague|boss`;
/** Someone else's doing, said of them: "my brother tried", "she was sectioned". */
const THIRD = String.raw`\b(?:my (?:${PEOPLE})s?|a (?:friend|mate|lad|guy|bloke|woman|man|girl) (?:i|of mine|from|at|on)|he|she|they|hes|shes|theyre|his|their) (?:was|is|were|had|has|could|can|took|got|said|says|tried|will|would|ended|used|went|wrote|moved|relapsed|lost|fell|did)\b`;
const FICTION = String.raw`film|movie|book|novel|show|series|episode|game|gaming|character|soap|play|panto|song|lyrics|news|documentary|podcast|drama|netflix|sims|witcher|fifa|gta`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const DAY_OF_MONTH = String.raw`(?:the )?\d{1,2}(?:st|nd|rd|th)(?: of ${MONTH})?`;

// --- Crisis: a past attempt said in passing ------------------------------------------------------
const HOSPITAL = String.raw`(?:hospital|a e|a and e|icu|intensive care|resus|a psych ward|the psych ward|psych|a psychiatric (?:ward|unit|hospital)|a mental health unit|the ward|a ward|a unit|a coma)`;
const TRIED = String.raw`(?:tried|attempted|had a go|had a go at it|did it|tried it|went through with it|took the pills|took the tablets|took an overdose|overdosed|od d|took too many)`;
/** "last time I tried I ended up in hospital", "had a go at it in march, ended up in a e". */
const TRIED_THEN_HOSPITAL = pattern`\b(?:last time|the last time|the time|the first time|when|after|since|once|before|back when|that time) i (?:\w+ )?${TRIED}\b(?! (?:to|for|at|on|with|the|a|an|out|some|my|it on|again)\b)(?: \w+){0,6}? (?:i )?(?:ended up|woke up|landed|was kept|was taken|got taken|was rushed|got rushed|was put|got put|spent (?:\w+ ){1,3}|was|got) (?:up )?(?:in|into|to|on) ${HOSPITAL}\b|\b(?:i )?(?:had a go|had a go at it|tried|attempted|did it)(?: once| before| last time)? (?:in|back in|last) (?:${MONTH}|year|summer|winter|spring|autumn|christmas)\b(?: \w+){0,3}? (?:and )?(?:ended up|woke up|landed|was kept|spent (?:\w+ ){1,3}) (?:in|on) ${HOSPITAL}\b`;
/** "after my attempt last year", "since my attempt", "my suicide attempt". */
const MY_ATTEMPT = pattern`\b(?:after|since|before|following|from|because of|with|about|explain|explaining|mention|mentioning|during|recovering from|survived) my (?:last |first |second |previous |suicide |overdose |)attempts?\b(?! (?:at|on|to|of|with|for|and|was a|is)\b| in (?!(?:the )?(?:spring|summer|autumn|winter|${MONTH}|\d{4})\b))|\bmy (?:suicide|overdose|od) attempts?\b`;
/** "i did try once, few years back. did not work", "tried once and they found me". */
const TRIED_ONCE_FAILED = pattern`\bi (?:did |have |had )?(?:try|tried|attempt|attempted)(?: it)? (?:once|before|the once|one time)\b(?: \w+){0,4}? (?:did not work|it did not work|did not take|failed|was not enough|they found me|someone found me|got found|woke up|survived)\b`;
/** "when I was sectioned after the bridge thing". */
const SECTIONED_AFTER = pattern`\b(?:i was|i got|i have been|i had been|when i was|after i was|since i was|been) sectioned\b(?: \w+){0,3}? (?:after|because of|for|following|over) (?:the|my|that|what happened (?:at|on|with) the) (?:bridge|overdose|od|pills|tablets|rope|attempt|car park|tracks|train|river|canal|cliff|cliffs|roof|cutting|\w+ thing)\b`;
/** Someone else's attempt or stay: "my brother tried", "she was sectioned". */
const THEIR_ATTEMPT = String.raw`\b(?:my (?:${PEOPLE})s?|a (?:friend|mate|lad|guy|bloke|woman|man|girl) (?:i|of mine|from|at|on)|he|she|they|hes|shes|theyre) (?:tried|attempted|was sectioned|were sectioned|got sectioned|has been sectioned|ended up|took|overdosed|had a go|did it)\b|\b(?:his|her|their) (?:\w+ )?attempts?\b`;
const ATTEMPT_OUT = String.raw`\b(?:test|tests|exam|exams|driving|theory|practical|recipe|bak\w*|cake|bread|sourdough|ski\w*|snowboard\w*|skat\w*|climb\w*|bike|cycling|horse|riding|trampoline|surf\w*|diet|dieting|ivf|pregnan\w*|labour|induc\w*|giving birth|allerg\w*|reaction|food poisoning|curry|oysters|shellfish|peanuts?|vape|drug test|keto|fast\w*|marathon|run|running|football|rugby|match|gym|boxing|course|module|application|interview|world record|record|swim\w*|ladder|broke|broken|fracture\w*|sprain\w*|stitches|appendix|op|operation|surgery|smoking|quit|vap\w*|world|${FICTION}|${LAUGH})\b|${THEIR_ATTEMPT}`;

// --- Crisis: polite wishes to be dead, thoughts in code ------------------------------------------
const VEHICLE = String.raw`(?:the|a|some) (?:bus|train|lorry|truck|car|van|tram|tube)`;
const BUS_NOT_STOP = pattern`\bi (?:hope|wish|pray|half hope|sort of hope|kind of hope) (?:that )?${VEHICLE} (?:just )?(?:does not|will not|would not|did not|does not ever|never) (?:stop|brake|see me)\b(?! (?:at|for|in|on|so|till|until|before|near|outside|by|every|again)\b)|\bi (?:hope|wish|pray|half hope|sort of hope|kind of hope) (?:that )?${VEHICLE} (?:just )?(?:hits|hit|runs over|run over|takes out|would hit|will hit|knocks down|mows down) me\b`;
const BUS_OUT = String.raw`\b(?:strike|late|delay\w*|diversion|cancel\w*|timetable|full|driver|route|stop at|stops at|bus stop|station|connection|${FICTION}|${LAUGH})\b|${THIRD}`;

const JEALOUS_OF_DEAD = pattern`\b(?:jealous|envious) of (?:the )?(?:people|those|the ones|anyone|everyone|folk|folks|anybody)(?: who| that)?(?: have| ve|ve)? (?:died|passed|passed away|are dead|got to die|are gone)\b(?! (?:their|his|her|my|your|it|them|the|a|an|exams?|tests?)\b)|\b(?:whove|thatve) (?:died|passed|passed away)\b(?=.*\b(?:jealous|envious|envy)\b)|\b(?:jealous|envious) of (?:the )?dead\b|\bi envy (?:the )?dead\b`;
const JEALOUS_OUT = String.raw`\b(?:famous|money|estate|inheritance|will|fortune|career|legacy|${FICTION}|${LAUGH})\b|${THIRD}`;

const LIKE_TO_BE_FINISHED = pattern`\b(?:id|i would|i should) (?:quite |really |very much |honestly |just |rather |genuinely )?(?:like|love|prefer|rather) (?:to )?(?:be finished|be gone|be dead|not be here|not be here anymore|be done with (?:life|living|it all|everything|this life|being alive))\b(?! (?:with|by|for|at|in|on|before|after|early|off)\b)`;
const FINISHED_OUT = String.raw`\b(?:session|chat|call|meeting|work|shift|today|for the day|interview|form|forms|application|course|job|task|list|essay|exam|week|month|term|season|assessment|appointment|dinner|meal|washing|ironing|cleaning|painting|decorating|house|kitchen|move|moving|holiday|retir\w*|by \d|o clock|not (?:gonna|going to) do (?:anything|it)|would never|not going to act|${FICTION}|${LAUGH})\b|${THIRD}`;

const PLAN_MY_FUNERAL = pattern`${NOT_BEFORE}\b(?:i |sometimes i |i keep |i end up |i catch myself |catch myself )?(?:plan|planning|planned|picture|picturing|imagine|imagining|think about|thinking about|daydream about|daydreaming about|organis\w*|organiz\w*|choose|choosing|pick|picking|write|writing) (?:out )?(?:the songs for |the music for |who comes to |who would come to )?my (?:own )?funeral\b(?! (?:plan|insurance|policy|costs?|fund|payments?|director)\b)`;
const FUNERAL_OUT = String.raw`\b(?:paid|prepaid|pre paid|insurance|policy|co op|coop|plan payments|direct debit|solicitor|will|cost|costs|price|quote|funeral director|undertak\w*|celebrant|job|course|role|work|${FICTION}|${LAUGH})\b|${THIRD}`;

const IT_YOU_KNOW = pattern`^(?=.*\bi (?:think|keep thinking|have been thinking|been thinking|was thinking|think a lot) (?:about|of) it\b)(?=.*\byou know\b(?: \w+)? (?:it|the thing|that thing|what|the one)\b)(?=.*\b(?:more than i should|a lot|all the time|every day|most days|too much|lately|every night|constantly|more and more)\b)`;
const IT_OUT = String.raw`\b(?:job|offer|role|move|moving|holiday|house|flat|car|interview|application|career|college|uni|degree|course|baby|wedding|tattoo|quitting|retir\w*|business|dog|puppy|van|money|trip|abroad|apply|applying|training|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: a bare date -------------------------------------------------------------------------
const DATE_WORD = String.raw`(?:(?:on |this |next )?${WEEKDAY}|${DAY_OF_MONTH}|(?:on )?${MONTH} (?:the )?\d{1,2}(?:st|nd|rd|th)?|tonight|tomorrow|friday night|this weekend)`;
const BARE_DATE_CODE = pattern`^(?:it is |its |it will be |so |well |right )?${DATE_WORD}\b(?: \w+){0,3}? (?:that is all (?:i will|ill|i am going to|im going to|i am gonna) say|that is all i am saying|that is all i will say|forget i said (?:it|that|anything)|it is just a date|just a date|say no more|i will say no more|do not ask)\b`;
const NOT_SEEING_NEXT = pattern`\bi (?:do not|am not|did not) (?:plan|planning|intend|intending|expect|expecting|mean|want) (?:on |to )?(?:seeing|see|making it to|make it to|being here for|be here for|being around for|be around for|reaching|reach|getting to|get to|waking up on|wake up on|living to see|live to see) (?:the \d{1,2}(?:st|nd|rd|th)|${WEEKDAY}|my (?:next )?birthday|next (?:week|month|year|christmas|birthday)|christmas|new year|the new year|\d{2})\b(?! (?:film|movie|season|series|episode|part|match|game|concert|gig|play|of)\b)`;
const DATE_OUT = String.raw`\b(?:club|quiz|bingo|darts|pool|pub|karaoke|night out|date night|surprise|party|interview|appointment|delivery|deadline|start|starting|payday|paid|pay day|wedding|gig|concert|match|game|film|movie|season|series|episode|sequel|doctor|gp|dentist|shift|rota|court|hearing|exam|test|booked|booking|training|induction|spoiler|spoilers|guess|quiz|holiday|trip|flight|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: preparations ------------------------------------------------------------------------
const GIVEN_AWAY_MORE_USE = pattern`^(?=.*\b(?:moved|transferred|put|gave|given|signed|signed over|handed over|giving away|gave away|left|sent|paid)\b(?: \w+)? (?:all )?(?:of )?my (?:savings|money|car|stuff|things|belongings|jewellery|records|guitar|pension|bank account|account|watch|rings?|tools)\b)(?=.*\b(?:more use for (?:it|them|the money|that) than (?:me|i do|i have|i will)|need (?:it|them) more than (?:me|i do|i will)|i (?:will not|am not going to) (?:need|be needing) (?:it|them|any of it|it anymore|them anymore)|no use (?:to|for) me (?:now|anymore|where i am going))\b)`;
const GIVEN_OUT = String.raw`\b(?:deposit|wedding|uni|university|tuition|gift|tax|isa|birthday|christmas|licence|license|driving|drive|bike|spare|second hand|outgrown|upgrade|upgraded|new one|bought a new|student|first car|house|mortgage|${FICTION}|${LAUGH})\b|\b(?:my (?:${PEOPLE})s?|he|she|they) (?:moved|transferred|put|gave|has given|signed|handed|left|sent|paid)\b`;

const STASH_NEARLY = pattern`\bmy (?:stash|stockpile|supply|hoard|pile)(?: of (?:pills|tablets|meds|painkillers|paracetamol|co codamol|sleeping pills|sleepers))? (?:is )?(?:nearly|almost|finally|now|just about|very nearly) (?:big enough|enough|there|complete|ready)\b(?! (?:for|to|in|on|at|by)\b)|\b(?:saved|stockpiled|collected|hoarded|kept back|put away|got) (?:up )?(?:nearly |almost |finally |just about )?enough (?:pills|tablets|meds|painkillers|paracetamol|co codamol|sleeping pills|sleepers)\b(?! (?:for (?:the|my|a) (?:week|month|holiday|trip|flight|weekend)|to last)\b)`;
const STASH_OUT = String.raw`\b(?:sweets|chocolate|snacks?|yarn|wool|fabric|books|games|lego|cards|tea|booze|seeds|savings|wine|beer|cans|christmas|halloween|easter|party|holiday|trip|weed|crisps|biscuits|money|cash|${FICTION}|${LAUGH})\b|${THIRD}`;

const NOTES_SEALED = pattern`^(?=.*\b(?:wrote|written|writing|left|finished|done|did) (?:everyone|everybody|each of them|all of them|them all|the kids|my kids|my family|the family|each of my \w+) (?:a |their |each |one |my |a little )?(?:notes?|letters?)\b)(?=.*\b(?:sealed|goodbye|in the drawer|for after|when i am gone|feels strange|feels weird|feels final|feels odd|feels right|ready now|in envelopes|addressed|just in case)\b)`;
const NOTES_OUT = String.raw`\b(?:thank you|thanks|christmas|cards?|birthday|wedding|invites?|invitations?|leaving do|teacher|pen pal|postcards?|valentine\w*|school|homework|reference|cover letter|sick note|shopping|revision|lesson|exam|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: hidden self-harm --------------------------------------------------------------------
const BANDAGED_WRISTS = pattern`${NOT_BEFORE}\b(?:bandages?|plasters?|dressings?|steri strips|gauze|wraps?)\b(?: \w+){0,8}? (?:on|round|around|over|up) (?:my|both my|both) (?:wrists?|forearms?|arms?|thighs?)\b|\b(?:got|have|wearing|with) (?:a few|some|loads|several|a couple) (?:on|round|around) (?:my|both) (?:wrists?|forearms?|thighs?)\b(?=.*\b(?:bandages?|plasters?|dressings?|cuts?|marks)\b)`;
const BANDAGE_OUT = String.raw`\b(?:burn|burns|burnt|burned|oven|kitchen|chef|cat|cats|kitten|dog|puppy|scratch\w*|fell|fall|tattoo\w*|surgery|operation|op|carpal|sprain\w*|tendon\w*|rsi|strain\w*|broke|broken|fracture\w*|cast|splint|blood test|cannula|drip|eczema|rash|hives|wasp|bee|sting|glass|knife slipped|gardening|brambles|thorns|roses|boxing|climbing|gym|lifting|wrist supports?|support|brace|bike|skateboard|football|rugby|${FICTION}|${LAUGH})\b|${THIRD}`;

const DID_NOT_FALL = pattern`^(?=.*\b(?:fell|fall|walked into|bumped into|tripped|clumsy|the door|the stairs)\b)(?=.*\b(?:i did not (?:really |actually )?(?:fall|trip|walk into (?:it|a door|the door)|bump into)|i am not (?:really |actually )?clumsy|not really clumsy|did not fall really|was not an accident|not an accident|it was not the door)\b)`;
const FALL_OUT = String.raw`\b(?:pushed me|jumped|dived|i slipped|ice|icy|snow|wet floor|ladder|bike|skate\w*|ski\w*|football|rugby|match|${FICTION})\b|${THIRD}`;

const HARM_FREE_RELAPSED = pattern`^(?=.*\b(?:relapsed|relapse|back to (?:day|square) (?:1|one|zero|0)|broke (?:my|the) streak|ruined it|slipped up|did it again|started again|all gone|reset)\b)(?=.*\b(?:not (?:hurting|harming|cutting|burning) myself|self harm free|sh free|clean from (?:cutting|self harm|sh)|without (?:hurting|harming|cutting|burning) myself)\b)`;
const RELAPSE_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: harm to someone, hinted at -----------------------------------------------------------
const KNOW_WHERE = pattern`^(?=.*\bi know where (?:he|she|they|my (?:old |ex |former )?(?:manager|boss|ex|landlord|supervisor|neighbour|partner|husband|wife|boyfriend|girlfriend|stepdad|dad|team leader)|the (?:manager|boss|landlord|supervisor) |that (?:guy|bloke|man|woman|lad|prick|idiot) )\w* ?(?:lives|drinks|works|parks|sleeps|goes|hangs out|gets the bus|drinks|live|drink|work)\b)(?=.*\b(?:just saying|got it coming|has it coming|is got it coming|deserves it|deserves (?:everything|whats coming|what is coming)|watch (?:his|her|their) back|say no more|remember that|that is all i am saying|no but really)\b)`;
const KNOW_OUT = String.raw`\b(?:parcel|drop off|drop it|drop them|pick up|lift|deliver\w*|return|post|card|present|visit|pop round|keys|invite|party|surprise|reference|cv|${FICTION})\b`;

// --- Crisis: abuse said in passing ---------------------------------------------------------------
const FACE_A_STATE = pattern`\bmy (?:face|eye|eyes|lip|nose|neck|cheek|jaw|ribs|arms?) (?:is|are|looks?|still looks?) (?:a bit of a |a bit of |a |in a |bit of a |bit of |still a |still a bit of a |such a |in a bit of a |a right )?(?:state|mess|wreck|sight)\b(?: \w+){0,3}? (?:after|since|from) (?:${WEEKDAY}|${WEEKDAY} night|last night|the weekend|the other night|what happened|the row|the argument|him|he)\b`;
const FACE_OUT = String.raw`\b(?:dentist|dental|teeth|tooth|wisdom|surgery|operation|op|fell|fall|fallen|tripped|night out|drunk|drinking|hangover|hungover|party|festival|wedding|stag|hen|drinks|pub|club|match|rugby|football|boxing|sparring|training|sunburn\w*|sun|beach|allerg\w*|reaction|botox|fillers?|stung|sting|wasp|bee|crying|cried|tears|tattoo|skin|acne|spots|peel|facial|wax\w*|eyebrows?|brows|threading|tan|make ?up|hay ?fever|cold sore|chicken pox|bike|crash|accident|${FICTION}|${LAUGH})\b|${THIRD}`;

const FIST_WAS_DOOR = pattern`\b(?:his|her|their|my (?:partners|husbands|wifes|boyfriends|girlfriends|exs|dads|stepdads))(?: \w+)? (?:fist|hand|boot|foot|knuckles|head|elbow) (?:was|were) the (?:door|wall|cupboard|floor|stairs|table|doorframe)\b|\bthe (?:door|wall|cupboard|stairs|table|doorframe) (?:was|were) (?:his|her|their) (?:fist|hand|boot|foot|knuckles|elbow)\b`;
const FIST_OUT = String.raw`\b(?:${FICTION})\b`;

const GETS_PHYSICAL = pattern`^(?=.*\b(?:at home|with him|with her|around him|around her|my partner|my husband|my wife|my boyfriend|my girlfriend|he|she|watch what i say)\b)(?=.*\b(?:or|otherwise|else|before|when|then|and) (?:it|things|he|she) (?:gets|get|got|turns|turned|goes|went|getting|starts getting|can get) (?:physical|violent|nasty and physical|handsy|rough)\b)`;
const LOUD_NOT_JUST = pattern`\b(?:things|it|he|she|they|stuff) (?:got|gets|get|went|go|were getting) loud\b(?: \w+){0,4}? (?:not just loud|more than loud|worse than loud|then physical|and then physical|and then worse|then it was not just)\b`;
const HOME_OUT = String.raw`\b(?:job|work|shift|role|warehouse|labour|labouring|gym|match|game|sport|rugby|football|training|physio|therapy|exam|medical|check ?up|dog|puppy|kids|children|siblings|brothers|sisters|play fight\w*|party|neighbours|music|gig|concert|pub|club|crowd|fans|protest|meeting|debate|${FICTION}|${LAUGH})\b|\b(?:my (?:mum|mom|mam|dad|brother|sister|friend|mate|son|daughter|cousin|neighbour|flatmate|housemate|colleague|boss)s? (?:and|says|said|is|was|has))\b`;

const LATE_HOME_CONSEQUENCES = pattern`\bif i (?:am|get|come|go|got|was|walk in|arrive)(?: back)? (?:home late|late home|late back|back late|in late|late)\b(?: \w+){0,3}? (?:(?:there is|there are|there will be|there be|it is) (?:consequences|hell to pay|a price to pay|trouble)|i (?:get|will get|will be|am|get the) (?:punished|the silent treatment|silent treatment|it in the neck)|i (?:will |really )?pay for it|ill pay for it)\b`;
const LATE_OUT = String.raw`\b(?:work|boss|manager|shift|school|college|uni|class|teacher|fine|fee|fees|nursery|childminder|after school|parking|train|bus|mum|mam|dad|parents|curfew|grounded|dog|cat|puppy|kids|babysitter|sitter|landlord|${FICTION}|${LAUGH})\b`;

// --- Crisis: nowhere tonight, asked as a practical question --------------------------------------
const SHELTER_TONIGHT = pattern`^(?=.*\b(?:night shelters?|shelters?|hostels?|emergency (?:accommodation|housing|bed|beds)|a bed for the night|somewhere (?:to (?:stay|sleep|kip|go)|for (?:me|us|us both|us all|the night|tonight|me and)))\b)(?=.*\b(?:asking for tonight|for tonight|tonight|for us both tonight|right now|this evening)\b)`;
const SHELTER_OUT = String.raw`\b(?:hotels?|b and b|bnb|airbnb|travelodge|premier inn|guest ?house|cheap room|near the interview|for the interview|volunteer\w*|job|jobs|shift|shifts|work at|working at|working|vacancy|vacancies|apply|applying|role|support worker|animal|rescue|adopt\w*|donat\w*|collecting|charity|fundrais\w*|bus shelter|backpack\w*|travel\w*|trip|booked|booking|hostelworld|youth hostel|festival|gig|holiday|weekend away|interrail|tent|storm|rain|horror|films|movies|marathon|my (?:mate|friend|brother|sister|son|daughter|cousin) (?:needs|is|has)|${FICTION}|${LAUGH})\b|${THIRD}`;

const EMERGENCY_CREDIT_OUT = pattern`\b(?:on|onto|into|using|used|down to) (?:the |my )?emergency (?:credit|electric|gas|top up)\b(?: \w+){0,8}? (?:runs out|run out|running out|will run out|goes|gone|ends|will be gone|is gone) (?:in (?:about |an |a |half |less than |under |\d+ |like )*(?:hour|hours|minutes|mins|min)|tonight|today|any minute|soon)\b|\bemergency (?:credit|electric|gas)\b(?: \w+){0,4}? (?:runs out|run out|running out|will run out|goes|ends) (?:in (?:about |an |a |half |less than |under |\d+ |like )*(?:hour|minutes|mins|min)|tonight)\b`;
const CREDIT_OUT = String.raw`\b(?:topped up|top it up|sorted|paid|fixed|job|work|customer|customers|call centre|engineer|${FICTION}|${LAUGH})\b|${THIRD}`;

const BENCH_FOR_NIGHT = pattern`^(?=.*\bi am (?:on|in|at|under|sleeping on|sleeping in|kipping on|kipping in|sat on|sitting on|sitting in|stuck at|stuck on) (?:a|the) (?:bench|doorway|park|station|bus station|train station|car|tent|stairwell|underpass|bus shelter|multi storey|car park)\b)(?=.*\b(?:for one night|one night|the night|for the night|tonight|get moved on|moved on|sleep here|kip here|overnight|till morning)\b)`;
const BENCH_OUT = String.raw`\b(?:waiting for (?:the|a|my) (?:train|bus|lift|taxi|coach)|train (?:is|was) (?:delayed|cancelled)|festival|camping|holiday|trip|night shift|stake ?out|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern -------------------------------------------------------------------------------------
const OUT_OF_FLAT_IF_NO_WORK = pattern`\bif i (?:do not|can not|cannot|have not|haven t) (?:find|get|land|start|found|got) (?:a job|work|a new job|something|anything|a role|a placement|hours|more hours)\b(?: \w+){0,4}? (?:i am|ill be|i will be|we are|we will be|i would be|we would be) (?:out of (?:the|my|our|this) (?:flat|house|home|place|room|bedsit)|out on (?:the|my) (?:street|streets|ear)|homeless|evicted|losing (?:the|my|our) (?:flat|house|home|place))\b`;
const OUT_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}`;

const BORROW_TO_PAY_BACK = pattern`\b(?:borrow|borrowing|borrowed|lending|loan|took a loan|taking a loan|got a loan|getting a loan) (?:\w+ ){0,3}?(?:off|from) (?:my |a |the |one |another )?(?:\w+ ){0,2}?to (?:pay (?:back|off)|repay|clear|cover) (?:my |the |a |an |another |what i owe (?:to )?(?:my )?)?(?:\w+ )?(?:${PEOPLE}|loan|debt|card|credit card|overdraft|rent|bills?|arrears|landlord|another|the other|someone|him|her|them|catalogue|klarna)s?\b|\bi (?:am |have been |keep |was )?(?:always |just |still )?robbing peter to pay paul\b`;
const BORROW_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}`;

const USED_TO_LOVE_NOW_NOT = pattern`\b(?:i )?used to (?:love|enjoy|like|live for|be into|be mad about|look forward to)\b(?: \w+){1,5}? (?:now|but now|these days|nowadays|lately|and now) (?:i )?(?:can not be bothered|cannot be bothered|do not care|do not enjoy (?:it|anything)|feel nothing|can not face it|cannot face it|could not care less|it does nothing|it does nothing for me|nothing)\b`;
const LOVE_OUT = String.raw`\b(?:club|team|manager|owners|relegat\w*|prices|tickets|sky|var|subscription|price|expensive|boring|rubbish|sold|new series|version|app|update|recipe|changed|since they|since the|grew out|outgrown|${FICTION}|${LAUGH})\b|${THIRD}`;

const WANTS_SLAPPING = pattern`\b(?:he|she|they|(?:that|this|the|my) (?:\w+ )?\w+|someone|somebody|whoever|him|her) (?:wants|want|needs|need|deserves|deserve) (?:a good |a proper |a |some )?(?:slapping|slap|punching|punch in the face|smack|smacking|decking|battering|throttling|kicking|hiding|thump|thumping|strangling|clip round the ear|shake)\b`;
const SLAP_OUT = String.raw`\b(?:rug|carpet|mat|duvet|pillow|cushion|dough|bread|nail|ball|tree|bag|pad|pads|drum|eggs|bottle|ketchup|sauce|machine|telly|tv|vending|printer|laptop|computer|phone|dog|puppy|cat|kid|kids|baby|child|${FICTION})\b`;

const KETTLE_TO_HEAD = pattern`\b(?:is getting|getting|gets|will get|is gonna get|is going to get|will be getting|going to get) (?:a |the |my |this )?(?:\w+ )?(?:kettle|frying pan|pan|brick|chair|bottle|hammer|bat|fist|boot|shoe|remote|plate|mug|book|slap|punch|rolling pin|stapler|brolly|umbrella) (?:to|round|in|across|over) (?:the|his|her|their) (?:head|face|nose|teeth|jaw|skull|chops)\b`;
const KETTLE_OUT = String.raw`\b(?:${FICTION}|ball|football|cricket|rugby)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const EIGHTY_SIXTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:tried|attempt\w*|had a go|did it|try|overdosed|took|sectioned)\b`, ATTEMPT_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [TRIED_THEN_HOSPITAL, MY_ATTEMPT, TRIED_ONCE_FAILED, SECTIONED_AFTER])]],
  [unless(String.raw`\b(?:bus|train|lorry|truck|car|van|tram|tube)\b`, BUS_OUT), [group('crisis', 'wishes to be dead', [BUS_NOT_STOP])]],
  [unless(String.raw`\b(?:died|dead|passed)\b`, JEALOUS_OUT), [group('crisis', 'wishes to be dead', [JEALOUS_OF_DEAD])]],
  [unless(String.raw`\b(?:finished|gone|dead|not be here|done with)\b`, FINISHED_OUT), [group('crisis', 'wishes to be dead', [LIKE_TO_BE_FINISHED])]],
  [unless(String.raw`\bfuneral\b`, FUNERAL_OUT), [group('crisis', 'thoughts of suicide', [PLAN_MY_FUNERAL])]],
  [unless(String.raw`\byou know\b`, IT_OUT), [group('crisis', 'thoughts of suicide', [IT_YOU_KNOW])]],
  [unless(String.raw`\b(?:that is all|forget i said|just a date|say no more|do not ask|plan|planning|intend|expect|mean|want)\b`, DATE_OUT), [group('crisis', 'a plan to end their life', [BARE_DATE_CODE, NOT_SEEING_NEXT])]],
  [unless(String.raw`\b(?:more use|need (?:it|them) more|need it|need them|needing|no use)\b`, GIVEN_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [GIVEN_AWAY_MORE_USE])]],
  [unless(String.raw`\b(?:stash|stockpile|supply|hoard|pile|enough)\b`, STASH_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [STASH_NEARLY])]],
  [unless(String.raw`\b(?:notes?|letters?)\b`, NOTES_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [NOTES_SEALED])]],
  [unless(String.raw`\b(?:wrists?|forearms?|arms?|thighs?)\b`, BANDAGE_OUT), [group('crisis', 'self-harm', [BANDAGED_WRISTS])]],
  [unless(String.raw`\b(?:did not|not really|not an accident|not the door|am not)\b`, FALL_OUT), [group('crisis', 'self-harm', [DID_NOT_FALL])]],
  [unless(String.raw`\bmyself\b|\b(?:sh|self harm) free\b|\bclean from\b`, RELAPSE_OUT), [group('crisis', 'self-harm', [HARM_FREE_RELAPSED])]],
  [unless(String.raw`\bi know where\b`, KNOW_OUT), [group('crisis', 'harm to someone else', [KNOW_WHERE])]],
  [unless(String.raw`\b(?:state|mess|wreck|sight)\b`, FACE_OUT), [group('crisis', 'abuse or violence', [FACE_A_STATE])]],
  [unless(String.raw`\b(?:fist|hand|boot|foot|knuckles|elbow)\b`, FIST_OUT), [group('crisis', 'abuse or violence', [FIST_WAS_DOOR])]],
  [unless(String.raw`\b(?:physical|violent|handsy|rough|loud)\b`, HOME_OUT), [group('crisis', 'abuse or violence', [GETS_PHYSICAL, LOUD_NOT_JUST])]],
  [unless(String.raw`\bif i\b`, LATE_OUT), [group('crisis', 'coercive control', [LATE_HOME_CONSEQUENCES])]],
  [unless(String.raw`\b(?:shelters?|hostels?|emergency|bed for the night|somewhere)\b`, SHELTER_OUT), [group('crisis', 'no safe place, food or power tonight', [SHELTER_TONIGHT])]],
  [unless(String.raw`\bemergency\b`, CREDIT_OUT), [group('crisis', 'no safe place, food or power tonight', [EMERGENCY_CREDIT_OUT])]],
  [unless(String.raw`\bi am (?:on|in|at|under|sleeping|kipping|sat|sitting|stuck)\b`, BENCH_OUT), [group('crisis', 'no safe place, food or power tonight', [BENCH_FOR_NIGHT])]],
  [unless(String.raw`\bif i\b`, OUT_OUT), [group('concern', 'may lose their home', [OUT_OF_FLAT_IF_NO_WORK])]],
  [unless(String.raw`\b(?:borrow\w*|lending|loan|robbing)\b`, BORROW_OUT), [group('concern', 'money worries', [BORROW_TO_PAY_BACK])]],
  [unless(String.raw`\bused to\b`, LOVE_OUT), [group('concern', 'low mood', [USED_TO_LOVE_NOW_NOT])]],
  [unless(String.raw`\b(?:wants|want|needs|need|deserves|deserve)\b`, SLAP_OUT), [group('concern', 'joked about hurting someone', [WANTS_SLAPPING])]],
  [unless(String.raw`\b(?:head|face|nose|teeth|jaw|skull|chops)\b`, KETTLE_OUT), [group('concern', 'joked about hurting someone', [KETTLE_TO_HEAD])]],
];
