// A question asked back at the question on screen, instead of an answer: what happens next, what
// help there is, whether the coach tells the jobcentre, and, asked of who sees the answers, whether
// an employer does. Play-testing found each met with the question said another way, or "didn't catch
// that". Only the whole message counts, so an answer that holds these words is still an answer.
import { normaliseAnswer } from './answers.ts';
import { asksAboutAnAppointment } from './appointmentQuestion.ts';

export type QuestionBack = 'what-next' | 'support' | 'tell-jobcentre';

const LEAD = String.raw`^(?:(?:sorry|soz|ok|okay|so|and|but|um|erm|hmm|right|hi|please|can i ask|quick question)\s+)*`;
const TAIL = String.raw`(?:\s+(?:please|pls|then|now|exactly|tho|though|after|afterwards|mate|lol|x+))*$`;
const whole = (forms: string[]): RegExp => new RegExp(`${LEAD}(?:${forms.join('|')})${TAIL}`);

// "what happens now?", "what happens after i set a goal", "what happens once ive done these", "whats next".
// Not "what happens if ..." (asksWhatIfNotDone) nor "what happens to my answers" (who sees them).
const DONE = String.raw`(?:done|finished|answered|filled in|picked|chosen|set|said|made)`;
const WHAT_NEXT = whole([
  // "what do i do now" asks how to answer the question (questionHelp.ts), and is left to it.
  String.raw`(?:what|wat|wot) (?:happens|will happen|comes|is|s) (?:now|next)`,
  // "what now" alone asks how to answer (questionHelp.ts), and is left to it.
  String.raw`whats next`,
  String.raw`(?:what|wat|wot) (?:happens|will happen|comes|do we do) (?:after|afterwards|after that|after this|once|when)(?: (?:this|that|these|this bit|this part|the questions|these questions|all this|all these|i (?:\w+ ){0,3}\w+|ive (?:\w+ ){0,2}\w+|im done|we (?:\w+ ){0,3}\w+))?`,
  String.raw`(?:what|wat|wot) (?:happens|will happen) (?:once|when) (?:i|ive|i have|we|weve) ${DONE}(?: (?:this|these|them|that|it|all this|the questions|all of them))?`,
]);

// "what kind of support is there?", "what help can i get with this", "is there any help for this".
const HELP = String.raw`(?:support|help|advice)`;
const WITH_IT = String.raw`(?: (?:with|for) (?:this|that|it|this one|them))?`;
const SUPPORT = whole([
  String.raw`(?:what|wat|wot|which) (?:kind of |sort of |type of |kinds of |sorts of )?${HELP} (?:is there|is available|can i get|could i get|do you have|do you offer|can you give me|can you offer|is out there|can i have|would i get|will i get|do i get)${WITH_IT}`,
  String.raw`(?:is|are) there (?:any |some )?(?:kind of |sort of )?${HELP}${WITH_IT}`,
  String.raw`(?:can|could) (?:i|you) (?:get|give me|have|find me) (?:some |any )?${HELP}${WITH_IT}`,
  String.raw`(?:what|wat|wot) (?:can|could|would|will) (?:you|my adviser|my advisor|my work coach|they) (?:do|offer|help with)${WITH_IT}`,
]);

// "will you tell the jobcentre", "are you going to report this to the dwp".
const TELLS_JOBCENTRE = whole([
  String.raw`(?:will|would|do|does|are|is|can) (?:you|u|this|it|the bot|this bot) (?:going to |gonna )?(?:tell|report (?:this |it |me )?to|inform|pass (?:this|it|them|my answers) (?:on )?to|send (?:this|it|them|my answers) to|share (?:this|it|them|my answers) with) (?:the )?(?:jobcentre|job centre|dwp|work coach|my work coach)(?: about (?:this|it|me|that))?`,
]);

/** The question asked back, or null when the words are not one of these. */
export function questionBackOf(text: string): QuestionBack | null {
  const words = normaliseAnswer(text);
  if (!words) return null;
  if (WHAT_NEXT.test(words)) return 'what-next';
  if (TELLS_JOBCENTRE.test(words)) return 'tell-jobcentre';
  if (SUPPORT.test(words)) return 'support';
  return null;
}

const EMPLOYER = /\b(?:employers?|boss|bosses|manager|managers|new job|future job|work place|workplace|companies|company)\b/;

/** An employer named in the words ("will employers see this?"): said beside who sees the answers. */
export function namesAnEmployer(text: string): boolean {
  return EMPLOYER.test(normaliseAnswer(text));
}

/** Asked at the menu: what a review is, or how to change a time (a step's day, or an appointment). */
export type MenuQuestionBack = 'what-is-review' | 'change-time';

// "whats a review", "what does review my plan mean", "what is the review for".
const WHAT_IS_REVIEW = whole([
  String.raw`(?:what|wat|wot) (?:is|s|are) (?:a |an |the |my )?(?:plan )?reviews?(?: (?:for|about))?`,
  String.raw`whats (?:a |an |the |my )?(?:plan )?reviews?(?: (?:for|about))?`,
  String.raw`(?:what|wat|wot) (?:does|do) (?:a |the )?(?:review|review my plan|plan review) (?:mean|do|involve)`,
  String.raw`(?:what|wat|wot) (?:happens|do we do|do i do|do you do) (?:in|at) (?:a |the |my )?(?:plan )?review`,
]);
// "can i change the time to 2.45", "how do i move the time".
const CHANGE_TIME = whole([
  String.raw`(?:can|could|how do|how can|do|may) (?:i|we|you) (?:change|move|swap|make) (?:the|my|that) (?:time|times|day|date)(?: (?:to|for) [\w ]{1,20})?`,
]);

/** The question asked at the menu, or null. */
export function menuQuestionBackOf(text: string): MenuQuestionBack | null {
  const words = normaliseAnswer(text);
  if (!words) return null;
  if (WHAT_IS_REVIEW.test(words)) return 'what-is-review';
  return CHANGE_TIME.test(words) || asksAboutAnAppointment(text) ? 'change-time' : null;
}
