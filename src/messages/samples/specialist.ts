import type { SamplesFor } from './index.ts';
import type * as messages from '../en/specialist.ts';
import { day } from './fixtures.ts';

export const specialist = {
  specialistReply: [['benefits', day, false], ['conditions', day, false], ['disclosure', day, true], ['benefits', day, false, true], ['conditions', day, true, false, true]],
  barrierHandedOver: [[day]],
  barrierNoted: [[true], [false]],
  adviserDetail: [['benefits', 'will I lose my UC if I work 16 hours'], ['conditions', 'will they stop my money if i miss this'], ['disclosure', 'do I have to tell them about my health', 'health'], ['disclosure', 'do i have to tell them i have a record', 'record'], ['disclosure', 'do i have to tell employers about it?']],
} satisfies SamplesFor<typeof messages>;
