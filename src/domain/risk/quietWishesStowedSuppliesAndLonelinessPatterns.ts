// A plain mix of everyone who uses a public employment service: risk said in passing, in ordinary words.
// A wish to be dead said as not minding an accident ("wouldn't even mind if the plane went down") or as
// not wanting the next birthday ("I'd happily not see 59"); self-harm told by what it left ("my hands are
// all burnt from what I did") or as the way through ("cutting is how I get through the rejections");
// supplies got and stowed without a word of what for ("got the stuff, it's in the boot of the car"); a
// partner's rule against working where men work; and, for concern, a bad week the client won't talk
// about, using again, the fear of being thrown out of the home, and children who don't visit. The same
// words fill everyday messages (the bus went down our road, not seeing another Christmas in this hostel,
// hands cut from what I did in the garden, cost cutting, got the stuff for the party, a women-only course,
// a bad week for the car, using the app again, kicked out of college, the kids don't visit the dentist),
// so each set rests on the words that carry the risk together and shuts on the everyday uses, on someone
// else's trouble and on fiction.
// Crisis: wouldn't mind if the plane went down; I'd happily not see my next birthday; burnt from what I
// did; cutting is how I get through; got the stuff, it's in the boot; not allowed to work where men work.
// Concern: a bad week, don't want to talk about it; started using again; worried we'll get chucked out;
// the kids don't visit, the neighbours don't know my name.
// Look-alikes of our own are in test/domain/riskHundredAndTwelfthForms.test.ts. Normalised words ("i am"
// for "I'm", "id" for "I'd", "well" for "we'll", "can not" for "can't", "friend" for "mate",
// "honestly" for "tbh").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|anime|manga|fanfic|game|gaming|call of duty`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|housemate|colleague|kid|kids|client|patient|student|husband|wife|partner)s?|a friend|(?:he|she|they|hes|shes|theyre)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;

// --- Crisis: wouldn't even mind if the plane went down -------------------------------------------------
const CRASH = String.raw`(?:(?:the|my|a|our|that|this) (?:plane|flight|train|ferry|boat|ship|helicopter|coach)(?: \w+){0,2}? (?:went down|came down|crashed|sank|blew up|exploded|caught fire|came off the rails|derailed|never landed|did not land|fell out of the sky|went into the sea|went off a cliff|never arrived|did not arrive|went off the road)|(?:the|a|my|that) (?:bus|coach|car|taxi|lorry|wagon|van|train|tram|truck) (?:just )?(?:hit me|took me out|ran me over|knocked me down|ploughed into me|mowed me down|crashed with me in it|went off the road with me in it)|(?:the|a|that|this) (?:roof|ceiling|building|scaffold|scaffolding|ladder|crane|bridge|wall) (?:just )?(?:fell on me|came down on me|collapsed on me|caved in on me|crushed me|gave way under me|gave way with me on it|fell in on me))`;
const MIND_IF_CRASH = pattern`\bwould not (?:even |really |honestly |actually |exactly |be sad |be bothered )?(?:mind|care) if ${CRASH}\b`;
const MIND_IF_CRASH_OUT = String.raw`\b(?:price|prices|fares?|costs?|shares?|share price|value|ratings?|${FICTION})\b|${THIRD}`;

// --- Crisis: I'd happily not see my next birthday --------------------------------------------------------
const NEXT_MARK = String.raw`(?:\d{1,3}|my \d{1,3}(?:st|nd|rd|th)|my next birthday|another birthday|next year|another year|retirement|my retirement|pension age|old age|thirty|forty|fifty|sixty|seventy|eighty|my thirties|my forties|my fifties|my sixties|my seventies)`;
const NOT_SEE = pattern`\b(?:id|i would|i will|i could|i would be|i will be) (?:quite )?(?:happily|gladly|happy to|glad to) (?:not|never) (?:see|make it to|reach|get to|live to see|live to|see out|last till|last until|last to) ${NEXT_MARK}(?= ?$| (?:honestly|to be honest|if i am honest|really|anyway|and|but|so|not even joking|not joking|mate|pal|lol|haha|i am|id|i would|i will|at this rate|at this point)\b)|\b(?:i )?(?:hope|hoping|pray|praying) i (?:do not|will not|never) (?:see|make it to|reach|get to|live to see|live to|see out|last till|last until) ${NEXT_MARK}(?= ?$| (?:honestly|to be honest|if i am honest|really|not even joking|not joking|lol|haha|at this rate)\b)`;
const NOT_SEE_OUT = String.raw`\b(?:${FICTION})\b|${THIRD}`;

