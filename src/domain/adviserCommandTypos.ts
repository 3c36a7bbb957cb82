// An adviser's command word typed in a hurry: "caseloda", "escalatons", "reslove 12", "close 12",
// "acked 12". Play-testing as a busy adviser (December) found each got "I did not understand
// that" and the whole list of commands. The first word is put right here when it is one letter
// out (two in a long word) from a command word, or is another word for one ("close" is
// "resolve"); the rest is left as typed. Short words ("ack", "add", "plan") are never guessed,
// so a client's name is not taken for a command. Pure: no I/O.
import { typoDistance } from './answers.ts';

// Other words advisers use for a command: said as the command.
const SAME_AS: Record<string, string> = {
  close: 'resolve',
  closed: 'resolve',
  resolved: 'resolve',
  acked: 'ack',
  acknowledged: 'ack',
  agreed: 'agree',
};

// Command words long enough to guess a slip in.
const COMMANDS = ['caseload', 'escalations', 'acknowledge', 'resolve', 'message', 'cadence', 'agree', 'style', 'resume'];
const SHORTEST_GUESSED = 5;

// "reply priya: great", "answer tom - yes 2pm is fine", "write back to sam: ...": the adviser
// answering a client who wrote back (play-testing, a busy morning: each got the help list). Only
// with the colon or dash that "message" needs after the client, so "tell me about sam" stays a question.
const MESSAGE_WORDS = /^(?:reply|respond|answer|msg|text|tell|write|send(?: a)? message|message back|write back|reply back)(?: back)?(?: to)? (?=\S.*(?::|\s[-\u2013\u2014]{1,2}\s))/i;

// "mark done priya 2", "tick off priya 2", "mark priya 2 as done", "complete priya 2": "done priya 2"
// (round three: each got the help list). Only before a client and a number, so the words stay a command.
const DONE_FIRST = /^(?:mark(?: as)? (?:done|complete)|tick(?: off)?|complete|completed|finished|cross off) (.+ \d{1,3})$/i;
const DONE_LAST = /^(?:mark|tick(?: off)?) (.+ \d{1,3}) (?:as )?(?:done|complete|completed|off)$/i;
// Round nine, a working day: "priya 2 done", "priya action 3 is done" had the help list. A name of one
// or two words, never a command word ("plan 2 done" is no client).
const DONE_BARE =
  /^(?!(?:plan|move|add|ack|resolve|agree|cadence|style|resume|message|escalation|done|review)\b)(\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*)?) (?:action |step |number |no\.? )?#?(\d{1,3}) (?:is |now |has been |was )?(?:done|complete|completed|finished)$/iu;
// Round eleven: "priya 1 to next mon", "lee 2 -> fri": "move priya 1 to next mon" (they had the help list).
const MOVE_BARE =
  /^(?!(?:plan|move|mv|push|add|ack|resolve|agree|cadence|style|resume|message|msg|escalation|done|review|reviews|cancel|change|update|amend|edit|remove|delete|take|drop|set|quiet|who|whos|what|whats|when|whens|how)\b)(\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*)?) (?:action |step |number |no\.? )?#?(\d{1,3}) (?:to|->|till|until) (\S.*)$/iu;
// Round eleven: "ackk 2", "mvoe lee 2 to fri", "dnoe lee 2" had the help list. A short command word is
// put right only for one slip (two letters swapped, or one doubled) and only before a number, as the
// command has one: so a client's name is never taken for a command.
const SHORT_COMMANDS = ['ack', 'move', 'done', 'plan'];

// "for priya: ring college fri": an action for Priya (round six: it got the help list). Only with the
// colon or dash after the client, as "add" reads it.
const FOR_CLIENT = /^for (\S.*?)(?:\s*:\s*|\s+[-\u2013\u2014]{1,2}\s+)(\S.*)$/i;
// "agreed plan with priya", "agree the plan for 2", "agree priya's plan": "agree priya" (round six:
// "I could not find that client, "plan with priya"").
const AGREE_WORDS = [
  /^(?:agree|agreed|sign off|signed off)(?: the)?(?: action)? plan (?:with|for|of) (.+)$/i,
  /^(?:agree|agreed|sign off|signed off) (?:with )?(.+?)(?:'s|\u2019s) (?:action )?plan$/i,
];

/** The text with its first word made the command word it was meant as; the text as it was if none. */
export function withCommandWordPutRight(text: string): string {
  if (MESSAGE_WORDS.test(text.trim())) return text.trim().replace(MESSAGE_WORDS, 'message ');
  const forClient = FOR_CLIENT.exec(text.trim());
  if (forClient) return `add ${forClient[1]}: ${forClient[2]}`;
  const agree = AGREE_WORDS.map((pattern) => pattern.exec(text.trim())).find(Boolean);
  if (agree) return `agree ${agree[1]}`;
  const done = DONE_FIRST.exec(text.trim()) ?? DONE_LAST.exec(text.trim());
  if (done) return `done ${done[1]}`;
  const [first = '', ...after] = text.trim().split(' ');
  const short = SHORT_COMMANDS.find((command) => isOneSlipOf(first.toLowerCase(), command));
  if (short && /\d/.test(after.join(' '))) return [short, ...after].join(' ');
  const bare = DONE_BARE.exec(text.trim());
  if (bare) return `done ${bare[1]!.replace(/(?:'s|\u2019s)$/i, '')} ${bare[2]}`;
  const moved = MOVE_BARE.exec(text.trim());
  if (moved) return `move ${moved[1]!.replace(/(?:'s|\u2019s)$/i, '')} ${moved[2]} to ${moved[3]}`;
  const match = /^(\S+)(\s.*)?$/.exec(text.trim());
  if (!match) return text;
  const [, typed = '', rest = ''] = match;
  const word = typed.toLowerCase();
  if (COMMANDS.includes(word)) return text;
  if (Object.hasOwn(SAME_AS, word)) return `${SAME_AS[word]}${rest}`;
  if (word.length < SHORTEST_GUESSED || !/^[a-z]+$/.test(word)) return text;
  const allowed = word.length >= 8 ? 2 : 1;
  const near = COMMANDS.filter((command) => Math.abs(command.length - word.length) <= allowed && typoDistance(word, command) <= allowed);
  return near.length === 1 ? `${near[0]}${rest}` : text;
}

/** "mvoe" for "move" (two letters swapped), "ackk" for "ack" (one doubled). */
function isOneSlipOf(word: string, command: string): boolean {
  if (word === command) return false;
  if (word.length === command.length + 1) return [...command].some((letter, at) => command.slice(0, at + 1) + letter + command.slice(at + 1) === word);
  if (word.length !== command.length) return false;
  const at = [...word].findIndex((letter, index) => letter !== command[index]);
  return at >= 0 && word[at] === command[at + 1] && word[at + 1] === command[at] && word.slice(at + 2) === command.slice(at + 2);
}

const CADENCE_WORDS = new Map([['weekly', 7], ['week', 7], ['fortnightly', 14], ['fortnight', 14], ['monthly', 28], ['month', 28]]);

/** "cadence sam weekly": the days for a word said in place of 7, 14 or 28; null when it is none. */
export function cadenceDaysIn(word: string): number | null {
  const said = word.trim().toLowerCase();
  if (/^\d{1,3}$/.test(said)) return Number(said);
  return CADENCE_WORDS.get(said) ?? null;
}
