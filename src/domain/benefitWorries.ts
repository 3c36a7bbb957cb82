// Worried questions about using the coach and about benefits, read by their words. The
// understanding model knows a benefits question in general; these say which kind it is, so the
// coach can give the one honest answer that fits: that using it is a free choice, who sees the
// answers, how to delete them, and that it decides nothing about benefits.
import { normaliseAnswer } from './answers.ts';

/** What someone asks before saying yes or no to the coach keeping their answers. */
export type ConsentQuestion = 'choice' | 'who-sees' | 'delete';

// "will they stop my money", "am i going to lose my benefits", "will i get sanctioned".
const BENEFIT_CONDITIONS = new RegExp(
  [
    String.raw`\bsanction`,
    String.raw`\b(?:stop|stops|stopped|stopping|cut|cuts|cutting|lose|losing|lost|take away|taking away|dock|docked|reduce|reduced|suspend|suspended)\b(?: \w+){0,3} (?:money|benefits?|uc|universal credit|payments?|claim|jsa|esa|pip)\b`,
    String.raw`\b(?:money|benefits?|uc|universal credit|payments?|claim)\b(?: \w+){0,3} (?:stop|stopped|cut|taken away|docked|reduced|suspended)\b`,
    String.raw`\b(?:get|be|am i|will i be) in trouble\b`,
    String.raw`\b(?:jobcentre|job centre|dwp|work coach)\b(?: \w+){0,3} (?:find out|know|be told|told)\b`,
    String.raw`\b(?:tell|telling|report|reporting|inform)\b(?: \w+){0,2} (?:jobcentre|job centre|dwp|work coach)\b`,
  ].join('|'),
);

const CHOICE = new RegExp(
  [
    String.raw`\b(?:compulsory|mandatory|optional|voluntary|forced|obligatory)\b`,
    String.raw`\b(?:do|will|would) i (?:have|need|got) to\b`,
    String.raw`\b(?:have i|do i) got to\b`,
    String.raw`\bhave to (?:do|use|say yes|agree|answer)\b`,
    String.raw`\b(?:can|could|may) i (?:say no|refuse|not|skip|opt out|decline)\b`,
    String.raw`\b(?:what|wot|wat) (?:happens|will happen|would happen|if) (?:if )?i (?:say no|dont|do not|refuse|decline|said no)\b`,
    String.raw`\bwhat if i (?:say no|dont|do not|refuse|decline|said no)\b`,
    String.raw`\bif i (?:say no|said no|refuse|decline)\b`,
    String.raw`\b(?:my|a) choice\b`,
    String.raw`\bup to me\b`,
    String.raw`\b(?:affect|affects|effect|change|changes|mess up|hurt|harm)\b(?: \w+){0,3} (?:benefits?|money|uc|universal credit|payments?|claim|support|help)\b`,
  ].join('|'),
);

const WHO_SEES = new RegExp(
  [
    String.raw`\bwho(?: else)?(?: \w+){0,2} (?:see|sees|seen|read|reads|look at|looks at|access|know|knows|gets|get)\b`,
    String.raw`\b(?:see|sees|read|reads|shared with|share)\b(?: \w+){0,3} (?:my|the|these|this|it)? ?(?:answers?|data|details|info|information|stuff)\b`,
    String.raw`\b(?:is|are) (?:it|this|they|my answers) (?:private|confidential|secret|safe)\b`,
    // "can my adviser see what i say about my health", "will my boss know what i tell you"
    String.raw`\b(?:see|sees|read|reads|know|knows|hear|hears|find out)\b(?: \w+){0,2} what i (?:say|tell|write|type|said|told|put|wrote)\b`,
    String.raw`\b(?:private|confidential)\b`,
    // "does my work coach see this", "can my adviser read these messages" (play-testing: read as a request for the adviser).
    // Play-testing: "will employers see this?" had the question said another way, "will employers see my plan" been kept as a goal.
    String.raw`\b(?:adviser|advisor|work coach|coach|jobcentre|job centre|dwp|boss|employers?|anyone|someone|people|staff)\b(?: \w+){0,2} (?:see|sees|read|reads|look at|looks at|get to see|get to read)\b(?: \w+){0,2} (?:this|these|that|it|them|what|messages?|chats?|answers?|(?:my|the) (?:plan|goals?|steps?))\b`,
    String.raw`\b(?:share|sharing|pass|passing|send|sending|give|giving)\b(?: \w+){0,2} (?:it|them|this|my answers|my data|my details) (?:on|to|with)\b`,
    String.raw`\bwhere (?:does|do|will) (?:it|this|my \w+|they) go\b`,
    // Play-testing, round thirteen: "yes thats fine as long as my ex cant see it lol" had "didn't catch that".
    String.raw`\b(?:as long as|so long as|providing|provided|if|but)\b(?: \w+){0,3} (?:cant|cannot|can not|wont|will not|doesnt|does not|dont|do not|never) (?:see|sees|read|reads|find out|get to see)\b`,
    String.raw`\b(?:nobody|no one|noone) else (?:can )?(?:see|sees|reads?|gets? to see)\b`,
    String.raw`\b(?:can|could|will|would) my (?:\w+ ){1,2}(?:see|read|find out)\b`,
    String.raw`\bwhat (?:do|will|would) you do with\b`,
    // "Could you explain what happens to this information?" had the question said another way.
    String.raw`\bwhat happens (?:to|with) (?:what i (?:say|said|tell you|told you|type|write|put)|(?:my|this|that|the|these|all this|all my) (?:answers?|data|details|info|information|stuff))\b`,
    String.raw`\b(?:do|does|will|would) (?:you|it|this) (?:keep|save|store|record)\b(?: \w+){0,2} (?:what i (?:say|type|write)|my (?:answers?|data|details|info|information|chat|messages?))\b`,
  ].join('|'),
);

