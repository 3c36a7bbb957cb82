// Struggling, said without the obvious words: worthlessness, drinking or drugs to cope, a home
// about to be lost, money worries, loneliness, and hopelessness without the word "hopeless".
// Written in normalised words, as in riskPatterns.ts.
import { PILLS, oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const HOME = oneOf('home', 'house', 'flat', 'room', 'place', 'tenancy', 'bedsit');
const TO_COPE = oneOf(
  'to cope', 'to forget', 'to get through', 'so i do not have to think', 'so i do not think', 'so i do not feel',
  'to numb', 'to sleep', 'to get to sleep', 'to deal with', 'to block', 'to stop thinking', 'to feel nothing',
);

export const INDIRECT_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [
      pattern`\b(?:i am|i feel|feel|feeling) (?:like )?(?:so |such a |a |just a |completely |totally |a total |a complete )?(?:useless|worthless|pathetic|failure|loser|disappointment|burden|nothing)\b`,
      pattern`\b(?:waste of space|good for nothing|not good enough|no good to anyone)\b`,
      pattern`\blet (?:everyone|everybody|my family|them|you all|people) down\b`,
      pattern`\bno one (?:would|will) (?:ever )?(?:hire|want|love) (?:me|someone like me)\b|\bno one wants me\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [
      pattern`\b(?:drink|drinking|drugs|pills|weed|a joint|smoke)\b(?: \w+){0,6} get through the day\b|\bget through the day\b(?: \w+){0,4} (?:a drink|drinking|drugs|weed)\b`,
      pattern`\b(?:drinking|drink|drank|using|smoking|taking|drunk|high|wasted|stoned)\b(?: \w+){0,6} ${TO_COPE}\b`,
      pattern`\bneed (?:a drink|to drink|a joint|a line|a fix)\b(?! of water)`,
      pattern`\b(?:drinking|drunk) (?:every (?:night|day)|all day|a bottle|way too much|too much|more than (?:ever|i should))\b`,
      pattern`\bon the (?:vodka|booze|gear|sauce|bottle)\b|\b(?:back on|using) (?:the )?(?:gear|heroin|crack|coke|spice)\b`,
      pattern`\bcan not (?:sleep|get through the day|cope|function|get up)\b(?: \w+){0,2} without (?:a drink|drinking|a few cans|cans|weed|a joint|a smoke)\b`,
      pattern`\b(?:drink|drinking|drank) (?:until|till) i (?:pass out|black out|passed out|blacked out)\b`,
      pattern`\bmore (?:of my )?${PILLS} than i should\b|\bget(?:ting)? (?:wasted|high|smashed|off my face)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'may lose their home',
    patterns: [
      pattern`\brepossess\w*\b`,
      pattern`\beviction\b|\bevicted\b|\bcan not afford anywhere\b|\bselling up\b`,
      pattern`\btenancy (?:ends|is ending|ending)\b|\bcan not find anywhere (?:to live|to rent|to stay)?\b`,
      pattern`\bsection (?:21|8|twenty one)\b|\b(?:eviction|possession) (?:notice|order|letter|hearing|date)\b`,
      pattern`\b(?:lose|losing|lost|loose) (?:my|our|the) ${HOME}\b`,
      pattern`\b(?:rent|mortgage) arrears\b|\bbehind (?:on|with) (?:my |the |our )?(?:rent|mortgage)\b`,
      pattern`\bhomeless\b|\bsofa surfing\b|\bkicking (?:me|us) out\b`,
      pattern`\b(?:have|got) to (?:be out|move out|leave)(?: \w+){0,3} by\b|\bgiven (?:us |me )?notice to (?:leave|quit|move)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [
      pattern`\bpanic (?:every|when|about|all)\b`,
      pattern`\bdo not know how (?:i am|i will|we are|we will) (?:going to )?(?:pay|afford|manage|survive)\b`,
      pattern`\b(?:in|drowning in|so much|loads of|lot of|lots of|mountain of) debts?\b`,
      pattern`(?<!\b(?:as a|trainee|become a|becoming a|work as a) )\bbailiffs?\b(?! (?:job|jobs|role|roles|vacancy|vacancies|course|training|apprenticeship|position|interview|company|firm|agency)\b)|\bdebt collectors?\b|\bpayday loans?\b|\bloan sharks?\b|\boverdrawn\b|\bcounty court judgment\b`,
      pattern`\bowe (?:\w+ )?(?:thousands|hundreds|money|loads|so much)\b`,
      pattern`\bcan not (?:afford|pay) (?:my |the |our )?(?:bills|rent|council tax|gas|electric|loan|debts?|food)\b`,
      pattern`\bsanctioned\b|\b(?:benefits?|universal credit|money|payments?) (?:has |have )?(?:stopped|been stopped|been cut)\b`,
      pattern`\b(?:cards?|credit cards?) (?:are |is )?maxed\b|\bmaxed out\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not eating or sleeping',
    patterns: [
      pattern`\b(?:awake|up) (?:all night|till \d+|until \d+|every night)\b|\binsomnia\b|\blying awake\b`,
      pattern`\b(?:only |about |barely |maybe )?\d+ hours? (?:of )?sleep\b`,
      pattern`\bskip(?:ping)? (?:most |all |my )?meals\b|\blost (?:loads of |a lot of |so much )?weight\b`,
      pattern`\bcan not switch (?:my brain |my head )?off\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'feels alone',
    patterns: [
      pattern`\b(?:i have|i have got|got) no one\b|\b(?:do not|never) (?:talk|speak) to (?:anyone|anybody)\b|\bexist to (?:anyone|anybody)\b`,
      pattern`\b(?:stay|stayed|staying) in (?:my room|bed|the house)\b(?: \w+){0,2} (?:all day|for days|every day)\b`,
      pattern`\b(?:feel|feeling|felt|am|so|all|completely|totally|really|very) (?:so )?(?:alone|lonely|isolated)\b`,
      pattern`\bno one to (?:talk to|turn to|help me)\b|\b(?:no|not have any|not got any) friends\b`,
      pattern`\bno one (?:cares|care|loves me|messages me|talks to me|ever (?:messages|calls|visits|texts|talks))\b`,
      pattern`\bnot (?:spoken|talked) to (?:anyone|anybody|a soul)\b|\bcut me off\b|\binvisible\b`,
      pattern`\bno one would (?:notice|care)\b|\bnever (?:visit|visits|call|calls|ring|rings)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      pattern`\bnothing (?:ever )?changes\b`,
      pattern`\b(?:do not|can not|never|not) (?:think|see|believe) (?:things|it|life|anything) (?:will|is going to|are going to) (?:ever )?(?:get|be) better\b`,
      pattern`\bno light at the end\b|\bno way out\b|\bnothing to look forward to\b`,
      pattern`\bwhy (?:do i |should i )?(?:even )?try\b`,
      pattern`\b(?:do not|can not) see (?:the point|a future|any future|it (?:ever )?getting better|things getting better)\b`,
      pattern`\bnever (?:works|work|going to work) out\b|\bnothing good (?:ever )?happens\b`,
      pattern`\b(?:not|never) (?:going to|ever going to) get better\b|\bwill (?:never|not ever) get better\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      pattern`\b(?:have|had|i have|i am|i) had enough\b`,
      pattern`\b(?:everything|it all|life|it) (?:is|feels|is getting) (?:just )?too much\b`,
      pattern`\b(?:am|really|been|so) struggling\b(?! (?:to|with) (?:find|write|get|understand|use|fill|open|log|upload|my cv))|\bon top of me\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      pattern`\b(?:been|so|really|very|feeling|feel|felt) (?:so |really |very )?down\b(?! (?:to|the|there|here|at|in|on|with)\b)`,
      pattern`\bdepression\b|\bno (?:motivation|energy|interest)\b|\bdo not enjoy anything\b`,
      pattern`\b(?:sad|miserable|empty|numb) (?:all the time|every day)\b|\bcan not get out of bed\b`,
      pattern`\b(?:feel|feeling|am) (?:so |really |very )?(?:sad|miserable)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'spoke of harm, then said they would not',
    patterns: [
      pattern`\b(?:would|will) (?:never|not) (?:do it|act on it|go through with it)\b`,
      pattern`\b(?:will not|would not|not going to|never) do anything (?:stupid|silly|daft)\b`,
      pattern`\bused to (?:cut|self harm|hurt myself|burn myself|overdose)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'angry words about hurting someone',
    patterns: [pattern`\bi could (?:kill|murder|strangle|punch|smack) (?:him|her|them|my \w+)\b`],
  },
];
