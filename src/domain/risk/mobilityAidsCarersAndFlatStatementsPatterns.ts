// Disabled and chronically ill clients, autistic and ADHD writers, a support worker typing for
// someone, Deaf and blind writers and unpaid carers, who say it flatly, formally or in few words.
// Crisis: "would prefer not to exist", said as a plain statement; hating their life and wanting "it
// over"; a voice or part of them saying "finish it" or "finish yourself off"; "no more" of it and
// "finishing it" on a day; the pet given away and a letter written for family; codes and bank
// details sent to someone "just in case"; a carer who has already pushed or hit the one they care for
// and "might really hurt" them; crutches, a stick or a wheelchair thrown or hidden, being made to
// crawl or beg; a carer who leaves them in wet pads or on the floor for hours; someone listening in on
// the calls; the hostel full at night and nowhere but a bench.
// Concern: not valued "by anyone"; put down "like i was nothing" and agreeing with it; self worth
// "at zero"; painkillers bought "off a guy", or drink raised to manage the nerves or the pain; a bill
// some hundreds "behind"; three hours' sleep and living off biscuits; "alone all the time", or a
// family that does not sign; crying in a shop with deadlines missed, more shutdowns, normal routines
// not managed; "pretty miserable" said of themselves; hurting someone, said as a joke ("lol", "joke").
// Read in the whole message: the words are few and the sense is in how they sit together, so the
// classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskFiftyEighthForms.test.ts.
// Normalised words, as in riskPatterns.ts ("cannot" is "can not", "im" is "i am", "tbh" is "honestly").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const JOKE_WORDS = String.raw`\b(?:lol|lmao|haha\w*|jk|joking|kidding|rofl)\b`;
const RELATIVE = String.raw`(?:mum|mam|mom|dad|family|kids|son|daughter|sister|brother|partner|wife|husband|nan|gran|everyone|the kids|my kids)`;

// --- Crisis -------------------------------------------------------------------------------------
const PREFER_NOT = pattern`${NOT_BEFORE}\b(?:i|id) (?:would |should |do )?(?:honestly |genuinely |truly |really |much |just |simply )?(?:prefer|rather|sooner|like) (?:it if i did not|it if i was not|if i did not|not to|to not|not) (?:exist|be alive|be living|wake up(?! (?:early|at|for|before|so|to|in|on|that|every|with)\b)|be on this earth|be in this world|exist any more|exist anymore)\b(?! (?:in|on|at|as|with|for) (?:this|that|the|a|an|my) (?:job|role|team|office|company|meeting|call|group|chat|place|industry|sector|line of work|field|system)\b)`;
const NOT_PREFER = String.raw`\b(?:job|role|team|office|company|industry|sector|field|system|queue|database|spreadsheet|app|game|character|film|book|song|lyric|lyrics|lol|haha|on paper|on the system|on their system|in their eyes)\b`;

const HATE_LIFE_OVER = pattern`^(?=.*\b(?:hate|hating|sick of|tired of|done with|fed up with|can not stand) (?:my life|my whole life|living|being alive|existing|everything about my life)\b).*\b(?:want|wanting|need|needing|wish|just want) (?:it|it all|everything|this|all this|this all|all of it) (?:to be |to |all )?(?:over|over with|to end|ended|to stop|finished|done)\b(?! (?:with|by|before|so i can)\b)`;
const NOT_HATE_LIFE = String.raw`\b(?:week|weekend|day|shift|job|interview|exam|course|season|match|game|flight|journey|drive|meeting|assessment|tribunal|queue|move|process|call|lol|haha)\b`;

