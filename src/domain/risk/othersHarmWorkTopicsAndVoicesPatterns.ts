// Crisis said as what the voices tell the client to do ("the voices say i should finish it", "they
// say i have to stop her"), a past attempt in broken English ("me before try end life"), not
// sticking around to hear back after a choice is made, a partner who punishes missed calls; and
// everyday words that had read as crisis, read as "course" (a topic that says nothing of the
// client), so the rest of the message is still read as it is: a relative's or a hostel
// resident's self-harm, overdose, death or "nothing to live for", a friend with no food, her ex who
// was violent, a relative locked up for stabbing someone; a novel, story,
// game or TV show where someone plans to end his life or is murdered; a "suicide mission" of a
// shift, parking that was "suicidal"; a form or therapist that asked about self-harm, "no urges".
// (A support job's clients who self harm and a course on coercive control were tried too and left
// out: they rewrote everyday training messages and moved the classifier on the coach's answers.)
// Each topic set is [gate on the clause, phrases, words anywhere in the message that make it the
// client's own, or risk, so it is read as written]. Look-alikes of our own are in
// test/domain/riskThirtyFirstForms.test.ts. Normalised words, as in riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const KIN = oneOf('partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'mum', 'mam', 'mother', 'dad', 'father', 'brother', 'sister', 'friend', 'best friend', 'mate', 'pal', 'flatmate', 'housemate', 'son', 'daughter', 'stepson', 'stepdaughter', 'stepdad', 'stepmum', 'stepbrother', 'stepsister', 'nan', 'gran', 'grandad', 'uncle', 'aunt', 'auntie', 'cousin', 'colleague', 'neighbour', 'sponsor', 'lad', 'niece', 'nephew', 'ex');
const GROWN = oneOf('brother', 'sister', 'friend', 'best friend', 'mate', 'pal', 'flatmate', 'housemate', 'cousin', 'colleague', 'neighbour', 'sponsor', 'uncle', 'aunt', 'auntie', 'nan', 'gran', 'grandad');
const WHOSE = String.raw`my (?:${KIN}s )?${KIN}s?`;
const RESIDENTS = String.raw`(?:one of the|a|another|two of the|some of the) (?:lads?|girls?|guys?|men|women|residents?|people|blokes?|fellas?|clients?|service users?|patients?)`;
const PLACES = oneOf('hostel', 'house', 'unit', 'ward', 'wing', 'project', 'placement', 'rehab', 'meeting', 'group', 'refuge', 'supported housing', 'shelter', 'camp', 'centre', 'center');
// Said anywhere, these make the topic the client's own, so it is read as written.
const OWN = String.raw`me too|relate|that is me|i feel the same|so am i|so do i|so have i|same here|same as me|like me|i have too|i did too|myself too|i want to (?:die|end it|kill myself|do the same|as well)|i wish i|i will too|i am next|that will be me|that could be me|i tried|i have tried|i attempted|my (?:own )?attempts?|i took|i overdosed|i am thinking|thinking about it|thought about it|hurt me|hit me|hits me|at me|to me too|not joking|i mean it|for real|in real life|irl|seriously|i self harm|i cut myself|i am suicidal|nothing to live for myself|i have nothing|we have no food|i have no food|not eaten`;

