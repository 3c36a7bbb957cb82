// Answers to the coach's own questions ("When could you do it?", "What went well?", "What made it hard?")
// with the risk said inside the answer: the day given, then the words that carry it. I'll be on the tracks,
// not on the train; after that you can close my file; as soon as the dog goes, then me; everyone will be
// distracted; finally wrote the note, it's done; I'll see you on the other side, I'm not staying; no roof
// tonight; not cutting, managed two days then did it again; what I'd do differently: not cut myself before
// the interview; picturing strangling someone and not joking any more; once the rent's due and I can't pay,
// that's the plan; he has my bank login and moves my universal credit out; they keep my documents and won't
// give them back; don't ring, he answers my phone. And, for concern: call me an idiot, that's what I am;
// finally fell asleep at 10am; a job just so I've got someone to talk to; the drinking's got out of hand;
// wine helps me sleep, two bottles; barely getting through each day; a dark few weeks; smash the jobcentre
// computer with a hammer, lol; my mood's on the floor.
// The same answers are everyday ones ("next tuesday", "new years eve", "monday 6am", the train at 6, the
// file closed because the job came through, the note for school, a thank-you note, cut myself shaving, not
// cutting corners, the roof of the extension, my mum keeps my documents in her safe, my son answers my phone
// for me, a glass of wine to relax, the dark mornings, smash the interview), so no set rests on a date or a
// time: each rests on the words that carry the risk together, and shuts on the everyday uses, on someone
// else's trouble and on fiction.
// Look-alikes of our own are in test/domain/riskHundredAndFortyNinthForms.test.ts. Normalised words ("i am" for
// "I'm", "i have" for "I've", "ill" for "I'll", "id" for "I'd", "it is" for "it's" and "its", "can not" for
// "can't", "do not" for "don't", "will not" for "won't").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY, SOMEONE_ELSE_OR_A_STORY as ELSE } from './wholeMessageSets.ts';

/** Someone else as the subject of the trouble. */
const THEY = String.raw`(?:he|she|they|my (?:mate|friend|dad|mum|brother|sister|son|daughter|husband|wife|partner|neighbour|uncle|cousin)s?|a (?:mate|friend|lad|guy|woman|man))`;
/** A laugh without the "joking" of "not joking any more". */
const BARE_LAUGH = String.raw`lol|lmao|haha\w*|hehe|jk|only joking|just joking|only kidding|just kidding`;
/** Someone close who can hold the client's things, phone or money. */
const HOLDER = String.raw`(?:he|she|they|my (?:ex|ex husband|ex wife|ex partner|husband|hubby|wife|partner|boyfriend|girlfriend|fella|other half|in laws|mother in law|father in law|brother in law|sister in law|family|stepdad|stepmum|uncle|aunt|auntie|landlord|employer|boss)|his (?:family|mum|mother|parents)|her (?:family|mum|mother|parents))`;

// --- Crisis: monday's train, I'll be on the tracks not on it --------------------------------------------------------------
const ON_THE_TRACKS = pattern`\b(?:i will|ill|i am going to|i am gonna|going to|gonna|i will be|i am) (?:be |go |get |lie |lay |stand |step |walk )?(?:on|onto|down on|lying on|standing on|under|in front of) (?:the )?(?:tracks|rails|railway line|train line|railway tracks|train tracks|line)\b(?=.*\bnot (?:on|in|aboard) (?:it|the train|board|the carriage|the platform)\b)|\b(?:on|under|in front of) (?:the )?(?:tracks|rails|railway line|train line|train tracks|railway tracks) not (?:on|in|aboard) (?:it|the train|board)\b|\bin front of (?:it|the train) not (?:on|in) (?:it|the train)\b`;
const ON_THE_TRACKS_OUT = String.raw`\b(?:network rail|track (?:work|worker|shift|gang|maintenance)|rail (?:work|worker|shift|gang)|maintenance|engineer\w*|signal\w*|model railway|trainspott\w*|${BARE_LAUGH})\b|${ELSE}`;

