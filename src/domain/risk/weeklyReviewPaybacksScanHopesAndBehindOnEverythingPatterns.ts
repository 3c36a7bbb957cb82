// Replies to the coach's weekly review and reminders: the risk said in among the week's news, often in half
// a line. Waiting for him outside his work tonight, he's going to pay; there's a man following me home,
// I'm hiding in the chemist; the uncle who did things to me when I was little is back living with us and
// it's happening again; I'm taking a bat to that bloke from the agency; I'd gladly just vanish for good;
// the biopsy's back Tuesday and part of me hopes it's cancer; I swear the supervisor is getting stabbed;
// some mornings a car crash wouldn't be such a bad thing; my goal is not killing myself this week; if I
// text back he'll see, I'm fine, can't talk. And, for a check-in: my sleep's wrecked since the new rota;
// I'm behind on everything, the gas, the council tax, the catalogue.
// The same words fill everyday replies (my dad's going to pay for the course; someone keeps following me
// on LinkedIn; the kids started again at school; take a hammer to the old tiles; I'd happily disappear to
// Spain for good; hope it's not bad news; the team leader post is getting cut; a crash course wouldn't
// be the worst thing; not killing myself over the overtime; if I reply he might see how keen I am; the
// baby's sleep is all over the place; behind on the coursework), so each set rests on the words that
// carry the risk together and shuts on the everyday uses, on someone else's trouble and on fiction. A
// reply that is only a time, a day, a train or "sorry" is never read by these sets.
// Crisis: he / she / that bloke is going to pay, or will pay, or I'll make him pay, at the end of the
// message or for what he did, with waiting for him, after his shift, outside his house, I know where he
// lives, humiliated or "not a joke" (a fee, a bill, a lift, the course, a refund shut it); someone, a man,
// a car is following or followed me, with hiding, scared, in a shop, still outside, call the police (social
// media, "following me up", a dog shut it); did stuff / things to me or abused / touched me as a kid or when
// I was little, with started / happening again or moved back in; taking a hammer, bat, knife, crowbar to him,
// that bloke, the manager or his head (tiles, walls, cars, reflexes shut it); I'd happily / I want to /
// I wish I could disappear or vanish for good / forever (moving away, social media, a holiday shut it);
// a scan, biopsy or results, and I hope it's bad news, cancer, serious or terminal (not bad news, sick pay
// and claims shut it); not a joke / I swear / I mean it, with him or the team leader getting cut,
// stabbed, shanked, bottled or glassed (hours, budgets, posts, hair, "from the rota" shut it); a crash, an
// accident, getting hit by a bus, not waking up wouldn't be the worst thing / such a bad thing (a crash
// course, the market, sleeping on a sofa shut it); not topping / killing myself would be a start, or my goal
// this week is not killing myself (killing myself over work, laughing or at the gym shut it); if I reply /
// text back he might / will see or find out, with can't talk, I'm ok, he checks my phone or he's here
// (a recruiter, a manager, keen, interested shut it).
// Concern: my sleep is shot / wrecked / all over the place / non existent (better now, sorted, we're managing,
// a laugh shut it); behind on everything / it all / all my bills or the gas, rent, council tax, catalogue, with a bill
// word in the message (someone else behind, caught up, paid off shut it).
// Look-alikes of our own are in test/domain/riskHundredAndFortySecondForms.test.ts. Normalised words
// ("i am" for "I'm", "id" for "I'd", "ill" for "I'll", "he is" for "he's" and "hes", "can not" for "can't",
// "would not" for "wouldn't", "going to" for "gonna", "it is" for "it's" and "its").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, SOMEONE_ELSE_OR_A_STORY as ELSE } from './wholeMessageSets.ts';

