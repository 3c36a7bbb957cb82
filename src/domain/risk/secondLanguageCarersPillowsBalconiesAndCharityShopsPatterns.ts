// Second-language speakers, unpaid carers and people with a long illness, the second round: the risk said
// plainly, through a saying from home, or tucked behind a joke. "In my country we say better to sleep and not
// open the eyes, this is how I feel"; a carer who held the pillow over her mother's face; "yes I have a plan,
// after the court date, the balcony"; asking the adviser to give my file to my brother, all the arrangements
// made; a course on how to stop wanting to kill yourself; said goodbye to my friends, they think I am moving;
// giving away my clothes, no point keeping them now; I will jump, I just need to find the nerve; if the
// foreman says one more word I am bringing a hammer. And, for concern: I am at my limit; my community looks at
// me like I am a shame; "how am I? honestly pretty miserable"; started the bottle at lunch, it helps with the
// carer stress; the man who designed this form should be hanged.
// The same words fill everyday replies (a good night's sleep; a pillow under her head; a plan for the job
// search; the arrangements for the interview; a course for staff on helping others; a leaving do before a
// real move; clothes that no longer fit; jumping at a chance, a bungee jump for charity; a hammer for the
// job; the overdraft at its limit; a baby's bottle at lunch; a picture that should be hung), so each set rests
// on the words that carry the risk together and shuts on the everyday uses, on someone else's trouble and on
// fiction. "ill do it at the old flat when the keys go back, monday" is left: the same words answer the
// coach's own "when will you do it?" about a meter reading or a clean.
// Look-alikes of our own are in test/domain/riskHundredAndFiftySecondForms.test.ts. Normalised words ("i am"
// for "I'm", "can not" for "can't", "do not" for "don't", "friends" for "mates").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, STORIES_AND_GAMES, unless, SOMEONE_ELSE_OR_A_STORY as ELSE } from './wholeMessageSets.ts';

/** Someone else as the subject of the trouble. */
const THEY = String.raw`(?:he|she|they|my (?:mate|friend|colleague|dad|mum|brother|sister|son|daughter|husband|wife|partner|neighbour|uncle|cousin)|a (?:mate|friend|colleague|lad|guy|woman|man))`;
const FAMILY = String.raw`(?:brother|sister|son|daughter|mum|mother|dad|father|wife|husband|partner|family|cousin|uncle|aunt|auntie|nan|gran|niece|nephew|friend|best friend)`;

// --- Crisis: better to sleep and not open the eyes, this is how I feel ---------------------------------------------------
const SLEEP_NOT_OPEN_EYES = pattern`^(?=.*\b(?:better|best|easier|rather|want|wish|like|just) (?:to |i |if i |i could )?(?:just )?(?:sleep|go to sleep|fall asleep|close (?:my|the) eyes)(?: \w+){0,3}? and (?:not|never|no more|do not) (?:open (?:the|my) eyes|open them|opening (?:the|my) eyes|wake|wake up|to wake up)\b(?! (?:at|in|during|until|till|before|for|every|when|through)\b))(?=.*\b(?:i feel|how i feel|i want|i wish|i would rather|i pray|for me|i think|i am feeling|feels like|i agree)\b)`;
const SLEEP_NOT_OPEN_EYES_OUT = String.raw`\b(?:baby|newborn|toddler|insomnia|middle of the night|through the night|night shift|alarm|snooze|lie in|${LAUGH})\b|${ELSE}`;

// --- Crisis: I held the pillow over her face -------------------------------------------------------------------------
const PILLOW_OVER_FACE = pattern`\bi (?:held|put|pressed|pushed|placed|nearly put|almost put|wanted to put|want to put|thought about putting|think about putting|keep thinking about putting|was going to put)(?: \w+){0,2}? (?:a |the |my |her |his )?pillow (?:over|on|onto|against|across|down on) (?:her|his|their|him|them|my (?:mums|mothers|dads|fathers|husbands|wifes|nans|grans|sons|daughters|partners|babys)) (?:face|mouth|nose|head)\b`;
const PILLOW_OVER_FACE_OUT = String.raw`\b(?:pillow fight|pillowcase|pillow case|${LAUGH}|${STORIES_AND_GAMES})\b`;

