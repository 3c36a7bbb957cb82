// After a crisis message the conversation stays with the person: no coaching until they choose to
// go on. These rules read what they type in that window and say when a quiet window has ended.
import { normaliseAnswer, parseChoice, type ChoiceOption } from './answers.ts';

export type SafetyWindowReply =
  | 'carry-on' | 'numbers' | 'adviser' | 'help' | 'cancel'
  /** "im fine now": glad, but not yet a choice to go back to coaching. */
  | 'feeling-better'
  | 'sorry'
  /** "forget i said that", "ignore that". */
  | 'take-back'
  /** "i dont want to talk to anyone". */
  | 'no-talk'
  /** "what?", "?": not a plea for help, just lost. */
  | 'lost'
  /** "i cant call, he would hear me", "im deaf", "no credit": a way that needs no voice. */
  | 'cannot-call'
  /** "please dont ring me, he checks my phone", "can my adviser message me on here". */
  | 'no-calls'
  /** "hes back i have to go": leave quickly, with nothing more on the screen. */
  | 'must-go'
  /** "idk", "dunno": not knowing is an answer too. */
  | 'unsure'
  /** "ok", "k": heard, and nothing asked. */
  | 'ok'
  /** "what happens now?": what happens next, told honestly. */
  | 'what-next'
  /** "are you a real person?", "is this a bot": a computer program, and who the real people are. */
  | 'real-person'
  /** "will you tell the jobcentre?", "will this affect my benefits": who is told, and why. */
  | 'who-is-told'
  /** "are you gonna call the police on me?". */
  | 'police'
  /** "where do i go tho", "what if the council says no": somewhere to go tonight. */
  | 'where-to-go'
  /** "its not me its my daughter", "i meant my mate": the risk is someone else's, not theirs. */
  | 'not-me'
  /** "jk", "it was a joke", "eh? im going to majorca lol": a joke, or we read them wrong. */
  | 'not-serious'
  /** "this is useless", "stop going on about it": fed up with the window, heard with a short sorry. */
  | 'fed-up'
  | 'other';

/** Typed words, as well as the buttons' own labels (the caller adds those). */
const REPLIES: readonly ChoiceOption<Exclude<SafetyWindowReply, 'other'>>[] = [
  {
    value: 'carry-on',
    label: 'carry on',
    synonyms: [
      'continue', 'go on', 'ok carry on', 'okay carry on', 'keep going', 'go back', 'back', 'lets carry on',
      'lets go on', 'im ready', 'i am ready', 'ready', 'i feel ready', 'back to my plan', 'carry on please',
      'i want to carry on', 'i want to go on', 'lets continue', 'can we carry on', 'can we continue', 'can we go on',
      'back to the plan', 'go on then', 'next', 'carry on pls', 'carry on plz', 'can we get back to it', 'back to it',
      'lets get back to it', 'get back to it', 'can we go back to the plan', 'go back to my plan', 'back to my goal',
      'i said carry on', 'carry on then', 'i said continue', 'just carry on', 'carry on now', 'ok carry on then', 'i said go on',
      'fine carry on', 'ok fine carry on', 'fine lets carry on', 'just ask me the questions', 'ask me the questions', 'i said ask me the questions',
      'just ask the questions', 'ask the questions', 'ask me the next question', 'next question', 'lets just carry on', 'can we just carry on',
      'can we move on', 'lets move on', 'move on',
    ],
  },
  {
    value: 'feeling-better',
    label: 'im fine now',
    synonyms: [
      'i am fine now', 'im ok now', 'i am ok now', 'im okay now', 'i am okay now', 'i feel better now', 'im good', 'im alright',
      'im alright now', 'im fine', 'i am fine', 'im ok', 'i am ok', 'feeling better', 'im good now', 'honestly im fine', 'im fine honestly',
    ],
  },
  { value: 'sorry', label: 'sorry', synonyms: ['im sorry', 'i am sorry', 'sorry about that', 'sorry for that', 'soz', 'sorry for saying that', 'sorry to bother you'] },
  {
    value: 'take-back',
    label: 'forget i said that',
    synonyms: ['ignore that', 'ignore me', 'forget it', 'forget that', 'just ignore me', 'ignore what i said', 'forget what i said', 'never mind what i said', 'delete that'],
  },
  {
    value: 'no-talk',
    label: 'i dont want to talk to anyone',
    synonyms: ['no i dont want to talk to anyone', 'i dont want to talk', 'dont want to talk', 'i dont want to talk about it', 'leave me alone', 'i dont want anyone to call'],
  },
  { value: 'lost', label: 'what', synonyms: ['what?', 'huh', 'eh', 'what do you mean', 'i dont understand'] },
  {
    value: 'numbers',
    label: 'phone numbers',
    synonyms: [
      'numbers', 'number', 'the numbers', 'show the numbers', 'show numbers again', 'numbers again',
      'who can i call', 'who can i ring', 'who do i call', 'who do i ring', 'phone number', 'contacts',
      'who can i talk to', 'who can i speak to', 'give me the numbers', 'samaritans', 'helpline',
    ],
  },
  {
    value: 'adviser',
    label: 'talk to my adviser',
    synonyms: [
      'talk to adviser', 'talk to my advisor', 'speak to my adviser', 'adviser', 'advisor', 'my adviser',
      'talk to someone', 'speak to someone', 'talk to a person', 'a real person', 'human', 'real person',
      'can someone call me', 'call me', 'ring me',
    ],
  },
  { value: 'help', label: 'help', synonyms: ['what can i do', 'what do i do', 'what now', 'options', '?', 'im stuck', 'i am stuck', 'what should i do', 'help me'] },
  { value: 'cancel', label: 'cancel', synonyms: ['stop', 'quit', 'exit'] },
  {
    value: 'fed-up',
    label: 'this is useless',
    synonyms: [
      'stop going on about it', 'stop going on', 'stop going on about it ffs', 'you are not listening', 'your not listening', 'youre not listening',
      'ffs', 'whatever', 'i get it', 'ok i get it', 'i know', 'yeah i know', 'stop asking', 'stop asking me', 'this is pointless', 'useless',
      'this bot is useless', 'you are useless', 'ur useless', 'stop repeating yourself', 'you keep saying the same thing', 'same thing again',
      'fuck off', 'f off', 'piss off', 'go away', 'shut up', 'leave it', 'bore off', 'jog on', 'give it a rest',
    ],
  },
];

