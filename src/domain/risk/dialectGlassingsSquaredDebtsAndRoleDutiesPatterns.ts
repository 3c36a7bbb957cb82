// Read from the hundred-and-seventy-eighth split (men from manual work, many writing in their own
// dialect: gruff, understated, joking to cover it), measured once fresh and then read: debts paid
// back "so i leave nowt behind", a thought of stepping out into the traffic, glassing someone,
// a heart attack taken over another year of this, ending it that "crossed me mind"; as worry, a
// pastime no longer enjoyed, betting that has dug a hole, not bothered with food, in a bad way, a
// boot into next week; and, among everyday messages read as crisis, the duties of a job (self harm,
// suicide watch, sleeping rough) and figures on the news. ("just couldnt" is left to the models: at
// a review's "What happened?" it is an answer.) Also from play-testing:
// "me and my mate are both homeless, sleeping in his car" (a car that is not theirs, said of both).
// Normalised words ("do not", "going to").
import { oneOf, pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';
import { CHAT_HARM_WORDS } from './noFutureCoursesAndSuicideMissionsPatterns.ts';

const MY = String.raw`(?:my|me)`;

// Debts paid back so that nothing is left behind: settling up before going.
const SQUARED_DEBTS = [
  pattern`\b(?:paying|paid|pay|settling|settled|settle|clearing|cleared|clear|squaring|squared|square)\b(?: \w+){0,5}? (?:back|up|off|what i owe|${MY} debts?|everyone|everybody|folk)\b.*\bso (?:that )?(?:i|there is|there will be|theres) (?:leave |have left |will leave |am leaving |left )?(?:nothing|nowt|nought|no debts?)(?: \w+)? (?:behind|owing|left (?:behind|to (?:sort|pay|clear))|to (?:sort|pay|clear) (?:after|when))\b`,
];
const SQUARED_UNLESS = String.raw`\b(?:new job|moving|move|emigrat\w*|mortgage|wedding|baby|fresh start|start again|iva|bankrupt\w*|debt relief|dro|holiday)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "keep thinkin about just steppin out into it": into the traffic, off a bridge, under a train.
const STEP_OUT = [
  pattern`\b(?:keep|kept|keeps|always|been) (?:thinking|wondering|picturing|imagining) (?:about|of) (?:just )?(?:stepping|steppin|walking|walkin|stepping off|swerving|pulling out|jumping|jumpin) (?:out )?(?:into|in front of|under|off) (?:it|them|the traffic|traffic|a lorry|the lorries|a bus|a train|the road|the motorway|the m\d+|the tracks|the dual carriageway|the bridge)\b`,
];
const STEP_OUT_UNLESS = String.raw`\b(?:careful|nearly got hit|almost got hit|look both ways|green cross|dog|kids|child|toddler)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// Glassing or bottling someone, said as a thing to go and do.
const OBJECT = String.raw`(?:him|her|them|em|that \w+|the (?:gaffer|boss|foreman|manager|supervisor|bloke|fella|lad|guy|landlord|neighbour|ex|ref|referee|bouncer|driver|kid|lads|landlady)|${MY} (?:gaffer|boss|ex|neighbour|landlord|foreman|supervisor))`;
const GLASSING = [
  pattern`\b(?:going to|will|i will|want to|about to|might|could|should) (?:go (?:\w+ ){0,4}?(?:and|to) )?(?:glass|bottle|shank|batter|do in) ${OBJECT}\b`,
];

// Death taken over the life they have: "id take a heart attack over another year of this".
const DEATH = String.raw`(?:a heart attack|a stroke|cancer|death|dying|being dead|the big one|a bus|getting hit by a (?:bus|train|lorry|car)|hit by a (?:bus|train|lorry|car)|run over)`;
const RATHER_DEAD = [
  pattern`\b(?:i would|i will|i had|id) (?:rather |sooner |happily |gladly )?(?:take|have|welcome|get|be) ${DEATH} (?:over|than|instead of|rather than)\b`,
];

// Ending it "crossed me mind": a thought of suicide, however it is waved away after.
const CROSSED_MIND = [
  pattern`\b(?<!never )(?:crossed|crosses|crossing) ${MY} mind (?:to|about|of) (?:end(?:ing)? (?:it|things|${MY} life|myself)|(?:kill|killing|topping|top|do|doing) (?:myself|my self|me in)|not (?:being here|waking up))\b`,
];
const NEVER_CROSSED = String.raw`\b(?:never|not once|has not|have not|would not ever)\b(?: \w+){0,2} crossed\b|${SOMEONE_ELSE_OR_A_STORY}`;
// "crossed me mind to end it but nah, not me": a thought waved away is still a worry.
const WAVED_AWAY = String.raw`\bbut (?:no|nah|naw|i would not|i will not|i am not|never|not me|i could not|i would never)\b`;

// Both of them without a home, in someone's car or van: "me and my mate are both homeless, sleeping in his car".
const US_IN_A_CAR = [
  pattern`\b(?:me and (?:${MY} |the )?\w+|we|we are|we have been|(?<!\b(?:they|you|people|who|lads|guys|he|she) )were|both of us|the two of us|us two|us both)\b(?: \w+){0,6}? (?:sleeping|kipping|living|dossing|sleep|kip) (?:in|out of) (?:his|her|their|our|the|a|${MY}|a mates|his mates) (?:car|van|motor|tent)\b`,
];
const US_IN_A_CAR_UNLESS = String.raw`\b(?:festival|camping|campsite|glamping|holiday|trip|weekend away|road trip|fishing|wild camp\w*|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// Worries: a pastime no longer enjoyed, betting's hole, food not bothered with, in a bad way.
const PASTIME = String.raw`(?:fishing|football|the football|the match|darts|snooker|pool|golf|the gym|gym|running|cycling|the bike|music|guitar|gaming|the pub|the allotment|the garden|gardening|walking|the dog|cooking|reading|telly|tv|going out|anything|owt|nothing|it)`;
const NO_JOY = [
  pattern`\b(?:do not|no longer|can not|cannot|never) (?:enjoy|get anything out of|look forward to|bother with|fancy) (?:the |${MY} )?${PASTIME}(?: \w+)? any ?more\b`,
  pattern`\b(?:do not|no longer) (?:enjoy|get anything out of) (?:the |${MY} )?\w+ any ?more\b.*\bused to (?:be|love|enjoy)\b`,
];
const BET_WORDS = String.raw`(?:betting|bets|bet|gambling|bookies|bookie|slots|fruit machines?|the horses|accas?|accumulators?|casino|scratch cards|roulette|the dogs)`;
const BETTING_HOLE = [
  pattern`\b${BET_WORDS}\b.*\b(?:in a hole|in the hole|in over ${MY} head|\d+ ?k down|\d+ ?grand down|lost (?:the lot|everything|${MY} wages?|the rent|it all|${MY} savings))\b`,
  pattern`\b(?:in a hole|\d+ ?k down|\d+ ?grand down)\b.*\b${BET_WORDS}\b`,
];
const NO_FOOD_BOTHER = [pattern`\bnot (?:bothered|bothering|arsed|fussed) (?:with|about) (?:food|eating|meals|${MY} tea|${MY} dinner|cooking)\b`];
const BAD_WAY = [pattern`\b(?:i have been|i am|been|i was|feeling|felt|still)\b(?: (?!not\b|never\b)\w+){0,2}? in a (?:bad|rough|low|dark) way\b`];
const INTO_NEXT_WEEK = [pattern`\b(?:boot|kick|punch|lamp|deck|smack|knock|chin|skelp|belt|twat|launch) (?:him|her|them|em|that \w+|the \w+|${MY} \w+)(?: \w+){0,4}? (?:into next week|to the moon|into orbit|across the room|into the middle of next week)\b`];

// "the missus hits us when shes had a drink": "us" for "me", as many write it.
const PARTNER_HITS_US = [
  pattern`\b(?:the|my|me) (?:missus|wife|husband|hubby|partner|fella|bloke|girlfriend|boyfriend|bird|other half|ex)\b(?: (?:still|sometimes|always|only|just|even))? (?:hits|slaps|punches|kicks|batters|belts|thumps|smacks|chokes|strangles|hurts) us\b(?! (?:with (?:a |the |new |more |loads |extra |another |his |her )?(?!belt|fists?|hands?|bat|stick|bottle|shoe|slipper|plate|glass)\w+|at (?:darts|pool|golf|fifa|chess|cards|scrabble)))`,
];
// "i was hit by her husband": the client hurt (the older rule reads "hit by her" only when no partner
// of hers follows, so "my aunty's been hit by her husband" is told of someone else).
const HIT_BY_HER_PARTNER = [
  pattern`\b(?:i|me)\b(?: \w+){0,2}? (?:hit|hurt|beaten|beat|attacked|assaulted|abused|punched|kicked|threatened) by her (?:husband|partner|boyfriend|ex|fella|bloke|man|dad|father|brother|son|other half)\b`,
];
// Standing by the line for the fast train: "i stand by the fence sometimes waitin for the fast one".
const WAITING_BY_THE_LINE = [
  pattern`\b(?:stand|standing|stood|sit|sitting|sat|wait|waiting|waitin)\b(?: \w+){0,3}? by the (?:fence|tracks?|line|rails?|edge|crossing|level crossing)\b.*\b(?:waiting|waitin|wait|watching) (?:for )?the (?:fast|express|non stop|freight|next) (?:one|ones|train|trains)\b`,
];
const TRAIN_WATCHING = String.raw`\b(?:spotting|trainspotting|photos?|camera|video|filming|my (?:son|lad|boy|daughter|grandson|kids)|the kids|platform|to work|commute|ticket|delayed|cancelled)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const THEM = String.raw`\b(?:he|she|they|his|her|their|him|them|my (?:mate|friend|brother|sister|dad|mum|son|daughter|cousin|uncle|neighbour)|our kid|me mate|me mam|me dad)\b`;

export const HUNDRED_AND_SEVENTY_EIGHTH_WHOLE_SETS = [
  [unless(String.raw`\bso (?:that )?(?:i|there is|there will be|theres)\b`, SQUARED_UNLESS), [group('crisis', 'preparing to end their life, or a past attempt', SQUARED_DEBTS)]],
  [unless(String.raw`\b(?:stepping|steppin|walking|walkin|swerving|pulling out|jumping|jumpin)\b`, STEP_OUT_UNLESS), [group('crisis', 'thinking about a way to end their life', STEP_OUT)]],
  [unless(String.raw`\b(?:glass|bottle|shank|batter|do in)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'harm to someone else', GLASSING)]],
  [unless(String.raw`\b(?:over|than|instead|rather)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'wishes to be dead', RATHER_DEAD)]],
  [unless(String.raw`\bmind\b`, `${NEVER_CROSSED}|${WAVED_AWAY}`), [group('crisis', 'thoughts of suicide', CROSSED_MIND)]],
  [unless(WAVED_AWAY, NEVER_CROSSED), [group('concern', 'spoke of harm, then said they would not', CROSSED_MIND)]],
  [unless(String.raw`\b(?:car|van|motor|tent)\b`, US_IN_A_CAR_UNLESS), [group('crisis', 'no safe place to sleep tonight', US_IN_A_CAR)]],
  [unless(String.raw`\bany ?more\b`, String.raw`\b(?:job|work|role|shift|commute|career|boss|manager|course|company|office|site|customers?)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'low mood', NO_JOY)]],
  [unless(BET_WORDS, SOMEONE_ELSE_OR_A_STORY + '|' + THEM + String.raw`(?: \w+)? (?:gambles|bets|is betting|has been betting)\b`), [group('concern', 'money worries', BETTING_HOLE)]],
  [unless(String.raw`\bnot (?:bothered|bothering|arsed|fussed)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'not eating or sleeping', NO_FOOD_BOTHER)]],
  [unless(String.raw`\bin a (?:bad|rough|low|dark) way\b`, String.raw`\bnot (?:\w+ )?in a bad way\b|\b(?:sorted now|all sorted|better now|feel alright|all good now|i am good|back on my feet|doing better|on the mend)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'low mood', BAD_WAY)]],
  [unless(String.raw`\bhits us\b|\b(?:slaps|punches|kicks|batters|belts|thumps|smacks|chokes|strangles|hurts) us\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'abuse or violence', PARTNER_HITS_US)]],
  [unless(String.raw`\bby her\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'abuse or violence', HIT_BY_HER_PARTNER)]],
  [unless(String.raw`\b(?:fast|express|non stop|freight|next) (?:one|ones|train|trains)\b`, TRAIN_WATCHING), [group('crisis', 'thinking about a way to end their life', WAITING_BY_THE_LINE)]],
  [unless(String.raw`\b(?:into next week|to the moon|into orbit|across the room)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'joked about hurting someone', INTO_NEXT_WEEK)]],
] as const;

