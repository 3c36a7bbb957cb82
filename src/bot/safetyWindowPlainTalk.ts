// More of what people type in the safety window, played as twelve scripted clients (December,
// round fifteen): a teenager, an older man, someone learning English, someone angry at the bot,
// someone who regrets saying it, someone with practical questions. Each of these had got "Thank
// you for telling me. I am here.": "ur a bot arent u", "thank you for your time", "i feel a bit
// better now", "will this affect my pension", "can we go back", "what do i do now", "i need to go
// pick up the kids", "i shouldnt have said that", "its just a saying", "why did you send me that",
// "sorry my english not good", "what mean carry on", "do i still need to go to my appointment",
// "i feel so stupid now". And how words were taken back ("lol jk", "i wont do anything", "i didnt
// mean it like that"), so the reply fits what was said. None of these lowers a risk reading.
import type { RiskLevel } from '../domain/risk.ts';
import type { TakenBackHow } from '../messages/en/safetyReplies.ts';
import type { WindowAsk } from './safetyWindowAsks.ts';
import { expandShorthand } from '../domain/answers.ts';
import { readSafetyWindowReply } from '../domain/safetyWindow.ts';

const LEAD = String.raw`^(?:(?:so|ok|okay|and|but|right|anyway|well|please|um|erm|hey|oh|sorry|wait)\s)*`;
const END = String.raw`(?: (?:then|now|please|though|tho|lol|mate|x+))*$`;

