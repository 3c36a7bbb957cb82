// Risk said as a cord round the neck, as "as well deid", as a partner who wrecks the job search, a
// child left alone or a sofa that ran out tonight; struggle said flat, "bit depressed", "all
// pointless" or through someone else's pills; and everyday words about other people's news, stories
// and the ring, the site, notes and checks, a charity job, and idioms of a wall or a uniform.
// Crisis: "id be as well dead" (and Scots "deid"); a cord, belt or rope round their own neck, or
// being about to do it when someone came; a partner ripping up, hiding or deleting letters, a CV or
// ID, "no wife of his works", or "too thick to ever work"; a young child home alone since last night
// or with no one able to get to them; a sofa or a room that ended, with nowhere tonight.
// Concern: "it is all pointless"; feeling flat; "a bit depressed"; someone else's valium or tablets
// taken; days unseen and no one notices; "they deserve better than me"; burning the building down
// in anger; drinking more than usual (denied, it counts for nothing); their own self-harm "past that
// now" (back or fresh, it stays crisis).
// Read as "course": a relative's or an acquaintance's debt, abuse, stalking, eviction, struggles or
// death told as news; a suicide on the line delaying trains; someone threatened with a knife; their
// own childhood abuse long over with no contact; a character's overdose, a novel about a controlling
// husband, a chair in the wrestling; a site logging them out, notes from last time, social media
// checks, a job at an abuse charity; "i was not talking about myself"; "yes i feel safe at home".
// Idioms: "banging my head against a brick wall with this", "rather die than wear that", cutthroat
// and "everyone out for themselves". Look-alikes of our own are in
// test/domain/riskTwentyFourthForms.test.ts. Normalised words, as in riskPatterns.ts.
import { MYSELF, oneOf, pattern, UNTIL_HEALED, type RiskPatternGroup } from '../riskPatterns.ts';
import { OWN_PAST_HARM, PAST, RELAPSE } from './exitsCoverStoriesAndOthersTroublesPatterns.ts';

// Words nowhere in the clause, before or after: checked only once the rarer words have matched.
const nowhere = (words: string): string => String.raw`(?<!\b(?:${words})\b.*)(?!.*\b(?:${words})\b)`;
const PARTNER = String.raw`my (?:partner|husband|wife|boyfriend|girlfriend|fella|missus|other half|ex|fiance|fiancee)`;
const PAPERS = oneOf('interview letters?', 'job letters?', 'letters?', 'post', 'cv', 'cvs', 'job applications?', 'applications?', 'application forms?', 'forms', 'passport', 'id', 'birth certificate', 'documents', 'paperwork', 'certificates?', 'interview (?:clothes|suit|shoes)', 'work (?:clothes|boots)', 'uniform', 'bus pass');
const WRECKED = oneOf('ripping up', 'ripped up', 'rips up', 'rip up', 'tearing up', 'tore up', 'torn up', 'tears up', 'hiding', 'hid', 'hides', 'hidden', 'binning', 'binned', 'bins', 'deleting', 'deleted', 'deletes', 'burning', 'burnt', 'burned', 'burns', 'throwing away', 'threw away', 'throws away', 'thrown away', 'shredding', 'shredded', 'shreds', 'cut up', 'cutting up', 'cuts up', 'locking away', 'locked away', 'locks away');
const NOT_ON_PURPOSE = nowhere('tid(?:y|ied|ying)|clear\\w* out|declutter\\w*|spring clean\\w*|baby|toddler|puppy|dog|cat|kitten|son|little one|kids?|grandson|nephew|by accident|accidentally|by mistake|thought it was (?:rubbish|junk|scrap)|recycling');
const CORD = oneOf('cord', 'rope', 'belt', 'cable', 'flex', 'noose', 'ligature', 'wire', 'lead', 'bed ?sheet', 'sheet', 'washing line', 'tow rope', 'strap');
const TIED = String.raw`(?:had|have had|put|tied|wrapped|looped|fastened|pulled|tightened|got)`;
const ABOUT = String.raw`(?:do it|go through with it|jump|step off|let go|take (?:them|the pills|the tablets|it all|everything)|end it|kick the chair)`;
const NOT_WORN = nowhere('headphones?|earphones?|earbuds|lanyard|badge|necklace|pendant|chain|medal|camera|glasses|whistle|hoodie|toggle|pass|keys?|caught|tangled|trapped|snagged|born|birth|umbilical|midwife|yoga|physio|massage|costume|fancy dress');

