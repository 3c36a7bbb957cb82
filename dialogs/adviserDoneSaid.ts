// "mark amira dbs as done", "amira done dbs", "dbs done for amira", "finished amiras dbs", "ive done
// the dbs for amira", "tick off amira dbs": typed as "done amira dbs", so the one action the words fit
// is marked done as "done" marks it (adviserDoneWhich.ts). Play-testing (December): each had the help
// list. Unless the words can only mean "mark done", the client must be on the caseload, so a message
// or a question with "done" in it is not taken for one (src/domain/adviserDoneWords.ts reads the words).
import type { Adviser } from '../src/db/advisers.ts';
import { canBeActionWords, readDoneSaid, withoutLeadingPronoun, withoutPossessive, type DoneSaid } from '../src/domain/adviserDoneWords.ts';
import { nameAtStart, type CaseloadNames } from '../src/domain/clientNameWords.ts';
import { caseloadNames } from '../src/escalation/caseloadNames.ts';
import type { CoachServices } from '../src/services.ts';
import { actionsPicked, openActionsOf } from './adviserDoneWhich.ts';

/** The words as "done <client> <words>" when they say an action is done; the text as it was if not. */
export async function withDoneSaidAsDone(services: CoachServices, adviser: Adviser, text: string): Promise<string> {
  const reads = readDoneSaid(text);
  if (reads.length === 0) return text;
  const names = await caseloadNames(services.db, adviser.id);
  for (const read of reads) {
    const done = asDone(read, names);
    if (done && (!read.loose || (await fitsAnAction(services, adviser, done)))) return done;
  }
  return text;
}

/** "booked amiras dbs" is taken only when the words pick open actions of yours: "rang amira back" is not a done. */
async function fitsAnAction(services: CoachServices, adviser: Adviser, done: string): Promise<boolean> {
  const found = await openActionsOf(services, adviser, done.replace(/^done /, ''));
  return Boolean(found?.rest) && actionsPicked(found!.open, found!.rest).length > 0;
}

function asDone(read: DoneSaid, names: readonly CaseloadNames[]): string | null {
  if (read.kind === 'split') {
    const client = read.client.trim();
    const whole = nameAtStart(`${client} .`, names);
    const words = read.loose ? withoutLeadingPronoun(read.words) : read.words.trim();
    return whole?.rest === '.' && !/^#?\d/.test(client) && canBeActionWords(words) ? `done ${client} ${words}` : null;
  }
  // "amira: vacancies", "amiras dbs": the colon after the name as a space, the possessive off the name.
  // Only where the name is the action's owner ("finished amiras dbs"), never its subject ("amiras done the course").
  const spaced = nameMarkOff(read.rest.trim().replace(/^([^:]{1,60}?)\s*:\s*/, '$1 '), names);
  const rest = read.possessive ? ownerless(spaced, names) : spaced;
  const named = nameAtStart(rest, names);
  if (!named) return read.sure ? `done ${rest}` : null;
  const after = named.rest.replace(/^[\s:\u2013\u2014-]+/, '');
  const words = read.loose ? withoutLeadingPronoun(after) : after;
  // Unless the words can only mean "mark done", a number is no client: "i did 2 adverts".
  if (!read.sure && (!canBeActionWords(words) || /^#?\d/.test(named.name))) return null;
  return `done ${named.name} ${words}`.trim();
}

/** "amira, vacancies": the comma after a client's name as a space ("dbs, vacancies" is left: two actions). */
function nameMarkOff(rest: string, names: readonly CaseloadNames[]): string {
  const comma = /^([^,]*?\p{L})\s*,\s*(\S.*)$/u.exec(rest);
  return comma && nameAtStart(`${comma[1]} .`, names)?.rest === '.' ? `${comma[1]} ${comma[2]}` : rest;
}

/** "amiras dbs" as "amira dbs" when Amira is a client and "amiras" names no one. */
function ownerless(rest: string, names: readonly CaseloadNames[]): string {
  const [first = '', ...after] = rest.split(' ');
  const bare = withoutPossessive(first);
  if (!bare || nameAtStart(`${first} .`, names)) return rest;
  return nameAtStart(`${bare} .`, names) ? [bare, ...after].join(' ') : rest;
}
