// A question for one step of a goal. Two steps typed in one answer ("apply for 3 jobs and update my
// cv") had been kept as one line of the plan: each is now a button under "Let's take one at a time.
// Which would you like to do first?", and the one picked is the answer. "both" keeps the words as
// typed, and so does a second reply that is neither: nothing the client did not say is kept. A thing
// named alone ("Hairdressing", "cv") is asked about once ("What will you do about hairdressing?"),
// with ideas that keep their word, and so is a kind of work ("shop work": "What will you do to find
// shop work?"); what they say next is kept.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { ChoiceOption } from '../src/domain/answers.ts';
import { tidyWords } from '../src/domain/goalWords.ts';
import { stepsInOne } from '../src/domain/stepWords.ts';
import { kindOfWorkAlone, thingNamedAlone, withoutQuestionMark } from '../src/domain/goalAnswerWords.ts';
import { stepQuestionAbout, stepQuestionAside } from '../src/domain/stepQuestionAsides.ts';
import { goalBeforeAWorry } from '../src/domain/workHistoryWords.ts';
import { ifNotDone } from '../src/messages/en/listening.ts';
import { appointmentIsForTheAdviser } from '../src/messages/en/goalQuestionReplies.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { askText } from './prompts.ts';
import { askGoalChoice } from './goalChoicePrompt.ts';

export const STEP_QUESTION = 'goalStepQuestion';

/**
 * `buttons`: shown after the step ideas ("Keep my step"); `ideas`: shown instead of the usual ideas;
 * `nudged`: already asked what they will do about a thing they named, so the next words are kept.
 */
type StepQuestion = { text: string; buttons?: string[]; timeZone: string; ideas?: string[]; nudged?: boolean };

const BOTH = ['both', 'both of them', 'all', 'all of them', 'both together', 'all of it', 'together', 'at the same time', 'the same time'];

export function stepQuestion(now: () => Date): WaterfallDialog {
  return new WaterfallDialog(STEP_QUESTION, [
    (step) => {
      const { text, buttons = [], ideas = say.stepExamples } = step.options as StepQuestion;
      return askText(step, text, [...ideas, ...buttons], { expecting: 'goal', explanation: say.explainStep, about: 'plan-words', purpose: say.whyAStep });
    },
    async (step) => {
      // "ring an agency but im scared ill mess it up": the worry answered, the step kept without it (as at the aim question).
      const worried = goalBeforeAWorry(withoutQuestionMark(String(step.result)));
      if (worried) await step.context.sendActivity(say.worryWithTheGoal);
      const typed = worried?.goal ?? withoutQuestionMark(String(step.result));
      // "Hairdressing" or "cv": a thing, not yet a step. Asked once what they will do about it, with ideas in their word.
      const options = step.options as StepQuestion;
      // "whats a review" is answered, "can i move asda to friday" told the way; neither is the step (goal lines, round one).
      const aside = stepQuestionAside(String(step.result));
      if (aside) {
        const about = stepQuestionAbout(typed);
        const answer = aside === 'appointment' ? appointmentIsForTheAdviser : aside === 'other-step' ? say.otherStepHow : about === 'cant-do' ? ifNotDone : say.stepQuestionAnswers[about];
        await step.context.sendActivity(answer);
        return step.replaceDialog(STEP_QUESTION, options);
      }
      // "shop work": the kind of work wanted, not yet a step; asked once what they will do to find it.
      const work = options.nudged ? null : kindOfWorkAlone(typed);
      if (work) return step.replaceDialog(STEP_QUESTION, { ...options, text: say.whatToDoForWork(escapeMarkdown(work)), ideas: say.stepIdeasForWork(work), nudged: true } satisfies StepQuestion);
      const thing = options.nudged ? null : thingNamedAlone(typed);
      if (thing) return step.replaceDialog(STEP_QUESTION, { ...options, text: say.whatToDoAbout(escapeMarkdown(thing)), ideas: say.stepIdeasFor(thing), nudged: true } satisfies StepQuestion);
      const steps = stepsInOne(typed, { now: now(), timeZone: (step.options as StepQuestion).timeZone });
      if (steps.length < 2) return step.endDialog(typed);
      const choices: ChoiceOption[] = steps.map((one) => ({ value: one, label: tidyWords(one) }));
      const both: ChoiceOption = { value: typed, label: say.bothLabel, synonyms: BOTH };
      return askGoalChoice(step, say.oneAtATime, { choices, hidden: [both], wayOut: { value: typed, note: say.bothAsSaid }, sorry: say.pickOneStep });
    },
    (step) => step.endDialog(String(step.result)),
  ]);
}

/** Asks for a step (the step ideas as buttons); the answer is one step, as typed. */
export function askStep(step: WaterfallStepContext, text: string, timeZone: string, buttons?: string[]): Promise<DialogTurnResult> {
  return step.beginDialog(STEP_QUESTION, { text, timeZone, ...(buttons ? { buttons } : {}) } satisfies StepQuestion);
}
