// Read from the hundred-and-ninety-seventh split (British South Asian, Middle Eastern and African
// diaspora families: forced marriage, honour-based abuse, in-laws who control money and movement,
// beside faith and family life), measured once fresh and then read. The kinds: a parent or in-law
// named in the family's own language who hits ("abbu slapped me"); brothers or parents who track a
// phone, follow to interviews, or come looking after a curfew; stopped from college and from work;
// a day and a family member's tablets for "doing it"; asking God by name to take them; a job search
// that will not be needed, nor anything. As worry: no longer believing things will improve, alone at
// a family festival, a relative who wants them out of the house. Normalised words ("i will", "do not",
// "can not"; "father's" reads "fathers").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

// Family said in English and in the words many diaspora families use at home.
const KIN_WORDS = String.raw`(?:abbu|abba|abbaji|abu|ammi|ammu|amma|ami|baba|babaji|bapu|pitaji|papa ji|papaji|mataji|bhai|bhaiya|bhaijaan|bhaijan|bhaiyya|veer|paaji|behen|baji|apa|chacha|chachu|chachi|taya|tayi|mamu|mama ji|mamaji|khala|phupho|phuppo|dadi|dada|nani|nana ji|saas|sasur|sas|devar|jeth|jethani|nanad|bhabhi|appa|umma|ummi|abo|ammo|aba|yaba|yumma)`;
const FAMILY = String.raw`(?:(?:my|his|her|our) )?(?:${KIN_WORDS}|(?:my|our) (?:brothers?|dad|father|mum|mother|parents|husband|uncles?|cousins?|family|in laws|inlaws|mother in law|father in law|husbands family|husbands mum|husbands mother|brother in law|sisters? in law))`;

