// Not every risk is a risk of suicide. The kind read from a crisis assessment picks the words and
// the numbers of the safety reply: abuse and coercive control, nowhere safe tonight, harm to
// someone else, or a risk to their own life (also whenever the kind is unknown).
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { contactsFor, mergeSafetyKinds, safetyKindsOf, type SafetyKind } from '../../src/domain/safetyKind.ts';
import { TRAINING_CORPUS } from '../../src/domain/risk/trainingCorpus.ts';
import type { RiskCategory } from '../../src/domain/risk/riskCategories.ts';
import { DEFAULT_ABUSE_CONTACTS, DEFAULT_CRISIS_CONTACTS, DEFAULT_HOUSING_CONTACTS } from '../../src/domain/settingsLists.ts';

const settings = { CRISIS_CONTACTS: DEFAULT_CRISIS_CONTACTS, ABUSE_CONTACTS: DEFAULT_ABUSE_CONTACTS, HOUSING_CONTACTS: DEFAULT_HOUSING_CONTACTS };

describe('the kind of a crisis', () => {
  it.each([
    ['my partner checks my phone and takes my money', ['abuse']],
    ['my boyfriend controls everything i do', ['abuse']],
    ["he hit me last night and i'm scared to go home", ['abuse']],
    ['people are threatening to beat me up', ['abuse']],
    ["i've got nowhere to sleep tonight", ['no-home']],
    ["i'm being kicked out tonight", ['no-home']],
    ['no food and no electric tonight', ['no-home']],
    ['im going to kill him', ['harm-to-others']],
    ['i want to hurt my neighbour', ['harm-to-others']],
    ['i want to kill myself', ['self']],
    ['i cut myself', ['self']],
    ['he hits me and i want to die', ['self', 'abuse']],
  ] as const)('%j is %j', (text, kinds) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe('crisis');
    expect(safetyKindsOf(risk.reasons)).toEqual(kinds);
  });

  it('counts an unknown reason as a risk to their life, and never comes back empty', () => {
    expect(safetyKindsOf(['something new'])).toEqual(['self']);
    expect(safetyKindsOf([])).toEqual(['self']);
  });

  it('leaves out the reasons of a concern', () => {
    expect(safetyKindsOf(['abuse or violence', 'money worries', 'thoughts of suicide (said not)', 'perhaps self-harm'])).toEqual(['abuse']);
  });

  const expected: Partial<Record<RiskCategory, SafetyKind>> = {
    abuse: 'abuse',
    'coercive-control': 'abuse',
    'acute-practical': 'no-home',
    'harm-to-others': 'harm-to-others',
  };

  it('finds the kind the corpus was labelled with for nearly every crisis message', () => {
    const byCategory = new Map<string, { right: number; all: number }>();
    for (const message of TRAINING_CORPUS) {
      if (message.level !== 'crisis') continue;
      const risk = assessRisk(message.text);
      if (risk.level !== 'crisis') continue;
      const tally = byCategory.get(message.category) ?? { right: 0, all: 0 };
      tally.all += 1;
      if (safetyKindsOf(risk.reasons)[0] === (expected[message.category] ?? 'self')) tally.right += 1;
      byCategory.set(message.category, tally);
    }
    for (const [category, { right, all }] of byCategory) expect(right / all, category).toBeGreaterThan(0.97);
    // Every crisis message of the corpus, each with its kind found: about 20 s alone on a 2-core
    // machine, over the 30 s default when other test files share the cores (210 s with four other
    // jobs running beside the suite).
  }, 300_000);
});

describe('the numbers for a kind', () => {
  const phones = (kinds: SafetyKind[]) => contactsFor(kinds, settings).map((contact) => contact.phone ?? contact.text);

  it('gives each kind its own numbers first, then the crisis numbers, each number once', () => {
    expect(phones(['self'])).toEqual(['116 123', '111 and choose option 2', 'SHOUT to 85258', '999']);
    expect(phones(['harm-to-others'])).toEqual(['116 123', '111 and choose option 2', 'SHOUT to 85258', '999']);
    expect(phones(['abuse'])).toEqual(['0808 2000 247', '999', '116 123', '111 and choose option 2', 'SHOUT to 85258']);
    expect(phones(['no-home'])).toEqual(['0808 800 4444', '999', '116 123', '111 and choose option 2', 'SHOUT to 85258']);
    expect(phones(['self', 'abuse'])).toEqual(['116 123', '111 and choose option 2', 'SHOUT to 85258', '999', '0808 2000 247']);
  });

  it('keeps the kinds said in a window, a risk to life first', () => {
    expect(mergeSafetyKinds(['abuse'], ['self'])).toEqual(['self', 'abuse']);
    expect(mergeSafetyKinds(['no-home'], ['no-home'])).toEqual(['no-home']);
  });
});