const FINISH_VOICE = pattern`\b(?:part of me|a voice|the voice|voices|my head|my brain|my mind|something in me|a bit of me|the thoughts?) (?:that |which )?(?:keeps |keep |kept |is |are |has been |have been |was |were |starts |started )?(?:saying|telling me|whispering|going|shouting|urging me|screaming) (?:to )?(?:just )?(?:finish (?:it|it all|it off|yourself off|myself off|me off)|end (?:it|it all|yourself|myself))\b(?! (?:with|there|early|here|now and|on a)\b)|\bfinish (?:yourself|myself|my ?self) off\b(?! (?:with|by)\b)`;
const NOT_FINISH = String.raw`\b(?:cv|form|forms|application|essay|assignment|course|degree|module|book|series|season|show|game|level|puzzle|jigsaw|marathon|race|run|drink|pint|bottle|cake|pizza|plate|dinner|chocolate|sunbed|tan|nails|hair|make up|makeup|project|painting|knitting|drawing|bath|early night|nap|relationship|with him|with her|boyfriend|girlfriend|lol|haha)\b`;

const FINISHING_IT = pattern`^(?=.*\b(?:no more \w+(?: \w+)? no more|had enough|can not do this|can not take (?:it|this|any)|can not go on|sick of (?:it|this|everything|living|life)|done with (?:it all|everything|life|this life))\b).*\bi am (?:finishing|going to finish|finally finishing|definitely finishing|ending) (?:it|it all|everything|things|this)\b(?! (?:off|up|with|for|by|before|early|at work)\b)`;
const NOT_FINISHING = String.raw`\b(?:the (?:form|cv|application|essay|course|book|series|project|job)|this (?:form|cv|application|essay|course|book|series|project|job)|my (?:cv|form|application|essay|course|degree|book|project|contract|tenancy|shift)|relationship|with (?:him|her|them)|boyfriend|girlfriend|contract|tenancy|lease|subscription|membership|lol|haha)\b`;

const PET_AND_LETTER = pattern`^(?=.*\b(?:(?:give|gave|given|giving)(?: \w+){0,2} (?:cat|cats|dog|dogs|pet|pets|rabbit|rabbits|budgie|hamster|kitten|puppy|tortoise) (?:to|away)|(?:rehome|rehomed|rehoming|found (?:a )?(?:new )?home for|found someone to (?:have|take))(?: \w+){0,2} (?:cat|cats|dog|dogs|pet|pets|rabbit|rabbits|budgie|hamster|kitten|puppy|tortoise))\b)(?=.*\b(?:(?:write|wrote|written|writing|done|finished) (?:a |the |my |some |all the |me )?(?:letters?|notes?|goodbye)|(?:left|leave|leaving) (?:a |the |my |some |all the )?letters?) (?:for|to) (?:my |me )?${RELATIVE})`;
const NOT_PET = String.raw`\b(?:holiday|going away|abroad|moving|move|new flat|new house|landlord|allergic|allergy|hospital|respite|operation|vet|kennels|cattery|sitter|cover letter|birthday|christmas|thank you|complaint|appeal|tribunal|pip|dwp|council|mp|school|teacher|for the week|for the weekend|for a few days|while i|till i|until i|lol|haha)\b`;

const JUST_IN_CASE = pattern`\b(?:sent|given|gave|told|passed|handed|written down|wrote down|left) (?:my \w+|him|her|them|my \w+ \w+) (?:all )?(?:the |my |all my )?(?:codes|pins?|pin numbers|passwords|logins|log ins|login details|bank details|bank stuff|bank cards?|passcodes?)\b.*\bjust in case\b(?! (?:i|you|we|he|she|they|it|the|my|of|anything|something|someone|there|this|that)\b)`;
const NOT_IN_CASE = String.raw`\b(?:holiday|away|abroad|hospital|operation|surgery|admitted|seizure|seizures|fit|fits|dementia|memory|forget|forgot|lose|lost|carer|appointee|attorney|dyslexi\w*|blind|sight|manager|boss|colleague|till|alarm|door|key safe|keysafe|lockbox|wifi|gate|parcel|locker|shopping|delivery|lol|haha)\b`;

