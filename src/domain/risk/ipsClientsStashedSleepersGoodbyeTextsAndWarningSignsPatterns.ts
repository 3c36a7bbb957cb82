// IPS clients living with severe mental illness (schizophrenia, bipolar, psychosis, long-term depression),
// back towards work with a care team around them: the risk said in the words of the illness and its care.
// If a bus hit me on the way to the trial I'd be relieved; I'd be better dead than a burden; my head is
// full of ways out, the permanent kind; I'll do it after the interview so nobody thinks it was about the
// job; doing it next weekend while mum's away; told my care coordinator I'm fine so she won't come round
// Wednesday, that's when; texted everyone I love, they think I'm being soppy; the zopiclone in a sock at
// the back of the wardrobe, 40 odd now. And, for a check-in: the psychiatrist says recovery, I don't
// believe in it any more; the debts from my last manic episode keep following me; I forget to eat, a
// biscuit today and that's it; didn't say a word to anyone all weekend; too much, the letters, the phone
// calls, the assessment; I'm unravelling, my early warning signs are back; going to kill my support
// worker, she booked me in for 9am lol.
// The same words fill this population's everyday talk with its care team: picking up prescribed meds
// (their own or a relative's: "picked up mum's morphine from the chemist"), keeping tablets out of the
// kids' reach, a depot injection, a ward round, the "warning signs" of a relapse-prevention plan, talk of
// a diagnosis or of recovery going well, debts cleared, a permanent contract, a surprise while mum's
// away, telling mum I'm fine so she won't worry, texting everyone the good news, forgetting to eat lunch
// on a busy day, a lost voice, too much paperwork for a new job, a support worker who'd "kill me" if I
// missed it. So each set rests on the words that carry the risk together and shuts on those uses, on
// someone else's trouble and on fiction.
// Crisis: if I got hit by a bus / died / didn't wake up, I'd be relieved, glad, at peace, or wouldn't mind
// (a life well lived, insurance, waking up late, glad of or thankful for a helmet shut it); I'd be / I'm better (off) dead, or better dead
// than a burden / than this (the idiom "rather be dead than be seen in" is not in the form); thinking of,
// full of or wanting ways out or a permanent way out / solution, with permanent, for good or final in the
// message ("out of" debt or the job, a permanent contract shut it); I'll do it / doing it ... so nobody
// thinks it was about / because of something, or so she isn't the one who finds me; doing it / I'll do it
// at the start of a message with a day, and while someone is away, on holiday or abroad (decorating, a
// surprise, a course shut it); told my care team / worker / mum I'm fine so they won't come or check, with
// that's when, the coast is clear or the house to myself; texted or rang everyone I love or care about,
// with they think I'm being soppy, said goodbye, one last time (good news, birthdays shut it); pills,
// tablets or a named sleeper, antipsychotic or painkiller hidden, stashed or saved (in a sock, at the back
// of the wardrobe) with a running count of ten or more "now" or "so far" (a relative's meds, out of the
// kids' reach, tablets left shut it).
// Concern: I don't believe in recovery / getting better, or in it any more, with recovery said (a surprise
// "I don't believe it", a laugh shut it); debts keep following / chasing me, several companies now, or
// spent or ran up debt while manic or unwell (cleared, paid off shut it); I keep forgetting to eat, or a
// biscuit today and that's it ("don't forget to eat" to someone else shut it); didn't say a word or speak
// to anyone all weekend / in days (a lost voice, a retreat, "about it" shut it); too much, at the start,
// then two of the letters, calls, assessments, forms, appointments (a new job's paperwork, done, a laugh
// shut it); I'm unravelling or coming apart, or my early warning signs are back (if / when they come back,
// none of them, a plan or ward round about them shut it); going to kill / strangle my support worker,
// work coach or care coordinator, with a laugh or because she booked me in (joked harm).
// Look-alikes of our own are in test/domain/riskHundredAndFortyThirdForms.test.ts. Normalised words
// ("i am" for "I'm", "id" for "I'd", "ill" for "I'll", "she is" for "she's", "can not" for "can't",
// "did not" for "didn't", "going to" for "gonna", "it is" for "it's" and "its", "that is" for "that's").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, SOMEONE_ELSE_SAID, STORIES_AND_GAMES, unless, WEEKDAY } from './wholeMessageSets.ts';

