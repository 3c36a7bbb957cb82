// What advisers and clients are told when an adviser changes a client's plan from Teams.
// Client lines are plain English; adviser lines are short and factual. Action text is whatever
// the adviser typed, so it is escaped for markdown by the caller.

// ---- For the client ----------------------------------------------------------------------------

export const clientToldItemAdded = (text: string, by: string | null) =>
  [`Your adviser added a step they will do for you: "${text}"${by ? `, by ${by}` : ''}.`, 'Tap "My plan" to see it.'].join('\n');

/** The adviser's action starts a plan the client did not have yet. */
export const clientToldPlanStarted = (text: string, by: string | null) =>
  [`Your adviser has started your plan with a step they will do for you: "${text}"${by ? `, by ${by}` : ''}.`, 'Tap "My plan" to see it. You can add a goal of your own at any time.'].join('\n');

/** `text`: the action put to the client ("Book your DBS check"); null where it could not be, so it is not quoted. */
export const clientToldItemDone = (text: string | null) =>
  text === null ? 'Your adviser has done one of their actions on your plan. Tap "My plan" to see it.' : `Your adviser has done this: "${text}". Tap "My plan" to see your plan.`;

export const clientToldItemMoved = (text: string, by: string) => `Your adviser moved a step to a new day: "${text}", now by ${by}.`;

export const clientToldReviewMoved = (by: string) => `Your adviser changed how often we look at your plan together. The next time is ${by}.`;
export const clientToldAgreed = 'Your adviser has agreed to your plan. Tap "My plan" to see it.';

// ---- For the adviser ---------------------------------------------------------------------------

// Worked examples, never "<client>": Teams reads angle brackets as HTML and may hide the words.
export const addUsage =
  'To add an action of yours to a plan, type "add", the client\'s name, what you will do and by when. You can use their number from "caseload" instead of the name. For example: add 2: call the college by Friday';
/** Round ten: "add a step for 3" with nothing after it had the usage for an action of the adviser's own. */
export const addStepUsage =
  'To add a step for them to do, type "add a step for" and the client\'s name or number. Then say what they will do and by when. For example: add a step for 2: update her CV by Friday';
export const moveUsage =
  'To give your action a new date, type "move", the client\'s name or number, the action number, then the new date. For example: move 2: 3 to next Monday';
/** "add sam: call housing": no day, so nothing is added (an action with no day is never reminded); the words said back to retype. */
export const addNeedsADay = (client: string, text: string) =>
  `By when will you do it? Nothing was added yet. Type it with a day, like this: add ${client}: ${text} by Friday`;
/** "add sam: call housing by yesterday". */
export const dayGoneForAdd = (client: string, text: string) =>
  `That day has passed, so nothing was added. Choose today or a later day, like this: add ${client}: ${text} by Friday`;
/** "add sam: call housing by the twelfth of never". */
export const addDateNotRead = (client: string, text: string) =>
  `I could not read that date, so nothing was added. Try "Friday", "next Monday" or "12 June", like this: add ${client}: ${text} by Friday`;
/** "move sam: 3 to yesterday". */
export const dayGoneForMove = 'That day has passed, so nothing was changed. Choose today or a later day, like "Friday" or "12 June".';
/** The card's Add action sent with no day, or a day gone: nothing is saved, so no action lacks its reminder. */
export const chooseADay = 'Please choose a day for your action: today or a later day. Nothing was added.';
export const noPlanYet = 'This client has no plan yet. They make one by setting a goal.';
/**
 * "plan cara" when Cara has no plan: how to start it with an action of yours, as a command to copy
 * (it had said only that they make one by setting a goal). `client` is the name or number typed, escaped.
 */
export const noPlanYetForCard = (name: string, client: string) =>
  [
    `${name} has no plan yet. They start one by setting a goal with the coach.`,
    'You can start it now with an action of yours. Type "add", then what you will do and by when. For example:',
    `add ${client}: call them to agree a first goal by Friday`,
  ].join('\n');
