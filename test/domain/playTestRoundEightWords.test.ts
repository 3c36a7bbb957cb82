// Words play-testing found misread (round eight): a debt said to be none, redundancy money (not
// news of a job lost), and praise of themselves read as low mood ("hard worker, honest" had "That
// sounds really hard"). The same words with the trouble in them are still heard.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { detectJobLoss, detectSpecialistBarriers } from '../../src/domain/escalationRules.ts';
import { praisesThemselves } from '../../src/domain/intentGuards.ts';
import { modelReading } from '../../dialogs/intentReading.ts';
import { readBarrierAnswer } from '../../src/domain/barrierTopics.ts';
import { hearWords } from '../../dialogs/wordChecks.ts';
import * as say from '../../src/messages/en/listening.ts';

describe('a debt said to be none', () => {
  it.each(['No debts apart from the mortgage.', 'i have no debts', 'debt free thank god', 'im not in debt'])('%j is no debt to hand over', (said) => {
    expect(detectSpecialistBarriers(said)).not.toContain('debt');
  });

  it.each(['i have debts', 'no money and debts everywhere', 'no big debts but some arrears on rent', 'bailiffs came round'])('%j is still a debt', (said) => {
    expect(detectSpecialistBarriers(said)).toContain('debt');
  });
});

describe('redundancy money', () => {
  it.each(['The redundancy money will run out by Christmas so yes, rather.', 'living off my redundancy payment for now'])('%j is no news of a job lost', (said) => {
    expect(detectJobLoss(said)).toBe(false);
  });

  it.each(['i got made redundant on friday', 'took redundancy last month', 'redundancy'])('%j is still a job lost', (said) => {
    expect(detectJobLoss(said)).toBe(true);
  });
});

describe('praise of themselves', () => {
  it.each(['hard worker, honest', 'reliable and never late', 'im a hard worker and a fast learner'])('%j is praise, never low mood', (said) => {
    expect(praisesThemselves(said)).toBe(true);
    expect(modelReading(said, 'choice').intent).not.toBe('feeling-low');
  });

  it.each(['i work hard but i feel useless', 'honest answer, i feel rubbish'])('%j has low words beside it', (said) => {
    expect(praisesThemselves(said)).toBe(false);
  });
});

describe('unsure at a barrier question', () => {
  const at = { expecting: 'choice', about: 'barrier', now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London' } as const;

  it.each(['not sure', 'dunno', 'idk', 'maybe', "it's hard to say"])('%j is no answer, and says how to answer', (said) => {
    expect(readBarrierAnswer(said, 'housing')).toBeNull();
    expect(hearWords(said, at)).toEqual({ reply: say.barrierUnsure });
  });

  it.each(['not really', 'yes', 'no'])('%j is an answer', (said) => {
    expect(hearWords(said, at)).not.toEqual({ reply: say.barrierUnsure });
  });
});
