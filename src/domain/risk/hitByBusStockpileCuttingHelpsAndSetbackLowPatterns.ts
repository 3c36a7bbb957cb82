// Crisis: hoping to be hit by a bus, car or train ("part of me hopes a lorry hits me", "i half wish
// i would get run over"); happily never waking up ("i would gladly never wake up again"); a count
// of tablets saved up or stockpiled ("got 40 paracetamol stashed", "50 co codamol, that will be
// enough"); cutting or burning as the only thing that helps. Concern: "so skint"; "not worth
// anyone's time", "felt stupid and pathetic", "i am so thick"; "that tells you everything about me"
// after a rejection; "it will not make any difference, nothing does"; low for months, a mood all over
// the place; not seeing how it will ever get better; never working again; not affording the fare;
// sleeping two or three hours a night; feeling like rubbish, in bed by six after a setback.
// Read in the whole message, so the classifier's training text is not rewritten. A form with "not"
// or "never" just before it is left alone. Look-alikes of our own are in
// test/domain/riskThirtySeventhForms.test.ts. Normalised words, as in riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE } from './wholeMessageSets.ts';


// --- Crisis -------------------------------------------------------------------------------------
const HOPE = oneOf('hope', 'hopes', 'hoping', 'hoped', 'wish', 'wishes', 'wishing', 'wished', 'pray', 'prays', 'praying', 'would not mind if', 'would not care if');
const VEHICLE = oneOf('bus', 'car', 'lorry', 'train', 'truck', 'van', 'taxi', 'tram', 'coach', 'drunk driver', 'artic');
const STRUCK = oneOf('hit', 'run over', 'knocked (?:down|over)', 'mown down', 'flattened', 'wiped out', 'killed', 'ploughed into', 'squashed');
const HIT_BY = pattern`${NOT_BEFORE}\b${HOPE} (?:that )?(?:i (?:get|got|will get|would get|might get|just get|ill get|id get) ${STRUCK} by (?:a|an|the|some) ${VEHICLE}|(?:a|an|the|some) ${VEHICLE} (?:hits|will hit|would hit|might hit|runs me over|will run me over|would run me over|knocks me (?:down|over)|ploughs into me|takes me out|flattens me) ?(?:me)?)\b`;

const GLADLY = oneOf('happily', 'gladly', 'quite happily', 'would happily', 'would gladly', 'id happily', 'id gladly', 'i would happily', 'i would gladly', 'could happily', 'would be happy to', 'would be glad to', 'would love to');
const NEVER_WAKE = pattern`\b${GLADLY} (?:just )?(?:never|not) (?:wake|waking) up(?: again| ever again| tomorrow| in the morning)?\b(?! (?:at|before|early|that early|so early|for|to|on|in time|with|until|till|\d)\b)`;

const DRUG = oneOf('codeine', 'co codamol', 'cocodamol', 'paracetamol', 'ibuprofen', 'tramadol', 'diazepam', 'zopiclone', 'amitriptyline', 'sertraline', 'citalopram', 'fluoxetine', 'mirtazapine', 'quetiapine', 'morphine', 'oxycodone', 'propranolol', 'pregabalin', 'gabapentin', 'pills', 'tablets', 'painkillers', 'sleeping pills', 'sleeping tablets', 'meds', 'antidepressants');
const COUNT = oneOf('\\d+', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'a hundred', 'hundreds of', 'loads of', 'a load of', 'a pile of', 'boxes of', '\\d+ boxes of', 'two boxes of', 'three boxes of');
const SAVED = oneOf('saved', 'saved up', 'stockpiled', 'stashed', 'stashed away', 'hoarded', 'put by', 'put away', 'squirrelled away', 'hidden away', 'collected', 'building up', 'kept back', 'piled up');
const PILLS_SAVED = pattern`\b${COUNT} (?:of )?(?:my |the )?${DRUG} (?:now )?${SAVED}\b|\b${COUNT} (?:of )?(?:my |the )?${DRUG}\b(?: \w+){0,6}? (?:that |which |it |this )?(?:should|will|would|ought to|has got to|must) be enough\b(?! (?:to last|for (?:the|a|my|this) (?:month|week|trip|holiday|fortnight|weekend))\b)`;

const SELF_HARM_ACT = String.raw`(?:cutting|burning|scratching|hurting myself|hitting myself|harming myself|self harming|self harm|cutting myself|burning myself)`;
const NOT_AN_OBJECT = String.raw`(?! (?:down|back|out|up|off|in|costs?|corners|the|a|an|it|that|this|those|some|hair|my (?!arms?|legs?|wrists?|thighs?|skin|stomach|hips?)|grass|hedges?|wood|carbs|sugar|caffeine|coffee|booze|drink|alcohol|spending|hours|ties|losses|people|things|stuff|contact|calories|energy|candles?|incense|sage|bridges|toxic)\b)`;
const HELPS = oneOf('helps', 'works', 'calms me(?: down)?', 'gets me through', 'makes it (?:stop|better|bearable)', 'keeps me going', 'stops it', 'takes the edge off', 'helps me cope', 'helped', 'worked');
const CUTTING_HELPS = pattern`\b(?:the )?only (?:thing|way|stuff) (?:that )?(?:ever )?${HELPS}(?: \w+){0,3}? (?:is|was|has been) ${SELF_HARM_ACT}\b${NOT_AN_OBJECT}|\b${SELF_HARM_ACT}${NOT_AN_OBJECT} (?:is|was|has been|seems) (?:the only thing|all) (?:that )?(?:ever )?${HELPS}\b`;

