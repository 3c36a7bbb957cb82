// What an answer to a barrier question is about, by its words. Play-testing: "bad knees" and
// "anxiety" at "Health, in body or mind" had "didn't catch that" (a health condition named there
// is a yes), and "I have no qualifications really" at "Debts" and "bit rusty on computers" at
// "Speaking or reading English" had been kept as a yes to the question on screen. Words about
// another barrier are kept with that barrier, and the question on screen is asked again.
import { normaliseAnswer } from './answers.ts';
import { parseBarrierAnswer, type BarrierAnswer, type BarrierId } from './barriers.ts';
import { helpAskedFor } from './questionHelp.ts';
import { isUnsureAnswer } from './textChecks.ts';
import { isOnlyANumber, missingButAllRight, thingSaidAllRight } from './barrierChecks.ts';

/** The most of a client's own words kept beside one barrier answer. */
export const MAX_BARRIER_NOTE_LENGTH = 300;

const TOPICS: Record<BarrierId, RegExp> = {
  housing: /\b(?:homeless|house|housing|flat|rent|landlord|hostel|evicted|eviction|sofa surfing|(?:place|where|somewhere) to (?:live|stay))\b/,
  'childcare-caring': /\b(?:kids?|children|child|childcare|nursery|school (?:runs?|pick ?ups?|drop ?offs?|holidays|hours)|baby|toddler|carer|caring|care for|look(?:ing)? after)\b/,
  health: /\b(?:health|healthy|illness|disabled|disability|injury|injured|doctor|gp|hospital|medication|meds|operation)\b/,
  transport: /\b(?:car|van|drive|driving|licence|license|bus|buses|train|trains|transport|lifts?|bike|travel|commute|taxi)\b/,
  'money-benefits': /\b(?:money|benefits?|universal credit|uc|pip|esa|jsa|bills|skint|broke|afford|income|wages?|sanctions?|sanctioned)\b/,
  debt: /\b(?:debts?|owe|owing|arrears|loans?|credit cards?|bailiffs?|overdraft|ccj|catalogue|behind on)\b/,
  convictions: /\b(?:criminal|a record|my record|convictions?|convicted|prison|jail|court|probation|offences?|dbs)\b/,
  'health-disclosure': /\b(?:disclos\w*|(?:tell|telling|say|saying|explain) (?:to )?(?:my |a |the |an )?(?:boss|bosses|employers?|manager|managers|work))\b/,
  qualifications: /\b(?:qualifications?|quals|qualified|gcses?|certificates?|degree|exams?|college|uni|university|school(?! (?:runs?|pick ?ups?|drop ?offs?|holidays|hours)\b)|nvqs?|a levels|diploma|cscs)\b/,
  'digital-skills': /\b(?:computers?|laptops?|internet|online|emails?|apps?|tech|technology|wifi|smartphone|typing|websites?)\b/,
  // "i cant rite good", spelt as said (round twenty-two: "That is good to hear. I am glad.").
  language: /\b(?:english|speak|speaking|read|reading|write|writing|spell|spelling|esol|language|accent|translat\w*|(?:cant|cannot|can not|carnt|cnt|not good at|struggle to|struggle with) (?:rite|riting|reed|reeding|spel\w*))\b/,
  confidence: /\b(?:confidence|confident|nervous|nerves|shy|self esteem|interviews?|scared)\b/,
  'work-gaps': /\b(?:gaps?|out of work|not worked|havent worked|unemployed|cv)\b/,
  'substance-use': /\b(?:drink|drinking|drunk|alcohol|booze|drugs?|weed|cannabis|sober|rehab|recovery|methadone)\b/,
};

// Named at a barrier question about a near thing, the words still answer it: "i cant read" at
// "Qualifications", "i drink too much" at "Health", "i dont want to tell my boss" at "A criminal record".
const RELATED: readonly (readonly [BarrierId, BarrierId])[] = [
  ['debt', 'money-benefits'],
  ['health', 'health-disclosure'],
  ['health', 'substance-use'],
  ['health', 'confidence'],
  ['qualifications', 'language'],
  ['convictions', 'health-disclosure'],
];

