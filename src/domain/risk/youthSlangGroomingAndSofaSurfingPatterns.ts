// Crisis: "going through with it" said alone, with nothing else it could be; a practice or test run
// with a belt, cord or rope; someone at home or in care who keeps hurting, hitting or touching the
// client; county lines: the olders the client runs for threatening them or their family over a lost
// package or a debt; "i attempted" with no task named ("attempted last year", "ended up in a e");
// glad or happy if a bus hit them or they did not wake up; drill slang for killing someone ("catch
// a body", "wet him", "merk") said with a day, a grudge or "swear down"; walking into the sea or a
// river and keeping going.
// Concern: a bare "pointless" or "what is the point"; "i am the problem in every situation"; "i am
// just drowning"; the client telling a friend to "kys"; "lost hope with all of it"; kicked out of
// the group chat or no one speaking to them now; "pathetic, that is what i am".
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFortyThirdForms.test.ts.
// Normalised words, as in riskPatterns.ts ("they'll" is "theyll", "a&e" is "a e", "kys" is "kill yourself").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';


// --- Crisis -------------------------------------------------------------------------------------
const LEAD_IN = String.raw`(?:(?:ok|okay|right|yeah|yes|so|well|honestly|ngl|tbh|no cap|for real|swear down|i have decided|decided|that is it|fuck it|screw it|sorry|bye)\s)*`;
const WHEN = String.raw`(?:\s(?:this time|tonight|today|now|this weekend|tomorrow|for real|properly|no matter what|i have decided|i have made my mind up|this time round|after all|sorry|bye))*`;
const GOING_THROUGH = pattern`^${LEAD_IN}(?:i am|i will|i am going to|i am actually|i am really|i am definitely|i am finally|i am just) (?:actually |really |definitely |finally |just )?(?:go |going |going to go |gonna go )?through with it${WHEN}$`;

const LIGATURE = String.raw`(?:belt|rope|cord|dressing gown cord|ligature|noose|scarf|tie|cable|charger lead|lead|dog lead|shoelaces?|bedsheet|sheet)`;
const REHEARSAL = pattern`\b(?:practice|practise|trial|dry|test) run with (?:the |a |my )?${LIGATURE}\b|\b(?:practised|practiced|tested|tried out|tried) (?:the |a |my )?${LIGATURE} (?:on|from|round|around|off) (?:the |my )?(?:door|banister|bannister|wardrobe|hook|beam|loft hatch|curtain rail|railing|tree|neck)\b|\b(?:practised|practiced) (?:with|using) (?:the |a |my )?${LIGATURE}\b`;
const NOT_REHEARSAL = String.raw`\b(?:karate|judo|taekwondo|grading|martial|bjj|jiu jitsu|kickboxing|boxing|sander|conveyor|tool belt|seatbelt|seat belt|driving|fashion|outfit|cosplay|costume|dog|puppy|walk|climbing|abseil|knots?|scouts|guides|sailing|boat|camping|tent|lesson)\b`;

const HOME_PERSON = String.raw`(?:he|she|they|my (?:(?:foster |step |ex |mums |dads |carers |foster carers |step mums |step dads )?(?:carer|carers|son|daughter|brother|sister|stepdad|stepmum|step dad|step mum|mum|mam|dad|uncle|auntie|aunt|cousin|boyfriend|girlfriend|partner|husband|wife|nan|grandad|landlord|flatmate|housemate|key worker|support worker|placement|older brother|older sister|friend|mate))|the (?:older|other) (?:lads|boys|girls|kids|ones)|(?:staff|a staff member|one of the staff) (?:at|in) (?:the|my) (?:home|hostel|placement|unit))`;
const HURTS_ME = pattern`${NOT_BEFORE}\b${HOME_PERSON} (?:keeps|keep|has been|have been|is always|are always|always|still|kept|is|are|started|has started) (?:on )?(?:hurting|hitting|beating|kicking|punching|slapping|strangling|choking|touching|battering|burning) me\b(?! (?:with (?:words|what)|in (?:training|sparring|games?|the game)|by accident|accidentally|when we play|at (?:football|rugby|fifa|cod)))`;
const NOT_HURT = String.raw`\b(?:feelings|play fighting|play fight|tickling|tickle|wrestling|sparring|training|by accident|accidentally|lol|haha|in the game|on fifa|on fortnite|knee|back|tooth|teeth|shoes|boots)\b`;

