// A client asking for part of their plan to be done by their adviser, in their own words: "can my
// adviser send me retail vacancies", "ask my adviser to ring the college", "I would prefer my
// adviser to write the CV". Read here as the task in plain words ("Send me retail vacancies"), or
// null when the words are no such request: "talk to my adviser", "my adviser is called Julie", a
// question about the adviser ("when will my adviser call me?"), a wish to be called back, or a
// request with no task in it ("can my adviser help me?"). Pure: no I/O.
import { saysAdviserHasNotBeenInTouch } from './adviserContactWords.ts';
import { tidyWords } from './goalWords.ts';

// Who the client means: their adviser (or work coach), said the ways people type it.
const ADVISER = String.raw`(?:(?:my|the|our) )?(?:adviser|advisor|advisers|advisors|work coach|job coach)`;
// Soft words between the adviser and the task: "can my adviser please also send me ...".
const SOFT = String.raw`(?:(?:please|pls|plz|also|maybe|possibly|perhaps|kindly|just|then|actually|still|be able to|help and) )*`;
// Words a request may open with: "ok so can my adviser ...".
const OPENERS = String.raw`(?:(?:and|so|also|please|pls|ok|okay|oh|um|erm|hi|hello|hey|sorry|right|but|then|oh and|one more thing|another thing)[ ,]+)*`;

const REQUESTS: readonly RegExp[] = [
  // "ask my adviser to ring the college", "I would prefer my adviser to write the CV", "get the adviser to call the agency".
  new RegExp(String.raw`\b(?:ask|get|tell|want|need|like|prefer|love|wish|expect|for) (?:for )?${ADVISER} to ${SOFT}(?<task>.+)$`),
  // "could you ask my adviser if they could send me some jobs".
  new RegExp(String.raw`\b(?:ask|check with) ${ADVISER} (?:if|whether) (?:she|he|they|it) (?:can|could|would|will) ${SOFT}(?<task>.+)$`),
  // "can my adviser send me retail vacancies", "could the adviser please check my CV".
  new RegExp(String.raw`^${OPENERS}(?:can|could|would|may|might|shall) ${ADVISER} ${SOFT}(?<task>.+)$`),
  // "add to the plan that my adviser will help me write the CV", "maybe my adviser could send me jobs".
  new RegExp(String.raw`\b${ADVISER} (?:will|would|could|can|should|shall|might|may|is going to|is gonna) ${SOFT}(?<task>.+)$`),
];

// Before the request: a question about the adviser ("when will my adviser ..."), something past
// ("did you ask my adviser to ..."), or a no ("I don't want my adviser to ...").
const NOT_A_REQUEST_BEFORE =
  /^(?:what|whats|whens|where|wheres|who|whos|which|did|has|have|was|were)\b|\b(?:when|whether|why|how|hows|not|never|dont|don't|doesnt|doesn't|didnt|didn't|wont|won't|cant|can't|cannot|couldnt|couldn't|wouldnt|wouldn't|shouldnt|shouldn't|no longer|did you|have you|had|already|told|asked|said)\b/;

// Getting in touch is "talk to my adviser", which has its own way in: "can my adviser call me".
const CONTACT_ONLY =
  /^(?:(?:call|ring|phone|contact|text|email|e-mail|message|msg|see|meet|visit|talk|speak|chat|reply|answer|come and see|get back|check in|check on|catch up)(?: (?:to|with|on))? (?:me|us|back)\b|get in touch\b|(?:call|ring|phone|contact|text|email|see|meet|visit|talk|speak|chat)$)/;
// About the adviser, not a task: what they can see or know, who they are, changes to the plan.
const ABOUT_THE_ADVISER =
  /^(?:(?:see|read|view|access|hear|look at)(?:$| (?:what|everything|all|this|that|it|about)\b| (?:my|the|our|this) (?:plan|chats?|messages?|answers?|profile|data|details|notes|conversations?)\b)|(?:know|be|is|are|have|has|get paid)\b|(?:change|delete|remove|edit|move|agree|sign|approve)(?: to)? (?:my |the |this |that )?(?:plan|goals?|steps?)\b)/;

// What someone said they would do is news, not a request: "my adviser will send me jobs, she said".
const REPORTED = /\b(?:she|he|they) (?:said|says|told me|promised)\b/;

// Words that say no task on their own: "help me", "do it for me", "sort that out".
const EMPTY_WORDS = new Set(
  'me my i it its that this them those these the a an for with to out up on in of please pls plz something anything stuff things thing more again too also as well bit little lot lots some all now soon today tomorrow asap if they can could possible like help do sort sorted get make myself us our'.split(' '),
);