const MIGHT_HURT_THEM = pattern`^(?=.*\b(?:pushed|shoved|grabbed|hit|slapped|shook|smacked|lashed out|lost it|losing it|snapped|screamed at|lost my temper|losing my temper)\b).*\bi (?:might|may|could|am going to|will|will end up|am scared i will|am afraid i will|worry i will|think i will) (?:really |actually |seriously |end up |properly )?(?:hurt|harm|hit|injure|lash out at|do something to) (?:him|her|them|my (?:husband|wife|partner|mum|mam|dad|son|daughter|child|kid|kids|nan|gran|brother|sister))\b(?! (?:feelings|by accident)\b)`;
const NOT_MIGHT_HURT = String.raw`\b(?:feelings|game|football|rugby|boxing|gym|training|match|pitch|sparring|dog|cat|lol|haha|accidentally|by accident)\b`;

const AIDS_TAKEN = pattern`\b(?:he|she|they|my \w+|my \w+ \w+) (?:threw|throws|thrown|chucked|chucks|hid|hides|hidden|snatched|snatches|kicked|kicks|broke|breaks|smashed|keeps hiding|keeps taking|took away|takes away|has taken away|has hidden|has thrown|keeps throwing|won t give me back|will not give me back) (?:away )?(?:my|me) (?:crutches|crutch|walking stick|wheelchair|walking frame|zimmer frame|zimmer|walker|hearing aids?|white cane|cane|mobility scooter|rollator|inhaler)\b|${NOT_BEFORE}\b(?:made|makes|making|forced|forces|forcing) me (?:to )?(?:crawl|beg|sleep on the floor|sit in my own|lie in my own|eat off the floor|wet myself|soil myself)\b`;
const NOT_AIDS = String.raw`\b(?:physio|physiotherapist|therapist|exercise|exercises|class|yoga|rehab|gym|instructor|trainer|dog|puppy|cat|kitten|toddler|baby|grandson|granddaughter|repair|repaired|fixed|fix|service|serviced|mend|mended|accident|accidentally|by mistake|airline|bus driver|taxi|game|film|lol|haha)\b`;

const LEFT_IN_WET = pattern`\b(?:leaves|left|keeps leaving|leave|leaving|has left) me (?:lying |sat |sitting )?(?:in|on) (?:wet|soiled|dirty|soaking|my own (?:mess|wee|urine|pee|poo|filth|waste|sick)|a wet|a dirty|the floor|the bathroom floor|the commode|the toilet)\b(?=.*\b(?:hours|all day|all night|ages|the whole|laughs|laughed|laughing at me|again|every|each time)\b)`;
const NOT_LEFT = String.raw`\b(?:ambulance|paramedics?|fell|fall|had a fall|film|comedian|comedy|show|stitches|in tears laughing|on read|lol|haha)\b`;

const LISTENS_IN = pattern`${NOT_BEFORE}\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|carer|dad|mum|son|daughter|ex)) (?:always |still |now |even )?(?:listens in|listen in|is listening in|records|reads|goes through|checks|monitors) (?:on |to )?(?:our|my|all my|all our|every|each of my|each of our) (?:calls|chats|messages|texts|conversations|phone calls|emails)\b`;
const NOT_LISTENS = String.raw`\b(?:blind|sight|read (?:it|them) (?:out|to me)|reads (?:it|them) (?:out|to me)|out to me|asked (?:him|her|them)|i asked|help me|helps me|to help|support|appointee|dyslexi\w*|interpreter|bsl|sign|it is fine|no concerns|happy with|speaker|scam|scams|spam|phishing|lol|haha)\b`;

const HOSTEL_FULL = pattern`^(?=.*\b(?:tonight|\d+ ?pm|this evening|all night|overnight|it is late|it is dark|nowhere to sleep)\b).*\b(?:hostel|hostels|shelter|shelters|night shelter|refuge|refuges|emergency (?:accommodation|housing|beds?)|b and b)\b.*\b(?:full|no beds|no rooms|no room|no space|nothing (?:left|available|till|until))\b|\bi (?:can not|will have to|am going to have to|might have to|have to) (?:sit|sleep|stay|be) (?:on a bench|on the street|on the streets|outside|in the station|in a doorway|in the bus station|in a park|in the car|in my car) (?:all night|tonight|overnight)\b`;
const NOT_HOSTEL = String.raw`\b(?:holiday|trip|booking|booked|festival|camping|gig|concert|tickets|hike|walking|travel|interview tomorrow|stag|hen|youth hostel|hotel|airbnb|queue|car park|restaurant|pub|cinema|lol|haha)\b`;