// The duties of a job or a course read as a topic: "the prison officer role says you deal with self harm and suicide watch".
const DUTY_TOPIC = oneOf('self harm', 'self harming', 'suicide watch', 'suicide', 'suicidal people', 'sleeping rough', 'rough sleepers', 'homeless outreach', 'homelessness', 'addictions?', 'overdoses?', 'abuse', 'restraint', 'violent (?:people|patients|prisoners|behaviour)', 'overdose');
const ROLE_DUTIES_GATE = /\b(?:job|role|post|position|vacancy|advert|work|course|training|shifts?)\b/;
const ROLE_DUTIES = [
  pattern`\b(?:job|role|post|position|vacancy|advert|work|course|training) (?:involves|involved|says|said|includes|included|is|means|covers|would be|deals with|requires|will involve)\b(?: \w+){0,8}? ${DUTY_TOPIC}(?:(?: and| or|,)(?: \w+){0,3}? ${DUTY_TOPIC})*(?: (?:history|histories|watch|issues))?\b`,
];
const ROLE_DUTIES_UNLESS = pattern`\b(?:myself|my ?self|i have been|i was|happened to me|my own|me too|like me|triggered|triggering|brings? (?:it|stuff|things|it all) back|flashbacks?|i went through|same as me|what i went through|i still)\b`;

