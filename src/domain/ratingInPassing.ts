// A number said in passing is not a rating. Play-testing, answers round one: "Register with two
// logistics recruitment agencies." at "How sure do you feel that you will find work, from 1 to 10?"
// had been kept as a rating of 2 (and the client's support marker went red). A rating stands on its
// own ("7"), after words that lead up to it ("id say a 4", "bout a 6") or before a reason ("4 cos i
// got no experience"); "two" inside a sentence about agencies is a count, so the question is asked
// again.
import { isNumberToken } from './ratingNumbers.ts';

// Words that may come just before a rating: "a 7", "about 6", "id say 5", "i feel 6", "maybe 3".
const LEADS_UP = new Set([
  'a', 'an', 'about', 'bout', 'abt', 'around', 'roughly', 'like', 'maybe', 'mayb', 'perhaps', 'prob', 'probs', 'probably',
  'say', 'its', 'it', 'is', 'im', 'am', 'me', 'feel', 'feeling', 'give', 'rate', 'solid', 'only', 'just', 'honestly', 'tbh',
  'um', 'umm', 'erm', 'hmm', 'well', 'yeah', 'yes', 'ye', 'yh', 'ok', 'okay', 'reckon', 'guess', 'think', 'dunno', 'idk',
  'defo', 'definitely', 'least', 'most', 'be', 'now', 'today', 'atm', 'between', 'low', 'mid', 'high',
]);
// Words that may come just after a number in words: "seven or so", "nine im confident", "eight if im honest".
const FOLLOWS = new Set([
  'out', 'of', 'ish', 'or', 'to', 'and', 'maybe', 'mayb', 'tbh', 'i', 'im', 'id', 'ive', 'cos', 'coz', 'cuz', 'because', 'cause',
  'bc', 'as', 'but', 'really', 'honestly', 'probably', 'prob', 'probs', 'at', 'today', 'now', 'atm', 'right', 'if', 'defo',
  'definitely', 'lol', 'x', 'xx', 'on', 'hopefully', 'though', 'tho', 'max', 'tops', 'mate', 'sorry', 'thanks', 'ta', 'for',
  'is', 'its', 'not', 'cant', 'dont', 'too', 'yeah', 'yes', 'ye', 'no', 'so', 'most', 'some', 'these', 'with', 'in', 'kinda', 'sadly', 'due',
]);

/** Words and breaks: "low, like a 3" is low · , · like · a · 3 (a break is any run of punctuation). */
function tokens(text: string): string[] {
  return text.toLowerCase().replace(/['\u2019`]/g, '').match(/\d+(?:\.\d+)?|\p{L}+|[^\s\p{L}\p{N}]+/gu) ?? [];
}

const isBreak = (token: string | undefined): boolean => token === undefined || !/[\p{L}\p{N}]/u.test(token);

/**
 * True when the words hold a number, and every number in them sits inside a sentence about
 * something else ("Register with two logistics recruitment agencies", "one step at a time").
 */
export function numberSaidInPassing(text: string): boolean {
  const said = tokens(text);
  const at = said.flatMap((token, index) => (isNumberToken(token) ? [index] : []));
  if (at.length === 0) return false;
  return at.every((index) => {
    const before = said[index - 1];
    const after = said[index + 1];
    const leadsUp = isBreak(before) || LEADS_UP.has(before!) || isNumberToken(before!);
    // Figures after words that lead up are a rating whatever follows ("a 4 due to my age", "5 most
    // days"); a number in words needs a fitting word after it too ("one step at a time" is no 1).
    const follows = isBreak(after) || FOLLOWS.has(after!) || isNumberToken(after!) || /^\d/.test(said[index]!);
    return !(leadsUp && follows);
  });
}
