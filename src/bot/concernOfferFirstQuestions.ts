// The first conversation's questions under "Would you like your adviser to get in touch?".
// Play-testing first conversations: a mild worry heard at the name or the consent question made
// the offer, and the next message, which answered the question on screen ("fine. Dave", "yes ok i
// agree"), was taken as the answer to the offer and lost. A reply that plainly answers the name,
// consent, the adviser's code or a self-assessment button is that answer; a plain yes or no (or
// the offer's own buttons) still answers the offer, the question asked last.
import type { DialogState } from 'botbuilder-dialogs';
import { normaliseAnswer, parseChoice, parseYesNo } from '../domain/answers.ts';
import { leadingYesNo } from '../domain/partialAnswers.ts';
import { isUnsureAnswer, namesAFeeling } from '../domain/textChecks.ts';
import { looksLikeAQuestion } from '../domain/intentGuards.ts';
import { namesADayOrTime } from '../domain/dayOrTimeWords.ts';
import { nameFrom, nameOfferedEarly, statesAName } from '../domain/nameWords.ts';
import { readConsentWithMore } from '../domain/consentInOneMessage.ts';
import { codeTriedIn, saysNoCode } from '../domain/inviteCodeWords.ts';
import { carryOnLabel, carryOnWords, concernNoLabel, concernNoWords, concernYesLabel, concernYesWords } from '../messages/en/crisis.ts';
import { DialogIds } from '../../dialogs/dialogIds.ts';
import { aboutOnScreen, buttonsOnScreen, expectingOnScreen, isOnStack } from './questionOnScreen.ts';

export const CONCERN_ANSWERS = [
  { value: 'yes' as const, label: concernYesLabel, synonyms: concernYesWords },
  { value: 'no' as const, label: concernNoLabel, synonyms: concernNoWords },
  { value: 'carry-on' as const, label: carryOnLabel, synonyms: carryOnWords },
];

/** The offer's own buttons or words ("Yes, please", "no thanks", "carry on"). */
export function namesAnOfferAnswer(text: string): 'yes' | 'no' | 'carry-on' | null {
  return parseChoice(text, CONCERN_ANSWERS, { byPosition: false });
}

