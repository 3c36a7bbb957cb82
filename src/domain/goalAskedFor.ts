// A goal asked for at "What would you like to work on?" rather than said (round eight): "help me find
// work please" is the goal "find work"; "should i apply for the bus driver job?" the goal "apply for
// the bus driver job"; "how do i get a job in a warehouse?" the goal "get a job in a warehouse". All
// had "Sorry, I was not clear" and the question again. Each is answered, then read back as the goal.
import { normaliseAnswer } from './answers.ts';
import { analyseGoal } from './smart.ts';
import type { DateContext } from './dates.ts';
import { asksForHelpFindingWork } from './helpFindingWorkAsked.ts';
import { howToStepAsked, feelingBeforeTheQuestion } from './howToStepAsked.ts';

/** `feltLow`: a low feeling said before the question ("i feel so down. how do i update my cv?"), heard first. */
export type GoalAskedFor = { goal: string; asked: 'help' | 'should' | 'how'; feltLow?: true };

const MAX_WORDS = 20;
const TRAILING = /(?:[\s,]+(?:please|pls|plz|thanks|thank you|ta|asap|now|again|x+))+$/i;
// "finding" is the goal "find": the doing word as a step is written.
const BASE_FORM: Record<string, string> = {
  finding: 'find', getting: 'get', looking: 'look', searching: 'search', doing: 'do', going: 'go', applying: 'apply',
  ringing: 'ring', calling: 'call', taking: 'take', booking: 'book', starting: 'start', learning: 'learn', trying: 'try',
};
const HELP_WORK = /\bhelp(?: me)?(?: with)? (?:to )?(find|finding|get|getting|look for|looking for|search for|searching for) (.+)$/i;
const SHOULD = /^(?:(?:so|hmm|um|erm|ok|okay)[\s,]+)*(?:should i|shall i|do you think i should|is it worth(?: me)?|would it be worth(?: me)?) (.+)$/i;
const HOW_TO_WORK = /^(?:(?:so|hmm|um|erm|ok|okay)[\s,]+)*how (?:do|can|would|could|should) i (get|find) (.+)$/i;
// Asked about what to tell, claim or give up, not a step to plan: those are heard as questions for the
// adviser or a specialist ("should i tell them about my record?", "should i apply for uc?").
const NOT_A_STEP = /\b(?:tell|mention|declare|disclose|say|lie|admit|quit|leave|give up|stop|sign off|sign on|be honest|claim|benefits?|uc|universal credit|pip|esa|jsa|sanction(?:ed)?|record|conviction|criminal|disability|health)\b/i;

/** The goal a question or a request for help names, and how it was asked; null when it names none. */
export function goalAskedFor(typed: string, context: DateContext): GoalAskedFor | null {
  const felt = feelingBeforeTheQuestion(typed);
  if (felt) {
    const asked = askedOnItsOwn(felt.question, context);
    return asked ? { ...asked, feltLow: true } : null;
  }
  return askedOnItsOwn(typed, context);
}

function askedOnItsOwn(typed: string, context: DateContext): GoalAskedFor | null {
  // The client's own words are kept ("part-time", "Co-op"); only the end's marks and "please" go.
  const said = typed.trim().replace(/\s+/g, ' ').replace(/[\s?.!,]+$/, '').replace(TRAILING, '');
  if (!normaliseAnswer(said) || said.split(' ').length > MAX_WORDS) return null;
  if (asksForHelpFindingWork(typed)) {
    const help = HELP_WORK.exec(said);
    return help ? { goal: `${baseForm(help[1]!)} ${help[2]!}`, asked: 'help' } : null;
  }
  const how = HOW_TO_WORK.exec(said);
  if (how && /\b(?:job|jobs|work)\b/i.test(how[2]!) && !NOT_A_STEP.test(how[2]!)) return { goal: `${how[1]} ${how[2]}`, asked: 'how' };
  const howTo = howToStepAsked(said);
  if (howTo && !NOT_A_STEP.test(howTo)) return { goal: howTo, asked: 'how' };
  const should = SHOULD.exec(said);
  if (!should || NOT_A_STEP.test(should[1]!)) return null;
  const [first, ...rest] = should[1]!.split(' ');
  const step = [baseForm(first!), ...rest].join(' ');
  // "is it worth doing a forklift course": "do" is too vague to be a step (smartVerbs.ts), but it is a goal.
  return analyseGoal(step, context).specific || /^doing$/i.test(first!) ? { goal: step, asked: 'should' } : null;
}

function baseForm(verb: string): string {
  const [word, ...rest] = verb.split(' ');
  return [BASE_FORM[word!.toLowerCase()] ?? word, ...rest].join(' ');
}
