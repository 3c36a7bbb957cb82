// "sorry, i'd like to work in a shop, is that ok?": an answer, then a worry that it is the wrong
// one. Play-testing, round twenty-three: a woman of 52 who asks "is that ok?" after her answers
// had "Sorry, I was not clear. Let me ask it another way", and her answer was lost. The answer is
// read as it is, and she is told it is fine before the next question.
const IS_THAT_OK =
  /[\s,.;:!-]*\b(?:(?:is|was) (?:that|it|this) (?:ok|okay|ok then|alright|all right|fine|right|enough)|(?:i )?hope (?:that is|thats|that s|its|it is) (?:ok|okay|alright|all right|fine)|(?:will|does|would) (?:that|this) do)\s*[?.!]*\s*$/i;
// Not an answer, only the worry: "sorry is that ok?" or "i dont know is that ok" are heard elsewhere.
const NO_ANSWER = /^(?:(?:so |im |i am |oh )?(?:sorry|soz|sry|ok|okay|um|erm|yes|no|hmm)[\s,.!]*)*$/i;
// "i dont know what job i want, is that ok?": not knowing, with its own answer (dialogs/wordChecks.ts).
const NOT_KNOWING = /\b(?:dont|don't|do not|didnt|did not) (?:really )?know\b|\bnot sure\b|\bno idea\b|\bdunno\b|\bidk\b/i;

/** The answer said before "is that ok?", or null when the message does not end so or holds no answer. */
export function answerBeforeIsThatOk(text: string): string | null {
  const said = text.trim();
  const answer = said.replace(IS_THAT_OK, '').trim();
  if (answer === said || NO_ANSWER.test(answer) || NOT_KNOWING.test(answer)) return null;
  return answer;
}
