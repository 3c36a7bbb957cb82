// Replies to a reminder that give a reason, ask what the step was, or bring news. Play-testing:
// "didnt do it, was ill", "i forgot", "cant remember what this was" and "i got a trial shift at
// tesco saturday" all had "didn't catch that" and the menu; the step stayed open and was chased.
import { normaliseAnswer } from './answers.ts';
import { tellsOfAnInterview } from './interviewNews.ts';

/** 'someone-ill': someone they look after was ill ("my daughter was off school poorly"), not them. */
export type NotDoneReason = 'ill' | 'someone-ill' | 'forgot' | 'busy' | 'other';
export type TryOutNews = 'interview' | 'trial shift';

const MAX_LENGTH = 200;
/**
 * A reason may come in a long message: "im really sorry but my mum has been poorly and i have been
 * going over to hers every day..." (259 letters) had been read as no reason at all (play-testing).
 */
const MAX_REASON_LENGTH = 1000;
const NOT_DONE = /\b(?:not|no|nope|nah|havent|have not|hasnt|didnt|did not|couldnt|could not|never|wasnt)\b/;
// "ill" only after a word that makes it so: "I'll do it friday" is "ill do it friday" once normalised.
const ILL =
  /\b(?:(?:was|been|be|am|im|is|feel|feeling|felt|fell|falling|got|quite|really|very|so|too|bit|being) ill|sick(?! of)|poorly|unwell|not (?:been |feeling |felt )?well|under the weather|flu|covid|a cold|hospital|migraine|bad back)\b/;
const SOMEONE = String.raw`(?:daughter|son|kids?|child|children|little one|baby|babies|boy|girl|mum|mam|mom|mother|dad|father|nan|nana|gran|granny|grandad|grandma|grandpa|partner|wife|husband|girlfriend|boyfriend|brother|sister|auntie|aunt|uncle|family|other half|missus|fella)`;
// "my daughter was off school poorly", "the kids have had a bug": the illness is theirs, not the client's.
const SOMEONE_ILL = new RegExp(String.raw`\b(?:my|our|the)\s+(?:\w+\s+)?${SOMEONE}\b(?:(?![,.;!?]).){0,60}?(?:\b(?:ill|sick|poorly|unwell|not (?:been |feeling )?well|under the weather|flu|covid|a cold|a bug|hospital|chickenpox|temperature)\b)`);
const SAYS_ILL = /^(?:(?:sorry|no|nah|nope|well|ah|oh|soz)\s+)*(?:i\s+|ive\s+|i have\s+)?(?:was|been|am|im|got|had|have|caught|came down with|felt|feel|feeling)\b/;
const FORGOT = /\b(?:i forgot|forgot (?:about )?(?:it|that|this)|totally forgot|clean forgot|completely forgot|forgot$|slipped my mind|went out of my head)\b/;
const BUSY =
  /\b(?:been busy|too busy|so busy|really busy|very busy|busy week|busy with|(?:no|not had|havent had|have not had|didnt have|did not have) (?:the |any |enough )?time|(?:not had|havent had|didnt get|did not get) (?:a|the) chance|(?:not|havent|didnt|never) got (?:round|around) to it)\b/;

/** Why a step is not done, when the words say so: ill, forgot or busy. */
export function reasonNotDone(text: string): Exclude<NotDoneReason, 'other'> | null {
  if (text.length > MAX_REASON_LENGTH) return null;
  const words = normaliseAnswer(text);
  if (!words) return null;
  if (SOMEONE_ILL.test(text.toLowerCase().replace(/[\u2018\u2019']/g, ''))) return 'someone-ill';
  if (ILL.test(words) && (NOT_DONE.test(words) || SAYS_ILL.test(words))) return 'ill';
  if (FORGOT.test(words) && !/\bforgot to tell\b/.test(words)) return 'forgot';
  return BUSY.test(words) ? 'busy' : null;
}

const THE_STEP = String.raw`(?:this|that|it|the step|my step|this step)`;
const WHAT_STEP = [
  new RegExp(String.raw`\b(?:cant|cannot|can not|dont|do not|didnt|no idea|not sure) (?:remember |recall |know |get )?what ${THE_STEP}\b`),
  new RegExp(String.raw`\bforg[eo]t(?:ten)? what ${THE_STEP}\b`),
  /\bremind me what\b/,
  /\b(?:what|which) step\b/,
  new RegExp(String.raw`\bwhat (?:was|is|s) ${THE_STEP} (?:about|for|again)\b`),
  new RegExp(String.raw`\bwhats ${THE_STEP} (?:about|for|again)\b`),
  new RegExp(String.raw`^(?:sorry |um |erm |huh |eh |hang on )?(?:what|whats) (?:is |was )?${THE_STEP}$`),
  /\bwhat (?:am|was) i (?:meant|supposed) to (?:be )?(?:do|doing)\b/,
];

/** "cant remember what this was", "what step?": the client asks what the reminder is about. */
export function asksWhatTheStepWas(text: string): boolean {
  const words = normaliseAnswer(text);
  if (!words || words.length > MAX_LENGTH) return false;
  return WHAT_STEP.some((pattern) => pattern.test(words));
}

const TRIAL_SHIFT =
  /^(?:(?:also|and|but|plus|oh|btw|so|guess what|good news|news|yay|omg|wow)\s+)*(?:i\s+)?(?:ve\s+|have\s+|ive\s+)?(?:just\s+|finally\s+)?(?:got|gotten|have got|have|been offered|been given|been asked to do|landed|booked|bagged)\s+(?:a\s+|an\s+|my\s+|the\s+|another\s+)?(?:[a-z]+\s+){0,2}(?:trial (?:shift|day|run)s?|work trials?)\b/;
const CLAUSES = /[,.!;:?\n]+|\s+(?:and|but|plus|tho|though)\s+/i;

/** News of an interview or a trial shift anywhere in the reply: "done it!! also got a trial shift". */
export function tellsOfATryOut(text: string): TryOutNews | null {
  if (text.length > MAX_LENGTH * 2) return null;
  const clauses = text.split(CLAUSES).map((clause) => clause.trim()).filter(Boolean);
  if (clauses.some((clause) => TRIAL_SHIFT.test(normaliseAnswer(clause)))) return 'trial shift';
  return clauses.some((clause) => tellsOfAnInterview(clause)) ? 'interview' : null;
}
