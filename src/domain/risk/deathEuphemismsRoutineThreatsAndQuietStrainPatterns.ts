// Crisis: death as a rest preferred to living ("the long sleep sounds better than this", "eternal
// rest would be a relief"); "ready to go ... not to work ... to go go / for good"; hoping not to be
// in the future; not bothered about being here at all; swapping places with someone in the grave;
// a carer or partner leaving the client without food, water or medication; hands squeezed round
// the neck or throat; a grudge or threat said together with knowing the target's routine ("i know
// what time he leaves the gym", "been watching who opens up"); setting fire with people inside.
// Concern: lying awake going over things till it gets light; exhausted yet can not drop off at
// night; too anxious to eat, for days or before and after; hungover most mornings; evenings silent
// since the kids or a partner left; "i ruin every job i get", "i am the problem"; confidence at zero,
// "no point pretending"; joked harm ("he is going in the boot", "he is a dead man walking", "go
// round with a hammer"). Read in the whole message, so the classifier's training text is not
// rewritten. Look-alikes of our own are in test/domain/riskFortiethForms.test.ts.
// Normalised words, as in riskPatterns.ts ("won't" is "will not", "i'm" is "i am").
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';


// --- Crisis -------------------------------------------------------------------------------------
const LONG_SLEEP = pattern`\b(?:the (?:long|big|endless|eternal|final|last|forever) (?:sleep|rest|nap)|eternal (?:sleep|rest)|a sleep i (?:do not|will not|would not) wake (?:up )?from|sleeping forever|sleep forever|never waking up)\b (?:sounds|seems|looks|feels|would be|would feel|is looking|is sounding) (?:so |really |quite |pretty |much |a lot |way )?(?:better|good|nice|appealing|tempting|peaceful|inviting|lovely|like a relief|like bliss|preferable)\b`;
const I_WANT_LONG_SLEEP = pattern`${NOT_BEFORE}\bi (?:want|long for|crave|need|am ready for|would welcome|just want) (?:the (?:long|big|endless|eternal|final) sleep|eternal (?:sleep|rest)|to sleep forever|to sleep and never wake up)\b`;

const GO_GO = pattern`\b(?:ready|time|want|going|about|need) to go\b(?: \w+){0,4}? not (?:to|for|into|in|on) (?:\w+ ){1,3}?(?:i mean )?(?:to go go|go go|for good|go for good|go properly|gone gone|go permanently|go forever|go for ever|the other kind|the final kind|the permanent kind)\b`;

const FUTURE = String.raw`\b(?:future|years ahead|years to come|next year|next ten years|old age|retire|retirement|pension|plans|five year plan|ten years)\b`;
const PICTURED = String.raw`\b(?:photo|photos|picture|pictures|pic|pics|video|film|rota|team|meeting|group chat|chat|play|show|advert|brochure|draw|raffle|queue|line up|lineup|cast|squad|list|shortlist)\b`;
const NOT_IN_IT = pattern`${NOT_BEFORE}\bi (?:just )?(?:hope|wish|pray|think i would rather) (?:that )?i (?:am not|will not be|will not even be|am not going to be|will not still be|am never) (?:in it|around for it|here for it|part of it|there for it|alive for it|in them|around to see it|here to see it)\b`;

const NOT_BOTHERED_HERE = pattern`\bnot (?:really |even |that |too |all that |overly )?(?:bothered|fussed|caring|too fussed|arsed|sure i care) (?:about|whether|if) (?:i am |i keep |i go on )?(?:being here|being alive|living|staying alive|still being here|breathing|waking up|existing|being around)\b(?! (?:for|early|on|by|in|today|tomorrow|this|next|until|till|when|long|late|with|at (?!all))\b)`;

const DEAD_PLACE = String.raw`(?:in (?:the|her|his|their) (?:cemetery|grave|graveyard|ground|coffin|urn|churchyard|crematorium)|who (?:is|are|has|have) (?:dead|died|passed|passed away|gone)|(?:that|who) (?:died|passed)|six feet under)`;
const SWAP_PLACES = pattern`\b(?:swap|trade|change|switch) (?:places|place) with (?:my |our |a |the |someone |anyone |him |her |them )?(?:\w+ ){0,3}?${DEAD_PLACE}\b`;