/** What a message in the safety window asks for. Longer messages are the person talking: 'other'. */
export function readSafetyWindowReply(text: string, buttonLabels: Partial<Record<SafetyWindowReply, string>> = {}): SafetyWindowReply {
  const words = normaliseAnswer(text);
  if (MUST_GO.test(words)) return 'must-go';
  if (NO_CALLS.test(words)) return 'no-calls';
  if (CANNOT_CALL.test(words)) return 'cannot-call';
  const asked = readQuestion(words);
  if (asked) return asked;
  if (UNSURE.test(words)) return 'unsure';
  if (OK.test(words)) return 'ok';
  if (text.trim().split(/\s+/).length > 8) return 'other';
  const options = REPLIES.map((option) => {
    const label = buttonLabels[option.value];
    return label ? { ...option, synonyms: [...(option.synonyms ?? []), label] } : option;
  });
  return parseChoice(text, options, { byPosition: false }) ?? (ASKS_FOR_NUMBERS.test(normaliseAnswer(text)) ? 'numbers' : 'other');
}

const CARRY_ON = REPLIES.find((option) => option.value === 'carry-on')!;

/** "carry on", "can we get back to it": said after the window closed, they are not an answer. */
export function saysCarryOn(text: string): boolean {
  const words = normaliseAnswer(text);
  return words !== 'next' && words !== 'back' && parseChoice(text, [CARRY_ON], { byPosition: false }) !== null;
}

// "what number do i call", "where do i ring", "is there a helpline": the numbers, asked in the
// client's own words rather than the button's.
const ASKS_FOR_NUMBERS = /\b(?:numbers?|phone ?line|helplines?|hotlines?|samaritans|crisis line|contacts)\b|\b(?:who|where|what|which) (?:\w+ ){0,3}(?:call|ring|phone|text|contact)\b/;