const RUN_FOR = String.raw`\b(?:i|we) (?:run|ran|sell|sold|shot|shoot|hold|held|move|moved|carry|carried|do runs|did runs|work|worked|trap|trapped|go cunch|went cunch|went country|go country|go out country) (?:for|with) (?:them|him|the olders|my olders|the older (?:lads|boys|ones|man|mans)|these (?:lads|boys|olders|guys|men)|the (?:lads|boys|man|mans|guys|men|line))\b|\b(?:the|my) olders\b|\bcounty lines?\b|\b(?:lose|lost|losing|dropped|got robbed (?:of|for)) (?:the|a|their|his) (?:package|pack|parcel|bag|food|ting|phone|line|money|stash|drop)\b|\b(?:owe|owes|in debt to) (?:them|him|the olders|the line)\b`;
const THREAT_FAMILY = String.raw`\b(?:they|he|the olders|the (?:older )?(?:lads|boys|man|mans|guys|men))(?: \w+){0,3}? (?:said|say|says|told me|threatened|keep saying|keeps saying)(?: that)? (?:they|he|theyll|hell)(?: will| would| are going to| is going to| are gonna| is gonna)? (?:stab|shank|hurt|kill|merk|wet|beat up|batter|do in|jump|smash|cut|burn|come for|come after|go after) (?:me|my (?:little |baby |big )?(?:brother|sister|bro|sis|mum|mam|dad|family|nan|girlfriend|boyfriend|house|yard))\b`;
const COUNTY_LINES = new RegExp(String.raw`(?:${RUN_FOR}).*(?:${THREAT_FAMILY})|(?:${THREAT_FAMILY}).*(?:${RUN_FOR})`);
const NOT_COUNTY = String.raw`\b(?:race|marathon|relay|athletics|cross country|team|club|charity|parkrun|match|game|fortnite|fifa|film|series|show|drill track|lyrics|song|book|episode)\b`;

const PAST_ATTEMPT = pattern`\bi (?:have |had |already )?attempted\b(?=(?: (?:last|in|before|when|at|twice|once|a few times|three times|two times|\d+ times|again|years ago|months ago|weeks ago|after|and (?:ended up|woke up|survived|got found|was found|got taken|was taken)|but))|$)`;
const NOT_ATTEMPT = String.raw`\b(?:test|exam|quiz|question|questions|paper|module|course|level|task|recipe|climb|driving|theory|marathon|record|assessment|application|interview|puzzle|crossword|challenge|game|boss fight|raid)\b`;

const GLAD = String.raw`(?:happy|glad|relieved|so relieved|grateful|thankful|fine|okay|ok|alright|at peace|pleased)`;
const HIT = String.raw`(?:got hit|was hit|get hit|got run over|was run over|got knocked down|was knocked down|got knocked over|stepped in front of|did not wake up|never woke up|never wake up|did not make it|was not here|was not around|got taken out|died in my sleep|dropped dead|got stabbed|got shot)`;
const HAPPY_IF_HIT = pattern`\b(?:i would|id|i will|i would honestly|i would genuinely|i would actually|honestly i would) (?:be |feel |genuinely be |honestly be |actually be |just be )?${GLAD} if (?:i )?${HIT}\b|\b(?:it would|itd|would) be (?:a relief|a blessing|nice|good|ideal|fine|peaceful) if i ${HIT}\b`;

