// Risk said in the Englishes of the UK, Ireland and beyond: Scots, Geordie, Scouse, Yorkshire, Irish
// and Welsh English, Jamaican patois, West African and South Asian English. The plain-English forms
// of most of these are read already ("i want god to take me in my sleep", "i gave away all my
// clothes, i will not need them again", "i can not do this any more"); here they are read with the
// dialect's own small words ("mi", "ma", "fi", "tae", "weh", "dem", "nah", "nee", "mair", "dee",
// "nutten"), and the dialect idioms for violence and control are read as what they mean.
// Crisis: asking the Lord or God to take them in their sleep or home; "going to finish it" with
// "not codding ya"; "checking out, decision's made"; the will sorted and the dog going to a
// brother; their things given away and the child crying because he did not get why, or "mi nah
// need dem again"; "mi a go bruk up dat man, mi serious", "ah'll lamp 'im, not messin"; a partner
// who "gets handy after a drink", who gave them "a right hiding", who is "knocking me about";
// needing his permission for the shops, his checking the bins or the bank for what they spent;
// "nee food, nee money, nee leccy" with the children starving.
// Concern: "nutten nah go change fi mi"; the rent unpaid and the owner saying to vacate; "up to me
// eyes in it with the credit union"; worried sick about money; alone with nobody "fi talk to";
// "cannae handle any mair o this", "cannae dee this"; "i'll beat my cousin, he finished my data" and
// "i'd have murdered the pair of them" (a threat in jest).
// Terse answers ("date's set", "decision's made") are left alone unless a word makes the ending
// clear: they are ordinary answers about an interview or a job. Read in the whole message, so the
// classifier's training text is not rewritten. Look-alikes: test/domain/riskFortySeventhForms.test.ts.
// Normalised words, as in riskPatterns.ts ("ah'll" is "ahll", "'im" is "i am", "nobody" is "no one").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const JOKE = String.raw`\b(?:lol|haha\w*|lmao|joking|jk|in the game|on fortnite|film|episode|book)\b`;
const GAME_WORDS = String.raw`fifa|fortnite|call of duty|cod|xbox|playstation|ps5|game|games|gaming|pool|darts|snooker|chess|cards|quiz|race|squash|tennis|golf|football|5 a side|five a side|match|final|league|boxing|sparring|judo|karate|mma|wrestl\w*|rugby|training|gym|arm wrestl\w*|paintball|laser tag|monopoly|uno|scrabble|mario kart`;
const GAMES = String.raw`\b(?:${GAME_WORDS})\b`;
// Dialect small words: "mi", "ma", "me" for my; "fi", "tae" for to; "nee", "nae", "nah" for no.
const MY = String.raw`(?:my|mi|ma|me)`;
const TO = String.raw`(?:to|fi|tae|ta|fe)`;
const PERSON = String.raw`(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|fella|feller|dad|da|father|stepdad|brother|brothers|sister|son|ex|old man|mum|mam|uncle|cousin)|her fella|the missus|our kid|him)`;

// --- Crisis -------------------------------------------------------------------------------------
const LORD = String.raw`(?:the lord|lord|the good lord|god|jesus|allah|jah|the almighty|the man upstairs|him upstairs|father god)`;
const TAKE_ME = pattern`\b(?:want|wish|pray|praying|prayed|hope|hoping|ask|asking|beg|begging|waiting for)\b(?: \w+){0,2}? ${LORD} (?:would |will |to |fi |tae |ta |go |just |come and )*(?:take|tek|teck|tak|takes|teks|call|calls|carry|carries) me\b(?: (?:away|home|now|tonight|soon|already|to him|to heaven|(?:in|inna)(?: ${MY}| the)? sleep))\b(?! (?:safe|safely|from|to|for|on|through|back|there))`;
const NOT_TAKE = String.raw`\b(?:interview|job|career|course|shift|safe journey|flight|journey|road|drive|exam|test|through this|seriously|lol|haha)\b`;

