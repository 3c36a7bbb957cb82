// Words the intent model's reading must be checked against before the coach acts on it, found by
// play-testing: a statement of illness read as a question about telling an employer, "on universal
// credit" as a benefits question, "will my adviser be annoyed" as a request for the adviser.
import { normaliseAnswer } from './answers.ts';
import { detectJobLoss } from './escalationRules.ts';
import { DICK_CALLED_SOMEONE } from './nameWords.ts';

// "i dont want my adviser to know about my anxiety": letting someone know is telling them.
const OF_TELLING = /\b(?:tell|telling|told|say|saying|mention|mentioning|disclose|disclosing|declare|declaring|admit|employers?|boss|manager|interviews?|application|forms?)\b|\b(?:want|let|letting|have|has)\b(?: \w+){0,3} (?:to )?know(?:ing)?\b/;
const BENEFIT_FACT = /^(?:(?:i am|im|yes|yeah|yes im)\s+)?(?:on|claiming|getting|i get|get)\s/;
// "can i book an appointment with my adviser" asks to meet them, as "can i see my adviser" does.
const OF_CONTACT = /\b(?:talk|speak|call|ring|phone|contact|see|meet|meeting|appointment|appt|book|get in touch|message|email|chat)\b/;

// Round twenty-two: "cv help" had "You are welcome." A thank-you says thanks, or that it helped.
const THANKING = /\b(?:th\w*n\w*k\w*|thx|tnx|ty|tyvm|ta|tah|cheers|appreciate\w*|obliged|grateful|nice one|helpful|helps|helped|brill|lovely|perfect|great|brilliant)\b/;

/** Words that thank: without them, the model's "thanks" is not kept. */
export function saysThanks(text: string): boolean {
  return THANKING.test(normaliseAnswer(text));
}

// "I would say 7.", "id say about an 8" at a 1 to 10 question: a rating, not telling anyone
// (play-testing first conversations: it was handed over as a question about telling an employer).
const SAY_A_NUMBER = /\bsay (?:(?:about|around|maybe|like|roughly|probably|prob|a|an|solid|good|strong|only) )*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?! (?:years?|yrs?|months?|weeks?|days?)\b)/g;

/** Words of telling someone: without them, "ive been ill" is not a question about disclosure. */
export function speaksOfTelling(text: string): boolean {
  return OF_TELLING.test(normaliseAnswer(text).replace(SAY_A_NUMBER, ''));
}

/** "on universal credit", "claiming pip": a fact about them, not a question. */
export function statesABenefitFact(text: string): boolean {
  return BENEFIT_FACT.test(normaliseAnswer(text));
}

// "is there a grant for work clothes", "help with bus fare to interviews": help with the costs of
// looking for work, which the adviser can give; no benefit named, still a question for them.
// "my journal says i have a deduction why": money taken off, asked about.
const COSTS_OF_WORK = /\b(?:grants?|fares?|travel (?:costs?|money|expenses)|train tickets?|bus pass|funding|fund|vouchers?|pay for|paying for|afford|deductions?|deducted|overpayments?|advance|arrears)\b/;

/** Help with the costs of work, or money taken off: a question for the adviser, like a benefits one. */
export function asksAboutCostsOfWork(text: string): boolean {
  return COSTS_OF_WORK.test(normaliseAnswer(text));
}

/** Words of getting in touch: without them, a question about the adviser is not a request for one. */
export function asksForContact(text: string): boolean {
  return OF_CONTACT.test(normaliseAnswer(text));
}

const QUESTION_START = /^(?:will|would|do|does|did|can|could|should|shall|what|whats|how|why|when|where|who|are|is|am|r|have|has)\b/i;
// A question with no question mark, where words are asked for ("what kind of help is there").
const ASKS_PLAINLY = /^(?:what|how|why|where|who|which) (?:is|are|kind|sort|type|do|does|can|should|would|will|happens)\b|^(?:is there|are there|can you|do you|could you)\b/i;

