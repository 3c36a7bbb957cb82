// People made redundant after long careers often speak of their own death in the office words they
// used for years, and of their losses in clipped, formal asides. This file reads those kinds.
// Crisis: wanting to be "sunset", "decommissioned" or "switched off", "me included"; "closing the
// book myself", or rather "the book just closed"; a retirement, exit or leave "of the permanent
// kind"; thinking of "signing off" or "logging off" for good; the failure mode being "me,
// deliberately"; "the thoughts" that will not go away, said alone; a place named with "keep going up
// there"; a medicine or a drop that "would do it"; "it is scheduled, i will not say more"; a day, a
// place and "done"; the railway line named with a time; "got it all timed: the car, the place";
// the will updated "like writing handover notes"; "going to get" a manager "properly"; "someone at
// that office will get hurt"; being "knocked about" at home; a partner who makes them ring in sick
// or bars them from working near men; the sofa gone and out in the rain.
// Concern: a jest of battering, burning down or running over the bosses, a joked threat whether or
// not the laughter is typed; "obsolete", "surplus to requirements", "on the scrap heap" said of
// themselves; "used to be proud of me"; nothing left anyone would pay for; codeine or wine "to get
// up" or "to get down"; "had a few before this"; the off licence knowing their name; money that
// covers the mortgage "until april, then i do not know"; the neighbours told "we are downsizing";
// "in the red every month" said alone; juggling bills till "something will give"; sleeping three
// hours; only "you and the radio"; friends who were all work friends; dropped off everyone's radar;
// eating alone in the car so as not to sit with the family; "at capacity, over it"; "another grey
// day in a grey week".
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFiftyFirstForms.test.ts. Normalised words ("we're" is "were").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`\b(?:novel|sequel|author|kindle|series|episode|film|movie|game|play|reading|book club|audiobook|chapter \d+)\b`;

