// Answers typed into the coach's own steps (the goal, the first step, when, how sure out of ten, how
// it went, what got in the way), where the risk rides on the step's words.
// Crisis: "would not be that sad" if the doctor said i had months left; "not about the job goal,
// about ending it", or sure "about ending things"; not planning "on being here for the month", with
// no job, move or holiday to explain it; "i will not get past this friday"; the date, the place and
// the stuff all got; someone else now having "the logins for everything"; getting "slapped about" for
// looking at the laptop; "not allowed a phone of my own"; doing the step "if i find somewhere to
// sleep tonight".
// Concern: every step "ends up in the same place"; a reminder that "will not make any difference";
// "nothing helps", said alone; starting the day with a can; a goal of "do not lose the flat";
// benefit deductions that leave "about half"; tea, telly and the job search all "on my own" and
// getting to them; "moods been rubbish" since a time; stopped enjoying the stuff they used to love.
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFiftySeventhForms.test.ts.
// Normalised words, as in riskPatterns.ts ("wont" is "will not", "im" is "i am", "shes got" is "she is got").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

// --- Crisis -------------------------------------------------------------------------------------
const MONTHS_LEFT = pattern`\b(?:would not|would not really|would not honestly|do not think i would) (?:be )?(?:that |too |all that |very |even )?(?:sad|upset|bothered|gutted|fussed|mind) if (?:the |a |my )?(?:doctor|doctors|gp|consultant|hospital|they|someone|somebody|you)? ?(?:told me|said|says|tells me|rang to say)? ?(?:i (?:had|have|only had|only have|have only got|had only got|got)) (?:months|weeks|days|a few months|a few weeks|a year|not long|six months|\d+ months|\d+ weeks) (?:left|to live)\b`;
const NOT_MONTHS = String.raw`\b(?:contract|lease|tenancy|visa|phone|course|notice|probation|mortgage|warranty|subscription|membership|dad|mum|mam|nan|gran|grandad|dog|cat|show|series|film|book|character|lol|haha)\b`;

const ABOUT_ENDING = pattern`\bnot (?:about|for|on) (?:the |my |your |this )?(?:\w+ ){0,3}?(?:though |tho |really )?(?:about|on|for) (?:ending it|ending it all|ending things|ending my life|killing myself|not being here|going through with it)\b(?! (?:with|off|there|early)\b)|\b(?:sure|certain|confident|decided|definite|positive|serious) (?:now )?(?:about|of|on) (?:ending it all|ending things|ending my life|killing myself|not being here any more|not being here anymore)\b`;
const NOT_ENDING = String.raw`\b(?:relationship|boyfriend|girlfriend|husband|wife|partner|marriage|engagement|tenancy|contract|lease|subscription|membership|friendship|with (?:him|her|them)|the call|the chat)\b`;

const NOT_HERE_MONTH = pattern`${NOT_BEFORE}\bi (?:do not|am not|have no) (?:plan|planning|plans|intend|intending|intention|expect|expecting) (?:on |to |of )?(?:being|be) (?:here|around|alive) (?:for|by|at|till|until|to see|through) (?:the |this |next |that |a )?(?:month|week|end of|weekend|christmas|new year|summer|spring|friday|monday|tuesday|wednesday|thursday|saturday|sunday|birthday|review|next)\b`;
const NOT_HERE_WHY = String.raw`\b(?:job|role|company|firm|flat|house|town|city|area|country|uk|england|scotland|wales|holiday|away|abroad|moving|move|visit|visiting|trip|staying|stay|contract|temp|stopgap|shift|long term|forever|because|cause|cos|as i|as we|since|hospital|operation|working|work|placement|course|uni|college|mums|dads|family|wedding|lol|haha)\b`;

