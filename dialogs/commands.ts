// The words that work at any point of any conversation.
import { normaliseAnswer, parseChoice } from '../src/domain/answers.ts';

export type GlobalCommand = 'help' | 'cancel' | 'leave-for-now' | 'start-again' | 'talk-to-adviser';

const commands = [
  { value: 'help' as const, label: 'help', synonyms: ['what can i do', 'what can you do', 'options', '?', 'i am stuck', 'im stuck'] },
  { value: 'cancel' as const, label: 'cancel', synonyms: ['stop', 'quit', 'exit', 'never mind', 'nevermind'] },
  { value: 'start-again' as const, label: 'start again', synonyms: ['start over', 'restart', 'begin again', 'menu', 'main menu'] },
  {
    value: 'talk-to-adviser' as const,
    label: 'talk to my adviser',
    synonyms: ['talk to adviser', 'talk to my advisor', 'talk to advisor', 'speak to my adviser', 'speak to someone', 'talk to a person', 'talk to someone', 'adviser', 'advisor', 'human', 'real person'],
  },
];

// "forget it", "leave it for now", "i dont want to do this": stopping, said as people say it.
// Whole phrases only, never by spelling (play-testing found "forget it" kept as a plan's step, and
// "forgot it" is an answer to "How did it go?"). "i dont want to do this any more" is not here: the
// risk check hears it first.
// "i want to stop", "can we stop now", "stop please" (play-testing: "i want to stop" had "Sorry, I
// didn't catch that" at every question). Never "end", "i want it to stop" nor "i want to stop
// everything": those are for the risk check.
const STOPPING =
  /^(?:(?:actually|just|oh|ok|okay|nah|no|hmm|sorry|please)\s+)*(?:forget (?:it|about it|that|this)|leave it(?: for now| there| for today)?|i (?:dont|do not) want to do (?:this|it|that)(?: now| today| right now)?|cancel (?:that|this|it)|(?:i (?:want|wanna|would like|need) to|(?:can|could) (?:we|i)|lets|let us|id like to) (?:stop(?: (?:this|here|now|there))?|finish (?:this |it )?(?:later|for now|for today|here))(?: (?:now|for now|for today|please|pls|thanks|for a bit|later))*|stop (?:now|here|for now|for today|please|pls)(?: (?:please|pls|thanks))?)$/;

// "sorry baby crying, can we do this later", "i have to go": leaving for now, kept as a pause (play-testing
// found both kept as the job they would like). Not a stop: the question on screen waits, with what was
// already said for it (a goal half made had been dropped by "can i come back to it later").
const LEAVING_FOR_NOW =
  /(?:^|\b(?:sorry|soz|oh|ok|okay|crying|here|door|work|bus|kids?|baby))\s*(?:(?:can|could) (?:we|i) (?:do|finish|carry on with|continue|come back to) (?:this|it|the rest) (?:later|another time|tomorrow|after)|(?:i )?(?:have to|have got to|gotta|got to|need to|must) go(?: now)?(?: sorry)?)$/;

// "I want speak with my adviser", "can i talk to my adviser please": asked for, the way people ask
// (play-testing, round seventeen: after a pause it was not heard, and the questions went on). "can i
// talk to a real person" too: under the adviser's offer it had been read as a no (play-testing, December).
// "i want to speak to a real person not a robot", "get me a human", "let me speak to somebody", "i want
// my adviser": each had been "OK. Your adviser is there if you want them." at the offer (December).
// A bare "someone" counts only after speaking words: "i need someone" may be about anything.
const ADVISER_OR_PERSON = String.raw`(?:(?:my|the|an|a) (?:adviser|advisor|work coach)|(?:a |an )?(?:real |actual |proper |live )?(?:person|human|human being))`;
const SOMEONE = String.raw`(?:a |an )?(?:real |actual |proper |live )?(?:someone|somebody)(?: real)?`;
const WANTING = 'want|wanna|would like|d like|id like|need';
const SPEAKING = String.raw`(?:speak|talk|chat)(?: to| with)?|get me|put me through to|let me (?:speak|talk|chat)(?: to| with)?`;
const ASKS_FOR_THE_ADVISER = new RegExp(
  String.raw`^(?:(?:please|pls|can|could|may|just|look|honestly|ok|okay) )*(?:i )?(?:just |really |only )?` +
    String.raw`(?:(?:(?:${WANTING}|would rather|d rather|id rather|rather|can|could|may)(?: to)? )?(?:${SPEAKING}) (?:${SOMEONE}|${ADVISER_OR_PERSON})|(?:${WANTING}) ${ADVISER_OR_PERSON})` +
    String.raw`(?: (?:not|instead of|rather than|than) (?:a |an |this |some )?(?:robot|bot|computer|machine|chatbot|program|app))?(?: (?:please|pls|plz|now|today|tbh|thanks|asap))*$`,
);