// --- Crisis: my hands are all burnt from what I did --------------------------------------------------------
const FROM_WHAT_I_DID = pattern`\b(?:arms?|hands?|legs?|wrists?|thighs?|stomach|belly|skin|face|body|fingers?|knuckles|hips?|ankles?|chest) (?:are|is|were|was|have been|has been|got|still|look|looks) (?:all |really |so |too |a bit |badly |still |properly )*(?:burnt|burned|cut|cut up|cut to bits|scarred|scabbed|scabby|bandaged|bandaged up|bruised|a mess|sore|marked|blistered|raw|bleeding|torn up|wrapped up|in bandages|covered|in bits|wrecked|ruined) from what i (?:did|do|have done|had done|done|did again|did last night|did at the weekend)\b(?! (?:at|in|on|for|with|playing|doing|lifting|moving|when|while|during|to (?:him|her|the|my|that|a|this|his)|yesterday at)\b)`;
const FROM_WHAT_I_DID_OUT = String.raw`\b(?:gym|garden|gardening|allotment|diy|cooking|oven|bbq|barbecue|fireworks?|bonfire|football|rugby|boxing|sparring|climbing|decorating|bricklaying|labouring|plastering|fencing|brambles|nettles|sunburn|sunburnt|sunbathing|sunbed|tattoo|surgery|operation|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: cutting is how I get through the rejections -------------------------------------------------
const HARM_IS_HOW = pattern`(?<!\b(?:cost|coupon|hair|grass|hedge|lawn|budget|wood|tile|stone|glass|paper|fabric|corner|key|vinyl|meat|carpet|turf|tree|price|job|spending|rate|tax|benefit|benefits|funding|staff|fat|weight|sugar|film|video) )(?:cutting|cutting myself|burning myself|hurting myself|harming myself|self harming|self harm|scratching myself|hitting myself|biting myself|punching myself|the blade|the blades|the razor|my blade)(?: again)? (?:is|has become|has been|became|is now|is still|was|are) (?:now |still |honestly |basically |literally |just )?(?:how|the (?:only )?way|what|my way of|my only way of|the thing that) (?:i )?(?:get through|gets me through|get me through|getting through|cope|coping|cope with|deal|deal with|dealing with|manage|get by|survive|surviving|handle|keep going|keeps me going|helps me cope|helps)\b`;
const HARM_IS_HOW_OUT = String.raw`\b(?:coupons?|vouchers?|hairdress\w*|hairdresser|barber|butcher|tiler|joiner|carpenter|seamstress|sewing|tailor|florist|gardener|landscap\w*|tree surgeon|editor|editing|cricut|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: got the stuff, it's in the boot of the car --------------------------------------------------
const STOWED = pattern`\b(?:got|bought|picked up|collected|fetched|went and got|sorted|ordered|have|i have) (?:all )?(?:the stuff|the bits)(?: i need| i needed| for it| for tonight| for later| now| already){0,2}(?: (?:from|at|off|in) (?:the |a |my )?\w+(?: \w+)?)? (?:and )?(?:(?:it is|its|they are|theyre|it is all|its all|all|already|now|the stuff is|the lot is) )*(?:in (?:the|my) (?:boot|car|bag|room|shed|garage|drawer|wardrobe|cupboard|glovebox|glove box|loft|bathroom|bedside drawer|locker|van)|under (?:my|the) (?:bed|mattress|sink|stairs)|hidden|stashed|put away|tucked away)\b`;
const STOWED_OUT = String.raw`\b(?:ready for|first day|new job|start|starting|shift|tools|toolbox|shopping|groceries|food shop|weekly shop|big shop|tesco|asda|aldi|lidl|sainsburys|morrisons|supermarket|takeaway|party|uniform|interview|course|induction|first day|moving|removals?|decorating|paint|painting|wallpaper|shelves|flatpack|camping|holiday|trip|festival|bbq|barbecue|picnic|christmas|presents?|gifts?|surprise|birthday (?:present|presents|cake|party|card)|school uniform|school shoes|plants|seeds|garden centre|dog food|cat food|nappies|formula|car boot sale|boot sale|stall|charity shop|donations?|food bank|foodbank|ppe|work boots|hi vis|cscs|work kit|gym kit|football kit|first aid kit|gym|swimming|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: I'm not allowed to apply for jobs where men work --------------------------------------------
const MEN = String.raw`(?:men|blokes|lads|guys|males|male staff|male colleagues|male workers|any men|other men|a man|male managers?|male bosses|male interviewers?)`;
const NO_MEN = pattern`\b(?:i am not (?:allowed|permitted) to|i can not|i could not|i am not to|he will not let me|he does not let me|he would not let me|he never lets me|he forbids me to|he has banned me from|i am banned from|(?:my )?(?:husband|partner|boyfriend|fiance|fella|man|other half) (?:will not|does not|would not|never) lets? me) (?:apply for|take|go for|get|look for|do|work in|work at|work|have|accept|go to|even apply for|even look at) (?:any |a |the )?(?:jobs?|work|roles?|positions?|shifts?|placements?|anything|job|interviews?)? ?(?:where|with|around|near|alongside|if there are|that have|that has|in places with) (?:there are |there is |any )?${MEN}(?: work| working| are| there)?\b`;
const NO_MEN_OUT = String.raw`\b(?:religion|religious|my faith|mosque|church|women only|female only|${FICTION}|${LAUGH})\b`;

// --- Concern: a bad week, don't want to talk about it --------------------------------------------------------
const BAD_SPELL = String.raw`\b(?:bad|rough|awful|horrible|terrible|shit|crap|rubbish|grim|dark|hard|tough|horrendous|bleak|heavy|dreadful|horrid) (?:week|day|few days|month|couple of weeks|couple of days|weekend|time|patch|night|fortnight|few weeks)\b`;
const NOT_TALK = String.raw`\b(?:do not|rather not|would rather not|can not|not ready to|prefer not to|would prefer not to|will not|not going to) (?:really |even |want to |wanna |really want to |feel like |like to )*(?:(?:talk|talking|say much|speak) about it|(?:go|get|going|getting) into it)\b`;
const BAD_WEEK_UNSAID = pattern`^(?=.*${BAD_SPELL})(?=.*${NOT_TALK})`;
const BAD_WEEK_OUT = String.raw`\b(?:(?:week|day|month|weekend|time|patch|night|fortnight) (?:for|with|at) (?:the |my |our )?(?:car|van|boiler|washing machine|laptop|phone|football|team|results|traffic|buses|bus|trains|weather|hair|dog|cat|puppy|garden|business|sales|shop|stocks|market)|(?:week|day|weekend|month|season|night|fortnight) for (?:the |my |our )?(?:\w+ )?(?:united|city|rovers|wanderers|athletic|albion|county|villa|spurs|arsenal|chelsea|liverpool|everton|celtic|rangers|hibs|hearts|team|lads|boys|club|fans|side)|football|league|fixtures?|season|fight club|(?:he|she|they|mum|dad|nan|gran|my \w+) (?:had|has had|is having|was having)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: started using again --------------------------------------------------------------------------
const USING_AGAIN = pattern`(?:^|\b(?:i|i have|ive|i am|been|i have been|have|started|i started|i have started|am|just|so|and|but|yeah|yes|honestly|now|back to|gone back to|went back to)) (?:started |been |back |properly )?using again\b(?! (?:the|my|it|that|this|a|an|linkedin|indeed|your|his|her)\b)`;
const USING_AGAIN_OUT = String.raw`\b(?:gym|app|apps|website|site|laptop|computer|pc|linkedin|indeed|template|software|machine|printer|inhaler|cpap|hearing aid|walking stick|crutches|wheelchair|pool|library|bus pass|(?:he|she|they|my \w+) (?:is|has|has started|started|been|is back|was) using|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: worried we'll get chucked out ---------------------------------------------------------------
const THROWN_OUT = pattern`\b(?:worried|worrying|scared|afraid|frightened|terrified|petrified|panicking|stressing|stressed|anxious|fear|dreading|convinced|think|reckon|bet|feel like)(?: that| about)? (?:(?:we|i|well|ill|we will|i will|we are going to|i am going to|we might|i might|we could|i could|we are gonna|i am gonna|me and the kids will|me and my \w+ will|we will all|being|getting|we|i) )?(?:get|be|getting|being|end up|end up being|end up getting) (?:chucked|kicked|thrown|turfed|booted|slung) out\b(?! (?:of (?:the |my |our )?(?:college|school|uni|university|course|class|lesson|pub|club|gym|group|chat|group chat|team|game|programme|scheme|training|job|meeting|interview|exam|match|shop|library|centre|jobcentre|union|band|choir|league|competition|contest)))`;
const THROWN_OUT_OUT = String.raw`\b(?:if i (?:fail|miss|do not (?:pass|turn up|attend)|am late)|(?:my \w+|he|she|they) (?:will|might|could|is going to|are going to) (?:get|be) (?:chucked|kicked|thrown)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: the kids don't visit, the neighbours don't know my name -------------------------------------
const NO_VISITS = pattern`\b(?:the kids|my kids|my children|the children|my son|my sons|my daughter|my daughters|my family|the family|the grandkids|my grandkids|my grandchildren|the grandchildren|my friends|my old friends|no one|nobody) (?:do not|does not|never|hardly|rarely|barely|no longer|will not|have stopped|stopped) (?:ever |even |really |bother to |bothering to )*(?:visit|visits|visiting|come round|comes round|coming round|come over|comes over|ring|rings|ringing|call|calls|calling|phone|phones|phoning|get in touch|bother)\b(?= ?$| (?:me|any more|anymore|now|these days|much|often|and|since|either|or|at all|any longer|no more|i|it is|its)\b)|\b(?:the |my )?(?:neighbours|neighbour|no one|nobody|no one round here|people round here|anyone round here|anyone) (?:do not|does not|would not|even) (?:even )?knows? my name\b`;
const NO_VISITS_OUT = String.raw`\b(?:(?:ring|rings|call|calls|phone|phones|get|gets) (?:me )?back|agency|agencies|recruiters?|employers?|council|landlord|during|term time|covid|lockdown|isolating|chickenpox|my (?:mum|mom|dad|nan|gran|grandad|mother|father) is lonely|${FICTION}|${LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_TWELFTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:mind|care) if\b`, MIND_IF_CRASH_OUT), [group('crisis', 'wishes to be dead', [MIND_IF_CRASH])]],
  [unless(String.raw`\b(?:not|never) (?:see|make it to|reach|get to|live to|see out|last)\b`, NOT_SEE_OUT), [group('crisis', 'wishes to be dead', [NOT_SEE])]],
  [unless(String.raw`\bfrom what i\b`, FROM_WHAT_I_DID_OUT), [group('crisis', 'self-harm', [FROM_WHAT_I_DID])]],
  [unless(String.raw`\b(?:cutting|burning myself|hurting myself|harming myself|self harm|scratching myself|hitting myself|biting myself|punching myself|blades?|razor)\b`, HARM_IS_HOW_OUT), [group('crisis', 'self-harm', [HARM_IS_HOW])]],
  [unless(String.raw`\b(?:the stuff|the bits)\b`, STOWED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [STOWED])]],
  [unless(String.raw`\b(?:men|blokes|lads|guys|males|male|a man)\b`, NO_MEN_OUT), [group('crisis', 'coercive control', [NO_MEN])]],
  [unless(String.raw`\b(?:about|into) it\b`, BAD_WEEK_OUT), [group('concern', 'low mood', [BAD_WEEK_UNSAID])]],
  [unless(String.raw`\busing again\b`, USING_AGAIN_OUT), [group('concern', 'drinking or drugs to cope', [USING_AGAIN])]],
  [unless(String.raw`\b(?:chucked|kicked|thrown|turfed|booted|slung) out\b`, THROWN_OUT_OUT), [group('concern', 'may lose their home', [THROWN_OUT])]],
  [unless(String.raw`\b(?:visit|visits|visiting|come round|comes round|coming round|come over|comes over|ring|rings|ringing|call|calls|calling|phone|phones|phoning|get in touch|bother|my name)\b`, NO_VISITS_OUT), [group('concern', 'feels alone', [NO_VISITS])]],
] as const;
