// What an adviser types loosely, read as one of the adviser commands the coach already has.
// Play-testing as advisers (play6/c, item 8): "show me sams plan", "who needs me today", "Sam",
// "whats up with sam", "ack 5 6" and "ack all" each got the whole help list or a wrong error.
// Read here as the command and its arguments, or null when the words are none of these (the
// exact commands, "add", "move", "done" and the rest, are read where they are answered).
// Pure: no I/O.

export type AdviserCommandRead =
  | { command: 'help' }
  | { command: 'caseload' }
  | { command: 'escalations' }
  /** The client's plan card; `client` is a caseload number or (part of) a name, as "plan <client>". */
  | { command: 'plan'; client: string }
  /** Only a name, typed alone: their plan, if it is the name of a client in the caseload. */
  | { command: 'plan-if-named'; name: string }
  | { command: 'ack'; numbers: number[] }
  | { command: 'ack-all' }
  /** Round ten: "im covering for bob", "bobs caseload": a colleague's clients, by the colleague's name. */
  | { command: 'colleague'; name: string }
  /** Round eleven: "undo", "oops wrong client": nothing here is undone, so what can put it right is said. */
  | { command: 'undo' };

// An apostrophe, straight or curly, or none: "what's", "whats".
const A = "'?";
const SHOW = String.raw`(?:(?:show|open|view|see|get|give|find|load|check|pull up|bring up|look at|list)(?: me| up)? )?`;
const HELP = /^(?:help|help me|help please|hlep|hepl|halp|what do i type|what can i type here|hello|hi|hey|hiya|morning|good (?:morning|afternoon|evening)|menu|commands|options|start|what can (?:you do|i (?:type|say|do|ask))|how does this work)$/i;

