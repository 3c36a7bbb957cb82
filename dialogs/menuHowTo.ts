// A question about how to use the coach, typed where the menu waits ("how do i add a step", "what
// happens now"): answered in a line, and the menu asked again. The words are read in
// src/domain/menuHowToWords.ts.
import type { TurnContext } from 'botbuilder';
import { readMenuHowTo, type MenuHowTo } from '../src/domain/menuHowToWords.ts';
import { menuQuestionBackOf, type MenuQuestionBack } from '../src/domain/questionsBack.ts';
import * as say from '../src/messages/en/menu.ts';

const ANSWERS: Record<MenuHowTo, string> = {
  'add-step': say.howToAddAStep,
  'see-plan': say.howToSeeThePlan,
  'log-job-search': say.howToLogJobSearch,
  'what-now': say.whatHappensNow,
};

// "whats a review", "can i change the time to 2.45": had "didn't catch that" (play-testing).
const ASKED_BACK: Record<MenuQuestionBack, string> = {
  'what-is-review': say.whatAReviewIs,
  'change-time': say.howToChangeATime,
};

/** True when the words asked how to use the coach and were answered. */
export async function answerMenuHowTo(context: TurnContext, text: string): Promise<boolean> {
  const asked = readMenuHowTo(text);
  const askedBack = asked ? null : menuQuestionBackOf(text);
  if (!asked && !askedBack) return false;
  await context.sendActivity(asked ? ANSWERS[asked] : ASKED_BACK[askedBack!]);
  return true;
}