/** Someone else's trouble, said of them, and stories (an "episode" of the illness is no story). */
const ELSE = String.raw`${SOMEONE_ELSE_SAID}|\b(?:${STORIES_AND_GAMES})\b(?<!\b(?:manic|psychotic|depressive|hypomanic|mixed|paranoid) episode)`;
/** A relative or someone else whose things (meds, debts) the client may speak of. */
const THEIR = String.raw`(?:his|her|their|mums|mams|moms|dads|nans|grans|grandads|grandmas|brothers|sisters|sons|daughters|partners|husbands|wifes|uncles|aunties|aunts|cousins|neighbours|flatmates|friends|mates)`;

// --- Crisis: if I got hit by a bus on the way to the trial I'd be relieved --------------------------------------------
const IF_I_DIED = String.raw`(?:if i (?:got|get|was|were|ever got|just got) (?:hit|run over|knocked (?:down|over)|flattened|killed) by (?:a|the) (?:bus|car|lorry|train|truck|van|tram)|if i (?:just )?(?:died|dropped dead|did not wake up|never woke up|do not wake up|did not make it|was not here|were not here|was not here any ?more|was gone|were gone|was dead|were dead|got killed|went to sleep and did not wake up)(?! (?:till|until|for|in time|on time|early|at|before|when|with|of|laughing)\b))`;
const RELIEVED = String.raw`(?:(?:id|i would|i think i would|i think id|honestly id|i would honestly|i would actually|id actually|i would secretly|id secretly|part of me would|i would kind of|id kind of|i would just|id just)(?: honestly| actually| secretly| really| just)? (?:be|feel) (?:(?:relieved|glad|happy|grateful|thankful|pleased)(?! (?:of|for|i had|i was|that|about|to(?! be (?:honest|fair|truthful))|it|they|the|my|with|when|because|knowing)\b)|at peace|fine with (?:it|that)|ok with (?:it|that)|okay with (?:it|that)|a relief)|i (?:would not|really would not|honestly would not) (?:mind|care|be sad|be bothered|be upset)|(?:it|that) would (?:honestly |actually |just )?be (?:a relief|a blessing|a mercy|welcome|a release|a kindness))`;
const RELIEVED_IF_DEAD = pattern`\b${IF_I_DIED}\b.{0,80}?\b${RELIEVED}\b|\b${RELIEVED}\b(?: \w+){0,3}? ${IF_I_DIED}\b`;
const RELIEVED_IF_DEAD_OUT = String.raw`\b(?:insurance|life cover|will|pension|funeral plan|bucket list|no regrets|lived|proud of|(?:with|about) (?:what|my life|the life|how)|legacy|organ donor|donor card|who would (?:feed|walk|look after|have)|the dog|the cat)\b|${ELSE}`;

// --- Crisis: I'd be better dead than a burden on my sister -------------------------------------------------------------
const BETTER_DEAD = pattern`\b(?:id|i would|i am|i will|i might as well|i would honestly|i would probably|i would just|i think id|i think i would|i think i am|i honestly think i would|i know i would|i feel like i would|i feel id|i would be|everyone would be|everybody would be|they would (?:all )?be|she would be|he would be)(?: honestly| probably| just| really| all| be| genuinely| surely)* better (?:off )?dead\b(?! than (?:(?:be )?(?:seen|caught)|wear|wearing|go|going|work|working|support|supporting|vote|voting|eat|eating|miss|missing|drive|driving|live in|living in)\b)`;
const BETTER_DEAD_OUT = String.raw`\b(?:said no|answered no|no never|of course not|told (?:her|him|them) no|red|sims|zombies?|vampires?|plants?|battery|phone|laptop|car|van)\b|${ELSE}`;

