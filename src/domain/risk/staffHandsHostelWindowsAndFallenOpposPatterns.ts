// Read from the hundred-and-eighty-third split (people out of prison or on licence, care leavers,
// veterans: forces and prison slang, clipped), measured once fresh and then read: a key worker or
// other staff who hit them, a will "just tying things up", a memorial named as the place, finishing
// "what the taliban started", the staff change of shift as "my window", a way seen inside and known
// "if they send me back", envy of the mates who did not come back, housing that ended today with no
// help until Monday, a family that took the leaving-care grant; as worry, handing back the married
// quarter with no address, "not worth helping", struggling with being out. Normalised words ("did
// not", "that is", "i am").
import { oneOf, pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

// "my key worker at the semi independent place slapped me".
const STAFF = oneOf('key ?worker', 'support worker', 'care worker', 'carer', 'social worker', 'staff', 'staff member', 'warden', 'night staff', 'officer', 'guard', 'screw', 'screws', 'foster (?:mum|dad|carer|parent)s?', 'house parent', 'supervisor', 'manager', 'boss', 'landlord', 'sergeant', 'corporal', 'instructor', 'probation officer', 'one of the staff');
const HURT = oneOf('slapped', 'punched', 'hit', 'kicked', 'shoved', 'pushed', 'strangled', 'choked', 'headbutted', 'beat', 'battered', 'smacked', 'thumped', 'grabbed', 'pinned', 'restrained', 'dragged', 'spat at');
// Not "pushed me too far", "kicked me out", "beat me at pool", "hit me with three new tasks".
const NOT_A_BLOW = String.raw`(?! (?:too far|over the edge|out\b|to (?:it|the (?:job|punch|post))\b|into (?:applying|doing|taking|going|it|this|that)\b|at (?:pool|darts|cards|chess|snooker|football|tennis|golf|fifa|games?|the game|a game|running)\b|in (?:the )?(?:final|game|match|race|quiz|round)\b|back\b|with (?:\w+ ){0,3}?(?:tasks?|jobs?|work|emails?|questions?|news|deadlines?|paperwork|forms?|requests?|shifts?|overtime|targets?|rota|list)\b))`;
const STAFF_HURT = [pattern`\b${STAFF}\b(?: \w+){0,6}? ${HURT} me\b${NOT_A_BLOW}`];
const STAFF_HURT_UNLESS = String.raw`\b(?:on the back|hit me up|hit me back|it hit me|hit me with (?:a|the|some) (?:question|email|form|task|list)|with (?:a|the) (?:pillow|ball)|playfully|high five|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "sorted a will with the british legion fella, just tying things up".
const TYING_UP = [
  pattern`\b(?:sorted|made|wrote|written|done|did|doing|making|writing|sorting)\b(?: \w+){0,2}? (?:a|my|the) will\b(?: \w+){0,8}? (?:tying (?:things|it all|everything) up|tying up (?:loose ends|the loose ends|everything)|(?:things|everything|affairs) in order|so (?:nobody|no one) has to)\b`,
];
const TYING_UP_UNLESS = String.raw`\b(?:mum|dad|nan|gran|grandad|grandma|parents|mother|father|aunt|uncle|for (?:him|her|them)|at work|job|course|solicitor job)\b`;

// "remembrance sunday. going to the memorial and doing it there".
const PLACE_OF_IT = oneOf('memorial', 'cenotaph', 'war memorial', 'grave', 'graveyard', 'cemetery', 'his grave', 'her grave', 'bridge', 'cliffs?', 'viaduct', 'tracks', 'railway', 'crossing', 'car park roof', 'roof', 'quarry', 'woods', 'river', 'canal');
const DOING_IT_THERE = [pattern`\b(?:going|go|off|heading|walk|walking|drive|driving) (?:up |down |out )?to the ${PLACE_OF_IT}\b(?: \w+){0,4}? and (?:doing|do|ending|end|finishing|finish) it (?:there|then|on the day)\b`];

// "going to finish what the taliban started".
const FINISH_WHAT = [pattern`\b(?:finish|finishing|finish off|going to finish|gonna finish) (?:what|the job) (?:the )?(?:taliban|enemy|war|iraq|afghan|afghanistan|ied|bomb|sniper|insurgents|bullet|ira|tour|helmand|the army)\b(?: \w+){0,2}? (?:started|began|did not finish|could not finish|missed)\b`];

// "tomorrow morning when hostel staff change shift, thats my window".
const WHEN_THEY = String.raw`\b(?:when|while|once|after) (?:the )?(?:\w+ )?(?:staff|nurses|guards|screws|officers|warden|carers|workers|night staff|everyone|they|nobody|no one)\b`;
const MY_WINDOW = [pattern`${WHEN_THEY}(?: \w+){0,5}? (?:that is|is|will be) my (?:window|chance|moment|opening|time)\b`];
const MY_WINDOW_UNLESS = String.raw`\b(?:call|ring|phone|apply|applying|revise|study|nap|smoke|shower|eat|cook|laundry|washing|gym|run|interview|email|text|watch|telly|tv|game|break)\b`;

// "seen it done in the nick with a sheet, i know how if they send me back".
const SEEN_A_WAY = [
  pattern`\b(?:seen|saw|watched)\b(?: \w+){0,8}? (?:sheets?|bed ?sheets?|ligatures?|belts?|shoelaces?|laces|cords?|ropes?|towels?|wire)\b(?: \w+){0,6}? i (?:know|knew) (?:how|what to do|the way)\b`,
  pattern`\bi (?:know|knew) (?:how|what to do|the way)\b(?: \w+){0,3}? (?:if|when|once|before) (?:they|he|she|you|probation) (?:send|sends|put|puts|take|takes|recall|recalls) me (?:back|in|inside)\b`,
];

// "the oppos who didnt come back got the better deal honestly".
const FALLEN_BETTER = [
  pattern`\b(?:who|that|what) (?:did not|never) (?:come|make it|made it|get|got) (?:back|home|out)\b(?: \w+){0,3}? (?:got|get|had|have|has) (?:the )?(?:better|best|easier|easy|good) (?:deal|end of it|way out|option|of it|end)\b`,
  pattern`\b(?:who|that) (?:did not|never) (?:come|make it|made it|get|got) (?:back|home)\b(?: \w+){0,3}? (?:were|are) the lucky ones\b`,
];
const FALLEN_UNLESS = String.raw`\b(?:holiday|trip|night out|match|game|shop|pub|party|festival|${LAUGH})\b`;

// "supported housing ended today and the council says nothing until monday".
const HOUSING = oneOf('supported housing', 'supported lodgings', 'hostel', 'hostel place', 'hostel bed', 'foyer', 'temporary accommodation', 'emergency accommodation', 'b and b', 'bed and breakfast', 'tenancy', 'room at the hostel', 'bed at the hostel', 'care placement', 'foster placement', 'night shelter', 'shelter');
const HOUSING_ENDED_TODAY = [
  pattern`\b${HOUSING}\b(?: \w+){0,2}? (?:ended|ends|finished|finishes|stopped|stops|is over|closes|closed|ran out|runs out|kicked me out|chucked me out) (?:today|tonight|this morning|this afternoon|this evening)\b`,
  pattern`\b(?:council|housing|housing office|they|nobody|no one)\b(?: \w+){0,2}? (?:says?|said|can) (?:do )?nothing (?:until|till|before) (?:monday|tomorrow|next week|after the weekend)\b(?: \w+){0,4}? (?:nowhere|no where|streets|street|sleep|tonight)\b`,
];
const HOUSING_UNLESS = String.raw`\b(?:moved|moving|new (?:flat|place|room)|got (?:a|my) (?:place|flat|room|keys)|keys|starting|sorted|staying with|put me up|bed for tonight|somewhere for tonight|friends? for tonight|mate for tonight)\b`;

// "my family took my leaving care grant and now say i owe them rent on top".
const TAKER = oneOf('family', 'mum', 'dad', 'mam', 'step ?dad', 'step ?mum', 'brother', 'sister', 'partner', 'boyfriend', 'girlfriend', 'wife', 'husband', 'uncle', 'aunt', 'auntie', 'nan', 'foster (?:mum|dad|carers?|parents?)', 'cousin', 'ex');
const GRANT = oneOf('leaving care grant', 'setting up home grant', 'grant', 'payout', 'compensation', 'resettlement grant', 'discharge grant', 'service payout', 'gratuity', 'pension lump sum', 'back pay', 'savings', 'bank card', 'card');
const TOOK_MY_GRANT = [pattern`\b(?:my|his|her) ${TAKER}\b(?: \w+){0,2}? (?:took|takes|has taken|have taken|spent|cashed|emptied|drained) my ${GRANT}\b`];
const TOOK_UNLESS = String.raw`\b(?:my idea|i agreed|i wanted (?:him|her|them) to|for safe ?keeping|keep it safe|i asked|i let|i gave|with my permission|helping me budget|help me budget|appointee|to the bank|(?:gave|give|handed|hand|given) it (?:all )?back|paid me back)\b`;

// Worries.
const QUARTERS = [pattern`\b(?:hand back|handing back|give back|giving back|leave|leaving|out of|vacate|vacating|move out of|moving out of) (?:the|my|our) (?:married quarters?|quarters|forces house|service house|service accommodation|barracks|block|tied (?:house|cottage|flat))\b(?: \w+){0,8}? (?:no|nowhere|not got|have not got|without) (?:a |an )?(?:civvy |civilian |new |other )?(?:address|home|house|flat|place|where to go|idea where)\b`];
const NOT_WORTH = [pattern`\bi am not worth (?:helping|the help|the bother|bothering (?:with|about)|the effort|saving|your time|anyone's time|anything|it)\b`, pattern`\b(?:do not|dont|no point) (?:bother|bothering|wasting your time) (?:with|on) me\b`];
const NOT_WORTH_UNLESS = String.raw`\bnot worth it (?:for|to) (?:the|a|that) (?:money|pay|job|shift|travel|bus)\b|\b(?:the job|that job|the pay|the course|the money|the hours|the travel|the bus)\b(?: \w+){0,3}? not worth\b`;
const BEING_OUT = [pattern`\b(?:struggling|struggle|struggled|not coping|cannot cope|can not cope|finding it hard|finding it really hard)\b(?: \w+){0,3}? (?:with )?being (?:out|released|on the outside|outside|a civvy|a civilian|civvy street|back in civvy street|on my own|in my own flat)\b`];

export const HUNDRED_AND_EIGHTY_THIRD_WHOLE_SETS = [
  [unless(String.raw`\bme\b`, STAFF_HURT_UNLESS), [group('crisis', 'abuse or violence', STAFF_HURT)]],
  [unless(String.raw`\bwill\b`, TYING_UP_UNLESS), [group('crisis', 'preparing to end their life, or a past attempt', TYING_UP)]],
  [unless(String.raw`\bit (?:there|then|on the day)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'a plan to end their life', DOING_IT_THERE)]],
  [unless(String.raw`\b(?:finish|finishing)\b`, String.raw`\b(?:${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'intends to end their life', FINISH_WHAT)]],
  [unless(String.raw`\bmy (?:window|chance|moment|opening|time)\b`, MY_WINDOW_UNLESS), [group('crisis', 'a plan to end their life', MY_WINDOW)]],
  [unless(String.raw`\bi (?:know|knew)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'thinking about a way to end their life', SEEN_A_WAY)]],
  [unless(String.raw`\b(?:did not|never) (?:come|make it|made it|get|got)\b`, FALLEN_UNLESS), [group('crisis', 'wishes to be dead', FALLEN_BETTER)]],
  [unless(String.raw`\b(?:today|tonight|this morning|this afternoon|this evening|nothing (?:until|till|before))\b`, HOUSING_UNLESS), [group('crisis', 'no safe place, food or power tonight', HOUSING_ENDED_TODAY)]],
  [unless(String.raw`\bmy\b`, TOOK_UNLESS), [group('crisis', 'coercive control', TOOK_MY_GRANT)]],
  [unless(String.raw`\b(?:quarters?|barracks|forces house|service|tied|block)\b`, String.raw`\b(?:already (?:got|have|found|sorted)|got a (?:place|flat|house)|sorted)\b`), [group('concern', 'may lose their home', QUARTERS)]],
  [unless(String.raw`\b(?:not worth|bother|bothering|wasting your time)\b`, `${NOT_WORTH_UNLESS}|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'feels worthless', NOT_WORTH)]],
  [unless(String.raw`\bbeing\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'not coping', BEING_OUT)]],
] as const;