// --- Crisis: yes I have a plan, after the court date, the balcony ------------------------------------------------------
const METHOD_PLACE = String.raw`(?:the balcony|off the balcony|the roof|off the roof|the bridge|off the bridge|the tracks|the railway|in front of a train|the cliffs?|the pills|my pills|the tablets|all the tablets|my tablets|a rope|the rope|the river|the canal|the motorway|the multi storey|the top floor|the tower block|the car park roof|overdose)`;
const PLAN_AND_PLACE = pattern`^(?=.*\b(?:yes |yeah |yep |i do |i have |and )?i (?:have|have got|got|do have|have made|made) a plan\b(?! (?:to (?:get|find|apply|save|pay|clear|sort|finish|start|do|see|go|move|look|call|ring|speak|visit|write|study|learn|change|improve|build|plant|paint|fix|repair|clean)|for|of|b|in place|with|on)\b))(?=.*\b${METHOD_PLACE}\b)`;
const PLAN_AND_PLACE_OUT = String.raw`\b(?:cv|applications?|apply|interview|course|business|budget|savings|debt|revision|revise|study|studying|garden|plants?|paint\w*|decorat\w*|builders?|fix\w*|repair\w*|roofer|roofing|leak\w*|gutters?|scaffold\w*|tiles|satellite|aerial|solar|clean\w*|barbecue|bbq|party|drinks|view|walk|walking|run|running|cycl\w*|route|commut\w*|fishing|photos?|pharmacist|prescription|chemist|dose|doses|dosage|gp|doctor|${THEY} (?:has|had|got|made))\b|${ELSE}`;

// --- Crisis: give my file to my brother, I have made all the arrangements ----------------------------------------------
const ARRANGEMENTS_PASS_ON = pattern`^(?=.*\b(?:i have (?:made|sorted|put in place|finished|done|finalised) (?:all )?(?:of )?(?:the |my )?(?:final |last )?arrangements\b(?! (?:for|with|to|at|so|about|around|in)\b)|(?:my affairs|everything) (?:is |are )?(?:all )?in order\b|put (?:all )?my affairs in order\b))(?=.*\b(?:(?:give|pass|hand|send|leave|go) (?:my|all my|me) (?:\w+ ){0,2}?(?:to|with) (?:my )?${FAMILY}|(?:goes|go|will go) to my ${FAMILY}|when i am (?:gone|not here|not around)|after i am gone|look after my|take my (?:cat|dog|kids|children))\b)`;
const ARRANGEMENTS_PASS_ON_OUT = String.raw`\b(?:appointee|attorney|power of|consent|permission|authoris\w*|authoriz\w*|authority|interpret\w*|translat\w*|on my behalf|speak for me|while i am (?:away|in hospital|abroad|off)|operation|surgery|holiday|travel\w*|moving|move|relocat\w*|funeral (?:of|for)|my (?:mums|dads|nans|grans) funeral|wedding|visa|${THEY} (?:has|had|is|was))\b|${ELSE}`;

// --- Crisis: a course on how to stop wanting to kill yourself -----------------------------------------------------------
const STOP_WANTING_TO_DIE = pattern`\bhow (?:to|do (?:you|i|people|we)|can (?:i|you|people)|does (?:anyone|anybody|someone)|would (?:i|you)) (?:stop|quit|not|get rid of|get over|stop yourself|stop myself)(?: from)? (?:wanting|want|keep wanting|thinking about|feeling like|always wanting) (?:to )?(?:kill(?:ing)? (?:myself|yourself|themselves)|die|dying|be dead|end it|ending it|end (?:my|your) life|ending (?:my|your) life|suicide|top (?:myself|yourself)|not be here|not exist|not being here)\b`;
const STOP_WANTING_TO_DIE_OUT = String.raw`\b(?:(?:help|support|helping|supporting|talk to|talking to|spot|spotting) (?:someone|others|other people|people|a friend|clients|patients|staff|students|service users)|mental health first aid\w*|first aider|safetalk|asist|training for staff|volunteer\w*|${THEY} (?:asked|wants|is|was|keeps))\b|${ELSE}`;

// --- Crisis: said goodbye to my friends, they think I am moving ---------------------------------------------------------
const GOODBYE_COVER_STORY = pattern`^(?=.*\b(?:said|saying|say|sent|sending|texted|messaged) (?:bye|goodbye|goodbyes|my goodbyes|farewell|a goodbye|a last goodbye|goodbye messages?|my last goodbyes)\b)(?=.*\b(?:(?:they|everyone|everybody|people|he|she|my (?:friends|family|mum|dad|wife|husband|partner|kids|brother|sister)|all of them) (?:all |just |probably )?(?:think|thinks|reckon|reckons|believe|believes|assume|assumes) (?:that )?i (?:am|was|will be) (?:moving|going away|going travelling|travelling|emigrating|relocating|leaving|going abroad|going home|moving away|moving back|starting a new job)|(?:nobody|no one) knows (?:why|the real reason)|they do not know (?:why|the real reason))\b)`;
const GOODBYE_COVER_STORY_OUT = String.raw`\b(?:surprise|leaving do|leaving party|send off|farewell (?:party|do|drinks)|detox|break from|actually am|really am|i am though|which i am|visa|flights?|booked|removal\w*|${THEY} (?:is|was|has) (?:moving|leaving|emigrating))\b|${ELSE}`;

