// "the adviser not call me, 2 weeks", "still waiting for my adviser to ring", "not heard from my work
// coach": the client says their adviser has not been in touch. Play-testing (round six) found this
// answered with the next review question; the coach tells the adviser again instead.
import { normaliseAnswer } from './answers.ts';

const ADVISER = String.raw`(?:adviser|advisor|advicer|work coach|job coach|coach)`;
const NOT_IN_TOUCH = new RegExp(
  [
    String.raw`\b${ADVISER}\b(?: \w+){0,3}? (?:not|never|hasnt|has not|havent|have not|didnt|did not|doesnt|does not|still not|still hasnt|still has not|no) (?:\w+ )?(?:call|called|ring|rang|rung|phone|phoned|contact|contacted|get in touch|got in touch|message|messaged|text|texted|email|emailed|reply|replied|answer|answered|get back|got back|come back|came back)\b`,
    String.raw`\b(?:still )?waiting (?:for|to hear from|on) (?:my |the )?${ADVISER}\b`,
    String.raw`\b(?:not|never|nothing|no word) (?:heard|had) (?:anything |a thing |nothing |a word )?(?:from|back from) (?:\w+ ){0,4}?(?:my |the )?${ADVISER}\b`,
    String.raw`\bno (?:call|phone call|message|reply|word|contact) from (?:my |the )?${ADVISER}\b`,
  ].join('|'),
);

/** The client says their adviser has not got in touch (or has not yet). */
export function saysAdviserHasNotBeenInTouch(text: string): boolean {
  return NOT_IN_TOUCH.test(normaliseAnswer(text));
}
