// The answer to "Would you like your adviser to get in touch?", asked after a worry (riskCheck.ts
// asks it). Yes raises a concern escalation; no is remembered; a question about the offer ("will
// my adviser be told", "what would they do") is answered first and the offer asked again
// (play-testing as clients at risk, round twelve: it had been taken as neither yes nor no, and the
// offer lost); "can you call me" there is a yes.
import { asksForHelpFindingWork } from '../domain/helpFindingWorkAsked.ts';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { RiskLevel } from '../domain/risk.ts';
import { leadingYesNo } from '../domain/partialAnswers.ts';
import { isUnsureAnswer, MAX_GOAL_LENGTH, namesAGoalOrStep } from '../domain/textChecks.ts';
import { looksLikeAQuestion } from '../domain/intentGuards.ts';
import type { ConcernTopic } from '../domain/concernTopic.ts';
import type { Client } from '../db/clients.ts';
import type { CoachServices } from '../services.ts';
import {
  carryOnLabel, concernLeftOpenReply, offerBotAnswer, offerWhyAnswer, concernNoLabel, concernNotNowReply, concernUnsureReply, concernYesLabel,
} from '../messages/en/crisis.ts';
import { adviserWithoutConsentReply } from '../messages/en/adviser.ts';
import {
  offerAgain, offerCostReply, offerHowReachedReply, offerNewsReply, offerNotAngryReply, offerWhatTheyDoReply, offerWhoSeesReply, offerNoCallsPassedOn, offerYesMorePassedOn,
} from '../messages/en/concernOffer.ts';
import { offerAskedPlainly } from '../messages/en/safetyReplies.ts';
import { namesADayOrTime } from '../domain/dayOrTimeWords.ts';
import { benefitConditionsAnswer } from '../messages/en/specialist.ts';
import { asksAboutBenefitConditions } from '../domain/benefitWorries.ts';
import { aboutOnScreen, asksForAGoalOrStep, buttonsOnScreen } from './questionOnScreen.ts';
import { parseConfidence } from '../domain/smart.ts';
import { NUMBER_WORD } from '../domain/ratingNumbers.ts';
import { confidenceButtons } from '../messages/en/smartGoal.ts';
import { answersTheFirstQuestion, firstAnswerBeforeTheWorry, namesAnOfferAnswer } from './concernOfferFirstQuestions.ts';
import { askTheAdviser, askTheAdviserOnceAgreed } from './concernOfferYes.ts';
import { asksHowTheyGetInTouch, asksWhatItCosts, saysMaybe, saysYesWithMore } from './concernOfferAsks.ts';
import { asksIfTheAdviserWillBeAngry, saysNoInOtherWords, saysYesInOtherWords } from './concernOfferPlainAnswers.ts';
import { nervousWithTheNews, newsAtTheOffer, offerHasLapsed } from './concernOfferNews.ts';
import { asksAboutBenefits, asksNotToBePhoned, asksToBeCalled, asksWhoSees } from './safetyWindowAsks.ts';
import { asksWhatTheAdviserDoes } from './safetyWindowWords.ts';
import { asksIfABot, asksWhyTheOffer } from './safetyWindowPlainTalk.ts';
import { menuChoices } from '../messages/en/menu.ts';
import { heldPartOf, partsOf } from '../domain/heldGoalWords.ts';
import { namesAVagueGoal } from '../domain/vagueGoalWords.ts';
import { markGoalHeldThroughTheOffer } from './goalHeldThroughTheOffer.ts';
import { isTapOf, wordsOnButtons } from '../domain/buttonWords.ts';
import { recogniseGlobalCommand } from '../../dialogs/commands.ts';

// soft: the offer was said, not asked ("Just type 'talk to my adviser'"): only a yes answers it.
// answer: the words were also the answer to the question on screen (a step read as a worry): once
// the offer is answered, they answer that question, so nothing is lost or typed again.
// askedAgain: something neither yes nor no was said, and the offer asked once more, plainly.
export type ConcernPause = { kind: 'concern'; topic: ConcernTopic; words: string; soft?: true; answer?: string; askedAgain?: true };

