// A goal said in the same breath as a worry ("i feel worthless. i want to learn to drive") waits
// under the adviser's offer (src/bot/concernOffer.ts). Once the offer is answered, the goal question
// offers it back ("You said you want to learn to drive. Shall we start with that?") instead of taking
// it: nothing the client did not mean goes in the plan. Yes takes it as the answer; no lets it go and
// asks the question again; anything else is read as a new answer.
import { MessageFactory, type TurnContext } from 'botbuilder';
import { goalHeldThroughTheOffer } from '../src/bot/goalHeldThroughTheOffer.ts';
import { goalSaidBack } from '../src/domain/heldGoalWords.ts';
import { tidyWords } from '../src/domain/goalWords.ts';
import { leadingYesNo } from '../src/domain/partialAnswers.ts';
import { tapKey } from '../src/domain/clientWords.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import * as say from '../src/messages/en/concernOffer.ts';
import { ideaFromSomeoneElseOffered } from '../src/messages/en/goalQuestionReplies.ts';

/** The prompt's own state, kept between turns while the goal waits for a yes. */
export type OfferedBackState = { heldGoalOfferedBack?: string };

// "yes", "yeah ok", "go on then": a short yes. A longer reply is a new answer, read as typed.
const SHORT_REPLY_WORDS = 4;

/**
 * 'offered': the held goal was offered back this turn, and waits. { goal }: the yes to it. 'no': it
 * was let go (the question is to be asked again). null: nothing held or offered; read the words as typed.
 */
export async function hearGoalOfferedBack(context: TurnContext, state: OfferedBackState): Promise<'offered' | 'no' | { goal: string } | null> {
  const waiting = state.heldGoalOfferedBack;
  if (waiting !== undefined) {
    delete state.heldGoalOfferedBack;
    const reply = replyTo(context.activity.text ?? '');
    if (reply === 'yes') return { goal: waiting };
    if (reply === 'no') {
      await context.sendActivity(say.heldGoalLeft);
      return 'no';
    }
    return null;
  }
  const held = goalHeldThroughTheOffer(context);
  if (!held) return null;
  state.heldGoalOfferedBack = held;
  const goal = goalSaidBack(held);
  const question = goal ? say.heldGoalOfferedBack(escapeMarkdown(goal)) : say.heldWordsOfferedBack(escapeMarkdown(tidyWords(held)));
  await context.sendActivity(MessageFactory.suggestedActions([say.heldGoalYesLabel, say.heldGoalNoLabel], question));
  return 'offered';
}

/**
 * Someone else's idea ("my mum says i should do care work") offered back the same way: it waits for
 * the client's yes, since an idea passed on is not yet their goal.
 */
export async function offerAnIdeaBack(context: TurnContext, state: OfferedBackState, idea: string): Promise<void> {
  state.heldGoalOfferedBack = idea;
  await context.sendActivity(MessageFactory.suggestedActions([say.heldGoalYesLabel, say.heldGoalNoLabel], ideaFromSomeoneElseOffered(escapeMarkdown(tidyWords(idea)))));
}

function replyTo(text: string): 'yes' | 'no' | null {
  const tapped = tapKey(text);
  if (tapped === tapKey(say.heldGoalYesLabel)) return 'yes';
  if (tapped === tapKey(say.heldGoalNoLabel)) return 'no';
  return text.trim().split(/\s+/).length <= SHORT_REPLY_WORDS ? leadingYesNo(text) : null;
}
