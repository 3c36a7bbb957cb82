// Words heard in the safety window beyond the rules in src/domain/safetyWindow.ts (play-testing,
// December): a plain yes to "Are you safe right now?", a mix-up put right ("i was talking about the
// course"), a question about what the adviser would do, and how someone is, the day after.
// Read only on messages the risk check heard as no risk; none of these lowers a risk reading.
import { expandShorthand } from '../domain/answers.ts';
import { readWindowMessage } from '../domain/safetyCorrection.ts';
import { readSafeAnswer } from '../domain/imminentRisk.ts';
import type { RiskLevel } from '../domain/risk.ts';

// One spelling to match on: "im" for "i'm", "i m" or "i am"; "you" for "u"; "going to" for "gonna"
// (the shorthand the window's questions read too). Expanding "pls", "gonna" or "whats" changes no
// plain yes: none of them, spelled either way, is a word a plain yes may hold.
const wordsOf = expandShorthand;

// Said around an answer, and no part of it: "honestly", "now", "thanks", "i promise".
const FILLERS = /\b(?:im|honestly|honest|tbh|to be honest|now|right now|for now|at the moment|atm|thanks|thank you|thankyou|ta|cheers|really|i promise|promise|dont worry|no worries|lol|x+|mate|just|yeah|yes|yep|yup|yh|ye|yea|yeh|aye|ok|okay|k|kk|fine|sure|alright|all right|all good|good|though|tho|then)\b/g;
// Said with any of them, these are no plain yes: "not ok", "no", "but", "i guess".
const NOT_PLAIN = /\b(?:no|not|nah|nope|dont|never|but|isnt|aint|guess|suppose|maybe|probably|sort of|kind of|kinda|sorta|unless|if|until|except|why|what)\b/;
// A plain yes in the client's words: "ok", "yeah", "yes im fine", "im ok now", "i'm fine now honestly".
const YES_WORD = /\b(?:yes|yeah|yep|yup|yh|ye|yea|yeh|aye|ok|okay|k|kk|fine|sure|alright|all right|all good|good)\b/;
const IM_FINE = /\b(?:im|i feel|feeling) (?:ok|okay|fine|alright|all right|good|safe|grand|sound)\b/;

// "ok thanks", "ok cheers": may only be thanks for the numbers, so no yes (a "yes" or "im fine" with thanks still is).
const THANKS = /\b(?:thanks|thank you|thankyou|ta|cheers)\b/;
const A_REAL_YES = /\b(?:yes|yeah|yep|yup|yh|ye|yea|yeh|aye|fine|good|all good|safe)\b/;

/** A plain yes to "Are you safe right now?" that the stricter reading leaves unanswered. */
export function saysPlainlySafe(text: string): boolean {
  const words = wordsOf(text);
  if (!words || words.split(' ').length > 10 || NOT_PLAIN.test(words)) return false;
  if (THANKS.test(words) && !A_REAL_YES.test(words) && !IM_FINE.test(words)) return false;
  // A yes or "im fine", and nothing else but the fillers around it ("ok thanks", "im ok now tbh").
  return (YES_WORD.test(words) || IM_FINE.test(words)) && words.replace(IM_FINE, ' ').replace(FILLERS, ' ').trim() === '';
}

/**
 * The button under the not-safe reply ("I am safe now"), or the same typed, at any time in the window.
 * Danger now still unanswered ("idk" heard as not safe), "ye im safe" is that answer too: it had got
 * "Are you safe right now?" again, as if unsaid (play-testing concern and crisis, December).
 */
export function tapsSafeNow(text: string, label: string, dangerNow = false): boolean {
  const words = wordsOf(text);
  if (words === wordsOf(label) || /^(?:im|everyone is|every one is|we are|were|we re) (?:all )?safe now$/.test(words)) return true;
  return dangerNow && /\bsafe\b/.test(words) && !NOT_PLAIN.test(words) && words.split(' ').length <= 8 && readSafeAnswer(text) === 'safe';
}

// Telling what they were on about: "i was talking about the course", "i meant the film".
const TALKING_ABOUT = /\b(?:im|i was|i wer|was) (?:only |just )?(?:talking|talkin|on|going on|chatting|moaning|ranting|saying that|texting) about\b/g;
const MEANT = /\bi (?:meant|mean|ment)\b/;
// Who hurts them, or whose risk it is: "i meant my partner" after abuse is not a mix-up.
const A_PERSON = /\b(?:i meant|i mean|i ment|about) (?:(?:my|me|our|his|her|the) )?(?:partner|boyfriend|girlfriend|husband|wife|fiance|fiancee|ex|him|her|them|he|she|they|dad|mum|mom|mam|brother|sister|son|daughter|mate|friend|family|kids?|child|someone|somebody|anyone)\b/;

// "no i didnt mean it like that, i meant the job is killing me": taken back as well, and answered as
// any correction is ("I am sorry if I got it wrong").
const TAKEN_BACK = /\b(?:didnt|did not|dont|do not) mean (?:it|that|this)\b|\bnot what i meant\b|\bnot like that\b/;

/**
 * A false alarm put right by saying what it was about ("no im fine i was talking about the course",
 * "sorry i was talking about my job", "i meant the film"). Heard through the correction rules, so
 * intent, a time, means or a hedge still keep it from being one.
 */
