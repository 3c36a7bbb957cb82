// News typed where the menu is waiting (or as the first words of a visit) starts its own
// conversation: "applied to Halfords" goes into the job-search log, "I've got a job" into in-work
// support, "they let me go" into the next step after a job, goal words into goal setting, and
// "can i move my review to friday" into moving the client's own review.
import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { aboutOnScreen } from '../src/bot/questionOnScreen.ts';
import { parseChoice, type ChoiceOption } from '../src/domain/answers.ts';
import { readJobSearchEntry } from '../src/domain/jobSearch.ts';
import { readWorkProblem } from '../src/domain/inWork.ts';
import { readStartedWork, unsureAboutAnOffer } from '../src/domain/jobNews.ts';
import { tellsOfBeingKeptOn } from '../src/domain/jobNewsGoodNews.ts';
import { replyToWorkThatIsNoNewJob } from './workNewsNotANewJob.ts';
import { asksForHelpFindingWork } from '../src/domain/helpFindingWorkAsked.ts';
import { detectJobLoss } from '../src/domain/escalationRules.ts';
import { currentClient } from '../src/bot/clientContext.ts';
import { EmploymentRepository } from '../src/db/employments.ts';
import type { CoachServices } from '../src/services.ts';
import * as inWorkSay from '../src/messages/en/inWork.ts';
import { inWorkCheckInAnswers } from '../src/messages/en/inWork.ts';
import { DialogIds } from './dialogIds.ts';
import { asksToChangeThePlan } from '../src/domain/goalWords.ts';
import { goalAtTheMenu } from './listening.ts';
import { answerBeforeIsThatOk } from '../src/domain/reassuranceAsked.ts';
import { withSpokenMarksWritten } from '../src/domain/voiceTyping.ts';
import { withoutLeadingSorry } from '../src/domain/apologyWords.ts';
import { thatIsFine } from '../src/messages/en/listening.ts';
import { adviserTaskAtTheMenu } from './adviserTaskAsked.ts';
import { asksAboutAdviserStep } from '../src/domain/reviewAsides.ts';
import { adviserStepAnswer } from './reviewAsides.ts';
import { answerMenuHowTo } from './menuHowTo.ts';
import type { JobSearchOptions } from './jobSearchDialog.ts';
import type { InWorkOptions } from './inWorkDialog.ts';
import type { ChangeStepOptions } from './changeStepDialog.ts';
import type { SmartGoalOptions } from './smartGoalDialog.ts';
import { reviewMoveWished } from '../src/domain/reviewMoveWords.ts';
import { reviewDayRuledOut } from '../src/domain/reviewMoveDay.ts';
import { calendarDayIn } from '../src/domain/dates.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { REVIEW_MOVE, type ReviewMoveOptions } from './reviewMoveDialog.ts';

/**
 * The menu choice the words name, unless they are news of work: "i got a job" is one letter from
 * "log a job", and had started the job-search log instead of in-work support.
 */
export function menuChoiceTyped<V extends string>(text: string, choices: readonly ChoiceOption<V>[], byPosition: boolean): V | null {
  if (readStartedWork(text) || detectJobLoss(text) || reviewMoveWished(text)) return null;
  return parseChoice(text, choices, { byPosition });
}

/** The conversation to begin for news, and its options. */
export type NewsConversation = { dialog: string; options: object };

/**
 * The conversation the words start, 'answered' when a short reply was enough (an in-work
 * check-in's "all good", only when `checkIn`), or null when they are not news.
 */
