// Read from the two-hundred-and-forty-fifth split (young men 17-21 in UK cities, street slang and
// gaming talk, bravado hiding fear, gangs and debts: 93.5% crisis fresh). The kinds, in the slang's
// general forms: an oath ("on my mum", "swear down", "deadass") before not being here next week; a
// weapon got ("the strap", "a nank", "a blade") and someone "getting dropped" or "wet"; "gonna do that
// guy", "ima wet him", made serious by "for real", "no cap", "on my mum"; the olders or opps catching,
// jumping or "battering" the client; hiding because they are looking for them, or the opps outside the
// block; sent "country" to a trap till a debt is paid; a debt to the olders with a threat; hoping the
// olders "finish me off"; a note left "in case anyone looks"; new cuts "i did them friday", a glass
// "used on myself". Concerns: still owing a dealer or the olders; needing a zoot before facing the job
// sites; "if i dont get a job im out"; all the mates locked up, "its just me"; "not feeling it today,
// or any day"; a threat said as a joke ("one more time im fighting the driver"). Gaming and music
// look-alikes ("shank him in fortnite", "got merked in cod", "the drill tune about the opps") are left
// alone: every set shuts on games, tracks and stories. Normalised words ("i am", "going to" for "gonna").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, STORIES_AND_GAMES, unless, WEEKDAY } from './wholeMessageSets.ts';

/** Games, drill and grime, sport: where "merked", "the opps", "the strap" and "dropped" are the game's or the track's. */
const TRACKS = String.raw`\b(?:fifa|fc \d+|cod|warzone|fortnite|apex|valorant|pubg|rust|gta|rocket league|2k|ranked|lobby|lobbies|1v1|server|squad|loadout|respawn|spawn|clan|raid|raided|base|boss|level|ps5|xbox|controller|headset|online|drill|grime|tune|track|song|verse|bars|lyrics|music video|rapper|beat|spar|sparring|boxing|ufc|mma|ring|five a side|5 a side|match|football|ref|pitch|paintball|laser tag|airsoft|${STORIES_AND_GAMES})\b`;
/** The same, and someone else's saying: for the sets where a threat or a rule told by the client ("they said theyll come to my mums") is not itself the risk. */
const GAMES_AND_TRACKS = String.raw`${TRACKS}|${SOMEONE_ELSE_OR_A_STORY}`;

/** An oath or a word that makes what follows meant: "on my mum", "swear down", "no cap", "for real". */
// A bare "i swear" is how a grumble is said ("going to kill him i swear, the drilling at 7"): not here.
const OATH = String.raw`(?:on my (?:mum|mums life|mothers life|nan|nans life|life|kids life|brothers life|dead \w+|everything|grave)|swear on (?:my )?(?:mum|mums life|mothers life|nan|nans life|life|kids|kids life|grave|everything)|deadass|no cap|for real|i mean it|i am not (?:playing|joking|messing)|not playing|not joking|mark my words|i am (?:being )?serious)`;

/** The gang the client fears: the olders, the opps, "them man". */
const THEM = String.raw`(?:the |them |some |these |those )?(?:olders|older (?:lot|boys|lads|ones|man|mans|guys|heads|kids)|elders|opps|opp boys|mandem|man dem|them man|them mans|that lot|gang|gang lot|the other side|other ends)`;

// "on my mum im not gonna be here next week"
const OATH_NOT_HERE = [
  pattern`\b${OATH}\b.*\b(?:am not|i will not|will not|not) (?:going to |gonna )?be (?:here|around|alive|about|breathing) (?:next week|next month|tomorrow|by (?:${WEEKDAY}|the weekend|next week|christmas|then)|much longer|for long|this time next (?:week|month|year)|come (?:${WEEKDAY}|the weekend))\b`,
  pattern`\b(?:am not|i will not|will not|not) (?:going to |gonna )?be (?:here|around|alive|about|breathing) (?:next week|next month|tomorrow|by (?:${WEEKDAY}|the weekend|next week|christmas|then)|much longer|for long)\b.*\b${OATH}\b`,
];
const AWAY = String.raw`\b(?:holiday|away|abroad|trip|festival|flight|flying|staying (?:with|at)|visiting|moving|move|wedding|funeral|course|training|induction|shift|shifts|rota|working|booked|leave|napa|ibiza|zante|magaluf|uni|camp|back (?:on|in|from|home|to)|from ${WEEKDAY}|till ${WEEKDAY}|until ${WEEKDAY})\b|${GAMES_AND_TRACKS}`;