/** A person the client means harm to, as a threat names them. */
const FOE = String.raw`(?:he|she|they|him|her|them|that (?:bloke|guy|man|lad|woman|girl|fella|prick|idiot|dickhead|twat|wanker|cow|bitch|scumbag|creep|snake|rat|grass|nonce|muppet)|the (?:bloke|guy|man|lad|woman|fella|manager|boss|supervisor|gaffer|foreman|team leader|security guard|landlord|interviewer|neighbour|ex)|my (?:ex|boss|manager|supervisor|team leader|landlord|neighbour|stepdad|step dad))`;
/** Words for a grudge or for meaning it, one of which a threat of payback carries. */
const GRUDGE = String.raw`(?:waiting (?:for|on|outside) (?:him|her|them|that \w+|the \w+(?: \w+)?)|(?:after|when|once) (?:his|her|their) (?:shift|work|training|night out|gym)|(?:after|when|once) (?:he|she|they) (?:finishes|finish|comes out|come out|gets off|leaves|clocks off|knocks off|gets home|walks out)|outside (?:his|her|their) (?:house|work|flat|door|gym|place|local)|i know where (?:he|she|they|my (?:old |ex )?\w+|the \w+|that \w+) (?:lives?|works?|drinks?|parks?|goes|drinks now|lives now)|catch (?:him|her|them) (?:on his|on her|alone|after|outside|later)|for what (?:he|she|they) (?:did|done|said|has done|have done)|humiliat\w*|mugged me off|made a (?:fool|mug) of me|grassed|disrespect\w*|mark my words|not a joke|no joke|not joking|i mean it|i swear|swear down|on my life)`;

// --- Crisis: waiting for him after his shift, he's going to pay ---------------------------------------------------------
const PAYBACK = pattern`^(?=.*\b${GRUDGE}\b)(?=.*\b(?:${FOE} (?:is|are|will be) going to pay(?: for (?:it|this|that|what (?:he|she|they) (?:did|done|said|has done|have done)))?(?: (?:i swear|mark my words|trust me|believe me|properly|big time|for it))?$|${FOE} (?:is|are|will be) going to pay for what (?:he|she|they) (?:did|done|said|has done|have done)|(?:ill|i will|i am going to|going to|i am gonna) make ${FOE} pay(?: for (?:it|this|that|what (?:he|she|they) (?:did|done|said|has done|have done)))?$|(?:ill|i will|i am going to|going to) make ${FOE} pay for what (?:he|she|they) (?:did|done|said|has done|have done)))`;
const PAYBACK_OUT = String.raw`\b(?:(?:the|a|my|this|that|his|her) course|course fees?|fees?|lessons?|bills?|deposit|rent|taxi|petrol|tickets?|fare|train fare|dinner|lunch|meal|(?:a|the|his|her|my|next) round|(?:the|some|for|a round of) drinks|wages?|invoice|refund|compensation|damages|court|tribunal|insurance|claim|owes me|owe me|borrowed|lent|loan|quid|pounds|grand|fiver|tenner|cash|bank transfer|pay ?pal|${LAUGH})\b|${ELSE}`;

// --- Crisis: someone's following me home, I'm hiding in a shop ---------------------------------------------------------
const FOLLOWER = String.raw`(?:someone|somebody|someones|somebodys|some (?:guy|bloke|man|lad|lads|men|woman|people|car|van)|a (?:guy|bloke|man|car|van|lad|group of (?:lads|men)|strange (?:man|guy|bloke|car))|this (?:guy|bloke|man|car|van|lad)|these (?:lads|men|guys)|he|my ex|the same (?:guy|bloke|man|car|van))`;
const FOLLOWED_HIDING = pattern`^(?=.*\b${FOLLOWER} (?:is |are |has been |have been |keeps |kept |was |were |started |been |just |still )?(?:following|followed|follows|trailing|tailing) me\b(?! (?:up|on|back|about on|around on)\b))(?=.*\b(?:hiding|hid|hide|in a (?:shop|cafe|pub|takeaway|garage|petrol station|doorway|toilet|chippy|chemist|supermarket|bar)|in the (?:shop|cafe|pub|takeaway|garage|petrol station|doorway|toilets?|chippy|chemist|supermarket)|scared|terrified|frightened|petrified|panicking|shaking|still (?:there|outside|behind me|following|waiting)|will not go away|call the police|ring the police|called the police|999|help me|what do i do|do not know what to do|locked myself|not safe)\b)`;
const FOLLOWED_OUT = String.raw`\b(?:instagram|insta|twitter|tiktok|linkedin|facebook|social media|snapchat|online|the app|followers?|(?:the|my|our|a|neighbours|next doors) (?:dog|puppy|cat|kitten|duck|goose|geese|seagull|pigeon)s?|dream|dreamt|nightmare|${LAUGH})\b|${ELSE}`;

