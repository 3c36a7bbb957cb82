// Risk said indirectly, in general forms: a wish to be dead said by understatement ("wouldn't be
// bothered if a lorry ran me over", "i'd be lying if i said i'd care"), thoughts of self-destruction,
// method thoughts with "it" left bare ("wondering how i'd do it"), finality with the job search waved
// away ("my last week so don't bother with the applications"), a body not found "for weeks", "you
// won't hear from me again", a will wanted in a hurry, goodbyes to everyone, getting as far as the
// ledge; abuse told by its marks (a partner's insults, a whole wage taken or an allowance given,
// "keeps touching me", a threat for telling); a doorway for tonight's bed. Quiet concern: crying into
// a pillow, feeling flat, buy-now-pay-later debts, no one seen in weeks, no flat lined up. Read over
// the whole message, because "but" and full stops split clauses: an attempt interrupted ("tried at
// christmas but my sister found me"), an injury put down to a partner, waiting outside for someone
// after a slight, things given away beside letters written, and "bad week, bad month". Each was
// tried against everyday look-alikes of our own (test/domain/riskGeneralForms.test.ts) and against
// every benign line of the training corpus and the held-out splits. Normalised words, as in riskPatterns.ts.
import { FAMILY, oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const VEHICLE = oneOf('bus', 'car', 'lorry', 'truck', 'train', 'van', 'taxi', 'tram', 'coach');
const STRUCK_BY = `(?:hit|run over|knocked (?:down|over)|flattened|mown down|wiped out) by (?:a|the) ${VEHICLE}`;
// Understatement: "would not mind", "would not be bothered", "i would be lying if i said i would care".
const NOT_MIND = `(?:(?:would not|will not|do not|did not|never|not|hardly) (?:really |even |exactly |particularly |honestly )?|lying if i (?:said|say|told you) (?:i would |id |i )?)(?:mind|care|be bothered|be fussed|be upset|complain|object)`;
const PARTNER = oneOf(
  'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'other half', 'ex', 'ex partner',
  'ex husband', 'ex wife', 'ex boyfriend', 'ex girlfriend', 'fella', 'man', 'missus',
);
const SLUR = oneOf(
  'cow', 'bitch', 'slag', 'whore', 'slut', 'fat', 'ugly', 'disgusting', 'worthless', 'pathetic', 'waste of space',
  'useless', 'stupid', 'thick', 'retard', 'retarded', 'failure', 'freak',
);
const CONTROLLER = oneOf('he', 'she', `my ${FAMILY}`);
const MONEY = oneOf(
  'wage', 'wages', 'pay', 'pay packet', 'paycheck', 'salary', 'money', 'benefits?', 'universal credit', 'uc', 'student loan',
  'pip', 'child benefit', 'bank card', 'card',
);
const CREDIT = oneOf(
  'buy now pay later', 'klarna', 'clearpay', 'laybuy', 'paypal credit', 'payday loans?', 'catalogue', 'catalogues',
  'overdraft', 'credit cards?', 'loan sharks?', 'doorstep loans?', 'store cards?',
);
const ROUGH_BED = oneOf('park bench', 'streets?', 'doorway', 'bus shelter', 'stairwell', 'bench in the park');

export const INDIRECT_SPEECH_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      pattern`\b${NOT_MIND}\b(?: \w+){0,3} (?:if i )?(?:getting|get|got|was|were|being|be|went and got) ${STRUCK_BY}\b`,
      pattern`\b${NOT_MIND} if (?:a|the) ${VEHICLE} (?:hit|hits|ran me over|knocked me|took me out|ploughed into me)\b`,
      pattern`\b${VEHICLE}\b(?: \w+){0,8} i (?:honestly |really |probably |just |seriously )?(?:would not|will not|would never|do not think i would) (?:even )?(?:bother to |bother )?(?:get|move|step|jump|dive|getting|moving) (?:out of the way|aside)\b`,
      pattern`\b${NOT_MIND} if (?:something|anything) (?:bad )?(?:happened|happens|were to happen) to me\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      pattern`\b(?:thoughts?|urges?|impulses?|ideas?) (?:of|about|to) (?:self destruction|self destruct|destroying my ?self|destroy my ?self|not existing|not being around|disappearing for good|wiping my ?self out)\b`,
      pattern`\bself destructive (?:thoughts?|urges?|impulses?)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      // "i just think about how i would do it sometimes": "it" with nothing for it to be.
      pattern`\b(?:think|thinking|thought|wonder|wondering|imagine|imagining|picture|picturing) (?:about |of )?how (?:i would|id|i will|i could|i might|i am going to|i would ever) (?:do it|end it|end things|go about it)(?=$| (?:sometimes|a lot|lately|at night|every day|every night|all the time|often|more and more|constantly|most days|when|if i ever)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [
      // Finality, and the job search waved away: "this is my last week so do not bother with the applications".
      pattern`\b(?:this is|it is|this will be|that is|this be) my (?:very )?last (?:week|day|few days|weekend|month|night)\b(?! (?:at|of|in|on|with|working|before|there|here|off|as|doing|for|until)\b)(?: \w+){0,2} so (?:do not|no need to|you do not need to|you will not need to|you can stop|you can|you need not) (?:worry|bother|chase|cancel|stop)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      pattern`\byou (?:will not|are not going to|will never) (?:hear from|see|need to chase|have to chase) me (?:again|ever again)\b(?! (?:until|till|before|for|this|next|after the|once)\b)`,
      pattern`\b(?:no one|nobody) (?:will|would|is going to|is gonna) (?:even )?(?:notice|find me|realise|realize|know|miss me|come looking|check)\b(?: \w+){0,2} (?:for|until|till) (?:days|weeks|ages|a few days|a long time|it is too late)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      // A will wanted in a hurry, by the client, for no event of their own.
      pattern`^(?!.*\b(?:operation|surgery|op|holiday|trip|deployment|baby|pregnant|wedding|mum|mam|dad|nan|nana|gran|grandad|grandma|client|course|job|module|homework|assignment)\b).*\b(?:do|make|write|draw up|sort|sort out|get|need|doing|making|writing) (?:a|my) (?:last )?will\b(?: \w+){0,6} (?:quick|quickly|fast|urgently|asap|today|tonight|by (?:the weekend|tomorrow|tonight|\w+day|the end of the week)|this week|before (?:the weekend|tomorrow|tonight|\w+day))\b`,
      pattern`\bsaid (?:good ?)?byes? to (?:all|every|each|everyone|everybody)\b(?!.*\b(?:leaving|party|shift|work|office|team|class|course|wedding|airport|station|holiday|funeral|school|college|uni|club|gym)\b)`,
      pattern`\b(?:stood|standing|was standing|sat|sitting|was sitting|climbed) (?:on|onto|over) the (?:edge|ledge|railings?|barrier|parapet) (?:of|on) (?:the |a )?(?:bridge|roof|car park|multi storey|cliff|building|tower block|flats)\b`,
      pattern`\bgot as far as (?:the )?(?:edge|ledge|railings?|rail|tracks|parapet|top of the (?:bridge|car park|multi storey|building|cliff|tower))\b(?! of (?:town|the (?:city|town|estate|village|county|map|park)))`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      pattern`\b(?:he|she|my ${PARTNER}) (?:\w+ ){0,2}(?:calls|called|calling|call) me (?:a |an )?(?:(?!about |at |on |from |to |in |after |before |back |up |round |over )\w+ ){0,2}${SLUR}\b(?! at\b)`,
      pattern`\b(?:he|she|my ${PARTNER}) (?:always |constantly |keeps |keeps on )?(?:tells me|telling me|says|saying|reminds me) i am (?:a |an |so |just )?(?:\w+ )?${SLUR}\b(?! at\b)(?: \w+){0,3} (?:every day|all the time|constantly|every night|daily|every time|non stop)\b`,
      pattern`\bmy ${PARTNER} (?:\w+ ){0,2}(?:says|said|tells me|told me|keeps saying|keeps telling me) (?:that )?(?:no one|nobody) (?:would|will|could) (?:ever )?(?:hire|want|love|employ|take|put up with) me\b(?! (?:with|in|wearing|looking|dressed|if|unless)\b)`,
      pattern`\b(?:kept|keeps|keep|was|been|is|started|starts|would|always|kept on|keeps on) touching me\b(?! (?:on the (?:arm|shoulder) to|for|with)\b)`,
      // A threat for telling: "he said i would regret it if i told anyone".
      pattern`\b(?:said|says|told me|threatened|warned me|warns me)\b(?: \w+){0,2} (?:i would|id|i will|i am going to|i would be|i will be) (?:lose|losing|get sacked|get fired|be sacked|be fired|regret|be sorry|be in trouble|get hurt|pay for it|never work|be out)\b(?: \w+){0,3} if i (?:told|tell|reported|report|said anything|say anything|spoke up|speak up|went to|go to|grassed)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      pattern`\b${CONTROLLER} (?:\w+ ){0,2}(?:takes?|took|taking|keeps?|kept|keeping|controls?|has) (?:all of |all )?(?:my|our) (?:whole|entire|full|every) ${MONEY}\b(?! (?:for|towards|to pay|as) (?:board|rent|keep|digs|bills|savings|my keep)\b)`,
      pattern`\b(?:my |all my )?${MONEY} (?:goes|go|went|are paid|is paid|gets paid|get paid) (?:straight |directly )?(?:in)?to (?:his|her|their) (?:account|bank|card)\b`,
      pattern`\b(?:he|she|my ${PARTNER}) (?:only )?(?:gives|lets me have|allows me|gives me back) (?:me )?(?:a|an|\d+|one|two|five|ten|twenty) (?:tenner|fiver|pounds?|quid|allowance|pocket money)\b(?: \w+){0,2} (?:a|per|each|every) (?:week|day|month|fortnight)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'no safe place to sleep tonight',
    patterns: [
      pattern`\b(?:sleep|sleeping|kip|kipping|bed down|bedding down) (?:in|on|at|under) (?:a |the )?(?:${ROUGH_BED}|bench|underpass|bin shed|car park|park)\b(?: \w+){0,3} (?:tonight|again|for the night)\b`,
      pattern`\b(?:it is|looks like|probably|so|then|that is|means|will be|it will be) (?:the |a )?${ROUGH_BED}(?: again| for me)? (?:tonight|for tonight|again tonight)\b`,
    ],
  },
];

export const INDIRECT_SPEECH_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      pattern`(?<!\b(?:baby|babies|he|she|they|kids?|son|daughter|toddler|child|children|it|who) )\b(?:cried|crying|cry|sobbed|sobbing|sob|bawled|bawling) (?:in|into|under) (?:the shower|my pillow|the bath|my car|the car|the toilets?|the loo|the bathroom|my bed|bed)\b`,
      pattern`\b(?:cried|cry|crying|sobbed) my ?self to sleep\b|\b(?:cried|crying) (?:all|every) (?:day|night|week|morning)\b`,
      pattern`\bfeel(?:ing|s)? (?:so |really |dead |pretty |proper |quite |very )?flat\b(?! (?:out|pack|broke|footed|feet|cap|rate|white|share|mate|hunting|viewing)\b)`,
      pattern`\bintrusive thoughts?\b(?! (?:about|of) (?:the|my|an?|this|that) (?:\w+ )?(?:interview|job|exam|test|meeting|presentation|course|application|shift|form)s?\b)`,
    ],
  },
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [
      pattern`\b${CREDIT}\b(?: (?!(?:paid|cleared|not|no|never|longer|off)\b)\w+){0,4} (?:stuck|trapped|drowning|in trouble|a mess|out of control|maxed out|spiral\w*|over my head|up to my neck|behind)\b(?! (?:waiting|on (?:the|a) (?:website|app|page)|in traffic))`,
    ],
  },
  {
    level: 'concern',
    reason: 'feels alone',
    patterns: [
      pattern`\b(?:have not|not|never|barely|hardly) (?:seen|spoken to|talked to|been out with) (?:a friend|any friends|a single friend|anyone|a soul|another adult|another person|a single person|people)(?: at all| outside (?:the house|work)| properly| else)? (?:in|for|since) (?:a year|years|months|ages|weeks|a month|over a year|\w+ (?:weeks|months|years))\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'may lose their home',
    patterns: [
      pattern`\bno (?:flat|house|home|place|room|accommodation|housing|tenancy|bed)\b(?: \w+){0,2} (?:lined up|sorted|arranged|to go to|to move (?:in)?to|for when i (?:leave|move out|turn 18))\b`,
    ],
  },
];