const DELETE = /\b(?:delete|deleted|deleting|remove|erase|wipe|get rid of)\b|\bchange my mind\b|\bundo\b/;

// "will i lose my benefits if i work 16 hours" asks how work and benefits fit together: a
// question for the adviser's better-off sums, not a worry about being stopped.
const ABOUT_WORKING = /\b(?:if|when|once) i (?:work|get a job|get work|start work|start a job|take a job|take the job|go back to work)\b|\bhours\b|\bbetter off\b/;

/** True when a message asks whether benefits can be stopped or cut, or who would be told. */
export function asksAboutBenefitConditions(text: string): boolean {
  const words = normaliseAnswer(text);
  return BENEFIT_CONDITIONS.test(words) && !ABOUT_WORKING.test(words);
}

/**
 * "who sees this?", "what happens to what i tell you": asked at any question after consent, it is
 * answered before the question is asked again. Only a question, so "private care homes" as a job
 * is still an answer.
 */
export function asksWhoSeesAnswers(text: string): boolean {
  const trimmed = text.trim();
  const words = normaliseAnswer(trimmed);
  return WHO_SEES.test(words) && (trimmed.endsWith('?') || /^(?:who|what|where|is|are|do|does|will|would|can|could)\b/.test(words));
}

/**
 * What a message asks about the coach keeping answers, or null when it does not ask. A worry
 * about benefits is a question about the choice: saying no changes nothing about them.
 */
export function consentQuestionOf(text: string): ConsentQuestion | null {
  const words = normaliseAnswer(text);
  if (!words) return null;
  if (asksAboutBenefitConditions(words) || CHOICE.test(words)) return 'choice';
  if (WHO_SEES.test(words)) return 'who-sees';
  if (DELETE.test(words)) return 'delete';
  return null;
}

/** "worse off working": the adviser's better-off sums (play-testing, round nine); escalationRules.ts hands it over. */
export const BETTER_OFF_SUMS = /\b(?:worse|better) off (?:working|in work|if i work|if i take|on benefits|with a job)\b/;
const BENEFITS = new RegExp(String.raw`\b(?:benefits?|uc|universal credit|jsa|esa|pip|dla|housing benefit|tax credits?|my claim|the claim|sanction\w*)\b|${BETTER_OFF_SUMS.source}`);
const ASKS_OR_WORRIES = /^(?:will|would|can|could|do|does|did|is|am|are|how|what|if|should|when)\b|\b(?:worried|worry|worrying|worries|scared|afraid|frightened|nervous|anxious|panicking|stressing|concerned|not sure|unsure|dont know|do not know|wondering)\b|\b(?:lose|losing|stop|stopped|affect|affects|change|cut|cuts|reduce)\b/;

/**
 * "will i lose my universal credit if i take a job", "worried about my uc if i start work": a
 * question or a worry about benefits, which gets the coach's honest answer and goes to the adviser.
 * "im on uc" alone is a fact, not a question.
 */
export function asksOrWorriesAboutBenefits(text: string): boolean {
  const words = normaliseAnswer(text);
  return BENEFITS.test(words) && (text.trim().endsWith('?') || ASKS_OR_WORRIES.test(words));
}

const MONEY_OR_BENEFITS =
  /\b(?:benefits?|uc|universal credit|jsa|esa|pip|dla|sanction\w*|jobcentre|job centre|work coach|claim\w*|allowance|housing benefit|tax credits?|payments?|paid|pay|money|dwp|council tax|rent|income|wages?|earn\w*|better off|worse off|housing|pension|carers?|entitled|entitlement)\b/;

/** Words of money or benefits: without them a question is not a benefits question, whatever the model says. */
export function mentionsMoneyOrBenefits(text: string): boolean {
  return MONEY_OR_BENEFITS.test(normaliseAnswer(text));
}

// "got paid cash in hand, is that a problem?": work paid in cash, asked about. A question for the
// adviser, never one the coach answers; "labouring, cash in hand" at "What was your last job?" is
// an answer, so only a question counts.
const CASH_WORK = /\b(?:cash in hand|cash jobs?|cash work|(?:paid|pays|paying|pay me|get|got|getting) (?:in |me in |me )?cash|off the books|under the table|undeclared|(?:not|never|didnt|did not|havent|have not) (?:declared?|told (?:them|the jobcentre|the dwp|my work coach))\b)/;
const ASKS_IF_OK = /\b(?:is|was|will|would) (?:that|it|this) (?:be )?(?:a problem|an issue|ok|okay|alright|allowed|bad|illegal|wrong|trouble)\b|\b(?:can|could|should|do|will|am) i\b|\b(?:allowed|problem|trouble)\b/;

/** "got paid cash in hand, is that a problem?": asked about work paid in cash. */
export function asksAboutCashWork(text: string): boolean {
  const words = normaliseAnswer(text);
  return CASH_WORK.test(words) && (text.trim().endsWith('?') || ASKS_IF_OK.test(words));
}
