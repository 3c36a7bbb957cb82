// "i started a part time job at tesco 16 hours a week", typed in a review: news of a job, with a kind
// of job between "a" and "job". Play-testing reviews, round three: it was kept as what happened to
// the step. inWork.ts readStartedWork now hears these shapes too; this reader is stricter about wishes
// ("if i got a part time job") and is the one a review asks. Two readers of job news: fold into one.
import { normaliseAnswer } from './answers.ts';
import { readStartedWork, type StartedWork } from './inWork.ts';

const KIND = String.raw`(?:new |little |(?:part|full) ?time |temp |temporary |permanent |zero hours? |casual |weekend |evening |night |seasonal |christmas |bank |agency |cleaning |warehouse |shop |retail |care |kitchen |bar |office |\w+ ){0,3}`;
const STARTED_A_JOB = new RegExp(
  String.raw`(?:^|\b(?:i|ive|i have|im|i am|i just|ive just|i have just)\s+)(?:just\s+)?(?:started|starting|begun|began|got|landed|been given)\s+(?:a|an|my|the)\s+${KIND}(?:job|work|role|position)\b(?!\s*(?:search|hunt|hunting|advert|adverts|ad|ads|application|applications|interview|centre|center|fair|club|coach|site|sites|board|boards|list|listing|listings|experience|placement|trial|course|programme|program|to apply|i could|i can|i want|i like))`,
);
const NOT_A_JOB = /\b(?:job|work) (?:search|hunt|hunting|advert|adverts|ad|ads|application|applications|interview|centre|center|fair|club|coach|experience|placement|trial)\b/;
// "if i got a part time job", "hope i start a job soon": a wish, not news.
const WISH = /\b(?:if|when|once|until|hope|hoping|wish|want|wanna|need|trying|try|looking|havent|have not|didnt|did not|not|never)\b/;
const EMPLOYER = /\b(?:at|with|for)\s+(?:the\s+)?((?:(?!(?:the|a|an|on|in|doing|as|from|for|and|but|so|which|its|it|now|only|per|hours?|days?|weeks?|mornings?|evenings?|nights?)\b)[a-z][\w&'-]*\s?){1,3})/;

/** The job told, with where when said; null when the words are not news of a job started or got. */
export function readJobNewsInReview(text: string): StartedWork | null {
  const said = normaliseAnswer(text);
  if (!said || said.length > 300) return null;
  const found = STARTED_A_JOB.exec(said);
  // "i got a job interview", "i started my job search": inWork.ts hears a job in them; a review does not.
  if (!found) return NOT_A_JOB.test(said) ? null : readStartedWork(text);
  const before = said.slice(0, found.index).split(' ').slice(-3).join(' ');
  if (WISH.test(before)) return null;
  const employer = EMPLOYER.exec(said.slice(found.index))?.[1]?.trim() ?? null;
  return { employer: employer ? employer.replace(/\b\w/g, (letter) => letter.toUpperCase()) : null };
}
