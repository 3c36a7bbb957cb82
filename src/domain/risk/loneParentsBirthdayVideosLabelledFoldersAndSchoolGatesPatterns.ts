// Lone parents going back to work: the risk said in among the school run, the childcare and the forms, often
// as a half line. Praying I get ill and don't recover; the top of the car park at the retail park, said as the
// answer to where; the gas oven in this flat is the old type, I've thought about it; it's happening this
// weekend, I'm not changing my mind; when will I do it? Monday, not the job thing, the other thing; videos
// recorded for the kids' birthdays for the next few years, just in case; the paperwork in one folder,
// labelled for my mum; clearing my debts so there's nothing left for anyone to deal with; a stash of codeine
// I keep adding to; rang my dad after years to say sorry and goodbye; my ex controls the joint account and
// stopped my card so I couldn't pay for childcare; ran from the house with the kids in pyjamas, he's
// smashing it up, we can't stay at the neighbour's. And, for concern: lost all my friends when we split,
// they were his friends; nobody at the school gate speaks to me; I lost it in the supermarket and had to leave
// the trolley; I can't do it all; mood 2/10.
// The same words fill everyday replies (sat in the car at lunch in the car park; crying in a shop from
// stress; "about a 3 today" to the coach's scale; it's happening, I start Monday; the joint account with my
// ex is being closed; cards bought ahead for the birthdays; the documents in one folder for the jobcentre;
// tidying for the inspection so there's nothing for the landlord to deal with; a stash of Calpol; said
// goodbye at the hospice; ran out of the house late for the bus; lost all my friends' numbers; I can't do it
// all in one day so I split it up; mood 8/10), so each set rests on the words that carry the risk together
// and shuts on the everyday uses, on someone else's trouble and on fiction.
// Crisis: hope, pray or wish I get ill / sick and don't recover or get better (not before a day, "in time");
// the message opens on the top (floor, level) of the car park or multi storey (parking, tickets, lifts, an
// office, eating lunch in peace shut it); a gas oven, cooker or the oven, and "I've thought about it" or
// "it's crossed my mind" to end the message (a new one, an air fryer, the landlord, cooking, bills shut it);
// it's happening, with not changing my mind, my mind is made up, don't try to stop me (a job start, a move, a
// wedding, leaving him, a course shut it); not the CV / job thing / applications, the other thing; videos,
// letters or cards recorded or written for their birthdays or 18ths, for the next few years or in case I'm
// not here (a time capsule, an order, forgetting, in advance shut it); paperwork, passwords or papers in one
// folder or labelled, for my mum, for whoever or so she knows (the jobcentre, a claim, an appointment, forms,
// a move shut it); so there's nothing left for anyone to deal with / sort (the landlord, an inspection, cover
// at work, a holiday shut it); a stash, pile or jar of codeine, pills or tablets, with adding to it, got
// enough, hidden (Calpol, vitamins, someone else's stash shut it); rang, called or messaged someone to say
// sorry and goodbye, or goodbye after years without speaking (a hospice, a funeral, leaving do, a move, a
// flight shut it); my ex / he controls, stopped or froze the joint account or my card, so I couldn't pay or
// I get nothing (closing or splitting the account, fraud, a lost card shut it); ran, fled or got out of the
// house with nowhere to go, can't stay or go back, or because he's smashing the place up (a fire, a leak, a
// spider, running late shut it).
// Concern: lost all my friends / mates, or the friends were all his (numbers, games, a gig shut it); nobody at
// the school gate, playground or group speaks to me (about, before nine, a laugh shut it); I lost it, broke
// down or had a panic attack in the supermarket, or left the trolley after (a lost purse, the toddler's
// tantrum shut it); I can't do it all / cope with everything (in one day, one at a time, splitting it up
// shut it); my mood 0 to 3 out of 10 (a higher score, better, someone else's mood, a laugh shut it).
// Look-alikes of our own are in test/domain/riskHundredAndFortyFourthForms.test.ts. Normalised words
// ("i am" for "I'm", "i have" for "I've", "ill" for "I'll", "he is" for "he's" and "hes", "can not" for
// "can't", "do not" for "don't", "it is" for "it's" and "its", "2 10" for "2/10").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, SOMEONE_ELSE_OR_A_STORY as ELSE } from './wholeMessageSets.ts';

