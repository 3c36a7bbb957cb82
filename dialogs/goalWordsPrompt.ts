// The goal question's own prompt (round eight): a goal asked for rather than said ("help me find work
// please", "should i apply for the bus driver job?") is read as the goal it names before the question
// listens for anything else, which had heard it as not clear and asked again. The flow answers how it
// was asked (answerWhatCameWithTheGoal) before its next question. Anything else is heard as any text question hears it.
import type { TurnContext } from 'botbuilder';
import type { PromptOptions, PromptRecognizerResult, WaterfallStepContext, DialogTurnResult } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { goalAskedFor, type GoalAskedFor } from '../src/domain/goalAskedFor.ts';
import type { CoachServices } from '../src/services.ts';
import type { GoalSaid } from '../src/domain/goalSaid.ts';
import { tidyWords } from '../src/domain/goalWords.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import * as heard from '../src/messages/en/goalQuestionReplies.ts';
import { coachQuestionAnswers } from '../src/messages/en/listening.ts';
import { asksAboutAnAppointment } from '../src/domain/appointmentQuestion.ts';
import { namesAVagueGoal } from '../src/domain/vagueGoalWords.ts';
import { helpWithAStepAsked } from '../src/domain/helpWithAStepAsked.ts';
import { goalUnsureSaid, ideaFromSomeoneElse, withoutDoubt, type GoalUnsure } from '../src/domain/goalUnsureSaid.ts';
import { ListeningPrompt, TEXT_RETRY, type Listening, type ListeningOptions } from './prompts.ts';
import { hearGoalOfferedBack, offerAnIdeaBack, type OfferedBackState } from './goalOfferedBack.ts';

export const GOAL_WORDS_PROMPT = 'smartGoalWords';
const ASKED = Symbol('coach.goal.askedFor');
/** What is said before the ideas, by how the client said they have no goal in mind yet (round ten). */
const IDEAS_FIRST: Record<GoalUnsure, string> = {
  ideas: heard.goalIdeas,
  'not-knowing': heard.noGoalInMindYet,
  'what-counts': heard.whatAGoalCanBe,
  // "can it be any job?": the answer it had (play-testing, round fourteen), then the ideas.
  'can-it-be': `${coachQuestionAnswers['any-goal']} ${heard.ideasBelow}`,
  feeling: heard.goalIdeasAfterAFeeling,
};

export class GoalWordsPrompt extends ListeningPrompt {
  constructor(private readonly services: CoachServices) {
    super(GOAL_WORDS_PROMPT, async (prompt) => Boolean(prompt.recognized.value?.trim()), 'words');
  }

  // Asked again (after a new worry, or a no to the goal offered back): a goal offered back before is no longer waiting.
  protected override async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    delete (state as OfferedBackState).heldGoalOfferedBack;
    return super.onPrompt(context, state, options, isRetry);
  }

  protected override async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<string>> {
    const offeredBack = await hearGoalOfferedBack(context, state as OfferedBackState);
    // A goal said with a worry, held under the adviser's offer: offered back first, taken on a yes (goalOfferedBack.ts).
    if (offeredBack === 'no') await this.onPrompt(context, state, options, false);
    if (typeof offeredBack === 'object' && offeredBack) return { succeeded: true, value: offeredBack.goal };
    if (offeredBack) return { succeeded: false };
    const result = await super.onRecognize(context, state, options);
    if (!result.succeeded || typeof result.value !== 'string') return result;
    // "can i move my appointment on thursday" had been taken as a goal: answered, nothing planned, the question again.
    if (asksAboutAnAppointment(result.value)) {
      await context.sendActivity(heard.appointmentIsForTheAdviser);
      await this.onPrompt(context, state, options, false);
      return { succeeded: false };
    }
    // "what should my goal be?" had "Sorry, I was not clear" (round nine), "no idea tbh" the old reply, "anything tbh"
    // the low-mood one (round ten): a short answer, then the question with the ideas as buttons.
    const unsure = goalUnsureSaid(result.value);
    if (unsure) {
      await context.sendActivity(IDEAS_FIRST[unsure]);
      await this.onPrompt(context, state, withIdeas(options), false);
      return { succeeded: false };
    }
    // "my mum says i should do care work" had "That part is up to them": the idea is offered back, and is the goal on a yes.
    const idea = ideaFromSomeoneElse(result.value);
    if (idea) {
      await offerAnIdeaBack(context, state as OfferedBackState, idea);
      return { succeeded: false };
    }
    // "something with animals maybe", "idk maybe update my cv": the goal kept without the doubt (round ten).
    const value = withoutDoubt(result.value);
    const timeZone = currentClient(context)?.timeZone ?? this.services.config.DEFAULT_TIME_ZONE;
    const helpWith = helpWithAStepAsked(value);
    // "can you help me write a cover letter?" (round nine): the step helped with is the goal, as "help me find work" is.
    const asked: GoalAskedFor | null = goalAskedFor(value, { now: this.services.clock.now(), timeZone }) ?? (helpWith ? { goal: helpWith, asked: 'help' } : null);
    if (!asked) return { ...result, value };
    context.turnState.set(ASKED, asked);
    return { ...result, value: asked.goal };
  }
}

/** The goal question again, its buttons the ideas for a goal. */
function withIdeas(options: PromptOptions): ListeningOptions {
  const listening: ListeningOptions = options;
  return listening.question ? { ...listening, question: { ...listening.question, titles: heard.goalIdeaButtons } } : listening;
}

/** How the goal taken this turn was asked for, if it was ("help me find work"); null when it was said. */
export function goalAskedThisTurn(context: TurnContext): GoalAskedFor | null {
  return (context.turnState.get(ASKED) as GoalAskedFor | undefined) ?? null;
}

/** The goal question, asked with this prompt (as askText asks a text question). */
export function askGoalWords(step: WaterfallStepContext, text: string, suggestions: string[], listening: Listening): Promise<DialogTurnResult> {
  const options: ListeningOptions = { question: { text, titles: suggestions, sorry: TEXT_RETRY }, listening: { expecting: 'words', ...listening } };
  return step.prompt(GOAL_WORDS_PROMPT, options);
}

/** How the goal was asked for ("help me find work": yes, and the goal read back), or a worry, feeling or barrier said with it: answered first. */
export async function answerWhatCameWithTheGoal(context: TurnContext, said: GoalSaid): Promise<void> {
  const asked = goalAskedThisTurn(context);
  if (asked?.feltLow) await context.sendActivity(heard.lowBeforeTheQuestion);
  if (asked) await context.sendActivity(say.goalAskedForReply(asked.asked, escapeMarkdown(tidyWords(said.aim))));
  else if (said.worry) await context.sendActivity(say.worryWithTheGoal);
  else if (said.feltFirst) await context.sendActivity(heard.feelingBeforeTheGoal);
  else if (said.feeling) await context.sendActivity(say.feelingWithTheGoal);
  else if (said.barrier) await context.sendActivity(say.barrierWithTheGoal);
  else if (namesAVagueGoal(said.aim)) await context.sendActivity(heard.vagueGoalWelcome);
}
