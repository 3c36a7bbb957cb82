// Asked about the question on screen instead of answering it: what it means ("what does that
// mean", "i dont understand qualifications?"), what it is for ("what is this for exactly?", "why
// do you need my name"), how to answer it ("im not sure what to press now dear"), or said of
// one's English ("sorry my english not so good"). Play-testing found these heard as low mood, as
// a wish for the adviser, or as words not understood. Only the whole message counts, so an
// answer that holds these words ("my english is not so good, help with that") is still an answer.
// "what is the point" is left out: it can be hopelessness, which the low-mood reply hears.
import { normaliseAnswer } from './answers.ts';

export type HelpAsked = 'meaning' | 'purpose' | 'why-asked' | 'how-to-answer' | 'english';

// Words said around the ask: "sorry", "ok so"; "now dear", "exactly", "please".
const LEAD = String.raw`^(?:(?:sorry|soz|erm|um|umm|hmm|ok|okay|so|but|and|hi|hello|excuse me|please|er|oh|wait|hang on)\s+)*`;
const TAIL = String.raw`(?:\s+(?:please|sorry|then|now|here|exactly|again|mate|dear|love|pal|hun|tbh|lol|x+|though|anyway|sorry about that))*$`;
const whole = (forms: string[]): RegExp => new RegExp(`${LEAD}(?:${forms.join('|')})${TAIL}`);

const PRESS = String.raw`(?:press|tap|click|pick|choose|put|type|write|do|say|select|answer)`;

const HOW_TO_ANSWER = whole([
  String.raw`what (?:do|should|shall|can|am) i (?:supposed to |meant to |to )?${PRESS}(?: (?:now|here|next|then|with this|on this))?`,
  String.raw`(?:i ?m|i am|im) not (?:too |really |quite )?sure what (?:to|i should|i have to|i need to|i am meant to|im meant to) ${PRESS}`,
  String.raw`(?:i )?(?:dont|do not) know what (?:to|i should|i have to|i need to) ${PRESS}`,
  String.raw`(?:which|what) (?:button|one) (?:do|should|shall) i (?:press|tap|click|pick|choose)`,
  String.raw`where (?:do|should) i (?:press|tap|click|type|write|put it|answer)`,
  String.raw`how (?:do|should) i (?:answer|reply|do this|do it|use this|press|tap|choose|pick)`,
  String.raw`what now`,
]);

const PURPOSE = whole([
  String.raw`what (?:is|s) (?:this|it|all this|this all|this thing|this chat|this bot|this app|this for|all of this)(?: all)? (?:for|about)`,
  String.raw`whats (?:this|it|all this|this all|this thing|this chat|this bot)(?: all)? (?:for|about)`,
  String.raw`what (?:is|s) this`,
  String.raw`whats this`,
  String.raw`what are (?:these|the|all these|all the) questions for`,
]);

// Why this question is asked ("why do you need that?"): answered with the question's own reason
// where it has one (play-testing: "why do you need that?" at "What makes you want that job?" had
// what the coach is for, which it had heard already).
const WHY_ASKED = whole([
  String.raw`why (?:do|does|would) (?:you|u|it|this) (?:need|want)(?: to know)?(?: (?:my|me|that|this|it|all this|about|a|an|the)\b[\w ]{0,30})?`,
  String.raw`why (?:are|r) (?:you|u) asking(?: (?:me|this|that|about \w+))*`,
  String.raw`why (?:do|did) (?:you|u) (?:ask|want to know)(?: (?:me|this|that|about \w+))*`,
  // Play-testing, round fifteen: a client who asks "why?" at every question had "Sorry, I was not
  // clear" or "Tell me in a few words what you could do".
  String.raw`(?:but |and )?(?:why|y|whys that|why is that|why that|how come|what for|whats (?:that|it) for|what is (?:that|it) for)(?: (?:tho|though|exactly|then))?`,
  String.raw`why (?:does|would|should) (?:it|that|this) matter(?: why)?`,
  String.raw`why is (?:that|this|it) (?:important|needed|useful)`,
  String.raw`why do (?:i|we) (?:need|have|want)(?: to)? (?:(?:a|an|the|my|give|set|make|pick|choose|say|do|you|this|that|it|one|date|day|goal|step|number|answer|tell)\b ?){1,4}`,
  String.raw`what do (?:you|u) (?:need|want) (?:that|this|it|to know) for`,
]);