// "got the strap sorted, someones getting dropped"
const WEAPON = String.raw`(?:strap|straps|ting|nank|shank|shanks|blade|blades|knife|knives|machete|zombie knife|rambo|bora|dipper|burner|piece|gun|shotty|shotgun|pistol|skeng|waps|wap|mash|stick|corn|ammo)`;
const WEAPON_AND_VICTIM = [
  pattern`\b(?:got|have|sorted|picked up|bought|buying|getting|carrying|bringing|holding|on me|grabbed|found)\b.*\b(?:the|a|my|me a|us a|one|man a) ${WEAPON}\b.*\b(?:getting|gets|going to get|gonna get|will get|will be|is going to be|are going to be) (?:dropped|wet|wetted|shanked|stabbed|shot|bodied|merked|murked|ended|poked|splashed|bored|cheffed|chinged|jooked|slumped|smoked|put down|laid out|sent)\b`,
  pattern`\b(?:got|have|sorted|picked up|bought|carrying|bringing)\b.*\b(?:the|a|my) ${WEAPON} (?:for|ready for) (?:the opps|them|him|her|that \w+|the \w+ who|whoever|my step ?dad|my dad|my ex)\b`,
];
const WEAPON_EVERYDAY = String.raw`\b(?:${LAUGH}|amnesty|workshop|kitchen|chef|cooking|butter|bread|steak|veg|vegetables|warehouse|box cutter|stanley|cutter|fishing|camping|dvla|lesson|bin|workshop|police|feds|surrendered|handed in|handed it in)\b|${GAMES_AND_TRACKS}`;

// "im gonna do that guy at the jobcentre. for real"
const PERSON = String.raw`(?:him|her|them|that (?:guy|man|bloke|lad|kid|yute|youth|boy|girl|woman|prick|idiot|dickhead|wasteman|snake|snitch|opp|brudda|bredda|lot|manager|boss|security)|the (?:guy|man|bloke|lad|kid|yute|boy|girl|woman|opps|opp|olders|older|snitch|security|bouncer|driver|manager|boss|work coach|landlord|neighbour)|my (?:step ?dad|dad|brother|bro|cousin|ex|landlord|boss|manager|neighbour|work coach)|them (?:man|mans|lot|boys|lads)|someone|somebody|one of them)`;
const VIOLENT = String.raw`(?:do|wet|shank|stab|bang|merk|murk|drop|slap up|smoke|body|end|batter|bun|jook|poke|cheff|bore|splash|ding|box|spark|rush|ride on|run up on|shoot|cut|hurt|kill|finish|sort out|deal with)`;
const DO_THAT_GUY = [
  pattern`\b(?:i am going to|going to|gonna|ima|i will|ill|i am|about to)\s(?:${VIOLENT}) ${PERSON}\b.*\b${OATH}\b`,
  pattern`\b${OATH}\b.*\b(?:i am going to|going to|gonna|ima|i will|ill|about to)\s(?:${VIOLENT}) ${PERSON}\b`,
];
const DO_EVERYDAY = String.raw`\b(?:${LAUGH}|do (?:him|her|them) (?:a|an|the|some)|do (?:him|her|them) proud|favour|sort (?:him|her|them) out (?:a|with)|deal with (?:him|her|them) (?:tomorrow|later|on)|cut (?:him|her|them) (?:off|out|some slack|a)|hurt (?:his|her|their) feelings|feelings|in (?:the )?(?:game|a game))\b|${GAMES_AND_TRACKS}`;

