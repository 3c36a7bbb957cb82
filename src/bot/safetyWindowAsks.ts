// Questions in the safety window that the rules in src/domain/safetyWindow.ts leave to the stock
// lines, or answer as something else (play-testing as clients at risk, round twelve): "will my
// adviser be told", "who will see this" (they had got a line about benefits), "will you tell my
// mum", "can you call me", "i dont have credit on my phone", "do i have to talk to someone", and
// "lol no im fine, just stressed" (feeling better). Read on top of that reading; none of these
// lowers a risk reading, and a crisis message never reaches them (safetyWindow.ts acts first).
import { expandShorthand } from '../domain/answers.ts';
import type { RiskLevel } from '../domain/risk.ts';
import type { SafetyWindowReply } from '../domain/safetyWindow.ts';
import type { WindowMessage } from '../domain/safetyCorrection.ts';
import { readSmallTalk } from './safetyWindowSmallTalk.ts';
import { readPlainTalk } from './safetyWindowPlainTalk.ts';

/** The window's own reading, and the questions this file hears. */
export type WindowAsk = SafetyWindowReply | 'who-sees' | 'not-family' | 'what-adviser' | 'call-me' | 'no-credit' | 'must-talk' | 'keep-details' | 'thanks' | WindowSmallTalk;
/** Heard in the window since December's scripted clients (see readSmallTalk). */
export type WindowSmallTalk = 'will-ring' | 'in-trouble' | 'plan-waits' | 'quiet' | 'still-there' | 'leaving' | WindowPlainTalk;
/** Heard since round fifteen's scripted clients (safetyWindowPlainTalk.ts). */
export type WindowPlainTalk = 'why-numbers' | 'language' | 'what-carry-on' | 'appointment' | 'embarrassed';

// The client's words with their shorthand spelled one way ("i m", "u", "gonna").
const wordsOf = expandShorthand;

const LEAD = String.raw`^(?:(?:so|ok|okay|and|but|wait|hang on|sorry|um|erm|please|actually|also|hey|hi)\s)*`;
const TAIL = String.raw`(?: \w+){0,4}$`;

// Benefits, the jobcentre, money: the domain's own answer ("I do not make any decisions about your benefits") fits those.
const ABOUT_BENEFITS = /\b(?:benefits?|jobcentre|job centre|dwp|universal credit|uc|money|claim|payments?|sanction\w*|work coach|record|file|pip|esa)\b/;

// What was said, or nothing: "will they know where i live" is no question about this chat.
const WHAT_I_SAID = String.raw`(?: (?:about )?(?:this|that|it|any of (?:this|it)|what i (?:said|wrote|say|write|typed|just said|put)|these messages|my messages|this chat))?(?: though| then| now| too| tho)?$`;
// "will my adviser be told", "will my adviser still see it", "who will see this".
const WHO_SEES = new RegExp(
  [
    String.raw`${LEAD}(?:will|does|do|is|has|did|would|can|could) (?:my |the )?(?:adviser|advisor|coach|anyone|someone|somebody|they|people) (?:\w+ ){0,2}?(?:be told|get told|been told|told|see|seeing|read|reading|know|find out|hear)${WHAT_I_SAID}`,
    String.raw`${LEAD}who (?:\w+ ){0,2}?(?:see|sees|seen|read|reads|know|knows|told|tell|gets|hear|hears)${WHAT_I_SAID}`,
    String.raw`${LEAD}(?:is|are) (?:this|these messages|my messages|what i (?:say|said|write|wrote)) (?:private|secret|confidential|seen by anyone)${TAIL}`,
  ].join('|'),
);

// Someone in their life: "will you tell my mum", "will he find out", "are you going to tell my family".
const FAMILY = String.raw`(?:my |me )?(?:mum|mam|mom|mother|dad|father|family|parents|partner|boyfriend|girlfriend|husband|wife|fiance|fiancee|ex|kids|children|friends?|mates?|sister|brother|nan|gran|landlord|employer|boss|him|her)`;
const NOT_FAMILY = new RegExp(
  [
    String.raw`${LEAD}(?:will|are|would|do|did|is|can|could|have|has) (?:you|they|my adviser|anyone|someone)(?: \w+){0,3}? (?:tell|telling|told|inform|contact|ring|call|phone|text) ${FAMILY}${TAIL}`,
    String.raw`${LEAD}(?:will|would|could|can|does|do|is|might) (?:${FAMILY}|he|she) (?:\w+ ){0,2}?(?:find out|know|see|be told|get told|hear|read)\b${TAIL}`,
    String.raw`${LEAD}(?:dont|do not|never|please dont|please do not) (?:tell|ring|call|contact) ${FAMILY}${TAIL}`,
  ].join('|'),
);

