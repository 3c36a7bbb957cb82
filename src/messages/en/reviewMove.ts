// A client moving their own review ("can i move my review to friday"): dialogs/reviewMoveDialog.ts,
// with the move made by src/usecases/review.ts (moveReviewAsClient), which tells their adviser.
import type { ChoiceOption } from '../../domain/answers.ts';
import { escapeMarkdown } from '../escapeText.ts';

/** No day said yet: the day it has, and one question. */
export const askWhichDay = (day: string): string => `Your review is on ${day}. Which day would suit you better?`;
/** The question on its own, said again after "I didn't catch that date". */
export const whichDay = 'Which day would suit you better?';
export const dayNotCaught = "I didn't catch that date. Try a day, like \"Friday\" or \"next Tuesday\".";
/** A day further off than a review should wait; `latest` is the last day it can go to here. */
export const dayTooFar = (latest: string): string => `That is a long way off. I can move your review up to ${latest}. For a later day, type "talk to my adviser".`;

/** `adviserTold`: they have an adviser, who has been told. */
export const reviewMoved = (day: string, adviserTold: boolean): string =>
  `Done. Your review is now on ${day}.${adviserTold ? ' I have let your adviser know.' : ''}`;
export const reviewAlreadyThatDay = (day: string): string => `Your review is already on ${day}, so nothing has changed.`;
export const noReviewToMove = 'You have not got a review booked yet, so there is nothing to move. Your adviser will set one.';

/**
 * To the adviser, in their own chat: the client moved their review. `typeAs`: what to type to see the
 * plan; `reason`: the reason they gave, in their words ("my review clashes with a job interview").
 */
export const clientMovedTheirReview = (name: string | null, from: string, to: string, typeAs: string | null = name, reason: string | null = null): string =>
  [
    `${name ?? 'Your client'} moved their review from ${from} to ${to}.`,
    ...(reason ? [`The reason they gave: "${escapeMarkdown(reason)}"`] : []),
    typeAs ? `To see their plan, type: plan ${typeAs}` : 'Their plan shows the change.',
  ].join('\n');

/** "what if i cant make my review": what to do, with the day it has when one is set (`day` null: none yet). */
export const ifYouCantMakeIt = (day: string | null): string =>
  day
    ? `Your review is on ${day}. If you can't make it, I can move it for you here. Just type "move my review" and the day that suits you, like "move my review to Friday". Or type "talk to my adviser".`
    : 'You have not got a review booked yet. When you have one and cannot make it, I can move it for you here: just type "move my review". Or type "talk to my adviser".';

/** "what if im ill on my review day": what to do, asked ahead; nothing is changed (`day` null: no review yet). */
export const ifIllOnTheDay = (day: string | null): string =>
  day
    ? `Your review is on ${day}. If you know before that you can't make it, I can move it for you here: type "move my review". If you are ill on the day, just tell me or your adviser. Type "talk to my adviser" to reach them.`
    : 'You have not got a review booked yet. If you are ill when you have one, just tell me or your adviser. I can move it for you here: type "move my review".';

/**
 * A day of the month that this month (1 January) lacks ("the 31st" in June), read as the next month
 * that has it; `next`: that day, said when it is not asked about next.
 */
export const monthHasNoSuchDay = (month: number, dayOfMonth: number, next: string | null = null): string => {
  const nth = `${dayOfMonth}${ordinalEnding(dayOfMonth)}`;
  return `${MONTHS[month - 1]} has no ${nth}.${next ? ` The next ${nth} is ${next}.` : ''}`;
};
const ordinalEnding = (n: number): string => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A day said back before the review moves to it: `why` a weekend day, a day very soon, or a weekday
 * read after the review. `first`: said before it (monthHasNoSuchDay).
 */
export const doYouMean = (day: string, why: 'after-review' | 'soon' | 'weekend' | 'check', first: string | null = null): string =>
  `${first ? `${first} ` : ''}${why === 'weekend' ? 'That is a weekend day, when most offices are shut. ' : why === 'soon' ? 'That is very soon. ' : ''}Do you mean ${day}?`;
export const yesNoChoices: ChoiceOption<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes', synonyms: ['yes', 'y', 'yeah', 'yep', 'yh', 'ye', 'aye', 'ok', 'okay', 'correct', 'thats right', 'right', 'yes please', 'that day', 'thats fine', 'fine', 'sure'] },
  { value: 'no', label: 'No', synonyms: ['no', 'n', 'nah', 'nope', 'no thanks', 'not that day', 'another day', 'a different day', 'wrong day', 'no i meant', 'not really'] },
];
/** "never mind" where the day is asked: nothing changed. */
export const moveLeft = (day: string): string => `OK, I have left your review as it is, on ${day}. Nothing has changed.`;
/** "any day except monday": a day ruled out, none named. */
export const whichOtherDay = 'OK, not that day. Which day would suit you better? Try a day, like "Friday" or "next Tuesday".';
