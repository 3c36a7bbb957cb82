// A plain question about the client's own plan, typed at the menu or where a question waits: when
// the review is ("wen is my review"), what their steps are ("what did i agree to", "what was i
// meant to be doing?"), who their adviser is ("whats my advisers name"), and what the adviser is
// doing for them. Play-testing, December: each had "Sorry, I didn't catch that", "Here is my
// question again" or a greeting, and at a date question "when is my review" was read as no date.
// Whole question only: "when is my review i need to move it" asks for more than a day, and "who is
// my adviser going to tell" is not asking for a name, so neither is read here. Pure: no I/O.
import { normaliseAnswer } from './answers.ts';

export type PlanQuestion = 'review-day' | 'my-steps' | 'adviser-name' | 'adviser-steps';

const MAX_LENGTH = 120;

// Spellings and text-speak, each written one way before the questions are matched.
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:wen|whn|wn)\b/g, 'when'],
  [/\b(?:whens|wens)\b/g, 'when is'],
  [/\b(?:wot|wat|wht|wut|whut|wha)\b/g, 'what'],
  [/\b(?:whats|wots|wats|watz|wotz)\b/g, 'what is'],
  [/\b(?:hu|hoo|whu)\b/g, 'who'],
  [/\b(?:whos|hus|whose)\b/g, 'who is'],
  [/\b(?:r)\b/g, 'are'],
  [/\b(?:u|ya|yu)\b/g, 'you'],
  [/\b(?:iz)\b/g, 'is'],
  [/\b(?:ma|mi|mah)\b/g, 'my'],
  // "my next meeting with adviser", "what day is my appointment": the review (play-testing, December).
  [/\b(?:meeting|meetin|meetng|appointment|apointment|appoinment|appointmnt|appt|apt)\b/g, 'review'],
  [/\b(?:hav|hve|hav got)\b/g, 'have'],
  [/\bme (?=(?:next )?(?:review|steps|adviser|tasks|actions)\b)/g, 'my '],
  [/\b(?:nxt)\b/g, 'next'],
  [/\b(?:doin|doinn)\b/g, 'doing'],
  [/\b(?:goin)\b/g, 'going'],
  [/\b(?:gonna|gunna|gona)\b/g, 'going to'],
  [/\b(?:agre|agreee|aggree|agrea)\b/g, 'agree'],
  [/\b(?:supose|suppose|sposed|spose|suposed)\b/g, 'supposed'],
  [/\b(?:ment)\b/g, 'meant'],
  [/\b(?:revew|reveiw|reviw|reivew|riview|reveiw|reveiws|reviews|revue)\b/g, 'review'],
  [/\b(?:stepz|stps|setps|stepps)\b/g, 'steps'],
  [/\b(?:work coach|workcoach|work coaches|case worker|caseworker|key worker|keyworker)\b/g, 'adviser'],
  [/\b(?:adviser|advisor|advisers|advisors|advicer|advizer|advisr|adviseer|adivser|advisser|addviser)\b/g, 'adviser'],
  [/\bmy coach\b/g, 'my adviser'],
  [/\breview with (?:my |the )?adviser\b/g, 'review'],
  [/\b2\b/g, 'to'],
  [/\b4\b/g, 'for'],
];

// Said before a question, or wrapped round it ("could you tell me when my next review is").
const LEAD = new RegExp(
  String.raw`^(?:(?:hi|hiya|hey|hello|sorry|soz|ok|okay|so|and|um|umm|erm|excuse me|quick question|just wondering|just checking|please|pls|plz|sorry to bother you|` +
    String.raw`(?:can|could|would) you (?:please )?(?:tell|remind) me|please (?:tell|remind) me|tell me|remind me|do you know|i forgot|i forget|i cant remember|i dont remember|` +
    String.raw`may i ask|can i ask|i want to know|i would like to know|i wanna know|id like to know|` +
    String.raw`(?:i have |ive |i was |i ve )?been (?:ill|sick|poorly|unwell|busy|away|off|in hospital))\s+)+`,
);
const TRAIL = /(?:\s+(?:please|pls|plz|thanks|thank you|ta|cheers|again|mate|then|now|lol|x+|at all|m8|bro|hun|babe|pal))+$/;

const ADVISER = String.raw`(?:my|the) adviser`;
const MY = String.raw`(?:my|the|our)`;

