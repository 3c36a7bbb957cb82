// Words said where the job wanted is asked that name no job: open to any job ("whatever pays init"),
// or what the work should give ("bare shifts", "good money"). Read by jobWanted.ts.

// "whatever pays", "ill take anything going", "dont care what as long as it pays": open to any job,
// said as people say it (play-testing: "whatever pays init" had been kept as the job "Whatever
// pays"). Kept as "Any job", as the self-assessment keeps "anything", and the coach offers kinds of
// work to narrow it. The open word, and only words said around it.
export const OPEN_TO_ANY_JOB = 'Any job';
const OPEN_WORDS = String.raw`anything|anythin|any thing|owt|whatever|wotever|watever|whatevers|whateva|whatevs|any (?:job|jobs|work|kind of (?:job|work)|sort of (?:job|work)|type of (?:job|work))|not (?:fussy|picky|bothered)|(?:dont|do not|dnt) (?:mind|care)`;
const OPEN_WORD = new RegExp(String.raw`\b(?:${OPEN_WORDS})\b`);
const OPEN_AROUND = new RegExp(
  String.raw`\b(?:${OPEN_WORDS}|im|i am|i|ill|i will|id|i would|i can|do|take|try|go for|happy to|willing to|open to|literally|seriously|at this point|at all|that|which|wot|what|wat|pays?|paid|the bills|bills|is going|going|goin|thats going|whats going|comes up|comes along|i can get|they have|they got|theyve got|as long as|so long as|long as|it|its|well|ok|okay|job|jobs|work|mate|to be fair|honest|the|money|at|now|right now|atm|please)\b`,
  'g',
);

// "bare shifts", "any hours", "good money", "as many shifts as poss": what the work should give, never a job.
export const PAY_OR_HOURS = /^(?:(?:bare|loads of|lots of|plenty of|any|long|short|good|decent|more|extra|as many|many|as much|much|max|full|regular|steady|proper|enough|some)\s+)?(?:shifts?|hours?|hrs|money|pay|wages?|overtime|dosh|cash|hours and pay)(?:\s+(?:as (?:poss|possible|i can get|i can)|a week|an hour|per hour|ideally|if poss(?:ible)?))*$|^(?:that |which )?(?:pays (?:well|ok|okay|decent|good)|well paid|good paying|min(?:imum)? wage|living wage)$/;

/** `said` (lower case, hedges gone) is an open word and only words said around one; never one of `bare` alone ("whatever"). */
export function onlyOpenWords(said: string, bare: ReadonlySet<string>): boolean {
  return !bare.has(said) && OPEN_WORD.test(said) && said.replace(OPEN_AROUND, ' ').trim() === '';
}
