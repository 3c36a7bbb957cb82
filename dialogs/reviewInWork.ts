// A review for a client who has told us they started a job: it asks about the job, not about
// finding one. How is work going (trouble at work goes to the adviser, as at a check-in), then
// whether anything would help them keep the job (passed to the adviser in their words).
// Play-testing found the review after a job start asking for the next job-search step.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { parseChoice, type ChoiceOption } from '../src/domain/answers.ts';
import { isNotAGoal } from '../src/domain/goalWords.ts';
import { readWorkProblem } from '../src/domain/inWork.ts';
import { saysNoMoreSteps } from '../src/domain/reviewWords.ts';
import { askAdviserToHelpKeepJob } from '../src/escalation/jobStarted.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { askWhatIsHard, goingWell, inWorkCheckInAnswers, problemPassedOn, someProblems } from '../src/messages/en/inWork.ts';
import * as say from '../src/messages/en/review.ts';
import type { CoachServices } from '../src/services.ts';
import { askText } from './prompts.ts';
import { passOnWorkProblem } from './workProblem.ts';

export const REVIEW_WORK = 'reviewWork';

/** The job as the review asks about it: where, and whether its start day has come. */
export interface WorkReviewState {
  employer: string | null;
  started: boolean;
}

const NOTHING_NEEDED: ChoiceOption<'none'>[] = [
  { value: 'none', label: say.nothingForNow, synonyms: ['nothing', 'no', 'not at the moment', 'i dont think so', 'no its all fine', 'its all fine', 'its fine', 'all fine'] },
];

/** "Nothing for now", "no thanks", "im good": nothing is needed; "idk" asks for nothing either. */
function needsNothing(said: string): boolean {
  return !said || isNotAGoal(said) || saysNoMoreSteps(said) || parseChoice(said, NOTHING_NEEDED, { byPosition: false }) !== null;
}

export class ReviewWorkDialog extends WaterfallDialog {
  constructor(private readonly services: CoachServices) {
    super(REVIEW_WORK, []);
    for (const step of [this.askHowItIsGoing, this.hearHowItIsGoing, this.passOnWhatIsHard, this.hearWhatWouldHelp]) this.addStep(step.bind(this));
  }

  private async askHowItIsGoing(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { employer, started } = step.options as WorkReviewState;
    const question = say.askHowWorkIsGoing(employer ? escapeMarkdown(employer) : null, started);
    return askText(step, question, [goingWell, someProblems], { about: 'work-problem' });
  }

  /** "Some problems" asks what is hard; trouble said in words goes to the adviser at once. */
  private async hearHowItIsGoing(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = String(step.result ?? '').trim();
    if (readWorkProblem(said)) return step.next(said);
    const answer = parseChoice(said, inWorkCheckInAnswers, { byPosition: false });
    if (answer === 'problem') return askText(step, askWhatIsHard, [], { about: 'work-problem' });
    await step.context.sendActivity(answer === 'well' ? say.workGoingWell : say.workAnswerHeard);
    return step.next(null);
  }

  private async passOnWhatIsHard(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const problem = typeof step.result === 'string' ? step.result.trim() : '';
    const client = currentClient(step.context);
    if (problem && client && (await passOnWorkProblem(this.services, client, problem))) await step.context.sendActivity(problemPassedOn);
    return askText(step, say.askWhatHelpsKeepJob, [say.nothingForNow]);
  }

  private async hearWhatWouldHelp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = String(step.result ?? '').trim();
    const client = currentClient(step.context);
    if (!client || needsNothing(said)) {
      await step.context.sendActivity(say.keepJobNothingNeeded);
      return step.endDialog();
    }
    const reached = await askAdviserToHelpKeepJob(this.services, client, said);
    await step.context.sendActivity(reached === null ? say.workAnswerHeard : say.keepJobHelpAsked(reached));
    return step.endDialog();
  }
}