// --- Concern ------------------------------------------------------------------------------------
const SKINT = pattern`${NOT_BEFORE}\b(?:so|proper|well|dead|totally|completely|absolutely|really|that|bloody|flat|stony|stone|utterly) (?:skint|brassic|boracic|broke)\b(?! (?:down|up|off|out|in|into|the|my|his|her|it|their|a|an|at uni|as a student|when i was)\b)`;

const NOT_WORTH = pattern`\bi am not worth (?:anyones|anybodys|peoples|your|their|his|her|the) (?:time|effort|bother|trouble|attention|love|energy|kindness)\b|\b(?:feel|feels|felt|feeling) (?:so |really |just |such |completely )?(?:stupid|useless|thick|worthless|small|dumb) and (?:pathetic|worthless|useless)\b(?! (?:for|about) (?:forgetting|asking|missing|leaving|getting lost|locking)\b)`;
const SO_THICK = pattern`${NOT_BEFORE}\bi am (?:just )?(?:so|such|really|too|dead|proper|that|completely|totally) (?:thick|dense|dumb)\b(?! (?:skinned|headed|set|with|at|i|lol|haha|sometimes|for|when|cos|because|lmao)\b)(?!.*\b(?:lol|haha|forgot|locked|left my)\b)`;
const REJECTED = String.raw`\b(?:turned down|rejected|rejection|rejections|knocked back|unsuccessful|did not get|no reply|heard nothing|not even an interview|not even|failed|not good enough)\b`;
const PROUD = String.raw`\b(?:proud|love|passionate|never give up|determined|hard work\w*|reliable|honest|loyal|keen)\b`;
const TELLS_ALL = pattern`\b(?:tells|says|shows) (?:you )?(?:everything|all you need to know|all there is to know|it all) (?:you need to know )?about me\b`;

const NOTHING_DOES = pattern`\b(?:will not|would not|does not|do not|is not going to|are not going to|will never|never) (?:(?:make|change) (?:any|a|much of a|the slightest|one bit of) (?:difference|change)|change (?:a thing|anything|owt))(?: \w+){0,2}? nothing (?:ever )?(?:does|will|helps|works|changes)\b|\bnothing (?:i do |i try )?(?:ever )?(?:makes any difference|makes a difference|changes anything|ever changes|ever works|ever helps)\b(?! to (?:the|this|my|that) (?:wifi|internet|signal|printer|laptop|computer|pc|phone|app|website|site|screen|settings|game|score|car|engine|boiler|heating|sound|volume|speed)\b)`;

const LOW_FOR = pattern`${NOT_BEFORE}\b(?:i have been|i been|i have felt|i felt|i was|i am|been feeling|feeling|felt|(?<!\b(?:has|had|it|is|was|have|they|he|she|we|you|its|site|system|battery) )been) (?:really |so |very |pretty |quite |proper |dead |that |incredibly )?(?:low|down|depressed|flat|miserable) (?:for|since|over|these|the last|most of) (?:a few |a couple of |several |many |the (?:last|past) (?:few )?|\d+ |two |three |four |five |six )?(?:weeks|months|years|ages|a while|a long time|christmas|the summer|i lost \w+|my \w+ died)\b(?! (?:with|from|after) (?:covid|flu|the flu|a cold|a virus|a bug|sickness|my back|an injury|tonsillitis|a chest infection)\b)`;
const MOOD_ALL_OVER = pattern`\bmy moods? (?:is |are |has been |have been |been |is been )?(?:all over the place|up and down|through the floor|on the floor|rock bottom)\b`;

const NOT_SEE_BETTER = pattern`\bi (?:do not|can not|just do not|honestly do not|really do not|could not) see how (?:it|things|this|anything|life|my life|any of (?:this|it)|my situation) (?:is|are) (?:ever )?(?:going to|gonna|gunna|gona) (?:get|be|turn out) (?:any )?(?:better|ok|okay|alright|different)\b|\bi (?:can not|could not|do not) see (?:it|things|life) (?:ever )?getting (?:any )?better\b`;
const FOOTBALL = String.raw`\b(?:team|club|united|city|rovers|manager|league|season|signal|wifi|traffic|roads?|potholes|bus service|weather)\b`;

const NEVER_WORK = pattern`\bi (?:do not think|doubt|honestly do not think|really do not think|do not reckon) (?:i will|ill|i am going to|i am gonna) ever (?:work|get (?:a|another) job|get work|be employed|get hired|find work|find a job|be working)(?: again| ever again)\b(?! (?:in|at (?!this rate)|for|there|with|as|like|on|here|doing)\b)|\bi (?:will|am going to|am gonna) never (?:work|get (?:a|another) job|find work|be employed|get hired)(?: again| ever again)\b(?! (?:in|at (?!this rate)|for|there|with|as|like|on|here|doing)\b)`;
const RETIRING = String.raw`\b(?:retir\w+|pension|lottery|won|inheritance|redundancy package|payout)\b`;

