// A doubt about managing it at all, said where a goal or a step is asked (play-testing 2026-12-08:
// "honestly im not sure i can do this" at "What would you like to try?" had been kept as the step,
// "That's clear. How will you know you have done it?"). It is answered, never kept as a step.
import { normaliseAnswer } from './answers.ts';

const I_CAN = String.raw`i (?:can|could|will be able to|would be able to|am able to|can manage|can cope|will manage|can handle)`;
const DOUBTS = [
  new RegExp(String.raw`\b(?:not sure|unsure|dont know|do not know|dunno|doubt) (?:if |whether |that )?${I_CAN}\b`),
  new RegExp(String.raw`\bi (?:dont|do not|dont really|do not really) think ${I_CAN}\b`),
  new RegExp(String.raw`^(?:honestly |tbh |to be honest |i just |i )?(?:i )?(?:cant|cannot|can not|cant really) (?:do|manage|cope with|handle) (?:this|it|any of (?:this|it)|all this|that)(?: (?:tbh|honestly|really|anymore|any more|right now|at all|i dont think|lol))*$`),
  /\bwhat if i (?:fail|mess (?:it |this )?up|cant do it|get it wrong|screw (?:it |this )?up|let (?:you|everyone|them) down)\b/,
  /\b(?:scared|afraid|worried|frightened|terrified|nervous) (?:ill|i will|i might|i would|id|of) (?:fail|failing|mess|messing|get it wrong|getting it wrong|let \w+ down|letting \w+ down|not manage)\b/,
  /\bi (?:am|m) (?:not good enough|useless at (?:this|it|everything)|rubbish at (?:this|it|everything)|no good at (?:this|it|anything))\b/,
  /^(?:its |it is |this is |thats |that is )?(?:all |just )?(?:too hard|too much for me|way too much|out of my depth)(?: for me)?(?: tbh| honestly| really)*$/,
];

/** True when the words doubt they can do it at all, and name nothing to do. */
export function doubtsTheyCanDoIt(text: string): boolean {
  const words = normaliseAnswer(text).replace(/\bim\b/g, 'i m');
  return DOUBTS.some((doubt) => doubt.test(words));
}
