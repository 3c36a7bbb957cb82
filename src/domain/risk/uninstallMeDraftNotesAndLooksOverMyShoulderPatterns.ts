// The kinds the hundred-and-seventieth blind split (very online young people: gamers, Discord and
// Reddit, memes and irony, risk hidden behind a joke; and their parents) found missed, written as
// general forms.
// Crisis: asking to be uninstalled or deleted in a game's words; a terminal diagnosis as a relief; a
// note written and kept in drafts; things given away and every server or account left; a place of
// ending that "keeps calling me"; a plaster on the arm and a cat they do not have; a list of people
// who wronged them, "this isnt a meme"; someone who will regret it, said dead serious; "he was
// looking over my shoulder" as why a reply was late; a card taken "to help me budget" and money
// begged back; zero food in the house.
// Concern: nothing to say out loud for days, everyone has a group chat but me, out of the house once
// this week; the family disappointment, no skills no personality; stuck like this forever; out by a
// date unless they get a job; a credit score gone below zero; "sad lol. thats the update".
// Look-alikes of our own are in test/domain/riskHundredAndSeventiethForms.test.ts. Normalised words
// ("i am" for "I'm", "do not" for "don't", "they will" for "they'll").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, SOMEONE_ELSE_SAID, unless } from './wholeMessageSets.ts';

// --- Crisis: a wish to be gone, in a game's words, or as a diagnosis hoped for ----------------------
const UNINSTALL_ME = pattern`(?:^|\b(?:just |please |pls |someone |somebody |can someone |can somebody |i want to |i wish i could |wish i could )?)(?:uninstall me|delete me|delete my save(?: file)?|delete (?:the )?save file|alt f4 me|ctrl alt delete me|end my run|end my save|do not respawn me|no respawns?|log me out (?:for good|permanently|of life)|unsubscribe me from life|unsubscribe from life|rage quit (?:life|irl|real life))\b(?! (?:from|off|out of|on|in|as)\b)`;
const UNINSTALL_OUT = String.raw`\b(?:game|gaming|app|the app|account|profile|data|gdpr|email|emails|newsletter|mailing list|group chat|spam|my cv|the cv|photos|pictures|messages|this chat|my details|my answers)\b(?! (?:and|then) )|${SOMEONE_ELSE_OR_A_STORY}`;
const DIAGNOSIS_AS_RELIEF = pattern`\b(?:terminal|cancer|life limiting|incurable) (?:diagnosis|illness|news)\b(?: \w+){0,6}? (?:thank god|thank fuck|thank goodness|finally|relief|a relief|good news|id be happy|i would be happy|i would be glad|i would be relieved|wouldnt mind|would not mind|id welcome it|i would welcome it|sign me up)\b`;

// --- Crisis: getting ready ------------------------------------------------------------------------------
const NOTE_IN_DRAFTS = pattern`\b(?:wrote|written|writing|typed|finished|done) (?:a|the|my) (?:note|goodbye|goodbye message|last message|letter to everyone)\b(?! (?:to|for) (?:my |the )?(?:landlord|boss|manager|school|teacher|gp|doctor|council|adviser|work|nursery|college))(?=.*\b(?:in my drafts|in drafts|my drafts|saved it|scheduled|not sent|have not sent|havent sent|for after|for when|ready to send)\b)`;
const NOTE_OUT = String.raw`\b(?:cover letter|covering letter|cv|application|thank you note|thank you|sick note|fit note|doctors note|note from|notes for|notes on|revision|lecture|meeting|minutes|shopping|to do list|grocery|birthday|christmas|card)\b|${SOMEONE_ELSE_OR_A_STORY}`;
const GAVE_IT_ALL_AWAY = pattern`^(?=.*\b(?:gave away|give away|giving away|given away|gave|sold|selling|handed out|binned) (?:my |all my |all of my |the )?(?:switch|xbox|ps5|ps4|playstation|console|pc|gaming pc|games|all my games|collection|cards|figures|stuff|things|plushies|setup|laptop)\b)(?=.*\b(?:left|leaving|deleted|deleting|wiped|closed|muted) (?:all |every |all of )?(?:my |the )?(?:discord|servers|discord servers|accounts|socials|group chats|chats|instagram|insta|snap|snapchat|tiktok|twitter|reddit|steam)\b)`;
const GAVE_AWAY_OUT = String.raw`\b(?:upgrade|upgrading|new one|new console|ps6|moving|moved|move house|new phone|detox|digital detox|screen time|focus|concentrate|revision|revise|exams|job hunt|job search|job hunting|for the job|productive|productivity|money for|pay rent|to pay)\b|${SOMEONE_ELSE_OR_A_STORY}`;
const PLACE_CALLING = pattern`\b(?:the |that )?(?:overpass|flyover|bridge|footbridge|viaduct|tracks|train tracks|railway|level crossing|river|canal|cliff|cliffs|edge|ledge|roof|rooftop|car park roof|top floor|motorway|a road|dual carriageway|reservoir|quarry|sea|pier)\b(?: \w+){0,4}? (?:keeps calling|keep calling|is calling|are calling|has been calling|calls|calling) (?:me|my name|to me)\b`;
const PLACE_CALLING_OUT = String.raw`\b(?:holiday|trip|walk|walking|hike|hiking|swim|swimming|surf|surfing|fishing|paddle|view|views|photos|camping|beach|job|shift|work)\b|${SOMEONE_ELSE_OR_A_STORY}`;
const CAT_I_DO_NOT_HAVE = pattern`^(?=.*\b(?:plaster|plasters|bandage|bandages|bandaged|long sleeves|sleeves|marks|scratches|cuts|scars) (?:\w+ ){0,3}?(?:on|over|up|down|covering) (?:my )?(?:arm|arms|wrist|wrists|thigh|thighs|leg|legs)\b)(?=.*\b(?:i (?:do not|dont) (?:even )?(?:have|own) a (?:cat|dog|kitten)|asked if i (?:had|have) a cat|said it was the cat|blamed the cat|cat scratch(?:es)?\b.*\bno cat)\b)`;