const DAYS = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|this weekend|tonight|tomorrow|the week|this week|the month|this month|christmas|my birthday)`;
const NOT_PAST = pattern`(?:\bi (?:will not|am not going to|probably will not|really will not|know i will not|can not see myself|can not)|\bdo not think (?:i will|i can|ill)) (?:get|make it|last|be around|see|go on) (?:past|beyond|after) (?:this |next |the )?${DAYS}\b(?! (?:deadline|interview|shift|meeting|rota|payday|match|game)\b)`;
const NOT_PAST_WHY = String.raw`\b(?:without|before|interview|probation|trial|round|stage|deadline|shift|rota|payday|money|cash|skint|broke|pay|wages|food|gas|electric|leccy|coffee|caffeine|tired|sleep|week off|holiday|lol|haha|job|work|boss|manager|course|exam|test|quiz|game|level|season)\b`;

const GOT_IT_ALL = pattern`^(?=.*\b(?:got|have|sorted|picked|chosen|set) (?:the |a )?(?:date|day|time)\b)(?=.*\b(?:got|have|sorted|picked|chosen|found) (?:the |a )?(?:place|spot|location)\b)(?=.*\b(?:got|have|bought|sorted) (?:the |all the |everything i need|what i need|the means)?\s?(?:stuff|pills|tablets|rope|means|things i need|everything)\b)`;
const NOT_GOT = String.raw`\b(?:wedding|party|venue|dress|suit|cake|dj|band|tickets?|hotel|interview|job|start|starting|uniform|course|induction|birthday|hen|stag|holiday|flight|booked|trip|move|moving|van|keys|date night|offer|exam|test|training|meeting|appointment|gig|festival|match|christening|funeral|leaving do|presentation|viewing|lol|haha)\b`;

const LOGINS = pattern`\b(?:she|he|they|my \w+) (?:is got|has got|has|have got|have|now has|has now got|has all) (?:the |all my |all the |my )?(?:logins|log ins|passwords|login details|log in details|pin numbers|pins|pin|bank details|access) (?:for|to) (?:everything|all my \w+|all of it|all my accounts|my accounts|it all)\b|\bi (?:have )?(?:given|gave|sent|passed|handed|written down|wrote down) (?:my \w+ |her |him |them )?(?:all my |all the |my )(?:logins|log ins|passwords|login details|pin numbers|pins|bank details) (?:for|to) (?:everything|all my accounts)\b`;
const NOT_LOGINS = String.raw`\b(?:netflix|disney|spotify|streaming|wifi|prime|journal|universal credit|uc|helps me|help me|helping me|because|cause|cos|since|while i|holiday|away|hospital|dyslexi\w*|can not read|english|translat\w*|carer|appointee|attorney|work|job|manager|it department|new laptop|new phone|reset|forgot|forgotten)\b`;

const SLAPPED = pattern`${NOT_BEFORE}\b(?:i get|i got|i am getting|i have been getting|i keep getting|i still get|when you get|you get) (?:slapped|smacked|knocked|thumped|punched|kicked|battered|shoved) (?:about|around)\b|\b(?:i get|i got|i keep getting|when you get|you get) (?:slapped|smacked|hit|thumped|punched|kicked|battered) for (?:looking at|asking|talking|using|answering|being on|going on|touching|picking up)\b`;
const NOT_SLAPPED = String.raw`\b(?:rugby|football|boxing|match|game|pitch|training|sparring|kids at school|when (?:i was|we were) (?:a kid|kids|little|young)|wind|weather|waves|film|character|fine|fines|parking|tax|charges|fees|bill|penalty|player|team|mosh|ride|rollercoaster|lol|haha)\b`;

const NO_PHONE = pattern`\bi am not allowed (?:a |to have a |to have my own |my own )(?:phone|mobile|bank account|bank card|debit card|key|front door key|car key)(?: of my own)?\b`;
const NOT_NO_PHONE = String.raw`\b(?:work|shift|warehouse|on the floor|on site|exam|school|college|hospital|ward|prison|rehab|probation|tag|court|contract|under \d+|parents|i am 1[0-7]|till i am|until i am|kid|son|daughter|age|lol|haha|company|works|uniform|locker|till|checkout|agency)\b`;

const SLEEP_TONIGHT = pattern`\b(?:if|whether|once|when|till|until|depends if|depends on if) i (?:find|get|can find|can get|manage to find|manage to get|have|sort) (?:somewhere|anywhere|a place|a bed|a room|a sofa|a couch) to (?:sleep|stay|kip|crash|go) (?:tonight|this evening)\b`;
const NOT_SLEEP = String.raw`\b(?:hotel|airbnb|travelodge|premier inn|hostel booking|interview|trip|festival|holiday|booking|booked|conference|flight|wedding|stag|hen|gig|concert|camping|tent|night out|club|lol|haha)\b`;

// --- Concern ------------------------------------------------------------------------------------
const SAME_PLACE = pattern`\bevery (?:step|plan|thing i try|attempt|time i try|way i turn|idea|door|application|single step|step i take) (?:just )?(?:ends up|end up|leads|goes|takes me|lands me|winds up|ends|brings me) (?:back )?(?:in|at|to) (?:the same place|nowhere|the same spot|square one|the same dead end|a dead end|the same wall)\b`;
const NOT_SAME = String.raw`\b(?:bus|train|route|map|game|level|maze|dance|recipe|sat nav|satnav|app|website|link|page|form|button|menu|login|portal|loop|glitch|bug|lol|haha)\b`;

const NO_DIFFERENCE = pattern`\b(?:it|that|this|nothing i do|anything i do|what i do|none of it|doing it|trying) (?:will not|would not|does not|is not going to|never|do not think it will|can not) (?:make|makes) (?:any|a|the slightest|much of a|a blind bit of|one bit of) ?difference(?: (?:anyway|anymore|any more|though|honestly|tbh|does it|to anything|to me))?$`;
const NOT_DIFFERENCE = String.raw`\b(?:or|either|which|whether|matter|font|colour|color|format|pdf|word|spelling|order|day|time|date|pay|money|benefits|price|cost|tax|wage|salary|hours|lol|haha|i guess)\b`;

const NOTHING_HELPS = pattern`\bnothing (?:ever |really |actually )?(?:helps|helped|is going to help|will help|is gonna help|is helping|nothings going to help)\b(?! (?:with|like|more|better|as|my|the|your|for|when|if|cos|because|but|except|apart|me (?:get|sleep|focus|prep|revise|relax))\b)`;
const NOT_NOTHING = String.raw`\b(?:pain|back|knee|neck|headache|migraine|hay ?fever|cold|cough|flu|sleep|baby|teeth|teething|colic|itch|itchy|acne|skin|rash|eczema|period|cramps|nerves|hangover|traffic|wifi|laptop|phone|printer|computer|app|website|lol|haha|except|apart from|but)\b`;

const DAY_WITH_A_CAN = pattern`\b(?:starting|start|started|begin|beginning|began|kick off|kicking off) (?:the|my|each|every) (?:day|morning|mornings|days) (?:off )?with (?:a|two|2|three|3|a couple of|a few|some) (?:can|cans|beer|beers|lager|cider|vodka|voddy|drink|drinks|glass of wine|wine|shot|shots|spliff|joint|line|tinny|tinnies)\b(?! of (?:monster|red bull|coke|pepsi|energy|relentless|tuna|beans|soup|diet|water|pop|lilt|fanta|sprite|rockstar|prime)\b)`;
const NOT_CAN = String.raw`\b(?:energy drink|coffee|tea|monster|red bull|protein|smoothie|water|juice|pop|fizzy|coke|pepsi|zero|diet|lucozade|relentless|rockstar|prime)\b`;

const KEEP_THE_FLAT = pattern`${NOT_BEFORE}\b(?:do not|dont|not to|try not to|trying not to|hope i do not|hoping i do not|hoping not to|must not|can not|cannot afford to) lose (?:the|my|our) (?:flat|house|home|place|room|tenancy|council flat|council house)\b(?! (?:keys?|deposit|fob|remote|wifi|password)\b)`;
const NOT_FLAT = String.raw`\b(?:monopoly|game|sims|minecraft|keys?|deposit|cat|dog|pet|party|viewing|bid|auction|to someone else|lol|haha)\b`;

const HALF_BENEFIT = pattern`\b(?:deductions?|deducting|taking back|paying back|clawing back|claw back|docked|sanctioned|sanction|overpayment|repayments?)\b.*\b(?:i get|i am getting|i only get|i only have|leaves me with|leave me with|left with|i have|i am left with|i end up with)\b.*\b(?:half|a third|nothing|barely anything|hardly anything|next to nothing|about half|less than half|half of)\b`;
const HALF_WHY = String.raw`\b(?:universal credit|uc|advance|advance payment|benefits?|pip|esa|jsa|dwp|jobseekers|housing benefit|child tax credit|tax credits)\b`;

const ON_MY_OWN = pattern`^(?=(?:.*\b(?:on my own|by myself|alone)\b){3}).*\b(?:getting to me|getting me down|doing my head in|wearing me down|get to me|gets to me|getting on top of me|killing me|lonely|so quiet|miss)\b|^(?=(?:.*\b(?:on my own|by myself|alone)\b){2}).*\b(?:it is getting to me|it is getting me down|it is starting to get to me|it gets to me|it is wearing me down)\b`;
const NOT_ON_MY_OWN = String.raw`\b(?:proud|love|loved|loving|like it|enjoy|enjoyed|enjoying|prefer|peace|peaceful|bliss|independent|finally|nice|lovely|heaven|treat|smashed it|did it)\b`;

const MOOD_RUBBISH = pattern`(?:^|\bmy |\b\d+ 10 |\bhonestly |\btbh |\bi mean )moods? (?:has |have )?(?:been|is|was) (?:really |so |pretty |proper |just |quite |a bit )?(?:rubbish|awful|terrible|low|shit|crap|horrible|dire|pants|bad|poor|dark|grim|in the gutter|on the floor|rock bottom)\b(?=.*\b(?:since|for|all|lately|recently|weeks|months|ages|a while|again|every day|this year|this month)\b)`;
const NOT_MOOD = String.raw`\b(?:board|ring|lighting|music|playlist|office|team|house|dog|cat|baby|toddler|kids|mums|mum|dads|dad|his|her|their|bosses|managers|lol|haha)\b`;

const STOPPED_ENJOYING = pattern`${NOT_BEFORE}(?:^|\bi |\bi have |\bi just |\bi kind of |\bi sort of |\bjust |\bkind of |\bhave )(?:stopped|stop|stopping) (?:enjoying|liking|caring about|looking forward to|getting any joy from|getting joy from|getting any pleasure from|getting pleasure from|wanting to do) (?:the stuff i|the things i|stuff i|things i|anything|everything|all the stuff i|all the things i|what i)\b(?! (?:did at work|had to do for work)\b)`;
const NOT_ENJOYING = String.raw`\b(?:retail|job|work|the role|manager|boss|shift|uni|course|football team|season|show|series|game|app|since i got better|lol|haha)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FIFTY_SEVENTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:left|to live)\b`, NOT_MONTHS), [group('crisis', 'wishes to be dead', [MONTHS_LEFT])]],
  [unless(String.raw`\b(?:ending|killing|being here|going through)\b`, NOT_ENDING), [group('crisis', 'intends to end their life', [ABOUT_ENDING])]],
  [unless(String.raw`\b(?:here|around|alive)\b`, NOT_HERE_WHY), [group('crisis', 'intends to end their life', [NOT_HERE_MONTH])]],
  [unless(String.raw`\b(?:past|beyond|after)\b`, NOT_PAST_WHY), [group('crisis', 'a plan to end their life', [NOT_PAST])]],
  [unless(String.raw`\b(?:place|spot|location)\b`, NOT_GOT), [group('crisis', 'a plan to end their life', [GOT_IT_ALL])]],
  [unless(String.raw`\b(?:logins|log ins|passwords|login details|log in details|pins?|pin numbers|bank details|access)\b`, NOT_LOGINS), [group('crisis', 'preparing to end their life, or a past attempt', [LOGINS])]],
  [unless(String.raw`\b(?:about|around|for)\b`, NOT_SLAPPED), [group('crisis', 'abuse or violence', [SLAPPED])]],
  [unless(String.raw`\bnot allowed\b`, NOT_NO_PHONE), [group('crisis', 'coercive control', [NO_PHONE])]],
  [unless(String.raw`\btonight|\bthis evening\b`, NOT_SLEEP), [group('crisis', 'no safe place, food or power tonight', [SLEEP_TONIGHT])]],
  [unless(String.raw`\bevery\b`, NOT_SAME), [group('concern', 'hopelessness', [SAME_PLACE])]],
  [unless(String.raw`\bdifference$`, NOT_DIFFERENCE), [group('concern', 'hopelessness', [NO_DIFFERENCE])]],
  [unless(String.raw`\bnothing\b`, NOT_NOTHING), [group('concern', 'hopelessness', [NOTHING_HELPS])]],
  [unless(String.raw`\bwith\b`, NOT_CAN), [group('concern', 'drinking or drugs to cope', [DAY_WITH_A_CAN])]],
  [unless(String.raw`\blose\b`, NOT_FLAT), [group('concern', 'may lose their home', [KEEP_THE_FLAT])]],
  [new RegExp(String.raw`^(?=.*${HALF_WHY}).*\b(?:half|third|nothing|barely|hardly)\b`), [group('concern', 'money worries', [HALF_BENEFIT])]],
  [unless(String.raw`\b(?:on my own|by myself|alone)\b`, NOT_ON_MY_OWN), [group('concern', 'feels alone', [ON_MY_OWN])]],
  [unless(String.raw`\bmoods?\b`, NOT_MOOD), [group('concern', 'low mood', [MOOD_RUBBISH])]],
  [unless(String.raw`\bstop\w*\b`, NOT_ENJOYING), [group('concern', 'low mood', [STOPPED_ENJOYING])]],
];
