import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviserTasks.ts';

export const adviserTasks = {
  adviserTaskReply: [
    ['added', 'help you write your CV', true],
    ['added', 'send you retail vacancies each week', false],
    ['already-in-plan', 'ring the college', true],
    ['passed-on', 'check how you make your diploma valid', true],
    ['passed-on', 'send you retail vacancies', false],
  ],
  adviserTaskDetail: [
    ['Help me write my CV', 'Could you please add to the plan that my adviser will help me write the CV?', true],
    ['Send me retail vacancies', 'can my adviser send me retail vacancies', false],
  ],
} satisfies SamplesFor<typeof messages>;
