// Disclosures typed fast, in lower case and with typos must reach the crisis path; idioms must not.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';

describe('assessRisk on messages as people type them', () => {
  it.each([
    'i wnat to kill myslef tonite',
    'no point living',
    'theres no point in living any more',
    'i have a rope ready',
    'made a noose',
    'gonna take all my tablets tonite',
    'nobody would miss me if i was gone',
    'my partner threatened to kill me',
    'dont want to be here anymore',
  ])('crisis: %s', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });

  it.each(['this deadline is killing me', 'dying to start', 'i could kill for a coffee', 'i need a rope for the climbing course', 'no point applying there'])(
    'not crisis: %s',
    (text) => {
      expect(assessRisk(text).level).not.toBe('crisis');
    },
  );
});