function sameTopic(a: BarrierId, b: BarrierId): boolean {
  return a === b || RELATED.some(([one, other]) => (one === a && other === b) || (one === b && other === a));
}

// Short and common: a condition named at the health question says it is there.
const HEALTH_CONDITION = new RegExp(
  '\\b(?:anxiety|depression|depressed|asthma|diabetes|diabetic|epilepsy|epileptic|seizures|arthritis|adhd|autism|autistic|' +
    'dyslexia|dyslexic|dyspraxia|ptsd|ocd|bipolar|schizophrenia|panic attacks?|migraines?|fibromyalgia|long covid|copd|crohns|' +
    'cancer|stroke|deaf|blind|mental health|disabled|disability|injury|injured|(?:chronic|back|knee|hip|joint|neck) pain|' +
    'heart (?:condition|problems?)|bad (?:back|knees?|hips?|legs?|shoulders?|neck|chest|heart|nerves|health)|' +
    // Round twenty-two, a man with a hearing impairment who spells as he speaks: "yes i am def in one ear"
    // at "Childcare or caring" had been kept as a yes to childcare.
    '(?:deaf|def) in (?:one|both|my|the|1|2)(?: \\w+)? ears?|hard of hearing|hearing (?:loss|aids?|impairment|impaired|problems?)|dislexi[ac]|dislexsic|dyslexsic|' +
    // Scripted clients, round twenty-six: "I use a wheelchair" at "Health, in body or mind" had "didn't catch that".
    'wheelchair|wheel chair|walking stick|crutches|mobility (?:scooter|problems?|issues?)|learning (?:disability|disabilities|difficulty|difficulties)|' +
    'cerebral palsy|multiple sclerosis|partially sighted|visually impaired|sight (?:loss|problems?)|chronic fatigue)\\b',
);
// "i used to have depression", "asthma but its fine": taken back, so asked again.
const TAKEN_BACK = /\b(?:no|not|never|dont|doesnt|didnt|isnt|wasnt|arent|but|used to|fine|ok|okay|better|gone|cured|controlled|managed)\b/;
// Words that say only yes, or how much: "yeah a bit", "it does", "its a big problem".
const ONLY_YES = /^(?:(?:yes|yeah|yeh|yep|yup|yea|ya|ye|yh|aye|y|ok|okay|sure|definitely|absolutely|of course|please|it|its|it is|that|thats|does|do|i|a|bit|little|lot|kind of|sort of|sometimes|really|very|quite|big|real|huge|problem|issue|true|right)(?: |$))+$/;

/** The barriers whose topic the words name, in list order. */
export function barrierTopicsNamed(text: string): BarrierId[] {
  const words = normaliseAnswer(text);
  const named = (Object.keys(TOPICS) as BarrierId[]).filter((id) => TOPICS[id].test(words));
  return HEALTH_CONDITION.test(words) && !named.includes('health') ? [...named, 'health'] : named;
}

/** True when the words name what the question about `barrier` asks ("yes depression" at health). */
export function namesTopicOf(text: string, barrier: BarrierId): boolean {
  return barrierTopicsNamed(text).some((id) => sameTopic(id, barrier));
}

export type BarrierReading =
  /** `note`: the client's words, when they say more than which answer ("yes depression", "no car"). */
  | { kind: 'answer'; value: BarrierAnswer; note?: string }
  /** A yes about another barrier than the one asked: its words are kept with that one. */
  | { kind: 'other-barrier'; barrier: BarrierId; note: string };

// Play-testing: "i told you, yes", "Yes. My diploma is not recognise here" and "To be honest,
// yes. I have not used a computer much beyond email." had been asked again. A yes said as its own
// part of the message, after words that only lead in, is a yes; the reason after it is kept.
const LEAD_IN =
  /^(?:(?:i told you|i told u|told you|i said|i already said|i said already|like i said|as i said|i did say|to be honest|to be fair|honestly|tbh|well|erm|um|oh|sadly|unfortunately|i think|i guess|i suppose|in fact|actually)(?: |$))+/;