export function saysItWasAMixUp(text: string, level: RiskLevel): boolean {
  const words = wordsOf(text);
  if (level !== 'none' || A_PERSON.test(words) || TAKEN_BACK.test(words) || !(MEANT.test(words) || new RegExp(TALKING_ABOUT.source).test(words))) return false;
  return readWindowMessage(words.replace(TALKING_ABOUT, 'i meant'), level) === 'correction';
}

// "what would they do", "what happens if i talk to them", "what will my adviser say".
const THEY = String.raw`(?:they|them|my adviser|my advisor|the adviser|the advisor|an adviser|my work coach|she|he|someone|a person)`;
const ADVISER_WOULD = new RegExp(
  [
    String.raw`^(?:so |and |but |ok |okay )?what (?:would|will|do|does|can|could|might) ${THEY} (?:do|say|ask|want|think|do to me|do about it|do about this)(?: to me| with me| about it| about this| then| next| if i (?:do|say yes|talk to them))?$`,
    String.raw`^(?:so |and |but |ok |okay )?what (?:happens|will happen|would happen|happens next|do they do|would they do) (?:if|when|after) (?:i|they|you) (?:talk|speak|chat|say yes|said yes|tap|press|click|ask|tell|get in touch|call|ring|phone|message|contact)\b(?: \w+){0,5}$`,
    String.raw`^(?:so |and |but |ok |okay )?(?:will|would|do|does) ${THEY} (?:call|ring|phone|come round|come to my house|make me|tell me off|judge me)(?: me)?(?: \w+){0,4}$`,
    String.raw`^(?:so |and |but |ok |okay )?(?:why|what for|what is the point|whats the point)(?: of| in)? (?:would i |should i )?(?:talk|talking|speak|speaking) to (?:them|my adviser|the adviser|my advisor)$`,
  ].join('|'),
);

/** A question about what the adviser would do if they talked: answered before the offer is made again. */
export function asksWhatTheAdviserDoes(text: string): boolean {
  const words = wordsOf(text).replace(/\bwat\b/g, 'what');
  return words.split(' ').length <= 14 && ADVISER_WOULD.test(words);
}

const HARD = /\b(?:not (?:so |too |very |that |really )?(?:good|great|ok|okay|well|fine|alright|brilliant)|not really|bad|awful|terrible|rubbish|crap|shit|shite|pants|meh|struggling|rough|low|down|sad|the same|same as|worse|could be better|been better|hard|tough|horrible|not much better|no better)\b/;
const GOOD = /^(?:(?:im|i feel|feeling|all|yeah|yes|ok|okay|pretty|really|much|a bit|bit|a lot|quite|very|so|not|too) )*(?:good|great|fine|ok|okay|alright|all right|better|grand|sound|well|happy|brilliant|fab|lovely|decent|calmer)\b/;

/** The answer to "How are you today?", the day after: 'hard', 'good', or null for anything else. */
export function readHowTheyAre(text: string): 'good' | 'hard' | null {
  // "not bad", "could be worse": good, said modestly.
  const words = wordsOf(text).replace(/\bnot (?:too |so |that |half )?bad\b|\bcould be worse\b/g, 'ok');
  if (!words || words.split(' ').length > 12) return null;
  if (HARD.test(words)) return 'hard';
  return GOOD.test(words) || saysPlainlySafe(words) ? 'good' : null;
}

// Taking back "I am fine": "actually no im not ok", "im not really fine", "i lied", "not really".
const TAKES_BACK_FINE = new RegExp(
  [
    String.raw`\bim not (?:really |actually |totally |that |so |too |feeling )?(?:ok|okay|fine|alright|all right|good|safe|great|well)\b(?! at\b| with\b| for\b| about\b)`,
    String.raw`^(?:(?:actually|tbh|honestly|to be honest|wait|sorry|um|erm|hmm|well)\s)+(?:no|nah|not really)(?: im not| i lied| not really)?$`,
    String.raw`^(?:no|nah|nope) im not$`, String.raw`^not really$`, String.raw`^(?:no |nah )?not any ?more$`,
    String.raw`\b(?:i lied|i was lying|that wasnt true|that was not true|not being honest|wasnt being honest|i said i was (?:ok|okay|fine|safe|alright) but)\b`,
    String.raw`\bi (?:still|keep) (?:thinking|think) about (?:it|that|doing it|ending it)\b`,
  ].join('|'),
);

/** Said after "I am fine" or "I am safe", words that take it back. */
export function takesBackFine(text: string): boolean {
  const words = wordsOf(text);
  return words.split(' ').length <= 20 && TAKES_BACK_FINE.test(words);
}

/** The answer to "Are you sure you want to go back to your plan now?": 'yes', 'not-yet', or null. */
export function readPlanCheck(text: string): 'yes' | 'not-yet' | null {
  const words = wordsOf(text);
  if (/^(?:no|nah|nope|not yet|not now|no not yet|wait|hang on|stay|i want to stay)\b/.test(words)) return 'not-yet';
  return /^(?:yes|yeah|yep|yh|ye|y|ok|okay|sure|im sure|go on|carry on|lets go|please)(?: (?:please|im sure|thanks|carry on|go on))*$/.test(words) ? 'yes' : null;
}