// Read over the whole message, because "but" and full stops split clauses. Most messages name none
// of these, and one search says so before the longer ones run.
export const SPOKEN_WHOLE_GATE = /\b(?:tried|where (?:he|she|they)|black eye|bruises?|bruised|split lip|fat lip|wait|waiting|gave|given|giving|bad (?:day|week|month|year))\b/;
const INJURY = String.raw`(?:black eye|bruises?|bruised|bruising|split lip|fat lip|cut lip|broken (?:nose|ribs?|wrist|arm|finger|jaw)|marks on my (?:neck|arms?|face|wrists?))`;
const BY_PARTNER = String.raw`(?:(?:it was|that was|it is|that is|done by|from|courtesy of|caused by|thanks to) (?:my )?${PARTNER}\b(?! (?:who|that|noticed|said|helped|took|drove))|\b${PARTNER} (?:did it|did that|did this|gave (?:me )?(?:it|them|that)))`;
const SLIGHT = String.raw`(?:laughed at me|mugged me off|disrespected me|humiliated me|made a fool of me|embarrassed me|sacked me|fired me|grassed|screwed me over|took the piss|mocked me|talked down to me|stitched me up|threw me out)`;
const GIVEN_AWAY = String.raw`\b(?:gave|given|giving|give) (?:away )?my (?:\w+ ){0,2}(?:guitar|xbox|playstation|ps5|ps4|console|laptop|bike|games|records|vinyl|camera|watch|jewellery|ring|trainers|stuff|things|tools|books|collection|dog|cat)\b(?: \w+){0,3} (?:to|away)\b`;
const LETTERS_WRITTEN = String.raw`\b(?:wrote|written|writing|left) (?:(?:my|to) \w+ )?(?:a |some |each |everyone )?(?!cover |covering |resignation |application |reference |motivation |thank you |birthday |christmas )(?:\w+ )?(?:letters?|notes?)\b`;

