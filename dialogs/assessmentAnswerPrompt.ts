// The prompt for a self-assessment answer. Every client message is read for risk first; at a
// barrier question the words can be both a worry and the answer ("yes depression" at "Health, in
// body or mind"). The check-in comes first, as it should; then the answer is kept, where it had
// been asked again and the next short answer ("no thanks", to the check-in) kept as a no.
import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult, type PromptOptions, type PromptRecognizerResult, type PromptValidatorContext } from 'botbuilder-dialogs';
import { ClientMessageRepository } from '../src/db/clientMessages.ts';
import { ANY_JOB, parseAssessmentAnswer } from '../src/domain/assessmentAnswers.ts';
import { withoutSlangTags } from '../src/domain/unkindWords.ts';
import { JOB_GOAL_QUESTIONS, questionById, type AssessmentAnswer } from '../src/domain/assessmentQuestions.ts';
import { normaliseAnswer } from '../src/domain/answers.ts';
import { feelingHeardJobKept, howItEndedKeptPrivate, jobIdeas, jobIdeasOffered, offerReplyHeard, openToAnyJobIdeas, workWordsHeard } from '../src/messages/en/selfAssessment.ts';
import { jobSaidWithAFeeling } from '../src/domain/jobSaidWithAFeeling.ts';
import { answerWithWorry } from '../src/domain/reassuranceAsked.ts';
import { namesTopicOf } from '../src/domain/barrierTopics.ts';
import { barrierDetailToHold, noteWithDetail, saysRecoveryNews } from '../src/domain/barrierDetails.ts';
import { jobChangedInstead } from '../src/domain/jobChangeWords.ts';
import { recoveryHeard } from '../src/messages/en/assessmentHeard.ts';
import { isOnlyAYes, saysNothing } from '../src/domain/assessmentShortWords.ts';
import { stepAwayReply } from './stepAwayReply.ts';
import type { CoachServices } from '../src/services.ts';
import { consentedClientId } from './clientNeeds.ts';
import { ListeningPrompt, withButtons } from './prompts.ts';
import { tapKey } from '../src/domain/clientWords.ts';
import type { TakesHeldAnswer } from './reprompt.ts';
import { answersTheOfferInstead } from './assessmentWorries.ts';
import { followUpFor, type FollowUp } from '../src/domain/assessmentFollowUps.ts';
import { answerAnAside, type AsideOptions } from './assessmentAsides.ts';
import { paidWorkInOtherWords, wishesForWorkAtLastJob } from '../src/domain/workHistoryHeard.ts';
import { keepsHowItEndedPrivate } from '../src/domain/jobEndedWords.ts';

/** `followedUp`: this is the one short question after a part answer; another part answer is not asked about again. */
export type AnswerValidations = { questionId: string; canKeep: boolean; skipLabel: string; followedUp?: boolean };
/** A part answer: nothing is kept, and one short question is asked (src/domain/assessmentFollowUps.ts). */
export type FollowUpAsked = { kind: 'follow-up'; ask: FollowUp };
export type PromptAnswer = AssessmentAnswer | FollowUpAsked;
/** `misses`: replies answered "didn't catch that"; `sameMisses`: how many times running the same words were. */
// `detail`: words said at a barrier question that were no yes or no, kept beside the answer tapped next.
// `ideasOffered`: job ideas were offered once after a typed "dunno" at the first job question.
type HeldState = { heldAnswer?: string; misses?: number; lastMiss?: string; sameMisses?: number; detail?: string; ideasOffered?: boolean };
// Play-testing: a plain "No" at "How sure do you feel?" was asked again with no end. After two
// "didn't catch that"s the next unclear reply leaves the rating, kindly.
const CONFIDENCE_MISSES = 2;

