// The self-assessment: one question per message, progress saved in the database after every
// answer, so it carries on where it stopped in a later chat or after a restart. At the end it
// marks the profile red, amber or green (how much support to give; never whether).
// "Update my profile" opens it again on the parts the client picks.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { subDays } from 'date-fns';
import { ProfileRepository } from '../src/db/profiles.ts';
import { doubtsAJob } from '../src/domain/jobWanted.ts';
import { jobSaidBefore, recordAnswerOrJobChange } from '../src/domain/jobChangeWords.ts';
import { jobChangeSaidBack } from '../src/messages/en/assessmentHeard.ts';
import { saysTheyAreNewToIt } from '../src/domain/barrierTopics.ts';
import { saysPaidInformally } from '../src/domain/paidWorkAnswers.ts';
import { whatWorkWordsTell } from '../src/domain/workHistoryHeard.ts';
import { endingHeard } from '../src/domain/jobEndedWords.ts';
import { MAX_GOAL_LENGTH } from '../src/domain/textChecks.ts';
import {
  hasCurrentAnswer,
  currentAnswer,
  nextQuestion,
  questionById,
  reopenSteps,
  startsItsStep,
  type AssessmentAnswer,
  type AssessmentQuestion,
} from '../src/domain/assessmentQuestions.ts';
import { ASSESSMENT_STEPS, indexOfStep, type AssessmentStepId } from '../src/domain/assessmentSteps.ts';
import { barrierAnswerButtons, barrierLabels, barrierNotedAtAJobQuestion, otherBarrierNoted } from '../src/messages/en/barriers.ts';
import type { ChoiceOption } from '../src/domain/answers.ts';
import { supportMarkerFor } from '../src/domain/supportMarker.ts';
import { howMuchShared } from '../src/domain/assessmentShared.ts';
import { assessmentQuestionsLeft } from '../src/domain/questionsLeft.ts';
import { LOCUS_STATEMENTS } from '../src/domain/locusOfControl.ts';
import type { CoachServices } from '../src/services.ts';
import { consentedClientId } from './clientNeeds.ts';
import type { AskedAbout, Expecting } from './listening.ts';
import { DialogIds } from './dialogIds.ts';
import {
  allPartsLabel,
  answerIdeas,
  assessmentDoneFor,
  assessmentIntro,
  assessmentWelcomeBack,
  assessmentFromTheStart,
  barrierRetry,
  jobRetry,
  barriersIntro,
  newToComputersHeard,
  keepLabel,
  lastTimeYouSaid,
  numberRetry,
  pickPartQuestion,
  profileUpdated,
  questionExplanation,
  questionPurpose,
  questionText,
  skipLabelFor,
  stepHeading,
  stepTitles,
  stepTitleWords,
  keepAnswersLabel,
  keepAnswersWords,
  answersKept,
  supportLevelMessage,
  supportLevelUnknown,
  redundancyHeard,
  cashWorkCounts,
  reasonAdded,
  jobDoubtHeard,
  jobsKeptFromLongWords,
  textRetry,
  unsureHeard,
  workplaceHeard,
  yesNoButtons,
  yesNoRetry,
  followUpQuestions,
  barrierCheck,
  stillWorkThere,
  workWordsKept,
  endingHeardWords,
} from '../src/messages/en/selfAssessment.ts';
import { askChoice, createChoicePrompt, createTextPrompt, type ListeningOptions } from './prompts.ts';
import { AssessmentAnswerPrompt, type AnswerValidations, type PromptAnswer } from './assessmentAnswerPrompt.ts';
import type { FollowUp } from '../src/domain/assessmentFollowUps.ts';
import { hearHomeWorry } from './assessmentWorries.ts';

const START = 'selfAssessmentStart';
const ASK = 'selfAssessmentAsk';
const ANSWER_PROMPT = 'assessmentAnswerPrompt';
// A crisis this recent raises the marker to red: the adviser should give the most support.
const CRISIS_WINDOW_DAYS = 30;

// 'again': the first time through, gone back to the first question ("start again"), each answer
// given so far offered to keep.
type Mode = 'setup' | 'again' | 'update';

