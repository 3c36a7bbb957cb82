import type { SamplesFor } from './index.ts';
import type * as messages from '../en/smartGoal.ts';
import { day, goal, step } from './fixtures.ts';

export const smartGoal = {
  dateFallback: [[day]],
  confirmGoal: [[goal, { text: step, by: day }], [goal, { text: goal, by: day }], [goal, { text: step, by: day }, { text: 'Apply for 3 shop jobs', by: day }], [goal], [goal, { text: 'Apply for 2 jobs every week', by: day }, undefined, true]],
  measureIdeas: [[true], [false]],
  sureHeard: [[8], [5]],
  goalWaiting: [[goal]],
  suggestMeasure: [['Once this week']],
  usingSuggestion: [['Once this week']],
  startingFromTheirWords: [[goal]],
  goalAskedForReply: [['help', 'Find work'], ['should', step], ['how', 'Get a job in a warehouse']],
  stepDayAfterGoal: [[day, 'Thursday 18 June']],
  firstTimeOfARepeat: [[day]],
  soonAsTomorrow: [[day]],
  weekdayAndDateDisagree: [['Monday', 'Friday 3 July']],
  firstStepBy: [[day]],
  dayChanged: [[step, day]],
  askToMoveTheStep: [[step, day]],
  askToMarkDone: [[step]],
  askWhenFirstPart: [['Update my CV']],
  askWhenNextPart: [['Apply to 3 places']],
  willMarkDone: [[step]],
  stepMarkedDone: [[step]],
  stepTakenOff: [[step]],
  dayNoted: [[day]],
  stepChangedTo: [[step]],
  whatToDoAbout: [['hairdressing'], ['CV']],
  stepIdeasFor: [['hairdressing'], ['CV'], ['interview'], ['job'], ['forklift course'], ['college'], ['cover letter'], ['cleaner']],
  whatToDoForWork: [['shop'], ['warehouse']],
  stepIdeasForWork: [['shop'], ['care']],
} satisfies SamplesFor<typeof messages>;
