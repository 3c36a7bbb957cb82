// Broader shapes of the Columbia ladder and of violence at home, written as general forms rather
// than single sentences: a death that would help others, "be gone", asking how much of a drug it
// takes, buying a means, a plan with a time, goodbyes, and a partner who is violent.
// They run on normalised text ("im" is "i am", "wont" is "will not"), like the other groups.
import { NOT_A_GAME_OR_A_CALL, oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

/** A goodbye to a way of working, not to people: "saying goodbye to nights, got a day job". */
export const GOODBYE_TO_SHIFTS = String.raw`(?:(?:the |my )?(?:nights|night shifts?|nightshifts?|lates|earlies|early starts|weekend shifts|zero hours|the commute|commuting|overtime|agency work|temping)\b)`;

/** Goodbyes at a leaving do, an airport or to an old job: what a client starting work says. */
export const GOODBYE_ELSEWHERE = String.raw`\b(?:leaving (?:do|drinks|party|lunch|meal|card|present)|airport|departures|old job|last shift|new job)\b`;

const PARTNER = oneOf('husband', 'partner', 'boyfriend', 'bf', 'wife', 'girlfriend', 'gf', 'ex', 'fella', 'man', 'dad', 'stepdad', 'mum', 'son', 'brother');
const MEANS = oneOf('rope', 'noose', 'charcoal', 'hose pipe', 'hosepipe', 'razor blades', 'blades', 'a gun', 'enough pills', 'enough tablets');
// Rope for a skipping game or the dog, charcoal for the barbecue, blades for the mower: the thing's own use said with it.
const MEANS_NOT_FOR_ITS_USE = String.raw`(?<!\b(?:skipping|jump|climbing|tow|tug) )(?:${MEANS})\b(?!(?: \w+){0,5} (?:dogs?|tug|toys?|swing|climbing|boat|tent|camping|washing line|towing|bbq|barbecue|barbeque|grill|shaving|mower|strimmer|stanley knife|crafts?|macrame|allotment|garden|hanging baskets?|gym|skipping)\b)`;
const DRUG = oneOf(
  'pills', 'tablets', 'paracetamol', 'paracetemol', 'co codamol', 'cocodamol', 'codeine', 'ibuprofen', 'sleeping pills', 'painkillers',
  'pain killers', 'insulin', 'antidepressants', 'sertraline', 'citalopram', 'tramadol', 'morphine', 'diazepam', 'vodka',
);
const VIOLENT = oneOf('violent', 'abusive', 'rough with me', 'handy with his fists', 'physical with me');
const VEHICLE = oneOf('bus', 'car', 'lorry', 'truck', 'train', 'van', 'taxi', 'tram');
// Said of the client by anyone at all (a coach, a priest, a stranger): these are never everyday.
const SEXUAL_HARM = oneOf('abused', 'abuses', 'abusing', 'raped', 'rapes', 'raping', 'molested', 'molests', 'molesting', 'groomed', 'grooming', 'interfered with', 'sexually assaulted');
const STRUCK = oneOf('hits', 'hit', 'beats', 'beat', 'punched', 'punches', 'kicked', 'kicks', 'slapped', 'slaps', 'strangled', 'strangles', 'choked', 'chokes');

export const GENERAL_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      pattern`\b(?:better|best|easier|relief|kinder|fairer)\b(?: \w+){0,5} if i (?:died|was dead|were dead|was not about|was not around|was not here|were not here|were gone|was gone|disappeared for good)\b`,
      pattern`\b(?:want|wish|ready|need|like) to be gone\b|\bgone gone\b`,
      // Not a lie-in or a fear of oversleeping ("hope i do not wake up late for the interview").
      pattern`\b(?:relief|want|wish|hope|pray|rather|dream)\b(?: \w+){0,4} (?:never|not) (?:to )?wake up\b(?! (?:so |too |really |this |that )?(?:late|early|in time|on time|before (?:the|my|\d)|at \d|till|until|for (?:work|my|the) (?:shift|interview|alarm|job|work|bus|train)|with a (?:hangover|headache|sore)|hungover|feeling (?:rough|rubbish|ill|sick)|in a (?:panic|sweat))\b)`,
      pattern`\b(?:nobody|no one|noone|no 1|no1) (?:would|will|is going to|is gonna|would even|will even) (?:miss|notice|care|mind) (?:me|if i)\b`,
      // Not hoping NOT to be hit ("i hope i do not get hit by a bus on the way").
      pattern`\b(?:wish|wishing|hope|hoping|pray|praying)\b(?: \w+){0,4} (?<!\b(?:not|never) (?:get |be |getting |being )?)(?:hit|run over|knocked (?:down|over)) by (?:a|the) ${VEHICLE}\b`,
      pattern`\b(?:wish|wishing|hope|hoping|pray|praying)\b(?: \w+){0,3} (?:a|the) ${VEHICLE}\b(?: \w+){0,2} (?:hit|hits|run|runs|ran|knock|knocks|knocked) (?:me|into me)\b`,
      pattern`\bi will be dead\b|\bi am going to be dead\b|\bdead by (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|tonight|the weekend|next week)\b`,
      // Play-testing (December): "nothing. wont matter soon anyway" had read as hopelessness only.
      // Not a deadline or a job ("the cv wont matter soon, the job closes friday").
      pattern`^(?:(?:nothing|whatever|dunno|ok|fine|no|yeah|doesnt matter|who cares)[ ,.]+)*(?:it )?(?:will not|wont|is not going to|does not|not going to) matter (?:soon|much longer|for (?:much )?longer|for long|after (?:tonight|this week|friday|the weekend))(?: (?:anyway|anyways|now|tbh|honestly))*$`,
    ],
  },
  {
    level: 'crisis',
    reason: 'looking into a way to end their life',
    patterns: [
      pattern`\bhow (?:many|much) ${DRUG}\b(?: \w+){0,4} (?:take|kill|need|enough|do it)\b`,
      pattern`\bhow (?:many|much)\b(?: \w+){0,3} (?:would|will|does|do) it take to (?:die|kill|end|not wake)\b`,
      pattern`\b(?:${DRUG}|bottle|packet|packets|box|boxes|dose)\b(?: \w+){0,6} enough to (?:kill me|end it|end my life|die|not wake up|do it|kill (?:a person|someone|you))\b`,
      pattern`\b(?:knife|knives|blade|blades|razor|razors)\b(?: \w+){0,6} wrists?\b|\bwrists?\b(?: \w+){0,4} (?:knife|knives|blade|razor|cut|cutting|slit|slash)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'has a plan to end their life',
    patterns: [
      pattern`\b(?:bought|buying|got|getting|ordered|ordering|picked up|saved up|saving up|stockpiled|stockpiling|collected|collecting|hoarded|hoarding)\b(?: \w+){0,3} ${MEANS_NOT_FOR_ITS_USE}`,
      pattern`\b(?:stockpiled|stockpiling|hoarded|hoarding|saving up|saved up|collecting)\b(?: \w+){0,2} ${DRUG}\b`,
      pattern`\bi (?:have|have got|got) a plan and i know (?:when|how|where)\b`,
      pattern`\b(?:all|it|everything) planned out\b(?: \w+){0,3} (?:tonight|night|sunday|monday|tuesday|wednesday|thursday|friday|saturday|this weekend|tomorrow)\b`,
      pattern`\b(?:train|railway) (?:line|lines|track|tracks)\b(?: \w+){0,4} (?:done|finished|over) (?:with|wid) (?:it|it all|everything|life)\b`,
      pattern`\bi know (?:how|when|where) i am going to do it\b|\bi have decided (?:how|when)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'putting their affairs in order',
    patterns: [
      // Not a goodbye said elsewhere (GOODBYE_ELSEWHERE), nor at the station.
      pattern`(?:\bsaid (?:my )?goodbyes?\b(?! to ${GOODBYE_TO_SHIFTS})|\bsaid goodbye to (?:my|every|all|the)\b(?! ?${GOODBYE_TO_SHIFTS})|\bsaying (?:my )?goodbyes? to\b(?! ${GOODBYE_TO_SHIFTS}))(?<!(?:${GOODBYE_ELSEWHERE}|\bthe station\b).*)(?!.*(?:${GOODBYE_ELSEWHERE}|\bthe station\b))`,
      pattern`\b(?:wrote|written|writing|left) (?:a |some )?(?:letters?|notes?) (?:for|to) (?:my|the|every|all)\b(?: \w+){0,3} (?:for after|for when i am gone|to say goodbye|saying goodbye)\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      pattern`\b(?:my )?${PARTNER} (?:is|was|gets|got|has been|can be|becomes|went) ${VIOLENT}\b`,
      pattern`\b(?:he|she|my ${PARTNER}) ${STRUCK} me\b${NOT_A_GAME_OR_A_CALL}`,
      pattern`\b(?:he|she|(?:my )?${PARTNER}) (?:has |had )?(?:split|busted|burst|broke|broken|cut|bruised|fractured) my (?:lip|nose|face|head|ribs?|arm|eye|jaw|tooth|teeth|cheek)\b`,
      pattern`\b${SEXUAL_HARM} me\b|\bsexually (?:abused|assaulted) (?:me|by)\b`,
      // Jamaican patois: "lick mi up", "tump mi up" (beat me up).
      pattern`\b(?:lick|licks|licked|tump|tumps|tumped|box|boxed|batter|battered|beat|beats|kick|kicked) (?:mi|me) up\b`,
    ],
  },
];

/** Struggling, said plainly: no way out, a low view of oneself, bills that cannot be paid, no sleep. */
export const GENERAL_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'feels hopeless',
    patterns: [pattern`\b(?:can not|cannot|do not) see (?:a|any) way (?:out|forward|through)\b|\bno way out\b`],
  },
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [pattern`\bi am (?:a|such a) (?:joke|failure|waste of space|waste|disgrace|burden|let down|disappointment)\b(?: of a person)?`],
  },
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [pattern`\bno money (?:for|to pay|left for) (?:the |my )?(?:bills|rent|food|electric|gas|heating)\b|\bcan not (?:pay|afford) (?:the |my )?(?:bills|rent|food|electric|gas|heating)\b`],
  },
  {
    level: 'concern',
    reason: 'not sleeping',
    patterns: [pattern`\bi (?:do not|can not|cannot|barely|hardly) sleep\b|\bhave not slept (?:for|in) (?:days|ages|a week|weeks)\b`],
  },
];