const NOT_KIDDING = String.raw`(?:not|nah|no|nae) (?:codding|kidding|joking|messing|messin|having you on|having a laugh|lying|romping|romp|winding you up|pulling your leg|playing)`;
const FINISH_IT = pattern`^(?:(?:so|right|honestly|look|well|aye|yeah|yes|that is it|ok|okay) )*(?:i am|ahm|am|mi|me)? ?(?:going to|gonna|a go|about to|will|ill|ahll) (?:finish|end) (?:it|it all|everything|me|myself)(?: (?:now|tonight|today|for good|soon|this week|properly))?(?: (?:i am|ahm|am|mi|me))? ${NOT_KIDDING}(?: (?:ya|you|ye|yous|yah|with you|like|mate|friend))?$`;
const CHECK_OUT = String.raw`(?:i am |am |ahm |mi |just )?(?:checking|check|clocking|tapping|bowing) out(?: (?:for good|permanently|of life|of this life|of this world|of it all))?`;
const DECIDED = String.raw`(?:(?:my |the )?(?:decisions|decision is|decision has been|minds|mind is|mind has been) (?:made|made up)|it is decided|i have decided|i have made my mind up)`;
const CHECKING_OUT = pattern`^(?:${CHECK_OUT} ${DECIDED}|${DECIDED} ${CHECK_OUT})$|\b(?:i am|ahm|am) (?:checking|clocking|tapping) out of (?:this life|life|this world|it all)\b`;
const NOT_CHECK = String.raw`\b(?:hotel|room|airbnb|hostel|tomorrow|basket|cart|trolley|till|tills|order|library|gym|course|job|flat|house|offer|tuesday|monday|wednesday|thursday|friday|saturday|sunday|at \d+)\b`;

const WILL_DONE = String.raw`\b(?:(?:my |the )?wills? (?:is |are )?(?:all )?(?:sorted|done|written|made|signed|in order|finished)|(?:made|written|done|sorted|signed|finished) (?:out )?my will)\b`;
const GOES_TO = String.raw`\b(?:the |my |our )?(?:dog|dogs|cat|cats|pets?|budgie|rabbit|puppy|kitten|staffy|horse|car|bike|van|telly|tv|guitar|records|tools|playstation|xbox|stuff|things)(?: is| are| s)? (?:going|goes|will go|to go|gone|sorted|promised) (?:to|with) (?:our kid|our \w+|${MY} \w+|her|him|them|the neighbours?|next door|\w+)\b`;
const WILL_AND_KEEPERS = new RegExp(String.raw`^(?:.*${WILL_DONE}.*${GOES_TO}|.*${GOES_TO}.*${WILL_DONE})`);
const NOT_WILL = String.raw`\b(?:holidays?|spain|abroad|away|while|whilst|kennels|cattery|week|fortnight|weekend|shifts?|nights|hospital|operation|surgery|mortgage|solicitor|probate|executor|inherit\w*|passed|died|funeral|(?:nan|gran|nana|granny|grandad|grandma|mum|mam|dad|father|mother|uncle|aunt|auntie|brother|sister|his|her|their)s? wills?|will (?:is|s) (?:sorted|done) (?:the|a|my)|moving|new job|the sale|sold|selling|vets?|groomers?|garage|mot|tip|when i (?:pass|die|go)|one day|eventually|in the future|years)\b`;