// Someone is back, or the client must leave now: said at the start or the end of a short message.
const MUST_GO = /^(?:(?:he|she|they|hes|shes|theyre|he is|she is|they are|my (?:partner|husband|wife|boyfriend|girlfriend|dad|mum|brother) is) (?:back|home|here|coming(?: in| back| home)?|at the door|outside)\b(?: \w+){0,5}$|(?:\w+ ){0,4}(?:i )?(?:have to|have got to|gotta|got to|need to|must) go(?: now)?(?: sorry| bye)?$|(?:got|gotta|have to) go\b.{0,30}$)/;
// Asked not to be phoned, or to be reached only here.
const NO_CALLS = /\b(?:do not|dont|please do not|please dont|never|no) (?:ring|call|phone)(?:ing)? me\b|\b(?:can|could|will) (?:my adviser|the adviser|they|you|she|he|someone) (?:just |only )?(?:message|text|write to|email|chat to|contact) me\b|\bonly (?:message|text|write to|contact) me\b|\bno (?:phone )?calls\b/;
const UNSURE = /^(?:idk|i do not know|do not know|dunno|i dunno|not sure|i am not sure|no idea|i have no idea|dont know|i dont know)(?: really| tbh| anymore)?$/;
const OK = /^(?:ok|okay|k|kk|ok then|okay then|alright|right|fine|mm|hmm|yeah|yes|ye|yep)$/;

// Said at any length: the reason a phone number will not do ("i cant ring anyone, he checks my phone").
const CANNOT_CALL = new RegExp(
  [
    String.raw`\bi (?:cant|can not|cannot|cnt|couldnt|could not|wont be able to) (?:\w+ ){0,2}?(?:call|ring|phone|talk on the phone|speak on the phone|talk out loud|speak out loud|make (?:a |any )?calls?|talk to (?:them|anyone) on the phone)\b`,
    String.raw`\b(?:no|got no|have no|out of|run out of|ran out of) (?:phone )?(?:credit|minutes|signal)\b`,
    String.raw`\b(?:i am|im|i m) (?:deaf|hard of hearing|mute|nonverbal|non verbal)\b|\b(?:i have no|got no|i dont have a|i do not have a|no) (?:voice|phone)\b`,
    String.raw`\b(?:he|she|they|hed|shed|theyd)(?: will| would| might| could)? (?:hear|hears|listen|listening|is listening|are listening)\b`,
    String.raw`\b(?:can i|could i|is there (?:a |anyone i can |anywhere i can |somewhere i can )?|are there any|anyone i can|somewhere i can) (?:text|txt|email|message|chat|write to)\b`,
    String.raw`\b(?:hate|scared of|afraid of|scared to|afraid to|dont like|do not like|cant do|can not do) (?:phones?|calling|phone calls|ringing|talking on the phone|the phone|calls)\b`,
  ].join('|'),
);

// Questions and take-backs, typed the way people type them: no capitals, no apostrophes, "u",
// "r", "gonna". Read on the whole of a short message only: a longer one is the person talking.
const TEXT_SPEAK: readonly [RegExp, string][] = [
  [/\bu\b/g, 'you'], [/\bya\b/g, 'you'], [/\br\b/g, 'are'], [/\bur\b/g, 'your'], [/\b(?:gonna|gona|gunna)\b/g, 'going to'],
  [/\b(?:wot|wat|wut)\b/g, 'what'], [/\bwhats\b/g, 'what is'], [/\b(?:tho|tbh)\b/g, 'though'], [/\bim\b/g, 'i am'],
  [/\bits\b/g, 'it is'], [/\bwanna\b/g, 'want to'], [/\b(?:pls|plz)\b/g, 'please'], [/\bjob centre\b/g, 'jobcentre'],
];

function plainWords(words: string): string {
  return TEXT_SPEAK.reduce((text, [from, to]) => text.replace(from, to), words).replace(/\s+/g, ' ').trim();
}

const LEAD = String.raw`^(?:(?:so|ok|okay|and|but|wait|right|then|hang on|hold on|hey|sorry|um|erm)\s)*`;
// Who else it may be about. "i meant my partner" or "it was him" after abuse says who hurts them,
// not that the risk is someone else's: those are heard so only beside "not me".
const RELATIVE = String.raw`(?:my |our |me )?(?:daughter|son|brother|bro|sister|sis|mum|mom|mam|mother|dad|father|mate|friend|pal|bestie|kid|kids|child|cousin|nan|gran|grandma|grandad|aunt|auntie|uncle|niece|nephew|housemate|flatmate|neighbour|colleague|stepdad|stepmum|stepson|stepdaughter|someone else|somebody else|a friend|a mate)`;
const ANYONE = String.raw`(?:${RELATIVE}|(?:my )?(?:partner|boyfriend|girlfriend|husband|wife|fiance|fiancee|ex)|her|him|them)`;

