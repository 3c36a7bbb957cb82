// Questions with buttons that still accept typed answers. Every prompt parses with src/domain
// (readChoice and friends) and, when the reply is not an answer, first hears what it was
// (dialogs/listening.ts): a feeling or a question gets its own reply and the question is asked
// again as it was; only words it truly did not understand get "didn't catch that".
import { ActionTypes, MessageFactory, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import {
  TextPrompt,
  type DialogContext,
  type DialogTurnResult,
  type PromptOptions,
  type PromptValidator,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { parseChoice, type ChoiceOption } from '../src/domain/answers.ts';
import { needsCheck, readChoice, type ChoiceReading } from '../src/domain/partialAnswers.ts';
import { asksAboutTheQuestion, hearNonAnswer, isClearQuestion, type AskedAbout, type Expecting } from './listening.ts';
import { ALWAYS_OFFERED, CHOICE_RETRY, TEXT_RETRY } from '../src/messages/en/prompts.ts';
import { answerWorryReplies, cutNote, keptFromLongWords } from '../src/messages/en/listening.ts';
import { cutToLength, MAX_GOAL_LENGTH } from '../src/domain/textChecks.ts';
import { wantSaidInLongWords } from '../src/domain/jobWanted.ts';
import { helpAskedFor } from '../src/domain/questionHelp.ts';
import { withKnowHeardAsNo, withSpokenMarksWritten } from '../src/domain/voiceTyping.ts';
import { answerWithWorry, type AnswerWorry } from '../src/domain/reassuranceAsked.ts';
import { choicesOf, refOf, type ChoicesRef } from './choiceSets.ts';
import type { HeardFirst } from './heardFirst.ts';

const MAX_WORDS_ANSWER = 500;

export { CHOICE_RETRY, TEXT_RETRY } from '../src/messages/en/prompts.ts';

export const CHOICE_PROMPT = 'choicePrompt';
export const TEXT_PROMPT = 'textPrompt';

export function buttons(titles: string[], withAlwaysOffered = true): CardAction[] {
  const all = withAlwaysOffered ? [...titles, ...ALWAYS_OFFERED.filter((t) => !titles.includes(t))] : titles;
  return all.map((title) => ({ type: ActionTypes.ImBack, title, value: title }));
}

export function withButtons(text: string, titles: string[], withAlwaysOffered = true, plain = false): Partial<Activity> {
  const message = MessageFactory.text(text);
  // Words the client typed, shown back: as plain text, so a link or ** they typed stays as typed.
  if (plain) message.textFormat = 'plain';
  message.suggestedActions = { actions: buttons(titles, withAlwaysOffered), to: [] };
  return message;
}

/**
 * What a listening prompt keeps in its options (saved with the dialog state, so plain data).
 * `purpose`: why the question is asked ("why do you need that?"); `questionsLeft`: how many of the
 * first questions are still to come, counting this one.
 */
export type Listening = { expecting?: Expecting; explanation?: string; about?: AskedAbout; purpose?: string; questionsLeft?: number };
/**
 * A question as the dialog state keeps it: its words, the titles of its buttons (the always
 * offered ones are added when it is sent), what a retry says first and, where a reply is checked
 * before it is taken (needsCheck), the check to ask. The state is read and
 * written on every turn; two whole activities with their buttons cost far more.
 */
export type Question = { text: string; titles: string[]; sorry: string; plain?: boolean; check?: string };
export type ListeningOptions = PromptOptions & { listening?: Listening; question?: Question };

/**
 * Words heard and answered, then the question on screen asked again as it was first put (the
 * prompt is not retried: nothing was kept). Returns false, the validator's "not an answer".
 */
export async function answeredThenAskedAgain(prompt: PromptValidatorContext<string>, heard: string): Promise<boolean> {
  const { question } = prompt.options as ListeningOptions;
  await prompt.context.sendActivity(heard);
  if (question) await prompt.context.sendActivity(withButtons(question.text, question.titles, true, question.plain));
  return false;
}

/** The question to send: built from its words, or as an older saved state kept it whole. */
function questionActivity(options: ListeningOptions, isRetry: boolean): Partial<Activity> | string | undefined {
  const { question } = options;
  if (!question) return (isRetry ? options.retryPrompt : undefined) ?? options.prompt;
  if (isRetry) return withButtons(retryAsking(question.sorry, question.text), question.titles);
  return withButtons(question.text, question.titles, true, question.plain);
}

/**
 * A text prompt that listens: the reply is checked for what else it might be before it is kept
 * (free text, or any clear question) or after it failed to parse (choices). When the coach has
 * answered it, the question is asked again as it was first put, not as "didn't catch that".
 * `heardFirst`, where given, hears the reply before all of that (heardFirst.ts).
 */
export class ListeningPrompt extends TextPrompt {
  constructor(
    dialogId: string,
    validator: PromptValidator<string>,
    expecting: Expecting = 'choice',
    readonly heardFirst?: HeardFirst,
  ) {
    super(dialogId, async (prompt) => {
      const options = prompt.options as ListeningOptions;
      const listening = options.listening ?? {};
      const kind = listening.expecting ?? expecting;
      const reassure = readAsSpoken(prompt, kind, listening.about);
      const text = await keepTheWantedWork(prompt, kind, listening.about) ?? (await cutIfLong(prompt, kind));
      const hearFirst =
        kind !== 'choice' ||
        isClearQuestion(text, prompt.context.activity.locale) ||
        asksAboutTheQuestion(text, listening.about) ||
        asksHowToAnswer(text, options);
      if (hearFirst && (await askAgainIfHeard(prompt.context, text, kind, options))) return false;
      if (await validator(prompt)) {
        if (reassure) await prompt.context.sendActivity(answerWorryReplies[reassure]);
        return true;
      }
      const heard = !hearFirst && (await askAgainIfHeard(prompt.context, text, kind, options));
      // "no code" at consent, heard as nothing else: checked ("Just to check: ..."), not "didn't catch that".
      const check = prompt.context.turnState.get(CHECK_DUE) as Question | undefined;
      if (!heard && check?.check) await prompt.context.sendActivity(withButtons(check.check, check.titles));
      return false;
    });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return (await this.heardFirst?.(dc)) ?? super.continueDialog(dc);
  }

  protected override async onPrompt(context: TurnContext, state: unknown, options: PromptOptions, isRetry: boolean): Promise<void> {
    const activity = questionActivity(options, isRetry);
    if (activity) await context.sendActivity(activity);
  }
}

/**
 * Spoken marks written as marks ("jay full stop" is "jay"), "know thats all" as a no, and an
 * answer said before a worry about it ("is that ok?", "is that bad?", "does that matter?") read on
 * its own (consent and the code question answer their own worries). The worry is returned, to be
 * answered once the answer is kept (play-testing, rounds twenty-three and twenty-four).
 */
function readAsSpoken(prompt: PromptValidatorContext<string>, kind: Expecting, about?: AskedAbout): AnswerWorry | null {
  if (typeof prompt.recognized.value !== 'string') return null;
  const said = withKnowHeardAsNo(withSpokenMarksWritten(prompt.recognized.value));
  const read = about === 'invite-code' || about === 'consent' ? null : answerWithWorry(said, { choice: kind === 'choice', job: about === 'job-wanted' });
  prompt.recognized.value = read?.answer ?? said;
  return read?.worry ?? null;
}

/** Free words past the limit are cut, and the client is told, so nothing is lost unseen. */
async function cutIfLong(prompt: PromptValidatorContext<string>, kind: Expecting): Promise<string> {
  const text = prompt.recognized.value ?? '';
  if (kind !== 'words' || text.length <= MAX_WORDS_ANSWER) return text;
  const { text: kept } = cutToLength(text, MAX_WORDS_ANSWER);
  prompt.recognized.value = kept;
  await prompt.context.sendActivity(cutNote(kept.length));
  return kept;
}

/**
 * A pasted paragraph at the goal question that names the work wanted: those words are kept, and
 * said back (play-testing, round sixteen: it was only told it was too long). Null: not such a paragraph.
 */
async function keepTheWantedWork(prompt: PromptValidatorContext<string>, kind: Expecting, about?: AskedAbout): Promise<string | null> {
  const text = prompt.recognized.value ?? '';
  if (kind !== 'goal' || about !== 'plan-words' || text.length <= MAX_GOAL_LENGTH) return null;
  const kept = wantSaidInLongWords(text);
  if (!kept) return null;
  prompt.recognized.value = kept;
  await prompt.context.sendActivity(keptFromLongWords(kept));
  return kept;
}

/** The prompt re-asks only when nothing was said this turn, so after a reply it is asked here. */
async function askAgainIfHeard(context: TurnContext, text: string, kind: Expecting, options: ListeningOptions): Promise<boolean> {
  const { listening } = options;
  const facts = { purpose: listening?.purpose, questionsLeft: listening?.questionsLeft };
  const responded = await hearNonAnswer(context, text, kind, listening?.explanation, listening?.about, questionWords(options), facts);
  const question = questionActivity(options, false);
  if (responded && question) await context.sendActivity(question);
  return responded;
}

/** The question's words as shown, from its saved words or its whole activity. */
function questionWords(options: ListeningOptions): string | undefined {
  if (options.question) return options.question.text;
  const { prompt } = options;
  return typeof prompt === 'string' ? prompt : prompt?.text;
}

/**
 * "what does qualifications mean", "what do i press", "what is this for": asked about the question,
 * heard before its buttons are read ("not sure what to press" is no "not sure"). Said of one's
 * English is left to the buttons first: at "Speaking or reading English" it can be the answer.
 */
function asksHowToAnswer(text: string, options: ListeningOptions): boolean {
  const asked = helpAskedFor(text, `${questionWords(options) ?? ''} ${options.listening?.explanation ?? ''}`);
  return asked !== null && asked !== 'english';
}

/** `choices` is what an older saved state kept: every choice itself. */
interface ChoicePromptOptions {
  sets?: ChoicesRef[];
  choices?: ChoiceOption[];
  reading?: ChoiceReading;
}

const CHECK_DUE = Symbol('coach.prompt.checkDue');

async function choiceValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const validations = (prompt.options as { validations?: ChoicePromptOptions }).validations;
  const choices = validations?.sets ? validations.sets.flatMap(choicesOf) : (validations?.choices ?? []);
  const text = prompt.recognized.value ?? '';
  const value = hiddenByPlace(text, validations?.sets, readChoice(text, choices, validations?.reading));
  const { question } = prompt.options as ListeningOptions;
  // A no about something else at consent: no answer, and checked unless heard as something else.
  if (value === null && question?.check && needsCheck(text, validations?.reading)) prompt.context.turnState.set(CHECK_DUE, question);
  if (value === null) return false;
  prompt.recognized.value = value;
  return true;
}

/**
 * A choice understood but not shown (alsoAccept) only by its words: "7" or "8" typed at the menu
 * had started the sentences again, or the code question (play-testing, round seventeen).
 */
function hiddenByPlace(text: string, sets: ChoicesRef[] | undefined, value: string | null): string | null {
  if (value === null || !sets || sets.length < 2 || choicesOf(sets[0]!).some((choice) => choice.value === value)) return value;
  const hidden = sets.slice(1).flatMap(choicesOf);
  return parseChoice(text, hidden, { byPosition: false }) === value ? value : null;
}

/** A TextPrompt that turns the answer into one of the given choices' values. */
export function createChoicePrompt(): TextPrompt {
  return new ListeningPrompt(CHOICE_PROMPT, choiceValidator, 'choice');
}

/** `check`: asked instead of the retry when the reading says a reply needs checking (needsCheck). */
export type AskChoiceExtras = { reading?: ChoiceReading; explanation?: string; plain?: boolean; about?: AskedAbout; check?: string; purpose?: string };

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
  extras: AskChoiceExtras = {},
): Promise<DialogTurnResult> {
  const sets = alsoAccept.length > 0 ? [refOf(choices), refOf(alsoAccept)] : [refOf(choices)];
  const options: ListeningOptions = {
    question: {
      text,
      titles: choices.map((choice) => choice.label),
      sorry: retryText,
      ...(extras.plain ? { plain: true } : {}),
      ...(extras.check ? { check: extras.check } : {}),
    },
    validations: { sets, ...(extras.reading ? { reading: extras.reading } : {}) } satisfies ChoicePromptOptions,
    listening: { expecting: 'choice', ...(extras.explanation ? { explanation: extras.explanation } : {}), ...(extras.about ? { about: extras.about } : {}), ...(extras.purpose ? { purpose: extras.purpose } : {}) },
  };
  return step.prompt(CHOICE_PROMPT, options);
}

export function askText(step: WaterfallStepContext, text: string, suggestions: string[] = [], listening: Listening = {}): Promise<DialogTurnResult> {
  const options: ListeningOptions = {
    question: { text, titles: suggestions, sorry: TEXT_RETRY },
    listening: {
      expecting: listening.expecting ?? 'words',
      ...(listening.explanation ? { explanation: listening.explanation } : {}),
      ...(listening.about ? { about: listening.about } : {}),
      ...(listening.purpose ? { purpose: listening.purpose } : {}),
    },
  };
  return step.prompt(TEXT_PROMPT, options);
}

/** Free text: anything non-empty will do, once it is heard to be an answer. */
export function createTextPrompt(): TextPrompt {
  return new ListeningPrompt(TEXT_PROMPT, async (prompt) => Boolean(prompt.recognized.value?.trim()), 'words');
}
