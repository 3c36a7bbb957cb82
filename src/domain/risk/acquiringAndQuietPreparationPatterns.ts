// Risk said through acquiring a means, quiet preparation and plain practical danger, in general
// forms. Crisis: buying tablets in bulk across days or shops, or asking whether a chemist keeps
// track; rope, a hose or tablets wanted with "does not matter what for"; a hose with a car out
// somewhere nobody will look; a date settled on once the bills are paid; goodbyes scheduled to send
// themselves; a pet handed over for good with no reason given; one's own cremation or funeral priced
// so family are not left with the bill; cuts on their legs or arms that keep opening; not minding if
// they were not here; going to sleep and that being the end of them; whether people who kill
// themselves go to hell; being touched and told to keep quiet; a partner listening to their calls;
// nothing for the children's tea tonight with the food bank shut; put out tonight with a child;
// walking the streets late with no night out in sight.
// Concern: hope given up ("stopped hoping", "that chapter is closed for good"), worth given up in
// plain words, drink that keeps the head quiet or starts at lunchtime, lying awake replaying, a notice to quit, a home to be left by a date, the wheels come off, a
// threat to the coach laughed off. Each was tried against everyday look-alikes of our own
// (test/domain/riskNineteenthForms.test.ts) and every everyday line of the training corpus.
// Normalised words, as in riskPatterns.ts.
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const TABLETS = String.raw`(?:packs|packets|boxes|pills|tablets|paracetamol|painkillers|sleeping pills|co codamol|ibuprofen|aspirin)`;
const KIDS = String.raw`(?:the kids|my kids|the children|my children|the bairns|the weans|the baby|my son|my daughter|the little ones?)`;
const PARTNER = String.raw`(?:he|she|my partner|my husband|my wife|my boyfriend|my girlfriend|my fella|my ex|my other half|him indoors)`;