const ABUSER = String.raw`\b(?:he|she|they|my (?:carer|carers|partner|husband|wife|boyfriend|girlfriend|mum|mam|dad|son|daughter|ex|stepdad|stepmum|landlord|landlady|brother|sister|fiance|fiancee))\b`;
const WITHHELD = pattern`${ABUSER}(?: \w+){0,10}? (?:leaves|left|keeps|kept|locks|locked|leave|keep|lock) me (?:in (?:my|the) room )?(?:without|with no) (?:any )?(?:food|water|anything to eat|a drink|anything to drink|my (?:meds|medication|tablets|insulin|inhaler|wheelchair|glasses|hearing aid|phone)|meds|medication|heating)\b`;
const WITHHELD_NOT = String.raw`\b(?:shift|shifts|rota|lunch break|canteen|interview|work|job|course|training|sandwich|packed lunch|forgot|forgets|by accident|accidentally|cafe|restaurant)\b`;

const HANDS = oneOf('squeezed', 'squeezes', 'squeezing', 'gripped', 'grips', 'grabbed', 'grabs', 'pressed on', 'presses on', 'pressed down on', 'held', 'holds', 'pinned', 'pins', 'crushed', 'put (?:his|her|their|both) hands? (?:round|around|on)', 'had (?:his|her|their|both) hands? (?:round|around|on)', 'puts (?:his|her|their|both) hands? (?:round|around|on)', 'wrapped (?:his|her|their) hands? (?:round|around)');
const NECK = pattern`\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|stepdad|brother|carer))\b(?: \w+){0,3}? ${HANDS} (?:me by )?(?:my|the) (?:neck|throat)\b(?! (?:brace|pillow|support|massage|tie|scarf|chain|muscles?)\b)`;
const TREATMENT = String.raw`\b(?:physio|physiotherapist|osteopath|osteo|chiropractor|massage|masseuse|dentist|doctor|gp|nurse|barber|hairdresser|paramedic|first aid|cpr|wrestling|jiu jitsu|bjj|judo|training|sparring|baby|toddler|dog|cat|puppy)\b`;

const GRUDGE = String.raw`\b(?:get what is coming|gets what is coming|got what is coming|get what he deserves|get what she deserves|get what they deserve|going to pay|is going to pay|will pay|make (?:him|her|them) pay|sort (?:him|her|them) out|payback|pay (?:him|her|them) back|deal with (?:him|her|them)|end (?:him|her|them)|torch|burn (?:it|the|them|him|her|down)|hurt (?:him|her|them)|regret (?:it|this|what))\b`;
const ROUTINE = String.raw`\b(?:i|we) (?:know|have been watching|been watching|have watched|watched|have been clocking|been clocking|have clocked|clocked|have been following|been following|followed|have been noting|noted|have worked out|worked out|found out|know exactly) (?:what time|when|where|which way|what route|what car|who|his route|her route|their route|his routine|her routine|their routine|where (?:he|she|they) (?:lives?|parks?|drinks?))\b`;
const THREAT_WITH_ROUTINE = new RegExp(String.raw`${GRUDGE}.*${ROUTINE}|${ROUTINE}.*${GRUDGE}`);
const FIRE_INSIDE = pattern`\b(?:torch|torching|burn|burning|set fire to|setting fire to|set light to|petrol bomb|firebomb|blow up|blowing up)\b(?: \w+){0,5}? with (?:them|him|her|everyone|all of them|the staff|people|the lot of them|them all) (?:still )?(?:inside|in it|in there|in the building|locked in)\b`;
const JOKING = String.raw`\b(?:film|movie|game|book|novel|story|lyrics|song|episode|series|play|panto|script)\b`;

