// The words in the safety window that have an answer of their own: short, honest replies that
// keep the window open, its buttons under them (safetyWindow.ts sends them).
import type { SafetyKind } from '../domain/safetyKind.ts';
import type { AdviserReach, HandoverNews } from '../domain/handoverNews.ts';
import type { CrisisContact } from '../domain/settingsLists.ts';
import {
  appointmentInTheWindowReply,
  cannotCallReply,
  embarrassedInTheWindowReply,
  fedUpReply,
  leavingTheWindowReply,
  lostInTheWindowReply,
  noTalkReply,
  okInTheWindowReply,
  quietInTheWindowReply,
  safetyWindowHelp,
  sorryInTheWindowReply,
  stillThereReply,
  takenBackReply,
  unsureInTheWindowReply,
  languageInTheWindowReply,
  whatCarryOnMeansReply,
  whyNumbersBeforeTheSafeQuestion,
} from '../messages/en/crisis.ts';
import {
  adviserWouldReply, callMeReply, helpBeforeTheSafeQuestion, keepDetailsLaterReply, noCreditReply, noNeedToTalkReply, notFamilyReply, policeReply, realPersonReply, thanksInTheWindowReply, whatNextReply,
  whatAdviserIsReply, whereToGoReply, whoIsToldReply, whoSeesItReply,
} from '../messages/en/safetyWindowAnswers.ts';
import { correctionHeardReply, inTroubleReply, planWaitsReply, willSomeoneRingReply } from '../messages/en/safetyReplies.ts';
import { asksWhatTheAdviserDoes } from './safetyWindowWords.ts';
import type { WindowAsk } from './safetyWindowAsks.ts';
import { concernTopicOf } from '../domain/concernTopic.ts';
import { concernPassedOnReply, concernReflection, peopleAndTheWayBack, stillHereReply } from '../messages/en/crisis.ts';

/**
 * What the answers may truthfully say: whether the adviser has it, and when a person reads it.
 * safeNext: "Are you safe right now?" follows the answer, so the answer asks nothing of its own.
 */
export type WindowFacts = { reach: AdviserReach; news: HandoverNews; kinds: readonly SafetyKind[]; contacts: readonly CrisisContact[]; safeNext?: boolean };

/** The answer of its own for what was typed, or null when it has none. */
export function ownAnswer(asked: WindowAsk, { reach, news, kinds, contacts, safeNext = false }: WindowFacts, text = ''): string | null {
  // "what would they do", "what happens if i talk to them": answered, then the adviser offered again.
  if (asked === 'other' && asksWhatTheAdviserDoes(text)) return adviserWouldReply(reach, kinds);
  switch (asked) {
    case 'cannot-call':
      return cannotCallReply(contacts, reach);
    case 'unsure':
      return unsureInTheWindowReply;
    case 'fed-up':
      return fedUpReply;
    case 'ok':
      return okInTheWindowReply(reach);
    case 'sorry':
      return sorryInTheWindowReply;
    case 'take-back':
      return takenBackReply(reach);
    case 'no-talk':
      return noTalkReply;
    case 'lost':
      return lostInTheWindowReply;
    case 'what-next':
      return whatNextReply(news, kinds, safeNext);
    case 'real-person':
      return realPersonReply(reach);
    case 'who-is-told':
      return whoIsToldReply(reach, safeNext);
    case 'police':
      return policeReply(reach);
    case 'who-sees':
      return whoSeesItReply(reach);
    case 'not-family':
      return notFamilyReply(reach, kinds);
    case 'what-adviser':
      return whatAdviserIsReply(reach);
    case 'call-me':
      return callMeReply(news);
    case 'no-credit':
      return noCreditReply(reach, kinds, contacts.some((contact) => contact.phone?.replace(/\s/g, '') === '999'));
    case 'keep-details':
      // Before consent the window holds the consent question: how to agree, said plainly.
      return reach === 'no-details' ? keepDetailsLaterReply : null;
    case 'must-talk':
      return noNeedToTalkReply(reach);
    case 'where-to-go':
      // With nowhere safe tonight, the housing numbers and the council; otherwise the way to people.
      return kinds.includes('no-home') ? whereToGoReply(contacts) : safeNext ? helpBeforeTheSafeQuestion(contacts) : safetyWindowHelp(reach, contacts);
    case 'thanks':
      return thanksInTheWindowReply(safeNext);
    case 'will-ring':
      return willSomeoneRingReply(news, kinds);
    case 'in-trouble':
      return inTroubleReply(reach);
    case 'plan-waits':
      return planWaitsReply(safeNext);
    case 'quiet':
      return quietInTheWindowReply;
    case 'still-there':
      return stillThereReply;
    case 'leaving':
      return leavingTheWindowReply;
    case 'why-numbers':
      // "why did you send me that", "youre overreacting": why, and the adviser as it is; with danger now, no sorry.
      return safeNext ? whyNumbersBeforeTheSafeQuestion : correctionHeardReply(kinds, reach, 'why-numbers');
    case 'language':
      return languageInTheWindowReply;
    case 'what-carry-on':
      return whatCarryOnMeansReply;
    case 'appointment':
      return appointmentInTheWindowReply;
    case 'embarrassed':
      return embarrassedInTheWindowReply;
    default:
      return null;
  }
}

/**
 * A worry said in the window with no answer of its own ("i just feel so alone", "were behind on the
 * rent"): what it sounds like, and that the adviser has it, before the way to people (round fifteen:
 * each had got "Thank you for telling me. I am here."). A worry with no plain topic keeps those lines.
 */
export function worryHeardReply(text: string, reach: AdviserReach): string {
  const topic = concernTopicOf(text);
  if (topic === 'general') return stillHereReply(reach);
  return [reach === 'no-details' ? concernReflection(topic) : concernPassedOnReply(topic, reach), peopleAndTheWayBack].join('\n');
}