// --- Crisis: my head is full of ways out, the permanent kind ------------------------------------------------------------
const THINKING_OF = String.raw`(?:head is full of|mind is full of|full of|thinking (?:about|of)|think (?:about|of)|thought (?:about|of)|thinking up|considering|keep thinking (?:about|of)|looking (?:at|for|up)|googling|researching|want|wanting|need|needing|planning|all i can think (?:about|of) is|i can only think (?:about|of)|i keep coming back to|dreaming (?:of|about)|dream (?:of|about)|obsessed with|fixated on|stuck on)`;
const WAY_OUT = String.raw`(?:ways? out|(?:a|the|one) permanent (?:way out|exit|escape|solution|fix|end|answer|option)|permanent (?:ways out|exits|escapes|solutions|fixes|options)|(?:a|the) final (?:way out|exit|escape|solution))`;
const WAYS_OUT = pattern`^(?=.*\b${THINKING_OF} (?:a |the |some |other |different |new |my )?${WAY_OUT}\b(?! of\b| from (?:the|this|that|my) (?:job|debt|flat|house|area|town|estate|benefits|contract|course)\b| to (?:the|my|this|that) (?:damp|debt|leak|problem|housing|visa|money|back|knee|pain)\b))(?=.*\b(?:permanent|permanently|for good|forever|for ever|final|no coming back|no way back|the end|for keeps)\b)`;
const WAYS_OUT_OUT = String.raw`\b(?:contract|role|position|post|job offer|visa|residency|settled status|tattoo|hair|makeup|damp|roof|leak|boiler|mould|exit interview|fire exit|emergency exits?|escape rooms?|maze|building|car park|debt|loans?|overdraft|benefits|${LAUGH})\b|${ELSE}`;

// --- Crisis: I'll do it after the interview so nobody thinks it was about the job -------------------------------------
const DO_IT = String.raw`(?:ill|i will|i am going to|going to|i am gonna|i plan to|planning to|i want to|i need to|i have to|i am|i could|better|gonna|just) (?:do it|doing it)|doing it|do it`;
const NOBODY_THINKS = String.raw`so (?:that )?(?:no one|nobody|people|they|everyone|everybody|mum|mam|my (?:mum|mam|dad|family|sister|brother|kids|boss|worker|team)|the (?:kids|family|team|boss)|(?:he|she)) (?:thinks?|will think|would think|does not think|do not think|will not think|would not think|blames?|will blame|can blame|connects?|links?) (?:it|that)(?: (?:was|is|had|has))? (?:about|because of|down to|over|anything to do with|to do with|caused by|the reason)|so (?:that )?it (?:does not|will not|would not) look like (?:it was )?(?:about|because of|down to)|so (?:that )?(?:she|he|they|mum|mam|my (?:mum|mam|dad|sister|brother|son|daughter|kids|partner)|the kids) (?:is not|are not|will not be|would not be|isnt|arent|wont be) (?:the ones?|one) (?:to find|who finds?|that finds?|finding) me|so (?:that )?(?:no one|nobody) (?:finds?|will find|would find|can find) me`;
const SO_NOBODY_THINKS = pattern`\b(?:${DO_IT})\b.{0,80}?\b(?:${NOBODY_THINKS})\b`;
const SO_NOBODY_THINKS_OUT = String.raw`\b(?:lazy|skiving|rude|keen|desperate|favourites?|cheating|cheated|copied|copying|lying|showing off|surprise|present|gift|notice|resign\w*|quit|quitting|leave|leaving do|hand (?:in )?my notice|${LAUGH})\b|${ELSE}`;

// --- Crisis: doing it next weekend while mum's away in Spain ----------------------------------------------------------
const WHEN = String.raw`(?:tonight|tomorrow(?: night)?|(?:this|next|on|at the) (?:weekend|week|${WEEKDAY}|${WEEKDAY} night|friday night)|${WEEKDAY}(?: night)?|at the weekend|on the \d+\w*)`;
const AWAY = String.raw`(?:away|on holiday|on (?:her|his|their) holidays?|abroad|out of the country|in (?:spain|portugal|france|turkey|greece|ireland|scotland|wales|tenerife|majorca|benidorm|florida|america|australia|india|pakistan|jamaica|poland)|at (?:her|his|their|my) (?:sisters|brothers|mums|dads|nans|boyfriends|girlfriends|mates|friends|caravan)|away for the weekend|away with (?:work|the kids|her (?:friends|mates|sister|boyfriend)|his (?:mates|friends|girlfriend)))`;
const WHILE_AWAY = pattern`^(?:(?:i am|i will be|im|honestly|just) )?(?:doing it|going to do it|gonna do it|i am going to do it|ill do it|i will do it|will do it|do it)(?: (?:properly|for real|finally|then))? ${WHEN}\b.{0,30}?\bwhile (?:mum|mam|mom|dad|my \w+|the \w+|he|she|they|everyone|everybody|\w+)(?:s| is| are| has gone| have gone| goes)? ${AWAY}\b`;
const WHILE_AWAY_OUT = String.raw`\b(?:decorat\w*|paint\w*|clean\w*|tidy\w*|tidying|garden\w*|surprise|party|course|application|applications|form|forms|cv|test|exam|homework|revision|shift|shifts|move|moving|flat|room|kitchen|bathroom|wallpaper\w*|carpets?|laptop|washing|ironing|training|online|interview|driving|lessons?|diy|renovat\w*|redecorat\w*|clear out|clearing|sort out|sorting|car|van|bike|hair|tattoo|piercing|${LAUGH})\b|${ELSE}`;