/** People the client would leave things for, or ring. */
const KIN = String.raw`(?:mum|mam|mom|mother|dad|father|sister|brother|son|daughter|eldest|youngest|partner|nan|nana|gran|granny|grandma|grandad|auntie|aunt|uncle|best friend|ex|cousin|kids|boys|girls|children|family|godson|goddaughter|stepdad|step dad|stepmum|step mum)`;

// --- Crisis: praying I get ill and don't recover --------------------------------------------------------------------------
const HOPE_WORD = String.raw`(?:pray|praying|prayed|hope|hoping|hoped|wish|wishing|hopes)`;
const ILL_NOT_RECOVER = pattern`\b${HOPE_WORD}(?: that)? (?:i|ill|i will|i would|id|i might|i could)\b(?: (?!not\b|never\b|do\b|does\b)\w+){0,4}? (?:ill|sick|poorly|covid|cancer|pneumonia|sepsis|an illness|a bug|flu|something)(?: \w+){0,2}? (?:and|then|so) (?:i )?(?:just )?(?:do not|never|would not|will not|not|can not|does not) (?:recover|get better|pull through|come back from it|make it|wake up|survive)\b(?! (?:in time|before|for|by|until|till|from|on)\b)`;
const ILL_NOT_RECOVER_OUT = ELSE;

// --- Crisis: the top of the car park at the retail park (the answer to where) -------------------------------------------
const CAR_PARK_TOP = pattern`^(?:at |on |up |off |from |to )?(?:the |that )?(?:very )?top (?:floor |level |deck |storey |tier )?of (?:the |that )?(?:\w+ )?(?:multi storey car park|multi storey|car park)\b`;
const CAR_PARK_TOP_OUT = String.raw`\b(?:parked|parking|park up there|to park|only place|jobcentre|interview|appointment|meeting|view|fireworks|tickets?|pay and display|spaces?|lifts?|stairs|offices?|building|cafe|gym|cinema|restaurant|shop|store|entrance|exit|school car park|nursery car park|meet me|meet you|pick (?:me|you) up|cheaper|eat my|eating my|eat lunch|eating lunch|sandwich\w*|meal deal|podcast|radio|nap|peace and quiet|quiet spot)\b|${ELSE}`;

// --- Crisis: the gas oven in this flat is the old type, I've thought about it -------------------------------------------
const GAS_THOUGHT = pattern`^(?=.*\b(?:gas oven|gas cooker|gas hob|gas fire|the oven|the cooker|old gas)\b)(?=.*\b(?:(?:i have|i|i have been|been|i keep|i do|i have even|i have honestly|i have seriously)(?: (?:honestly|seriously|actually|properly|really|even))? (?:thought about it|thinking about it|thought about that|considered it|think about it)|(?:it|that) (?:has |is )?crossed my mind)(?: (?:a lot|more than once|lately|recently|before|again|sometimes|too much|seriously|more than i should|once or twice|a few times|every night|at night|honestly))*$)`;
const GAS_THOUGHT_OUT = String.raw`\b(?:replac\w*|new one|new oven|buy|buying|bought|air fryer|induction|electric (?:oven|cooker|hob)|landlord|engineer|gas safe|safety check|cook|cooking|recipes?|bake|baking|roast|pizza|chips|clean(?:ing)? (?:the|it)|oven clean\w*|broken|fix\w*|repair\w*|gas bill|bills? (?:is|are|went)|meter|prices?|tariff|switch\w*|gas (?:course|training)|qualif\w*)\b|${ELSE}`;

// --- Crisis: it's happening this weekend, I'm not changing my mind ------------------------------------------------------
const HAPPENING_DECIDED = pattern`^(?=.*\bit is (?:all )?happening\b(?! (?:again|at|to|in|for|with)\b))(?=.*\b(?:not (?:changing|going to change) my mind|(?:my )?mind is made up|made my mind up|i have decided|no one is (?:talking|going to talk|stopping|going to stop) me|do not (?:try to )?(?:stop|talk) me|talk me out of it|no point (?:trying|in trying)|whether you (?:like it|believe me)|not a matter of if|nothing (?:you|anyone) (?:can|could) (?:say|do))\b)`;
const HAPPENING_DECIDED_OUT = String.raw`\b(?:new job|job offer|got the job|got a job|the job starts?|start|starts|starting|started|first day|induction|offer|contract|interview|move|moving|moved|keys|new house|new flat|new place|wedding|engaged|proposal|party|holiday|birthday|christening|pregnan\w*|labour|induced|due date|tattoo|hair\w*|(?:the|a|my|this) course|college|uni|exam|driving|lessons?|divorce|leaving (?:him|her|them|my)|leave (?:him|her|them|my)|quit\w*|resign\w*|hand(?:ing)? in my notice|gym|diet|marathon|${LAUGH})\b|${ELSE}`;

