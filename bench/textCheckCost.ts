// What the per-message text checks cost on their own: the risk check (assessRisk) and the
// hand-over detectors the risk middleware runs on every message, timed in this process over the
// words the bench's virtual users type, after a warm-up so the JIT has settled.
import { performance } from 'node:perf_hooks';
import { assessRisk } from '../src/domain/risk.ts';
import { detectJobLoss, detectSpecialistBarriers } from '../src/domain/escalationRules.ts';

const typedByBenchUsers = [
  'My plan',
  'Set a goal',
  'warehouse work',
  'I will apply for 3 warehouse jobs by next Friday',
  'Yes',
  '8',
  'Not sure',
  'I agree to this plan',
  'I want a steady income',
  'by next Friday',
];

export interface TextCheckCost {
  name: string;
  microsPerMessage: number;
}

function timePerMessage(check: (text: string) => unknown, rounds: number): number {
  for (let i = 0; i < 200; i += 1) for (const text of typedByBenchUsers) check(text);
  const started = performance.now();
  for (let i = 0; i < rounds; i += 1) for (const text of typedByBenchUsers) check(text);
  return ((performance.now() - started) * 1000) / (rounds * typedByBenchUsers.length);
}

export function measureTextChecks(rounds = 2_000): TextCheckCost[] {
  return [
    { name: 'assessRisk', microsPerMessage: timePerMessage(assessRisk, rounds) },
    { name: 'detectJobLoss + detectSpecialistBarriers', microsPerMessage: timePerMessage((text) => [detectJobLoss(text), detectSpecialistBarriers(text)], rounds) },
  ];
}