/**
 * "tom" or "plan tom" with no plan while a crisis is open: no goal work suggested (round four: it
 * offered "call them to agree a first goal by Friday" under the crisis).
 */
export const noPlanYetInCrisis = (name: string) => `${name} has no plan yet. Goal work can wait: reach them about the crisis first.`;
/**
 * "done priya call the college": the words are no action number, so nothing is marked done; their
 * open actions of yours with the numbers, and the command to copy (round four: it gave "done sam 2").
 */
export const doneWhichAction = (name: string, lines: readonly string[], command: string) =>
  [`Which of your actions for ${name}? Nothing was marked done yet. Your open actions:`, ...lines.map((line) => `- ${line}`), `To mark one done, type: ${command}`].join('\n');
/** "done amira dbs" marked the one action the words name: which client, which action, and its number. */
export const itemDoneForReply = (name: string, number: number, text: string) => `Marked done for ${name}: ${number}. "${text}". They have been told.`;
/** "done amira ring" fits more than one of the adviser's open actions: nothing is marked, they are listed. */
export const severalActionsFit = (name: string, typed: string, lines: readonly string[], command: string) =>
  [`${lines.length} of your actions for ${name} fit "${typed}". Nothing was marked done. Which one?`, ...lines.map((line) => `- ${line}`), `To mark one done, type: ${command}`].join('\n');
/** "done amira payslips" fits none of them: said, with what is open. */
export const noActionFits = (name: string, typed: string, lines: readonly string[], command: string) =>
  [`None of your open actions for ${name} fits "${typed}". Nothing was marked done. Your open actions:`, ...lines.map((line) => `- ${line}`), `To mark one done, type: ${command}`].join('\n');
/** "amira done really well at interview": news about the client, not an action done; nothing is marked. */
export const newsNotDone = (name: string, client: string, command: string | null) =>
  `Good to hear about ${name}. That reads as news, so nothing was marked done. To tell them, type: message ${client} well done!${command ? `\nTo mark one of your actions done, type: ${command}` : ''}`;
/** One line of that list: "2. call the college, by Friday 19 June". */
export const openActionLine = (number: number, text: string, by: string | null) => `${number}. ${text}${by ? `, by ${by}` : ''}`;
export const noOpenActionsOfYours = (name: string, client: string) =>
  `${name} has no open actions of yours. Nothing was changed. To see their plan, type: plan ${client}`;
export const notYourAction = 'That action belongs to the client. Only they can change it.';
/** Round nine: "done priya 2" on the client's own step; with the adviser's own open actions for them, if any. */
export const clientsOwnStepNotDone = (step: string, name: string | null, yours: readonly string[], command: string | null) =>
  [
    `"${step}" is ${name && !/\\?\)$/.test(name) ? `${name}'s own step` : 'their own step'}, so only they can mark it done, in their chat with the coach. Nothing was changed.`,
    ...(command ? ['Your open actions for them:', ...yours.map((line) => `- ${line}`), `To mark one of yours done, type: ${command}`] : []),
  ].join('\n');
export const doneUsage = 'Which of your actions? Type the client and the action number, like this: done sam 2. Type "plan sam" to see the numbers.';
export const actionNotFound = 'I could not find that action. Type "plan" and the client\'s name or number to see the numbers.';

/** On the adviser's plan card, a step still to do whose day is over: "2. Apply to 3 warehouses (LATE: due Friday 12 June, 14 days ago)". */
export const adviserItemLateLine = (number: number, text: string, due: string, daysLate: number): string =>
  `${number}. ${text} (LATE: due ${due}, ${daysLate === 1 ? '1 day' : `${daysLate} days`} ago)`;

/** The add form's date, when it is missing or before today: the card asks again. */
export const addDueMissingOrPast = 'Choose the day you will do it by: today or a later day.';