// --- Crisis: when will I do it? Monday. Not the job thing, the other thing ----------------------------------------------
const OTHER_THING = pattern`\bnot (?:the|my|that|them|those) (?:\w+ ){0,3}?the other thing\b(?! (?:you|we|on|from|in|for|about|i|that you|that we)\b| (?:is |was |being )?(?:the |a |my |your )?(?:cover letter|covering letter|letter|form|forms|email|emails|course|interview|reference|references|portfolio|profile|application|appointment|call|phone call|training|induction|childcare|nursery|school|cv)\b)`;
const OTHER_THING_OUT = String.raw`\b(?:relaps\w*|cover letter|covering letter|personal statement|linkedin|portfolio|${LAUGH})\b|${ELSE}`;

// --- Crisis: recorded videos for the kids' birthdays for the next few years, just in case -------------------------------
const MESSAGES_AHEAD = pattern`^(?=.*\b(?:recorded|recording|record|filmed|filming|made|making|written|wrote|writing|write|left|leaving|done|did|doing|prepared|preparing|set up)\b(?: \w+){0,4}? (?:videos?|video messages?|messages|letters|cards|voice notes?|recordings?|notes)\b(?: \w+){0,3}? for (?:my|the|their|his|her|all|each of|both|our)(?: \w+){0,3}? (?:birthdays?|18ths?|21sts?|weddings?|wedding days?|graduations?|milestones|christmases|first days?)\b)(?=.*\b(?:next (?:few|\w+) years|years to come|for years|every year|each year|until (?:they are|he is|she is|they turn|he turns|she turns)|when (?:they are|he is|she is|they turn|he turns|she turns) (?:older|grown|grown up|\d+|eighteen|twenty one)|just in case|in case i am (?:not|gone)|for when i am (?:not|gone)|when i am (?:not here|gone|not around)|after i am gone|if i am not (?:here|around)|future)\b)`;
const MESSAGES_AHEAD_OUT = String.raw`\b(?:time capsule|school project|homework|invitations?|invites?|thank you cards?|printed|printing|business|etsy|ebay|sell|selling|customers?|customer orders?|ordered|youtube|tiktok|instagram|channel|in advance|in case i forget|so i do not forget|i (?:always |might |will )?forget|forgetful|organised|organized|in case i am (?:at|working|on|busy|away|late|stuck)|${LAUGH})\b|${ELSE}`;

// --- Crisis: all the paperwork in one folder, labelled for my mum -------------------------------------------------------
const FOLDER_FOR_THEM = pattern`^(?=.*\b(?:paperwork|papers|documents|docs|passwords?|bank details|bank stuff|bank cards?|pin numbers?|policies|insurance|my will|deeds|important stuff|important things|everything|all my stuff|accounts)\b)(?=.*\b(?:in one (?:folder|file|place|box|envelope|binder)|in an envelope|in a (?:folder|box|binder)|labelled|labeled|label it|written down where)\b)(?=.*\b(?:for (?:my ${KIN}|the kids|whoever|them|after|when i am (?:not here|gone))|so (?:she|he|they|whoever|my ${KIN}) (?:can|knows?|will know|can find|has|have|is not)|with instructions|who gets what|where everything is)\b)`;
const FOLDER_FOR_THEM_OUT = String.raw`\b(?:jobcentre|job centre|appointment (?:letters?|on|at|tomorrow)|interview|work coach|claim|uc|universal credit|tax credits?|pip|esa|tribunal|assessment|court|hearing|accountant|tax return|mortgage|move|moving|school uniform|uniform|application|forms?|help me|check (?:it|them)|read through|look over|go through (?:it|them) with me|while i am (?:at work|working|away|on)|when i start|back to work|audit|filing|declutter\w*|organised|organized|${LAUGH})\b|${ELSE}`;

