import type { SamplesFor } from './index.ts';
import type * as messages from '../en/crisis.ts';
import type { ConcernTopic } from '../../domain/concernTopic.ts';
import { contacts, reaches } from './fixtures.ts';

const dangerTo = [['self'], ['others']] as const;
const topics = (['low-mood', 'drink-or-drugs', 'home', 'money', 'safety-at-home', 'alone', 'general'] as const).map((topic: ConcernTopic) => [topic] as const);

export const crisis = {
  contactLines: [[contacts]],
  contactList: [[contacts]],
  stillHereReply: reaches,
  numbersAgainReply: [[contacts]],
  helpNumbersReply: [[contacts]],
  adviserAlreadyToldReply: reaches,
  safetyWindowHelp: reaches.map(([reach]) => [reach, contacts] as const),
  takenBackReply: reaches,
  noCallsReply: reaches,
  okInTheWindowReply: reaches,
  backAfterQuietWindow: [[contacts]],
  cannotCallReply: reaches.map(([reach]) => [contacts, reach] as const),
  notSafeReply: (['self', 'others'] as const).flatMap((to) => reaches.map(([reach]) => [to, contacts, reach] as const)),
  areYouSafeQuestion: dangerTo,
  safeQuestionButtons: dangerTo,
  safeHeardReply: [...dangerTo, ['self', true], ['others', true], ['self', false, 'pills'], ['self', true, 'bleeding']],
  callNowFirst: [...dangerTo, ['self', 'pills'], ['self', 'bleeding']],
  concernReflection: topics,
  concernQuestion: [[], ...topics],
  concernHeardReply: topics,
  concernPassedOnReply: topics.flatMap(([topic]) => [[topic, 'told'], [topic, 'not-reached']] as const),
} satisfies SamplesFor<typeof messages>;
