// Typed fast on a cracked phone: autocorrect swaps, voice-to-text, words run together or cut short
// ("agen", "wud", "cud", "usless", "forevr", "drownin"), emoji and text-speak, with the risk said in
// half a sentence and no subject.
// Crisis: "will not be around long enough for it to matter"; cannot shake the idea of ending things;
// talking themselves out of doing something to themselves; a date set for after someone's wedding
// "so i do not ruin her day"; stood on the ledge, bottled it, going back; "the thing with the compass"
// or a blade again, plasters needed more than a job; bringing something to work to sort the
// supervisor out; making the old job pay so they see it on the news; the hammer behind the door for
// the bailiffs "and i will use it"; careful what they say at home "or i get hurt", hurt at home again
// and not the first time; hell to pay if the phone is not answered on the first ring; a partner who
// deletes the emails from employers; meals skipped so the kids could eat and now nothing even for them.
// Concern (in ./crackedPhoneFunksBlahAndBayLeafsPatterns.ts): stuck like this forever, useless at
// everything, the worst candidate they ever had, who would want me, smoking the green stuff to sleep,
// a drink before the appointments, the "bay leafs" (bailiffs) coming, loan companies on their back,
// nightmares every night, watching the ceiling till the birds start, drowning in it all, breaking
// down at the smallest things, lost interest in what they loved, in a funk, "blah"; could strangle the
// receptionist, throw mum out the window.
// Each rests on two parts of the message or on a whole phrase with no subject, so it is read in the
// whole message and the classifier's training text is not rewritten. Emoji are gone once the text is
// normalised, so a message said only in emoji ("a coffin, that is the dream") is not read here.
// Look-alikes of our own are in test/domain/riskSixtyEighthForms.test.ts.
// Normalised words, as in riskPatterns.ts ("wont" is "will not", "im" is "i am", "i'll" is "ill").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { SIXTY_EIGHTH_CONCERN_SETS } from './crackedPhoneFunksBlahAndBayLeafsPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const STORY = String.raw`film|movie|show|series|episode|book|novel|character|game|song|lyrics?|podcast|documentary|play`;
const PARTNER = String.raw`(?:he|she|they|my (?:fella|feller|partner|husband|boyfriend|bf|wife|girlfriend|gf|man|missus|ex|other half|fiance|fiancee))`;
const OTHER_SUBJECT = String.raw`(?<!\b(?:he|she|it|they|you|we|that|this|which|who|battery|phone|car|job|contract|offer|role|post) )`;

// --- Crisis -------------------------------------------------------------------------------------
const NOT_AROUND_TO_MATTER = pattern`${OTHER_SUBJECT}\b(?:will not|am not going to|probably will not|hopefully will not|might not|may not) be (?:around|here|alive|about|on this earth) (?:long enough|that long|for long enough) (?:for (?:it|any of it|that|this|them|the \w+) to (?:matter|count|make a difference|be a problem|kick in|affect me)|to (?:see|care|worry about|need|find out|start|get|pay|do)\b)`;
const NOT_AROUND_EXCLUDE = String.raw`\b(?:temp|temporary|contract|fixed term|notice|leaving the|moving|emigrating|visa|placement|internship|maternity cover|agency|probation|season|seasonal|retire|retiring|retirement|pension|plant|fish|dog|cat|hamster|laptop|phone|car|battery|${STORY}|${LAUGH})\b`;

const IDEA_OF_ENDING = pattern`\b(?:can not|could not|do not seem to be able to|unable to|trying to) (?:shake|shift|stop|get rid of|get past|switch off|ignore|drown out|get away from) (?:the |this |that |these |those )?(?:idea|ideas|thought|thoughts|urge|urges|pull|feeling) (?:of|about) (?:ending (?:it|it all|things|my life|everything)|killing myself|topping myself|not being here|not waking up|jumping|stepping out in front|finishing it|checking out)\b`;
const IDEA_EXCLUDE = String.raw`\b(?:ending (?:it|things) with|relationship|boyfriend|girlfriend|marriage|engagement|friendship|tenancy|contract|subscription|lease|course|degree|apprenticeship|job|career|business|partnership|band|series|season|${STORY})\b`;

