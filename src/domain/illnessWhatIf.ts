// "what if im ill on my review day", "if i get sick what do i do": illness asked about ahead, not
// told. Play-testing, December: such questions had "I am sorry you are unwell" and the offer to
// pause reminders. Illness told before the "if" ("im ill so what if i miss my review") is told now
// and stays so. Pure: no I/O.
import { normaliseAnswer } from './answers.ts';

const MAX_LENGTH = 200;
// "if i", "in case im", "suppose i": what could happen, said by the client of themselves.
const IF_I = /\b(?:if|in case|incase|suppose|supposing)(?: that)? (?:i|im|i am|we|i m)\b/;
// "ill" only after a word that makes it so: "what if I'll be late" is "what if ill be late" once normalised.
const ILL =
  /\b(?:(?:im|am|be|get|gets|getting|fall|feel|feeling|got|become|go|really|too|so|very) ill|sick(?! of)|poorly|unwell|not (?:very |feeling |too )?well|under the weather|flu|covid|a cold|a bug)\b/;

/** True when the words ask what happens if they are ill, with no illness told before the "if". */
export function asksWhatIfIll(text: string | undefined): boolean {
  if (!text || text.length > MAX_LENGTH) return false;
  const words = normaliseAnswer(text);
  const asked = IF_I.exec(words);
  if (!asked) return false;
  return ILL.test(words.slice(asked.index)) && !ILL.test(words.slice(0, asked.index));
}