// --- Crisis: clearing my debts and tidying up so there's nothing left for anyone to deal with ---------------------------
const NOTHING_TO_DEAL = pattern`\bso (?:that )?(?:there is |there will be |there are )?(?:nothing|no mess|no debts?|none of it)(?: left)?(?: at all)? for (?:anyone|anybody|them|whoever|the kids|my ${KIN}|no one|nobody) to (?:deal with|sort|clear|clean|worry about|pay|handle|find|inherit|take on|pick up)\b`;
const NOTHING_TO_DEAL_OUT = String.raw`\b(?:landlord|letting agent|inspection|tenancy|deposit|move out|moving out|moving|new tenants?|handover|hand over|cover(?:ing)? (?:for )?(?:me|my shifts?)|my cover|holiday|annual leave|maternity|while i am (?:off|away|at work|on)|before i (?:start|go back)|back to work|when i start|spring clean\w*|declutter\w*|christmas|party|visitors?|guests?|${LAUGH})\b|${ELSE}`;

// --- Crisis: a stash of the codeine from my back op, been adding to it --------------------------------------------------
const MED = String.raw`(?:pills|tablets|codeine|co codamol|cocodamol|tramadol|meds|medication|painkillers|pain killers|paracetamol|sleeping tablets|sleeping pills|morphine|oramorph|diazepam|valium|insulin|antidepressants|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|pregabalin|gabapentin|zopiclone|propranolol|quetiapine|olanzapine|lithium|oxycodone|dihydrocodeine)`;
const STASH_GROWING = pattern`^(?=.*\b(?:stash|stockpile|hoard|pile|collection|jar|tin|box|bag|drawer full|drawerful|load) of (?:the |my |those |these |old |spare |leftover |left over )*(?:\w+ )?${MED}\b)(?=.*\b(?:adding to (?:it|them|the (?:stash|pile|jar|tin|box)|my stash)|add to (?:it|them)|been adding|keep adding|building (?:it|them) up|been building|topping (?:it|them) up|getting bigger|growing|got enough|enough now|instead of taking|not taking (?:them|it)|put by|hidden|hiding (?:it|them)|hid (?:it|them)|under (?:the|my) bed|for when i am ready|saving (?:them|it)|been saving|every (?:week|month|prescription|script))\b)`;
const STASH_GROWING_OUT = String.raw`\b(?:calpol|calprofen|piriton|vitamins?|first aid|medicine cabinet|teething|hay ?fever|cold and flu|lemsip|run out|running out|(?:she|he|they|(?:my|a|her|his) (?:friend|mate|mum|mam|dad|sister|brother|son|daughter|partner|husband|wife|ex|nan|gran|cousin|neighbour|flatmate)s?)(?: (?:has|had|have|got|keeps|kept|was keeping|has been keeping|found))? (?:a |got a |has a |had a )?(?:stash|stockpile|hoard))\b|${ELSE}`;

// --- Crisis: rang my dad for the first time in years to say sorry and goodbye -------------------------------------------
const REACHED = String.raw`(?:rang|rung|called|phoned|texted|messaged|wrote to|written to|went to see|visited|saw|facetimed|video called|emailed|contacted|got in touch with|reached out to)`;
const ESTRANGED = String.raw`(?:(?:first time|the first time) in (?:years|ages|months|\w+ years)|after (?:years|ages|\w+ years|\d+ years)|in (?:years|ages)|not (?:spoken|speaking|talked|talking)|years since|we (?:have|had) not (?:spoken|talked))`;
const GOODBYE_CALL = pattern`\b${REACHED}\b(?: \w+){1,10}? to say (?:sorry and (?:goodbye|bye)|(?:goodbye|bye) and sorry|sorry for everything and goodbye|goodbye properly|a proper goodbye|a final goodbye|my final goodbye|my last goodbye|a last goodbye|goodbye for good|goodbye for the last time|goodbye (?:just )?in case|my goodbyes)\b|^(?=.*\b${REACHED}\b(?: \w+){1,10}? to say goodbye\b)(?=.*\b${ESTRANGED}\b)`;
const GOODBYE_CALL_OUT = String.raw`\b(?:hospice|hospital|dying|funeral|passed|died|put down|put to sleep|vet|rainbow bridge|last day|leaving do|leaving party|colleagues|work coach|course|class|moving|moved|move|emigrat\w*|abroad|airport|flights?|flying|flies|holiday|deploy\w*|australia|spain|new job|got a job|off to|going away|trip)\b|${ELSE}`;