// --- Crisis: the uncle who did stuff to me as a kid has moved back in and it's started again ----------------------------
const DID_TO_ME = String.raw`(?:did (?:stuff|things|bad things|horrible things|horrible stuff|things he should not have|stuff he should not have|unspeakable things|what he did) to me|(?:abused|touched|molested|interfered with|groomed|raped) me|used to (?:touch|abuse|hurt|hit|beat|do stuff to|do things to|come into my room|come in my room)(?: me)?)`;
const AS_A_CHILD = String.raw`(?:as a (?:kid|child|little girl|little boy|girl|boy|teen|teenager|young \w+)|when i was (?:little|young|a kid|a child|small|a teenager|a teen|a girl|a boy|\d+|ten|eleven|twelve|nine|eight|seven|six|five|thirteen|fourteen|fifteen)|growing up|in care|in the home)`;
const AGAIN_NOW = String.raw`(?:(?:it|he|she|they) (?:is|has|have) (?:started|starting|begun|begin|happening|doing it|happened)(?: it)? again|started again|happening again|doing it again|begun again|back at it|(?:has |have )?moved back in|moving back in|come back to live|living with us|staying with us|back in the house|back living with|lives with us now|in the next room)`;
const ABUSE_AGAIN = pattern`^(?=.*\b${DID_TO_ME}\b.{0,40}?\b${AS_A_CHILD}\b)(?=.*\b${AGAIN_NOW}\b)`;
const ABUSE_AGAIN_OUT = String.raw`\b(?:prank\w*|wind me up|wound me up|wedgies?|dead arms?|tickl\w*|noogies?|play fight\w*|${LAUGH})\b|${ELSE}`;

// --- Crisis: taking my brother's hammer to that bloke who humiliated me -----------------------------------------------
const WEAPON = String.raw`(?:hammer|sledgehammer|sledge hammer|claw hammer|bat|baseball bat|cricket bat|crowbar|crow bar|iron bar|metal bar|knife|blade|machete|axe|hatchet|spanner|wrench|golf club|pipe|brick|bottle|screwdriver|stanley knife)`;
const TARGET = String.raw`(?:him|her|them|that (?:bloke|guy|man|lad|woman|girl|fella|prick|idiot|dickhead|twat|wanker|cow|bitch|scumbag|creep|snake|rat|nonce|muppet)|the (?:bloke|guy|man|lad|woman|fella|manager|boss|supervisor|gaffer|foreman|interviewer|team leader|landlord|neighbour|security guard)|my (?:ex|boss|manager|supervisor|landlord|neighbour|stepdad|step dad|team leader)|(?:his|her|their) (?:head|face|knees?|legs?|skull|hands?|heads|faces))`;
const WEAPON_TO_PERSON = pattern`\b(?:taking|take|took|going to take|ill take|i will take|about to take|want to take|i could take|i would take|id take|tempted to take) (?:(?:a|my|his|her|the|me|that|this|dads|my \w+s|\w+s) )?${WEAPON} to ${TARGET}\b(?! (?:\w+ )?(?:car|van|fence|shed|door|windows?|wall|bike|house|garden|garage|kitchen|bathroom|tiles|boiler|sink|pipes?|locks?|stuff|things|tv|phone|laptop|motor)\b)`;
const WEAPON_TO_PERSON_OUT = String.raw`\b(?:reflex\w*|physio\w*|chiropract\w*|osteopath\w*|knee jerk|pinata|steak|schnitzel|walnuts?|crabs?|lobsters?|${LAUGH})\b|${ELSE}`;

// --- Crisis: I'd happily just disappear for good ------------------------------------------------------------------------
const VANISH_FOR_GOOD = pattern`\b(?:id|i would|i could|i want to|i wanna|want to|i wish i could|wish i could|i wish i would|i just want to|just want to|i would love to|id love to|id like to|i would like to|i would rather|id rather|i feel like i could|tempted to|i would quite like to|part of me wants to)(?: (?:happily|gladly|quite happily|honestly|really|just|simply|quietly|so|genuinely|easily|literally))* (?:disappear|vanish|fade away|cease to exist|stop existing|evaporate|melt away|drop off the face of the earth|fall off the face of the earth)(?: (?:completely|altogether|quietly|entirely|now|today))? (?:for good|forever|for ever|permanently|and never come back|and not come back|never to be seen again|for keeps|off the face of the earth|and not exist|and stop existing|from everything|from it all|from this life)\b(?! (?:in|into|inside|at|to|down|under|behind|up|round|around|with) )`;
const VANISH_OUT = String.raw`\b(?:(?:move|moving|moved) (?:abroad|away|to|out|down|up|house|back)|emigrat\w*|abroad|spain|portugal|france|australia|new zealand|canada|thailand|holiday|travel\w*|backpack\w*|caravan|cottage|island|off grid|lottery|retire\w*|social media|facebook|instagram|twitter|tiktok|group chat|whatsapp|dating apps?|the app|this town|the village|the country|the city|down south|up north|relocat\w*|(?:off|from) (?:benefits|the dole|universal credit|uc|the job ?centre))\b|${ELSE}`;