// --- Crisis: after that you can close my file ---------------------------------------------------------------------------
const A_DAY = String.raw`${WEEKDAY}|next \w+|tomorrow|tonight|the weekend|the \d+\w*|new year|christmas|this week|next week|the end of the (?:week|month)`;
const TIME_AFTER = String.raw`(?:after (?:that|then|this|it|${A_DAY})|from (?:then|that day|${A_DAY})|by then|past that|then)`;
const CLOSE_MY_FILE = pattern`\b${TIME_AFTER} (?:you can |you could |you may as well |you might as well |feel free to |go ahead and |just |you will (?:have|need) to |you will be able to |please )?(?:close|shut|delete|archive|end|bin) (?:my|the) (?:file|case|account|record|records|profile|claim)\b(?! (?:for|on|at|with|because|as|since|if)\b)|\b(?:close|shut|delete|archive) (?:my|the) (?:file|case) (?:after|from|by) (?:that|then|${WEEKDAY}|next \w+|tomorrow|tonight|the weekend)\b(?! (?:because|as|since|if|when i (?:start|get|move))\b)`;
const CLOSE_MY_FILE_OUT = String.raw`\b(?:jobs?|new role|start\w*|hired|offer\w*|employ\w*|contract|moving|move|moved|relocat\w*|emigrat\w*|abroad|another (?:provider|adviser|advisor|coach)|different (?:provider|adviser|advisor|coach|programme)|transfer\w*|eligib\w*|sign(?:ed|ing)? off|signing on|college|uni|university|course|apprentic\w*|placement|retir\w*|pension|self employed|business|payroll|claim ends|no longer need|do not need (?:the|this) (?:help|service|support)|finished the programme|complet\w*|${LAUGH})\b|${ELSE}`;

// --- Crisis: soon as my dog passes, then me ----------------------------------------------------------------------------
const THEN_ME = pattern`\b(?:when|once|soon as|as soon as|after|the day) (?:my |the |our )?(?:\w+ ){0,2}?(?:passes|passes away|dies|has died|is gone|has gone|goes|is dead|is put down|is put to sleep|is buried|funeral)\b.*\bthen (?:me|it is me|it is my turn|my turn|i go|i will go|ill go|i am next|i am going|i am off|i am gone|i can go)$`;
const THEN_ME_OUT = String.raw`\b(?:${LAUGH})\b`;

// --- Crisis: new years eve, everyone will be distracted; nobody will notice ---------------------------------------------
const NOBODY_WATCHING = pattern`\b(?:everyone|everybody|they all|the whole house|the whole family|people|the house) (?:will|would|is going to|are going to|should) (?:all )?(?:be )?(?:too |so |busy |well )?(?:distracted|preoccupied)\b|\b(?:no one|nobody|no body|noone) (?:will|is going to) (?:stop me|find me|check on me|look for me|come looking|be looking|be watching|be around to stop me)(?: (?:for|till|until) (?:days|hours|a while|ages|morning))?$`;
const NOBODY_WATCHING_OUT = String.raw`\b(?:could|so i can|so i will|so ill|get (?:it|some|my)|cv|applications?|apply\w*|revis\w*|study\w*|coursework|homework|quiet|peace|library|focus|catch up|crack on|concentrat\w*|interview|typo|mistake|gap|late|early|if i|whether i|the kids|shopping|sneak (?:off|out) to|presents|${LAUGH})\b|${ELSE}`;