const BARE_YES = /^(?:yes|yeah|yeh|yep|yup|yea|ya|yh|aye|da|it does|i do|definitely|absolutely|of course|afraid so|sadly so|yes it does|yeah it does|yes i do|yes definitely)$/;
// What after the yes takes it back: "Yes. But I manage", "Yes, I'm fine with it now".
const TAKES_YES_BACK =
  /^(?:but|though|although|however|except|apart|no|not really)\b|\b(?:fine|ok|okay|alright|all right|no problem|not a problem|no issue|not an issue|(?:doesnt|does not|dont|do not|wont|will not) (?:affect|bother|matter|stop|apply)|(?:can|could) (?:manage|cope)|managing|coping|sorted|used to|anymore|any more)\b/;
const PARTS = /[.,!;:?]+|\s[-\u2013\u2014]+\s/;

/** A yes said on its own, with lead-in words before it and a reason after: the reason ('' when none). */
function yesWithAReason(text: string): { reason: string } | null {
  const parts = text.split(PARTS).map(normaliseAnswer).filter(Boolean);
  let index = 0;
  let first = (parts[0] ?? '').replace(LEAD_IN, '').trim();
  // "To be honest, yes": the lead-in was a part of its own.
  if (!first && parts.length > 1) first = (parts[(index = 1)] ?? '').replace(LEAD_IN, '').trim();
  if (!BARE_YES.test(first)) return yesThenATopic(first, parts.slice(index + 1));
  const reason = parts.slice(index + 1).join(' ');
  return TAKES_YES_BACK.test(reason) ? null : { reason };
}

// Play-testing, round eighteen: "yes bus is not good at night" at "Getting to work" had the low-mood
// reply (the "not" after the yes had made it no answer). A yes, then words that name what makes work
// harder, is a yes with its reason.
const YES_THEN = /^(?:yes|yeah|yeh|yep|yup|yea|ya|yh|aye|da)\s+(.+)$/;

// "yes english written ok but not perfect" (round nineteen: asked again): an OK that is turned back into the yes.
const OK_BUT_NOT = /\b(?:ok|okay|alright|fine)\b.*\bbut (?:not|no|never) (?:perfect|great|good|very good|fluent|the best|easy|always|enough)\b/;

function yesThenATopic(first: string, more: string[]): { reason: string } | null {
  const reason = YES_THEN.exec(first)?.[1];
  if (!reason || barrierTopicsNamed(reason).length === 0 || (TAKES_YES_BACK.test(reason) && !OK_BUT_NOT.test(reason))) return null;
  return { reason: [reason, ...more].join(' ') };
}

// Play-testing, round twenty: "a little bit I've been out of work a while" at "Feeling confident"
// had been kept as a note for "Time out of work" and the question asked again (the next "not
// really" then became the answer). How much, said first, answers the question on screen; the words
// after it are its reason. "bit rusty on computers" still names another barrier.
const HOW_MUCH_FIRST =
  /^(?:(?:yes|yeah|yh|ye|yep|well|erm|um|da)\s+)*(?:a little bit|a little|a bit|little bit|abit|kind of|kinda|sort of|sorta|sometimes|slightly|somewhat|a lot|quite a lot|pu[t\u021b]in|un pic)(?:\s*[,.;:!\u2013\u2014-]|\s+(?:yes|yeah|tbh|really|honestly)\b|\s+(?:i|ive|im|id|my|cos|coz|because|cause|since|as|its|being|after|with)\b)/;