// "later", "leave it": said to the offer, never a name, though they read as one alone.
const OFFER_WORDS_AS_NAMES = /^(?:later|soon|today|tonight|tomorrow|not now|not yet|now|never|nobody|no one|carry on|continue|maybe later|bye|leave|leave it|never mind|nevermind|forget it)$/i;
// Agreeing is said to "Is it OK for me to keep your answers?", not to the adviser's offer.
const AGREES = /\bagree[ds]?\b|\bkeep (?:my|the|them|it)\b/i;
const AGREES_NOT = /\b(?:dont|do not|don't|not|never|disagree)\b/i;
// Having a code, or not: the code question's words ("i dont have one", "never got one").
const CODE_WORDS = /\b(?:code|have|hav|got|given|gave|had|sent)\b/i;
// A code typed alone, as a code looks (onboardingNameStep.ts): with a digit, or all in capitals.
const CODE_TYPED_ALONE = /^(?=[A-Z0-9]*\d|[A-Z]{4,}$)[A-Za-z0-9]{4,10}$/;

/** A name plainly given: "its Dave", "fine. Dave", "Dave"; never a yes, a no, a day or "later". */
function givesAName(text: string): boolean {
  if (statesAName(text) || nameOfferedEarly(text)) return true;
  const name = nameFrom(text);
  if (!name || OFFER_WORDS_AS_NAMES.test(name) || namesAFeeling(name.toLowerCase()) || namesADayOrTime(text)) return false;
  // "go away" is no name: more than one word only with their own capitals ("Mary Jane").
  if (name.includes(' ') && !text.includes(name)) return false;
  // "ok. Dave": after a yes word, only a name in a sentence of its own.
  return leadingYesNo(text) === null || /^[^.,!]+[.,!]\s*\p{Lu}/u.test(text.trim());
}

/** Consent plainly given: "yes ok i agree", "Yes, that is OK" tapped, or a yes with a name ("yes, I'm Kelly"). */
function givesConsent(text: string, buttons: readonly string[]): boolean {
  if (AGREES.test(text)) return !AGREES_NOT.test(text) && parseYesNo(text) !== 'no';
  return tapsAButton(text, buttons) || readConsentWithMore(text)?.name != null;
}

/** An answer to the code question: a code, or plainly none ("i dont have one", "never got one"). */
function answersTheCode(text: string, buttons: readonly string[]): boolean {
  const said = text.trim();
  if (tapsAButton(said, buttons) || CODE_TYPED_ALONE.test(said) || codeTriedIn(said)) return true;
  return saysNoCode(said) && CODE_WORDS.test(said.replace(/['\u2019]/g, ''));
}

/** A button of the question on screen tapped, that is none of the offer's own words nor a bare yes or no. */
function tapsAButton(text: string, buttons: readonly string[]): boolean {
  const tapped = normaliseAnswer(text);
  if (!tapped || namesAnOfferAnswer(text) || /^(?:yes|no|y|n)$/.test(tapped)) return false;
  return buttons.some((button) => normaliseAnswer(button) === tapped);
}

/**
 * Whether a reply typed at the offer plainly answers the first conversation's question on screen
 * (the name, consent, the adviser's code, a self-assessment button) rather than the offer.
 */
export function answersTheFirstQuestion(text: string, state: DialogState | undefined): boolean {
  if (namesAnOfferAnswer(text) || isUnsureAnswer(text)) return false;
  const buttons = buttonsOnScreen(state);
  if (aboutOnScreen(state) === 'consent') return givesConsent(text, buttons);
  if (expectingOnScreen(state) === 'name') return tapsAButton(text, buttons) || (!looksLikeAQuestion(text) && givesAName(text));
  if (aboutOnScreen(state) === 'invite-code') return answersTheCode(text, buttons);
  return isOnStack(state, DialogIds.selfAssessment) && tapsAButton(text, buttons);
}

/**
 * The first words of a worrying message that answer the first conversation's question on screen,
 * kept until the offer is answered: "Yes that's fine. My name is Bernadette but everyone calls me
 * Bernie" from a message that goes on about her husband dying. Said before the offer, a yes there
 * can only be to consent. Undefined when the message does not begin with such an answer.
 */
export function firstAnswerBeforeTheWorry(text: string, state: DialogState | undefined): string | undefined {
  const consent = aboutOnScreen(state) === 'consent';
  if (!consent && expectingOnScreen(state) !== 'name') return undefined;
  const parts = text.trim().split(/(?<=[.!?;,])\s+/).map((part) => part.replace(/[.!?;,]+$/, ''));
  const kept: string[] = [];
  for (const part of parts) {
    const answer = consent && kept.length === 0 ? (leadingYesNo(part) === 'yes' ? part : null) : nameSaidIn(part, consent);
    if (!answer) break;
    kept.push(answer);
  }
  // A whole message read as a worry is never kept as a name ("im useless").
  return kept.length > 0 && kept.length < parts.length ? kept.join('. ') : undefined;
}

/**
 * A name in one part of a message, as the question on screen reads it. Consent reads only a name
 * said plainly, so "My name is Bernadette but everyone calls me Bernie" is kept there as the name
 * she asks to be called, "My name is Bernie" (a "but" had made her yes no yes at all).
 */
function nameSaidIn(part: string, atConsent: boolean): string | null {
  // Before a worry, a name alone only with its capital, as the name step reads it ("Dave. why does it matter", never "honestly, ...").
  const named = statesAName(part) || nameOfferedEarly(part) !== null || (/^\p{Lu}\p{Ll}+$/u.test(part) && givesAName(part));
  if (looksLikeAQuestion(part) || !named) return null;
  if (!atConsent) return part;
  const name = nameFrom(part) ?? nameOfferedEarly(part);
  return name ? `My name is ${name}` : null;
}