const ENGLISH = whole([
  String.raw`(?:(?:for|about) )?my english (?:is |its )?(?:not|isnt|is not|no|aint)(?: (?:so|very|that|too|really|much))? (?:good|great|well|strong|perfect)`,
  String.raw`(?:(?:for|about) )?my english (?:is |its )?(?:(?:very|so|a bit|quite|really|too) )?(?:bad|poor|weak|limited|basic|rubbish|broken)`,
  String.raw`(?:for |about )?(?:my )?(?:bad|poor|broken) english`,
  String.raw`english (?:is )?not my (?:first|main) language`,
  String.raw`english is my (?:second|third) language`,
  String.raw`(?:i )?(?:dont|do not|cant|cannot|can not) (?:speak|read|write) (?:(?:much|good|very good) )?english(?: (?:very )?well| good)?`,
  String.raw`(?:i )?(?:speak|know|have) (?:only )?(?:a )?little english`,
  String.raw`(?:my )?english (?:is )?(?:not|no) (?:so |very |that |too )?good`,
]);

const MEANING = whole([
  String.raw`what (?:does|do|did) (?:that|this|it|that word|this word|that question|this question|the question|you) mean`,
  String.raw`what (?:do|did) (?:you|u|ya) mean(?: by (?:that|this|it))?`,
  String.raw`wdym|what mean|what means|meaning|what is meaning`,
  String.raw`(?:i )?(?:do not|dont|cant|cannot|can not) (?:understand|get it|follow)(?: (?:that|this|it|the question|this question|what you mean|you|what you are asking|what this means|what that means))?`,
  String.raw`(?:i ?m|i am|im) (?:not sure|unsure) what (?:that|this|it|you) means?`,
  String.raw`(?:i ?m|i am|im) (?:confused|lost)`,
  String.raw`what (?:is|s) that|whats that`,
  String.raw`(?:please |can you |could you )?explain(?: (?:that|this|it|please|again|to me))*`,
  String.raw`huh|eh|pardon`,
]);

// "what is debts", "what mean keep answers", "i dont understand qualifications": asked about words
// of the question itself (the term is checked against them below).
const TERM_ASKED = [
  new RegExp(`${LEAD}(?:what|wat|wot) (?:is|are|s) (?:a |an |the )?(?:meaning of )?([a-z][a-z ]*?)${TAIL}`),
  new RegExp(`${LEAD}whats (?:a |an |the )?([a-z][a-z ]*?)${TAIL}`),
  new RegExp(`${LEAD}(?:what|wat|wot) (?:does|do) (?:the word )?([a-z][a-z ]*?) mean${TAIL}`),
  new RegExp(`${LEAD}(?:what|wat|wot) (?:mean|means) ([a-z][a-z ]*?)${TAIL}`),
  new RegExp(`${LEAD}(?:i )?(?:dont|do not|cant|cannot) (?:understand|get) (?:what )?(?:the word )?([a-z][a-z ]*?)(?: means?| is| are)?${TAIL}`),
  new RegExp(`${LEAD}([a-z][a-z ]*?) (?:means what|meaning)${TAIL}`),
];
const MAX_TERM_WORDS = 3;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'my', 'your', 'you', 'me', 'i', 'it', 'is', 'are', 'to', 'of', 'for', 'word', 'that', 'this']);

/** "debts" is in "Debts.", "qualification" in "Qualifications", "keep answers" in "keep your answers". */
function isAboutTheQuestion(term: string, questionWords: string): boolean {
  const words = term.split(' ').filter(Boolean);
  const content = words.filter((word) => !SMALL_WORDS.has(word));
  if (words.length > MAX_TERM_WORDS || content.length === 0) return false;
  const asked = new Set(normaliseAnswer(questionWords).split(' '));
  const sameWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
  return content.every((word) => [...asked].some((other) => sameWord(word, other)));
}

