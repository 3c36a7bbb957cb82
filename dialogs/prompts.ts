// Questions with buttons that still accept typed answers. Every prompt parses with src/domain
// (parseChoice and friends) and, when it cannot, says so kindly and asks once more.
import { ActionTypes, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import { TextPrompt, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { parseChoice, type ChoiceOption } from '../src/domain/answers.ts';

export const CHOICE_PROMPT = 'choicePrompt';
export const TEXT_PROMPT = 'textPrompt';

/** Buttons always on offer, so help and a person are one tap away. */
export const ALWAYS_OFFERED = ['Help', 'Talk to my adviser'];

export function buttons(titles: string[], withAlwaysOffered = true): CardAction[] {
  const all = withAlwaysOffered ? [...titles, ...ALWAYS_OFFERED.filter((t) => !titles.includes(t))] : titles;
  return all.map((title) => ({ type: ActionTypes.ImBack, title, value: title }));
}

export function withButtons(text: string, titles: string[], withAlwaysOffered = true): Partial<Activity> {
  const message = MessageFactory.text(text);
  message.suggestedActions = { actions: buttons(titles, withAlwaysOffered), to: [] };
  return message;
}

interface ChoicePromptOptions {
  choices: ChoiceOption[];
}

async function choiceValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const options = prompt.options as ChoicePromptOptions & { validations?: ChoicePromptOptions };
  const choices = options.validations?.choices ?? [];
  const value = parseChoice(prompt.recognized.value ?? '', choices);
  if (value === null) return false;
  prompt.recognized.value = value;
  return true;
}

/** A TextPrompt that turns the answer into one of the given choices' values. */
export function createChoicePrompt(): TextPrompt {
  return new TextPrompt(CHOICE_PROMPT, choiceValidator);
}

export const CHOICE_RETRY = "Sorry, I didn't catch that. Please tap a button or type one of them.";

/**
 * A retry says what went wrong and asks the question again: after a restart, a reload or a
 * stray "hi", the person may no longer see what was asked.
 */
export function retryAsking(sorry: string, question: string): string {
  return `${sorry}\n\n${question}`;
}

/** `alsoAccept`: choices understood when typed but not shown as buttons. */
export function askChoice(
  step: WaterfallStepContext,
  text: string,
  choices: ChoiceOption[],
  retryText = CHOICE_RETRY,
  alsoAccept: ChoiceOption[] = [],
): Promise<DialogTurnResult> {
  const titles = choices.map((choice) => choice.label);
  return step.prompt(CHOICE_PROMPT, {
    prompt: withButtons(text, titles),
    retryPrompt: withButtons(retryAsking(retryText, text), titles),
    validations: { choices: [...choices, ...alsoAccept] },
  });
}

export const TEXT_RETRY = 'Please type a few words. Or type "help".';

export function askText(step: WaterfallStepContext, text: string, suggestions: string[] = []): Promise<DialogTurnResult> {
  return step.prompt(TEXT_PROMPT, {
    prompt: withButtons(text, suggestions),
    retryPrompt: withButtons(retryAsking(TEXT_RETRY, text), suggestions),
  });
}

/** Free text: anything non-empty will do. */
export function createTextPrompt(): TextPrompt {
  return new TextPrompt(TEXT_PROMPT, async (prompt) => Boolean(prompt.recognized.value?.trim()));
}
