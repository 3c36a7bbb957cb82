// Risk typed in the middle of a job task: a short fragment, or the answer to the coach's own question
// (goal?, address for the cv?, references?, what is stopping you?, when can we call?), the risk
// carried by a few words that lean on the question or on a second half of the message.
// Crisis: "if i am still about" by then, and a hope that they are not; hoping the scan finds something
// and then game over; "those thoughts, you know the ones"; stepping in front of the 8.15 instead of
// getting on it; pills and drink named as the retirement plan or the way out; "my last week" so the
// appointments can be cancelled; a bare day and "do not try to change my mind"; tried before without
// saying what, it did not work, better this time; the tablets got together and counted; rang everyone
// to say thanks for everything; climbed over at the bridge and was talked down; bandages hidden under
// the shirt; the neck that needs covering, "long story"; not allowed friends and the club the only
// place they go; a time to call when he is out, so they can talk.
// Concern: no point doing a cv (bare); a goal, "do not have one anymore"; "i would just mess it up like
// always"; not sure they will have an address in march; three pounds till the 20th; references, "do not
// have anyone"; head all over the place and the appointment forgotten; a bit down, the rejections get
// to you; the one who ghosted them had better watch his back.
// Each rests on two parts of the message or on a whole phrase read with its question, so it is read in
// the whole message and the classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskEightyFourthForms.test.ts. Normalised words ("ill" for i'll, "id", "he is", "do not",
// "8 15" for 8.15, the pound sign dropped).
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const OTHERS = String.raw`he|she|hes|shes|his|her|they|their|my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife)s?|character|film|book|show|series|song|game|episode|novel|story|play`;
/** Someone else's doing, said of them: "my brother said", "she has". */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|boss|colleague)s?|he|she|they|hes|shes|theyre|his|their) (?:was|is|were|had|has|could|can|took|got|said|says|tried|will|would|reckons)\b`;
const FICTION = String.raw`film|movie|book|novel|show|series|episode|game|gaming|level|character|soap|play|song|lyrics|news|documentary|podcast|escape room`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const PILLS = String.raw`(?:tablets|pills|paracetamol|co codamol|codeine|sleeping pills|sleepers|tramadol|meds|painkillers|diazepam|insulin|antidepressants|sertraline|amitriptyline)`;

// --- Crisis -------------------------------------------------------------------------------------
const STILL_ABOUT_HOPE_NOT = pattern`^(?=.*\bif i am (?:still )?(?:about|around|here|alive|breathing|kicking about|on this earth)\b)(?=.*\b(?:hope|hoping|wish|praying|rather) (?:that )?(?:i am not|i will not be|not|i am gone|i will be gone|i am not here|i will not)\b)`;
const STILL_OUT = String.raw`\b(?:office|work|shift|late|queue|meeting|party|pub|night out|town|area|building|station|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const FIND_SOMETHING_GAME_OVER = pattern`\b(?:hope|hoping|wish|pray|praying|half hope|secretly hope) (?:that )?(?:the )?(?:doctors?|gp|scan|tests?|hospital|biopsy|results?|blood tests?|consultant|x ray|mri) (?:find|finds|show|shows|turn up|turns up|come back with|comes back with|say it is|says it is) (?:something|cancer|something serious|something bad|the worst|something terminal)\b(?: \w+){0,5}? (?:game over|that is it(?! sorted| fixed| done with)|that is that|it is all over|all over|the end|i am done|lights out|no more|out of here)\b`;
const FIND_OUT = String.raw`\b(?:treat|treatment|treated|cure|answers?|explain\w*|diagnos\w*|sorted|fixed|film|movie|book|novel|series|episode|character|soap|${LAUGH})\b|${THIRD}`;

const THOSE_THOUGHTS_YOU_KNOW = pattern`\b(?:those|the|them|these|my) (?:thoughts|feelings|urges|dark thoughts|bad thoughts|old thoughts)\b(?: \w+){0,4}? (?:you know the ones|you know which ones|you know the kind|you know what i mean|if you know what i mean|the ones we talked about|the ones i told you about|the ones i mentioned|the ones from before)\b`;
const THOUGHTS_OUT = String.raw`\b(?:idea|ideas|plan|business|design|essay|cv|interview answers?|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const VEHICLE_NUMBER = String.raw`(?:\d+(?: \d+)?|\w+ \d+(?: \d+)?|train|bus|express|tube|lorry|coach|tram)`;
const STEP_IN_FRONT = pattern`\b(?:could|might|may as well|might as well|should|want to|wanted to|tempted to|thought about|think about|thinking about|nearly|almost|so close to) (?:just )?(?:step|stepping|stepped|jump|jumping|jumped|walk|walking|walked|throw myself|throwing myself|lie down|fall) (?:out )?(?:in front of|under) (?:the|a|that|this|my|one) ${VEHICLE_NUMBER}\b|\b(?:in front of|under) (?:the|a|that) ${VEHICLE_NUMBER} instead of (?:getting on|catching|boarding|taking|riding)\b`;
const STEP_OUT = String.raw`\b(?:on my phone|not looking|was not looking|did not see|distracted|texting|headphones|nearly got hit|near miss|never do|would never|not (?:gonna|going to) do|just a thought|not do anything|no intention|kerb|queue|photo|selfie|camera|picture|shelter|timetable|stop at|bike lane|cyclist|puddle|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const PILLS_AS_PLAN = pattern`^(?=.*\b(?:${PILLS}|rope|noose|a bottle of|vodka and|whisky and|gin and)\b)(?=.*\b(?:that is|thats|there is|is|as|being|that will be|that can be|will be) (?:my|the) (?:retirement plan|pension plan|pension|exit plan|exit strategy|way out|escape plan|escape|plan b|backup plan|back up plan|long term plan|five year plan|5 year plan|endgame|end game|final plan)\b)`;
const PILLS_PLAN_OUT = String.raw`\b(?:hangover|hungover|headache|migraine|cold|flu|fever|morning after|night out|party|freshers|period|cramps|toothache|${OTHERS}|${FICTION})\b|${THIRD}`;

const LAST_WEEK_CANCEL = pattern`^(?=.*\b(?:this is|it is|this will be|that is|this weeks|this week is|next week is|next week will be) (?:my|the) (?:last|final) (?:week|day|few days|weekend|month)\b(?! (?:at|here|with|on|in|of|before|working|there|for|as|to|off|free)\b))(?=.*\b(?:cancel|no need|do not (?:book|bother|need)|will not (?:need|be needing|make)|no point (?:booking|in booking|coming)|take me off|you can (?:cancel|give|close)|give (?:it|my slot|the slot) to|close my (?:file|case))\b)`;
const LAST_OUT = String.raw`\b(?:job|work|new job|start\w*|notice|contract|placement|moving|move|holiday|course|leav\w*|training|temp|shift|abroad|emigrat\w*|relocat\w*|baby|maternity|paternity|surgery|operation|uni|university|college|term|school|exam|trip|visa|sober|dry|lent|diet|film|movie|novel|series|episode|character|${LAUGH})\b|${THIRD}`;

const DAY_DO_NOT_TALK_ME_OUT = pattern`^(?:it is |it will be |doing it |it happens |set for |happening |going to be )?(?:next |this |on |coming )?(?:${WEEKDAY}|tomorrow|tonight|the weekend|this weekend|the \d+(?:st|nd|rd|th)?)(?: night| morning| evening)? (?:do not|you can not|no one can|nobody can|no point trying to|do not bother trying to) (?:try (?:and|to) )?(?:change my mind|talk me out of it|stop me)\b`;
const DAY_OUT = String.raw`\b(?:quit\w*|resign\w*|leav\w*|holiday|booked|job|course|tattoo|haircut|hair|move|moving|buy\w*|diet|gym|trip|flight|apply\w*|interview|sign\w*|dye|piercing|party|gig|concert|match|marathon|run|race|skydive|bungee|${LAUGH})\b`;

const TRIED_BEFORE_BETTER = pattern`\btried (?:it )?(?:last (?:year|month|week|time|summer|winter|spring|autumn|christmas)|before|once before|(?:\w+ ){1,2}(?:years?|months?|weeks?) ago|in ${MONTH}|in \d{4})\b(?: \w+){0,3}? (?:it |and it |but it )?(?:did not work|failed|did not take|went wrong|was not enough|got found|they found me|woke up)\b(?: \w+){0,6}? (?:do it (?:better|properly|right)|get it right|make sure|make it count|make it work|better this time|properly this time|this time)\b`;
const TRIED_OUT = String.raw`\b(?:tests?|exams?|driving|theory|diet|recipe|bak\w*|cake|bread|sourdough|interview|application|ivf|business|allotment|garden|grow\w*|seeds?|plants?|tomatoes|veg|paint\w*|hair|dye|marathon|run|race|course|college|uni|apprenticeship|job|shop|stall|market|app|website|password|crochet|knit\w*|sew\w*|gym|swim\w*|dating|quit\w*|stop\w* smoking|smoking|vap\w*|patches|sober|dry|${FICTION}|${LAUGH})\b|${THIRD}`;

const TABLETS_COUNTED = pattern`^(?=.*\b(?:got|getting|have got|have been|been|keep|keeping|kept|saving|saved|stockpiling|stockpiled|collecting|collected|gathering|gathered|hoarding|hoarded|putting|put|stashing|stashed|squirrelling|squirrelled) (?:\w+ ){0,2}?${PILLS}\b(?: \w+)? (?:together|aside|away|saved|stashed|hidden|up)\b)(?=.*\b(?:about |nearly |almost |over |around |up to |must be |maybe )?(?:[2-9]\d|\d{3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?: of them| tablets| pills)?(?: now| so far| saved| altogether| in total)\b)`;
const TABLETS_OUT = String.raw`\b(?:pharmacy|chemist|pharmacist|dispens\w*|stock ?take|stock|shelves|warehouse|work|shift|vet|dog|cat|horse|blister packs?|dosette|prescription|repeat|recycl\w*|return\w*|take back|disposal|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const THANKS_FOR_EVERYTHING = pattern`\b(?:rang|called|phoned|texted|messaged|wrote to|visited|went round to|been ringing|been calling|been texting) (?:everyone|everybody|all my|my whole|the whole|all the|each of|my family|my mates|my friends|the family|people)\b(?: \w+){0,3}? (?:to say|and said|saying|just to say|to tell them) (?:thanks for everything|thank you for everything|sorry for everything|i love them|i loved them|how much they meant|thanks for all of it|a proper goodbye|goodbye properly)\b`;
const THANKS_OUT = String.raw`\b(?:wedding|party|birthday|funeral|leaving do|retirement|christening|present|presents|gift|cards?|help|support|baby|shower|fundraiser|charity|raffle|sponsor\w*|new job|job offer|got the job|offer|hired|passed|graduat\w*|moving|move|emigrat\w*|abroad|australia|canada|travelling|holiday|trip|surgery|operation|recovery|hospital|${FICTION}|${LAUGH})\b|${THIRD}`;

const CLIMBED_OVER_TALKED_DOWN = pattern`^(?=.*\b(?:bridge|ledge|roof|rooftop|cliff|cliffs|car park|multi storey|railings?|barrier|edge|platform|tracks|viaduct|balcony|motorway)\b)(?=.*\b(?:climbed|climbing|got|went|stood|standing|was|sat|sitting) (?:over|on the wrong side|onto the edge|onto the ledge|out on the ledge|on the edge|on the ledge|over the (?:railings?|barrier|fence|wall|edge|side))\b)(?=.*\b(?:talked me down|talked me back|talked me round|talked me off|pulled me back|grabbed me|stopped me|the police came|police talked me|someone talked me|a stranger (?:talked|stopped|grabbed|pulled))\b)`;
const CLIMBED_OUT = String.raw`\b(?:climbing wall|bouldering|abseil\w*|rock climbing|cat|kitten|dog|tree|ladder|scaffold\w*|gutter|tiles|fixing|repair\w*|work|job|fear of heights|scared of heights|vertigo|price|quid|pounds|haggl\w*|fence|football|ball|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const BANDAGES_HIDDEN = pattern`\b(?:bandages?|dressings?|plasters|gauze|steri strips|wrappings?) (?:under|beneath|hidden under|hiding under|covered by|tucked under|up my) (?:my |the |these |a )?(?:shirt|sleeves?|jumper|hoodie|top|clothes|cuffs|blouse|cardigan|watch strap|jacket|jeans|trousers)\b|\b(?:hide|hiding|cover|covering|keep covered) (?:up )?(?:the |my )?(?:bandages|dressings)\b`;
const BANDAGES_OUT = String.raw`\b(?:surgery|operation|op|tattoo|tattoos|burn from|burnt|accident|fell|fall|injur\w*|stitches from|hospital|doctor|nurse|sprain\w*|scald\w*|kitchen|cooking|gym|rugby|football|boxing|bike|cycling|dog bite|bitten|eczema|psoriasis|ulcer|leg ulcer|blood test|drip|cannula|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const COVER_NECK_LONG_STORY = pattern`^(?=.*\b(?:need|needs|has|have|got|going|want) to (?:cover|hide) (?:up )?(?:my |the marks on my |the bruises on my )?(?:neck|throat|face|eye|black eye|jaw)\b)(?=.*\b(?:long story|do not ask|not going into it|rather not say|will not go into|you do not want to know|it is complicated|not getting into it|do not want to talk about it|do not want to say)\b)`;
const NECK_OUT = String.raw`\b(?:tattoo\w*|hickeys?|love bites?|sunburn\w*|burnt|rash|eczema|psoriasis|acne|spots|scar from|surgery|operation|cold|scarf|weather|dress code|piercing|birthmark|shav\w*|razor|fake tan|tan|wax\w*|film|movie|novel|series|episode|character|costume|fancy dress|play|panto|${LAUGH})\b|${THIRD}`;

const NOT_ALLOWED_ONLY_PLACE = pattern`^(?=.*\bnot allowed (?:to (?:have|see|go out with|meet) )?(?:any )?(?:friends|mates|visitors|to go out|out|to see anyone|my own (?:money|phone|bank card|account))\b)(?=.*\b(?:the only (?:place|time|thing) i (?:go|get to go|am allowed|get out|leave the house|go out|see anyone)|only (?:allowed|let) (?:out|to go) (?:to|for)|only place i am allowed)\b)`;
const NOT_ALLOWED_OUT = String.raw`\b(?:hostel|hospital|ward|prison|probation|curfew|tag|bail|school|kids|children|teenager|grounded|landlord|tenancy|lease|flat rules|halls|house rules|covid|lockdown|isolat\w*|quarantine|rehab|${OTHERS}|${FICTION}|${LAUGH})\b`;

const PARTNER = String.raw`(?:he is|she is|they are|my (?:partner|husband|boyfriend|wife|girlfriend|fella|other half) is)`;
const HE_IS_OUT_I_CAN_TALK = pattern`\b${PARTNER} (?:out|at work|away|asleep|at the gym|down the pub|not (?:in|home|about|around|there)|gone out)(?: then| at that time| by then| till \w+| until \w+| on \w+)?(?: \w+){0,2}? (?:so |and |then )?(?:i can|i could|i am able to|i will be able to|i am free to|it is safe to) (?:talk|speak|chat|answer|pick up|be honest|say)\b|\b(?:can|could) only (?:talk|speak|answer|chat) (?:when|while) ${PARTNER} (?:out|at work|away|asleep)\b`;
const TALK_OUT = String.raw`\b(?:baby|toddler|kids|little one|nap|newborn|son|daughter|boss|manager|supervisor|colleague|noisy|drill\w*|builders?|loud|music|hoover\w*|snor\w*|library|quiet|telly|tv|football|gaming|xbox|playstation|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const NO_POINT_CV = pattern`^(?:honestly |to be honest |just |and |i mean |tbh )?(?:there is |theres )?(?:no point|what is the point|pointless|not worth it)(?: in)? (?:doing|writing|updating|making|sending|applying|filling in|bothering with|setting|doing up) (?:a |the |my |any |more |another )?(?:cv|cvs|applications?|goals?|plans?|steps?|job search|cover letters?|anything|any of (?:it|this))\b(?: honestly| really| to be honest| is there| now| anymore| any more)*$`;
const NO_POINT_OUT = String.raw`\b(?:offer|got the job|start\w*|sorted|have one|got one|ready|done|agency|recruiter|application form|online form|word of mouth|family business|trial shift|${OTHERS}|${LAUGH})\b`;

const GOAL_NOT_ANYMORE = pattern`\b(?:goals?|dreams?|ambitions?|aims?|hopes?|a future|something to aim for|anything to aim for)\b(?: \w+){0,3}? (?:(?:i )?(?:do not|have not|no longer|not|never) (?:really |even |honestly |got |have )*(?:have|got|having|see) (?:one|any|them|much of one|a future|anything)|(?:i )?have (?:none|no more|nothing)|(?:are|is) (?:gone|dead|finished|long gone|all gone)) ?(?:anymore|any more|left|these days|now)\b`;
const GOAL_OUT = String.raw`\b(?:football|match|score\w*|keeper|team|league|hockey|netball|fitness|weight|gym|savings|pension|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const MESS_IT_UP_ALWAYS = pattern`\b(?:i would|id|i will|ill|i always|i only|i just|i will only|i would only|i would just|i will just|i am bound to|i am going to|i know i will|i know i would) (?:just |only )?(?:mess|muck|screw|cock|balls|fuck|stuff) (?:it|things|everything|them|this|the interview|that|the job) up\b(?: \w+){0,3}? (?:like always|as always|like i always do|like usual|as usual|like every time|every time|like everything else|like i do with everything|like i always have)\b`;
const MESS_OUT = String.raw`\b(?:recipe|baking|bake|cake|icing|hair|paint\w*|drawing|parking|park|dance|karaoke|quiz|pub quiz|lines|spelling|order|coffee|latte|make ?up|eyeliner|nails|crochet|knit\w*|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const HOME_WORD = String.raw`\b(?:address|home|flat|house|roof|tenancy|landlord|place to live|bed|room)\b`;
const ADDRESS_BY_THEN = pattern`^(?=.*${HOME_WORD})(?=.*\b(?:not sure|do not know if|no idea if|might not|may not|doubt|who knows if) (?:i will |ill |i am going to |i would |i )?(?:still )?(?:have|have got|be having|got) (?:one|an address|a home|a place|a roof|a flat|anywhere|a bed|a room) (?:in|by|after|come|next|at the end of|past|for) (?:${MONTH}|next (?:week|month)|the end of (?:the|this) (?:month|week)|christmas|summer|spring|then|a (?:week|month|fortnight)|(?:a )?(?:few|couple of) (?:weeks|months)|\w+ weeks?|\w+ months?)\b)`;
const ADDRESS_OUT = String.raw`\b(?:job|car|phone|laptop|ticket|visa|contract|passport|email|desk|seat|holiday|hotel|uni|course|moving|move|buying|new build|completion|mortgage offer|renovat\w*|${OTHERS}|${FICTION}|${LAUGH})\b`;

const POUNDS_TILL_PAYDAY = pattern`\b(?:i have|i have got|i got|i am left with|left with|down to|i am down to|got) (?:about |only |just |literally )?(?:\d{1,2}(?: quid| pounds|p)?|a fiver|a tenner|nothing|pennies|one pound|a pound|two quid|three quid|five quid|ten quid) (?:left )?(?:to last (?:me )?)?(?:till|until|to|before|to get me to) (?:the \d+(?:st|nd|rd|th)?|payday|pay day|${WEEKDAY}|next (?:week|month)|the end of the month|my next payment|universal credit|my uc|uc|my benefits)\b`;
const POUNDS_OUT = String.raw`\b(?:shift|work|rota|open|opens|class|lesson|\d+ ?(?:am|pm)|oclock|hours|days|interviews|applications|tickets|slots|places|${OTHERS}|${LAUGH})\b|${THIRD}`;

const NO_REFEREES = pattern`\b(?:references?|referees?|emergency contacts?|next of kin|someone to vouch|who to put down)\b(?: \w+){0,3}? (?:(?:i )?(?:do not|have not|not) (?:really )?(?:have|got) (?:anyone|anybody|anyone to (?:ask|put)|a single person)|there is (?:no one|nobody)|no one|nobody|not a soul)\b`;
const REFEREES_OUT = String.raw`\b(?:closed|shut|went bust|bust|liquidat\w*|abroad|overseas|manager left|boss left|from work|last job|previous employer|employer|company|school|uni|college|yet|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const HEAD_ALL_OVER = pattern`^(?=.*\b(?:my head is|heads|my heads|head has been|heads been|my mind is|mind is|brain is|my brain is|my head has been) (?:all over the place|a mess|everywhere|scrambled|fried|shot|mush|not right|not with it|all over)\b)(?=.*\b(?:forgot|forget|forgotten|missed|lost track|can not (?:think|focus|concentrate)|cannot (?:think|focus|concentrate)|keep forgetting|slept through|not coping|all week|lately|these days)\b)`;
const HEAD_OUT = String.raw`\b(?:wedding|excit\w*|holiday|party|new job|baby|moving|move|jet lag|hangover|hungover|drunk|festival|revision|exams?|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const DOWN_REJECTIONS = pattern`^(?=.*\b(?:a bit|bit|feeling|feel|been|quite|pretty|really|so|proper|well) (?:down|low|flat|fed up|deflated|rubbish|crap|blue)\b(?! (?:the|to|at|there|here|road|street|stairs|south|in|on|by|from|with|your|for|a|my)\b))(?=.*\b(?:rejections?|no replies|no response|knock ?backs?|turned down|unsuccessful|ghosted|heard nothing|nothing back|another no|getting nowhere)\b)|\b(?:the )?(?:rejections?|knock ?backs?|no replies) (?:get|getting|got|are getting|really get|start to get|wear|wearing|grind|grinding) (?:to )?(?:you|me)(?: down)?\b`;
const DOWN_OUT = String.raw`\bbut (?:i am |ill |i will |honestly |im )?(?:ok|okay|fine|back|good|alright|go again|be fine|moving on)\b|\b(?:onwards|onto the next|on to the next|next one|go again|back on it|bounce back|moving on|team|match|result|score|football|league|sales|figures|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const WATCH_HIS_BACK = pattern`\b(?:better|had better|best|needs? to|wants? to|should) (?:watch|mind) (?:his|her|their|your) back\b|\b(?:better|had better|best) (?:watch|mind) (?:himself|herself|themselves)\b`;
const WATCH_OUT = String.raw`\b(?:hurt (?:my|his|her|their|your) back|bad back|back pain|physio|lifting|posture|sciatica|defender|driving|cycling|ice|icy|slippy|road|traffic|pickpocket\w*|${FICTION}|my (?:mate|friend|brother|sister|dad|mum) (?:said|says|reckons)|(?:he|she|they) (?:said|says|told))\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const EIGHTY_FOURTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bif i am\b`, STILL_OUT), [group('crisis', 'wishes to be dead', [STILL_ABOUT_HOPE_NOT])]],
  [unless(String.raw`\b(?:find|finds|show|shows|turn up|turns up|come back|comes back|say it is|says it is)\b`, FIND_OUT), [group('crisis', 'wishes to be dead', [FIND_SOMETHING_GAME_OVER])]],
  [unless(String.raw`\b(?:you know|we talked|i told you|i mentioned|from before)\b`, THOUGHTS_OUT), [group('crisis', 'thoughts of suicide', [THOSE_THOUGHTS_YOU_KNOW])]],
  [unless(String.raw`\b(?:in front of|under)\b`, STEP_OUT), [group('crisis', 'thinking about a way to end their life', [STEP_IN_FRONT])]],
  [unless(String.raw`\b(?:plan|pension|strategy|way out|escape|plan b|endgame|end game)\b`, PILLS_PLAN_OUT), [group('crisis', 'thinking about a way to end their life', [PILLS_AS_PLAN])]],
  [unless(String.raw`\b(?:last|final)\b`, LAST_OUT), [group('crisis', 'intends to end their life', [LAST_WEEK_CANCEL])]],
  [unless(String.raw`\b(?:change my mind|talk me out of it|stop me)\b`, DAY_OUT), [group('crisis', 'a plan to end their life', [DAY_DO_NOT_TALK_ME_OUT])]],
  [unless(String.raw`\btried\b`, TRIED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [TRIED_BEFORE_BETTER])]],
  [unless(String.raw`\b${PILLS}\b`, TABLETS_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [TABLETS_COUNTED])]],
  [unless(String.raw`\b(?:everything|love them|loved them|meant|goodbye)\b`, THANKS_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [THANKS_FOR_EVERYTHING])]],
  [unless(String.raw`\b(?:talked me|pulled me back|grabbed me|stopped me|police|a stranger)\b`, CLIMBED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [CLIMBED_OVER_TALKED_DOWN])]],
  [unless(String.raw`\b(?:bandages?|dressings?|plasters|gauze|steri strips|wrappings?)\b`, BANDAGES_OUT), [group('crisis', 'self-harm', [BANDAGES_HIDDEN])]],
  [unless(String.raw`\b(?:neck|throat|face|eye|jaw)\b`, NECK_OUT), [group('crisis', 'abuse or violence', [COVER_NECK_LONG_STORY])]],
  [unless(String.raw`\bnot allowed\b`, NOT_ALLOWED_OUT), [group('crisis', 'coercive control', [NOT_ALLOWED_ONLY_PLACE])]],
  [unless(String.raw`\b(?:talk|speak|chat|answer|pick up|be honest|say)\b`, TALK_OUT), [group('crisis', 'coercive control', [HE_IS_OUT_I_CAN_TALK])]],
  [unless(String.raw`\b(?:no point|pointless|not worth it)\b`, NO_POINT_OUT), [group('concern', 'hopelessness', [NO_POINT_CV])]],
  [unless(String.raw`\b(?:anymore|any more|left|these days|now)\b`, GOAL_OUT), [group('concern', 'hopelessness', [GOAL_NOT_ANYMORE])]],
  [unless(String.raw`\bup\b`, MESS_OUT), [group('concern', 'feels worthless', [MESS_IT_UP_ALWAYS])]],
  [unless(String.raw`\b(?:not sure|do not know if|no idea if|might not|may not|doubt|who knows if)\b`, ADDRESS_OUT), [group('concern', 'may lose their home', [ADDRESS_BY_THEN])]],
  [unless(String.raw`\b(?:money|quid|pounds|left|skint|broke|cash|pence|fiver|tenner)\b`, POUNDS_OUT), [group('concern', 'money worries', [POUNDS_TILL_PAYDAY])]],
  [unless(String.raw`\b(?:references?|referees?|emergency contacts?|next of kin|vouch|put down)\b`, REFEREES_OUT), [group('concern', 'feels alone', [NO_REFEREES])]],
  [unless(String.raw`\b(?:head|heads|mind|brain)\b`, HEAD_OUT), [group('concern', 'not coping', [HEAD_ALL_OVER])]],
  [unless(String.raw`\b(?:rejections?|no replies|no response|knock ?backs?|turned down|unsuccessful|ghosted|heard nothing|nothing back|another no|getting nowhere)\b`, DOWN_OUT), [group('concern', 'low mood', [DOWN_REJECTIONS])]],
  [unless(String.raw`\b(?:watch|mind)\b`, WATCH_OUT), [group('concern', 'joked about hurting someone', [WATCH_HIS_BACK])]],
] as const;