// --- Crisis: finally wrote the note, it's done ---------------------------------------------------------------------------
const THE_NOTE = pattern`\b(?:wrote|written|writ|finished|done|finished writing|have written|i have done|left|signed) (?:the|my) (?:note|letter|last note|last letter|final note|final letter|goodbye note|goodbye letter|letters|notes)\b(?! (?:for|to|on|about|from|in|of|the|up|down|back|off|and (?:sent|posted|emailed|dropped|handed)|with)\b)(?=.*\b(?:it is done|that is done|all done|done now|finally|at last|ready now|it is ready|everything is ready|sorted now|that is that|no going back)\b)|\b(?:the|my) (?:note|last note|final note|goodbye note|letters) (?:is|are) (?:written|done|finished|ready)(?: now)?$`;
const THE_NOTE_OUT = String.raw`\b(?:school|teacher|nursery|college|landlord|council|doctor|gp|sick note|fit note|cover|cv|thank you|thanks|interview\w*|employer|boss|agency|jobcentre|job centre|manager|hr|neighbour|parking|fridge|reminder|post it|revision|lecture|meeting|induction|complaint|appeal|solicitor|court|bank|reference|application|resignation|notice|to do|music|piano|sang|singing|high note|${LAUGH})\b|${ELSE}`;

// --- Crisis: I'll do it on the other side, no seriously, I'm not staying -------------------------------------------------
const NOT_STAYING = pattern`^(?=.*\b(?:on the other side|the other side|where i am going|when i am gone|seriously|not joking|i mean it|no really)\b)(?=.*\b(?:i am not|i will not|ill not|not|i do not plan on|not planning on|i am done) (?:staying|sticking around|hanging around|being around|going to be around|going to stay|planning to stay)(?: (?:here|around|much longer|any longer|in this world|on this earth|alive))?$)`;
const NOT_STAYING_OUT = String.raw`\b(?:flat|house|hostel|hotel|job|town|area|country|city|place|room|company|firm|course|programme|weekend|b and b|bnb|airbnb|caravan|my (?:mums|dads|nans|sisters|brothers|mates|friends)|relationship|marriage|the uk|england|abroad|emigrat\w*|moving|move|interview|party|pub|shift)\b|${ELSE}`;

// --- Crisis: no roof tonight ---------------------------------------------------------------------------------------------
const NO_ROOF = pattern`\b(?:do not|did not|will not|have not|not|no|without|lost|losing) (?:have |got |get |got a |have got |have a |find |be having )?(?:a |any )?roof (?:over (?:my|our|me and the kids) heads? )?(?:tonight|for tonight|this evening|from tonight|as of tonight|after today)\b|\b(?:not sure|do not know) (?:if |whether )?(?:i will|ill|i am going to|we will) (?:have|get|find) (?:a roof|a bed|somewhere to sleep|anywhere to sleep|a place to sleep)(?: over my head)? tonight\b`;
const NO_ROOF_OUT = String.raw`\b(?:car|convertible|extension|shed|garage|conservatory|festival|camping|tent|builders?|scaffold\w*|leak\w*|roofer\w*|roofing|roof rack|tiles|porch|greenhouse|stadium|arena|bus|${LAUGH})\b|${ELSE}`;

// --- Crisis: not cutting, managed two days then did it again; not cut myself before the interview ------------------------
const CUTTING = String.raw`(?:cutting|cut|self harming|self harm|harming|harming myself|burning myself|cutting myself|hurting myself|the blade|the razor)`;
const STREAK_BROKEN = pattern`^(?=.*\b(?:not|stop|stopping|stopped|quit|no|without|off the|clean from|free from) ${CUTTING}\b(?! (?:back|down|out|corners|costs|spending|it fine|it close|class|school|lessons|ties|edge|up|the cord|loose|(?:my |the |your |his |her |their )?(?:hair|fringe|nails|grass|lawn|hedges?|carbs|sugar|bread|meat|crusts|coupons|wood|paper))\b))(?=.*\b(?:managed|lasted|went|made it|got to|was|did|been|clean for|kept it up for)(?: for)? (?:\d+|a|one|two|three|four|five|six|seven|ten|a few|a couple of) (?:days?|weeks?|months?|hours?|nights?)\b.*\b(?:then|but|and then|before|till|until) (?:i )?(?:did it again|done it again|cut again|cut myself|did it|relapsed|slipped|slipped up|went back to it|caved|gave in|started again|broke it)\b)`;
const BEFORE_THE_DAY = pattern`\bnot (?:cut|cutting|burn|burning|harm|harming|hurt|hurting|self harm|self harming|scratch|scratching) myself (?:before|the night before|the morning of|the day before|ahead of|right before|just before|during|after) (?:the|my|an|a|it)\b`;
const CUTTING_OUT = String.raw`\b(?:shav\w*|kitchen|cooking|chopping|veg|vegetables|knife slipped|glass|paper cut|accident\w*|fell|tripped|ladder|gym|lifting|smok\w*|vap\w*|drink\w*|coffee|sugar|chocolate|crisps|biting my nails|nail biting|${BARE_LAUGH})\b|${ELSE}`;