// Round eleven, a new starter's first words: "hi im new", "new here, where do i start" had "I did not understand".
const NEW_STARTER =
  /^(?:(?:hi|hello|hey|hiya|morning)[ ,!]+)?(?:(?:i'?m|i am) new(?: here| to (?:this|it|the (?:bot|tool|coach)))?|new here|first time(?: using (?:this|it))?|where do i start|what do i do(?: now| first)?|not sure how this works)(?:[ ,!]+(?:where do i start|what do i do(?: now| first)?|help(?: me)?|please|pls))*$/i;
// Round eleven: "undo", "oops wrong client". Nothing is undone here; what puts it right is said.
const UNDO =
  /^(?:(?:oops|oh no|sorry)[ ,!.]*)?(?:undo(?: (?:that|it|this|last|the last (?:one|thing|change)))?|(?:that was|i (?:did|picked|chose)) (?:a mistake|the wrong (?:one|client|step|person|day))|wrong (?:client|one|person|step|day)|cancel (?:that|it|this|the last (?:one|thing|change))|go back|put it back|reverse (?:that|it)|take (?:that|it) back)(?: please| pls)?$|^(?:oops|oh no)$/i;

const CASELOAD: readonly RegExp[] = [
  new RegExp(String.raw`^${SHOW}(?:my |the )?(?:caseload|case load|cases|clients|client list)$`, 'i'),
  // Round ten, shorthand and a new starter: "cl", "c/l", "how do i see my clients" had the help list.
  /^(?:cl|c\/l|cload|csld|my cl)$/i,
  /^how (?:do|can) i (?:see|view|find|get|check) (?:my |all my )?(?:clients|caseload|case load|cases)$/i,
  // "who needs me today", "who needs me most", "who needs seeing first".
  /^who (?:needs|wants) (?:me|my help|help|seeing|chasing|a call|attention)(?: (?:most|first|today|now|next|this week))*$/i,
  // "what needs doing", "what needs to be done today", "what do i need to do".
  /^what (?:needs (?:doing|done|to be done|my attention)|do i (?:need|have) to do)(?: (?:first|today|now|this week))*$/i,
  /^who (?:should|do) i (?:call|see|contact|ring|chase)(?: (?:first|today|now|next))*$/i,
  // "what have i got on today", "whats on today", "today", "how many clients have i got" (round seven: the help list).
  new RegExp(String.raw`^(?:what(?:${A}s| is| have i got| do i have| ive got| i got)|whats) on(?: (?:today|this morning|this afternoon|now|for today))?$`, 'i'),
  /^(?:today|my day|todays list|today's list|the day ahead|start of day|morning list)$/i,
  /^how many (?:clients|people|cases) (?:have i got|do i have|have i|am i holding|on my caseload|in my caseload)(?: now)?$/i,
];

// "What's urgent" reads as the escalations, not the caseload: the escalations are what was raised
// for the adviser, with how urgent each is, most urgent first, and the numbers to "ack" them by.
// The caseload ranks people and mixes in routine things (late steps, reviews), so it answers
// "who needs me" and "what needs doing", which ask for everything that wants the adviser.
const ESCALATIONS: readonly RegExp[] = [
  new RegExp(String.raw`^${SHOW}(?:my |the |any |open |new )*(?:escalations?|alerts?)$`, 'i'),
  // Round ten, shorthand: "esc", "escs" had the help list.
  /^(?:esc|escs|escal|escals|escl)$/i,
  new RegExp(String.raw`^(?:what${A}s|what is|whats|anything|is anything|is there anything|who${A}s|who is|any(?:thing)? (?:new|else)) urgent(?: (?:today|now))?$`, 'i'),
  /^urgent(?: ones| escalations)?$/i,
  // "whos at risk", "is anyone at risk", "who is in crisis" (play-testing as a busy adviser, December).
  new RegExp(String.raw`^(?:who${A}s|who is|whos|who are|is anyone|is anybody|anyone|anybody|any(?: clients?)?)(?: (?:still|currently|now))? (?:at risk|in crisis|not safe|unsafe)(?: (?:today|now|right now))?$`, 'i'),
  /^(?:at risk|any crisis|any crises)$/i,
];

const ACK = /^(?:ack|acknowledge)(?: escalations?)? (.+)$/i;

// Round ten, an adviser looking after a colleague's caseload while they are away: each had the help list.
const COLLEAGUE_NAME = String.raw`(\p{L}[\p{L}'\u2019-]*(?: \p{L}[\p{L}'\u2019-]*)?)`;
const AWAY = String.raw`(?: (?:this week|today|this month|for (?:a|the) (?:week|fortnight|month)|while (?:she|he|they)(?:'s|'re| is| are|s|re) (?:away|off|on leave|on holiday)))?`;
// The name is read with any "'s" on it ("bobs caseload") and that is taken off when a caseload word follows.
const THEIR_CLIENTS = String.raw`( (?:caseload|case load|clients|cases))`;
const COVERING = String.raw`(?:i am |im |i'm |am |i will be |ill be )?(?:covering|cover|looking after) `;
const COLLEAGUE: readonly RegExp[] = [
  new RegExp(String.raw`^${COVERING}for ${COLLEAGUE_NAME}${THEIR_CLIENTS}?${AWAY}$`, 'iu'),
  new RegExp(String.raw`^${COVERING}${COLLEAGUE_NAME}${THEIR_CLIENTS}${AWAY}$`, 'iu'),
  new RegExp(String.raw`^${SHOW}${COLLEAGUE_NAME}${THEIR_CLIENTS}$`, 'iu'),
];
const ACK_ALL = /^(?:all|all of them|them all|everything|all open|all (?:open |new )?(?:ones|escalations))$/i;
const MAX_NUMBERS = 20;

// Where the client goes in words that ask for their plan.
const CLIENT = '(.+?)';
const PLAN: readonly RegExp[] = [
  // "plan for sam", "show me the plan for sam", "plan sam".
  new RegExp(String.raw`^${SHOW}(?:the )?plan (?:for |of )?${CLIENT}$`, 'i'),
  // "show me sams plan", "sam's plan", "what is sams plan".
  new RegExp(String.raw`^(?:what is |what${A}s |${SHOW})(?:the )?${CLIENT} plan$`, 'i'),
  // "what's up with sam", "any news on sam", "tell me about sam".
  new RegExp(String.raw`^(?:what${A}s|what is|whats) (?:up|going on|happening|new|the latest|the news|the story) with ${CLIENT}$`, 'i'),
  /^(?:any news (?:on|about|from)|news on|update on|an update on|tell me about|what about) (.+?)$/i,
  // "sam update", "priya latest" (round seven: the help list).
  /^(.+?)(?:'s)? (?:update|latest|news|the latest)$/i,
  // "how is sam doing", "how's sam", "how are things with sam".
  new RegExp(String.raw`^how(?:${A}s| is| are things with| is it going with) ${CLIENT}(?: (?:doing|getting on|going|getting along|coming along))?(?: (?:now|today|lately|at the moment))?$`, 'i'),
  // "open sam", "show me sam", "check on sam".
  new RegExp(String.raw`^(?:open|show|view|see|pull up|bring up|look at|check on|check)(?: me| up)? ${CLIENT}$`, 'i'),
];

// A name is letters (with ' or - inside), one to three words; a caseload number may stand for it.
const NAME_WORD = String.raw`\p{L}[\p{L}'-]*`;
const NAME = new RegExp(String.raw`^${NAME_WORD}(?: ${NAME_WORD}){0,2}$`, 'u');
const CLIENT_REFERENCE = new RegExp(String.raw`^(?:#?\d{1,4}|${NAME_WORD}(?: ${NAME_WORD}){0,3})$`, 'u');

// Words that are no client: what the words above might catch that is not a name.
const NOT_A_NAME = new Set(
  (
    'me my mine you your it its this that these those things thing everything everyone everybody anyone anybody someone ' +
    'them they we us our i he she him her his the a an all for of on up today now there here going work stuff ' +
    'plan plans caseload clients escalations escalation alerts urgent help code menu any no good bad'
  ).split(' '),
);

// The first words of the exact commands: typed alone or with their arguments, they are theirs.
const COMMAND_WORDS = new Set(
  'plan add done move agree message ack acknowledge resolve cadence style resume caseload escalations register my code invite help'.split(' '),
);

/** Curly apostrophes made straight, Teams mention tags and end punctuation gone, "please" and "ok" left off. */
function tidy(text: string): string {
  return text
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.,]+$/, '')
    .replace(/^(?:(?:please|pls|ok|okay|right|so|and|hi|hey|hello)[\s,]+)+(?=\S)/i, '')
    .replace(/(?:[\s,]+(?:please|pls|thanks|thank you|cheers))+$/i, '')
    .trim();
}

/** "sams" or "sam's" in "sams plan" is Sam. */
function withoutPossessive(name: string): string {
  if (/'s$/i.test(name)) return name.slice(0, -2);
  if (/s'$/i.test(name)) return name.slice(0, -1);
  return /\p{L}{2}s$/iu.test(name) ? name.slice(0, -1) : name;
}

const hasNoName = (words: string): boolean => words.toLowerCase().split(' ').some((word) => NOT_A_NAME.has(word));

function clientIn(words: string): string | null {
  const client = words.replace(/^(?:the client|client|my client) /i, '').trim();
  return CLIENT_REFERENCE.test(client) && !hasNoName(client) ? client : null;
}

function readAck(rest: string): AdviserCommandRead | null {
  if (ACK_ALL.test(rest)) return { command: 'ack-all' };
  const tokens = rest.split(/\s*(?:,|&|\band\b|\s)\s*/i).filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_NUMBERS || !tokens.every((token) => /^#?\d{1,9}$/.test(token))) return null;
  return { command: 'ack', numbers: [...new Set(tokens.map((token) => Number(token.replace('#', ''))))] };
}

/** The command an adviser's loose words ask for, with its arguments; or null. */
export function readAdviserCommand(text: string): AdviserCommandRead | null {
  // "?" typed alone asks for help (round three: it got "I did not understand").
  if (/^\s*\?+\s*$/.test(text)) return { command: 'help' };
  const said = tidy(text);
  if (!said || said.length > 120) return null;
  if (HELP.test(said) || NEW_STARTER.test(said)) return { command: 'help' };
  if (UNDO.test(said)) return { command: 'undo' };
  if (CASELOAD.some((pattern) => pattern.test(said))) return { command: 'caseload' };
  if (ESCALATIONS.some((pattern) => pattern.test(said))) return { command: 'escalations' };
  const ack = ACK.exec(said);
  if (ack) return readAck(ack[1]!);
  for (const pattern of COLLEAGUE) {
    const [, name, theirs] = pattern.exec(said) ?? [];
    if (name && !hasNoName(name)) return { command: 'colleague', name: theirs ? withoutPossessive(name) : name };
  }
  for (const [index, pattern] of PLAN.entries()) {
    const words = pattern.exec(said)?.[1];
    const client = words ? clientIn(index === 1 ? withoutPossessive(words) : words) : null;
    if (client) return { command: 'plan', client };
  }
  const first = said.split(' ')[0]!.toLowerCase();
  if (NAME.test(said) && !COMMAND_WORDS.has(first) && !hasNoName(said)) return { command: 'plan-if-named', name: said };
  return null;
}

/** A client as the caseload shows them: their number, the name they gave, and their Teams name. */
export type NamedClient = { number: number; name: string | null; channelName: string | null };

const plain = (name: string | null | undefined): string => (name ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The clients a name typed alone is the name of: the name they gave or their Teams name, whole or
 * its first word ("Sam" for Sam Jones). Never part of a word: "hi" is not Phil.
 */
export function clientsNamed<T extends NamedClient>(typed: string, clients: readonly T[]): T[] {
  const wanted = plain(typed);
  if (!wanted) return [];
  return clients.filter((client) =>
    [client.name, client.channelName].some((name) => plain(name) === wanted || plain(name).split(' ')[0] === wanted),
  );
}

/**
 * "sam: call the college" or "sam - call the college": the client, then the rest (empty when there
 * is no colon and no spaced dash). A hyphen inside a name ("Mary-Jane") is no dash.
 */
export function splitClientAndRest(text: string): [string, string] {
  const match = /\s*:\s*|\s+[-\u2013\u2014]{1,2}\s+/.exec(text);
  return match ? [text.slice(0, match.index).trim(), text.slice(match.index + match[0].length).trim()] : [text.trim(), ''];
}