export const itemAddedReply = (text: string, by: string | null) => `Added to their plan: "${text}"${by ? `, by ${by}` : ''}. They have been told.`;
/** The same open action added again: nothing added, and how to give it a new day instead. */
export const alreadyInPlan = (text: string, by: string | null, number: number) =>
  `That is in their plan already, as action ${number}: "${text}"${by ? `, by ${by}` : ''}. Nothing was added. To give it a new day, use "move" with action number ${number}.`;
/** "add cara: ..." for a client with no plan yet: the action starts it, so no words are lost. */
export const planStartedReply = (text: string, by: string | null) =>
  `They had no plan yet, so your action starts it: "${text}"${by ? `, by ${by}` : ''}. They have been told. When they set a goal, it goes into the same plan.`;
export const itemDoneReply = (text: string) => `Marked done: "${text}". They have been told.`;
/** Done or "a week later" pressed again on an older copy of the card, or "done" typed again: nothing is changed or said twice. */
export const alreadyDoneReply = (text: string) => `"${text}" is done already. Nothing was changed.`;
export const itemMovedReply = (text: string, by: string) => `Moved: "${text}", now by ${by}. They have been told.`;
export const agreedReply = 'You have agreed to this plan. They have been told.';

// ---- Planning with the client (round six) --------------------------------------------------------

/** How the client says a step their adviser added or moved is not right: change it themselves, or ask for the adviser. */
const notRightSay = (what: string) => `If this is not right, type "change my plan" to ${what}, or type "talk to my adviser".`;
/**
 * A step of the client's own, added by their adviser: theirs to do, reminded to them. Round seven: it
 * said "as you agreed", taking the adviser's word for the client's; now it says who added it and how
 * the client can say it is not right.
 */
export const clientToldOwnStepAdded = (text: string, by: string | null) =>
  [`Your adviser added a step for you to do: "${text}"${by ? `, by ${by}` : ''}.`, 'I will remind you. Tap "My plan" to see it.', notRightSay('change it or take it off')].join('\n');
/** "add priya: she will apply to 2 jobs by thursday": the client's step, not the adviser's. */
export const clientStepAddedReply = (text: string, by: string | null, started: boolean) =>
  `${started ? 'They had no plan yet, so this starts it. ' : ''}Added to their plan as their own step: "${text}"${by ? `, by ${by}` : ''}. They have been told, and the coach will remind them.`;
/** "move priya 6 to monday", 6 being the client's own step, agreed with them. */
export const clientToldOwnStepMoved = (text: string, by: string) =>
  [`Your adviser moved one of your steps to a new day: "${text}", now by ${by}. I will remind you.`, notRightSay('change the day')].join('\n');
export const clientStepMovedReply = (text: string, by: string) => `Moved their own step: "${text}", now by ${by}. They have been told, and the coach will remind them.`;
/**
 * Round nine: "Sam's plan", but "the plan for Jo Bloggs (no name given)": an "'s" after a bracket
 * (a client who gave no name, or two who gave the same) read badly. `start`: it opens the sentence.
 */
export function clientsThing(name: string, thing: string, start = false): string {
  if (!/\\?\)$/.test(name)) return `${name}'s ${thing}`;
  return `${start ? 'The' : 'the'} ${thing} for ${name}`;
}
/** "agree priya": which version, and whether the client has agreed it too. `clientAgreed`: the day they did, or null. */
export const agreedVersionReply = (name: string, version: number, clientAgreed: string | null) =>
  clientAgreed
    ? `You have agreed version ${version} of ${clientsThing(name, 'plan')}. ${name} agreed it too, on ${clientAgreed}. They have been told.`
    : `You have agreed version ${version} of ${clientsThing(name, 'plan')}. ${name} has not agreed this version yet: they can agree it from "My plan" in their chat. They have been told.`;
/** "move priya ring college to mon": more than one action, or none, fits the words; nothing moved. */
export const moveWhichAction = (name: string, lines: readonly string[], command: string) =>
  [`Which of your actions for ${name}? Nothing was moved yet. Your open actions:`, ...lines.map((line) => `- ${line}`), `To move one, type: ${command}`].join('\n');