/** A question mark, or the words a question starts with. */
export function looksLikeAQuestion(text: string): boolean {
  return text.endsWith('?') || QUESTION_START.test(text);
}

// "can i change the date", "is that ok": a question by its first two words; "when my laptop is fixed" is not one.
const ASKS_BY_ITS_OPENING = /^(?:can|could|may|do|does|did|will|would|should|is|am|are) (?:i|we|you|it|that|this|my|they)\b/i;

/** A question mark, or a question by its first two words ("can i change the date"). */
export function asksAsAQuestion(text: string): boolean {
  const said = text.trim();
  return said.endsWith('?') || ASKS_BY_ITS_OPENING.test(said);
}

/** A question asked plainly, with no question mark: not kept as a free-words answer. */
export function asksPlainly(text: string): boolean {
  return ASKS_PLAINLY.test(text.trim());
}

// "bad", "pretty bad": the model had read them as good news ("That is good to hear" to "bad").
const SOUNDS_BAD = /\b(?<!not )(?<!not too )(?<!not that )(?<!not so )(?:bad|awful|terrible|rubbish|horrible|dreadful|worse|worst|grim)\b/;

// Round twenty-two: "i cant rite good" had "That is good to hear. I am glad."
const GOOD_DENIED = /\b(?:cant|cannot|carnt|cnt|not|never|isnt|aint|dont|doesnt|didnt|wasnt|no)\b(?: \w+){0,3} (?:good|well|great)\b/;

// "not a good day", "not been a great week": a bad time, said gently. The model had read it as good news.
const NOT_A_GOOD_TIME = /\b(?:not|never|isnt|wasnt|hasnt been|havent had)(?: been)?(?: a| the)? (?:good|great|nice) (?:day|week|morning|night|time|month|few days)\b/;

/** A day or week that was not good: low, not an answer and not good news. */
export function saysNotAGoodTime(text: string): boolean {
  return NOT_A_GOOD_TIME.test(normaliseAnswer(text));
}

/** "i cant rite good", "not very good": "good" said with a no is never good news. */
export function deniesGood(text: string): boolean {
  return GOOD_DENIED.test(normaliseAnswer(text));
}

/** Words that say something is bad ("not bad" does not): never good news, whatever the model says. */
export function soundsBad(text: string): boolean {
  return SOUNDS_BAD.test(normaliseAnswer(text));
}

// "feel like im getting nowhere", "felt really low since last week": the model had read both as good
// news ("That is good to hear"). "not low", "less stressed", "calmed down" are not these.
const SOUNDS_LOW = /\b(?<!not )(?<!no )(?<!less )(?<!no longer )(?:getting nowhere|going nowhere|(?:feel|feeling|felt|im|i am|bit|so|really|very|been) (?:\w+ )?(?:low|down|sad|useless|worthless|hopeless|depressed|lonely|miserable|fed up)|struggling|cant cope|cannot cope|no point|a failure|gutted)\b/;

/** Words of low mood, not denied: never good news, whatever the model says. */
export function soundsLow(text: string): boolean {
  return SOUNDS_LOW.test(normaliseAnswer(text));
}

// "not bad at all today": the model had read it as low ("That sounds really hard"). With a "but" or
// a low word beside it ("not bad but still skint"), the model's reading stands.
const NOT_BAD = /\bnot (?:doing |feeling |looking |going )?(?:too |that |so |half )?bad\b/;

/** "not bad", "not too bad today": fair to good, said plainly. */
export function saysNotBad(text: string): boolean {
  const said = normaliseAnswer(text);
  return NOT_BAD.test(said) && !/\bbut\b/.test(said) && !LOW.test(said) && !soundsLow(text);
}