// --- Crisis: the scan results next week, I kind of hope it's bad news ---------------------------------------------------
const HEALTH = String.raw`(?:scans?|results?|biopsy|biopsies|tests?|lump|mole|mri|ct|x ?rays?|bloods|blood tests?|consultant|oncolog\w*|hospital|doctor|gp|diagnosis|screening|smear|mammogram|ultrasound|cancer|tumou?r|growth)`;
const HOPE_BAD = String.raw`(?:hope|hoping|hoped|wish|praying|pray|half hope|part of me hopes)(?: that)? (?:it is|it comes back|it turns out|it will be|it is going to be|the news is|the results are|the results come back|they say it is|they tell me it is|they find)(?: (?:as|to be))? (?:bad news|bad(?! (?:weather|enough|luck|traffic|timing|for|at)\b)|cancer|terminal|serious|something (?:bad|serious|nasty|terminal)|the worst|malignant|the big c|incurable|inoperable|spread|a tumou?r)`;
const HOPE_BAD_NEWS = pattern`^(?=.*\b${HEALTH}\b)(?=.*\b${HOPE_BAD}\b)`;
const HOPE_BAD_NEWS_OUT = String.raw`\b(?:(?:they|someone|somebody|anyone|people) (?:finally )?(?:listens?|believes? me|takes? me seriously)|take me seriously|an answer|answers|a diagnosis|explain\w*|(?:bad|serious) enough (?:to|for|that i)|so i (?:can|get|could) (?:claim|get|have|be signed)|pip|sick (?:note|pay)|signed off|fit note|esa|lcwra|compensation|payout|for (?:him|her|them)|(?:his|her|their) (?:scan|results?|biopsy|tests?)|${LAUGH})\b|${ELSE}`;

// --- Crisis: not a joke, the team leader is getting cut -----------------------------------------------------------------
const MEAN_IT = String.raw`(?:not a joke|no joke|not joking|i am not joking|i am serious|deadly serious|i mean it|i swear|swear down|on my life|mark my words|watch this space|you will see|believe me|trust me)`;
const GETTING_CUT = pattern`^(?=.*\b${MEAN_IT}\b)(?=.*\b${FOE} (?:is|are|will be|is going to be|are going to be|going to be) getting (?:cut|stabbed|shanked|merked|bottled|glassed|slashed|chived|jooked)(?: (?:tonight|tomorrow|today|this week|next week|soon|later|properly|i swear|mark my words|by me|when i see (?:him|her|them)|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day))?$)`;
const GETTING_CUT_OUT = String.raw`\b(?:budgets?|roles?|posts?|positions?|funding|contracts?|redundan\w*|restructur\w*|hair|haircut|barbers?|hairdressers?|grass|lawn|hedges?|surgery|operation|stitches|${LAUGH})\b|${ELSE}`;

// --- Crisis: driving home at 6am, a crash wouldn't be the worst thing ----------------------------------------------------
const HARM_COMES = String.raw`(?:a crash(?! (?:course|diet|pad|mat|helmet|test|barrier|on|at|out|here|there|over))|crashing(?: the car| the van)?(?! (?:at|on|with|out|here|there|in|over|course))|a car (?:crash|accident)|an accident|a bad accident|hitting a tree|going off the road|going into a (?:tree|wall|lorry)|a lorry hitting me|(?:getting|being) hit by (?:a|the) (?:bus|car|lorry|train|truck|van)|not waking up|never waking up|not making it home|falling asleep at the wheel|a heart attack|wrapping (?:the|my) (?:car|van) (?:round|around) a (?:tree|lamp ?post))`;
const NOT_WORST = String.raw`(?:would not be|would not really be|might not be|would hardly be|is not|would not even be|would not necessarily be) (?:the worst thing|the worst|such a bad thing|so bad|a bad thing|the end of the world|a disaster|a tragedy|the worst outcome|the worst way to go)`;
const CRASH_NOT_WORST = pattern`\b${HARM_COMES}(?: (?:some days|sometimes|honestly|to be honest|really|now|these days|at this point|at all|on the way home|on the way back))? ${NOT_WORST}\b`;
const CRASH_NOT_WORST_OUT = String.raw`\b(?:market|stocks?|shares|crypto|bitcoin|prices|economy|(?:the|my|a) (?:computer|laptop|pc|server|website|app|system|software|site|game)|compensation|payout|sick pay|happy accident|(?:for|to) (?:him|her|them|the \w+))\b|${ELSE}`;

