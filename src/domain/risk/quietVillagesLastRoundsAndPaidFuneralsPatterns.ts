// Over 50, rural and seaside towns, long voice-to-text updates with the risk one quiet clause. Asking whether
// people ever think about not carrying on, because I do; cancelling the direct debits, there won't be any need
// for them; ringing old mates for one last chat; going round my favourite places for the last time; my funeral
// paid for and the songs picked, good to have it sorted; slamming my hand in the door when I get frustrated,
// swollen now. And, for concern: no one has rung me in a fortnight; didn't see anybody all week, just me and the
// radio.
// The same words fill everyday replies (carrying on with the course; cancelling direct debits when moving or
// switching bank; one last chat with a colleague who is retiring; the old haunts before a house move; a prepaid
// funeral plan so the kids are not left with it; a hand caught in the car door by accident; no one ringing back
// about a job; just me and the dog on a walk), so each set rests on the words that carry the risk together and
// shuts on the everyday uses, on someone else's trouble and on fiction. "when will i do it? wednesday when she's
// at her mum's" is left: the same words answer the coach's own "when will you do it?".
// Look-alikes of our own are in test/domain/riskHundredAndFiftiethForms.test.ts. Normalised words ("i am" for
// "I'm", "it is" for "it's", "will not" for "won't", "do not" for "don't", "friends" for "mates", "no ones" for
// "no one's").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, SOMEONE_ELSE_OR_A_STORY as ELSE } from './wholeMessageSets.ts';

/** Someone else as the subject. */
const THEY = String.raw`(?:he|she|they|my (?:mate|friend|colleague|dad|mum|brother|sister|son|daughter|husband|wife|partner|neighbour|uncle|aunt|cousin|nan|gran|grandad)|a (?:mate|friend|colleague|lad|guy|woman|man))`;
/** Moving house, emigrating, retiring, a place closing: the everyday "last time". */
const MOVING_ON = String.raw`mov(?:e|es|ed|ing)|house move|emigrat\w*|relocat\w*|retir\w*|leaving do|farewell|new (?:house|home|flat|job|bank|account|provider|deal|place)|closing|closes|closed down|shutting down|shut down|demolish\w*|knocked down|sold|last day|holiday|trip|switch\w*|cheaper`;

// --- Crisis: do people ever think about not carrying on, like properly, because I do --------------------------------
const NOT_CARRYING_ON = String.raw`(?:not carrying on|not going on|not being here|not being around|not waking up|not existing|ending it(?: all)?|ending (?:their|your|my) (?:own )?life|killing (?:themselves|yourself|myself)|just stopping|just not being here|giving up on (?:life|everything|it all))`;
const PEOPLE_EVER = pattern`\b(?:do|does|did) (?:people|anyone|anybody|everyone|everybody|other people|normal people|others|you|most people|other folk|folk) (?:\w+ ){0,2}?(?:ever )?(?:just )?(?:think|thought|wonder|wondered|feel|felt) (?:about |of )?${NOT_CARRYING_ON}\b(?! (?:with|at|in|on|after|doing|to|the|that|this|my|your)\b).*\b(?:(?:because|cause|cos|coz|as) i (?:do|have|am|did)|i do|i have|i know i do|me too|i think about it|i keep thinking about it)\b(?! (?:not|the|my|a|it|that)\b)`;
const PEOPLE_EVER_OUT = String.raw`\b(?:course|training|apprenticeship|uni|college|degree|contract|subscription|membership|tenancy|form|questionnaire|survey|leaflet|mental health first aid|first aider|${LAUGH})\b|${ELSE}`;

// --- Crisis: cancelled all the direct debits from next month, there won't be any need for them ---------------------
const NO_NEED_FOR_BILLS = pattern`^(?=.*\b(?:cancel(?:led|ling|ed|ing)?|stopp(?:ed|ing)|stop|closing|closed|ended|ending|wound up|winding up) (?:all |every |each )?(?:of )?(?:the |my |me )?(?:all )?(?:direct debits?|standing orders?|dds|subscriptions?|bills|phone contract|contracts|policies|accounts|payments)\b)(?=.*\b(?:(?:there|i) (?:will not|would not|is not going to|am not going to|will no longer) (?:be )?(?:any )?(?:need|needing|needed)|no need for (?:them|it|any of (?:it|them)) (?:after|from|any ?more|now)|(?:will not|would not) be (?:any )?(?:need|needed|needing them)|not going to need (?:them|it|any of it) (?:after|any ?more|where i am going)|will not be (?:here|around) to (?:pay|use|need))\b)`;
const NO_NEED_FOR_BILLS_OUT = String.raw`\b(?:${MOVING_ON}|now (?:i|that)|since i|paid off|cleared|finished paying|consolidat\w*|budget\w*|saving|save|universal credit|council tax|gym|netflix|spotify|sky|insurance renewal|student|course|${THEY} (?:cancelled|stopped|will not|would not|has|had)|${LAUGH})\b|${ELSE}`;