// Praise of themselves ("hard worker, honest", "reliable, never late"): the word "hard" is no low mood.
const PRAISE = /\b(?:hard ?work(?:er|ing)|work(?:ed|s)? hard|honest|reliable|punctual|trustworthy|loyal|determined|fast learner|quick learner|good worker|good with people|never late|never off sick|organised|friendly|polite|patient|very fast|very good|team player)\b/;
const LOW = /\b(?:sad|down|low|rubbish|useless|worthless|hopeless|struggling|cannot cope|cant cope|can not cope|tired|exhausted|stressed|anxious|worried|scared|lonely|alone|depressed|crying|fed up|no point|hate|failure)\b/;

/** Words that praise the client, with nothing low beside them. */
export function praisesThemselves(text: string): boolean {
  const said = normaliseAnswer(text);
  return PRAISE.test(said) && !LOW.test(said);
}

// A place of work and its ending, or the ending said of them: "the shop closed down", "no more work for me there".
// "the factory close and now i have no work": the ending as English learners type it.
const JOB_ENDED = /\b(?:job|work|contract|placement|shop|firm|company|place|factory|warehouse|site|business|store|restaurant|pub|cafe|agency)\b.{0,30}\b(?:ended|ending|gone|finished|over|closed|closing|close(?! (?:to|by|for)\b)|shut|shutting|bust|under|folded)\b|\bnow (?:i (?:have|got) )?no (?:work|job)\b|\bstopped (?:giving|sending|offering) (?:me|us) (?:any )?(?:shifts|work|jobs)\b|\b(?:no more work|out of work|unemployed|got rid of me|finished me|not needed any ?more|was not needed|wasnt needed|let (?:me|us) go|laid (?:me |us )?off)\b/;

/** Words that say a job ended: without them ("she said no more hours available", "they were nice") it is no job loss. */
export function saysAJobEnded(text: string): boolean {
  return detectJobLoss(text) || JOB_ENDED.test(normaliseAnswer(text));
}

const NAMES_THE_ADVISER = /\b(?:adviser|advisor|work coach|job coach|coach)(?:s name)? (?:is|was|s) (?:called |named )?(?!(?:going|gonna|not|never|always|busy|away|off|on|out|rubbish|useless|annoyed|nice|great|good|helpful|lovely|ok|okay)\b)\w+|\b(?:adviser|advisor|work coach|job coach) (?:called|named) \w+/;

/** "My adviser is called Julie": who the adviser is, not a request to talk to them. */
export function namesTheAdviser(text: string): boolean {
  return NAMES_THE_ADVISER.test(normaliseAnswer(text));
}

// Someone to talk to, named: "ask mum to talk to the school office lady" is a step about someone else.
const SOMEONE_FOR_ME = /\b(?:adviser|advisor|work coach|job coach|coach|someone|somebody|some one|a person|a human|human|real person|anyone|any one|you|help|call me|ring me|phone me|get in touch|contact me|speak to|talk to)\b/;
const OTHERS_TALKING = /\b(?:ask|asking|get|tell|telling|have|want) (?:my |me |the |our )?(?:mum|mam|mom|dad|nan|gran|partner|husband|wife|sister|brother|friend|mate|son|daughter|teacher|school|landlord|boss|manager) (?:to )?(?:talk|speak|ring|call|phone)\b/;
// "speak to my manager on my next shift", "ring the agency": a step of theirs with someone who is not the adviser.
const SOMEONE_ELSE = String.raw`(?:(?:old|new|line|team|shift|area|store|duty|assistant) )?(?:manager|boss|supervisor|team leader|tutor|teacher|lecturer|mum|mam|mom|dad|nan|gran|grandad|uncle|aunt|auntie|cousin|partner|husband|wife|sister|brother|friend|mate|mates|son|daughter|neighbour|landlord|agency|agencies|recruiter|recruiters|recruitment \w+|hr|employer|employers|college|school|uni|council|doctor|gp|probation officer|probation|colleague|colleagues|work mates?|workmates?|job club|library)`;
const SPEAKS_TO_SOMEONE_ELSE = new RegExp(String.raw`\b(?:speak|speaking|talk|talking|chat|chatting|ring|ringing|call|calling|phone|phoning|email|emailing|message|text|texting|meet|meeting|see|contact|contacting|ask|asking)(?: (?:to|with))? (?:my |the |our |a |an |me |some )?${SOMEONE_ELSE}\b`);
const ADVISER_NAMED = /\b(?:adviser|advisor|work coach|job coach|coach|someone|somebody|a person|real person|human|call me|ring me|phone me|contact me|get in touch)\b/;

