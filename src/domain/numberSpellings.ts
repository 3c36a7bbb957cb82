// A number from 1 to 10 spelt as it sounds: "ate", "wun", "sevun". Play-testing, round twenty-two: a
// man of 45 with dyslexia typed "ate" at "How sure are you, from 1 to 10?" and had "Please pick a
// number from 1 to 10." Only a whole answer is read, so "for the job" is never a 4.
import { normaliseAnswer } from './answers.ts';

const SOUNDS: Readonly<Record<string, number>> = {
  wun: 1, won: 1, wan: 1,
  too: 2, tu: 2, tow: 2,
  free: 3, tree: 3, thre: 3, thee: 3, threee: 3,
  for: 4, fore: 4, foor: 4, fower: 4, fow: 4,
  fiv: 5, fife: 5, fyve: 5, fiev: 5,
  siks: 6, sicks: 6, sics: 6, sixx: 6,
  sevun: 7, sevan: 7, sevin: 7, sevn: 7, sevon: 7,
  ate: 8, ait: 8, eit: 8, eigt: 8, eigth: 8, aite: 8,
  nien: 9, nin: 9, nyne: 9, nein: 9,
  tenn: 10,
};
const AROUND = /^(?:(?:about|around|like|maybe|prob|probably|idk|i think|i guess|umm?|erm|a)\s+)*(\S+)(?:\s+(?:ish|maybe|i think|i guess|prob|probably))*$/;

/** The number a whole answer sounds like ("ate" is 8); null otherwise. */
export function numberSaidAsItSounds(text: string): number | null {
  const word = AROUND.exec(normaliseAnswer(text))?.[1];
  return word === undefined ? null : (SOUNDS[word] ?? null);
}