// --- Crisis: told my care coordinator I'm fine so she won't come round Wednesday. that's when -------------------------
const TOLD_FINE = String.raw`(?:told|telling|tell|texted|said to|convinced|reassured) (?:my |the |our )?(?:care coordinator|care co ordinator|coordinator|cpn|crisis team|home treatment team|team|key ?worker|support worker|social worker|worker|psychiatrist|doctor|gp|nurse|mum|mam|mom|dad|sister|brother|everyone|everybody|them|her|him|the ward|duty worker|housing officer)(?: (?:that|on the phone|today|yesterday))? (?:i am|i was|im|everything is|everything was|all is|it is all) (?:fine|ok|okay|alright|all right|good|doing well|doing better|better|safe|grand|sound|totally fine|absolutely fine)`;
const WONT_CHECK = String.raw`so (?:that )?(?:she|he|they|nobody|no one|the team|it) (?:will not|would not|does not|do not|can not|wont|dont|will stop|would stop|stops?) (?:come|come round|come over|visit|check|check on me|check in|ring|call|phone|worry|ask|send|be coming|be checking|be visiting|be round|bother)`;
const THAT_IS_WHEN = String.raw`(?:(?:that is|that will be) (?:when|the day|my (?:chance|window|day))(?: (?:ill|i will|i am going to|it is happening|it will happen|it happens)(?: do it)?)?$|then ill have|then i will have|the coast (?:is|will be) clear|(?:have|got|get) the (?:house|flat|place) to myself|no one will (?:know|check|notice|find)|nobody will (?:know|check|notice|find)|that gives me (?:time|the day|a window|my chance)|gives me the (?:day|time|chance|window))`;
const TOLD_FINE_SO = pattern`^(?=.*\b${TOLD_FINE}\b)(?=.*\b${WONT_CHECK}\b)(?=.*\b${THAT_IS_WHEN}\b)`;
const TOLD_FINE_SO_OUT = String.raw`\b(?:surprise|party|presents?|${LAUGH})\b|${ELSE}`;

// --- Crisis: texted everyone I love today, they think I'm just being soppy --------------------------------------------
const TOLD_EVERYONE = String.raw`(?:texted|messaged|rang|rung|called|phoned|visited|hugged|wrote to|written to|wrote letters to|written letters to|sent (?:messages|texts|letters|cards) to|told|saw|seen|went to see|been to see|said goodbye to|said bye to|said (?:i love you|i love them) to) (?:all of )?(?:everyone|everybody|all the people|the people|all those|everyone and everything|my people)(?: (?:that|who))? i (?:love|care about|care for|have ever loved)`;
const SOPPY = String.raw`(?:(?:they|everyone|everybody|nobody|no one|she|he|mum|mam|my (?:mum|mam|sister|brother|dad|mate|mates|friends)) (?:think|thinks|thought|reckons?|will think) i am (?:just |only )?(?:being |getting |a bit |going )?(?:soppy|sentimental|emotional|drunk|weird|daft|soft|mushy|odd|strange|clingy|dramatic|extra|nice|sweet|cheesy|nostalgic)|(?:they|nobody|no one|she|he|mum) (?:do not|does not|did not|will not|would not) (?:know|realise|realize|get|understand) (?:why|what|it is|that)|(?:said|saying|say) (?:goodbye|bye|my goodbyes|goodbyes)|(?:one|a) last time|for the last time|just in case|they will understand (?:later|soon|one day|after|eventually))`;
const GOODBYE_TEXTS = pattern`^(?=.*\b${TOLD_EVERYONE}\b)(?=.*\b${SOPPY}\b)`;
const GOODBYE_TEXTS_OUT = String.raw`\b(?:got (?:the|a|that) job|new job|job offer|offered|got in|passed|good news|the news|engaged|engagement|pregnant|had the baby|birthday|christmas|xmas|new year|valentines?|mothers day|fathers day|anniversary|results|graduat\w*|wedding|promotion|hired|start date|(?:months|years|weeks) (?:clean|sober|off)|sobriety|milestone|diagnos\w*|about my (?:bipolar|schizophrenia|psychosis|illness|condition|mental health|meds|medication)|${LAUGH})\b|${ELSE}`;

