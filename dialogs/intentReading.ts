// What the intent model heard, kept only where it is not an answer to the question on screen, and
// checked against the words: each guard below is a reading the model got wrong in play-testing.
import { readStartedWork } from '../src/domain/jobNews.ts';
import { goesBackAfterTimeOff, tellsOfVolunteering } from '../src/domain/jobNewsGoodNews.ts';
import { asksWhatWeMean, isUnsureAnswer } from '../src/domain/textChecks.ts';
import { isARoughNumber, asksAboutCostsOfWork, laughsWithNoRudeWord, asksForContact, asksForSomeoneToTalkTo, listsWhatTheyKnow, looksLikeAQuestion, namesTheAdviser, offIsNoInsult, saysAMovingOnWord, praisesThemselves, questionIsNoInsult, saysAJobEnded, saysThanks, saysNotAGoodTime, deniesGood, soundsBad, soundsLow, saysNotBad, speaksOfTelling, statesABenefitFact } from '../src/domain/intentGuards.ts';
import { asksOrWorriesAboutBenefits, asksWhoSeesAnswers, mentionsMoneyOrBenefits } from '../src/domain/benefitWorries.ts';
import { namesAnEmployer, questionBackOf } from '../src/domain/questionsBack.ts';
import { understand, type Intent } from '../src/domain/understanding.ts';
import { mentionsPayday } from '../src/domain/datePhrases.ts';
import { normaliseAnswer } from '../src/domain/answers.ts';
import { saysNotAgree } from '../src/domain/notAgreeing.ts';
import { waitsForAnEvent } from '../src/domain/goalAnswerWords.ts';
import { afterPoliteAfraid, apologisesBesideAPlainAnswer } from '../src/domain/politeWords.ts';
import { helpAskedWith, namesInterviewPractice } from '../src/domain/helpWantedWords.ts';
import { saysThanksInWelsh } from '../src/domain/welshWords.ts';
import { saysNoMoreSteps } from '../src/domain/reviewWords.ts';
import { isNoInsultButAName, statesAName } from '../src/domain/nameWords.ts';
import { namesWorkThenWhy } from '../src/domain/jobSaidWithAFeeling.ts';
import { namesAGoalBeforeAFeeling } from '../src/domain/goalSaid.ts';
import { namesAVagueGoal } from '../src/domain/vagueGoalWords.ts';
import { namesAStepWithTheAdviser } from '../src/domain/stepWithTheAdviser.ts';
import type { Expecting } from './wordChecks.ts';

// A choice the reply did not match: respond to what we recognise fairly well.
const CHOICE_CONFIDENCE = 0.45;
// Free text would be kept as the answer: only a clear non-answer is taken out. So is anything
// that tells the adviser (a job loss, a benefits question): a wrong guess there costs more.
const TEXT_CONFIDENCE = 0.6;
const ACTS_ON_IT: ReadonlySet<Intent> = new Set<Intent>(['job-lost', 'ask-benefits', 'ask-disclosure', 'want-adviser']);

const RESPONDED_TO: ReadonlySet<Intent> = new Set<Intent>([
  'feeling-low', 'feeling-good', 'ask-benefits', 'ask-disclosure', 'ask-is-human', 'ask-what-next', 'job-lost',
  'started-work', 'interview', 'want-adviser', 'thanks', 'greeting', 'abuse',
]);

/** The intents that are not an answer to each kind of free-text question. */
const NOT_AN_ANSWER: Record<Exclude<Expecting, 'choice'>, ReadonlySet<Intent>> = {
  name: new Set<Intent>(['feeling-low', 'feeling-good', 'ask-benefits', 'ask-disclosure', 'ask-is-human', 'ask-what-next', 'job-lost', 'started-work', 'interview', 'want-adviser', 'thanks', 'greeting', 'abuse', 'goal']),
  goal: new Set<Intent>(['feeling-low', 'feeling-good', 'ask-benefits', 'ask-disclosure', 'ask-is-human', 'ask-what-next', 'job-lost', 'started-work', 'want-adviser', 'thanks', 'greeting', 'abuse']),
  // Free words describe what happened and how it felt: "it was rubbish" or "my adviser helped me"
  // are answers. Only a question is taken out (see looksLikeAQuestion).
  words: new Set<Intent>(['ask-benefits', 'ask-disclosure', 'ask-is-human', 'ask-what-next']),
};