function readAnswer(validations: AnswerValidations, text: string): AssessmentAnswer | null {
  const { questionId, canKeep, skipLabel } = validations;
  const question = questionById(questionId);
  // "ye" at "What are you good at?" is no skill; "nothin" at "Have you had a paid job?" is a no.
  if ((question.kind === 'text' || question.kind === 'list') && isOnlyAYes(text)) return null;
  if (question.id === 'recent-work' && saysNothing(text)) return { kind: 'yes-no', value: false };
  // "looking after my mum full time", "not since covid", "yes but i hated it" (listening round three).
  // "dunno bruv", "anything innit": read without the slang (first conversations, December: "Bruv" kept as a job).
  const said = question.kind === 'text' || question.kind === 'list' ? withoutSlangTags(text) : text;
  return parseAssessmentAnswer(question, said, { canKeep, skipLabel }) ?? (question.id === 'recent-work' ? paidWorkInOtherWords(text) : null);
}

/**
 * A part answer gets one short question: where nothing was read (paid work, how sure), or where a
 * no was read but the words go on about the very thing asked ("not really, im shy"). After that
 * question, a part answer again is left kindly (paid work, how sure) or asked again (a barrier).
 */
function readPartAnswer(validations: AnswerValidations, text: string, read: AssessmentAnswer | null): PromptAnswer | null {
  const question = questionById(validations.questionId);
  const asked = followUpFor(question, text);
  const readAsNo = read?.kind === 'barrier' && read.value === 'no';
  if (!asked || (read !== null && !readAsNo) || (readAsNo && asked !== 'check')) return read;
  if (!validations.followedUp) return { kind: 'follow-up', ask: asked };
  return asked === 'check' ? null : { kind: 'unsure' };
}

async function validateAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const { validations } = prompt.options as { validations: AnswerValidations };
  const typed = prompt.recognized.value ?? '';
  const read = readPartAnswer(validations, typed, readAnswer(validations, typed));
  const giveUp = questionById(validations.questionId).kind === 'confidence' && ((prompt.state as HeldState).misses ?? 0) >= CONFIDENCE_MISSES;
  const answer: PromptAnswer | null = read ?? (giveUp ? { kind: 'unsure' } : null);
  if (!answer) return holdADetail(prompt, validations, typed);
  if (await offeredJobIdeasFirst(prompt, validations, answer, typed)) return false;
  (prompt.recognized as { value: unknown }).value = withHeldDetail(answer, (prompt.state as HeldState).detail);
  return true;
}

/**
 * "dunno really" typed at "What kind of job would you like most?": a few kinds of work offered once
 * before the question is left (play-testing, December: the whole jobs step had been skipped with no
 * word). The "Not sure yet" button, or a second "dunno", leaves it as before.
 */
async function offeredJobIdeasFirst(prompt: PromptValidatorContext<string>, validations: AnswerValidations, answer: PromptAnswer, typed: string): Promise<boolean> {
  const state = prompt.state as HeldState;
  const noJobSaid = answer.kind === 'text' && answer.value === null;
  // "anything innit": open to any work, so the same kinds of work, with "Any job" to keep it so (first conversations, December).
  const anyJob = answer.kind === 'text' && answer.value === ANY_JOB;
  if (validations.questionId !== JOB_GOAL_QUESTIONS[0] || !(noJobSaid || anyJob) || state.ideasOffered || tapKey(typed) === tapKey(validations.skipLabel)) return false;
  state.ideasOffered = true;
  const offer = anyJob ? withButtons(openToAnyJobIdeas(ANY_JOB), [...jobIdeas, ANY_JOB]) : withButtons(jobIdeasOffered(validations.skipLabel), [...jobIdeas, validations.skipLabel]);
  await prompt.context.sendActivity(offer);
  return true;
}

/**
 * "i live in supported housing, have to move out at 21" where a barrier is asked: the words are
 * held for the answer tapped next, and recovery news gets a kind word (assessment round five: the
 * tap request alone, and nothing kept). Always false: the question is asked again.
 */