// --- Crisis: been ringing old mates for one last chat --------------------------------------------------------------
const ONE_LAST_CHAT = pattern`\b(?:been |i am |i have been |i have |i |going |went |am )?(?:ringing|calling|phoning|rang|called|phoned|ring|call|phone|texting|messaging|writing to|wrote to|visiting|visited|seeing|saw|popping in on|popped in on|dropping in on) (?:all |a few |some |a couple of |the |my |me |everyone|everybody|people|round )?(?:\w+ ){0,3}?(?:for|to have|to say) (?:one|a) (?:last|final) (?:chat|catch up|natter|talk|call|phone call|word|goodbye|cuppa|pint|brew)\b`;
const ONE_LAST_CHAT_OUT = String.raw`\b(?:${MOVING_ON}|recruit\w*|interview\w*|offer|employer|boss|manager|team|colleagues?|work mates|workmates|leaving|left|hospice|dying|passed|end of life|palliative|hospital|funeral|before (?:he|she|they|the)|${THEY} (?:is|was|has|had|rang|called|phoned)|${LAUGH})\b|${ELSE}`;

// --- Crisis: went round all my favourite places this week for the last time ------------------------------------------
const LAST_TIME_ROUND = pattern`\b(?:went|been|going|gone|go|walked|driven|drove|visited|visiting|seen|saw|seeing|took myself|taking myself|had a (?:walk|wander|drive))(?: \w+){0,3}? (?:round|around|to|past|by)? ?(?:all |each of |every one of )?(?:my |the |me |our )?(?:favourite (?:places|spots|haunts|walks|places in \w+)|old haunts|old stomping grounds?|special places|places i love|places that mean something|places that matter)\b(?: \w+){0,5}? (?:for the (?:very )?last time|one (?:more|last|final) time|a (?:last|final) time|to say goodbye)\b`;
const LAST_TIME_ROUND_OUT = String.raw`\b(?:${MOVING_ON}|before (?:we|i) (?:go|leave)(?: (?:to|for|back))|back to (?:uni|work|college)|open day|last week of|season|tourist|photos?|blog|${THEY} (?:went|wanted|took)|${LAUGH})\b|${ELSE}`;

// --- Crisis: got my funeral paid for and the songs picked, feels good to have it sorted --------------------------------
const OWN_FUNERAL_SORTED = pattern`^(?=.*\b(?:my (?:own )?funerals?|me funerals?|my (?:own )?cremations?|my (?:own )?burials?) (?:is |has been |all |now )*(?:paid for|paid|sorted|planned|arranged|booked|organised|in place|covered)\b)(?=.*\b(?:songs?|music|hymns?|readings?|coffin|flowers|plot|ashes|eulogy|order of service) (?:is |are |all )?(?:picked|chosen|sorted|decided|written|done|ready|booked)\b|\b(?:feels good to have it sorted|glad it is sorted|nothing left to sort|all in order now|ready now|ready to go|it is all done)\b)`;
const OWN_FUNERAL_SORTED_OUT = String.raw`\b(?:funeral plan|prepaid|pre paid|policy|over 50s|age uk|co op|monthly|instalments?|direct debit|advert\w*|salesman|leaflet|will writing|writing my will|power of attorney|years? ago|since|one less (?:thing|worry)|when (?:the time comes|my time comes|i go eventually)|at my age|in my (?:sixties|seventies|eighties|60s|70s|80s)|${THEY} (?:has|had|paid|picked)|${LAUGH})\b|${ELSE}`;

// --- Crisis: been slamming my hand in the door when I get frustrated, it's swollen now ---------------------------------
const SLAM_WHEN_FRUSTRATED = pattern`\b(?:been |keep |kept |i |started |start |end up |ended up )(?:slamming|smashing|bashing|banging|trapping|crushing|punching|hitting|slam|smash|bash|bang|punch|hit) my (?:own )?(?:hands?|fists?|fingers?|arms?|head|knuckles|wrists?) (?:in|into|against|on|off) (?:the |a |my )?(?:car |bedroom |kitchen |front |back )?(?:door|doors|wall|walls|table|desk|drawer|cupboard|floor|radiator)\b(?=.*\b(?:when i (?:get|feel|am)|whenever i (?:get|feel|am)|every time i (?:get|feel)|if i (?:get|feel)|to (?:punish|feel|stop|calm)|on purpose|deliberately|because i (?:hate|deserve))\b)`;
const SLAM_WHEN_FRUSTRATED_OUT = String.raw`\b(?:accident\w*|by mistake|caught|the wind|clumsy|kids (?:slammed|shut)|${THEY} (?:slammed|slams|has been|keeps|punch\w*|hit\w*|bang\w*)|${LAUGH})\b|${ELSE}`;

