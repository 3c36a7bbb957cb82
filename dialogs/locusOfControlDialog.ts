// Our 8 short statements, one per message, answered with 5 buttons or typed ("3", "agree",
// "not sure"). The result is stored with its time; a re-take ({ retake: true }) adds a new row
// and tells the client kindly if they now feel more in charge. The closing words already use
// the coaching style the answers give. The first go keeps each answer as it is given (beside the
// profile), so a client who stops part way carries on at the sentence they were on.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { coachingStyleFor } from '../src/db/coachingStyles.ts';
import { LocusResultRepository } from '../src/db/locusResults.ts';
import { ProfileRepository } from '../src/db/profiles.ts';
import { LOCUS_STATEMENTS, locusChange, parseLikertAnswer, scoreLocusOfControl } from '../src/domain/locusOfControl.ts';
import type { CoachServices } from '../src/services.ts';
import { consentedClientId } from './clientNeeds.ts';
import { DialogIds } from './dialogIds.ts';
import { likertButtons, likertRetry, nextOneReadFirst, locusChangeMessage, locusClosing, locusExplanations, locusIntro, locusPurpose, locusRetakeIntro, locusStatements, locusWayOut, locusWelcomeBack, statementMessage } from '../src/messages/en/locusOfControl.ts';
import { withButtons, retryAsking, type ListeningOptions } from './prompts.ts';
import { LocusPrompt } from './locusPrompt.ts';
import { STARTING_AGAIN } from './selfAssessmentDialog.ts';
import { answersAhead } from '../src/domain/answersAhead.ts';
import { saidLast } from '../src/domain/changeOfMind.ts';

const START = 'locusStart';
const ASK = 'locusAsk';
const LIKERT_PROMPT = 'likertPrompt';

export type LocusOptions = { retake?: boolean };
type AskOptions = { retake: boolean; answers: Record<string, number> };

export class LocusOfControlDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.locusOfControl);
    this.addDialog(new LocusPrompt(LIKERT_PROMPT, validateLikert));
    this.addDialog(new WaterfallDialog(START, [this.start.bind(this)]));
    this.addDialog(new WaterfallDialog(ASK, [this.ask.bind(this), this.record.bind(this)]));
    this.initialDialogId = START;
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const retake = (step.options as LocusOptions | undefined)?.retake === true;
    const soFar = retake ? {} : await this.answersSoFar(step);
    const given = Object.keys(soFar).length;
    await step.context.sendActivity(retake ? locusRetakeIntro : given > 0 ? locusWelcomeBack(given, LOCUS_STATEMENTS.length) : locusIntro);
    return step.replaceDialog(ASK, { retake, answers: soFar } satisfies AskOptions);
  }

  /** The first go's answers kept from before a pause; "start again" lets them go. */
  private async answersSoFar(step: WaterfallStepContext): Promise<Record<string, number>> {
    const clientId = await consentedClientId(step.context, this.services);
    if (!clientId) return {};
    const profiles = new ProfileRepository(this.services.db);
    if (step.context.turnState.get(STARTING_AGAIN)) {
      await profiles.saveLocusSoFar(clientId, {});
      return {};
    }
    const stored = await profiles.locusSoFar(clientId);
    const known = LOCUS_STATEMENTS.filter(({ id }) => Number.isInteger(stored[id]) && stored[id]! >= 1 && stored[id]! <= 5);
    return Object.fromEntries(known.map(({ id }) => [id, stored[id]!]));
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { answers } = step.options as AskOptions;
    const index = LOCUS_STATEMENTS.findIndex((statement) => answers[statement.id] === undefined);
    if (index < 0) return this.finish(step);
    const titles = likertButtons;
    const text = statementMessage(index + 1, LOCUS_STATEMENTS.length, locusStatements[LOCUS_STATEMENTS[index]!.id]);
    const id = LOCUS_STATEMENTS[index]!.id;
    valuesOf(step).statementId = id;
    // "what does this mean": the sentence in other words, and how to answer it; "why?": what they are for.
    const options: ListeningOptions & { wayOut: string } = {
      prompt: withButtons(text, titles),
      retryPrompt: withButtons(retryAsking(likertRetry, text), titles),
      listening: { explanation: locusExplanations[id], purpose: locusPurpose, questionsLeft: LOCUS_STATEMENTS.length - index },
      wayOut: locusWayOut,
    };
    return step.prompt(LIKERT_PROMPT, options);
  }

  private async record(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as AskOptions;
    const answers = { ...options.answers, [valuesOf(step).statementId!]: step.result as number };
    const clientId = options.retake ? null : await consentedClientId(step.context, this.services);
    if (clientId) await new ProfileRepository(this.services.db).saveLocusSoFar(clientId, answers);
    const more = LOCUS_STATEMENTS.some((statement) => answers[statement.id] === undefined);
    if (more && answersAhead(step.context.activity.text ?? '')) await step.context.sendActivity(nextOneReadFirst);
    return step.replaceDialog(ASK, { ...options, answers } satisfies AskOptions);
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { retake, answers } = step.options as AskOptions;
    const clientId = await consentedClientId(step.context, this.services);
    if (!clientId) return step.endDialog();
    const results = new LocusResultRepository(this.services.db);
    const previous = await results.latest(clientId);
    const score = scoreLocusOfControl(answers);
    await results.record(clientId, score, answers, this.services.clock.now());
    if (!retake) await new ProfileRepository(this.services.db).saveLocusSoFar(clientId, {});
    const style = await coachingStyleFor(this.services.db, clientId);
    const change = previous ? locusChange(previous.score, score.score) : null;
    if (retake && change) await step.context.sendActivity(locusChangeMessage[change]);
    await step.context.sendActivity(locusClosing[style.wording]);
    return step.endDialog({ score: score.score, band: score.band, change });
  }
}

async function validateLikert(prompt: PromptValidatorContext<string>): Promise<boolean> {
  // "disagree sorry i mean agree": what was said last (play-testing, round twenty-three).
  const value = parseLikertAnswer(saidLast(prompt.recognized.value ?? ''));
  if (value === null) return false;
  (prompt.recognized as { value: unknown }).value = value;
  return true;
}

/** What this dialog remembers between its steps (kept in the bot state, in the database). */
type AskValues = { statementId?: string };
function valuesOf(step: WaterfallStepContext): AskValues {
  return step.values as AskValues;
}