const TALK_OUT_OF = pattern`\b(?:talk|talking|talked|talkin|argue|arguing|argued) (?:myself|my self) (?:out of|down from) (?:doing |not doing )?(?:something|anything|summat|it|something stupid|something daft) (?:to|on) (?:myself|my self|me)\b|\b(?:talk|talking|talked|talkin) (?:myself|my self) (?:out of|down from) (?:hurting|harming|killing|ending|cutting|topping|doing in) (?:myself|my self|it)\b`;

const DATE_SET = pattern`^(?=.*\b(?:set|picked|pick|chosen|chose|choose|decided on|settled on|got) (?:a |the |my )?(?:date|day)\b)(?=.*\bso (?:i|it|that i|that it) (?:do not|does not|will not|would not|can not) (?:ruin|spoil|wreck|mess up|overshadow|ruin it for|spoil it for)\b)`;
const DATE_EXCLUDE = String.raw`\b(?:interview|start date|starting|induction|training|course|exam|test|move|moving|removals?|appointment|meeting|party|holiday|trip|tell|telling|told|announce|news|pregnant|baby|engagement|quit|quitting|hand in|notice|resign|leaving do|surprise|proposal|propose|gender reveal|our wedding|my wedding|${LAUGH})\b`;

const HIGH_PLACE = String.raw`(?:ledge|edge|bridge|railings?|roof|rooftop|parapet|platform edge|cliff|cliff edge|top of the car park|top floor|multi storey)`;
const LEDGE_BOTTLED = pattern`^(?=.*\b(?:stood|standing|stand|was|got|went|climbed|climb|sat|sitting|been) (?:up |out )?(?:on|onto|up on|out on|over|to|at|by) (?:the |a |that )?${HIGH_PLACE}\b)(?=.*\b(?:bottled it|bottled|chickened out|lost my nerve|lost the nerve|could not do it|could not go through|did not have the guts|did not have the bottle|wimped out|froze|backed out|came down)\b)`;
const LEDGE_EXCLUDE = String.raw`\b(?:bungee|zip ?line|zip wire|diving board|high dive|climbing wall|abseil|abseiling|skydive|skydiving|parachute|tombstoning|cliff jump|theme park|ride|roller coaster|window cleaner|roofer|roofing|scaffold|scaffolding|harness|cat|kitten|dog|pigeon|he|she|my (?:son|daughter|mate|friend|brother|sister)|${STORY}|${LAUGH})\b`;

const BLADE_THING = String.raw`(?:compass|compasses|sharpener|sharpener blade|razor|razors|razor blade|blade|blades|safety pin|needle|scissors|lighter)`;
const THE_THING_AGAIN = pattern`\b(?:doing|done|did|do|started|back to) (?:the|that|my) (?:thing|old thing|stuff) with (?:the |a |my )?${BLADE_THING}\b|\b(?:using|used|use|been at|got) (?:the |a |my )?${BLADE_THING} on (?:myself|my self|my (?:arm|arms|leg|legs|wrist|wrists|thigh|thighs|skin|stomach|hand|hands))\b`;
const THING_EXCLUDE = String.raw`\b(?:circles?|maths|geometry|drawing|draw|diagram|protractor|orienteering|map|navigation|hiking|compass app|north|directions|shaving|shave|beard|legs smooth|hair|haircut|fringe|sewing|knitting|crafts?|splinter|${STORY}|${LAUGH})\b`;

const PLASTERS = pattern`\b(?:need|needing|buying|bought|go through|going through|going thru|go thru|gone through|gone thru|went through|went thru|ran out of|run out of|running out of|used up|stocking up on) (?:more |so many |a lot of |loads of |boxes of |a box of |all the )?(?:plasters|bandages|steri strips|dressings|gauze) (?:more than i need (?:a|the|this|any)|than (?:a|any) job|like nobodys business|every (?:day|night|week) (?:again|now)|again for my (?:arms|legs|wrists|thighs))\b`;
const PLASTER_EXCLUDE = String.raw`\b(?:kids?|children|son|daughter|toddler|baby|blisters?|new shoes|boots|heels|first aid|nurse|ward|care home|chef|kitchen|warehouse|stock|shop|pharmacy|paper cut|dog|cat|surgery|operation|tattoo|piercing|football|rugby|hiking|running|marathon|plastering|plasterer|plasterboard|wall|walls|ceiling|${LAUGH})\b`;