const FARE = oneOf('fare', 'fares', 'ticket', 'tickets', 'travel', 'bus', 'train', 'petrol', 'diesel', 'fuel', 'rent', 'food', 'gas', 'electric', 'heating', 'bills', 'nappies', 'formula', 'shopping', 'council tax', 'prescriptions?', 'lunch', 'dinner', 'tea', 'meals?');
const CANT_AFFORD = pattern`${NOT_BEFORE}(?<!\b(?:they|he|she|company|business|council|employer|firm|it|we|you) )\b(?:can not|could not|cannot) (?:even )?afford (?:the |my |a |any |to pay (?:the |my )?)?(?:bus |train |tram |return |coach |weekly |monthly )?${FARE}\b(?! (?:fire|cooker|hob|boiler|upgrade|company|pass for the|on a|for a|in (?:london|first)|first class|abroad|set|shares?)\b)`;

const SHORT_SLEEP = pattern`(?<!\b(?:baby|he|she|they|son|daughter|dog|toddler|kids|it|is|are|babys|newborn|was) )\b(?:sleeping|slept|i sleep|getting|i get|managing|i manage) (?:only |about |maybe |barely |like |just |around |at most )?(?:[0-3]|one|two|three|an hour|a couple of|half an hour)(?: (?:or |to )?(?:[1-4]|two|three|four))? (?:hours?|hrs?)(?: sleep| of sleep)? (?:a|per|each|every) night\b`;
const BABY_OR_SHIFTS = String.raw`\b(?:baby|newborn|night shifts?|nights|on nights|teething|feeds?|feeding)\b`;

const RUBBISH = pattern`\b(?:feeling|felt|feel|feels) (?:like )?(?:rubbish|crap|shit|garbage|trash|dirt|a pile of (?:rubbish|crap|shit)|nothing)\b(?! (?:about|at|in|on|with|for) (?:it|that|the|this|my|him|her)\b)`;
const EARLY_BED = pattern`\b(?:went|gone|go|going|was) (?:home and went |straight )?(?:back )?to bed at (?:[3-7]|three|four|five|six|seven)(?: pm| o clock| in the (?:afternoon|evening))?\b(?! (?:am|in the morning|this morning)\b)`;
const SETBACK = String.raw`${REJECTED}|\bfor (?:an hour|hours|ages|the whole day|the rest of the day)\b|\ball (?:day|week)\b|\bsat in the car\b`;
const ILL_OR_EARLY = String.raw`\b(?:cold|flu|covid|virus|bug|hangover|hungover|migraine|headache|period|temperature|sick|poorly|infection|tonsillitis|food poisoning|jab|vaccine|booster|tooth|dentist|surgery|operation|injection|shift|early start|up at|alarm|flight|pregnant|chemo)\b`;

const unless = (gate: string, without: string): RegExp => new RegExp(String.raw`^(?=.*(?:${gate}))(?:(?!${without}).)*$`);

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const THIRTY_SEVENTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [new RegExp(VEHICLE), [group('crisis', 'wishes to be dead', [HIT_BY])]],
  [/\bwak(?:e|ing) up\b/, [group('crisis', 'wishes to be dead', [NEVER_WAKE])]],
  [new RegExp(String.raw`\b${DRUG}\b`), [group('crisis', 'preparing to end their life, or a past attempt', [PILLS_SAVED])]],
  [/\b(?:cutting|burning|scratching|hurting|hitting|harming|self harm)/, [group('crisis', 'self-harm', [CUTTING_HELPS])]],
  [/\b(?:skint|brassic|boracic|broke)\b/, [group('concern', 'money worries', [SKINT])]],
  [/\b(?:worth|pathetic|worthless|useless|thick|dense|dumb)\b/, [group('concern', 'feels worthless', [NOT_WORTH, SO_THICK])]],
  [unless(REJECTED, PROUD), [group('concern', 'feels worthless', [TELLS_ALL])]],
  [/\bnothing\b/, [group('concern', 'hopelessness', [NOTHING_DOES])]],
  [/\b(?:low|down|depressed|flat|miserable|mood|moods)\b/, [group('concern', 'low mood', [LOW_FOR, MOOD_ALL_OVER])]],
  [unless(String.raw`\bsee\b`, FOOTBALL), [group('concern', 'hopelessness', [NOT_SEE_BETTER])]],
  [unless(String.raw`\bagain\b`, RETIRING), [group('concern', 'hopelessness', [NEVER_WORK])]],
  [/\bafford\b/, [group('concern', 'money worries', [CANT_AFFORD])]],
  [unless(String.raw`\bnight\b`, BABY_OR_SHIFTS), [group('concern', 'not eating or sleeping', [SHORT_SLEEP])]],
  [unless(SETBACK, ILL_OR_EARLY), [group('concern', 'low mood', [RUBBISH, EARLY_BED])]],
];
