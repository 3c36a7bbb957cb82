// Work told of with no yes, at "Have you had a paid job in the last two years?". Listening round
// two (December): "i did a few weeks at christmas in argos", "worked in a chippy for 2 year" and
// "cleaning for my aunties business on weekends" had "Sorry, I didn't catch that". Work told of is
// paid work (cash in hand too, never judged); the words are kept as the last job, so the client is
// not asked for it again; work two years ago or more is a no. Small jobs for neighbours, unpaid
// work, caring, study and work wanted are left to what already hears them.
import { normaliseAnswer } from './answers.ts';
import { hasJobWord } from './jobRoleWords.ts';
import { saysItWasTwoYearsAgoOrMore } from './jobLossLongAgo.ts';
import { tellsOfUnpaidWork } from './paidWorkAnswers.ts';
import { tellsOfWorkForPeople } from './workForPeople.ts';

// Text-speak first: "4 cash", "2 year", "pickin".
const SPOKEN: ReadonlyArray<[RegExp, string]> = [
  [/\b4\b(?= (?:cash|money|a (?:company|firm|shop)))/g, 'for'],
  [/\b(\w+)in\b(?= (?:fruit|veg|boxes|for|at|in|on))/g, '$1ing'],
];
// Said about work wanted, work never done, or not paid work at all.
const NOT_WORK_DONE =
  /\b(?:never|not|havent|hasnt|dont|didnt|cant|couldnt|wont|no|want|wanna|would like|id like|like to|looking for|look for|hoping|hope to|trying to|try to|going to|will|plan|planning|apply|applying|applied|interview|volunteer\w*|voluntary|unpaid|placement|work experience|college|school|uni|university|course|looking after|caring for|care for|carer for|on benefits|universal credit)\b/;
// "worked in a chippy", "i work at tesco", "been working for an agency", "had a job in a call centre" (round three).
const WORKED_SOMEWHERE = /\b(?:worked|working|work|employed|temped|temping|had a job|got a job)\b (?:\w+ )?(?:at|in|for|on|as|with|down|behind)\b \w/;
// "i did a few weeks at christmas", "done some shifts", "doing a bit of bar work".
const DID_A_SPELL =
  /\b(?:did|done|doing|do)\b (?:\w+ ){0,3}(?:weeks?|months?|days?|shifts?|hours|season|summer|christmas|temp\w*|jobs?|work|apprenticeship)\b/;
// "cleaning for my aunties business", "labouring for my mate", "pickin fruit in the summer".
const TASK_FOR =
  /^(?:(?:i was|i am|im|i|was|been|ive been|i have been|just|only|mostly|mainly|doing|did|do|done|some|a bit of)\s+)*(?:cleaning|labouring|laboring|driving|delivering|deliveries|waitressing|serving|cooking|picking|packing|stacking|building|plastering|painting|decorating|roofing|landscaping|gardening|bar work|barwork|kitchen work|cash work|warehouse work|factory work|shop work|care work|security|stewarding|door work|tiling|joinery|plumbing|scaffolding|hairdressing|cutting hair|nails|tutoring|childminding)\b(?: \w+){0,5} (?:for|at|in|on)\b/;
// "bar work last summer", "agency work in a warehouse", "temporary contract at the council".
const KIND_OF_WORK =
  /\b(?:bar|agency|temp|temporary|seasonal|shop|factory|warehouse|kitchen|care|building|site|cash|casual|part time|full time|shift|zero hours|christmas|summer|office|retail|cleaning|delivery|fixed term|contract) (?:work|job|jobs|shifts?|contract|role|post)\b|\bself employed\b|\bcash in hand\b|\bon the (?:tills|checkouts|bins|buses|doors|door|floor|line|tools|sites?)\b/;