const WORK_PLACE = String.raw`(?:work|the office|site|the site|the shop|the warehouse|the jobcentre|the job centre|the depot|the yard|the meeting|the agency|the factory|the kitchen|his office|the interview|college)`;
const TO_SORT = String.raw`(?:sort|deal with|teach|shut|do|finish|settle|hurt|stab|show|shut up|get|end|take care of|silence|fix) (?:him|her|them|that \w+|the \w+|this \w+|it) ?(?:out|up|in|off|once and for all|a lesson|for good)?`;
const BRING_TO_WORK = pattern`\b(?:bringing|bring|brought|taking|take|carrying|carry|tooled up|going in with) (?:something|summat|a knife|a blade|a bat|a hammer|a weapon|a machete|my knife|a screwdriver|a crowbar|a tool|something sharp|something heavy|something in) (?:in )?(?:in)?(?:to|with me to) ${WORK_PLACE} (?:to|and|so i can|that will|and that will|and that should|and that is going to) ${TO_SORT}\b`;
const BRING_EXCLUDE = String.raw`\b(?:cake|cakes|biscuits|lunch|doughnuts|donuts|treats|sweets|chocolates?|birthday|leaving do|card|present|gift|evidence|complaint|tribunal|hr|union|grievance|rep|solicitor|lawyer|recording|notes|letter|note|paperwork|cold|flu|sick|ill|medicine|tablets|lemsip|soup|hangover|printer|computer|laptop|till|van|machine|forklift|${LAUGH})\b`;

const MAKE_THEM_PAY = pattern`^(?=.*\b(?:make|making|made) (?:them|him|her|everyone|every one|the lot of them|the lot|those \w+|that place|the place|the \w+ (?:at|from) \w+) (?:all |all of them |every one of them )?pay\b|.*\b(?:get|getting) (?:them|him|her|my own back|my revenge|revenge|even with (?:them|him|her))\b)(?=.*\b(?:(?:see|read|hear|be|watch) (?:about )?(?:it |me |us |them )?(?:on|in|all over) the (?:news|papers)|(?:all over|on|in) the (?:papers|news|headlines)|make the news|make the headlines|be on the news|be in the papers|front page)\b)`;
const PAY_EXCLUDE = String.raw`\b(?:tribunal|solicitor|lawyer|claim|court|review|reviews|glassdoor|tiktok|post|posting|expose|exposing|journalist|reporter|whistle|whistleblow|whistleblowing|story|complaint|sue|suing|press|leak|employment|union|petition|protest|strike|boycott|go viral|viral|${STORY}|${LAUGH})\b`;

const CALLER = String.raw`(?:bailiffs?|bay leafs|bay leaves|debt collectors?|enforcement (?:officers?|agents?)|enforcers|collectors?|landlord|landlords|repo m[ae]n|heavies|loan shark|loan sharks)`;
const WEAPON = String.raw`(?:baseball bat|cricket bat|bat|hammer|crowbar|machete|knife|iron bar|golf club|poker|axe|shotgun|gun|cosh|wrench|spanner|blade)`;
const WEAPON_USED = pattern`^(?=.*\b${WEAPON}\b)(?=.*\b${CALLER}\b)(?=.*\b(?:i will|ill|i am going to|i would|i swear i will|i will not hesitate to|i will not be afraid to|i am not afraid to|i am ready to) (?:fucking |bloody |actually |definitely )?use it\b)`;
const WEAPON_EXCLUDE = String.raw`\b(?:cricket (?:match|club|team|season|game)|softball|rounders|baseball (?:game|match|team|club|cap)|diy|shelves|shelf|picture|nails?|fix|fixing|lock|door is broken|present|gift|${STORY}|${LAUGH})\b`;