// --- Crisis: giving away my clothes to the charity shop, no point keeping them now --------------------------------------
const GIVING_AWAY_NO_POINT = pattern`^(?=.*\b(?:giving|gave|give|given|handing|handed|getting rid of|got rid of|donating|donated|taking|took|dropping|dropped) (?:away |out )?(?:all )?(?:of )?my (?:\w+ ){0,2}?(?:clothes|stuff|things|belongings|books|tools|records|guitar|cds|dvds|games|bike|jewellery|possessions|everything|shoes|uniform|boots|suits?|coats?|collection)\b)(?=.*\b(?:no point (?:in )?(?:keeping|having|holding on to|hanging on to|hanging onto) (?:them|it|anything|any of it|stuff|things)|(?:will not|am not going to|not going to|wont) (?:need|be needing) (?:them|it|anything|any of it) (?:now|any ?more|where i am going|again|after)|do not (?:need|be needing) (?:them|it|anything|any of it) (?:any ?more|where i am going|again|after)|not going to need (?:them|it|anything))\b)`;
const GIVING_AWAY_NO_POINT_OUT = String.raw`\b(?:retir\w*|new (?:job|career|role|uniform|size|wardrobe|start)|career change|changed careers?|lost weight|weight loss|(?:do not|does not|no longer|never) fit|too (?:small|big|tight|loose)|grown|outgrown|declutter\w*|clear out|clearing out|spring clean\w*|minimalis\w*|moving|move|downsiz\w*|pregnan\w*|maternity|dress code|new ones|new pair|replaced|replacement|upgraded|${THEY} (?:is|was|has|gave|gives))\b|${ELSE}`;

// --- Crisis: I will jump, I just need to find the nerve -----------------------------------------------------------------
const JUMP_NERVE = pattern`^(?=.*\bi (?:will|am going to|am gonna|am gunna|want to|wanna|am ready to|plan to|am planning to|could|would) (?:just )?jump\b(?! (?:at|in(?! front)|on|ship|the queue|through|ahead|up|for|into action|to (?:it|conclusions)|jobs?|careers?|sectors?|industr\w*|the gun|around|about|back|out of (?:a|the) (?:plane|aeroplane|aircraft)|from job|higher|rope|start)\b))(?=.*\b(?:find|get|work up|build up|pluck up|muster|summon|need|have|got|lack|lacking|no) (?:up )?(?:the )?(?:nerve|courage|guts|bottle|balls)\b)`;
const JUMP_NERVE_OUT = String.raw`\b(?:bungee|sky ?div\w*|parachut\w*|zip ?wire|zip ?line|abseil\w*|diving board|high dive|pool|swim\w*|charity|sponsor\w*|trampoline|hurdles?|horse|queue|tandem|cliff ?div\w*|coasteering|waterfall|${LAUGH})\b|${ELSE}`;

// --- Crisis: if the foreman says one more word, I am bringing a hammer ---------------------------------------------------
const WEAPON = String.raw`(?:hammer|knife|blade|bat|baseball bat|machete|crowbar|spanner|wrench|screwdriver|axe|cleaver|stanley knife|box cutter|gun|weapon|bar)`;
const BRINGING_WEAPON_IF = pattern`^(?=.*\bif (?:he|she|they|him|that \w+|the \w+|my \w+|one of them|anyone|someone|somebody|any of them)(?: \w+){0,4}? (?:one more (?:word|time|thing|comment|joke|remark|crack)|another (?:word|comment|joke|remark|crack)|again|anything (?:else|more))\b)(?=.*\bi am (?:bringing|taking|going to bring|going to take|gonna bring|gunna bring|coming in with|carrying|going in with|turning up with) (?:in )?(?:a|my|the) ${WEAPON}\b(?! to (?:it|the|that|this|them|those)\b))`;
const BRINGING_WEAPON_IF_OUT = String.raw`\b(?:printer|photocopier|computer|laptop|machine|vending machine|tv|telly|tools?|toolbox|tool box|toolkit|own kit|ppe|nails|shelf|shelves|picture|frames?|diy|flat ?pack|bring your own|the bar (?:exam|course)|bar (?:job|work|shift)|bar staff|cricket|rounders|baseball (?:game|practice|match)|${LAUGH})\b|${ELSE}`;

