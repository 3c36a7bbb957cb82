import type { SamplesFor } from './index.ts';
import type * as messages from '../en/escalationCard.ts';
import { adviserName, clientWords, day, dayAndTime, fullName, goal, step } from './fixtures.ts';

export const escalationCard = {
  cardTitle: [['URGENT', 12, fullName], ['Routine', null, fullName]],
  whyNowLine: [['Their last message says they may not be safe.']],
  saidAt: [[dayAndTime, clientWords]],
  actionCounts: [[1, 3, 1]],
  overdueItem: [[step, day]],
  goalList: [[[goal, 'Learn to drive']]],
  locusOnCard: [['external'], ['unknown']],
  responseLine: [
    [{ kind: 'acknowledged', by: adviserName, when: dayAndTime }],
    [{ kind: 'will-contact-today', by: adviserName, when: dayAndTime }],
    [{ kind: 'resolved', by: adviserName, when: dayAndTime }],
  ],
  whatWasDone: [['spoke to Tom, safe, GP tomorrow']],
  closeWithoutNoteAsk: [[12], [null]],
  notYetAcknowledged: [['URGENT #12: Sam Jones. May not be safe.']],
  planTitle: [[fullName]],
  planGoals: [[[goal]], [[]]],
  planItemLine: [
    [{ text: step, owner: 'client', status: 'open', due: day }],
    [{ text: 'Do a better-off check', owner: 'adviser', status: 'done', due: null }],
  ],
} satisfies SamplesFor<typeof messages>;