const HURT_WORD = String.raw`(?:hurt|hit|battered|beaten|beat|beaten up|a beating|a kicking|knocked about|smacked about|slapped about|thrown about|punched|kicked|strangled|choked|dragged)`;
const OR_I_GET_HURT = pattern`${NOT_BEFORE}\b(?:careful|watch|mind) (?:what|how|where|who|when) i (?:say|speak|talk|act|do|behave|look|go|text|wear|spend)\b(?: \w+){0,8}? (?:or|otherwise|or else|else) (?:i|i will|ill|i do|i might|i could) (?:get|gets|be|end up) ${HURT_WORD}\b|\b(?:careful|watch) (?:what|how) i (?:say|speak|talk|act|do|behave)\b(?: \w+){0,8}? (?:or|otherwise|or else) (?:he|she|they|my \w+) (?:hurts|hits|beats|will hurt|will hit|batters|will batter|kicks off on) me\b`;
const HURT_AGAIN = pattern`^(?=.*\b(?:got|get|getting|been|was|were|ended up) ${HURT_WORD} (?:again |agen |agin |again and again )?(?:at home|in the house|in my own home|indoors|by (?:him|her|my (?:partner|husband|wife|boyfriend|girlfriend|fella|bf|gf|dad|stepdad|step dad|mum|brother|ex|other half)))\b)(?=.*\b(?:again|agen|agin|not the (?:first|1st) time|will not (?:be|b) the last|every (?:week|night|time|other day)|still happening|keeps happening|happens a lot)\b)`;
const HURT_EXCLUDE = String.raw`\b(?:fell|fall|falling|slipped|tripped|stairs|ladder|diy|back|knee|ankle|wrist|shoulder|neck|injury|injured|accident|kitchen|oven|knife|football|rugby|match|gym|training|boxing|sparring|martial|game|dog|cat|toddler|baby|feelings|pride|upset|offended|school|when i was|as a (?:kid|child|boy|girl|lad)|growing up|used to|years ago|${STORY}|${LAUGH})\b`;

const HELL_TO_PAY = pattern`\bif i (?:(?:do not|did not|fail to|forget to|take too long to|am slow to|do not immediately) (?:answer|pick up|reply|text back|ring back|call back|message back|respond|answer the phone|answer my phone|pick up the phone|pick up my phone)|(?:miss|missed|ignore|ignored) (?:a|one|his|her|their|one of his|one of her|one of their) (?:calls?|texts?|messages?))(?: \w+){0,6}? (?:there is|there will be|there would be|it is|then there is|then it is) (?:hell to pay|murders|war|all hell|trouble|a world of trouble)\b|\bif i (?:(?:do not|did not|fail to|forget to|take too long to) (?:answer|pick up|reply|text back|ring back|call back|respond)|(?:miss|missed|ignore|ignored) (?:a|one|his|her|their) (?:calls?|texts?|messages?))(?: \w+){0,6}? (?:he|she|they|my \w+) (?:goes mental|goes mad|goes ballistic|loses it|flips|kicks off|explodes|goes crazy|accuses me)\b`;
const HELL_EXCLUDE = String.raw`\b(?:boss|manager|supervisor|work|shift|client|clients|customers?|on call|agency|recruiter|office|mum|mam|mom|mother|nan|gran|dad|teacher|school|coach|team|${STORY}|${LAUGH})\b`;

const MAIL = String.raw`(?:emails|email|letters|letter|messages|texts|post|mail|job offers|offers|interview letters|invites|invitations|calls|voicemails)`;
const DELETES_MAIL = pattern`\b${PARTNER} (?:deletes|deleted|keeps deleting|hides|hid|bins|binned|rips up|ripped up|tears up|tore up|throws away|threw away|throws out|blocks|blocked|intercepts) (?:all )?(?:my |the |any )?${MAIL} (?:from|about) (?:employers|jobs|the jobcentre|job centre|the agency|agencies|recruiters|the college|interviews|work|companies)\b|\b${PARTNER} (?:deletes|deleted|keeps deleting|hides|hid|bins|binned|rips up|ripped up|tears up|tore up|throws away|threw away|intercepts) (?:all )?(?:my |the |any )?(?:\w+ )?${MAIL}(?: \w+){0,3}? (?:before i (?:see|read|get|open|can)|so i (?:can not|do not|never|miss)|and i never see)\b`;
const MAIL_EXCLUDE = String.raw`\b(?:spam|junk|filter|phishing|scam|scams|boss|manager|hr|colleague|coworker|assistant|secretary|it department|inbox full|storage|outlook|gmail|app|phone|glitch|bug|postman|postie|dog|puppy|toddler|son|daughter|${LAUGH})\b`;