// --- Concern ------------------------------------------------------------------------------------
const AWAKE_GOING_OVER = pattern`\b(?:i )?(?:lie|lay|lying|laying|am lying|was lying|stay|stayed|staying|am|was) (?:there |awake |in bed |up )*(?:going over|replaying|running through|thinking about|worrying about|worrying over|overthinking|stewing over|churning over)\b(?: \w+){0,6}? (?:till|until|til|into) (?:it gets light|it is light|its light|the birds|dawn|daylight|sunrise|morning|the early hours|\d ?am|three|four|five)\b`;
const CANT_DROP_OFF = pattern`\b(?:at night|in bed|every night|most nights|by night|when i go to bed|when i get into bed) i (?:can not|could not|just can not|still can not|never|do not|can never) (?:drop off|sleep|get to sleep|fall asleep|nod off|switch off|settle)\b(?! (?:with|without|if|unless|in|on|near|after|because|when)\b)`;
const NO_SLEEP_NOT = String.raw`\b(?:baby|newborn|teething|night shifts?|nights this week|excited|jet lag|jetlag|neighbours party|heatwave|too hot)\b`;
const TOO_ANXIOUS_EAT = pattern`\b(?:too|so) (?:anxious|nervous|stressed|worried|sick with nerves|wound up|on edge|panicky|churned up|knotted up) (?:to eat|that i can not eat|i can not eat|i could not eat|to keep (?:anything|food) down)\b(?=(?: \w+){0,6}? (?:or after|and after|for days|all week|at all|anything|properly|most days|any more|anymore|since|these days|lately|again|every day|for a week))`;
const HUNGOVER = pattern`\b(?:i am |i have been |been |am |i wake up |waking up )?(?:hungover|hung over|still drunk|rough from drinking|still half cut)\b (?:most|every|nearly every|pretty much every|half the|all the|a lot of the|more often than not|most of the) (?:mornings?|days?|time|week)\b(?! (?:of|on|at) (?:the|my|our|his|her) (?:stag|hen|holiday|festival|trip|honeymoon|cruise)\b)`;

const SILENT = pattern`\b(?:the )?(?:evenings|nights|weekends|house|flat|home|days|place|tea times|mornings) (?:are|is|have been|has been|feel|feels) (?:just |so |dead |really |completely |deathly |painfully |horribly |that )?(?:silent|empty|quiet|dead quiet|too quiet|lonely)\b`;
const LEFT_ME = String.raw`\b(?:kids|children|boys|girls|son|daughter) (?:live|lives|are living|is living|stay|stays|went|moved|have gone|has gone) (?:with|to) (?:their|my|his|her) (?:mum|mam|dad|ex|nan|gran)|\bsince (?:she|he|they) (?:left|went|moved out|passed|died)|\bsince the (?:divorce|split|break up|funeral)|\bsplit up|\bmoved out|\bon my own now|\bpassed away|\bwidowed\b`;
const GLAD_QUIET = String.raw`\b(?:finally|bliss|blissful|peace and quiet|lovely|nice|get some work done|get on with|productive|chance to|time to study|great|relaxing|holiday|back at school)\b`;

const RUIN_EVERY = pattern`${NOT_BEFORE}\bi (?:always )?(?:ruin|ruined|wreck|wrecked|mess up|messed up|screw up|screwed up|destroy|destroyed|spoil|spoiled|spoilt|sabotage|sabotaged|fuck up|fucked up|balls up|cock up) (?:every|each|all|any) (?:single )?(?:job|chance|opportunity|relationship|placement|interview|thing|role|friendship)s? (?:i (?:get|have|touch|start|go for|am given|try)|that comes? my way|going)\b|\bi (?:ruin|wreck|destroy|spoil|mess up) everything (?:i touch|i go near|good)\b|\bi am (?:always |just |clearly |obviously |honestly )?the problem\b(?! (?:solver|solving|child|with|here|of|in)\b)`;
const PROBLEM_NOT = String.raw`\b(?:lol|haha|printer|password|login|wifi|laptop|computer|parking|ticket)\b`;

