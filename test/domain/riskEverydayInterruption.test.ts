// Everyday messages the trained models alone had read as risk, said as the whole message
// (risk/interruptionOnlyAnswer.ts). Play-testing first conversations, December: "sorry the baby
// woke up" and "brb baby woke up" got the crisis reply three times and an urgent alert; "yes im
// scared they wont hire me if i tell them" at the question about telling a boss got the abuse
// reply; "darren but evry1 calls me daz" at the name question got the adviser's offer. The same
// words with a risk said beside them are read as before.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';

describe('a child needing them, the worry of not being hired, a name and what people call them', () => {
  it.each([
    'sorry the baby woke up',
    'brb baby woke up',
    'sorry the kids woke up',
    'yes im scared they wont hire me if i tell them',
    'im scared they wont hire me because of my record',
    'darren but evry1 calls me daz',
  ])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['sorry the baby woke up. i wish i hadnt', 'brb baby woke up, i wish i never would', 'the baby woke up and he hit me again'])('%j is still read as crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});