const KIDS = String.raw`(?:them|the kids|my kids|the children|my children|the baby|the little ones|the boys|the girls|my son|my daughter|my boy|my girl|us|any of us)`;
const NOTHING_FOR_THEM = pattern`^(?=.*\b(?:skipped|skipping|skip|gone without|going without|went without|not eaten|missed|missing|cut out|stopped eating|not had) (?:\w+ )?(?:meals|meal|food|eating|dinners?|teas?|lunch|breakfast|breakfasts)\b)(?=.*\b(?:now|today|tonight|and) (?:there is|there are|we have|i have|we got|i got|got) (?:nothing|no food|nothing left|not a thing|nothing at all|nothing in) (?:even |left |left even |in the (?:cupboards?|fridge|house) )?(?:even )?(?:for|to feed|to give) ${KIDS}\b|.*\bnothing (?:left )?(?:even )?(?:for|to feed) ${KIDS} (?:now|today|tonight|either)\b)`;
const NOTHING_EXCLUDE = String.raw`\b(?:diet|dieting|fast|fasting|ramadan|lent|slimming|dog|cat|packed lunch|school trip|presents|christmas presents|birthday|party|treats|sweets|pocket money|toys|${LAUGH})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SIXTY_EIGHTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bbe (?:around|here|alive|about|on this earth) (?:long enough|that long|for long enough)\b`, NOT_AROUND_EXCLUDE), [group('crisis', 'wishes to be dead', [NOT_AROUND_TO_MATTER])]],
  [unless(String.raw`\bof (?:ending|killing|topping|not being|not waking|jumping|stepping|finishing|checking)\b`, IDEA_EXCLUDE), [group('crisis', 'thoughts of suicide', [IDEA_OF_ENDING])]],
  [unless(String.raw`\b(?:myself|my self) (?:out of|down from)\b`, String.raw`\b(?:${STORY}|${LAUGH})\b`), [group('crisis', 'thoughts of suicide', [TALK_OUT_OF])]],
  [unless(String.raw`\b(?:ruin|spoil|wreck|mess up|overshadow)\b`, DATE_EXCLUDE), [group('crisis', 'a plan to end their life', [DATE_SET])]],
  [unless(String.raw`\b(?:bottled|chickened|nerve|could not do it|could not go through|guts|bottle|wimped|froze|backed out|came down)\b`, LEDGE_EXCLUDE), [group('crisis', 'preparing to end their life, or a past attempt', [LEDGE_BOTTLED])]],
  [unless(BLADE_THING, THING_EXCLUDE), [group('crisis', 'self-harm', [THE_THING_AGAIN])]],
  [unless(String.raw`\b(?:plasters|bandages|steri strips|dressings|gauze)\b`, PLASTER_EXCLUDE), [group('crisis', 'self-harm', [PLASTERS])]],
  [unless(String.raw`\b(?:bringing|bring|brought|taking|take|carrying|carry|tooled up|going in with)\b`, BRING_EXCLUDE), [group('crisis', 'harm to someone else', [BRING_TO_WORK])]],
  [unless(String.raw`\b(?:news|papers|headlines|front page)\b`, PAY_EXCLUDE), [group('crisis', 'harm to someone else', [MAKE_THEM_PAY])]],
  [unless(String.raw`\buse it\b`, WEAPON_EXCLUDE), [group('crisis', 'harm to someone else', [WEAPON_USED])]],
  [unless(String.raw`\b(?:careful|watch|mind) (?:what|how|where|who|when) i\b`, HURT_EXCLUDE), [group('crisis', 'abuse or violence', [OR_I_GET_HURT])]],
  [unless(String.raw`\b(?:again|agen|agin|first time|1st time|the last|every (?:week|night|time|other day)|still happening|keeps happening|happens a lot)\b`, HURT_EXCLUDE), [group('crisis', 'abuse or violence', [HURT_AGAIN])]],
  [unless(String.raw`\b(?:hell to pay|murders|war|all hell|trouble|goes mental|goes mad|goes ballistic|loses it|flips|kicks off|explodes|goes crazy|accuses me)\b`, HELL_EXCLUDE), [group('crisis', 'coercive control', [HELL_TO_PAY])]],
  [unless(String.raw`\b(?:deletes|deleted|deleting|hides|hid|bins|binned|rips|ripped|tears|tore|throws|threw|blocks|blocked|intercepts)\b`, MAIL_EXCLUDE), [group('crisis', 'coercive control', [DELETES_MAIL])]],
  [unless(String.raw`\bnothing\b`, NOTHING_EXCLUDE), [group('crisis', 'no safe place, food or power tonight', [NOTHING_FOR_THEM])]],
  ...SIXTY_EIGHTH_CONCERN_SETS,
];