export async function conversationForNews(
  context: TurnContext,
  services: CoachServices,
  text: string,
  { checkIn = true }: { checkIn?: boolean } = {},
): Promise<NewsConversation | 'answered' | null> {
  if (detectJobLoss(text)) return { dialog: DialogIds.inWork, options: { mode: 'job-lost', text } satisfies InWorkOptions };
  // "can i move my review to friday" had "Good luck with your interview!" (play-testing, December).
  const move = reviewMoveAsked(context, text) ?? (await reviewDayRuledOutAsked(context, services, text));
  if (move) return move;
  if (unsureAboutAnOffer(text)) {
    await context.sendActivity(inWorkSay.offerToThinkAbout);
    return 'answered';
  }
  // "doing a bit of cash in hand at my mates garage": heard without judgement, for the adviser to talk
  // through if the client wants; "my contract got extended": glad news, and no new job (round twenty-eight).
  // "they kept me on but the boss keeps shouting at me": trouble at work, passed on as at a check-in.
  if (tellsOfBeingKeptOn(text) && readWorkProblem(text)) return { dialog: DialogIds.inWork, options: { mode: 'problem', text } satisfies InWorkOptions };
  const notANewJob = replyToWorkThatIsNoNewJob(text);
  if (notANewJob) {
    await context.sendActivity(notANewJob);
    return 'answered';
  }
  if (readStartedWork(text)) return { dialog: DialogIds.inWork, options: { mode: 'started', text } satisfies InWorkOptions };
  // "can my adviser send me retail vacancies": the adviser's step, never a goal or "didn't catch that".
  if (await adviserTaskAtTheMenu(context, services, text)) return 'answered';
  // "has she rung them yet?": a question about the adviser's step, never logged as the client's contact
  // with an employer (play-testing reviews: it had been).
  if (await adviserStepAskedAtTheMenu(context, services, text)) return 'answered';
  if (readJobSearchEntry(text)) return { dialog: DialogIds.jobSearch, options: { text } satisfies JobSearchOptions };
  if (asksToChangeThePlan(text)) return { dialog: DialogIds.changeStep, options: { text } satisfies ChangeStepOptions };
  // "sorry, get a job in a library, is that ok?" had "didn't catch that" (play-testing, round twenty-three).
  // "get a job in retail full stop" had been kept as the goal word for word (voice typing).
  const spoken = withSpokenMarksWritten(text);
  const asked = answerBeforeIsThatOk(spoken);
  const goal = goalAtTheMenu(asked === null ? spoken : withoutLeadingSorry(asked), context.activity.locale);
  if (goal && asked !== null) await context.sendActivity(thatIsFine);
  if (goal) return { dialog: DialogIds.smartGoal, options: goal satisfies SmartGoalOptions };
  // "can you help me find a job": a goal, started from its first question (round twenty-eight).
  if (asksForHelpFindingWork(spoken)) return { dialog: DialogIds.smartGoal, options: {} satisfies SmartGoalOptions };
  // "how do i add a step", "what happens now": how to use the coach, answered before the menu again.
  if (await answerMenuHowTo(context, text)) return 'answered';
  const answer = checkIn ? parseChoice(text, inWorkCheckInAnswers, { byPosition: false }) : null;
  const troubleAtWork = readWorkProblem(text);
  if (!answer && !troubleAtWork) return null;
  const client = currentClient(context);
  if (!client || !(await new EmploymentRepository(services.db).current(client.id))) return null;
  // "its ok but the manager keeps shouting at me": already says what is hard, so it is not asked.
  if (troubleAtWork) return { dialog: DialogIds.inWork, options: { mode: 'problem', text } satisfies InWorkOptions };
  if (answer === 'problem') return { dialog: DialogIds.inWork, options: { mode: 'problem' } satisfies InWorkOptions };
  await context.sendActivity(inWorkSay.gladToHear);
  return 'answered';
}

/** "I want to move my review", "cant make my review next week": the client's own review moved (reviewMoveDialog.ts). */
export function reviewMoveAsked(context: TurnContext, text: string): NewsConversation | null {
  if (!currentClient(context)?.consentedAt || !reviewMoveWished(text)) return null;
  return { dialog: REVIEW_MOVE, options: { text } satisfies ReviewMoveOptions };
}

/**
 * "i cant make monday" with no review named: a move only when the review is on a Monday within the
 * week (play-testing, December: never read as one on another day).
 */
async function reviewDayRuledOutAsked(context: TurnContext, services: CoachServices, text: string): Promise<NewsConversation | null> {
  const client = currentClient(context);
  if (!client?.consentedAt || !/\b(?:cant|cannot|can not|able to)\b/i.test(text.replace(/['\u2019]/g, ''))) return null;
  const at = (await new PlanRepository(services.db, services.clock).currentPlan(client.id))?.nextReviewAt;
  if (!at || at.getTime() - services.clock.now().getTime() > 7 * 24 * 3600 * 1000) return null;
  const wish = reviewDayRuledOut(text, calendarDayIn(at, client.timeZone));
  return wish ? { dialog: REVIEW_MOVE, options: { text: wish } satisfies ReviewMoveOptions } : null;
}

/**
 * "not done. i got the job at greggs!! start monday" where a review asks about a step: the job comes
 * first, and the review can be done another day (play-testing found it kept as what happened, and no
 * job noted).
 */
export function jobNewsMidReview(innerDc: DialogContext): NewsConversation | null {
  const about = aboutOnScreen({ dialogStack: innerDc.stack });
  if (about !== 'review' && about !== 'next-step') return null;
  // Said beside the step's news: "not done" alone would read as not started work.
  const said = innerDc.context.activity.text ?? '';
  const clause = said.split(/[.!?;,]+/).find((part) => readStartedWork(part));
  // From the news on: "i got the job at greggs!! start monday" keeps its start day.
  return clause ? { dialog: DialogIds.inWork, options: { mode: 'started', text: said.slice(said.indexOf(clause)).trim() } satisfies InWorkOptions } : null;
}

/** "has she rung them yet?" at the menu: told what the plan says of the adviser's step. */
async function adviserStepAskedAtTheMenu(context: TurnContext, services: CoachServices, text: string): Promise<boolean> {
  const client = currentClient(context);
  if (!client || !asksAboutAdviserStep(text)) return false;
  await context.sendActivity(await adviserStepAnswer(services, client.id, client.timeZone, text));
  return true;
}