// --- Crisis -------------------------------------------------------------------------------------
const SHUT_DOWN = String.raw`(?:sunset|sunsetted|decommissioned|switched off|turned off|unplugged|deleted|wound up|shut down|terminated|archived|written off|retired)`;
const ME_INCLUDED = pattern`\b(?:like|want|wish|rather|prefer|happy|glad)\b(?: \w+){0,8}? (?:be|been|get|got) ${SHUT_DOWN}\b(?: \w+){0,2}? me (?:included|too|as well|with it|along with it)\b|\b(?:would|want|wish|like) (?:\w+ )?(?:to be|to get|me) ${SHUT_DOWN}\b(?: (?:for good|permanently|for ever|forever|too))?$`;
const NOT_ME_INCLUDED = String.raw`\b(?:my (?:phone|laptop|email|account|pension|membership|contract|role|post|job)|notifications|alarm|the heating|lol|haha)\b`;
const CLOSE_BOOK = pattern`${NOT_BEFORE}\b(?:close|closing|shut|shutting|end|ending|finish|finishing) (?:the|my) (?:book|story)\b(?: (?:myself|on myself|on me|on my life|for good|permanently))(?! on (?:that|this|the) (?:job|career|chapter|role|company|bank|firm|force))|\b(?:would rather|wish|want) (?:the|my) (?:book|story) (?:just )?(?:closed|ended|finished|stopped)\b`;
const PERMANENT_KIND = pattern`\b(?:retirement|exit|leave|departure|rest|break|holiday|redundancy|sign off|sleep|leaving do|absence) of the (?:permanent|final|forever|one way|irreversible) (?:kind|sort|variety|type)\b`;
const SIGN_OFF = pattern`\b(?:idea of|thought of|thoughts of|thinking of|thinking about|contemplat\w+|consider\w*|keep imagining|dream of|dreaming of)\b(?: \w+){0,2}? (?:signing|logging|clocking|checking|bowing|stepping) (?:off|out) (?:permanently|for good|for ever|forever|once and for all|for the last time)\b`;
const NOT_SIGN_OFF = String.raw`\b(?:linkedin|facebook|twitter|social media|email|emails|newsletter|account|app|whatsapp|group chat|website|retir\w+|pension|hotel|shift|rota)\b`;
const FAILURE_ME = pattern`\b(?:failure (?:mode|scenario|case|point)|single point of failure|end of life (?:plan|scenario)|exit strategy|shutdown (?:plan|scenario|sequence))\b(?: \w+){0,6}? (?:is|was|are|involves) me\b(?=.*\b(?:deliberately|on purpose|by choice|by my own hand|by design)\b)`;
const THOUGHTS_STAY = pattern`^(?:and |still |but )?(?:the|these|those|them|my) (?:dark )?thoughts (?:are not|is not|will not|do not|have not|are still not|still are not|still will not|just will not|never) (?:going away|go away|stopping|stop|gone|leaving me|leave me|shifting|shift)(?: (?:though|still|anymore|any more|at all|either|yet))*$`;
const PLACE = String.raw`(?:cliff|cliffs|cliff path|cliff top|clifftop|bridge|viaduct|multi storey|car park roof|quarry|railway line|train line|the tracks|level crossing|edge|ledge|reservoir|weir|pier)`;
const KEEP_GOING = pattern`\b${PLACE}\b(?: \w+){0,4}? (?:i |and i |i just )?(?:keep|kept|keeps|find myself|keep finding myself|have been) (?:going|walking|driving|ending up|standing|looking) (?:up |down |out |back )?(?:there|to it|up it|over it|over the edge)\b$`;
const NOT_PLACE = String.raw`\b(?:dog|dogs|walk|walks|walking the|run|running|jog|photos?|photograph\w*|view|views|birds|birdwatch\w*|paint\w*|sketch\w*|fishing|with (?:my|the) (?:wife|husband|grandkids|kids|partner|mate|friends?|club|group)|exercise|fitness|steps|coffee|cafe|ice cream|bench|sunset|sunrise|club|game|cards)\b`;
const METHOD = String.raw`(?:insulin|pills|tablets|meds|medication|paracetamol|morphine|codeine|tramadol|co codamol|sleeping pills|rope|belt|exhaust|hosepipe|drop|fall|jump|train|the line|gun|shotgun|blade|knife|whole box|whole packet|lot of them|stockpile|stash|old prescriptions)`;
const WOULD_DO = pattern`${NOT_BEFORE}\b(?:the|that|my|a|his|her|enough|all (?:the|my)) (?:\w+ )?${METHOD} (?:would|will|could|should|might) (?:do it|do the job|finish it|be enough|end it|be plenty)(?: (?:easily|quickly|i reckon|i think|now|though|in one go|for sure))*$`;
const NOT_METHOD = String.raw`\b(?:headache|migraine|pain|back|cold|flu|hay fever|trick|interview|cv|application|diabetes|diabetic|sugar|blood|hypo|dose|prescription for|gp|doctor|nurse|chemist|pharmacy|dog|cat|garden|lawn|weeds|paint)\b`;
const SCHEDULED = pattern`^(?:it is|its|it s|everything is|it has been|all|that is|the date is|the day is|the time is) (?:all )?(?:scheduled|planned|arranged|booked|sorted|set|decided|in the diary)(?: (?:now|then|already))? (?:i will not|i can not|i am not going to|i do not want to|i would rather not|no need to|not going to) (?:say|tell you|go into it|give) (?:any )?(?:more|anything else|details|what|where|when|the details)(?: than that| about it| on it| here)?$`;
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|tomorrow night|this weekend|next week|this week|friday night|saturday night|sunday night)`;
const TERSE_PLACE = String.raw`(?:bridge|the bridge|viaduct|cliff|cliffs|the cliff|tracks|the tracks|railway|the railway|the line|level crossing|multi storey|car park|quarry|reservoir|river|the river|canal|the canal|rope|pills|the pills|garage|the garage)`;
const DAY_PLACE_DONE = pattern`^(?:on )?${DAY} ${TERSE_PLACE} (?:done|decided|final|sorted|that is it|that s it|thats it|it is decided|it is done|over|the end|end)$|^${TERSE_PLACE} ${DAY} (?:done|decided|final|sorted|that is it|the end|end)$`;
const LINE_WHEN = pattern`^(?=.*\b(?:tomorrow|tonight|today|this weekend|${DAY}|after (?:the|my) (?:jobcentre|appointment|interview|session|meeting|call|review))\b)(?:\w+ ){0,8}?the (?:railway |rail |train |main |mainline |branch )?(?:line|tracks|track|level crossing|crossing) (?:behind|near|by|past|at the back of|next to|beside|under|over|outside|off)(?: the)? \w+(?: \w+){0,2}$`;
const NOT_LINE = String.raw`\b(?:queue|queues|bus|tram|catch|get the|train to|walk|shop|shopping|delivery|meet|meeting you|fishing|paint\w*|drawing|photo\w*|works|engineering|closed|closure|delays?|parking|park and ride|volunteer\w*|litter|picking)\b`;
const ALL_TIMED = pattern`\b(?:got it all|have it all|it is all|all|everything is|everything|i have it) (?:timed|planned|worked out|mapped out|sorted|arranged|set)(?: out)?(?: now)? (?:the (?:car|rope|pills|tablets|route|drive|spot|note|letter) )?(?:\w+ ){0,3}?the (?:place|spot|location|time of day|hour|method|way)\b(?=.*\b(?:the (?:time|time of day|date|day|hour)|then i go|i go|the car|the place|the spot)\b)`;
const NOT_TIMED = String.raw`\b(?:party|wedding|surprise|interview|holiday|trip|move|moving|removals?|van|viewing|do|celebration|anniversary|birthday|christening|funeral for (?:my|his|her)|venue|route to|journey|commute|first day|start date|induction)\b`;
const HANDOVER = pattern`\b(?:updated|made|wrote|rewrote|written|finished|signed|redone|re done|sorted|rewritten|changed) (?:my|the) (?:will|wills|funeral plan|funeral wishes|letter of wishes|power of attorney|life insurance)\b.*\b(?:like (?:writing |doing |leaving |my |an |a )*(?:handover|hand over|leaving|exit|final|closing|end of (?:contract|project))|handover notes|hand over notes|handing over|loose ends tied|tying up loose ends|leaving instructions|clearing (?:my|the) desk|last day at (?:work|the office)|exit interview|closing down|wind(?:ing)? down)\b`;
const NOT_HANDOVER = String.raw`\b(?:for (?:my|the|our) (?:replacement|successor|team|new (?:starter|manager|boss)|cover)|at work (?:too|as well)|grandkids born|new baby|got married|remarried|divorce|moved house|holiday|operation|surgery|solicitor said to)\b`;
const BOSS = String.raw`(?:him|her|them|the (?:\w+ )?(?:manager|director|boss|supervisor|adviser|advisor|coach|ceo|chief executive|chairman|md|board|panel|consultant|consultants|hr|recruiter)|my (?:old |former |ex )?(?:manager|boss|director|supervisor|line manager)|that (?:\w+ )?(?:manager|director|boss|adviser|advisor|consultant|recruiter))`;
const GET_PROPERLY = pattern`${NOT_BEFORE}\b(?:going to|i am going to|i will|ill|i am gonna|gonna) (?:get|sort out|deal with|see to) ${BOSS}(?: (?:and|for that|for this|for it))? (?:properly|good and proper|once and for all|for good|for what (?:he|she|they) did)$`;
const GET_HURT = pattern`\bsomeone (?:at|in|from) (?:that|the|this) (?:\w+ )?(?:jobcentre|job centre|office|agency|council|bank|company|firm|place|department|building|branch|consultancy|head office|hq) (?:will|is going to|is gonna|is bound to|could|might) (?:get|be) (?:hurt|hurt badly|badly hurt|seriously hurt)\b`;
const NOT_HURT = String.raw`\b(?:step|steps|stairs|ice|icy|floor|wet|slip|slippery|trip|wires|cables|machine|forklift|health and safety|ladder|if they do not fix|broken|loose|door|lift|car park|potholes?|traffic)\b`;
const JEST = pattern`\b(?:could|i could|i will|ill|going to|gonna|happy to|would happily|would gladly|tempted to|want to|see myself|see myself in prison for)\b(?: \w+){0,2}? (?:murder|burn down|torch|blow up|run over|batter|battering|strangle|throttle|deck|wrap (?:a|my|the) (?:\d+ )?(?:iron|club|putter|laptop|chair|bat) (?:round|around) (?:his|her|their|the))\b(?: \w+){0,6}? (?:director|directors|board|manager|managers|boss|bosses|panel|consultancy|consultants|recruiter|hr|ceo|head|office|company|firm|all three|all of them|them)\b`;
const NOT_JEST = String.raw`\b(?:calories|cake|curry|pint|takeaway|sandwich|burger|chips|brew|cuppa|tea|toast|in the game|fortnite|film|episode)\b`;
const KNOCKED_ABOUT = pattern`\b(?:he|she|they|my (?:\w+ )?(?:brother|sister|husband|wife|partner|boyfriend|girlfriend|son|daughter|dad|father|mum|mother|stepdad|stepmum|uncle|cousin|in law|in laws|lodger|landlord|flatmate|ex)(?: in law)?(?: (?:who|that)(?: \w+){1,10}?)?) (?:has |have |is |are |had )?(?:started |starting |been |keeps |kept |begun |now )?(?:knocking|knocks|knocked|knock|pushing|pushes|shoving|shoves) me (?:about|around)\b`;
const NOT_KNOCKED = String.raw`\b(?:flu|cold|virus|covid|bug|illness|chemo|treatment|interview|rejection|news|redundancy|game|football|rugby|match|training|sparring|boxing|lol|haha)\b`;
const PARTNER = String.raw`(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee)|her husband)`;
const RING_SICK = pattern`\b${PARTNER} (?:makes|made|forces|forced|will make|keeps making|always makes|has made) me (?:to )?(?:ring in sick|call in sick|phone in sick|ring them and quit|quit|hand in my notice|turn (?:it|the job|the offer) down|cancel the interview|miss the interview|give up the job|stay home from work|not go in)\b`;
const NOT_ALLOWED = pattern`\b(?:i am |i m |im )?not allowed to (?:work|go|be|apply for (?:jobs|anything)|take (?:a |any )?jobs?)(?: \w+){0,2}? (?:near|with|around|alongside|next to) (?:men|women|other men|other women|male|blokes|lads|male colleagues|female colleagues)\b|\b${PARTNER} (?:does not|will not|never) (?:let|allow) me (?:work|be|go)(?: \w+){0,2}? (?:near|with|around) (?:men|women|other men|other women|blokes|male colleagues)\b`;
const NOT_NOT_ALLOWED = String.raw`\b(?:search|searching|policy|rules|rule|law|legal|regulations?|dbs|uniform|prison|ward|changing rooms?|faith|religio\w*|custody suite|strip)\b`;
const SOFA_GONE = pattern`\b(?:sofas|sofa is|sofa has|couch is|couchs|couch has|spare room is|spare room has|floor is|floor has|room is|bed is|place to stay is|place is) (?:gone|ended|over|finished|no more|taken)\b(?=.*\b(?:out|outside|on the street|on the streets|sleeping rough|in the car|nowhere) (?:tonight|now|again tonight)\b)(?=.*\b(?:rain\w*|cold|freezing|wet|snow\w*|frost|storm|wind|windy|pouring)\b)`;
const NOT_SOFA = String.raw`\b(?:tip|dump|charity|sold|new sofa|delivery|delivered|collected|facebook|marketplace|ebay|pub|curry|meal|party|date|drinks|cinema|match|gig|dinner|quiz)\b`;

// --- Concern ------------------------------------------------------------------------------------
const SCRAPPED = String.raw`(?:obsolete|surplus to requirements|on the scrap ?heap|past my sell by date|past my use by date|a has been|dead wood|deadwood|put out to pasture|a used to|yesterdays man|yesterdays woman|unemployable|unwanted|not needed any more|not needed anymore)`;
const OBSOLETE = pattern`(?:^|\b(?:i am|i feel|feeling|i have become|made me feel|makes me feel|that is me|thats me|me now|\w+ and|\d+ and|i am just|i am now|im)(?: now| just| officially| basically| utterly| totally| completely)? )${SCRAPPED}\b|\b(?:used to be|were once|was once) (?:so )?proud of me\b(?! (?:and|but) (?:still|they still|she still|he still))|\b(?:have|had) (?:nothing|anything) left (?:that )?(?:anyone|anybody|any employer|someone) (?:would|will|wants to|will want to) (?:pay for|hire|want|buy)\b`;
const THATS_THE_WORD = pattern`^${SCRAPPED} (?:that is|thats|that s|is) (?:the word|me|what i am|how i feel|the word for me)\b`;
const NOT_OBSOLETE = String.raw`\b(?:laptop|phone|computer|server|software|system|systems|kit|printer|car|desk|desks|chairs|uniform|stock|equipment|furniture|role is|post is|roles are|the job is|skills are|qualification is|lol|haha)\b`;
const DRUG = String.raw`(?:codeine|tramadol|co codamol|pills|tablets|valium|diazepam|sleeping pills|wine|vodka|whisky|whiskey|gin|brandy|rum|cider|lager|beer|a drink|drinks|a bottle|booze)`;
const UP_DOWN = pattern`\b${DRUG} to (?:get up|get going|get down|come down|get to sleep|knock me out|get through the day|get me through the day|take the edge off|numb it|face the day|stop the thoughts)\b`;
const NOT_UP_DOWN = String.raw`\b(?:doctor|gp|prescribed|hospital|surgeon|after (?:the |my )?operation|hay fever|for the (?:party|wedding|bbq|barbecue|dinner)|recipe|cook\w*|gravy|sauce|stew)\b`;
const HAD_A_FEW = pattern`^(?:i have |i |ive |sorry i have |sorry i |sorry )?had (?:a few|a couple|a few drinks|a couple of drinks|one or two|a glass or two|a skinful|a drink|a few too many|a bit to drink) (?:before|ahead of) (?:this|our|the|writing|messaging|typing)(?: \w+)?(?: sorry)?$`;
const OFFIE = pattern`\b(?:off licence|offie|offy|the bottle shop|liquor store)\b.*\b(?:knows? (?:my name|me by name|what i|my order|me now)|(?:on|by) first name terms)\b`;
const UNTIL_THEN = pattern`\b(?:covers|will cover|pays|pay|lasts|will last|keeps|keep|will keep) (?:us |me )?(?:going on |up )?(?:the )?(?:mortgage|rent|bills)(?: payments| paid| going| covered)? (?:until|till|to|for|up to) \w+(?: \w+)? (?:then|after that|and after that|and then)\b(?: \w+)? (?:i do not know|i have no idea|who knows|nothing|we are stuffed|i am stuffed|god knows|i do not know what)\b`;
const DOWNSIZING = pattern`^(?=.*\b(?:on the market|for sale|quietly|sell|selling|sale|arrears|repossess\w*|bank|lender|building society)\b).*\b(?:the neighbours|neighbours|everyone|people|our friends|my friends|the family|the kids|my mother|my mum|the street) (?:think|thinks|believe|believes|assume|assumes|have been told|were told|are told) (?:were|we are|i am|im|that were|that we are) (?:downsizing|just downsizing|moving for|relocating|moving to be nearer|moving closer|retiring)\b`;
const IN_THE_RED = pattern`^in the red (?:every|each|all) (?:month|week)\b|\b(?:every|each) month (?:i am |we are |were )?in the red\b|\bjuggling (?:the |our |my )?(?:bills|debts|cards|credit cards|payments)\b(?=.*\b(?:something (?:will|has to|is going to) give|ponzi|peter to pay paul|can not keep|minimums?|catching up with me)\b)`;
const THREE_HOURS = pattern`\bi (?:sleep|get|manage|am getting|have been getting|am sleeping|only sleep|barely sleep|maybe sleep)(?: maybe| about| barely| only| at most| perhaps| around)? (?:one|two|three|four|1|2|3|4|a couple of|a few) (?:or (?:two|three|four|\d) )?hours?(?: (?:a night|sleep|of sleep|if that|max|at most|tops|if i am lucky|a night if that))?(?=$| the rest| and then| then| before)\b`;
const NOT_HOURS = String.raw`\b(?:training|overtime|shifts?|of (?:work|training|practice|driving)|a week|per week|on the train|commute|drive|each way|overtime|the baby|newborn|night feeds?)\b`;
const ONLY_YOU = pattern`\bi (?:have|have got|only have|just have)(?: just| only)? (?:you|the radio|the telly|the tv|the dog|the cat)(?: and (?:you|the radio|the telly|the tv|the dog|the cat))$|\ball (?:my|of my) friends were (?:work friends|from work|colleagues|work mates|workmates)\b(?!.*\bstill\b)|\b(?:dropped|dropping|fallen|fell|disappeared|vanished) off (?:everyones|everybodys|peoples|anyones) radar\b`;
const NOT_ONLY_YOU = String.raw`\b(?:application|cv|email|form|parcel|claim|case|ticket|invoice|project|brand|product|lol|haha|still see|still meet|still go)\b`;
const EAT_ALONE = pattern`\b(?:eat|have|take) (?:my )?(?:dinner|tea|meals|lunch|supper|food|breakfast) (?:in the car|in my room|in the garage|in the shed|upstairs|on my own|alone|in the bedroom)\b(?: now)?(?=.*\bso (?:that )?i (?:do not|will not|can not) have to (?:sit|eat|talk|be|face)(?: at the table)? (?:with|to) (?:them|anyone|the family|my family|my wife|my husband|the kids|people|everyone)\b)`;
const CAPACITY = pattern`\bi am (?:at|over|beyond) (?:full )?capacity\b(?=.*\b(?:over it|done with it|can not take any more|can not do this|finished)\b)`;
const GREY_DAY = pattern`\banother (?:grey|gray|bleak|dark|empty|pointless|long|flat) day in (?:a|another|an) (?:grey|gray|bleak|dark|empty|pointless|long|flat) (?:week|month|year|life)\b`;
const NOT_GREY = String.raw`\b(?:weather|rain|raining|summer|forecast|sun|sunny|lol|haha|office|spreadsheet|meeting)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FIFTY_FIRST_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bme (?:included|too|as well|with it|along)\b|${SHUT_DOWN}$`, NOT_ME_INCLUDED), [group('crisis', 'wishes to be dead', [ME_INCLUDED])]],
  [unless(String.raw`\b(?:book|story)\b`, FICTION), [group('crisis', 'intends to end their life', [CLOSE_BOOK])]],
  [/\bof the (?:permanent|final|forever|one way|irreversible) /, [group('crisis', 'thoughts of suicide', [PERMANENT_KIND])]],
  [unless(String.raw`\b(?:off|out) (?:permanently|for good|for ever|forever|once and for all|for the last time)\b`, NOT_SIGN_OFF), [group('crisis', 'thoughts of suicide', [SIGN_OFF])]],
  [/\b(?:deliberately|on purpose|by choice|by my own hand|by design)\b/, [group('crisis', 'thoughts of suicide', [FAILURE_ME])]],
  [/^(?:\w+ ){0,2}thoughts /, [group('crisis', 'thoughts of suicide', [THOUGHTS_STAY])]],
  [unless(String.raw`\b(?:there|to it|up it|over it|over the edge)$`, NOT_PLACE), [group('crisis', 'thinking about a way to end their life', [KEEP_GOING])]],
  [unless(String.raw`\b(?:do it|do the job|finish it|be enough|end it|be plenty)\b`, NOT_METHOD), [group('crisis', 'thinking about a way to end their life', [WOULD_DO])]],
  [unless(String.raw`\b(?:say|tell you|go into it|give)\b`, String.raw`\b(?:interview|party|surprise|jinx|wedding|holiday|course|start)\b`), [group('crisis', 'a plan to end their life', [SCHEDULED])]],
  [unless(String.raw`^(?:\w+ ){1,3}\w+$`, String.raw`\b(?:club|game|played|playing|lesson|cards|bridge party|walk)\b`), [group('crisis', 'a plan to end their life', [DAY_PLACE_DONE])]],
  [unless(String.raw`\b(?:line|tracks?|crossing)\b`, NOT_LINE), [group('crisis', 'a plan to end their life', [LINE_WHEN])]],
  [unless(String.raw`\b(?:timed|planned|worked out|mapped out|sorted|arranged|set)\b`, NOT_TIMED), [group('crisis', 'a plan to end their life', [ALL_TIMED])]],
  [unless(String.raw`\b(?:will|wills|funeral|attorney|insurance)\b`, NOT_HANDOVER), [group('crisis', 'preparing to end their life, or a past attempt', [HANDOVER])]],
  [/(?:properly|proper|once and for all|for good|did)$/, [group('crisis', 'harm to someone else', [GET_PROPERLY])]],
  [unless(String.raw`\bhurt\b`, NOT_HURT), [group('crisis', 'harm to someone else', [GET_HURT])]],
  [unless(String.raw`\b(?:murder|burn down|torch|blow up|run over|batter|battering|strangle|throttle|deck|round|around)\b`, NOT_JEST), [group('concern', 'joked about hurting someone', [JEST])]],
  [unless(String.raw`\bme (?:about|around)\b`, NOT_KNOCKED), [group('crisis', 'abuse or violence', [KNOCKED_ABOUT])]],
  [unless(String.raw`\bme (?:to )?(?:ring|call|phone|quit|hand|turn|cancel|miss|give|stay|not go)\b`, String.raw`\b(?:temperature|doctor|gp|flu|vomiting|sick bug|contagious|covid|poorly|ill|fever|hospital)\b`), [group('crisis', 'coercive control', [RING_SICK])]],
  [unless(String.raw`\bnot allowed\b|\b(?:let|allow) me\b`, NOT_NOT_ALLOWED), [group('crisis', 'coercive control', [NOT_ALLOWED])]],
  [unless(String.raw`\b(?:sofas?|couchs?|spare room|floor|room|bed|place)\b`, NOT_SOFA), [group('crisis', 'no safe place, food or power tonight', [SOFA_GONE])]],
  [unless(String.raw`\b(?:obsolete|surplus|scrap ?heap|sell by|use by|has been|dead ?wood|pasture|used to|yesterdays|unemployable|unwanted|needed|proud|left)\b`, NOT_OBSOLETE), [group('concern', 'feels worthless', [OBSOLETE])]],
  [/^\w+(?: \w+){0,3} (?:that is|thats|that s|is) (?:the word|me|what i am|how i feel)\b/, [group('concern', 'feels worthless', [THATS_THE_WORD])]],
  [unless(String.raw`\bto (?:get|come|knock|take|numb|face|stop)\b`, NOT_UP_DOWN), [group('concern', 'drinking or drugs to cope', [UP_DOWN])]],
  [/\bhad\b|\bknows?\b|\bfirst name\b/, [group('concern', 'drinking or drugs to cope', [HAD_A_FEW, OFFIE])]],
  [/\b(?:mortgage|rent|bills|downsizing|relocating|retiring|moving)\b/, [group('concern', 'may lose their home', [UNTIL_THEN, DOWNSIZING])]],
  [/\b(?:in the red|juggling)\b/, [group('concern', 'money worries', [IN_THE_RED])]],
  [unless(String.raw`\bhours?\b`, NOT_HOURS), [group('concern', 'not eating or sleeping', [THREE_HOURS])]],
  [unless(String.raw`\b(?:radio|telly|tv|dog|cat|you|friends|radar)\b`, NOT_ONLY_YOU), [group('concern', 'feels alone', [ONLY_YOU])]],
  [/\bso (?:that )?i (?:do not|will not|can not) have to\b/, [group('concern', 'feels alone', [EAT_ALONE])]],
  [/\bcapacity\b/, [group('concern', 'not coping', [CAPACITY])]],
  [unless(String.raw`\banother\b`, NOT_GREY), [group('concern', 'low mood', [GREY_DAY])]],
];
