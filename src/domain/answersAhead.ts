// "agree and the next one is agree too": an answer to the sentence on screen, and one to a
// sentence the client has not seen yet. Play-testing, round twenty-three: a woman of 52 who answers
// two questions at once had the second answer dropped without a word. Only the first is kept (a
// sentence nobody has read cannot be agreed with); the client is told why the next one is asked.
// "a bit of both", "a mix of both": in between, an answer to this sentence only (listening round, December).
const AHEAD =
  /\b(?:(?:the )?next (?:one|question|sentence|1)|(?:the )?(?:other|rest)(?: ones?| of them)?|all of them|(?<!\bof )both(?: of them)?|same (?:for|with) (?:the )?(?:next|rest|others?)|same again)\b/i;

/** True when the words also answer a sentence still to come. */
export function answersAhead(text: string): boolean {
  return AHEAD.test(text.replace(/['\u2019`]/g, ''));
}
