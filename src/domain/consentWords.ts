// A "no" at "Is it OK for me to keep your answers?" is a refusal only when it is about keeping
// answers: "no", "no thanks", "no im good", "no i dont want you to keep it". A no with words about
// something else ("no code", the question that comes next; "no idea") is no refusal, and is checked
// (play-testing found "no code" kept as a refusal, with no check).
import { normaliseAnswer } from './answers.ts';

const LEADING_NO = /^(?:no|nope|nah|naw|na|nop)\b/;

// The words a refusal of consent is made of, after its no.
const REFUSAL_WORDS = new Set([
  'thanks', 'thank', 'you', 'u', 'ta', 'ty', 'cheers', 'sorry', 'mate', 'please', 'way', 'chance', 'not', 'no',
  'i', 'im', 'am', 'me', 'my', 'mine', 'id', 'would', 'wouldnt', 'rather', 'prefer', 'dont', 'do', 'want', 'wanna',
  'to', 'it', 'its', 'that', 'thats', 'this', 'them', 'those', 'is', 'be', 'all', 'at', 'just', 'really', 'never',
  'keep', 'keeping', 'kept', 'store', 'stored', 'storing', 'save', 'saved', 'saving', 'share', 'shared', 'sharing',
  'answers', 'answer', 'data', 'details', 'info', 'information', 'stuff', 'anything', 'things', 'nothing', 'of',
  'agree', 'happy', 'ok', 'okay', 'fine', 'good', 'comfortable', 'with', 'trust', 'sure', 'interested', 'bothered',
  'cant', 'wont', 'like', 'now', 'yet', 'today', 'the', 'any', 'your', 'about', 'for', 'thx', 'thankyou',
  // "nah dont trust computers" (scripted clients): what they will not trust with it.
  'computer', 'computers', 'robot', 'robots', 'bot', 'bots', 'chatbot', 'chatbots', 'machine', 'machines', 'ai', 'a', 'these',
]);

/** "no code", "no idea": a no whose other words are about something else than keeping answers. */
export function saysNoToSomethingElse(text: string): boolean {
  const words = normaliseAnswer(text);
  const lead = LEADING_NO.exec(words);
  if (!lead) return false;
  const rest = words.slice(lead[0].length).split(' ').filter(Boolean);
  return rest.some((word) => !REFUSAL_WORDS.has(word));
}