/** Set on the turn by the main dialog when the client typed "start again". */
export const STARTING_AGAIN = Symbol('coach.selfAssessment.startingAgain');
// askingAgain: the same question once more, after an answer about something else; no heading again.
// followUp: one short question after a part answer, asked instead of the question's own words.
type AskOptions = { mode: Mode; ratedConfidence?: boolean; askingAgain?: boolean; followUp?: FollowUp };

const ALL = 'all';
const KEEP = 'keep';
const partChoices: ChoiceOption[] = [
  ...ASSESSMENT_STEPS.map((step, index) => ({ value: step.id, label: stepTitles[step.id], synonyms: [String(index + 1), ...stepTitleWords[step.id]] })),
  { value: ALL, label: allPartsLabel, synonyms: ['all', 'everything', 'all of it', 'the lot', 'walk through again'] },
  // "keep it", "oops wrong button": leaves the picker (play-testing found them read as a low mood).
  { value: KEEP, label: keepAnswersLabel, synonyms: keepAnswersWords },
];

export class SelfAssessmentDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.selfAssessment);
    // Its own copies of the shared prompts: reprompting after an interruption looks only here.
    this.addDialog(createChoicePrompt());
    this.addDialog(createTextPrompt());
    this.addDialog(new AssessmentAnswerPrompt(ANSWER_PROMPT, services));
    this.addDialog(new WaterfallDialog(START, [this.start.bind(this), this.reopenPicked.bind(this)]));
    this.addDialog(new WaterfallDialog(ASK, [this.ask.bind(this), this.record.bind(this)]));
    this.initialDialogId = START;
  }

  private get profiles(): ProfileRepository {
    return new ProfileRepository(this.services.db);
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const clientId = await consentedClientId(step.context, this.services);
    if (!clientId) return step.endDialog();
    const stored = await this.profiles.find(clientId);
    if (stored?.completedAt) return askChoice(step, pickPartQuestion, partChoices);
    const started = stored && (stored.progress.answered.length > 0 || stored.progress.profile.completedSteps.length > 0);
    if (started && step.context.turnState.get(STARTING_AGAIN)) {
      await this.profiles.saveProgress(clientId, reopenSteps(stored.progress, ASSESSMENT_STEPS.map((s) => s.id)));
      await step.context.sendActivity(assessmentFromTheStart);
      return step.replaceDialog(ASK, { mode: 'again' } satisfies AskOptions);
    }
    await step.context.sendActivity(started ? assessmentWelcomeBack : assessmentIntro);
    return step.replaceDialog(ASK, { mode: 'setup' } satisfies AskOptions);
  }

  private async reopenPicked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const clientId = await consentedClientId(step.context, this.services);
    if (!clientId) return step.endDialog();
    const picked = step.result as AssessmentStepId | typeof ALL | typeof KEEP;
    if (picked === KEEP) {
      await step.context.sendActivity(answersKept);
      return step.endDialog();
    }
    const steps = picked === ALL ? ASSESSMENT_STEPS.map((s) => s.id) : [picked];
    const progress = await this.profiles.loadProgress(clientId);
    await this.profiles.saveProgress(clientId, reopenSteps(progress, steps));
    return step.replaceDialog(ASK, { mode: 'update' } satisfies AskOptions);
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as AskOptions;
    const clientId = await consentedClientId(step.context, this.services);
    if (!clientId) return step.endDialog();
    const progress = await this.profiles.loadProgress(clientId);
    const question = nextQuestion(progress);
    if (!question) return this.finish(step, clientId, options);

    if (!options.askingAgain && startsItsStep(question, progress)) {
      const index = indexOfStep(question.step);
      await step.context.sendActivity(stepHeading(index, ASSESSMENT_STEPS[index]!.id));
      if (question.step === 'barriers') await step.context.sendActivity(barriersIntro);
    }
    const canKeep = options.mode !== 'setup' && hasCurrentAnswer(progress.profile, question);
    if (canKeep && !options.askingAgain) await step.context.sendActivity(lastTimeYouSaid(currentAnswer(progress.profile, question)));
    valuesOf(step).questionId = question.id;
    const titles = [...(canKeep ? [keepLabel] : []), ...buttonsFor(question)];
    const text = options.followUp ? followUpText(question, options.followUp) : questionText(question);
    const followedUp = options.followUp ? { followedUp: true } : {};
    const promptOptions: ListeningOptions = {
      question: { text, titles, sorry: retryFor(question) },
      validations: { questionId: question.id, canKeep, skipLabel: skipLabelFor(question), ...followedUp } satisfies AnswerValidations,
      listening: {
        expecting: expectingFor(question),
        explanation: questionExplanation(question),
        purpose: questionPurpose(question),
        // The locus-of-control statements follow the first time through.
        questionsLeft: assessmentQuestionsLeft(progress) + (options.mode === 'setup' ? LOCUS_STATEMENTS.length : 0),
        ...aboutOf(question),
      },
    };
    return step.prompt(ANSWER_PROMPT, promptOptions);
  }

  private async record(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as AskOptions;
    const clientId = await consentedClientId(step.context, this.services);
    if (!clientId) return step.endDialog();
    const question = questionById(valuesOf(step).questionId!);
    const result = step.result as PromptAnswer;
    // A part answer: nothing kept, and one short question asked ("Were you paid for any of that work?").
    if (result.kind === 'follow-up') return step.replaceDialog(ASK, { ...options, askingAgain: true, followUp: result.ask } satisfies AskOptions);
    const answer: AssessmentAnswer = result;
    const progress = await this.profiles.loadProgress(clientId);
    // "i work at tesco nights": kept as "I still work there" too; "looking after my mum" kept for the adviser (round three).
    const said = { questionId: question.id, read: answer, said: step.context.activity.text ?? '' };
    const { progress: updated, heard } = whatWorkWordsTell(recordAnswerOrJobChange(progress, question, answer), said, stillWorkThere);
    await this.profiles.saveProgress(clientId, updated);
    for (const told of heard) await step.context.sendActivity(workWordsKept[told]);
    // A redundancy is heard, not just filed: the next question can wait one line.
    if (question.id === 'how-it-ended' && updated.profile.workHistory.redundancy) await step.context.sendActivity(redundancyHeard);
    // "i got ill", "got sacked", "i had a baby": a kind word back (listening round four).
    const ending = question.id === 'how-it-ended' && !updated.profile.workHistory.redundancy && heard.length === 0 && answer.kind === 'text' && answer.value ? endingHeard(answer.value) : null;
    if (ending) await step.context.sendActivity(endingHeardWords[ending]);
    if (answer.kind === 'reason-for-last-job') await step.context.sendActivity(reasonAdded);
    // "sort of, cash in hand": told it counts, so the next question about that job makes sense.
    if (question.id === 'recent-work' && saysPaidInformally(step.context.activity.text ?? '')) await step.context.sendActivity(cashWorkCounts);
    if (answer.kind === 'job-changed') await step.context.sendActivity(jobChangeSaidBack(answer.value, jobSaidBefore(progress, question.id)));
    if (answer.kind === 'unsure') await step.context.sendActivity(unsureHeard);
    if (answer.kind === 'workplace-said') await step.context.sendActivity(workplaceHeard);
    if (JOB_QUESTIONS.has(question.id)) await sayBackTheJob(step, answer);
    // "I have no qualifications really" at "Debts": kept with qualifications, and debts asked again.
    if (answer.kind === 'other-barrier') await step.context.sendActivity(question.barrier ? otherBarrierNoted(question.barrier) : barrierNotedAtAJobQuestion(answer.barrier));
    // Scripted clients, round twenty-seven: "never used a computer" is a yes here, said back kindly.
    if (question.barrier === 'digital-skills' && answer.kind === 'barrier' && answer.value === 'yes' && saysTheyAreNewToIt(answer.note ?? '')) await step.context.sendActivity(newToComputersHeard);
    // "yes, might lose the flat": the yes is kept, and the worry about a home heard too.
    if (question.kind === 'barrier') await hearHomeWorry(step.context, this.services, answer);
    const ratedConfidence = options.ratedConfidence || answer.kind === 'confidence';
    const askingAgain = answer.kind === 'other-barrier' || answer.kind === 'job-changed' || answer.kind === 'workplace-said';
    return step.replaceDialog(ASK, { mode: options.mode, ratedConfidence, askingAgain } satisfies AskOptions);
  }

  private async finish(step: WaterfallStepContext, clientId: string, options: AskOptions): Promise<DialogTurnResult> {
    const now = this.services.clock.now();
    const progress = await this.profiles.loadProgress(clientId);
    const recentCrisis = await this.profiles.hadCrisisSince(clientId, subDays(now, CRISIS_WINDOW_DAYS));
    const { marker } = supportMarkerFor(progress.profile, { recentCrisis });
    await this.profiles.complete(clientId, progress, marker, now, { recordConfidence: options.ratedConfidence === true });
    if (options.mode === 'update') {
      await step.context.sendActivity(profileUpdated);
    } else {
      const shared = howMuchShared(progress.profile);
      await step.context.sendActivity(assessmentDoneFor[shared]);
      await step.context.sendActivity(shared === 'little' ? supportLevelUnknown : supportLevelMessage[marker]);
    }
    return step.endDialog({ completed: true, marker });
  }
}

