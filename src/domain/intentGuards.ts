// Words the intent model's reading must be checked against before the coach acts on it, found by
// play-testing: a statement of illness read as a question about telling an employer, "on universal
// credit" as a benefits question, "will my adviser be annoyed" as a request for the adviser.
import { normaliseAnswer } from './answers.ts';

const OF_TELLING = /\b(?:tell|telling|told|say|saying|mention|mentioning|disclose|disclosing|declare|declaring|admit|employers?|boss|manager|interviews?|application|forms?)\b/;
const BENEFIT_FACT = /^(?:(?:i am|im|yes|yeah|yes im)\s+)?(?:on|claiming|getting|i get|get)\s/;
const OF_CONTACT = /\b(?:talk|speak|call|ring|phone|contact|see|meet|get in touch|message|email|chat)\b/;

/** Words of telling someone: without them, "ive been ill" is not a question about disclosure. */
export function speaksOfTelling(text: string): boolean {
  return OF_TELLING.test(normaliseAnswer(text));
}

/** "on universal credit", "claiming pip": a fact about them, not a question. */
export function statesABenefitFact(text: string): boolean {
  return BENEFIT_FACT.test(normaliseAnswer(text));
}

/** Words of getting in touch: without them, a question about the adviser is not a request for one. */
export function asksForContact(text: string): boolean {
  return OF_CONTACT.test(normaliseAnswer(text));
}