// ---- Round eleven: a step number not in the plan, and a day not read, said back to retype ----------

/** "move lee 9 to fri" or "done lee 9" when Lee's plan has 2 steps: nothing changed. `count` 0 when they have no steps yet. */
export const noStepNumbered = (number: string, name: string, count: number) =>
  `There is no step ${number} in ${clientsThing(name, 'plan')}${count === 0 ? ': it has no steps yet' : count === 1 ? ': it has 1 step' : `: its steps are 1 to ${count}`}. Nothing was changed.`;
/** After it, for "move" and "done": how to see the numbers, and the command to copy (`command`, escaped by the caller). */
export const seeNumbersThenTypeAgain = (client: string, command: string) => `To see the numbers, type "plan ${client}". Then type it again, like this: ${command}`;
/** "move lee 2 to fir": the day said back, and the command to copy. `typed` and `client` escaped by the caller. */
export const moveDayNotRead = (typed: string, command: string) =>
  `I could not read "${typed}" as a day, so nothing was changed. Try "Friday", "next Monday" or "12 June", like this: ${command}`;
/** The button that opens the plan, to see its numbers. */
export const seePlanButton = (name: string) => `See ${clientsThing(name, 'plan')}`;

/** Round eleven: "remove priya 2". Nothing can take a step off from the adviser's side; what can be done instead. */
export const stepTakeOffReply = [
  'I cannot take a step off a plan from here. Nothing was changed.',
  'If it is your action, mark it done, like this: done Sam 2.',
  'If it is their own step, they can take it off. They type "change my plan" in their chat with the coach.',
].join(' ');
/** Round eleven: "change priya 1 to apply for 5 jobs". */
export const stepWordsReply = [
  'I cannot change the words of a step from here. Nothing was changed.',
  'You can add a step with the new words, like this: add a step for Sam: apply for 5 jobs by Friday.',
  'They can change their own steps. They type "change my plan" in their chat with the coach.',
].join(' ');

// ---- The review day (round seven) ----------------------------------------------------------------

/** The client, when their adviser moves their next review: the day, and how to say it does not suit. */
export const clientToldReviewDayMoved = (day: string) =>
  `Your adviser moved the day we look at your plan together. The next time is ${day}. If that day does not suit you, type "talk to my adviser".`;
/** "push sam's review to next week": the new day, and the day it had. */
export const reviewMovedReply = (name: string, to: string, from: string | null) =>
  `${clientsThing(name, 'next review', true)} is now ${to}${from ? ` (it was ${from})` : ''}. They have been told, and the coach will remind them.`;
export const reviewSameDay = (name: string, day: string) => `${clientsThing(name, 'next review', true)} is ${day} already. Nothing was changed.`;
export const reviewNoPlan = (name: string) => `${name} has no plan yet, so there is no review to move. Their first goal sets one.`;
/** "move sam review to the twelfth of never". `client`: the name or number as typed. */
export const reviewDayNotRead = (client: string) =>
  `I could not read that day, so nothing was changed. Try "Friday", "next week" or "12 June", like this: move ${client} review to Friday`;
/** "when is sams review": the day, today, or missed; with how to move it. */
export function reviewWhenReply(name: string, client: string, day: string | null, when: 'ahead' | 'today' | 'missed', hasPlan = false): string {
  const move = `To move it, type: move ${client} review to Friday`;
  if (!day) return hasPlan ? `No review is set for ${name} now. ${move.replace('move it', 'set one')}` : `No review is set for ${name} yet. It is set when they agree their first goal.`;
  if (when === 'missed') return `${clientsThing(name, 'review', true)} was due ${day} and has not been held yet. ${move}`;
  return `${clientsThing(name, 'next review', true)} is ${when === 'today' ? 'today, ' : ''}${day}. ${move}`;
}

// ---- Round eight: calling off a review ("cancel sam's review", "no review for jo this month") ----------