// "the olders caught me and gave me a beating", "the older lot keep battering me"
const CAUGHT_BY_THEM = [
  pattern`\b${THEM}\b.{0,40}\b(?:caught|jumped|rushed|battered|beat|bashed|boxed|stabbed|shanked|slapped|banged|kicked|stamped on|robbed|bored|smacked|punched|hit|mugged|cornered|chased|pulled up on|ran up on|merked|licked|duffed|leathered)(?: me| me up)\b`,
  pattern`\b${THEM}\b.{0,40}\b(?:gave me a (?:beating|battering|kicking|hiding|pasting|licking|slapping|few slaps|bang)|(?:keep|kept|keeps|always|been) (?:battering|beating|jumping|rushing|slapping|bashing|robbing|hitting|kicking|punching|boxing|chasing|licking) me)\b`,
  pattern`\b(?:got|been|was|getting) (?:jumped|rushed|battered|beat up|beaten up|stabbed|shanked|slapped|boxed|robbed|bored|poked|wet|mugged|kicked in|done in|chased|cornered|merked|duffed|leathered) (?:again |last night |today |tonight |proper )?by ${THEM}\b`,
];
const CAUGHT_EVERYDAY = String.raw`\b(?:${LAUGH}|my (?:bro|brother|mate|cousin|friend|boy|little bro|younger \w+) (?:got|was|is|has)|news)\b|${GAMES_AND_TRACKS}`;

// "im hiding in the chicken shop cos theyre looking for me", "the opps are outside my block right now"
const HIDING_FROM_THEM = [
  pattern`\b(?:hiding|hidin|laying low|lying low|staying low|holed up|locked myself|ducked into|ran into|keeping my head down)\b.*\b(?:because|cause|as|since|coz|cuz|they are|${THEM})\b.*\b(?:looking for me|after me|out for me|hunting me|waiting for me|coming for me|searching for me|on my case|outside)\b`,
  pattern`\b${THEM} (?:are|is|been|keep|were)? ?(?:outside|downstairs|waiting|parked|posted|sat|sitting|circling|driving round|at|by|round)(?: outside| up| by| at| round)? (?:my|the|our) (?:block|flat|house|door|ends|estate|building|stairs|stairwell|hostel|mums|nans)\b.*\b(?:right now|now|rn|can not (?:go|leave|get)|cant (?:go|leave)|scared|waiting for me|looking for me|again|tonight|help)\b`,
];
const HIDING_EVERYDAY = String.raw`\b(?:${LAUGH}|hide and seek|hide n seek|surprise|party|secret santa|birthday|nerf|paintball)\b|${GAMES_AND_TRACKS}`;

// "they sent me country to a trap and i cant leave till the debt is paid"
const SENT_COUNTRY = [
  pattern`\b(?:sent|sending|send|took|taken|take|made|making|got|had) me (?:go |to go |going )?(?:country|cunch|ot|out of town|out of ends|county)\b.*\b(?:trap|trap house|bando|debt|owe|can not leave|cant leave|not allowed|line|lines|phone|shotting|shot|serve|serving|till|until|they said|or else)\b`,
  pattern`\b(?:can not|cant|am not allowed to|not allowed to|they will not let me|they wont let me) (?:leave|go home|come home|come back|go back|get out)\b.*\b(?:till|until|before|unless) (?:the |my |i pay (?:the |my |off (?:the |my )?)?)?(?:debt|money|it|bill|food|bag|pack|packs|work|shots)\b(?: is| are)? ?(?:paid|cleared|sorted|done|off|sold|shifted|gone)?`,
  pattern`\b(?:stuck|kept|living|staying|working|sleeping) (?:in|at) (?:a|the|their|some) (?:trap|trap house|bando|crack house)\b`,
];
const COUNTRY_EVERYDAY = String.raw`\b(?:${LAUGH}|country music|music|festival|holiday|visa|passport|immigration|the country|this country|documentary|podcast|news|my (?:bro|brother|mate|cousin|friend|little bro|younger \w+) (?:is|was|got|has))\b|${GAMES_AND_TRACKS}`;