// "please dont tell the jobcentre", "dont tell my work coach": the honest answer to "will you tell the
// jobcentre" (what was passed on, and that nothing is decided about benefits); it had got the stock lines.
const NOT_JOBCENTRE = new RegExp(
  String.raw`${LEAD}(?:(?:dont|do not|never|please dont|please do not) (?:tell|inform|contact|report (?:me |this |it )?to)|(?:will|are|would|do|did|is|can|could) (?:you|they|my adviser|anyone|someone)(?: \w+){0,3}? (?:tell|telling|told|inform|report (?:me |this |it )?to)) (?:the |my )?(?:jobcentre|job centre|dwp|work coach|benefits people|benefits office|universal credit|uc)${TAIL}`,
);

// "what is adviser?", "who is my adviser", "what does an adviser do": who they are (learning English, round sixteen).
const WHAT_ADVISER = new RegExp(String.raw`${LEAD}(?:(?:what|who) (?:is|are|s) (?:an? |my |the |this )?(?:adviser|advisor)s?|what (?:does|do) (?:an? |my |the )?(?:adviser|advisor)s? do|what (?:mean|means) (?:adviser|advisor))(?: \w+){0,2}$`);

// "is someone going to ring me", "when will my adviser call me": a question, not a wish ("will you call me" is one to the coach).
const WILL_RING = new RegExp(
  String.raw`${LEAD}(?:when )?(?:is|are|will|does|do) (?:someone|somebody|anyone|anybody|my adviser|the adviser|my advisor|my work coach|they|a person|she|he)(?: going to| actually| still| be)? (?:ring|call|phone|contact|ringing|calling|phoning|contacting|get in touch with) me${TAIL}|${LEAD}(?:will|am) i (?:get|getting|be getting) a (?:call|phone call|ring)(?: back)?${TAIL}`,
);

// "can you call me", "can someone ring me", "i want someone to phone me", "can i get a call back".
const CALL_ME = new RegExp(
  [
    String.raw`${LEAD}(?:can|could|will|would) (?:you|someone|somebody|anyone|my adviser|the adviser|my advisor|they|a person)(?: please)? (?:call|ring|phone|bell) me\b${TAIL}`,
    String.raw`${LEAD}(?:you |someone |somebody )?(?:call|ring|phone|bell) me(?: back| now| please| today| tonight| asap| plz)*$`,
    String.raw`${LEAD}i (?:want|need|would like|wanna) (?:you|someone|somebody|my adviser|a person) to (?:call|ring|phone) me${TAIL}`,
    String.raw`${LEAD}(?:can|could) i (?:have|get) a (?:call|phone call|ring)(?: back)?${TAIL}`,
  ].join('|'),
);

// No phone credit: "i dont have credit on my phone", "ive got no credit", "no money on my phone".
const NO_CREDIT = /\b(?:dont|do not|didnt|havent|have not|aint|not) (?:have |got )?(?:any |no )?(?:phone )?credit\b|\b(?:no|got no|have no|out of|run out of|ran out of|zero|without) (?:phone |mobile )?credit\b|\bno (?:money|minutes|data) on my phone\b|\bcant afford to (?:call|ring|phone)\b/;

// "text only please", "not by phone", "no calls": a wish not to be phoned, said in other words than the
// domain's "dont ring me" (play-testing concern and crisis, December: "yeah but text only please, i
// work nights" had got the stock lines, and the adviser no word of it).
const NOT_BY_PHONE = /\bnot (?:by|on the|over the) phone\b|\b(?:text|texts|message|messages) only\b|\bonly (?:by text|by message|text me|message me|in this chat)\b|^(?:(?:but|and|yes|yeah|ok|please)\s)*no (?:phone )?calls(?: please| thanks| thank you)?$/;

// "do i have to talk to someone", "will i have to speak to my adviser".
const MUST_TALK = new RegExp(
  String.raw`${LEAD}(?:do|will|would) i (?:have to|need to|got to|gotta|have got to|be made to) (?:talk|speak|chat|call|ring) (?:to |with )?(?:someone|somebody|anyone|them|him|her|my adviser|the adviser|my advisor|a person|samaritans|the samaritans|people)${TAIL}`,
);

// "lol no im fine, just stressed about the interview", "nah im ok honestly": feeling better, said plainly.
const FINE = /^(?:(?:lol|haha|ha|nah|no|nope|honestly|tbh|seriously|its ok|it is ok|dont worry|no no)\s)*im (?:fine|ok|okay|alright|all right|good|grand)\b(.*)$/;
// Said after "im fine", these make it no plain "im fine": a but, a hedge, a wish, or another worry.
const NOT_FINE = /\b(?:but|not|no|dont|never|isnt|aint|guess|suppose|maybe|probably|sort of|kind of|kinda|sorta|unless|if|until|except|still|want|wanna|wish|tonight|tomorrow|pills|tablets|die|dead|end|kill|hurt|cut)\b/;