/**
 * What the client asks about the question on screen, or null when they ask nothing about it.
 * `questionWords`: the question and its explanation, so that "what is debts" counts where debts
 * are asked about, and "what is universal credit" is left for the benefits hand-over.
 */
export function helpAskedFor(text: string, questionWords = ''): HelpAsked | null {
  const words = normaliseAnswer(text);
  if (!words) return null;
  if (HOW_TO_ANSWER.test(words)) return 'how-to-answer';
  if (PURPOSE.test(words)) return 'purpose';
  if (WHY_ASKED.test(words)) return 'why-asked';
  if (ENGLISH.test(words)) return 'english';
  if (MEANING.test(words)) return 'meaning';
  for (const pattern of TERM_ASKED) {
    const term = pattern.exec(words)?.[1];
    if (term && isAboutTheQuestion(term, questionWords)) return 'meaning';
  }
  return null;
}

// Play-testing: "What is a SMART goal?" at the goal question had the question in other words,
// twice, and never an answer. Asked in any sentence of the message ("I should like to secure a
// supervisor post. What is a SMART goal, incidentally?"), it is answered.
const SMART_ASKED = whole([
  String.raw`(?:what|wat|wot) (?:is|s|are) (?:a |an |the )?smart(?: goals?| targets?| thing)?(?: (?:incidentally|by the way|btw|anyway|exactly))*`,
  String.raw`whats (?:a |an |the )?smart(?: goals?| targets?| thing)?(?: (?:incidentally|by the way|btw|anyway|exactly))*`,
  String.raw`(?:what|wat|wot) (?:does|do) smart (?:mean|stand for)(?: (?:incidentally|by the way|btw|anyway|exactly))*`,
  String.raw`(?:i )?(?:dont|do not) (?:know|understand) what (?:a )?smart(?: goal)? (?:is|means)`,
]);

/** Asks what a SMART goal is, in the whole message or one sentence of it. */
export function asksWhatASmartGoalIs(text: string): boolean {
  return text.split(/[.!?\n]+/).some((sentence) => SMART_ASKED.test(normaliseAnswer(sentence)));
}

// Play-testing: "Who will see my information, and how long do you keep it?" had who sees it, and
// never how long. "how long do i keep applying" is not about their answers.
const HOW_LONG_KEPT = /\bhow long\b((?: \w+){0,6}?) (?:keep|kept|keeping|hold|held|holding|store|stored|storing|save|saved|saving|retain|retained|retaining)\b/;
const WHAT_IS_KEPT = /\b(?:you|u|it|they|them|data|info|information|answers?|details?|messages?|stuff|everything|this|that|records?)\b/;

// "who exactly will have access to my information and for how long it is retained?"
const WHO_HAS_ACCESS = /\bwho\b(?: \w+){0,4} (?:see|sees|access|read|reads|look at|looks at|view|views)\b/;

/** Asks who can see what they tell the coach, in any words (asked beside how long it is kept). */
export function asksWhoHasAccess(text: string): boolean {
  return WHO_HAS_ACCESS.test(normaliseAnswer(text));
}

/** Asks how long the coach keeps what they tell it. */
export function asksHowLongAnswersAreKept(text: string): boolean {
  const found = HOW_LONG_KEPT.exec(normaliseAnswer(text));
  return found !== null && WHAT_IS_KEPT.test(found[1]!) && !/\bi\b/.test(found[1]!);
}

/** How long a client's answers are kept: the retention settings (CASE_CLOSE_AFTER_DAYS, DELETE_AFTER_CLOSE_DAYS). */
export type KeptFor = { closeAfterDays: number; deleteAfterDays: number };

/** Asked about the plan or the coach while a question waits: answered, then the question again. */
export type CoachQuestion = 'change-later' | 'finding-work-time' | 'your-choice' | 'more-goals' | 'saved' | 'any-goal';

// Said after these questions: "can i change it later if i need to", "how long till i get a job do you think".
const ASIDE = String.raw`(?: (?:do you think|you think|do you reckon|you reckon|roughly|usually|normally|on average|if i need to|if i want to|if i have to|if it does not work|if it doesnt work|if i change my mind))?`;
const wholeQuestion = (forms: string[]): RegExp => whole(forms.map((form) => `(?:${form})${ASIDE}`));

