// More answers to "Would you like your adviser to get in touch?" (play-testing concern and crisis,
// December, twenty-three scripted clients): "does it cost anything?" and "would they phone me? im
// at work till 5" had been heard as a new worry, the reflection and the offer said again with the
// question unanswered; "yes but not by phone i have no credit" was no yes at all, so the adviser
// was never asked and the words went to the goal question; "maybe" got the line for anything else.
import { expandShorthand } from '../domain/answers.ts';

const LEAD = String.raw`^(?:(?:so|ok|okay|and|but|um|erm|wait|sorry|please|hang on)\s)*`;

// "does it cost anything", "is it free", "do i have to pay", "how much is it".
const COST = new RegExp(
  String.raw`${LEAD}(?:(?:does|will|would|is) (?:it|this|that|talking to (?:them|my adviser|an adviser)) (?:cost(?: me)?(?: anything| money| owt| much)?|free)|how much (?:does|will|is) (?:it|this|that)(?: cost)?|do i (?:have to|need to|got to) pay(?: for (?:it|that|this|them))?|is there a (?:cost|charge|fee))\b(?: \w+){0,4}$`,
);

// "would they phone me", "how would they get in touch", "will they come to my house": how, not a wish
// ("can they ring me" is a yes, concernOffer.ts).
const HOW_REACHED = new RegExp(
  String.raw`${LEAD}(?:(?:would|will|do|does) (?:they|my adviser|the adviser|my advisor|my work coach|she|he|someone) (?:\w+ )?(?:phone|ring|call|text|email|message|write to|visit|come to|come round to) (?:me|my house|my home|my flat|round)|how (?:would|will|do|does|could) (?:they|my adviser|the adviser|she|he|someone) (?:get in touch|contact me|reach me|get hold of me))\b`,
);

// "yes but not by phone", "yeah, but only text me": a yes, and something to pass on with it.
const YES_BUT = /^(?:yes|yeah|yea|yep|ye|yh|ok|okay|please|yes please|go on then)\b[\s,.!]*(?:please\s)?(?:but|only|just)\b/;

// "maybe", "perhaps", "possibly", "might do": not yet decided.
const MAYBE = /^(?:maybe|perhaps|possibly|might do|i might|maybe later|maybe not now|not sure yet|i dont know yet|let me think|ill think about it|i will think about it)$/;

/** "does it cost anything?", said to the offer. */
export function asksWhatItCosts(text: string): boolean {
  return COST.test(expandShorthand(text));
}

/** "would they phone me?", "how would they get in touch?", said to the offer. */
export function asksHowTheyGetInTouch(text: string): boolean {
  return HOW_REACHED.test(expandShorthand(text));
}

/** "yes but not by phone, i have no credit": a yes with more to pass on. */
export function saysYesWithMore(text: string): boolean {
  return YES_BUT.test(expandShorthand(text));
}

/** "maybe", "ill think about it": no answer yet. */
export function saysMaybe(text: string): boolean {
  return MAYBE.test(expandShorthand(text));
}