/** What the turn does after the answer: null when the message was no answer to the offer. */
export type OfferOutcome = { gate: 'reprompt' | 'skip'; declined?: true; stillOpen?: true; askedAgain?: true } | null;

// A number, a day or a time: an answer aimed at another question ("8", "friday", "2moro"), not a no.
const AIMED_ELSEWHERE = /^\s*\d{1,3}(?:\s*(?:\/|out of)\s*10)?\s*$|\b(?:today|tomorrow|tmrw|tmw|2moro|2morrow|tonight|next week|this week|weekend)\b/i;

// "my probation officer", "my support worker": who should be in touch, said to the offer, never a goal.
const NAMES_SOMEONE_TO_REACH = /^\s*(?:my|the|a|to|just)?\s*(?:probation(?: officer)?|support worker|key ?worker|social worker|work coach|counsell?or|doctor|gp|nurse|mum|mam|dad|partner|sister|brother|friend|someone|somebody|a person|a real person)\s*$/i;

// Only the labels: a bare "plan" or "review" said to the offer is not taken as a tap.
const MENU_LABELS = wordsOnButtons(menuChoices, { labelsOnly: true });

/**
 * Words kept as the answer to the question on screen: a goal or a step, where one is asked; at
 * the name or consent question, the name or the yes said before the worry (concernOfferFirstQuestions.ts).
 */
export function answerOnScreen(text: string, dialogState: DialogState | undefined): string | undefined {
  if (!asksForAGoalOrStep(dialogState)) return firstAnswerBeforeTheWorry(text, dialogState);
  // "i feel worthless. i want to learn to drive", "i feel so down. how do i update my cv?": only the
  // part meant for the plan, never the worry (heldGoalWords.ts); a question is answered once the offer is.
  const parts = partsOf(text);
  if (parts.length > 1) return heldPartOf(text)?.words;
  // Longer than the goal question takes, it is the worry told at length, not the answer (play-testing: a
  // voice message about a mother's death came back after "Yes, please" as "That is a lot of words for me").
  // "just sort myself out really" is a goal too, if a loose one (vagueGoalWords.ts).
  const answers = (namesAGoalOrStep(text) || namesAVagueGoal(text)) && text.length <= MAX_GOAL_LENGTH && !looksLikeAQuestion(text) && !isUnsureAnswer(text);
  return answers ? text : undefined;
}

// "8 but im scared", "prob a 6 but i feel sick about it": the number first, the worry after it;
// never "scared for 2 years" or "my 3 kids".
const RATING_FIRST = new RegExp(
  String.raw`^\W*(?:(?:like|about|around|maybe|prob|probs|probably|prolly|defo|say|id say|i'd say|i would say|tbh|honestly|um|erm|hmm|a|an)\W+)*(?:10|[1-9]|${NUMBER_WORD})\b(?!\s*(?:years?|yrs?|months?|weeks?|days?|hours?|kids?|children|times?)\b)`,
  'i',
);

/**
 * At "How sure do you feel that you can do this, from 1 to 10?" (its own buttons on screen), a number
 * said with a worry is the answer, kept through the offer as typed (play-testing: "8 but im scared"
 * made the offer, then the question came back and the 8 was lost).
 */
export function sureSaidWithTheWorry(text: string, dialogState: DialogState | undefined): string | undefined {
  const buttons = buttonsOnScreen(dialogState);
  const howSure = buttons.length === confidenceButtons.length && confidenceButtons.every((number, i) => buttons[i] === number);
  return howSure && RATING_FIRST.test(text) && parseConfidence(text) !== null ? text : undefined;
}

/**
 * "are you a robot", "why are you asking" at the offer: answered, and the offer asked again (round
 * fifteen: each had been "OK. Your adviser is there if you want them." and the offer gone).
 */
function ownWordsBeforeTheOffer(text: string): string | null {
  if (asksIfABot(text)) return `${offerBotAnswer}\n${offerAgain}`;
  return asksWhyTheOffer(text) ? `${offerWhyAnswer}\n${offerAgain}` : null;
}

