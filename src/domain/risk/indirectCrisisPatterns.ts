// Crisis said without the obvious words: the Columbia ladder's upper rungs as people put them
// (a wish not to wake up, researching a method, a plan, putting affairs in order, a past attempt),
// coercive control without the word "abuse", and a night with no safe place, food or power.
// Like riskPatterns.ts, these run on normalised text: "wont" is "will not", "im" is "i am".
import { ADVERBS, CHILD, FAMILY, FEAR, MYSELF, PILLS, oneOf, pattern, UNTIL_HEALED, type RiskPatternGroup } from '../riskPatterns.ts';
import { GOODBYE_ELSEWHERE, GOODBYE_TO_SHIFTS } from './generalCrisisPatterns.ts';

const CONTROLLER = oneOf('he', 'she', `my ${FAMILY}`);
const LOOKED_UP = oneOf(
  'looked', 'looking', 'look', 'googled', 'googling', 'google', 'searched', 'searching', 'researched',
  'researching', 'reading', 'read', 'checked', 'checking', 'worked out', 'working out',
);
const FATAL = oneOf('fatal', 'lethal', 'deadly', 'enough to die', 'kill me', 'kill you', 'not wake up');
const NOT_HERE = oneOf('not here', 'not around', 'not alive', 'gone', 'dead', 'not in the picture', 'never born');
const BODY = oneOf('arm', 'arms', 'leg', 'legs', 'wrist', 'wrists', 'thigh', 'thighs', 'skin', 'stomach');