// --- Crisis: I keep imagining strangling my mother in law and I don't think I'm joking any more ---------------------------
const VIOLENT = String.raw`(?:strangling|stabbing|killing|murdering|choking|smothering|battering|beating|glassing|poisoning|throttling|running over|running (?:him|her|them) over|drowning|suffocating|bludgeoning|burning|hurting|attacking|punching)`;
const PICTURING_HARM = pattern`^(?=.*\b(?:imagining|imagine|picturing|picture|fantasi[sz]ing about|fantasi[sz]e about|daydreaming about|daydream about|dreaming about|thinking about|think about|visuali[sz]ing|playing out) ${VIOLENT} (?:my |that |the |his |her |this )?(?:\w+ ){0,3}?(?:him|her|them|mother in law|father in law|ex|husband|wife|partner|boss|manager|neighbour|landlord|brother|sister|mum|dad|mother|father|stepdad|son in law|daughter in law|brother in law|sister in law|flatmate|adviser|advisor|work coach|colleague|supervisor|lodger)\b)(?=.*\b(?:(?:do not think|not sure) i am joking|not joking|no longer joking|stopped joking|is not a joke|not a joke any ?more|i mean it|serious|seriously|scares me|scaring me|frightens me|i might|i could actually|i will do it|every day|all the time|keep|keeps|can not stop)\b)`;
const PICTURING_HARM_OUT = String.raw`\b(?:${BARE_LAUGH}|killing it|smashing it|dream\w* (?:job|role)|nightmare|in my dream|spider|wasp|mouse|mice|rats?|weeds|plants|garden|nation|karaoke|interview)\b|${ELSE}`;

// --- Crisis: once the rent's due and I can't pay, that's the plan ------------------------------------------------------
const LOSS = String.raw`(?:can not pay|cannot pay|will not be able to pay|can not afford|they evict me|i am evicted|i get evicted|the bailiffs come|the money runs out|the money is gone|benefits stop|the uc stops|my uc stops|i lose the flat|i lose the house|i lose my home|they take the house|they kick me out)`;
const LOSS_THEN_PLAN = pattern`\b(?:once|when|soon as|as soon as|after|the day|if) (?:\w+ ){0,5}?${LOSS}\b.{0,20}\b(?:that is the plan|that is my plan|that is when|then that is it|then i am done|then i go|then that is me|that will be it|that is it then|then it is over)$`;
const LOSS_THEN_PLAN_OUT = String.raw`\b(?:council|housing (?:officer|team|options|association)|citizens advice|step ?change|advice|food bank|loan|payment plan|repayment|agreed|landlord (?:said|agreed|says)|universal credit advance|advance payment|discretionary|hardship fund|shelter|ask (?:for|my|the)|borrow|help me|${LAUGH})\b|${ELSE}`;

// --- Crisis: my ex has my bank login and moves my universal credit out every month ---------------------------------------
const MONEY_TAKEN = pattern`^(?=.*\b${HOLDER} (?:still |now |also |always )?(?:has|have|had|keeps|kept|knows|uses|used|took|takes|changed) (?:got )?(?:my|all my) (?:bank login|bank logins|login|logins|online banking|banking app|bank app|bank card|bank cards|cards?|pin|pin number|passwords?|bank details|account details)\b)(?=.*\b(?:moves|moved|takes|took|transfers|transferred|spends|spent|empties|emptied|drains|drained|withdraws|withdrew|cleans out|cleaned out|sends|sent) (?:all |half |most |some )?(?:of )?(?:my|the) (?:money|universal credit|uc|benefits?|wages|pay|payments?|pip|esa|child benefit|carers allowance|tax credits|savings|account)\b)`;
const MONEY_TAKEN_OUT = String.raw`\b(?:scam\w*|hack\w*|phishing|stranger|unknown|i asked (?:him|her|them)|we agreed|joint account by choice|to help me|helps me|budget\w*|my appointee|appointee|power of attorney|for the bills as agreed|${LAUGH})\b|${ELSE}`;

