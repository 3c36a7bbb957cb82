import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_STEPS,
  MAX_JOB_GOALS,
  emptyVocationalProfile,
  indexOfStep,
  nextUnfinishedStep,
  withJobGoals,
  type VocationalProfile,
} from '../../src/domain/assessmentSteps.ts';
import {
  BARRIERS,
  BARRIER_IDS,
  barrierById,
  barriersNeedingSpecialist,
  barriersReported,
  parseBarrierAnswer,
  type BarrierAnswers,
} from '../../src/domain/barriers.ts';
import { supportMarkerFor } from '../../src/domain/supportMarker.ts';
import { progressLabel } from '../../src/messages/en/selfAssessment.ts';
import { barrierLabels } from '../../src/messages/en/barriers.ts';

const goal = { title: 'Warehouse work', reason: 'I like being on my feet', route: 'Apply directly' };

function profile(changes: Partial<VocationalProfile> = {}): VocationalProfile {
  return {
    ...emptyVocationalProfile(),
    jobGoals: [goal],
    workHistory: { wentWell: null, didNotGoWell: null, hasRecentWork: true },
    confidence: 8,
    ...changes,
  };
}

describe('supportMarkerFor', () => {
  it('is green with no barriers, good confidence, recent work and a job goal', () => {
    expect(supportMarkerFor(profile())).toEqual({ marker: 'green', reasons: [] });
  });

  it('is red after a recent crisis, whatever else is true', () => {
    expect(supportMarkerFor(profile(), { recentCrisis: true })).toEqual({ marker: 'red', reasons: [{ kind: 'recent-crisis' }] });
  });

  it('is red with three or more barriers', () => {
    const result = supportMarkerFor(profile({ barriers: { housing: 'yes', debt: 'yes', transport: 'yes' } }));
    expect(result.marker).toBe('red');
    expect(result.reasons).toEqual([{ kind: 'barriers', barriers: ['housing', 'transport', 'debt'] }]);
  });

  it('is amber with one or two barriers', () => {
    expect(supportMarkerFor(profile({ barriers: { transport: 'yes' } }))).toEqual({
      marker: 'amber',
      reasons: [{ kind: 'barriers', barriers: ['transport'] }],
    });
    expect(supportMarkerFor(profile({ barriers: { transport: 'yes', language: 'yes' } })).marker).toBe('amber');
  });

  it.each([
    [1, 'red'], [3, 'red'], [4, 'amber'], [6, 'amber'], [7, 'green'], [10, 'green'],
  ] as const)('with confidence %i is %s', (confidence, marker) => {
    expect(supportMarkerFor(profile({ confidence })).marker).toBe(marker);
  });

  it('is amber with no recent work or no job goal yet', () => {
    const noWork = supportMarkerFor(profile({ workHistory: { wentWell: null, didNotGoWell: null, hasRecentWork: false } }));
    expect(noWork).toEqual({ marker: 'amber', reasons: [{ kind: 'no-recent-work' }] });
    expect(supportMarkerFor(profile({ jobGoals: [] }))).toEqual({ marker: 'amber', reasons: [{ kind: 'no-job-goal' }] });
  });

  it('never takes "rather not say" or an unasked question as a yes', () => {
    const declined: BarrierAnswers = Object.fromEntries(BARRIER_IDS.map((id) => [id, 'prefer-not-to-say']));
    expect(supportMarkerFor(profile({ barriers: declined })).marker).toBe('green');
    const unasked = profile({ confidence: null, workHistory: { wentWell: null, didNotGoWell: null, hasRecentWork: null } });
    expect(supportMarkerFor(unasked).marker).toBe('green');
  });

  it('lists red reasons before amber ones', () => {
    const result = supportMarkerFor(profile({ confidence: 2, barriers: { debt: 'yes' }, jobGoals: [] }));
    expect(result).toEqual({ marker: 'red', reasons: [{ kind: 'confidence', score: 2 }, { kind: 'barriers', barriers: ['debt'] }, { kind: 'no-job-goal' }] });
  });

  it('never returns anything but a level of support', () => {
    const hardest = profile({
      barriers: Object.fromEntries(BARRIER_IDS.map((id) => [id, 'yes'])),
      confidence: 1,
      jobGoals: [],
      workHistory: { wentWell: null, didNotGoWell: null, hasRecentWork: false },
    });
    expect(['red', 'amber', 'green']).toContain(supportMarkerFor(hardest, { recentCrisis: true }).marker);
  });

  it.each([0, 11, 5.5])('rejects confidence %s', (confidence) => {
    expect(() => supportMarkerFor(profile({ confidence }))).toThrow(RangeError);
  });
});

