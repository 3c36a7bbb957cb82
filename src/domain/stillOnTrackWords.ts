// Typed answers to a review's check on a step still ahead ("This one is for Wednesday 15 July. Can
// you still do it by then?"), said the way people say them rather than with the buttons.
// Play-testing: "Is not 15 July yet. I not go yet" and "its not til friday?? but ive started it"
// were answers to a step that was not due: the step is still on, so nothing needs changing.
import { normaliseAnswer } from './answers.ts';

export type StillOnTrack = 'yes' | 'change';

// "i cant make it", "need more time", "move it": the day does not work any more.
const CHANGE = /\b(?:cant|can not|cannot|couldnt|wont|will not|not able|unable|need (?:more time|a new day|another day|a different day)|move it|change it|change the day|later day|another day|different day)\b/;
// "not yet", "i not go yet", "its not til friday", "ive started it": the day has not come, or it is under way.
const STILL_ON = /\b(?:not|no|isnt|havent|hasnt|didnt|aint)\b(?: \w+){0,4}? yet\b|\bnot (?:til|till|until) \w+|\b(?:ive|i have|i) (?:already )?(?:started|begun)\b|\b(?:on it|working on it|on track)\b/;

/** 'change' when the words say the day will not work, 'yes' when they say the step is still on, else null. */
export function readStillOnTrack(text: string): StillOnTrack | null {
  const words = normaliseAnswer(text);
  if (CHANGE.test(words)) return 'change';
  return STILL_ON.test(words) ? 'yes' : null;
}
