// Words a client types in a review, read where the buttons' words do not reach. Play-testing found
// "nah thats it" at "What else could you do?" kept as a new step and asked "When will you do it?",
// and "no more steps" and "i said thats it" at that question answered "I didn't catch that date";
// only "stop" got out, and it threw the whole review away. Found too: "i just couldnt" asked
// "How did it feel?" and then "What made it hard?" as well.
import { normaliseAnswer } from './answers.ts';
import { readJobSearchEntries, saysItHappened } from './jobSearch.ts';
import { namesADayOrTime } from './dayOrTimeWords.ts';

const LEAD = String.raw`(?:(?:no|nah|naa|na|nope|oh|erm|um|umm|hmm|ok|okay|well|so|actually|honestly|tbh|lol|wdym|what do you mean|i said|i already said|like i said|i told you|no thanks|no thank you)\s+)*`;
const ENOUGH = [
  'no', 'nah', 'nope', 'none', 'nothing', 'nothing else', 'nothing more', 'no more', 'no more steps', 'no more step',
  'no other steps', 'no thanks', 'no thank you', 'thats it', 'that is it', 'thats all', 'that is all', 'thats everything',
  'that is everything', 'thats enough', 'that is enough', 'thats it for now', 'thats all for now', 'nothing for now',
  'im good', 'i am good', 'im fine', 'i am fine', 'im ok', 'im okay', 'im alright', 'all good', 'im done', 'i am done',
  'not really', 'not right now', 'not now', 'nothing i can think of', 'i cant think of anything', 'cant think of anything',
  'nothing comes to mind',
  // Spelt the way it sounds: "no thats al" had been kept as a job wanted (play-testing, round fifteen).
  'thats al', 'that is al', 'thas all', 'thas al', 'thats awl', 'thats itt', 'nuthin', 'nothin',
  String.raw`i (?:dont|do not) (?:want|need)(?: to add| to do)?(?: (?:a|another|any|one|a new|any more|anymore|more|other))?(?: (?:step|steps|more steps|new step|one))?`,
].join('|');
// "no thats all i think" (round twenty-four: it had the low-mood reply at "one more job?").
const TAIL = String.raw`(?:\s+(?:thanks|thank you|ta|cheers|thx|tbh|lol|for now|really|mate|honestly|then|i think|i guess|i suppose))*`;
const NO_MORE_STEPS = new RegExp(`^${LEAD}(?:${ENOUGH})${TAIL}$`);

/** "nah thats it", "nothing else", "im good": no more steps, in the client's own words. */
export function saysNoMoreSteps(text: string): boolean {
  return NO_MORE_STEPS.test(normaliseAnswer(text));
}

// "no i dont want another step", "forget it", "scrap that": the step just typed, taken back.
const TAKES_BACK = new RegExp(
  `^${LEAD}(?:forget it|forget that|forget about it|never ?mind|scrap that|scrap it|cancel that|leave it|leave it then|` +
    String.raw`i (?:didnt|did not) (?:want|need|mean|say)(?: to add)?(?: (?:a|another|any|one|a new|that|any more|anymore))?(?: (?:step|steps|more steps|new step|one))?|` +
    `there (?:is|isnt|is not) no (?:other )?step|no step|no new step|not a step|thats not a step)${TAIL}$`,
);

/** At "When will you do it?": words that take the new step back, not a day. */
export function takesBackTheStep(text: string): boolean {
  return saysNoMoreSteps(text) || TAKES_BACK.test(normaliseAnswer(text));
}

// "i just couldnt", "it was too much", "struggled with it": what happened already says it was hard.
const WAS_HARD =
  /\b(?:couldnt|could not|cant|cannot|wasnt able|was not able|not able|struggl\w*|didnt manage|did not manage|too (?:hard|much|difficult|scary|anxious|nervous|stressful|stressed|scared|tired|overwhelming|overwhelmed|ill)|(?:so|really|very|proper|well) hard|was hard|it was hard|hard to|had a hard|had a bad|bad (?:week|time|day|few days))\b/;

/** The answer to "What happened?" says it was hard: "What made it hard?" is next, not "How did it feel?" too. */
export function saysItWasHard(text: string): boolean {
  return WAS_HARD.test(normaliseAnswer(text));
}

