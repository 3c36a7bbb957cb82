// Help asked for in a few words, the way people type on a phone: "help w cv pls", "need help with
// my cv", "can u help with interviews". Play-testing, round twenty: "help w cv pls" at a barrier
// question had the barrier explained again, as if the question was not understood.
import { expandShorthand } from './answers.ts';

export type HelpTopic = 'cv' | 'interviews' | 'applications' | 'finding-jobs';

const TOPICS: readonly (readonly [HelpTopic, RegExp])[] = [
  ['cv', /\b(?:cv|cvs|resume|c v)\b/],
  ['interviews', /\binterviews?\b/],
  ['applications', /\b(?:applications?|application forms?|applying|forms?)\b/],
  ['finding-jobs', /\b(?:find(?:ing)? (?:a )?(?:job|jobs|work)|job search(?:ing)?|looking for (?:a )?(?:job|jobs|work))\b/],
];

// "help w cv pls", "help with my cv please", "need help with cv", "can you help me with my cv".
const ASKS_HELP =
  /^(?:(?:hi|hello|sorry|please|um|erm|ok|so)\s+)*(?:(?:i |i would |id )?(?:need|want|would like|like) (?:some )?help|(?:can|could) (?:you|someone) help(?: me)?|help(?: me)?)\s+(?:w|with|wiv|on|for|doing|to do|to write|writing|making|to make|sorting)\s+(?:my |a |the |an )?([a-z ]{1,30}?)(?:\s+(?:please|thanks|thank you|ta|x+|asap|too|as well))*$/;

// Play-testing, round twenty-one: "Practising interviews" at a barrier question had "Good luck with
// your interview!". Practice for interviews, named alone, is the help wanted (or what they are doing).
const PRACTISING_INTERVIEWS = /^(?:(?:i am |im |i need |i want |i would like |i d like |id like |want |need |more |some )?(?:practi[sc]ing|practi[sc]e(?: at| for| with)?|prep(?:aring)?(?: for)?|getting ready for|mock)\s+(?:for\s+)?(?:my\s+|an?\s+)?interviews?|interview (?:practi[sc]e|prep|preparation|skills))(?:\s+(?:please|thanks|mostly|really))*$/;

// Play-testing, round twenty-two: "cv help" at a barrier question had "You are welcome." (read as thanks).
// The thing first, then "help": "cv help", "interview help pls", "need cv help".
const THING_THEN_HELP = /^(?:(?:i |i would |id )?(?:need|want|would like|like|some|just)\s+)*(?:(?:my|a|some)\s+)?([a-z ]{1,20}?)\s+help(?:\s+(?:please|thanks|thank you|ta|x+|asap|too|as well|mostly|really))*$/;

/** "Practising interviews", "interview practice": help with interviews, not news of one. */
export function namesInterviewPractice(text: string): boolean {
  return PRACTISING_INTERVIEWS.test(expandShorthand(text));
}

// Round twenty-four: "help with interviews, what will they ask me?" had "Good luck with your
// interview!". A question after the help asked for is about that help: the help is read without it.
const QUESTION_AFTER = /\s*[,.;]\s*(?:what|how|will|would|can|could|do|does|is|are|who|when)\b[^,.;?]*\??\s*$/;

/** The help a few words ask for ("help w cv pls" → 'cv'); null when they ask for none, or for something else. */
export function helpAskedWith(text: string): HelpTopic | null {
  if (namesInterviewPractice(text)) return 'interviews';
  const said = expandShorthand(text.replace(QUESTION_AFTER, ''));
  const asked = ASKS_HELP.exec(said)?.[1] ?? THING_THEN_HELP.exec(said)?.[1];
  if (!asked) return null;
  return TOPICS.find(([, words]) => words.test(asked))?.[0] ?? null;
}
