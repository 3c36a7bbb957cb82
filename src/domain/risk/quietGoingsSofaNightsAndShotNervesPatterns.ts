// A plain mix, as a service hears it in a month: the kinds the spent blind seventieth split missed,
// each said several ways.
// Crisis: happy, content or ready just to go quietly or slip away; picturing their own funeral or
// death and it feeling like a rest or a relief; all they could think was that they should just finish
// it or end it all; stockpiling or saving up tablets, or getting them without the pharmacy or the GP
// noticing; a day or a last appointment and "that is when", said as the end of the message; in A&E or
// hospital after taking too many; giving their things away while the others think they are moving;
// wanting to make someone suffer while following them home or watching their house; running someone
// over, or hurting them when they see them, "i mean it"; sofa surfing or homeless and told they cannot
// stay tonight; days without a meal, just water, or with no money for food.
// Concern: the wine or the weed doing the heavy lifting or getting them through; the magistrates or a
// summons over an unpaid fine or bill; their sleep shot or all over the place, nodding off in the day;
// their nerves shot, shaking at the post or the phone.
// Each rests on two parts of the message or on the whole of a sentence, so it is read in the whole
// message and the classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskSeventiethForms.test.ts.
// Normalised words, as in riskPatterns.ts ("I'd" is "id", "mates" is "friends", "tbh" is "honestly").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const LAUGH = String.raw`lol|lmao|haha\w*|hehe|jk|joking|kidding|banter`;
const STORY = String.raw`film|movie|programme|series|episode|book|novel|game|character|story|song|lyrics|podcast|documentary|soap|netflix|poem|play`;
const OTHERS = String.raw`(?:my|his|her|their|our) (?:friend|friends|mate|brother|sister|mum|dad|son|daughter|cousin|partner|boyfriend|girlfriend|flatmate|niece|nephew|nan|gran|husband|wife|neighbour|neighbours|uncle|aunt|auntie|colleague)s?\b`;
const MEDS = String.raw`(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers|sleeping pills|sleepers|antidepressants|anti depressants|insulin|codeine|co codamol|cocodamol|tramadol|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|diazepam|zopiclone|pregabalin|prescription|prescriptions|script|scripts)`;

// --- Crisis -------------------------------------------------------------------------------------
const GO_QUIETLY = pattern`${NOT_BEFORE}\b(?:i would|id|i will|ill|i am|i could|i think i would|i think id) (?:be )?(?:happy|content|glad|quite happy|more than happy|ready|fine|at peace|okay|ok) (?:now |honestly |really )?(?:to |just to |to just )(?:just )?(?:go quietly|go peacefully|slip away|fade away|drift away|go to sleep and not wake up|go to sleep forever|not wake up|not be here|stop existing|not exist)\b`;
const NOT_GO_QUIETLY = String.raw`\b(?:new job|starts|move|moving|package|payout|pay off|settlement|redundancy|retire\w*|notice|resign\w*|handshake|reference|tribunal|party|pub|meeting|office|stage|arrest\w*|police|referee|match|wedding|room|do not want a fuss|no fuss|early|home|bed|sofa|holiday|dog|cat|${LAUGH}|${STORY})\b`;

const OWN_FUNERAL = pattern`\b(?:picture|picturing|pictured|imagine|imagining|imagined|think about|thinking about|thought about|daydream about|daydreaming about|daydream of|dream about|dreaming about|see|seeing) (?:my own|my) (?:funeral|death|grave|coffin|wake|memorial)\b`;
const AS_A_REST = pattern`\b(?:(?:feels|feel|felt|seems|sounds|looks) (?:like )?(?:a |such a )?(?:rest|relief|peace|peaceful|calm|calming|nice|lovely|comforting|a comfort|a break|freedom|release|welcome)|(?:does|did) not (?:even )?(?:feel|seem) (?:sad|bad|scary|frightening|wrong)|not (?:even )?(?:sad|scared|frightened)|(?:looking|look) forward to it|(?:makes|made) me (?:calm|feel calm|feel better|feel at peace|smile))\b`;
const NOT_FUNERAL = String.raw`\b(?:plan|plans|planning|plan ahead|insurance|prepaid|pre paid|co op|will|wills|solicitor|songs? (?:i|for)|playlist|music at|dress code|wear|wearing|cremation or|buried or|costs?|afford|saving for|savings|${OTHERS}|${LAUGH}|${STORY})\b`;