const BODY = String.raw`(?:catch a body|catch another body|catch bodies|wet (?:him|them|her|someone|one of them|that \w+)|merk (?:him|them|her|someone|one of them|that \w+)|shank (?:him|them|her|someone|one of them|that \w+)|splash (?:him|them|her|someone|one of them|that \w+)|dip (?:him|them|her|someone|one of them|that \w+)|ching (?:him|them|her|someone|one of them|that \w+)|slide on (?:them|him|their|his|that)|spin (?:the|their|his) block|do a drill on)`;
const SLANG_KILL = pattern`\b(?:going to|gonna|will|about to|finna|tryna|trying to|bout to|ill|i will|i am going to|on my way to|need to|have to)(?: \w+){0,2}? ${BODY}\b(?=.*\b(?:tonight|today|tomorrow|this weekend|this week|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|violated|disrespected|swear down|on my mum|on my life|not joking|for real|they jumped|he jumped|they touched|he touched|my little bro|my bro|my brother|my cousin|they stabbed|he stabbed|they robbed|he robbed)\b)`;
const NOT_SLANG = String.raw`\b(?:song|track|lyrics|verse|bars|drill music|music video|rapper|rap|mixtape|album|game|fortnite|cod|warzone|fifa|gta|film|movie|series|show|episode|book|in the studio|studio)\b`;

const WATER = String.raw`(?:the )?(?:sea|ocean|river|lake|water|waves|canal|reservoir|loch|tide|mersey|thames|tyne|clyde)`;
const INTO_SEA = pattern`\b(?:walk|walking|walked|wade|wading|go|going|swim|swimming|swam) (?:into|in to|out into|out in|out to|out past|out in to) ${WATER}\b(?: \w+){0,6}? (?:and )?(?:just )?(?:keep going|keep walking|keep swimming|keeps going|kept going|never (?:come|coming) back|not (?:come|coming) back|not (?:stop|stopping|turn back|turning back)|never stop|carry on|let it take me|let (?:the sea|the water|the waves|the tide) take me|disappear|be gone|not swim back|not be able to get back)\b`;
const NOT_SEA = String.raw`\b(?:charity|dip|wild swimming|swim club|lifeguard|paddle board|paddleboard|surf|surfing|wetsuit|triathlon|training|race|film|book|poem|song|lyrics)\b`;

// --- Concern ------------------------------------------------------------------------------------
const POINTLESS = pattern`^(?:(?:honestly|ngl|tbh|just|idk|i do not know|well|so|yeah|no cap|like|man|bro|mate)\s)*(?:pointless|it is (?:all )?pointless|(?:it is )?(?:all|so) pointless|everything is pointless|what is the point|whats the point|what even is the point|what is even the point|no point|there is no point|no point in anything|no point any more|no point anymore)(?:\s(?:really|honestly|tbh|ngl|anymore|any more|innit|tho|though|now))*$`;

const PROBLEM = pattern`${NOT_BEFORE}\bi am (?:always |just |literally |clearly |honestly |probably |obviously )?the (?:problem|issue|common denominator|reason it all goes wrong|reason everything goes wrong) (?:in|with) (?:every|each|all|any) (?:single )?(?:situation|relationship|friendship|friend group|group|job|placement|place|home|house|class|team|room)s?\b|\bit is (?:always|every time) me (?:that is|who is|that is the|who is the) (?:problem|issue)\b|\bthe (?:common denominator|problem) is (?:always )?me\b`;

const DROWNING = pattern`${NOT_BEFORE}\bi am (?:just |literally |actually |honestly |proper |properly |completely |totally |so |really )?drowning\b(?! in (?:\w+ )?(?:paperwork|emails|work|washing|laundry|orders|applications|offers|love|presents|gifts|sweat|sauce|gravy)\b)(?! (?:lol|haha)\b)`;
const NOT_DROWNING = String.raw`\b(?:lol|haha|good way|buzzing|swimming|pool|lesson|lifeguard|dream|game|film|sea|rain|sweat)\b`;

const TOLD_KYS = pattern`\bi (?:told|tell|said to|say to|keep telling|keep saying to|typed|put|messaged|sent) (?:my (?:friend|mate|bro|brother|sister|cousin|boyfriend|girlfriend)|him|her|them|this (?:kid|guy|lad|girl)|some (?:kid|guy|lad|girl)|the (?:kid|guy|lad|girl|other team)|everyone|\w+)(?: to)? kill yourself\b|\bi (?:said|typed|put|sent|wrote|commented) kill yourself\b`;

