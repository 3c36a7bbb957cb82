// Everyday words that had read as crisis or concern, read as "course" (a topic that says nothing of
// the client), so the rest of the message is still read as it is: someone else's suicide attempt or
// overdose (a relative's, a speaker's, the ward's), someone else's abusive relationship, a
// neighbour arrested for it; a child's memes and game chat, "gta players be like"; a webtoon or
// anime character killed, a song where he wants to disappear; ending the week on a high; enough
// food and the electric topped up; a stranger shouting he would kill someone; "guns blazing";
// sleeping better since; hanging on by a thread to a course. (A relative in hospital, a friend
// sofa surfing and a domestic abuse advocate's job were tried too and left out: they rewrote
// everyday training messages and moved the classifier on the coach's held-out answers.)
// Each set is [gate on the clause, phrases, words anywhere in the message that make it the client's
// own, or risk, so it is read as written]. Look-alikes of our own are in
// test/domain/riskThirtiethForms.test.ts. Normalised words, as in riskPatterns.ts.
import { oneOf, pattern } from '../riskPatterns.ts';

const KIN_ADULT = oneOf('partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'mum', 'mam', 'mother', 'dad', 'father', 'brother', 'sister', 'friend', 'best friend', 'pal', 'flatmate', 'housemate', 'son', 'daughter', 'nan', 'gran', 'grandad', 'uncle', 'aunt', 'auntie', 'cousin', 'colleague', 'boss', 'neighbour', 'fella', 'other half', 'stepdad', 'stepmum', 'niece', 'nephew');
const WHOSE = String.raw`my (?:${KIN_ADULT}s )?${KIN_ADULT}s?`;
const YOUNG = oneOf('son', 'daughter', 'kid', 'kids', 'boy', 'girl', 'nephew', 'niece', 'brother', 'sister', 'little brother', 'little sister', 'cousin', 'grandson', 'granddaughter', 'students?', 'pupils?', 'class');
const GAMES = oneOf('gta', 'cod', 'call of duty', 'fortnite', 'valorant', 'rust', 'apex', 'roblox', 'minecraft', 'xbox', 'online', 'csgo', 'overwatch', 'league', 'warzone', 'fifa');
// Said anywhere, these make the topic the client's own, so it is read as written.
const OWN = String.raw`me too|relate|that is me|i feel the same|so am i|so do i|so have i|same here|same as me|like me|i have too|i did too|myself too|i want to (?:die|end it|kill myself|do the same|as well)|i wish|i will too|i am next|that will be me|that could be me|i tried|i have tried|i attempted|my (?:own )?attempts?|i took|i overdosed|i am thinking|thinking about it|thought about it|hurt me|hit me|hits me|at me|to me too|my money|my card|my wages|my phone|scared|afraid|frightened|not joking|i mean it|for real|in real life|irl|seriously`;

export const THIRTIETH_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  // Someone else's attempt or overdose: a relative's, a speaker's story, the ward's nights.
  [/\b(?:attempted|attempts?|overdosed|overdoses|overdose)\b/, [
    new RegExp(String.raw`\b${WHOSE}(?: \w+)? (?:attempted suicide|attempted|took an overdose|overdosed|had an overdose)\b`),
    pattern`\b(?:the |a |our |one )?(?:speaker|guest|guest speaker|trainer|tutor|lecturer|presenter|mentor|ambassador|author|youtuber|streamer|footballer|singer|woman|man|lady|guy|she|he)(?: \w+){0,4}? (?:talked|spoke|told us|shared|opened up|was open|wrote|posted|talks|speaks) about (?:her|his|their) (?:own )?(?:suicide attempts?|attempts?|overdoses?|self harm|breakdown)(?: and (?:her|his|their) recovery)?\b`,
    pattern`\b(?:they|we|nurses|paramedics|staff|the ward|doctors|police) (?:deal with|deals with|dealt with|see|sees|saw|get|gets) (?:\w+ )?overdoses (?:every|all the time|most|each|daily|weekly|a lot)\b`,
  ], new RegExp(String.raw`\b(?:${OWN})\b`)],
  // Someone else's abusive relationship, a neighbour arrested for it.
  [/\b(?:coercive|abusive|violent|controlling|toxic|domestic|dv|controls|takes|keeps|arrested|nicked|charged)\b/, [
    new RegExp(String.raw`\b${WHOSE}(?: \w+)? (?:was|has been|had been|were|used to be|is) in (?:a|an) (?:coercive|abusive|violent|controlling|toxic)(?: \w+)? relationship\b`),
    pattern`\b(?:my |our |the )?(?:neighbours?|next door|the (?:guy|man|woman|lady|bloke|couple|family) (?:next door|downstairs|upstairs|across the road|over the road|opposite))(?: \w+)? (?:was|got|has been|had been|is being|were) (?:arrested|nicked|charged|taken away|picked up)(?: by the police)? (?:for|over) (?:domestic (?:abuse|violence)|dv|assault|abuse)\b`,
  ], new RegExp(String.raw`\b(?:${OWN}|i am in|i was in (?:a|an) (?:coercive|abusive|violent|controlling)|my (?:partner|husband|wife|boyfriend|girlfriend|ex) (?:is|was|does|did|controls|takes|hits|hit))\b`)],
  // A child's memes and game chat, and what players in a game lobby say.
  [new RegExp(String.raw`\b(?:memes?|jokes?|tiktoks?|videos?|clips?|${GAMES}|discord|playstation|ps4|ps5|headset|lobby|lobbies|gamers|players)\b`), [
    new RegExp(String.raw`\bmy (?:little |big |younger |older )?${YOUNG}(?: \w+){0,2}? (?:keeps |kept |always |is always |keep )?(?:sending|sends|sent|posting|posts|posted|sharing|shares|making|makes|watching|watches|showing|shows|laughing at) (?:me )?(?:\w+ )?(?:memes?|jokes?|tiktoks?|videos?|clips?) (?:about|of) (?:\w+ ){0,2}?(?:killing myself|killing|murdering|suicide|dying|death|stabbing|shooting)(?: (?:the |his |her |their )?\w+)?`),
    new RegExp(String.raw`\bmy (?:little |big |younger |older )?${YOUNG}(?: \w+){0,2}? (?:keeps |kept |always |is always )?(?:saying|says|said|shouting|shouts|screaming|screams|yelling|yells)(?: \w+){1,8}? (?:to|at) (?:his|her|their) (?:${GAMES}|discord|playstation|ps4|ps5|gaming|game|headset)(?: (?:friends|team|squad|lobby|chat))?\b`),
    new RegExp(String.raw`\b${GAMES} (?:players|kids|lobbies|lobby|chat|gamers|teammates|randoms) (?:be like|are like|always say|always saying|keep saying|saying|say|be saying|shouting|screaming)(?: \w+){1,5}`),
  ], /\b(?:not joking|i mean it|for real|irl|in real life|seriously|real life)\b/],
  // A webtoon, manga or anime character killed, a song where he wants to disappear.
  [/\b(?:webtoon|manga|anime|manhwa|comics?|graphic novel|fanfic|fan fiction|light novel|visual novel|isekai|song|track|lyrics|poem)\b/, [
    pattern`\bin (?:the|this|that|a|his|her) (?:song|track|lyrics|music video|poem) (?:he|she|they|the singer|the rapper|the guy|the girl|the narrator) (?:wants|wanted|says (?:he|she|they) wants?|sings about wanting|talks about wanting|is begging|begs) to (?:disappear|vanish|die|fade away|be gone|not be here)\b`,
    pattern`(?:(?<=\b(?:webtoon|manga|anime|manhwa|comics?|graphic novel|fanfic|fan fiction|light novel|visual novel|isekai)\b.*)|(?=.*\b(?:webtoon|manga|anime|manhwa|comics?|graphic novel|fanfic|fan fiction|light novel|visual novel|isekai)\b))\b(?:the )?(?:mc|main character|fmc|ml|male lead|female lead|protagonist|villain|villainess|hero|heroine|character|lead|side character)s?(?: \w+){0,3}? (?:keeps |kept )?(?:getting|gets|got|is|was) (?:killed|murdered|stabbed|shot|reborn|reincarnated|hit by a truck)(?: and (?:reborn|reincarnated|comes back|brought back|revived))?\b`,
  ], new RegExp(String.raw`\b(?:${OWN}|overdos\w*|took (?:too many|pills|tablets)|cut|cutting|pushed me|because of (?:him|her)|he did|she did)\b`)],
  // Ending the week on a high; enough food and the electric topped up; "guns blazing"; sleeping better since; a course hung on to.
  [/\b(?:on a (?:high|good note|positive|positive note|bang|good one)|enough|plenty|topped up|guns blazing|better since|hanging on by a thread)\b/, [
    pattern`\b(?:end|ending|finish|finishing|close|closing|wrap|wrapping) (?:up )?(?:this|the|my|our) (?:week|day|month|year|term|semester|shift|season|placement|course|module|job|internship|stream) on a (?:high|good note|positive|positive note|bang|good one)\b`,
    pattern`(?:^|\b(?:i am (?:good|ok|okay|fine|alright)|all good|we are (?:good|ok|fine)|and) )(?:got|have got|we have|i have|have) (?:enough|plenty of) (?:food|to eat|money for food|gas|electric|electricity|credit)\b(?! (?:for|until|till|to last) (?:tonight|today|now|a day|one day|the moment)\b)`,
    pattern`\b(?:the |my |our )?(?:electric|electricity|gas|meter|power) (?:is|s|has been|was|got) (?:topped up|paid)\b`,
    pattern`\b(?:went|go|going|came|come|coming|walked) in (?:all )?guns blazing\b`,
    pattern`\b(?:sleeping|slept|feeling|eating) (?:much |a lot |loads |way |so much )?better (?:since i (?:stopped|started|quit|gave up|cut down on) (?:doomscrolling|scrolling|my phone|the phone|caffeine|coffee|energy drinks|gaming late|tiktok|social media|screens)|since (?:the|my) (?:new )?(?:mattress|pillow|blinds|routine))\b`,
    pattern`\bhanging on by a thread (?:to|with|in) (?:this|the|my) (?:\w+ ){0,2}(?:course|module|class|lesson|spreadsheet|exam|assignment|unit|project|level|game|quiz)\b`,
  ], /\b(?:owe|arrears|debts?|bailiffs|cut off|disconnect\w*|run out|running out|ran out|nothing left|no money|not|no|only|until|till|for now|tonight|last|barely|just about|emergency|food bank|foodbank|skipp\w*|starv\w*|hungry|pills|die|dead|end it|kill\w*|suicid\w*|life|everything|mentally|sanity|cutting|self harm|drinking|drugs|gun|shoot\w*|for good|forever|goodbye)\b/],
  // A stranger who shouted he would kill someone.
  [/\b(?:shouting|screaming|yelling|threatening|saying|said|threatened|swearing)\b/, [
    pattern`\b(?:a|an|the|some|this|that|one|another) (?:old |young |drunk |angry |random )?(?:man|woman|lady|guy|bloke|lad|girl|person|customer|client|claimant|fella|youth|kid)(?: \w+){0,5}? (?:was |were |kept |started |is |keeps )?(?:shouting|screaming|yelling|threatening|saying|said|threatened|swearing)(?: that)? (?:he|she|they) (?:would|will|was going to|were going to|is going to|wanted to|d) (?:kill|stab|hurt|batter|shoot|smash|knock out|punch) (?:someone|somebody|everyone|everybody|the staff|people|us all|the lot of us|them all)\b`,
  ], /\b(?:i wanted to|i will kill|i am going to|i would|so do i|same here|me too|he meant me|kill me|hurt me|stab me|attacked me|hit me)\b/],
];


