// Yes, no and a fear of being told off, said in everyday words at "Would you like your adviser to
// get in touch?" (play-testing, December): "sounds good yeah" and "i'm fine honestly, no need" had
// been neither yes nor no, and "is my adviser going to be angry with me?" was taken as a no, the
// fear never answered.
import { expandShorthand } from '../domain/answers.ts';

const NOT = /\b(?:not|no|dont|cant|wont|never|but)\b/;

// "sounds good yeah", "go on then, get someone to call me", "that would be good".
const YES_IN_OTHER_WORDS = /^(?:(?:that |it )?sounds? (?:good|ok|okay|great|fine)|go on then|that would (?:be )?(?:good|great|nice|helpful|help)|thatd (?:be )?(?:good|great|nice|helpful|help)|please do|alright then)\b/;

// "i'm fine honestly, no need", "im ok thanks i dont need them".
const NO_IN_OTHER_WORDS = /^(?:(?:im|honestly|really|thanks|thank you|fine|ok|okay|good|alright|all good)\s)*(?:no need|(?:i )?dont need (?:to|them|him|her|it|that|anyone|anybody|an adviser|my adviser))\b/;

// "is my adviser going to be angry with me?", "wud they shout at me", "are they going to tell me off".
const WHO = String.raw`(?:my adviser|my advisor|the adviser|my work coach|they|she|he|them|her|him)`;
const TOLD_OFF = new RegExp(
  String.raw`\b(?:(?:is|are|will|would|wud|does|do|did|might|could) ${WHO} (?:\w+ ){0,3}?(?:angry|cross|mad|annoyed|upset|furious|disappointed|fed up)(?: (?:with|at|in) (?:me|people))?` +
    String.raw`|(?:is|are|will|would|wud|does|do|might|could) ${WHO} (?:\w+ ){0,3}?(?:shout at me|tell me off|have a go at me|tell me off|judge me|blame me|think (?:im|i am) (?:lazy|useless|stupid|rubbish|a failure|hopeless)))\b`,
);

/** "sounds good yeah", "go on then": a yes, though not in so many words. */
export function saysYesInOtherWords(text: string): boolean {
  const said = expandShorthand(text);
  return YES_IN_OTHER_WORDS.test(said) && !NOT.test(said);
}

/** "i'm fine honestly, no need": a no, though not in so many words. */
export function saysNoInOtherWords(text: string): boolean {
  return NO_IN_OTHER_WORDS.test(expandShorthand(text));
}

/** "is my adviser going to be angry with me?": afraid of being told off for what they said. */
export function asksIfTheAdviserWillBeAngry(text: string): boolean {
  return TOLD_OFF.test(expandShorthand(text));
}
