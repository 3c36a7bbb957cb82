// Whose doing word it is: "my mate will ring the boss", "they'll call me back", "the agency will send
// me shifts" name someone else's action, not the client's. A step is what the client can do and tick
// off (test/corpus/goals/brief.md: "one clear action the client will do"), so analyseGoal (smart.ts)
// does not count these as the client's; the plan keeps a client's step as owned by the client.
// "ask my mate to ring the boss", "get my mum to ring" and "me and my mate will go" stay the client's.
// Two readers: doneBySomeoneElse for one doing word that analyseGoal found; isSomeoneElsesStep for
// a whole answer, where the step is asked (dialogs/wordChecks.ts).
import { normaliseAnswer } from './answers.ts';

// Someone who is not the client, as the one doing: "they", "my mate", "the agency", "my work coach".
const PRONOUNS = new Set(['they', 'he', 'she', 'someone', 'somebody', 'everyone']);
const PEOPLE = new Set([
  'mate', 'mates', 'mum', 'mam', 'mom', 'mother', 'dad', 'father', 'partner', 'friend', 'friends', 'pal', 'sister',
  'brother', 'nan', 'nana', 'gran', 'grandma', 'grandad', 'auntie', 'aunt', 'uncle', 'cousin', 'wife', 'husband',
  'girlfriend', 'boyfriend', 'son', 'daughter', 'missus', 'fella', 'bf', 'gf', 'adviser', 'advisor', 'coach',
  'worker', 'mentor', 'agency', 'manager', 'boss', 'employer', 'college', 'company', 'council', 'recruiter',
  'jobcentre', 'centre', 'school', 'landlord', 'gp', 'doctor', 'team', 'office', 'neighbour', 'neighbor',
]);
const OWNERS = new Set(['my', 'the', 'our', 'his', 'her', 'their', 'me', 'mums', "mum's", 'a']);
// "they'll", "he'd", "theyll" (typed without the apostrophe): someone and a helping word in one.
const SOMEONE_WILL = /^(?:they|he|she)(?:'ll|'d|ll|d)$|^(?:theyll|theyd|theyre)$/;
// Helping words between the one doing and the doing word: "will", "is going to", "said they'd".
const HELPERS = new Set(['will', 'would', 'could', 'should', 'might', 'may', 'can', 'shall', 'is', 'are', 'was', 'were',
  'going', 'gonna', 'll', 'd', 'hopefully', 'probably', 'prob', 'maybe', 'also', 'just', 'already', 'then', 'defo',
  'definitely', 'said', 'says', 'promised', 'offered', 'agreed', 'wants', 'has', 'have', 'needs', 'to']);
// "to" helps only after these: "is going to ring", "promised to call"; "ask my mate to ring" is the client asking.
const TO_AFTER = new Set(['going', 'promised', 'offered', 'agreed', 'wants', 'has', 'have', 'needs']); // not "said to ring": the client was told
const THE_CLIENT = new Set(['i', 'me', 'we', 'us', 'myself', "i'll", 'ill', 'im', "i'm", "we'll"]);
const MAX_NAME_WORDS = 3; // "my mate from the gym will", "the lady at the agency will"

/** Whether the doing word at `index` is said of someone else: "my mate will >ring< the boss". */
export function doneBySomeoneElse(words: string[], index: number): boolean {
  let at = index - 1;
  let helped = false;
  while (at >= 0 && HELPERS.has(words[at]!) && (words[at] !== 'to' || TO_AFTER.has(words[at - 1] ?? ''))) {
    helped = true;
    at--;
  }
  if (at < 0) return false;
  if (SOMEONE_WILL.test(words[at]!)) return !includesTheClient(words, at);
  // "they ring me back", "they will call": a pronoun needs no helping word.
  if (PRONOUNS.has(words[at]!)) return !includesTheClient(words, at);
  if (!helped) return false;
  // "my mate dave will", "the woman from the council will": someone named, then up to three words.
  for (let person = at; person >= Math.max(0, at - MAX_NAME_WORDS); person--) {
    const word = words[person]!;
    if (THE_CLIENT.has(word)) return false;
    // "my mum's gonna ring", "my mates gonna": the 's is "is".
    const who = PEOPLE.has(word) ? word : word.replace(/'?s$/, '');
    // "my mate", and "my support worker", "the job centre": the owner may be a word further back.
    const owner = [person - 1, person - 2].find((before) => OWNERS.has(words[before] ?? ''));
    if (PEOPLE.has(who) && owner !== undefined) return !includesTheClient(words, owner);
    if (PRONOUNS.has(word) && person === at) return true;
  }
  return false;
}

/** "me and my mate will", "my mum and i will": the client does it too. */
function includesTheClient(words: string[], subjectStart: number): boolean {
  const before = words.slice(Math.max(0, subjectStart - 2), subjectStart);
  return before[before.length - 1] === 'and' && THE_CLIENT.has(before[0] ?? '');
}

// "they might ring back", "the agency said they would call", "my mate at dhl will ask": what someone else may do.
const SOMEONE_ELSE_DOES = /^(?:(?:well|maybe|hopefully|i think|i guess)\s+)*(?:theyll|theyd|hell|shell|theyre)\s|(?:\b(?:they|he|she|someone|somebody)|the (?:agency|manager|boss|employer|college|company|shop|council|recruiter)|my (?:adviser|advisor|mum|mam|mom|dad|partner|friend|mate|mates|pal|sister|brother|nan|gran|auntie|aunt|uncle|cousin|wife|husband|girlfriend|boyfriend|son|daughter|support worker|key worker|work coach)(?:\s+(?!(?:will|might|may|should|could|would|said|says|say|is|are|was|were)\b)\w+){0,3}?)\s+(?:might|may|will|should|could|would|said|says|say|are|is|was|were|ll|d)\b/;
// The client's own doing first: "ask my mate at dhl if they are hiring" is their step; the asking is theirs.
const THEIR_OWN_DOING = /^(?:(?:i will|ill|i can|i could|im going to|i am going to|i want to|i need to|going to|gonna|maybe|probably|just)\s+)?(?:ask|ring|call|phone|email|text|message|msg|contact|see|visit|go|pop|find out|check|speak|talk|chat|write|send|tell|look|apply|drop)\b/;
// Where what someone else does is only part of the client's step: "... if they are hiring".
const SIDE_CLAUSE = /\s(?:if|whether|when|what|how|where|who|why|because|cos|so|about|to see)\s/;

/** Something someone else may do, typed where the client's own next step is asked: not their step. */
export function isSomeoneElsesStep(text: string): boolean {
  const words = normaliseAnswer(text);
  const side = THEIR_OWN_DOING.test(words) ? SIDE_CLAUSE.exec(words) : null;
  return SOMEONE_ELSE_DOES.test(side ? words.slice(0, side.index) : words);
}