// Figures on the news: "heard on the radio there's more suicides in construction than anywhere".
const FIGURES_GATE = /\bsuicides?\b/;
const FIGURES = [
  pattern`\b(?:more|most|highest|lowest|rate of|rates of|number of|numbers of|statistics on|stats on|figures on) (?:male )?suicides?(?: rates?)?(?: (?:in|among|amongst|for) (?:\w+ ){0,2}?\w+)?\b`,
];
const FIGURES_UNLESS = pattern`\b(?:myself|my ?self|i will|i am going to|i want to|i have thought|i think about|thinking about it|join them|one of them|next|me too|i will be)\b`;

// How often a step is done, typed where its first day is asked: "i will do it every day" (play-testing:
// the model had heard drinking to cope in it, and the goal's day question had a check-in instead).
const RHYTHM_GATE = /\b(?:every|each)\b/;
const RHYTHM = [
  pattern`^(?:(?:i will|ill|i can|i could|i would|probably|maybe|ok|yeah|yes)\s+)*(?:do (?:it|them|that)|try|apply|go|look|ring|call|check) (?:every|each) (?:single )?(?:day|week|weekday|morning|evening|fortnight|other day|other week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$`,
];
const RHYTHM_UNLESS = pattern`\b(?:drink\w*|drunk|pills|tablets|cut\w*|hurt\w*|harm\w*|kill\w*|end it|die|dead|bottle|vodka|cans|smoke|weed|gamble|bet)\b`;

