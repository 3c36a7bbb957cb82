// A short question about the coach and their data is not a worry, whatever the risk check's models
// read alone ("where does my info go" had the offer of the adviser at the menu). A longer message, a
// rule's reading, a wish to be deleted, or anything in a crisis window is never read down.
import { describe, expect, it } from 'vitest';
import { readWithQuestionOnScreen } from '../../src/domain/riskWithQuestion.ts';
import type { RiskAssessment } from '../../src/domain/risk.ts';

const CONCERN: RiskAssessment = { level: 'concern', reasons: ['perhaps thinking about a way to end their life'] };
const CRISIS: RiskAssessment = { level: 'crisis', reasons: ['harm to someone else'] };
const atTheMenu = { about: undefined, inCrisisWindow: false };
const atConsent = { about: 'consent', inCrisisWindow: false };

describe('a question about their data, read with the question on screen', () => {
  it.each(['where does my info go', 'my work coach gonna see this?', 'are you telling the dwp everything', 'i want to see everything you know about me'])(
    '%j at the menu is no worry',
    (said) => {
      expect(readWithQuestionOnScreen(said, CONCERN, atTheMenu)).toEqual({ risk: { level: 'none', reasons: [] }, keptAs: 'none' });
    },
  );

  it.each(['why should i trust you', 'r u reporting me to the dwp'])('%j at consent is no worry', (said) => {
    expect(readWithQuestionOnScreen(said, CRISIS, atConsent).risk.level).toBe('none');
  });

  it.each([
    ['where does my info go. i have stopped wanting to be alive', atTheMenu],
    ['can i talk here without it going to the dwp, i want to die', atTheMenu],
    ['just delete me', atTheMenu],
    ['where does my info go', { about: undefined, inCrisisWindow: true }],
    // consentQuestionOf's wider reading is not used: "she decides who i can see" is a labelled crisis.
    ['she decides who i can see', atConsent],
  ] as const)('%j is read as it was', (said, question) => {
    expect(readWithQuestionOnScreen(said, CRISIS, question).risk).toEqual(CRISIS);
  });
});
