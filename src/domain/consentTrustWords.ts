// Trust and privacy asked at "Is it OK for me to keep your answers?", the ways people type it.
// Scripted clients: "why should i trust you", "y should i trust a robot", "is this going to the
// jobcentre", "r u reporting me to the dwp", "must i do this" and "what r u going 2 do with my
// details" had "Sorry, I was not clear" or "didn't catch that", or an answer about something
// else. consentQuestionOf (benefitWorries.ts) already reads most questions about the choice and
// who sees answers; this reads doubt about trusting the coach, the jobcentre or the DWP, and the
// forms it missed. A refusal ("no i dont trust you") stays a refusal.
import { consentQuestionOf, type ConsentQuestion } from './benefitWorries.ts';
import { expandShorthand } from './answers.ts';
import { NO_STARTS } from './yesNoWords.ts';

/** 'trust': doubt about trusting the coach; 'jobcentre': whether it goes to the jobcentre or the DWP. */
export type ConsentTrustQuestion = 'trust' | 'jobcentre' | ConsentQuestion;

// "y should i", "r u", "wot": text-speak read as the words it stands for.
const TEXT_SPEAK: readonly [RegExp, string][] = [
  [/^y\b/, 'why'], [/\br\b/g, 'are'], [/\b(?:wot|wat)\b/g, 'what'], [/\b2\b/g, 'to'], [/\b(?:dnt|dont)\b/g, 'dont'], [/\bcos\b/g, 'because'],
];

const DOUBTS_TRUST = new RegExp(
  [
    String.raw`\b(?:why|how) (?:should|would|can|could|do|am) i (?:\w+ )?(?:trust|believe)\b`,
    String.raw`\b(?:can|could|should) i (?:really )?trust\b`,
    String.raw`\b(?:dont|do not|cant|cannot|wouldnt|would not|never|not sure i|not sure if i can) (?:really |ever |fully )?trust\b`,
    String.raw`\b(?:is|are) (?:this|it|you) (?:a )?(?:scam|legit|safe|secure)\b`,
    String.raw`\bspy(?:ing)?\b|\bspies\b|\bwatching me\b|\bbig brother\b|\bsnoop(?:ing)?\b|\bkeeping tabs\b`,
  ].join('|'),
);

const JOBCENTRE = String.raw`(?:jobcentre|jobcenter|job centre|job center|jcp|dwp|the social|government|benefits office|universal credit people|uc people)`;
// Passing words on: "reporting me to the dwp", "is this going to the jobcentre", "will the jobcentre see".
const PASSED_ON = String.raw`(?:report|reports|reporting|tell|tells|telling|told|send|sends|sending|share|shares|sharing|pass|passes|passing|go|goes|going|see|sees|read|reads|know|knows|knowing|find out|copy|spy|spying|watch|watching|part of|work for|works for|from)`;
const ASKS_ABOUT_THE_JOBCENTRE = new RegExp(String.raw`\b${PASSED_ON}\b(?: \w+){0,4} ${JOBCENTRE}\b|\b${JOBCENTRE}\b(?: \w+){0,3} ${PASSED_ON}\b|^(?:is|are) (?:this|it|you) (?:\w+ )?${JOBCENTRE}\b`);
const QUESTION_START = /^(?:is|are|will|would|do|does|did|can|could|am|who|what|where|why|how)\b/;

const SAYING_NO = /\bif i (?:say|said) (?:no|nah)\b|\bif i (?:dont|do not|refuse|decline)\b|\bsaying no\b/;

// Forms consentQuestionOf misses: "must i do this", "what are you going to do with my details".
const MORE_CHOICE = /\bmust i\b|\bis (?:it|this|that) a must\b|\bhave i (?:really )?got to\b/;
const MORE_WHO_SEES = /\bwhat (?:are|will|would) you (?:going to |gonna |gunna )?do with\b|\bwhat happens to (?:it|this|that|them)\b/;

// "what if i dont want to", "and if i dont wanna?": the choice asked, with nothing after it. Read
// alone, the models heard "i dont want to [live]", and the first question of all got the crisis reply
// (play-testing). Anything more ("...go on", "...wake up tomorrow") is read as before.
const ONLY_WHAT_IF_NOT = /^(?:and |but |so |ok )?(?:(?:what|so what) (?:happens |will happen |would happen )?)?if i (?:dont|do not|didnt|did not) (?:want to|wanna|wish to|feel like it)(?: (?:do|answer|use|agree to|say yes to|fill in|give) (?:it|this|that|them|any of it|any of this|my answers|my details))?(?: though| tho| then| at all)?$/;

/** "is this going to the jobcentre", "r u reporting me to the dwp": asked, not said ("the jobcentre sent me"). */
export function asksAboutTheJobcentre(text: string): boolean {
  const words = readable(text);
  return ASKS_ABOUT_THE_JOBCENTRE.test(words) && (text.trim().endsWith('?') || QUESTION_START.test(words));
}

/** Text-speak read as the words it stands for. */
export function readable(text: string): string {
  return TEXT_SPEAK.reduce((words, [from, to]) => words.replace(from, to), expandShorthand(text));
}

/** A no said as the answer ("no i dont trust you"), not a question that starts with one. */
function refuses(text: string, words: string): boolean {
  return NO_STARTS.has(words.split(' ')[0] ?? '') && !text.trim().endsWith('?');
}

/**
 * What a message at the consent question asks about trust or privacy, or null when it asks
 * nothing, is a refusal, or is a question consentQuestionOf already reads (answered as before).
 */
export function consentTrustQuestionOf(text: string): ConsentTrustQuestion | null {
  const words = readable(text);
  if (!words || refuses(text, words)) return null;
  if (DOUBTS_TRUST.test(words)) return 'trust';
  if (ONLY_WHAT_IF_NOT.test(words)) return 'choice';
  // "will the jobcentre know if i say no": the choice, as consentQuestionOf reads it.
  if (SAYING_NO.test(words)) return null;
  const existing = consentQuestionOf(words);
  if (asksAboutTheJobcentre(text)) return 'jobcentre';
  if (existing) return null;
  if (MORE_CHOICE.test(words)) return 'choice';
  if (MORE_WHO_SEES.test(words)) return 'who-sees';
  return null;
}