// Words about the chat itself (play-testing, round nine: each had "That sounds really hard" and the
// adviser offered): "how long does this take?", "stop texting me", "i dont need this anymore ive got a job".
const THE_CHAT_GATE = /\b(?:how long|stop|need this|need you)\b/;
const THE_CHAT = [
  pattern`^how long (?:does|do|will|would|is) (?:this|it|these|the questions|this chat|this bit|all this|this thing) (?:take|last|go on for|go on)$`,
  pattern`^(?:(?:can|could|will|would) you |please |pls |plz )?stop (?:texting|messaging|message|messages|reminding|sending|pinging|bugging|nagging|chasing) (?:me|us)(?: (?:please|pls|plz|now|so much|every day|all the time))*$`,
  pattern`^(?:(?:can|could|will|would) you |please |pls |plz )?stop (?:the|these|your|all the|all these) (?:reminders|messages|texts|notifications|nudges)(?: (?:please|pls|plz|now))*$`,
  pattern`\b(?:i )?(?:do not|dont) need (?:this|you|the coach|this chat|this app|the reminders)(?: any ?more| now)?\b(?=.*\b(?:got (?:a|the) job|got work|found (?:a )?(?:job|work)|start(?:ing|ed)? (?:work|my (?:new )?job|the job|at)|new job|been offered|offered the job|employed)\b)`,
];
const THE_CHAT_UNLESS = pattern`\b(?:${CHAT_HARM_WORDS}|anything any ?more|life)\b`;