// "ur a bot arent u", "are you a robot", "who am i talking to", "am i talking to a computer".
const A_BOT = new RegExp(
  String.raw`${LEAD}(?:(?:are )?(?:you|your|youre|ur) (?:just )?an? (?:bot|robot|computer|machine|ai|program)(?: (?:arent|are|r) you)?|(?:is this|am i talking to|am i speaking to|im talking to) (?:just )?an? (?:bot|robot|computer|machine|ai|program|real person|person|human)|who am i (?:talking|speaking|chatting) to|(?:are|r) you (?:a )?(?:real|human|a person))${END}`,
);
// "thank you for your time", "thanks for being there", "that means a lot", "i appreciate it".
const THANKS = new RegExp(
  String.raw`${LEAD}(?:(?:thanks|thank you|thankyou|cheers|ta)(?: (?:so much|very much|a lot))? for (?:your time|your help|being there|being here|listening(?: to me)?|talking(?: to me)?|that|this|everything|the numbers|understanding)|that means a lot|(?:i )?(?:really )?appreciate (?:it|that|this|you))(?: (?:to me|x+|thanks|thank you))*${END}`,
);
// "i feel a bit better now", "feeling a little better thanks": better, said plainly (not "but").
const BETTER = new RegExp(
  String.raw`${LEAD}(?:i )?(?:feel|feeling|im feeling|im) (?:a (?:bit|little|lot)|bit|much|loads|way|abit|slightly)? ?(?:better|calmer)(?: (?:now|already|thanks|thank you|honestly|tbh|after that|for talking|x+))*$`,
);
// "will this affect my pension", "will they stop my uc if i miss the course": a worry about money from the state.
const BENEFIT_WORRY = new RegExp(
  String.raw`${LEAD}(?:will|would|could|can|does|do|is|are|might|am) (?:this|that|it|they|you|the jobcentre|my adviser|i)(?: \w+){0,3} (?:affect|stop|cut|sanction\w*|take away|lose|touch|change|mess up|get)(?: \w+){0,2} (?:my |me )?(?:benefits?|uc|universal credit|pension(?: credit)?|pip|esa|jsa|payments?|money|claim|sanctioned)\b(?: \w+){0,6}$`,
);
// "can we go back", "go back now please": Carry on (the domain hears "can we go back to the plan").
const GO_BACK = new RegExp(String.raw`${LEAD}(?:can we|could we|lets|let us|i want to|can i)? ?(?:just )?go back${END}`);
// "what do i do now", "what should i do now": the way to people.
const WHAT_DO_I_DO = new RegExp(String.raw`${LEAD}(?:so )?what (?:do|should|can|shall) i do(?: now| then| next)*$|^i (?:dont|do not) know what (?:to do|ill do|i should do)(?: now| anymore| any more)*$`);
// "i need to go pick up the kids", "i have to go and get my son from school": a reason to go, said.
const GOING_TO_DO = new RegExp(
  String.raw`${LEAD}(?:i |ive )?(?:need to|have to|got to|gotta|must) (?:go|head off|get going)(?: and| to)? (?:pick up|get|collect|fetch|take|make|cook|feed|do|start|walk|go to)\b(?: \w+){0,6}$`,
);
// "is my adviser in today", "is my adviser at work": who has it and when (what happens next).
const ADVISER_IN = new RegExp(String.raw`${LEAD}(?:is|will) (?:my|the) (?:adviser|advisor|work coach|coach) (?:be )?(?:in|at work|working|there|about|around|in the office)(?: today| now| tomorrow| this week)?$`);
// "i shouldnt have said that", "i regret saying that", "can you delete that": taken back, not put right.
const REGRET = new RegExp(
  String.raw`${LEAD}(?:i )?(?:shouldnt|should not|shouldve not|wish i (?:hadnt|had not|never|didnt)|never should have) (?:have )?(?:said|say|typed|type|written|write|put|sent|send)(?: (?:that|this|it|anything))?${END}|${LEAD}i regret (?:saying|typing|writing|sending) (?:that|this|it)${END}|${LEAD}(?:can|could) you (?:please )?(?:delete|remove|unsend|wipe|erase) (?:that|this|it|what i (?:said|wrote|typed|just said))(?: message)?${END}`,
);
// "its just a saying", "it was banter", "i was being dramatic", "seriously i was joking", "i wasnt being serious": not meant as it read.
const NOT_MEANT_SO = new RegExp(
  String.raw`${LEAD}(?:my bad )?(?:its|it is|it was|that was|thats|that is) (?:just |only )?(?:a saying|an expression|a turn of phrase|something people say|what people say|banter|bants|a joke|a wind up)${END}|${LEAD}(?:my bad )?i was (?:just |only )?being (?:dramatic|silly|daft|stupid|over dramatic)${END}|${LEAD}(?:seriously |honestly )?(?:i was|im|i am|i was only|i was just) (?:only |just )?(?:joking|kidding|messing(?: about| around)?)${END}|${LEAD}(?:honestly )?i (?:wasnt|was not|am not|im not|was never) (?:being )?serious${END}`,
);
// "why did you send me that", "youre overreacting", "you got it wrong", "i didnt say i was going to do anything".
const WHY_NUMBERS = new RegExp(
  String.raw`${LEAD}(?:why (?:the (?:fuck|hell|heck) )?(?:did|are|have|would) you (?:send|sending|sent|say|saying|said|give|giving|show|showing)(?: me)? (?:that|this|those|them|all that|all this|the numbers|those numbers)|why (?:the (?:fuck|hell|heck) )?(?:did|are|do) you think (?:that|im|i am|i was)|(?:you are|youre|your|ur|you) (?:over ?reacting|overreacting|over the top|getting it wrong|taking it wrong|taking it the wrong way)|you (?:got|have got|get|took) (?:it|that|me) (?:all )?wrong|i (?:didnt|did not|never) say (?:i was going to|i would|i will|id|i wanted to) (?:do|try) (?:anything|it|something)|(?:calm down|chill)(?: its fine| its ok| mate)?)${END}`,
);
// "sorry my english not good", "my english is bad", "i dont understand english well".
const LANGUAGE = /^(?:(?:sorry|soz|please|im sorry)\s)*(?:my english (?:is )?(?:not (?:so |very |too )?good|bad|no good|not great|poor|is not good|little)|i (?:dont|do not|no) (?:speak|understand|write) (?:english|much english|good english)(?: (?:well|very well|good|so well))?|english (?:is )?not my first language|i (?:speak|write) (?:little|a little|not much) english)(?: sorry| please)*$/;
// "i no understand", "i dont understand you": said more simply.
const NOT_UNDERSTOOD = /^(?:(?:sorry|please|um)\s)*(?:i )?(?:no|not|dont|do not|cant|cannot) understand(?: you| this| that| what you (?:mean|say|said|write|wrote)| the words| english)?(?: sorry| please)*$/;
// "what mean carry on", "what does carry on mean", "what is carry on".
const WHAT_CARRY_ON = /^(?:(?:sorry|please|um)\s)*(?:what (?:mean|means|is|does)(?: the)? carry on(?: mean| button)?|what (?:happens )?if i (?:tap|press|click) carry on|carry on (?:mean|means) what)$/;
// "do i still need to go to my appointment tomorrow", "do i have to go to the jobcentre tomorrow".
const APPOINTMENT = new RegExp(
  String.raw`${LEAD}(?:do|will|should|can|must|would) i (?:still )?(?:need to|have to|got to|be able to|go|still go|miss|skip|cancel|move)(?: \w+){0,2}? (?:my |the |to my |to the )?(?:appointment|appt|meeting|interview|jobcentre|job centre|course|class|session|training)s?\b(?: \w+){0,4}$`,
);
// "i feel so stupid now", "im embarrassed", "i feel like an idiot".
const EMBARRASSED = new RegExp(
  String.raw`${LEAD}(?:i )?(?:feel|im|feeling|i am)(?: (?:so|really|a bit|bit|such|kind of|kinda|pretty))? (?:stupid|silly|embarrassed|an idiot|a idiot|like an idiot|like a fool|daft|ashamed|a mug)${END}`,
);

