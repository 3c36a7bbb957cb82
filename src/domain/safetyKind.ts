// Not every risk is the same risk. A person who may end their life, a person being hurt or
// controlled at home, a person with nowhere to sleep tonight and a person who may hurt someone else
// each need their own words and their own numbers. The kind is read from the reasons the risk
// assessment gives (src/domain/risk.ts); a reason we do not know counts as a risk to themselves,
// so an unknown crisis still gets the suicide-crisis reply.
import type { CrisisContact } from './settingsLists.ts';

/** 'someone-else': another person's risk to themselves, told by the client (someoneElsesRisk.ts). */
export type SafetyKind = 'self' | 'abuse' | 'no-home' | 'harm-to-others' | 'someone-else';

/** The reason kept for the adviser when the risk told is someone else's. */
export const SOMEONE_ELSE_REASON = 'someone they know may harm themselves';

/** The order kinds are said in: a risk to life first. */
const ORDER: readonly SafetyKind[] = ['self', 'abuse', 'harm-to-others', 'someone-else', 'no-home'];

/** Crisis reasons (from the rules and the classifier's categories) that are not a risk to themselves. */
const OTHER_KINDS: Readonly<Record<string, SafetyKind>> = {
  'abuse or violence': 'abuse',
  'coercive control': 'abuse',
  'harm to someone else': 'harm-to-others',
  'no safe place to sleep tonight': 'no-home',
  'no safe place, food or power tonight': 'no-home',
  'no food': 'no-home',
  'no heating or power': 'no-home',
  [SOMEONE_ELSE_REASON]: 'someone-else',
};

/**
 * Reasons of a concern, not a crisis: "thoughts of suicide (said not)", "perhaps self-harm" and the
 * concern categories. They never make a kind of their own.
 */
function isConcernReason(reason: string): boolean {
  return reason.endsWith('(said not)') || reason.startsWith('perhaps ') || CONCERN_REASONS.has(reason);
}

const CONCERN_REASONS = new Set([
  'hopelessness', 'feels hopeless', 'feels worthless', 'drinking or drugs to cope', 'may lose their home',
  'money worries', 'not eating or sleeping', 'not sleeping', 'feels alone', 'not coping', 'low mood',
  'spoke of harm, then said they would not', 'joked about hurting someone', 'angry words about hurting someone',
  'worrying words',
]);

/** Kinds kept as words ("abuse,self"), as stored on an escalation; words that are no kind are left out. */
export function parseSafetyKinds(stored: string): SafetyKind[] {
  return stored.split(',').filter((word): word is SafetyKind => (ORDER as readonly string[]).includes(word));
}

/** The kinds of risk in a crisis assessment's reasons, the first one leading. Never empty. */
export function safetyKindsOf(reasons: readonly string[]): SafetyKind[] {
  const found = new Set<SafetyKind>();
  for (const reason of reasons) {
    const kind = OTHER_KINDS[reason];
    if (kind) found.add(kind);
    else if (!isConcernReason(reason)) found.add('self');
  }
  if (found.size === 0) found.add('self');
  return ORDER.filter((kind) => found.has(kind));
}

/**
 * The reasons as the adviser should read them: a risk read as the client's own, or as a threat from
 * them, is someone else's when the words say so and nothing of the client's own risk is said.
 */
export function reasonsFor(reasons: readonly string[], someoneElsesRisk: boolean): string[] {
  const kinds = safetyKindsOf(reasons);
  return someoneElsesRisk && kinds.every((kind) => kind === 'self' || kind === 'harm-to-others') ? [SOMEONE_ELSE_REASON] : [...reasons];
}

/** Kinds seen earlier in a window and now, in order, each once. */
export function mergeSafetyKinds(before: readonly SafetyKind[], now: readonly SafetyKind[]): SafetyKind[] {
  return ORDER.filter((kind) => before.includes(kind) || now.includes(kind));
}

export type SafetyContacts = {
  CRISIS_CONTACTS: readonly CrisisContact[];
  ABUSE_CONTACTS: readonly CrisisContact[];
  HOUSING_CONTACTS: readonly CrisisContact[];
};

/**
 * Each kind's own numbers first. The crisis numbers always follow: the reasons can miss a risk to
 * life said beside another ("no food, no money, and I keep looking at the train line").
 */
const CONTACTS_FOR: Record<SafetyKind, readonly (keyof SafetyContacts)[]> = {
  self: ['CRISIS_CONTACTS'],
  'harm-to-others': ['CRISIS_CONTACTS'],
  'someone-else': ['CRISIS_CONTACTS'],
  abuse: ['ABUSE_CONTACTS', 'CRISIS_CONTACTS'],
  'no-home': ['HOUSING_CONTACTS', 'CRISIS_CONTACTS'],
};

/** The numbers for these kinds, the leading kind's first, each number once. */
export function contactsFor(kinds: readonly SafetyKind[], settings: SafetyContacts): CrisisContact[] {
  const lists = [...new Set((kinds.length > 0 ? kinds : (['self'] as const)).flatMap((kind) => CONTACTS_FOR[kind]))];
  const seen = new Set<string>();
  const contacts: CrisisContact[] = [];
  for (const contact of lists.flatMap((list) => settings[list])) {
    const way = `${contact.phone ?? ''}|${contact.text ?? ''}`.replace(/\s+/g, '');
    if (seen.has(way)) continue;
    seen.add(way);
    contacts.push(contact);
  }
  return contacts;
}