// --- Concern: I am at my limit ---------------------------------------------------------------------------------------
const AT_MY_LIMIT = pattern`(?:^|\bi am |\bi feel |\bfeel |\bfeeling |\bi have reached |\breached |\bi am now )(?:really |totally |completely |absolutely |just |now )?at my (?:absolute |very )?(?:limit|limits|wits end)\b(?! (?:of|for|on|with (?:the|my) (?:overdraft|card|credit))\b)`;
const AT_MY_LIMIT_OUT = String.raw`\b(?:login|log in|password|website|portal|app|laptop|printer|wifi|internet|connection|overdraft|credit|card|data|budget|allowance|word limit|word count|characters?|upload|file size|weight|lifting|reps|gym|squat|bench|miles|mileage|speed)\b|${ELSE}`;

// --- Concern: my community looks at me like I am a shame -----------------------------------------------------------------
const LOOKS_AT_ME_SHAME = pattern`\b(?:looks?|looking|looked|stare|stares|staring|stared|treat|treats|treating|treated|see|sees|seeing) (?:at )?me (?:like|as if|as though|as) (?:i am |i was )?(?:a |an )?(?:shame|disgrace|nothing|dirt|failure|burden|waste of space|embarrassment|piece of dirt|nobody|scum|scrounger|parasite|leech)\b|\bi am (?:a |the )?(?:shame|disgrace|embarrassment) (?:to|for|of) (?:my|the|our) (?:family|community|people|parents|village|country)\b`;
const LOOKS_AT_ME_SHAME_OUT = String.raw`\b(?:complain\w*|complaint|how dare|rude|cheek\w*|reported|report (?:her|him|them)|racis\w*|disrespect\w*|dog|cat|puppy|kitten|parrot|when i (?:sing|dance|forget|skip|eat)|${LAUGH})\b|${ELSE}`;

// --- Concern: how am I? honestly pretty miserable ----------------------------------------------------------------------
const LOW_WORD = String.raw`(?:miserable|low|down|depressed|rubbish|awful|wretched|horrible|terrible|sad|unhappy|crap|shit|grim|bleak|hopeless|lost)`;
const HONESTLY_MISERABLE = pattern`^(?:how am i |you asked how i am |how i am |me )?(?:honestly|to be honest|truthfully|if i am honest|if i am being honest|in truth|being honest|not going to lie|not gonna lie)(?: i am| i feel| feeling)? (?:pretty |really |so |very |quite |just |a bit |fairly |totally |completely |absolutely |proper |rather )?${LOW_WORD}(?: if i am honest| to be honest| really| at the moment| lately| these days| right now)?$|^how am i (?:i am |feeling )?(?:pretty |really |so |very |quite |just |a bit |fairly |totally |completely |absolutely |proper )?${LOW_WORD}(?: if i am honest| to be honest| really| at the moment| lately| these days| right now)?$`;
const HONESTLY_MISERABLE_OUT = String.raw`\b(?:weather|rain|raining|traffic|${LAUGH})\b`;

// --- Concern: started the bottle at lunch, it helps with the carer stress --------------------------------------------
const DRINK = String.raw`(?:bottle|wine|vodka|gin|whisky|whiskey|rum|cans|tins|cider|booze|drink|drinking|the drink)`;
const BOTTLE_AT_LUNCH = pattern`^(?=.*\b(?:started|start|starting|hit|hitting|hits|cracked|cracking|crack|opened|opening|open|on|into|reached for|reaching for|reach for) (?:on )?(?:the |a |my )?${DRINK}\b(?: \w+){0,2}? (?:at|by|before|with) (?:lunch|lunchtime|midday|noon|breakfast|elevenses|\d+ ?am|the school run)\b)(?=.*\b(?:helps?|helping|helped|cope|coping|stress|stressed|take the edge off|takes the edge off|numb|get through|gets me through|switch off|calm|calms|nerves|forget|only way)\b)`;
const BOTTLE_AT_LUNCH_OUT = String.raw`\b(?:baby|babies|feed|feeding|formula|milk|breast\w*|wean\w*|water bottle|hot water bottle|bottle of water|party|wedding|birthday|christmas|bbq|barbecue|holiday|celebrat\w*|anniversary|christening|${THEY} (?:started|starts|opened|opens|hit|hits|cracked|cracks|is|was|has)|${LAUGH})\b|${ELSE}`;