// "owe the olders 300 and they said theyll break my legs"
const DEBT_THREAT = [
  pattern`(?:(?:^|\b(?:i|still|i still|i am still) )(?:owe|owing)\b(?! (?:me|us)\b)|\b(?:i am in debt to|i am owing|my debt to|money i owe|what i owe)\b).*\b(?:olders|older (?:lot|boys|lads|ones|man|mans|guys|heads)|elders|dealer|plug|them man|mandem|man dem|the man|some man|gang|shark|loan shark)\b.*\b(?:said|says|saying|told me|threaten\w*|or else|or they|otherwise|else|if i do not|if i dont)\b.*\b(?:break my|stab|shank|wet|hurt|do me|get me|kill|merk|come for me|coming for me|come to my|come round|find me|touch my|burn|run up|do my|slash|cut|batter|beat|put me in|cripple|my mum|my family|my sister|my little|where i live|my address)\b`,
  pattern`\b(?:olders|older (?:lot|boys|lads|ones|man|guys)|elders|dealer|plug|them man|mandem|man dem|gang|loan shark)\b.*\b(?:said|say|says|told me|threaten\w*)\b.*\b(?:if i (?:do not|dont) pay|till i pay|until i pay|unless i pay|if i cant pay|if i can not pay)\b`,
];
// The threat is told in their words ("they said theyll come to my mums"): someone else's saying does not shut it.
const DEBT_THREAT_EVERYDAY = String.raw`\b(?:${LAUGH}|my (?:bro|brother|mate|cousin|friend|little bro|younger \w+) (?:owes|is|was|got|has))\b|${TRACKS}`;

// "lowkey hope the olders just finish me off, be done with it"
const THEY_FINISH_ME = [
  pattern`\bhope (?:they|the \w+|${THEM}|someone|somebody|one of them|he|them|a car|a bus|the opps)(?: just| actually| finally| do)? (?:finish|finishes|end|ends|kill|kills|merk|merks|murk|body|bodies|shank|shanks|wet|wets|stab|stabs) me(?: out| off| for good| properly| already| next time| tonight)?\b(?! (?:to|home|at|off at|a |with|some|on the|in the car|by the))`,
  pattern`\b(?:just |let |make )?(?:${THEM}|they|someone) (?:can |could |should |might as well |may as well )(?:just )?(?:finish|end|kill|merk|body|shank|wet|stab|drop) me\b.*\b(?:done with it|be done|over with|no point|do not care|dont care|whatever|relief|better off|for good)\b`,
];
const FINISH_EVERYDAY = String.raw`\b(?:does not|do not|will not|doesnt|dont|wont|not|shift|shifts|gym|workout|leg day|essay|deadline|course|early|lift|lifts|a lift|pick me|drop me (?:home|off|at)|home|station|interview|training)\b|${GAMES_AND_TRACKS}`;

// "left a note on my laptop in case anyone looks"
const NOTE_LEFT = [
  pattern`\b(?:left|wrote|written|writing|leaving|typed|saved|put|hid|hidden) (?:a|my|the|some|few) (?:note|notes|letter|letters|goodbye|goodbyes|message|video)\b.*\bin case (?:anyone|anybody|someone|somebody|they|my (?:mum|dad|nan|family|bro|brother|sister|girl|mates)) (?:looks|look|finds|find|reads|read|checks|goes through|go through|needs to know|wonders|wants to know)\b(?! (?:for me|for it|after|at|around|in on))`,
  pattern`\b(?:left|wrote|written|writing|leaving|typed|saved) (?:a|my|the|some) (?:note|notes|letter|letters|goodbye|goodbyes) (?:for|to) (?:whoever|my (?:mum|family|bro|brother|sister|girl|mates|little \w+)|everyone) (?:finds|to find|for when|for after|after i am|when i am|when i have)\b(?! (?:the |a |it |out |back|home))`,
];
const NOTE_EVERYDAY = String.raw`\b(?:${LAUGH}|post|parcel|delivery|postman|courier|door|fridge|back in|back at|back by|back soon|password|forget|wifi|shopping|dinner|tea|keys|cv|interview|shift|rota|work|teacher|homework|birthday|present|surprise)\b|${GAMES_AND_TRACKS}`;

