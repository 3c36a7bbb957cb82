// Said where a step is asked ("What is a smaller first step?"), but not a step: a question ("whats a
// review", "when is my review", "what if i cant do it") or a wish to move or change another step
// ("can i move asda to friday"). Goal lines, round one: "whats a review" had "What will you do about
// whats a review?" and "can i move asda to friday" was kept as the new step. Neither is kept; the
// question is answered, or the way to change the plan told, and the step question asked again.
// Steps put as a question stay steps: "what about ringing the college", "can i just look at one advert",
// "can you help me do my cv" (the step helped with).
import { normaliseAnswer } from './answers.ts';
import { asksToChangeThePlan } from './goalWords.ts';
import { asksAboutAnAppointment } from './appointmentQuestion.ts';
import { planQuestionAsked } from './planQuestionWords.ts';

export type StepAside = 'appointment' | 'other-step' | 'question';
/** What the question was about, so it can be answered: a review, what a step is, not managing it, or anything else. */
export type StepQuestionAbout = 'review' | 'step' | 'cant-do' | 'other';

const LEAD = String.raw`^(?:(?:sorry|soz|ok|okay|so|but|and|um|umm|erm|wait|hang on|hmm|oh|hi|quick question)\s+)*`;
const WHAT = String.raw`(?:what|whats|wat|wats|wot|wots|wht)`;
const QUESTION = new RegExp(
  `${LEAD}(?:${WHAT}(?!\\s+about\\b)\\b|why\\b|y\\s+(?:do|should|is)\\b|` +
    String.raw`(?:when|whens)\s+(?:is|are|do|does|will|can|should|s|would)\b|(?:where|wheres)\s+(?:is|are|do|does|can|should|will|s|would)\b|` +
    String.raw`(?:who|whos)\s+(?:is|are|do|does|can|should|will|s|would)\b|(?:how|hows)(?!\s+about\b)\s+(?:do|does|can|should|small|big|much|many|long|often|is|are|will|would|s|smaller)\b|` +
    String.raw`which\s+(?:one|do|should|is|step)\b|(?:is|does|will)\s+(?:it|that|this|i)\b|do\s+i\s+(?:have|need|get)\b|(?:can|could)\s+(?:you|u)\b(?!\s+help\s+me\s+\w)|like what\b|such as\b)`,
);
const DAY = String.raw`(?:(?:next|this)\s+)?(?:mon|tues?|wed|thurs?|fri|sat|sun)(?:day)?|tomorrow|tmrw|next week|later|another day|the weekend`;
// "can i move asda to friday", "put tesco back to next week", "push the cv one back a week".
const MOVES_ANOTHER = new RegExp(
  String.raw`^(?:(?:can|could|may)\s+(?:i|we|u|you)\s+|(?:i|id)\s+(?:want|wanna|would like|like)\s+(?:to\s+)?|please\s+|pls\s+)?` +
    String.raw`(?:move|put|push|shift|swap|change|reschedule|rearrange)\s+(?:the\s+|my\s+)?[a-z]+(?:\s+(?:one|step|thing|bit))?\s+` +
    String.raw`(?:(?:back|forward|on)\s+)?(?:(?:to|till|until|for|by|a)\s+)?(?:${DAY}|week|a week|a day|a bit)\b`,
);

/** Not a step, said where one is asked: a question, or moving or changing another step; null when it may be the step. */
export function stepQuestionAside(text: string): StepAside | null {
  const words = normaliseAnswer(text);
  if (!words) return null;
  // "can i move my appointment on thursday": for the adviser, as at the goal question (goalWordsPrompt.ts).
  if (asksAboutAnAppointment(text)) return 'appointment';
  if (MOVES_ANOTHER.test(words) || asksToChangeThePlan(words)) return 'other-step';
  // "wen is my reveiw", "wots my next step": a question about their plan, read as everywhere else
  // (planQuestionWords.ts), so the two readings of "when is my review" are one.
  if (planQuestionAsked(text) || QUESTION.test(words)) return 'question';
  return null;
}

/** What a question asked at the step question is about. */
export function stepQuestionAbout(text: string): StepQuestionAbout {
  const words = normaliseAnswer(text);
  if (planQuestionAsked(text) === 'review-day' || /\breviews?\b/.test(words)) return 'review';
  if (/\b(?:cant|cannot|can not|dont|do not|fail|miss|not)\b.*\b(?:do|manage|make)\b.*\b(?:it|that|this)?\b|\bwhat if\b.*\b(?:cant|dont|fail|miss)\b/.test(words)) return 'cant-do';
  if (/\bsteps?\b|\bsmall(?:er)?\b|\bexamples?\b|\blike what\b|\bsuch as\b|\bmean\b|\bcounts?\b|\bidea\b/.test(words)) return 'step';
  return 'other';
}
