// The place named with news of a job (jobNews.ts): after "at", "with" or "for", by the offer
// ("job offer from costa"), first in the message ("costa said yes!!", "asda rang and said i got
// it"), heard from ("heard back from primark") or before the job ("i got the costa job!!").
import { employersIn } from './jobSearch.ts';

// "at the warehouse thru agency": the place, not the way the work came (round twenty-seven).
const THROUGH_AN_AGENCY = /\s+(?:thru|thro|through|via|from) (?:an? |the )?agency\b.*$/i;
// "i start at tesco on the 3rd": the day is not part of the name.
const TRAILING_DAY = /\s+(?:on|from)\s+(?:the\s+)?\d.*$/i;
const EMPLOYER = /\b(?:at|with|for)\s+((?:[A-Z][\w&'\u2019-]*\s?){1,4})/;
// "job offer from costa", "costa offered me a job", "lidl want me to start monday": the place named
// by the offer, not after "at" (play-testing: the news was heard with no place, or not at all).
const OFFERED_BY = /\boffer(?:ed)?(?: me)?(?: (?:a|an|the) (?:[a-z]+ )?(?:job|role|position|post))? (?:from|off|by)\s+((?:the )?[a-z][\w&'\u2019-]*(?: [a-z][\w&'\u2019-]*){0,2}?)(?=$|\s+(?:today|yesterday|this|last|and|but|so|to|for|as|start\w*|!)|[!.,])/i;
const NAMED_FIRST = /^(?:(?:omg|yes+|so|just|guess what|well)\s+)*((?:the )?[a-z][\w&'\u2019-]*(?: [a-z][\w&'\u2019-]*)??) (?:have |has |had |just |only |finally )*(?:offered me|want me to start|wants me to start|wanted me to start|asked me to start|took me on|hired me|said yes|say yes|says yes|rang|called|phoned|emailed|texted|got back to me)\b/i;
// "heard back from primark, i got it!", "the call from greggs came".
const HEARD_FROM = /\b(?:heard (?:back )?|a call |a phone call |an email |a text )from\s+((?:the )?[a-z][\w&'\u2019-]*(?: [a-z][\w&'\u2019-]*)?)(?=$|\s+(?:today|yesterday|and|but|so|i|they|its|it)\b|[!.,])/i;
// "i got the costa job!!", "got the boots job": the name before "job", not the kind ("the part time job").
const NAMED_BEFORE_THE_JOB = /\bthe ([a-z][\w&'\u2019-]*(?: [a-z][\w&'\u2019-]*)?) job\b/i;
const A_KIND_OF_JOB = /^(?:new|first|other|same|dream|good|great|local|part|full|time|temp|temporary|perm|permanent|weekend|evening|night|day|summer|christmas|xmas|seasonal|admin|office|retail|bar|kitchen|care|cleaner|driver|\w+ing|\d+\w*)$/i;
const NOT_A_PLACE = /^(?:i|they|he|she|we|you|it|them|someone|somebody|the|a|an|my|and|but|so|ive|theyve|theyre|finally|then|now)$/i;

/** The place said with news of a job, or null: "got a job at asda!!" is Asda. */
export function employerWithTheNews(text: string): string | null {
  // "I got the job at Tesco", and as people type it, "got a job at asda!!". "at greggs!!": the name without the cheer.
  // Only a place after "at", "with" or "for": "they want me to start monday" names none.
  const lead = /\b(?:at|with|for)\s/i.exec(text);
  const employer = (EMPLOYER.exec(text)?.[1]?.trim() ?? (lead ? employersIn(text.slice(lead.index))[0] : undefined) ?? namedElsewhere(text))
    ?.replace(/[!?.,]+$/, '')
    .replace(THROUGH_AN_AGENCY, '')
    .replace(TRAILING_DAY, '');
  if (!employer) return null;
  return /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|Next|Myself|Me)\b|^(?:Work|Home)(?: now| again| today)?$/i.test(employer) ? null : employer;
}

/** The place said with the offer, the yes or the call: "job offer from costa" and "costa said yes" are Costa. */
function namedElsewhere(text: string): string | undefined {
  const said = text.trim().replace(/['\u2019]/g, '');
  const beforeTheJob = NAMED_BEFORE_THE_JOB.exec(said)?.[1];
  const kind = beforeTheJob?.split(' ').some((word) => A_KIND_OF_JOB.test(word) || NOT_A_PLACE.test(word));
  const name = (OFFERED_BY.exec(said)?.[1] ?? NAMED_FIRST.exec(said)?.[1] ?? HEARD_FROM.exec(said)?.[1] ?? (kind ? undefined : beforeTheJob))?.trim();
  if (!name || name.split(' ').some((word) => NOT_A_PLACE.test(word) && !/^the$/i.test(word)) || NOT_A_PLACE.test(name)) return undefined;
  return employersIn(`at ${name}`)[0];
}