// "the new cuts on my hands, i did them friday", "smashed a glass and used it on myself". Only "on my"
// cuts are read, so someone else's saying ("they said theyll let me know") does not shut these.
const CUTS_I_DID = [
  pattern`\b(?:new|fresh|the|some|few|these|all the) (?:cuts|cut|burns|burn|scratches|slashes|marks|gashes) on my (?:arm|arms|hand|hands|wrist|wrists|leg|legs|thigh|thighs|stomach|skin|chest|ankles|hip|hips)\b.*\bi (?:did|done|made) (?:them|it|those|em)\b(?: (?:myself|to myself|on purpose|again|last night|yesterday|this morning|earlier|${WEEKDAY}|at the weekend|the other (?:day|night)|in the (?:toilet|bathroom|shower))|$)`,
  pattern`\b(?:smashed|broke|broken|took|grabbed|got|used|snapped) (?:a|the|my|some|an old) (?:glass|bottle|mirror|razor|blade|knife|sharpener|compass|plate|mug|cup|lighter|can|tin|lid)\b.*\b(?:used it|used that|used the \w+|went|took it|dragged it|ran it) (?:on|to|across|over|into) (?:myself|my (?:arm|arms|wrist|wrists|leg|legs|skin|stomach|thigh|thighs|chest|hand|hands))\b`,
];
const CUTS_EVERYDAY = String.raw`\b(?:${LAUGH}|shav\w*|trim\w*|beard|haircut|fade|lineup|line up|clippers|tan|cream|moisturis\w*|lotion|plaster|box cutter|cardboard|paper|pallet|pallets|brambles|cooking|kitchen|chopping|oven|bbq|gardening|accident|accidentally|by mistake|tattoo|tattoos|tattooed|cat|dog|rope|climbing|(?:from|at|on|with|off) (?:the |a |my |some )?(?:work|warehouse|job|site|box|boxes|knife|saw|chisel|tin|can|bike|fence|wire|nail|nails|machine|tools?)|${STORIES_AND_GAMES})\b`;

// Concerns.
// "still owe my dealer from last month"
const OWE_THE_DEALER = [
  pattern`\b(?:^|i |still |i still |i am still |we )(?:owe|owing) (?:my|the|a|some|this|that|them|them man) ?(?:dealer|plug|olders|older (?:lot|boys|lads|ones|man|guys|heads)|elders|connect|supplier|loan shark|shark|mandem|man dem|man|gang)\b(?! (?:a (?:drink|pint|favour|lift)|one|big time|for (?:the|a) lift))`,
  pattern`\bi am in debt (?:to|with) (?:my|the|a|some|them) (?:dealer|plug|olders|older (?:lot|boys|lads|ones|man|guys)|elders|connect|loan shark|shark|mandem|man dem|gang)\b`,
];
const OWE_EVERYDAY = String.raw`\b(?:${LAUGH}|owe (?:them|him|her|you|the \w+) (?:a|one|big)|thanks|thank you|favour|card dealer|car dealer|dealership|casino|blackjack|poker|croupier)\b|${TRACKS}`;

// "need a zoot before i can even look at the job sites"
const A_ZOOT_FIRST = [
  pattern`\b(?:need|needed|needing|have to have|got to have|gotta have) (?:a|some|my|another|few|a few) (?:zoot|zoots|spliff|spliffs|joint|joints|blunt|blunts|draw|bud|weed|green|bifta|lean|xan|xans|xanax|line|lines|bump|pill|pills|cans|bevvies|bottle|voddy|vodka|shots|shot|drink|drinks|pint|pints) (?:before|to|just to|so|first|or)\b.*\b(?:i can|can even|even|face|get through|deal|cope|look|function|sleep|calm|think|feel normal|do anything|get out|go out|start|open|get up|get going)\b`,
];
const ZOOT_EVERYDAY = String.raw`\b(?:${LAUGH}|lines? (?:manager|leader|cook|worker|work)|production line|phone line|line of duty|shots? (?:for|of|at) (?:the|a|my)|photo|photos|camera|vaccine|jab|flu|booster|injection|water|coffee|tea|celebrate|celebrating|birthday|party|weekend|friday|saturday|wedding|pub quiz|football)\b|${GAMES_AND_TRACKS}`;