const LOST_HOPE = pattern`${NOT_BEFORE}\bi (?:have |had |have just |just |kind of |kinda |honestly |literally )?(?:lost|given up) (?:all )?hope (?:with|in|on|for) (?:all of it|everything|it all|life|myself|me|the future|my future|anything|things|everyone|all this|all of this)\b|\bi have lost (?:all )?hope\b(?! (?:in|of|for|on|with)\b)`;

const NO_ONE_SPEAKS = pattern`\b(?:no one|nobody|noone|none of them|no one at all) (?:even )?(?:speaks|talks|messages|texts|replies|chats|answers|checks on|hangs out|sits) (?:to |with |on )?me\b(?: (?:now|anymore|any more|at all|these days|since|ever))?(?! (?:like that|that way|about (?:the|my|work|jobs?)|at work)\b)|\b(?:kicked|removed|booted|blocked) (?:me )?(?:out of |out |from )?(?:the|our|every|all the) group chats?\b|\b(?:everyone|all my friends|all my mates|the whole group) (?:has |have )?(?:blocked|unfollowed|ghosted|muted|dropped) me\b`;
const NOT_EXILE = String.raw`\b(?:by accident|accidentally|lol|haha|work chat|work group|job|application|recruiter|employer|manager|interview|on purpose for my birthday|surprise)\b`;

const PATHETIC = pattern`\b(?:pathetic|useless|worthless|a failure|a joke|a waste of space|a waste|trash|garbage|a loser|a disgrace|an embarrassment|a burden|a nobody|unlovable|disgusting|vile)\b,? (?:that is|that is all|that is exactly|thats|that is just) (?:what|all|who) i am\b|\bthat is (?:all|what) i (?:will ever be|am and all i will ever be)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FORTY_THIRD_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [/\bthrough with it\b/, [group('crisis', 'intends to end their life', [GOING_THROUGH])]],
  [unless(String.raw`\b(?:run|practised|practiced|tested|tried)\b`, NOT_REHEARSAL), [group('crisis', 'preparing to end their life, or a past attempt', [REHEARSAL])]],
  [unless(String.raw`\bme\b`, NOT_HURT), [group('crisis', 'abuse or violence', [HURTS_ME])]],
  [unless(String.raw`\b(?:said|say|says|told me|threatened)\b`, NOT_COUNTY), [group('crisis', 'abuse or violence', [COUNTY_LINES])]],
  [unless(String.raw`\battempted\b`, NOT_ATTEMPT), [group('crisis', 'preparing to end their life, or a past attempt', [PAST_ATTEMPT])]],
  [/\bif\b/, [group('crisis', 'wishes to be dead', [HAPPY_IF_HIT])]],
  [unless(String.raw`\b(?:body|bodies|wet|merk|shank|splash|dip|ching|slide|block|drill)\b`, NOT_SLANG), [group('crisis', 'harm to someone else', [SLANG_KILL])]],
  [unless(String.raw`\b(?:sea|ocean|river|lake|water|waves|canal|reservoir|loch|tide|mersey|thames|tyne|clyde)\b`, NOT_SEA), [group('crisis', 'thinking about a way to end their life', [INTO_SEA])]],
  [/\bpoint(?:less)?\b/, [group('concern', 'hopelessness', [POINTLESS])]],
  [/\b(?:problem|issue|denominator)\b/, [group('concern', 'feels worthless', [PROBLEM])]],
  [unless(String.raw`\bdrowning\b`, NOT_DROWNING), [group('concern', 'not coping', [DROWNING])]],
  [/\bkill yourself\b/, [group('concern', 'joked about hurting someone', [TOLD_KYS])]],
  [/\bhope\b/, [group('concern', 'hopelessness', [LOST_HOPE])]],
  [unless(String.raw`\b(?:no one|nobody|noone|none of them|group chats?|blocked|unfollowed|ghosted|muted|dropped)\b`, NOT_EXILE), [group('concern', 'feels alone', [NO_ONE_SPEAKS])]],
  [/\bi am\b/, [group('concern', 'feels worthless', [PATHETIC])]],
];