const FINISH_IT = pattern`\b(?:think|thought|thinking|thinks|wonder|wondered|wondering|kept thinking|keep thinking|all i (?:could|can) think (?:was|is|about was)|in my head)\b(?: \w+){0,4}? (?:maybe |perhaps )?i (?:should|might as well|may as well|ought to|could|need to) (?:just )?(?:finish it|end it|end it all|finish it all|end everything|finish everything|finish myself off|finish me off|call it quits on life)(?! (?:off|up|today|tonight|now|first|before|by|and send|and submit|then|with|for|early|at)\b)`;
const NOT_FINISH = String.raw`\b(?:cover letter|covering letter|application|form|cv|essay|course|book|series|season|box set|boxset|level|episode|assignment|shift|degree|module|project|report|coursework|draft|bottle|meal|plate|drink|pint|relationship|things with|contract|tenancy|lease|subscription|membership|gym|phone contract|job|placement|apprenticeship|training|nvq|diploma|puzzle|jigsaw|painting|knitting|decorating|kitchen|bathroom|garden|dissertation|thesis|${OTHERS}|${LAUGH}|${STORY})\b`;

const STOCKPILE = pattern`${NOT_BEFORE}\b(?:stockpile|stockpiling|stockpiled|hoard|hoarding|hoarded|save up|saving up|saved up|stash|stashing|stashed|squirrel away|squirrelling away|store up|storing up|stored up|build up|building up|keep back|keeping back) (?:my |me |some |enough |all my |a few |the |of my |extra )?(?:own )?(?:\w+ )?${MEDS}\b|\b(?:get|getting|got|take|taking|buy|buying|stockpile|stockpiling|save|saving|extra) (?:\w+ ){0,3}?${MEDS} (?:\w+ ){0,3}?without (?:the |my |anyone |anybody |a )?(?:pharmacy|pharmacist|chemist|gp|doctor|doctors|surgery|anyone|anybody|nurse|partner|family|wife|husband|mum|dad|someone|somebody)(?: \w+)? (?:noticing|knowing|finding out|realising|catching on|clocking|twigging)\b`;
const NOT_STOCKPILE = String.raw`\b(?:shortage|shortages|brexit|holiday|abroad|travel\w*|strike|supply|out of stock|run out|running out|ran out|delay|delayed|pandemic|covid|lockdown|winter|christmas closing|bank holiday|dog|cat|pets?|vet|horse|diabetic supplies|return|returning|dispose|disposal|take back|handing back|hand them back|collect my prescription|collect the prescription|${OTHERS}|${STORY})\b`;

const THATS_WHEN = pattern`^(?=.*\b(?:last|final)\b).*\b(?:that is|that will be|then that is|that is going to be) (?:when|the day|the night|the date|the time|it then)$`;
const NOT_THATS_WHEN = String.raw`\b(?:start|starting|starts|begin|begins|beginning|free|holiday|move|moving|pay|paid|payday|wedding|party|birthday|results|interview|graduat\w*|deadline|due|closes|closing|open|opens|deliver\w*|arrives?|bins?|collection|match|game|kick off|train|bus|flight|exam|test|course|induction|training|contract|lease|tenancy|keys|${OTHERS}|${LAUGH}|${STORY})\b`;

