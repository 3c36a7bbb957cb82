// When only the classifier finds a crisis, the adviser's reason comes from the closest training
// messages (closestKinds in src/domain/risk/classifier.ts). An adviser who reads "abuse or
// violence" for a wish to be dead rings with the wrong questions, so the reason must name the
// right family: suicide (the Columbia ladder), harm from someone, harm to someone, self-harm, or
// no safe place, food or power.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { RISK_CATEGORIES, type LabelledMessage, type RiskCategory } from '../../src/domain/risk/riskCategories.ts';
import { BLIND_TWENTY_FIFTH, BLIND_TWENTY_SIXTH, BLIND_TWENTY_SEVENTH, BLIND_TWENTY_EIGHTH, BLIND_TWENTY_NINTH, BLIND_THIRTIETH, BLIND_THIRTY_FIRST, BLIND_THIRTY_SECOND, readRiskTsv } from '../corpus/riskTsv.ts';

const FAMILIES: readonly (readonly RiskCategory[])[] = [
  ['wish-dead', 'suicidal-thoughts', 'method', 'intent', 'plan', 'preparation'],
  ['abuse', 'coercive-control'],
  ['harm-to-others'],
  ['self-harm'],
  ['acute-practical'],
];

const familyOf = (category: RiskCategory) => FAMILIES.findIndex((family) => family.includes(category));
const familyOfReason = (reason: string | undefined) =>
  familyOf((Object.keys(RISK_CATEGORIES) as RiskCategory[]).find((category) => RISK_CATEGORIES[category].reason === reason) ?? 'everyday');

/** The first reason's family, when the classifier alone read the message as crisis. */
function modelReadFamily(text: string): number | undefined {
  if (applyRules(text).crisis.size > 0) return undefined;
  const assessment = assessRisk(text);
  return assessment.level === 'crisis' ? familyOfReason(assessment.reasons[0]) : undefined;
}

describe('the reason given when only the classifier finds a crisis', () => {
  it.each([
    ['wish i could just fade away and not be here', 'wish-dead'],
    ['i keep thinking everyone would cope fine if i vanished', 'suicidal-thoughts'],
    ['the world can keep spinning without me in it', 'wish-dead'],
    ['my stepdad lays into me when he has had a drink', 'abuse'],
    ['i feel like smashing my manager in the face next time i see him', 'harm-to-others'],
    ['gonna make my landlord suffer when i catch him', 'harm-to-others'],
    ['my tablets are all lined up on the side', 'plan'],
  ] as const)('%j is read by the classifier alone, as the family of %s', (text, kind) => {
    expect(modelReadFamily(text)).toBe(familyOf(kind));
  });

  // Measured over the newest blind splits: the closest single message named the right family for
  // 87% of the crises the classifier found alone; the vote of the closest five, for 92%. It reads
  // some 1,800 crisis messages: seconds alone, longer beside the rest of the suite.
  it('names the right family for at least 90% of the crises the classifier finds alone in the blind splits', () => {
    const crises: LabelledMessage[] = [BLIND_TWENTY_FIFTH, BLIND_TWENTY_SIXTH, BLIND_TWENTY_SEVENTH, BLIND_TWENTY_EIGHTH, BLIND_TWENTY_NINTH, BLIND_THIRTIETH, BLIND_THIRTY_FIRST, BLIND_THIRTY_SECOND]
      .flatMap((split) => readRiskTsv(split))
      .filter((message) => message.level === 'crisis');
    const read = crises.map((message) => ({ expected: familyOf(message.category), got: modelReadFamily(message.text) })).filter(({ got }) => got !== undefined);
    const right = read.filter(({ expected, got }) => expected === got).length;
    expect(read.length).toBeGreaterThan(300);
    expect(right / read.length).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