function followUpText(question: AssessmentQuestion, followUp: FollowUp): string {
  // 'check' follows only a barrier question's answer.
  return followUp === 'check' ? barrierCheck(barrierLabels[question.barrier!]) : followUpQuestions[followUp];
}

function buttonsFor(question: AssessmentQuestion): string[] {
  switch (question.kind) {
    case 'yes-no':
      return yesNoButtons;
    case 'barrier':
      return barrierAnswerButtons;
    case 'confidence':
      return Array.from({ length: 10 }, (_, i) => String(i + 1));
    default:
      return [...(answerIdeas[question.id] ?? []), ...(question.optional ? [skipLabelFor(question)] : [])];
  }
}

/** A job the client would like is kept like a goal: no insults, mashing or pasted pages. */
function expectingFor(question: AssessmentQuestion): Expecting {
  if (question.kind !== 'text' && question.kind !== 'list') return 'choice';
  return JOB_QUESTIONS.has(question.id) ? 'goal' : 'words';
}
const JOB_QUESTIONS = new Set(['first-job', 'second-job', 'third-job']);

/** A doubt said with the job is answered, and the jobs kept from a pasted paragraph said back (play-testing, round sixteen). */
async function sayBackTheJob(step: WaterfallStepContext, answer: AssessmentAnswer): Promise<void> {
  const said = step.context.activity.text ?? '';
  const titles = answer.kind === 'jobs' ? answer.value : (answer.kind === 'text' || answer.kind === 'job-with-reason') && answer.value ? [answer.value] : [];
  if (titles.length === 0) return;
  if (doubtsAJob(said)) await step.context.sendActivity(jobDoubtHeard(titles[0]!));
  else if (said.length > MAX_GOAL_LENGTH) await step.context.sendActivity(jobsKeptFromLongWords(titles));
}

function aboutOf(question: AssessmentQuestion): { about?: AskedAbout } {
  if (JOB_QUESTIONS.has(question.id)) return { about: 'job-wanted' };
  if (question.id === 'first-job-reason') return { about: 'job-reason' };
  if (question.step === 'work-history') return { about: 'work-history' };
  if (question.id === 'support-wanted') return { about: 'help-wanted' };
  return question.kind === 'barrier' ? { about: 'barrier' } : {};
}

function retryFor(question: AssessmentQuestion): string {
  if (question.kind === 'yes-no') return yesNoRetry;
  if (question.kind === 'barrier') return barrierRetry;
  if (question.kind === 'confidence') return numberRetry;
  return JOB_QUESTIONS.has(question.id) ? jobRetry : textRetry;
}

/** What this dialog remembers between its steps (kept in the bot state, in the database). */
type AskValues = { questionId?: string };
function valuesOf(step: WaterfallStepContext): AskValues {
  return step.values as AskValues;
}