// Said after the task, and no part of it: ", frankly", "please", "as their bit", "in my plan".
const TRAILING_WORDS =
  /(?:[\s,;:-]+|^)(?:frankly|honestly|please|pls|plz|thanks|thank you|thx|ta|cheers|if possible|if (?:they|she|he|you) (?:can|could)|if (?:that is|thats|that's|its|it's|it is) (?:ok|okay|alright|possible|fine)|tbh|to be honest|really|maybe|perhaps|instead|for now|as (?:their|her|his) (?:bit|part|step)|(?:in|on|to|into|for) (?:my|the) (?:action )?plan|x+|:\)|please and thank you)[\s.!?,]*$/;

const MAX_TASK_WORDS = 25;
// Longer is no short request, and is not read further (a pasted page costs no time).
const MAX_TASK_LENGTH = 250;

/** The task the client asks their adviser to do, in plain words ("Send me retail vacancies"), or null. */
export function readAdviserTask(text: string): string | null {
  // "still waiting for my adviser to ring" says they have not been in touch: no task to add.
  if (saysAdviserHasNotBeenInTouch(text)) return null;
  // Sentence by sentence: "Can my adviser check my diploma? I not understand the website".
  for (const sentence of text.split(/[.!?;\n]+(?:\s+|$)|\n/)) {
    const task = taskIn(sentence);
    if (task) return task;
  }
  return null;
}

function taskIn(sentence: string): string | null {
  // Lower case, curly quotes straight: the same length, so the task keeps the client's capitals.
  const said = sentence.replace(/\s+/g, ' ').trim();
  const lower = said.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
  if (!/\b(?:adviser|advisor|coach)/.test(lower)) return null;
  for (const pattern of REQUESTS) {
    const task = pattern.exec(lower)?.groups?.task;
    if (!task) continue;
    // The task runs to the end of the sentence.
    const start = lower.length - task.length;
    if (NOT_A_REQUEST_BEFORE.test(lower.slice(0, start))) return null;
    // Lower case is the same length in all but a few alphabets; there, the words as they are read.
    return tidyTask((lower.length === said.length ? said : lower).slice(start));
  }
  return null;
}

function tidyTask(said: string): string | null {
  let task = said.trim();
  if (task.length > MAX_TASK_LENGTH) return null;
  for (let before = ''; before !== task; ) {
    before = task;
    task = task.replace(TRAILING_WORDS, '').trim();
  }
  task = task.replace(/[\s,.!?]+$/, '');
  const lower = task.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
  if (CONTACT_ONLY.test(lower) || ABOUT_THE_ADVISER.test(lower) || REPORTED.test(lower)) return null;
  const words = lower.replace(/['\u2019]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  const [, ...rest] = words;
  if (words.length < 2 || words.length > MAX_TASK_WORDS || !rest.some((word) => !EMPTY_WORDS.has(word))) return null;
  // The client's own CV: "write the CV" is "Write my CV".
  const mine = task.replace(/\bthe (cvs?|c\.v\.?|resume)\b/gi, 'my $1').replace(/\bi\b/g, 'I');
  return tidyWords(mine);
}

/**
 * The task said back to the client: "Help me write my CV" is "help you write your CV", to follow
 * "I have asked your adviser to".
 */
export function taskSaidToTheClient(task: string): string {
  const swapped = task
    .replace(/\bI am\b/gi, 'you are')
    .replace(/\bI was\b/gi, 'you were')
    .replace(/\bI'm\b/gi, "you're")
    .replace(/\bI've\b/gi, "you've")
    .replace(/\bI'll\b/gi, "you'll")
    .replace(/\bI'd\b/gi, "you'd")
    .replace(/\bmyself\b/gi, 'yourself')
    .replace(/\bmine\b/gi, 'yours')
    .replace(/\bmy\b/gi, 'your')
    .replace(/\b(?:me|I)\b/gi, 'you');
  // "Help ..." follows "to": a small letter, unless the word is in capitals ("CV").
  return /^\p{Lu}\p{Ll}/u.test(swapped) ? swapped.charAt(0).toLowerCase() + swapped.slice(1) : swapped;
}

/** What came of a client's request: in their plan now, there already, or passed on with no plan to keep it. */
export type AdviserTaskOutcome = 'added' | 'already-in-plan' | 'passed-on';