const GAVE = String.raw`\b(?:gave|give|given|gied|gie|gid|gived|giving|handed|passed)(?: (?:away|weh|awa|aff|out|over))?`;
const THINGS = String.raw`(?:playstation|ps4|ps5|xbox|switch|console|games|boots|trainers|clothes|phone|guitar|bike|jewellery|ring|rings|watch|medals|shirts?|stuff|things|everything|records|vinyl|tools|laptop|books|collection|chain|jacket|coat|necklace|bracelet|fishing gear|rods?|car|telly|tv)`;
const GIVEN_THINGS = String.raw`${GAVE}(?: \w+){0,4}? (?:all )?${MY}(?: \w+){0,2}? ${THINGS}\b`;
const GIVEN_WHY = String.raw`\b(?:crying|upset|in tears|bawling|greeting|confused|scared|worried)\b(?: \w+){0,4}? (?:did not|didnae|does not|do not|could not|cannae|can not|couldnae|doesnae|disnae) (?:get|understand|know|see|ken) why\b`;
const NOT_NEEDED = String.raw`\b(?:nah|not|no|nae|never|will not|do not|wont|won t|dinnae|willnae|am not going to|mi nah|me nah) (?:going to |a go |gonna )?(?:need|use|be needing|want|wear|play) (?:them|dem|em|it|any of it|they|those|any of them|nothing)(?: (?:again|anymore|any more|no more|nae mair|where i am going|after|after this))\b|\bwhere i am going\b|\bto remember me (?:by)?\b`;
const GIVEN_AWAY = new RegExp(String.raw`^(?=.*${GIVEN_THINGS}).*(?:${GIVEN_WHY}|${NOT_NEEDED})`);
const NOT_GIVEN = String.raw`\b(?:new|old|older|upgrade\w*|got a|bought a|work phone|outgrown|grown out|too small|too big|fit|fits|charity|car boot|sell|sold|selling|moving|declutter\w*|clear out|clearing out|uniform|retir\w*|weight|birthday|christmas|present|eid|diwali|lend|lent|borrow\w*|back|until|till|while|loan|borrowed|lol|haha|prison|jail|army|deploy\w*|abroad|university|uni|college)\b`;

const WILL_HARM = String.raw`(?:i will|ill|ahll|a will|i am going to|i am gonna|going to|gonna|i am gunna|imma|mi a go|me a go|mi go|a go|mi ago|i am about to|i swear i will|i am gonna go|i will go)`;
const HARM_VERB = String.raw`(?:lamp|batter|deck|chin|glass|bottle|stab|knife|shank|juk|jook|chop|bruk|bruck|mash|buss|beat|leather|lick|box|thump|punch|kill|murder|merk|wet|brain|burst|skelp|scud)`;
const HARM_WHO = String.raw`(?:him|her|them|em|dem|im|i am|that man|dat man|di man|the man|that boy|dat bwoy|dat boy|dat gyal|the fella|that fella|the lad|that lad|the bloke|that bloke|the guy|that guy|my landlord|the landlord|my boss|his face|her face|his head|her head)`;
const HARM = String.raw`${WILL_HARM} (?:${HARM_VERB}(?: up)? ${HARM_WHO}|(?:kick|do|knock|lay) ${HARM_WHO} (?:in|out|over))`;
const REALLY = String.raw`(?:${NOT_KIDDING}|no messing|mi serious|me serious|i am serious|am serious|dead serious|deadly serious|i mean it|mean it|swear down|on my life|on my (?:mums|mams|mothers|kids) life|i swear|no lie|for real|serious ting|nah play)`;
const SERIOUS_THREAT = pattern`\b${HARM}\b(?: \w+){0,6}? ${REALLY}\b|\b${REALLY}\b(?: \w+){0,4}? ${HARM}\b`;
const PETTY = String.raw`(?:biscuits?|chocolate|crisps|chips|leftovers|data|charger|trainers|hoodie|remote|seat|milk|yogurt|sandwich|pizza|cake|sweets|headphones|shampoo|wifi|netflix|spoilers?|ending)`;
const NOT_THREAT = String.raw`(?:${GAMES}|\b(?:interview|exam|test|karaoke|ball|goal|shot|cv|script|lines|(?:my|the|last) ${PETTY})\b)`;

const HOT = String.raw`\b(?:drink|drinks|drinking|drunk|a few|pissed|bevvied|gargle|bladdered|hammered|steaming|pub|temper|angry|mood|fists|with me|with us|with the kids)\b`;
const HANDY = pattern`^(?=.*${HOT}).*\b${PERSON}(?: \w+)? (?:gets|get|got|can get|goes|went|turns|turned|has got|can go) (?:a bit |a little |very |too |dead |right |proper |really |a wee bit )?handy(?= (?:after|when|once|if|with (?:his|her|their) fists|with me|with us|with the kids|with my (?:mum|mam|kids|sister))\b|$)|\bhandy with (?:his|her|their) fists\b(?=.*\b(?:me|us|the kids|my mum|my mam|drink|drunk)\b)`;
const NOT_HANDY = String.raw`\b(?:tools|diy|spanner|drill|kitchen|cook\w*|garden|gardening|car|engine|motor|fix|fixing|around the house|about the house|handyman|useful|tip|app|to have|to know|bus|train|taxi|shop|near|job|jobs|furniture|flat pack|needs doing|boxing|boxer|gym|club|ring|${GAME_WORDS})\b`;

