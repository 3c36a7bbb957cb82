// Privacy asked at the menu, once set up, the ways people type it. Scripted clients: "where does
// this info go", "do you tell the jobcentre everything i say", "can i see what you keep about me",
// "plz can u delet my detials" had "Here is my question again" or "didn't catch that".
// 'see' and 'delete' are the data-rights commands (src/bot/dataRightsCommands.ts) asked in other
// words, so they start the same data-rights dialog; 'who-sees' and 'jobcentre' get an answer.
import { asksWhoSeesAnswers } from './benefitWorries.ts';
import { asksAboutTheJobcentre, readable } from './consentTrustWords.ts';

export type PrivacyAsk = 'who-sees' | 'jobcentre' | 'see' | 'delete';

// What they mean by their data; typed fast ("detials", "infos"). Never "plan" or "step": "see my
// plan" and "delete a step" are the menu's own.
const DATA = String.raw`(?:data|info|infos|information|informations|details?|detials?|deatils?|stuff|answers|account|records?|files?|everything|all of it|it all)`;
const KEPT = String.raw`(?:keep|kept|store|stored|hold|have|got|know|save|saved|record|recorded)`;

const SEE = new RegExp(
  [
    // "can i see my data pls", "show me all my info", "i want to see everything you know about me":
    // asked for by them, never "who can see my answers" (who-sees).
    String.raw`(?:^(?:please )?|\b(?:can|could|may) i |\bi (?:want|need|would like|wanna) (?:to )?|\bid like to |\blet me |\bhow (?:do|can) i )(?:see|view|look at|read|get|have|download|show me|send me)(?: (?:me|all|a copy of))*(?: my| the)? ${DATA}\b(?! (?:on|about|for|of) (?!me\b))`,
    // "can i see what you keep about me", "what have you got on me", "what info do you keep on me"
    String.raw`\bwhat (?:\w+ )?(?:do|have|did) you ${KEPT}\b(?: \w+){0,2} (?:on|about) me\b`,
    String.raw`\bwhat (?:info|information|data|details|stuff) (?:do |have )?you ${KEPT}\b`,
    String.raw`\bwhat you ${KEPT} (?:on|about) me\b`,
    String.raw`\bwhat (?:do|have) you (?:got|have|know|kept) (?:on|about) me\b`,
  ].join('|'),
);

const DELETE = new RegExp(
  [
    // "pls delete all my info", "plz can u delet my detials", "delete everything about me", "wipe my info"
    String.raw`\b(?:delete|delet|deleet|dlete|remove|erase|wipe|clear)\b(?: (?:all|all of|of|off|every bit of))*(?: my| your| the| this| that)? ${DATA}\b`,
    String.raw`\b(?:delete|delet|erase|wipe|remove)\b (?:me|everything about me|all about me)\b`,
    // "how do i delete this stuff"
    String.raw`\bhow (?:do|can|could) i (?:delete|erase|wipe|remove)\b`,
  ].join('|'),
);

// "where does this info go", "where does it all go": asked where what they typed ends up.
const WHERE_IT_GOES = new RegExp(String.raw`\bwhere (?:does|do|will|is|are) (?:this |that |my |all |all my |the )*(?:${DATA}|chat|messages?|it|this)(?: \w+)? (?:go|going|end up|kept|stored|sent)\b`);

/** What a message at the menu asks about their data, or null when it asks nothing about it. */
export function privacyAskedAtTheMenu(text: string): PrivacyAsk | null {
  const words = readable(text);
  if (!words || words.split(' ').length > 14) return null;
  if (DELETE.test(words)) return 'delete';
  if (SEE.test(words)) return 'see';
  if (asksAboutTheJobcentre(text)) return 'jobcentre';
  if (WHERE_IT_GOES.test(words) || asksWhoSeesAnswers(text) || asksWhoSeesAnswers(words)) return 'who-sees';
  return null;
}