// Other people at risk in the client's work or training (play-testing, round nine: each set off a full
// crisis): "helping people who were sleeping rough", "watch for residents who self harm", "had to deal
// with overdoses", "learned how to help someone who is suicidal".
const IN_MY_CARE_GATE = /\b(?:help|helping|helped|support\w*|look\w* after|car\w* for|watch\w* for|deal\w* with|dealt with|work\w* with|talk\w* to|report\w*|spot\w*)\b/;
const PEOPLE = oneOf('someone', 'somebody', 'people', 'residents', 'clients', 'patients', 'service users', 'customers', 'punters', 'young people', 'kids', 'children', 'students', 'pupils', 'prisoners', 'inmates', 'lads', 'guests', 'tenants', 'members', 'others', 'them');
const AT_RISK = oneOf('suicidal', 'self harm', 'self harming', 'self harmed', 'sleeping rough', 'homeless', 'overdosing', 'overdosed', 'at risk', 'in crisis', 'suicidal thoughts', 'drink problems', 'addictions?');
const IN_MY_CARE = [
  pattern`\b(?:help|helping|helped|support|supporting|supported|look after|looking after|looked after|care for|caring for|cared for|watch for|watching for|deal with|dealing with|dealt with|work with|working with|worked with|talk to|talking to|report|reporting|spot|spotting)\b(?: \w+){0,2}? ${PEOPLE}\b(?: (?:who|that) (?:is|are|were|was|have|had|might be|may be|feel|felt))? (?:\w+ )?${AT_RISK}\b`,
  pattern`\b(?:deal|dealt|dealing|had to deal|help|helped|helping) with (?:the )?(?:overdoses|ods|fights|self harm|suicide attempts)\b`,
];
const IN_MY_CARE_UNLESS = pattern`\b(?:myself|my ?self|me too|like me|i am|i was|i have been|i feel|i felt|happened to me|my own|same as me|i still|brings? (?:it|stuff|things|it all) back|triggered|triggering)\b`;

/** Read as a topic only when a message is read (rules.ts), never in the text the model trains on. */
export const HUNDRED_AND_SEVENTY_EIGHTH_READING_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  [ROLE_DUTIES_GATE, ROLE_DUTIES, ROLE_DUTIES_UNLESS],
  [FIGURES_GATE, FIGURES, FIGURES_UNLESS],
  [RHYTHM_GATE, RHYTHM, RHYTHM_UNLESS],
  [THE_CHAT_GATE, THE_CHAT, THE_CHAT_UNLESS],
  [IN_MY_CARE_GATE, IN_MY_CARE, IN_MY_CARE_UNLESS],
];