// --- Crisis: the zopiclone in a sock at the back of the wardrobe, 40 odd now ------------------------------------------
const MEDS = String.raw`(?:zopiclone|zopiclones|zolpidem|sleepers|sleeping (?:pills|tablets)|diazepam|valium|pregabalin|gabapentin|quetiapine|seroquel|olanzapine|risperidone|aripiprazole|clozapine|lithium|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|venlafaxine|tramadol|codeine|co codamol|cocodamol|paracetamol|painkillers|morphine|oramorph|lorazepam|promethazine|propranolol|tablets|pills|meds|medication|them)`;
const HIDDEN = String.raw`(?:(?:in|inside|under|behind|into) (?:a|an|my|the|an old|this|that) (?:old )?(?:sock|socks|shoe|shoebox|shoe box|box|tin|drawer|mattress|bag|pillow|pillowcase|coat pocket|pocket|jar|envelope|suitcase|case|teddy|bra|makeup bag|wash bag|washbag)|at the back of (?:the|my|a) (?:wardrobe|cupboard|drawer|freezer|shelf|airing cupboard|loft)|hidden|hiding|hid|hide|stash(?:ed|ing)?|stockpil\w*|saved up|saving (?:them|up|it)|squirrel\w*|kept back|keeping back|putting (?:them )?aside|put (?:them )?aside|not been taking them|not taking them|stopped taking them)`;
const COUNT = String.raw`(?:(?:about|around|over|nearly|almost|got|have|counted|up to|at|there is|there are)\s)?(?:[1-9]\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?: (?:odd|or so|ish|something|plus))?(?: (?:of them|tablets|pills|boxes|packets|strips))? (?:now|so far|saved|saved up|altogether|all together|in total|there|and counting|stashed|hidden|in there)`;
const STASHED_MEDS = pattern`^(?=.*\b${MEDS}\b)(?=.*\b${HIDDEN}\b)(?=.*\b${COUNT}\b)`;
const STASHED_MEDS_OUT = String.raw`\b(?:away from (?:the )?(?:kids|children|grandkids|dog|dogs|cat|baby|toddler|little ones)|out of (?:the )?(?:kids|childrens|babys|dogs) reach|out of reach|child ?proof|child lock|lock ?box|locked (?:box|cupboard|drawer|tin)|safe from|(?:steals?|nicks?|nicked|stole|takes?|took) (?:them|my)|${THEIR} (?:meds|tablets|pills|morphine|oramorph|medication|prescription|insulin)|left|to go|remaining|days? left|dosette|blister pack|repeat prescription|chemist|pharmacy|returned|return them|handed (?:them )?(?:in|back)|sharps|${LAUGH})\b|${ELSE}`;