// Play-testing: "can i change my goal later?" at the goal question had "Sorry, I was not clear".
// Only later: "can i change my goal" is the plan changed now (goalWords.ts).
const THE_PLAN = String.raw`(?:it|this|that|them|my mind|(?:my|the|this|that) (?:goals?|steps?|plan|answers?)|my goals? (?:or|and) (?:my )?steps?)`;
const LATER = String.raw`(?:again )?(?:later|later on|after|afterwards|after this|in future|in the future|another time|another day|down the line|at any time|any time|anytime)`;
const CHANGE_LATER = wholeQuestion([
  String.raw`(?:can|could|will|would|am|do|may) i (?:be able to |be allowed to |allowed to |get to )?(?:change|edit|alter|swap|update|redo) ${THE_PLAN} ${LATER}`,
  String.raw`(?:will|would) i be able to change ${THE_PLAN}`,
  String.raw`(?:can|could|will|would) (?:it|this|that|they|${THE_PLAN}) be (?:changed|edited|altered|swapped|updated) ${LATER}`,
  String.raw`(?:is it|is that|its) (?:ok|okay|alright|fine) (?:if i|to) change ${THE_PLAN} ${LATER}`,
  String.raw`(?:is|are) (?:it|this|that|${THE_PLAN}) (?:set in stone|final|for ever|forever|permanent)`,
]);

// Play-testing: "how long will it take to get a job" had how long the chat takes, which reads as
// a promise about finding work; "when will i get a job" at the goal question was kept as the goal.
const WORK = String.raw`(?:(?:get|find|land|be in|get into|get back into|get back to|go back to|back (?:in)?to) (?:a |an |some |me a )?(?:job|jobs|work|employment|paid work|proper job|new job)|get (?:hired|employed|taken on|a job offer)|be (?:working|employed|in work))`;
const FINDING_WORK_TIME = wholeQuestion([
  String.raw`how long (?:will|does|would|do|can|is|might) (?:it|this|that) (?:going to |gonna )?(?:take|be)(?: me| for me| people| someone| for someone)? (?:to|until|till|til|before) (?:i |we )?${WORK}`,
  String.raw`how long (?:will|would|does|do) (?:it )?take (?:me |people )?to ${WORK}`,
  String.raw`how long (?:till|until|til|before|to|until i can|till i can) (?:i |we )?${WORK}`,
  String.raw`how many (?:days|weeks|months|years) (?:will it take |does it take |till |until |before )(?:to |i |me to )?${WORK}`,
  String.raw`how long (?:will|would|does) (?:finding|getting) (?:a |some )?(?:job|work) take`,
  String.raw`how (?:soon|quickly|fast) (?:will|can|could|would|do|might) (?:i|people|someone) ${WORK}`,
  String.raw`when (?:will|can|do|would|might|am|shall) i (?:ever )?(?:going to |gonna )?${WORK}`,
  String.raw`(?:will|am|do you think|you think) (?:i (?:will )?|ill )(?:ever )?(?:going to |gonna )?(?:ever )?${WORK}(?: (?:soon|ever|at all|this year|quickly|then))?`,
  String.raw`(?:will|is) (?:this|it|the plan|this plan|doing this|my plan) (?:going to |gonna )?(?:get|find) me (?:a |some )?(?:job|work)`,
]);

// "do i have to do this?", "is this compulsory?": "is this compulsory?" had "I am a chat bot".
const YOUR_CHOICE = wholeQuestion([
  // "do i have to answer" (no more words) had the question said another way, and been kept as a goal.
  String.raw`(?:do|will|would) i (?:have|need|got) to(?: (?:do|answer|finish|use|fill in)(?: (?:this|it|that|these|them|all this|all of this|all these|all of these|all of them|all them|every question|this bit|this one|this question|these questions|the questions|all the questions|all these questions))?)?`,
  String.raw`(?:have i|do i) got to(?: (?:do|answer) (?:this|it|that|these|them|all this|this bit|this one|this question|these questions))?`,
  String.raw`(?:is|are) (?:this|it|that|these|this bit|this chat|these questions|the questions|this question) (?:compulsory|mandatory|optional|voluntary|obligatory|a must|required|needed)`,
  String.raw`(?:can|could|may) i (?:skip|miss out|leave out|not do|not answer|say no to) (?:this|it|that|this one|this bit|this question|these questions)`,
]);