/** Asked before anything changes; `confirm` is the whole command that does it (a button sends it too). */
export const reviewCancelAsk = (name: string, day: string, missed: boolean, confirm: string) =>
  `Cancel the ${missed ? 'missed ' : ''}review for ${name} ${missed ? `(it was due ${day})` : `on ${day}`}? No new day is set until you set one. Their steps stay as they are. To cancel it, type: ${confirm}`;
export const reviewCancelButton = 'Yes, cancel it';
/** Round nine: "cancel priya and lees reviews": asked once for them all; `lines` from reviewsCancelLine. */
export const reviewsCancelAsk = (lines: readonly string[], confirm: string) =>
  [`Cancel these reviews?`, ...lines.map((line) => `- ${line}`), `No new days are set until you set them. Their steps stay as they are. To cancel them, type: ${confirm}`].join('\n');
/** One line of that list: "Priya: Thursday 18 June", "Lee: missed, it was due Monday 8 June". */
export const reviewsCancelLine = (name: string, day: string, missed: boolean) => `${name}: ${missed ? `missed, it was due ${day}` : day}`;
export const reviewsCancelButton = 'Yes, cancel them';
/** Done: and how to set a day again. `client`: what to type for them. */
export const reviewCancelledReply = (name: string, day: string, client: string) =>
  `The review for ${name} on ${day} is cancelled. They have been told, and no review is set now. To set a new day, type: move ${client} review to Friday`;
export const reviewNoneToCancel = (name: string, client: string) =>
  `${name} has no review set, so there is nothing to cancel. To set one, type: move ${client} review to Friday`;
export const reviewNoPlanToCancel = (name: string) => `${name} has no plan yet, so there is no review to cancel.`;
/** What the client reads: kind, and clear that their plan goes on. */
export const clientToldReviewCancelled = (day: string) =>
  `Your adviser has cancelled the day we were going to look at your plan together (${day}). Your plan and your steps stay as they are, and I will still remind you of them. Your adviser will set a new day with you. If you want to talk about it, type "talk to my adviser".`;

// ---- When the client changes a step their adviser added -------------------------------------------

/**
 * `name`: the client's name, or null when nothing names them; `typeAs`: what to type for them (round
 * nine: "Jo Bloggs" for "Jo Bloggs (no name given)"). `step`, `name` and `typeAs` escaped by the caller.
 */
const whoChanged = (name: string | null) => name ?? 'Your client';
const seeTheirPlan = (typeAs: string | null) => (typeAs ? `To see their plan, type: plan ${typeAs}` : 'Their plan shows the change.');
/** A step the adviser put in the client's plan, taken off by the client (from "change my plan" or a review). */
export const clientDroppedYourStep = (name: string | null, step: string, wasDue: string | null, typeAs = name) =>
  [`${whoChanged(name)} took off a step you added: "${step}".${wasDue ? ` It was due ${wasDue}.` : ''}`, seeTheirPlan(typeAs)].join('\n');
/** The same step given a new day by the client (from "change my plan", a review or a reminder). */
export const clientMovedYourStep = (name: string | null, step: string, wasDue: string | null, nowDue: string, typeAs = name) =>
  [`${whoChanged(name)} moved a step you added to a new day: "${step}", now by ${nowDue}${wasDue ? ` (it was ${wasDue})` : ''}.`, seeTheirPlan(typeAs)].join('\n');
/** Round eight: several at once (a client who starts work takes off their job-search steps): one notice. */
export const clientChangedYourSteps = (name: string | null, lines: readonly string[], typeAs = name) =>
  [`${whoChanged(name)} changed ${lines.length} steps you added:`, ...lines.map((line) => `- ${line}`), seeTheirPlan(typeAs)].join('\n');
/** One line of that list: taken off (`nowDue` null), or moved to `nowDue`. */
export const stepChangeLine = (step: string, wasDue: string | null, nowDue: string | null) =>
  nowDue
    ? `Moved "${step}" to ${nowDue}${wasDue ? ` (it was ${wasDue})` : ''}.`
    : `Took off "${step}".${wasDue ? ` It was due ${wasDue}.` : ''}`;