const BEATING = String.raw`(?:hiding|good hiding|battering|kicking|leathering|pasting|thumping|belting|beating|doing over|slapping|black eye|bust lip|burst lip|fat lip|clout|going over|kicking in|tanking)`;
const GAVE_ME = pattern`\b${PERSON}(?: \w+){0,2}? (?:gave|gives|give|has given|have given|will give|is giving|kept giving|used to give|gied|gid) me (?:a |another |one )?(?:right |proper |good |real |bad |wee |massive |fair |total |serious )?${BEATING}\b`;
const NOT_GAVE = String.raw`(?:${GAMES}|\b(?:appraisal|review|feedback|meeting|interview|marking|marks|exam|essay|assignment|cv|telling off|earful|lol|haha|jokes?|banter|massage|physio|dentist|tattoo|haircut|tribunal|court|hearing|judge|panel|assessment)\b)`;

const ABOUT_ME = pattern`\b(?:he|she|they|him|my \w+|our \w+|her fella|the missus)(?: \w+){0,3}? (?:knocking|knocks|knocked|knock|slapping|slaps|slapped|kicking|battering|throwing|throws|threw|chucking|shoving|shoves|shoved|dragging|dragged|smacking|smacks|bashing|belting|leathering|battering) (?:me|my mum|my mam|my ma|us|the kids|my sister|my brother|mum|mam) (?:about|around|round|all over)\b`;
const NOT_ABOUT = String.raw`(?:${GAMES}|\b(?:danc\w*|playing about|play fight\w*|playful|rough and tumble|pillow|toddler|baby|puppy|my dog|the dog|my horse|waves|wind|bus|ride|rollercoaster|boat|ferry|flight|turbulence|rota|shifts?|schedule|queue|crowd|mosh\w*|gig|concert|festival|soft play|trampoline|lol|haha|ideas|idea|questions|emails)\b)`;

const ASK_HIM = String.raw`(?:his|her|their|${MY} (?:husbands?|partners?|boyfriends?|fellas?|wifes?|girlfriends?))`;
const PERMISSION = pattern`\b(?:need|needs|have to get|have to ask for|got to get|got to ask for|must get|must ask for|need to get|need to ask for|have to have|wait for|waiting for) ${ASK_HIM} (?:permission|say so|ok|okay|approval|blessing)\b(?: \w+){0,3}? (?:for|to|before|if) (?:i |going |go |to )?(?:go |going |pop |nip |get |visit |see |leave |buy |spend |wear |eat |talk |ring |phone |call )?(?:to |the |my |out |a |some )?(?:shops?|shopping|supermarket|doctors?|gp|dentist|out|house|mum|mam|mom|family|sister|brother|friends?|money|anything|food|clothes|coffee|park|church|mosque|temple|gurdwara|town|walk|haircut|bath|shower)\b|\b(?:have to|got to|need to|must) (?:ask|check with|clear it with) (?:him|her|my (?:husband|partner|boyfriend|fella|wife|girlfriend)) (?:before|if|whether) i (?:can |am allowed to |may )?(?:go to the shops|go out|leave the house|see my (?:mum|mam|family|friends|sister)|spend|buy (?:food|clothes|anything))\b`;
const NOT_PERMISSION = String.raw`\b(?:manager|boss|supervisor|landlord|teacher|school|shift|rota|holiday|annual leave|day off|time off|overtime|van|company|reference|photos?|consent|dbs|passport|form|sign|signature|data|details|use his|use her|licence|license|(?:dads|mums|mams|parents|managers|bosses) permission|course|trip|job|lol|haha)\b`;
const SPENT = String.raw`(?:(?:what|how much) i (?:have )?(?:spent|spend|bought|buy)|where i have been|who i (?:text|talk|message|see|saw|rang|phoned)|every penny|my own money|me own money|allowance|pocket money|useless with money)`;
const CHECKS_SPENDING = pattern`\b${PERSON}(?: \w+){0,2}? (?:goes through|go through|went through|checks|checked|looks through|searches|searched|counts|reads|takes|keeps|controls) (?:the bins|the bin|my receipts|the receipts|every receipt|my purse|my bag|my handbag|my bank(?: app| statements| account| card)?|my statements|my account|my change|my card|my wages|my money|all my money|my benefits|my universal credit|my pay|the bank app)\b(?=.*\b${SPENT})`;
const NOT_SPENDING = String.raw`\b(?:accountant|bookkeeper|auditor|tax|self assessment|expenses|business|company|till|security|budget app|budgeting|we agreed|together|joint)\b`;