describe('barriers', () => {
  it('lists every barrier in DOMAIN.md once', () => {
    expect(BARRIERS.map((b) => b.id)).toEqual([...BARRIER_IDS]);
    expect(BARRIERS).toHaveLength(14);
  });

  it('marks the five that need a specialist', () => {
    const specialist = BARRIERS.filter((b) => b.needsSpecialist).map((b) => b.id);
    expect(specialist.sort()).toEqual(['convictions', 'debt', 'health-disclosure', 'housing', 'money-benefits']);
    expect(barrierById('debt').needsSpecialist).toBe(true);
  });

  it('uses kind, plain labels for clients', () => {
    expect(barrierLabels.housing).toBe('Somewhere to live');
    expect(barrierLabels['money-benefits']).toBe('Money or benefits');
    expect(barrierLabels.convictions).toBe('A criminal record');
  });

  it('counts only a yes as reported', () => {
    const answers: BarrierAnswers = { debt: 'yes', housing: 'prefer-not-to-say', transport: 'no', confidence: 'yes' };
    expect(barriersReported(answers).map((b) => b.id)).toEqual(['debt', 'confidence']);
    expect(barriersNeedingSpecialist(answers).map((b) => b.id)).toEqual(['debt']);
  });

  it.each([
    ['yes', 'yes'], ['yeah', 'yes'], ['3', 'prefer-not-to-say'], ['1', 'yes'], ['2', 'no'],
    ['no', 'no'], ['nope', 'no'], ["I'd rather not say", 'prefer-not-to-say'], ['prefer not to say', 'prefer-not-to-say'],
    ['rather not', 'prefer-not-to-say'], ['skip', 'prefer-not-to-say'], ['pass', 'prefer-not-to-say'], ['hmm', null],
  ] as const)('reads %j as %s', (text, expected) => {
    expect(parseBarrierAnswer(text)).toBe(expected);
  });
});

describe('assessment steps', () => {
  it('runs in the agreed order, job goals first and confidence last', () => {
    expect(ASSESSMENT_STEPS.map((s) => s.id)).toEqual([
      'job-goals', 'work-history', 'skills-strengths', 'preferences', 'contacts', 'barriers', 'support-wanted', 'confidence',
    ]);
    expect(indexOfStep('barriers')).toBe(5);
  });

  it('labels progress counting from 1', () => {
    expect(progressLabel(2, 8)).toBe('Step 3 of 8');
    expect(progressLabel(0)).toBe(`Step 1 of ${ASSESSMENT_STEPS.length}`);
    expect(progressLabel(7, 8)).toBe('Step 8 of 8');
  });

  it.each([[-1, 8], [8, 8], [1.5, 8], [0, 0]])('rejects step %s of %s', (index, total) => {
    expect(() => progressLabel(index, total)).toThrow(RangeError);
  });

  it('picks up where the last session stopped', () => {
    const started = { completedSteps: ['job-goals', 'work-history', 'preferences'] } as Pick<VocationalProfile, 'completedSteps'>;
    expect(nextUnfinishedStep(emptyVocationalProfile())?.id).toBe('job-goals');
    expect(nextUnfinishedStep(started)?.id).toBe('skills-strengths');
    expect(nextUnfinishedStep({ completedSteps: ASSESSMENT_STEPS.map((s) => s.id) })).toBeNull();
  });

  it('holds up to three job goals, the preferred first', () => {
    const goals = [goal, { ...goal, title: 'Shop work' }, { ...goal, title: 'Cleaning' }];
    expect(withJobGoals(emptyVocationalProfile(), goals).jobGoals.map((g) => g.title)).toEqual(['Warehouse work', 'Shop work', 'Cleaning']);
    expect(() => withJobGoals(emptyVocationalProfile(), [...goals, goal])).toThrow(`at most ${MAX_JOB_GOALS}`);
  });

  it('starts each profile empty and separate', () => {
    const first = emptyVocationalProfile();
    first.skills.push('driving');
    expect(emptyVocationalProfile().skills).toEqual([]);
  });
});
