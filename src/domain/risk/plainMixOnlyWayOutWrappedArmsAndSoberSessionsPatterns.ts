// A twenty-first plain mix (an ordinary cross-section of people on a job-search programme): risk said in
// passing, in the middle of everyday talk. "Sometimes I think the only way out of this mess is to end
// things"; no point starting the course, I'm not going to be around; my arm is a mess, had to wrap it up
// before the workshop; the man I rent the room off comes in at night and won't leave me alone; can't face
// the group session sober; the asylum housing finishes in April and nobody says where we go after;
// spiralling a bit.
// The same words fill everyday messages (the only way out of the contract is to end it early; no point
// booking me in, I'm not going to be around, I'm in Spain; my arm is a mess since the tattoo, wrapped in
// cling film; my flatmate comes in at 3am from his shifts; can't face the party sober lol; my tenancy ends
// in April and we've found a place; spiral-bound notebooks, prices spiralling), so each set rests on the
// words that carry the risk together and shuts on the everyday uses, on someone else's trouble and on
// fiction.
// Crisis: the only way out / only answer is to end things (a laugh does not lower it); no point / why
// bother, I'm not going to be around (for it, by then, much longer), and nothing said of travel or
// work; my arm / wrists / thighs are a mess or cut up, and I wrapped, bandaged or hid them; the landlord,
// the man I rent off or a housemate comes into my room at night or while I sleep, or won't leave me
// alone at night or in my room.
// Concern: can't face / get through it sober, or without a drink; my asylum / temporary / emergency
// housing ends (with nothing found), or my tenancy ends and nobody says where we go; spiralling, said of
// myself.
// Look-alikes of our own are in test/domain/riskHundredAndThirtiethForms.test.ts. Normalised words ("i
// am" for "I'm", "can not" for "can't", "will not" for "won't", "do not" for "don't", "honestly" for
// "tbh").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|lyric|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|game|games|gaming|video game|call of duty|netflix|true crime|crime drama|murder mystery|detective|whodunnit`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend)s?|he|she|they) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;

// --- Crisis: the only way out of this mess is to end things -----------------------------------------------------
const ONLY_WAY = String.raw`\bonly (?:real |other |possible )?(?:way out|way i can see out|way to escape|escape|exit|option|option left|answer|solution|way forward|thing left|thing left to do|thing i can do|way to make it stop|way it stops|way this ends)\b(?: \w+){0,6}? (?:is|would be|seems|left is|i can see is|i see is|i have is|i can think of is|feels like)(?: to| just| just to| to just| really)? (?:end|ending|finish|finishing) `;
// "It" and "things" may be a contract or a relationship; "it all", "my life" and "myself" are not.
const ONLY_WAY_OUT = pattern`${ONLY_WAY}(?:things|it)\b(?! (?:all|with|early|for (?:him|her|them)|on good terms|amicably|properly|in person|by text|face to face|off with)\b)`;
const ONLY_WAY_OUT_OUT = String.raw`\b(?:contract|lease|tenancy|subscription|membership|agreement|direct debit|phone plan|mobile plan|sim|relationship|marriage|engagement|friendship|situationship|things with|it with|dating|seeing him|seeing her|${FICTION})\b|${THIRD}`;
const ONLY_WAY_OUT_ALL = pattern`${ONLY_WAY}(?:it all|everything|my life|my own life|myself|me)\b`;
const ONLY_WAY_OUT_ALL_OUT = String.raw`\b(?:${FICTION})\b|${THIRD}`;