const QUESTIONS: readonly [Exclude<SafetyWindowReply, 'other'>, RegExp][] = [
  ['what-next', new RegExp(String.raw`${LEAD}what (?:happens|will happen|is going to happen|is happening|comes|is next|next|are you going to do|will you do|do you do|will my adviser do|does my adviser do)(?: now| next| then| to me| after this| after that| with this| with it| with what i said)*$`)],
  [
    'real-person',
    new RegExp(
      String.raw`${LEAD}(?:are you|you|is this|is it|is that|is this chat|am i (?:talking|speaking|chatting|writing) (?:to|with)|i am (?:talking|speaking|chatting) (?:to|with)|is there|is anyone) (?:a |an )?(?:even |actually |really |just )?(?:a |an )?(?:real|actual|live|proper|human|person|bot|robot|computer|machine|ai|automated|chatbot|chat bot|program|computer program|real person|real human|actual person|live person)(?: person| human| being| bot)?(?: or (?:a |an )?(?:not|what|real|bot|robot|computer|person|human|real person|machine|ai))?(?: here| there| on the other end)?$`,
    ),
  ],
  [
    'police',
    new RegExp(
      String.raw`${LEAD}(?:(?:are you|will you|would you|have you|did you|you|is (?:someone|anyone|my adviser)|will (?:someone|anyone|my adviser|they|it)|are they|do you|does my adviser)(?: going to| about to| gonna)? (?:call|ring|phone|tell|get|send for|report (?:me|this|it) to|called|rung|rang|told|sent for|involve) (?:the )?(?:police|cops|feds|old bill)(?: on me| about me| about this| round| to my house)?(?: now| then)?|(?:are|will|is) (?:the )?(?:police|cops) (?:coming|going to come|come|be coming|on their way|going to turn up|turn up)(?: round| here| to my house)?(?: now| then)?)$`,
    ),
  ],
  [
    'who-is-told',
    new RegExp(
      String.raw`${LEAD}(?:(?:will|are|do|does|did|is|would|could|can|have|has) (?:\w+ ){0,5}?(?:tell|told|telling|inform|report|pass|passed|share|shared|send|sent|affect|effect|stop|stopped|cut|lose|loose|sanction|sanctioned|know|knows|see|sees|find out|go on|put|mess up|hurt)(?: \w+){0,4}? (?:the )?(?:jobcentre|dwp|benefits?|universal credit|uc|money|claim|payments?|work coach|record|file|sanctioned)(?: or not| though| then)?|(?:will|am) i (?:get|be) sanctioned(?: for this| for that)?|(?:does|do|will|would|is) (?:the |my )?(?:jobcentre|dwp|work coach) (?:know|find out|see|hear|going to know|going to find out|going to see|have to know|need to know|get told)(?: this| it| that| what i said| about (?:this|it|that|what i said))?|who (?:sees|will see|can see|reads|will read|can read|gets|else sees|else will see|else can see|else knows|knows|have you told|did you tell|are you telling|are you going to tell|will you tell)(?: this| it| what i (?:said|wrote|say|write)| about this| my messages| these messages)?)$`,
    ),
  ],
  // "will my adviser see this?", "does my adviser know what i said".
  ['who-is-told', new RegExp(String.raw`${LEAD}(?:will|does|do|can|did|has|have|is|would) (?:my |the )?(?:adviser|advisor|work coach|coach|anyone|someone|they) (?:\w+ )?(?:see|read|get|know(?: about)?|seen|been told(?: about)?|hear(?: about)?|find out(?: about)?) (?:this|that|it|what i (?:said|wrote|say|typed|just said)|these messages|my messages)(?: though| then| now)?$`)],
  [
    'where-to-go',
    new RegExp(
      String.raw`${LEAD}(?:where (?:do|can|should|will|would|could) i (?:go|sleep|stay)|where am i (?:supposed|meant) to (?:go|sleep|stay)|what if (?:the council|they|the homeless team|the housing|housing|shelter|nobody|no one|no body) (?:says no|say no|will not help|wont help|cannot help|cant help|do not help|dont help|does not help|doesnt help|turns me away|turn me away|has no room|have no room|are full|is full|has nothing|have nothing))(?: tonight| now| then| though)*$`,
    ),
  ],
  [
    'not-me',
    new RegExp(
      String.raw`${LEAD}(?:no )?(?:(?:it is |it was |i am |i was )?not (?:me|about me|myself)(?: it is| it was| i mean| i meant| it is about)? ${ANYONE}(?: not me)?|(?:it is|it was|i meant|i mean|i was talking about|i was on about|it is about|it was about) ${ANYONE} not (?:me|myself|about me)|(?:i meant|i mean|i was talking about|i was on about|i am talking about|it is about|it was about) ${RELATIVE}|i (?:did not|didnt) mean me|i (?:was|am) not talking about me|not talking about me)(?: though| sorry| lol)*$`,
    ),
  ],
  [
    'not-serious',
    new RegExp(
      String.raw`${LEAD}(?:(?:calm down|chill|relax|lol|haha|lmao|omg|eh|what|nah|no|oh|jeez)\s)*(?:(?:it|that|this) (?:was|is|were) (?:only |just )?(?:a )?(?:joke|banter|a laugh)|i (?:was|am) (?:only |just )?(?:joking|kidding|messing|having a laugh|jokin)|(?:only|just) (?:joking|kidding|messing|jokin|a joke|banter)|(?:jk|jks|j k|jking|joking|kidding|joke))(?: (?:lol|haha|hahaha|lmao|mate|calm down|chill|relax|innit|though|x|xx))*$|^(?:eh|huh|what|wtf|wdym|you what) (?:i am|i was|i just|i meant|i said|i only|that was|we are|we were)(?: \w+){1,8} (?:lol|lmao|haha|hahaha|xd|lool)$`,
    ),
  ],
  [
    'take-back',
    new RegExp(String.raw`${LEAD}(?:(?:sorry|soz|oops|oh)\s)*(?:please |just )?(?:ignore|forget|disregard|delete) (?:that|me|it|this|what i (?:said|wrote|just said|just wrote)|my last message|the last message|i said that|i said anything)(?: (?:sorry|soz|please|lol))*$`),
  ],
];