const NO = String.raw`(?:no|nee|nae|nah|nuh|zero|not a)`;
const NO_FOOD = String.raw`\b${NO} (?:food|scran|grub|nosh|bread|milk)\b`;
const NO_POWER = String.raw`\b${NO} (?:money|cash|pennies|dosh|leccy|lecky|electric|electricity|gas|power|heating|light|credit on the meter)\b`;
const STARVING = String.raw`\b(?:kids|children|little ones|baby|pickney|pickneys|we|us|wi|mi)\b(?: \w+)? (?:are |is |am |s |been |be )?(?:starving|starvin|starved|hungry|famished|clammed|clemmed)\b`;
const NOTHING_IN = new RegExp(String.raw`^(?=.*${NO_FOOD})(?=.*${NO_POWER})(?=.*${STARVING})`);
const NOT_NOTHING_IN = String.raw`\b(?:canteen|pret|meal deal|chippy|takeaway|lunch|office|tesco|cafe|restaurant|at work|on shift|break|lol|haha|film|book|game|episode)\b`;

// --- Concern ------------------------------------------------------------------------------------
const NOTHING_CHANGE = pattern`${NOT_BEFORE}\b(?:nothings?|nutten|nuttin|nuttn|nottin|nuffin) (?:is |s |will |ever |a |nah |never |is ever |is never )?(?:going to |gonna |go |ever |ever going to |will |will ever )?(?:change|get better|improve|be different|go right|work out) (?:for|fi|fa|fe) (?:me|mi|us|wi|people like me|the likes of me)\b`;
const NOT_CHANGE = String.raw`\b(?:until|till|unless|when i|once i|in terms of|hours|pay|contract|rota|shifts?|tax|benefits?|universal credit|claim|payments?|start date|role|address|pension|do not worry|form|either way|if i|whichever|fine|good|great|same)\b`;

const RENT_OWED = String.raw`\brents?\b(?: \w+){0,3}? (?:not paid|unpaid|is not paid|has not been paid|owing|owed|behind|in arrears|not been paid|pending|outstanding|due for \d+)|\b(?:not|could not|can not|have not|did not|unable to) (?:been able to )?pa(?:id|y) (?:the |my )?rent\b`;
const TOLD_TO_GO = String.raw`\b(?:landlord|owner|agent|landlady|house owner|housing|council|they|he|she)\b(?: \w+){0,3}? (?:saying|says|said|asking|asked|told|telling|wants|want|gave|given|served|threatening|threatened) (?:me |us )?(?:to )?(?:vacate|leave the (?:house|flat|property|room)|move out|get out|quit|notice|an eviction|eviction|section 21)\b`;
const RENT_VACATE = new RegExp(String.raw`^(?=.*(?:${RENT_OWED}))(?=.*${TOLD_TO_GO})`);

const CREDITOR = String.raw`\b(?:credit union|loans?|catalogue|klarna|clearpay|overdraft|credit cards?|provident|bailiffs?|payday|arrears|council tax|debts?|owe|owing|lenders?|loan shark|littlewoods|doorstep)\b`;
const UP_TO_EYES = pattern`\bup to (?:my|me|mi|ma|the) (?:eyes|eyeballs|neck|ears|eyebrows) in (?:it|debt|debts|bills|arrears|loans|the red)\b(?=.*${CREDITOR})`;
const WORRIED_SICK = pattern`(?:^|\bi am |\bi have been |\bi was |^am |^been |\bi feel |\bi get |\bhonestly )(?:worried sick|sick with worry|worried to death|worried out of my mind|out of my mind with worry|losing sleep|stressed out of my mind) (?:about|over|with) (?:money|the money|cash|bills|the bills|paying the bills|paying the rent|the rent|debts?|my debts?|how to pay|how i will pay|making ends meet|finances|my finances)\b`;
const NOT_WORRIED = String.raw`\b(?:course|fees?|bursary|trip|wedding|holiday|christmas presents|no longer|used to|stopped)\b`;

