// What is said at "What is a smaller first step?" (after a how-sure score below 7) that is not a new
// step. Play-testing: "yes" and "not sure" had looped on "Tell me in a few words what you could do",
// and "no its ok" had not worked like the [Keep my step] button.
import { normaliseAnswer } from './answers.ts';
import { keepsTheStep } from './goalWords.ts';

// "no its ok", "its fine", "leave it", "keep it the same", "no thanks": the step as it is.
const KEEP =
  /^(?:(?:no|nah|nope|naa|no no|its|it is|thats|that is|im|i am|honestly)\s*)*(?:(?:its|it is|thats|that is|im|i am)\s+)?(?:fine|ok|okay|alright|good|happy|sound|grand)(?:\s+(?:thanks|thank you|ta|with it|with that|with my step|with that one|as it is|how it is|like that|as is))*$|^(?:no|nah|nope|no thanks|no thank you|nah thanks|no ta)$|^(?:(?:no|nah|just|please|ill|i will|i ll)\s+)*(?:keep|leave|stick with|stay with|go with) (?:it|my step|the step|that|that one|this one|what i said|the same|my one|mine)(?:\s+(?:please|thanks|as it is|how it is|the same|as is|like that|for now))*$/;
// "yes", "ok", "not sure", "dunno": no smaller step offered; the step is kept and said back. A bare "k" is still asked again (goalAnswersPlayTested.test.ts).
const NOD_OR_UNSURE =
  /^(?:yes|yeah|yea|yeh|yep|yup|ye|yh|ya|ok|okay|sure|alright|right|fine|go on|i guess|i suppose|suppose so|not sure|im not sure|i am not sure|not really sure|unsure|dunno|i dunno|i dont know|dont know|idk|no idea|not a clue|no clue|hmm|um|erm|maybe)(?:\s+(?:then|thanks|ta|please|tbh|really|sorry|mate))*$/;

/** 'keep': the step stays ("no its ok", "keep my step"); 'nod': a yes or "not sure", heard as keeping it; null: a new step. */
export function smallerStepAnswer(text: string): 'keep' | 'nod' | null {
  if (keepsTheStep(text)) return 'keep';
  const words = normaliseAnswer(text).replace(/[\s.!,]+$/, '');
  if (NOD_OR_UNSURE.test(words)) return 'nod';
  return KEEP.test(words) ? 'keep' : null;
}