export const ACQUIRING_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      // Tablets bought in bulk spread over days or shops; whether the chemist notices.
      pattern`\b(?:buy|buying|get|getting|bought|stock up on|stocking up on) (?:loads|lots|a lot|heaps|several|multiple|enough|a few|extra) (?:of )?${TABLETS}\b.*\b(?:different|separate|other) (?:days|shops|chemists|pharmacies|stores|supermarkets|times)\b`,
      pattern`\b(?:chemist|chemists|pharmacist|pharmacy|boots|they) (?:\w+ ){0,2}(?:ask questions|notice|keep track|keep a record|check)\b.*\b(?:loads|lots|a lot|heaps|several|multiple) (?:of )?${TABLETS}\b`,
      // A hose and a car, out where nobody will come.
      pattern`^(?!.*\b(?:wash|washing|clean|garden|plants|water|watering|fill|pool|radiator)\b).*\b(?:hose|hosepipe|tubing)\b.*\b(?:car|ute|van|motor|exhaust)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      // "would not bother me if i just was not here anymore", "would not mind if i were not here".
      pattern`\bwould not (?:bother|mind|upset|matter to)(?: me)? (?:\w+ ){0,3}if i (?:just )?(?:was not|were not|was gone|were gone|did not wake up|never woke up) (?:here|around|up)?\b`,
      pattern`\b(?:go|drift off|fall) to sleep and (?:that|it) (?:be|was|were|would be) (?:the )?(?:end|idiom)\b`,
      pattern`\bhope i (?:do not|never|will not) (?:get|make it|live) (?:there|that long|to see \d+|to \d+)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      pattern`\b(?:people|someone|somebody|a person|you) who (?:kill|kills|killed) (?:themselves|themself|yourself|himself|herself) (?:go|goes|going) to (?:hell|heaven)\b`,
      pattern`\bis (?:suicide|killing yourself|taking your own life) (?:a sin|forgiven|unforgivable)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      // A pet handed over for good, no reason told.
      pattern`\b(?:dog|cat|dogs|cats|pets?|rabbit|budgie|puppy|kitten)\b.*\bfor good\b.*\b(?:does not|do not|did not) know why\b`,
      pattern`\b(?:dog|cat|dogs|cats|pets?|rabbit|budgie|puppy|kitten)\b.*\bfor good\b.*\b(?:has not|have not|not) (?:been )?told (?:her|him|them) why\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'self-harm',
    patterns: [
      pattern`^(?!.*\b(?:shaving|shave|brambles|gardening|fell|fall|fall off|bike|cat|kitten|dog|football|rugby|tattoo|surgery|operation|feet|heels)\b).*\b(?:cuts|the ones|marks|wounds|slashes|lines) on my (?:legs|arms|thighs|wrists|stomach|tummy|hips)\b.*\b(?:opening|open|bleeding|reopening|reopen|infected|weeping)\b`,
      pattern`^(?!.*\b(?:shaving|shave|brambles|gardening|fell|fall|bike|cat|kitten|dog|football|rugby|tattoo|surgery|operation|feet|heels)\b).*\b(?:plasters|bandages|dressings|steri strips) (?:for|on) (?:the cuts on )?my (?:legs|arms|thighs|wrists)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      // Touched, and told to keep quiet for a job or else.
      pattern`\b(?:\w+ )touched me\b(?! (?:deeply|so much|a lot|emotionally))(?!.*\b(?:message|words|kindness|card|letter|speech|story)\b).*\b(?:keep my mouth shut|keep quiet|kept quiet|kept my mouth shut|tell no one|tell nobody|not tell anyone|say nothing|did not say anything)\b`,
      pattern`\b(?:groped|grabbed) me\b(?!.*\b(?:arm to stop|hand to help|hug)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      pattern`^(?!.*\b(?:training|quality|call centre|calls are recorded|team leader|supervisor|manager|work)\b).*\b${PARTNER} (?:listens to|listens in on|records|monitors|reads|goes through|checks|tracks) (?:all )?my (?:calls|phone|phone calls|texts|messages|emails|location)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'no food',
    patterns: [
      pattern`\bnothing (?:in )?(?:for|to give) ${KIDS}(?: s)? (?:for )?(?:tea|dinner|supper|to eat|breakfast)\b`,
      pattern`\b(?:food ?banks?|foodbanks?)(?: is| are| s)? (?:shut|closed)\b(?!.*\b(?:volunteer\w*|shift|rota)\b)`,
    ],
  },
  {
    level: 'crisis',
    reason: 'no safe place to sleep tonight',
    patterns: [
      pattern`\b(?:chased|kicked|thrown|threw|put|turfed|locked|shoved) (?:me|us)(?: and (?:my|the) \w+(?: \w+)?)? out\b(?:.*\b(?:tonight|this evening|tonight|just now|right now|now)\b)`,
      pattern`\b(?:chased|kicked|thrown|threw|put|turfed|locked|shoved) (?:me|us) out (?:this evening|tonight|just now)\b`,
    ],
  },
];

export const ACQUIRING_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      pattern`^(?!.*\b(?:weather|sun|sunshine|rain|snow|team|match|win|lottery|bus|train|parcel|delivery)\b).*\b(?:i|mi|me) (?:have |ve )?(?:stop|stopped|given up|gave up) (?:hope|hoping)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [
      pattern`\b(?:i am|i m|feel|feeling) (?:just )?(?:pointless|blank|a spare part|like a spare part|surplus to requirements)\b`,
      pattern`\bspare part\b.*\b(?:home|house)\b|\bcontribut\w* nothing\b`,
      pattern`\bnot worth the paper\b`,
      pattern`\bno (?:skills|quals|qualifications|experience|job|prospects)\b.*\bno use\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [
      pattern`\b(?:pints|drink|drinks|drinking|wine|cans|vodka|beer|weed|joint|joints|spliffs?|pills)\b.*\b(?:keeps?|keeping) (?:the|my|me) (?:head|mind|thoughts|brain) (?:quiet|still|calm|numb|shut)\b`,
      pattern`\b(?:wine oclock|wine time|drinking|first drink|first can|the drinking) (?:now )?(?:starts|begins|is) (?:at|before|from) (?:lunchtime|lunch|breakfast|the morning|10am|11am|midday|noon)\b`,
      pattern`\b(?:slots|scratchcards|scratch cards|betting|the bookies|gambling)\b.*\b(?:takes?|taking) my mind off\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not eating or sleeping',
    patterns: [
      pattern`\b(?:lying|lay|laying|awake) (?:there |in bed |awake )?(?:at|till|until) \d+ ?(?:am|in the morning)\b.*\b(?:replaying|thinking|going over|worrying)\b`,
      pattern`\b(?:my body|i) (?:still )?(?:will not|can not|cannot|just will not) sleep\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'may lose their home',
    patterns: [
      pattern`\bnotice to quit\b`,
      pattern`\b(?:landlord|landlady|letting agent|council|housing association) (?:wants|want|is taking|are taking) (?:the|my|our) (?:house|flat|home|room|place) back\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [pattern`\b(?:wheels have|wheels ve|wheels) (?:come|came|fallen|fell) off\b(?!.*\b(?:car|bike|van|trolley|pram|suitcase|buggy|skateboard)\b)`],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [pattern`\b(?:heavy blanket|dark cloud|black cloud|weight) (?:on|over) me all (?:day|the time|week)\b`],
  },
  {
    level: 'concern',
    reason: 'joked about hurting someone',
    patterns: [pattern`\b(?:hunting|hunt) (?:you|him|her|them) down\b`],
  },
];

// Said across clauses: read on the whole message.
export const ACQUIRING_WHOLE_GATE = /\b(?:settled on|picked|chosen|set|decided on|cremation|funeral|burial|what for|goodbyes?|chapter|walking)\b/;
export const ACQUIRING_WHOLE_MESSAGE_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [
      // A day settled on, once the money is in and the bills are paid.
      pattern`^(?!.*\b(?:start|starting|wedding|party|holiday|trip|move|moving|interview|course|booking|birthday|leaving do|retire\w*)\b).*\bi (?:have |ve )?(?:settled on|picked|chosen|set|decided on) (?:a |the )?(?:date|day|\d+(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*\b(?:bills|debts|rent|everything) (?:are |is )?(?:paid|cleared|sorted|settled)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thinking about a way to end their life',
    patterns: [
      // Rope, a hose or tablets wanted "and it does not matter what for".
      pattern`^(?!.*\b(?:garden|washing line|boat|climbing|camping|tow|towing|horse|swing|tent)\b).*\b(?:rope|hose|hosepipe|tubing|${TABLETS})\b.*\b(?:does not matter what (?:for|it is for)|do not ask what (?:for|it is for)|never mind what (?:for|it is for)|no questions asked)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      // Goodbyes set to send themselves.
      pattern`^(?!.*\b(?:colleagues|team|work|office|leaving do|last day|retire\w*|moving|move|customers|clients|class|students|holiday)\b).*\b(?:scheduled|schedule|scheduling|timed|delayed|queued) (?:an? |some |the )?(?:email|emails|message|messages|text|texts|post|posts|letters?)\b.*\bgoodbyes?\b`,
      pattern`^(?!.*\b(?:colleagues|team|work|office|leaving do|last day|retire\w*|moving|customers|clients)\b).*\bgoodbye (?:letters|notes|emails|messages|texts) (?:are )?(?:written|done|ready|scheduled|set)\b`,
      // One's own cremation or funeral priced so family are not left with the bill.
      pattern`^(?!.*\b(?:for (?:my|our|his|her) (?:mum|mam|dad|nan|gran|grandad|grandma|uncle|aunt|auntie|brother|sister|husband|wife|son|daughter|cousin|friend|dog|cat)|(?:mum|mam|dad|nan|gran|grandad|grandma) s)\b).*\b(?:cremation|funeral|burial)\b.*\b(?:do not|dont|did not) want (?:my )?(?:family|kids|children|mum|mam|dad|wife|husband|partner|son|daughter|sister|brother)(?: \w+)? (?:left with|paying|to pay|stuck with|landed with)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'no safe place to sleep tonight',
    patterns: [
      // Late at night with nowhere to go: walking the streets, with no company or night out in sight.
      pattern`^(?!.*\b(?:mates|friends|pals|pub|club|bar|gig|party|cinema|film|date|dog|shopping|fresh air|some air|for a walk|with (?:my|the|our) \w+)\b).*\b(?:it is|its) (?:late|dark|gone midnight|freezing)\b.*\b(?:just )?walking (?:round|around|about) (?:town|the streets|the city|the town)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      pattern`^(?!.*\b(?:book|novel|story|series|chapter \d+|reading|read)\b).*\b(?:that|this|the) chapter (?:has |is )?(?:closed|over|done|finished) for good\b`,
    ],
  },
];