/** A step with someone who is not the adviser: "speak to my manager", "ring the agency on monday". */
export function speaksToSomeoneElse(text: string): boolean {
  const words = normaliseAnswer(text);
  return SPEAKS_TO_SOMEONE_ELSE.test(words) && !ADVISER_NAMED.test(words);
}

const NOT_THE_ADVISER = /\b(?:did not|didnt|dont|do not|not|no|never) (?:want|need|ask for|asked for|mean)(?: to (?:talk to|speak to|see))? (?:the |my |an |a )?(?:adviser|advisor|work coach|coach)\b/;

/**
 * A request for the adviser names someone to talk to, and is not a step about someone else or a
 * "no i didnt want the adviser" (play-testing: "can i add another step? ask mum to talk to the school
 * office lady" asked the adviser to get in touch, and so did the correction after it).
 */
export function asksForSomeoneToTalkTo(text: string): boolean {
  const words = normaliseAnswer(text);
  return SOMEONE_FOR_ME.test(words) && !OTHERS_TALKING.test(words) && !NOT_THE_ADVISER.test(words) && !speaksToSomeoneElse(words);
}

// "take it off", "cross that off", "day off": off after an everyday verb, with no rude word beside it.
const EVERYDAY_OFF = /\b(?:take|takes|took|taking|put|turn|switch|log|logged|sign|signed|knock|cross|crossed|tick|ticked|strike|rub|wipe|call|called|pay|paid|cut|drop|dropped|write|written|set|send|sent|start|started|head|heading|day|days|time|week|bit|come|came|get|got|finish|finished|clock|clocked) (?:\w+ ){0,2}?off\b/;
// Dick and Dickon are names (odds and ends, round one): "dick" is rude only called someone, or as "dickhead".
const RUDE = new RegExp(String.raw`\b(?:fuck\w*|fk|fuk|f u|fu|ffs|wtf|sod|piss\w*|bugger|bog|naff|shit\w*|crap|stupid|idiot\w*|moron|dickheads?|dickish|${DICK_CALLED_SOMEONE}|twat|wanker|bastard|bitch|arse\w*|dumb|thick|useless|rubbish|suck\w*|bloody|hell|shut)\b`);

// Round twenty-four: "5ish" had "I can tell you are fed up. ... let us keep it kind": a rough number is no insult.
const ROUGH_NUMBER = /^(?:about |around |maybe |like )?\d{1,3}(?: ?ish)?(?: (?:maybe|i guess|i think|or so))?$/;

/** "5ish", "about 6": a number, however rough, is never rude. */
export function isARoughNumber(text: string): boolean {
  return ROUGH_NUMBER.test(normaliseAnswer(text));
}

/** "take it off my plan" is a request, not an insult: the model had heard "sod off" in it (play-testing). */
export function offIsNoInsult(text: string): boolean {
  const words = normaliseAnswer(text);
  return EVERYDAY_OFF.test(words) && !RUDE.test(words);
}

// A question the coach can answer, with no rude word: the model had read "is this saved?" as an insult
// (its insults are full of "this is ..."). "what a waste of time" is no question.
const UNKIND = /\b(?:go away|get lost|leave me alone|waste of (?:time|space)|hate (?:you|this|it)|shut it|pointless|a joke)\b/;
const ASKS = /^(?:is|are|was|were|has|have|does|do|did|will|would|can|could|should|where|when|how|who|which|why|whats|what (?:is|are|does|do|did|will|happens|happened))\b/;