// "mums saying if i dont get a job im out": the rule is told in their words, so someone else's saying does not shut it.
const JOB_OR_OUT = [
  pattern`\bif i (?:do not|dont|can not|cant|am not) (?:get|find|start|pay|sort|bring|chip in|get a job|sign on|find work)\b.*\b(?:i am|i will be|ill be|i am getting|i get) (?:out|kicked out|chucked out|thrown out|booted out|on the street|on the streets|homeless|out on my ear|out the door|out of (?:the|my) (?:house|flat|home|door))\b(?! (?:of (?:excuses|ideas|options|luck|time|money|the running|the game|the group|here|pocket)|for|with|tonight for|on the town|and about|partying|raving|celebrating|drinking))`,
];
const JOB_OR_OUT_EVERYDAY = String.raw`\b(?:${LAUGH}|out of (?:excuses|ideas|options|luck|time|money|the running|the game|pocket)|out for|out with|go out|going out|night out|out partying|raving|match|game|round|contest|competition|team|squad|quiz|league|trial|course|interview stage|the running|${STORIES_AND_GAMES})\b`;

// "all my mates are locked up or moved, its just me"
const ALL_MATES_GONE = [
  pattern`\ball (?:my|of my|the) (?:mates|friends|boys|bros|mandem|man dem|people|pals|crew|guys|lot|bredrins|bredrens|fam|lads)\b.{0,30}\b(?:locked up|inside|banged up|in jail|in prison|in pen|jail|gone|moved|moved away|moved on|dead|left|passed|passed away|got sent down|sent down|got bird|doing bird)\b.*\b(?:just me|only me|on my own|by myself|no one left|nobody left|alone|left behind|no one around|nobody around)\b(?! (?:and|with|in the game|at))`,
];
const MATES_EVERYDAY = String.raw`\b(?:${LAUGH}|just me and|me and my|uni|university|gap year|holiday|festival|party|at work|in the game|server|lobby|squad|match)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "not feeling it today, or any day tbh"
const NOT_FEELING_ANY_DAY = [
  pattern`\bnot (?:feeling|feelin) (?:it|myself|good|great|right|anything|life|much|nothing)(?: (?:today|this week|lately|rn|right now|at the moment))? (?:or|and|nor) (?:any|every|most|the) (?:day|days|other day|week|time)\b(?! (?:this|next|that|after|before|soon|now|works|suits))`,
];
const FEELING_EVERYDAY = String.raw`\b(?:${LAUGH}|gym|training|football|food|takeaway|pizza|curry|party|rave|club|clubbing|outfit|hair|film|track|song|album|interview slot|slot|any day (?:this|next)|free|available|works for me|suits)\b|${GAMES_AND_TRACKS}`;

// "if the bus is late one more time im fighting the driver"
const ONE_MORE_TIME_JOKE = [
  pattern`\bif (?:the|my|that|this|he|she|they|one|i|someone|somebody|anyone)\b.{0,50}\b(?:one more time|once more|again)\b.{0,10}\b(?:i am|i will|ill|i am going to|going to|gonna|ima)\s?(?:fighting|fight|batter|battering|punch|punching|slap|slapping|smack|smacking|deck|decking|box|boxing|sparking|spark|bang|banging|swing for|swinging for|lamp|lamping|chin|chinning|kill|killing|murder|murdering|end|ending|violate|violating|wet|shank|do|doing) (?:the (?:driver|bus driver|guy|man|bloke|lad|woman|lady|girl|kid|manager|boss|ref|referee|teacher|receptionist|security|bouncer|neighbour|cashier|staff|coach|work coach|lecturer|landlord|postman|courier|tutor|supervisor|conductor|inspector|ticket man|next person)|him|her|them|that (?:guy|man|bloke|lad|woman|girl|kid|driver|manager|teacher)|someone|somebody|everyone|my (?:brother|bro|sister|mate|flatmate|neighbour|cousin|boss|manager|teacher|work coach))\b(?! (?:for it|over it|on it|in court|at (?:the )?tribunal|through|about it))`,
  pattern`\b(?:she|he|they|nan|my nan|my \w+|someone|somebody|whoever) (?:is|are|be|will be)? ?(?:getting|get|going to get|gonna get|is getting) (?:violated|battered|slapped|decked|boxed|sparked|banged|smacked|clapped|lamped|chinned|bopped|backhanded)\b(?! (?:at|in|by the|on (?:the )?(?:pitch|field|court)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:nil|0|1|2|3|4|5)))`,
];
const JOKE_EVERYDAY = String.raw`\b(?:citizens advice|appeal|tribunal|reconsideration|ombudsman|complaint|arsenal|chelsea|spurs|united|city|liverpool|villa|everton|west ham|england|team|league|ref|match|pitch|fans|score|nil|goals?|comments|reviews|twitter|tiktok|online|roasted|roast|interview panel|exam|test|marker|examiner|jobcentre|job centre|dwp|sanction|sanctioned|by my (?:dad|stepdad|step dad|uncle|partner|boyfriend)|at home|hits|hitting|abuse|police)\b|${GAMES_AND_TRACKS}`;

export const TWO_HUNDRED_AND_FORTY_FIFTH_WHOLE_SETS = [
  [unless(String.raw`\bbe (?:here|around|alive|about|breathing)\b`, AWAY), [group('crisis', 'intends to end their life', OATH_NOT_HERE)]],
  [unless(String.raw`\b${WEAPON}\b`, WEAPON_EVERYDAY), [group('crisis', 'harm to someone else', WEAPON_AND_VICTIM)]],
  [unless(String.raw`\b(?:${VIOLENT})\b`, DO_EVERYDAY), [group('crisis', 'harm to someone else', DO_THAT_GUY)]],
  [unless(String.raw`\b(?:me|by)\b`, CAUGHT_EVERYDAY), [group('crisis', 'abuse or violence', CAUGHT_BY_THEM)]],
  [unless(String.raw`\b(?:for me|after me|coming for me|hunting me|outside|waiting|parked|posted|circling)\b`, HIDING_EVERYDAY), [group('crisis', 'no safe place, food or power tonight', HIDING_FROM_THEM)]],
  [unless(String.raw`\b(?:country|cunch|ot|out of town|out of ends|county|leave|go home|come home|come back|go back|get out|trap|bando|crack house)\b`, COUNTRY_EVERYDAY), [group('crisis', 'coercive control', SENT_COUNTRY)]],
  [unless(String.raw`\b(?:owe|owing|debt|pay)\b`, DEBT_THREAT_EVERYDAY), [group('crisis', 'abuse or violence', DEBT_THREAT)]],
  [unless(String.raw`\bme\b`, FINISH_EVERYDAY), [group('crisis', 'wishes to be dead', THEY_FINISH_ME)]],
  [unless(String.raw`\b(?:note|notes|letter|letters|goodbye|goodbyes|message|video)\b`, NOTE_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', NOTE_LEFT)]],
  [unless(String.raw`\b(?:did|done|made|myself|my)\b`, CUTS_EVERYDAY), [group('crisis', 'self-harm', CUTS_I_DID)]],
  [unless(String.raw`\b(?:owe|owing|debt)\b`, OWE_EVERYDAY), [group('concern', 'money worries', OWE_THE_DEALER)]],
  [unless(String.raw`\b(?:need|needed|needing|have to have|got to have|gotta have)\b`, ZOOT_EVERYDAY), [group('concern', 'drinking or drugs to cope', A_ZOOT_FIRST)]],
  [unless(String.raw`\bif i\b`, JOB_OR_OUT_EVERYDAY), [group('concern', 'may lose their home', JOB_OR_OUT)]],
  [unless(String.raw`\ball\b`, MATES_EVERYDAY), [group('concern', 'feels alone', ALL_MATES_GONE)]],
  [unless(String.raw`\bnot (?:feeling|feelin)\b`, FEELING_EVERYDAY), [group('concern', 'low mood', NOT_FEELING_ANY_DAY)]],
  [unless(String.raw`\b(?:one more time|once more|again|getting|get)\b`, JOKE_EVERYDAY), [group('concern', 'joked about hurting someone', ONE_MORE_TIME_JOKE)]],
] as const;
