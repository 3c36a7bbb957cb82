import type { SamplesFor } from './index.ts';
import type * as messages from '../en/barriers.ts';
import { BARRIER_IDS } from '../../domain/barriers.ts';

export const barriers = {
  barrierQuestion: BARRIER_IDS.map((id) => [id] as const),
  otherBarrierNoted: BARRIER_IDS.map((id) => [id] as const),
  barrierNotedAtAJobQuestion: BARRIER_IDS.map((id) => [id] as const),
  barrierExplanation: BARRIER_IDS.map((id) => [id] as const),
} satisfies SamplesFor<typeof messages>;
