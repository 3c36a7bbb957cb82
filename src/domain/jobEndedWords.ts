// How people answer "How did that job end?" in their own words. Listening round four (December):
// "long story", "bit embarrassing tbh" and "do i have to say" had been kept as how the job ended
// ("do i have to say" was even handed to the adviser as a question about telling an employer);
// "i got ill", "got sacked" and "i had a baby" were filed with no word back; "it hasnt ended, im
// still there" was kept as typed, not as "I still work there".
import { normaliseAnswer } from './answers.ts';

// "long story", "bit embarrassing tbh", "do i have to say", "id rather not talk about it", "its complicated".
const KEPT_PRIVATE = new RegExp(
  [
    String.raw`^(?:(?:its|it is|thats|that is|a|bit of a|well|um|erm|oh|its a|kind of a)\s+)*(?:long|very long|bit of a long) story\b`,
    String.raw`\b(?:bit |a bit |abit |quite |really |so |too )?(?:embarrassing|embarassing|awkward|personal|private)(?:\s+(?:tbh|really|honestly|lol|to be honest|to say|to talk about|one))*$`,
    String.raw`\bdo i (?:have|need|got) to (?:say|tell|answer|explain|put|go into)\b`,
    String.raw`\b(?:rather|prefer) not (?:to )?(?:say|talk|tell|go into|get into|discuss)\b`,
    String.raw`\b(?:dont|do not|dont really) (?:want|wanna|like) to (?:say|talk about|go into|get into|discuss)\b`,
    String.raw`^(?:(?:its|it is|it was|thats|well|um|erm)\s+)*(?:complicated|a bit complicated|messy|a mess)(?:\s+(?:tbh|really|honestly|lol))*$`,
  ].join('|'),
);

// "do i have to say, i got sacked", "long story but the contract ended": the answer is given after all.
const SAID_ANYWAY = /\b(?:contract|redundan\w*|left|quit|ended|finished|closed|shut)\b/;

/** Said not to tell how the job ended ("long story", "do i have to say"): never kept as the answer. */
export function keepsHowItEndedPrivate(text: string): boolean {
  const words = normaliseAnswer(text);
  return KEPT_PRIVATE.test(words) && !SAID_ANYWAY.test(words) && endingHeard(text) === null;
}

export type EndingHeard = 'ill' | 'hard' | 'let-go' | 'life';

const ILL = /\b(?:ill|illness|sick|poorly|unwell|injury|injured|hurt my|my back|my knee|operation|surgery|cancer|stroke|breakdown)\b/;
const HARD = /\b(?:hated|hate|bullied|bullying|awful|horrible|terrible|toxic|couldnt (?:cope|take)|treated me|like (?:rubbish|dirt|crap|shit)|walked out|miserable|upset|gutted)\b/;
const LET_GO = /\b(?:sacked|dismissed|let (?:me )?go|got the sack|finished me|probation|disciplinary)\b/;
const LIFE = /\b(?:baby|pregnant|pregnancy|had my (?:son|daughter|little one)|moved|moving|relocated|look(?:ing|ed)? after|care for|caring for|childcare)\b/;

/** How the job ended, in a way a coach would say a kind word to; null for a plain reason ("contract ended"). */
export function endingHeard(text: string): EndingHeard | null {
  const words = normaliseAnswer(text);
  if (ILL.test(words)) return 'ill';
  if (HARD.test(words)) return 'hard';
  if (LET_GO.test(words)) return 'let-go';
  return LIFE.test(words) ? 'life' : null;
}

const NOT_ENDED = /\b(?:hasnt|has not|havent|not) (?:ended|finished|stopped)\b|\bstill (?:there|work there|working there|doing it|employed there)\b/;

// "i was still there when it shut": a past told beside the "still there".
const THEN = /\b(?:was|were|when|until|till|then)\b/;

/** "it hasnt ended, im still there" at "How did that job end?": the work is still going. */
export function saysItHasNotEnded(text: string): boolean {
  const words = normaliseAnswer(text);
  return NOT_ENDED.test(words) && !THEN.test(words);
}