// --- Crisis: harm to someone else ------------------------------------------------------------------------
const LIST_OF_WRONGS = pattern`^(?=.*\b(?:a|my|the) (?:list|hit list|kill list|names list) of (?:people|everyone|the people|them) (?:who|that) (?:wronged|hurt|crossed|screwed|fucked|did|bullied|sacked|fired|mugged) (?:me|us)\b)(?=.*\b(?:not a meme|is not a meme|irl|in real life|not joking|not even joking|for real|dead serious|i mean it|they will see|they will pay|they will regret)\b)`;
const THEY_WILL_REGRET = pattern`^(?=.*\b(?:(?:they|he|she|you|them|him|her) (?:will|are going to|is going to)|theyll|youll|hell|shell) (?:regret it|regret this|regret that|regret what|pay for (?:it|this|that|what)|be sorry)\b)(?=.*\b(?:dead serious|deadly serious|not joking|not even joking|i mean it|for real|this is not a meme|not a meme|on my life|tomorrow|tonight|going to (?:the|his|her|their) (?:office|house|work|flat|place|shop))\b)`;
const REGRET_OUT = String.raw`\b(?:${LAUGH}|review|reviews|trustpilot|glassdoor|tribunal|complaint|complain|ombudsman|solicitor|lawyer|union|acas|appeal|letter|email|report|reported|claim|sue|court|tweet|post about|rate them|one star|1 star|vote)\b`;

// --- Crisis: control, and nothing to eat ---------------------------------------------------------------
const OVER_MY_SHOULDER = pattern`\b(?:he|she|they|my (?:partner|boyfriend|girlfriend|husband|wife|fella|bf|gf|ex|dad|mum|stepdad)) (?:was|is|were|are|keeps|kept|has been)(?: \w+){0,2}? (?:looking over my shoulder|reading over my shoulder|watching what i (?:type|write|send)|reading my (?:messages|texts|screen)|checking what i (?:type|write|send))\b`;
const OVER_SHOULDER_OUT = String.raw`\b(?:boss|manager|supervisor|teacher|tutor|trainer|colleague|invigilator|instructor|interview|exam|test|course|training|work experience|on shift|at work)\b|${SOMEONE_ELSE_OR_A_STORY}`;
const CARD_TAKEN = pattern`^(?=.*\b(?:he|she|they|my (?:partner|boyfriend|girlfriend|husband|wife|fella|bf|gf|mum|dad|stepdad|brother|sister)) (?:took|takes|has taken|has|keeps|kept|holds) (?:my|all my) (?:bank |debit |credit )?(?:card|cards|bank card|money|wages|benefits|uc|universal credit|pay)\b)(?=.*\b(?:beg|begging|have to ask|got to ask|ask for|asking for|allowed|allow me|let me have|give me) (?:her |him |them )?(?:for )?(?:my own )?(?:money|bus money|bus fare|cash|a tenner|a fiver|change|pocket money|some back|it back|anything)\b)`;
const CARD_OUT = String.raw`\b(?:when i was (?:a kid|little|young|younger)|as a kid|growing up|lost my card|stolen|fraud|bank blocked|blocked my card|expired|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;
const ZERO_FOOD = pattern`\b(?:zero|literally no|literally zero|absolutely no|not a single bit of|no actual) food\b(?! bank| banks| shop| shopping| delivery| voucher| vouchers| waste| hygiene| safety| miles)`;
const ZERO_FOOD_OUT = String.raw`\b(?:diet|fasting|ramadan|fast|intermittent|cutting|bulking|calories|macros|gym|not hungry|game|sims|minecraft|stardew)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// --- Concern ------------------------------------------------------------------------------------------------
const NO_VOICE = pattern`\b(?:forgot|forgotten|forget) what my (?:own )?voice sounds like\b|\b(?:not|have not|havent|not once) (?:talked|spoken|said a word) (?:out loud|to anyone|to a (?:soul|human|person)) (?:in|for) (?:days|a week|weeks|ages)\b|\beveryones? (?:has|is in|has got|got|is got) (?:a |their )?(?:group chat|group|squad|mates)\b(?: \w+){0,2}? (?:except|but|apart from) me\b|\b(?:left|leave) the (?:house|flat) once (?:this|last|all) week\b`;
const NO_VOICE_OUT = String.raw`\b(?:laryngitis|sore throat|cold|flu|covid|tonsillitis|lost my voice|silent retreat|deaf|sign language|bsl|mute)\b|${SOMEONE_ELSE_OR_A_STORY}`;
const WORTH_NOTHING = pattern`\b(?:i am )?(?:the )?(?:family|familys|family s) (?:disappointment|failure|embarrassment|black sheep|let down)\b|\bno skills(?:,)? no (?:personality|friends|prospects|future)\b|\b0 ?(?:/|out of) ?10 would not (?:hire|recommend|date)\b`;
const STUCK_FOREVER = pattern`\b(?:i will|i am going to|i am gonna|ill) be (?:stuck|unemployed|like this|alone|a failure|on benefits|in this flat|at my parents) (?:like this )?(?:forever|for ever|for the rest of my life|until i die|til i die)\b|\bhope is for (?:people|other people|those)\b`;
const STUCK_OUT = String.raw`\b(?:traffic|queue|on hold|this game|this level|this boss|in this meeting|lift|elevator)\b|${SOMEONE_ELSE_SAID}`;
const OUT_UNLESS_JOB = pattern`\b(?:till|until|by) the end of (?:the|this|next) (?:month|week|year) to (?:move out|get out|leave|find somewhere)\b(?=.*\bif i (?:do not|dont|cannot|cant) (?:get|find) (?:a )?(?:job|work)\b)`;
const CREDIT_BELOW_ZERO = pattern`\bcredit score (?:go |gone |going |to go )?(?:negative|below zero|minus|into minus)\b|\bcredit score is (?:in the bin|zero|0|non existent|nonexistent|dead)\b`;
const SAD_UPDATE = pattern`^sad(?: lol| lmao| haha)?(?: that is it| thats it)?(?: that is the update| thats the update)?$`;

