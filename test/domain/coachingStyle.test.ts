import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COACHING_STYLE,
  applyStyleOverride,
  styleForBand,
  type StyleOverride,
} from '../../src/domain/coachingStyle.ts';

describe('styleForBand', () => {
  const external = styleForBand('external');
  const mixed = styleForBand('mixed');
  const internal = styleForBand('internal');

  it('gives external clients smaller, nearer steps and more frequent check-ins', () => {
    expect(external.maxFirstStepDays).toBeLessThan(mixed.maxFirstStepDays);
    expect(mixed.maxFirstStepDays).toBeLessThan(internal.maxFirstStepDays);
    expect(external.checkInEveryDays).toBeLessThan(mixed.checkInEveryDays);
    expect(mixed.checkInEveryDays).toBeLessThan(internal.checkInEveryDays);
    expect(external.overdueFollowUpDays).toBeLessThan(internal.overdueFollowUpDays);
  });

  it('praises every step for external clients and stretches internal ones', () => {
    expect(external).toMatchObject({ wording: 'warm-guided', feedback: 'every-step', stretch: false });
    expect(internal).toMatchObject({ wording: 'self-directed', feedback: 'milestones', stretch: true });
  });

  it('uses the warm wording for mixed clients', () => {
    expect(mixed).toMatchObject({ band: 'mixed', wording: 'warm-guided', feedback: 'every-step' });
  });

  it('falls back to the mixed style when the band is not known yet', () => {
    expect(styleForBand(null)).toEqual(mixed);
    expect(styleForBand(undefined)).toEqual(DEFAULT_COACHING_STYLE);
    expect(DEFAULT_COACHING_STYLE.band).toBe('mixed');
  });

  it('hands out a copy, so changing one client does not change the next', () => {
    const style = styleForBand('external');
    style.checkInEveryDays = 99;
    expect(styleForBand('external').checkInEveryDays).toBe(7);
  });

  it('keeps every cadence within the four-weekly IPS review', () => {
    for (const style of [external, mixed, internal]) {
      expect(style.checkInEveryDays).toBeLessThanOrEqual(28);
      expect(style.maxFirstStepDays).toBeLessThanOrEqual(28);
    }
  });
});

describe('applyStyleOverride', () => {
  it('lets the adviser change chosen fields and keeps the rest', () => {
    const style = applyStyleOverride(styleForBand('internal'), { checkInEveryDays: 7, wording: 'warm-guided' });
    expect(style).toEqual({ ...styleForBand('internal'), checkInEveryDays: 7, wording: 'warm-guided' });
  });

  it('ignores fields given as undefined', () => {
    const style = applyStyleOverride(styleForBand('external'), { stretch: undefined });
    expect(style).toEqual(styleForBand('external'));
  });

  it('lets the adviser turn stretch off with false', () => {
    expect(applyStyleOverride(styleForBand('internal'), { stretch: false }).stretch).toBe(false);
  });

  it('keeps the measured band, even if asked to change it', () => {
    const sneaky = { band: 'internal', checkInEveryDays: 5 } as StyleOverride;
    expect(applyStyleOverride(styleForBand('external'), sneaky).band).toBe('external');
  });

  it('does not change the style it was given', () => {
    const original = styleForBand('mixed');
    applyStyleOverride(original, { maxFirstStepDays: 3 });
    expect(original.maxFirstStepDays).toBe(10);
  });

  it.each<[StyleOverride, RegExp]>([
    [{ checkInEveryDays: 0 }, /checkInEveryDays must be a whole number of days from 1 to 28/],
    [{ maxFirstStepDays: 29 }, /maxFirstStepDays/],
    [{ overdueFollowUpDays: 1.5 }, /overdueFollowUpDays/],
    [{ wording: 'shouty' as never }, /wording must be one of warm-guided, self-directed/],
    [{ feedback: 'never' as never }, /feedback must be one of/],
    [{ stretch: 'yes' as never }, /stretch must be true or false/],
  ])('rejects %j', (override, message) => {
    expect(() => applyStyleOverride(styleForBand('mixed'), override)).toThrow(message);
  });
});