const FEELINGS: ReadonlySet<Intent | null> = new Set<Intent>(['feeling-low', 'feeling-good']);
const QUESTIONS: ReadonlySet<Intent> = new Set<Intent>(['ask-benefits', 'ask-disclosure', 'ask-is-human', 'ask-what-next']);

/**
 * A question is never an answer, even when it holds one's words: "what do you mean by Friday"
 * names a day but does not choose it. Choice prompts hear these before they parse.
 */
export function isClearQuestion(text: string, locale?: string): boolean {
  if (asksWhatWeMean(text)) return true;
  // "what happens after this bit" at a barrier question had been kept as its answer.
  if (questionBackOf(text) !== null || (asksWhoSeesAnswers(text) && namesAnEmployer(text))) return true;
  // Only a question mark makes the model's word enough: "do the sentences again" is a choice.
  if (!text.trim().endsWith('?')) return false;
  const heard = understand(text, { locale });
  return QUESTIONS.has(heard.intent) && heard.confidence >= TEXT_CONFIDENCE;
}

type Guard = { why: string; guard: (intent: Intent | null, said: string, expecting: Expecting) => Intent | null };

/** Tried in order, each on the reading the one before left. */
const GUARDS: readonly Guard[] = [
  { why: '"keep" or "wait" alone moves the chat on, and is no feeling', guard: (intent, said) => ((FEELINGS.has(intent) || intent === 'greeting') && saysAMovingOnWord(said) ? null : intent) },
  { why: '"not sure" is an answer, not a feeling', guard: (intent, said) => (FEELINGS.has(intent) && isUnsureAnswer(said) ? null : intent) },
  // Play-testing, round twenty: "I am not sure, I apologise" had "That sounds really hard".
  { why: 'an apology beside a plain answer is manners, not a feeling', guard: (intent, said) => (FEELINGS.has(intent) && apologisesBesideAPlainAnswer(said) ? null : intent) },
  // Round twenty-one: "I am afraid my qualifications are rather out of date." had the low-mood reply.
  { why: 'a polite "I am afraid" is no feeling', guard: (intent, said) => (intent === 'feeling-low' && politeAfraidOnly(said) ? null : intent) },
  // Round twenty-one: "Practising interviews" at a barrier question had "Good luck with your interview!".
  { why: 'interview practice is help wanted, not news of an interview', guard: (intent, said) => (intent === 'interview' && (namesInterviewPractice(said) || helpAskedWith(said) === 'interviews') ? null : intent) },
  // Round twenty-one: "mornings" (the times that suit, said a question late) had "Hi there!".
  { why: 'times of day that suit are no greeting', guard: (intent, said) => (intent === 'greeting' && TIMES_THAT_SUIT.test(normaliseAnswer(said)) ? null : intent) },
  // Round twenty-two: "cv help" at a barrier question had "You are welcome."
  // "diolch" (Welsh) is thanks too: play-testing, round twenty-three, had "didn't catch that".
  { why: 'thanks says thank, or that it helped', guard: (intent, said) => (intent === 'thanks' && !saysThanks(said) && !saysThanksInWelsh(said) ? null : intent) },
  // Fresh free-text round: "got a job thanks so much" had only "You are welcome.", and the news no "Well done!".
  { why: 'news of a new job, said with thanks, is the news', guard: (intent, said) => (intent === 'thanks' && readStartedWork(said) ? 'started-work' : intent) },
  // Round twenty-four: "no thats all i think" at "Is there one more job?" had "That sounds really hard".
  { why: 'no more, said with "i think", is no low mood', guard: (intent, said) => (intent === 'feeling-low' && saysNoMoreSteps(said) ? null : intent) },
  // Round twenty-five: "...gardening or working on a farm ... because i hate being stuck inside" had "That sounds really hard".
  { why: 'a reason given for the work named is no low mood', guard: (intent, said, expecting) => (intent === 'feeling-low' && expecting === 'goal' && namesWorkThenWhy(said) && !soundsBad(said) ? null : intent) },
  // "update my cv, feeling rubbish about it" had the low-mood reply and the goal asked for again, the
  // goal lost: the goal question keeps the goal and answers the feeling (domain/goalSaid.ts).
  { why: 'a goal said before a feeling is the answer', guard: (intent, said, expecting) => (FEELINGS.has(intent) && expecting === 'goal' && namesAGoalBeforeAFeeling(said) ? null : intent) },
  // Play-testing the goal question: "just sort myself out really" had the low-mood reply, "be better" "That is good to hear".
  { why: 'a vague goal is a goal, made specific, not a feeling', guard: (intent, said, expecting) => (FEELINGS.has(intent) && expecting === 'goal' && namesAVagueGoal(said) ? null : intent) },
  // Play-testing the goal question: "txt my adviser bout the course" had asked the adviser to get in touch.
  { why: 'texting the adviser about something is the client\'s step', guard: (intent, said, expecting) => (intent === 'want-adviser' && expecting === 'goal' && namesAStepWithTheAdviser(said) ? null : intent) },
  // Play-testing: "hard worker, honest" had "That sounds really hard".
  { why: 'praise of themselves is no low mood', guard: (intent, said) => (intent === 'feeling-low' && praisesThemselves(said) ? null : intent) },
  // Fresh free-text round: "not a good day" had "That is good to hear", then, with the guard below, "didn't catch that".
  { why: 'not a good day is a low one', guard: (intent, said) => (intent === 'feeling-good' && saysNotAGoodTime(said) ? 'feeling-low' : intent) },
  // Round twenty-two: "i cant rite good" at "Qualifications" had "That is good to hear. I am glad."
  { why: '"good" said with a no is no good news', guard: (intent, said) => (intent === 'feeling-good' && deniesGood(said) ? null : intent) },
  // "bad" had had "That is good to hear. I am glad."
  { why: '"bad" is never good news', guard: (intent, said) => (intent === 'feeling-good' && soundsBad(said) ? 'feeling-low' : intent) },
  // Fresh free-text round: "feel like im getting nowhere" had "That is good to hear. I am glad."
  { why: 'low words are never good news', guard: (intent, said) => (intent === 'feeling-good' && soundsLow(said) ? 'feeling-low' : intent) },
  { why: '"not bad" is no low mood', guard: (intent, said) => (intent === 'feeling-low' && saysNotBad(said) ? 'feeling-good' : intent) },
  // "3 a week at tesco" (applications) had read as a new job.
  { why: '"Well done!" is for work someone has', guard: (intent, said) => (intent === 'started-work' && !readStartedWork(said) ? null : intent) },
  { why: 'free words are an answer unless they ask', guard: (intent, said, expecting) => (expecting === 'words' && !looksLikeAQuestion(said) ? null : intent) },
  // "ive been ill" had been escalated as a question about telling an employer, and put in the plan.
  { why: 'telling an employer is asked, or spoken of', guard: (intent, said) => (intent === 'ask-disclosure' && !looksLikeAQuestion(said) && !speaksOfTelling(said) ? null : intent) },
  // "when will i hear from ann about funding?" had been handed over as a question about telling an
  // employer, with a dated adviser step in the plan (play-testing as advisers, round seven).
  { why: 'a question about telling names telling', guard: (intent, said) => (intent === 'ask-disclosure' && !speaksOfTelling(said) ? 'ask-what-next' : intent) },
  // "what happens if i take it off" had been handed over as a benefits question.
  { why: 'a benefits question names money or benefits', guard: (intent, said) => (intent === 'ask-benefits' && !mentionsMoneyOrBenefits(said) && !asksAboutCostsOfWork(said) ? 'ask-what-next' : intent) },
  // Play-testing 2026-12-08: "to pay rent" at the name question had the benefits hand-over.
  { why: 'at the name question, money words ask nothing of benefits', guard: (intent, said, expecting) => (intent === 'ask-benefits' && expecting === 'name' && !asksOrWorriesAboutBenefits(said) && !looksLikeAQuestion(said) ? null : intent) },
  { why: '"on universal credit" is a fact about them', guard: (intent, said) => (intent === 'ask-benefits' && statesABenefitFact(said) && !looksLikeAQuestion(said) ? null : intent) },
  // "will my adviser be annoyed" had raised a request for a call.
  { why: 'a question about the adviser is not a request', guard: (intent, said) => (intent === 'want-adviser' && looksLikeAQuestion(said) && !asksForContact(said) ? 'ask-what-next' : intent) },
  // "My adviser is called Julie" had asked the adviser to get in touch.
  { why: 'naming the adviser is not a request', guard: (intent, said) => (intent === 'want-adviser' && namesTheAdviser(said) && !asksForContact(said) ? null : intent) },
  // "can i add another step? ask mum to talk to the school office lady" had asked the adviser to get in touch.
  // Round two of the name question: "you can call me Sam" had been read as asking for a call.
  { why: 'a name said with "call me" is no request for a call', guard: (intent, said, expecting) => (intent === 'want-adviser' && expecting === 'name' && statesAName(said) ? null : intent) },
  { why: 'a request for the adviser asks for someone to talk to', guard: (intent, said) => (intent === 'want-adviser' && !asksForSomeoneToTalkTo(said) ? null : intent) },
  // "she said no more hours available :(" and "they were nice" had each told the adviser of a lost job.
  // "take it off" at the menu had had "let us keep it kind" (play-testing).
  // Round twenty-five: "Geoff" at the name question had "let us keep it kind", and his name lost.
  { why: 'a name given is no insult', guard: (intent, said, expecting) => (intent === 'abuse' && expecting === 'name' && isNoInsultButAName(said) ? null : intent) },
  { why: 'a rough number is no insult', guard: (intent, said) => (intent === 'abuse' && isARoughNumber(said) ? null : intent) },
  { why: 'an everyday "off" is no insult', guard: (intent, said) => (intent === 'abuse' && offIsNoInsult(said) ? null : intent) },
  // "is this saved?" had "let us keep it kind" (play-testing): a question with no rude word asks.
  { why: 'a polite question is no insult', guard: (intent, said) => (intent === 'abuse' && questionIsNoInsult(said) ? 'ask-what-next' : intent) },
  // Fresh free-text round: "lol you're funny" had "let us keep it kind".
  { why: 'a laugh with no rude word is no insult', guard: (intent, said) => (intent === 'abuse' && laughsWithNoRudeWord(said) ? null : intent) },
  { why: 'a job loss says a job ended', guard: (intent, said) => (intent === 'job-lost' && !saysAJobEnded(said) ? null : intent) },
  // "once i get paid" at "When could you do it?" had the low-mood reply (round twelve): the date
  // question asks for the day itself. Said with a bad word or asked, the model's reading stands.
  { why: 'a day that waits for pay or an event is no feeling', guard: (intent, said) => (WAITING_READS.has(intent) && waitsForADay(said) ? null : intent) },
  // "somewhere big im not fussy" where a yes/no or a choice is asked had the low-mood reply (the
  // model reads "im not fussy" as low at 0.95). Beside low words it is still low mood.
  { why: 'no preference is no low mood', guard: (intent, said) => (intent === 'feeling-low' && saysNoPreference(said) ? null : intent) },
  // "Mathematics, planning, I am speaking Arabic and Farsi" at a yes/no question had the low-mood
  // reply (play-testing, round eighteen): what they know, listed, is no feeling.
  // "I am not agree" had the low-mood reply (the model reads "I am not ..." as low): it is a no.
  { why: 'not agreeing is no low mood', guard: (intent, said) => (intent === 'feeling-low' && saysNotAgree(said) ? null : intent) },
  // Play-testing reviews, round twenty-seven: "i started volunteering at the charity shop" and "i go
  // back to work next week after being sick" at the menu had "didn't catch that". Glad news, no new job.
  { why: 'volunteering, or back at their own job, is good news', guard: (intent, said, expecting) => (expecting === 'choice' && (intent === null || intent === 'started-work') && !soundsBad(said) && (tellsOfVolunteering(said) || goesBackAfterTimeOff(said)) ? 'feeling-good' : intent) },
  { why: 'skills or languages listed are no low mood', guard: (intent, said) => (intent === 'feeling-low' && listsWhatTheyKnow(said) && !soundsBad(said) ? null : intent) },
];