async function holdADetail(prompt: PromptValidatorContext<string>, validations: AnswerValidations, typed: string): Promise<false> {
  const barrier = questionById(validations.questionId).barrier;
  const detail = barrier ? barrierDetailToHold(typed, barrier) : null;
  if (!detail) return false;
  const state = prompt.state as HeldState;
  state.detail = state.detail ? noteWithDetail(state.detail, detail) : detail;
  if (saysRecoveryNews(typed)) await prompt.context.sendActivity(recoveryHeard);
  return false;
}

/** A barrier's yes or no with the held words kept beside it; "I'd rather not say" keeps nothing. */
function withHeldDetail(answer: PromptAnswer, detail: string | undefined): PromptAnswer {
  if (!detail || answer.kind !== 'barrier' || answer.value === 'prefer-not-to-say') return answer;
  return { ...answer, note: noteWithDetail(detail, answer.note) };
}

export class AssessmentAnswerPrompt extends ListeningPrompt implements TakesHeldAnswer {
  constructor(
    dialogId: string,
    private readonly services: CoachServices,
  ) {
    super(dialogId, validateAnswer);
  }

  /**
   * The worry the safety check answered this turn, or the turn before when this message answered
   * its offer of the adviser: taken when it is a yes that names what the question asks ("yes
   * depression" at health; "i feel really down" at housing is no answer). Never a no.
   */
  async takeHeldAnswer(context: TurnContext, instance: DialogInstance): Promise<boolean> {
    if (context.activity.type !== 'message') return false;
    const { options, state } = instance.state as { options: { validations?: AnswerValidations }; state: HeldState };
    const validations = options.validations;
    const barrier = validations ? questionById(validations.questionId).barrier : undefined;
    if (!validations || !barrier) return false;
    const clientId = await consentedClientId(context, this.services);
    if (!clientId) return false;
    const [before, latest] = await new ClientMessageRepository(this.services.db).recent(clientId, 2);
    const held = latest?.riskLevel === 'concern' ? latest : before?.riskLevel === 'concern' && latest ? before : undefined;
    if (!held) return false;
    const answer = readAnswer(validations, held.text);
    if (answer?.kind !== 'barrier' || answer.value !== 'yes' || !namesTopicOf(held.text, barrier)) return false;
    state.heldAnswer = held.text;
    return true;
  }

