// The kind of place a client would like to work in, said where the job is asked: "I like quiet
// places" had been kept as a job (play-testing, round nineteen). It answers the later question
// "What kind of place would you like to work in?", so it is kept there, and the job asked again.
import { normaliseAnswer } from './answers.ts';
import { hasJobWord } from './jobWanted.ts';

// What a place is like, never what the work is.
const QUALITY =
  /\b(?:quiet|quieter|calm|calmer|peaceful|busy|noisy|loud|friendly|relaxed|laid back|small|smaller|big|bigger|clean|safe|warm|bright|indoors|inside|not too busy|not busy|no noise|no crowds|on my own|by myself|near (?:home|me|where i live)|close to home)\b/;
// Words that name a place, or open a wish for one.
const PLACE = /\b(?:place|places|somewhere|environment|workplace|setting|surroundings|atmosphere|team|teams|area|spot|site|indoors|inside)\b/;
const MAX_WORDS = 10;

/** The words, as typed, when they only say what kind of place is wanted; null otherwise. */
export function workplaceSaid(text: string): string | null {
  const words = normaliseAnswer(text);
  if (!words || words.split(' ').length > MAX_WORDS) return null;
  if (!QUALITY.test(words) || !PLACE.test(words) || hasJobWord(words)) return null;
  return text.trim().replace(/[.!]+$/, '');
}
