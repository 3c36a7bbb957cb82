// Answers at "What is your next step?" (and the back-up plan question) that are no step at all
// (play-testing reviews, next step round two): "yes done" and "yeah it was ok" had been kept as a
// step and as a back-up plan, "next wednesday" as a step called "Next wednesday", and news
// ("she said to apply in september") as a step, asked "When will you do it?".
import { normaliseAnswer } from './answers.ts';
import { saysOnlyADay } from './reviewHeardWords.ts';
import { namesAFeeling } from './textChecks.ts';

export type NotAStep = 'nod' | 'feeling' | 'day' | 'news';

// "yes done", "yeah did it", "yup all sorted": a nod, or a step done, and nothing to do.
const NOD_WORD = /^(?:yes|yess|yeah|yea|yeh|ye|yh|yep|yup|ya|aye|ok|okay|okey|k|kk|sure|cool|done|dun|did|it|i|ive|have|all|sorted|finished|thanks|thank|you|ta|cheers|then|that|please|mate|lol|so|just|now)$/;
const NOD_ONLY = /^(?:i|it|have|all|then|that|you|so|just|now|mate|lol|please|thank)$/;
// "yeah it was ok", "not bad", "pretty good actually": how it went, and nothing to do.
const FEELING_WORD = /^(?:ok|okay|good|fine|well|alright|allright|alrite|bad|great|brilliant|brill|amazing|grand|decent|lovely|rubbish|awful|terrible|nervous|scary)$/;
const AROUND_A_FEELING = /^(?:yes|yeah|yea|yep|ye|yh|it|its|was|went|felt|feel|pretty|really|quite|bit|a|not|so|very|i|guess|suppose|think|actually|tbh|honestly|thanks|all|in|that|fairly|too|ok|okay)$/;
// "monday maybe", "sometime next week", "end of the month": a day with its little words.
const AROUND_A_DAY = /\b(?:maybe|sometime|some time|probably|prob|hopefully|around|about|end|start|beginning|ish)\b/g;
// "she said to apply in september", "apparently theres jobs coming up": someone else's words, or news.
const NEWS = new RegExp(
  String.raw`^(?:(?:and|but|so|well|oh|yeah|yes|ok|also)\s+)*` +
    String.raw`(?:(?:she|he|they|someone|somebody|the \w+(?: \w+){0,4}?|my \w+(?: \w+){0,2}?) (?:said|says|told me|told us|reckons|reckoned|mentioned|thinks|thought)\b|apparently\b|there (?:might|may|could|should|will) be\b)`,
);

/** What an answer is when it is no step: a nod, a feeling, only a day, or news; null for a step. */
export function readNotAStep(text: string): NotAStep | null {
  const words = normaliseAnswer(text);
  const list = words.split(' ').filter(Boolean);
  if (list.length === 0 || list.length > 30) return null;
  if (list.length <= 6 && list.every((word) => NOD_WORD.test(word)) && list.some((word) => !NOD_ONLY.test(word))) return 'nod';
  if (list.length <= 7 && list.some((word) => FEELING_WORD.test(word) || namesAFeeling(word)) && list.every((word) => FEELING_WORD.test(word) || AROUND_A_FEELING.test(word) || namesAFeeling(word))) return 'feeling';
  const day = words.replace(AROUND_A_DAY, ' ').replace(/\s+/g, ' ').trim();
  if (day && saysOnlyADay(day)) return 'day';
  if (NEWS.test(words)) return 'news';
  return null;
}

/** "yeah it was ok", "yep done" at the back-up plan question: no back-up job is said. */
export function saysNoBackupPlan(text: string): boolean {
  const read = readNotAStep(text);
  return read === 'nod' || read === 'feeling';
}