// "yes" or "ok" on its own where the buttons are not yes and no ("How did it go?", "from 1 to 10"):
// play-testing found "yes" kept as Done and "ok" kept as a score. It says the client heard the
// question, not which answer: asked again. "yes done" or "ok a 6" say which, and are read as usual.
const AGREES = String.raw`(?:yes|yess|yeah|yeahh|yea|yeh|ye|yh|yep|yup|ya|yas|aye|ok|okay|okey|okie|oki|okk|k|kk|sure|alright|allright|alrite|fine|right|cool|fair enough|go on|yes please|i guess|i suppose|i think so)`;
const ONLY_AGREES = new RegExp(
  `^(?:(?:oh|erm|um|umm|hmm|well|so|uh)\\s+)*${AGREES}(?:\\s+(?:${AGREES}|thanks|thank you|ta|cheers|thx|mate|lol|then|please|tbh))*$`,
);

/** A bare "yes" or "ok" (and the like), which picks none of several choices that are not yes and no. */
export function onlyAgrees(text: string): boolean {
  return ONLY_AGREES.test(normaliseAnswer(text));
}

/**
 * At "What is your next step?", a step already taken ("applied to 2 at amazon", "had an interview at
 * asda"): done, not ahead. Play-testing reviews, round two: it had been kept as the next step, given a
 * day and reminded ("Your step: Applied to 2 at amazon"). A step with a day ahead ("interview at asda
 * on thursday") is still a step.
 */
export function tellsOfAStepAlreadyTaken(text: string): boolean {
  return readJobSearchEntries(text).length > 0 && (saysItHappened(text) || !namesADayOrTime(text));
}

// "try again next week", "ring again on fri", "same again": the step just reviewed, on a new day.
// Play-testing reviews, round three: kept as a step called "Try again", and "Ring again".
const SAME_AGAIN = [
  String.raw`(?:(?:i will|ill|i wil|will|gonna|going to|im going to|i can|can)\s+)?(?:just\s+)?(?<verb>try|do|redo|ring|call|phone|email|apply|go|look|check|send|ask|text|visit)?(?:\s+(?:it|that|this|them|the same|the step|that step|this step|again))?\s*(?:again|agen|agin)`,
  String.raw`(?:the\s+)?same(?:\s+(?:again|step|thing|one|as before))?`,
  String.raw`(?:keep trying|retry|re try|another go|another try|have another go|give it another go|give it another try|try once more|one more try|one more go)`,
].join('|');
const TRIES_AGAIN = new RegExp(String.raw`^(?:(?:ok|okay|erm|um|well|so|yeah|yes|yh|ye)\s+)*(?:${SAME_AGAIN})(?:\s+(?:please|pls|i think|i guess))?$`);

/**
 * The whole next step says "the same step again" (its day already taken off): no new words of its
 * own. "ring again" is the same step only when the step reviewed is a ring ("they might ring back",
 * then "ring again" after "Update my CV", is a new step).
 */
export function triesTheSameStepAgain(text: string, reviewedStep: string): boolean {
  const words = normaliseAnswer(text);
  const found = words.length > 0 ? TRIES_AGAIN.exec(words) : null;
  const verb = found?.groups?.verb;
  if (!found) return false;
  return !verb || ['try', 'do', 'redo'].includes(verb) || normaliseAnswer(reviewedStep).split(' ')[0] === verb;
}

/** Words a step or back-up plan can hold: "6" or "??" has none, and is asked again, not kept. */
export function hasWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}

// "idk what to do next", "not sure tbh": unsure, in more words than "idk" (play-testing reviews,
// round three: kept as a step called "Idk what to do next" and given a day).
const UNSURE = /^(?:(?:honestly|tbh|erm|um|umm|well|i mean)\s+)*(?:idk|i dont know|i do not know|dunno|i dunno|dont know|not sure|im not sure|i am not sure|no idea|i have no idea|ive no idea|no clue|not a clue|im stuck|stuck)(?:\s+(?:what|how|which|where|tbh|really|honestly|mate|lol|to be honest|yet|right now|at the moment)\b.*)?$/;

/** Unsure what to do, said in a few words: no step to keep. */
export function saysUnsureWhatNext(text: string): boolean {
  const words = normaliseAnswer(text);
  return words.length > 0 && words.length <= 80 && UNSURE.test(words);
}
