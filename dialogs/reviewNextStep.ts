// "What is your next step?" in a review: its prompt and how its answers are read first. Words that
// say there is no step end it; "dunno" gets a couple of ideas once; "6" is asked again for words;
// "smaller step maybe" is asked what the smaller step is (play-testing reviews, round twenty-six:
// it had been kept as a step called "Smaller step maybe"). Moved out of reviewItemDialog.ts.
import type { Dialog, DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { parseChoice } from '../src/domain/answers.ts';
import { isNotAGoal, isVagueAnswer } from '../src/domain/goalWords.ts';
import { hasWords, saysNoMoreSteps, saysUnsureWhatNext } from '../src/domain/reviewWords.ts';
import { asksForASmallerStep, opensUnsureWithNoStep, saysOnlyAFeeling } from '../src/domain/reviewHeardWords.ts';
import { readNotAStep, type NotAStep } from '../src/domain/notAStepWords.ts';
import { namesADayOrTime } from '../src/domain/dayOrTimeWords.ts';
import * as say from '../src/messages/en/review.ts';
import { endsWhen, FirstRead, stepAlreadyTaken } from './reviewFirstRead.ts';
import { toldOffWorryFirst } from './reviewAsides.ts';
import { ListeningPrompt, TEXT_RETRY, withButtons, type ListeningOptions } from './prompts.ts';

export const NEXT_STEP_PROMPT = 'reviewNextStep';

/** "No more steps", by its button or in the client's words ("nah thats it", "nothing else"). */
export function saysNoNextStep(text: string): boolean {
  return parseChoice(text, say.noNextStepChoices, { byPosition: false }) !== null || saysNoMoreSteps(text);
}

/** "idk what to do next", "dunno depends when my mum can watch the kids", or a feeling said twice (round twenty-seven): no step. */
export function unsureOfAStep(text: string): boolean {
  return saysUnsureWhatNext(text) || opensUnsureWithNoStep(text) || saysOnlyAFeeling(text);
}

/**
 * "dunno" at "What could you do next?" had ended the review of the step with no step (play-testing):
 * a couple of ideas are offered as buttons and the question asked again; unsure again, no step.
 */
async function offerIdeasOnce(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const text = prompt.recognized.value?.trim() ?? '';
  if (!text) return false;
  const question = (prompt.options as ListeningOptions).question;
  // "6" is no step: a gentle second chance (play-testing reviews, round three), then no step.
  if (!hasWords(text) && question) {
    question.sorry = say.stepNeedsWords;
    return prompt.attemptCount > 1;
  }
  // "annoying" (said of the question before): a feeling, not a step; the step asked again (round twenty-seven).
  if (saysOnlyAFeeling(text) && prompt.attemptCount <= 1) {
    await prompt.context.sendActivity(withButtons(question ? `${say.feelingNotAStep}\n\n${question.text}` : say.feelingNotAStep, question?.titles ?? []));
    return false;
  }
  // "smaller step maybe": the question's own words, not the step; what it is asked for, once.
  if (asksForASmallerStep(text) && prompt.attemptCount <= 1) {
    await prompt.context.sendActivity(withButtons(say.askSmallerStep, question?.titles ?? []));
    return false;
  }
  if (!(isVagueAnswer(text) || unsureOfAStep(text))) return notAStepHeard(prompt, text);
  if (prompt.attemptCount > 1) return true;
  const ideas = [...say.nextStepIdeas, ...(question?.titles ?? [])];
  await prompt.context.sendActivity(withButtons(question ? `${say.offerNextStepIdeas}\n\n${question.text}` : say.offerNextStepIdeas, ideas));
  return false;
}

/** The next step's question; `dayIsTheSameStep`: "It can be the same step on a new day", so a day alone is that. */
type NextStepOptions = ListeningOptions & { dayIsTheSameStep?: boolean };
const NOT_A_STEP_HEARD: Record<Exclude<NotAStep, 'feeling'>, string> = { nod: say.nodNotAStep, day: say.dayNotAStep, news: say.newsNotAStep };

/**
 * "yes done", "yeah it was ok", "next wednesday" or news ("she said to apply in september") at the
 * next step's question is no step (play-testing, next step round two: each had been kept as one).
 * Heard, and the step asked for (twice at most: "yes done", then news); a third time, no step. A day
 * said first joins the step said next.
 */
async function notAStepHeard(prompt: PromptValidatorContext<string>, text: string): Promise<boolean> {
  const options = prompt.options as NextStepOptions;
  const state = prompt.state as { dayHeard?: string };
  const notAStep = isNotAGoal(text) ? null : readNotAStep(text);
  if (!notAStep || (notAStep === 'day' && options.dayIsTheSameStep)) {
    if (notAStep === null && state.dayHeard && !namesADayOrTime(text)) prompt.recognized.value = `${text} ${state.dayHeard}`;
    return true;
  }
  if (prompt.attemptCount > 2) {
    prompt.recognized.value = say.noNextStepChoices[0]!.label;
    return true;
  }
  if (notAStep === 'day') state.dayHeard = text;
  const heard = notAStep === 'feeling' ? `${say.feelingNotAStep}\n\n${options.question?.text ?? ''}`.trim() : NOT_A_STEP_HEARD[notAStep];
  await prompt.context.sendActivity(withButtons(heard, notAStep === 'day' ? [] : (options.question?.titles ?? [])));
  return false;
}

/** "What is your next step?", in a review: free words, or no step at all. */
export function askForNextStep(step: WaterfallStepContext, question: string, dayIsTheSameStep = false): Promise<DialogTurnResult> {
  const options: NextStepOptions = {
    question: { text: question, titles: say.noNextStepChoices.map((choice) => choice.label), sorry: TEXT_RETRY },
    listening: { expecting: 'words', about: 'next-step' },
    ...(dayIsTheSameStep ? { dayIsTheSameStep } : {}),
  };
  return step.prompt(NEXT_STEP_PROMPT, options);
}

/** The next step's question, registered with the review dialog's set. */
export function nextStepPrompt(): Dialog {
  const words = new ListeningPrompt(NEXT_STEP_PROMPT, offerIdeasOnce, 'words');
  const noStep = endsWhen(saysNoNextStep, say.noNextStepChoices[0]!.label);
  return new FirstRead(words, (dc, text) => noStep(dc, text) ?? toldOffWorryFirst(dc, text) ?? stepAlreadyTaken(dc, text));
}
