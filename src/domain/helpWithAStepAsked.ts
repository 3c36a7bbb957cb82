// Help asked for a step at the goal question ("can you help me write a cover letter?", "could you
// help me prepare for an interview") had "Sorry, I was not clear" (round nine), while "how do i
// update my cv?" was already the goal. The step asked about is the goal, in the client's own words.
// Help finding work ("help me find a job") is read first, by goalAskedFor.ts.
import { expandShorthand } from './answers.ts';

// Steps a plan can hold. Ringing, emailing and contacting are left out: "can you help me contact my
// adviser" asks the chat to reach them.
const STEP_VERBS =
  'write|update|do|redo|fix|improve|make|sort out|sort|finish|start|set up|create|get|find|look for|search for|apply for|apply to|prepare for|practise for|practice for|practise|practice|get ready for|sign up for|sign up to|register for|register with|book|join|learn|pass|plan|fill in|fill out';
const OPENING = String.raw`^(?:(?:please|pls|plz|hi|hiya|hello|so|ok|okay|um|erm)[\s,]+)*`;
const ASKING = String.raw`(?:(?:can|could|will|would) you (?:please |pls )?(?:be able to )?|are you able to |is it possible (?:for you )?to |i need you to |i want you to )?`;
const HELP = new RegExp(`${OPENING}${ASKING}help me (?:to |with |out with )?(${STEP_VERBS}) (.+?)(?:[\\s,]+(?:please|pls|plz|thanks|thank you|ta))?$`);
// What a plan does not hold, or the adviser answers: benefits, claims, telling an employer, the adviser's own diary.
const NOT_A_STEP = /\b(?:claim|benefits?|uc|universal credit|pip|esa|jsa|sanctions?|appointment|meeting|tell|mention|declare|disclose|lie|quit|record|conviction|feel better|money|loan|debt)\b/;
const MAX_WORDS = 16;

/** The step help is asked for ("can u help me do my cv" is "do my cv"), or null. */
export function helpWithAStepAsked(typed: string): string | null {
  const said = typed.trim().replace(/\s+/g, ' ').replace(/[\s?.!,]+$/, '');
  if (said.split(' ').length > MAX_WORDS || /[?.!]\s/.test(said)) return null;
  const words = expandShorthand(said).replace(/['\u2019`]/g, '').toLowerCase();
  const asked = HELP.exec(words);
  if (!asked || NOT_A_STEP.test(asked[2]!)) return null;
  const step = `${asked[1]} ${asked[2]}`;
  // The client's own words are kept when they line up ("CV", "Co-op"); else the words as read.
  const start = said.toLowerCase().lastIndexOf(`help me `);
  const own = start < 0 ? '' : said.slice(start + 'help me '.length).replace(/^(?:to|with|out with) /i, '').replace(/[\s,]+(?:please|pls|plz|thanks|thank you|ta)$/i, '');
  return own.toLowerCase() === step ? own : step;
}
