import type { SamplesFor } from './index.ts';
import type * as messages from '../en/crisis.ts';
import type { ConcernTopic } from '../../domain/concernTopic.ts';
import { allNews, contacts } from './fixtures.ts';

const topics = (['low-mood', 'drink-or-drugs', 'home', 'money', 'safety-at-home', 'alone', 'general'] as const).map((topic: ConcernTopic) => [topic] as const);

export const crisis = {
  contactLines: [[contacts]],
  crisisReply: allNews.map((news) => [contacts, news] as const),
  crisisAgainReply: [[contacts, true], [contacts, false]],
  stillHereReply: [[true], [false]],
  numbersAgainReply: [[contacts]],
  adviserAlreadyToldReply: [[true], [false]],
  concernReflection: topics,
  concernQuestion: [[], ...topics],
  concernHeardReply: topics,
  concernPassedOnReply: topics,
} satisfies SamplesFor<typeof messages>;