  /**
   * "ok" or "no thanks" just after the coach heard a worry answers what it said about the adviser:
   * never kept as the answer (play-testing found "no thanks" kept as a no), the question asked again.
   */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const instance = dc.activeDialog;
    const held = (instance?.state as { state?: HeldState } | undefined)?.state?.heldAnswer;
    // "actually no, make that barber" at "Is there another job you would like too?": the job said before is changed (round five).
    const changedTo = instance && held === undefined ? jobChangedAt(instance.state, dc.context) : null;
    if (changedTo) return dc.endDialog({ kind: 'job-changed', value: changedTo } satisfies PromptAnswer);
    // "is this going on my record", "is this a test": answered, then the question again.
    if (instance && held === undefined && (await answerAnAside(dc.context, instance.state as { options?: AsideOptions }))) {
      await this.repromptDialog(dc.context, instance);
      return Dialog.EndOfTurn;
    }
    // "long story" at "How did that job end?", "looking for retail" at "What was your last job?" (round four).
    const workWords = instance && held === undefined && dc.context.activity.type === 'message' ? noAnswerAtWorkHistory(instance.state, dc.context.activity.text ?? '') : null;
    if (instance && workWords) {
      await dc.context.sendActivity(workWords);
      await this.repromptDialog(dc.context, instance);
      return Dialog.EndOfTurn;
    }
    // "sorry my little one is screaming hang on": the question waits (it had "which job do you mean").
    // "sorry kids", "back now what was the question": never kept as the answer (first conversations, December).
    const steppedAway = instance && held === undefined && dc.context.activity.type === 'message' ? stepAwayReply(dc.context.activity.text ?? '') : null;
    if (instance && steppedAway) {
      await dc.context.sendActivity(steppedAway);
      await this.repromptDialog(dc.context, instance);
      return Dialog.EndOfTurn;
    }
    if (!instance || held !== undefined || !(await answersTheOfferInstead(dc.context, this.services))) return super.continueDialog(dc);
    await dc.context.sendActivity(offerReplyHeard);
    await this.repromptDialog(dc.context, instance);
    return Dialog.EndOfTurn;
  }

  /**
   * Play-testing: "ok" six times at the job question had the same reply six times. The same words
   * missed twice running are met with kinds of work to tap instead.
   */
  protected override async onPrompt(context: TurnContext, state: HeldState, options: PromptOptions, isRetry: boolean): Promise<void> {
    if (!isRetry) return super.onPrompt(context, state, options, isRetry);
    const said = normaliseAnswer(context.activity.text ?? '');
    state.sameMisses = said && said === state.lastMiss ? (state.sameMisses ?? 1) + 1 : 1;
    state.lastMiss = said;
    state.misses = (state.misses ?? 0) + 1;
    const validations = (options as { validations?: AnswerValidations }).validations;
    if (state.sameMisses < 2 || !validations || !JOB_GOAL_QUESTIONS.includes(validations.questionId)) return super.onPrompt(context, state, options, isRetry);
    await context.sendActivity(withButtons(jobIdeasOffered(validations.skipLabel), [...jobIdeas, validations.skipLabel]));
  }

  protected override async onRecognize(context: TurnContext, state: HeldState, options: PromptOptions): Promise<PromptRecognizerResult<string>> {
    const held = state.heldAnswer;
    if (held === undefined) return hearFeelingBesideAJob(context, options, await super.onRecognize(context, state, options));
    delete state.heldAnswer;
    return { succeeded: true, value: held };
  }
}

/** The new job said as a change of mind at "another job?"; null elsewhere. */
function jobChangedAt(state: unknown, context: TurnContext): string | null {
  const questionId = (state as { options?: { validations?: AnswerValidations } }).options?.validations?.questionId;
  const another = questionId !== undefined && JOB_GOAL_QUESTIONS.indexOf(questionId) >= 1;
  return another && context.activity.type === 'message' ? jobChangedInstead(context.activity.text ?? '') : null;
}

/** Words at a work-history question that are no answer to it, and what is said back before it is asked again. */
function noAnswerAtWorkHistory(state: unknown, said: string): string | null {
  const questionId = (state as { options?: { validations?: AnswerValidations } }).options?.validations?.questionId;
  // "do i have to say", "bit embarrassing tbh": never kept as how the job ended, never read as a question about telling an employer.
  if (questionId === 'how-it-ended' && keepsHowItEndedPrivate(said)) return howItEndedKeptPrivate;
  // "i want to work in a shop": a wish, never kept as the last job.
  return questionId === 'last-job' && wishesForWorkAtLastJob(said) ? workWordsHeard.wish : null;
}

/**
 * "Honestly I feel a bit lost, ... but office work is what I know" at a job question: the feeling
 * answered here, and only the job read as the answer (play-testing, round twenty-five: the feeling
 * was answered and the job lost). A worry said after a job is answered by the prompt itself.
 */
async function hearFeelingBesideAJob(context: TurnContext, options: PromptOptions, recognized: PromptRecognizerResult<string>): Promise<PromptRecognizerResult<string>> {
  const validations = (options as { validations?: AnswerValidations }).validations;
  const said = recognized.value;
  if (!recognized.succeeded || !said || !validations || !JOB_GOAL_QUESTIONS.includes(validations.questionId)) return recognized;
  const job = answerWithWorry(said, { job: true }) ? null : jobSaidWithAFeeling(said);
  if (!job) return recognized;
  await context.sendActivity(feelingHeardJobKept);
  return { succeeded: true, value: job.said };
}