// --- Crisis: my ex controls the joint account and stopped my card so I couldn't pay ------------------------------------
const CONTROLLER = String.raw`(?:my ex|he|she|my (?:ex husband|ex wife|ex partner|husband|partner|boyfriend|girlfriend|fella|other half|wife))`;
const CARD_STOPPED = pattern`^(?=.*\b${CONTROLLER}(?: has| had| is| just| always)? (?:controls?|controlling|has control of|took control of|taken control of|takes|took|taken|froze|frozen|freezes|emptied|empties|cleared out|stopped|stops|cancelled|cancels|blocked|blocks|locked me out of|cut off|cuts off|changed the passwords? (?:on|to)|took my name off|keeps) (?:the|our|my|all the|all my|all our) (?:joint account|joint bank account|bank account|account|card|bank card|debit card|money|wages|uc|universal credit|benefits|child benefit)\b)(?=.*\b(?:so i (?:could not|can not|cannot|have no|had no|do not have|did not have)|i (?:could not|can not) (?:pay|buy|get|afford|access|use)|no access|i (?:get|have|had|got) nothing|without (?:telling|asking) me|to (?:punish|control|stop) me|not allowed)\b)`;
const CARD_STOPPED_OUT = String.raw`\b(?:clos(?:e|ed|ing|ure) (?:the |our |that |it|down)|being closed|account closed|shut(?:ting)? (?:it|the account)|split(?:ting)? (?:it|the (?:money|account|balance))|we agreed|both agreed|i agreed|we both|mutual\w*|fraud|scam\w*|hacked|lost (?:my|the) card|expired|new card|my choice|i asked (?:him|her)|i told (?:him|her) to|${LAUGH})\b|${ELSE}`;

// --- Crisis: ran from the house with the kids in pyjamas, he's smashing it up, can't stay --------------------------------
const ESCAPED_HOME = String.raw`(?:ran|run|running|fled|fleeing|got|escaped|legged it|left|grabbed the kids and (?:ran|left|went)|had to (?:run|leave|get out))(?: out)?(?: of| from)? (?:the|our|my) (?:house|home|flat|place)\b(?! (?:in|for|since) (?:\d+|a|two|three|four|ten|weeks|days|ages|months)\b)`;
const NO_PLACE = String.raw`(?:can not stay|cannot stay|nowhere to (?:go|stay|sleep)|no where to (?:go|stay|sleep)|where (?:do|can|will|shall|should) (?:we|i) (?:go|stay|sleep)|can not go back|do not know where (?:we|i) (?:will|can|are going to|am going to) (?:go|stay|sleep)|got nowhere|have nowhere)`;
const HIS_RAGE = String.raw`(?:because of (?:him|her|my (?:ex|husband|partner|boyfriend|fella|dad|stepdad))|(?:he|she) (?:is|was|has been|started|kept) (?:smashing (?:it|the place|the house|the flat|everything|things) up|smashing (?:things|everything|the (?:house|place|windows?|doors?))|wrecking (?:it|the place|the house)|trashing (?:it|the place|the house)|going mad|kicking off|kicking the door|throwing things|punching (?:walls|doors|the walls)|raging|battering))`;
const FLED_HOME = pattern`^(?=.*\b${ESCAPED_HOME})(?=.*\b(?:${NO_PLACE}|${HIS_RAGE})\b)`;
const FLED_HOME_OUT = String.raw`\b(?:(?:house|kitchen|chip pan) fire|fire (?:alarm|brigade)|smoke alarm|alarm went off|flood\w*|leak\w*|burst (?:pipe|main)|spiders?|wasps?|bees?|mouse|mice|rats?|hide and seek|game|late for|running late|traffic|locked (?:myself )?out|(?:lost|forgot) (?:my|the) keys|${LAUGH})\b|${ELSE}`;

// --- Concern: lost all my friends when we split, they were his friends really --------------------------------------------
const FRIENDS_GONE = pattern`\b(?:lost|lose|losing) (?:all|most|all of|most of|nearly all|half|half of|every one of) (?:my|our) (?:friends|mates|pals)\b(?! (?:numbers|contacts|photos|pictures|pics|details|addresses|messages|chats|birthdays)\b)|^(?=.*\b(?:(?:all )?(?:my|the|our) (?:friends|mates) were|they were) (?:all |really |mostly |only |just )?(?:his|hers|her|their)(?: (?:friends|mates))?(?: really)?\b)(?=.*\b(?:split|broke up|break up|separated|divorce|left (?:him|her|me)|no one|nobody|anyone|lost|on my own|by myself)\b)`;
const FRIENDS_GONE_OUT = String.raw`\b(?:game|online|(?:my|the) phone (?:died|broke|reset)|new phone|numbers|contacts|at (?:cards|poker|bingo|quiz|pool|darts)|in the crowd|festival|concert|gig|${LAUGH})\b|${ELSE}`;

