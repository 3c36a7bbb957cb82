// "reply priya great", "message sam jones see you tuesday", "add priya call the college by friday":
// the client's name first, then the words, with no colon between. Play-testing as a busy adviser
// (round two): each got the help list or the format to retype, though the name was a client's.
// The colon is put after the name here, and the command is answered as if typed with it; two
// clients of that name are asked about there, with the command to copy.
import type { Adviser } from '../src/db/advisers.ts';
import { nameAtStart } from '../src/domain/clientNameWords.ts';
import { splitClientAndRest } from '../src/domain/adviserCommandWords.ts';
import { leadBeforeClient } from '../src/domain/adviserActionWords.ts';
import { caseloadNames } from '../src/escalation/caseloadNames.ts';
import type { CoachServices } from '../src/services.ts';

// Words that can only mean "send this client a message": with no client found, the message format is said.
const MESSAGE = /^(?:reply|respond|message|msg|send(?: a)? message)(?: back)?(?: to)? (.+)$/i;
// Words that mean it only when a client is named next ("tell me about sam" is a question).
const MESSAGE_IF_NAMED = /^(?:answer|tell|text|write|write back)(?: back)?(?: to)? (.+)$/i;
const ADD = /^add (.+)$/i;
// A name, then what they will do: "priya to apply ...", "priya will ring ...", "priya's going to ...".
const STEP_AFTER_NAME = /^\S+(?: \S+){0,2} (?:to|will|is to|is going to|needs to) \S+ \S/i;
const CLIENT_WILL = /^(?:to|will|is to|is going to|needs to) \S/i;

/** The command as it would be typed with the colon; the text as it was when there is nothing to put right. */
export async function withColonAfterName(services: CoachServices, adviser: Adviser, text: string): Promise<string> {
  // "priya to apply for 2 jobs by thurs": Priya's own step, added as "add" adds it (round six: the help list).
  const step = STEP_AFTER_NAME.test(text) ? nameAtStart(text, await caseloadNames(services.db, adviser.id)) : null;
  if (step && CLIENT_WILL.test(step.rest)) return `add ${step.name}: ${text}`;
  const [command, args] = commandAndArgs(text);
  if (!command || !args || splitClientAndRest(args)[1]) return text;
  // "add a step for priya update her cv by fri" (round ten: the format to retype): the name after the lead words.
  const [lead, afterLead] = command.verb === 'add' ? leadBeforeClient(args) : ['', args];
  const named = nameAtStart(afterLead, await caseloadNames(services.db, adviser.id));
  if (named) return `${command.verb} ${lead}${named.name}: ${named.rest}`;
  if (!command.always) return text;
  // Nobody of that name: the first word as the name, so the reply says so (with names it was likely meant as).
  const [first, ...rest] = args.split(' ');
  return rest.length > 0 ? `message ${first}: ${rest.join(' ')}` : `message ${args}`;
}

function commandAndArgs(text: string): [{ verb: 'message' | 'add'; always: boolean } | null, string] {
  const message = MESSAGE.exec(text);
  if (message) return [{ verb: 'message', always: true }, message[1]!];
  const named = MESSAGE_IF_NAMED.exec(text);
  if (named) return [{ verb: 'message', always: false }, named[1]!];
  const add = ADD.exec(text);
  return add ? [{ verb: 'add', always: false }, add[1]!] : [null, ''];
}