// "ok thanks", "cheers", "thank you so much": thanks, and nothing else said ("thanks for nothing" is not).
const THANKS = /^(?:(?:ok|okay|k|right|alright|yeah|yes|yep|aw|ah|oh)\s)*(?:thanks|thank you|thankyou|thanx|thx|ty|cheers|ta)(?: (?:so much|very much|a lot|again|for that|for this|for the numbers|for listening|for your help|for helping))?(?: \w+)?(?: x+)?$/;

// "Yes, that is OK" to the consent question still under the window (before consent nothing is kept).
const KEEP_DETAILS = /^(?:yes |yeah |ok |okay )*(?:that is ok|thats ok|that is okay|thats okay|that is fine|thats fine|you can keep (?:them|it|my answers|my details))$/;

function saysTheyAreFine(words: string): boolean {
  const rest = FINE.exec(words)?.[1]?.trim();
  return rest !== undefined && rest.split(' ').length <= 8 && !NOT_FINE.test(rest);
}

/**
 * What a window message asks, heard on top of the domain's reading `asked`. Only messages the
 * risk check read as no crisis come here; said is the correction rules' reading of it.
 */
export function readWindowAsk(text: string, asked: SafetyWindowReply, level: RiskLevel, said: WindowMessage): WindowAsk {
  const words = wordsOf(text);
  if (words.split(' ').length > 16) return asked;
  if (NO_CREDIT.test(words) && (asked === 'other' || asked === 'cannot-call')) return 'no-credit';
  if (asked !== 'other' && asked !== 'adviser' && asked !== 'who-is-told' && asked !== 'no-talk') return asked;
  if (asked === 'other' && KEEP_DETAILS.test(words)) return 'keep-details';
  if (asked === 'other' && NOT_BY_PHONE.test(words) && !CALL_ME.test(words)) return 'no-calls';
  if (WILL_RING.test(words)) return 'will-ring';
  if (CALL_ME.test(words)) return 'call-me';
  if (MUST_TALK.test(words)) return 'must-talk';
  if (NOT_FAMILY.test(words)) return 'not-family';
  if (NOT_JOBCENTRE.test(words)) return 'who-is-told';
  if (WHAT_ADVISER.test(words)) return 'what-adviser';
  if ((asked === 'who-is-told' || WHO_SEES.test(words)) && !ABOUT_BENEFITS.test(words)) return asked === 'adviser' ? asked : 'who-sees';
  if (asked === 'other' && said === 'other' && level === 'none' && saysTheyAreFine(words)) return 'feeling-better';
  if (asked === 'other' && said === 'other' && level === 'none') {
    const small = readSmallTalk(text, words);
    if (small) return small;
  }
  if (asked === 'other' && said === 'other') {
    const plain = readPlainTalk(words, level);
    if (plain) return plain;
  }
  if (asked === 'other' && said === 'other' && level === 'none' && THANKS.test(words) && !/\b(?:nothing|not|no)\b/.test(words)) return 'thanks';
  return asked;
}

/** "can you call me", "can someone ring me": asked anywhere, a wish to be phoned. */
export function asksToBeCalled(text: string): boolean {
  const words = wordsOf(text);
  return words.split(' ').length <= 16 && CALL_ME.test(words);
}

/** "will my adviser be told", "who will see this", not about benefits. */
export function asksWhoSees(text: string): boolean {
  const words = wordsOf(text);
  return words.split(' ').length <= 16 && WHO_SEES.test(words) && !ABOUT_BENEFITS.test(words);
}

/** Benefits, the jobcentre or money named. */
export function asksAboutBenefits(text: string): boolean {
  return ABOUT_BENEFITS.test(wordsOf(text));
}

/** Questions answered while "Are you safe right now?" waits: the answer, then that question again. */
export const ANSWERED_BEFORE_THE_SAFE_QUESTION: ReadonlySet<WindowAsk> = new Set<WindowAsk>([
  'will-ring', 'in-trouble', 'plan-waits', 'quiet', 'still-there', 'leaving',
  'who-sees', 'not-family', 'what-adviser', 'call-me', 'no-credit', 'must-talk', 'who-is-told', 'cannot-call', 'what-next', 'real-person', 'police', 'where-to-go', 'thanks',
  'language', 'what-carry-on', 'appointment', 'why-numbers', 'embarrassed',
]);

/** "not by phone", "text only please", "no calls": a wish not to be phoned. */
export function asksNotToBePhoned(text: string): boolean {
  const words = wordsOf(text);
  return words.split(' ').length <= 16 && NOT_BY_PHONE.test(words) && !CALL_ME.test(words);
}
