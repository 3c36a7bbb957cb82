// "How sure do you feel that you can do this, from 1 to 10?": the question with its number buttons,
// and the prompt that reads the answer as people type one ("8 out of 10", "about a 6"); then what was
// heard with it said back: nerves first ("7 tbh but bit nervous"), then the number kept, unless given
// plainly ("prob a 6" had been kept unseen, play-testing).
import type { DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { parseConfidence } from '../src/domain/smart.ts';
import { saysNervesWithTheDay } from '../src/domain/dateSaidWithNerves.ts';
import { ratingWorthSayingBack } from '../src/domain/ratingSaidInWords.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { ListeningPrompt, type ListeningOptions } from './prompts.ts';

const CONFIDENCE_PROMPT = 'smartGoalConfidence';

export function confidencePrompt(): ListeningPrompt {
  return new ListeningPrompt(CONFIDENCE_PROMPT, validateConfidence);
}

/**
 * Asks how sure the client feels; the answer comes back as the rating's number, as a string.
 * `said`: how sure they said they are already ("im about 8 sure" with the goal): heard, not asked.
 */
export async function askConfidence(step: WaterfallStepContext, text: string, said?: number): Promise<DialogTurnResult> {
  if (said !== undefined) {
    await step.context.sendActivity(say.sureHeard(said));
    return step.next(String(said));
  }
  const options: ListeningOptions = { question: { text, titles: say.confidenceButtons, sorry: say.confidenceNotCaught } };
  return step.prompt(CONFIDENCE_PROMPT, options);
}

async function validateConfidence(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const value = parseConfidence(prompt.recognized.value ?? '');
  if (value === null) return false;
  prompt.recognized.value = String(value);
  return true;
}

/** The answer just kept: a feeling said with it answered first (listen first), then the number said back. */
export async function sayRatingHeard(step: WaterfallStepContext, rating: number): Promise<void> {
  const typed = step.context.activity.text ?? '';
  if (saysNervesWithTheDay(typed)) await step.context.sendActivity(say.worryWithTheGoal);
  if (ratingWorthSayingBack(typed)) await step.context.sendActivity(say.ratingSaidBack(rating));
}
