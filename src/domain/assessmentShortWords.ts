// One-word replies at the self-assessment that say less than they seem to. Scripted clients,
// round twenty-seven (a care leaver who answers in one word): "ye" at "What are you good at?" had
// been kept as a skill called "ye", and "nothin" at "Have you had a paid job in the last two
// years?" had "Sorry, I didn't catch that".
import { normaliseAnswer } from './answers.ts';

const ONLY_A_YES = /^(?:yes|ye|yeh|yh|yeah|yea|yep|yup|ya|yas|y|aye|ok|okay|okey|oki|k|kk|sure|alright|right|fine|cool|go on)$/;
const NOTHING = /^(?:nothing|nothin|nuffin|nuthin|nowt|none|nothing at all|not a thing|nothing really|nothin really)$/;

/** "ye", "ok": a yes alone, no answer where words are asked for. */
export function isOnlyAYes(text: string): boolean {
  return ONLY_A_YES.test(normaliseAnswer(text));
}

/** "nothin", "nowt": nothing at all, a no where a paid job is asked about. */
export function saysNothing(text: string): boolean {
  return NOTHING.test(normaliseAnswer(text));
}