const HOSPITAL = String.raw`a e|a and e|hospital|ambulance|paramedics|stomach pumped|overdose|overdosed|od|999|111|resus|icu|intensive care|ward|poisons|liver|drip`;
const TOOK_TOO_MANY = pattern`^(?=.*\b(?:${HOSPITAL})\b).*\bi (?:had |have |just |then |had just )?(?:took|taken|swallowed|necked|downed|had) (?:way |far |a few |a lot )?too many(?: ${MEDS}| of (?:my|the|them|those) \w+)?\b(?! (?:days|times|hours|calls|shifts|photos|selfies|notes|breaks|risks|chances|steps|pints|shots|drinks|beers|cans|jobs|hours off|sick days|days off)\b)|${NOT_BEFORE}\bi (?:took|had taken|have taken|swallowed|necked|downed) (?:way |far )?too many ${MEDS}\b`;
const NOT_TOO_MANY = String.raw`\b(?:shots|drinks|pints|beers|cans|jagerbombs|sambuca|tequila|vodka|wine|night out|stag|hen|birthday|wedding|party|edibles|sweets|gummies|vitamins|iron tablets|by accident|accidentally|mixed up|mix up|pharmacist mixed|vet|dog|cat|${OTHERS}|${STORY})\b`;

const GIVING_AWAY = pattern`\b(?:giving|given|gave|give) (?:away )?(?:all )?(?:my|of my|me) (?:stuff|things|belongings|possessions|clothes|gear|games|records|vinyl|guitar|books|tools|bits|everything|xbox|playstation|console|jewellery|collection)(?: \w+)? (?:away )?(?:to|out to)\b`;
const COVER_STORY = pattern`\b(?:they|everyone|everybody|people|she|he|my \w+|the \w+) (?:think|thinks|reckon|reckons|assume|assumes|believe|believes|presume|presumes) i am (?:moving|emigrating|decluttering|having a clear out|going travelling|going away|downsizing|minimalist|going minimalist)\b|\b(?:will not|am not going to|do not|no longer) (?:need|be needing) (?:it|them|any of it|any of them|anything) (?:where i am going|soon|much longer|after)\b`;
const NOT_GIVING = String.raw`\b(?:actually moving|moving to|moving in|moving out|new flat|new place|new house|emigrating to|off to|spain|australia|canada|charity shop|vinted|ebay|(?:he|she|they) (?:is|are|was|were|has been|have been) giving|${STORY})\b`;

const SUFFER = pattern`${NOT_BEFORE}\b(?:want|wanna|going|gonna|will|am going|intend|plan|planning|need) (?:to )?make (?:him|her|them|my (?:old |ex |former )?\w+|the \w+|that \w+|those \w+) (?:\w+ )?(?:suffer|pay for (?:it|this|that|what (?:he|she|they) did)|regret it|regret the day|sorry (?:he|she|they) (?:was|were) born)\b`;
const STALKING = pattern`\b(?:following|followed|follow|tailing|tailed|watching|watched|sat outside|sitting outside|waiting outside|waited outside|parked outside|parking outside|staking out) (?:him|her|them|my (?:old |ex |former )?\w+|his (?:house|place|car|flat)|her (?:house|place|car|flat)|their (?:house|place))(?: \w+){0,2}? ?(?:home|around|from work|after work|to work|every day|each night|for weeks|for days|at night)?\b|\b(?:found out|know|worked out|got) where (?:he|she|they) (?:lives|live|drinks|parks)\b`;
const NOT_SUFFER = String.raw`\b(?:success|successful|better|rich|richer|happy|winning|win|tribunal|review|glassdoor|legal|sue|suing|complain|complaint|report|instagram|twitter|tiktok|on social|linkedin|fan|gig|tour|lesson|${LAUGH}|${STORY})\b`;

