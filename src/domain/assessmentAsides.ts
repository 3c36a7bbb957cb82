// Said at a self-assessment question or a locus-of-control sentence about the questions
// themselves, not as an answer. Listening round (December): "is this going on my record" had been
// kept as the hours wanted, or met with what "a criminal record" means; "is this a test" with "I am
// a chat bot"; "these questions are really personal" kept as a yes at "Feeling confident"; "i hate
// these questions" and "whats this got to do with getting a job" had "didn't catch that" or the
// question in other words. Each is answered first, then the question is asked again.
import { normaliseAnswer } from './answers.ts';

export type AssessmentAside = 'record' | 'test' | 'still-helped' | 'personal' | 'fed-up' | 'what-for';

const ABOUT_IT = '(?:this|that|it|these|these answers|my answers|the answers|what i say|what i tell you|any of this|all this|this stuff)';
// "is this going on my record", "will it go on my file", "is this confidential", "are you recording this".
const RECORD = new RegExp(
  `\\b(?:(?:is|will|does|would|do|are|can) ${ABOUT_IT} (?:be )?(?:go|going|goes|get|gets|be|put|kept|written|stay|staying|stored|saved)? ?(?:go )?(?:on|in|onto|into) (?:my|a|the|your|any) (?:record|records|file|files|notes)` +
    `|(?:is|are) ${ABOUT_IT} (?:confidential|on record|on my record|recorded|official)` +
    `|(?:are|r) (?:you|u) (?:recording|writing) (?:this|that|it|me|down)` +
    `|(?:does|will|would) (?:this|it|that) (?:show up|come up) on)\\b`,
);
// "is this a test", "is there a right answer", "what if i get it wrong", "am i being judged".
const TEST =
  /\b(?:is (?:this|it) (?:a|like a) (?:test|quiz|exam)|(?:is|are) there (?:a |any )?(?:right|wrong|correct) answers?|what(?: is|s)? the (?:right|correct) answer|what if i (?:get (?:it|this|them) wrong|answer (?:it )?wrong|say the wrong thing)|can i get (?:it|this|them) wrong|am i being (?:tested|judged|assessed|marked|scored)|(?:will|do) (?:you|u) (?:judge|mark|score) me|is this (?:to|going to) (?:judge|test|mark) me)\b/;
// "what if i say yes will they still help me", "what if i put a low number": whatever the answer, help goes on.
const STILL_HELPED =
  /\b(?:what if i (?:say|put|answer|pick|choose|tap|tell you) (?:yes|no|a low|a high|low|high|1|one|that|the truth)|(?:will|would|do) (?:they|you|my adviser|the adviser|my work coach) (?:still )?(?:help|want to help|support|work with) me|(?:will|would|does|can) (?:it|this|that|my answer|saying yes) (?:count against|go against|be held against|stop|lose) me)\b/;
// "these questions are really personal", "bit personal innit", "thats nosy". "its private" alone
// declines (an answer at a barrier question), so it is left to the answer.
const PERSONAL =
  /^(?:(?:well|hmm|um|erm|wow|oh|blimey|jeez|god|these|this|that|thats|its|is|are|questions?|ones?|one|very|really|a|bit|little|too|quite|pretty|so|getting|get|seems?|feels?|rather|abit|kind|of|kinda)\s+)*(?:personal|nosy|nosey|intrusive)(?:\s+(?:questions?|stuff|innit|tbh|to be honest|lol|mate|isnt it|dont you think|ask|one|though))*$/;
const PERSONAL_NEEDS_A_SUBJECT = /\b(?:these|this|that|thats|questions?|ones?|bit|too|very|really|getting|abit|kinda|quite|pretty)\b/;
// "i hate these questions", "sick of all these questions", "this is boring", "how many more".
const FED_UP =
  /\b(?:(?:i )?(?:hate|sick of|fed up (?:of|with)|bored (?:of|with)|tired of|done with|so bored of|cant be bothered with|cba with) (?:all )?(?:these|this|the|your|all these|so many) (?:questions|sentences|statements|forms?|stuff)|(?:these|your|the) (?:questions|sentences) are (?:so |really |well |too )?(?:boring|annoying|stupid|pointless|long|endless|rubbish|a pain)|(?:so|too) many (?:questions|sentences)|(?:this|its|it is) (?:so |really |well )?(?:boring|taking (?:ages|forever|so long|too long))|(?:are we|r we) (?:nearly|almost) (?:done|finished|there)|how many more (?:questions|sentences|of these)?)\b/;
// "whats this got to do with getting a job", "what has that got to do with anything".
const WHAT_FOR = /\bwhat (?:is|has|does|s|do) (?:this|that|it|these|any of this|my \w+) (?:got )?(?:to do|do|have to do) with\b|\bhow is (?:this|that) (?:relevant|going to help|gonna help)\b|\bwhy does (?:this|that|it) matter\b|\bwhy (?:are|r) you asking\b/;

/** What the words say about the questions, or null when they may be an answer. */
export function assessmentAsideOf(text: string): AssessmentAside | null {
  const words = normaliseAnswer(text).replace(/\bwhats\b/g, 'what is').replace(/\b(?:u)\b/g, 'you');
  if (!words) return null;
  if (RECORD.test(words)) return 'record';
  if (STILL_HELPED.test(words)) return 'still-helped';
  if (TEST.test(words)) return 'test';
  if (PERSONAL.test(words) && PERSONAL_NEEDS_A_SUBJECT.test(words)) return 'personal';
  if (FED_UP.test(words)) return 'fed-up';
  if (WHAT_FOR.test(words)) return 'what-for';
  return null;
}