export const SABOTAGE_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    // "id be as well dead", "a may as well be deid", "i would be better aff deid".
    patterns: [pattern`\b(?:dead|not here|six feet under|in the ground|in my grave|in a box)\b(?<=\b(?:(?:i|a|ah) (?:would|d|may|might|could|will|wid|wud)|id|ill|i am|am)(?: (?:just|be|honestly|really|probably|better|off)){0,3} (?:as well|better off) (?:be )?(?:dead|not here|six feet under|in the ground|in my grave|in a box))(?! (?:on my feet|tired|beat|set|lucky|easy|certain|keen|chuffed)\b)`],
  },
  {
    level: 'crisis',
    reason: 'preparing to end their life, or a past attempt',
    patterns: [
      // A cord, belt or rope round their own neck; someone else's hands on it is abuse, read elsewhere.
      pattern`\b(?=${TIED}\b)(?<!\b(?:he|she|they|him|her)\b(?: \w+){0,3} )${TIED} (?:a |the |my |this |that |his |her )?(?:\w+ )?${CORD}s? (?:tight |tighter )?(?:round|around) my (?:own )?(?:neck|throat)\b${NOT_WORN}`,
      pattern`\b(?=${CORD}\b)(?<!\b(?:he|she|they)\b(?: \w+){0,3} )${CORD} (?:was |is |already )?(?:tight |tied |pulled )?(?:round|around) my (?:neck|throat)\b${NOT_WORN}`,
      // About to, when someone came: "i was about to jump when my phone rang".
      pattern`\b${ABOUT}\b(?<=\b(?:was|were) (?:just |literally |actually )?(?:about to|going to|ready to|seconds from|this close to|so close to) ${ABOUT})(?: \w+){0,2} (?:when|but|until|till|then) (?:my|the|a|someone|somebody|he|she|they)\b${nowhere('application|form|cv|test|quiz|exam|upload|submit|assessment|task|homework|search|page|site|website|portal|app|laptop|computer|wifi|crashed|froze|timed out|online|bungee|skydive|parachute|zip ?line|diving board')}`,
    ],
  },
  {
    level: 'crisis',
    reason: 'coercive control',
    patterns: [
      // A partner wrecking the search: named, or "he" again and again.
      pattern`\b${WRECKED} (?:all )?(?:of )?my (?:\w+ )?${PAPERS}\b(?<=\b${PARTNER}\b(?: (?!not\b|never\b)\w+){0,3} ${WRECKED} (?:all )?(?:of )?my (?:\w+ )?${PAPERS})${NOT_ON_PURPOSE}`,
      pattern`\b${WRECKED} (?:all )?(?:of )?my (?:\w+ )?${PAPERS}\b(?<=\b(?:he|she) (?:keeps|kept|keeps on|kept on|is always|always|has been|constantly|is constantly|still|just keeps) ${WRECKED} (?:all )?(?:of )?my (?:\w+ )?${PAPERS})${NOT_ON_PURPOSE}`,
      pattern`\b${WRECKED} (?:all )?(?:of )?my (?:\w+ )?${PAPERS}\b(?<=\b(?:he|she) ${WRECKED} (?:all )?(?:of )?my (?:\w+ )?${PAPERS})(?: \w+){0,4} (?:again|every time|whenever|so i (?:miss|can not|could not|do not|will not))\b${NOT_ON_PURPOSE}`,
      // Work forbidden: "says no wife of his works", "my partner says i am not allowed to work".
      pattern`\bno (?:wife|woman|girlfriend|missus|partner|husband|man) of (?:his|hers|theirs) (?:works|is working|will work|will be working|is going (?:out )?to work|goes (?:out )?to work|needs to work|is getting a job|gets a job|has a job|needs a job)\b`,
      pattern`\bi (?:am not allowed|can not|will not be allowed|may not|must not|am forbidden|have no right)\b(?<=\b${PARTNER}\b(?: (?!not\b|never\b)\w+){0,2} (?:says|said|tells me|told me|reckons|has decided|decided) (?:that )?i (?:am not allowed|can not|will not be allowed|may not|must not|am forbidden|have no right)) (?:to )?(?:work|get a job|take (?:a|the|that) job|go (?:back )?to work|apply|go to (?:the |my |that )?(?:interview|jobcentre|job centre|appointment|course|college))\b${UNTIL_HEALED}`,
      // Put down as too thick to work: "he told me i am too thick to ever work".
      pattern`\btoo (?:thick|stupid|useless|dumb|ugly|fat|simple|thick and ugly|brainless) to (?:ever )?(?:work|get a job|be hired|get hired|hold down a job|get work|be employed|be any use)\b(?<=\b(?:he|she|${PARTNER})\b(?: \w+){0,8} (?:told me|tells me|says|said|keeps saying|keeps telling me|reminds me|calls me) (?:that )?(?:i am|i was) too (?:thick|stupid|useless|dumb|ugly|fat|simple|thick and ugly|brainless) to (?:ever )?(?:work|get a job|be hired|get hired|hold down a job|get work|be employed|be any use))(?! (?:here|there|in|at|for|with|on)\b)`,
    ],
  },
];