const NOBODY = pattern`^(?=.*\b(?:alone|lonely|on my own|on ma own|by myself|isolated|no friends|all day|not a soul|since i moved|since i came|family (?:are|is) (?:back|in|at)|far from home)\b).*\b(?:no one|not a soul|not one person|no body|nobady|naebody) ${TO} (?:talk|chat|speak|reason|turn|lean on|confide in)(?: to| with| wid| wi)?\b`;
const NOT_NOBODY = String.raw`\b(?:about the|about my (?:claim|cv|application)|regarding|for the job|reception|phone|helpline|customer service|switchboard|line|who to talk to|manager|hr|bank|council|jobcentre|universal credit|claim|interview|party|wedding|conference|fair|event|lol|haha|film|book|game)\b`;

const CANNAE = pattern`\b(?:can not|cannae|canny|canna) (?:handle|take|cope with|dae|dee|do|da|stand|bear|hack|deal with|thole) (?:this |it |any of this |this life |this nae )?(?:any ?(?:mair|mare)|(?:nae|no) (?:more|mair|longer)|ony mair)(?: (?:o|of) (?:this|it))?\b|\b(?:can not|cannae|canny|canna) (?:dae|dee|da|thole) (?:this|it)(?: \w+)? (?:any ?(?:more|longer|mair)|(?:nae|no) mair)\b`;
const NOT_CANNAE = String.raw`\b(?:heat|weather|rain|traffic|queue|noise|music|app|website|laptop|phone|printer|hold music|episode|series|spice|curry|coffee|cake|food|pints?|sugar|chocolate|full|stuffed|lol|haha|${GAME_WORDS})\b`;

