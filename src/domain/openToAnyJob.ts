// Words said where the job wanted is asked that name no job: open to any job ("whatever pays init"),
// or what the work should give ("bare shifts", "good money"). Read by jobWanted.ts (saysOpenToAnyJob),
// the one reader: the self-assessment's first job question asks it too (isOpenToAnyJob).

// "whatever pays", "ill take anything going", "dont care what as long as it pays": open to any job,
// said as people say it (play-testing: "whatever pays init" had been kept as the job "Whatever
// pays"). Kept as "Any job", as the self-assessment keeps "anything", and the coach offers kinds of
// work to narrow it. The open word, and only words said around it.
export const OPEN_TO_ANY_JOB = 'Any job';
// A bare "any" too ("any", "any really"): it had been kept as a job called "Any" after the first question.
const OPEN_WORDS = String.raw`anything|anythin|any thing|owt|whatever|wotever|watever|whatevers|whateva|whatevs|any (?:job|jobs|work|kind of (?:job|work)|sort of (?:job|work)|type of (?:job|work))|any|not (?:fussy|picky|bothered)|(?:dont|do not|dnt) (?:mind|care)`;
const OPEN_WORD = new RegExp(String.raw`\b(?:${OPEN_WORDS})\b`);
// The longer "i ..." words come before a bare "i": "anything i can get" had left "can get" unread.
const OPEN_AROUND = new RegExp(
  String.raw`\b(?:${OPEN_WORDS}|im|i am|ill|i will|id|i would|i can get|i can|i|oh|do|take|try|go for|happy to|willing to|open to|literally|seriously|at this point|at all|that|which|wot|what|wat|pays?|paid|the bills|bills|is going|going|goin|thats going|whats going|comes up|comes along|they have|they got|theyve got|as long as|so long as|long as|it|its|well|ok|okay|job|jobs|work|mate|to be fair|honest|the|money|at|now|right now|atm|please)\b`,
  'g',
);

// "bare shifts", "any hours", "good money", "as many shifts as poss": what the work should give, never a job.
export const PAY_OR_HOURS = /^(?:(?:bare|loads of|lots of|plenty of|any|long|short|good|decent|more|extra|as many|many|as much|much|max|full|regular|steady|proper|enough|some)\s+)?(?:shifts?|hours?|hrs|money|pay|wages?|overtime|dosh|cash|hours and pay)(?:\s+(?:as (?:poss|possible|i can get|i can)|a week|an hour|per hour|ideally|if poss(?:ible)?))*$|^(?:that |which )?(?:pays (?:well|ok|okay|decent|good)|well paid|good paying|min(?:imum)? wage|living wage)$/;

// A shrug alone: open to any job where the job wanted is asked first ("What kind of job would you
// like?"), as the self-assessment has kept it since play-testing; anywhere else it names no job.
const SHRUG = 'whatever';

/**
 * `said` (lower case, hedges gone) is an open word and only words said around one; never one of
 * `bare` alone, nor a bare "whatever" unless `shrugIsOpen` (the first job question).
 */
export function onlyOpenWords(said: string, bare: ReadonlySet<string>, shrugIsOpen = false): boolean {
  return (!bare.has(said) || (shrugIsOpen && said === SHRUG)) && OPEN_WORD.test(said) && said.replace(OPEN_AROUND, ' ').trim() === '';
}