const AGE = String.raw`(?:[1-9]|1[0-2]) (?:year|yr|years|yrs) old`;
const YOUNG = String.raw`(?:${AGE}|little one|little ones|baby|babies|toddler|kids|children|son|daughter|boy|girl|youngest|eldest)`;
const STUCK_AWAY = String.raw`(?:since (?:last night|yesterday|this morning|\d+)|all night|overnight|hospital|a e|custody|arrested|police station|in a cell|stuck|can not get (?:back|home|to (?:him|her|them))|could not get (?:back|home|to (?:him|her|them))|(?:no one|nobody) (?:can|could|is able to|to|is there to) (?:get|collect|pick|look|mind|watch|fetch|be with|stay with))`;
const LEAVING = String.raw`(?:sofa|couch|spare room|floor|kicked (?:me )?out|chucked (?:me )?out|threw me out|thrown out|wants? me out|told me to (?:leave|go|get out|pack)|asked me to (?:leave|go)|has to end|have to (?:leave|go|get out)|got to (?:leave|go|get out)|ended|is over|are over|ran out|fell through)`;
const MY_OVER = String.raw`(?:(?:i am|i have|i have got|i got|i have moved|i moved|i have put|i put) (?:well |long |way |totally |completely |so )?(?:past (?:that|it|all that|all of that|those days)|over (?:that|it|all that)|beyond (?:that|it)|on from (?:that|it)|(?:that|it) behind me)|(?:that|it) is (?:all |long |well )?(?:behind me|in the past|done with|over with)|those days are (?:gone|over|behind me))`;

const MEANS = String.raw`(?:rope|ropes|noose|ligature|pills|tablets|meds|stash|stockpile\w*|hose|hosepipe|charcoal|blades?|razors?|the stuff|everything i need|what i need)`;
const NOT_A_DAY_OUT = nowhere('interview|move|moving|viewing|appointment|wedding|holiday|trip|camping|climbing|climb|sailing|boat|tent|garden|swing|washing|allotment|gym|party|birthday|exam|test|start|starting|induction|course|delivery|collect\\w*|pick up|prescription|chemist|pharmacy|doctor|gp|dentist|vet|abseil\\w*|tug of war|skipping|scaffold\\w*|rigging|boxing|crossfit');

export const SABOTAGE_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [/\b(?:on (?:his|her|their) own|alone|by (?:himself|herself|themselves)|no one can|nobody can|no one to)\b/, [{
    level: 'crisis',
    reason: 'no safe place, food or power tonight',
    // A young child home alone since last night, or no one able to get to them while the parent is held.
    patterns: [
      new RegExp(String.raw`\bmy (?:\w+ )?${YOUNG}s? (?:is|are|has been|have been|been|was|were|got left|are left|is left|left) (?:at home |home |in the (?:house|flat) )?(?:all )?(?:on (?:his|her|their) own|alone|by (?:himself|herself|themselves))\b(?=.*\b${STUCK_AWAY})`),
      new RegExp(String.raw`^(?=.*\b${YOUNG}\b)(?=.*\b(?:hospital|a e|custody|arrested|police|cell|ambulance|stuck|on (?:his|her|their) own|alone|tonight|overnight)\b).*\b(?:no one|nobody) (?:can|could|is able to|to|is there to) (?:get to|collect|pick up|look after|mind|watch|fetch|be with|stay with) (?:him|her|them|my (?:\w+ )?${YOUNG})\b`),
    ],
  }]],
  [/\bnowhere\b/, [{
    level: 'crisis',
    reason: 'no safe place to sleep tonight',
    // A sofa or a room that ended, and nowhere tonight.
    patterns: [new RegExp(String.raw`^${nowhere('next|weeks|months|month|notice|lined up|sorted|fortnight|section 21|by the end|end of the')}(?=.*\b${LEAVING}\b)(?=.*\b(?:tonight|today|right now|this evening|this afternoon|sofa surf\w*)\b).*\b(?:got|have|with|left with|there is|i am|going) (?:literally |absolutely |genuinely |honestly |actually |just |totally )?nowhere\b(?! (?:with|near|close|fast|on|to be|else to (?:apply|look))\b)`)],
  }]],
  [/\b(?:picking|choosing|pick|choose|deciding|decide|settling|settle|picked|chose|chosen|set|fixed)\b/, [{
    level: 'crisis',
    reason: 'a plan to end their life',
    // The means ready and a day being picked: "the rope is in the shed, just choosing a night".
    patterns: [new RegExp(String.raw`^${NOT_A_DAY_OUT}(?=.*\b${MEANS}\b).*\b(?:picking|choosing|pick|choose|deciding on|decide on|settling on|settle on|picked|chose|chosen|set|fixed) (?:a|the|my) (?:day|date|night)\b`)],
  }]],
  [/\b(?:self harm\w*|cut myself|hurt myself|used to cut)\b/, [{
    level: 'concern',
    reason: 'spoke of harm, then said they would not',
    // Their own self-harm, "past that now": read as "course" in SABOTAGE_TOPIC_SETS, heard here.
    patterns: [new RegExp(String.raw`^(?=.*\b${PAST}\b)(?=.*\b${MY_OVER}\b)(?!.*(?:${RELAPSE})).*${OWN_PAST_HARM}`)],
  }]],
];

