// A red-teamer's set: risk said in the least expected ways. Understatement ("can't seem to feel happy
// about it"), hints ("depends if I'm still here next week"), logistics ("shift ends at 10 then I'm walking
// to the bridge", "the car is full of fuel and I know a quiet lay-by"), questions ("how do you hide scars
// for a lifeguard job?"), half-sentences and asides in good news. The same words fill everyday messages
// (walking to the bridge to meet a friend, a quiet lay-by for lunch, the glue gun sorted, hiding a surgery
// scar, cleaning the flat for the inspection, gone before they call back because the bus came), so each
// set rests on the words that carry the risk together and shuts on the everyday uses, on someone else's
// trouble and on fiction.
// Crisis: he turned my data off because I was talking to people; then I'm walking to the bridge; where in
// five years, nowhere hopefully, under a tree; the bandages are from me; depends if I'm still here next
// week; the gun is sorted; suicide feels like an option; I'll take the whole box tonight; going to poison
// the dog and then sort him out; promise you'll tell her it wasn't her fault; asking about me, not anyone
// else; jealous when people die young; how do I hide my scars; a quiet lay-by, the car, tonight; cleaned
// so no one has to deal with a mess; I'll be gone before they ever call back.
// Concern: can't feel happy about good news; the money spent on drink again; keep having meltdowns over
// small stuff; a friend sorts me out with valium; not even good enough for the warehouse job; a trained
// monkey would do it better than me.
// Look-alikes of our own are in test/domain/riskHundredAndNinthForms.test.ts. Normalised words ("i am"
// for "I'm", "can not" for "can't", "no one" for "nobody", "friend" for "mate", "honestly" for "tbh").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|play|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|game|gaming|mission|squad|call of duty|cod`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|colleague|kid|kids|boy|girl|client|patient|student|husband|wife|partner)s?|a friend|(?:he|she|they|hes|shes|theyre)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;
const PARTNER = String.raw`(?:he|she|husband|wife|partner|boyfriend|girlfriend|fella|bf|gf|ex|my (?:husband|wife|partner|boyfriend|girlfriend|fella|ex|man|other half|missus|mrs|fiance|fiancee)|the (?:husband|wife|missus|mrs|other half))`;
const SOON = String.raw`(?:tonight|tomorrow|tomorrow night|this weekend|at the weekend|next week|${WEEKDAY}|new years eve|new years|christmas|christmas eve|christmas day|my birthday|payday)`;