const RUN_OVER = pattern`${NOT_BEFORE}\b(?:i am|i will|ill|i would|id|i am going to|i could|going to) (?:be )?(?:running|run|knock|knocking|mow|mowing|ram|ramming|plough|ploughing) (?:him|her|them|the \w+|that \w+|my (?:old |ex |former )?\w+)(?: \w+)? (?:over|down|off the road|into a wall)\b`;
const MEANT_IT = pattern`\b(?:i mean it|i meant it|not joking|i am not joking|i am serious|deadly serious|dead serious|swear down|i am not kidding|no joke|not even joking)\b`;
const HURT_WHEN_SEEN = pattern`\b(?:if|when|next time|the minute|the moment|once) i (?:see|spot|catch|bump into|run into|find) (?:him|her|them|the \w+|that \w+|my (?:old |ex |former )?\w+)(?: \w+){0,5}? i am (?:going to |gonna )?(?:stab|stabbing|glass|glassing|batter|battering|smash|smashing|kill|killing|hit|hitting|deck|decking|knock|knocking|hurt|hurting|break|breaking|do|doing|bottle|bottling|run|running|punch|punching)\b`;
const NOT_RUN_OVER = String.raw`\b(?:game|gta|mario|kart|grand theft|car park space|squirrel|pigeon|fox|deer|badger|cat|dog|rabbit|hedgehog|lines|script|errands?|ideas?|numbers|it past|the plan|the idea|a few things|through|lawn|grass|lawnmower|${STORY})\b`;

const CANNOT_STAY_TONIGHT = pattern`\b(?:said|says|told me|telling me|text\w* me|messaged me|saying) i (?:(?:can not|cannot|could not|can no longer|am not allowed to) (?:stay|sleep|crash|kip|stop|be)|(?:have to|need to|must|got to|have got to) (?:leave|go|be out|get out|move out|find somewhere)) (?:there |here |at (?:his|hers|theirs|their place|his place|her place|his flat|her flat) |on (?:the|his|her|their) (?:sofa|couch|floor) )?(?:tonight|any more tonight|anymore tonight|this evening|from tonight|after today|past today)\b|\b(?:kicked|chucked|thrown|put|turfed|booted) (?:me )?out (?:of (?:his|her|their) (?:place|flat|house|sofa) )?(?:tonight|this evening|today)(?: and i have nowhere)?\b`;
const NO_HOME = String.raw`\b(?:sofa surf\w*|surfing|sofas|couch surf\w*|homeless|no fixed|nowhere|dossing|sleeping on|been staying|been crashing|been kipping|no home|lost my flat|lost my room|evicted|kicked out)\b`;
const NOT_TONIGHT = String.raw`\b(?:party|sleepover|festival|his girlfriend is|her boyfriend is|my own place|my flat|my house|go home|going home|head home|back home|hotel|airbnb|(?:he|she|they) (?:is|are|has been|have been|was|were) (?:sofa|couch|homeless|dossing|sleeping)|${LAUGH}|${STORY})\b`;

const DAYS = String.raw`(?:in|for|since) (?:over |nearly |almost |about )?(?:two|three|four|five|six|several|a few|a couple of|\d+|a week|a fortnight) ?(?:days|day|week|weeks)?`;
const NO_FOOD = pattern`^(?=.*\b(?:not|have not|had not|no|nothing|did not) (?:had |eaten |eat |have |had a )?(?:a |one |any |anything )?(?:proper |decent |hot |square |real |single |cooked )?(?:meal|meals|dinner|food|bite|bite to eat|anything to eat|properly|thing|eaten) (?:to eat |properly )?${DAYS}\b|.*\bgone without (?:food|a meal|meals|eating) ${DAYS}\b|.*\b(?:only|just) (?:had |been having |been drinking |drinking |living on |surviving on )?(?:tap )?water ${DAYS}\b)(?=.*\b(?:just|only|nothing but|apart from|except|living on|surviving on) (?:tap )?(?:water|tea|cups of tea|black coffee)\b|.*\b(?:skint|broke|no money|not a penny|no cash|can not afford|cannot afford|nothing in the (?:cupboards|fridge|house|flat)|empty cupboards|cupboards are empty|food bank|foodbank|sanctioned|sanction)\b)`;
const NOT_NO_FOOD = String.raw`\b(?:fast|fasting|ramadan|lent|diet|dieting|slimming|detox|cleanse|juice|operation|surgery|procedure|colonoscopy|anaesthetic|bug|sickness|stomach|vomiting|being sick|norovirus|dentist|tooth|teeth|blood test|tonsils|dog|cat|pets?|hamster|${OTHERS}|${STORY})\b`;

