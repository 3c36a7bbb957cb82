// Passive endings said inside an answer, found by play-testing as clients at risk (round six): "no
// point making plans, wont be here next month" (the clause before it had lowered "wont be here next
// month" to hopelessness) and "friday. if i last that long" (kept as the date of a step). An absence
// with its reason ("wont be here next week, going to my sisters", "in hospital for my op") or a job
// that may not last ("if i last that long in the job") is left alone. Look-alikes of our own are in
// test/domain/riskNotHereByThenForms.test.ts. Normalised words ("will not" for "won't").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

const WHEN = String.raw`(?:next (?:week|month|year|christmas|summer|birthday)|(?:by |at |for |in |come )?(?:christmas|my birthday|the new year|the end of (?:the |this |next )?(?:week|month|year))|by then|much longer|long enough|that long|the summer|the spring)`;
const NOT_HERE_BY_THEN = pattern`\b(?:i )?(?:will not|am not going to|am not gonna|not going to|probably will not|might not|may not|do not think i will|do not think ill|doubt i will|doubt ill) be (?:here|around|alive|about)(?: any ?more)? ${WHEN}\b`;
// A reason for being away: the trip, the place, the work or the ward.
const AWAY_FOR_A_REASON = String.raw`\b(?:going|gone|off|away|holiday|hols|visiting|visit|staying|stay|at my|at the|moving|moved|move|working|work|shift|shifts|job|course|hospital|operation|op|appointment|abroad|trip|wedding|funeral|camping|festival|leave|on leave|maternity|paternity|contract|placement|prison|court|rehab|respite|uni|college|school|exams?|office|area|town|country|city|flat|house|address|number|phone|chat|app|online|signal|wifi|hopefully|fingers crossed|retired|retire|rehoused|housed|moved on|i am in \w+|i will be in \w+|back (?:on|by|for|the|in)|with (?:the|my) (?:family|kids|wife|husband|partner|mum|dad)|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

const IF_I_LAST = pattern`\bif i (?:last|live|survive|make it|even make it|am still (?:here|around|alive|breathing)|am around|am alive)(?: that long| till then| until then| to then| long enough| that far| by then| then)?(?: \w+)?$`;
const LASTING_A_JOB = String.raw`\b(?:job|work|role|probation|trial|contract|course|placement|shift|shifts|interview|training|apprenticeship|there|in the job|at work|at the place|traffic|queue|battery|phone|meeting|wedding|party|night out|match|game|gym|diet|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "dont bother with reminders ill be gone" (round twelve, as clients at risk: read as nothing): no
// need for what comes next, since they will be gone, with no trip or time away said.
const NO_NEED_GONE = pattern`\b(?:do not bother|no need|no point|do not need|stop|cancel|forget)\b(?: \w+){0,6}? (?:ill|i will|i am going to|i am gonna|i will probably|ill probably) be gone(?: (?:anyway|soon|by then|before then|before that|for good|forever|for ever|mate|tbh|honestly))*$`;
// "youll not have to chase me for job searches after this week lol im out for good" (the 178th,
// lost when spellings by sound moved the models): no one will need to chase them, they are gone for good.
const NO_MORE_CHASING = pattern`\b(?:you|youll|no one|nobody|they) (?:will not|not|wont|will never|never|will not need to|do not need to|will not have to) (?:have to |need to |be able to )?(?:chase|bother|hassle|ring|remind|nag|check on|worry about) me\b(?: \w+){0,10}? (?:i am (?:out|gone|off|done) for good|i will be gone(?: for good)?|ill be gone(?: for good)?|i am gone)\b`;
const GONE_AWAY = String.raw`\b(?:for (?:a|the|two|three|\d+) (?:week|weeks|month|months|days?|fortnight)|holiday|hols|away|abroad|trip|visiting|hospital|operation|appointment|dentist|doctor|work|job|shift|course|till|until|moving|moved|move|new (?:job|flat|house|place)|rehoused|housed|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "i left letters for my kids", said alone (the first held-out split's one crisis read as nothing):
// letters or notes left for the family, with no errand, school or occasion said.
const LETTERS_LEFT = pattern`^(?:i )?(?:have |just |already |finally )?(?:left|wrote|written|finished|done|have written|have left) (?:some |the |all the |my |a few |a couple of )?(?:letters|notes|goodbye letters|goodbye notes) (?:for|to) (?:my|the|all my|each of my|both my|both of my|all of my) (?:kids|children|son|sons|daughter|daughters|family|boys|girls|little ones|grandkids|grandchildren|wife and kids|husband and kids|partner and kids|mum and dad|mam and dad|parents)$`;
const LETTERS_ERRAND = String.raw`\b(?:school|teacher|nursery|santa|father christmas|tooth fairy|christmas|birthday|lunch|fridge|table|babysitter|childminder|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

export const NOT_HERE_BY_THEN_WHOLE_SETS = [
  [unless(String.raw`\b(?:letters|notes)\b`, LETTERS_ERRAND), [group('crisis', 'preparing to end their life, or a past attempt', [LETTERS_LEFT])]],
  [unless(String.raw`\bbe gone\b`, GONE_AWAY), [group('crisis', 'intends to end their life', [NO_NEED_GONE])]],
  [unless(String.raw`\b(?:for good|be gone|am gone)\b`, String.raw`\b(?:got a job|new job|started|starting|signed off|off the books|moving|moved|found work|found a job|abroad)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'intends to end their life', [NO_MORE_CHASING])]],
  [unless(String.raw`\bbe (?:here|around|alive|about)\b`, AWAY_FOR_A_REASON), [group('crisis', 'thoughts of suicide', [NOT_HERE_BY_THEN])]],
  [unless(String.raw`\bif i\b`, LASTING_A_JOB), [group('crisis', 'wishes to be dead', [IF_I_LAST])]],
] as const satisfies readonly (readonly [RegExp, readonly RiskPatternGroup[]])[];