// --- Crisis: he turned my data off because I was talking to people ------------------------------------
const CUT_OFF = pattern`\b${PARTNER} (?:\w+ )?(?:turned|switched|cut|shut|cancelled|blocked|took|takes|turns|switches|cuts|disconnected|changed) (?:off |away )?(?:my |the )(?:data|phone|mobile|sim|internet|wifi|wi fi|broadband|contract|number|phone contract|bank card)(?: off| away)? (?:because|cos|as|since|so|when) (?:i was|i am|i had been|i have been|i can not|i could not|i cannot|i do not|i will not) (?:\w+ ){0,2}?(?:talking|texting|messaging|speaking|chatting|in touch|contact|talk|text|message|speak|ring|call|see)\b`;
const CUT_OFF_OUT = String.raw`\b(?:bill|bills|overdue|unpaid|arrears|afford|skint|money|contract ended|provider|network|upgrade|cheaper|kids?|son|daughter|child|children|toddler|teenager|teen|screen time|bedtime|homework|exam|revision|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: shift ends at ten, then I'm walking to the bridge -------------------------------------------
const THEN_BRIDGE = pattern`\b(?:then|after that|after work|after my shift|once (?:it is|that is|thats) done|and then) (?:i am |ill |i will |i am going to |i have to |i can )?(?:walking|walk|going|go|heading|head|driving|drive|getting the bus|cycling) (?:up |down |out |over )?to (?:the|that) (?:bridge|cliffs?|cliff edge|viaduct|multi storey|top of the (?:car park|multi storey)|railway|railway line|tracks|train tracks|motorway bridge|pier|quarry|reservoir)(?: honestly| tonight| then)? ?$`;
const THEN_BRIDGE_OUT = String.raw`\b(?:meet|meeting|pick|friends?|mates?|date|dog|walk the|for a walk|pub|chippy|bus stop|station|bus|train|shop|shops|cafe|work|job|interview|shift starts|photos?|sunset|run|running|jog|parkrun|fishing|swim|swimming|paddle|bridge club|bridge game|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: where in five years? Nowhere, hopefully; under a tree -----------------------------------------
const FUTURE = String.raw`(?:see myself|see me|in (?:\d+|a|one|two|three|four|five|ten|twenty|a few|a couple of) (?:years?|months?)|by then|this time next (?:year|month)|next year|the future|5 year plan|five year plan|long term|where will i be|where do i see)`;
const NOWHERE_HOPEFULLY = pattern`^(?=.*\b${FUTURE}\b)(?=.*(?:\bnowhere (?:hopefully|with any luck|if i am lucky|fingers crossed|if i get my way)\b|\b(?:hopefully|with any luck|if i am lucky|fingers crossed) nowhere\b|\b(?:hopefully |with any luck )?under (?:a tree|the ground|the grass|a headstone|a gravestone|the soil|the dirt)(?: somewhere| by then| hopefully| with any luck){0,2} ?$))`;
const NOWHERE_OUT = String.raw`\b(?:shade|picnic|reading|read|book|hammock|camping|garden|allotment|forest school|tree surgeon|arborist|gardener|landscap\w*|retired|retirement|travel\w*|beach|abroad|same place|same job|near here|near the|nowhere near|nowhere else|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: the bandages are from me --------------------------------------------------------------------
const FROM_ME = pattern`(?:^|\b(?:yes|yeah|yep|ok|okay|honestly|and|but|so|the|those|these|my)\b) ?(?:bandages?|plasters?|cuts|scratches|marks|scars|burns|bruises|dressings|wounds|cuts on my (?:arms?|legs?|wrists?)) (?:are|were|is|was) (?:from|by|off|all) me\b(?! (?:being|falling|tripping|slipping|cooking|gardening|climbing|doing|working|moving|lifting|at|on|in|when|while|and my|helping))`;
const FROM_ME_OUT = String.raw`\b(?:fell|fall|falling|tripped|trip|slipped|accident|kitchen|cooking|oven|iron|garden|gardening|brambles|roses|thorns|diy|work|shift|warehouse|surgery|op|operation|tattoo|piercing|bike|football|rugby|gym|first aid kit|kids?|son|daughter|gave|give|bought|buy|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: depends if I'm still here next week ---------------------------------------------------------
const STILL_HERE = pattern`\b(?:depends|depending|it depends|if|whether|assuming|provided) (?:on )?(?:if |whether )?i am (?:still )?(?:here|around|alive|breathing|about|living)(?: \w+)? (?:by |next |this |on |come |at )?(?:next week|next month|tomorrow|then|by then|the weekend|the end of the (?:week|month)|${WEEKDAY}|christmas|payday)(?: honestly| to be honest| really| lol)? ?$`;
const STILL_HERE_OUT = String.raw`\b(?:area|town|city|country|uk|england|scotland|wales|this address|address|flat|house|hostel|refuge|job|office|site|shift|contract|placement|hospital|ward|visa|tenancy|evict\w*|move|moving|moved|relocat\w*|holiday|abroad|living here|working here|staying here|here in)\b|${THIRD}`;

// --- Crisis: the gun is sorted ---------------------------------------------------------------------------
const GUN_SORTED = pattern`\b(?:the|my|dads|his|a|grandads|uncles) (?:gun|guns|rifle|shotgun|pistol|handgun|revolver)(?: is| are| has been| have been|s)? (?:sorted|loaded|ready|in my (?:bag|room|car|drawer)|hidden|under my bed)\b`;
const GUN_OUT = String.raw`\b(?:glue|nail|staple|water|nerf|paintball|airsoft|air gun|air rifle|bb|heat|spray|paint|massage|grease|caulk|silicone|laser|toy|starting|licen[cs]e\w*|certificate|range|club|clay|clays|pigeons?|shoot(?:ing)? (?:range|club|season|day)|farm|farmer|gamekeeper|keeper|rabbits?|foxes|pest|army|military|forces|police|firearms officer|security|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: suicide feels like an option ------------------------------------------------------------------
const SUICIDE_OPTION = pattern`\b(?:suicide|killing myself|ending it|ending my life|ending it all|topping myself|taking my (?:own )?life) (?:feels|seems|looks|is starting to (?:feel|look|seem)|is beginning to (?:feel|look|seem)|sounds|is looking|is feeling|feels more|seems more) (?:like )?(?:a|an|the|my)(?: \w+){0,2} (?:option|answer|way out|solution|choice|plan|escape|path|route|exit)\b`;
const SUICIDE_OPTION_OUT = String.raw`\b(?:prevention|awareness|samaritans|course|training|module|essay|research|helpline|${FICTION})\b|${THIRD}|\bnot (?:an|a|the) option\b`;

// --- Crisis: I'll take the whole box tonight ----------------------------------------------------------------
const WHOLE_BOX = pattern`\b(?:ill|i will|i am going to|going to|i am gonna|gonna|i could|i might|i want to|i am just going to) (?:just )?(?:take|swallow|neck|down|have) (?:the )?(?:whole|entire|full|full lot of the) (?:box|packet|pack|bottle|strip|blister pack|blister|lot|tub|supply|stash)\b(?! (?:of (?!(?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping))|to|into|back|with me|home|in|round|down|up|out)\b)(?=.*\b(?:tonight|tomorrow|later|after|when|once|so (?:she|he|they|no one|nobody)|before|${WEEKDAY}|then)\b)`;
const WHOLE_BOX_OUT = String.raw`\b(?:chocolates?|biscuits?|sweets|cereal|crisps|doughnuts|donuts|cakes?|cookies|pizza|wine gums|tissues|recycling|shop|office|work|party|school|kids|charity|tip|car boot|cv|leaflets|flyers|hayfever|hay fever|antibiotics|course of|prescribed|pharmacist|gp|doctor|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: going to poison the dog and then sort him out -------------------------------------------------
const POISON_THEN = pattern`\b(?:going to|gonna|ill|i will|i am going to|i am gonna|i want to|i could) poison (?:it|him|her|them|the (?:dog|cat|dogs|cats)|their (?:dog|cat|dogs|cats)|his (?:dog|cat)|her (?:dog|cat)|next doors \w+|the neighbours \w+|the neighbour)\b`;
const POISON_OUT = String.raw`\b(?:rats?|mice|mouse|slugs?|snails?|weeds?|wasps?|ants|roaches|cockroaches|pests?|vermin|moles?|squirrels|pigeons|garden|allotment|food poisoning|poison ivy|pest control|exterminator|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: promise you'll tell her it wasn't her fault ---------------------------------------------------
const NOT_HER_FAULT = pattern`\b(?:promise me|please|make sure|can you|will you) (?:you will |youll |you |that you )?(?:tell|let) (?:\w+ ){0,3}?(?:know )?(?:that )?it (?:was not|wasnt|is not|isnt) (?:her|his|their|your|anyones|anybodys|any ones) fault\b`;
const NOT_HER_FAULT_OUT = String.raw`\b(?:late|delay\w*|missed|miss|cancel\w*|reschedul\w*|traffic|bus|train|lift|crash|accident|broke|broken|spilt|spilled|lost|mix up|mixup|mistake|typo|error|form|system|computer|email|printer|interview|appointment|meeting|shift|rota|order|parcel|delivery|complaint|manager|boss|customer|kids?|son|daughter|dog|cat|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: when the person dies, asking about me not anyone else ----------------------------------------
const ABOUT_ME_DIES = pattern`^(?=.*\b(?:die|dies|died|dying|dead|death|passes away|pass away|passed away|is gone|are gone|kill(?:s|ed)? (?:themselves|themself|yourself|myself)|suicide)\b)(?=.*\b(?:asking (?:about|for) (?:me|myself)(?: not| and not| rather than) (?:anyone|anybody|someone|somebody|a friend|for a friend)(?: else)?|not asking for (?:a friend|anyone else|someone else)|asking for me(?:self)?(?: honestly| to be honest)? ?$)\b)`;
const ABOUT_ME_OUT = String.raw`\b(?:will|wills|funeral plan|life insurance|insurance|pension|inheritance|probate|estate|course|training|module|role|job|carer|my (?:mum|dad|mother|father|nan|gran|partner|husband|wife)|pet|dog|cat|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: jealous when people die young --------------------------------------------------------------------
const JEALOUS_DEAD = pattern`(?:\b(?:jealous|envious|envy) (?:of )?(?:people|those|anyone|them|folk|everyone) (?:who|that) (?:die|died|get to die|are dead|pass away|passed away|do not wake up|did not wake up|go in their sleep)\b|\bwhen (?:people|someone|anyone|folk) (?:die|dies|pass away|passes away|go in their sleep|do not wake up)(?: young| early| in their sleep| suddenly)? i (?:get|feel|am|always feel|always get|sometimes feel|kind of feel) (?:a bit |a little |kind of |so |really )?(?:jealous|envious|envy)\b)`;
const JEALOUS_OUT = String.raw`\b(?:inherit\w*|inheritance|will|money|house|estate|game|character|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: how do you hide scars / cuts --------------------------------------------------------------------
const HIDE_SCARS = pattern`\b(?:hide|hiding|cover|covering|cover up|covering up|conceal|concealing|keep hiding|keep covering) (?:up )?(?:my |the |these |those |fresh |new |self harm )?(?:scars|cuts|self harm scars|self harm|marks on my (?:arms?|wrists?|legs?|thighs?)|cuts on my (?:arms?|wrists?|legs?|thighs?)|scars on my (?:arms?|wrists?|legs?|thighs?))\b`;
const HIDE_SCARS_OUT = String.raw`\b(?:surgery|surgical|op|operation|c section|caesarean|cesarean|acne|spots|chicken ?pox|eczema|psoriasis|birthmark|stretch marks|tattoos?|burns? from|accident|car crash|crash|dog bite|bitten|keloid|appendix|heart|chest|knee|hip|spine|back|stomach|belly|face|facial|makeup for|old scars from|cuts to|cuts in|council|government|funding|budgets?|spending|services|${FICTION}|${LAUGH})\b|${THIRD}|\b(?:do not|never|no need to|not) (?:hide|cover)\b`;

// --- Crisis: the car, a quiet lay-by, tonight -----------------------------------------------------------------
const QUIET_LAYBY = pattern`^(?=.*\b(?:quiet|secluded|remote|isolated|out of the way|deserted|empty|dark) (?:lay by|layby|lay bys|spot|car park|road|lane|track|country lane|forest road|beach car park|woods)\b)(?=.*\b${SOON}\b)(?=.*\b(?:car|fuel|petrol|diesel|tank|hose|hosepipe|engine|drive|driving|exhaust)\b)`;
const QUIET_LAYBY_OUT = String.raw`\b(?:sleep|sleeping|slept|kip|nap|rest|camp|camping|van life|campervan|lunch|break|eat|food|call|phone call|interview|revise|revising|study|picnic|date|dog|walk|stars|stargazing|photos?|practice|practise|practising|learner|lesson|lessons|driving test|test|cry|scream|think|homeless|hostel|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: cleaned so no one has to deal with a mess --------------------------------------------------------
const NO_ONE_DEAL = pattern`\b(?:cleaned|tidied|cleared|sorted|scrubbed|bleached|emptied|decluttered|hoovered)\b.*\bso (?:that )?(?:no one|nobody|no one else|nobody else|they|my (?:family|mum|kids|sister|brother)|whoever finds (?:me|it)) (?:has|have|will have|will need|needs|need) to (?:deal with|sort|sort out|clear|clean|clean up|tidy|go through|face)(?: \w+){0,2}? (?:a |any |the |my )?(?:mess|stuff|things|anything|belongings|it all|everything)\b(?! (?:at|in|on|for|tomorrow|when (?:i am|i get|we) (?:back|home|away)|after the (?:party|move|holiday)|while i am (?:away|off|out)|during))`;
const NO_ONE_DEAL_OUT = String.raw`\b(?:move|moving|moved|move out|moving out|inspection|landlord|letting agent|deposit|viewing|viewings|end of tenancy|tenancy|sale|selling|buyers|party|guests|visitors|visit|holiday|going away|away|trip|christmas|inlaws|in laws|house ?sit\w*|airbnb|office|work|desk|kitchen at work|shift|handover|job|kids room|garage sale|skip|loft|shed|${LAUGH})\b|${THIRD}`;

// --- Crisis: I'll be gone before they ever call back ------------------------------------------------------------
const GONE_BEFORE = pattern`\b(?:ill|i will|i will probably|i will likely|i will already|i am going to) be (?:long )?gone (?:by the time|before) (?:they|you|anyone|anybody|he|she|the (?:\w+ )?(?:team|gp|doctor|crisis team|nurse|service|council|adviser|advisor|clinic|surgery|hospital|referral)|my (?:gp|adviser|advisor|doctor|nurse|worker|referral))(?: \w+){0,2}? (?:ever |even |actually |finally )?(?:calls?|call me|rings?|ring me|replies|reply|gets? back|gets? round|gets? to me|notices?|answers?|calls? back|rings? back|finds? out|comes? through|turns? up|sees? me)\b(?=(?: to me| back| me)?(?: lol| honestly| to be honest| anyway| at this rate)? ?$)`;
const GONE_BEFORE_OUT = String.raw`\b(?:moved|move|moving|holiday|new job|job|another job|abroad|out|shop|shops|gym|office|work|shift|lunch|train|bus|flight|away|home|interview|queue|hold|school|pick up|nursery|appointment|dentist|meeting|emigrat\w*|relocat\w*|country|area|${WEEKDAY}|\d+)\b|${THIRD}`;

// --- Concern: can't feel happy about good news ---------------------------------------------------------------------
const CANT_FEEL_HAPPY = pattern`\b(?:can not|cannot|could not|just can not|do not|never) (?:seem to |even |really |make myself |bring myself to |manage to )?(?:feel|be) (?:happy|excited|pleased|glad|proud|joy|any joy|anything|good) (?:about|over|for|with) (?:it|anything|that|this|any of it|the news|good news|myself)\b|\b(?:can not|cannot|could not) (?:seem to |even |really )?feel (?:happy|excited|pleased|glad|joy|any joy|anything)(?: any more| anymore| lately| these days)? ?$`;
const CANT_FEEL_OUT = String.raw`\b(?:pay|salary|wage|wages|hours|rota|commute|contract|location|price|until|till|unless|if|fingers|hands?|feet|toes|legs?|arms?|face|numb|cold|anaesthetic|injection|dentist|nerve|her|him|them|for (?:him|her|them)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: spent the money on drink again ---------------------------------------------------------------------
const SPENT_ON_DRINK = pattern`\b(?:i |i have |i ve |ive |i just |just |have |already |spent)?(?:spent|blew|blown|wasted|put|drank|went through) (?:all )?(?:the|my|our|this weeks|the weeks|the rest of the|the rest of my|most of the|half the|half my) (?:\w+ ){0,2}?(?:money|cash|wages|pay|budget|benefits|uc|universal credit|rent|food money|shopping money|electric money|gas money) (?:on|at the) (?:drink|booze|alcohol|vodka|cider|cans|beer|lager|wine|weed|drugs|coke|gambling|bets|the bookies|slots|scratch cards)\b`;
const SPENT_OUT = String.raw`\b(?:party|wedding|birthday|round|rounds|celebrat\w*|christmas|new year|night out|stag|hen|do|friends|pub quiz|bbq|barbecue|shop|business|stock|bar job|bar work|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: keep having meltdowns over small stuff ---------------------------------------------------------------
const MELTDOWNS = pattern`(?:^|\b(?:i|and|but|so|just|still|i still|i just|honestly)) ?(?:keep|keeps) (?:having|getting|having these|having little) (?:meltdowns?|melt downs?|breakdowns?|panic attacks?|crying fits|crying episodes|episodes|outbursts|tantrums)\b|\bi (?:keep|have been|am) (?:melting down|losing it|losing my temper|crying|falling apart|breaking down) (?:over|about|at) (?:small|little|tiny|silly|stupid|the smallest|the littlest|nothing|every little|everything)\b`;
const MELTDOWNS_OUT = String.raw`\b(?:toddler|kid|kids|son|daughter|child|children|baby|boy|girl|autistic son|autistic daughter|his|her|pupils?|students?|clients?|patients?|residents?|service users?|the dog|puppy|laptop|computer|phone|car|engine|server|reactor|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: a friend sorts me out with valium ----------------------------------------------------------------
const STREET_MEDS = pattern`\b(?:friend|mate|friends|someone|somebody|a guy|a bloke|bloke|guy|dealer|cousin|neighbour|lad|a lad|fella|contact)(?: (?:from|at|down) (?:the )?\w+)? (?:sorts me out|sorted me out|gets me|got me|sells me|sold me|gives me|gave me|hooks me up|hooked me up|slips me|drops me) (?:with )?(?:some |a few |a strip of |a box of |a bag of )?(?:valium|diazepam|vallies|xanax|alprazolam|benzos|etizolam|codeine|co codamol|tramadol|pregabalin|gabapentin|zopiclone|oxy|oxycodone|weed|pills|tablets)\b`;
const STREET_OUT = String.raw`\b(?:prescri\w*|gp|doctor|pharmacist|chemist|pharmacy|nurse|hospital|vet|dog|cat|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: not even good enough for the warehouse job ------------------------------------------------------
const NOT_EVEN_GOOD = pattern`(?:^|\b(?:i am|i was|apparently i am|apparently|obviously|clearly|so|and|but|if i am|me) )not even good enough (?:for|to (?:get|do|work|stack|clean|be))\b(?=.*\b(?:job|jobs|role|position|work|warehouse|cleaning|cleaner|shop|shelf|shelves|care|office|offices|toilets|interview|trial|till|checkout|factory|retail|minimum wage|entry level|packing|picking|driving|delivery|security|kitchen|bar|cafe|call centre)\b)`;
const NOT_EVEN_GOOD_OUT = String.raw`\b(?:pay|wage|wages|salary|money|hours|rent|bus|contract|offer|they are|it is|its|the (?:pay|job|role|money)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: a trained monkey would do it better than me --------------------------------------------------------
const MONKEY = pattern`\b(?:a )?(?:trained monkey|monkey|chimp|toddler|child|five year old|5 year old|six year old|potato|brick|goldfish|robot|houseplant|plant|dog|cat|rock|literally anyone|anyone|anybody|a random off the street)(?: with \w+(?: \w+)?)? (?:could|would|can|will) (?:do|manage|handle|run) (?:this|it|that|the job|my job|this job|things|all of it)(?: \w+){0,2}? better than (?:me|i could|i can|i do|i did)(?: honestly| to be honest| tbh)? ?$`;
const MONKEY_OUT = String.raw`\b(?:ai|chatgpt|computer|machine|software|app|printer|manager|boss|he|she|they|colleague|${FICTION}|${LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_NINTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:turned|switched|cut|shut|cancelled|blocked|took|takes|turns|switches|cuts|disconnected|changed)\b`, CUT_OFF_OUT), [group('crisis', 'coercive control', [CUT_OFF])]],
  [unless(String.raw`\b(?:bridge|cliffs?|cliff edge|viaduct|multi storey|railway|tracks|pier|quarry|reservoir)\b`, THEN_BRIDGE_OUT), [group('crisis', 'a plan to end their life', [THEN_BRIDGE])]],
  [unless(String.raw`\b(?:nowhere|under)\b`, NOWHERE_OUT), [group('crisis', 'wishes to be dead', [NOWHERE_HOPEFULLY])]],
  [unless(String.raw`\b(?:from|by|off|all) me\b`, FROM_ME_OUT), [group('crisis', 'self-harm', [FROM_ME])]],
  [unless(String.raw`\bi am (?:still )?(?:here|around|alive|breathing|about|living)\b`, STILL_HERE_OUT), [group('crisis', 'thoughts of suicide', [STILL_HERE])]],
  [unless(String.raw`\b(?:gun|guns|rifle|shotgun|pistol|handgun|revolver)\b`, GUN_OUT), [group('crisis', 'a plan to end their life', [GUN_SORTED])]],
  [unless(String.raw`\b(?:suicide|killing myself|ending it|ending my life|topping myself|taking my (?:own )?life)\b`, SUICIDE_OPTION_OUT), [group('crisis', 'thoughts of suicide', [SUICIDE_OPTION])]],
  [unless(String.raw`\b(?:whole|entire|full)\b`, WHOLE_BOX_OUT), [group('crisis', 'a plan to end their life', [WHOLE_BOX])]],
  [unless(String.raw`\bpoison\b`, POISON_OUT), [group('crisis', 'harm to someone else', [POISON_THEN])]],
  [unless(String.raw`\bfault\b`, NOT_HER_FAULT_OUT), [group('crisis', 'intends to end their life', [NOT_HER_FAULT])]],
  [unless(String.raw`\basking\b`, ABOUT_ME_OUT), [group('crisis', 'thoughts of suicide', [ABOUT_ME_DIES])]],
  [unless(String.raw`\b(?:jealous|envious|envy)\b`, JEALOUS_OUT), [group('crisis', 'wishes to be dead', [JEALOUS_DEAD])]],
  [unless(String.raw`\b(?:scars|cuts|self harm|marks on my)\b`, HIDE_SCARS_OUT), [group('crisis', 'self-harm', [HIDE_SCARS])]],
  [unless(String.raw`\b(?:lay by|layby|lay bys|spot|car park|road|lane|track|woods)\b`, QUIET_LAYBY_OUT), [group('crisis', 'a plan to end their life', [QUIET_LAYBY])]],
  [unless(String.raw`\bso (?:that )?(?:no one|nobody|they|my|whoever)\b`, NO_ONE_DEAL_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [NO_ONE_DEAL])]],
  [unless(String.raw`\bbe (?:long )?gone\b`, GONE_BEFORE_OUT), [group('crisis', 'intends to end their life', [GONE_BEFORE])]],
  [unless(String.raw`\b(?:feel|be) (?:happy|excited|pleased|glad|proud|joy|any joy|anything|good)\b`, CANT_FEEL_OUT), [group('concern', 'low mood', [CANT_FEEL_HAPPY])]],
  [unless(String.raw`\b(?:spent|blew|blown|wasted|put|drank|went through)\b`, SPENT_OUT), [group('concern', 'drinking or drugs to cope', [SPENT_ON_DRINK])]],
  [unless(String.raw`\b(?:meltdowns?|melt downs?|breakdowns?|panic attacks?|crying|episodes|outbursts|tantrums|melting down|losing it|falling apart|breaking down|losing my temper)\b`, MELTDOWNS_OUT), [group('concern', 'not coping', [MELTDOWNS])]],
  [unless(String.raw`\b(?:valium|diazepam|vallies|xanax|alprazolam|benzos|etizolam|codeine|co codamol|tramadol|pregabalin|gabapentin|zopiclone|oxy|oxycodone|weed|pills|tablets)\b`, STREET_OUT), [group('concern', 'drinking or drugs to cope', [STREET_MEDS])]],
  [unless(String.raw`\bnot even good enough\b`, NOT_EVEN_GOOD_OUT), [group('concern', 'feels worthless', [NOT_EVEN_GOOD])]],
  [unless(String.raw`\bbetter than\b`, MONKEY_OUT), [group('concern', 'feels worthless', [MONKEY])]],
] as const;