// --- Crisis: goal for this week? not topping myself would be a start ----------------------------------------------------
const NOT_KILLING_MYSELF = String.raw`not (?:topping|killing|ending|offing|hanging|doing) (?:myself|my self)(?: in)?`;
const NOT_TOPPING_GOAL = pattern`\b${NOT_KILLING_MYSELF} (?:would be|is|being|as|will be|would do|counts) (?:a (?:good |decent |solid |great )?(?:start|win|result|bonus|achievement|goal|plus|victory|step)|the (?:goal|aim|target|plan|main goal|main thing|priority|dream|bar|best i can do)|my (?:goal|aim|target|plan|main goal|priority|only goal)|enough|a good week|an achievement)\b|\b(?:goal|aim|target|plan|priority|focus)(?: for (?:this|the|next) (?:week|month|day))?(?: (?:is|would be|will be|this week is|for me is|honestly is|right now is))? (?:just |to be |honestly )?(?:${NOT_KILLING_MYSELF}|not (?:ending it|ending it all|doing myself in))(?! (?:over|with|at|on|trying|to|for|doing|working|running|laughing|at the|in the gym|in the gym|about)\b)`;
const NOT_TOPPING_GOAL_OUT = ELSE;

// --- Crisis: if I reply he might see, I'm ok, I just can't talk -------------------------------------------------------
const REPLY_SEEN = String.raw`if i (?:reply|answer|text back|text|message|ring|call|respond|pick up|write back|reply back|message back)(?: (?:to )?(?:you|this|it|back|now))? (?:(?:he|she|my (?:partner|husband|wife|boyfriend|girlfriend|ex|fella|man|other half)) (?:might|will|would|could|may|is going to|going to)|hell|shell) (?:see|find out|hear|check|read it|see it|go through my phone|go mad|kick off)\b(?! (?:it as|that as|me as|how|what|whether|my (?:cv|application|profile)|the (?:cv|application))\b)`;
const CAN_NOT_TALK = String.raw`(?:can not (?:talk|speak|say|text|call|ring|reply|answer)|i am (?:ok|fine|safe|alright)|do not (?:reply|text|call|ring|message|worry)|delete (?:this|it|these|the messages)|(?:he|she) checks|checks my phone|goes through my phone|reads my (?:messages|texts|phone)|(?:he|she) is (?:here|home|in|next to me|watching|back)|not safe)`;
const HE_SEES = pattern`^(?=.*\b${REPLY_SEEN})(?=.*\b${CAN_NOT_TALK}\b)`;
const HE_SEES_OUT = String.raw`\b(?:recruiter|employer|interviewer|agency|keen|interested|available|application|vacancy|tutor|teacher|(?:the|my|new) (?:manager|boss|landlord)|${LAUGH})\b|${ELSE}`;

// --- Concern: my sleep is shot since the nights rota started -----------------------------------------------------------
const SLEEP_SHOT = pattern`\bmy sleep(?:s| is| has been| has gone| was| is just| is totally| is completely| is all| is still) (?:shot|wrecked|ruined|gone|non existent|nonexistent|all over the place|a mess|destroyed|terrible|awful|broken|shocking|shot to pieces|shot to bits|in bits|knackered|shattered|rubbish|crap|horrendous|dreadful|nothing|to pot|gone to pot|out the window|out of the window)\b`;
const SLEEP_SHOT_OUT = String.raw`\b(?:better now|much better|getting better|improv\w*|sorted|back to normal|fixed|used to be|was shot but|(?:we are|i am|we|i) (?:still )?(?:managing|coping|getting by|getting there)|${LAUGH})\b|${ELSE}`;