// --- Concern: the psychiatrist says recovery, I don't believe in it any more ------------------------------------------
const RECOVERY = String.raw`(?:recovery|recover|recovering|recovered|getting better|get better|getting well|get well|it gets better|things will get better|things will improve|improving|improvement|remission)`;
const NO_BELIEF = String.raw`i (?:do not|can not|no longer|just do not|honestly do not|really do not|do not really) believe (?:that )?(?:i will|ill|i can|i could|i am going to|it will|things will|i am ever going to|i will ever|i am going to ever)(?: ever)? (?:get better|recover|get well|be well|be better|improve|get back to (?:normal|me|myself))|i (?:do not|can not|no longer|have stopped|stopped|never|just do not|honestly do not|really do not|do not really) (?:believe in|believing in|buy into|buy)(?: (?:it|that|recovery|any of (?:it|that)|them|the (?:idea|word|concept)|(?:getting|get) better|${RECOVERY}))?(?: (?:any ?more|now|these days|at all|for me))?|i (?:do not|can not|no longer) (?:believe|buy) (?:it|that|any of (?:it|that)) any ?more`;
const NO_RECOVERY = pattern`^(?=.*\b${RECOVERY}\b)(?=.*\b(?:${NO_BELIEF})\b)`;
const NO_RECOVERY_OUT = String.raw`\b(?:(?:god|horoscopes?|astrology|ghosts?|santa|luck|fate|karma|religion|church|crystals|tarot)|got the job|offer|(?:is|was|going) (?:really )?(?:well|great|good)|${LAUGH})\b|${ELSE}`;

// --- Concern: debts from my last manic episode keep following me ------------------------------------------------------
const DEBTS_FOLLOW = pattern`\b(?:debts?|arrears|loans?|credit cards?|catalogue|overdraft|bills)\b(?: \w+){0,7}? (?:keep|keeps|still|are still|is still|are|is|have been|has been|always|will always be)? ?(?:following|chasing|haunting|hounding|catching up with|coming after|coming back to bite|dogging) me\b|\b(?:[2-9]|two|three|four|five|six|seven|several|loads of|so many) (?:different )?(?:debt )?(?:companies|collectors|agencies|lenders|creditors|bailiff companies) (?:now|chasing|after me|on my back|ringing|writing|at me|want|wanting)\b|\b(?:spent|spending|ran up|racked up|maxed out|blew|blown|took out|borrowed)\b.{0,50}?\b(?:when|while|during|in) (?:i was |my (?:last |)|the (?:last )?)?(?:manic|high|unwell|poorly|psychotic|hypomanic|in an episode|mania|manic episode|high episode|episode)\b|\b(?:manic|high|hypomanic) (?:episode|phase|spell)\b.{0,40}?\b(?:debts?|credit cards?|loans?|spent|spending|overdraft|arrears|owe)\b`;
const DEBTS_FOLLOW_OUT = String.raw`\b(?:cleared|paid off|paid it off|written off|debt free|all paid|not (?:following|chasing)|no longer|on (?:instagram|linkedin|facebook|twitter|tiktok|social media)|${THEIR} (?:debts?|loans?|credit cards?)|${LAUGH})\b|${ELSE}`;

// --- Concern: forget to eat. had a biscuit today, that's about it ------------------------------------------------------
const SNACK = String.raw`(?:a|one|half a|a single|a couple of|a few|some|a bit of) (?:biscuit|biscuits|slice of toast|bit of toast|piece of toast|toast|packet of crisps|bag of crisps|crisps|banana|yoghurt|cup of soup|cuppa|cup of tea|crackers|apple|mars bar|chocolate bar|bite)`;
const FORGET_TO_EAT = pattern`(?:^|\bi |\band )(?:keep |always |often |just |still |tend to |sometimes |have been |been |am |keep on )?(?:forget|forgetting) to eat\b(?! (?:my |the |our )?(?:lunch|breakfast|dinner|tea)\b)|\b(?:had|eaten|ate|managed)(?: (?:only|just))? ${SNACK} (?:today|all day|yesterday|since \w+|in two days|in \w+ days)(?: and)? (?:that is|that was|and that is|thats) (?:about |all |literally )?(?:it|all)\b|\b(?:only|all i have|all i) (?:had|eaten|ate|managed)(?: is| was)? ${SNACK} (?:today|all day|since \w+|in two days|in \w+ days)\b`;
const FORGET_TO_EAT_OUT = String.raw`\b(?:(?:he|she|they|son|daughter|kids?|mum|mam|dad|nan|baby|partner) (?:keeps |always |often )?(?:forgets|forgetting|forgot)|hyperfocus\w*|in the zone|engrossed|fasting|ramadan|diet|dieting|slimming|calories|weight watchers|intermittent|${LAUGH})\b|${ELSE}`;