const QUESTIONS: ReadonlyArray<readonly [PlanQuestion, RegExp]> = [
  // "when is my review", "what day is my next review on", "when do i have my review", "review when"
  ['review-day', new RegExp(String.raw`^(?:when|what day|what date|which day|what time) (?:is|will be|is it|will it be) ${MY} (?:next )?review(?: (?:on|at|booked|meeting|day|date))?$`)],
  ['review-day', new RegExp(String.raw`^(?:when|what day|what date|which day|what time) ${MY} (?:next )?review (?:is|will be)(?: (?:on|booked|scheduled|set for))?$`)],
  ['review-day', new RegExp(String.raw`^when (?:do|will|am|shall|are|can) (?:i|we) (?:have|get|do|be having|having|doing|going to have) ${MY} (?:next )?review$`)],
  ['review-day', new RegExp(String.raw`^when is ${MY} (?:next )?review$|^(?:my |the )?(?:next )?review when$`)],
  // "when do i see my adviser", "when am i seeing my adviser next": the review is when they meet.
  ['review-day', new RegExp(String.raw`^when (?:do|will|am|shall|can|should) (?:i|we) (?:next )?(?:see|seeing|be seeing|meet|meeting|get to see) ${ADVISER}(?: again| next)?$`)],
  ['review-day', /^when (?:do|will|are) (?:we|you) (?:look|looking|going to look) at my plan again$/],
  // "what are my steps", "what did i agree to", "what was i meant to be doing", "what have i got to do"
  ['my-steps', new RegExp(String.raw`^what (?:is|are) my (?:next )?(?:steps?|actions|tasks|action points|to do list|todo list)(?: again| now| for this week)?$`)],
  ['my-steps', /^what my (?:steps|actions|tasks) (?:are|were)$|^(?:show me |list )?my (?:steps|tasks|actions)$/],
  ['my-steps', /^what (?:exactly |actually )?(?:did|do|have) i agree(?:d)?(?: to)?(?: do)?(?: in (?:my|the) plan| with (?:my|the) adviser)?$/],
  ['my-steps', /^what (?:exactly )?i (?:agree|agreed)(?: to)?(?: do)?(?: in (?:my|the) plan)?$/],
  ['my-steps', /^what (?:was|am|were) i (?:meant|mean|supposed|told|asked) to (?:be )?(?:doing|do)(?: next| this week| now)?$/],
  ['my-steps', /^what (?:have|do|did) i (?:got|get|have|need) to do(?: next| now| this week)?$|^what must i do(?: next| now)?$/],
  ['my-steps', /^what steps (?:have i got|do i have|are there)(?: left| to do)?$|^what steps are (?:left|mine)$/],
  // "who is my adviser", "whats my advisers name", "what is my adviser called"
  ['adviser-name', new RegExp(String.raw`^who is ${ADVISER}(?: called)?$|^who ${ADVISER} is$|^do i have an adviser(?: yet)?$`)],
  ['adviser-name', new RegExp(String.raw`^what is (?:${ADVISER} s? ?name|${ADVISER} called|the name of ${ADVISER})$|^what ${ADVISER} (?:s )?name(?: is)?$`)],
  // "what is my adviser doing for me", "what will my adviser do", "what did my adviser say she would do"
  ['adviser-steps', new RegExp(String.raw`^what (?:is|will|does|did|has|was) ${ADVISER} (?:doing|do|going to do|agreed to do|agree to do|supposed to do|meant to do)(?: for me| to help(?: me)?)?$`)],
  ['adviser-steps', new RegExp(String.raw`^what (?:did|has) ${ADVISER} (?:say|said) (?:she|he|they) (?:would|will|d|ll) do(?: for me)?$`)],
  ['adviser-steps', new RegExp(String.raw`^what (?:is|are) ${ADVISER} s? ?(?:steps?|part|tasks?|actions)$|^what steps (?:has|does|is) ${ADVISER} (?:got|have|doing)$`)],
];

/** Which question about their own plan the whole message asks; null when it is not one of them. */
export function planQuestionAsked(text: string): PlanQuestion | null {
  const said = normaliseAnswer(text);
  if (!said || said.length > MAX_LENGTH) return null;
  const spelled = SPELLINGS.reduce((words, [from, to]) => words.replace(from, to), said).replace(/\s+/g, ' ');
  const words = spelled.replace(LEAD, '').replace(TRAIL, '').trim();
  return QUESTIONS.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}