// --- Crisis: no point in me starting, I'm not going to be around ---------------------------------------------
const NOT_AROUND_TAIL = String.raw`(?: (?:for (?:it|that|long|much longer|the end|the (?:course|start|end|results|interview|job|exam|next bit)|any of it)|by then|to (?:see|finish|start|do|use|need|enjoy) (?:it|that|the \w+)|long enough|much longer|any ?more|any longer|anyway|then|honestly|to be honest))*`;
const NO_POINT_NOT_AROUND = pattern`^(?=.*\b(?:no point|what is the point|why bother|why would i bother|not worth (?:it|me|the bother)|waste of (?:time|money|a place|a space|your time|a course place)|pointless)\b)(?=.*\b(?:i am not|i will not|i am not really|i probably will not|i do not think i will|i do not plan to|i do not intend to|not|i will not even) (?:going to |gonna )?(?:be around|be here|still be around|still be here)${NOT_AROUND_TAIL} ?$)`;
const NO_POINT_NOT_AROUND_OUT = String.raw`\b(?:holiday|holidays|(?:be|am|will be|going|go|went|been) away|abroad|overseas|travel\w*|off to|flying|flight|(?:moving|move|moved) (?:to|house|home|out|away|in|back|abroad)|relocat\w*|emigrat\w*|shift|shifts|rota|in hospital|hospital (?:appointment|stay)|operation|surgery|wedding|funeral|christening|childcare|half term|school holidays|visiting|visit|jury|festival|camping|course clashes|clashes|${WEEKDAY}|next week|next month|that week|that day|on the day|in the morning|in the afternoon|${FICTION})\b|${THIRD}`;

