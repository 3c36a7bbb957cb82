// The prompt for a self-assessment answer. Every client message is read for risk first; at a
// barrier question the words can be both a worry and the answer ("yes depression" at "Health, in
// body or mind"). The check-in comes first, as it should; then the answer is kept, where it had
// been asked again and the next short answer ("no thanks", to the check-in) kept as a no.
import type { TurnContext } from 'botbuilder';
import type { DialogInstance, PromptOptions, PromptRecognizerResult, PromptValidatorContext } from 'botbuilder-dialogs';
import { ClientMessageRepository } from '../src/db/clientMessages.ts';
import { parseAssessmentAnswer } from '../src/domain/assessmentAnswers.ts';
import { questionById, type AssessmentAnswer } from '../src/domain/assessmentQuestions.ts';
import { namesTopicOf } from '../src/domain/barrierTopics.ts';
import type { CoachServices } from '../src/services.ts';
import { consentedClientId } from './clientNeeds.ts';
import { ListeningPrompt } from './prompts.ts';
import type { TakesHeldAnswer } from './reprompt.ts';

export type AnswerValidations = { questionId: string; canKeep: boolean; skipLabel: string };
type HeldState = { heldAnswer?: string };

function readAnswer(validations: AnswerValidations, text: string): AssessmentAnswer | null {
  const { questionId, canKeep, skipLabel } = validations;
  return parseAssessmentAnswer(questionById(questionId), text, { canKeep, skipLabel });
}

async function validateAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const answer = readAnswer((prompt.options as { validations: AnswerValidations }).validations, prompt.recognized.value ?? '');
  if (!answer) return false;
  (prompt.recognized as { value: unknown }).value = answer;
  return true;
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

  protected override async onRecognize(context: TurnContext, state: HeldState, options: PromptOptions): Promise<PromptRecognizerResult<string>> {
    const held = state.heldAnswer;
    if (held === undefined) return super.onRecognize(context, state, options);
    delete state.heldAnswer;
    return { succeeded: true, value: held };
  }
}