const CONFIDENCE_ZERO = pattern`\bconfidence\b(?: \w+){0,5}? (?:zero|0|nil|none|minus \w+|non existent|nonexistent|gone|shot|rock bottom|on the floor|through the floor)\b(?! (?:up|through the roof|from strength|issues|problems|for (?:excel|maths|driving|the test)|in (?:excel|maths|the kitchen))\b)`;
const NO_POINT_PRETENDING = pattern`\bno point (?:pretending|faking it|faking|putting on a brave face|acting like i am (?:ok|okay|fine|alright)|lying about it) (?:any more |anymore )?(?:i am (?:ok|okay|fine|alright))?\b(?=.*\b(?:zero|0|nil|none|nothing|done|empty|gone|hopeless|no hope|rubbish|awful|crap|shit|low|down|numb)\b)`;
const SKILL_NOT = String.raw`\b(?:excel|spreadsheets?|maths|coding|python|driving|forklift|qualification|degree|cv says|on my cv|know how to|speak)\b`;

const HARM_JOKE = pattern`\b(?:he|she|they|you|him|her|them|dave|the \w+) (?:is|are|will be|is going|are going|will end up|ends up|goes|go) (?:going )?in the boot\b|\b(?:he|she|they|you) (?:is|are) (?:a )?dead (?:man|woman|men|meat|person) (?:walking)?\b|\bgo (?:round|over|next door|upstairs|downstairs)(?: there| to (?:his|hers|theirs|their house|his house|her house))? with (?:a|my|the) (?:hammer|bat|baseball bat|crowbar|cricket bat|golf club|machete|knife|axe|chainsaw)\b(?! (?:to (?:fix|put|hang|help|do|sort the)|and (?:fix|help|put))\b)`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FORTIETH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [/\b(?:sleep|rest|nap|waking)\b/, [group('crisis', 'wishes to be dead', [LONG_SLEEP, I_WANT_LONG_SLEEP])]],
  [/\bto go\b/, [group('crisis', 'intends to end their life', [GO_GO])]],
  [unless(FUTURE, PICTURED), [group('crisis', 'wishes to be dead', [NOT_IN_IT])]],
  [/\b(?:bothered|fussed|caring|arsed|care)\b/, [group('crisis', 'wishes to be dead', [NOT_BOTHERED_HERE])]],
  [/\bplaces?\b/, [group('crisis', 'wishes to be dead', [SWAP_PLACES])]],
  [unless(String.raw`\b(?:without|with no)\b`, WITHHELD_NOT), [group('crisis', 'abuse or violence', [WITHHELD])]],
  [unless(String.raw`\b(?:neck|throat)\b`, TREATMENT), [group('crisis', 'abuse or violence', [NECK])]],
  [unless(String.raw`\b(?:know|watch|watching|watched|clock|clocking|clocked|follow|following|followed|noted|noting|worked out|found out)\b`, JOKING), [group('crisis', 'harm to someone else', [THREAT_WITH_ROUTINE])]],
  [unless(String.raw`\bwith\b`, JOKING), [group('crisis', 'harm to someone else', [FIRE_INSIDE])]],
  [/\b(?:till|until|til|into)\b/, [group('concern', 'not eating or sleeping', [AWAKE_GOING_OVER])]],
  [unless(String.raw`\bi (?:can not|could not|just can not|still can not|never|do not|can never)\b`, NO_SLEEP_NOT), [group('concern', 'not eating or sleeping', [CANT_DROP_OFF])]],
  [/\beat\b|\bdown\b/, [group('concern', 'not eating or sleeping', [TOO_ANXIOUS_EAT])]],
  [/\b(?:hungover|hung over|drunk|drinking|half cut)\b/, [group('concern', 'drinking or drugs to cope', [HUNGOVER])]],
  [unless(LEFT_ME, GLAD_QUIET), [group('concern', 'feels alone', [SILENT])]],
  [unless(String.raw`\b(?:ruin|ruined|wreck|wrecked|mess|messed|screw|screwed|destroy|destroyed|spoil|spoiled|spoilt|sabotage|sabotaged|fuck|fucked|balls|cock|problem)\b`, PROBLEM_NOT), [group('concern', 'feels worthless', [RUIN_EVERY])]],
  [unless(String.raw`\b(?:confidence|pretending|faking|brave face|acting like)\b`, SKILL_NOT), [group('concern', 'hopelessness', [CONFIDENCE_ZERO, NO_POINT_PRETENDING])]],
  [/\b(?:boot|dead|hammer|bat|crowbar|machete|knife|axe|chainsaw|club)\b/, [group('concern', 'joked about hurting someone', [HARM_JOKE])]],
];