// "can i have more than one goal?": had "Sorry, I was not clear" at the goal question.
const MORE_GOALS = wholeQuestion([
  String.raw`(?:can|could|may|do|should|shall) i (?:have|set|make|add|do|pick|choose|work on|get) (?:more than (?:one|1)|two|2|three|3|a few|lots of|loads of|more|other|another|some more|a second|a new|extra|different|multiple|several) goals?(?: (?:too|as well|later|at once|at the same time|at a time))?`,
  String.raw`how many goals (?:can|could|should|do|shall|may) (?:i|we|you|people) (?:have|set|make|add|do|pick)(?: (?:at once|at a time|at the same time))?`,
  String.raw`is there a (?:limit|max|maximum) (?:on|to) (?:how many goals|the number of goals|goals)`,
]);

// "is this saved?" had "let us keep it kind" (the intent model's insult) at a goal question (play-testing).
const KEPT_THING = String.raw`(?:this|it|that|my plan|the plan|my goals?|the goals?|this goal|my steps?|my answers?|everything|all this|all of this|what i (?:said|typed|put|wrote))`;
const SAVED = String.raw`(?:saved|kept|stored|recorded|remembered)`;
const IS_SAVED = wholeQuestion([
  String.raw`(?:is|are|has|have|was|were|will|did|does) ${KEPT_THING} (?:been |going to be |gonna be |get |got |be |being )?${SAVED}(?: (?:somewhere|anywhere|now|yet|ok|okay|then|already|for later))?`,
  String.raw`(?:will|do|did|have|has|can|does) (?:you|u|it|this) (?:save|saved|keep|kept|store|stored|remember|remembered|record|recorded)(?: ${KEPT_THING})?(?: (?:somewhere|anywhere|now|yet|for later|for me))?`,
  String.raw`(?:does|did|will) ${KEPT_THING} (?:save|stay|get saved)`,
  String.raw`where (?:is|are|will) ${KEPT_THING} (?:be )?${SAVED}`,
]);

// "can it be any job?", "does it have to be a job?": what a goal can be (play-testing: "Sorry, I was not clear").
const ANY_GOAL = wholeQuestion([
  String.raw`(?:can|could|may|does|do|should|must|has) (?:it|my goal|the goal|this|that|a goal|the step|my step) (?:be|have to be|need to be|got to be) (?:any|a|an|about|for|something|anything|small|big|little|just)(?: (?:job|jobs|kind of job|type of job|sort of job|work|thing|goal|step|one|size|other than a job|to do with work|small|big))?`,
  String.raw`(?:can|could|may) i (?:pick|choose|have|do|say|put) (?:any|anything|any job|any goal|any thing|something small|a small (?:goal|step))(?: (?:i like|i want|at all))?`,
  String.raw`(?:what|which) (?:kind|sort|type) of (?:goal|goals|thing|things|step|steps) (?:can|should|could|do) (?:i|you|we) (?:have|pick|choose|set|put|do|mean|want)`,
  String.raw`(?:any|anything|any job|any goal)`,
]);

/** What a message asks about the plan or the coach (changing it later, how long work takes, whether they must, more goals, whether it is saved), or null. */
export function coachQuestionOf(text: string): CoachQuestion | null {
  const words = normaliseAnswer(text);
  if (!words) return null;
  if (CHANGE_LATER.test(words)) return 'change-later';
  if (FINDING_WORK_TIME.test(words)) return 'finding-work-time';
  if (YOUR_CHOICE.test(words)) return 'your-choice';
  if (MORE_GOALS.test(words)) return 'more-goals';
  if (IS_SAVED.test(words)) return 'saved';
  if (ANY_GOAL.test(words) && text.trim().endsWith('?')) return 'any-goal';
  return null;
}