export async function answerConcernOffer(
  services: CoachServices,
  context: TurnContext,
  client: Client | null,
  pause: ConcernPause,
  text: string,
  level: RiskLevel,
  dialogState: DialogState | undefined,
): Promise<OfferOutcome> {
  const outcome = await answerTheOffer(services, context, client, pause, text, level, dialogState);
  // The offer answered, the words held under it answer the question on screen now (riskCheck.ts).
  // A goal cut from a message with a worry in it is offered back at the goal question, not taken
  // (dialogs/goalOfferedBack.ts); a message that was only the goal ("get out the house more") goes on.
  const cut = pause.answer !== undefined && pause.answer !== pause.words && !looksLikeAQuestion(pause.answer);
  if (outcome?.gate === 'reprompt' && !outcome.stillOpen && cut) markGoalHeldThroughTheOffer(context, pause.answer!);
  return outcome;
}

async function answerTheOffer(
  services: CoachServices,
  context: TurnContext,
  client: Client | null,
  pause: ConcernPause,
  text: string,
  level: RiskLevel,
  dialogState: DialogState | undefined,
): Promise<OfferOutcome> {
  // Days later, with reminders between, the offer is no longer on screen: what is said is heard as it
  // would be with no offer open (news at the menu as news, dialogs/menuNews.ts), never as a no.
  if (await offerHasLapsed(services, client)) return null;
  // "fine. Dave" at the name question, "yes ok i agree" at consent: that question's answer, and the
  // offer said once more, briefly (play-testing first conversations: each had been lost to the offer).
  if (level === 'none' && answersTheFirstQuestion(text, dialogState)) {
    if (!pause.soft) await context.sendActivity(concernLeftOpenReply);
    // Consent given again under a yes kept with a name: the kept one goes on, and the name with it.
    return pause.answer && aboutOnScreen(dialogState) === 'consent' ? { gate: 'reprompt' } : null;
  }
  // "yes i need to be home for the kids at 3", "yes but not by phone": a yes with more said after it is still a yes.
  const yesWithMore = !namesAnOfferAnswer(text) && saysYesWithMore(text);
  // "can i talk to a real person", "i want to speak to my adviser": asked for, so a yes (it had been read as a no).
  const asksForTheAdviser = recogniseGlobalCommand(text) === 'talk-to-adviser';
  // "sounds good yeah", "i'm fine honestly, no need": a yes or a no in other words.
  const answer =
    namesAnOfferAnswer(text) ?? leadingYesNo(text) ?? (yesWithMore || asksForTheAdviser || saysYesInOtherWords(text) ? 'yes' : null) ??
    (saysNoInOtherWords(text) ? 'no' : null) ?? (!pause.soft && !asksHowTheyGetInTouch(text) && asksToBeCalled(text) ? 'yes' : null);
  // "Yes, please" just after "Just type 'talk to my adviser'" had been kept as the next answer.
  if (pause.soft && answer !== 'yes') return null;
  // A question about the offer, or "will this affect my benefits": answered, and the offer asked again (one question).
  const benefits = !answer && (asksAboutBenefitConditions(text) || (looksLikeAQuestion(text) && asksAboutBenefits(text)));
  // "does it cost anything?", "would they phone me?", "will she be cross with me": questions about the
  // offer, whatever worry the words also hold.
  const aboutTheOffer = !answer && (asksWhatItCosts(text) || asksHowTheyGetInTouch(text) || asksIfTheAdviserWillBeAngry(text));
  // "i got an interview on thursday and im terrified": the news heard, unless it answers the question on screen.
  const news = !answer && !answerOnScreen(text, dialogState) ? newsAtTheOffer(text) : null;
  if (news) {
    await context.sendActivity(MessageFactory.suggestedActions([concernYesLabel, concernNoLabel, carryOnLabel], offerNewsReply(news, nervousWithTheNews(text))));
    return { gate: 'skip', stillOpen: true, askedAgain: true };
  }
  if (!answer && (level === 'none' || benefits || aboutTheOffer)) {
    const reply = asksIfTheAdviserWillBeAngry(text)
      ? offerNotAngryReply
      : benefits
      ? `${benefitConditionsAnswer}\n${offerAgain}`
      : asksWhatItCosts(text) ? offerCostReply : asksHowTheyGetInTouch(text) ? offerHowReachedReply(client !== null)
      : asksWhatTheAdviserDoes(text) ? offerWhatTheyDoReply : asksWhoSees(text) ? offerWhoSeesReply(client !== null) : ownWordsBeforeTheOffer(text);
    if (reply) {
      await context.sendActivity(MessageFactory.suggestedActions([concernYesLabel, concernNoLabel, carryOnLabel], reply));
      return { gate: 'skip', stillOpen: true };
    }
  }
  if (!answer) {
    // A worry said instead is heard as one, by the caller.
    if (level !== 'none') return null;
    // A menu button tapped instead ("Review my plan", days later) moves on: the offer is left and the
    // button does what it says (play-testing reviews, round two: it had been "OK. Your adviser is
    // there if you want them." and the menu again, and the review never started).
    if (isTapOf(text, MENU_LABELS)) return null;
    // "can you help me find a job": asked of the coach, not a no to the offer (round twenty-eight:
    // it had been "OK. Your adviser is there if you want them." and the request dropped).
    if (asksForHelpFindingWork(text)) return null;
    // A step typed after the offer where a goal or a step was asked is that answer, kept (round nine:
    // "ring the training centre about a forklift refresher" had been lost, and "2moro" kept instead).
    // With the answer before the offer kept, the offer is asked once more first.
    if ((!pause.answer || pause.askedAgain) && answerOnScreen(text, dialogState)) return null;
    // "8", "friday", or anything after a kept answer: not a no. The offer is asked once more, plainly.
    if (!pause.askedAgain && !isUnsureAnswer(text) && (pause.answer || AIMED_ELSEWHERE.test(text) || namesADayOrTime(text))) {
      await context.sendActivity(MessageFactory.suggestedActions([concernYesLabel, concernNoLabel, carryOnLabel], offerAskedPlainly(Boolean(pause.answer))));
      return { gate: 'skip', stillOpen: true, askedAgain: true };
    }
    // "maybe", "not sure": said to the offer, which stays open, and the question under it is asked again.
    if (isUnsureAnswer(text) || saysMaybe(text)) {
      await context.sendActivity(concernUnsureReply);
      return { gate: 'reprompt' };
    }
    // At a goal or step question with nothing held, anything else is "Carry on", and goes on to that
    // question as typed there (play-testing: "part time job in school hours", "why do you need this"
    // had been dropped for the question again). Someone named ("my probation officer") is said to the offer.
    if (asksForAGoalOrStep(dialogState) && !pause.answer && !NAMES_SOMEONE_TO_REACH.test(text)) return null;
    await context.sendActivity(concernLeftOpenReply);
    return { gate: 'reprompt' };
  }
  if (answer === 'yes') {
    // What came with the yes ("not by phone i have no credit") is on the card, from the client's messages: said so.
    const noCalls = yesWithMore && asksNotToBePhoned(text);
    const more = noCalls ? [offerNoCallsPassedOn] : yesWithMore ? [offerYesMorePassedOn] : [];
    if (client) await context.sendActivity([...more, await askTheAdviser(services, client, pause, noCalls)].join('\n'));
    // The yes to consent kept under the offer goes on now (riskCheck.ts): the adviser is asked once it is recorded.
    else if (pause.answer && aboutOnScreen(dialogState) === 'consent') askTheAdviserOnceAgreed(services, context, pause);
    else await context.sendActivity(adviserWithoutConsentReply);
    return { gate: 'reprompt' };
  }
  if (answer === 'no') {
    await context.sendActivity(concernNotNowReply);
    return { gate: 'reprompt', declined: true };
  }
  return { gate: 'reprompt' };
}