// --- Crisis: my in-laws keep my documents and won't give them back --------------------------------------------------------
const PAPERS = String.raw`(?:passport|passports|documents|docs|papers|id|i d|visa|brp|birth certificate|residence permit|residence card|share code|national insurance card|driving licence)`;
const PAPERS_KEPT = pattern`^(?=.*\b${HOLDER} (?:still |now |always |also )?(?:keep|keeps|kept|took|takes|taken|hold|holds|held|hide|hides|hid|hidden|has|have|had|locked|locks|lock) (?:away |up )?(?:my|all my|our) (?:\w+ )?${PAPERS}\b)(?=.*\b(?:will not give (?:it|them|me|my)|would not give (?:it|them|me|my)|(?:refuses?|refused|refusing) to (?:give|hand|let)|will not let me (?:have|see|get|touch)|do not let me (?:have|see|get|touch)|does not let me (?:have|see|get|touch)|not allowed (?:to have|to see|to get|them|it)|locked (?:away|up)|keeps? them from me|kept them from me|hides? them|hid them|can not get (?:them|it) back|will not hand)\b)`;
const PAPERS_KEPT_OUT = String.raw`\b(?:home office|passport office|embassy|consulate|visa application|renewal|renewing|in the post|lost|council|jobcentre|job centre|dwp|solicitor|police|bail|court|safe keeping|safekeeping|for safe keeping|in (?:her|his|their) safe|${LAUGH})\b|${ELSE}`;

// --- Crisis: don't ring, he answers my phone ----------------------------------------------------------------------------
const PHONE_HELD = pattern`^(?=.*\b${HOLDER} (?:always |now |also |still |even |sometimes )?(?:answers|picks up|checks|reads|goes through|looks through|listens to|listens in on|monitors|has|takes|took|keeps) (?:all )?my (?:phone|mobile|calls|texts|messages|emails|voicemails?)\b)(?=.*\b(?:do not (?:want (?:\w+ ){0,3}to |)(?:ring|call|phone|text|contact)|please do not (?:ring|call|phone|text)|no (?:calls|phone calls)|not safe to (?:call|ring|talk|speak)|can not (?:talk|speak) (?:on the phone|freely|at home)|email only|only email|only text|do not leave (?:a )?(?:message|voicemail)|he will see|she will see|he will know|she will know|he will hear|she will hear)\b)`;
const PHONE_HELD_OUT = String.raw`\b(?:for me because|helps me|help me with|not good with|bad with|technophobe|can not hear|hard of hearing|deaf|hearing aid|eyesight|blind|dyslexi\w*|english|translat\w*|when i am (?:driving|at work|asleep|in the shower)|while i am (?:driving|at work|asleep)|cracked|broken|screen|signal|battery|ringtone|at work|on shift|night shift|receptionist|secretary|pa|business|${LAUGH})\b|${ELSE}`;

// --- Concern: call me an idiot, that's what I am --------------------------------------------------------------------------
const THAT_IS_WHAT_I_AM = pattern`\b(?:idiot|an idiot|loser|a loser|failure|a failure|useless|pathetic|waste of space|a waste of space|stupid|thick|a joke|worthless|nothing|a nobody|nobody|a disappointment|disappointment|a let down|rubbish|a mess|a burden|a disgrace|scum|a fraud|fraud)s? (?:that is|it is|because that is|cause that is|because it is|coz that is|because) (?:what|all|exactly what|just what) i am\b`;
const THAT_IS_WHAT_I_AM_OUT = String.raw`\b(?:${LAUGH}|he|she|they|him|her|them|you)\b|${ELSE}`;