// "not fussy", "not bothered where", "i dont mind which", "im easy", "anywhere, not bothered".
const NO_PREFERENCE =
  /\bnot (?:too |that |really )?(?:fussy|fussed|picky)\b|\bnot bothered (?:where|what|which|who|either|about (?:where|what|which|the size))\b|\b(?:any ?where|any ?thing|any size|any place|wherever|whatever|either|big or small|small or big)\b.{0,20}\bnot bothered\b|\bdont mind (?:where|what|which|either|really|tbh)\b|\b(?:any ?where|any size|either|big or small|small or big)\b.{0,20}\bdont mind\b|\bim easy\b/;
// Words of low mood said with it ("not fussy, i just feel rubbish", "not bothered anymore").
const LOW_BESIDE = /\b(?:any ?more|point|pointless|give up|giving up|nothing|rubbish|useless|hopeless|worthless|down|low|sad|fed up|cant|tired|hate|stressed|anxious|depressed|awful|crap|shit)\b/;

function saysNoPreference(said: string): boolean {
  const words = normaliseAnswer(said);
  return NO_PREFERENCE.test(words) && !LOW_BESIDE.test(words) && !soundsBad(said);
}

/** "I am afraid my qualifications are rather out of date": the words after it are read again, and say no feeling. */
function politeAfraidOnly(said: string): boolean {
  const rest = afterPoliteAfraid(said);
  return rest !== null && !soundsBad(rest) && understand(rest).intent !== 'feeling-low';
}