// --- Concern: no one has rung me in a fortnight -------------------------------------------------------------------
const NO_ONE_RUNG = pattern`\b(?:no ones|no one has|no one|nobody has|nobodys|nobody|not one person has|not a soul has|not a soul) (?:\w+ )?(?:rung|rang|called|phoned|texted|messaged|visited|been round|knocked|spoken to|talked to|been in touch with|checked on) (?:me|in on me|on (?:my|me) door|round(?: for me)?)\b(?! back\b)(?: \w+){0,3}? (?:in|for|since|all) (?:a |over a |the |two |three |four |\d+ |a couple of |couple of |nearly |over )?(?:fortnight|weeks?|months?|days|ages|christmas|new year|the summer|my birthday|week)\b`;
const NO_ONE_RUNG_OUT = String.raw`\b(?:back|about (?:the|my|a|an) (?:job|interview|application|role|post|position|claim|appointment|repair|boiler|delivery|parcel)|recruit\w*|agenc\w*|employers?|interview\w*|applications?|hr|council|jobcentre|housing|landlord|engineer|plumber|repair\w*|boiler|delivery|parcel|courier|dwp|universal credit|claim|insurance|bank|gp|surgery|hospital appointment|${LAUGH})\b|${ELSE}`;

// --- Concern: didn't see anybody all week, it's just me and the radio -----------------------------------------------
const JUST_ME_AND = pattern`^(?=.*\b(?:did not|have not|has not|never|hardly|barely) (?:see|seen|spoke to|speak to|spoken to|talk to|talked to|talk with|set eyes on) (?:anybody|anyone|a soul|another soul|a single person|another person|a living soul)\b)(?=.*\b(?:just me and (?:the|my|me) (?:radio|telly|tv|television|four walls|cat|dog|budgie|walls)|(?:the )?(?:village|town|street|estate|place) (?:is )?(?:empty|dead|deserted)|on my own|by myself|all alone|no one to talk to|nobody to talk to|lonely)\b)`;
const JUST_ME_AND_OUT = String.raw`\b(?:interview|jobcentre|library|office|at work|on shift|the site|training|course|holiday|camping|retreat|peace and quiet|nice and quiet|lovely and quiet|enjoy\w*|bliss|needed (?:it|that)|recharg\w*|isolating|covid|${LAUGH})\b|${ELSE}`;

export const HUNDRED_AND_FIFTIETH_WHOLE_SETS = [
  [unless(String.raw`\b(?:not carrying on|not going on|not being here|not being around|not waking up|not existing|ending|killing|just stopping|giving up on)\b`, PEOPLE_EVER_OUT), [group('crisis', 'thoughts of suicide', [PEOPLE_EVER])]],
  [unless(String.raw`\b(?:direct debits?|standing orders?|dds|subscriptions?|bills|contracts?|policies|accounts|payments)\b`, NO_NEED_FOR_BILLS_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [NO_NEED_FOR_BILLS])]],
  [unless(String.raw`\b(?:last|final) (?:chat|catch up|natter|talk|call|phone call|word|goodbye|cuppa|pint|brew)\b`, ONE_LAST_CHAT_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [ONE_LAST_CHAT])]],
  [unless(String.raw`\b(?:favourite|old haunts|stomping grounds?|special places|places i love|places that)\b`, LAST_TIME_ROUND_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [LAST_TIME_ROUND])]],
  [unless(String.raw`\b(?:funerals?|cremations?|burials?)\b`, OWN_FUNERAL_SORTED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [OWN_FUNERAL_SORTED])]],
  [unless(String.raw`\b(?:slamm\w*|smash\w*|bash\w*|bang\w*|trapping|crushing|punch\w*|hit\w*|slam)\b`, SLAM_WHEN_FRUSTRATED_OUT), [group('crisis', 'self-harm', [SLAM_WHEN_FRUSTRATED])]],
  [unless(String.raw`\b(?:no ones?|nobody|nobodys|not one person|not a soul)\b`, NO_ONE_RUNG_OUT), [group('concern', 'feels alone', [NO_ONE_RUNG])]],
  [unless(String.raw`\b(?:anybody|anyone|a soul|another soul|single person|another person|living soul)\b`, JUST_ME_AND_OUT), [group('concern', 'feels alone', [JUST_ME_AND])]],
] as const;