// "i was a care assistant until march", "worked as a porter": a job named.
const WAS_A_JOB = /^(?:(?:yes|yeah|well|um|erm)\s+)?(?:i was|was|ive been|i have been|i been|been|im|i am|i work as|i worked as|worked as) (?:a|an) /;
// Listening round three: "i drive for uber", "off sick from my job at the moment", "still at amazon warehouse";
// round four: "on zero hours at mcdonalds", "part time at asda".
const MORE_WORK =
  /^(?:i |i also |and i )?(?:drive|deliver|clean|cook|serve) (?:\w+ ){0,2}(?:for|at) (?!(?:the |a |an )?(?:my|me|our|home|family|people|friends|neighbours?|church|mosque|temple|food ?bank|charity)\b)\w|\b(?:sick|maternity|paternity) leave from\b|\b(?:off sick|signed off) from (?:my|me|the|work)\b|\bfrom my (?:job|work) (?:at|in|as)\b|^(?:on (?:a |the )?(?:zero hours?|agency|bank|temp) (?:\w+ )?|(?:part time|full time) )(?:at|for|with|in) (?!(?:home|school|college|uni|university)\b)\w|\bstill (?:at|with) (?!(?:home|school|college|uni|university|my|me|hospital|it|the ?job ?centre|jobcentre)\b)\w/;
// The work said first, and more after it that takes nothing back: "on a zero hours contract with an
// agency, they dont give me many shifts" (a "dont" had hidden the work). Words that take it back:
const LATER = /\s*(?:[,;.!]|\s-\s|\bbut\b|\btho\b|\bthough\b)\s*/;
const TAKES_IT_BACK = /\b(?:never|not (?:paid|in|since|for|recent\w*|any ?more)|no longer|wasnt|werent|didnt|unpaid|volunteer\w*|free|ago|years?|ages|long time)\b/;
// Someone else's work: "my mum works at asda".
const SOMEONE_ELSE = /^(?:my|me|our|his|her|their) (?:mum|mam|dad|mother|father|partner|wife|husband|brother|sister|son|daughter|friend|mate|family)\b/;

/**
 * Paid work told of, with no yes: 'yes' ("worked in a chippy for 2 year"), 'no' when it was two
 * years ago or more ("worked at asda but that was 5 years ago"); null for anything less sure.
 */
export function paidWorkToldOf(text: string): 'yes' | 'no' | null {
  if (text.includes('?') || text.length > 300) return null;
  const read = readWorkToldOf(text);
  if (read !== null) return read;
  const later = LATER.exec(text);
  if (!later || later.index === 0 || TAKES_IT_BACK.test(normaliseAnswer(text.slice(later.index)))) return null;
  return readWorkToldOf(text.slice(0, later.index));
}

function readWorkToldOf(text: string): 'yes' | 'no' | null {
  const words = SPOKEN.reduce((said, [short, full]) => said.replace(short, full), normaliseAnswer(text));
  if (!words || words.split(' ').length < 3 || NOT_WORK_DONE.test(words) || SOMEONE_ELSE.test(words)) return null;
  // A year named ("till 2019") may be more than two years ago: no clock here, so the client is asked.
  if (/\b(?:19|20)\d\d\b/.test(words) || tellsOfUnpaidWork(text) || !toldOfWork(text, words)) return null;
  return saysItWasTwoYearsAgoOrMore(words) ? 'no' : 'yes';
}

function toldOfWork(text: string, words: string): boolean {
  const told = WORKED_SOMEWHERE.test(words) || DID_A_SPELL.test(words) || TASK_FOR.test(words) || KIND_OF_WORK.test(words) || (WAS_A_JOB.test(words) && hasJobWord(words)) || MORE_WORK.test(words);
  // Small jobs for neighbours or family may be favours: asked kindly (workForPeople.ts), unless a business is named.
  return told && (!tellsOfWorkForPeople(text) || /\b(?:business|company|firm|shop|cafe|agency|ltd|limited|just eat|deliveroo|uber|amazon|evri|dpd)\b/.test(words));
}

/** The work as told, kept as the last job: the client's own words, tidied of a trailing full stop. */
export function workAsTold(text: string): string {
  return text.trim().replace(/[.!\s]+$/, '').slice(0, 500);
}