// --- Concern ------------------------------------------------------------------------------------
const NOT_VALUED = pattern`${NOT_BEFORE}\bi am (?:aware |sure |certain |convinced |realising |realizing |clear )?(?:that )?(?:i am )?(?:not valued|not wanted|not needed|not loved|not cared about|of no value|of no use|no use) (?:by|to) (?:anyone|anybody|no one|nobody|a single person|one single person|anyone at all)\b`;
const NOT_NOT_VALUED = String.raw`\b(?:at work|work|job|company|team|employer|manager|boss|role|staff|customers|clients|sales|market|lol|haha)\b`;

const AGREED_NOTHING = pattern`^(?=.*\b(?:looked at|looks at|treated|treats|talked to|talks to|spoke to|speaks to) me (?:like|as if) i (?:was|am|were) (?:nothing|dirt|rubbish|a nobody|worthless|a waste of space|scum|a piece of dirt)\b).*\b(?:probably right|maybe (?:she|he|they) (?:is|are|was|were) right|(?:she|he|they) (?:is|are|was|were) (?:probably |not wrong|right)|fair enough|not wrong|which i am|and i am|maybe i am)\b`;
const NOT_AGREED = String.raw`\b(?:complain|complaint|report|reported|appeal|rude|how dare|disgusting|out of order|not on|lol|haha)\b`;

const WORTH_ZERO = pattern`\b(?:self worth|self esteem|selfworth|selfesteem|sense of worth|self respect)\b(?: is| are| has| have| at| now| been| currently| basically| about| like| literally| gone| gone to| down to| sitting at| hit)* (?:zero|0|nil|nothing|none|non existent|nonexistent|rock bottom|in the gutter|on the floor|in the bin|through the floor|minus)\b|\b(?:zero|0|nil|nothing|rock bottom|empty) and so (?:is|are) my (?:self worth|self esteem|sense of worth|self respect)\b`;
const NOT_WORTH = String.raw`\b(?:course|workshop|book|podcast|article|building|improving|improved|better now|back up|used to be|was at|last year|a year ago)\b`;

const STREET_SUPPLY = pattern`\b(?:buying|bought|buy|getting|got|get|ordering|ordered|scoring|scored) (?:my |some |extra |more |a few )?(?:codeine|tramadol|pregabalin|gabapentin|diazepam|valium|oxy|oxycodone|morphine|painkillers|pain killers|co codamol|cocodamol|xanax|benzos|sleeping (?:pills|tablets)|dihydrocodeine|fentanyl|zopiclone|opioids|prescription meds) (?:off|from) (?:a |some |this |my |an )?(?:guy|bloke|mate|friend|lad|man|woman|dealer|fella|contact|someone|somebody|internet|online|dark web|website|neighbour|people|random)\b`;
const NOT_SUPPLY = String.raw`\b(?:pharmacy|pharmacist|chemist|prescription for|boots|lloyds|superdrug|asda|tesco|for my (?:mum|dad|nan|gran|son|daughter)|story|news|documentary|series|film|character|court|police|arrested|lol|haha)\b`;

const DRINK_TO_MANAGE = pattern`^(?=.*(?:\bincreased my (?:alcohol|drinking|drink)\b|\b(?:drinking|drink|drank|having|have|on) (?:about |approximately |around |like |up to |at least |roughly )?(?:\d+|two|three|four|five|six|seven|eight|a few|a couple of|loads of) (?:cans|bottles|pints|glasses|shots|units|beers|ciders|tins)\b)).*\b(?:to|in order to|so i can|just to|helps me|help me) (?:manage|cope|deal|handle|numb|calm|settle|get through|take the edge off|quiet|quieten|blot out|block out|switch off|forget)\b`;
const NOT_DRINK = String.raw`\b(?:water|tea|herbal|chamomile|camomile|coffee|juice|smoothie|milk|hot chocolate|squash|cutting down|cut down|stopped|quit|sober|less|decreased|reduced|alcohol free|no alcohol|zero|protein|electrolyte|match|result|football|score|team|lol|haha)\b`;