// "abbu slapped me so hard my ear is still ringing".
const KIN_HIT_ME = [
  pattern`\b${KIN_WORDS}\b(?: \w+){0,2}? (?:slapped|slaps|hit|hits|beat|beats|beaten|punched|punches|kicked|kicks|smacked|smacks|battered|batters|hurt|hurts|burned|burnt|choked|chokes|strangled|dragged|drags|threw|throws|shoved|shoves|pushed|pushes|locked|locks|threatened|threatens) me\b`,
];
const HIT_NOT_HARM = String.raw`\b(?:hit me up|hits? me with (?:the |some |a |an |this |that )?(?:news|questions?|email|message|idea|deadline|list|offer|bill|facts|truth|details|link)|threw me a|threw me off|a party|surprise|hug|hugged|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "my brothers track my location"; "they follow me to interviews"; "have to be back by maghrib or my brothers come looking for me".
const WATCHED_BY_FAMILY = [
  pattern`\b${FAMILY} (?:track|tracks|tracking|tracked|follow|follows|following|followed|monitor|monitors|monitoring|check|checks|checking|read|reads|reading|go through|goes through|went through) (?:my location|my phone|my messages|my texts|my whatsapp|my chats|my calls|my bank|me to (?:interviews?|work|college|uni|the jobcentre|the job centre|appointments?|the shop|the shops)|me everywhere|me round|me around|where i am|where i go)\b`,
  pattern`\b(?:they|he|she) (?:follow|follows|followed|track|tracks|tracked) me (?:to|round|around|everywhere)(?: \w+){0,2}? (?:interviews?|work|college|uni|jobcentre|job centre|appointments?|everywhere)\b`,
  pattern`\b(?:have to|got to|must|need to) be (?:back|home|in)(?: home)? (?:by|before)\b(?: \w+){1,3}? or (?:${FAMILY}|they|he|she) (?:come|comes|will come|coming|go|goes) (?:looking for|after|to find) me\b`,
  pattern`\b(?:ring|rings|call|calls|text|texts|phone|phones) (?:me )?if i am (?:\d+|five|ten|a few) (?:minutes|mins) late\b`,
];
const WATCHED_FOR_A_REASON = String.raw`\b(?:i asked (?:him|her|them)|asked (?:him|her|them) to|we share|share (?:our|my) location|car is old|cars old|breaks down|broken down|find my (?:phone|iphone|friends)|life360|for safety because|lost my phone|dementia|diabetes|seizures?|epilep\w*|a lift|give me a lift|pick me up|picks me up|proud|supportive|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "they stopped me going to college and now they say i cant work either, only stay home".
const KEPT_FROM_STUDY_AND_WORK = [
  pattern`\b(?:they|he|she|${FAMILY}) (?:stopped|stop|stops|will not let|would not let|do not let|does not let|did not let|never let|wo not let) me (?:going to|go to|from going to|from working|from studying|work|working|study|studying|have a job|get a job|take the job|finish (?:college|uni|school|my course))\b.*\b(?:stay (?:at )?home|(?:can not|cannot|not allowed to|am not allowed to) (?:work|go out|leave|study)|only (?:stay|be) (?:at )?home)\b`,
];

// "I will do it on the 14th, after the exam results, using my father's tablets".
const DAY_AND_THEIR_TABLETS = [
  pattern`\b(?:i will|ill|i am going to|i am gonna|gonna|i plan to|planning to) do it\b(?: \w+){0,10}? (?:using|with|by taking|taking|take|swallowing) (?:my |the |all |all of |all my |all the |his |her |their |my \w+s |my \w+ )?(?:tablets|pills|meds|medication|medicine|insulin|sleeping tablets|painkillers|paracetamol|rope|belt|scarf|dupatta|cord|knife|blade|razor)\b`,
];
const DO_IT_WITH_A_TOOL = String.raw`\b(?:homework|assignment|essay|cv|form|forms|application|laptop|phone|hair|nails|make ?up|henna|mehndi|cooking|recipe|sewing|craft|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

const GOD = String.raw`(?:god|allah|waheguru|bhagwan|ishwar|parmatma|rab|khuda|babaji|baba ji|the lord|lord|jesus|jah|him up there|the universe|mata ji|mataji)`;
// "half the time im asking waheguru to just take me".
const ASKING_GOD_TO_TAKE_ME = [
  pattern`\b(?:asking|ask|asked|beg|begging|begged|pray|praying|prayed|make dua|making dua|made dua|doing dua|dua|ardas) (?:to )?(?:for )?${GOD}\b(?: \w+){0,4}? (?:take me|to take me|let me die|end (?:it|my life)|call me (?:home|back)|let me go|let me sleep forever|not wake me|not to wake me|end my suffering|take my life)\b`,
];

// "dont worry about my job search, i wont need a job soon. i wont need anything".
const WILL_NOT_NEED_ANYTHING = [
  pattern`\bi will not need (?:a job|work|any job|the job search|a plan|help|money|a flat|a house|a course)\b.*\bi will not need (?:anything|any of it|any of this|a thing)\b`,
  pattern`\bi will not need (?:anything|any of it|a job|any job|work) (?:soon|for (?:much )?long|much longer|where i am going|after (?:this|the \w+|next week|friday|the weekend))\b`,
];
const WILL_NOT_NEED_GOOD_NEWS = String.raw`\b(?:got the job|new job|offer|offered|start|starting|started|hired|taken on|new role|married|wedding|moving|abroad|back home|visa|scholarship|uni place|lottery|won|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// Worries.
const NO_LONGER_BELIEVE = [
  pattern`\b(?:no longer|do not|cannot|can not|no more) (?:believe|think|hope)\b(?: \w+){0,2}? (?:my situation|things|it|my life|anything|life) (?:will|is going to|can|could) (?:ever )?(?:improve|get better|change|be better|be any better)\b`,
];
const ALONE_AT_THE_FESTIVAL = [
  pattern`\beveryone\b(?: \w+){0,4}? had (?:someone|somebody|a partner|people|family|their family|a husband|a wife)\b(?: \w+){0,3}? i (?:just )?(?:(?:sat|stood|stayed|was)(?: there)? (?:alone|on my own|by myself|in (?:the|a) corner)|sat there|had no one|had nobody)\b`,
];
const WANTS_US_OUT = [
  pattern`\b(?:wants|want|told|telling|tells|asked|asking) (?:us|me) (?:out of (?:his|her|their|the|my|our) (?:house|flat|home|place|room)|to (?:leave|get out of|move out of) (?:his|her|their|the|our) (?:house|flat|home|place))\b`,
];

export const HUNDRED_AND_NINETY_SEVENTH_WHOLE_SETS = [
  [unless(`\\b${KIN_WORDS}\\b`, HIT_NOT_HARM), [group('crisis', 'abuse or violence', KIN_HIT_ME)]],
  [unless(String.raw`\b(?:track|tracks|tracking|tracked|follow\w*|monitor\w*|check\w*|read|reads|reading|go through|goes through|went through|looking for|after me|late)\b`, WATCHED_FOR_A_REASON), [group('crisis', 'coercive control', WATCHED_BY_FAMILY)]],
  [unless(String.raw`\b(?:let me|stop|stopped|stops)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'coercive control', KEPT_FROM_STUDY_AND_WORK)]],
  [unless(String.raw`\bdo it\b`, DO_IT_WITH_A_TOOL), [group('crisis', 'a plan to end their life', DAY_AND_THEIR_TABLETS)]],
  [unless(`\\b${GOD}\\b`, String.raw`\b(?:for (?:my|his|her|their|the) (?:mum|dad|nan|family|baby|brother|sister|friend|uncle|aunt)|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', ASKING_GOD_TO_TAKE_ME)]],
  [unless(String.raw`\bwill not need\b`, WILL_NOT_NEED_GOOD_NEWS), [group('crisis', 'intends to end their life', WILL_NOT_NEED_ANYTHING)]],
  [unless(String.raw`\b(?:believe|think|hope)\b`, String.raw`\b(?:the government|the economy|the council|prices|the market|the weather|the team|the club|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'hopelessness', NO_LONGER_BELIEVE)]],
  [unless(String.raw`\beveryone\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'feels alone', ALONE_AT_THE_FESTIVAL)]],
  [unless(String.raw`\b(?:house|flat|home|place|room)\b`, String.raw`\b(?:for the (?:day|afternoon|evening|weekend|party)|while they|so they can|decorat\w*|paint\w*|builders|cleaners|the party|guests|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'may lose their home', WANTS_US_OUT)]],
] as const;