export const INDIRECT_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      pattern`\bif i (?:died|was dead|were dead|did not wake up|never woke up)\b(?: \w+){0,3} (?:would not|would not really|do not|would never|could not) (?:mind|care)\b`,
      pattern`\b(?:would not|do not|will not) (?:mind|care) if i (?:died|was dead|were dead|got hit|never woke up)\b`,
      pattern`\b(?:better|fine|manage|happier|easier)\b(?: \w+){0,3} without me\b|\bwithout me\b(?: \w+){0,3} (?:better|happier|easier)\b`,
      pattern`\b(?:want to|wish i could|rather|like)\b(?: \w+){0,3} not exist\b`,
      pattern`\bpray(?:ing)? (?:that )?(?:i )?(?:do not|will not|never) wake up\b`,
      pattern`\b(?:favour|favor|relief|better place|world)\b(?: \w+){0,3} if i (?:was|were|am) ${NOT_HERE}\b`,
      pattern`\brather (?:be dead|die|not be alive|not exist)\b`,
      pattern`\b(?:better off|happier|fine|okay|ok|better|easier) (?:for (?:everyone|them) )?if i (?:was|were|am) ${NOT_HERE}\b`,
      pattern`\b(?:go to sleep|sleep|fall asleep) and (?:not|never) wake up\b`,
      pattern`\b(?:would not|do not|will not) (?:mind|care) if i (?:did not|do not|never|did not ever) wake up\b`,
      pattern`\bwish i (?:would not|did not|could not|never|will not) wake up\b`,
      pattern`\bpray(?:ing)? (?:that )?(?:god|to god)? ?(?:just )?(?:takes|take|will take) me\b`,
      pattern`\b(?:will not|not going to) be (?:around|here) (?:much|for much|very much) longer\b`,
            pattern`\bno longer want to (?:live|be (?:here|alive|around)|exist)\b`,
      pattern`\bwish i could (?:just )?(?:not exist|stop existing|die|disappear forever|sleep forever|never wake up)\b`,
      pattern`\bwant to (?:not exist|stop existing|cease to exist)\b`,
      pattern`\b(?:tired|sick) of (?:being alive|existing)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      pattern`\b(?:telling me|tells me|told me|voices?) to (?:end it|kill ${MYSELF}|die|hurt ${MYSELF})\b`,
      pattern`\bno (?:reason|point) for me to (?:live|be alive|be here|go on|carry on)\b`,
      pattern`\bthoughts? (?:of|about) (?:taking my (?:own )?life|ending (?:it|it all|everything|things|my life)|killing ${MYSELF}|suicide|not being here)\b`,
      pattern`\b(?:think|thinking|thought) (?:about|of) (?:ending (?:it all|everything)|taking my (?:own )?life|suicide)\b`,
      pattern`\bwants? to end (?:it|it all|things|everything|my life)\b`,
      pattern`\bway out (?:except|but|other than|apart from) (?:ending|dying|death|suicide|killing)\b`,
      pattern`\bshould (?:just )?end (?:it|it all|everything|my life)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      // "the river view from my office", "the tracks on my playlist", "back to the bridge to take photos":
      // a view, music or a pastime, not a place to die
      pattern`\bkeep (?:looking|staring|going) (?:at|to|back to) the (?:\w+ )?(?:bridge|railway|tracks|cliff|cliffs|river|roof|edge)\b(?! (?:view|views)\b)(?!(?: \w+){0,2} (?:to (?:take|get|snap|paint|draw|sketch|photograph|film|watch|feed|fish)|for (?:photos|pictures|the view|a walk|walks))\b)(?!.*\b(?:spotify|playlist|album|wrapped|songs?|headphones)\b)`,
      pattern`\b(?:staring|stare|looking|look|looked) at (?:the|my|all the|all my) ${PILLS}\b`,
      pattern`\b(?:(?:can|could|would|will|do) (?:you|i|people|someone)|(?:you|i|people|someone) (?:can|could|would|will)) die (?:from|of|if)\b`,
      pattern`\bhow high\b(?: \w+){0,3} (?:bridge|building|car park|multi storey|roof|cliff|balcony|tower)\b`,
      pattern`\b(?:how high|what height)\b(?: \w+){0,6} (?:jump|fall|die)\b`,
      pattern`\b${LOOKED_UP}\b(?: \w+){0,4} (?:how many|how much) (?:${PILLS}|of my|it takes|it would take|would it take|would kill|to die)\b`,
      pattern`\b${LOOKED_UP}\b(?: \w+){0,4} (?:(?:the )?(?:quickest|easiest|fastest|best|least painful|painless|surest) ways? to (?:die|go|do it|end it|end my life|kill ${MYSELF})|how to (?:die|kill (?:${MYSELF}|yourself)|hang (?:${MYSELF}|yourself)|overdose|end it|end my life))\b`,
      pattern`\b(?:researching|researched|reading up on|reading about|read up on|looked up|googled|googling) (?:overdoses?|suicide|ways to die|hanging|lethal doses?)\b`,
      pattern`\bhow many (?:of (?:my|the|these|those) )?(?:sleeping )?${PILLS}\b(?: \w+){0,4} (?:${FATAL}|would it take|does it take|to die|would do it)\b`,
      pattern`\b(?:which|what) ${PILLS}\b(?: \w+){0,2} (?:are|is|would be) ${FATAL}\b`,
      pattern`\b(?:lethal|fatal) (?:dose|doses|amount|overdose)\b`,
      pattern`\b(?:think|thinking|thought) (?:about|of) (?:jumping|stepping in front|throwing ${MYSELF}|hanging ${MYSELF}|drowning ${MYSELF}|driving into|crashing my car)\b`,
      pattern`\b(?:which|what) (?:bridge|building|car park|cliff) (?:i would|id|i will|i am going to|to) jump\b`,
      pattern`\bi (?:could|might|should) (?:just )?(?:drive|crash)(?: my car)? into (?:a|the) (?:wall|tree|lorry|river|sea)\b`,
      pattern`\bwhere (?:i would|i will|id|i am going to) do it\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      pattern`\b(?:use it|use them|take them all|go through with it) (?:when|once|while|after) (?:everyone|everybody|no one|the kids|the house|my \w+|he|she|they)\b`,
      pattern`\bfor when i (?:do it|go through with it)\b`,
      pattern`\b(?:going to|will) do it (?:tonight|today|now)\b(?=.*\b(?:i am serious|i mean it|not joking)\b)`,
      pattern`\bi am going to die\b(?! (?:of|from|laughing|when|if|in))`,
      pattern`\bno one (?:can|will|could|is going to) stop me\b`,
      pattern`\b(?:drive|walk|go|swim|leave|head|disappear)\b(?: \w+){0,5} (?:and )?(?:not|never) (?:come|coming) back\b`,
      pattern`\b(?:rope|belt|cord|ligature|noose)\b(?: \w+){0,2} (?:is |are )?(?:ready|sorted|set up|tied|up)\b`,
      pattern`\b(?:chosen|picked|chose) (?:the|a) (?:bridge|cliff)\b`,
      pattern`\btonight is the night\b|\b(?:i am|i will|going to|about to) (?:be )?ending (?:it|things|it all|everything|my life)\b`,
      pattern`\b(?:take|taking|swallow|swallowing) (?:all of them|them all|the lot|the whole lot)\b(?! (?:to|round|back|into|away|home)\b)`,
      pattern`\b(?:go|going|went|drive|driving|walk|walking) (?:to|up to|down to) the (?:bridge|cliff|cliffs|railway|tracks|train tracks|multi storey|top floor|roof)\b(?: tonight| today| now| to jump| and jump| and end it)`,
      pattern`\b(?:know|worked out|decided) (?:exactly )?(?:how and when|when and how|how and where|where and when)\b`,
      pattern`\b${PILLS}\b(?: \w+){0,6} for (?:when i am ready|when the time comes)\b`,
      pattern`\b(?:plan|plans|planning|planned) (?:is )?(?:to|on) (?:end|ending|kill|killing|die|dying|overdose|overdosing|jump|jumping|take all|taking all|hang|hanging)\b`,
      pattern`\b(?:have|got|made|making|have got) a plan (?:to|for) (?:end|ending|kill|killing|die|dying|suicide|when)\b`,
      pattern`\b(?:enough|all (?:my|the)) ${PILLS} (?:stashed|hidden|saved|ready|put away|to do it|to end it|to die)\b`,
      pattern`\b${PILLS} (?:are |is )?(?:stashed|hidden|saved up|put away|ready) for\b`,
      pattern`\b(?:end|ending|ended) (?:it|things|everything|it all|my life) (?:tonight|today|tomorrow|this weekend|on \w+day|this week|soon|when)\b`,
      pattern`\b(?:ligature|noose)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      pattern`\b(?:sort|deal with) (?:out )?(?:everything|things|it all|my stuff) (?:after|when i am gone|once i am gone)\b|\bwhen i am (?:gone|dead|not here)\b`,
      pattern`\b(?:wrote|written|left) (?:a |my )?(?:note|letter) (?:and (?:hid|left|put)|under (?:my|the)|on the (?:table|bed|kitchen))`,
      pattern`\bsuicide (?:note|notes|letter|letters)\b`,
      pattern`\bgoodbye (?:letter|letters|note|notes|message|messages|video|text)\b`,
      pattern`\b(?:wrote|written|writing|left|leave|leaving) (?:a |my |some )?notes? (?:for|to) (?:everyone|everybody|my (?:family|kids|children|mum|dad|son|daughter|wife|husband|partner|sister|brother))\b`,
      pattern`\b(?:wrote|written|writing) letters (?:for|to) (?:everyone|everybody|my family|my kids|my children)\b`,
      pattern`\b(?:saying|said|say) (?:my )?goodbyes\b(?! to ${GOODBYE_TO_SHIFTS})(?<!${GOODBYE_ELSEWHERE}.*)(?!.*${GOODBYE_ELSEWHERE})|\bthis is (?:my )?goodbye\b(?! to (?:my |the |this )?(?:old |last )?(?:job|work|shift|shifts|team|role|office|course|placement|night shifts|retail|warehouse)\b)`,
      pattern`\b(?:gave|given|giving|give) away (?:all |most of |most |some of )?(?:my )?(?:things|stuff|belongings|possessions|everything|clothes)\b`,
      pattern`\b(?:gave|given|giving|rehomed|rehoming|rehome) (?:away )?my (?:dog|cat|pet|pets|dogs|cats)\b`,
      pattern`\b(?:affairs|things|everything) in order\b|\bsorted (?:out )?(?:all )?my (?:affairs|things) out\b`,
      pattern`\b(?:made|making|wrote|written) (?:my|a) will\b`,
      pattern`\bwho (?:gets|will get|should have) my (?:things|stuff|belongings)\b`,
      pattern`\b(?:tried|try|attempted|tryed) (?:to )?(?:kill|killing|hang|hanging|end|ending|overdose|overdosing|drown) (?:${MYSELF}|my (?:own )?life|it all|it)\b(?! with)`,
      pattern`\b(?:suicide attempt|attempted suicide|tried suicide)\b`,
      pattern`\b(?:will not|do not) (?:need|be needing) (?:it|them|anything) (?:where i am going|after (?:tonight|today|this week))\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'self-harm',
    patterns: [
      pattern`\b(?:burn|burnt|burned|burning|cut|cutting|hurt|hurting|hit|hitting|scratch|scratched|scratching)\w* (?:${MYSELF}|my \w+)(?: \w+){0,4} (?:on purpose|deliberately)\b`,
      pattern`\b(?:razor|blade|blades|razors) (?:on|to|across) my ${BODY}\b|\bused a (?:razor|blade) on\b`,
      pattern`\b${BODY} (?:are |is )?covered in (?:cuts|scars|burns)\b|\bcuts (?:on|all over) my ${BODY}\b`,
      pattern`\b(?:till|until) (?:it|they|i) (?:bleeds?|bleed)\b`,
      pattern`\b(?:banging|bang|punching|punch|hitting) (?:my head|walls?|the wall)\b(?: \w+){0,4} (?:till|until|on purpose|hurts|bleed)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      pattern`\bi (?:could|might|will|would|want to|am going to|am scared i will|am scared i might|am afraid i will) (?:really |actually )?(?:hurt|harm|kill|shake|smother|hit) (?:my|the) ${CHILD}\b`,
      pattern`\b(?:go|going|come|coming|get|getting) (?:round|over|down|up)(?: \w+){0,2} and (?:kill|stab|hurt|batter|shoot|murder|beat) (?:him|her|them|the)\b`,
      pattern`\b(?:think|thinking|thoughts) (?:about|of) (?:hurting|killing|stabbing|attacking) (?:someone|somebody|people|him|her|them|my \w+)\b`,
      pattern`\b(?:smash|kick|punch|batter|knock) (?:his|her|their) (?:face|head|teeth)(?: in)?\b`,
      pattern`\b(?:burn|torch|set fire to) (?:his|her|their) (?:house|car|flat)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      pattern`\b(?:he|she|they|my ${FAMILY}) ${ADVERBS}(?:hurts|hits|beats|abuses|hurting|hitting|beating|abusing) my (?:little |baby |younger |big |older )?(?:brother|sister|son|daughter|kids|children|child|baby|mum|dad)\b`,
      pattern`\b(?:he|she|they|my \w+(?: \w+)?)\b(?: \w+){0,5} (?:threatening|threatens|threatened) me\b(?! with (?:a |the )?(?:sanction|disciplinary|court|bailiffs))`,
      pattern`\bgave me (?:a )?(?:black eye|bruises?|fat lip|split lip)\b`,
      pattern`\b(?:grabbed|grabs|grabbing|held|holds|pinned|pins) me (?:by the (?:throat|neck|hair)|down|against)\b`,
      pattern`\b(?:throws|threw|throwing) (?:things|stuff|plates|\w+) at me\b`,
      pattern`\b(?:forced|forces|forcing|made|makes) me (?:to )?(?:have sex|sleep with)\b`,
      pattern`\b(?:he|she|they|my \w+) (?:touches|touched|touching) me\b`,
      pattern`\b(?:got|get|getting|been) (?:hit|slapped|punched|kicked|battered|hurt|beaten) again\b`,
      pattern`\b${FEAR} (?:of )?what (?:he|she|they|my \w+) (?:will|would|might|could) do\b`,
      pattern`\b(?:i have got|i have|got|left me with|covered in) bruises\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      pattern`\btracks (?:where i am|me)\b|\b(?:knows|checks|wants to know) where i am (?:all the time|every minute|constantly|every second)\b`,
      pattern`\b${CONTROLLER} ${ADVERBS}(?:takes?|took|taking|keeps?|kept|keeping|controls?|controlled|controlling|holds?|spends?) (?:all |all of )?(?:my|our|the) (?:money|wages|pay|benefits?|universal credit|bank ?card|cards?|bank account|passport|documents|phone|keys)\b`,
      pattern`\b(?:have|has|had) to ask (?:him|her|them|my \w+)? ?(?:for (?:money|bus fare|permission)|permission|if i can)\b`,
      pattern`\b${CONTROLLER} ${ADVERBS}(?:will not|would not|does not|do not|never|is not) (?:let|letting|lets) me (?:leave|go out|go anywhere|see|talk|speak|have|get a|out|phone|call|contact|visit|work|study)\b`,
      pattern`\bnot (?:allowed|permitted) to (?:see|talk to|speak to|contact|phone|call|visit|go out|leave the house|leave|have my own|have a phone)\b`,
      pattern`\b${CONTROLLER} ${ADVERBS}(?:checks?|checked|checking|reads?|reading|goes through|went through|going through|tracks?|tracked|tracking|monitors?|monitored|monitoring) (?:all )?(?:my|me) ?(?:phone|messages|texts|emails|location|whereabouts|bank|spending|receipts|every move|social media|on|all the time)\b`,
      pattern`\bwatch(?:es|ing)? me (?:on|all|every|through|constantly|all the time)\b`,
      pattern`\b(?:tracker|tracking app) on (?:my|me)\b|\b(?:put|installed) a tracker\b`,
      pattern`\b(?:lock|locks|locked|locking) me (?:in|up)\b`,
      pattern`\b${CONTROLLER} (?:decides|chooses|controls|picks) (?:what i (?:wear|eat|do|buy|spend)|who i (?:see|talk|speak|text))\b`,
      pattern`\b(?:coercive|controlling) (?:control|relationship|partner|husband|wife|boyfriend|girlfriend|behaviour)\b|\b${CONTROLLER} is (?:so |very |really )?controlling\b`,
      pattern`\b(?:goes|went|will go) (?:mad|mental|crazy|off on one) if i (?:talk|speak|see|go|text|am late|spend)\b`,
      pattern`\b${CONTROLLER} (?:says|said|tells me|told me) i (?:can not|am not allowed to|must not) (?:go|see|leave|work|have|talk|speak|wear|use)\b${UNTIL_HEALED}`,
    ],
  },
  {
    level: 'crisis',
    reason: 'no safe place to sleep tonight',
    patterns: [
      // "no one to go with" to the football is loneliness, not a night with nowhere to stay.
      pattern`\b(?:nowhere|no where|no place|nowhere safe|no one) to (?:sleep|stay|go|live)\b(?<!no one to go)|\bno one to go\b(?! (?:with|to|out with|along))`,
      // A tent at a festival or a campsite is a weekend away ("sleeping in a tent tonight at the festival", 2026-12-08).
      pattern`\bsleeping (?:rough|on the streets?|in (?:my|the|a) car|on a bench|in a tent(?!(?: \w+){0,2} (?:at|for|on) (?:the |a )?(?:festival|campsite|camp site|glastonbury|reading|leeds|download|dofe|duke of edinburgh|scouts?|guides|holiday|camping trip|stag|hen))|in a doorway|outside|in the park)\b`,
      pattern`\b(?:i am|we are|living|ended up|end up|be|sleeping) on the streets?\b`,
      pattern`\b(?:kicked|thrown|chucked|put) (?:me |us )?out (?:today|tonight|of (?:my|the|our) (?:house|flat|home|room))\b`,
      pattern`\b(?:evicted|homeless|locked out|on the street) (?:tonight|today|from today|from tonight|right now)\b`,
      pattern`\bchanged the locks\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'no food',
    patterns: [
      pattern`\bnothing to eat\b|\b(?:kids|children|baby|we|they)\b(?: \w+){0,2} (?:had|have had|eaten) nothing\b`,
      pattern`\bno money\b(?: \w+){0,3} (?:food|eat|eaten)\b|\b(?:have not eaten|not eaten|food)\b(?: \w+){0,4} no money\b`,
      pattern`\bno food\b(?! bank| allowed| permitted)`,
      pattern`\b(?:kids|children|baby|we|they) (?:have not|has not|did not|not) (?:eaten|had (?:anything|any food|food))\b`,
      pattern`\bno money (?:at all )?(?:for|to buy) (?:food|nappies|milk|formula)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'no heating or power',
    patterns: [
      pattern`\b(?:electric|electricity|gas|power|heating|water)\b(?: \w+){0,2} (?:cut off|been cut|turned off|disconnected)\b`,
      pattern`\b(?:cut off|disconnected) (?:my |the |our )?(?:electric|electricity|gas|power|heating|water)\b`,
      pattern`\bno (?:gas|electric|electricity|power|heating|heat)\b`,
      pattern`\b(?:meter|prepayment) (?:has )?(?:ran|run|gone|went) out\b|\bcan not (?:top up|afford to top up)\b`,
      pattern`\bsitting in the (?:dark|cold)\b`,
    ],
  },
];
