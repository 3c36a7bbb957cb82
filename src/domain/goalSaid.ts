// What is kept of the words typed at "What would you like to work on?": the goal (aim) and the step
// the coach sharpens. A worry after the goal ("start the job on monday but im scared ill mess it up")
// is answered, and not kept (round thirteen); a first step said with the goal ("get a job as a TA by
// september, first I'll update my CV this week") is the step, the goal kept without it (round twenty-one).
import { withoutQuestionMark } from './goalAnswerWords.ts';
import { namesAGoalOrStep } from './textChecks.ts';
import { goalThenFirstStep } from './goalWithFirstStep.ts';
import { goalBeforeAWorry } from './workHistoryWords.ts';
import { goalBeforeAFeelingOrBarrier } from './goalFeelingOrBarrier.ts';
import { goalAfterAFeeling } from './goalAfterAFeeling.ts';
import { isGoalShaped } from './heldGoalWords.ts';
import { goalThenMarkedStep, sureSaidAtTheEnd } from './goalStepMarked.ts';

// A feeling ("feeling rubbish about it") or a barrier ("but i have no childcare") told after the goal
// is answered in its own words and not kept (round seven). So is a feeling told before it
// ("im so stressed, i want to get a job in retail"), marked `feltFirst` (round nine). How sure they
// are, said at the end ("im about 8 sure"), is `sure` and kept out of the words (goal lines, round one).
export type GoalSaid = { aim: string; step: string; worry: boolean; feeling: boolean; barrier: boolean; stepSaid: boolean; feltFirst?: boolean; sure?: number };

export function readGoalSaid(typed: string): GoalSaid {
  const { words, sure, said: sureSaid } = sureSaidAtTheEnd(withoutQuestionMark(typed));
  const whole = sureSaid ? words.replace(/[\s,.;:!-]+$/, '') : words.trim();
  const feltFirst = goalAfterAFeeling(whole);
  const said = feltFirst?.goal ?? whole;
  const withWorry = goalBeforeAWorry(said);
  const told = withWorry ? null : goalBeforeAFeelingOrBarrier(said);
  const aim = (withWorry?.goal ?? told?.goal ?? said).trim();
  // "get a bus driver job. step: apply for my licence" (goal lines, round one), before "..., first I'll ...".
  const withStep = goalThenMarkedStep(aim) ?? goalThenFirstStep(aim);
  return {
    aim: withStep?.aim ?? aim,
    step: withStep?.step ?? aim,
    worry: withWorry !== null,
    feeling: feltFirst !== null || told?.kind === 'feeling',
    barrier: told?.kind === 'barrier',
    stepSaid: withStep !== null,
    ...(feltFirst ? { feltFirst: true } : {}),
    ...(sure !== null ? { sure } : {}),
  };
}

// Doing words a goal opens with that namesAGoalOrStep does not list: "do my cv", "sort out my id", "email tesco".
const OPENS_WITH_A_DOING_WORD = /^(?:(?:i will|ill|i want to|want to|to)\s+)?(?:do|sort|email|e-mail|book|fix|write|make|practise|practice|prepare|check|register|sign up|enrol|enroll|join|attend|contact|text|speak to|talk to|meet|print|redo|finish|complete)\b/i;

/** A goal with a feeling or worry before or after it ("ring the agency. scared tbh"): the goal question's answer, not a feeling alone. */
export function namesAGoalBeforeAFeeling(typed: string): boolean {
  const said = readGoalSaid(typed);
  // "i need to book my cscs test", said after the feeling, is goal-shaped too (heldGoalWords.ts).
  return (said.feeling || said.worry) && (namesAGoalOrStep(said.aim) || OPENS_WITH_A_DOING_WORD.test(said.aim.trim()) || (said.feltFirst === true && isGoalShaped(said.aim)));
}