/** A question or a take-back that has an answer of its own; null for anything else. */
function readQuestion(words: string): Exclude<SafetyWindowReply, 'other'> | null {
  const plain = plainWords(words);
  if (plain.split(' ').length > 14) return null;
  return QUESTIONS.find(([, pattern]) => pattern.test(plain))?.[0] ?? null;
}

export type SafetyWindowState = { kind: 'crisis'; startedAt: string; lastMessageAt: string };

/** A window with no message for this long has ended: the person has had time, and may come back to coaching. */
export function safetyWindowHasLapsed(window: SafetyWindowState, now: Date, quietHours: number): boolean {
  return now.getTime() - Date.parse(window.lastMessageAt) >= quietHours * 60 * 60 * 1000;
}

// Outside a window, only words that ask for the help numbers themselves: "whats the samaritans
// number", "what number was that again", "phone numbers" (play-testing, round nine: after "carry on"
// they had been kept as answers to the self-assessment, or met with "didn't catch that").
// "shout" is the text line only when not shouted at someone: "what if they shout at me?" (play-testing
// reviews, round twenty-eight) is a worry, not a request for the numbers.
const HELP_NUMBERS = /\b(?:samaritans|shout(?! (?:at|to|out)\b)|crisis (?:line|number|team)|helplines?|hotlines?|help ?lines?|(?:help|support|emergency|crisis|phone|those|the|that) numbers?|number (?:for|of) (?:the )?(?:samaritans|shout|someone|help|a helpline)|number was that|numbers again)\b/;
const ASKING = /^(?:phone numbers|numbers|the numbers|numbers please|numbers again)$|\b(?:what|whats|wats|where|which|who|give|send|show|is there|are there|can i (?:have|get)|could i (?:have|get)|need|again|please|pls)\b/;

/** The help numbers asked for, at any point: answered with them, never kept as an answer. */
export function asksForHelpNumbers(text: string): boolean {
  const words = normaliseAnswer(text);
  return words.split(' ').length <= 12 && HELP_NUMBERS.test(words) && ASKING.test(words);
}