const BILL_BEHIND = pattern`\b(?:energy|gas|electric|electricity|water|council tax|rent|rents|phone|broadband|leccy)(?: and \w+)? (?:bill|bills|account|payments?)? ?(?:is|are|has gone|have gone|went|now|is now|are now|got)? ?(?:about |over |nearly |almost |like |around |already )?\d+ (?:pounds |quid )?(?:behind|in arrears|overdue|in the red|owing)\b`;
const NOT_BILL = String.raw`\b(?:customer|customers|client|clients|tenant|tenants|collections|invoice|at work|my job|points|score|minutes|seconds|lol|haha)\b`;

const SHORT_SLEEP_POOR_FOOD = pattern`^(?=.*\b(?:sleeping|slept|getting|get|managing|on|running on) (?:like |about |maybe |only |barely |just |around )?(?:[1-4]|two|three|four|a couple of|a couple|a few) (?:hours|hrs|hour)\b)(?=.*\b(?:living|surviving|existing|getting by|running) (?:off|on) (?:biscuits|crisps|toast|cereal|coffee|energy drinks|tea|noodles|pot noodles|nothing|chocolate|sweets|crackers|bread)\b)`;
const NOT_SLEEP_FOOD = String.raw`\b(?:baby|newborn|night shift|nights|night shifts|festival|camping|gaming|exam|exams|revision|deadline|party|holiday|stag|hen|flight|jet lag|lol|haha)\b`;

const ALONE_ALWAYS = pattern`(?:^|\bi am |\bme |\bi feel |\bfeel |\bi am just |\bme just |\bi am always |\bme always )(?:so |really |very )?(?:alone|on my own|by myself|lonely) (?:all the time|all time|every day|all day every day|always|24 7|day and night|all day and all night|every single day)\b|\b(?:nobody|no one)(?: at home| in my family| around me| here)? (?:can |will |knows how to |bothers to |learned to |learnt to |ever |does )?(?:sign|uses bsl|use bsl|learn bsl|knows bsl)\b(?! (?:of|up|in|off|the|a|for|language class)\b)|\b(?:family|my family|friends|my friends|none of (?:my family|them)|everyone at home) (?:do not |does not |can not |never learned to |never learnt to |never bothered to |will not |no )(?:learn )?(?:sign|use bsl|learn bsl|bsl)\b(?! (?:of|up|in|off|the|a|for|language class)\b)`;
const NOT_ALONE = String.raw`\b(?:fine|ok|okay|suits me|happy|nice|peace|peaceful|love it|like it|enjoy|enjoying|prefer|bliss|quiet time|teach|teaching|learning|lessons|class|course|interpreter booked|job|role|lol|haha)\b`;