/** "is this saved?", "have you saved it?": a question with no rude word is no insult, whatever the model says. */
export function questionIsNoInsult(text: string): boolean {
  const words = normaliseAnswer(text);
  return (text.trim().endsWith('?') || ASKS.test(words)) && !/^what an?\b/.test(words) && !RUDE.test(words) && !UNKIND.test(words);
}

// "lol you're funny": the model had read it as an insult ("let us keep it kind"). Laughing with no
// rude word is a joke shared; "lol ur useless" still has one.
const LAUGHS = /\b(?:lol|lols|lmao|lmfao|haha\w*|hehe\w*|rofl|funny|joke|joking|jk)\b/;

/** A laugh or a joke, with no rude or unkind word beside it: never an insult. */
export function laughsWithNoRudeWord(text: string): boolean {
  const words = normaliseAnswer(text);
  return LAUGHS.test(words) && !RUDE.test(words) && !UNKIND.test(words) && !/\b(?:pathetic|joke of a|a joke)\b/.test(words);
}

// The coach's own words for moving on, typed alone: "keep" at "When could you do it?" had the
// low-mood reply, "wait" had "That is good to hear" (play-testing, round fifteen).
const MOVING_ON_WORDS = new Set([
  'keep', 'keep it', 'keep that', 'keep mine', 'keep my date', 'keep the date', 'keep my step', 'keep same', 'leave it',
  'change', 'change it', 'wait', 'wait a sec', 'hold on', 'hang on', 'next', 'go back', 'back', 'save', 'save it', 'same', 'more',
]);

/** "keep", "change it", "wait", "next": words that move the chat on, never a feeling. */
export function saysAMovingOnWord(text: string): boolean {
  return MOVING_ON_WORDS.has(normaliseAnswer(text));
}

// "Mathematics, planning, I am speaking Arabic and Farsi", "I speak Polish and a bit of Russian":
// what someone knows or can do. The model had read the first as low mood at a yes/no question
// (play-testing, round eighteen); a list with a feeling or a low word in it is not this.
const LANGUAGE = /\b(?:arabic|farsi|persian|dari|pashto|kurdish|urdu|hindi|punjabi|bengali|gujarati|tamil|somali|tigrinya|amharic|swahili|polish|romanian|russian|ukrainian|lithuanian|latvian|bulgarian|czech|slovak|hungarian|albanian|turkish|greek|portuguese|spanish|french|italian|german|dutch|chinese|mandarin|cantonese|vietnamese|tagalog|english|welsh|sign language|bsl)\b/;
const SPEAKS = /\b(?:i (?:can )?speak(?:ing)?|im speaking|i know|fluent in|my languages? (?:is|are))\b/;
const NOT_A_SKILL = /\b(?:feel|feeling|felt|nothing|nobody|no one|no point|give up|any ?more|cant|cannot|wont|never|hate|lost|worry|worried|scared|afraid|alone|lonely|bored|sad|down|low|fed up|tired|stressed|anxious|depressed|rubbish|useless|hopeless|worthless|struggling|crying|failure)\b/;
const MAX_LISTED_WORDS = 5;

/** Subjects, skills or languages said as a list, with no feeling in it: never a low mood. */
export function listsWhatTheyKnow(text: string): boolean {
  const words = normaliseAnswer(text);
  if (!words || NOT_A_SKILL.test(words) || LOW.test(words) || looksLikeAQuestion(text.trim())) return false;
  if (SPEAKS.test(words) && LANGUAGE.test(words)) return true;
  const items = text.split(/\s*(?:[,;&]|\band\b)\s*/i).map((item) => item.trim()).filter(Boolean);
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= MAX_LISTED_WORDS);
}