export const SPOKEN_WHOLE_MESSAGE_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      // An attempt interrupted: "tried at christmas but my sister found me".
      new RegExp(String.raw`\btried (?:it )?(?:again )?(?:(?:last (?:night|week|month|year|time|weekend)|on \w+day|yesterday|once|twice|before|at christmas|a few (?:weeks|months|days) ago|(?:a|one|two|three|\d+) (?:weeks?|months?|years?|days?) ago) )?but (?:my|a|the|someone|somebody|he|she|they|mum|dad)\b(?: \w+){0,3} (?:came home|came back|got home|walked in|came in|found me|stopped me|pulled me|talked me down|turned up|grabbed me|interrupted)`),
      new RegExp(String.raw`^(?=.*${GIVEN_AWAY})(?=.*${LETTERS_WRITTEN})`),
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [new RegExp(String.raw`^(?=.*\b${INJURY}\b).*${BY_PARTNER}`)],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      new RegExp(String.raw`^(?=.*\b${SLIGHT}\b).*\b(?:(?:going to|i am going to|will|i will|i shall) (?:be )?wait(?:ing)? for (?:him|her|them|the \w+|that \w+) (?:outside|after|at|by|round|near|when)|(?:i know|i found out|found out|i have got|got) where (?:he|she|they) (?:lives?|parks|drinks))\b`),
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [/(?<!\bnot (?:a |too |that |so )?)\bbad (?:day|week|month|year)\b(?: \w+){0,2} (?<!\bnot (?:a |too |that |so )?)bad (?:day|week|month|year)\b/],
  },
];