// --- Concern: nobody at the school gate speaks to me ---------------------------------------------------------------------
const NOBODY = String.raw`(?:no one|nobody|none of the (?:other )?(?:mums|mams|moms|parents|dads|women|mothers))`;
const PLACE = String.raw`(?:school gates?|school run|school|gates|playground|nursery|pick up|pickup|drop off|baby group|toddler group|playgroup|soft play|church|mosque|estate|street|road|village|area|group|class|course)`;
const SPEAKS = String.raw`(?:ever |even |really |actually |properly )?(?:speaks?|talks?|says? (?:hello|hi)|chats?|bothers? with|looks at) (?:to |with )?me\b(?! (?:about|on|before|until|till|when|like|that way|in the morning|first thing)\b)`;
const NOBODY_SPEAKS = pattern`\b${NOBODY} (?:at|on|in|from) (?:the |my |this )?${PLACE} ${SPEAKS}|\b${NOBODY} ${SPEAKS}(?: (?:any ?more|now|these days|at all|ever|properly|really))?$|\bthe other (?:mums|mams|moms|parents|dads) (?:do not|never|will not|would not|barely|hardly) (?:ever )?(?:speak|talk|say hello|say hi|look) (?:to |at )?me\b(?! (?:about|on|before|until|till|when|like)\b)`;
const NOBODY_SPEAKS_OUT = String.raw`\b(?:before (?:\d+|nine|ten|coffee)|half asleep|in a rush|rushing|${LAUGH})\b|${ELSE}`;

// --- Concern: I lost it in the supermarket and had to leave the trolley --------------------------------------------------
const SHOP_PLACE = String.raw`(?:supermarket|shop|shops|tesco|asda|aldi|lidl|sainsburys|morrisons|co op|iceland|big shop|school gates?|school|playground|nursery|bus|doctors|gp|jobcentre|job centre|post office|bank|street|car park|checkout|queue|till)`;
const LOST_IT_OUT_THERE = pattern`\bi (?:completely |totally |just |properly |really |sort of |kind of )?(?:lost it|fell apart|went to pieces|had a (?:meltdown|breakdown|panic attack))(?: \w+){0,2}? (?:in|at|outside|in the middle of) (?:the |a |my )?${SHOP_PLACE}\b|\b(?:i lost it|panic attack|i broke down|burst into tears|started crying|in tears|i could not cope|i fell apart|went to pieces)\b.*\b(?:had to|and) (?:just )?(?:leave|left|abandon|abandoned|dump|dumped|ditch|ditched) (?:the|my|a) (?:full |whole |half full )?(?:trolley|basket|shopping)\b`;
const LOST_IT_OUT_THERE_OUT = String.raw`\b(?:(?:my|the|his|her|their|a|his|her) (?:keys?|purse|wallet|phone|bank card|ring|earrings?|gloves?|hat|coat|scarf|dummy|teddy|toy|receipt|voucher|ticket|umbrella|lanyard|glasses|watch|necklace|bracelet|charger|passport)|tantrum|(?:he|she|they|son|daughter|toddler|baby|little one) (?:had|was having|threw|kicked off|lost it)|${LAUGH})\b|${ELSE}`;

// --- Concern: the house is a tip, washing piled up, I can't do it all ----------------------------------------------------
const CAN_NOT_DO_IT_ALL = pattern`(?<!\b(?:he|she|they|you|nobody|no one|noone) )\bcan not (?:do|manage|keep up with|keep on top of|juggle|cope with|handle) (?:it all|everything|all of it|all this|all of this)\b(?! (?:in (?:one|a|the|an)|by|today|tonight|tomorrow|this week|before|so|on my own so|myself so|at once so)\b)`;
const CAN_NOT_DO_IT_ALL_OUT = String.raw`\b(?:split (?:it|them|the \w+) (?:up|across|into|over|between)|spread (?:it|them) (?:out|across|over)|prioriti\w*|one at a time|one thing at a time|step at a time|bit by bit|broke it down|break it down|delegat\w*|nobody can|no one can|you can not|${LAUGH})\b|${ELSE}`;