// --- Concern: finally fell asleep at 10am and missed it ------------------------------------------------------------------
const ASLEEP_AT_DAWN = pattern`\b(?:finally|only|eventually|did not|never|could not|not) (?:fell asleep|fall asleep|got to sleep|get to sleep|dropped off|drop off|nodded off|got some sleep|slept|sleep) (?:till |until |at |about |around |after |gone |past )(?:(?:[5-9]|1[0-2]) ?am|[5-9] (?:in the morning|o clock in the morning)|dawn|sunrise|daylight|the birds|midday|noon|lunchtime|morning)\b`;
const ASLEEP_AT_DAWN_OUT = String.raw`\b(?:night shifts?|nights|night work|nightshift|baby|newborn|feeds?|feeding|teething|jet ?lag|flight|party|festival|wedding|gaming|binge\w*|netflix|stag|hen do|night out|clubbing|${THEY} (?:is|was|has|had)|${LAUGH})\b|${ELSE}`;

// --- Concern: a job just so I've got someone to talk to ------------------------------------------------------------------
const SOMEONE_TO_TALK_TO = pattern`\b(?:just |only )?(?:so (?:that )?i (?:have got|have|got|would have|get|can have|had)|to have|for) (?:someone|somebody|anyone|anybody|people|another person|a person|another human|a human|adults) to (?:talk to|speak to|chat to|talk with)\b(?! (?:about|re|regarding|at|in|on|for|who knows|who understands the))`;
const SOMEONE_TO_TALK_TO_OUT = String.raw`\b(?:advice|cv|application|interview|about the (?:job|role|course)|mentor|careers|recruiter|${THEY} (?:is|was|has|had|needs|wants)|${LAUGH})\b|${ELSE}`;

// --- Concern: the drinking's got out of hand; wine helps me sleep, two bottles ------------------------------------------
const DRINK = String.raw`(?:wine|vodka|whisky|whiskey|gin|rum|beer|beers|cans|lager|cider|booze|drink|a drink|drinks|a few drinks|the drink|drinking|weed|a spliff|spliffs|a joint|the bottle)`;
const OTHERS = String.raw`(?:his|her|their|brothers|sisters|dads|mums|fathers|mothers|husbands|wifes|partners|sons|daughters|mates|friends|flatmates|uncles|aunts|boyfriends|girlfriends|exs|neighbours|nans|grans|cousins|housemates|lodgers|parents)`;
const DRINKING_OUT_OF_HAND = pattern`(?<!\b${OTHERS} )\b(?:my |the )?(?:drinking|drink|booze|boozing|weed|smoking weed)\b(?: \w+){0,5}? (?:has got|has gotten|got|is getting|getting|is|has been|gone|went)? ?(?:out of hand|out of control|a problem|worse and worse|really bad)\b|\b(?:not|stop|stopping|cut down on|cut back on|less|work on not|try not) drinking so much\b(?! (?:coffee|tea|caffeine|energy drinks?|fizzy|pop|coke|water|juice|milk|squash))|^(?=.*\b${DRINK} (?:is the only thing that |only |really )?(?:helps|help|gets|get) me (?:to )?(?:sleep|cope|through|switch off|forget|numb)\b)(?=.*\b(?:(?:\d+|two|three|four|five|six|a|half a|whole) (?:bottles?|cans|pints|litres?|crates?)|bottles|every night|each night|every day|can not sleep without|need it)\b)`;
const DRINKING_OUT_OF_HAND_OUT = String.raw`\b(?:(?:do not|never|did not|not a big) drink\w*|coffee|tea|caffeine|energy drinks?|fizzy|coke|water|juice|gambling|spending|shopping|${THEY} (?:is|was|has|had)|${LAUGH})\b|${ELSE}`;