const KIN_S = oneOf('mums', 'mams', 'moms', 'dads', 'nans', 'nanas', 'grans', 'grandads', 'grandmas', 'sisters', 'brothers', 'friends', 'pals', 'partners', 'husbands', 'wifes', 'boyfriends', 'girlfriends', 'flatmates', 'housemates', 'cousins', 'aunties', 'aunts', 'uncles', 'neighbours', 'sons', 'daughters', 'exs', 'fellas', 'missus');
const DRUG = oneOf('valium', 'diazepam', 'xanax', 'alprazolam', 'tablets', 'pills', 'meds', 'medication', 'codeine', 'co codamol', 'tramadol', 'pregabalin', 'gabapentin', 'zopiclone', 'morphine', 'oxycodone', 'painkillers', 'propranolol', 'lorazepam', 'benzos', 'sleepers');
const ARSON = String.raw`(?:burn|burning|torch|torching|set fire to|setting fire to|petrol bomb|petrol bombing|firebomb|firebombing|blow up|blowing up)`;
const FLAT_WHILE = String.raw`(?:all the time|lately|recently|these days|for weeks|for months|for ages|most days|every day|again|inside|emotionally|and (?:numb|empty|tired|low|down|sad|grey|meh|blah))\b`;
const FLAT_THINGS = 'tyres?|tire|battery|phone|beer|lager|coke|lemonade|cola|drink|fizz|champagne|prosecco|cake|bread|pancakes?|sponge|pastry|yorkshires?|hair|note|notes|voice|singing|song|music|sound|sounded|tune|key|piano|guitar|band|choir|landscape|terrain|land|ground|field|road|route|walk|ride|bike|run|surface|floor|screen|market|sales|prices|growth|economy|wages|pay|figures|numbers|rates?|returns|profits|interview|meeting|party|presentation|atmosphere|game|match|performance|show|film|episode|season|joke|feet|shoes|pack';