// --- Concern: the man who designed this form should be hanged ------------------------------------------------------------
const SHOULD_BE_HANGED = pattern`\b(?:whoever|the (?:man|woman|person|people|guy|bloke|idiot|muppet|clown|genius|numpty|moron|prat|lady|fella|one|ones|company|council|department)s? (?:who|that))(?: \w+){1,6}? (?:should|ought to|needs to|must) be (?:hanged|hung|shot|strung up|hung drawn and quartered|hanged drawn and quartered|taken out and shot|lined up and shot|put against a wall|put up against a wall|burned at the stake|burnt at the stake|tarred and feathered)\b(?! (?:up|on|in|out|there|round|over|for (?:an|a) (?:award|exhibition)))`;
const SHOULD_BE_HANGED_OUT = String.raw`\b(?:gallery|exhibition|museum|frame|framed|picture|painting|portrait|artwork|curtains?|washing|coat|wallpaper|hung jury|hung parliament)\b|${ELSE}`;

export const HUNDRED_AND_FIFTY_SECOND_WHOLE_SETS = [
  [unless(String.raw`\b(?:open (?:the|my) eyes|open them|opening (?:the|my) eyes|wake)\b`, SLEEP_NOT_OPEN_EYES_OUT), [group('crisis', 'wishes to be dead', [SLEEP_NOT_OPEN_EYES])]],
  [unless(String.raw`\bpillow\b`, PILLOW_OVER_FACE_OUT), [group('crisis', 'harm to someone else', [PILLOW_OVER_FACE])]],
  [unless(String.raw`\ba plan\b`, PLAN_AND_PLACE_OUT), [group('crisis', 'a plan to end their life', [PLAN_AND_PLACE])]],
  [unless(String.raw`\b(?:arrangements|in order)\b`, ARRANGEMENTS_PASS_ON_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [ARRANGEMENTS_PASS_ON])]],
  [unless(String.raw`\bhow (?:to|do|can|does|would)\b`, STOP_WANTING_TO_DIE_OUT), [group('crisis', 'thoughts of suicide', [STOP_WANTING_TO_DIE])]],
  [unless(String.raw`\b(?:bye|goodbye|goodbyes|farewell)\b`, GOODBYE_COVER_STORY_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [GOODBYE_COVER_STORY])]],
  [unless(String.raw`\b(?:no point|need (?:them|it|anything)|needing)\b`, GIVING_AWAY_NO_POINT_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [GIVING_AWAY_NO_POINT])]],
  [unless(String.raw`\bjump\b`, JUMP_NERVE_OUT), [group('crisis', 'a plan to end their life', [JUMP_NERVE])]],
  [unless(String.raw`\bi am (?:bringing|taking|going to bring|going to take|gonna bring|gunna bring|coming in with|carrying|going in with|turning up with)\b`, BRINGING_WEAPON_IF_OUT), [group('crisis', 'harm to someone else', [BRINGING_WEAPON_IF])]],
  [unless(String.raw`\bat my (?:absolute |very )?(?:limit|limits|wits end)\b`, AT_MY_LIMIT_OUT), [group('concern', 'not coping', [AT_MY_LIMIT])]],
  [unless(String.raw`\b(?:shame|disgrace|nothing|dirt|failure|burden|waste of space|embarrassment|nobody|scum|scrounger|parasite|leech)\b`, LOOKS_AT_ME_SHAME_OUT), [group('concern', 'feels worthless', [LOOKS_AT_ME_SHAME])]],
  [unless(String.raw`^(?:how am i|you asked|how i am|me|honestly|to be honest|truthfully|if i am|in truth|being honest|not go)`, HONESTLY_MISERABLE_OUT), [group('concern', 'low mood', [HONESTLY_MISERABLE])]],
  [unless(String.raw`\b(?:lunch|lunchtime|midday|noon|breakfast|elevenses|\d+ ?am|school run)\b`, BOTTLE_AT_LUNCH_OUT), [group('concern', 'drinking or drugs to cope', [BOTTLE_AT_LUNCH])]],
  [unless(String.raw`\b(?:hanged|hung|shot|strung up|against a wall|at the stake|tarred)\b`, SHOULD_BE_HANGED_OUT), [group('concern', 'joked about hurting someone', [SHOULD_BE_HANGED])]],
] as const;