// --- Crisis: my arm is a mess, had to wrap it up -------------------------------------------------------------------
const BODY = String.raw`(?:arms?|forearms?|upper arms?|wrists?|legs?|thighs?|upper legs?|stomach|tummy|belly|hips?|skin)`;
const ARM_A_MESS = pattern`^(?=.*\bmy ${BODY}(?: and (?:my )?${BODY})? (?:is|are|was|were|look|looks|looked|is looking|are looking|is still|are still) (?:a (?:right |total |bloody |proper |complete |absolute )?(?:mess|state)|cut up|all cut up|torn up|shredded|wrecked|ruined|raw)\b)(?=.*\b(?:(?:wrap|wrapped|wrapping|bandage|bandaged|bandaging|cover|covered|covering|hide|hid|hiding|tape|taped|patch|patched)(?: up)? (?:it|them|my \w+)(?: up)?|(?:long sleeves?|sleeves down|a hoodie|my hoodie) (?:on|so|to hide|to cover)|(?:in|with) (?:long sleeves|a bandage|bandages|plasters|gauze|a dressing|dressings)|so no one (?:sees|saw|would see|could see|notices|noticed)|so nobody (?:sees|saw|would see|could see|notices|noticed))\b)`;
const ARM_A_MESS_OUT = String.raw`\b(?:tattoo\w*|sunburn\w*|sunburnt|oven|iron|hob|kettle|(?:burnt|burned|burn) (?:it|them|my \w+) (?:on|cooking)|eczema|psoriasis|dermatitis|hives|rash|allerg\w*|fell (?:off|over|down|on)|(?:fall|fallen|falling) (?:off|over|down)|had a fall|tripped|slipped|(?:an|the|car|work|bike) accident|crash|bike|cycling|skateboard\w*|scooter|football|rugby|hockey|netball|boxing|gym|workout|leg day|dog|dogs|cat|cats|puppy|kitten|scratched by|bite|bitten|bites|mosquito\w*|midges|brambles|nettles|thorns|roses|garden|gardening|paint|painting|decorating|plastering|mud|muddy|wax|waxing|shav\w*|fake tan|tan|surgery|operation|op|stitches from|cannula|drip|chemo|vaccine|jab|blood test|bloods|plaster cast|in a cast|broke my|broken (?:arm|wrist|leg|bone)|fracture\w*|sprain\w*|chickenpox|shingles|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: the man I rent the room off comes in at night -----------------------------------------------------------
const HOUSEHOLD = String.raw`(?:landlord|landlady|(?:the|this) (?:man|guy|bloke|fella|woman|lady|owner|family) (?:i|we) (?:rent|rented|am renting|lodge|lodged|am lodging|live|am living|stay|am staying) (?:the room |a room |my room |the flat |the house )?(?:off|from|with)|(?:the|this) (?:owner|man|guy|bloke) (?:of|who owns) the (?:house|flat|place)|my (?:host|housemate|flatmate|roommate|room mate|house mate|flat mate|lodger))`;
const ENTERS = String.raw`(?:comes|came|keeps coming|kept coming|has been coming|is coming|walks|walked|keeps walking|lets himself|let himself|lets herself|let herself|has let himself|tries to come|tried to come|tries to get|tried to get)`;
const NIGHT = String.raw`(?:at night|in the night|during the night|late at night|in the middle of the night|every night|most nights|when i am (?:asleep|sleeping|in bed|in the shower|changing|getting changed|undressed)|while i (?:am asleep|sleep|am sleeping|am in bed|shower|am in the shower|am changing|am getting changed))`;
const NIGHT_VISITS = pattern`^(?=.*\b${HOUSEHOLD}\b)(?=.*\b(?:${ENTERS} (?:in|into|in to)(?: (?:my|the) (?:room|bedroom|bathroom))?(?: \w+){0,2}? (?:${NIGHT}|without knocking|without asking|uninvited)|(?:will not|wont|does not|never|would not) (?:leave me alone|leave me be|take no for an answer|stop touching me|keep his hands to himself|keep his hands off me)\b(?=.*\b(?:${NIGHT}|my (?:room|bedroom|bed)|touch\w*|creepy|scared|frightened|lock (?:my|the) door|locking (?:my|the) door|comes in|came in)\b)))`;
const NIGHT_VISITS_OUT = String.raw`\b(?:to (?:fix|check|look at|read|sort|repair|reset|bleed) the (?:boiler|meter|radiators?|heating|leak|fuse box|smoke alarm|shower|electrics)|gas safety|parcel|night shifts?|from (?:his|her|their) (?:shift|shifts|work)|from work|from the pub|drunk and loud|noisy|noise|the cat|the dog|his dog|her dog|about the rent|for the rent|about the bills|for the bills|chasing (?:the |me for )?(?:rent|money)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: can't face the group session sober -----------------------------------------------------------------------
const DRINK = String.raw`(?:a drink|a few drinks|some drinks|a drink first|a few drinks first|a pint|a few pints|a couple of pints|a can|a few cans|a couple of cans|a vodka|a wine|a glass of wine|a spliff|a joint|a smoke first|a line|a bump|a valium|a diazepam|a sesh|drinking first|drinking|being drunk|being high|getting high|getting drunk|being a bit drunk|a bit of dutch courage|dutch courage)`;
const NOT_SOBER = pattern`\b(?:can not|cannot|could not|can not really|do not think i can|no way i can|not able to|am not able to|struggle to|hard to|dread|dreading) (?:face|do|handle|get through|cope with|manage|deal with|go to|sit through|stand|bear|walk into|show up to|turn up to|face going to|go in|go into|go back to|talk to|speak to)(?: \w+){0,5}? (?:sober|without ${DRINK})\b`;
const NOT_SOBER_OUT = String.raw`\b(?:sober october|dry january|coffee|caffeine|tea|cuppa|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: my asylum housing finishes in April, they don't say where we go ---------------------------------------------
const ENDS = String.raw`(?:finishes|finish|ends|end|is ending|are ending|runs out|run out|is running out|stops|expires|is expiring|is up|comes to an end|is coming to an end|will end|will finish|will stop|is finishing|is over|will be over|gets cut|is being cut|is closing|closes)`;
const TEMP_HOUSING_ENDS = pattern`\b(?:my|our) (?:asylum|temporary|temp|emergency|interim|supported|hostel|home office|refuge|b and b|hotel) (?:housing|accommodation|placement|place|room|bed|flat|hotel|stay)(?: here| at the (?:hostel|hotel|refuge))? ${ENDS}\b`;
const TENANCY_ENDS_UNSURE = pattern`^(?=.*\b(?:my|our) (?:tenancy|lease|housing|accommodation|room|flat|rental|let|contract on the (?:flat|house|room)) ${ENDS}\b)(?=.*\b(?:where (?:we|i) (?:go|will go|are going|are going to go|will live|will be|can go|should go|end up|will end up|are meant to go)|nowhere (?:to go|lined up|sorted|found)|no idea where|do not know where|not sure where|nothing lined up|have not found|have not got anywhere|can not find anywhere|can not find anything|can not afford anywhere|nobody (?:says|will say|tells)|no one (?:says|will say|tells))\b)`;
const HOUSING_ENDS_OUT = String.raw`\b(?:found a (?:place|flat|house|room)|found somewhere|got a (?:council )?(?:place|flat|house)|been offered|offered a (?:place|flat|house)|new place|new flat|moving into|got (?:the |my |our )?keys|picking up the keys|all sorted|sorted now|renewed|renewing|extended|extending|permanent (?:place|flat|house|home)|${FICTION})\b|${THIRD}`;

// --- Concern: spiralling a bit ------------------------------------------------------------------------------------------
const SPIRAL = String.raw`(?:spiralling|spiraling|spiralled|spiraled|spiral)`;
const SPIRALLING = pattern`^(?:(?:honestly|to be honest|just|yeah|yes|been|feeling|feel|i am|i have been|i feel|i think i am|kind of|kinda|a bit|bit|proper|properly|totally|literally|lowkey|low key|really|so|lately|today|this week|again|still|not great|not good|not going to lie|if i am honest|in all honesty|a little|starting to|started|i am starting to|i have started|i keep)\s)*${SPIRAL}\b(?! (?:notebook|bound|staircase|stairs|binding|pasta|ham)\b)|\bi (?:am|have been|feel|felt|was|keep|started|have started|think i am|can feel myself|could feel myself|feel like i am|am starting to|have started to|am just|am really|am properly|am kind of)(?: \w+)? ${SPIRAL}\b(?! (?:notebook|bound|staircase|stairs|binding|pasta|ham)\b)`;
const SPIRALLING_OUT = String.raw`\b(?:staircase|stairs|stair|notebook|spiral bound|spiralizer|spiraliser|courgette|pasta|galaxy|shell|ham|perm|curls|binder|prices?|costs?|inflation|${FICTION}|${LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_THIRTIETH_WHOLE_SETS = [
  [unless(String.raw`\bonly (?:real |other |possible )?(?:way|escape|exit|option|answer|solution|thing)\b`, ONLY_WAY_OUT_OUT), [group('crisis', 'thoughts of suicide', [ONLY_WAY_OUT])]],
  [unless(String.raw`\bonly (?:real |other |possible )?(?:way|escape|exit|option|answer|solution|thing)\b`, ONLY_WAY_OUT_ALL_OUT), [group('crisis', 'thoughts of suicide', [ONLY_WAY_OUT_ALL])]],
  [unless(String.raw`\bbe (?:around|here)\b`, NO_POINT_NOT_AROUND_OUT), [group('crisis', 'intends to end their life', [NO_POINT_NOT_AROUND])]],
  [unless(String.raw`\bmy ${BODY}\b`, ARM_A_MESS_OUT), [group('crisis', 'self-harm', [ARM_A_MESS])]],
  [unless(String.raw`\b(?:landlord|landlady|rent|rented|renting|lodge|lodged|lodging|owns the|owner|host|housemate|flatmate|roommate|room mate|house mate|flat mate|lodger)\b`, NIGHT_VISITS_OUT), [group('crisis', 'abuse or violence', [NIGHT_VISITS])]],
  [unless(String.raw`\b(?:sober|without a|without drinking|without being|without getting|dutch courage)\b`, NOT_SOBER_OUT), [group('concern', 'drinking or drugs to cope', [NOT_SOBER])]],
  [unless(String.raw`\b(?:my|our) (?:asylum|temporary|temp|emergency|interim|supported|hostel|home office|refuge|b and b|hotel|tenancy|lease|housing|accommodation|room|flat|rental|let|contract)\b`, HOUSING_ENDS_OUT), [group('concern', 'may lose their home', [TEMP_HOUSING_ENDS, TENANCY_ENDS_UNSURE])]],
  [unless(String.raw`\bspiral`, SPIRALLING_OUT), [group('concern', 'not coping', [SPIRALLING])]],
] as const;
