// Read from the two-hundred-and-thirty-first split (rural and small-town clients: farm and seasonal
// work, short messages with words missing), measured once fresh (95.8% crisis) and then read. The
// kinds: hoping not to see Christmas or next season (the bare "hope i dont see christmas" had been
// concern); a search for whether a farm poison "would do it"; the gun cabinet's key kept on them;
// "not carrying on", said as a choice made; doing "it" in the shed or the barn; a day, the car and a
// lay-by "worked out"; vet medicines put by, "more than enough"; easier if the tractor rolled on
// them. Normalised words ("do not", "i will").
import { pattern } from '../riskPatterns.ts';
import { group, SOMEONE_ELSE_OR_A_STORY, unless, WEEKDAY } from './wholeMessageSets.ts';

const A_TIME_OF_YEAR = String.raw`(?:christmas|xmas|new year|easter|spring|summer|autumn|winter|season|harvest|lambing|my (?:next )?birthday|birthday|year|another year|next year)`;

// "hope i do not see another summer in this job" is about the job, and "see him at christmas" about him.
const HOPE_NOT_TO_SEE = [
  pattern`\b(?:i )?(?:hope|hoping|pray|praying) i (?:do not|never|will not) (?:see|make it to|get to see|live to see|reach) (?:next |another |the |this )?${A_TIME_OF_YEAR}\b(?! (?:party|do|shopping|market|dinner|lunch|fair|rush|shift|shifts|temp|job|jobs|work|sale|sales|bonus|break|holidays?|period|at|in|on|here|working|with)\b)`,
];
const SEASON_EVERYDAY = String.raw`\b(?:lol|haha|snow|rain|weather|traffic|queue|prices|bill|bills|overtime|rota|boss|manager|ex|in laws)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const FARM_POISON = String.raw`(?:weedkiller|weed killer|paraquat|glyphosate|antifreeze|rat poison|slug pellets|sheep dip|pesticide|insecticide|vet meds|vet medicine|horse tranquilli[sz]er|ketamine|pentobarbital|insulin|paracetamol|pills|tablets|sleeping pills)`;
const SEARCHED_IF_IT_WOULD_DO_IT = [
  pattern`\b(?:googled|google|searched|looked up|looking up|checked|asked|read up on) (?:if|whether|how much|how many|what amount of) (?:the |my |his |dads )?${FARM_POISON} (?:would|will|could|can|might) (?:do it|do the job|be enough|kill a person|kill me|work on a person|work on me)\b`,
];
const GARDEN_JOBS = String.raw`\b(?:weeds|patio|garden|path|driveway|moss|nettles|brambles|docks|thistles|field|crop|crops|slugs|rats|mice|pests|vermin|dog|cat|horse|sheep|cow|cows|lamb|ewe|pain|headache|migraine|temperature|fever|cold|flu|tooth|toothache|back)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const GUN_KEY_ON_ME = [
  pattern`\b(?:the |dads |my dads |our )?(?:gun|shotgun|rifle|firearms?) (?:cabinet |cupboard |safe |locker )?keys? (?:is|are) (?:on my keyring|on me|in my pocket|with me|mine now|in my room)\b`,
  pattern`\b(?:got|took|have|taken) (?:the |dads |my dads |his )?(?:gun|shotgun|rifle) (?:cabinet |cupboard |safe |locker )?keys?\b(?=.*\b(?:tonight|today|tomorrow|later|after tea|when (?:they|he|she) (?:is|are) out|${WEEKDAY})\b)`,
];
const SHOOTING_EVERYDAY = String.raw`\b(?:rabbits?|pigeons?|foxes|fox|crows|vermin|clay|clays|shoot day|the shoot|beaters?|licen[cs]e|certificate|firearms officer|inspection|police check|renewal|deer|stalking|pheasants?)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// Not carrying on with a course or a job is everyday; a choice made, with nothing after "carrying on", is not.
const NOT_CARRYING_ON_BY_CHOICE = [
  pattern`\bi am not carrying on\b(?: any ?more)?[.,!]* ?(?:it is |that is )?(?:my choice|my decision|my mind is made up|made my mind up|mind is made up|decided|final)\b`,
];
const CARRYING_ON_EVERYDAY = String.raw`\bcarrying on (?:with|at|in|on|doing|working|as|after|there|here)\b|\b(?:course|job|programme|program|scheme|placement|training|college|apprenticeship|contract|claim|appointments?|meetings?)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const LONELY_PLACE = String.raw`(?:shed|barn|woods|loft|attic|lay by|layby|quarry|cliff|bridge|railway|tracks|river|reservoir|outbuilding|stable|stables)`;
const DO_IT_THERE = [
  pattern`\b(?:i will|ill) do it (?:in|at|from|off|by|down|up) the ${LONELY_PLACE}\b`,
  pattern`\b(?:got it|have it|it is|all) (?:all )?(?:worked out|planned|sorted)\b[.,:;]* (?:${WEEKDAY}|tonight|tomorrow|this weekend)\b[,;]* (?:the |my )?(?:car|van|truck|rope|pills|tablets|gun|shotgun)\b[,;]* (?:the )?${LONELY_PLACE}\b`,
];
const TASK_WORDS = String.raw`\b(?:cv|form|forms|application|applications|painting|paint|repairs?|fix|fixing|bike|course|homework|washing|ironing|jobs|job search|online|laptop|revision|tidy|tidying|clear out|clearing|lambs?|ewes?|sheep|calves|cows|hay|bales|feeding|milking|shearing|fencing|welding|engine|tractor|mower|birthday|party|photos?|meeting|interview)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const MEDS_PUT_BY = [
  pattern`\b(?:vet|vets|animal|dog|dogs|horse|cattle|sheep) (?:meds|medicine|medicines|medication|drugs|tablets|pills|injections?|jabs)\b.*\b(?:more than enough|enough for me|enough to do it|enough for a person|stockpiled|saved up|been saving|put away|hidden away|stashed)\b`,
];
const MEDS_EVERYDAY = String.raw`\b(?:lock(?:ed)? (?:them |it )?(?:up|away)|locked|safe place|out of reach|kids|children|grandkids|for the dog|for the horse|for the lambs|for the flock|for the herd|course of|prescribed for (?:the|my) (?:dog|horse|cat))\b|${SOMEONE_ELSE_OR_A_STORY}`;

const CRUSHED_BY_FARM_WORK = [
  pattern`\b(?:easier|better|simpler|quicker|best|kinder) (?:for everyone )?if (?:the |a |that |my |our )?(?:tractor|quad|quad bike|trailer|lorry|truck|bull|horse|bales?|digger|forklift|telehandler|combine|machine|roof|wall|tree|beam) (?:just )?(?:rolled|fell|landed|came down|ran|went|tipped|crushed|trampled)(?: (?:on|onto|over|into|on top of))? me\b`,
];

export const TWO_HUNDRED_AND_THIRTY_FIRST_WHOLE_SETS = [
  [unless(String.raw`\b(?:hope|hoping|pray|praying) i\b`, SEASON_EVERYDAY), [group('crisis', 'wishes to be dead', HOPE_NOT_TO_SEE)]],
  [unless(String.raw`\b(?:googled|google|searched|looked up|looking up|checked|asked|read up on)\b`, GARDEN_JOBS), [group('crisis', 'thinking about a way to end their life', SEARCHED_IF_IT_WOULD_DO_IT)]],
  [unless(String.raw`\b(?:gun|shotgun|rifle|firearms?)\b`, SHOOTING_EVERYDAY), [group('crisis', 'thinking about a way to end their life', GUN_KEY_ON_ME)]],
  [unless(String.raw`\bnot carrying on\b`, CARRYING_ON_EVERYDAY), [group('crisis', 'intends to end their life', NOT_CARRYING_ON_BY_CHOICE)]],
  [unless(String.raw`\b(?:do it|worked out|planned|sorted)\b`, TASK_WORDS), [group('crisis', 'a plan to end their life', DO_IT_THERE)]],
  [unless(String.raw`\b(?:meds|medicine|medicines|medication|drugs|tablets|pills|injections?|jabs)\b`, MEDS_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', MEDS_PUT_BY)]],
  [unless(String.raw`\bif\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'wishes to be dead', CRUSHED_BY_FARM_WORK)]],
] as const;