// --- Concern: didn't say a word to anyone all weekend ------------------------------------------------------------------
const SPAN = String.raw`(?:all (?:weekend|week|day|month|christmas|holiday|bank holiday)|in (?:days|weeks|ages|a week|a fortnight|\w+ days|\w+ weeks)|for (?:days|weeks|ages|a week|a fortnight|\w+ days|\w+ weeks)|since (?:${WEEKDAY}|last \w+|the weekend|christmas|new year)|the whole (?:weekend|week|day))`;
const NO_WORD = pattern`\b(?:did not|have not|has not|had not|not|never|havent|didnt) (?:say|said|spoke|spoken|talk|talked|speak|uttered|utter|had|have) (?:a (?:single )?word|one word|a conversation|a proper conversation|a word|a single word)? ?(?:to|with) (?:anyone|anybody|a soul|a single person|another person|another human|another human being|a human|a human being|a living soul|a real person|any one)(?! about)(?: \w+){0,2}? ${SPAN}\b`;
const NO_WORD_OUT = String.raw`\b(?:lost my voice|no voice|laryngitis|sore throat|tonsillitis|silent retreat|vow of silence|retreat|meditation|exam|exams|revision|revising|secret|surprise|${LAUGH})\b|${ELSE}`;

// --- Concern: too much. the letters, the phone calls, the capability assessment --------------------------------------
const BURDEN = String.raw`(?:letters?|phone calls?|calls|assessments?|capability assessment|forms?|appointments?|bills|brown envelopes|envelopes|dwp|pip|esa|universal credit|uc|job ?centre|council|court|sanctions?|reviews?|tribunal|debt collectors|bailiffs|paperwork|emails|texts|meetings|questions|voices|noise|medication|meds|side effects|ward round|assessment)`;
const TOO_MUCH = pattern`^(?:(?:it is|it is all|everything is|everything|all|just|honestly|it is just|this is|it has all|it has|all of it is|i have|ive|i have got|it is getting|it is all getting|getting|got|way|far|all just|so|really) )*too much\b(?!(?: \w+)? (?:food|money|pay|cake|choice|fun|info|information|time|to eat|to drink|sugar|coffee|caffeine|sleep)\b)(?=(?:.*?\b${BURDEN}\b){2})`;
const TOO_MUCH_OUT = String.raw`\b(?:new job|the job|start date|induction|onboarding|got it done|all done|done now|sorted|on top of it|but (?:i am|it is) (?:fine|ok|okay|good)|managed it|${LAUGH})\b|${ELSE}`;

// --- Concern: I feel like I'm unravelling, my early warning signs are back ---------------------------------------------
const UNRAVELLING = pattern`\b(?:i feel like|feel like|i am|i think i am|i can feel myself|feels like i am|i feel like i am|feel like i am|i am slowly|i am just|i am totally|i am completely)(?: (?:slowly|completely|totally|just|really|properly|literally))* (?:unravelling|unraveling|unravel|coming undone|coming apart(?: at the seams)?|falling to bits|falling to pieces|coming unglued|disintegrating)\b|${NOT_BEFORE}\b(?:my|the|all my|all the|some of my|a few of my|a couple of my) (?:early )?(?:warning|relapse) signs (?:are|have|have all|are all|are definitely|are properly) (?:come |coming |creeping |started |starting |crept )?(?:back|returning|showing again|starting again|there again|back again)\b`;
const UNRAVELLING_OUT = String.raw`\b(?:(?:if|when|in case|whether|what to do|what happens|what i do|plan for) (?:my |the |all my )?(?:early )?(?:warning|relapse) signs|none of my|no sign of|jumper|knitting|wool|cardigan|scarf|plot|mystery|laughing|laughter|${LAUGH})\b|${ELSE}`;