function answersHowMuch(text: string): boolean {
  return HOW_MUCH_FIRST.test(text.toLowerCase().replace(/['\u2019`]/g, '').trim());
}

// Play-testing, round twenty-one: "agree" and Romanian "de acord" at a barrier question had been
// taken as a yes. They are the words of another question's buttons: asked again, kindly.
const AGREE_ONLY = /^(?:i |i do |yes i )?(?:agree|agreed|strongly agree|agree a lot|agree a little|(?:sunt )?de acord)$/;

/** "agree", "de acord": a button word from another question, no answer to a barrier question. */
export function isAgreeAtABarrier(text: string): boolean {
  return AGREE_ONLY.test(normaliseAnswer(text));
}

/** A typed answer to the question about `barrier`; null when it does not say (asked again). */
const HAS_NONE =
  /\b(?:no|none|not any|not got any|dont have any|do not have any|havent got any|never got any|didnt get any|left school with(?:out)?(?: any)?)\s+(?:proper |real )?(?:gcses?|qualifications?|quals|exams?|certificates?|a levels?|o levels?|nvqs?|degree|papers?)\b|\bleft school with nothing\b/;

const YES_AND_HOW_LONG = /^(?:yes|yeah|yeh|yep|yup|ya|yh|aye|da|tak)\b.*\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|many|several)\s+(?:years?|yrs?|year|months?)\b/;

// Scripted clients, round twenty-six: "cant do computers" at "Using computers or phones" had "please
// tap Yes, No...": a trouble said with the question's own topic is a yes.
// Scripted clients, round twenty-seven: "never used a computer" at "Using computers or phones" had
// been kept as a no (the "never"): being new to it is a trouble with it.
const HAS_TROUBLE_WITH =
  /\bnot (?:really|rly|realy|very|that|too|so|great|the best) (?:good|great|confident)\b|\b(?:cant|cannot|can not|carnt|cnt|struggle|struggling|useless|rubbish|hopeless|terrible|not good|no good|not great|bad|hate|scared of|afraid of|never (?:used|use|had|been on|been online|touched|learned|learnt|done)|dont know how|do not know how|no idea how|not sure how|dont understand|not confident)\b/;
// "not bad with computers", "i can manage", "never had a problem with them": no trouble after all.
const NO_TROUBLE_AFTER_ALL =
  /\bnot (?:too |that |so |very )?(?:bad|rubbish|terrible|useless|hopeless)\b|\b(?:can|could) (?:manage|cope)\b|\b(?:fine|ok|okay|alright)\b|\bnever (?:had|have) (?:a |any )?(?:problems?|issues?|trouble|bother)\b/;
// A no first, as its own answer ("no, never used one"), is not turned into a yes; "no i cant use one" is.
const NO_FIRST = /^(?:no|nope|nah|not really|not at all)\b(?! (?:i )?(?:cant|cannot|can not|carnt|cnt|idea how|dont know how)\b)/;

// Only where being new to a thing is the trouble: "never used drugs" or "never had debts" stay a no.
const NEW_TO_IT_IS_A_TROUBLE: readonly BarrierId[] = ['digital-skills', 'transport'];

const NEW_TO_IT = /\bnever (?:used|use|been on|been online|touched|learned|learnt|done)\b|\b(?:no idea|dont know|do not know|not sure) how\b|\b(?:cant|cannot|can not|carnt|cnt) (?:use|do|work)\b/;

/** "never used a computer", "no idea how to use one": new to it, not just finding it hard. */
export function saysTheyAreNewToIt(text: string): boolean {
  return NEW_TO_IT.test(normaliseAnswer(text));
}

/** "never used a computer", "no i cant drive": read as a no by its words, but a trouble with the topic named. */
function saysTroubleDespiteANo(words: string): boolean {
  const named = barrierTopicsNamed(words);
  if (named.length === 0 || !named.every((id) => NEW_TO_IT_IS_A_TROUBLE.includes(id))) return false;
  return HAS_TROUBLE_WITH.test(words) && !NO_TROUBLE_AFTER_ALL.test(words) && !NO_FIRST.test(words);
}
// "yes my son, he's 9 and autistic" at "Childcare or caring" had been kept under health, and caring
// asked again: a health word said of someone they look after is about caring.
const SOMEONE_CARED_FOR =
  /\b(?:my|our|me)\s+(?:son|sons|daughter|daughters|kids?|child|children|boy|girl|baby|mum|mam|mom|mother|dad|father|husband|wife|partner|nan|gran|grandad|grandma|grandson|granddaughter|brother|sister)\b/;

// Listening round (December): "depends on the day" at "Health, in body or mind" had "please tap
// Yes, No or I'd rather not say", while "sometimes" was a yes. Some of the time is a yes.
const SOME_OF_THE_TIME =
  /^(?:(?:well|erm|um|yeah|yes|ye)\s+)*(?:it )?(?:depends (?:on )?(?:the day|how i (?:feel|am)|on my \w+)|some days|on (?:some|bad) days|at times|(?:it )?varies|(?:it )?comes and goes|on and off|off and on|now and then|now and again|(?:its |it is )?up and down)\b/;
// "some days its fine", "on and off but not really": taken back, so no yes.
const SOME_OF_THE_TIME_TAKEN_BACK = /\b(?:fine|ok|okay|alright|not|no|never|dont|doesnt|isnt)\b/;
// The situation asked about, said as it is: "i look after my mum and i dont drive" at "Childcare or
// caring", "ive been out of work 5 yrs" at "Time out of work" (the second had been taken as news
// of a job lost, and the adviser told).
const SAYS_IT_IS_SO: Partial<Record<BarrierId, RegExp>> = {
  'childcare-caring':
    /^(?:yes |yeah |well )?(?:i |im |i am |ive been )?(?:look after|looking after|care for|caring for|a carer|carer for|full time carer|(?:a )?single (?:mum|mom|dad|parent))\b/,
  // Assessment round five: "i live in supported housing, have to move out at 21" had the tap request.
  housing:
    /^(?!.*\b(?:used to|no longer|not|never|isnt|arent|dont|was homeless|were homeless)\b).*\b(?:supported (?:housing|accommodation|lodgings)|hostel|homeless|sofa surfing|temporary (?:accommodation|housing|flat)|emergency (?:accommodation|housing)|b (?:and )?b|(?:have|has|got|need|needs|having) to (?:move out|leave)|(?:being|getting) evicted|facing eviction|no fixed (?:abode|address)|refuge)\b/,
  'work-gaps':
    /\b(?:out of work|not worked|havent worked|not been working|been unemployed|unemployed)\b.*\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|many|several|couple of)\s*(?:years?|yrs?|months?)\b/,
};

// Play-testing first conversations: "yes because of prison" at "Time out of work" had been kept as a
// note on the criminal record, and the yes lost. Prison, illness or caring, said as why they were out
// of work, is the reason for the time out: the yes stays with the question asked.
const GAP_CAUSES: readonly BarrierId[] = ['convictions', 'health', 'childcare-caring', 'substance-use', 'housing'];
const SAID_AS_THE_CAUSE = /^(?:yes|yeah|yeh|yep|yup|yea|ya|yh|aye|da)\b.*\b(?:because|becuase|bcos|cos|coz|cuz|cause|due to|after|since|from|was|were|been|had|having|being)\b/;

function saysWhyOutOfWork(words: string, named: readonly BarrierId[]): boolean {
  return named.length > 0 && named.every((id) => GAP_CAUSES.includes(id)) && SAID_AS_THE_CAUSE.test(words);
}

/** What a question about telling an employer is about, by its words: null when they name neither. */
export function disclosureAbout(text: string): 'record' | 'health' | null {
  const named = barrierTopicsNamed(text);
  if (named.includes('convictions')) return 'record';
  return named.includes('health') || named.includes('substance-use') ? 'health' : null;
}

export function readBarrierAnswer(text: string, barrier: BarrierId): BarrierReading | null {
  const words = normaliseAnswer(text);
  // "3" is no yes or no (it had been kept as the third button); "agree" is another question's button.
  if (isAgreeAtABarrier(text) || isOnlyANumber(text)) return null;
  let value = parseBarrierAnswer(text);
  if (value === null && HAS_TROUBLE_WITH.test(words) && !NO_TROUBLE_AFTER_ALL.test(words) && barrierTopicsNamed(text).includes(barrier)) value = 'yes';
  if (value === 'no' && saysTroubleDespiteANo(words)) value = 'yes';
  // "no never used one" at the computers question: a no to what? Asked again, never kept as a no.
  if (value === 'no' && barrier === 'digital-skills' && NEW_TO_IT.test(words) && !NO_TROUBLE_AFTER_ALL.test(words)) value = NO_FIRST.test(words) ? null : 'yes';
  if (value === null && barrier === 'health' && HEALTH_CONDITION.test(words) && !TAKEN_BACK.test(words)) value = 'yes';
  // "my english not so good" at "Speaking or reading English" (play-testing: "That sounds really hard").
  if (value === null && barrier === 'language' && helpAskedFor(text) === 'english') value = 'yes';
  // "no no gcses" at "Qualifications" (round twenty-five: kept as a no): the no is to having them.
  if (value !== 'yes' && barrier === 'qualifications' && HAS_NONE.test(words)) value = 'yes';
  // "yes 3 year not working" at "Time out of work" (round twenty-five: asked again): a yes, and how long.
  if (value === null && barrier === 'work-gaps' && YES_AND_HOW_LONG.test(words)) value = 'yes';
  const someOfTheTime = SOME_OF_THE_TIME.test(words) && !SOME_OF_THE_TIME_TAKEN_BACK.test(words);
  if (value === null && (someOfTheTime || SAYS_IT_IS_SO[barrier]?.test(words))) value = 'yes';
  const saidYes = value === null ? yesWithAReason(text) : null;
  if (saidYes) value = 'yes';
  // "da putin, english not so good" (yes, a little): round twenty-one, it had been asked again.
  if (value === null && answersHowMuch(text)) value = 'yes';
  // "bus no problem", "english ok" at the question about it: no trouble with it.
  const allRight = value === null ? thingSaidAllRight(text) : null;
  if (allRight && namesTopicOf(allRight, barrier)) value = 'no';
  if (value !== 'yes') return value === null ? null : { kind: 'answer', value };
  // "no bus ok", "no car but theres a bus": missing, but all right? Asked again, never a silent yes.
  const missing = missingButAllRight(text);
  if (missing && barrierTopicsNamed(missing).includes(barrier)) return null;
  const note = text.trim().slice(0, MAX_BARRIER_NOTE_LENGTH);
  const named = barrierTopicsNamed(text);
  const aboutCaring = barrier === 'childcare-caring' && SOMEONE_CARED_FOR.test(words);
  const whyOutOfWork = barrier === 'work-gaps' && saysWhyOutOfWork(words, named);
  if (named.length > 0 && !named.some((id) => sameTopic(id, barrier)) && !answersHowMuch(text) && !aboutCaring && !whyOutOfWork) return { kind: 'other-barrier', barrier: named[0]!, note };
  // "i told you, yes" says no more than yes.
  const onlyYes = saidYes ? saidYes.reason === '' : ONLY_YES.test(words);
  return onlyYes ? { kind: 'answer', value } : { kind: 'answer', value, note };
}

/** A barrier's notes with these words added; words already there are not kept twice. */
export function withBarrierNote(notes: Partial<Record<BarrierId, string>> | undefined, barrier: BarrierId, note: string): Partial<Record<BarrierId, string>> {
  const before = notes?.[barrier];
  if (before && normaliseAnswer(before).includes(normaliseAnswer(note))) return { ...notes };
  const joined = before ? `${before}. ${note}` : note;
  return { ...notes, [barrier]: joined.slice(-MAX_BARRIER_NOTE_LENGTH) };
}

const UNSURE_OF_A_BARRIER = /^(?:maybe|possibly|perhaps|hard to say|it is hard to say|its hard to say|depends)$/;

/** "not sure", "dunno", "maybe" to "Does this make it hard...?": no answer, and no worry either. */
export function isUnsureOfABarrier(text: string): boolean {
  return isUnsureAnswer(text) || UNSURE_OF_A_BARRIER.test(text.toLowerCase().replace(/[^a-z ]/g, '').trim());
}
