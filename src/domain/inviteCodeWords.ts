// What a client types at "Did your adviser give you a code?": the code alone, the code inside
// words ("my code is K7P 4QX", "yes its DEMO"), a yes without the code, or words that are no code.
import { parseYesNo } from './answers.ts';
import { isUnsureAnswer } from './textChecks.ts';

const MAX_CANDIDATES = 8;
const CODE_SHAPED = /^[a-z0-9]{4,8}$/i;
const CODE_PART = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{3,8}$/i;

/** Each way of reading a code from the reply, the whole reply first (spaces taken out). */
export function inviteCodeCandidates(text: string): string[] {
  const whole = text.replace(/\s+/g, '');
  const tokens = text.split(/[^a-z0-9]+/i).filter(Boolean);
  // "K7P 4QX": a code typed in two halves.
  const halves = tokens.slice(1).map((token, i) => `${tokens[i]}${token}`).filter((joined) => joined.length === 6);
  const shaped = [...tokens, ...halves].filter((token) => CODE_SHAPED.test(token));
  // Most codes hold a digit and few words do: those are tried first.
  shaped.sort((a, b) => Number(/\d/.test(b)) - Number(/\d/.test(a)));
  return [...new Set([whole, ...shaped].filter(Boolean).map((code) => code.toUpperCase()))].slice(0, MAX_CANDIDATES);
}

// "dont hav 1", "i havent got one", "nope never got one", "they didnt give me one": no code to give.
const NEGATION = String.raw`(?:dont|do not|dnt|didnt|did not|havent|have not|havnt|hvnt|aint|never|not|no)`;
const HAVING = String.raw`(?:hav|have|av|got|get|gotten|given|gave|give|had|received|recieved|sent|been given)`;
const NO_CODE = new RegExp(String.raw`\b${NEGATION}\b(?: \w+){0,3} ${HAVING}\b|\b(?:havent|have not|havnt|hvnt)\b|^(?:none|no code|not yet|nothing)\b`);
const AND_YET = /\b(?:but|here|its|it is|is)\b/;

/** A no to "Did your adviser give you a code?", however it is typed, numbers too ("dont hav 1"). */
export function saysNoCode(text: string): boolean {
  if (parseYesNo(text) === 'no') return true;
  const words = text.toLowerCase().replace(/['\u2019`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  if (!words || AND_YET.test(words) || /^(?:what|whats|where|how|why|which|who)\b/.test(words) || text.trim().endsWith('?')) return false;
  // Round twenty-three: "sorry i dont know, no i dont think so" had "That does not look like a code".
  const unsorry = words.replace(/^(?:(?:so |im |oh )?(?:sorry|soz|sry)\s+)+/, '');
  return NO_CODE.test(unsorry) || /^(?:no|nope|nah|na)\b/.test(unsorry) || /\b(?:no )?i dont think so$/.test(unsorry);
}

// "sorry I dont have one, is that ok?": a no, with a worry that it matters (play-testing, round
// nineteen: the worry had the explanation of a code again).
const IS_THAT_OK = /[\s,.!-]*\b(?:is (?:that|it|this) (?:ok|okay|alright|all right|fine|a problem|bad)|(?:does|will) (?:that|it|this) matter|do i (?:need|have to have) one)\s*\?*$/i;

/** A no to the code question, asking whether that is all right. */
export function asksIfNoCodeIsOk(text: string): boolean {
  const rest = text.trim().replace(IS_THAT_OK, '');
  return rest !== text.trim() && rest.length > 0 && saysNoCode(rest);
}

const ASKS_WHAT_IT_IS =
  /\b(?:what|wat|wot)\s*(?:s|is)?\s+(?:this|it|that|the code|a code|its|thats)\s+(?:is\s+)?for\b|^(?:idk|dunno|i dont know|dont know|not sure|im not sure)\s+(?:what|wat|wot)\s*(?:s|is)?\s+(?:this|it|that|a code|the code)(?:\s+is|\s+means|\s+mean)?$/;

// "code? i not understand", "i dont understand": the question not understood (play-testing, December:
// an ESOL client had "That does not look like a code").
const NOT_UNDERSTOOD = /\b(?:i )?(?:not|dont|do not|no|cant|cannot) (?:understand|understood|get it|know what you mean)\b|^code\s*\?/;

export type CodeReply = 'yes-without-code' | 'not-a-code' | 'asks-what' | 'forgot' | 'unsure';

// "Sorry I don't know what a code is": not known, said anywhere in the words (play-testing, round
// seventeen: "That does not look like a code").
const DOES_NOT_KNOW_WHAT = /\b(?:dont|do not|didnt|did not|not sure|no idea|idk|dunno)\b(?: \w+){0,2} (?:what|wat|wot) (?:a |the |this |that )?code(?: is| means| mean)?\b/;
// "I have the code but I do not remember it", "i lost it", "forgot it": there was a code, and it is gone.
const FORGOT = /\b(?:forgot|forgotten|forget|lost (?:it|the code|my code|the letter|the paper)|cant remember|cannot remember|can not remember|dont remember|do not remember|not remember|cant find|cannot find|dont know it|do not know it|dont have it with me|do not have it with me)\b/;

/** Why a reply that matched no adviser's code was not one, when that can be said; null otherwise. */
export function readCodeReply(text: string): CodeReply | null {
  // "what is a code", "where do i get one?": asked, and answered (play-testing: "That does not look like a code").
  if (/^(?:what|whats|wat|where|how|why|which|who|do i|have i)\b/i.test(text.trim()) || text.trim().endsWith('?')) return 'asks-what';
  // Play-testing: "idk whats this for" had "That does not look like a code".
  const lowered = text.toLowerCase().replace(/['\u2019`]/g, '');
  if (ASKS_WHAT_IT_IS.test(lowered) || DOES_NOT_KNOW_WHAT.test(lowered) || NOT_UNDERSTOOD.test(lowered)) return 'asks-what';
  if (FORGOT.test(lowered)) return 'forgot';
  // "dunno", "not sure": play-testing, round twenty-two, a care leaver of 19 had "I could not find that code".
  if (isUnsureAnswer(text)) return 'unsure';
  if (parseYesNo(text) === 'yes') return 'yes-without-code';
  const words = text.trim().split(/\s+/);
  // Three words or more, none of them a run of letters and digits: a sentence ("i did 8 yrs at a
  // care home"), not a code typed in parts ("its K7P 4QX").
  return words.length >= 3 && !words.some((word) => CODE_PART.test(word)) ? 'not-a-code' : null;
}

/**
 * "I think it's LINDA7 or something, I'm not sure": the code tried, inside words that say more
 * (play-testing, round sixteen: the doubt was heard as low mood, and the code never mentioned).
 * The code, as typed; null when the reply is the code alone or holds none.
 */
export function codeTriedIn(text: string): string | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 2) return null;
  const tried = text.split(/[^a-z0-9]+/i).find((token) => CODE_SHAPED.test(token) && CODE_PART.test(token));
  return tried ? tried.toUpperCase() : null;
}
