// "I am not agree", "i dont agree with that": a no, as people type it in a second language. The
// intent model had read "I am not agree" as low mood at a yes/no question (play-testing, round
// eighteen); parseYesNo (answers.ts) takes it as a no.
const NOT_AGREEING = /^(?:(?:i|im|i am|am)\s+)?(?:really\s+)?(?:not|no|dont|do not|never)\s+(?:really\s+)?(?:agree|agreed|agreeing)(?:\s+(?:with (?:that|this|it|you)|at all|sorry))*$/;

/** A no said as not agreeing, and nothing more. */
export function saysNotAgree(text: string): boolean {
  const words = text.toLowerCase().replace(/['\u2019`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return NOT_AGREEING.test(words);
}