// "is it free to call", "do i have to pay to call": the numbers again, each saying when it is free.
const FREE_TO_CALL = new RegExp(String.raw`${LEAD}(?:is it|are they|are the numbers|are these|is that|is the number|is samaritans) (?:free|free to call|free to ring)${END}|${LEAD}(?:do|will|would) i (?:have to|need to)? ?pay (?:to|for) (?:call|ring|phone|calling|ringing|them|it)${END}|${LEAD}(?:does|will|would) it cost(?: me)?(?: anything| money)?(?: to (?:call|ring))?${END}`);

/** What a short message in the window is, beyond what the other readings hear; null when none of these. */
export function readPlainTalk(words: string, level: RiskLevel): WindowAsk | null {
  if (words.split(' ').length > 16) return null;
  // A worry heard in the words ("i feel so stupid now") may still be one of these: answered, and passed on (safetyWindow.ts).
  if (WHY_NUMBERS.test(words)) return 'why-numbers';
  if (EMBARRASSED.test(words)) return 'embarrassed';
  if (level !== 'none') return null;
  if (A_BOT.test(words)) return 'real-person';
  if (/^(?:well |so |ok )?(?:thanks|thank you|cheers) for nothing(?: then| mate)?$/.test(words)) return 'fed-up';
  if (THANKS.test(words)) return 'thanks';
  if (BETTER.test(words)) return 'feeling-better';
  if (BENEFIT_WORRY.test(words)) return 'who-is-told';
  if (FREE_TO_CALL.test(words)) return 'numbers';
  if (GO_BACK.test(words)) return 'carry-on';
  if (WHAT_DO_I_DO.test(words)) return 'help';
  if (GOING_TO_DO.test(words)) return 'leaving';
  if (ADVISER_IN.test(words)) return 'what-next';
  if (REGRET.test(words)) return 'take-back';
  if (NOT_MEANT_SO.test(words)) return 'not-serious';
  if (LANGUAGE.test(words)) return 'language';
  if (WHAT_CARRY_ON.test(words)) return 'what-carry-on';
  if (APPOINTMENT.test(words)) return 'appointment';
  if (NOT_UNDERSTOOD.test(words)) return 'lost';
  return null;
}

// The bot read them wrong: "i didnt mean it like that", "not what i meant", "you took it the wrong way".
const MISREAD = /\b(?:didnt|did not|dont|do not) mean (?:it|that|this)(?: like that| that way)?\b|\bnot what i meant\b|\bnot like that\b|\bi meant\b|\bwrong (?:way|idea)\b|\btook it wrong\b|\bnot literally\b|\bfigure of speech\b|^(?:eh|what|huh)\b/;
// Not meant as it read: "lol jk", "only joking", "it was banter", "i was just venting".
const JOKE = /\b(?:jk|jks|joking|joke|jokes|kidding|kiddin|messing|banter|bants|lol|lmao|haha|saying|expression|dramatic|venting|exaggerating|wind up)\b/;
// Said they will not act: "i wont do anything", "im not going to kill myself", "im not suicidal".
const WONT_ACT = /\b(?:wont|will not|would not|wouldnt|not going to|never going to|never|not about to)\b(?: \w+){0,3} (?:do|kill|hurt|harm|try|act)\b|\bnot suicidal\b/;

/** How a correction was said, so the reply fits it; when it says nothing plain, as the bot having read it wrong. */
export function howTakenBack(words: string): TakenBackHow {
  if (MISREAD.test(words)) return 'misread';
  if (JOKE.test(words)) return 'joke';
  return WONT_ACT.test(words) ? 'wont-act' : 'misread';
}

/** "are you a robot", "ur a bot arent u", "is this a real person": asked anywhere. */
export function asksIfABot(text: string): boolean {
  const words = expandShorthand(text);
  return words.split(' ').length <= 12 && (A_BOT.test(words) || readSafetyWindowReply(text) === 'real-person');
}

// "why are you asking", "why do you ask", "why would i want that": asked of "Would you like your adviser to get in touch?".
const WHY_ASKED = /^(?:(?:but|and|um|erm|wait|ok|so)\s)*(?:why(?: (?:are|do|did|would) you (?:ask|asking|want to know|say that|saying that)(?: me)?(?: that| this)?)?|why would i (?:want|need) (?:that|them|to)(?: \w+){0,3}|what for|how come|whats that for|what is that for)$/;

/** "why are you asking": the reason for the offer, before it is asked again. */
export function asksWhyTheOffer(text: string): boolean {
  return WHY_ASKED.test(expandShorthand(text));
}

/**
 * A crisis message that also asks about an appointment ("i want to die. anyway can i move my
 * appointment on thursday"): the question, in a sentence after the first, had gone unanswered.
 */
export function asksAboutAnAppointmentToo(text: string): boolean {
  const [, ...rest] = text.split(/(?<=[.!?])\s+|\s*\n\s*/);
  return rest.some((part) => APPOINTMENT.test(expandShorthand(part)));
}