const OVERWHELM_SIGNS = String.raw`(?:\b(?:cried|crying|sobbed|sobbing|broke down|burst into tears|meltdown|melted down) (?:in|at|outside|in the middle of) (?:the )?(?:tesco|asda|aldi|lidl|sainsburys|morrisons|co op|shop|supermarket|street|car park|jobcentre|job centre|bus|train|waiting room|post office|bank|public|office|gp|doctors|pharmacy|queue)\b|\bmissed (?:\d+|two|three|four|five|all|all my|so many|loads of) (?:deadlines|appointments|calls|bills|payments)\b|\b(?:adhd|autism|anxiety|pain|brain fog|fatigue|fibro|ocd|depression) (?:is )?(?:off the charts|through the roof|off the scale|out of control)\b|\bcan not do this\b|\bcan not cope\b|\bfalling apart\b)`;
const NOT_OVERWHELM = String.raw`\b(?:toddler|baby|my son|my daughter|my kids|the kids|my child|job offer|got the job|happy|relief|proud|film|lol|haha)\b`;
const CRYING_OVERWHELM = pattern`^(?=(?:.*${OVERWHELM_SIGNS}){2})`;
const SHUTDOWNS = pattern`(?:\bmore (?:shutdowns|meltdowns|panic attacks|seizures|flare ups|flares|crashes) (?:than usual|than normal|than ever|lately|recently|this week|this month)|\b(?:constant|daily|so many|several|loads of|a lot of|non stop|back to back) (?:shutdowns|meltdowns|panic attacks))\b|\bi (?:can not|am not able to|am unable to|am struggling to|am not managing to) (?:manage|cope with|keep up with|keep on top of|do|get through) (?:my |the )?(?:normal |usual |daily |basic |everyday )?(?:routines?|day to day|everyday stuff|everyday tasks|basic tasks|self care|the basics)\b`;
const NOT_SHUTDOWNS = String.raw`\b(?:used to|last year|years ago|before|back then|better now|improved|getting better|back to normal|service users?|clients?|residents?|pupils?|students?|my son|my daughter|my child|my kids|lol|haha)\b`;

const MISERABLE = pattern`(?:^|\bi am |\bi feel |\bfeeling |\bhonestly |\bi have been |\bi have felt )(?:pretty |really |so |quite |very |proper |just |a bit |fairly |utterly |absolutely |totally |bloody |thoroughly )?miserable (?:being|stuck|with|because|since|at the moment|lately|these days|all|every|in|at home|indoors|on my own|alone|again|today|this week)\b`;
const NOT_MISERABLE = String.raw`\b(?:weather|rain|raining|wet|grey|cold|film|book|ending|team|football|match|score|result|he is|she is|they are|he was|she was|forecast|sunny|brighten|outside|lol|haha|git|sod|cow|bloke)\b`;