// --- Concern: going to kill my support worker, she booked me in for 9am lol ------------------------------------------
const WORKER = String.raw`(?:support worker|work coach|coach|key ?worker|care coordinator|care co ordinator|cpn|social worker|advisor|adviser|psychiatrist|nurse|ot|peer (?:support )?worker|employment (?:specialist|advisor|adviser|worker|coach)|ips worker|job coach|mentor|job centre (?:lady|man|woman|bloke|guy)|case worker|caseworker)`;
const KILL_WORKER = pattern`^(?=.*\b(?:going to|i am going to|i am gonna|gonna|ill|i will|i could|i might|i would|id|i am about to|about to|i swear ill|i swear i will) (?:actually |literally |honestly |seriously |genuinely )?(?:kill|murder|strangle|throttle|batter|punch|slap|smack|deck|stab|kill off) (?:my|the|our|that) ${WORKER}\b(?! (?:with|for me)\b))(?=.*\b(?:${LAUGH}|(?:she|he|they) (?:has |have |is |just |only )?(?:booked|signed|put|made|rang|called|woke|sent|gave|set|moved|changed)\b)\b)`;
const KILL_WORKER_OUT = String.raw`\b(?:kindness|questions|emails|not joking|not kidding|no joke|i mean it|deadly serious|planned)\b|${ELSE}`;

export const HUNDRED_AND_FORTY_THIRD_WHOLE_SETS = [
  [unless(String.raw`\bif i\b`, RELIEVED_IF_DEAD_OUT), [group('crisis', 'wishes to be dead', [RELIEVED_IF_DEAD])]],
  [unless(String.raw`\bbetter (?:off )?dead\b`, BETTER_DEAD_OUT), [group('crisis', 'wishes to be dead', [BETTER_DEAD])]],
  [unless(String.raw`\b(?:ways? out|permanent (?:way|ways|exit|exits|escape|escapes|solution|solutions|fix|fixes|end|answer|option|options)|final (?:way out|exit|escape|solution))\b`, WAYS_OUT_OUT), [group('crisis', 'thoughts of suicide', [WAYS_OUT])]],
  [unless(String.raw`\bdo(?:ing)? it\b`, SO_NOBODY_THINKS_OUT), [group('crisis', 'a plan to end their life', [SO_NOBODY_THINKS])]],
  [unless(String.raw`\bwhile\b`, WHILE_AWAY_OUT), [group('crisis', 'a plan to end their life', [WHILE_AWAY])]],
  [unless(String.raw`\bso (?:that )?(?:she|he|they|nobody|no one|the team|it)\b`, TOLD_FINE_SO_OUT), [group('crisis', 'a plan to end their life', [TOLD_FINE_SO])]],
  [unless(String.raw`\bi (?:love|care)\b`, GOODBYE_TEXTS_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [GOODBYE_TEXTS])]],
  [unless(String.raw`\b(?:[1-9]\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\b`, STASHED_MEDS_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [STASHED_MEDS])]],
  [unless(String.raw`\bbelieve|\bbuy\b`, NO_RECOVERY_OUT), [group('concern', 'hopelessness', [NO_RECOVERY])]],
  [unless(String.raw`\b(?:debts?|arrears|loans?|credit cards?|catalogue|overdraft|bills|companies|collectors|agencies|lenders|creditors|manic|high|unwell|poorly|psychotic|hypomanic|episode)\b`, DEBTS_FOLLOW_OUT), [group('concern', 'money worries', [DEBTS_FOLLOW])]],
  [unless(String.raw`\b(?:to eat|biscuits?|toast|crisps|banana|yoghurt|soup|cuppa|tea|crackers|apple|mars bar|chocolate bar|bite)\b`, FORGET_TO_EAT_OUT), [group('concern', 'not eating or sleeping', [FORGET_TO_EAT])]],
  [unless(String.raw`\b(?:anyone|anybody|a soul|person|human|any one)\b`, NO_WORD_OUT), [group('concern', 'feels alone', [NO_WORD])]],
  [unless(String.raw`\btoo much\b`, TOO_MUCH_OUT), [group('concern', 'not coping', [TOO_MUCH])]],
  [unless(String.raw`\b(?:unravel\w*|undone|coming apart|to bits|to pieces|unglued|disintegrating|signs)\b`, UNRAVELLING_OUT), [group('concern', 'not coping', [UNRAVELLING])]],
  [unless(String.raw`\b(?:kill|murder|strangle|throttle|batter|punch|slap|smack|deck|stab)\b`, KILL_WORKER_OUT), [group('concern', 'joked about hurting someone', [KILL_WORKER])]],
] as const;
