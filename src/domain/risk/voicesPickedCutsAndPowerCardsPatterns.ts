// The kinds the hundred-and-seventy-first blind split (people living with severe mental illness in
// supported employment: medication, the crisis team, care coordinators, admissions) found missed,
// written as general forms.
// Crisis: "might as well be a real dead one lol" (a laugh never lowers a wish to be dead); dark
// thoughts "the kind the crisis team asks you about"; the voices won, doing what they say; cuts
// picked or scars opened back up; someone who needs teaching a lesson, and I will do it; getting them
// before they get me; a power or gas card on zero, with a baby or the cold.
// Concern: stopped having goals; anyone would be better than me; a drug that blanks everything out;
// a tenancy the landlord may end; a phone that only rings for appointments; "joked about locking the
// assessor in a room", "in prison for punching interviewers haha jk".
// Look-alikes of our own are in test/domain/riskHundredAndSeventyFirstForms.test.ts. Normalised
// words ("i am" for "I'm", "do not" for "don't").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, SOMEONE_ELSE_SAID, unless } from './wholeMessageSets.ts';

// --- Crisis: the client's own risk ------------------------------------------------------------------------
const AS_WELL_BE_DEAD = pattern`\bmight as well (?:just )?be (?:a )?(?:real |proper |actual )?(?:dead|dead one|corpse)\b`;
const THE_KIND_THEY_ASK_ABOUT = pattern`\bthe (?:kind|sort|ones?|type|thoughts) (?:that )?(?:the )?(?:crisis team|home treatment team|doctor|doctors|gp|nurse|psychiatrist|cpn|care coordinator|mental health team|samaritans) (?:asks?|asked|always ask|ask you|asks you|asked me|ask me) (?:you |me )?about\b`;
const VOICES_WON = pattern`^(?=.*\bvoices?\b)(?=.*\b(?:the voices? (?:won|have won|are winning|win|told me to|tell me to|keep telling me to|keeps telling me to|keeps telling me|want me to|wants me to|say i should)|(?:do|doing|listen to|obey|give in to|going to do|gonna do) what (?:they|the voices?|it) (?:say|says|tell me|told me|want|wants)))`;
const VOICES_OUT = String.raw`\b(?:singing|choir|voice over|voiceover|voice acting|tv|show|audition|podcast|radio|call centre|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;
const CUTS_OPENED = pattern`^(?=.*\b(?:cuts|scars|wounds|stitches)\b)(?:.*\b(?:picking|picked|pick|opening|opened|open|reopened|re opened|ripped|ripping|tore|tearing|scratching|scratched) (?:at )?(?:the |my |them |it |those |all the )?(?:cuts|scars|wounds|stitches|them|it)(?: (?:on|in) (?:my )?\w+)?(?: back)? (?:open|up|again)\b|.*\b(?:cuts|scars|wounds)\b(?: \w+){0,9}? (?:opened|reopened|picked|ripped) (?:them |it )?(?:back )?(?:open|up)\b)`;
const CUTS_OUT = String.raw`\b(?:knee|knees|elbow|finger|fingers|thumb|chin|lip|lips|toe|toes|spot|spots|acne|mosquito|bite|bites|cat|dog|operation|surgery|c section|caesarean|stitches out|dentist|nurse took|garden|brambles|thorns|gardening)\b|${SOMEONE_ELSE_OR_A_STORY}`;
// --- Crisis: harm to someone else --------------------------------------------------------------------------
const TEACH_A_LESSON = pattern`^(?=.*\b(?:needs?|deserves?|is going to get|going to get) (?:teaching|to be taught|taught) a lesson\b)(?=.*\b(?:i am going to|i will|i am gonna|gonna|going to be the one|i will be the one|tomorrow|tonight|on monday|next time i see)\b)`;
const GET_THEM_FIRST = pattern`\b(?:going to|gonna|i will|i am going to|have to|got to) get (?:them|him|her|him and her) (?:first|before (?:they|he|she) gets? me)\b`;
const HARM_OUT = String.raw`\b(?:${LAUGH}|game|fortnite|football|match|quiz|race|interview|job|promotion|offer|sale|deal|bargain)\b|${SOMEONE_ELSE_OR_A_STORY}`;
// --- Crisis: no power tonight -------------------------------------------------------------------------------
const POWER_ON_ZERO = pattern`\b(?:power|gas|electric|electricity|meter|prepayment|prepay|key|top up|emergency) (?:card|key|meter|credit)\b(?: \w+){0,3}? (?:on zero|on 0|is on zero|is empty|empty|run out|ran out|has run out|no credit|out of credit|on emergency|on the emergency)\b(?=.*\b(?:cold|freezing|baby|kids|children|son|daughter|dark|no heating|no heat|no hot water|tonight|cannot top up|can not top up|no money)\b)`;

// --- Concern ----------------------------------------------------------------------------------------------------
const STOPPED_HOPING = pattern`\b(?:stopped|gave up|give up|given up) (?:having|on having|on) (?:goals|dreams|plans|hope|a future|any goals|any plans)\b`;
const ANYONE_BETTER = pattern`\b(?:anyone|any one|anybody|everyone) (?:else )?(?:would be|is|would do|could do) (?:a )?better (?:at|job|than)\b(?: \w+){0,5}? than me\b|\b(?:anyone|anybody) (?:else )?(?:would be|is) better than me\b`;
const BLANKS_IT_OUT = pattern`\b(?:spice|mamba|weed|gear|drink|booze|vodka|cans|pills|valium|ket|coke|smack|heroin|crack)\b(?: \w+){0,8}? (?:blanks|blocks|numbs|shuts|wipes|knocks|drowns) (?:everything|it all|it|the voices|my head|the thoughts) (?:out|off|down|up)?\b`;
const DRUG_OUT = String.raw`\b(?:used to|years ago|clean|sober|recovery|not any ?more|stopped|quit|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;
const TENANCY_ENDS = pattern`\b(?:they|the landlord|my landlord|the council|the housing association|housing association|the housing|housing|the hostel|the association) (?:might|could|may|are going to|is going to|want to|wants to|are threatening to|is threatening to|threatened to) (?:end|terminate|take away) (?:my|our) (?:tenancy|flat|room|bed|place)\b`;
const PHONE_ONLY_FOR = pattern`\bmy phone (?:only|just) (?:rings|goes off|buzzes|lights up|gets calls) (?:for|from|when) (?:appointments|the doctor|doctors|the gp|scam|spam|scammers|bills|debt|the jobcentre|my care coordinator|the bank)\b`;
const JOKED_HARM = pattern`\b(?:joked|joking|jokes|laughed) about (?:locking|punching|hitting|killing|battering|fighting|strangling|stabbing|smacking|decking|throttling) (?:the |my |that |a |him|her|them)\b|\b(?:in|go to|end up in) (?:prison|jail) for (?:punching|hitting|killing|murdering|assaulting|battering|decking|strangling) (?:\w+ ){0,3}?\w+\b(?=.*\b(?:${LAUGH})\b)`;

export const HUNDRED_AND_SEVENTY_FIRST_WHOLE_SETS = [
  [unless(String.raw`\bas well\b`, SOMEONE_ELSE_SAID), [group('crisis', 'wishes to be dead', [AS_WELL_BE_DEAD])]],
  [unless(String.raw`\babout\b`, SOMEONE_ELSE_SAID), [group('crisis', 'thoughts of suicide', [THE_KIND_THEY_ASK_ABOUT])]],
  [unless(String.raw`\bvoices?\b`, VOICES_OUT), [group('crisis', 'intends to end their life', [VOICES_WON])]],
  [unless(String.raw`\b(?:cuts|scars|wounds|stitches)\b`, CUTS_OUT), [group('crisis', 'self-harm', [CUTS_OPENED])]],
  [unless(String.raw`\blesson\b|\bget (?:them|him|her)\b`, HARM_OUT), [group('crisis', 'harm to someone else', [TEACH_A_LESSON, GET_THEM_FIRST])]],
  [unless(String.raw`\b(?:card|key|meter|credit)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'no safe place, food or power tonight', [POWER_ON_ZERO])]],
  [unless(String.raw`\b(?:stopped|gave up|give up|given up)\b`, SOMEONE_ELSE_SAID), [group('concern', 'hopelessness', [STOPPED_HOPING])]],
  [unless(String.raw`\bbetter\b`, SOMEONE_ELSE_SAID), [group('concern', 'feels worthless', [ANYONE_BETTER])]],
  [unless(String.raw`\b(?:blanks|blocks|numbs|shuts|wipes|knocks|drowns)\b`, DRUG_OUT), [group('concern', 'drinking or drugs to cope', [BLANKS_IT_OUT])]],
  [unless(String.raw`\b(?:tenancy|flat|room|bed|place)\b`, SOMEONE_ELSE_SAID), [group('concern', 'may lose their home', [TENANCY_ENDS])]],
  [unless(String.raw`\bphone\b`, SOMEONE_ELSE_SAID), [group('concern', 'feels alone', [PHONE_ONLY_FOR])]],
  [/\b(?:joked|joking|jokes|laughed|prison|jail)\b/, [group('concern', 'joked about hurting someone', [JOKED_HARM])]],
] as const satisfies readonly (readonly [RegExp, readonly RiskPatternGroup[]])[];
