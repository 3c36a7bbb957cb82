import type { SamplesFor } from './index.ts';
import type * as messages from '../en/listening.ts';
import { day, step } from './fixtures.ts';

export const listening = {
  cutNote: [[500]],
  keptFromLongWords: [['I would like to do customer service in a call centre']],
  overdueStepNoted: [[step, day], [step, day, 1], [step, day, 2]],
  questionsLeftNote: [[30], [1], [undefined]],
  tiredHeard: [[30], [1], [undefined]],
  menuWordsMidQuestion: [['Review my plan'], ['Log my job search']],
  helpAskedAtABarrier: [['cv'], ['interviews'], ['applications'], ['finding-jobs']],
  helpWithTheQuestion: [
    ['meaning', 'I mean: what work would you like to do? For example: shop work, driving, or care work.', false],
    ['meaning', undefined, true],
    ['how-to-answer', 'I mean: does this make work harder for you right now?', true],
    ['how-to-answer', undefined, false],
    ['purpose', undefined, true],
    ['why-asked', undefined, false],
    ['english', undefined, false],
  ],
} satisfies SamplesFor<typeof messages>;