// "nah leave it", "just leave it as it is lol": where a button offers to keep something as it is
// ("No, keep my date", "Keep my plan as it is"), the client means that button, not stopping
// everything (first conversations, December: the goal had been stopped). "leave it for now" still stops.
const LEAVE_IT_AS_IT_IS =
  /^(?:(?:nah|naa|na|no|nope|oh|ok|okay|just|actually|hmm|erm|um|please|pls|honestly|tbh)\s+)*leave it(?: (?:as it is|as is|like that|the way it is|the same|be|alone))?(?: (?:please|pls|plz|thanks|thank you|ta|cheers|lol|haha|mate|tbh|x+))*$/;
const OFFERS_TO_KEEP = /^(?:no,?\s+)?keep\b/i;

/** The button that keeps things as they are, when "leave it" is said where one is on screen; null otherwise. */
export function keepButtonMeant(text: string | undefined, buttons: readonly string[]): string | null {
  if (!text || !LEAVE_IT_AS_IT_IS.test(normaliseAnswer(text))) return null;
  return buttons.find((button) => OFFERS_TO_KEEP.test(button)) ?? null;
}

/** Only whole-message commands count: "I can't stop thinking about it" is not "stop". */
export function recogniseGlobalCommand(text: string | undefined): GlobalCommand | null {
  if (!text) return null;
  const said = normaliseAnswer(text);
  if (LEAVING_FOR_NOW.test(said)) return 'leave-for-now';
  if (STOPPING.test(said)) return 'cancel';
  if (ASKS_FOR_THE_ADVISER.test(said.replace(/^id like /, 'i would like '))) return 'talk-to-adviser';
  if (text.trim().split(/\s+/).length > 6) return null;
  return parseChoice(text, commands, { byPosition: false });
}

const greetings = [
  {
    value: 'hello' as const,
    label: 'hello',
    synonyms: ['hi', 'hiya', 'hey', 'hi there', 'hello there', 'good morning', 'good afternoon', 'good evening', 'morning', 'hey there', 'yo'],
  },
];

/** "hi" or "hello" on its own: someone coming back, who should be greeted, not corrected. */
export function isGreeting(text: string | undefined): boolean {
  if (!text || text.trim().split(/\s+/).length > 3) return false;
  return parseChoice(text, greetings, { byPosition: false }) !== null;
}

// "my plan" typed while another question is on screen: the client wants to see it, not to give
// "my plan" as their answer. Whole message only, and only these words: "my plan is to apply" is
// an answer.
// "show plan", "see plan": without the "my" (play-testing, round seventeen: "Sorry, I was not clear").
const PLAN_REQUEST = /^(?:(?:can i )?(?:show|see|view|look at)(?: me)? )?(?:my|the) (?:action )?plan\??$|^(?:show|see|view|open)(?: me)? (?:action )?plan\??$|^what(?: is|s) (?:in )?my plan\??$|^what did i agree to\??$/;

export function isPlanRequest(text: string | undefined): boolean {
  return PLAN_REQUEST.test((text ?? '').trim().toLowerCase().replace(/[\u2019']/g, '').replace(/\s+/g, ' ').replace(/[.!]+$/, ''));
}
