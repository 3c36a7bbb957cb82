// The first words of a visit, after an earlier conversation ended, are heard, not dropped for the
// welcome. A plain question about their plan ("when is my review", "wots my next step", "who is my
// adviser again") is answered first, with no welcome before it, then the menu; play-testing, December:
// each had "Welcome back" and the menu, and no answer. A wish to move the review starts that, with no
// welcome either. News or a goal starts its conversation after the welcome; a feeling or another
// question gets its reply before the menu.
import type { TurnContext } from 'botbuilder';
import { turnCoachingStyle } from '../src/bot/turnLookups.ts';
import type { Client } from '../src/db/clients.ts';
import { welcomeBack } from '../src/messages/en/menu.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';
import { isGreeting, recogniseGlobalCommand } from './commands.ts';
import { hearNonAnswer } from './listening.ts';
import { conversationForNews, reviewMoveAsked, type NewsConversation } from './menuNews.ts';
import { sendPlanAnswer } from './planQuestionAnswer.ts';
import { tellIfReviewIsDue } from './reviewDueNotice.ts';

/** What the visit's first words lead to: a conversation to begin, or null for the menu next. */
export async function openVisit(context: TurnContext, services: CoachServices, client: Client, text: string): Promise<NewsConversation | null> {
  const asked = await sendPlanAnswer(context, services, text);
  if (asked) {
    // "when is my review" has had its day (and that it is due) in the answer.
    if (asked !== 'review-day') await tellIfReviewIsDue(context, services, client);
    return null;
  }
  const move = reviewMoveAsked(context, text);
  if (move) return move;
  const style = await turnCoachingStyle(context, services.db, client);
  await context.sendActivity(welcomeBack[style.wording](client.displayName ? escapeMarkdown(client.displayName) : null));
  const news = await firstWords(context, services, text);
  if (news) return news;
  await tellIfReviewIsDue(context, services, client);
  return null;
}

/** News or a goal starts its conversation; a feeling or a question gets its reply before the menu. */
async function firstWords(context: TurnContext, services: CoachServices, text: string): Promise<NewsConversation | null> {
  if (!text.trim() || isGreeting(text) || recogniseGlobalCommand(text)) return null;
  const news = await conversationForNews(context, services, text, { checkIn: false });
  if (news === 'answered') return null;
  if (news) return news;
  await hearNonAnswer(context, text, 'choice');
  return null;
}
