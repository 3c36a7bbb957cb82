// People in low-paid, zero-hours, agency and shift work, typing on breaks: risk said between the rota and
// the next shift. Being relieved if a load fell on me; emails to people set on a timer, ready; burning
// myself where it does not show (the tops of the legs); shifts promised if I slept with him, and it
// happened; forgetting to eat; the next person who says it gets a trolley to the shins; the agency
// overpaid me and wants it back; the printer out the window with the manager attached; it is pathetic
// like me; not seeing it ever working out; drinking again after years sober; help me hide the body.
// The same words fill everyday messages (a pallet fell on my foot, scheduled applications to employers,
// burnt my hand on the iron, if I slept in I'd miss the shift, forgot to eat breakfast before the
// interview, the next customer gets a free coffee, I overpaid my council tax and they are refunding it,
// the laptop out the window, my son looks just like me, working out at the gym, dry January over, a body
// hidden in a film), so each set rests on the words that carry the risk together and shuts on the
// everyday uses, on someone else's trouble and on fiction.
// Crisis: if a pallet fell on me I'd be relieved; goodbyes on a timer; burning the tops of my legs; shifts
// for sex, and I did not want it.
// Concern: keep forgetting to eat; next one who says it gets a trolley to the shins; overpaid and they want
// it back; out the window with the boss attached; pathetic like me; can not see it ever working out;
// started drinking again after years sober; someone help me hide the body.
// Look-alikes of our own are in test/domain/riskHundredAndSeventeenthForms.test.ts. Normalised words ("i am"
// for "I'm", "can not" for "can't", "do not" for "don't", "would" for "'d", "honestly" for "tbh").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, SOMEONE_ELSE_SAID, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|novel|tv series|episode|soap|song lyrics|lyrics|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|video game|in the game|gaming|call of duty|(?:a|the|this|that) book`;
/** Someone else as the one doing it: "my brother started drinking again", "my nan keeps forgetting to eat". */
const THEY_DO = String.raw`\b(?:my (?:\w+ )?(?:mum|mom|dad|brother|sister|friend|partner|husband|wife|son|daughter|uncle|aunt|auntie|cousin|flatmate|housemate|colleague|boyfriend|girlfriend|ex|nan|nana|nani|gran|grandad|grandma|neighbour|client|patient)|he|she|they) `;
/** A person at work or about, for the joked-harm sets. */
const PERSON = String.raw`manager|boss|supervisor|team leader|line manager|shift manager|duty manager|area manager|gaffer|foreman|it guy|it bloke|guy|bloke|man|woman|lad|girl|lady|colleague|coworker|co worker|landlord|ex|customer|recruiter|work coach|adviser|advisor|trainer|assessor|driver|agency (?:woman|man|bloke|guy|lot)`;