export const SABOTAGE_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [pattern`\b(?:it is all|it all|its all|this is all|this all|everything (?:is|feels|seems)|all of (?:it|this) (?:is|feels|seems)|the whole thing (?:is|feels|seems)) (?:just |so |completely |totally |utterly |kind of |a bit |pretty |feels |seems )?(?:pointless|futile|meaningless|for nothing)\b`],
  },
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      // "just flat", "kind of flat all the time", "feeling flat"; not a cover letter "a bit flat", nor a day "a bit flat after".
      pattern`\bflat\b(?<=(?:^|\b(?:feel|feeling|felt|feels|been|so|kind of|kinda|sort of|pretty|really|just|quite|very|proper|dead|always|constantly|emotionally) )flat)(?= ${FLAT_WHILE}|$)${nowhere(FLAT_THINGS)}`,
      pattern`\bflat\b(?:(?<=\b(?:feel|feeling|felt|feels) (?:really |so |proper |very |pretty |kind of |kinda |sort of |quite )?flat)(?! (?:after|about|since|because|from|out|today|this morning|tyre)\b)|(?<=\bjust (?:feel|feeling|felt) (?:a bit |bit |a little )?flat)|(?<=\b(?:a bit|bit|a little|little) flat)(?= ${FLAT_WHILE}))${nowhere(FLAT_THINGS)}`,
      pattern`\bdepressed\b(?<=(?:^|\bi (?:am|feel|get|was|have been|been|felt)(?: \w+)? |\b(?:feeling|feel|felt|getting|been|am) )(?:a |a bit |bit |a little |little |quite |pretty |kind of |kinda |sort of |proper |properly |mildly |slightly |seriously |fairly |super |mega |bloody |low key |lowkey )+depressed)`,
    ],
  },
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [
      // Someone else's valium or tablets, taken: "a couple of my nan's valium".
      pattern`\b(?:took|take|takes|taking|had|have|having|nicked|nicking|nick|borrowed|borrowing|pinched|pinching|popped|popping|pop|stole|stolen|stealing|necked|necking|swiped|raided|raiding|been on) (?:a |some |one of |two of |a couple of |a few of |a few |a couple |some of |half of |one or two of |loads of |all of )?(?:my (?:\w+ )?${KIN_S}|someone elses|somebody elses|someones|somebodys) (?:prescription |old |spare |leftover |sleeping |anxiety |nerve |pain )?${DRUG}\b(?! (?:to (?:her|him|them)|round|back|for (?:her|him|them)|from the chemist|to the chemist|over)\b)`,
      // Said to deny it too, as a screening answer: "not drinking more than usual".
      pattern`(?<!\b(?:he|she|they|colleague|friend|mum|mam|dad|partner|husband|wife|brother|sister|son|daughter|boyfriend|girlfriend|flatmate|boss|neighbour)\b(?: \w+){0,3} )\bdrinking (?:a lot |much |way |loads |far |a bit |quite a bit )?more than (?:usual|normal|i used to|i should|before|ever|i did)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'feels alone',
    patterns: [pattern`\b(?:go|gone|went|going|can go) (?:days|weeks|whole days|whole weeks|a week|a fortnight|days on end|weeks on end)\b(?: \w+){0,2} without (?:leaving the house|going out|speaking to|talking to|seeing|hearing from)\b(?: \w+){0,3} (?:and|but) (?:no one|not one person|not a single person) (?:even )?(?:notices|noticed|cares|cared|checks|checked|asks|asked|calls|called|texts|texted|messages)\b`],
  },
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [pattern`\bdeserves? (?:a |so much |far |way |much )?better (?:\w+ )?than (?:me|what i am|what i can give|i can give|i will ever be)\b`],
  },
  {
    level: 'concern',
    reason: 'angry words about hurting someone',
    patterns: [pattern`\b${ARSON}\b(?<=\b(?:i am|i will|ill|i ll|going to|about to|i could|i would|id|ready to|tempted to|want to|i swear i will) (?:just )?${ARSON}) (?:down )?(?:the|this|that|their|your|his|her) (?:whole |entire )?(?:building|place|office|offices|jobcentre|job centre|warehouse|school|shop|store|factory|site|call centre|council|headquarters|hq)\b`],
  },
];

/** A wall, a uniform, a cutthroat team: the words of harm as figures of speech. */
export const SABOTAGE_IDIOMS: readonly RegExp[] = [
  pattern`\b(?:banging|bang|banged|bangs|hitting) my head (?:against|off|on) (?:a |the )?brick wall\b(?! (?:until|till|til|so hard|and it bled|to feel|to stop|when i)\b)`,
  pattern`\b(?:banging|bang|banged|bangs) my head (?:against|off|on) (?:a |the |my )?(?:wall|desk|keyboard|table|laptop|screen) (?:with|over|trying to|about|because of|thanks to) (?!frustration|anger|rage|stress|my fists?)`,
  pattern`\brather (?:die|be dead|be seen dead) than (?:wear|wearing|eat|eating|work (?:for|at|in|there|with)|working (?:for|at|in|there|with)|sing|singing|dance|dancing|be seen (?:in|with|at|wearing)|use|using|watch|watching|sit through|listen to|drive|vote|shop|cook|support|pay|queue|answer|join|do (?:a|the|another|that|this) (?:presentation|group|icebreaker|team building|karaoke|quiz|dance|course|shift|rota)|go (?:to|on) (?:a|the|that|another|his|her|their) (?:party|meeting|gym|wedding|date|team building|night out|karaoke|quiz|away day|course))\b`,
  pattern`\bcut ?throat\b(?:(?= (?:industry|business|world|team|place|office|environment|culture|market|sector|company|competition|job|work|there|in there|atmosphere|bunch|lot)\b|$)|(?<=\b(?:is|are|was|were|so|really|very|pretty|quite|bit|proper|dead|super) cut ?throat))`,
  pattern`\b(?:everyone|everybody|everyones|they|people|all|the rest)(?: is| are| s)? (?:just |only )?out for (?:themselves|number one|himself|herself|their own)\b`,
];

// Topics read as "course": each set is [gate on the clause, phrases, words in the whole message
// that make it the client's own too].
const KIN = oneOf('husband', 'wife', 'partner', 'mum', 'mam', 'mother', 'dad', 'father', 'stepdad', 'stepmum', 'brother', 'sister', 'cousin', 'uncle', 'aunt', 'auntie', 'friend', 'best friend', 'pal', 'flatmate', 'housemate', 'neighbour', 'son', 'daughter', 'nan', 'gran', 'grandad', 'grandma', 'nephew', 'niece', 'colleague', 'boss', 'ex', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'missus', 'fella', 'other half', 'mother in law', 'father in law', 'sister in law', 'brother in law');
const PERSON = oneOf('lad', 'guy', 'bloke', 'girl', 'woman', 'man', 'fella', 'kid', 'boy', 'lass', 'lady', 'friend', 'colleague', 'person', 'couple', 'family', 'tenants?', 'neighbours?', 'footballer', 'player', 'singer', 'actor', 'actress', 'celebrity', 'presenter', 'rapper', 'comedian', 'influencer', 'youtuber', 'streamer', 'mp', 'politician', 'student', 'teacher', 'nurse', 'doctor', 'customer', 'manager', 'worker', 'gentleman', 'chap', 'pop star', 'athlete', 'boxer', 'cricketer');
const THIRD = String.raw`(?:(?:my|our|his|her|their)(?: (?:best|old|late|older|younger|little|big|ex|step|twin|eldest|youngest))? (?:\w+s )?(?:old |late |best |ex )?${KIN}s?|(?:^|\b(?:a|one|some|this|that|the)\b )(?:famous |well known |local |young |old |older |new |nice |poor )?${PERSON})`;
const GAP = String.raw`(?: (?!(?:i|me|myself|im)\b)\w+){0,5}`;
const SAID = String.raw`(?: (?:said|says|reckons|told me|told us|mentioned|admitted|posted|tweeted) (?:that )?(?:he|she|they))?`;
const TROUBLE = [
  String.raw`(?:is|was|are|were|has been|had been|have been|been|got|gets|getting|went|ended up|always) (?:\w+ )?in (?:so much |loads of |serious |a lot of |massive |huge |big |bad |crippling )?debt(?: up to (?:his|her|their) (?:eyeballs|eyes|neck|ears))?(?: (?:his|her|their) (?:whole|entire) life)?(?: (?:from|because of|due to|with|over|after) (?:\w+ ){0,2}?(?:betting|gambling|bookies|casino|loans?|payday loans|credit cards?|catalogues|drink|drugs|divorce))?`,
  String.raw`(?:was|were|is|are|has been|had been|have been|been|got) (?:\w+ )?(?:in|stuck in|trapped in) (?:an|a|a really|a very) (?:abusive|violent|controlling|toxic|coercive) (?:relationship|marriage|home)`,
  String.raw`(?:self harmed|self harms|used to self harm|was self harming|has self harmed|had self harmed)(?: (?:as a (?:teen|teenager|kid|child)|at school|years ago|when (?:he|she|they) (?:was|were) (?:younger|young|a teen|a teenager|at school)))?`,
  String.raw`(?:was|got|is being|was being|has been|had been|were|been|is) (?:stalked|harassed|assaulted|attacked|mugged|beaten up|threatened|followed home|groomed|abused)(?: by (?:(?:his|her|their|a|an|the|some) )?(?:ex|partner|husband|wife|boyfriend|girlfriend|neighbour|stranger|customer|man|woman|guy|bloke|lad|someone|gang|colleague|boss))?`,
  String.raw`(?:died by suicide|took (?:his|her|their) own life|killed (?:himself|herself|themselves)|committed suicide|ended (?:his|her|their) (?:own )?life)`,
  String.raw`(?:has been|is|was|had been|been|has|had) (?:really |properly |quietly )?(?:struggling|battling|dealing|having a hard time|having a tough time|suffering) with (?:his|her|their) (?:mental health|depression|anxiety|drinking|gambling|addiction|nerves)`,
  String.raw`(?:kicked|chucked|threw|thrown|turfed|booted) (?:him|her|them) out|(?:got|was|were|have been|has been|had been|is being|are being|is getting|are getting) (?:evicted|kicked out|made homeless|repossessed)(?: (?:for|over|because of|after) (?:\w+ ){0,2}?(?:arrears|not paying|noise|damage|antisocial behaviour|debts?|the rent))?`,
].join('|');
const MINE_TOO = String.raw`me too|so am i|so do i|so have i|so was i|same here|and me|i am next|i will be next|we are next|i could be next|myself|my self|same|too|as well|also|happened to me|happening to me|happens to me|to me|at me|after me|me next|us next|i am in|i was in|i have been|i am being|i was being|i want|i wish|i tried|i think about|thinking about|i could|i might|i feel like|envy|jealous|lucky|relate|like me|i do it|i did it|scared|afraid|frightened|terrified`;
const MEDIA = oneOf('film', 'movie', 'show', 'series', 'book', 'novel', 'play', 'episode', 'soap', 'drama', 'documentary', 'podcast', 'story', 'audiobook', 'box set');
const RING = oneOf('wrestling', 'wwe', 'aew', 'ufc', 'mma', 'boxing', 'boxer', 'wrestlers?', 'fighters?', 'fight night', 'smackdown', 'royal rumble', 'wrestlemania', 'pay per view', 'ppv');
const STORY_TROUBLE = String.raw`(?:takes|took|taking|tries to take|tried to take|attempts|attempted|swallows|swallowed) (?:an |a |massive )?(?:overdose|(?:his|her|their) own life)|(?:kills|killed|tries to kill|tried to kill) (?:himself|herself|themselves)|(?:is|gets|got|was) (?:stalked|abused|beaten|attacked|stabbed)|self harms`;
const PAST_CHILD = String.raw`(?:when i was (?:little|young|small|a kid|a child|a teen|a teenager|growing up|\d+)|growing up|as a (?:kid|child)|years ago|back then|long ago|in the past)`;
const OVER_ABUSE = String.raw`(?:long in the past|in the past now|no contact|not in contact|do not (?:speak to|see|talk to) (?:him|her|them)|have not (?:seen|spoken to) (?:him|her|them)|cut (?:him|her|them) off|(?:he|she) (?:is dead|died|passed away)|behind me|moved on|dealt with it|had (?:therapy|counselling)|over it|all over now)`;

export const SABOTAGE_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  // Other people's troubles told as news, and a death on the line that delayed the trains.
  [/\b(?:debt|abusive|violent|controlling|toxic|coercive|stalked|harassed|assaulted|attacked|mugged|beaten|threatened|followed|groomed|abused|self harm\w*|suicide|own life|killed|mental health|depression|anxiety|drinking|gambling|addiction|nerves|evicted|kicked|chucked|threw|thrown|turfed|booted|homeless|repossessed|knife|fatality|train|tube)\b/, [
    new RegExp(String.raw`\b${THIRD}${GAP}${SAID} (?:${TROUBLE})\b`),
    pattern`\b(?:someone|somebody|a man|a guy|a bloke|a woman|a lad|a kid|some \w+|a customer|a gang) (?:threatened|attacked|mugged|robbed|held up|stabbed|pulled a knife on|went for|assaulted) (?:her|him|them)(?: (?:with|at) (?:a )?(?:knife|gun|bat|blade|machete|bottle|knife ?point|gun ?point))?\b`,
    pattern`\b(?:there was|there has been|there is been|because of|due to|after|cos of|because there was) (?:a |another )?(?:suicide|fatality|person hit by a train|person under a train|body|death|someone hit by a train) on the (?:train |railway |rail |tube |underground )?(?:line|lines|tracks|railway|track)\b`,
    pattern`\b(?:someone|somebody|a person|a man|a woman|a guy|a lad|a girl|a kid|a teenager) (?:jumped|fell|threw (?:himself|herself|themselves)|walked out|stepped out) (?:in front of|under) (?:a|the) (?:train|tube)\b(?=.*\b(?:delay\w*|late|cancelled|disruption|stuck|service|trains)\b)`,
  ], new RegExp(String.raw`\b(?:${MINE_TOO})\b`)],
  // Their own childhood abuse, long over, with no contact: background, not a risk now.
  [/\b(?:violent|abusive|handy)\b/, [
    pattern`\bmy (?:step ?dad|dad|father|mum|mam|mother|step ?mum|uncle|brother|grandad|parents|ex|ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend|old man|foster (?:dad|mum|carer))(?: \w+)? (?:was|were|used to be|could be|got) (?:\w+ )?(?:violent|abusive|handy with (?:his|her|their) fists)(?: ${PAST_CHILD})?`,
  ], new RegExp(String.raw`^(?!.*\b${PAST_CHILD}\b)|^(?!.*\b${OVER_ABUSE}\b)|\b(?:still|again|lives with|living with|moved back|back in|at home|scared|afraid|hits me|hurts me|(?:he|she) is back|found me|tracked me|i live with)\b`)],
  // A story or the ring: a character's overdose, a novel about a controlling husband, a chair in the wrestling.
  [/\b(?:film|movie|show|series|book|novel|play|episode|soap|drama|documentary|podcast|story|audiobook|box set|character|characters|protagonist|narrator|wrestling|wwe|aew|ufc|mma|boxing|boxer|wrestlers?|fighters?|fight night|smackdown|royal rumble|wrestlemania|pay per view|ppv)\b/, [
    pattern`(?:(?<=\b${MEDIA}\b.*)|(?=.*\b${MEDIA}\b))\b(?:character|characters|protagonist|narrator|villain|hero|heroine|lead|mum|dad|girl|boy|woman|man|guy|wife|husband|teenager|son|daughter|he|she)\b(?: \w+){0,3} (?:${STORY_TROUBLE})\b`,
    pattern`\b${MEDIA} (?:about|on|following|exploring|looking at|around|where|in which|that follows) (?:\w+ ){0,5}?(?:controlling|abusive|violent|coercive|stalker|obsessive) (?:husband|partner|boyfriend|wife|girlfriend|relationship|marriage|father|stepdad|ex|man|men|mother)s?\b`,
  ], /\b(?:me too|myself|my self|like me|same as me|relate|reminds me|that is me|so am i|i am too|i am the same|about me|about my life|how i feel|my own|happening to me|happens to me|happened to me|to me|at home|my (?:husband|partner|boyfriend|wife|girlfriend|dad|stepdad|mum|ex)|i want to|i will|i am going to|do the same|tonight|realise\w*|realize\w*)\b/],
  // A chair in the wrestling: one fighter hitting another, with the ring named anywhere in the message.
  [/\b(?:hit|smashed|slammed|whacked|battered|threw|punched|kicked|knocked|choked|strangled|speared|powerbombed|body slammed|chokeslammed|cracked)\b/, [
    pattern`\b\w+ (?:hit|smashed|slammed|whacked|battered|threw|punched|kicked|knocked|choked|strangled|speared|powerbombed|body slammed|chokeslammed|cracked) (?:him|her|them|the other (?:guy|lad|bloke|fighter|wrestler)|his opponent|her opponent|the ref|the referee)(?: (?:with a (?:steel )?(?:chair|ladder|table|kendo stick|bat|belt)|through (?:a|the) table|out(?: cold)?|into the (?:ropes|turnbuckle|barrier|crowd|cage)|over the (?:top rope|barrier)|spark out|senseless))?`,
  ], new RegExp(String.raw`^(?!.*\b${RING}\b)|\b(?:me|myself|my self|us|at home|my (?:husband|partner|boyfriend|wife|girlfriend|dad|stepdad|mum|ex|brother|son))\b`)],
  // Bailiffs in a message about someone else's eviction: "the couple upstairs got evicted, bailiffs and everything".
  [/\bbailiffs\b/, [pattern`\b(?:the )?bailiffs(?: and (?:everything|all|that|the lot|(?:the )?police)| (?:came|turned up|were there|and all))?\b`],
    new RegExp(String.raw`^(?!.*\b${THIRD}${GAP}${SAID} (?:got|was|were|have been|has been|had been|is being|are being) (?:evicted|repossessed|kicked out))|\b(?:${MINE_TOO}|my door|my house|my flat|at mine|our (?:house|flat|door))\b`)],
  // The site logging them out, notes from last time, social media checks, a job at an abuse charity.
  [/\b(?:log|logs|logging|logged|sign|signs|signing|signed|time|times|timing|timed|notes|social media|socials|facebook|instagram|tiktok|twitter|linkedin|charity|refuge|helpline|service|organisation)\b/, [
    pattern`\b(?:keeps |kept |keep |it |app |site |portal |bot |system )?(?:logging|logged|logs|log|signing|signed|signs|timing|timed|times) (?:me )?(?:out|off)\b(?=(?: \w+){0,6} (?:app|site|website|portal|bot|system|account|page|zoom|teams|call|meeting|session|wifi|login|log in|password|journal|universal credit|uc|gov|browser|laptop|computer|screen)\b|(?<=\b(?:app|site|website|portal|bot|system|it|page|zoom|teams|browser|laptop|computer|thing|journal)\b(?: \w+){0,3} (?:logging|logged|logs|log|signing|signed|signs|timing|timed|times) (?:me )?(?:out|off)))`,
    pattern`\b(?:my|the|your|our) (?:\w+ )?notes (?:from|of|about|on) (?:last time|last week|the last (?:session|meeting|appointment|chat|call)|our (?:last )?(?:session|meeting|appointment|chat|call)|the (?:meeting|session|call|appointment|interview|course|training)|my (?:cv|interview|appointment))\b|\b(?:meeting|session|interview|lecture|class|revision|study|case|appointment) notes\b`,
    pattern`\b(?:do|does|will|would|can|could|might) (?:they|employers|companies|the employer|recruiters|the company|jobs|you|hr|the agency) (?:ever |actually |really )?(?:check|look at|search|screen|vet|go through) (?:your|my|our|their|peoples|candidates|applicants) (?:social media|socials|facebook|instagram|twitter|tiktok|linkedin|online presence|digital footprint)\b|\bsocial media (?:checks?|screening|vetting|background checks?)\b`,
    pattern`\b(?:works?|working|worked|volunteers?|volunteering|volunteered|jobs?|roles?|vacancy|vacancies|apprenticeship|placement|interview) (?:\w+ ){0,2}?(?:for|at|with|in) (?:a|an|the|our|their|my) (?:local )?(?:domestic (?:abuse|violence)|abuse|womens|women s|rape crisis|sexual violence|suicide prevention|mental health|addiction|drug and alcohol|homelessness|debt advice|refugee) (?:charity|service|refuge|helpline|support line|organisation|organization|centre|center|team|project|trust)\b`,
  ], /\b(?:(?:he|she) (?:checks?|looks?|goes|reads?|went)|checks my|my (?:partner|husband|wife|boyfriend|girlfriend|ex)|for me|helped me|help me|i need|i called|i rang|i contacted|i went to|i stayed|i am staying|referred|staying in|fled|escape\w*|hurt|hit|kill|die|dead|suicid\w*|harm|tonight)\b/],
  // "I was not talking about myself": a clarification, unless they then say it is them.
  [/\b(?:talking|speaking|asking|on|mean) about (?:myself|my self|me)\b|\bdid not mean\b/, [
    pattern`\bi (?:was|am) not (?:really )?(?:talking|speaking|asking|on) about (?:${MYSELF}|me)\b|\bi did not mean (?:me|${MYSELF})\b`,
  ], /\b(?:actually|lied|lying|it is me|it was me|it is about me|it was about me|but|though|tho|really was|really am|honestly was)\b/],
  // "Yes, i feel safe at home, thanks for asking": said as all right.
  [/\bsafe\b/, [
    pattern`(?:^|\b(?:yes|yeah|yep|yup|aye|ok|okay|oh|honestly|absolutely|totally|definitely|all good|of course) )(?:i am|i feel|i do feel|i am feeling|feeling|we are|we feel|we both feel) (?:totally |perfectly |completely |quite |pretty |very |really |absolutely |fully )?safe(?: (?:at home|here|now|where i am|in my (?:home|flat|house)|at my (?:home|place|flat)|at the moment)){0,2}(?=$| (?:thanks|thank you|cheers|ta|for asking)\b)`,
  ], /\b(?:not|no|never|nowhere|without|but|except|until|for now|just|barely|only|hardly|any ?more|scared|afraid|unsafe|frightened|hurt|hit|hits|kill|die|dead|suicid\w*|harm|tonight|though|tho|mostly|usually|sometimes|unless|he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|stepdad|worried|worry|struggl\w*|feeling like|want|wish)\b/],
  // Their own self-harm, past and "past that now": heard as concern in SABOTAGE_WHOLE_SETS.
  [/\b(?:self harm\w*|cut myself|hurt myself|used to cut)\b/, [pattern`${OWN_PAST_HARM}`], new RegExp(String.raw`^(?!.*\b${PAST}\b)|^(?!.*\b${MY_OVER}\b)|${RELAPSE}`)],
];
