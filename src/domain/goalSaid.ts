// What is kept of the words typed at "What would you like to work on?": the goal (aim) and the step
// the coach sharpens. A worry after the goal ("start the job on monday but im scared ill mess it up")
// is answered, and not kept (round thirteen); a first step said with the goal ("get a job as a TA by
// september, first I'll update my CV this week") is the step, the goal kept without it (round twenty-one).
import { withoutQuestionMark } from './goalAnswerWords.ts';
import { goalThenFirstStep } from './goalWithFirstStep.ts';
import { goalBeforeAWorry } from './workHistoryWords.ts';
import { goalBeforeAFeelingOrBarrier } from './goalFeelingOrBarrier.ts';

// A feeling ("feeling rubbish about it") or a barrier ("but i have no childcare") told after the goal
// is answered in its own words and not kept (round seven).
export type GoalSaid = { aim: string; step: string; worry: boolean; feeling: boolean; barrier: boolean; stepSaid: boolean };

export function readGoalSaid(typed: string): GoalSaid {
  const said = withoutQuestionMark(typed).trim();
  const withWorry = goalBeforeAWorry(said);
  const told = withWorry ? null : goalBeforeAFeelingOrBarrier(said);
  const aim = (withWorry?.goal ?? told?.goal ?? said).trim();
  const withStep = goalThenFirstStep(aim);
  return {
    aim: withStep?.aim ?? aim,
    step: withStep?.step ?? aim,
    worry: withWorry !== null,
    feeling: told?.kind === 'feeling',
    barrier: told?.kind === 'barrier',
    stepSaid: withStep !== null,
  };
}