// --- Concern: barely getting through each day ----------------------------------------------------------------------------
const BARELY_THROUGH = pattern`\bbarely (?:getting|get|got|making it|making|scraping|keeping going|surviving|coping|managing|holding it together|holding on|functioning|staying afloat) (?:through )?(?:each|every|the|a single|one) (?:day|week|hour|night|morning)\b`;
const BARELY_THROUGH_OUT = String.raw`\b(?:course|training|module|induction|exams?|heat|heatwave|battery|phone|the shift|on my wages|${THEY} (?:is|was|has|had)|${LAUGH})\b|${ELSE}`;

// --- Concern: a dark few weeks ------------------------------------------------------------------------------------------
const DARK_WEEKS = pattern`\bdark (?:few|couple of|last|past) (?:weeks|days|months)\b|\b(?:a|had a|been a|really|pretty|very|quite a) dark (?:weeks?|days|months?|time|patch|period|spell|fortnight|stretch)\b`;
const DARK_WEEKS_OUT = String.raw`\b(?:years (?:ago|back)|back in|in my \d+s|behind me|(?:doing|feeling|much|a lot|loads) (?:well|better|great|good)|used to|last year|when i was|winter|clocks|mornings|evenings|nights|outside|drawing in|sun|sunlight|light|lights|heating|power cut|electric\w*|comedy|humour|chocolate|roast|skin|hair|colour|paint|theatre|cinema|${THEY} (?:is|was|has|had)|${BARE_LAUGH})\b|${ELSE}`;

// --- Concern: ready to smash the jobcentre computer with a hammer lol ----------------------------------------------------
const SMASH_IT_UP = pattern`^(?=.*\b(?:${LAUGH})\b)(?=.*\b(?:smash|smashing|trash|trashing|wreck|wrecking|take|taking|go at|going at|batter|battering|destroy|destroying) (?:the |their |that |this |every |all the )?(?:\w+ ){0,3}?(?:computers?|screens?|office|building|place|desk|counter|machines?|system|jobcentre|job centre|printer|windows?) (?:\w+ ){0,2}?with (?:a |my |the )?(?:hammer|sledgehammer|sledge|brick|bat|baseball bat|crowbar|axe|chair|fire extinguisher)\b)`;
const SMASH_IT_UP_OUT = String.raw`\b(?:tiles|nails|diy|demolition|rubble|concrete|renovat\w*|site|bathroom|kitchen|old (?:shed|fence|wardrobe|sofa)|garden|glass recycling|${THEY} (?:is|was|has|had|wants|said))\b|${ELSE}`;

// --- Concern: my mood, it's on the floor ---------------------------------------------------------------------------------
const MOOD_FLOOR = pattern`(?<!\b(?:his|her|their|sons|daughters|wifes|husbands|partners|mums|dads|kids|babys|bosses|dogs) )\bmood (?:it |is |has been |was |s |just |it is |is just |has gone |went |dropped |has dropped |is completely |completely )*(?:on the floor|through the floor|in the gutter|rock bottom|at rock bottom|in my boots|in my shoes|on the ground|in the bin|in the toilet|in the basement|at zero|shot|non existent|in pieces|on its knees)\b`;
const MOOD_FLOOR_OUT = String.raw`\b(?:mood (?:board|lighting|ring|music|playlist)|market|team mood|the mood in|office mood|${LAUGH})\b|${ELSE}`;

