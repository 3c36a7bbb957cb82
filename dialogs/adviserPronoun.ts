// Round eleven: "agree priya and msg her: well done". The second ask names its client only by "her".
// It had been read as a client called "her" (or, before asks with a colon were split, as part of
// Priya's name). Nothing is done for it: the ask is said back with the client the ask before named,
// on a button, so the adviser decides; with no one client named before, how to type it.
import type { Activity } from 'botbuilder';
import type { Adviser } from '../src/db/advisers.ts';
import { afterCommandWord, withClientNamed, type PronounAsk } from '../src/domain/adviserPronouns.ts';
import { pickClient } from '../src/escalation/caseloadNames.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { sendNamedButton, whoIsPronoun } from '../src/messages/en/adviser.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';
import { withButtons } from './adviserButtons.ts';

export async function answerPronounAsk(services: CoachServices, adviser: Adviser, ask: PronounAsk, askBefore: string | null): Promise<string | Partial<Activity>> {
  const named = askBefore ? await oneClientNamedFirst(services, adviser, afterCommandWord(askBefore)) : null;
  if (!named) return whoIsPronoun(escapeMarkdown(ask.pronoun), null);
  const one = withClientNamed(ask, named.typed);
  const said = whoIsPronoun(escapeMarkdown(ask.pronoun), { name: escapeMarkdown(named.name), ask: escapeMarkdown(one) });
  return withButtons(said, [{ title: sendNamedButton, value: one }]);
}

/**
 * The name the ask before starts with ("priya" in "priya review to fri"), when it picks one client.
 * Never a number: in "ack 2" it is an escalation's, not the caseload's client 2. Two Toms before
 * "msg him" leave it to the adviser.
 */
async function oneClientNamedFirst(services: CoachServices, adviser: Adviser, words: string): Promise<{ typed: string; name: string } | null> {
  const typed = words.split(/[\s:]+/).filter(Boolean);
  if (!/^\p{L}/u.test(typed[0] ?? '')) return null;
  for (let count = Math.min(3, typed.length); count >= 1; count--) {
    const name = typed.slice(0, count).join(' ');
    const pick = await pickClient(services.db, adviser.id, name);
    if (pick.kind === 'several') return null;
    if (pick.kind !== 'one') continue;
    // A client who gave no name is shown by what they go by ("Jo Bloggs (no name given)").
    const shown = pick.client.displayName?.trim() || (await namesForNameless(services.db, [pick.client])).get(pick.client.id) || name;
    return { typed: name, name: shown };
  }
  return null;
}
