// Risk said as envy of the dead, not being around for the future, a calm that it is nearly over,
// and threats said "not even joking"; and everyday words about other people's past hardship or a
// course's syllabus. Crisis: envy of or jealousy towards the dead or those at rest; hoping not to
// make it to a day; not seeing oneself around for the future; "checking out for good"; the idea of
// not carrying on; a calm from knowing it is nearly over; people getting hurt; a named threat to run
// someone over or stab someone; sleeping out tonight in a stairwell, doorway or shelter; being
// touched or abused as a child; loans taken out in their name by a partner.
// Read as "course": a course, training or interview that covered a risk topic; someone else's past
// (a relative who took their own life, lost to suicide, self harmed, slept rough or was homeless).
// Everyday look-alikes of our own are in test/domain/riskTwentyFirstForms.test.ts.
// Normalised words, as in riskPatterns.ts.
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const PARTNER = String.raw`(?:he|she|my partner|my husband|my wife|my boyfriend|my girlfriend|my fella|my ex|my other half)`;
const OTHERS = String.raw`(?:my|our|his|her|their|a|the) (?:late )?(?:husband|wife|partner|mum|mam|mother|dad|father|brother|sister|cousin|uncle|aunt|auntie|friend|best friend|mate|flatmate|neighbour|son|daughter|nan|gran|grandad|teacher|colleague|classmate)`;

export const ENVY_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      pattern`\b(?:envy|jealous of|envious of) (?:\w+ ){0,3}(?:the dead|obituaries|the rest|her rest|his rest|their rest|the peace|people who (?:have )?(?:died|passed))\b`,
      pattern`\bi envy (?:her|him|them) (?:the|their|her|his) (?:rest|peace)\b`,
      pattern`\bhoping i (?:just )?(?:do not|will not|never) make it (?:to|through|past)\b`,
      pattern`\b(?:do not|can not|cannot) see myself (?:being )?(?:around|here|alive) (?:for (?:it|that|long|much longer)|much longer|by then|next year|in a year)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      pattern`\bchecking out for good\b`,
      pattern`\b(?:idea|thought|thoughts) of not (?:carrying on|going on|being here|being around|waking up|existing)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [pattern`\bcalm\b.*\b(?:know|knowing) (?:it is|its|it will be|this is|this will be) (?:nearly|almost|soon|all but) (?:over|done|finished)\b`],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    patterns: [
      pattern`\bpeople (?:will|are going to|gonna|are gonna) get hurt\b`,
      pattern`\b(?:i will|i ll|ill|going to|gonna) (?:run (?:him|her|them) over|stab (?:the next|someone|somebody|anyone|him|her|them))\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'no safe place to sleep tonight',
    patterns: [pattern`\b(?:in|sleeping in|kipping in|staying in) (?:a|the) (?:stairwell|doorway|bus shelter|car park|multi storey|phone box) (?:tonight|this evening|right now)\b`],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [pattern`\b(?:used to|would) (?:touch|abuse|molest|interfere with) me when i was (?:little|young|small|a kid|a child|\d+)\b`],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [pattern`\b${PARTNER} (?:took|takes|has taken|keeps taking|is taking) out (?:loans?|credit cards?|catalogues?|debts?) in my name\b`],
  },
];

// A course or interview that covered a risk topic, and other people's past, read as "course".
export const OTHERS_PAST_TOPIC_GATE = /\b(?:course|service users?|patients?|residents?|clients?|pupils?|training|module|interview|placement|suicide|own life|self harmed|sleeping rough|homeless)\b/;
export const OTHERS_PAST_TOPIC_UNLESS = /\b(?:me too|myself|my self|i want to (?:die|join|go too|be with|end it|do the same)|i wish i (?:was|were|could|had gone)|join (?:him|her|them)|same way|i tried|happening to me|happened to me|happens to me|i do it|doing it|i did)\b|\b(?:i have been|i was|i am) (?!ready|doing|fine|now|a |an |the |in |at |looking|hoping|applying|training|studying|qualified|working)/;
export const OTHERS_PAST_TOPIC_PHRASES: readonly RegExp[] = [
  pattern`\b(?:course|training|module|session|lecture) (?:covered|covers|was on|was about|is on|is about|on|about) (?:\w+ ){0,2}?(?:overdoses?|domestic abuse|abuse|coercive control|self harm\w*|suicide|suicide prevention)(?: and (?:\w+ ){0,2}?(?:overdoses?|domestic abuse|abuse|coercive control|self harm\w*|suicide))?\b`,
  pattern`\b(?:a|the) (?:service users?|patients?|residents?|clients?|young persons?|pupils?) (?:self harming|who self harms?|overdosing|who overdoses?|who is suicidal)\b`,
  pattern`\b${OTHERS} (?:took|has taken|had taken) (?:his|her|their) own life\b`,
  pattern`\blost (?:a|our|my|his|her) (?:\w+ ){0,2}to suicide\b`,
  pattern`\b${OTHERS} (?:self harmed|used to self harm|was suicidal)\b`,
  pattern`\b${OTHERS} (?:was|were|used to be) (?:sleeping rough|homeless)\b`,
];
