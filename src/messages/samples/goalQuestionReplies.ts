import type { SamplesFor } from './index.ts';
import type * as messages from '../en/goalQuestionReplies.ts';

export const goalQuestionReplies = {
  ideaFromSomeoneElseOffered: [['Do care work'], ['Try cleaning']],
  dayNextMonthCheck: [['Sunday 3 January 2027'], ['Tuesday 5 January']],
  dayAtTheWeekendCheck: [['Saturday 12 December'], ['Sunday 3 January 2027']],
  farAwayDayNamed: [['Tuesday 1 June 2027'], ['Saturday 1 May 2027']],
  stepKeptAfterANod: [['Ring an agency'], ['Look at 2 job adverts']],
} satisfies SamplesFor<typeof messages>;