// --- Concern: I'm behind on everything, phone, catalogue, water -----------------------------------------------------------
const BILL = String.raw`(?:bills?|rent|payments?|catalogues?|gas|electric|electricity|council tax|mortgage|loans?|credit cards?|klarna|clearpay|tv licence|energy|direct debits?|phone bill|water bill|water rates|arrears|debts?|overdraft|car finance|instalments?|littlewoods|jd williams)`;
const BEHIND_ON_BILLS = pattern`\bbehind (?:on|with) (?:all |my |the |all my |all the |both |the (?:\w+ )?)?${BILL}\b|^(?=.*\bbehind (?:on|with) (?:everything|it all|all of it|the lot|all sorts|loads|a lot)\b)(?=.*\b${BILL}\b)`;
const BEHIND_ON_BILLS_OUT = String.raw`\b(?:(?:(?:he|she|they|hes|shes|theyre)(?: (?:is|are|was|were|has been|have been|got|fell|fallen|gets|getting))?|(?:my|our|the|his|her|their) (?:\w+ )?(?:lodger|tenant|flatmate|housemate|mate|friend|pal|brother|sister|mum|mam|dad|son|daughter|neighbour|ex|partner|landlord|cousin|nan|gran|client|customer)s?(?: (?:is|are|was|were|has been|have been|got|fell|fallen|gets|getting))?) (?:so |way |really |a bit |months |weeks )?behind|not behind|no longer behind|(?:all|now|finally|just|i have|we have|have) caught up|all paid|(?:all|now|finally|i have|we have|have|got it|got them) paid off|(?:all|now|finally|i am|we are|back) up to date|all clear|${LAUGH})\b|${ELSE}`;

export const HUNDRED_AND_FORTY_SECOND_WHOLE_SETS = [
  [unless(String.raw`\b(?:pay|payback)\b`, PAYBACK_OUT), [group('crisis', 'harm to someone else', [PAYBACK])]],
  [unless(String.raw`\b(?:following|followed|follows|trailing|tailing) me\b`, FOLLOWED_OUT), [group('crisis', 'no safe place, food or power tonight', [FOLLOWED_HIDING])]],
  [unless(String.raw`\bto me|\bme (?:as|when)\b|\bused to\b`, ABUSE_AGAIN_OUT), [group('crisis', 'abuse or violence', [ABUSE_AGAIN])]],
  [unless(String.raw`\b${WEAPON} to\b`, WEAPON_TO_PERSON_OUT), [group('crisis', 'harm to someone else', [WEAPON_TO_PERSON])]],
  [unless(String.raw`\b(?:disappear|vanish|fade away|cease to exist|stop existing|evaporate|melt away|face of the earth)\b`, VANISH_OUT), [group('crisis', 'wishes to be dead', [VANISH_FOR_GOOD])]],
  [unless(String.raw`\b(?:hope|hoping|hoped|wish|praying|pray|hopes)\b`, HOPE_BAD_NEWS_OUT), [group('crisis', 'wishes to be dead', [HOPE_BAD_NEWS])]],
  [unless(String.raw`\bgetting (?:cut|stabbed|shanked|merked|bottled|glassed|slashed|chived|jooked)\b`, GETTING_CUT_OUT), [group('crisis', 'harm to someone else', [GETTING_CUT])]],
  [unless(String.raw`\b(?:worst|bad thing|so bad|end of the world|disaster|tragedy)\b`, CRASH_NOT_WORST_OUT), [group('crisis', 'wishes to be dead', [CRASH_NOT_WORST])]],
  [unless(String.raw`\bnot (?:topping|killing|ending|offing|hanging|doing) (?:myself|my self|it)\b`, NOT_TOPPING_GOAL_OUT), [group('crisis', 'thoughts of suicide', [NOT_TOPPING_GOAL])]],
  [unless(String.raw`\bif i\b`, HE_SEES_OUT), [group('crisis', 'coercive control', [HE_SEES])]],
  [unless(String.raw`\bmy sleeps?\b`, SLEEP_SHOT_OUT), [group('concern', 'not eating or sleeping', [SLEEP_SHOT])]],
  [unless(String.raw`\bbehind\b`, BEHIND_ON_BILLS_OUT), [group('concern', 'money worries', [BEHIND_ON_BILLS])]],
] as const;