export const THIRTY_FIRST_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      // What the voices tell the client to do.
      pattern`\b(?:the |my )?voices? (?:say|says|said|tell me|telling me|told me|keep telling me|keeps telling me|are telling me|keep saying|are saying)(?: that)? i (?:should|must|have to|need to|ought to|got to|gotta) (?:finish it|end it|end it all|die|kill myself|do it|jump|go|end my life|not be here)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      pattern`\b(?:the |my )?voices? (?:say|says|said|tell me|telling me|told me|keep telling me|are telling me|keep saying|are saying)(?: \w+){0,8}? (?:and )?i (?:should|must|have to|need to|got to|gotta) (?:stop|hurt|kill|get|deal with|sort out|punish|attack) (?:her|him|them|it)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      // "me before try end life", "i already try kill myself" (broken English).
      pattern`\b(?:me|i) (?:before |already |one time |once |last year |in the camp )?(?:try|tryed|tried) (?:to )?(?:end (?:my |me )?life|kill (?:myself|my self|me))\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      pattern`\b(?:he|she|my (?:partner|husband|boyfriend|wife|girlfriend|fella)) (?:punishes|punished|will punish|would punish) me\b`,
    ],
  },
];

// Said across clauses, read in the whole message: not sticking around to hear back, the choice made.
export const THIRTY_FIRST_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [/\bnot (?:sticking|hanging|staying) around\b/, [
    {
      level: 'crisis',
      reason: 'intends to end their life',
      patterns: [
        pattern`\bi am not (?:sticking|hanging|staying) around (?:to hear back|to find out|to see|for the (?:results?|outcome|answer|decision|offer)|long enough to)\b(?=.*\b(?:made my (?:choice|decision|mind up)|decided|it is decided|my mind is made up)\b)`,
      ],
    },
  ]],
];

export const THIRTY_FIRST_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  // Someone else's self-harm, overdose, death, relapse or "nothing to live for"; a friend with no
  // food; her ex who was violent; a relative locked up for stabbing someone.
  [/\b(?:self harm\w*|cutting|overdos\w*|nothing to live for|no food|violent|abusive|stabbing|stabbed|assault|attacking|punching|hang himself|hang herself|hanged|relapsed)\b/, [
    new RegExp(String.raw`\b${WHOSE} (?:has been|been|is|was|keeps|started|has started|is still) (?:self harming|cutting (?:herself|himself|themselves)|harming (?:herself|himself|themselves))\b`),
    new RegExp(String.raw`\b${WHOSE}(?: from (?:na|aa|rehab|the meetings?|group|school|work|the hostel|inside|prison))? (?:died|passed away|passed) (?:of|from|after) (?:an |a )?overdose\b`),
    new RegExp(String.raw`\b${RESIDENTS}(?: \w+){0,2}? (?:at|in|from|on) (?:the|my|our) (?:old )?${PLACES} (?:overdosed|took an overdose|had an overdose|od d|relapsed|got stabbed|was stabbed|got jumped|tried to hang (?:himself|herself))\b`),
    new RegExp(String.raw`\b${WHOSE}(?: \w+){0,6}? (?:keeps |kept |always |has been |been )?(?:saying|says|said|telling me|told me) (?:that )?(?:he|she|they) (?:is|has|have|had|s)(?: got)? nothing (?:left )?to live for\b`),
    new RegExp(String.raw`\bmy (?:${GROWN}s )?${GROWN}s?(?: \w+){0,4}? (?:has|had|have|got|has got) no (?:food|money for food|electric|gas|credit)\b`),
    pattern`\b(?:her|his|their) (?:ex|partner|husband|boyfriend|wife|girlfriend|dad|father|stepdad) (?:was|is|had been|has been|used to be|got) (?:violent|abusive|controlling|coercive)\b`,
    new RegExp(String.raw`\b${WHOSE}(?: \w+){0,2}? (?:(?:is|was|got sent|went|has been|got put) (?:in|to|down|inside|away)(?: \w+){0,4}?|(?:is|was|got|has been|been) locked up(?: \w+){0,4}?) for (?:stabbing|assault|attacking|hitting|punching|glassing|gbh|abh)(?: (?:someone|somebody|a \w+|his \w+|her \w+))?\b`),
  ], new RegExp(String.raw`\b(?:${OWN})\b`)],
  // A novel, story, game or TV show where someone plans to end his life or is murdered.
  [/\b(?:novel|book|story|stories|film|movie|series|show|episode|play|poem|game|traitors|drama|soap)\b/, [
    pattern`\b(?:novel|book|story|film|movie|series|show|episode|play|poem|drama|soap)(?: \w+){0,8}? (?:where|about|in which|with) (?:the |a |an |this )?(?:narrator|man|woman|girl|boy|guy|lad|bloke|character|main character|mc|hero|heroine|villain|teenager|soldier|detective|dad|mum|he|she)(?: who)?(?: \w+){0,2}? (?:plans to end (?:his|her|their) life|plans to kill (?:himself|herself)|wants to (?:jump off (?:a|the) bridge|die|end it all|end (?:his|her) life|kill (?:himself|herself))|jumps? off (?:a|the) bridge|kills (?:himself|herself)|is murdered|was murdered|gets murdered|was kidnapped|is kidnapped|gets kidnapped)\b`,
    pattern`\bin the (?:game|level|round|mode) you (?:have to|must|need to) survive(?: \w+){0,8}? (?:with no|without) (?:food|water|electric|power|heating)\b`,
    pattern`\b(?:the traitors|traitors|murder mystery|cluedo)\b(?: \w+){0,10}? (?:murder|murders|kill|kills) (?:someone|somebody|people|a faithful|another)\b`,
    pattern`\bin the (?:series|show|film|movie|episode|drama|soap|book) (?:he|she|they|the killer|the husband|the wife) (?:hides|hid|buries|buried|dumps|dumped) the body\b`,
  ], new RegExp(String.raw`\b(?:${OWN}|i want to do that|i will do (?:that|the same)|i could do that)\b`)],
  // A "suicide mission" of a shift; parking that was "suicidal".
  [/\b(?:suicide mission|suicidal)\b/, [
    pattern`\b(?:a |that |this |the )?suicide mission(?: of (?:a|that|this) (?:shift|day|week|job|interview|commute|drive|run|deadline|rota|delivery round|school run))?\b(?=.*\b(?:shift|day|week|job|interview|commute|drive|rota|deadline|got through|staff|off sick|delivery|school run|work)\b)`,
    pattern`\bmy (?:parking|driving|overtaking|reversing|cornering|lane changes?|roundabouts?|merging|cycling|haircut|fashion sense|outfit)(?: \w+){0,2}? (?:was|is|looked|looks) suicidal\b`,
  ], /\b(?:i am suicidal|i feel suicidal|feeling suicidal|want to die|kill myself|end it|end my life|seriously|not joking|i mean it)\b/],
  // A form or therapist that asked about self-harm, answered no; "no urges to self harm".
  [/\b(?:form|questionnaire|question|therapist|nurse|gp|doctor|worker|review|no urges?|no thoughts)\b/, [
    pattern`\b(?:the |my )?(?:review |wellbeing |screening |assessment |health |risk )?(?:form|questionnaire|question|therapist|nurse|gp|doctor|worker|psychiatrist|key worker|keyworker)(?: \w+){0,2}? (?:asked|asked me) (?:about|if|whether)(?: i (?:was|am|have been|had been|ever))? (?:harming myself|hurting myself|thoughts of ending my life|ending my life)\b`,
    pattern`^(?:no|zero|not any|not had any|have not had any) (?:urges?|thoughts|plans) (?:to|of|about) (?:self harm|harm myself|hurt myself|suicide|end it|use)\b(?! (?:since|until|till|except)\b)`,
  ], /\b(?:yes i (?:have|do|am)|but (?:i|sometimes|lately|recently)|apart from|except|until|sometimes|most days|every (?:day|night)|again|relapsed|cut myself|i did|i have been)\b/],
];