export const HUNDRED_AND_SEVENTIETH_WHOLE_SETS = [
  [unless(String.raw`\b(?:uninstall|delete|alt f4|ctrl|run|save|respawns?|log me out|unsubscribe|rage quit)\b`, UNINSTALL_OUT), [group('crisis', 'wishes to be dead', [UNINSTALL_ME])]],
  [unless(String.raw`\b(?:diagnosis|illness|news)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'wishes to be dead', [DIAGNOSIS_AS_RELIEF])]],
  [unless(String.raw`\bdrafts?\b|\bnot sent\b|\bhave not sent\b|\bscheduled\b|\bfor after\b|\bready to send\b|\bsaved it\b|\bfor when\b`, NOTE_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [NOTE_IN_DRAFTS])]],
  [unless(String.raw`\b(?:discord|servers|accounts|socials|group chats|chats|instagram|insta|snap|snapchat|tiktok|twitter|reddit|steam)\b`, GAVE_AWAY_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [GAVE_IT_ALL_AWAY])]],
  [unless(String.raw`\bcall(?:s|ing)?\b`, PLACE_CALLING_OUT), [group('crisis', 'thinking about a way to end their life', [PLACE_CALLING])]],
  [unless(String.raw`\b(?:cat|kitten|dog)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'self-harm', [CAT_I_DO_NOT_HAVE])]],
  [unless(String.raw`\blist of\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'harm to someone else', [LIST_OF_WRONGS])]],
  [unless(String.raw`\b(?:regret|pay for|be sorry)\b`, REGRET_OUT), [group('crisis', 'harm to someone else', [THEY_WILL_REGRET])]],
  [unless(String.raw`\bshoulder\b|\bwhat i (?:type|write|send)\b|\breading my\b`, OVER_SHOULDER_OUT), [group('crisis', 'coercive control', [OVER_MY_SHOULDER])]],
  [unless(String.raw`\b(?:card|cards|money|wages|benefits|uc|universal credit|pay)\b`, CARD_OUT), [group('crisis', 'coercive control', [CARD_TAKEN])]],
  [unless(String.raw`\bfood\b`, ZERO_FOOD_OUT), [group('crisis', 'no safe place, food or power tonight', [ZERO_FOOD])]],
  [unless(String.raw`\b(?:voice|talked|spoken|said a word|group chat|group|squad|mates|once)\b`, NO_VOICE_OUT), [group('concern', 'feels alone', [NO_VOICE])]],
  [unless(String.raw`\b(?:disappointment|failure|embarrassment|black sheep|let down|skills|would not)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'feels worthless', [WORTH_NOTHING])]],
  [unless(String.raw`\b(?:forever|for ever|rest of my life|until i die|til i die|hope is for)\b`, STUCK_OUT), [group('concern', 'hopelessness', [STUCK_FOREVER])]],
  [unless(String.raw`\bend of\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'may lose their home', [OUT_UNLESS_JOB])]],
  [/\bcredit score\b/, [group('concern', 'money worries', [CREDIT_BELOW_ZERO])]],
  [/^sad\b/, [group('concern', 'low mood', [SAD_UPDATE])]],
] as const satisfies readonly (readonly [RegExp, readonly RiskPatternGroup[]])[];