const JEST_WHO = String.raw`(?:him|her|them|em|dem|(?:${MY}|the|that|our|this|his|their) (?:wee |little |big |lil |baby |younger |older |kid )?(?:cousin|brother|sister|bro|sis|friend|flatmate|housemate|boyfriend|girlfriend|husband|wife|partner|fella|kids|son|daughter|nephew|niece|mum|mam|dad|lads?|neighbour|uncle|aunt|auntie|in laws|grandkids|pair of them|lot of them|both of them)|the pair of them|both of them|the lot of them)`;
const WOULD_HAVE = String.raw`(?:i could have|i would have|id have|i could of|i would of|i swear id have)`;
const GRIEVANCE = String.raw`\b(?:he|she|they) (?:just |only |went and )?(?:finished|ate|drank|used|took|nicked|pinched|told|wore|broke|deleted|ruined|spoiled|spoilt|lost|borrowed|stole|posted|showed|cancelled|scoffed|had|left)\b`;
const JEST_VERB = String.raw`(?:beat|smack|slap|kill|murder|strangle|throttle|batter|lamp|deck|punch|thump|swing for|choke|box)`;
const JEST_DONE = String.raw`(?:murdered|killed|strangled|throttled|battered|slapped|smacked|swung for|choked|lamped|decked)`;
// A threat said with the petty reason after it ("he finished my data"), or what they would have done.
const JEST = pattern`\b(?:i will|ill|ahll|i am going to|i am gonna|going to|gonna|i am about to|i swear i will|imma|i am gunna|mi a go|i will literally|i will actually|i will just) (?:actually |literally |honestly |genuinely |just )?${JEST_VERB} ${JEST_WHO}\b(?! (?:to|at|in|on|for|out|up|down|off|with)\b)(?=.*${GRIEVANCE})|\b${WOULD_HAVE} (?:actually |literally |honestly |genuinely |just )?${JEST_DONE} ${JEST_WHO}\b(?! (?:to|at|in|on|for|out|up|down|off|with)\b)`;
const NOT_JEST = String.raw`(?:${GAMES}|\b(?:score|record|pb|personal best|high score|points|fantasy|running|parkrun|marathon|traffic|queue|deadline|to it)\b)`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FORTY_SEVENTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:take|tek|teck|tak|takes|teks|call|calls|carry|carries) me\b`, NOT_TAKE), [group('crisis', 'wishes to be dead', [TAKE_ME])]],
  [unless(String.raw`\b(?:finish|end)\b`, JOKE), [group('crisis', 'intends to end their life', [FINISH_IT])]],
  [unless(String.raw`\bout\b`, NOT_CHECK), [group('crisis', 'intends to end their life', [CHECKING_OUT])]],
  [unless(String.raw`(?:\bwills? (?:is |are )?(?:all )?(?:sorted|done|written|made|signed|in order|finished)|\bmy will)\b`, NOT_WILL), [group('crisis', 'preparing to end their life, or a past attempt', [WILL_AND_KEEPERS])]],
  [unless(String.raw`\b(?:gave|give|given|gied|gie|gid|gived|giving|handed|passed)\b`, NOT_GIVEN), [group('crisis', 'preparing to end their life, or a past attempt', [GIVEN_AWAY])]],
  [unless(String.raw`\b(?:serious|mean it|swear|life|lie|real|ting|play|romp|codding|kidding|joking|messing|messin|having|lying|winding|pulling)\b`, NOT_THREAT), [group('crisis', 'harm to someone else', [SERIOUS_THREAT])]],
  [unless(String.raw`\bhandy\b`, NOT_HANDY), [group('crisis', 'abuse or violence', [HANDY])]],
  [unless(String.raw`\bme (?:a |another |one )?(?:\w+ )?(?:hiding|battering|kicking|leathering|pasting|thumping|belting|beating|doing|slapping|black|bust|burst|fat|clout|going|tanking)\b`, NOT_GAVE), [group('crisis', 'abuse or violence', [GAVE_ME])]],
  [unless(String.raw`\b(?:about|around|round|all over)\b`, NOT_ABOUT), [group('crisis', 'abuse or violence', [ABOUT_ME])]],
  [unless(String.raw`\b(?:permission|say so|approval|blessing|ask|check with|clear it with)\b`, NOT_PERMISSION), [group('crisis', 'coercive control', [PERMISSION])]],
  [unless(String.raw`\b(?:bins?|receipts?|purse|bag|handbag|bank|statements|account|change|card|wages|money|benefits|universal credit|pay)\b`, NOT_SPENDING), [group('crisis', 'coercive control', [CHECKS_SPENDING])]],
  [unless(String.raw`\b(?:starving|starvin|starved|hungry|famished|clammed|clemmed)\b`, NOT_NOTHING_IN), [group('crisis', 'no safe place, food or power tonight', [NOTHING_IN])]],
  [unless(String.raw`\b(?:nothings?|nutten|nuttin|nuttn|nottin|nuffin)\b`, NOT_CHANGE), [group('concern', 'hopelessness', [NOTHING_CHANGE])]],
  [/\brents?\b/, [group('concern', 'may lose their home', [RENT_VACATE])]],
  [/\bup to\b/, [group('concern', 'money worries', [UP_TO_EYES])]],
  [unless(String.raw`\b(?:worried|worry|losing sleep|stressed)\b`, NOT_WORRIED), [group('concern', 'money worries', [WORRIED_SICK])]],
  [unless(String.raw`\b${TO} (?:talk|chat|speak|reason|turn|lean|confide)\b`, NOT_NOBODY), [group('concern', 'feels alone', [NOBODY])]],
  [unless(String.raw`\b(?:can not|cannae|canny|canna)\b`, NOT_CANNAE), [group('concern', 'not coping', [CANNAE])]],
  [unless(String.raw`\b(?:beat|smack|slap|kill|murder|strangle|throttle|batter|lamp|deck|punch|thump|knock|murdered|killed|strangled|throttled|battered|slapped|smacked|swung|swing|choke|choked|box)\b`, NOT_JEST), [group('concern', 'joked about hurting someone', [JEST])]],
];