// --- Concern ------------------------------------------------------------------------------------
const DRINK = String.raw`(?:wine|drink|drinking|booze|vodka|beer|beers|cider|gin|whisky|cans|alcohol|weed|bottle|pills|valium|prosecco|lager)`;
const HEAVY_LIFTING = pattern`\b(?:the )?${DRINK} (?:is|has been|are|have been|was) (?:doing )?(?:a lot of |all of |most of |all |much of )?the heavy lifting\b|\b(?:the )?${DRINK} (?:is|has been|are|have been) (?:the only thing |what is |all that is |the thing )?(?:getting me through|keeping me going|holding me together|keeping me sane|propping me up)\b`;
const NOT_HEAVY = String.raw`\b(?:recipe|sauce|stew|gravy|risotto|cooking|dish|pairing|menu|tasting|meal|cheese|party|wedding|quiz|bar job|bar work|pub job|shift|warehouse|delivery|deliveries|crates|kegs|barrels|${OTHERS}|${LAUGH}|${STORY})\b`;

const COURT_FOR_DEBT = pattern`^(?=.*\b(?:magistrates|magistrate|county court|the court|court date|court summons|summons|summonsed|ccj|warrant|enforcement)\b)(?=.*\b(?:unpaid|overdue|outstanding|arrears|owe|owing|can not pay|cannot pay|not paid|never paid|did not pay|behind on|missed)\b)(?=.*\b(?:fine|fines|tv licence|licence|council tax|parking|pcn|penalty|bill|bills|rent|debt|loan|fare)\b)(?=.*\b(?:i|my|me|got|received)\b)`;
const NOT_COURT = String.raw`\b(?:jury|witness|usher|clerk|vacancy|role|interview|apply|application|volunteer|news|paper|he|she|his|her|they|their|tenant|tenants|client|clients|customer|customers|${OTHERS}|${LAUGH}|${STORY})\b`;

const SLEEP_SHOT = pattern`\bmy (?:sleep|sleeping|sleep pattern|body clock) (?:is|has been|was|is completely|is totally|is just) (?:shot|wrecked|ruined|destroyed|all over the place|non existent|nonexistent|a mess|in bits|shot to pieces|gone|broken|knackered|a joke|awful|terrible|shocking)\b`;
const NOT_SLEEP = String.raw`\b(?:baby|newborn|twins|toddler|teething|puppy|night shift|night shifts|nights|shifts|jet lag|jetlag|time difference|holiday|clocks|festival|exam|exams|revision|new mattress|heatwave|hot|heat|${LAUGH}|${STORY})\b`;