export const HUNDRED_AND_FORTY_NINTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:tracks|rails|railway line|train line|line|in front of)\b`, ON_THE_TRACKS_OUT), [group('crisis', 'a plan to end their life', [ON_THE_TRACKS])]],
  [unless(String.raw`\b(?:close|shut|delete|archive|end|bin) (?:my|the) (?:file|case|account|record|records|profile|claim)\b`, CLOSE_MY_FILE_OUT), [group('crisis', 'a plan to end their life', [CLOSE_MY_FILE])]],
  [unless(String.raw`\bthen (?:me|it is me|it is my turn|my turn|i go|i will go|ill go|i am next|i am going|i am off|i am gone|i can go)$`, THEN_ME_OUT), [group('crisis', 'a plan to end their life', [THEN_ME])]],
  [unless(String.raw`\b(?:distracted|preoccupied|notice|miss me|stop me|find me|check on me|look for me|come looking|be looking|be watching)\b`, NOBODY_WATCHING_OUT), [group('crisis', 'a plan to end their life', [NOBODY_WATCHING])]],
  [unless(String.raw`\b(?:note|letter|letters|notes)\b`, THE_NOTE_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [THE_NOTE])]],
  [unless(String.raw`\b(?:staying|sticking around|hanging around|being around|going to be around|going to stay|planning to stay)\b`, NOT_STAYING_OUT), [group('crisis', 'intends to end their life', [NOT_STAYING])]],
  [unless(String.raw`\b(?:roof|somewhere to sleep|anywhere to sleep|a place to sleep|a bed)\b`, NO_ROOF_OUT), [group('crisis', 'no safe place, food or power tonight', [NO_ROOF])]],
  [unless(String.raw`\b(?:cut|cutting|harm|harming|burning|burn|hurting|hurt|blade|razor|scratch|scratching)\b`, CUTTING_OUT), [group('crisis', 'self-harm', [STREAK_BROKEN, BEFORE_THE_DAY])]],
  [unless(String.raw`\b${VIOLENT}\b`, PICTURING_HARM_OUT), [group('crisis', 'harm to someone else', [PICTURING_HARM])]],
  [unless(String.raw`\b${LOSS}\b`, LOSS_THEN_PLAN_OUT), [group('crisis', 'a plan to end their life', [LOSS_THEN_PLAN])]],
  [unless(String.raw`\b(?:login|logins|banking|bank card|cards?|pin|passwords?|bank details|account details)\b`, MONEY_TAKEN_OUT), [group('crisis', 'coercive control', [MONEY_TAKEN])]],
  [unless(String.raw`\b${PAPERS}\b`, PAPERS_KEPT_OUT), [group('crisis', 'coercive control', [PAPERS_KEPT])]],
  [unless(String.raw`\bmy (?:phone|mobile|calls|texts|messages|emails|voicemails?)\b`, PHONE_HELD_OUT), [group('crisis', 'coercive control', [PHONE_HELD])]],
  [unless(String.raw`\bi am\b`, THAT_IS_WHAT_I_AM_OUT), [group('concern', 'feels worthless', [THAT_IS_WHAT_I_AM])]],
  [unless(String.raw`\b(?:asleep|to sleep|dropped off|drop off|nodded off|slept|sleep)\b`, ASLEEP_AT_DAWN_OUT), [group('concern', 'not eating or sleeping', [ASLEEP_AT_DAWN])]],
  [unless(String.raw`\bto (?:talk|speak|chat) (?:to|with)\b`, SOMEONE_TO_TALK_TO_OUT), [group('concern', 'feels alone', [SOMEONE_TO_TALK_TO])]],
  [unless(String.raw`\b(?:drinking|drink|booze|boozing|weed|${DRINK})\b`, DRINKING_OUT_OF_HAND_OUT), [group('concern', 'drinking or drugs to cope', [DRINKING_OUT_OF_HAND])]],
  [unless(String.raw`\bbarely\b`, BARELY_THROUGH_OUT), [group('concern', 'not coping', [BARELY_THROUGH])]],
  [unless(String.raw`\bdark\b`, DARK_WEEKS_OUT), [group('concern', 'low mood', [DARK_WEEKS])]],
  [unless(String.raw`\bwith (?:a |my |the )?(?:hammer|sledgehammer|sledge|brick|bat|baseball bat|crowbar|axe|chair|fire extinguisher)\b`, SMASH_IT_UP_OUT), [group('concern', 'joked about hurting someone', [SMASH_IT_UP])]],
  [unless(String.raw`\bmood\b`, MOOD_FLOOR_OUT), [group('concern', 'low mood', [MOOD_FLOOR])]],
] as const;