// "mornings", "evenings only", "weekends": the plural is when they can work; "morning" alone still greets.
const TIMES_THAT_SUIT = /\b(?:mornings|afternoons|evenings|nights|weekends|weekdays)\b/;

const WAITING_READS: ReadonlySet<Intent | null> = new Set<Intent>(['feeling-low', 'ask-benefits']);
const SHORT_WORDS = 6;

/**
 * "once i get paid", "after payday", "when my laptop is fixed": a day that hangs on something, and
 * nothing else. Short and with no question mark: "when i get paid will my uc stop" still asks.
 */
function waitsForADay(said: string): boolean {
  const text = said.trim();
  if (text.endsWith('?') || text.split(/\s+/).length > SHORT_WORDS || soundsBad(text)) return false;
  return waitsForAnEvent(text) !== null || mentionsPayday(text);
}

/** The model's reading (`read`) and what is left of it once checked (`intent`), null when it is an answer. */
export function modelReading(said: string, expecting: Expecting, locale?: string): { intent: Intent | null; read: Intent } {
  const heard = understand(said, { locale });
  const needed = expecting === 'choice' && !ACTS_ON_IT.has(heard.intent) ? CHOICE_CONFIDENCE : TEXT_CONFIDENCE;
  const notAnAnswer = expecting === 'choice' ? RESPONDED_TO : NOT_AN_ANSWER[expecting];
  const kept = heard.confidence >= needed && notAnAnswer.has(heard.intent) ? heard.intent : null;
  const intent = GUARDS.reduce<Intent | null>((reading, { guard }) => guard(reading, said, expecting), kept);
  return { intent, read: heard.intent };
}