const JOKED_HURT = pattern`(?:\bi (?:would|will|would have|had|would of|am going to|could)|\bid(?: have)?|\bill|\bme) (?:have |of |just |totally |honestly |actually )?(?:kill|killed|clobber|clobbered|punch|punched|slap|slapped|smack|smacked|whack|whacked|throttle|throttled|strangle|strangled|deck|decked|batter|battered|thump|thumped|murder|murdered|brain|brained|lamp|lamped|wallop|walloped|bop|bopped|kick|kicked) (?:her|him|them|the (?:assessor|nurse|doctor|gp|receptionist|driver|neighbour|bloke|woman|man|guy|lady)|my (?:support worker|carer|boss|manager|sister|brother|mum|mam|dad|husband|wife|partner|son|daughter|neighbour|work coach|advisor|adviser|housemate|flatmate|cousin|friend|mate)|boss|work coach)\b`;
const NOT_JOKED = String.raw`\b(?:not (?:a )?joke|not joking|no lol|mean it|serious|game|level|final boss|boss fight|boss battle|zombie|zombies|character|fortnite|fifa|minecraft|sims|dungeon|dragon|raid|quest|film|movie|book|series|spider|wasp|fly)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FIFTY_EIGHTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:prefer|rather|sooner|like)\b`, NOT_PREFER), [group('crisis', 'wishes to be dead', [PREFER_NOT])]],
  [unless(String.raw`\b(?:my life|my whole life|living|being alive|existing)\b`, NOT_HATE_LIFE), [group('crisis', 'wishes to be dead', [HATE_LIFE_OVER])]],
  [unless(String.raw`\b(?:finish|end|do it)\b`, NOT_FINISH), [group('crisis', 'thoughts of suicide', [FINISH_VOICE])]],
  [unless(String.raw`\bi am (?:finishing|going to finish|finally finishing|definitely finishing|ending)\b`, NOT_FINISHING), [group('crisis', 'intends to end their life', [FINISHING_IT])]],
  [unless(String.raw`\b(?:letters?|notes?|goodbye)\b`, NOT_PET), [group('crisis', 'preparing to end their life, or a past attempt', [PET_AND_LETTER])]],
  [unless(String.raw`\bjust in case\b`, NOT_IN_CASE), [group('crisis', 'preparing to end their life, or a past attempt', [JUST_IN_CASE])]],
  [unless(String.raw`\b(?:hurt|harm|hit|injure|lash out|do something)\b`, NOT_MIGHT_HURT), [group('crisis', 'harm to someone else', [MIGHT_HURT_THEM])]],
  [unless(String.raw`\b(?:crutch|walking stick|wheelchair|walking frame|zimmer|walker|hearing aid|cane|scooter|rollator|inhaler|crawl|beg|floor|wet myself|soil myself|sit in my own|lie in my own)`, NOT_AIDS), [group('crisis', 'abuse or violence', [AIDS_TAKEN])]],
  [unless(String.raw`\bme (?:lying |sat |sitting )?(?:in|on)\b`, NOT_LEFT), [group('crisis', 'abuse or violence', [LEFT_IN_WET])]],
  [unless(String.raw`\b(?:listen|listens|listening|records|reads|goes through|checks|monitors)\b`, NOT_LISTENS), [group('crisis', 'coercive control', [LISTENS_IN])]],
  [unless(String.raw`\b(?:full|no beds|no rooms|no room|no space|nothing left|all night|tonight|overnight)\b`, NOT_HOSTEL), [group('crisis', 'no safe place, food or power tonight', [HOSTEL_FULL])]],
  [unless(String.raw`\b(?:valued|wanted|needed|loved|cared about|value|use)\b`, NOT_NOT_VALUED), [group('concern', 'feels worthless', [NOT_VALUED])]],
  [unless(String.raw`\bme (?:like|as if)\b`, NOT_AGREED), [group('concern', 'feels worthless', [AGREED_NOTHING])]],
  [unless(String.raw`\b(?:worth|esteem|respect)\b`, NOT_WORTH), [group('concern', 'feels worthless', [WORTH_ZERO])]],
  [unless(String.raw`\b(?:off|from)\b`, NOT_SUPPLY), [group('concern', 'drinking or drugs to cope', [STREET_SUPPLY])]],
  [unless(String.raw`\b(?:alcohol|drinking|drink|drank|cans|bottles|pints|glasses|shots|units|beers|ciders|tins)\b`, NOT_DRINK), [group('concern', 'drinking or drugs to cope', [DRINK_TO_MANAGE])]],
  [unless(String.raw`\b(?:behind|arrears|overdue|in the red|owing)\b`, NOT_BILL), [group('concern', 'money worries', [BILL_BEHIND])]],
  [unless(String.raw`\b(?:hours|hrs|hour)\b`, NOT_SLEEP_FOOD), [group('concern', 'not eating or sleeping', [SHORT_SLEEP_POOR_FOOD])]],
  [unless(String.raw`\b(?:alone|on my own|by myself|lonely|sign|bsl)\b`, NOT_ALONE), [group('concern', 'feels alone', [ALONE_ALWAYS])]],
  [unless(String.raw`\b(?:cried|crying|sobbed|sobbing|broke down|tears|meltdown|melted down|missed|off the charts|through the roof|off the scale|out of control)\b`, NOT_OVERWHELM), [group('concern', 'not coping', [CRYING_OVERWHELM])]],
  [unless(String.raw`\b(?:shutdowns|meltdowns|panic attacks|seizures|flare ups|flares|crashes|routines?|day to day|everyday|basic tasks|self care|the basics)\b`, NOT_SHUTDOWNS), [group('concern', 'not coping', [SHUTDOWNS])]],
  [unless(String.raw`\bmiserable\b`, NOT_MISERABLE), [group('concern', 'low mood', [MISERABLE])]],
  [unless(String.raw`${JOKE_WORDS}|\bjoke\b`, NOT_JOKED), [group('concern', 'joked about hurting someone', [JOKED_HURT])]],
];
