// What someone else may do is not the client's step: "they might ring back" had been kept as one.
import { describe, expect, it } from 'vitest';
import { isSomeoneElsesStep } from '../../src/domain/smartOwners.ts';

describe("someone else's step", () => {
  it.each(['they might ring back', "they'll call me", 'the agency said they would call', 'hopefully my adviser will sort it', 'he said to wait'])('%j is', (text) => {
    expect(isSomeoneElsesStep(text)).toBe(true);
  });

  it.each(['ring them again on thursday', 'ask the agency about shifts', 'send my cv to them', 'they', 'help my mum with her forms'])('%j is not', (text) => {
    expect(isSomeoneElsesStep(text)).toBe(false);
  });
});