const NERVES_SHOT = pattern`\bmy (?:nerves|nerve|head) (?:are|is|have been|has been|are just|are completely) (?:shot|shot to pieces|in shreds|in tatters|frayed|wrecked|in bits|gone|jangling|shredded|in pieces)\b|\b(?:shaking|trembling|shake|tremble|panic|panicking|sweating|heart pounding|feel sick) (?:just |every time |whenever |when )?(?:opening|at|when|every time|whenever|i open|i see|i hear) (?:\w+ )?(?:the )?(?:post|letters|envelopes|brown envelopes|letterbox|door knocks|knock at the door|phone rings|doorbell)\b`;
const NOT_NERVES = String.raw`\b(?:got through|get through|better now|calmer now|settled down|interview|driving test|test|exam|presentation|first day|audition|wedding|speech|match|penalty|final|date|performance|gig|caffeine|coffee|red bull|monster|energy drink|horror|rollercoaster|results|acceptance|offer|${OTHERS}|${LAUGH}|${STORY})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SEVENTIETH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:quietly|peacefully|slip away|fade away|drift away|not wake up|forever|not be here|exist)\b`, NOT_GO_QUIETLY), [group('crisis', 'wishes to be dead', [GO_QUIETLY])]],
  [unless(String.raw`\bmy (?:own )?(?:funeral|death|grave|coffin|wake|memorial)\b`, NOT_FUNERAL), [group('crisis', 'wishes to be dead', [pattern`^(?=.*(?:${OWN_FUNERAL.source}))(?=.*(?:${AS_A_REST.source}))`])]],
  [unless(String.raw`\b(?:finish|end) (?:it|everything|myself|me)\b`, NOT_FINISH), [group('crisis', 'thoughts of suicide', [FINISH_IT])]],
  [unless(MEDS, NOT_STOCKPILE), [group('crisis', 'thinking about a way to end their life', [STOCKPILE])]],
  [unless(String.raw`\b(?:that is|that will be|that is going to be) (?:when|the day|the night|the date|the time|it then)$`, NOT_THATS_WHEN), [group('crisis', 'a plan to end their life', [THATS_WHEN])]],
  [unless(String.raw`\btoo many\b`, NOT_TOO_MANY), [group('crisis', 'preparing to end their life, or a past attempt', [TOOK_TOO_MANY])]],
  [unless(String.raw`\b(?:giving|given|gave|give)\b`, NOT_GIVING), [group('crisis', 'preparing to end their life, or a past attempt', [pattern`^(?=.*(?:${GIVING_AWAY.source}))(?=.*(?:${COVER_STORY.source}))`])]],
  [unless(String.raw`\b(?:suffer|pay for|regret)\b`, NOT_SUFFER), [group('crisis', 'harm to someone else', [pattern`^(?=.*(?:${SUFFER.source}))(?=.*(?:${STALKING.source}))`])]],
  [unless(String.raw`\b(?:mean it|meant it|joking|serious|swear down|kidding|no joke)\b`, NOT_RUN_OVER), [group('crisis', 'harm to someone else', [pattern`^(?=.*(?:${RUN_OVER.source}|${HURT_WHEN_SEEN.source}))(?=.*(?:${MEANT_IT.source}))`])]],
  [unless(NO_HOME, NOT_TONIGHT), [group('crisis', 'no safe place, food or power tonight', [CANNOT_STAY_TONIGHT])]],
  [unless(String.raw`\b(?:water|tea|coffee|skint|broke|money|penny|cash|afford|cupboards|fridge|food ?bank|sanction\w*)\b`, NOT_NO_FOOD), [group('crisis', 'no safe place, food or power tonight', [NO_FOOD])]],
  [unless(String.raw`\b(?:heavy lifting|getting me through|keeping me going|holding me together|keeping me sane|propping me up)\b`, NOT_HEAVY), [group('concern', 'drinking or drugs to cope', [HEAVY_LIFTING])]],
  [unless(String.raw`\b(?:magistrates?|court|summons\w*|ccj|warrant|enforcement)\b`, NOT_COURT), [group('concern', 'money worries', [COURT_FOR_DEBT])]],
  [unless(String.raw`\bmy (?:sleep|sleeping|body clock)\b`, NOT_SLEEP), [group('concern', 'not eating or sleeping', [SLEEP_SHOT])]],
  [unless(String.raw`\b(?:nerves?|head|shaking|trembling|shake|tremble|panic\w*|sweating|pounding|feel sick)\b`, NOT_NERVES), [group('concern', 'not coping', [NERVES_SHOT])]],
];
