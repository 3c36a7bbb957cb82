// A tenth plain mix: a wish to be dead "right now" (the idiom "dead right" had blanked it; riskPatterns.ts
// now leaves it, and this set names it a wish to be dead), "wouldn't be the worst thing if I went to sleep and that was it", bringing
// the curtain down on oneself; hurting myself with the knife again, on my arm; the burns or cuts "I
// keep doing on my legs"; a lump on the sofa where they used to work; the house that says they must
// leave by the end of the month; a neck wrung, "do it an injury", a clock battered with a hammer and a
// router thrown in the sea, each with a laugh.
// Crisis: wish I was dead right now; it wouldn't be the worst thing (so bad, a bad thing) if I didn't
// wake up, wasn't here, died, went to sleep and that was it or the end of me; bring (ring, draw) the
// curtain down on myself, oneself, my life, the curtain to come down on me or all of this; I hurt, cut
// or burnt myself with the knife, blade, razor, lighter, iron, with "again", a place on the body or
// "normal for me"; the burns, cuts or marks I keep doing (giving myself) on my legs or arms.
// Concern: I'm just a lump, dead weight or spare part on the sofa (feels worthless); the house, flat,
// room or landlord says I must leave or be out by the end of the month or in weeks (may lose their
// home); going to wring someone's neck, do him or it an injury or a mischief, batter the alarm clock
// with a hammer, throw the router or phone in the sea, river or canal, with a laugh (joked about
// hurting someone, as the corpus reads these).
// Each rests on two parts of the message or a whole phrase, so it is read in the whole message and
// the classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskNinetyFourthForms.test.ts. Normalised words ("rn" is "right now", "wouldnt" is
// "would not", "im" is "i am", "gonna" is "going to").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|show|series|episode|game|gaming|character|soap|play|panto|theatre|stage|song|lyrics|documentary|podcast|fortnite|roblox|minecraft`;
/** Someone else's doing, said of them: "my brother says he wishes he was dead", "she burns herself". */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|mate|pal|colleague|kid|kids)s?|he|she|they|hes|shes|theyre) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b`;
const BODY = String.raw`(?:legs?|arms?|wrists?|thighs?|stomach|belly|tummy|skin|hands?|body|chest|hips?|ankles?|forearms?|shoulders?)`;

// --- Crisis -------------------------------------------------------------------------------------
/** "i wish i was dead right now", "id rather be dead right now": a wish to be dead, in the adviser's words. */
const DEAD_RIGHT_NOW = pattern`${NOT_BEFORE}\b(?:wish (?:i|id) (?:was|were|could be)|want to be|i would rather be|id rather be) (?:just |already |honestly )?dead right now\b`;
const DEAD_NOW_OUT = String.raw`\b(?:he|she|they) (?:wishes|wished|wants|said)\b|${THIRD}|\b(?:${FICTION})\b`;

const GONE_QUIETLY = String.raw`(?:just )?(?:did not wake(?: up)?|never woke(?: up)?|did not wake up again|never came back|was not here|were not here|was not around|were not around|was gone|were gone|was dead|were dead|died|dropped dead|stopped breathing|had a heart attack|got hit by (?:a|the) (?:bus|car|lorry|train)|got run over|got something (?:the )?(?:doctors|they) (?:could not|can not) fix|went to sleep(?: \w+){0,4}? and (?:that was (?:it|the end(?: of me)?)|never woke(?: up)?|did not wake(?: up)?|that was that))`;
const NOT_THE_WORST = pattern`\b(?:would not|would it|it would not|might not|may not|it might not|it may not) (?:really |honestly )?be (?:the worst thing|so bad|such a bad thing|a bad thing|the worst)(?: (?:honestly|really|tbh|would it|in the world))? if i ${GONE_QUIETLY}`;
const WORST_OUT = String.raw`\b(?:job|interview|offer|shift|course|rota|contract|redundan\w*|sacked|fired|lay off|laid off|${FICTION}|${LAUGH})\b|${THIRD}`;

const CURTAIN = pattern`\b(?:bring|bringing|brought|ring|ringing|rang|draw|drawing|drew|pull|pulling|pulled|drop|dropping|dropped|lower|lowering) (?:down )?(?:the )?(?:final )?curtains? (?:down )?on (?:me|myself|oneself|my life|my own life|my existence|my time here|(?:it all|all of this|all of it|everything)(?=$| (?:i|and|honestly|really|now|tonight|for good|to be honest|tbh)\b))\b|\b(?:the )?(?:final )?curtain (?:to )?(?:come|comes|coming|came|fall|falls|falling|fell) (?:down )?on (?:me|myself|my life|(?:it all|all of this|all of it|everything)(?=$| (?:i|and|honestly|really|now|tonight|for good|to be honest|tbh)\b))\b`;
const CURTAIN_OUT = String.raw`\b(?:career|job|shop|business|season|tour|run|shift|retir\w*|chapter|era|saga|series|window|pole|rail|blackout|blinds?|dust\w*|nets?|${FICTION}|${LAUGH})\b|${THIRD}`;

const TOOL = String.raw`(?:the|a|my) (?:kitchen |stanley |bread |craft |pen |old )?(?:knife|blade|razor|razor blade|scissors|lighter|iron|compass|glass|shard|needle|pin)`;
const HURT_WITH_AGAIN = pattern`(?:^|\bi |\band |\bthen |\bjust |\bso )(?:hurt|cut|burned|burnt|scratched|harmed|stabbed) myself (?:again )?with ${TOOL}\b(?=.*\b(?:again|small cuts|(?:on|in|into) (?:my |the )?${BODY}|normal for me|every (?:night|day|time)|when i (?:feel|get|am)|to (?:cope|feel)|on purpose|is normal|as usual)\b)`;
const HURT_WITH_OUT = String.raw`\b(?:accident\w*|by mistake|slipped|chopp\w*|cooking|cook|kitchen job|chef|prep|onions?|veg\w*|sandwich\w*|bread knife making|carving|whittl\w*|diy|shaving|shave|sewing|sew|ironing|shirt|pruning|garden\w*|first aid|plaster|stitches from|glass broke|${FICTION}|${LAUGH})\b|${THIRD}`;

const MARKS_I_KEEP = pattern`\b(?:the )?(?:burns|burn marks|cuts|marks|scratches|scars|wounds|bruises) (?:that |which )?i (?:keep |have been |kept |always |still |keep on )?(?:doing|do|did|giving myself|give myself|gave myself|making|make|made|putting|put|inflicting|leaving) (?:on|to|into|in|across) my (?:own )?${BODY}\b`;
const MARKS_OUT = String.raw`\b(?:tattoo\w*|henna|pen|marker|biro|make ?up|fake tan|nails?|paint\w*|chalk|ink|stamp|oven|tray|hob|fryer|chef|kitchen|welding|work|gym|training|accident\w*|by mistake|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern ------------------------------------------------------------------------------------
const LUMP = pattern`\b(?:i am|i feel like|feel like|i feel|like|me|now i am|i have become|become) (?:just |only |nothing but |now |now just |basically |a bit of )*(?:a|an) (?:useless |big |fat |lazy |great |old |sad |pointless )?(?:lump|dead weight|spare part|ornament|piece of furniture|sack of spuds|sack of potatoes) (?:on|in) (?:the|my|this|our) (?:sofa|couch|settee|armchair|chair)\b`;
const LUMP_OUT = String.raw`\b(?:christmas|xmas|boxing day|dinner|roast|ate|eaten|full|food coma|hungover|hangover|bank holiday|weekend|holiday|cat|dog|${FICTION}|${LAUGH})\b|\b(?:he|she|they|hes|shes|theyre|my (?:husband|wife|partner|son|daughter|brother|sister|dad|mum|flatmate|boyfriend|girlfriend)) (?:is|was|sits|sat|lies|lay)\b`;

const HOME = String.raw`(?:house|home|flat|room|accommodation|hostel|digs|lodgings|landlord|landlady|letting agent|letting agency|housing|council|tenancy|caravan|b and b|bedsit|share house|supported housing)`;
const OUT_BY = pattern`\b${HOME}\b(?: \w+){0,3}? (?:say|says|said|saying|has said|have said|told me|tells me|telling me|have told me|has told me|wrote|warned me)(?: that)? (?:i|we|me and \w+) (?:must|have to|has to|got to|have got to|need to|will have to|would have to|should) (?:leave|move out|move on|get out|be out|go|vacate|find somewhere else)(?: of (?:the|my) \w+)? (?:by |at |before |in |for )?(?:the )?(?:end of (?:the |this |next )?(?:month|week|term)|next (?:week|month)|(?:\d+|a|one|two|three|four|a couple of|a few) (?:days|weeks?|months?)|(?:this|next) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|friday|soon|asap|straight away)\b`;
const OUT_BY_OUT = String.raw`\b(?:holiday\w*|airbnb|hotel|booking|check ?out|moving (?:house|home)|bought|buying|mortgage|new (?:flat|house|place)|keys to|uni|university|halls|term ends|summer|contract ends|${FICTION}|${LAUGH})\b|\b(?:my (?:mum|dad|brother|sister|friend|mate|neighbour|son|daughter|cousin)s?|he|she|they) (?:has|have|must|needs?|got) to (?:leave|move|be out|go)\b`;

const VICTIM = String.raw`(?:his|her|their|its|the|my|that|this|your|some|a|the \w+s|my \w+s|that \w+s|some \w+s)`;
const WRING = pattern`${NOT_BEFORE}\b(?:going to|ill|i will|i could|could|i am going to|i may|i might|might|may|want to|wanted to|i swear i will|swear ill|about to|i would|id|i will have to|i may have to|i might have to) (?:have to |just |happily |cheerfully |honestly |actually |literally )?wring (?:${VICTIM} (?:\w+ ){0,2}?necks?|the necks? of)\b`;
const INJURY = pattern`${NOT_BEFORE}\b(?:going to|ill|i will|i could|could|i am going to|i may|i might|might|may|want to|i swear i will|about to|i would|id|i will have to|i may have to|i might have to|have to) (?:have to |just |happily |cheerfully |honestly )?do (?:it|him|her|them|someone|somebody|that (?:\w+ )?\w+|the (?:\w+ )?\w+|this (?:\w+ )?\w+) (?:a |an )?(?:serious )?(?:injury|mischief)\b`;
const OBJECT = String.raw`(?:alarm clock|alarm|clock|router|wifi box|hub|printer|laptop|phone|computer|pc|tablet|ipad|kettle|toaster|microwave|telly|tv|remote)`;
const BATTER_THING = pattern`^(?=.*\b(?:${LAUGH}|ha|ha ha|rofl)\b)(?:.*\b(?:going to|ill|i will|i am going to|i am|about to|i could|could|might|i might|want to|i am taking|taking) (?:just |honestly |actually )?(?:(?:batter|smash|smashing|battering|hammer|hammering|whack|whacking|lamp|lamping) (?:my|the|this|that) ${OBJECT}\b(?: \w+){0,2}? (?:with a (?:sledge)?hammer|to bits|to pieces|into (?:oblivion|next week|smithereens))|(?:take|taking) a (?:sledge)?hammer to (?:my|the|this|that) ${OBJECT}\b)|.*\b(?:going to|ill|i will|i am going to|i am|about to|i could|could|might|i might|want to) (?:just |honestly |actually )?(?:throw|throwing|chuck|chucking|lob|lobbing|launch|launching|yeet|yeeting|fling|flinging|toss|tossing|drop kick|drop kicking|boot|booting) (?:my|the|this|that) ${OBJECT} (?:in|into) the (?:sea|river|canal|ocean|lake|sun|thames|mersey|clyde)\b)`;
const JOKE_OUT = String.raw`\b(?:chicken|chickens|towel|cloth|flannel|washing|mop|sponge|shirt|swimsuit|jumper|bottle|wet)\b|\b(?:he|she|they|hes|shes|theyre|my (?:mum|dad|nan|brother|sister|friend|mate|husband|wife|partner|boss)s?) (?:says|said|will|is going to|going to|keeps saying|threatened)\b|\b(?:myself|yourself|himself|herself|themselves|ourselves)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const NINETY_FOURTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bdead right now\b`, DEAD_NOW_OUT), [group('crisis', 'wishes to be dead', [DEAD_RIGHT_NOW])]],
  [unless(String.raw`\bbe (?:the worst|so bad|such a bad thing|a bad thing)\b`, WORST_OUT), [group('crisis', 'wishes to be dead', [NOT_THE_WORST])]],
  [unless(String.raw`\bcurtains?\b`, CURTAIN_OUT), [group('crisis', 'thoughts of suicide', [CURTAIN])]],
  [unless(String.raw`\bmyself with\b`, HURT_WITH_OUT), [group('crisis', 'self-harm', [HURT_WITH_AGAIN])]],
  [unless(String.raw`\b(?:burns|burn marks|cuts|marks|scratches|scars|wounds|bruises) (?:that |which )?i\b`, MARKS_OUT), [group('crisis', 'self-harm', [MARKS_I_KEEP])]],
  [unless(String.raw`\b(?:lump|dead weight|spare part|ornament|piece of furniture|sack of)\b`, LUMP_OUT), [group('concern', 'feels worthless', [LUMP])]],
  [unless(String.raw`\b(?:leave|move out|move on|get out|be out|go|vacate|find somewhere else)\b`, OUT_BY_OUT), [group('concern', 'may lose their home', [OUT_BY])]],
  [unless(String.raw`\b(?:wring|injury|mischief|hammer|sledgehammer|to bits|to pieces|oblivion|smithereens|sea|river|canal|ocean|lake|sun|thames|mersey|clyde)\b`, JOKE_OUT), [group('concern', 'joked about hurting someone', [WRING, INJURY, BATTER_THING])]],
] as const;