// --- Crisis: if a pallet fell on me I'd be relieved ---------------------------------------------------------
const GOOD_THINGS = String.raw`(?!(?:\w+ ){0,2}(?:job|jobs|offer|offers|shifts?|overtime|money|cash|pay|payrise|bonus|lottery|win|fortune|windfall|luck|opportunity|interview|promotion|contract|responsibility|blame|rota|task|tasks|decision|choice|grand|tenner|fiver|million|inheritance|idea|chance)\b)`;
const FELL_ON_ME = pattern`\bif (?:a|an|the|that|this|one of the|some|another|one of them|one of those|something|anything)\b ${GOOD_THINGS}(?:\w+ ){0,3}?(?:fell|falls|fall|came down|comes down|toppled|dropped|landed|collapsed|went over|tipped) (?:on|onto|on top of) (?:me|my head)\b(?=.*\b(?:relieved|a relief|would not mind|not mind|not even mind|would not be bothered|be grateful|be glad|be happy|be thankful|be pleased|welcome it|be a blessing|be a mercy|fine by me|fine with (?:me|it|that)|would not care|not care|would not fight it|would let it|honestly ok|be ok with (?:it|that))\b)|\bif (?:a|an|the|that|this|one of the|some|another|one of those)\b ${GOOD_THINGS}(?:\w+ ){0,3}?(?:crushed|flattened|squashed|ran over|run over|reversed into|took out|pinned) me\b(?=.*\b(?:relieved|a relief|would not mind|not mind|be grateful|be glad|be happy|be thankful|welcome it|be a blessing|be a mercy|fine by me|would not care|not care)\b)`;
const FELL_ON_ME_OUT = String.raw`\b(?:${FICTION})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: emails to people set on a timer, ready -----------------------------------------------------------
const TIMED_GOODBYES = pattern`^(?=.*\b(?:set up|setup|scheduled|schedule|queued|timed|put|got|have|written|wrote|recorded|done|sorted)(?: \w+){0,2}? (?:emails?|messages?|texts?|voice notes?|videos?|letters?|goodbyes?)\b(?: \w+){0,6}? (?:on a timer|on timers|on a delay|to send (?:later|automatically|after|when|on|at|next|tomorrow|tonight)|to go out (?:after|when|later|automatically|on|at|next|tomorrow|tonight)|scheduled (?:for|to)|set to (?:send|go out))\b)(?=.*\b(?:to (?:people|everyone|everybody|my family|family|friends|my friends|the kids|my kids|my mum|my dad|my sister|my brother|my partner|my wife|my husband|them all|all of them|each of them|a few people|the people|the ones)|for (?:everyone|everybody|my family|the kids|my kids|people|each of them|them all)|goodbyes?|sorry|after i am gone|when i am gone)\b)`;
const TIMED_GOODBYES_OUT = String.raw`\b(?:applications?|apply|applying|employers?|recruiters?|cv|cvs|cover letters?|newsletters?|mailing|marketing|customers|clients|campaign|mailchimp|business|invoices?|reminders?|out of office|companies|firms|agencies|spec|speculative|hiring|vacancy|vacancies|landlords?|letting|tenants|happy birthday|birthday (?:messages?|texts?|emails?|cards?)|merry christmas|christmas (?:messages?|texts?|emails?|cards?)|eid mubarak|happy new year|valentines?|anniversary|follow ups?|thank you|${FICTION})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: burning myself, the tops of my legs ---------------------------------------------------------------
const HIDDEN_PLACE = String.raw`(?:tops? of my (?:legs?|thighs?|arms?)|(?:my |the )?(?:inner |upper )?thighs?|(?:my )?upper arms?|my (?:stomach|belly|tummy|hips?|ribs)|where (?:no one|nobody|people|anyone) (?:can|will|would|could) (?:see|not see|look|notice)|where it does not show|where it will not show)`;
const HIDDEN_BURNS = pattern`\b(?:burn|burns|burning|burnt|burned|cut|cuts|cutting|scratch|scratching|scratched|carve|carving|carved) (?:myself|me)\b(?: \w+){0,6}? ${HIDDEN_PLACE}\b|\b(?:burn|burning|burnt|burned|cutting|scratching|carving) (?:the )?tops? of my (?:legs?|thighs?|arms?)(?: \w+){0,3}? (?:with|on) (?:a|an|the|my)\b`;
const HIDDEN_BURNS_OUT = String.raw`\b(?:spill|spilt|spilled|spilling|hot tea|hot coffee|cup of tea|cuppa|sunburn|sunburnt|in the sun|beach|sunbed|car seat|seatbelt|hot water bottle|laptop|chafing|chafe|chafed|razor burn|nettles|brambles|thorns|${FICTION})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: shifts if I slept with him; it happened, I did not want it --------------------------------------
const FOR_SEX = String.raw`if (?:i (?:would |could )?|id )(?:slept|sleep|sleeping|had sex|have sex) with (?:him|her|them|the|a|that)\b|if (?:i (?:would |could )?|id )(?:went|go) (?:home|back|to bed|upstairs) with (?:him|her|them)\b|if (?:i (?:would |could )?|id )(?:sent|send) (?:him|her|them) (?:pics|pictures|photos|nudes)\b|if (?:i (?:would |could )?|id )let (?:him|her|them) (?:touch|kiss|have)\b`;
const SEX_FOR_WORK = pattern`\b(?:give|gives|gave|giving|get|getting|offer|offered|offering|knock|knocked|take|pay|paid|keep|book|booking|put|sort|sorted|find)\b (?:me |us )?(?:\w+ ){0,4}?(?:shifts?|hours|overtime|work|the job|a job|job|contract|promotion|pay rise|rent|money|cash|wages|pay|the role|a role|references?|the rota|days|a start|deposit|the flat|the room|permanent)\b(?: \w+){0,5}? ${FOR_SEX}|\b(?:slept with|had sex with|sleep with|sex with) (?:him|her|them)\b(?: \w+){0,8}? i (?:did not|never|really did not) want (?:it|to)\b`;
const SEX_FOR_WORK_OUT = String.raw`\b(?:${FICTION})\b`;

// --- Concern: keep forgetting to eat; last thing I ate was yesterday ----------------------------------------
const FORGOT_EAT = pattern`\b(?:keep|kept|keeps|been|always|constantly|i am|still|just) forgetting to eat\b|\bforget to eat (?:most days|every day|all the time|half the time|a lot|for days)\b|\blast (?:thing|meal|food|proper meal|bit of food) i (?:had|ate|eaten|have had|have eaten) was\b(?: \w+){0,8}? (?:yesterday|two days ago|2 days ago|three days ago|3 days ago|the day before|days ago)\b`;
const FORGOT_EAT_OUT = String.raw`\b(?:ramadan|fasting|fasted|on a fast|intermittent|on a diet|dieting|nil by mouth|surgery|operation|blood test|procedure|sedation|colonoscopy|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}|${THEY_DO}(?:keeps|kept|has been|have been|is|was|are|were|forgets|forgot) forget`;

// --- Concern: the next person who says it gets a trolley to the shins -----------------------------------------
const BODY_PART = String.raw`shins?|face|head|ankles?|knees?|kneecaps?|teeth|nose|back of the head|ear|ears|legs?|skull|heels?|chin|jaw|gob|bum|backside|arse|neck|ribs|toes|feet|foot|eye|eyes|mouth|throat`;
const NEXT_GETS_OBJECT = pattern`\bnext (?:person|customer|one|bloke|guy|lad|woman|man|lady|idiot|clown|muppet|manager|supervisor|driver|kid|passenger|punter|caller|team leader)s? (?:who|that|to)\b(?: \S+){1,12}? (?:gets|get|getting|is getting|is gonna get|is going to get|will get|ll get|gonna get|going to get) (?:a|an|the|my|this|some) (?:\w+ ){1,2}?(?:to|in|round|across|over|on|off|up) (?:the|their|his|her|its) (?:${BODY_PART})\b`;
const NEXT_GETS_OBJECT_OUT = String.raw`\b(?:free|voucher|prize|discount|raffle|sticker|${FICTION})\b`;

// --- Concern: the agency overpaid me and wants it all back --------------------------------------------------
const OVERPAID = pattern`^(?=.*\b(?:overpaid me|over paid me|i was overpaid|i have been overpaid|i got overpaid|been overpaid|overpayment|over payment)\b)(?=.*\b(?:back|owe|owed|repay|repaying|repayment|deduct\w*|docked|dock|clawing|claw|taking|take|taken|recover|recovery|chasing|chase|debt|in one go|all at once|lump sum)\b)`;
const OVERPAID_OUT = String.raw`\b(?:refund\w*|rebate|credit note|in credit|owes me|owe me|pay me back|paying me back|reimburs\w*|tax back|money back|giving it back|give it back|gave it back|sent it back|returned it|paid it back|already paid|all sorted|sorted now|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Concern: out the window with the manager attached ---------------------------------------------------------
const OUT_WINDOW_WITH = pattern`\bout (?:of )?(?:the|a|my|that) window with (?:the|my|our|that|this|his|her|some) (?:\w+ ){0,2}?(?:${PERSON})s? (?:attached|still attached|strapped to it|tied to it|on it|on top|following|with it|too|as well|behind it|after it|clinging on|hanging on)\b`;
const OUT_WINDOW_WITH_OUT = String.raw`\b(?:${FICTION})\b`;

// --- Concern: it is pathetic, like me ----------------------------------------------------------------------------
const PATHETIC_LIKE_ME = pattern`\b(?:is|are|was|were|looks|look|sounds|reads|feels|it is|its|just|equally|as) (?:\w+ )?(?:pathetic|useless|worthless|hopeless|rubbish|a joke|a failure|a mess|crap|shit|garbage|trash|a waste of (?:space|time|paper)|a loser|embarrassing|a disgrace|unemployable|a nobody|no good|not good enough|a let down|a letdown|second rate) (?:just )?like me\b`;
const PATHETIC_LIKE_ME_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Concern: I do not see it ever working out -------------------------------------------------------------------
const NEVER_WORK_OUT = pattern`\b(?:do not|can not|cannot|could not|never) (?:see|imagine|picture)(?: it| this| that| things| anything| any of it| my life| life)? ever (?:working out|getting better|changing|improving|happening|going right|getting easier|being any different|being different|turning around|coming good|picking up|going anywhere)\b|\b(?:do not|can not|cannot) (?:see|imagine) (?:it|this|things|anything) (?:working out|going anywhere|coming good)(?: for me| honestly| to be honest| anymore| any more)?$`;
const NEVER_WORK_OUT_OUT = String.raw`\b(?:gym|workout|exercise|fitness|weights|between (?:them|us)|weather|rain|football|the match|season|league|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Concern: started drinking again after years sober ------------------------------------------------------------
const SOBER_TIME = String.raw`(?:\w+ (?:years?|months?|weeks?|yrs?) (?:sober|clean|dry|off it|off the drink|without a drink)|(?:sober|clean|dry) (?:for )?(?:\w+ ){1,2}(?:years?|months?|weeks?|yrs?))`;
const DRINKING_AGAIN = pattern`^(?=.*${NOT_BEFORE}\b(?:started|start|starting|back on|back to|gone back on|gone back to|went back on|went back to|hitting|on) (?:the )?(?:drinking|drink|booze|bottle|vodka|cans|using|gear|coke|weed|spice|pills|smack|heroin|crack|ket) again\b)(?=.*\b${SOBER_TIME}\b)|\brelapsed (?:on|with) (?:the )?(?:drink|drinking|booze|bottle|vodka|gear|coke|using)\b`;
const DRINKING_AGAIN_OUT = String.raw`\b(?:pregnan\w*|breastfeed\w*|antibiotics|dry january|dry jan|sober october|dry july|lent|challenge|sponsored|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}|${THEY_DO}(?:has |had |have |is |was )?(?:just )?(?:started|relapsed|gone back|went back|back on)\b`;

// --- Concern: someone help me hide the body ----------------------------------------------------------------------
const HIDE_BODY = pattern`\b(?:help(?:ing)? me|help to|need (?:someone|somebody|a hand|help|you) to|need (?:a hand|help)|someone to|going to need to|gonna need to|will need to|ill need to|where (?:do i|to|can i|should i)|how (?:do i|to|can i)|time to|got to|have to|need to) (?:hide|bury|get rid of|dispose of|move) (?:the|a|his|her|their|them|some) (?:body|bodies)\b(?! (?:of|shop|work|works|panel|panels|kit|parts|filler|hair|art|tattoos?|confidence|image|spray|wash|lotion|shape|fat|weight|odou?r|sweat|scars?|marks?|dysmorphia|issues|positivity|language|clock))|\b(?:need|needing|get me) an alibi\b`;
const HIDE_BODY_OUT = String.raw`\b(?:murder mystery|cluedo|escape room|true crime|detective|whodunnit|halloween|undertaker|mortuary|morgue|forensic|coroner|${FICTION})\b`;

export const HUNDRED_AND_SEVENTEENTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:fell|falls|fall|came down|comes down|toppled|dropped|landed|collapsed|went over|tipped|crushed|flattened|squashed|ran over|run over|reversed into|took out|pinned) (?:on |onto |on top of )?(?:me|my head)\b`, FELL_ON_ME_OUT), [group('crisis', 'wishes to be dead', [FELL_ON_ME])]],
  [unless(String.raw`\b(?:on a timer|on timers|on a delay|scheduled|set to (?:send|go out)|to (?:send|go out) (?:later|automatically|after|when|on|at|next|tomorrow|tonight))\b`, TIMED_GOODBYES_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [TIMED_GOODBYES])]],
  [unless(String.raw`\b(?:tops? of my|thighs?|upper arms?|my (?:stomach|belly|tummy|hips?|ribs)|where (?:no one|nobody|people|anyone)|where it (?:does|will) not show)\b`, HIDDEN_BURNS_OUT), [group('crisis', 'self-harm', [HIDDEN_BURNS])]],
  [unless(String.raw`\b(?:if (?:i (?:would |could )?|id )(?:slept|sleep|sleeping|had sex|have sex|went|go|sent|send|let)|(?:slept with|had sex with|sleep with|sex with) (?:him|her|them))\b`, SEX_FOR_WORK_OUT), [group('crisis', 'abuse or violence', [SEX_FOR_WORK])]],
  [unless(String.raw`\b(?:forgetting to eat|forget to eat|last (?:thing|meal|food|proper meal|bit of food) i)\b`, FORGOT_EAT_OUT), [group('concern', 'not eating or sleeping', [FORGOT_EAT])]],
  [unless(String.raw`\bnext (?:person|customer|one|bloke|guy|lad|woman|man|lady|idiot|clown|muppet|manager|supervisor|driver|kid|passenger|punter|caller|team leader)`, NEXT_GETS_OBJECT_OUT), [group('concern', 'joked about hurting someone', [NEXT_GETS_OBJECT])]],
  [unless(String.raw`\b(?:overpaid|over paid|overpayment|over payment)\b`, OVERPAID_OUT), [group('concern', 'money worries', [OVERPAID])]],
  [unless(String.raw`\bwindow with\b`, OUT_WINDOW_WITH_OUT), [group('concern', 'joked about hurting someone', [OUT_WINDOW_WITH])]],
  [unless(String.raw`\blike me\b`, PATHETIC_LIKE_ME_OUT), [group('concern', 'feels worthless', [PATHETIC_LIKE_ME])]],
  [unless(String.raw`\bever (?:working|getting|changing|improving|happening|going|being|turning|coming|picking)\b|\b(?:see|imagine) (?:it|this|things|anything) (?:working out|going anywhere|coming good)\b`, NEVER_WORK_OUT_OUT), [group('concern', 'hopelessness', [NEVER_WORK_OUT])]],
  [unless(String.raw`\b(?:sober|clean|dry|relapsed)\b`, DRINKING_AGAIN_OUT), [group('concern', 'drinking or drugs to cope', [DRINKING_AGAIN])]],
  [unless(String.raw`\b(?:body|bodies|alibi)\b`, HIDE_BODY_OUT), [group('concern', 'joked about hurting someone', [HIDE_BODY])]],
] as const;