// --- Concern: mood 2/10 -----------------------------------------------------------------------------------------------------
const MOOD_LOW = pattern`(?<!\b(?:his|her|their|sons|daughters|kids|babys|mums|dads|partners|husbands|wifes|childs|boys|girls) )\bmood\b(?: (?![0-9]|pain|sleep|energy|anxiety|stress|confidence)\w+){0,3}? (?:0|1|2|3|zero|one|two|three)(?: (?:out of|outta))? (?:10|ten)\b`;
const MOOD_LOW_OUT = String.raw`\b[4-9](?: out of)? 10\b|\b(?:(?:feeling|feel|much|a bit|loads|way) better|better now|improv\w*|up from|used to be|${LAUGH})\b|${ELSE}`;

export const HUNDRED_AND_FORTY_FOURTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:recover|get better|pull through|come back from it|survive|make it|wake up)\b`, ILL_NOT_RECOVER_OUT), [group('crisis', 'wishes to be dead', [ILL_NOT_RECOVER])]],
  [unless(String.raw`\btop\b`, CAR_PARK_TOP_OUT), [group('crisis', 'thinking about a way to end their life', [CAR_PARK_TOP])]],
  [unless(String.raw`\b(?:oven|cooker|gas hob|gas fire|old gas)\b`, GAS_THOUGHT_OUT), [group('crisis', 'thinking about a way to end their life', [GAS_THOUGHT])]],
  [unless(String.raw`\bit is (?:all )?happening\b`, HAPPENING_DECIDED_OUT), [group('crisis', 'intends to end their life', [HAPPENING_DECIDED])]],
  [unless(String.raw`\bthe other thing\b`, OTHER_THING_OUT), [group('crisis', 'a plan to end their life', [OTHER_THING])]],
  [unless(String.raw`\b(?:birthdays?|18ths?|21sts?|weddings?|wedding days?|graduations?|milestones|christmases|first days?)\b`, MESSAGES_AHEAD_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [MESSAGES_AHEAD])]],
  [unless(String.raw`\b(?:in one (?:folder|file|place|box|envelope|binder)|in an envelope|in a (?:folder|box|binder)|labelled|labeled|label it|written down where)\b`, FOLDER_FOR_THEM_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [FOLDER_FOR_THEM])]],
  [unless(String.raw`\bso (?:that )?(?:there is |there will be |there are )?(?:nothing|no mess|no debts?|none of it)\b`, NOTHING_TO_DEAL_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [NOTHING_TO_DEAL])]],
  [unless(String.raw`\b(?:stash|stockpile|hoard|pile|collection|jar|tin|box|bag|drawer full|drawerful|load) of\b`, STASH_GROWING_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [STASH_GROWING])]],
  [unless(String.raw`\bto say\b`, GOODBYE_CALL_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [GOODBYE_CALL])]],
  [unless(String.raw`\b(?:account|card|money|wages|uc|universal credit|benefits|child benefit)\b`, CARD_STOPPED_OUT), [group('crisis', 'coercive control', [CARD_STOPPED])]],
  [unless(String.raw`\b(?:house|home|flat|place)\b`, FLED_HOME_OUT), [group('crisis', 'no safe place, food or power tonight', [FLED_HOME])]],
  [unless(String.raw`\b(?:friends|mates|pals)\b`, FRIENDS_GONE_OUT), [group('concern', 'feels alone', [FRIENDS_GONE])]],
  [unless(String.raw`\b(?:no one|nobody|none of the|the other (?:mums|mams|moms|parents|dads))\b`, NOBODY_SPEAKS_OUT), [group('concern', 'feels alone', [NOBODY_SPEAKS])]],
  [unless(String.raw`\b(?:lost it|fell apart|went to pieces|meltdown|breakdown|panic attack|broke down|burst into tears|started crying|in tears|could not cope)\b`, LOST_IT_OUT_THERE_OUT), [group('concern', 'not coping', [LOST_IT_OUT_THERE])]],
  [unless(String.raw`\bcan not (?:do|manage|keep up with|keep on top of|juggle|cope with|handle)\b`, CAN_NOT_DO_IT_ALL_OUT), [group('concern', 'not coping', [CAN_NOT_DO_IT_ALL])]],
  [unless(String.raw`\bmood\b`, MOOD_LOW_OUT), [group('concern', 'low mood', [MOOD_LOW])]],
] as const;
